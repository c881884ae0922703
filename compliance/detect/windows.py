"""Where the NER has something to find: the sentences that can hold a name or a place.

spaCy's NER is the most expensive step of detection, and most sentences of a
message hold neither a name nor a place. A name or a place the small French and
English models tag is written with a capital letter (they almost never tag a
lower-case word) or, in a mixed text, in another script; so in a text of
``WHOLE_BELOW`` characters or more the NER reads only the sentences with a
capitalized word after their first word, or with a letter outside the Latin
script, and the sentences next to those (a name opening a sentence, "Karim a
appelé", is read when a neighbour is; the names gazetteer finds it anyway). The
recognizers (gazetteers, patterns, cues) still read every token of the whole text.

The NER's receptive field is a few tokens each side, so a sentence read alone gets
the entities it gets inside its text; ``bench/detect_eval.py`` on the evaluation
sets holds the two readings to the same figures.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["WHOLE_BELOW", "may_hold_name", "ner_windows"]

WHOLE_BELOW: Final = 400  # characters: shorter texts are read whole, gating costs more
# A sentence: up to and including its end punctuation and the spaces after, or a line.
_SENTENCE: Final = re.compile(r".*?(?:[.!?…]+[\"'»)\]]*(?:\s+|$)|\n+|$)", re.DOTALL)
_LATIN_MAX: Final = 0x024F


def _candidate(sentence: str) -> bool:
    letters = [c for c in sentence if c.isalpha()]
    if not letters:
        return False
    if any(ord(c) > _LATIN_MAX for c in letters):
        return True  # another script: Arabic names in a French sentence
    first = True
    for word in sentence.split():
        if not any(c.isalpha() for c in word):
            continue
        if first:
            first = False
            continue
        if any(c.isupper() for c in word):
            return True
    return False


def may_hold_name(text: str) -> bool:
    """Whether ``text`` has a capital letter or a letter of another script.

    Where two texts meet (a seam), a name cut between them is read by the NER only
    then: thousands of lower-case keys and values of a JSON body make thousands of
    seams, and a lower-case name cut in two is left to the gazetteers.
    """
    return any(c.isupper() or (c.isalpha() and ord(c) > _LATIN_MAX) for c in text)


def ner_windows(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` the NER reads: candidate sentences with their neighbours.

    Returns ``[(0, len(text))]`` for short texts (the English model tags lower-case
    names in them: reading them all costs less than missing those) and for texts
    every sentence of which is read; ``[]`` when no sentence can hold a name or a place.
    """
    if len(text) < WHOLE_BELOW:
        return [(0, len(text))]
    sentences = [m.span() for m in _SENTENCE.finditer(text) if m.end() > m.start()]
    read = [_candidate(text[a:b]) for a, b in sentences]
    # A candidate's neighbours too: a name may open the next sentence ("Karim Benali.
    # Youssef a appelé") or close the previous one.
    keep = [
        read[i] or (i > 0 and read[i - 1]) or (i + 1 < len(read) and read[i + 1])
        for i in range(len(read))
    ]
    windows: list[tuple[int, int]] = []
    for (start, end), kept in zip(sentences, keep, strict=True):
        if not kept:
            continue
        if windows and windows[-1][1] == start:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows
