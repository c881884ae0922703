"""LOCATION from a gazetteer of Moroccan places, Latin and Arabic script.

spaCy's small models know Casablanca, not "Hay Riad", "Sidi Maârouf",
"Mrakch" or any place written in Arabic script. ``data/places.yaml`` lists
cities, towns, regions and neighbourhoods with their spellings (and foreign
places written in Arabic script); this recognizer finds them, in one regex
pass per script over the folded text:

* Latin script: capitalized, or in lower case for names that are no other
  word ("casa", "mrakch" in a Darija chat). A name listed with "?" (also a
  word or a surname: "Safi", "Racine", "Souissi") needs its capital and a
  place cue before it ("à", "f", "quartier", "in").
* Arabic script: clitics glued before the name stay outside the span
  ("بالرباط" gives "الرباط"); a "?" name ("الجديدة" is also "the new")
  needs a cue ("في", "ب", "حي", "مدينة").

A place inside a brand or a club ("Raja Casablanca", "Casablanca Finance
City", "Tanger Med", "Royal Air Maroc") is not where somebody is: a match
glued to a capitalized word that is not itself a place or a cue is skipped.
Nor is a place that the text makes nobody's: the subject of a trivia, weather
or travel question, a company's seat, a product's origin (``_place_context``).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Final

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from compliance.detect.recognizers._fold import (
    ARABIC_LETTERS,
    alternation,
    fold_text,
    fold_word,
    load_data,
    words,
)
from compliance.detect.recognizers._place_context import tied_to_person

__all__ = ["MoroccanPlaceRecognizer", "is_known_place"]

_LATIN_WORD: Final = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ]+(?:['’][A-Za-zÀ-ÖØ-öø-ÿ]+)*")
_PREVIOUS_WORD: Final = re.compile(r"([A-Za-zÀ-ÖØ-öø-ÿ'’]+)[ \t]$")
_NEXT_WORD: Final = re.compile(r"[ \t]([A-Za-zÀ-ÖØ-öø-ÿ'’]+)")
_SENTENCE_END: Final = re.compile(r"(?:[.!?:;\n]\s*|[«\"(]\s*)$")
# How far back the word before a match and a sentence end are looked for: a
# bounded window keeps a long text linear (a search from 0 made it quadratic).
_LOOK_BACK: Final = 64


@dataclass(frozen=True)
class _Gazetteer:
    latin: re.Pattern[str]
    arabic: re.Pattern[str]
    guarded: frozenset[str]  # "?" spellings: need a capital and a cue
    cues_latin: frozenset[str]
    cues_arabic: frozenset[str]
    places: frozenset[str]


_DARIJA_PREFIXES: Final = (
    ("beni ", ("bni ",)),
    ("ain ", ("3in ", "3ayn ", "ayn ")),
    ("al ", ("l",)),
    ("el ", ("l",)),
)


def _darija_spellings(folded: str) -> list[str]:
    """How a chat spells a listed place: "Bni Mellal", "3in Chok", "Lhoceima", "Inezgan".

    "Beni" as "bni", "Aïn" as "3in", the article glued to the name ("Al Hoceima"
    as "lhoceima"), a final silent "e" dropped from a long one-word name.
    """
    found = []
    for prefix, replacements in _DARIJA_PREFIXES:
        if folded.startswith(prefix):
            found += [replacement + folded[len(prefix) :] for replacement in replacements]
    if " " not in folded and len(folded) >= 6 and folded.endswith("e"):
        found.append(folded[:-1])
    return found


@functools.cache
def _gazetteer() -> _Gazetteer:
    data = load_data("places.yaml")
    latin: list[str] = []
    arabic: list[str] = []
    guarded: set[str] = set()
    for line in str(data["places"]).splitlines():
        line = line.split("#", 1)[0] if line.lstrip().startswith("#") else line
        for raw in line.split("|"):
            spelling = raw.strip()
            if not spelling:
                continue
            if spelling.startswith("?"):
                spelling = spelling[1:]
                guarded.add(fold_word(spelling))
            folded = fold_word(spelling)
            if folded[0] >= "\u0600":
                arabic.append(folded)
            else:
                latin.append(folded)
                if folded not in guarded:
                    latin.extend(_darija_spellings(folded))
    clitics = "(?:[وبلفك])?"
    return _Gazetteer(
        latin=re.compile(rf"(?<![\w'’])(?:{alternation(latin)})(?![\w])"),
        arabic=re.compile(
            rf"(?<![{ARABIC_LETTERS}]){clitics}(?P<place>{alternation(arabic)})(?![{ARABIC_LETTERS}])"
        ),
        guarded=frozenset(guarded),
        cues_latin=frozenset(words(data["cues"]["latin"])),
        cues_arabic=frozenset(words(data["cues"]["arabic"])),
        places=frozenset(latin) | frozenset(arabic),
    )


def is_known_place(words: str) -> bool:
    """Return whether ``words`` (any case, either script) is a listed place spelling."""
    return fold_word(words) in _gazetteer().places


class MoroccanPlaceRecognizer(EntityRecognizer):
    """Reports Moroccan places (and foreign ones in Arabic script) from the gazetteer."""

    SCORE = 0.85  # capitalized, or Arabic script
    SCORE_LOWER = 0.6  # "casa", "mrakch"

    def __init__(self, *, supported_language: str = "fr") -> None:
        super().__init__(
            supported_entities=["LOCATION"],
            name="MoroccanPlaceRecognizer",
            supported_language=supported_language,
        )
        self._gazetteer = _gazetteer()

    def load(self) -> None:
        """Nothing to load: the gazetteer is read once per process, on first use."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Report each listed place, except inside brand names and unsupported "?" words."""
        if entities and "LOCATION" not in entities:
            return []
        folded = fold_text(text)
        spans: list[tuple[int, int, float]] = []
        for match in self._gazetteer.latin.finditer(folded):
            score = self._latin_score(text, folded, match.start(), match.end())
            if score:
                spans.append((match.start(), match.end(), score))
        for match in self._gazetteer.arabic.finditer(folded):
            start, end = match.span("place")
            if match.group("place") in self._gazetteer.guarded and not self._arabic_cue(
                folded, match.start(), start
            ):
                continue
            spans.append((start, end, self.SCORE))
        # A place tied to a person once is theirs wherever the text names it again
        # ("Je suis né à Fès ; quelle est la population de Fès ?").
        tied = {folded[start:end] for start, end, _ in spans if tied_to_person(text, start, end)}
        return [
            self._result(start, end, score)
            for start, end, score in spans
            if folded[start:end] in tied
        ]

    def _latin_score(self, text: str, folded: str, start: int, end: int) -> float:
        # Glued by a hyphen to a lower-case word it is part of another word
        # ("Casa-nova"); to a capital, a route ("Fès-Rabat").
        if text[end : end + 1] == "-" and not text[end + 1 : end + 2].isupper():
            return 0.0
        if start > 0 and text[start - 1] == "-" and not text[start - 2 : start - 1].isupper():
            left = re.search(r"(\w+)-$", text[max(0, start - 30) : start])
            if left is None or not left.group(1)[:1].isupper():
                return 0.0
        capitalized = text[start].isupper()
        previous = _PREVIOUS_WORD.search(text, max(0, start - _LOOK_BACK), start)
        previous_word = fold_word(previous.group(1)) if previous else ""
        cue = previous_word in self._gazetteer.cues_latin
        if folded[start:end] in self._gazetteer.guarded:
            return self.SCORE if capitalized and cue else 0.0
        if not capitalized:
            return self.SCORE_LOWER
        if self._inside_brand(text, folded, start, end, previous, cue):
            return 0.0
        return self.SCORE

    def _inside_brand(
        self,
        text: str,
        folded: str,
        start: int,
        end: int,
        previous: re.Match[str] | None,
        cue: bool,
    ) -> bool:
        places = self._gazetteer.places
        if previous is not None and not cue:
            word = previous.group(1)
            position = previous.start()
            sentence_start = position == 0 or _SENTENCE_END.search(
                text, max(0, position - _LOOK_BACK), position
            )
            if word[0].isupper() and not sentence_start and fold_word(word) not in places:
                return True
        following = _NEXT_WORD.match(text, end)
        if following is not None:
            word = following.group(1)
            if word[0].isupper() and fold_word(word) not in places and not word.isupper():
                return True
        return False

    def _arabic_cue(self, folded: str, match_start: int, place_start: int) -> bool:
        if place_start > match_start:  # a clitic glued to the name: "بالجديدة"
            return folded[match_start] in "بفل"
        before = folded[max(0, match_start - 12) : match_start].split()
        return bool(before) and before[-1] in self._gazetteer.cues_arabic

    def _result(self, start: int, end: int, score: float) -> RecognizerResult:
        return RecognizerResult(
            entity_type="LOCATION",
            start=start,
            end=end,
            score=score,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: "MoroccanPlaceRecognizer",
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY: True,
            },
        )
