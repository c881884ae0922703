"""DATE_OF_BIRTH: a date that a birth phrase designates.

Texts are full of dates (deliveries, appointments, invoices); a date is a
birth date only when the text says so: "né le 12/03/1985", "date de naissance :
1985-03-12", "born on March 3, 1990", "مزداد بتاريخ ١٢ مارس ١٩٨٥", "ana mzyad f
1990", "mzyoud f 25/5/1958", "مزيود ف ١٢/١٠/١٩٩٨", "المزداد في 2003/03/14".
Dates are found in numeric (day first, ISO or year first), French, English and
Arabic (Moroccan and Levantine month names) forms, spaced ("12 - 03 - 1995")
or with a two-digit year ("tzadt 12-3-95"), with digits already normalized by
the engine; they score 0.3 and a birth phrase within the window before them
(or just after: "12/03/1985 (date de naissance)") lifts them over the
threshold, unless a phrase of another date (a delivery, an appointment, an
invoice, an issue date) is nearer before them. Without a birth phrase anywhere in the text no
date can be reported, so the date patterns do not even run.
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from compliance.detect.recognizers._context import PhraseContextMixin, fold, phrase_regex

__all__ = ["DateOfBirthRecognizer"]

_FR_MONTHS = (
    "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|"
    "novembre|décembre|decembre|janv|févr|fevr|avr|juil|sept|oct|nov|déc|dec"
)
_EN_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|"
    "december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_AR_MONTHS = (
    "يناير|فبراير|مارس|أبريل|ابريل|ماي|مايو|يونيو|يوليوز|يوليو|غشت|أغسطس|اغسطس|شتنبر|سبتمبر|"
    "أكتوبر|اكتوبر|نونبر|نوفمبر|دجنبر|ديسمبر|كانون الثاني|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|"
    "أيلول|تشرين الأول|تشرين الثاني|كانون الأول"
)
_DAY = r"(?:0?[1-9]|[12][0-9]|3[01])"
_MONTH = r"(?:0?[1-9]|1[0-2])"
_YEAR = r"(?:19[0-9]{2}|20[0-2][0-9])"
_BEFORE = r"(?<![\w/.-])"
_AFTER = r"(?![\w/-])(?![.][0-9])"


class DateOfBirthRecognizer(PhraseContextMixin, PatternRecognizer):
    """Finds dates with a birth phrase close to them."""

    PATTERNS = (
        Pattern("date (d/m/y)", _BEFORE + rf"{_DAY}[/.-]{_MONTH}[/.-]{_YEAR}" + _AFTER, 0.3),
        # Spaced around the separators ("12 - 03 - 1995", "5 / 3 / 1990").
        Pattern(
            "date (d / m / y)", _BEFORE + rf"{_DAY} ?[/.-] ?{_MONTH} ?[/.-] ?{_YEAR}" + _AFTER, 0.3
        ),
        # A two-digit year ("tzadt 12-3-95"): a birth phrase must be right before it.
        Pattern("date (d/m/yy)", _BEFORE + rf"{_DAY}[/.-]{_MONTH}[/.-][0-9]{{2}}" + _AFTER, 0.3),
        Pattern("date (ISO)", _BEFORE + rf"{_YEAR}-{_MONTH}-{_DAY}" + _AFTER, 0.3),
        # Year first with slashes or dots, as Moroccan civil-status papers print it
        # ("المزداد في 2003/03/14").
        Pattern("date (y/m/d)", _BEFORE + rf"{_YEAR}[/.]{_MONTH}[/.]{_DAY}" + _AFTER, 0.3),
        Pattern(
            "date (d month y)",
            rf"(?i)\b{_DAY}(?:er)?\s+(?:{_FR_MONTHS}|{_EN_MONTHS})\.?\s+{_YEAR}\b",
            0.3,
        ),
        Pattern(
            "date (month d, y)",
            rf"(?i)\b(?:{_EN_MONTHS})\.?\s+{_DAY}(?:st|nd|rd|th)?,?\s+{_YEAR}\b",
            0.3,
        ),
        Pattern(
            "date (Arabic month)", rf"(?<![0-9]){_DAY}\s+(?:{_AR_MONTHS})\s+{_YEAR}(?![0-9])", 0.3
        ),
        # "ana mzyad f 1990", "born in 1985": a year alone, only right after the phrase.
        Pattern("year of birth", _BEFORE + r"(?:19[3-9][0-9]|200[0-9])" + _AFTER, 0.1),
    )
    CONTEXT = (
        "ne le",
        "nee le",
        "ne a",
        "nee a",
        "ne en",
        "nee en",
        "naissance",
        "date de naissance",
        "date de naiss",
        "ddn",
        "anniversaire",
        "born",
        "born on",
        "birth",
        "date of birth",
        "dob",
        "d.o.b",
        "birthday",
        "مزداد",
        "مزدادة",
        "ازداد",
        "ازدادت",
        "الازدياد",
        "تاريخ الازدياد",
        "الميلاد",
        "تاريخ الميلاد",
        "ولد",
        "ولدت",
        "مواليد",
        "mzyad",
        "mzyada",
        "tzadt",
        "tzad",
        "tzadet",
        "mwalid",
        # Darija from the root of ziyada (birth), as people spell it in Latin letters
        # and in Arabic script: mzyoud, mzyouda, mzyod, mezyoud, tzadit, "nhar zdt".
        "mzyoud",
        "mzyouda",
        "mzyod",
        "mzyoda",
        "mzayed",
        "mezyoud",
        "mezyouda",
        "tzadit",
        "tzaditt",
        "tzadat",
        "zdt",
        "مزيود",
        "مزيودة",
        "تزاديت",
        "تزاد",
        "تزادت",
        "تزادو",
        "الولادة",
        "تاريخ الولادة",
        "ميلادي",
        "né(e)",
        "date et lieu de naissance",
        "year of birth",
        "birthdate",
        "birth date",
        "date naissance",
        # Darija "twldt" (I was born), "wldatni" (she bore me), birthdays
        "twldt",
        "twaldt",
        "tweldt",
        "twlldt",
        "wldatni",
        "3id miladi",
        "3id milad",
        "عيد ميلاد",
        "عيد ميلادي",
        "ميلاد",
        "ولدتني",
        "تولدت",
        "ازدياد",
        "ازديادي",
        # "born" as a participle: "ابني المولود في 25.06.2007", "الطفلة المولودة بتاريخ"
        "المولود",
        "المولودة",
        "مولود",
        "مولودة",
    )
    # Dates of something else: nearer before the date than any birth phrase, the
    # date is theirs ("Livraison le 12-3-2024, client né à Fès").
    RIVAL_CONTEXT = (
        "livraison",
        "livre le",
        "livree le",
        "commande",
        "rendez-vous",
        "rdv",
        "facture",
        "reunion",
        "delivery",
        "delivered",
        "appointment",
        "meeting",
        "order",
        "invoice",
        "expire",
        "expiration",
        "validite",
        "valable",
        "delivre le",
        "delivree le",
        "emission",
        "issued",
        "embauche",
        "موعد",
        "التوصيل",
        "الطلبية",
        "فاتورة",
        "اجتماع",
        "lmaw3id",
        "tslim",
    )
    CONTEXT_BEFORE = 55
    CONTEXT_AFTER = 25
    CONTEXT_BOOST = 0.5

    def __init__(self, *, supported_language: str = "fr") -> None:
        super().__init__(
            supported_entity="DATE_OF_BIRTH",
            name="DateOfBirthRecognizer",
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
            supported_language=supported_language,
            global_regex_flags=re.DOTALL | re.MULTILINE,
        )

    def enhance_using_context(
        self,
        text: str,
        raw_recognizer_results: list[RecognizerResult],
        other_raw_recognizer_results: list[RecognizerResult],
        nlp_artifacts: NlpArtifacts | None,
        context: list[str] | None = None,
    ) -> list[RecognizerResult]:
        """A birth phrase before the date, nearer than any rival; or after it, with none before."""
        own = phrase_regex(tuple(self.CONTEXT))
        rival = phrase_regex(tuple(self.RIVAL_CONTEXT))
        for result in raw_recognizer_results:
            result.recognition_metadata[RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY] = True
            before = fold(text[max(0, result.start - self.CONTEXT_BEFORE) : result.start])
            after = fold(text[result.end : result.end + self.CONTEXT_AFTER])
            own_before = [len(before) - m.end() for m in own.finditer(before)]
            rival_before = [len(before) - m.end() for m in rival.finditer(before)]
            own_after = own.search(after) is not None
            if own_before:
                lifted = not rival_before or min(own_before) <= min(rival_before)
            else:
                lifted = own_after and not rival_before
            if lifted:
                result.score = min(1.0, result.score + self.CONTEXT_BOOST)
        return raw_recognizer_results

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """Run the date patterns only when the text holds a birth phrase."""
        if not phrase_regex(tuple(self.CONTEXT)).search(fold(text)):
            return []
        results: list[RecognizerResult] = super().analyze(
            text, entities, nlp_artifacts, regex_flags
        )
        return results
