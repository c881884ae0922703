"""Our recognition step returns what Presidio's AnalyzerEngine.analyze returns, cheaper."""

from __future__ import annotations

import pytest
from presidio_analyzer.nlp_engine import NlpArtifacts

from compliance.detect import PresidioDetector
from compliance.detect.engine import IDENTIFIER_ENTITIES, _nlp_artifacts, _pipeline
from compliance.detect.recognition import Recognition

TEXTS = [
    ("fr", "Bonjour, je suis Karim Alaoui, CIN BE384721, joignable au 06 61 23 45 67."),
    ("fr", "wakha, BE384721"),  # a recognizer with its own context step (the CIN's)
    ("fr", "J'habite 12 rue Ibn Sina, Agdal, Rabat. Mon e-mail: karim.alaoui@gmail.com"),
    ("fr", "Je suis diabétique et je prends de l'insuline; délégué syndical UMT."),
    ("en", "Hello, I am John Smith, born on 12/03/1985, card 4111 1111 1111 1111."),
    ("ar", "مرحبا، اسمي يوسف العلوي من الرباط، هاتفي ٠٦٦١٢٣٤٥٦٧."),
    ("fr", "Commande 2024-118 livrée, prix 129,90 DH, réf. SKU-88812."),
]


@pytest.mark.parametrize(("language", "text"), TEXTS)
def test_the_same_results_as_presidios_engine(
    uncached_detector: PresidioDetector, language: str, text: str
) -> None:
    analyzer = uncached_detector._loaded_analyzer()
    recognition = Recognition(analyzer, score_threshold=0.5)
    with _pipeline(analyzer, language).memory_zone():
        [artifacts] = _nlp_artifacts(analyzer, language, [text])
        ours = recognition.analyze(text, language, artifacts)
        theirs = analyzer.analyze(text, language, nlp_artifacts=artifacts, score_threshold=0.5)
    assert [(r.entity_type, r.start, r.end, r.score) for r in ours] == [
        (r.entity_type, r.start, r.end, r.score) for r in theirs
    ]
    empty = NlpArtifacts([], [], [], [], analyzer.nlp_engine, language)  # type: ignore[arg-type]
    ours = recognition.analyze(text, language, empty, entities=IDENTIFIER_ENTITIES)
    theirs = analyzer.analyze(
        text,
        language,
        entities=list(IDENTIFIER_ENTITIES),
        nlp_artifacts=empty,
        score_threshold=0.5,
    )
    assert [(r.entity_type, r.start, r.end, r.score) for r in ours] == [
        (r.entity_type, r.start, r.end, r.score) for r in theirs
    ]


def test_the_context_step_of_a_recognizer_that_has_one_is_applied(
    uncached_detector: PresidioDetector,
) -> None:
    analyzer = uncached_detector._loaded_analyzer()
    empty = NlpArtifacts([], [], [], [], analyzer.nlp_engine, "fr")  # type: ignore[arg-type]
    found = Recognition(analyzer, score_threshold=0.5).analyze("wakha, BE384721", "fr", empty)
    assert [r.entity_type for r in found] == ["MA_CIN"]  # a bare CIN shape scores 0.4 alone
