"""Nothing of the register is left untranslated: every key in fr, en and ar.

The page labels, measures, lawful bases, treatments and data categories exist in each
language with the same keys and placeholders; every reason code of the policy catalogue
and every purpose of the policy data has its French and Arabic text (English: the policy
data's own); every transfer basis has its three texts; Arabic texts are Arabic.
"""

from __future__ import annotations

import json
import string
from pathlib import Path

import pytest
import yaml

from compliance.core.settings import DEFAULT_POLICY_DIR
from compliance.detect.types import SENSITIVE_ENTITIES
from compliance.register import BASES, LANGUAGES
from compliance.register.i18n import SECTIONS, TRANSLATED_FROM_POLICY_DATA, locale

CATALOGUE = json.loads((DEFAULT_POLICY_DIR / "data" / "messages.json").read_text("utf-8"))
PURPOSES = json.loads((DEFAULT_POLICY_DIR / "data" / "purposes.json").read_text("utf-8"))
PORTAL_LOCALE = Path(__file__).resolve().parents[2] / "compliance" / "portal" / "locales"


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def _arabic(text: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in text)


def test_the_three_languages_are_offered() -> None:
    assert LANGUAGES == ("fr", "en", "ar")
    assert locale("ar").direction == "rtl"
    assert locale("fr").direction == locale("en").direction == "ltr"


@pytest.mark.parametrize("section", SECTIONS)
@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_every_language_has_exactly_the_english_keys_and_placeholders(
    section: str, lang: str
) -> None:
    english = getattr(locale("en"), section)
    other = getattr(locale(lang), section)
    assert set(other) == set(english)
    assert {k: _fields(v) for k, v in other.items()} == {k: _fields(v) for k, v in english.items()}
    assert all(text.strip() for text in other.values())


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_every_reason_code_of_the_catalogue_has_its_meaning(lang: str) -> None:
    assert set(locale(lang).reasons) == set(CATALOGUE)


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_every_purpose_of_the_policy_data_has_its_description(lang: str) -> None:
    assert set(locale(lang).purposes) == set(PURPOSES)


def test_english_takes_reasons_and_purposes_from_the_policy_data() -> None:
    for section in TRANSLATED_FROM_POLICY_DATA:
        assert getattr(locale("en"), section) == {}
    assert all(entry["message"] for entry in CATALOGUE.values())
    assert all(body["description"] for body in PURPOSES.values())


def test_every_data_category_is_named_in_every_language() -> None:
    portal = yaml.safe_load((PORTAL_LOCALE / "en.yaml").read_text("utf-8"))["category"]
    declared = {t for body in PURPOSES.values() for t in body["data_categories"]}
    for lang in LANGUAGES:
        assert set(portal) | SENSITIVE_ENTITIES | declared <= set(locale(lang).categories), lang


def test_every_transfer_basis_is_written_in_the_three_languages() -> None:
    for basis in BASES.values():
        assert all((basis.fr, basis.en, basis.ar)), basis.code
        assert _arabic(basis.ar), basis.code


def test_the_arabic_texts_are_arabic() -> None:
    arabic = locale("ar")
    for section in (*SECTIONS, *TRANSLATED_FROM_POLICY_DATA):
        for key, text in getattr(arabic, section).items():
            if key in ("colon", "separator"):
                continue
            assert _arabic(text), (section, key)
