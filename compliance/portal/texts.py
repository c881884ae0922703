"""The portal's words in French, Arabic (right to left) and English.

Texts live in ``locales/{fr,ar,en}.yaml`` (one file per language, the same keys in
each, checked by a test) and country names in ``locales/countries.yaml``. A key
missing in one language falls back to English, then to the key itself, so a
half-translated addition shows up as English rather than as an error page.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, tzinfo
from importlib import resources
from typing import Any, Literal

import yaml

from compliance.core.portal_settings import LANGUAGES

Direction = Literal["ltr", "rtl"]
_DATE_FORMATS = {"fr": "%d/%m/%Y %H:%M", "ar": "%Y/%m/%d %H:%M", "en": "%Y-%m-%d %H:%M"}


def _flatten(document: Mapping[str, Any], prefix: str = "") -> dict[str, str]:
    flat: dict[str, str] = {}
    for key, value in document.items():
        if isinstance(value, Mapping):
            flat.update(_flatten(value, f"{prefix}{key}."))
        else:
            flat[f"{prefix}{key}"] = str(value)
    return flat


def _read(name: str) -> Any:
    text = (resources.files("compliance.portal") / "locales" / name).read_text(encoding="utf-8")
    return yaml.safe_load(text)


class Translator:
    """The texts of one language, with its direction and date format."""

    def __init__(
        self,
        *,
        language: str,
        texts: Mapping[str, str],
        fallback: Mapping[str, str],
        countries: Mapping[str, Mapping[str, str]],
        tz: tzinfo,
    ) -> None:
        self.language = language
        self.direction: Direction = "rtl" if language == "ar" else "ltr"
        self._texts = texts
        self._fallback = fallback
        self._countries = countries
        self._tz = tz

    def __call__(self, key: str, **values: object) -> str:
        text = self._texts.get(key) or self._fallback.get(key) or key
        return text.format_map(values) if values else text

    def has(self, key: str) -> bool:
        return key in self._texts

    def country(self, code: str) -> str:
        names = self._countries.get(code)
        return names.get(self.language, code) if names else code

    def when(self, moment: datetime | str | None) -> str:
        """A time in the controller's time zone, in this language's usual order."""
        if moment is None:
            return ""
        if isinstance(moment, str):
            moment = datetime.fromisoformat(moment)
        return moment.astimezone(self._tz).strftime(_DATE_FORMATS[self.language])


class Texts:
    """All languages, loaded once at start."""

    def __init__(
        self,
        *,
        documents: Mapping[str, Mapping[str, Any]],
        countries: Mapping[str, Mapping[str, str]],
        tz: tzinfo,
    ) -> None:
        flat = {language: _flatten(document) for language, document in documents.items()}
        english = flat.get("en", {})
        self._translators = {
            language: Translator(
                language=language,
                texts=flat.get(language, {}),
                fallback=english,
                countries=countries,
                tz=tz,
            )
            for language in LANGUAGES
        }

    @classmethod
    def load(cls, *, tz: tzinfo) -> Texts:
        return cls(
            documents={language: _read(f"{language}.yaml") for language in LANGUAGES},
            countries={str(code): names for code, names in _read("countries.yaml").items()},
            tz=tz,
        )

    def __getitem__(self, language: str) -> Translator:
        return self._translators[language]
