"""The phrase-rule notation shared by the sensitive recognizers (``sensitive/_phrases.py``)."""

from __future__ import annotations

import pytest

from compliance.detect.recognizers.sensitive._phrases import compile_rules

VOCAB = {
    "COND": """
        diabet(?:e|ique)
        سكري
        """,
    "tie": """
        je suis
        انا
        """,
}


def matches(text: str) -> list[str]:
    compiled = compile_rules(VOCAB, [r"@tie (?P<v>@COND)"])
    return [m.group("v") for rule in compiled.rules for m in rule.both.finditer(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the group v is the span; the entry's word boundaries hold
        ("je suis diabetique", ["diabetique"]),
        ("je suis diabetiquement", []),
        # Arabic entries take a glued clitic and article, and a suffix
        ("انا بالسكري", ["بالسكري"]),
        ("انا سكريات", ["سكريات"]),
        ("انا مسكريه", []),
    ],
)
def test_entries_match_whole_words_of_their_script(text: str, expected: list[str]) -> None:
    assert matches(text) == expected


def test_an_accented_entry_is_folded_like_the_text() -> None:
    compiled = compile_rules({"COND": "diabète"}, ["(?P<v>@COND)"])
    assert compiled.rules[0].both.search("diabete")


def test_the_trigger_is_the_topic_words_without_the_people_around_them() -> None:
    compiled = compile_rules(VOCAB, [r"@tie (?P<v>@COND)"])
    assert compiled.trigger.spans("le diabete de type 2") == [(3, 9)]
    assert compiled.trigger.spans("انا بالسكري") == [(7, 11)]
    assert compiled.trigger.spans("je suis en vacances, prediabete") == []


def test_a_rule_that_names_no_topic_is_refused() -> None:
    with pytest.raises(ValueError, match="names none of the topics"):
        compile_rules(VOCAB, [r"@tie"])


def test_a_rule_that_names_an_unknown_vocabulary_is_refused() -> None:
    with pytest.raises(KeyError, match="@illness"):
        compile_rules(VOCAB, [r"@COND @illness"])


def test_the_gap_crosses_no_punctuation() -> None:
    compiled = compile_rules(VOCAB, [r"(?P<v>@tie~@COND)"])
    rule = compiled.rules[0].both
    assert rule.search("je suis pas mal diabetique")
    assert not rule.search("je suis la. diabetique")
