"""Normalize a text before detection, and map spans back to the original.

People in Morocco write digits three ways: Western (0661234567), Arabic-Indic
(٠٦٦١٢٣٤٥٦٧) and Eastern Arabic-Indic (۰۶۶۱۲۳۴۵۶۷, from Persian keyboards).
Copied from right-to-left text, a number also carries invisible direction
marks between its groups, and Arabic words may carry harakat or a tatweel
(ـ) that no name list spells. Every recognizer would have to know all of
that; instead the engine analyzes a normalized copy where:

* Arabic-Indic and Eastern digits are ASCII digits;
* no-break and other fixed-width spaces are plain spaces;
* direction marks, zero-width characters, harakat and the tatweel are removed.

Replacements are one character for one, but removals shorten the text, so a
:class:`Normalized` keeps, for each of its characters, the index of the
original character it came from; :meth:`Normalized.original_span` maps a
detected span back to the text the caller sent, and the minimizer replaces
exactly what the writer typed, invisible marks included.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

__all__ = ["Normalized", "normalize"]

_DIGITS: Final = {
    **{0x0660 + i: str(i) for i in range(10)},  # Arabic-Indic ٠-٩
    **{0x06F0 + i: str(i) for i in range(10)},  # Eastern Arabic-Indic ۰-۹
}
_SPACES: Final = {
    0x00A0: " ",  # no-break space
    0x2007: " ",  # figure space (inside formatted numbers)
    0x202F: " ",  # narrow no-break space (French thousands, "n° 12")
    0x2009: " ",  # thin space
}
_REMOVED: Final = (
    "\u200b-\u200f"  # zero-width space, (non-)joiners, LRM, RLM
    "\u202a-\u202e"  # embedding and override marks
    "\u2066-\u2069"  # isolates
    "\ufeff"  # byte-order mark
    "\u0640"  # tatweel
    "\u064b-\u065f\u0670"  # harakat, shadda, sukun, dagger alef
    "\u06d6-\u06ed"  # Quranic annotation marks
)
_REMOVED_RE: Final = re.compile(f"[{_REMOVED}]")
_TRANSLATION: Final = str.maketrans({**_DIGITS, **_SPACES})
# A quick test that saves the work on the (many) texts that need none.
_NEEDS_WORK: Final = re.compile(f"[{_REMOVED}\u0660-\u0669\u06f0-\u06f9\u00a0\u2007\u202f\u2009]")


@dataclass(frozen=True, slots=True)
class Normalized:
    """A normalized text and, when characters were removed, where each came from.

    Attributes:
        text: What the recognizers analyze.
        origin: ``origin[i]`` is the index in the original text of ``text[i]``,
            followed by one last entry, the original length; ``None`` when no
            character was removed and offsets are the same in both texts.
    """

    text: str
    origin: tuple[int, ...] | None = None

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Return the original offsets of the normalized span ``[start, end)``.

        A span ends after the original of its last character, so a removed
        mark between two of its characters stays inside it, and one after it
        stays outside.
        """
        if self.origin is None:
            return start, end
        if end <= start:
            return self.origin[start], self.origin[start]
        return self.origin[start], self.origin[end - 1] + 1


def normalize(text: str) -> Normalized:
    """Return ``text`` with ASCII digits and plain spaces, without invisible marks.

    Args:
        text: Any text; it is read, never stored.

    Returns:
        The normalized text and, when its length changed, its offset map.
    """
    if not _NEEDS_WORK.search(text):
        return Normalized(text)
    translated = text.translate(_TRANSLATION)
    if not _REMOVED_RE.search(translated):
        return Normalized(translated)
    kept: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(translated):
        if _REMOVED_RE.match(char):
            continue
        kept.append(char)
        origin.append(index)
    origin.append(len(text))
    return Normalized("".join(kept), tuple(origin))
