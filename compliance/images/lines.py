"""OCR words put back into lines of text, with the way back from a character to its box.

Detection reads text; redaction needs pixels. The words of one image become one text,
words joined by a space and lines by a newline, so a name or a number read across two
words is one value to the detector; every word keeps its character range, so a span the
detector returns maps back to the boxes of the words it touches.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from compliance.images.types import Box


@dataclass(frozen=True, slots=True)
class Word:
    """One word as OCR read it: its text, its box, and the line it belongs to."""

    text: str
    box: Box
    line: tuple[int, ...]  # (block, paragraph, line): words of one line share it


@dataclass(frozen=True, slots=True)
class Layout:
    """The image's text, and each word's ``(start, end)`` in it with its box."""

    text: str
    ranges: tuple[tuple[int, int, Box], ...]

    def boxes(self, start: int, end: int) -> tuple[Box, ...]:
        """The boxes of the words that overlap ``[start, end)``."""
        return tuple(box for s, e, box in self.ranges if s < end and start < e)


def assemble(words: Iterable[Word]) -> Layout:
    """Lines of words in reading order (OCR's order), as one text with a word map."""
    parts: list[str] = []
    ranges: list[tuple[int, int, Box]] = []
    offset = 0
    previous: tuple[int, ...] | None = None
    for word in words:
        if not word.text:
            continue
        if previous is not None:
            parts.append(" " if word.line == previous else "\n")
            offset += 1
        parts.append(word.text)
        ranges.append((offset, offset + len(word.text), word.box))
        offset += len(word.text)
        previous = word.line
    return Layout("".join(parts), tuple(ranges))
