"""Declared purposes: validated as a whole, every problem named with its entry and key."""

from __future__ import annotations

from typing import Any

import pytest

from compliance.consent import Purpose, PurposeConfigError, load_purposes

ASSISTANT: dict[str, Any] = {
    "name": "assistant",
    "description": {
        "fr": "Assistant conversationnel répondant aux demandes de la personne",
        "ar": "مساعد محادثة يجيب على طلبات الشخص المعني",
        "en": "Conversational assistant answering the data subject's own requests",
    },
    "lawful_basis": "consent",
    "data_categories": ["identity", "contact"],
    "retention_days": 30,
    "cndp": {"kind": "declaration", "number": "D-GC-123/2026"},
}


def test_a_complete_purpose_loads_with_its_three_languages() -> None:
    purposes = load_purposes([ASSISTANT, {**ASSISTANT, "name": "support", "cndp": None}])
    assert list(purposes) == ["assistant", "support"]
    assistant = purposes["assistant"]
    assert isinstance(assistant, Purpose)
    assert assistant.description.ar.startswith("مساعد")
    assert assistant.data_categories == ("identity", "contact")
    assert assistant.needs_consent
    assert assistant.cndp is not None
    assert assistant.cndp.number == "D-GC-123/2026"


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        # unknown or misspelt keys
        ({"retention": 3}, "purposes[0] ('assistant').retention: unknown key"),
        # law 09-08 art. 4 bases only
        ({"lawful_basis": "because"}, "purposes[0] ('assistant').lawful_basis: Input should be"),
        # retention must be a positive number of days
        ({"retention_days": 0}, "retention_days: Input should be greater than 0"),
        # nothing declared, nothing processed
        ({"data_categories": []}, "data_categories: Tuple should have at least 1 item"),
        # a description in each language of the portal
        ({"description": {"fr": "x", "en": "y"}}, "description.ar: Field required"),
        # names are identifiers used in headers and policies
        ({"name": "Mon Assistant"}, "name 'Mon Assistant' is not allowed"),
    ],
)
def test_an_invalid_purpose_is_refused_naming_entry_and_key(
    change: dict[str, Any], expected: str
) -> None:
    with pytest.raises(PurposeConfigError) as caught:
        load_purposes([{**ASSISTANT, **change}])
    assert expected in caught.value.message
    assert caught.value.exit_code == 2


def test_a_purpose_declared_twice_is_refused() -> None:
    with pytest.raises(PurposeConfigError, match="'assistant' is declared twice"):
        load_purposes([ASSISTANT, ASSISTANT])
