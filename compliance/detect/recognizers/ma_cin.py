"""MA_CIN: the number of the Moroccan national identity card (CIN / CNIE).

The number is one or two letters (the issuing region) then five or six
digits: "BE123456", "A123456", "JB45678". It has no checksum, and the shape
is shared with reference codes, so the shape alone scores below the default
threshold; an identity phrase nearby ("CIN", "carte nationale", "identité",
"ID card", "بطاقة") lifts it over. Passport numbers share the shape: when
a passport phrase is nearer than any identity phrase, the number is left to
the passport recognizer.
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, PatternRecognizer

from compliance.detect.recognizers._context import PhraseContextMixin

__all__ = ["MoroccanCinRecognizer"]


class MoroccanCinRecognizer(PhraseContextMixin, PatternRecognizer):
    """Finds CIN-shaped tokens; context decides whether they are reported."""

    PATTERNS = (
        Pattern(
            "CIN (letters + digits)",
            # Upper case only, and neither a word character nor a hyphen on
            # either side: "AB12345X" (a SKU), "REF-AB12345" or "iPhone 15"
            # are not CINs. Five digits at least rule out "A4" or "AT205".
            r"(?<![\w-])[A-Z]{1,2}[0-9]{5,6}(?![\w-])",
            0.4,
        ),
    )
    CONTEXT = (
        "cin",
        "cnie",
        "carte nationale",
        "identite",
        "identity",
        "id card",
        "national id",
        "بطاقة",  # card (البطاقة الوطنية, رقم البطاقة)
        "هوية",  # identity
        "la carte",  # Darija: "l cin dyali", "la carte dyali"
        "bitaqa",
        "l'cin",
        # Arabizi (digits for letters: 9 for qaf) and Darija spellings of "the card"
        "bita9a",
        "lbita9a",
        "lbitaqa",
        "lbitaka",
        "ra9m lbita9a",
        "lakart",
        "lkart",
        "la cart",
        "cart nationale",
        "البطاقة",
        "لاكارط",
        "الكارط",
    )
    RIVAL_CONTEXT = ("passeport", "passport", "جواز", "paspor")

    def __init__(self, *, supported_language: str = "fr") -> None:
        super().__init__(
            supported_entity="MA_CIN",
            name="MoroccanCinRecognizer",
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
            supported_language=supported_language,
            # Case-sensitive on purpose: a lower-case "be123456" is more often
            # an identifier in code than a card number.
            global_regex_flags=re.DOTALL | re.MULTILINE,
        )
