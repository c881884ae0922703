"""The embedded decision point on the real policies/: the decision table of law 09-08."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from compliance.errors import ConfigError, PolicyError
from compliance.policy import ACTIONS, EmbeddedPolicy

MakeInput = Callable[..., dict[str, Any]]

DECISIONS = [
    # residency and adequacy (art. 43)
    pytest.param({}, True, ["residency.in_country"], id="in-country"),
    pytest.param({"country": "FR"}, True, ["cross_border.adequate_country"], id="adequate-FR"),
    pytest.param({"country": "GB"}, True, ["cross_border.adequate_country"], id="adequate-GB"),
    pytest.param({"country": "fr"}, True, ["cross_border.adequate_country"], id="lower-case-fr"),
    # transfers to a State not on the list (art. 43-44)
    pytest.param({"country": "US"}, False, ["cross_border.not_adequate"], id="US-denied"),
    pytest.param({"country": "HR"}, False, ["cross_border.not_adequate"], id="HR-denied"),
    pytest.param(
        {"country": "US", "explicit_consent": True},
        True,
        ["cross_border.explicit_consent"],
        id="US-explicit-consent",
    ),
    pytest.param(
        {"country": "US", "cndp_authorization": "CNDP-T-2024-117"},
        True,
        ["cross_border.cndp_authorization"],
        id="US-cndp-authorization",
    ),
    pytest.param(
        {"country": "US", "cndp_authorization": ""},
        False,
        ["cross_border.not_adequate"],
        id="US-empty-authorization",
    ),
    pytest.param(
        {"country": "US", "entities": {}},
        True,
        ["cross_border.no_personal_data"],
        id="US-no-personal-data",
    ),
    # the subject's choices (art. 4, art. 9)
    pytest.param(
        {"consents": {"assistant": "withdrawn"}},
        False,
        ["consent.withdrawn", "residency.in_country"],
        id="consent-withdrawn",
    ),
    pytest.param(
        {"opt_outs": ["assistant"]},
        False,
        ["opt_out.honoured", "residency.in_country"],
        id="opt-out",
    ),
    pytest.param(
        {"consents": {"assistant": "granted", "support": "withdrawn"}, "opt_outs": ["support"]},
        True,
        ["residency.in_country"],
        id="choices-about-another-purpose",
    ),
    # purpose limitation (art. 3-1-b)
    pytest.param(
        {"purpose": "marketing"},
        False,
        ["purpose.undeclared", "residency.in_country"],
        id="undeclared-purpose",
    ),
    # sensitive data (art. 21)
    pytest.param(
        {"consents": {}, "sensitive": ["HEALTH"]},
        False,
        ["sensitive.no_express_consent", "residency.in_country"],
        id="sensitive-without-consent",
    ),
    pytest.param(
        {"sensitive": ["HEALTH"]},
        True,
        ["residency.in_country", "sensitive.express_consent"],
        id="sensitive-with-consent",
    ),
    pytest.param(
        {"purpose": "support", "consents": {"support": "granted"}, "sensitive": ["HEALTH"]},
        False,
        ["sensitive.no_express_consent", "residency.in_country"],
        id="sensitive-purpose-not-declared-for-it",
    ),
    pytest.param(
        {"country": "US", "entities": {}, "sensitive": ["RELIGION_BELIEF"]},
        False,
        ["cross_border.not_adequate", "sensitive.express_consent"],
        id="sensitive-alone-is-a-transfer",
    ),
    # several grounds at once: denials first, then grounds, each sorted by code
    pytest.param(
        {"purpose": "marketing", "opt_outs": ["marketing"], "country": "US"},
        False,
        ["cross_border.not_adequate", "opt_out.honoured", "purpose.undeclared"],
        id="denials-sorted",
    ),
]


@pytest.mark.parametrize(("changes", "allow", "codes"), DECISIONS)
def test_decision_table(
    policy: EmbeddedPolicy,
    make_input: MakeInput,
    changes: dict[str, Any],
    allow: bool,
    codes: list[str],
) -> None:
    decision = policy.decide(make_input(**changes))

    assert decision.allow is allow
    assert list(decision.reason_codes) == codes


ACTIONS_TABLE = [
    # assistant: people pseudonymized, identifiers redacted, the rest masked
    ("assistant", "PERSON", "pseudonymize"),
    ("assistant", "EMAIL_ADDRESS", "pseudonymize"),
    ("assistant", "PHONE_NUMBER", "pseudonymize"),
    ("assistant", "LOCATION", "pseudonymize"),
    ("assistant", "MA_CIN", "redact"),
    ("assistant", "MA_RIB", "redact"),
    ("assistant", "IBAN_CODE", "redact"),
    ("assistant", "CREDIT_CARD", "redact"),
    ("assistant", "MA_LICENSE_PLATE", "mask"),
    # embeddings: pseudonymize all but identifiers
    ("embeddings", "PERSON", "pseudonymize"),
    ("embeddings", "LOCATION", "pseudonymize"),
    ("embeddings", "MA_CIN", "redact"),
    ("embeddings", "IP_ADDRESS", "redact"),
    # support: locations masked, unlisted types redacted
    ("support", "PERSON", "pseudonymize"),
    ("support", "LOCATION", "mask"),
    ("support", "DATE_OF_BIRTH", "redact"),
    # undeclared purpose (denied anyway): everything redacted
    ("marketing", "PERSON", "redact"),
]


@pytest.mark.parametrize(("purpose", "entity_type", "action"), ACTIONS_TABLE)
def test_action_per_purpose_and_entity_type(
    policy: EmbeddedPolicy, make_input: MakeInput, purpose: str, entity_type: str, action: str
) -> None:
    decision = policy.decide(
        make_input(purpose=purpose, consents={purpose: "granted"}, entities={entity_type: 1})
    )

    assert decision.actions[entity_type] == action
    assert decision.action_for(entity_type) == action


def test_entity_type_not_in_the_request_falls_back_to_the_purpose_default(
    policy: EmbeddedPolicy, make_input: MakeInput
) -> None:
    decision = policy.decide(make_input(entities={}))

    assert decision.actions["default"] == "mask"
    assert decision.action_for("MA_MASSAR") == "mask"
    assert set(decision.actions.values()) <= ACTIONS


def test_adequate_transfer_carries_a_record_transfer_obligation(
    policy: EmbeddedPolicy, make_input: MakeInput
) -> None:
    decision = policy.decide(make_input(country="FR"))

    assert decision.obligations == {"record_transfer": {"country": "FR", "bases": ["adequacy"]}}


def test_decision_is_stamped_with_the_bundle_version(
    policy: EmbeddedPolicy, make_input: MakeInput
) -> None:
    decision = policy.decide(make_input())

    assert re.fullmatch(r"sha256:[0-9a-f]{16}", policy.version)
    assert decision.policy_version == policy.version


def test_every_reason_cites_an_article_of_law_09_08(
    policy: EmbeddedPolicy, make_input: MakeInput
) -> None:
    decision = policy.decide(
        make_input(purpose="x", opt_outs=["x"], country="US", sensitive=["HEALTH"])
    )

    assert len(decision.reasons) >= 4
    for reason in decision.reasons:
        assert re.fullmatch(r"[a-z_]+\.[a-z_]+", reason.code)
        assert re.match(r"art\. [0-9a-z-]+ law 09-08: ", reason.message)


def test_input_off_contract_is_denied(policy: EmbeddedPolicy) -> None:
    decision = policy.decide({"purpose": "assistant"})

    assert not decision.allow
    assert "input.invalid" in decision.reason_codes


def test_input_the_engine_cannot_take_is_a_policy_error_without_its_values(
    policy: EmbeddedPolicy, make_input: MakeInput
) -> None:
    policy_input = make_input(purpose="canary-7f3a9c")
    policy_input["data"]["entities"] = {"PERSON": object()}

    with pytest.raises(PolicyError) as raised:
        policy.decide(policy_input)

    assert raised.value.status == 503
    assert "canary-7f3a9c" not in str(raised.value)


def test_decisions_from_eight_threads_match_sequential_ones(
    policy: EmbeddedPolicy, make_input: MakeInput
) -> None:
    inputs = [make_input(**changes) for changes, _, _ in (p.values for p in DECISIONS)]
    expected = [policy.decide(policy_input) for policy_input in inputs]
    mismatches: list[str] = []
    errors: list[BaseException] = []
    start = threading.Barrier(8)

    def worker(offset: int) -> None:
        try:
            start.wait()
            for round_ in range(30):
                index = (offset + round_) % len(inputs)
                if policy.decide(inputs[index]) != expected[index]:
                    mismatches.append(f"thread {offset} input {index}")
        except BaseException as exc:  # surfaced below, in the test's thread
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(offset,)) for offset in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert mismatches == []


# --- policies that misbehave: fail closed ---------------------------------------------------

_HEADER = "package cndp\n\nimport rego.v1\n\n"
_VALID = '{"allow": true, "reasons": [], "actions": {"default": "redact"}}'


def test_malformed_decision_is_a_policy_error(
    write_policy: Callable[[dict[str, str]], Path],
) -> None:
    policy_dir = write_policy(
        {
            "cndp/decision.rego": _HEADER
            + 'decision := {"allow": "yes", "reasons": [], "actions": {"default": "redact"}}'
            + ' if input.purpose == "x"\n'
            + f'decision := {_VALID} if input.purpose != "x"\n'
        }
    )
    policy = EmbeddedPolicy(policy_dir=policy_dir)

    with pytest.raises(PolicyError, match="'allow' is a str, not a boolean"):
        policy.decide({"purpose": "x"})


def test_undefined_decision_is_a_policy_error(
    write_policy: Callable[[dict[str, str]], Path],
) -> None:
    policy_dir = write_policy(
        {"cndp/decision.rego": _HEADER + f'decision := {_VALID} if input.purpose != "x"\n'}
    )
    policy = EmbeddedPolicy(policy_dir=policy_dir)

    with pytest.raises(PolicyError, match="undefined"):
        policy.decide({"purpose": "x"})


def test_evaluation_error_is_a_policy_error_without_input_values(
    write_policy: Callable[[dict[str, str]], Path],
) -> None:
    policy_dir = write_policy(
        {
            "cndp/decision.rego": _HEADER
            + 'decision := no_such_function(input.purpose) if input.purpose == "canary-7f3a9c"\n'
            + f'decision := {_VALID} if input.purpose != "canary-7f3a9c"\n'
        }
    )
    policy = EmbeddedPolicy(policy_dir=policy_dir)

    with pytest.raises(PolicyError) as raised:
        policy.decide({"purpose": "canary-7f3a9c"})

    assert "canary-7f3a9c" not in str(raised.value)
    assert raised.value.__cause__ is None
    assert raised.value.__suppress_context__


def test_policy_that_cannot_decide_an_empty_request_is_refused_at_start(
    write_policy: Callable[[dict[str, str]], Path],
) -> None:
    policy_dir = write_policy({"cndp/decision.rego": _HEADER + "decision := no_such_function(1)\n"})

    with pytest.raises(ConfigError, match="Function not found: no_such_function"):
        EmbeddedPolicy(policy_dir=policy_dir)


def test_policy_without_the_entrypoint_is_refused_at_start(
    write_policy: Callable[[dict[str, str]], Path],
) -> None:
    policy_dir = write_policy({"cndp/other.rego": _HEADER + "allow := true\n"})

    with pytest.raises(ConfigError, match="cndp/decision"):
        EmbeddedPolicy(policy_dir=policy_dir)
