from __future__ import annotations

import pytest

from compliance.detect.recognizers import AddressRecognizer

from .conftest import Reported


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # valid: whole addresses, grown from their street or building part
        (
            "Livrez à Imm 12 Appt 3, rue Ibn Battouta, Maârif, Casablanca. Merci",
            ["Imm 12 Appt 3, rue Ibn Battouta, Maârif, Casablanca"],
        ),
        (
            "23 avenue Hassan II, 20000 Casablanca, tél 0661",
            ["23 avenue Hassan II, 20000 Casablanca"],
        ),
        (
            "The address is 221B Baker Street, London NW1 6XE please",
            ["221B Baker Street, London NW1 6XE"],
        ),
        (
            "50345 Wingertweg 126\n Suite 408\n Ependes\n\n Switzerland 82590",
            ["50345 Wingertweg 126\n Suite 408\n Ependes\n\n Switzerland 82590"],
        ),
        (
            "حي السلام، زنقة المامونية رقم 14، شفشاون، المرجو تحديثه",
            ["حي السلام، زنقة المامونية رقم 14، شفشاون"],
        ),
        ("My zip code is 3910", ["3910"]),
        # the address stops before a phone number
        ("rue 12, Oujda, 06 44 24 06 35", ["rue 12, Oujda"]),
        # look-alike: everyday uses of street words, order numbers
        ("une place de parking via WhatsApp", []),
        ("commande n° 458712", []),
        ("en route pour Rabat", []),
        ("suite à votre demande", []),
    ],
)
def test_addresses_are_reported_whole(reported: Reported, text: str, expected: list[str]) -> None:
    assert reported(AddressRecognizer(), text) == expected
