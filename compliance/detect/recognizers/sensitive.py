"""Sensitive categories of law 09-08 (art. 1 §3) and of CNDP practice, from term lists.

``data/sensitive.yaml`` lists, per category (HEALTH, RELIGION_BELIEF,
POLITICAL_OPINION, UNION_MEMBERSHIP, ETHNIC_ORIGIN, GENETIC, BIOMETRIC,
CRIMINAL), terms in French, English, Darija and Arabic. A term is a topic:
"Quels sont les symptômes du diabète ?" reveals nothing about anybody, while
"mon fils est diabétique" does. A term is therefore reported only when a cue
tying it to a person (first person, a relative, a patient, "عندي", "3ndi") is
written in a window around it; a generic question goes through untouched, as
it should, since the policy refuses sensitive data without express consent.

All categories are found in one pass per script: one regex over the folded
text for Latin-script terms, one for Arabic-script terms with the clitics and
article that may be glued to them ("بالسكري", "والمسيحية") and a possessive
or plural ending. Words that share a term's spelling but not its meaning
("une enceinte JBL", "حامل البطاقة", "empreinte carbone") are listed as
exclusions and cancel the match they overlap.
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
    lines,
    load_data,
)
from compliance.detect.types import SENSITIVE_CATEGORIES

__all__ = ["SENSITIVE_CATEGORIES", "SensitiveTermRecognizer"]

_ARABIC_PREFIX: Final = "(?:[وفبلك]?(?:ال|لل)?)"
_ARABIC_SUFFIX: Final = "(?:ي|ه|ها|هم|نا|ك|كم|ات|ين|ون|يه|ية)?"


def _is_arabic(term: str) -> bool:
    return term[:1] >= "\u0600"


def _strip_article(term: str) -> str:
    return term[2:] if term.startswith("ال") and len(term) > 4 else term


@dataclass(frozen=True)
class _Terms:
    latin: re.Pattern[str]
    arabic: re.Pattern[str]
    category: dict[str, str]  # folded term (Arabic: without article) -> category
    cues_latin: re.Pattern[str]
    cues_arabic: re.Pattern[str]
    category_cues: dict[str, re.Pattern[str]]
    exclusions: re.Pattern[str]


def _latin_regex(entries: list[str]) -> re.Pattern[str]:
    if not entries:
        return re.compile(r"(?!x)x")
    # An apostrophe may precede a term: French elision ("l'UMT", "d'origine").
    return re.compile(rf"(?<![\w-])(?:{alternation(entries)})(?![\w-])")


def _arabic_regex(entries: list[str], *, group: str = "term") -> re.Pattern[str]:
    if not entries:
        return re.compile(r"(?!x)x")
    return re.compile(
        rf"(?<![{ARABIC_LETTERS}]){_ARABIC_PREFIX}(?P<{group}>{alternation(entries)})"
        rf"{_ARABIC_SUFFIX}(?![{ARABIC_LETTERS}])"
    )


def _cue_regex(entries: list[str]) -> re.Pattern[str]:
    latin = [e for e in entries if not _is_arabic(e)]
    arabic = [_strip_article(e) for e in entries if _is_arabic(e)]
    parts = []
    if latin:
        parts.append(rf"(?<![\w'-])(?:{alternation(latin)})(?![\w-])")
    if arabic:
        parts.append(
            rf"(?<![{ARABIC_LETTERS}]){_ARABIC_PREFIX}(?:{alternation(arabic)})(?![{ARABIC_LETTERS}])"
        )
    return re.compile("|".join(parts) or r"(?!x)x")


@functools.cache
def _terms() -> _Terms:
    data = load_data("sensitive.yaml")
    category: dict[str, str] = {}
    latin: list[str] = []
    arabic: list[str] = []
    exclusions: list[str] = []
    category_cues: dict[str, re.Pattern[str]] = {}
    for name in SENSITIVE_CATEGORIES:
        section = data["categories"][name]
        for term in lines(section["terms"]):
            key = _strip_article(term) if _is_arabic(term) else term
            category.setdefault(key, name)
            (arabic if _is_arabic(term) else latin).append(key)
        exclusions += lines(section.get("exclude"))
        if section.get("cues"):
            category_cues[name] = _cue_regex(lines(section["cues"]))
    cues = data["cues"]
    return _Terms(
        latin=_latin_regex(latin),
        arabic=_arabic_regex(arabic),
        category=category,
        cues_latin=_cue_regex(lines(cues["latin"])),
        cues_arabic=_cue_regex(lines(cues["arabic"])),
        category_cues=category_cues,
        exclusions=_cue_regex(exclusions),
    )


class SensitiveTermRecognizer(EntityRecognizer):
    """Reports sensitive-category terms that a personal cue ties to somebody."""

    SCORE = 0.4  # a term alone: below the threshold
    CONTEXT_BOOST = 0.35  # with a personal cue in the window: 0.75
    WINDOW_BEFORE = 80
    WINDOW_AFTER = 40

    def __init__(self, *, supported_language: str = "fr") -> None:
        super().__init__(
            supported_entities=list(SENSITIVE_CATEGORIES),
            name="SensitiveTermRecognizer",
            supported_language=supported_language,
        )
        self._terms = _terms()

    def load(self) -> None:
        """Nothing to load: the term lists are read once per process, on first use."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Report each listed term, boosted when a personal cue is near it."""
        wanted = set(entities or SENSITIVE_CATEGORIES)
        folded = fold_text(text)
        terms = self._terms
        excluded = [m.span() for m in terms.exclusions.finditer(folded)]
        found: list[tuple[int, int, str]] = []
        for match in terms.latin.finditer(folded):
            found.append((match.start(), match.end(), terms.category[_squash(match.group())]))
        for match in terms.arabic.finditer(folded):
            start, end = match.span()
            key = _squash(match.group("term"))
            found.append((start, end, terms.category[key]))
        results = []
        for start, end, name in found:
            if name not in wanted or any(s < end and start < e for s, e in excluded):
                continue
            score = self.SCORE
            if self._has_cue(folded, start, end, name):
                score += self.CONTEXT_BOOST
            results.append(
                RecognizerResult(
                    entity_type=name,
                    start=start,
                    end=end,
                    score=score,
                    recognition_metadata={
                        RecognizerResult.RECOGNIZER_NAME_KEY: "SensitiveTermRecognizer",
                        RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                        RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY: True,
                    },
                )
            )
        return results

    def _has_cue(self, folded: str, start: int, end: int, name: str) -> bool:
        window = (
            folded[max(0, start - self.WINDOW_BEFORE) : start]
            + " "
            + folded[end : end + self.WINDOW_AFTER]
        )
        terms = self._terms
        if terms.cues_latin.search(window) or terms.cues_arabic.search(window):
            return True
        own = terms.category_cues.get(name)
        return own is not None and own.search(window) is not None


def _squash(term: str) -> str:
    """A matched term with its inner whitespace as in the lists (single spaces)."""
    return " ".join(term.split())
