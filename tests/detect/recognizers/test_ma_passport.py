from __future__ import annotations

import pytest

from compliance.detect.recognizers import MoroccanPassportRecognizer
from compliance.detect.recognizers.ma_passport import is_valid_mrz_line, mrz_check_digit

from .conftest import Reported


def mrz_line(number: str, birth: str, expiry: str, personal: str = "<" * 14) -> str:
    """A TD3 line 2 for a Moroccan passport, with correct check digits."""
    line = (
        f"{number:<9}".replace(" ", "<")
        + str(mrz_check_digit(f"{number:<9}".replace(" ", "<")))
        + "MAR"
        + birth
        + str(mrz_check_digit(birth))
        + "M"
        + expiry
        + str(mrz_check_digit(expiry))
        + personal
        + str(mrz_check_digit(personal))
    )
    composite = line[0:10] + line[13:20] + line[21:43]
    return line + str(mrz_check_digit(composite))


MRZ = mrz_line("AB1234567", "850312", "300101")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # valid: a passport phrase near the number
        ("Passeport n° AB1234567", ["AB1234567"]),
        ("passport TN8407759, date of birth", ["TN8407759"]),
        ("رقم جواز السفر UZ7654321", ["UZ7654321"]),
        ("passeport dyali HJ5923860.", ["HJ5923860"]),
        ("الباسبور ديالي BF7708278، والإيميل", ["BF7708278"]),
        ("lbasbor dyali huwa SU9796257", ["SU9796257"]),
        # valid: a machine-readable zone whose check digits hold
        (f"P<MAROUZZANI<<YOUSSEF<<<<<<<<<<<<<<<<<<<<<<\n{MRZ}", [MRZ]),
        # invalid checksum in the machine-readable zone
        (MRZ[:-1] + str((int(MRZ[-1]) + 1) % 10), []),
        (MRZ[:9] + str((int(MRZ[9]) + 1) % 10) + MRZ[10:], []),
        # look-alike: no passport phrase, a nearer identity-card phrase, codes
        ("Code AB1234567", []),
        ("Passeport plus tard. CIN : AB123456", []),
        ("Passeport SKU AB1234567X", []),
    ],
)
def test_passport_numbers_need_a_passport_phrase_and_mrz_lines_their_check_digits(
    reported: Reported, text: str, expected: list[str]
) -> None:
    assert reported(MoroccanPassportRecognizer(), text) == expected


def test_the_icao_check_digit_follows_the_7_3_1_weights() -> None:
    # ICAO 9303 part 3 worked example: document number L898902C3 -> 6.
    assert mrz_check_digit("L898902C3") == 6
    assert is_valid_mrz_line(MRZ)
    assert not is_valid_mrz_line(MRZ.replace("MAR", "UTO"))
