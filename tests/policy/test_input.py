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

    design = {
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
    # Every field of DESIGN.md, unchanged; the fields added since hold their defaults.
    for key, value in design.items():
        assert (
            {k: policy_input[key][k] for k in value} == value
            if isinstance(value, dict)
            else policy_input[key] == value
        )
    assert policy_input["destination"]["hosting_country"] is None
    assert policy_input["destination"]["rerouted_from"] is None
    assert policy_input["transfer"]["derogation"] is None
    assert policy_input["transfer"]["evidence"] is None
    assert policy_input["processing"] == {"original_purpose": None, "kinds": []}
    assert policy_input["decision"] == {
        "automated": False,
        "legal_effect": False,
        "human_review": False,
    }


def test_added_fields_are_filled_from_keyword_arguments() -> None:
    policy_input = build_policy_input(
        subject_hash="h",
        consents={},
        opt_outs=[],
        purpose="marketing",
        route="llm",
        country="MA",
        provider="p",
        kind="chat",
        entities={},
        sensitive=[],
        hosting_country="de",
        rerouted_from="llm-us",
        derogation="contract_with_subject",
        evidence="C-2025-17",
        original_purpose="support",
        processing_kinds=["profiling", "marketing", "profiling"],
        automated_decision=True,
        legal_effect=True,
        human_review=True,
    )

    assert policy_input["destination"]["hosting_country"] == "DE"
    assert policy_input["destination"]["rerouted_from"] == "llm-us"
    assert policy_input["transfer"]["derogation"] == "contract_with_subject"
    assert policy_input["transfer"]["evidence"] == "C-2025-17"
    assert policy_input["processing"] == {
        "original_purpose": "support",
        "kinds": ["marketing", "profiling"],
    }
    assert policy_input["decision"] == {
        "automated": True,
        "legal_effect": True,
        "human_review": True,
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
    assert policy_input["transfer"]["explicit_consent"] is True
    assert policy_input["transfer"]["cndp_authorization"] == "CNDP-T-2024-117"


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
