"""CREDIT_CARD: payment card numbers, checked against the brands' number ranges.

Presidio's CreditCardRecognizer accepts 13 to 17 digits starting with 1, 3,
4, 5 or 6 and a valid Luhn digit. That misses 19-digit Visa and UnionPay,
the 2-series Mastercard and 12-digit Maestro, and it accepts IMEIs: 15 digits
starting with 35, Luhn-valid by construction, which a stolen-phone chat
quotes. Here a number must also fall in a brand's prefix and length (ISO/IEC
7812 ranges as the networks publish them), and "IMEI" or "série" next to it
rules it out. A valid 16 to 19-digit number is reported at 1.0. A Luhn-valid
number of 13 to 19 digits from 3, 4, 5 or 6 outside the published ranges
(test cards, new ranges) scores 0.6, except at 15 digits, an IMEI's length,
where only Amex's 34 and 37 count; the rest (12-digit Maestro, other
15-digit numbers) is reported only near a card word.
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from compliance.detect.recognizers._context import PhraseContextMixin
from compliance.detect.recognizers.ma_ice import luhn_valid

__all__ = ["CardRecognizer", "card_brand"]

_SEPARATORS = re.compile(r"[ -]")
# (brand, prefixes as (low, high) ranges over the first digits, lengths)
_BRANDS: tuple[tuple[str, tuple[tuple[int, int], ...], tuple[int, ...]], ...] = (
    ("visa", ((4, 4),), (13, 16, 19)),
    ("mastercard", ((51, 55), (2221, 2720)), (16,)),
    ("amex", ((34, 34), (37, 37)), (15,)),
    ("discover", ((6011, 6011), (644, 649), (65, 65)), (16, 19)),
    ("unionpay", ((62, 62),), (16, 17, 18, 19)),
    ("jcb", ((3528, 3589),), (16, 17, 18, 19)),
    ("jcb15", ((2131, 2131), (1800, 1800)), (15,)),
    ("diners", ((300, 305), (36, 36), (38, 39)), (14, 15, 16, 17, 18, 19)),
    ("mir", ((2200, 2204),), (16, 17, 18, 19)),
    ("maestro", ((50, 50), (56, 69)), (12, 13, 14, 15, 16, 17, 18, 19)),
)
_STRONG_LENGTH = 16  # from here on a Luhn-valid number in a brand range is a card
_SCORE_CONTEXT = 0.3  # needs a card word
_SCORE_SHAPE = 0.6  # Luhn-valid, card-like length and first digit, outside the ranges


def card_brand(digits: str) -> str | None:
    """Return the brand whose range and length ``digits`` fit, or None."""
    for brand, ranges, lengths in _BRANDS:
        if len(digits) not in lengths:
            continue
        for low, high in ranges:
            width = len(str(low))
            if low <= int(digits[:width]) <= high:
                return brand
    return None


class CardRecognizer(PhraseContextMixin, PatternRecognizer):
    """Finds Luhn-valid numbers in a card brand's range; short ones need a card word."""

    PATTERNS = (
        # Groups of 4 (the usual print), Amex 4-6-5, or digits in one run.
        Pattern(
            "card (grouped)",
            r"(?<![\w.-])[0-9]{4}(?:[ -][0-9]{4}){2}[ -][0-9]{1,7}(?![\w-])(?![.,][0-9])",
            _SCORE_CONTEXT,
        ),
        Pattern("card (amex)", r"(?<![\w.-])3[47][0-9]{2}[ -][0-9]{6}[ -][0-9]{5}(?![\w-])", 0.3),
        Pattern("card (run)", r"(?<![\w.-])[0-9]{12,19}(?![\w-])(?![.,][0-9])", 0.3),
    )
    CONTEXT = (
        "card",
        "credit card",
        "carte",
        "carte bancaire",
        "carte de credit",
        "cb",
        "visa",
        "mastercard",
        "amex",
        "maestro",
        "cmi",
        "paiement",
        "payment",
        "charge",
        "بطاقة بنكية",
        "البطاقة البنكية",
        "بطاقة الائتمان",
        "la carte",
        "lcarte",
    )
    NEGATIVE_CONTEXT = ("imei", "numero de serie", "serial", "s/n", "تسلسلي")
    CONTEXT_BOOST = 0.4

    def __init__(self, *, supported_language: str = "fr") -> None:
        super().__init__(
            supported_entity="CREDIT_CARD",
            name="CardRecognizer",
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
            supported_language=supported_language,
            global_regex_flags=re.DOTALL | re.MULTILINE,
        )

    def validate_result(self, pattern_text: str) -> bool | None:
        """1.0 for a long number in a brand range; refused without Luhn; else see analyze."""
        digits = _SEPARATORS.sub("", pattern_text)
        if not luhn_valid(digits):
            return False
        if card_brand(digits) and len(digits) >= _STRONG_LENGTH:
            return True
        if card_brand(digits) or _card_shaped(digits):
            return None
        return False

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """Score the numbers left unvalidated: card-shaped 0.6, others need a card word."""
        results: list[RecognizerResult] = super().analyze(
            text, entities, nlp_artifacts, regex_flags
        )
        for result in results:
            if result.score < 1.0:
                digits = _SEPARATORS.sub("", text[result.start : result.end])
                result.score = _SCORE_SHAPE if _card_shaped(digits) else _SCORE_CONTEXT
        return results


def _card_shaped(digits: str) -> bool:
    """13-19 digits from 3-6; at 15 digits (IMEIs) only Amex's 34 and 37."""
    if not 13 <= len(digits) <= 19 or digits[0] not in "3456":
        return False
    return len(digits) != 15 or digits[:2] in ("34", "37")
