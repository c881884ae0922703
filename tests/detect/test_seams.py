"""Values split between two texts of one request are found, one piece in each text."""

from __future__ import annotations

import pytest

from compliance.detect import PresidioDetector
from compliance.detect.seams import merge_seams, seams


def _analyze(detector: PresidioDetector, texts: list[str]) -> list[list[tuple[str, str]]]:
    joints = seams(texts)
    found = detector.analyze([*texts, *(s.text for s in joints)])
    merged = merge_seams(texts, found[: len(texts)], found[len(texts) :])
    return [
        [(s.entity_type, t[s.start : s.end]) for s in spans]
        for t, spans in zip(texts, merged, strict=True)
    ]


@pytest.mark.parametrize(
    ("texts", "pieces"),
    [
        (["mon numéro est le 06 61 23", "45 67, merci"], ("06 61 23", "45 67")),
        (["email karim.benali@", "gmail.com"], ("karim.benali@", "gmail.com")),
        (["carte 4111 1111", "1111 1111"], ("4111 1111", "1111 1111")),
    ],
)
def test_a_value_cut_between_two_texts_is_found_in_both(
    detector: PresidioDetector, texts: list[str], pieces: tuple[str, str]
) -> None:
    result = _analyze(detector, texts)
    assert pieces[0] in [value for _, value in result[0]]
    assert pieces[1] in [value for _, value in result[1]]


def test_texts_that_hold_no_split_value_keep_their_own_spans(detector: PresidioDetector) -> None:
    texts = ["Bonjour, commande 2024", "livrée hier"]
    assert _analyze(detector, texts) == [[], []]


def test_blank_texts_do_not_make_seams() -> None:
    assert [(s.left, s.right) for s in seams(["a b", "", "  ", "c"])] == [(0, 3), (0, 3)]
