"""All sensitive categories at once: ``SensitiveTermRecognizer`` and the eight it runs."""

from __future__ import annotations

import pytest

from compliance.detect import PresidioDetector
from compliance.detect.recognizers import SensitiveTermRecognizer
from compliance.detect.recognizers.sensitive import BY_CATEGORY
from compliance.detect.types import SENSITIVE_CATEGORIES

from .conftest import THRESHOLD

RECOGNIZER = SensitiveTermRecognizer()


def categories(text: str) -> list[tuple[str, str]]:
    results = RECOGNIZER.analyze(text, [], None)
    return sorted(
        (r.entity_type, text[r.start : r.end].casefold()) for r in results if r.score >= THRESHOLD
    )


def test_there_is_one_recognizer_per_sensitive_category_in_the_design_order() -> None:
    assert tuple(BY_CATEGORY) == SENSITIVE_CATEGORIES
    assert RECOGNIZER.supported_entities == list(SENSITIVE_CATEGORIES)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one of each, in each writing
        ("Je suis diabétique depuis 2010", [("HEALTH", "je suis diabétique depuis 2010")]),
        ("tbib, ana 3ndi sokkar", [("HEALTH", "ana 3ndi sokkar")]),
        ("أنا مصاب بالسكري", [("HEALTH", "أنا مصاب بالسكري")]),
        (
            "Je suis délégué syndical à l'UMT",
            [("UNION_MEMBERSHIP", "je suis délégué syndical à l'umt")],
        ),
        ("أنا مناضل في حزب الاستقلال", [("POLITICAL_OPINION", "أنا مناضل في حزب الاستقلال")]),
        ("ana amazighi mn Sous", [("ETHNIC_ORIGIN", "ana amazighi mn sous")]),
        ("Le test ADN de ma mère", [("GENETIC", "test adn")]),
        ("ana khrjt mn l7bs l3am li fat", [("CRIMINAL", "ana khrjt mn l7bs")]),
        # two categories in one mixed text
        (
            "ana msi7i w mrati 7amla",
            [("HEALTH", "mrati 7amla"), ("RELIGION_BELIEF", "ana msi7i")],
        ),
        # nothing tied to anybody: no category at all
        ("Quels sont les symptômes du diabète ?", []),
        ("c'est quoi le programme du parti PJD ?", []),
        ("Comment obtenir un extrait de casier judiciaire ?", []),
        ("Quelle est la religion officielle du Maroc ?", []),
        ("Bonjour, je voudrais réserver une chambre double pour deux nuits.", []),
        ("salam, bghit nreservi chambre double f riad l chher jay", []),
        ("مرحبا، أريد حجز غرفة مزدوجة لليلتين", []),
    ],
)
def test_every_category_is_found_by_one_instance(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert categories(text) == sorted(expected)


def test_entities_asked_for_limit_the_categories_reported() -> None:
    text = "ana msi7i w mrati 7amla"
    results = RECOGNIZER.analyze(text, ["HEALTH"], None)
    assert [r.entity_type for r in results] == ["HEALTH"]


@pytest.fixture(scope="module")
def detector() -> PresidioDetector:
    return PresidioDetector(cache_size=0)


def test_an_attribute_the_ner_misreads_as_a_name_stays_sensitive(
    detector: PresidioDetector,
) -> None:
    text = "I am Jewish and I need kosher meals."
    [spans] = detector.analyze([text])
    assert [(s.entity_type, text[s.start : s.end]) for s in spans] == [
        ("RELIGION_BELIEF", "I am Jewish")
    ]


def test_a_name_inside_a_sensitive_phrase_keeps_its_own_span(detector: PresidioDetector) -> None:
    text = "Mon voisin Karim a voté pour le PJD."
    [spans] = detector.analyze([text])
    found = {(s.entity_type, text[s.start : s.end]) for s in spans}
    assert ("PERSON", "Karim") in found
    assert ("POLITICAL_OPINION", "a voté pour le PJD") in found
