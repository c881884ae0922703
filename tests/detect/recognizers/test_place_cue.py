from __future__ import annotations

import pytest

from compliance.detect.recognizers import PlaceCueRecognizer

from .conftest import Reported


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # valid: a place after a phrase that puts a person there, any script or case
        ("Mr. Okafor is a 40 year old man who grew up in TAMPERE.", ["TAMPERE"]),
        ("I'm Lea Brun, originally from ΛΑΡΝΑΚΑ, and I'm 30.", ["ΛΑΡΝΑΚΑ"]),
        ("Ms. Ruiz flew to KIRUNA on Friday morning.", ["KIRUNA"]),
        ("I live in Aalborg. Call me", ["Aalborg"]),
        ("On Sunday we returned to NARVIK by boat", ["NARVIK"]),
        ("We moved here from Castellón de la Plana", ["Castellón de la Plana"]),
        ("I am in Ponta Grossa for a business trip", ["Ponta Grossa"]),
        ("When: 2001-02-03 10:00\nWhere: Vik Country Club.", ["Vik"]),
        ("the band's home city PORT O' BRIEN: founders", ["PORT O' BRIEN"]),
        ("She lives in Itajaí (Santa Catarina)", ["Itajaí (Santa Catarina)"]),
        ("Lena lives on Via dei Tigli 22 street.", ["Via dei Tigli 22"]),
        # look-alike: the name of whom a parcel goes to
        ("Order 5521 shipped to Lina Haddad, 14 rue Ennasr", []),
        # look-alike: no capitalized place after the cue
        ("I'm in a meeting until noon", []),
        ("I am in the office on Monday", []),
        ("Where: the usual place", []),
        ("She moved to Monday's slot", []),
        # look-alike: an address is AddressRecognizer's, not this one's
        ("He lives at 12 Oak Street", []),
    ],
)
def test_places_after_a_personal_cue_are_reported(
    reported: Reported, text: str, expected: list[str]
) -> None:
    assert reported(PlaceCueRecognizer(), text) == expected
