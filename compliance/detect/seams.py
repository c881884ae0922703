"""Values split across the texts of one request: "06 61 23" in one message, "45 67" in the next.

Each text of a request is analyzed alone (so a chat history is analyzed once,
then cached), which misses a value cut between two texts. The texts of one
request are one document to whoever reads them (the model concatenates the
messages), so the seam between each pair of adjacent texts is analyzed too:
the end of one and the start of the next, joined directly ("karim.benali@" +
"gmail.com") and with a space ("Je suis Karim" + "Benali"). A value found
across the joint is split back into its two pieces, one span in each text,
and each piece is minimized where it stands.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from compliance.detect.types import Span

__all__ = ["SEAM_WINDOW", "Seam", "merge_seams", "seams"]

SEAM_WINDOW = 96  # characters taken on each side of a joint (an IBAN with separators is 42)
_NON_SPACE = re.compile(r"\S*")


@dataclass(frozen=True, slots=True)
class Seam:
    """The joint between texts ``left`` and ``right`` of a request, as one short text."""

    left: int
    right: int
    text: str
    window_start: int  # where the seam's text starts in the left text
    joint: int  # where the left text's part ends in the seam's text
    gap: int  # characters put between the two parts (0 or 1)


def seams(texts: Sequence[str]) -> list[Seam]:
    """The seams between adjacent non-blank texts, two readings each."""
    present = [index for index, text in enumerate(texts) if text.strip()]
    out: list[Seam] = []
    for left, right in itertools.pairwise(present):
        tail = texts[left][-SEAM_WINDOW:]
        head = texts[right][:SEAM_WINDOW]
        start = len(texts[left]) - len(tail)
        out.append(Seam(left, right, tail + head, start, len(tail), 0))
        if not (tail[-1].isspace() or head[0].isspace()):
            out.append(Seam(left, right, tail + " " + head, start, len(tail), 1))
    return out


def merge_seams(
    texts: Sequence[str], spans: Sequence[Sequence[Span]], found: Sequence[Sequence[Span]]
) -> list[list[Span]]:
    """Add to each text's spans the pieces of values found across a seam.

    Args:
        texts: The request's texts.
        spans: Their spans, each text analyzed alone.
        found: For each seam of ``seams(texts)``, in order, the spans of its text.

    Returns:
        Each text's spans, non-overlapping and sorted; a piece overlapping a span
        already there is merged with it.
    """
    merged = [list(text_spans) for text_spans in spans]
    for seam, seam_spans in zip(seams(texts), found, strict=True):
        left_text, right_text = texts[seam.left], texts[seam.right]
        right_start = seam.joint + seam.gap
        for span in seam_spans:
            if not (span.start < seam.joint and span.end > right_start):
                continue  # within one text: that text's own analysis has it
            start = seam.window_start + span.start
            if span.start == 0:  # the value may begin before the window
                start = _run_start(left_text, start)
            end = span.end - right_start
            if span.end == len(seam.text):  # and end after it
                end = _NON_SPACE.match(right_text, end).end()  # type: ignore[union-attr]
            _add(merged[seam.left], Span(span.entity_type, start, len(left_text), span.score))
            _add(merged[seam.right], Span(span.entity_type, 0, end, span.score))
    return [sorted(text_spans, key=lambda s: s.start) for text_spans in merged]


def _run_start(text: str, index: int) -> int:
    while index > 0 and not text[index - 1].isspace():
        index -= 1
    return index


def _add(spans: list[Span], piece: Span) -> None:
    """Put ``piece`` among ``spans``, merged with the spans it overlaps."""
    overlapping = [s for s in spans if s.start < piece.end and piece.start < s.end]
    if not overlapping:
        spans.append(piece)
        return
    for span in overlapping:
        spans.remove(span)
    spans.append(
        Span(
            piece.entity_type,
            min(piece.start, *(s.start for s in overlapping)),
            max(piece.end, *(s.end for s in overlapping)),
            max(piece.score, *(s.score for s in overlapping)),
        )
    )
