"""The identifier view finds separated and lower-case identifiers, not the look-alikes beside them."""

from __future__ import annotations

import pytest

from compliance.detect import PresidioDetector
from compliance.detect.engine import IDENTIFIER_ENTITIES


@pytest.mark.parametrize(
    "text",
    [
        # order numbers, SKUs, versions, prices, plain dates, tracking codes
        "Commande CMD-2024-118552 livrée hier.",
        "Réf. article AB-12345-X, taille 42.",
        "Mise à jour vers la version 3.2.1 build 2024.11.05.",
        "Prix: 1 200 000 DH, acompte 15 000 DH.",
        "Rendez-vous le 12/03/2024 à 14h30.",
        "Suivi colis 1Z 999 AA1 01 2345 6784.",
        "Facture n° 2024/118/552 du 05-11-2024.",
        "iPhone 15 Pro 256 Go, IMEI non communiqué.",
        "Le vol AT 205 part à 10.45 du terminal 2.",
    ],
)
def test_look_alikes_get_no_identifier(detector: PresidioDetector, text: str) -> None:
    [spans] = detector.analyze([text])
    flagged = [
        (s.entity_type, text[s.start : s.end])
        for s in spans
        if s.entity_type in IDENTIFIER_ENTITIES
    ]
    assert flagged == []


@pytest.mark.parametrize(
    ("text", "entity_type"),
    [
        ("mon CIN: be-384-721", "MA_CIN"),
        ("tel 06.61.23.45.67", "PHONE_NUMBER"),
        ("IBAN ma64 0115 1900 0001 2345 6789 0136", "IBAN_CODE"),
        ("carte 4111-1111-1111-1111", "CREDIT_CARD"),
        ("email k a r i m @ g m a i l . c o m", "EMAIL_ADDRESS"),
    ],
)
def test_separated_and_lower_case_identifiers_are_found(
    detector: PresidioDetector, text: str, entity_type: str
) -> None:
    [spans] = detector.analyze([text])
    assert entity_type in {s.entity_type for s in spans}
