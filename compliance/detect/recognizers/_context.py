"""Context boosting by phrases near a match, for recognizers of Moroccan values.

Presidio's own enhancer compares single lemmas from spaCy. Our pipelines are
trimmed to NER (no lemmatizer) and our context is often several words
("carte nationale", "رقم البطاقة") or written without accents ("identite"), so
this mixin looks for whole phrases, accent- and case-insensitively, in a
character window around each match instead.

Two refinements keep identifiers of the same shape apart:

* ``RIVAL_CONTEXT``: phrases of another identifier. "CIN BE123456, passeport
  AB1234567" puts both words in both windows; a match is boosted only when
  the nearest phrase in its window is one of its own.
* ``NEGATIVE_CONTEXT``: phrases that rule a match out, such as "IMEI" next to
  15 Luhn-valid digits that would otherwise pass for an ICE or a card.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence
from typing import ClassVar

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

__all__ = ["PhraseContextMixin", "fold", "phrase_regex"]


_SPELLINGS = str.maketrans({"ة": "ه", "ى": "ي", "’": "'", "‘": "'", "ʼ": "'"})


def fold(text: str) -> str:
    """Return ``text`` case-folded and without accents or Arabic diacritics.

    Decomposing then dropping combining marks maps "Identité" to "identite",
    removes harakat and the hamza of "أ"/"إ"; taa marbuta and alef maqsura
    take their plain forms ("البطاقة" = "البطاقه") and apostrophes their ASCII
    one, as in ``_fold.fold_text``, so a phrase matches however it was typed.
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char)).translate(
        _SPELLINGS
    )


_AR = "\u0621-\u064a"


def _arabic_phrase(phrase: str) -> str:
    # A final taa marbuta (folded to "ه") is written "ت" before a suffix: "بطاقتي".
    body = re.escape(phrase)
    return body[:-1] + "[هت]" if phrase.endswith("ه") else body


@functools.cache
def phrase_regex(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """One regex finding any of ``phrases`` (folded) as whole words of a folded text.

    Latin phrases need non-alphanumeric ASCII around them ("cin" is not in
    "cinema"). Arabic ones may carry a clitic and the article before them
    ("البطاقة", "بالسيد") and a suffix after ("بطاقتي"), but no other
    letter: "حي" (district) is not inside "تحيات".
    """
    folded = sorted({fold(phrase) for phrase in phrases}, key=len, reverse=True)
    latin = [phrase for phrase in folded if phrase and phrase[0] < "\u0600"]
    arabic = [phrase for phrase in folded if phrase and phrase[0] >= "\u0600"]
    parts = []
    if latin:
        alternatives = "|".join(re.escape(phrase) for phrase in latin)
        parts.append(rf"(?<![a-z0-9])(?:{alternatives})(?![a-z0-9])")
    if arabic:
        alternatives = "|".join(_arabic_phrase(phrase) for phrase in arabic)
        parts.append(
            rf"(?<![{_AR}])(?:[وفبلك]?(?:ال|لل)?)(?:{alternatives})[{_AR}]{{0,3}}(?![{_AR}])"
        )
    return re.compile("|".join(parts) or r"(?!x)x")


class PhraseContextMixin:
    """Raise a match's score when a ``CONTEXT`` phrase is written close to it.

    Mixed in before ``PatternRecognizer``: it overrides the recognizer-level
    ``enhance_using_context`` hook, which the analyzer calls before its own
    enhancer. Every result is then marked as context-evaluated so no other
    enhancer adds a second boost (or a substring one: "cin" inside "cinéma").
    """

    CONTEXT: Sequence[str]  # set by the recognizer class, like PATTERNS
    RIVAL_CONTEXT: ClassVar[Sequence[str]] = ()
    NEGATIVE_CONTEXT: ClassVar[Sequence[str]] = ()
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
        """Boost results whose nearest context phrase is their own; drop negated ones."""
        own = phrase_regex(tuple(self.CONTEXT))
        rival = phrase_regex(tuple(self.RIVAL_CONTEXT))
        negative = phrase_regex(tuple(self.NEGATIVE_CONTEXT))
        kept: list[RecognizerResult] = []
        for result in raw_recognizer_results:
            before = fold(text[max(0, result.start - self.CONTEXT_BEFORE) : result.start])
            after = fold(text[result.end : result.end + self.CONTEXT_AFTER])
            result.recognition_metadata[RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY] = True
            if self.NEGATIVE_CONTEXT and (negative.search(before) or negative.search(after)):
                continue
            distance = _nearest(own, before, after)
            if distance is not None:
                rival_distance = _nearest(rival, before, after) if self.RIVAL_CONTEXT else None
                if rival_distance is None or distance <= rival_distance:
                    result.score = min(1.0, result.score + self.CONTEXT_BOOST)
            kept.append(result)
        return kept


def _nearest(regex: re.Pattern[str], before: str, after: str) -> int | None:
    """Characters between the match and the closest phrase of ``regex``, if any."""
    distances = [len(before) - m.end() for m in regex.finditer(before)]
    distances += [m.start() for m in regex.finditer(after)]
    return min(distances) if distances else None
