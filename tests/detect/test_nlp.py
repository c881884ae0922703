from __future__ import annotations

import pytest

from compliance.detect.nlp import TrimmedSpacyNlpEngine, load_pipeline

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("language", ["fr", "en"])
def test_pipelines_keep_only_the_ner(language: str) -> None:
    # The NER of both small models embeds its own tok2vec: the shared one goes too.
    assert load_pipeline(language).pipe_names == ["ner"]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "Bonjour, je suis Youssef El Amrani et j'habite à Casablanca.",
            {
                ("Youssef El Amrani", "PERSON"),
                ("Casablanca", "LOCATION"),
            },
        ),
        (
            "en",
            "Hello, my name is John Smith and I live in London.",
            {
                ("John Smith", "PERSON"),
                ("London", "LOCATION"),
            },
        ),
    ],
)
def test_spacy_labels_become_presidio_entities_and_others_are_ignored(
    language: str, text: str, expected: set[tuple[str, str]]
) -> None:
    engine = TrimmedSpacyNlpEngine(pipelines={language: load_pipeline(language)})
    artifacts = engine.process_text(text, language)
    assert {(e.text, e.label_) for e in artifacts.entities} == expected


def test_no_lemma_or_keyword_is_computed_since_recognizers_weigh_their_own_context() -> None:
    engine = TrimmedSpacyNlpEngine(pipelines={"fr": load_pipeline("fr")})
    artifacts = engine.process_text("Appelez mon Téléphone", "fr")
    assert artifacts.lemmas == []
    assert artifacts.keywords == []


def test_arabic_script_gets_a_tokenizer_without_any_model() -> None:
    nlp = load_pipeline("ar")
    assert nlp.pipe_names == []
    engine = TrimmedSpacyNlpEngine(pipelines={"ar": nlp, "fr": load_pipeline("fr")})
    artifacts = engine.process_text("اسمي يوسف العلوي", "ar")
    assert artifacts.entities == []
    assert len(artifacts.tokens) == 3
