"""MA_CNSS: the affiliation number of an insured person at the CNSS.

Employees and their employers quote it on payslips, loan files and AMO
(health insurance) claims. It is 9 digits with no published check digit
(cndp-rules.md §8), the length of many file, order and reference numbers, and
a Moroccan mobile without its leading 0. The shape alone therefore scores
below the threshold, and a CNSS phrase nearby ("CNSS", "immatriculation",
"الضمان الاجتماعي") lifts it over; a phone word nearby leaves it to the phone
recognizers.
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, PatternRecognizer

from compliance.detect.recognizers._context import PhraseContextMixin

__all__ = ["MoroccanCnssRecognizer"]

_BEFORE = r"(?<![\w.+-])"
_AFTER = r"(?![\w-])(?![.,][0-9])"


class MoroccanCnssRecognizer(PhraseContextMixin, PatternRecognizer):
    """Finds 9-digit numbers that a CNSS phrase designates."""

    PATTERNS = (
        Pattern("CNSS (9 digits)", _BEFORE + r"[0-9]{9}" + _AFTER, 0.3),
        Pattern("CNSS (3 x 3)", _BEFORE + r"[0-9]{3}[ .][0-9]{3}[ .][0-9]{3}" + _AFTER, 0.3),
    )
    CONTEXT = (
        "cnss",
        "c.n.s.s",
        "immatriculation",
        "immatricule",
        "affiliation",
        "affilie",
        "securite sociale",
        "social security",
        "amo",
        "الضمان الاجتماعي",
        "رقم التسجيل",
        "رقم الانخراط",
        "الصندوق الوطني للضمان",
        # "رقم الضمان" for short, and as a form or JSON field ("رقم_الضمان")
        "رقم الضمان",
        "رقم_الضمان",
        "الضمان_الاجتماعي",
    )
    RIVAL_CONTEXT = ("tel", "telephone", "phone", "portable", "gsm", "whatsapp", "هاتف")
    CONTEXT_BOOST = 0.4

    def __init__(self, *, supported_language: str = "fr") -> None:
        super().__init__(
            supported_entity="MA_CNSS",
            name="MoroccanCnssRecognizer",
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
            supported_language=supported_language,
            global_regex_flags=re.DOTALL | re.MULTILINE,
        )

    def validate_result(self, pattern_text: str) -> bool | None:
        """Refuse placeholders made of one repeated digit ("000000000")."""
        digits = re.sub(r"[ .]", "", pattern_text)
        return None if len(set(digits)) > 1 else False
