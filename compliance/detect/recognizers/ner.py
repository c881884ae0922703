"""PERSON and LOCATION from spaCy's NER, minus what cannot be a name or a place.

The small French and English models tag alphanumeric codes as entities
("BE123456" and "A4" come out as LOC), greetings as people ("Bonjour
Madame" is a PER) and, in short prompts, the capitalised first word
("Combien" LOC, "Pouvez-vous" PER, "Rendez-vous" LOC). Those spans would
outscore, and so hide, the pattern recognizer that knows what a code is (a
CIN), and would pseudonymize words the model upstream needs. A span is kept
only when one of its words is alphabetic and is not a greeting or a title,
and when it is not a lone function word or a verb joined to a pronoun.
"""

from __future__ import annotations

import re
from typing import Any

import spacy
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import SpacyRecognizer

__all__ = ["NerRecognizer", "looks_like_a_name"]

_WORD_SEPARATORS = re.compile(r"[\s.,'’-]+")
# Lower-case words that name nobody and nowhere on their own.
_GREETINGS_AND_TITLES = """
    bonjour bonsoir salut salam cher chère chers madame monsieur mademoiselle
    mesdames messieurs mme mlle mr m dr docteur maître me pr professeur
    hello hi dear sir madam mrs ms miss mister doctor
"""
_NOT_NAMES = frozenset(_GREETINGS_AND_TITLES.split())
# French imperative or question with the pronoun joined by a hyphen:
# "Pouvez-vous", "Dites-moi", "Rendez-vous", "Peut-on", "Va-t-il".
_JOINED_PRONOUN = re.compile(
    r"-(?:t-)?(?:je|moi|tu|toi|il|elle|on|nous|vous|ils|elles|le|la|les|lui|leur|y|en)(?!\w)",
    re.IGNORECASE,
)


def looks_like_a_name(span_text: str) -> bool:
    """Return whether ``span_text`` has an alphabetic word that is not a greeting or title."""
    return any(
        len(word) >= 2 and word.isalpha() and word.casefold() not in _NOT_NAMES
        for word in _WORD_SEPARATORS.split(span_text)
    )


class NerRecognizer(SpacyRecognizer):
    """Presidio's SpacyRecognizer, without spans that are codes, greetings or verbs."""

    def __init__(self, *, supported_language: str = "fr", **kwargs: Any) -> None:
        super().__init__(supported_language=supported_language, name="NerRecognizer", **kwargs)
        self._stop_words: frozenset[str] = frozenset(
            spacy.util.get_lang_class(supported_language).Defaults.stop_words
        )

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
    ) -> list[RecognizerResult]:
        """Return spaCy's entities that look like a name or a place."""
        results: list[RecognizerResult] = super().analyze(text, entities, nlp_artifacts)
        return [r for r in results if self._keeps(text, r.start, r.end)]

    def _keeps(self, text: str, start: int, end: int) -> bool:
        span_text = text[start:end]
        if not looks_like_a_name(span_text):
            return False
        if span_text.isalpha():  # a single word: "Combien", "Pouvez"(-vous)
            if span_text.casefold() in self._stop_words:
                return False
            if _JOINED_PRONOUN.match(text, end):
                return False
        return True
