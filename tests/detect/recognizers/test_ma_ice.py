from __future__ import annotations

import pytest

from compliance.detect.recognizers import MoroccanIceRecognizer
from compliance.detect.recognizers.ma_ice import is_valid_ice, luhn_valid

from .conftest import Reported

# The two real ICEs quoted by python-stdnum: multiples of 97.
ICE = "001561191000066"
ICE2 = "002136093000040"
# A multiple of 97 that is also Luhn-valid: it could be an IMEI.
LUHN_ICE = next(
    f"{n:015d}" for n in range(97 * 10**11, 97 * 10**11 + 97 * 100, 97) if luhn_valid(f"{n:015d}")
)
# A multiple of 97 that is not Luhn-valid: reported without an ICE phrase.
PLAIN_ICE = next(
    f"{n:015d}"
    for n in range(97 * 10**11, 97 * 10**11 + 97 * 100, 97)
    if not luhn_valid(f"{n:015d}")
)
IMEI = "356938035643809"  # Luhn-valid, not a multiple of 97


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # valid: a multiple of 97, with or without an ICE phrase
        (f"ICE : {ICE}", [ICE]),
        (f"Facture, ICE {ICE2}", [ICE2]),
        (f"Auto-entrepreneur n° {ICE}.", [ICE]),
        (f"المعرف الموحد للمقاولة {ICE}", [ICE]),
        ("ICE 001 561 191 000 066", ["001 561 191 000 066"]),
        (f"Référence {PLAIN_ICE}", [PLAIN_ICE]),
        # valid, Luhn too (as both published ICEs are): only next to an ICE phrase
        (f"ICE {LUHN_ICE}", [LUHN_ICE]),
        (f"Référence {LUHN_ICE}", []),
        (f"Référence {ICE}", []),
        # invalid checksum
        ("ICE 001561191000067", []),
        ("ICE 000000000000000", []),
        # look-alike: IMEIs, longer numbers, glued codes
        (f"IMEI {IMEI}", []),
        (f"ICE de la société, IMEI du téléphone {ICE}", []),
        (f"{ICE}1", []),
        (f"X{ICE}", []),
        (f"{ICE}.5", []),
    ],
)
def test_ices_need_the_mod_97_control_and_imei_like_ones_need_context(
    reported: Reported, text: str, expected: list[str]
) -> None:
    assert reported(MoroccanIceRecognizer(), text) == expected


def test_the_published_ices_are_multiples_of_97_and_luhn_valid_like_imeis() -> None:
    # Why a Luhn-valid multiple of 97 needs an ICE phrase rather than being refused.
    assert is_valid_ice(ICE)
    assert is_valid_ice(ICE2)
    assert luhn_valid(ICE)
    assert luhn_valid(ICE2)
    assert luhn_valid(IMEI)
    assert not is_valid_ice(IMEI)
