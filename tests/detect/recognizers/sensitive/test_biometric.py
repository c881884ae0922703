from __future__ import annotations

import pytest

from compliance.detect.recognizers.sensitive import BiometricRecognizer

from .conftest import Found

RECOGNIZER = BiometricRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a template enrolled, captured or checked for the person the text names
        ("KYC passed for Tanirt Id Brahim: fingerprint matched, passport", ["fingerprint matched"]),
        (
            "Mehdi Kettani a validé la vérification par empreinte ; CIN",
            ["a validé la vérification par empreinte "],
        ),
        ("سجل الحضور: مريم بلحاج قام بمسح قزحية العين يوم", ["قام بمسح قزحية العين يوم"]),
        ("imane dar lbasma dyal l3in f pointeuse", ["lbasma"]),
        ("يوسف الكتاني دار السكان ديال الوجه فالبوانتوز", ["السكان ديال الوجه فالبوانتوز"]),
        (
            "l'employée Houda a enregistré un scan de son iris au poste",
            ["a enregistré un scan de son iris au poste"],
        ),
        # look-alike: a feature of a phone
        ("The new phone has face recognition", []),
        (
            "L'entreprise installe une pointeuse à empreinte digitale pour les employés",
            ["une pointeuse à empreinte digitale pour les employés"],
        ),
        (
            "The gym uses facial recognition to check in members",
            ["facial recognition to check in members"],
        ),
        ("طلبت الشركة بصمة الأصبع لتسجيل الحضور", ["الشركة بصمة الأصبع لتسجيل الحضور"]),
        ("my fingerprints are stored by the bank", ["my fingerprints are stored"]),
        ("on m'a pris les empreintes au commissariat", ["empreintes au commissariat"]),
        ("bsma dyali ma bqatch khddama", ["bsma dyali"]),
        # topics
        ("Qu'est-ce que la reconnaissance faciale ?", []),
        ("la reconnaissance faciale est-elle légale au Maroc ?", []),
        # look-alikes
        ("Je veux réduire mon empreinte carbone", []),
        ("Mon passeport biométrique expire", []),
        ("la nouvelle CIN biométrique coûte combien ?", []),
        # valid: the vocabularies written for the language (care, practice, dues, records...)
        ("they scanned my face at the airport", ["scanned my face at the airport"]),
        # look-alike: the same words in a question, a product, a news item
        ("the CNDP approved facial recognition at airports", []),
    ],
)
def test_biometric_data_is_reported_when_a_phrase_ties_it_to_somebody(
    found: Found, text: str, expected: list[str]
) -> None:
    assert found(RECOGNIZER, text) == sorted(e.casefold() for e in expected)
