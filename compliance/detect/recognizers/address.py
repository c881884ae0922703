"""LOCATION for postal addresses, whole: "Imm 12 Appt 3, 23 rue Ibn Battouta, Maârif, Casablanca".

NER models tag the city of an address, sometimes the street, rarely the
number, the building and the postcode, so most of an address stays in the
text. This recognizer finds an anchor, a part only addresses have, then
grows the span over the comma- or line-separated parts around it:

* anchors: a street type and its name ("rue Ibn Battouta", "bd Anfa",
  "avenue des FAR", "derb Sidi Bouloukat", "Baker Street", "Wingertweg",
  "Rua Diadema", "شارع محمد الخامس", "زنقة ابن بطوطة"), or a building part
  ("Imm 12", "Appt 3", "Apt. 864", "Suite 510", "عمارة 4", "شقة 2");
* parts that join an anchor: a house number, a postcode (with its city),
  another building part, a place of the gazetteer, a few capitalized words
  (a district, a foreign city, a country) or Arabic words after "،".

The growth stops at a part that reads like prose (lower-case words), so
"livraison à 12 rue X, merci" ends after "rue X".

Addresses without capitals or commas ("derb sidi bouloukat zn9a 5 ra9m 12
9rib l jame3", "حي السلام زنقة 12 رقم 5 قرب الجامع") are read as chains of
parts by ``_address_parts``, then grown the same way. An address the text
makes nobody's (a company's seat, a shop's) is not reported (``_place_context``).
"""

from __future__ import annotations

import functools
import re
from typing import Final

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.lang.en.stop_words import STOP_WORDS as EN_STOP_WORDS
from spacy.lang.fr.stop_words import STOP_WORDS as FR_STOP_WORDS

from compliance.detect.recognizers._address_parts import address_chains
from compliance.detect.recognizers._fold import ARABIC_LETTERS
from compliance.detect.recognizers._place_context import tied_to_person
from compliance.detect.recognizers._postal_blocks import postal_blocks, street_shapes

__all__ = ["AddressRecognizer"]

_L = "A-Za-zÀ-ÖØ-öø-ÿ"
_CAP = f"[A-ZÀ-ÖØ-Þ0-9][{_L}0-9'’-]*"
_CAPW = f"[A-ZÀ-ÖØ-Þ][{_L}0-9'’-]*"  # a capitalized word, not a number
_WORD = (
    f"[A-ZÀ-ÖØ-Þ][{_L}'’-]*(?![\\w])"  # a capitalized word of letters only ("London", not "NW1")
)
_PARTICLE = r"(?:de|du|des|de la|d'|d’|el|al|ibn|ben|bnou|ould|la|le|les|of|the)"
_NAME_WORD = f"(?:{_CAP}|{_PARTICLE}\\b)"
# A street name: particles, then a capitalized word or a number, then more of them.
_STREET_NAME = f"(?:{_PARTICLE}\\s+)*{_CAP}(?:\\s+{_NAME_WORD}){{0,4}}"
# Street types that only ever name a street.
_STREET_TYPES = (
    "rue|avenue|av\\.|boulevard|bd\\.?|blvd\\.?|impasse|allée|allee|lotissement|résidence|"
    "residence|derb|zenqa|zanqa|douar|rua|calle|carrer|avenida|strada|ulica|ul\\."
)
# Types that are also everyday words ("une place", "via WhatsApp", "en route"):
# they need a house number before or after the name.
_WEAK_TYPES = "place|route|chemin|quai|lot|hay|cité|cite|quartier|secteur|via|viale|piazza|plaza"
_EN_SUFFIXES = (
    "Street|St\\.?|Road|Rd\\.?|Avenue|Ave\\.?|Lane|Ln\\.?|Drive|Dr\\.?|Boulevard|Blvd\\.?|"
    "Way|Court|Ct\\.?|Place|Pl\\.?|Square|Sq\\.?|Terrace|Crescent|Close|Parkway|Pkwy\\.?|"
    "Highway|Hwy\\.?|Circle|Trail|Row|Gardens|Grove|Mews|STREET|ROAD|AVENUE"
)
_EU_SUFFIXES = (
    "weg|straße|strasse|str\\.|gasse|platz|allee|laan|straat|gracht|plein|vej|gade|gatan|"
    "vägen|vagen|katu|kuja|utca|ulica|veien|gata"
)
_UNIT_ANCHOR = (
    r"(?:imm(?:euble)?\.?|app(?:ar)?t(?:ement)?\.?|apt\.?|appt\.?|bloc|étage|etage|"
    r"villa|flat|suite|unit|floor)\s*[0-9]{1,5}[A-Za-z]?\b"
)
_UNIT = (
    r"(?:imm(?:euble)?\.?|app(?:ar)?t(?:ement)?\.?|apt\.?|appt\.?|bloc|étage|etage|"
    r"n°|no\.|lot\.?|villa|flat|suite|unit|floor|bureau|porte|box|bp|b\.p\.?)"
    r"\s*[0-9]{1,5}[A-Za-z]?\b"
)
_AR_TYPES = "شارع|زنقة|درب|حي|تجزئة|دوار|إقامة|اقامة|عمارة|شقة|الطابق|ممر|ساحة|زقاق|قيسارية"
_AR_WORD = f"[{ARABIC_LETTERS}]+"
_NUMBER = r"[0-9]{1,5}(?:\s?(?:bis|ter|[A-Za-z]))?\b"

