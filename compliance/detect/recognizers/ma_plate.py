"""MA_LICENSE_PLATE: Moroccan number plates, Arabic letter or its transliteration.

A plate reads "12345 | أ | 6": a serial of up to 5 digits, one Arabic letter
(أ ب د هـ و ط ...) and the prefecture code (1-89). Typed, it becomes "12345-أ-6",
"12345 ب 26" or, on a Latin keyboard, "12345-A-6" (cndp-rules.md §8; the
letter list is not official, so any Arabic letter is accepted). In an Arabic
sentence the writer may also type it in reading order, code first
("6-أ-12345"). Temporary plates read "WW 123456" (W18).

A lone Arabic letter between digits is distinctive enough on its own, except
"و" ("and": "بين 10 و 12"), which needs a hyphen or bar around it or a plate
phrase nearby (also glued to the digits, "7431و41", as phone keyboards type
it; Darija "lkarhba", "الماتريكول", "الطوموبيل" are plate phrases). A Latin
letter between digits needs its hyphens or bars.
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, PatternRecognizer

from compliance.detect.recognizers._context import PhraseContextMixin

__all__ = ["MoroccanPlateRecognizer"]

_AR = "\u0621-\u064a"
_LETTER = "[\u0621-\u0647\u0649-\u064a]"  # any Arabic letter but "و" (U+0648)
_SEP = r"\s*[-|/]\s*"
_OPT = r"\s*[-|/]?\s*"
_BEFORE = rf"(?<![\w{_AR}/.-])"
_AFTER = rf"(?![\w{_AR}/-])(?![.,][0-9])"


class MoroccanPlateRecognizer(PhraseContextMixin, PatternRecognizer):
    """Finds plates written with the Arabic letter, its Latin form, or W18."""

    PATTERNS = (
        Pattern(
            "plate (Arabic letter)",
            _BEFORE + rf"[0-9]{{1,5}}{_OPT}{_LETTER}{_OPT}[0-9]{{1,2}}" + _AFTER,
            0.8,
        ),
        Pattern(
            "plate (Arabic letter, code first)",
            _BEFORE + rf"[0-9]{{1,2}}{_OPT}{_LETTER}{_OPT}[0-9]{{3,5}}" + _AFTER,
            0.6,
        ),
        Pattern(
            "plate (letter waw with separators)",
            _BEFORE + rf"[0-9]{{1,5}}{_SEP}\u0648{_SEP}[0-9]{{1,2}}" + _AFTER,
            0.8,
        ),
        Pattern(
            "plate (letter waw)",
            _BEFORE + r"[0-9]{1,5}\s*\u0648\s*[0-9]{1,2}" + _AFTER,
            0.2,
        ),
        Pattern(
            "plate (Latin letter)",
            _BEFORE + rf"[0-9]{{1,5}}{_SEP}[A-Z]{_SEP}[0-9]{{1,2}}" + _AFTER,
            0.6,
        ),
        Pattern(
            "plate (Latin letter, spaces)",
            _BEFORE + r"[0-9]{3,5}\s[A-Z]\s[0-9]{1,2}" + _AFTER,
            0.3,
        ),
        Pattern("plate (W18)", r"(?<![\w-])(?:WW[- ]?[0-9]{4,6}|[0-9]{4,6}[- ]?WW)(?![\w-])", 0.4),
    )
    CONTEXT = (
        "plaque",
        "immatriculation",
        "immatriculee",
        "immatricule",
        "matricule",
        "voiture",
        "vehicule",
        "moto",
        "camion",
        "plate",
        "license plate",
        "registration",
        "my car",
        "the car",
        "vehicle",
        "tomobil",
        "tonobil",
        "lmatricule",
        "لوحة",
        "ترقيم",
        "سيارة",
        "السيارة",
        "سيارتي",
        "الدراجة",
        "رقم التسجيل",
        # Darija, both scripts: the car, the bike, the plate
        "karhba",
        "lkarhba",
        "tomobile",
        "ttomobil",
        "tonobile",
        "motor",
        "lmotor",
        "matricul",
        "ماتريكول",
        "الماتريكول",
        "طوموبيل",
        "الطوموبيل",
        "طونوبيل",
        "الكرهبة",
        "الموطور",
        "car plate",
    )

    def __init__(self, *, supported_language: str = "fr") -> None:
        super().__init__(
            supported_entity="MA_LICENSE_PLATE",
            name="MoroccanPlateRecognizer",
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
            supported_language=supported_language,
            global_regex_flags=re.DOTALL | re.MULTILINE,
        )
