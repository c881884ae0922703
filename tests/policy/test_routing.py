"""choose_destination: the first destination the policy allows, primary first, audited."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from compliance.policy import Destination, EmbeddedPolicy, choose_destination

MakeInput = Callable[..., dict[str, Any]]

US = Destination(route="llm-us", country="US", provider="openai")
EU = Destination(route="llm-eu", country="FR")
MA = Destination(route="llm-ma", country="MA")


def test_allowed_primary_is_kept_without_trying_fallbacks(
    policy: EmbeddedPolicy, make_input: MakeInput
) -> None:
    route, decision, tried = choose_destination(policy, make_input(), [EU, MA])

    assert route == "llm-eu"
    assert decision.allow
    assert [a.route for a in tried] == ["llm-eu"]


def test_refused_destination_goes_to_the_first_fallback_allowed(
    policy: EmbeddedPolicy, make_input: MakeInput
) -> None:
    # Health data may not leave Morocco: the EU route is refused, the in-country one allowed.
    request = make_input(consents={"assistant": "granted"}, sensitive=["HEALTH"])

    route, decision, tried = choose_destination(policy, request, [EU, US, MA])

    assert route == "llm-ma"
    assert decision.allow
    assert "residency.rerouted" in decision.reason_codes
    assert decision.obligations["audit"] == {"level": "full"}
    assert [(a.route, a.decision.allow) for a in tried] == [
        ("llm-eu", False),
        ("llm-us", False),
        ("llm-ma", True),
    ]
    assert tried[0].decision.reason_codes[0] == "residency.restricted"


def test_non_adequate_primary_is_rerouted_to_an_adequate_fallback(
    policy: EmbeddedPolicy, make_input: MakeInput
) -> None:
    route, decision, _ = choose_destination(policy, make_input(), [US, EU])

    assert route == "llm-eu"
    assert decision.reason_codes == (
        "cross_border.adequate_country",
        "lawful_basis.contract",
        "residency.rerouted",
    )


def test_refusal_for_another_reason_tries_no_fallback(
    policy: EmbeddedPolicy, make_input: MakeInput
) -> None:
    route, decision, tried = choose_destination(
        policy, make_input(opt_outs=["assistant"]), [US, MA]
    )

    assert route == "llm-us"
    assert not decision.allow
    assert len(tried) == 1


def test_no_fallback_allowed_returns_the_primary_refusal(
    policy: EmbeddedPolicy, make_input: MakeInput
) -> None:
    route, decision, tried = choose_destination(
        policy, make_input(), [US, Destination("llm-cn", "CN")]
    )

    assert route == "llm-us"
    assert decision.reason_codes[0] == "cross_border.not_adequate"
    assert [a.route for a in tried] == ["llm-us", "llm-cn"]


def test_the_base_input_is_not_modified(policy: EmbeddedPolicy, make_input: MakeInput) -> None:
    request = make_input()
    snapshot = repr(request)

    choose_destination(policy, request, [US, MA])

    assert repr(request) == snapshot


def test_no_candidate_is_a_programming_error(policy: EmbeddedPolicy, make_input: MakeInput) -> None:
    with pytest.raises(ValueError, match="at least the primary"):
        choose_destination(policy, make_input(), [])
