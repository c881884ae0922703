"""Length-preserving folding and word lists shared by the gazetteer recognizers.

Names, places and sensitive terms are matched on a folded copy of the text:
lower case, Latin accents dropped ("Meknès" = "meknes"), the spellings of
Arabic alef, alef maqsura and taa marbuta unified ("أحمد" = "احمد",
"فاطمة" = "فاطمه"), typographic apostrophes made plain. Every character
folds to exactly one character, so an offset in the folded copy is the
same offset in the text and no mapping is needed.

Several recognizers fold the same text in one analysis: the last few
results are cached, so a text is folded once, whatever the number of
recognizers reading it.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from importlib import resources
from typing import Any, Final

import yaml

__all__ = [
    "ARABIC_LETTERS",
    "alternation",
    "arabic_stop_words",
    "fold_text",
    "fold_word",
    "lines",
    "load_data",
    "words",
]

ARABIC_LETTERS: Final = "\u0621-\u064a\u0671-\u06d3"
_ARABIC_FOLDS: Final = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ى": "ي",
    "ة": "ه",
    "ؤ": "و",
    "ئ": "ي",
}
_PUNCTUATION_FOLDS: Final = {"’": "'", "‘": "'", "ʼ": "'", "`": "'"}


class _FoldTable(dict[int, str]):
    """``str.translate`` table computed lazily, one entry per distinct character."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        folded = _ARABIC_FOLDS.get(char) or _PUNCTUATION_FOLDS.get(char)
        if folded is None:
            lower = char.lower()
            if len(lower) != 1:  # "İ" lowers to two characters: keep the length
                lower = char
            base = unicodedata.normalize("NFD", lower)[0]
            folded = base if base.isalpha() or base == lower else lower
        self[code] = folded
        return folded


_TABLE: Final = _FoldTable()


@functools.lru_cache(maxsize=16)
def fold_text(text: str) -> str:
    """Return ``text`` folded for matching, with exactly the same length."""
    return text.translate(_TABLE)


def fold_word(word: str) -> str:
    """Fold one list entry; ``_`` in data files stands for a space."""
    return word.replace("_", " ").translate(_TABLE)


def words(block: str | None) -> list[str]:
    """Split a whitespace-separated block of a data file into folded entries."""
    return [fold_word(word) for word in (block or "").split()]


def lines(block: str | None) -> list[str]:
    """Split a one-entry-per-line block of a data file into folded entries."""
    return [fold_word(line.strip()) for line in (block or "").splitlines() if line.strip()]


@functools.cache
def load_data(name: str) -> dict[str, Any]:
    """Read a YAML file of ``recognizers/data`` once per process (it never changes)."""
    text = resources.files(__package__).joinpath("data", name).read_text(encoding="utf-8")
    document = yaml.safe_load(text)
    if not isinstance(document, dict):
        raise TypeError(f"recognizers/data/{name} must hold a mapping")
    return document


@functools.cache
def arabic_stop_words() -> frozenset[str]:
    """spaCy's Arabic stop words, folded: they never start or continue a name."""
    from spacy.lang.ar.stop_words import STOP_WORDS

    extra = "رقم هاتف هاتفي عنوان عنواني بريد مع في من على الى إلى عن و او أو ثم هو هي"
    return frozenset(fold_word(word) for word in [*STOP_WORDS, *extra.split()])


def alternation(entries: Iterable[str]) -> str:
    """A regex alternation of ``entries``, longest first, spaces matching any whitespace."""
    unique = sorted(set(entries), key=lambda entry: (-len(entry), entry))
    return "|".join(re.escape(entry).replace(r"\ ", r"\s+") for entry in unique)
