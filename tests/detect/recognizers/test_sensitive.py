from __future__ import annotations

import pytest

from compliance.detect.recognizers import SensitiveTermRecognizer

from .conftest import THRESHOLD


def categories(text: str) -> list[tuple[str, str]]:
    recognizer = SensitiveTermRecognizer()
    results = recognizer.analyze(text, [], None)
    return sorted((r.entity_type, text[r.start : r.end]) for r in results if r.score >= THRESHOLD)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # valid: a term tied to a person, in French, English, Arabic, Darija
        ("Je suis diabétique depuis 2010", [("HEALTH", "diabétique")]),
        ("My son has epilepsy", [("HEALTH", "epilepsy")]),
        ("أنا مصاب بالسكري", [("HEALTH", "بالسكري")]),
        ("tbib, ana 3ndi sokkar", [("HEALTH", "sokkar")]),
        (
            "Je suis délégué syndical à l'UMT",
            [("UNION_MEMBERSHIP", "délégué syndical"), ("UNION_MEMBERSHIP", "umt")],
        ),
        (
            "Mon voisin s'est converti au christianisme",
            [("RELIGION_BELIEF", "s'est converti"), ("RELIGION_BELIEF", "christianisme")],
        ),
        (
            "أنا مناضل في حزب الاستقلال",
            [("POLITICAL_OPINION", "حزب الاستقلال"), ("POLITICAL_OPINION", "مناضل")],
        ),
        ("ana amazighi mn Sous", [("ETHNIC_ORIGIN", "amazighi")]),
        ("Le test ADN de ma mère", [("GENETIC", "test adn")]),
        (
            "L'entreprise installe une pointeuse à empreinte digitale pour les employés",
            [("BIOMETRIC", "pointeuse à empreinte digitale")],
        ),
        ("ana khrjt mn l7bs l3am li fat", [("CRIMINAL", "l7bs")]),
        # no cue: a topic, not a fact about somebody
        ("Quels sont les symptômes du diabète ?", []),
        ("ما هي أعراض مرض السكري؟", []),
        ("Comment obtenir un extrait de casier judiciaire ?", []),
        # look-alike: same spelling, other meaning
        ("Je voudrais commander une enceinte JBL", []),
        ("أنا حامل البطاقة الوطنية رقم", []),
        ("Je veux réduire mon empreinte carbone", []),
        ("Mon passeport biométrique expire", []),
    ],
)
def test_sensitive_terms_are_reported_only_when_tied_to_a_person(
    text: str, expected: list[tuple[str, str]]
) -> None:
    got = sorted((label, value.casefold()) for label, value in categories(text))
    assert got == sorted((label, value.casefold()) for label, value in expected)
