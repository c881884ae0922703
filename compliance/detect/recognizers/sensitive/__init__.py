"""Sensitive categories of law 09-08 (art. 1 §3) and of CNDP practice: one recognizer each.

A category word is a topic ("Quels sont les symptômes du diabète ?", "c'est
quoi le programme du PJD ?"); it becomes sensitive data when a phrase ties it
to somebody: a self-description ("je suis amazighe", "ana msi7i"), a relative
("mon fils est diabétique"), a treatment ("I'm on dialysis", "كناخد
الأنسولين"), a membership, a vote or a candidacy ("militant au PAM", "sawtt
3la l'pjd", "délégué syndical UMT"). Each category is a recognizer of its
own module with its vocabularies and phrase rules (``_phrases.py`` explains
their notation; ``_people.py`` holds who a phrase can be about), in French,
English, Darija in Latin letters and Arabic script.

``SensitiveTermRecognizer`` runs all eight as one recognizer, for a caller
that wants every category from one instance; the engine registers the eight
separately (``defaults.yaml``), one stanza each.
"""

from __future__ import annotations

from typing import Final

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from compliance.detect.recognizers.sensitive._phrases import SensitivePhraseRecognizer
from compliance.detect.recognizers.sensitive.biometric import BiometricRecognizer
from compliance.detect.recognizers.sensitive.criminal import CriminalRecognizer
from compliance.detect.recognizers.sensitive.ethnic import EthnicOriginRecognizer
from compliance.detect.recognizers.sensitive.genetic import GeneticRecognizer
from compliance.detect.recognizers.sensitive.health import HealthRecognizer
from compliance.detect.recognizers.sensitive.political import PoliticalOpinionRecognizer
from compliance.detect.recognizers.sensitive.religion import ReligionRecognizer
from compliance.detect.recognizers.sensitive.union import UnionMembershipRecognizer
from compliance.detect.types import SENSITIVE_CATEGORIES

__all__ = [
    "BY_CATEGORY",
    "BiometricRecognizer",
    "CriminalRecognizer",
    "EthnicOriginRecognizer",
    "GeneticRecognizer",
    "HealthRecognizer",
    "PoliticalOpinionRecognizer",
    "ReligionRecognizer",
    "SENSITIVE_CATEGORIES",
    "SensitivePhraseRecognizer",
    "SensitiveTermRecognizer",
    "UnionMembershipRecognizer",
]

# The recognizer of each category, in the order of SENSITIVE_CATEGORIES.
BY_CATEGORY: Final[dict[str, type[SensitivePhraseRecognizer]]] = {
    recognizer.ENTITY: recognizer
    for recognizer in (
        HealthRecognizer,
        ReligionRecognizer,
        PoliticalOpinionRecognizer,
        UnionMembershipRecognizer,
        EthnicOriginRecognizer,
        GeneticRecognizer,
        BiometricRecognizer,
        CriminalRecognizer,
    )
}


class SensitiveTermRecognizer(EntityRecognizer):
    """Every sensitive category from one instance: the eight category recognizers in turn."""

    def __init__(self, *, supported_language: str = "fr") -> None:
        self._parts = [
            recognizer(supported_language=supported_language) for recognizer in BY_CATEGORY.values()
        ]
        super().__init__(
            supported_entities=list(SENSITIVE_CATEGORIES),
            name="SensitiveTermRecognizer",
            supported_language=supported_language,
        )

    def load(self) -> None:
        """Nothing to load: each part compiles its rules once per process."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """The results of every category recognizer asked for (all when ``entities`` is empty)."""
        return [
            result for part in self._parts for result in part.analyze(text, entities, nlp_artifacts)
        ]
