"""IBAN_CODE for Moroccan IBANs, which Presidio's IbanRecognizer rejects.

Presidio 2.2's IbanRecognizer has no format for country ``MA``, so it
invalidates every Moroccan IBAN even with a correct checksum (see
``test_presidio_iban_recognizer_still_rejects_moroccan_ibans``). A Moroccan
IBAN is ``MA`` + 2 check digits + the 24-digit RIB. Both checksums must hold:
the IBAN one (mod 97 = 1) and the RIB key of the embedded account. As the
RIB is a multiple of 97, the check digits of every valid Moroccan IBAN are
"64"; checking both rather than the constant keeps the code readable as
the two standards.
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, PatternRecognizer

from compliance.detect.recognizers.ma_rib import is_valid_rib

__all__ = ["MoroccanIbanRecognizer", "is_valid_moroccan_iban"]

_SEPARATORS = re.compile(r"[ -]")


def is_valid_moroccan_iban(iban: str) -> bool:
    """Return whether ``iban`` (no separators) is a valid Moroccan IBAN."""
    iban = iban.upper()
    digits = iban[2:]
    if len(iban) != 28 or not iban.startswith("MA") or not (digits.isascii() and digits.isdigit()):
        return False
    # ISO 13616: move country and check digits to the end, letters to numbers
    # (M=22, A=10), and the whole must be 1 modulo 97.
    rearranged = iban[4:] + "2210" + iban[2:4]
    return int(rearranged) % 97 == 1 and is_valid_rib(iban[4:])


class MoroccanIbanRecognizer(PatternRecognizer):
    """Finds ``MA`` IBANs, compact or in blocks of four."""

    PATTERNS = (
        Pattern(
            "IBAN (MA)",
            r"(?<![\w-])[Mm][Aa][0-9]{2}(?:[ -]?[0-9]{4}){6}(?![\w-])",
            0.5,
        ),
    )
    CONTEXT = ("iban", "rib", "compte", "account", "virement", "bank")

    def __init__(self, *, supported_language: str = "fr") -> None:
        super().__init__(
            supported_entity="IBAN_CODE",
            name="MoroccanIbanRecognizer",
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
            supported_language=supported_language,
            global_regex_flags=re.DOTALL | re.MULTILINE,
        )

    def validate_result(self, pattern_text: str) -> bool:
        """Accept the match only when both the IBAN and the RIB checksums hold."""
        return is_valid_moroccan_iban(_SEPARATORS.sub("", pattern_text))