_ANCHORS: Final = (
    # "23, rue Ibn Battouta", "bd Anfa", "rue 12", "avenue des FAR"
    re.compile(
        rf"(?:\b{_NUMBER},?\s+)?(?i:\b(?:{_STREET_TYPES}))\s+{_STREET_NAME}(?:\s+[0-9]{{1,5}}\b)?"
    ),
    # "12 place Jemaa el-Fna", "Via Roma 12"
    re.compile(rf"\b{_NUMBER},?\s+(?i:(?:{_WEAK_TYPES}))\s+{_STREET_NAME}"),
    re.compile(rf"(?i:\b(?:{_WEAK_TYPES}))\s+{_STREET_NAME}\s+[0-9]{{1,5}}\b"),
    # "221B Baker Street", "2450 Crown St", "5th Avenue"
    re.compile(
        rf"\b[0-9]{{1,6}}(?:st|nd|rd|th|[A-Za-z])?\s+(?:{_CAP}\s+){{0,3}}(?:{_EN_SUFFIXES})(?![{_L}])"
    ),
    # "Wingertweg 126", "6750 Koskikatu 25"
    re.compile(
        rf"(?:\b[0-9]{{1,6}}\s+)?\b[A-ZÀ-Þ][{_L}]*(?:{_EU_SUFFIXES})(?:\s+[0-9]{{1,5}}[A-Za-z]?)?\b"
    ),
    # "Imm 12 Appt 3", "Apt. 864", "Suite 510"
    re.compile(rf"(?i:\b{_UNIT_ANCHOR})(?:[ ,]+(?i:{_UNIT}))*"),
    # "Belgium 42940", "TRONDHEIM 7010" on a line of their own (the end of a postal block)
    re.compile(
        rf"(?m)(?<=[\n>?])[ \t]*(?P<value>{_CAPW}(?:[ \t]+{_CAPW}){{0,2}}[ \t]+[0-9]{{4,5}})[ \t]*$"
    ),
    # "the corner of 74 Sikelianou Street and Pas Pass": both streets, one span
    re.compile(
        r"(?i:\bthe\s+corner\s+of)\s+[^\W_][^,;:!?\n]{0,60}?\s+and\s+"
        r"[^\W_][^\W_'’.-]*(?:[ \t]+[^\W_][^\W_'’-]*\.?){0,4}"
    ),
    # "zip code: 3910", "code postal 20250", "ZIP: 394 13"
    re.compile(
        r"(?i:\b(?:zip(?:\s?code)?|post(?:al)?\s?code|postcode|code postal|cp)\b)"
        r"\s*(?:is|:|est)?\s*"
        r"(?P<value>[0-9]{3,5}(?:-[0-9]{3,4}|[ ][0-9]{2}(?![ ]?[0-9]))?)\b"
    ),
    # "شارع محمد الخامس رقم 12", "حي السلام"
    re.compile(
        rf"(?<![{ARABIC_LETTERS}])(?:{_AR_TYPES})\s+{_AR_WORD}(?:\s+{_AR_WORD}){{0,2}}"
        rf"(?:\s+(?:رقم|عدد)\s*[0-9]{{1,5}}|\s+[0-9]{{1,5}})?"
    ),
)
# Commas, new lines (also quoted ones: "> ", or "???" where an export lost
# its characters), dashes and spaces.
_SEPARATOR: Final = re.compile(r"\s*[,،]\s*|\s*\n(?:[\s>?*]*)|[ \t]+-[ \t]+|[ \t]+")
# any script's words: "ΠΑΦΟΣ", "Cyprus (Greek) 72423", "københavn k" (see _is_prose)
_ANY_SCRIPT: Final = re.compile(
    r"[^\W\d_][^\W\d_'’.-]*(?!\w)(?:[ \t]+(?:\(?[^\W\d_][^\W\d_'’.-]*\)?(?!\w))){0,3}"
    r"(?:[ \t]+[0-9]{3,6}(?:-[0-9]{2,4})?\b)?"
)
_JOINERS: Final = (
    re.compile(rf"(?i:{_UNIT})(?:[ ,]+(?i:{_UNIT}))*"),
    # postcode, then its city: "20250 Casablanca", "NW1 6XE", "75534-030", "CO 80296"
    re.compile(rf"[0-9]{{4,5}}(?:-[0-9]{{3,4}})?(?![ .-]?[0-9])(?:\s+{_CAPW}){{0,3}}"),
    re.compile(r"[A-Z]{1,2}[0-9][0-9A-Z]?\s?[0-9][A-Z]{2}\b"),
    re.compile(r"[A-Z]{2}(?:\s+[0-9]{4,5})?\b"),
    re.compile(r"(?:رقم|عدد)\s*[0-9]{1,5}"),
    re.compile(rf"{_WORD}(?:[ \t]+(?:{_WORD}|de|du|des|d'|el|al|ben|sur|en|la|le)){{0,3}}"),
    re.compile(rf"(?:{_AR_TYPES})?\s*{_AR_WORD}(?:\s+{_AR_WORD}){{0,2}}"),
    _ANY_SCRIPT,
    # a lone number ("rue Oued Fès 12"), not the first group of a phone number
    re.compile(r"[0-9]{1,5}\b(?![ .-]?[0-9])"),
)
_PROSE: Final = frozenset(
    """
    merci svp stp please thanks thank cordialement bonjour bonsoir le la les un une et ou je tu
    il elle nous vous my the and or to for of avant après before after pour par avec with from
    tél tel phone téléphone email mail cin rib iban 3afak chokran et mobile fax website
    smiti ana ghadi au w ila
    """.split()  # noqa: SIM905  (word lists read better as text)
)
_AR_PROSE: Final = frozenset(
    "المرجو شكرا من فضلك و مع على إلى الى في عن أو سميتي اسمي إسمي أنا انا الهاتف".split()  # noqa: SIM905  (word lists read better as text)
)
_MAX_PARTS = 10
# Words of place names that are also stop words ("Turkovice u Prelouce", "Rio de la Plata").
_PARTICLES: Final = frozenset("de du des la le les el al u del da do".split())  # noqa: SIM905


