"""OCR words become lines of text, and a detected span maps back to its words' boxes."""

from __future__ import annotations

from compliance.images.lines import Word, assemble
from compliance.images.ocr import parse_tsv
from compliance.images.types import Box

TSV = (
    "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
    "1\t1\t0\t0\t0\t0\t0\t0\t1024\t560\t-1\t\n"
    "5\t1\t3\t1\t1\t1\t64\t289\t122\t32\t95.5\tNom:\n"
    "5\t1\t3\t1\t1\t2\t210\t288\t138\t33\t92.6\tKarim\n"
    "5\t1\t3\t1\t1\t3\t372\t288\t146\t33\t90.3\tBenali\n"
    "5\t1\t4\t1\t1\t1\t64\t388\t51\t33\t89.2\tCIN:\n"
    "5\t1\t4\t1\t1\t2\t138\t388\t241\t33\t89.9\tBE384721\n"
    "5\t1\t4\t1\t1\t3\t400\t388\t0\t33\t10.0\tzero-width\n"
    "5\t1\t4\t1\t1\t4\t420\t388\t20\t33\t10.0\t \n"
)


def test_tsv_words_keep_their_boxes_and_lines_and_drop_empty_rows() -> None:
    words = parse_tsv(TSV)
    assert [w.text for w in words] == ["Nom:", "Karim", "Benali", "CIN:", "BE384721"]
    assert words[1].box == Box(210, 288, 138, 33)
    assert words[1].line == words[2].line != words[3].line


def test_words_of_a_line_are_joined_by_spaces_and_lines_by_newlines() -> None:
    layout = assemble(parse_tsv(TSV))
    assert layout.text == "Nom: Karim Benali\nCIN: BE384721"


def test_a_span_maps_back_to_the_boxes_of_every_word_it_touches() -> None:
    layout = assemble(parse_tsv(TSV))
    start = layout.text.index("Karim Benali")
    assert layout.boxes(start, start + len("Karim Benali")) == (
        Box(210, 288, 138, 33),
        Box(372, 288, 146, 33),
    )
    number = layout.text.index("384721")  # part of a word is the whole word's box
    assert layout.boxes(number, number + 6) == (Box(138, 388, 241, 33),)
    assert layout.boxes(0, 3) == (Box(64, 289, 122, 32),)


def test_the_separator_between_words_belongs_to_no_box() -> None:
    layout = assemble([Word("a", Box(0, 0, 5, 5), (1,)), Word("b", Box(9, 0, 5, 5), (1,))])
    assert layout.boxes(1, 2) == ()
