"""MA_RIB: the Moroccan 24-digit bank account number (relevé d'identité bancaire).

A RIB is bank (3) + town (3) + account (16) + key (2) digits, where the key
is ``97 - (first 22 digits × 100) mod 97``: the whole number is a multiple of
97. The checksum is what makes 24 digits a RIB rather than any long number,
so a match is reported only when it holds (score 1.0), never on shape alone.
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, PatternRecognizer

__all__ = ["MoroccanRibRecognizer", "is_valid_rib"]

_SEPARATORS = re.compile(r"[ -]")
# No letter, digit or hyphen right before or after: the 24 digits inside a
# longer number, or inside "MA64011519...", are not a RIB on their own.
_BEFORE = r"(?<![\w-])"
_AFTER = r"(?![\w-])"


def is_valid_rib(digits: str) -> bool:
    """Return whether ``digits`` (24 digits, no separators) carries a valid RIB key.

    All-same-digit numbers ("000…0" is a multiple of 97) are placeholders, not accounts.
    """
    return (
        len(digits) == 24
        and digits.isascii()
        and digits.isdigit()
        and int(digits) % 97 == 0
        and len(set(digits)) > 1
    )


class MoroccanRibRecognizer(PatternRecognizer):
    """Finds 24-digit RIBs, written whole or in the groupings banks print."""

    PATTERNS = (
        Pattern("RIB (24 digits)", _BEFORE + r"[0-9]{24}" + _AFTER, 0.5),
        # bank, town, account, key: "011 519 0000012050005349 21"
        Pattern(
            "RIB (3-3-16-2)",
            _BEFORE + r"[0-9]{3}[ -][0-9]{3}[ -][0-9]{16}[ -][0-9]{2}" + _AFTER,
            0.5,
        ),
        # IBAN-style blocks of four: "0115 1900 0001 2050 0053 4921"
        Pattern("RIB (6 x 4)", _BEFORE + r"[0-9]{4}(?:[ -][0-9]{4}){5}" + _AFTER, 0.5),
    )
    CONTEXT = ("rib", "compte", "account", "virement", "banque", "bank")

    def __init__(self, *, supported_language: str = "fr") -> None:
        super().__init__(
            supported_entity="MA_RIB",
            name="MoroccanRibRecognizer",
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
            supported_language=supported_language,
            global_regex_flags=re.DOTALL | re.MULTILINE,
        )

    def validate_result(self, pattern_text: str) -> bool:
        """Accept the match only when its 24 digits pass the RIB key check."""
        return is_valid_rib(_SEPARATORS.sub("", pattern_text))
