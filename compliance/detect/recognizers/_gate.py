"""A pattern recognizer that skips, at once, a text none of its patterns can match.

Presidio tries every pattern at every position of every text. Where all the patterns
of a recognizer share a cheap necessary condition (nine digits in a row, a digit, a
dot and a digit), testing it first gives the same answer on every text and skips the
patterns on most of them. The gate must be implied by each pattern: a test per
recognizer compares its results with and without it.
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

__all__ = ["GatedPatternRecognizer"]


class GatedPatternRecognizer(PatternRecognizer):
    """``GATE``: a regex every match of every pattern of the recognizer contains."""

    GATE: ClassVar[re.Pattern[str]]

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """The patterns' results; none at once for a text the gate does not match."""
        if self.GATE.search(text) is None:
            return []
        return super().analyze(text, entities, nlp_artifacts, regex_flags)
