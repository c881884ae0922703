"""From Presidio results to the spans the pipeline acts on: one per region of text.

Presidio removes a result contained in another of the same type, but leaves
overlaps between types: the domain of an e-mail is also a URL, the blocks of
an IBAN are also a RIB, a phone number may be a PERSON for a confused NER.
Minimization replaces each span, so spans must not overlap: the most
confident reading of a region wins, and among equally confident ones the
longest (an IBAN over the RIB inside it).
"""

from __future__ import annotations

from collections.abc import Iterable

from presidio_analyzer import RecognizerResult

from compliance.detect.types import Span

__all__ = ["resolve_overlaps"]


def resolve_overlaps(results: Iterable[RecognizerResult]) -> tuple[Span, ...]:
    """Keep a non-overlapping subset of ``results``, sorted by start.

    Greedy by (score, length): each result is kept unless it overlaps one
    already kept. Remaining ties go to the earlier span, so the output does
    not depend on the order recognizers ran in.

    Args:
        results: Presidio results of one text, in any order.

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
        if any(result.start < span.end and span.start < result.end for span in kept):
            continue
        kept.append(
            Span(
                entity_type=result.entity_type,
                start=result.start,
                end=result.end,
                score=round(float(result.score), 4),
            )
        )
    return tuple(sorted(kept, key=lambda span: span.start))