class AddressRecognizer(EntityRecognizer):
    """Reports postal addresses from their street or building part outwards."""

    # Over the NER and gazetteer scores (0.85), so a whole address wins over
    # the street name inside it that spaCy took for a person ("rue Ibn Battouta").
    SCORE = 0.9  # an anchor and at least one more part
    SCORE_ANCHOR = 0.86  # an anchor alone ("rue des Orangers")

    def __init__(self, *, supported_language: str = "fr") -> None:
        super().__init__(
            supported_entities=["LOCATION"],
            name="AddressRecognizer",
            supported_language=supported_language,
        )

    def load(self) -> None:
        """Nothing to load: the patterns are compiled at import."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Report each address, grown from its anchors over the parts around them."""
        if entities and "LOCATION" not in entities:
            return []
        spans: list[tuple[int, int, int]] = []
        for anchor in _ANCHORS:
            for match in anchor.finditer(text):
                group = "value" if "value" in anchor.groupindex else 0
                start, end, parts = self._grow(text, match.start(group), match.end(group))
                spans.append((start, end, parts))
        for start, end in street_shapes(text):
            start, end, parts = self._grow(text, start, end)
            spans.append((start, end, parts + 1))  # a number on both sides of a name
        for start, end, lines in postal_blocks(text):
            start, end, parts = self._grow(text, start, end)
            spans.append((start, end, parts + lines - 1))
        for start, end, parts in address_chains(text):
            start, end, more = self._grow(text, start, end)
            spans.append((start, end, parts + more - 1))
        results = []
        for start, end, parts in _merge(spans):
            if not tied_to_person(text, start, end):  # a company's seat, a shop's address
                continue
            score = self.SCORE if parts > 1 else self.SCORE_ANCHOR
            results.append(
                RecognizerResult(
                    entity_type="LOCATION",
                    start=start,
                    end=end,
                    score=score,
                    recognition_metadata={
                        RecognizerResult.RECOGNIZER_NAME_KEY: "AddressRecognizer",
                        RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                        RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY: True,
                    },
                )
            )
        return results

    @staticmethod
    def _grow(text: str, start: int, end: int) -> tuple[int, int, int]:
        parts = 1
        # leftwards: a house number or a building part before the street
        before = text[max(0, start - 40) : start]
        left = re.search(
            rf"(?:(?i:{_UNIT})|\b[0-9]{{1,6}}(?:\s?(?:bis|ter))?(?:[ \t]+[0-9]{{1,6}})?)"
            rf"[ \t]*[,،]?[ \t]*$",
            before,
        )
        if left is not None and left.start() < len(before):
            start -= len(before) - left.start()
            parts += 1
        # rightwards: parts separated by commas, new lines or spaces
        while parts < _MAX_PARTS:
            separator = _SEPARATOR.match(text, end)
            if separator is None:
                break
            position = separator.end()
            # the longest part that reads as an address ("Turkovice u Prelouce", not "Turkovice")
            joined = None
            for joiner in _JOINERS:
                candidate = joiner.match(text, position)
                if candidate is None or candidate.end() <= position:
                    continue
                if joiner is _ANY_SCRIPT and _has_stop_word(candidate.group()):
                    continue
                if _is_prose(candidate.group(), separator.group(), text[start:end]):
                    continue
                if joined is None or candidate.end() > joined.end():
                    joined = candidate
            if joined is None:
                break
            end = joined.end()
            parts += 1
        return start, end, parts


