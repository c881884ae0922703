"""MA_PASSPORT: Moroccan passport numbers, typed or in a machine-readable zone.

A passport number is one or two capital letters then 6 or 7 digits
("AB1234567"); the shape overlaps the CIN's, has no check digit of its own
and is shared by reference codes, so it needs a passport phrase nearby, and
an identity-card phrase that is nearer makes it a CIN instead (the CIN
recognizer applies the mirror rule).

A scanned or copied passport also carries its machine-readable zone (ICAO
9303 TD3): line 2 holds the document number, nationality, birth date, sex
and expiry, each number followed by a check digit (weights 7-3-1, mod 10),
and a final composite digit. A line whose check digits all hold and whose
nationality is MAR is reported whole at 1.0: it holds the birth date too.
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, PatternRecognizer

from compliance.detect.recognizers._context import PhraseContextMixin

__all__ = ["MoroccanPassportRecognizer", "is_valid_mrz_line", "mrz_check_digit"]

_WEIGHTS = (7, 3, 1)


def mrz_check_digit(field: str) -> int:
    """Return the ICAO 9303 check digit of ``field`` ("<" = 0, A = 10 ... Z = 35)."""
    total = 0
    for index, char in enumerate(field):
        if char.isdigit():
            value = int(char)
        elif "A" <= char <= "Z":
            value = ord(char) - 55
        else:
            value = 0
        total += value * _WEIGHTS[index % 3]
    return total % 10


def is_valid_mrz_line(line: str) -> bool:
    """Return whether ``line`` is a Moroccan TD3 line 2 whose five check digits hold."""
    if len(line) != 44 or line[10:13] != "MAR":
        return False
    fields = ((0, 9, 9), (13, 19, 19), (21, 27, 27), (28, 42, 42))
    for start, end, check in fields:
        if not line[check].isdigit() or mrz_check_digit(line[start:end]) != int(line[check]):
            return False
    composite = line[0:10] + line[13:20] + line[21:43]
    return line[43].isdigit() and mrz_check_digit(composite) == int(line[43])


class MoroccanPassportRecognizer(PhraseContextMixin, PatternRecognizer):
    """Finds passport numbers near a passport phrase, and valid MRZ lines."""

    PATTERNS = (
        Pattern(
            "passport (letters + digits)",
            r"(?<![\w-])[A-Z]{1,2}[0-9]{6,7}(?![\w-])",
            0.3,
        ),
        Pattern(
            "passport MRZ line 2 (TD3)",
            r"(?<![A-Z0-9<])[A-Z0-9<]{9}[0-9]MAR[0-9]{6}[0-9][MF<][0-9]{6}[0-9][A-Z0-9<]{14}[0-9<][0-9](?![A-Z0-9<])",
            0.3,
        ),
    )
    CONTEXT = (
        "passeport",
        "passport",
        "passeport n",
        "n de passeport",
        "paspor",
        "basbor",
        # Darija: the French word in Arabic script, and its Latin spellings
        "الباسبور",
        "باسبور",
        "الپاسپور",
        "paspor dyali",
        "lpaspor",
        "lbasbor",
        "passport dyali",
        "جواز",
        "جواز السفر",
        "الجواز",
        "رقم الجواز",
    )
    RIVAL_CONTEXT = (
        "cin",
        "cnie",
        "carte nationale",
        "carte d'identite",
        "identity card",
        "id card",
        "national id",
        "permis",
        "بطاقة",
        "البطاقة الوطنية",
    )
    CONTEXT_BOOST = 0.45

    def __init__(self, *, supported_language: str = "fr") -> None:
        super().__init__(
            supported_entity="MA_PASSPORT",
            name="MoroccanPassportRecognizer",
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
            supported_language=supported_language,
            global_regex_flags=re.DOTALL | re.MULTILINE,
        )

    def validate_result(self, pattern_text: str) -> bool | None:
        """An MRZ line is valid (1.0) or nothing; a bare number is left to context."""
        if len(pattern_text) == 44:
            return is_valid_mrz_line(pattern_text)
        return None
