"""The portal speaks French, Arabic (right to left) and English, with the same keys in each."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import yaml

from compliance.portal import load_catalog
from compliance.portal.texts import Texts, _flatten

LOCALES = Path(__file__).resolve().parents[2] / "compliance" / "portal" / "locales"
POLICIES = Path(__file__).resolve().parents[2] / "policies"
TEXTS = Texts.load(tz=ZoneInfo("Africa/Casablanca"))


def _keys(language: str) -> set[str]:
    return set(_flatten(yaml.safe_load((LOCALES / f"{language}.yaml").read_text("utf-8"))))


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_every_language_has_exactly_the_english_keys(language: str) -> None:
    assert _keys(language) == _keys("en")


@pytest.mark.parametrize("language", ["fr", "ar", "en"])
def test_placeholders_match_across_languages(language: str) -> None:
    import string

    def fields(text: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    english = _flatten(yaml.safe_load((LOCALES / "en.yaml").read_text("utf-8")))
    other = _flatten(yaml.safe_load((LOCALES / f"{language}.yaml").read_text("utf-8")))
    assert {k: fields(v) for k, v in other.items()} == {k: fields(v) for k, v in english.items()}


def test_arabic_reads_right_to_left_and_the_others_left_to_right() -> None:
    assert TEXTS["ar"].direction == "rtl"
    assert TEXTS["fr"].direction == TEXTS["en"].direction == "ltr"


def test_the_arabic_texts_are_arabic() -> None:
    arabic = TEXTS["ar"]
    for key in ("home.title", "action.withdraw", "rights.erase_heading", "error.link_used"):
        assert any("\u0600" <= ch <= "\u06ff" for ch in arabic(key)), key


def test_every_shipped_purpose_has_plain_words_in_three_languages() -> None:
    catalog = load_catalog(policy_dir=POLICIES, route_countries=["MA"])
    for language in ("fr", "ar", "en"):
        for name in catalog.purposes:
            assert TEXTS[language].has(f"purposes.{name}.title"), (language, name)
            assert TEXTS[language].has(f"purposes.{name}.text"), (language, name)


def test_countries_and_times_are_localised() -> None:
    assert TEXTS["ar"].country("MA") == "المغرب"
    assert TEXTS["fr"].country("NO") == "Norvège"  # not YAML's false
    assert TEXTS["fr"].country("ZZ") == "ZZ"
    moment = datetime(2026, 6, 12, 22, 59, tzinfo=UTC)
    assert TEXTS["fr"].when(moment) == "12/06/2026 23:59"
    assert TEXTS["en"].when(moment) == "2026-06-12 23:59"


def test_a_missing_key_falls_back_to_english_then_to_the_key() -> None:
    texts = Texts(
        documents={"en": {"a": "A", "b": "B {x}"}, "fr": {"a": "à"}, "ar": {}},
        countries={},
        tz=UTC,
    )
    assert texts["fr"]("a") == "à"
    assert texts["fr"]("b", x=1) == "B 1"
    assert texts["ar"]("zzz") == "zzz"
