from __future__ import annotations

import pytest

from compliance.detect.recognizers import MoroccanRibRecognizer
from compliance.detect.recognizers.ma_rib import is_valid_rib

from .conftest import Reported

VALID = "011519000001205000534921"  # verified key: 21


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # valid
        (VALID, [VALID]),
        (f"Mon RIB : {VALID}.", [VALID]),
        ("RIB 011 519 0000012050005349 21", ["011 519 0000012050005349 21"]),
        ("011-519-0000012050005349-21", ["011-519-0000012050005349-21"]),
        ("0115 1900 0001 2050 0053 4921", ["0115 1900 0001 2050 0053 4921"]),
        # invalid checksum
        ("011519000001205000534922", []),
        ("011519000001205000534912", []),
        ("011 519 0000012050005349 12", []),
        ("000000000000000000000000", []),
        # look-alike: longer or glued numbers, other groupings
        (f"9{VALID}", []),
        (f"{VALID}7", []),
        (f"MA64{VALID}", []),
        (f"REF-{VALID}", []),
        ("01151900000120500053492", []),
        ("011519 000001205000 534921", []),
    ],
)
def test_ribs_are_found_only_when_their_key_is_valid(
    reported: Reported, text: str, expected: list[str]
) -> None:
    assert reported(MoroccanRibRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("digits", "valid"),
    [
        (VALID, True),
        ("007780000123456789012396", True),
        ("007780000123456789012397", False),
        ("0115190000012050005349２1", False),  # a full-width digit
        ("0" * 24, False),  # a multiple of 97, but a placeholder
        (VALID[:-1], False),
    ],
)
def test_the_rib_key_is_97_minus_the_remainder_of_the_first_22_digits(
    digits: str, *, valid: bool
) -> None:
    assert is_valid_rib(digits) is valid


def test_the_verified_example_key_follows_the_published_formula() -> None:
    first_22 = int(VALID[:22])
    assert 97 - (first_22 * 100) % 97 == int(VALID[22:])
