"""MA_ICE: the Identifiant Commun de l'Entreprise, 15 digits.

An ICE is 9 digits (the enterprise) + 4 (the establishment) + 2 (control).
It names a company, but also every individual entrepreneur (auto-entrepreneur,
liberal profession), so it is personal data in their case. The control is not
published; the real ICEs quoted by python-stdnum are multiples of 97, as RIBs
are (cndp-rules.md §8), so a candidate must be a multiple of 97: one random
15-digit number in 97 passes.

15 digits is also the length of an IMEI, which are Luhn-valid by construction,
and of many order and invoice numbers. So an ICE that also passes Luhn (an
IMEI-looking number) scores below the threshold until an ICE phrase is near,
and "IMEI" or "série" near a match rules it out whatever its checksum. (Both
published ICEs pass Luhn too, which may be a property of the real control:
with two samples nobody can tell, so invoices, which write "ICE" next to the
number, are what this recognizer relies on.)
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from compliance.detect.recognizers._context import PhraseContextMixin

__all__ = ["MoroccanIceRecognizer", "is_valid_ice", "luhn_valid"]

_SEPARATORS = re.compile(r"[ .-]")
_BEFORE = r"(?<![\w.-])"
_AFTER = r"(?![\w-])(?![.][0-9])"

# Scores before context: a multiple of 97 that is not Luhn-valid is an ICE
# more often than not; one that is Luhn-valid may be an IMEI.
_SCORE_PLAIN = 0.5
_SCORE_LUHN = 0.3


def luhn_valid(digits: str) -> bool:
    """Return whether ``digits`` passes the Luhn check (cards, IMEIs)."""
    total = 0
    for index, char in enumerate(reversed(digits)):
        digit = int(char)
        if index % 2 == 1:
            digit = digit * 2 - 9 if digit > 4 else digit * 2
        total += digit
    return total % 10 == 0


def is_valid_ice(digits: str) -> bool:
    """Return whether ``digits`` (15 digits, no separators) has a valid ICE control."""
    return (
        len(digits) == 15
        and digits.isascii()
        and digits.isdigit()
        and int(digits) % 97 == 0
        and len(set(digits)) > 1
    )


class MoroccanIceRecognizer(PhraseContextMixin, PatternRecognizer):
    """Finds 15-digit ICEs with a valid control; IMEI-like ones need ICE context."""

    PATTERNS = (
        Pattern("ICE (15 digits)", _BEFORE + r"[0-9]{15}" + _AFTER, _SCORE_PLAIN),
        # "001 561 191 000 066", as some invoices print it
        Pattern("ICE (5 x 3)", _BEFORE + r"[0-9]{3}(?:[ .][0-9]{3}){4}" + _AFTER, _SCORE_PLAIN),
    )
    CONTEXT = (
        "ice",
        "i.c.e",
        "identifiant commun",
        "identifiant commun de l'entreprise",
        "auto-entrepreneur",
        "autoentrepreneur",
        "entreprise",
        "societe",
        "sarl",
        "charika",
        "facture",
        "invoice",
        "company",
        "المعرف الموحد",
        "الرقم الموحد",
        "التعريف الموحد",
        "للمقاولة",
        "المقاولة",
        "الشركة",
    )
    NEGATIVE_CONTEXT = ("imei", "numero de serie", "serial", "s/n", "تسلسلي")

    def __init__(self, *, supported_language: str = "fr") -> None:
        super().__init__(
            supported_entity="MA_ICE",
            name="MoroccanIceRecognizer",
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
            supported_language=supported_language,
            global_regex_flags=re.DOTALL | re.MULTILINE,
        )

    def validate_result(self, pattern_text: str) -> bool | None:
        """Refuse a wrong control; leave a valid one to its score (see :meth:`analyze`)."""
        return None if is_valid_ice(_SEPARATORS.sub("", pattern_text)) else False

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """Score each valid ICE; an IMEI-looking one (Luhn-valid) needs context."""
        results: list[RecognizerResult] = super().analyze(
            text, entities, nlp_artifacts, regex_flags
        )
        for result in results:
            digits = _SEPARATORS.sub("", text[result.start : result.end])
            result.score = _SCORE_LUHN if luhn_valid(digits) else _SCORE_PLAIN
        return results
