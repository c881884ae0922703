"""build_policy_input: exactly the input document of DESIGN.md."""

from __future__ import annotations

import pytest

from compliance.policy import build_policy_input


def test_design_example_is_reproduced_exactly() -> None:
    policy_input = build_policy_input(
        subject_hash="<keyed hash>",
        consents={"assistant": "granted", "personalization": "withdrawn"},
        opt_outs=["personalization"],
        purpose="assistant",
        route="llm",
        country="FR",
        provider="self-hosted",
        kind="chat",
        entities={"PERSON": 2, "MA_CIN": 1},
        sensitive=["HEALTH"],
    )

    assert policy_input == {
        "subject": {
            "id": "<keyed hash>",
            "consents": {"assistant": "granted", "personalization": "withdrawn"},
            "opt_outs": ["personalization"],
        },
        "purpose": "assistant",
        "destination": {"route": "llm", "country": "FR", "provider": "self-hosted", "kind": "chat"},
        "data": {"entities": {"PERSON": 2, "MA_CIN": 1}, "sensitive": ["HEALTH"]},
        "transfer": {"explicit_consent": False, "cndp_authorization": None},
    }


def test_transfer_grounds_and_anonymous_subject_are_carried() -> None:
    policy_input = build_policy_input(
        subject_hash=None,
        consents={},
        opt_outs=[],
        purpose="assistant",
        route="llm",
        country="US",
        provider="openai",
        kind="chat",
        entities={},
        sensitive=[],
        explicit_consent=True,
        cndp_authorization="CNDP-T-2024-117",
    )

    assert policy_input["subject"]["id"] is None
    assert policy_input["transfer"] == {
        "explicit_consent": True,
        "cndp_authorization": "CNDP-T-2024-117",
    }


def test_label_lists_are_sorted_and_unique_and_country_upper_case() -> None:
    policy_input = build_policy_input(
        subject_hash="h",
        consents={},
        opt_outs=["support", "assistant", "support"],
        purpose="assistant",
        route="llm",
        country="ma",
        provider="self-hosted",
        kind="chat",
        entities={},
        sensitive=["RELIGION_BELIEF", "HEALTH", "HEALTH"],
    )

    assert policy_input["subject"]["opt_outs"] == ["assistant", "support"]
    assert policy_input["data"]["sensitive"] == ["HEALTH", "RELIGION_BELIEF"]
    assert policy_input["destination"]["country"] == "MA"


def test_arguments_are_keyword_only() -> None:
    with pytest.raises(TypeError):
        build_policy_input("h", {}, [], "assistant", "llm", "MA", "p", "chat", {}, [])  # type: ignore[misc]
