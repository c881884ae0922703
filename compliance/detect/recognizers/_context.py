"""Context boosting by phrases near a match, for recognizers of Moroccan values.

Presidio's own enhancer compares single lemmas from spaCy. Our pipelines are
trimmed to NER (no lemmatizer) and our context is often several words
("carte nationale", "رقم البطاقة") or written without accents ("identite"), so
this mixin looks for whole phrases, accent- and case-insensitively, in a
character window around each match instead.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence
from typing import ClassVar

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

__all__ = ["PhraseContextMixin", "fold"]


def fold(text: str) -> str:
    """Return ``text`` case-folded and without accents or Arabic diacritics.

    Decomposing then dropping combining marks maps "Identité" to "identite"
    and removes harakat, so a phrase matches however it was typed.
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@functools.cache
def _phrase_regex(phrases: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(fold(phrase)) for phrase in phrases)
    # ASCII-only boundaries: "cin" must not match inside "cinema", but an
    # Arabic phrase may follow the article "ال" glued to it.
    return re.compile(rf"(?<![a-z0-9])(?:{alternatives})(?![a-z0-9])")


class PhraseContextMixin:
    """Raise a match's score when a ``CONTEXT`` phrase is written close to it.

    Mixed in before ``PatternRecognizer``: it overrides the recognizer-level
    ``enhance_using_context`` hook, which the analyzer calls before its own
    lemma-based enhancer. Every result is then marked as context-evaluated so
    the lemma enhancer does not add a second boost (or a substring one:
    "cin" inside "cinéma").
    """

    CONTEXT: Sequence[str]  # set by the recognizer class, like PATTERNS
    CONTEXT_BEFORE: ClassVar[int] = 80  # characters before the match that may hold a phrase
    CONTEXT_AFTER: ClassVar[int] = 40  # "BE123456 (CIN)" puts the phrase after
    CONTEXT_BOOST: ClassVar[float] = 0.35  # Presidio's context_similarity_factor

    def enhance_using_context(
        self,
        text: str,
        raw_recognizer_results: list[RecognizerResult],
        other_raw_recognizer_results: list[RecognizerResult],
        nlp_artifacts: NlpArtifacts | None,
        context: list[str] | None = None,
    ) -> list[RecognizerResult]:
        """Boost results with a context phrase in their window; mark all as evaluated."""
        regex = _phrase_regex(tuple(self.CONTEXT))
        for result in raw_recognizer_results:
            window = (
                text[max(0, result.start - self.CONTEXT_BEFORE) : result.start]
                + " "
                + text[result.end : result.end + self.CONTEXT_AFTER]
            )
            if regex.search(fold(window)):
                result.score = min(1.0, result.score + self.CONTEXT_BOOST)
            result.recognition_metadata[RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY] = True
        return raw_recognizer_results
