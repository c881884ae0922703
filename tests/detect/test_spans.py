from __future__ import annotations

import pytest
from presidio_analyzer import RecognizerResult

from compliance.detect.spans import resolve_overlaps
from compliance.detect.types import Span


def result(
    entity_type: str, start: int, end: int, score: float, *, recognizer: str = "Rule"
) -> RecognizerResult:
    return RecognizerResult(
        entity_type=entity_type,
        start=start,
        end=end,
        score=score,
        recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: recognizer},
    )


@pytest.mark.parametrize(
    ("results", "expected"),
    [
        # disjoint: all kept, sorted by start
        (
            [result("PHONE_NUMBER", 20, 30, 0.6), result("PERSON", 0, 10, 0.85)],
            [("PERSON", 0, 10), ("PHONE_NUMBER", 20, 30)],
        ),
        # overlapping: the higher score wins (an e-mail over its domain as URL)
        (
            [result("URL", 8, 17, 0.5), result("EMAIL_ADDRESS", 0, 17, 1.0)],
            [("EMAIL_ADDRESS", 0, 17)],
        ),
        # same score: the longer wins (an IBAN over the RIB inside it)
        (
            [result("MA_RIB", 5, 34, 1.0), result("IBAN_CODE", 0, 34, 1.0)],
            [("IBAN_CODE", 0, 34)],
        ),
        # same score and length: the earlier wins
        (
            [result("PERSON", 3, 8, 0.85), result("LOCATION", 0, 5, 0.85)],
            [("LOCATION", 0, 5)],
        ),
        # a chain: the middle one wins and both neighbours go
        (
            [
                result("PERSON", 0, 6, 0.6),
                result("MA_CIN", 4, 12, 0.9),
                result("LOCATION", 10, 16, 0.6),
            ],
            [("MA_CIN", 4, 12)],
        ),
        # touching spans do not overlap
        (
            [result("PERSON", 0, 5, 0.85), result("PERSON", 5, 9, 0.85)],
            [("PERSON", 0, 5), ("PERSON", 5, 9)],
        ),
        # empty spans are dropped
        ([result("PERSON", 4, 4, 0.85)], []),
        ([], []),
    ],
)
def test_overlapping_spans_keep_the_higher_score_then_the_longer(
    results: list[RecognizerResult], expected: list[tuple[str, int, int]]
) -> None:
    spans = resolve_overlaps(results)
    assert [(s.entity_type, s.start, s.end) for s in spans] == expected


def test_spans_carry_the_score_as_a_plain_float() -> None:
    (span,) = resolve_overlaps([result("PERSON", 0, 5, 0.7499999999999999)])
    assert span == Span(entity_type="PERSON", start=0, end=5, score=0.75)
    assert type(span.score) is float


@pytest.mark.parametrize(
    ("results", "expected"),
    [
        # the part of an address outside a better phone span stays an address
        (
            [result("LOCATION", 0, 29, 0.9), result("PHONE_NUMBER", 15, 29, 0.95)],
            [("LOCATION", 0, 13), ("PHONE_NUMBER", 15, 29)],
        ),
        # slivers go
        (
            [result("LOCATION", 4, 20, 0.85), result("PERSON", 6, 20, 0.9)],
            [("PERSON", 6, 20)],
        ),
        # two readings of one name: the kept one grows over the other's words
        (
            [result("PERSON", 0, 20, 0.85), result("PERSON", 8, 20, 0.9)],
            [("PERSON", 0, 20)],
        ),
        (
            [result("PERSON", 0, 13, 0.7), result("PERSON", 8, 29, 0.9)],
            [("PERSON", 0, 29)],
        ),
        # a two-letter given name is part of the name ("Li" Wei, "Bo", "Jo")
        (
            [result("PERSON", 4, 13, 0.7), result("PERSON", 7, 13, 0.85)],
            [("PERSON", 4, 13)],
        ),
        # but the words the model swept in beside a rule's name are not kept
        (
            [
                result("PERSON", 0, 20, 0.85, recognizer="NerRecognizer"),
                result("PERSON", 8, 20, 0.9),
            ],
            [("PERSON", 8, 20)],
        ),
        # a name's leftover beside a phone number is dropped
        (
            [result("PERSON", 8, 20, 0.6), result("PHONE_NUMBER", 15, 29, 0.95)],
            [("PHONE_NUMBER", 15, 29)],
        ),
    ],
)
def test_given_the_text_the_uncovered_part_of_a_losing_span_is_kept(
    results: list[RecognizerResult], expected: list[tuple[str, int, int]]
) -> None:
    text = "rue 12, Oujda, 06 44 24 06 35"
    spans = resolve_overlaps(results, text)
    assert [(s.entity_type, s.start, s.end) for s in spans] == expected
