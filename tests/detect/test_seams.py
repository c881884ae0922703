"""Values split between two texts of one request are found, one piece in each text."""

from __future__ import annotations

import pytest

from compliance.detect import PresidioDetector
from compliance.detect.seams import document, edge_values, merge_document, merge_seams, seams


def _analyze(detector: PresidioDetector, texts: list[str]) -> list[list[tuple[str, str]]]:
    joints = seams(texts)
    found = detector.analyze([*texts, *(s.text for s in joints)])
    merged = merge_seams(texts, found[: len(texts)], joints, found[len(texts) :])
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


def _pieces(texts: list[str], spans: list[list]) -> list[list[tuple[str, str]]]:
    return [
        [(s.entity_type, t[s.start : s.end]) for s in text_spans]
        for t, text_spans in zip(texts, spans, strict=True)
    ]


@pytest.mark.parametrize(
    ("texts", "pieces"),
    [
        # the label in one text, the value in the next
        (["mon CIN est", "BE384721"], [[], [("MA_CIN", "BE384721")]]),
        # five pieces in five texts
        (
            ["tel 06", "61", "23", "45", "67"],
            [[("PHONE_NUMBER", "06")], *([("PHONE_NUMBER", p)] for p in ("61", "23", "45", "67"))],
        ),
    ],
)
def test_the_request_read_as_one_document_finds_labels_and_pieces(
    detector: PresidioDetector, texts: list[str], pieces: list[list[tuple[str, str]]]
) -> None:
    doc = document(texts)
    [found] = detector.analyze_identifiers([doc.text])
    merged = merge_document(texts, [[] for _ in texts], doc, found)
    assert _pieces(texts, merged) == pieces


@pytest.mark.parametrize(
    ("texts", "entity_type", "pieces"),
    [
        (["tel 0661", "ok, et ensuite ?", "234567"], "PHONE_NUMBER", ["0661", "", "234567"]),
        (
            ["carte 4111 1111", "merci", "1111", "1111 !"],
            "CREDIT_CARD",
            ["4111 1111", "", "1111", "1111"],
        ),
        (
            ["RIB 0115 1900 0001", "puis", "2345 6789 0136"],
            "MA_RIB",
            ["0115 1900 0001", "", "2345 6789 0136"],
        ),
        (["٠٦٦١", "et", "٢٣٤٥٦٧"], "PHONE_NUMBER", ["٠٦٦١", "", "٢٣٤٥٦٧"]),
    ],
)
def test_digits_at_the_edges_of_texts_are_read_together(
    texts: list[str], entity_type: str, pieces: list[str]
) -> None:
    found = edge_values(texts)
    for text, text_spans, piece in zip(texts, found, pieces, strict=True):
        got = [(s.entity_type, text[s.start : s.end]) for s in text_spans]
        assert got == ([(entity_type, piece)] if piece else [])


@pytest.mark.parametrize(
    "texts",
    [
        ["Commande 2024", "livrée le 12"],
        ["J'ai 3 enfants", "et 2 chats", "5 lapins"],
        ["le 06/12/2024", "à 10:30"],
        ["0661234567"],  # one text: its own analysis reads it
        ["total 1250", "1300", "1400 dirhams"],
    ],
)
def test_numbers_at_edges_that_spell_no_identifier_stay_unflagged(texts: list[str]) -> None:
    assert edge_values(texts) == [[] for _ in texts]


def test_identifier_results_of_short_texts_are_remembered(detector: PresidioDetector) -> None:
    texts = ["tel 0661234567", "chatcmpl-abc", "echo-1"]
    first = detector.analyze_identifiers(texts)
    assert detector.analyze_identifiers(texts) == first
    assert [s.entity_type for s in first[0]] == ["PHONE_NUMBER"]
    fresh = PresidioDetector(cache_size=0)
    assert fresh.analyze_identifiers(texts) == first
