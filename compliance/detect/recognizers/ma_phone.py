"""PHONE_NUMBER for Moroccan numbers in every way people write them.

A Moroccan number is 9 digits after the trunk "0" or the country code 212:
5 (landlines), 6 and 7 (mobiles) or 8 (VoIP, free and special numbers),
then 8 digits. Written "+212 6 61 23 45 67", "0661234567",
"06.61.23.45.67", "00212-522-123456", "+212(0)661234567", "(+212) 661234567"
or "0800 12 34 56", in Western, Arabic-Indic or Eastern digits (the engine
normalizes the last two, see ``detect/normalize.py``).
Presidio's PhoneRecognizer (libphonenumber) finds valid numbers too, but at
a score of 0.4 that only English context words lift; this recognizer knows
the Moroccan shapes and scores them over the threshold on their own.
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, PatternRecognizer

from compliance.detect.recognizers._context import PhraseContextMixin

__all__ = ["MoroccanPhoneRecognizer"]

# The 9 significant digits: an operator digit then 8 digits, each optionally
# preceded by one separator, so any grouping (2-2-2-2, 3-6, 4-4...) matches.
_SUBSCRIBER = r"[5-8](?:[ .-]?[0-9]){8}"
# Not glued to more digits (a longer number), to a "+" or a word; a trailing
# separator followed by a digit also means a longer number ("0661234567-12").
_BEFORE = r"(?<![\w+])"
_AFTER = r"(?![0-9])(?![.-][0-9])"


class MoroccanPhoneRecognizer(PhraseContextMixin, PatternRecognizer):
    """Finds Moroccan phone numbers in international and national formats."""

    PATTERNS = (
        # +212 or 00212, then an optional "(0)" copied from business cards, or a
        # stray trunk "0" ("+212 0661...") that people add by habit.
        Pattern(
            "MA phone (international)",
            _BEFORE + r"(?:\+|00)212\)?[ .-]?(?:\(0\)[ .-]?|0)?" + _SUBSCRIBER + _AFTER,
            0.75,
        ),
        # The country code without "+" or "00", as forms and exports write it.
        Pattern("MA phone (212)", _BEFORE + r"212[ .-]?" + _SUBSCRIBER + _AFTER, 0.5),
        # Ten digits from 05-08: most often a phone in Moroccan text, but also
        # the shape of some file and order numbers, hence the lower score.
        Pattern("MA phone (national)", _BEFORE + r"0" + _SUBSCRIBER + _AFTER, 0.6),
        # A "+" typed before the national form, by habit of the international one.
        Pattern("MA phone (national, stray +)", _BEFORE + r"\+0" + _SUBSCRIBER + _AFTER, 0.6),
    )
    CONTEXT = (
        "tel",
        "telephone",
        "phone",
        "portable",
        "mobile",
        "gsm",
        "whatsapp",
        "fixe",
        "appeler",
        "appelez",
        "rappeler",
        "joindre",
        "call",
        "هاتف",
        "الهاتف",
        "رقم",
        "nmra",
        "nemra",
        "numero",
    )

    def __init__(self, *, supported_language: str = "fr") -> None:
        super().__init__(
            supported_entity="PHONE_NUMBER",
            name="MoroccanPhoneRecognizer",
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
            supported_language=supported_language,
            global_regex_flags=re.DOTALL | re.MULTILINE,
        )
