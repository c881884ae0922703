"""Whether a place is tied to a person: the judgement the LOCATION recognizers share.

A place is personal data when it says where somebody lives, comes from, was
born or receives parcels ("j'habite à Fès", "ana mn casa", "ساكن ف حي السلام",
"born in Agadir"); it is not when it is the subject of a trivia or weather
question, a trip, a news item, a company's address, or part of the name of a
shop, a club, an institution or a product ("Quelle est la capitale du Maroc ?",
"météo à Rabat", "vol pour Marrakech", "Siège social : 45 bd Zerktouni",
"Université de Rabat", "huile d'argan d'Agadir"). Telling these apart keeps a
route abroad open to a geography question without letting a home address out.

The cues are phrases of ``data/places.yaml`` (``context``: tied, untied and
neutral ones), matched on the folded text. For a place, in its sentence:

1. a tied cue earlier in its clause, or within a few characters after it
   ("Rabat, la ville où j'habite"), makes it personal;
2. otherwise the cue nearest before it decides;
3. with no cue before it, an untied cue after it ("Casablanca est la capitale
   économique") leaves it out unless the sentence holds a tied cue;
4. with no cue at all it is personal: when unsure, the place is reported.

A place that opens with an untied word ("Wydad de Casablanca", "Université de
Rabat", as a model may tag them whole) is a name, not a place, unless a tied
cue comes before it in its clause.

Sentences end at "!", "?", ";", a new line, or a full stop before a capital (not
after "Imm.", "bd.", "N."); clauses at commas, colons and "et",
"and", "w". Other cues inside the place ("Gare" in "12 rue de la Gare") do
not count.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Final

from compliance.detect.recognizers._fold import ARABIC_LETTERS, fold_text, fold_word, load_data

__all__ = ["tied_to_person"]

_TIED: Final = "tied"
_UNTIED: Final = "untied"
_NEUTRAL: Final = "neutral"
_AFTER_REACH: Final = 30  # characters after a place where a tied cue still claims it
# Sentence ends: "!", "?", "؟", "…", a new line; a full stop before a capital or
# an Arabic letter, unless it closes a short abbreviation ("Imm. 3", "bd. Anfa").
_SENTENCE_END: Final = re.compile(rf"[!?؟…;]+|\n+|\.(?=\s+[A-ZÀ-Þ{ARABIC_LETTERS}]|\s*$)")
_ABBREVIATION: Final = re.compile(
    r"(?<![\w.])(?i:imm|bd|av|appt|apt|app|n|no|st|dr|m|mme|mr|ste|sté|rés|res|lot)$"
)
_CLAUSE_END: Final = re.compile(r"[,;:،]|\s(?:et|and|w|wa|mais|but|puis|then)\s")


@dataclass(frozen=True)
class _Cue:
    start: int
    end: int
    kind: str


def _pattern(entries: list[str], *, arabic: bool) -> str:
    alternatives = []
    for entry in sorted(set(entries), key=len, reverse=True):
        stem = entry.endswith("*")
        body = re.escape(entry.rstrip("*")).replace(r"\ ", r"\s+")
        if arabic:
            alternatives.append(body + (f"[{ARABIC_LETTERS}]{{0,3}}" if stem else ""))
        else:
            alternatives.append(body + (r"\w*" if stem else ""))
    joined = "|".join(alternatives) or r"(?!x)x"
    if arabic:
        return rf"(?<![{ARABIC_LETTERS}])[وفبلك]?(?:{joined})(?![{ARABIC_LETTERS}])"
    return rf"(?<!\w)(?:{joined})(?!\w)"


@functools.cache
def _regexes() -> tuple[tuple[str, re.Pattern[str]], ...]:
    context = load_data("places.yaml")["context"]
    out = []
    for kind in (_NEUTRAL, _TIED, _UNTIED):
        lists = context.get(kind) or {}
        latin = [fold_word(line.strip()) for line in str(lists.get("latin") or "").splitlines()]
        arabic = [fold_word(line.strip()) for line in str(lists.get("arabic") or "").splitlines()]
        parts = [
            _pattern([e for e in latin if e], arabic=False),
            _pattern([e for e in arabic if e], arabic=True),
        ]
        out.append((kind, re.compile("|".join(parts))))
    return tuple(out)


@functools.lru_cache(maxsize=16)
def _cues(text: str) -> tuple[_Cue, ...]:
    """Every cue of ``text``, the longest winning where two overlap ("livraison à domicile")."""
    folded = fold_text(text)
    found = [
        _Cue(match.start(), match.end(), kind)
        for kind, regex in _regexes()
        for match in regex.finditer(folded)
    ]
    found.sort(key=lambda cue: (-(cue.end - cue.start), cue.start))
    kept: list[_Cue] = []
    for cue in found:
        if all(cue.end <= other.start or other.end <= cue.start for other in kept):
            kept.append(cue)
    return tuple(sorted((c for c in kept if c.kind != _NEUTRAL), key=lambda c: c.start))


def cues_at(text: str, start: int) -> list[_Cue]:
    """The cues of ``text`` that start at ``start``."""
    return [cue for cue in _cues(text) if cue.start == start]


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    low, high = 0, len(text)
    for match in _SENTENCE_END.finditer(text):
        if match.group() == "." and _ABBREVIATION.search(text, 0, match.start()):
            continue
        if match.end() <= start:
            low = match.end()
        elif match.start() >= end:
            high = match.start()
            break
    return low, high


def _clause_start(text: str, low: int, start: int) -> int:
    clause = low
    for match in _CLAUSE_END.finditer(text, low, start):
        clause = match.end()
    return clause


def tied_to_person(text: str, start: int, end: int) -> bool:
    """Return whether the place at ``text[start:end]`` may be somebody's (see the module doc).

    False only when the text says the place is the subject of a question, a trip,
    a company or a name that is nobody's, and nothing ties it to a person.
    """
    low, high = _sentence(text, start, end)
    cues = [c for c in _cues(text) if low <= c.start and c.end <= high]
    before = [c for c in cues if c.end <= start]
    after = [c for c in cues if c.start >= end]
    clause = _clause_start(text, low, start)
    if any(c.kind == _TIED and c.start >= clause for c in before):
        return True
    # A span that opens with a club's, a shop's or an institution's word is that
    # name, not a place: "Wydad de Casablanca", "Université de Rabat".
    if any(c.kind == _UNTIED and c.start == start and c.end < end for c in cues_at(text, start)):
        return False
    if after and after[0].kind == _TIED and after[0].start - end <= _AFTER_REACH:
        return True
    if before:
        return before[-1].kind == _TIED
    if any(c.kind == _TIED for c in cues):
        return True
    return not any(c.kind == _UNTIED for c in after)
