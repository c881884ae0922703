"""PHONE_NUMBER for the rest of the world: the diaspora's and foreign services' numbers.

Presidio's PhoneRecognizer runs libphonenumber's matcher once per region
over the whole text: about 0.1 ms per region per kilobyte, four regions cost
as much as all our other pattern recognizers together, and each of its
results scores 0.4, under the threshold without a context word. Here cheap
regexes find phone-shaped candidates first, and libphonenumber only parses
those:

* ``+`` and a country code (not 212, the Moroccan recognizer's): reported
  when libphonenumber finds it a possible number for that country;
* ``00`` and a country code: the same, slightly less sure;
* US-style "(415) 555-0132" or "415-555-0132": distinctive enough alone;
* any other group of digits written like a phone number ("0496 46 46 70",
  "699 956 915", "9498777106"): only with a phone word close before it
  ("Phone:", "tél", "call me at", "هاتف").
"""

from __future__ import annotations

import re

import phonenumbers
from presidio_analyzer import Pattern, PatternRecognizer

from compliance.detect.recognizers._context import PhraseContextMixin

__all__ = ["InternationalPhoneRecognizer"]

# Every phone match starts with a digit, "(" or "+": said first, the engine passes
# every other position at once instead of trying the lookbehind and the groups there
# (a quarter of the cost of this recognizer on ordinary prose).
_STARTS = r"(?=[0-9(+])"
_BEFORE = r"(?<![\w+/.,-])"
_AFTER = r"(?![\w/-])(?![.,][0-9])"
_GROUP = r"(?:[ .-]|\s?\(0\)\s?)?\(?[0-9]{1,5}\)?"
_DIGIT = re.compile(r"[0-9]")
# Four dot-separated groups of at most 3 digits: an IPv4 address, not a phone.
_IPV4 = re.compile(r"^[0-9]{1,3}(?:\.[0-9]{1,3}){3}$")


class InternationalPhoneRecognizer(PhraseContextMixin, PatternRecognizer):
    """Finds non-Moroccan phone numbers; national shapes need a phone word."""

    PATTERNS = (
        Pattern(
            "phone (+country)",
            _STARTS + r"(?<![\w+])\+(?!212)[1-9][0-9]{0,2}" + rf"(?:{_GROUP}){{2,7}}" + _AFTER,
            0.6,
        ),
        Pattern(
            "phone (00 country)",
            _STARTS + _BEFORE + r"00(?!212)[1-9][0-9]{0,2}" + rf"(?:{_GROUP}){{2,7}}" + _AFTER,
            0.5,
        ),
        Pattern(
            "phone (North American)",
            _STARTS
            + _BEFORE
            + r"(?:1[ .-])?(?:\([2-9][0-9]{2}\)\s?|[2-9][0-9]{2}[.-])[0-9]{3}[.-][0-9]{4}"
            + r"(?:\s?(?:x|ext\.?)\s?[0-9]{1,5})?"
            + _AFTER,
            0.5,
        ),
        Pattern(
            "phone (national shape)",
            _STARTS + _BEFORE + r"\(?[0-9]{2,5}\)?(?:[ .-][0-9]{2,4}){1,4}" + _AFTER,
            0.25,
        ),
        Pattern("phone (digits only)", _STARTS + _BEFORE + r"0?[1-9][0-9]{7,11}" + _AFTER, 0.2),
    )
    CONTEXT = (
        "phone",
        "telephone",
        "tel",
        "tél",
        "mobile",
        "cell",
        "cellphone",
        "portable",
        "gsm",
        "fax",
        "desk",
        "office",
        "whatsapp",
        "viber",
        "call",
        "call me",
        "call me at",
        "call me on",
        "reach me",
        "text me",
        "messages to",
        "answering at",
        "appeler",
        "appelez",
        "joindre",
        "rappeler",
        "phone number",
        "numero de telephone",
        "هاتف",
        "الهاتف",
        "nmra",
    )
    CONTEXT_BEFORE = 40
    CONTEXT_AFTER = 20
    CONTEXT_BOOST = 0.4

    def __init__(self, *, supported_language: str = "fr") -> None:
        super().__init__(
            supported_entity="PHONE_NUMBER",
            name="InternationalPhoneRecognizer",
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
            supported_language=supported_language,
            global_regex_flags=re.DOTALL | re.MULTILINE,
        )

    def validate_result(self, pattern_text: str) -> bool | None:
        """Keep a candidate with a plausible digit count; parse "+" and "00" ones."""
        digits = len(_DIGIT.findall(pattern_text))
        if not 7 <= digits <= 15 or _IPV4.match(pattern_text):
            return False
        if pattern_text.startswith(("+", "00")):
            international = (
                "+" + pattern_text[2:] if pattern_text.startswith("00") else pattern_text
            )
            try:
                number = phonenumbers.parse(international, None)
            except phonenumbers.NumberParseException:
                return False
            return None if phonenumbers.is_possible_number(number) else False
        return None
