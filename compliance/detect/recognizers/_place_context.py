"""Whether a place is tied to a person: the judgement the LOCATION recognizers share.

A place is personal data when it says where somebody lives, comes from, was
born or receives parcels ("j'habite à Fès", "ana mn casa", "ساكن ف حي السلام",
"born in Agadir"); it is not when it is the subject of a trivia or weather
question, a trip, a news item, a company's address, or part of the name of a
shop, a club, an institution or a product ("Quelle est la capitale du Maroc ?",
"météo à Rabat", "vol pour Marrakech", "Siège social : 45 bd Zerktouni",
"Université de Rabat", "huile d'argan d'Agadir"). Telling these apart keeps a
route abroad open to a geography question without letting a home address out.

The cues are phrases of ``data/places.yaml`` (``context``: tied, untied,
local and neutral ones), matched on the folded text. Local cues are the words
of a name a place completes ("Université de", "agence de", "huile d'argan
d'"): they count only a few words before the place, so a shop or a school
named elsewhere in a sentence does not untie a home address. For a place, in
its sentence:

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

import bisect
import functools
import re
from dataclasses import dataclass
from typing import Final

from compliance.detect.recognizers._fold import ARABIC_LETTERS, fold_text, fold_word, load_data

__all__ = ["tied_to_person"]

_TIED: Final = "tied"
_UNTIED: Final = "untied"
_NEUTRAL: Final = "neutral"
_LOCAL: Final = "local"
_LOCAL_REACH: Final = 25  # characters between a "local" cue and the place it names
_AFTER_REACH: Final = 30  # characters after a place where a tied cue still claims it
_SENTENCE_REACH: Final = 400  # characters either side: a longer "sentence" is cut there
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


_WORD: Final = re.compile(r"[^\W_]+")
_CLITICS: Final = "وفبلك"
_ARABIC_ENDINGS: Final = 3  # letters a "*" Arabic stem may take ("ساكن" -> "ساكنين")


@dataclass(frozen=True)
class _Phrase:
    words: tuple[str, ...]
    stem: bool  # the last word is a stem: any ending may follow
    kind: str


@dataclass(frozen=True)
class _Lexicon:
    by_first: dict[str, tuple[_Phrase, ...]]  # phrases by their first word
    stems: dict[str, tuple[_Phrase, ...]]  # one-word stems, by the stem
    stem_lengths: tuple[int, ...]
    heads: frozenset[str]  # the first letters of every first word: a cheap filter


_HEAD = 2


@functools.cache
def _lexicon() -> _Lexicon:
    """The cue phrases of ``data/places.yaml``, indexed for a word-by-word scan."""
    context = load_data("places.yaml")["context"]
    by_first: dict[str, list[_Phrase]] = {}
    stems: dict[str, list[_Phrase]] = {}
    for kind in (_NEUTRAL, _TIED, _UNTIED, _LOCAL):
        lists = context.get(kind) or {}
        for script in ("latin", "arabic"):
            for line in str(lists.get(script) or "").splitlines():
                entry = fold_word(line.strip())
                words = tuple(_WORD.findall(entry))
                if not words:
                    continue
                phrase = _Phrase(words, entry.endswith("*"), kind)
                if phrase.stem and len(words) == 1:
                    stems.setdefault(words[0], []).append(phrase)
                else:
                    by_first.setdefault(words[0], []).append(phrase)
    return _Lexicon(
        by_first={word: tuple(phrases) for word, phrases in by_first.items()},
        stems={stem: tuple(phrases) for stem, phrases in stems.items()},
        stem_lengths=tuple(sorted({len(stem) for stem in stems})),
        heads=frozenset(word[:_HEAD] for word in [*by_first, *stems]),
    )


def _word_matches(word: str, token: str, *, stem: bool) -> bool:
    if not stem:
        return token == word
    if not token.startswith(word):
        return False
    return token[0] < "\u0600" or len(token) - len(word) <= _ARABIC_ENDINGS


def _phrase_end(phrase: _Phrase, tokens: list[re.Match[str]], i: int, first: str) -> int:
    """End offset of ``phrase`` read from token ``i`` (whose word is ``first``), or -1."""
    if i + len(phrase.words) > len(tokens):
        return -1
    last = len(phrase.words) - 1
    for k, word in enumerate(phrase.words):
        token = first if k == 0 else tokens[i + k].group()
        if not _word_matches(word, token, stem=phrase.stem and k == last):
            return -1
    return tokens[i + last].end()


def _candidates(lexicon: _Lexicon, token: str) -> list[tuple[str, _Phrase]]:
    """Phrases that may start at ``token`` (an Arabic one with a clitic glued to it)."""
    forms = [token]
    if token[0] >= "\u0600" and token[0] in _CLITICS and len(token) > 2:
        forms.append(token[1:])
    found = []
    for form in forms:
        if form[:_HEAD] not in lexicon.heads:
            continue
        found += [(form, phrase) for phrase in lexicon.by_first.get(form, ())]
        for length in lexicon.stem_lengths:
            if length > len(form):
                break
            found += [(form, phrase) for phrase in lexicon.stems.get(form[:length], ())]
    return found


@functools.lru_cache(maxsize=16)
def _cues(text: str) -> tuple[_Cue, ...]:
    """Every cue of ``text`` by start; of two that overlap the longer ("livraison à domicile")."""
    lexicon = _lexicon()
    tokens = list(_WORD.finditer(fold_text(text)))
    kept: list[_Cue] = []
    for i, token in enumerate(tokens):
        best: _Cue | None = None
        for form, phrase in _candidates(lexicon, token.group()):
            end = _phrase_end(phrase, tokens, i, form)
            if end > 0 and (best is None or end > best.end):
                best = _Cue(token.start(), end, phrase.kind)
        if best is None:
            continue
        if kept and best.start < kept[-1].end:  # overlaps the previous cue: the longer stays
            if best.end - best.start > kept[-1].end - kept[-1].start:
                kept[-1] = best
            continue
        kept.append(best)
    return tuple(cue for cue in kept if cue.kind != _NEUTRAL)


@functools.lru_cache(maxsize=16)
def _cue_starts(text: str) -> tuple[int, ...]:
    return tuple(cue.start for cue in _cues(text))


def _cues_between(text: str, low: int, high: int) -> tuple[_Cue, ...]:
    """The cues of ``text`` that start in ``[low, high)``."""
    starts = _cue_starts(text)
    return _cues(text)[bisect.bisect_left(starts, low) : bisect.bisect_left(starts, high)]


def cues_at(text: str, start: int) -> tuple[_Cue, ...]:
    """The cues of ``text`` that start at ``start``."""
    return _cues_between(text, start, start + 1)


@functools.lru_cache(maxsize=16)
def _breaks(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Starts and ends of each sentence end of ``text``, in order."""
    starts, ends = [], []
    for match in _SENTENCE_END.finditer(text):
        before = text[max(0, match.start() - 6) : match.start()]
        if match.group() == "." and _ABBREVIATION.search(before):
            continue
        starts.append(match.start())
        ends.append(match.end())
    return tuple(starts), tuple(ends)


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``[start, end)``, at most ``_SENTENCE_REACH`` either side."""
    starts, ends = _breaks(text)
    index = bisect.bisect_right(ends, start)  # sentence ends before the place
    low = ends[index - 1] if index else 0
    following = bisect.bisect_left(starts, end)
    high = starts[following] if following < len(starts) else len(text)
    return max(low, start - _SENTENCE_REACH), min(high, end + _SENTENCE_REACH)


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
    cues = [
        c
        for c in _cues_between(text, low, high)
        if c.end <= high and (c.kind != _LOCAL or c.end <= start <= c.end + _LOCAL_REACH)
    ]
    before = [c for c in cues if c.end <= start]
    after = [c for c in cues if c.start >= end]
    clause = _clause_start(text, low, start)
    if any(c.kind == _TIED and c.start >= clause for c in before):
        return True
    # A span that opens with a club's, a shop's or an institution's word is that
    # name, not a place: "Wydad de Casablanca", "Université de Rabat".
    if any(c.kind != _TIED and c.end < end for c in cues_at(text, start)):
        return False
    if after and after[0].kind == _TIED and after[0].start - end <= _AFTER_REACH:
        return True
    if before:
        return before[-1].kind == _TIED  # an untied or a local cue: nobody's
    if any(c.kind == _TIED for c in cues):
        return True
    return not any(c.kind == _UNTIED for c in after)
