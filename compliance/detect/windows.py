"""Where the NER has something to find: the words around what can be a name or a place.

spaCy's NER is the most expensive step of detection (about 0.15 ms a token with
the small models), and most of a message holds neither a name nor a place. A name
or a place the small French and English models tag is written with a capital
letter (they almost never tag a lower-case word) or, in a mixed text, in another
script; so in a text of ``WHOLE_BELOW`` characters or more the NER reads only the
words around a candidate word: a word with a capital letter that does not open
its sentence, one that opens it but is not a common opener (stop words,
greetings: "Karim a appelé" is read, "Merci de..." is not), or one with a letter
outside the Latin script; ``CONTEXT_WORDS`` words each side. The recognizers
(gazetteers, patterns, cues) still read the whole text.

The NER's receptive field is a few tokens each side, so a window read alone gets
the entities it gets inside its text; ``bench/detect_eval.py`` on the evaluation
sets joined into long documents (``bench/data/join_texts.py``) holds the two
readings to the same figures.
"""

from __future__ import annotations

import re
from typing import Final

from spacy.lang.en.stop_words import STOP_WORDS as _EN_STOP_WORDS
from spacy.lang.fr.stop_words import STOP_WORDS as _FR_STOP_WORDS

__all__ = ["CONTEXT_WORDS", "WHOLE_BELOW", "may_hold_name", "ner_windows"]

WHOLE_BELOW: Final = 400  # characters: shorter texts are read whole, gating costs more
# Words read each side of a candidate: the small models' NER sees about four tokens
# each side (its convolution) and its parser state a few more.
CONTEXT_WORDS: Final = 8
_WORD: Final = re.compile(r"\S+")
_OPENING_MARKS: Final = frozenset("\"'«“‘([¿¡-–—•*> \t\r\n\u00a0")
# A sentence: up to and including its end punctuation and the spaces after, or a line.
_SENTENCE: Final = re.compile(r".*?(?:[.!?…]+[\"'»)\]]*(?:\s+|$)|\n+|$)", re.DOTALL)
_LATIN_MAX: Final = 0x024F
# Words that open sentences and are nobody's name: a capitalized word opening its
# sentence is a candidate unless it is one of these (stop words, greetings, the
# polite question openers of both languages).
_COMMON_OPENERS: Final = frozenset(
    {
        *_FR_STOP_WORDS,
        *_EN_STOP_WORDS,
        *[
            "bonjour",
            "bonsoir",
            "salut",
            "cordialement",
            "merci",
            "pourriez",
            "pourrais",
            "pouvez",
            "puis-je",
            "svp",
        ],
        *["hello", "hi", "dear", "thanks", "thank", "please", "regards", "kindly"],
    }
)
_WORD_PART: Final = re.compile(r"[^\W\d_]+")


def may_hold_name(text: str) -> bool:
    """Whether ``text`` has a capital letter or a letter of another script.

    Where two texts meet (a seam), a name cut between them is read by the NER only
    then: thousands of lower-case keys and values of a JSON body make thousands of
    seams, and a lower-case name cut in two is left to the gazetteers.
    """
    return any(c.isupper() or (c.isalpha() and ord(c) > _LATIN_MAX) for c in text)


def ner_windows(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` the NER reads: the words around each candidate word.

    A candidate word is one with a capital letter that does not open its sentence,
    or with a letter of another script; the NER reads it with ``CONTEXT_WORDS``
    words each side (across sentence ends: a name opening the next sentence, "Karim
    Benali. Youssef a appelé", lies in the window of the name before it). Windows
    that touch are merged.

    Returns ``[(0, len(text))]`` for short texts (the English model tags lower-case
    names in them: reading them all costs less than missing those) and for texts
    every word of which is read; ``[]`` when no word can be a name or a place.
    """
    if len(text) < WHOLE_BELOW:
        return [(0, len(text))]
    words = [m.span() for m in _WORD.finditer(text)]
    openers = {m.start() for m in _SENTENCE.finditer(text)}
    windows: list[tuple[int, int]] = []
    for index, (start, end) in enumerate(words):
        if not _candidate_word(text[start:end], opens_sentence=_opens(text, start, openers)):
            continue
        low = words[max(0, index - CONTEXT_WORDS)][0]
        high = words[min(len(words) - 1, index + CONTEXT_WORDS)][1]
        if windows and low <= windows[-1][1] + 1:
            windows[-1] = (windows[-1][0], max(high, windows[-1][1]))
        else:
            windows.append((low, high))
    if windows == [(words[0][0], words[-1][1])]:
        return [(0, len(text))]
    return windows


def _opens(text: str, start: int, openers: set[int]) -> bool:
    """Whether the word at ``start`` is the first of its sentence (or line)."""
    position = start
    while position not in openers:
        if position == 0 or text[position - 1] not in _OPENING_MARKS:
            return False
        position -= 1  # « Bonjour », "(Karim", "- Karim": the mark opens, the word still does
    return True


def _candidate_word(word: str, *, opens_sentence: bool) -> bool:
    letters = [c for c in word if c.isalpha()]
    if not letters:
        return False
    if any(ord(c) > _LATIN_MAX for c in letters):
        return True  # another script: Arabic names in a French sentence
    if not any(c.isupper() for c in letters):
        return False
    if not opens_sentence:
        return True
    first = _WORD_PART.search(word)  # "Pourriez-vous" -> "Pourriez", "L'adresse" -> "L"
    return first is not None and first.group().casefold() not in _COMMON_OPENERS
