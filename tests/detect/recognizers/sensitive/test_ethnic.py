from __future__ import annotations

import pytest

from compliance.detect.recognizers.sensitive import EthnicOriginRecognizer

from .conftest import Found

RECOGNIZER = EthnicOriginRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("je suis amazighe", ["amazighe"]),
        ("Je suis d'origine amazighe et mon prénom est Brahim", ["d'origine amazighe"]),
        ("ana sa7rawi mn l3ayoun", ["sa7rawi"]),
        ("ana amazighi mn Sous", ["amazighi"]),
        ("mon mari est rifain", ["rifain"]),
        ("I'm of Berber descent", ["of berber descent"]),
        ("أنا أمازيغي من سوس", ["أمازيغي"]),
        ("أنا شلحة", ["شلحة"]),
        ("asli amazighi", ["asli amazighi"]),
        ("un locataire d'origine subsaharienne", ["d'origine subsaharienne"]),
        ("en tant qu'amazighe je trouve ça injuste", ["amazighe"]),
        ("nous sommes berbères", ["berbères"]),
        ("ma langue maternelle est le tachelhit", ["ma langue maternelle est le tachelhit"]),
        # topics
        ("Quand est le nouvel an amazigh ?", []),
        ("la culture berbère est riche", []),
        ("what does Sahrawi mean?", []),
        ("un prénom d'origine amazighe pour une fille ?", []),
        # look-alikes: nationality, language
        ("je suis marocain", []),
        ("je suis prof d'arabe", []),
    ],
)
def test_ethnic_origins_are_reported_when_a_phrase_ties_them_to_somebody(
    found: Found, text: str, expected: list[str]
) -> None:
    assert found(RECOGNIZER, text) == sorted(e.casefold() for e in expected)
