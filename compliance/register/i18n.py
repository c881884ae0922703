"""The register's words in French (the CNDP's working language), English and Arabic.

Texts live in ``locales/{fr,en,ar}.yaml``: the page's labels (``ui``), the security
measures, lawful bases, treatments and data categories in every language, and the
meaning of every reason code and the description of every shipped purpose in French and
Arabic. In English those two come from the policy data itself (``messages.json``,
``purposes.json``), so they are written once. A test checks that nothing is missing:
the register is read by the regulator in the language it was asked for, whole.

Arabic is written right to left; ``Locale.direction`` says so to the page.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Any, Literal

import yaml

LANGUAGES = ("fr", "en", "ar")
Direction = Literal["ltr", "rtl"]

# Sections every language has, with the same keys; `reasons` and `purposes` are in the
# French and Arabic files only (English: the policy data's own texts).
SECTIONS = ("ui", "measures", "lawful_basis", "actions", "categories")
TRANSLATED_FROM_POLICY_DATA = ("reasons", "purposes")


@dataclass(frozen=True, slots=True)
class Locale:
    """Every text of the register in one language."""

    language: str
    ui: Mapping[str, str]
    measures: Mapping[str, str]
    lawful_basis: Mapping[str, str]
    actions: Mapping[str, str]
    categories: Mapping[str, str]
    reasons: Mapping[str, str]  # empty in English: the catalogue's messages are English
    purposes: Mapping[str, str]  # empty in English: purposes.json's descriptions are

    @property
    def direction(self) -> Direction:
        return "rtl" if self.language == "ar" else "ltr"

    def __getitem__(self, key: str) -> str:
        """A label of the page (``ui``)."""
        return self.ui[key]


def _section(document: Mapping[str, Any], name: str) -> Mapping[str, str]:
    value = document.get(name) or {}
    return MappingProxyType({str(k): str(v) for k, v in value.items()})


@cache
def locale(language: str) -> Locale:
    """The texts of ``language`` (one of ``LANGUAGES``), read once."""
    if language not in LANGUAGES:
        raise KeyError(language)
    path = resources.files("compliance.register") / "locales" / f"{language}.yaml"
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    return Locale(
        language=language,
        **{name: _section(document, name) for name in (*SECTIONS, *TRANSLATED_FROM_POLICY_DATA)},
    )