_POSTCODE: Final = re.compile(r"[A-Z]{1,2}[0-9][0-9A-Z]?\s?[0-9][A-Z]{2}\b")
_AFTER_UNIT: Final = re.compile(r"(?i:\b(?:apt|suite|unit|flat)\.?\s*[0-9]{1,5}[A-Za-z]?)$")


@functools.cache
def _stop_words() -> frozenset[str]:
    return frozenset(EN_STOP_WORDS | FR_STOP_WORDS) - _PARTICLES


def _has_stop_word(part: str) -> bool:
    return any(word.casefold().strip(".,()") in _stop_words() for word in part.split())


def _is_prose(part: str, separator: str, address: str) -> bool:
    """A part that is a sentence going on rather than an address continuing."""
    first = part.split()[0].lower() if part.split() else ""
    if first in _PROSE or first in _AR_PROSE:
        return True
    # lower-case words continue only a lower-case address ("255 hersnapvej 18, københavn k")
    lower = not part[:1].isupper() and not part[:1].isdigit() and part[:1] < "\u0600"
    if lower and (any(char.isupper() for char in address) or _has_stop_word(part)):
        return True
    # Separated by a bare space (no comma, no new line), only numbers,
    # postcodes and building parts continue an address.
    bare = "\n" not in separator and not separator.strip()
    continues = (
        part[:1].isdigit()
        or _POSTCODE.match(part) is not None
        or re.match(rf"(?i:{_UNIT})", part) is not None
        # "Suite 019 CHARLEROI Victoria": the city after the unit, a space between
        or (
            _AFTER_UNIT.search(address) is not None
            and part[:1].isupper()
            and not _has_stop_word(part)
        )
    )
    return bare and not continues


def _merge(spans: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    merged: list[tuple[int, int, int]] = []
    for start, end, parts in sorted(spans):
        if merged and start <= merged[-1][1]:
            last = merged[-1]
            merged[-1] = (last[0], max(last[1], end), max(last[2], parts))
        else:
            merged.append((start, end, parts))
    return merged
