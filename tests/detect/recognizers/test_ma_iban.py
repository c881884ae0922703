from __future__ import annotations

import pytest
from presidio_analyzer.predefined_recognizers import IbanRecognizer

from compliance.detect.recognizers import MoroccanIbanRecognizer
from compliance.detect.recognizers.ma_iban import is_valid_moroccan_iban

from .conftest import Reported

VALID = "MA64011519000001205000534921"
GROUPED = "MA64 0115 1900 0001 2050 0053 4921"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # valid
        (VALID, [VALID]),
        (GROUPED, [GROUPED]),
        (f"IBAN : {GROUPED}.", [GROUPED]),
        ("ma64011519000001205000534921", ["ma64011519000001205000534921"]),
        ("MA64-0115-1900-0001-2050-0053-4921", ["MA64-0115-1900-0001-2050-0053-4921"]),
        # invalid checksum: IBAN check digits, or the RIB key inside
        ("MA65011519000001205000534921", []),
        ("MA64011519000001205000534922", []),
        # invalid checksum: IBAN digits recomputed for a RIB whose key is wrong
        ("MA91011519000001205000534920", []),
        # look-alike: other countries, lengths, glued text
        ("FR64011519000001205000534921", []),
        ("MA6401151900000120500053492", []),
        (f"{VALID}0", []),
        (f"X{VALID}", []),
    ],
)
def test_moroccan_ibans_need_both_the_iban_and_the_rib_checksums(
    reported: Reported, text: str, expected: list[str]
) -> None:
    assert reported(MoroccanIbanRecognizer(), text) == expected


def test_an_iban_with_a_bad_rib_key_but_valid_iban_digits_is_refused() -> None:
    # Build the IBAN check digits for a RIB whose own key is wrong.
    rib = "011519000001205000534920"
    check = 98 - int(rib + "221000") % 97
    iban = f"MA{check:02d}{rib}"
    assert int(rib + "2210" + iban[2:4]) % 97 == 1  # the IBAN checksum alone holds
    assert not is_valid_moroccan_iban(iban)


def test_every_valid_moroccan_iban_has_check_digits_64() -> None:
    assert is_valid_moroccan_iban(VALID)
    assert VALID[2:4] == "64"


def test_presidio_iban_recognizer_still_rejects_moroccan_ibans() -> None:
    # Why ma_iban.py exists: Presidio 2.2 has no MA format. When this fails,
    # Presidio learned Morocco and our recognizer may be dropped.
    assert IbanRecognizer().analyze(VALID, ["IBAN_CODE"]) == []
