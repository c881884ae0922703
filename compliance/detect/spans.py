"""From Presidio results to the spans the pipeline acts on: one per region of text.

Presidio removes a result contained in another of the same type, but leaves
overlaps between types: the domain of an e-mail is also a URL, the blocks of
an IBAN are also a RIB, a phone number may be a PERSON for a confused NER.
Minimization replaces each span, so spans must not overlap: the most
confident reading of a region wins, and among equally confident ones the
longest (an IBAN over the RIB inside it).

Given the text, the part of a losing span that no winner covers is kept
(with its own label and score) when it still holds at least three letters or
digits: an address that lost its phone number to the phone recognizer
("rue 12, Oujda, 06 44 24 06 35") keeps "rue 12, Oujda" rather than leaking
it whole. Slivers ("CV -", a lone comma) are dropped. Two readings of one
name are merged: the kept name grows over the other's uncovered words (a cue
reads "Freja Clausen" where the model read "Clausen"), unless the longer
reading is the model's, whose extra words are ones it swept in ("Appelez Karim
Alaoui", "Mme Nadia Berrada"); a name's leftover beside another type is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from presidio_analyzer import RecognizerResult

from compliance.detect.types import Span

__all__ = ["resolve_overlaps"]

_MODEL = "NerRecognizer"  # the statistical model's results (recognizers/ner.py)
_MIN_REMAINDER = 3  # letters or digits a leftover needs to be kept
_MIN_NAME_WORD = 2  # a given name's own leftover: "Li" of "Li Wei", "Bo", "Jo"
_LEADING = re.compile(r"[\W_]+")
_TRAILING = re.compile(r"[\W_]+$")


def resolve_overlaps(
    results: Iterable[RecognizerResult], text: str | None = None
) -> tuple[Span, ...]:
    """Keep a non-overlapping subset of ``results``, sorted by start.

    Greedy by (score, length): each result is kept unless it overlaps one
    already kept. Remaining ties go to the earlier span, so the output does
    not depend on the order recognizers ran in. With ``text``, the uncovered
    parts of an overlapping result are kept too (see the module docstring).

    Args:
        results: Presidio results of one text, in any order.
        text: The analyzed text, to keep the leftovers of losing spans.

    Returns:
        The kept spans, ordered by their start offset.
    """
    ranked = sorted(
        results,
        key=lambda r: (-r.score, -(r.end - r.start), r.start, r.entity_type),
    )
    kept: list[Span] = []
    for result in ranked:
        if result.end <= result.start:
            continue
        score = round(float(result.score), 4)
        overlapping = [s for s in kept if result.start < s.end and s.start < result.end]
        if not overlapping:
            kept.append(Span(result.entity_type, result.start, result.end, score))
        elif text is not None:
            if result.entity_type == "PERSON":
                _grow_name(kept, result, overlapping, text)
                continue
            for start, end in _leftovers(text, result.start, result.end, overlapping):
                kept.append(Span(result.entity_type, start, end, score))
    return tuple(sorted(kept, key=lambda span: span.start))


def _grow_name(
    kept: list[Span], result: RecognizerResult, overlapping: list[Span], text: str
) -> None:
    """Two readings of one name: the kept one grows over the other's uncovered words.

    The model's "Clausen" (0.85) beats a cue's "Freja Clausen" (0.7): keeping only the
    winner would send "Freja" out in clear. The model's own longer readings are the
    exception: the words it sweeps in beside a rule's name are not names ("Appelez"
    Karim Alaoui, "Mme" Nadia Berrada). A name's leftover never stands alone, and
    beside anything but a single name it is dropped.
    """
    metadata = result.recognition_metadata or {}
    if metadata.get(RecognizerResult.RECOGNIZER_NAME_KEY) == _MODEL:
        return
    if len(overlapping) != 1 or overlapping[0].entity_type != "PERSON":
        return
    winner = overlapping[0]
    pieces = _leftovers(text, result.start, result.end, overlapping, minimum=_MIN_NAME_WORD)
    if pieces:
        start = min(winner.start, *(piece_start for piece_start, _ in pieces))
        end = max(winner.end, *(piece_end for _, piece_end in pieces))
        kept[kept.index(winner)] = Span("PERSON", start, end, winner.score)


def _leftovers(
    text: str, start: int, end: int, taken: list[Span], *, minimum: int = _MIN_REMAINDER
) -> list[tuple[int, int]]:
    """Parts of ``[start, end)`` outside ``taken``, trimmed, with enough substance."""
    pieces: list[tuple[int, int]] = []
    cursor = start
    for span in sorted(taken, key=lambda s: s.start):
        if span.start > cursor:
            pieces.append((cursor, min(span.start, end)))
        cursor = max(cursor, span.end)
    if cursor < end:
        pieces.append((cursor, end))
    kept = []
    for piece_start, piece_end in pieces:
        piece = text[piece_start:piece_end]
        leading = _LEADING.match(piece)
        trailing = _TRAILING.search(piece)
        left = piece_start + (leading.end() if leading else 0)
        right = piece_end - (len(trailing.group()) if trailing else 0)
        if sum(char.isalnum() for char in text[left:right]) >= minimum:
            kept.append((left, right))
    return kept
