"""PERSON: a name that the writer introduces ("je m'appelle Youssef El Amrani").

The small spaCy models miss many Moroccan names, or label them ORG, exactly
where they matter most: when a person says who they are. The introduction
phrase is a strong cue in French, English and Darija written in Latin script
("smiti", "ana"), so the capitalized words right after it are reported as a
name, with Moroccan particles (El, Ben, Ait, Ou...) kept inside the name.
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

__all__ = ["IntroducedNameRecognizer"]

_WORD = r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]+"
# Lower-case particles inside Moroccan and French names ("Hicham ait Benhaddou").
_PARTICLES = (
    "el",
    "ben",
    "bent",
    "bin",
    "ait",
    "aït",
    "ou",
    "al",
    "ibn",
    "bou",
    "de",
    "du",
    "la",
    "le",
)
_PARTICLE = "(?:" + "|".join(f"[{p[0].upper()}{p[0]}]{p[1:]}" for p in _PARTICLES) + ")"
_NAME = rf"{_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_WORD}){{0,3}}"


class IntroducedNameRecognizer(EntityRecognizer):
    """Reports the capitalized words that follow an introduction phrase."""

    INTRODUCTIONS = (
        # French
        r"je\s+m['’]appelle",
        r"mon\s+nom\s+est",
        r"mon\s+nom\s*:",
        r"moi\s+c['’]est",
        r"nom\s+complet\s*:",
        r"je\s+suis",
        # English
        r"my\s+name\s+is",
        r"my\s+name['’]s",
        r"i\s+am",
        r"i['’]m",
        r"name\s*:",
        # Darija in Latin script
        r"smiti",
        r"ana\s+smiti",
        r"ana",
        r"sm[iy]ti\s+hiya",
    )
    # Capitalized words that follow "je suis" / "I am" without being names.
    NOT_NAMES = frozenset(
        {
            "Marocain",
            "Marocaine",
            "Français",
            "Française",
            "Docteur",
            "Dr",
            "Madame",
            "Monsieur",
            "Mme",
            "Mr",
            "Mrs",
            "Ms",
            "Le",
            "La",
            "Les",
            "Un",
            "Une",
            "En",
            "Au",
            "The",
            "A",
            "An",
            "In",
            "At",
            "Not",
            "Very",
            "So",
            "Here",
            "Sorry",
            "Happy",
            "Ok",
            "Okay",
            "Bien",
            "Très",
            "Désolé",
            "Désolée",
            "Client",
            "Cliente",
            "Customer",
            "Moroccan",
            "French",
            "English",
        }
    )
    SCORE = 0.8

    def __init__(self, *, supported_language: str = "fr") -> None:
        super().__init__(
            supported_entities=["PERSON"],
            name="IntroducedNameRecognizer",
            supported_language=supported_language,
        )
        intro = "|".join(self.INTRODUCTIONS)
        self._regex: re.Pattern[str] = re.compile(
            rf"(?i:\b(?:{intro}))[ \t]*[:,]?[ \t]+(?P<name>{_NAME})"
        )

    def load(self) -> None:
        """Nothing to load: the patterns are compiled in the constructor."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Report each introduced name; honorifics before it are not part of the name."""
        if entities and "PERSON" not in entities:
            return []
        results: list[RecognizerResult] = []
        for match in self._regex.finditer(text):
            words = match.group("name").split()
            start = match.start("name")
            while words and words[0].rstrip(".") in self.NOT_NAMES:
                start = text.index(words[1], start) if len(words) > 1 else match.end("name")
                words = words[1:]
            if not words:
                continue
            results.append(
                RecognizerResult(
                    entity_type="PERSON",
                    start=start,
                    end=match.end("name"),
                    score=self.SCORE,
                    recognition_metadata={
                        RecognizerResult.RECOGNIZER_NAME_KEY: "IntroducedNameRecognizer",
                        RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                    },
                )
            )
        return results
