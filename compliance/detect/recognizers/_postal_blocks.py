"""Postal addresses read as a postal grammar: line shapes, and blocks of such lines.

The UPU formats write an address as a few lines (or comma parts) of a few
shapes, whatever the language and the script:

* a street line: a house number, the street's name, a number
  ("28245 Puruntie 82", "3565 Πλατεία Συντάγματος 204", "Erzsébet tér 19.",
  "Rua do Arenque 1634"); a post box ("P.O. Box 242", "PSC 0413, Box 8144");
  a military post line ("APO AA 42323");
* a unit line: "Apt. 724", "Suite 621";
* a postcode line: "Hungary 18695", "St Georges, QC 54256", "53-320", "394 13";
* a city or country line: a few words ("ARENDAL", "South Africa", "marke").

``street_shapes`` finds the street shapes that are strong on their own inside
a sentence (a number, a name, a number); ``postal_blocks`` finds blocks of
consecutive lines (new lines, quote prefixes "> " and "??? " between them)
that hold at least one street line and then only address lines, so that the
city, region, postcode and country lines below a street come out with it as
one span. Words are any script's letters: a Greek or Icelandic street has no
English suffix, and its city may be in capitals or in lower case.
"""

from __future__ import annotations

import functools
import re
from typing import Final

from spacy.lang.en.stop_words import STOP_WORDS as EN_STOP_WORDS
from spacy.lang.fr.stop_words import STOP_WORDS as FR_STOP_WORDS

__all__ = ["postal_blocks", "street_shapes"]

_LETTER = r"[^\W\d_]"
# A word of a street or place name, abbreviations with their full stop ("u.", "ul.", "Avda.").
_NAME_WORD = rf"{_LETTER}[\w'’-]*\.?"
_NAME = rf"{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,4}}"
_HOUSE = r"[0-9]{1,6}[A-Za-z]?"
_UNIT = (
    r"(?i:apt|apartment|app|appt|suite|ste|unit|flat|floor|fl|room|bldg|building)\.?"
    r"[ \t]*#?[0-9]{1,5}[A-Za-z]?\b"
)
_BOX = (
    r"(?i:p\.?[ \t]?o\.?[ \t]?box|post[ \t]office[ \t]box|psc|cmr|unit)[ \t]+[0-9]{1,5}"
    r"(?:,?[ \t]+(?i:box)[ \t]+[0-9]{1,5})?"
)
_MILITARY = r"(?i:apo|fpo|dpo)[ \t]+(?i:aa|ae|ap)[ \t]+[0-9]{5}\b"
_POSTCODE = r"[0-9]{3,6}(?:[- ][0-9]{2,4})?(?![0-9])"

# "28245 Puruntie 82", "17151 2450 Crown St 5", "86036 Rua do Arenque 1634", "Μεγάλη Άμμος 184"
_STREET_BODY = (
    rf"(?P<name>{_NAME})[ \t]+"
    rf"(?P<number>[0-9]{{1,5}}[A-Za-z]?\b\.?)(?![ \t]?[0-9:/.,-]?[0-9])"
    rf"(?:[ \t]+[0-9]{{1,5}}\b(?![ \t]?[0-9]))?"  # "Strada Provinciale 65 22"
    rf"(?:[ \t]+(?i:st|rd|ave)\b\.?)?(?:[ \t]*,?[ \t]*{_UNIT})*"
)
# In a block, a street line may end with more of its name: "Tungata 11 Rott Crossroad".
_TAIL: Final = re.compile(rf"[ \t]+(?P<tail>{_NAME})(?:[ \t]*,?[ \t]*{_UNIT})*")
_STREET: Final = re.compile(rf"(?P<lead>(?:{_HOUSE}[ \t]+){{0,2}}){_STREET_BODY}")
_NUMBERED_STREET: Final = re.compile(
    rf"(?<![\w.,-])(?P<lead>(?:{_HOUSE}[ \t]+){{1,2}}){_STREET_BODY}"
)
# What may follow a street inside a sentence: not a lower-case word ("2 Windows 10 licences").
_AFTER_STREET: Final = re.compile(r"[ \t]+[^\W\d_]")
_CUE_BEFORE: Final = re.compile(r"(?i:\b(?:at|to|in|on|is)|:)[ \t]*$")
_WORD_START: Final = re.compile(r"(?<!\S)\S")
_BOX_LINE: Final = re.compile(rf"(?<!\w)(?:{_BOX}|{_MILITARY})")
# Lines that open a block only with a postal line below them: a ship above its military
# post line ("USNS Møller" / "FPO AA 85844"), a house number and a street without a
# number after it ("1317 Kimberly Way Laidlaw Green" / "Apt. 962").
_SHIP: Final = re.compile(r"(?i:\bus(?:s|ns|nv|cgc)\b)")
_WEAK_OPENERS: Final = (
    re.compile(rf"(?i:uss|usns|usnv|uscgc)[ \t]+{_NAME}"),
    re.compile(rf"(?:{_HOUSE}[ \t]+){{1,2}}(?P<name>{_NAME})(?:[ \t]*,?[ \t]*{_UNIT})*"),
)
# Lines that may follow a street line in the same block (matched at the line's start).
_FOLLOWERS: Final = (
    re.compile(rf"{_UNIT}(?:[ \t]*,?[ \t]*{_UNIT})*"),
    re.compile(rf"{_BOX}|{_MILITARY}"),
    # "St Georges, QC 54256", "Hungary 18695", "Cyprus (Greek) 72423", ", GU", "53-320"
    re.compile(
        rf"(?:{_NAME}(?:[ \t]+\({_NAME}\))?)?(?:[ \t]*,[ \t]*{_LETTER}{{2,3}}\b)?"
        rf"(?:[ \t]*,?[ \t]*{_POSTCODE})?"
    ),
    re.compile(rf",?[ \t]*{_LETTER}{{2,3}}\b(?:[ \t]+{_POSTCODE})?"),
    re.compile(rf"(?:,[ \t]*)?(?:{_POSTCODE}|[0-9]{{1,2}}\b)"),
)
_REGION: Final = re.compile(rf",[ \t]*{_LETTER}{{2,3}}(?=[ \t]+[0-9])")
_PREFIX: Final = re.compile(r"[ \t>?*|]*")
_END: Final = re.compile(r"[ \t.,;!?]*")
# Function words other than a street's own particles: a line holding one is prose.
_PARTICLES: Final = frozenset(
    """
    de do da dos das del della delle di du des la le les los las el al van von der den
    u ul út utca tér gate vej gade str via
    """.split()  # noqa: SIM905  (word lists read better as text)
)
_FORM_WORDS: Final = frozenset(
    """
    address adresse phone tel mobile email fax name website date time when where
    thanks thank regards cheers best sincerely merci cordialement
    """.split()  # noqa: SIM905
)
# Months, which a date writes between two numbers ("13 mars 1985", "٢١ آذار ١٩٤٨").
_MONTHS: Final = frozenset(
    """
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre
    décembre decembre janv févr avr juil déc
    enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre
    januar februar märz juni juli oktober dezember gennaio febbraio aprile maggio giugno
    luglio settembre ottobre dicembre janeiro fevereiro março maio junho julho setembro
    outubro dezembro januari februari maart mei augustus
    يناير فبراير مارس أبريل ابريل ماي مايو يونيو يوليوز يوليو غشت أغسطس شتنبر سبتمبر أكتوبر
    اكتوبر نونبر نوفمبر دجنبر ديسمبر كانون الثاني شباط آذار نيسان أيار حزيران تموز آب أيلول
    تشرين الأول
    """.split()  # noqa: SIM905  (word lists read better as text)
)
_MAX_LINES = 7


@functools.cache
def _stops() -> frozenset[str]:
    stops = EN_STOP_WORDS | FR_STOP_WORDS  # "7827 DH sous 48h" is not a street
    return frozenset(w for w in stops if w not in _PARTICLES) | _FORM_WORDS


def _name_ok(name: str, *, numbered: bool) -> bool:
    """A street's name: capitalized (or, between two numbers, lower case), no prose word.

    Not a month ("13 mars 1985"), nor a letter alone ("51706 H 83", a plate; "8 h 00").
    """
    words = name.split()
    folded = [w.casefold().strip(".") for w in words]
    if any(w in _stops() or w in _MONTHS for w in folded):
        return False
    if len(words[0].rstrip(".")) < 2 and len(words) == 1:
        return False
    if words[0][0].isupper():
        return True
    # "0605 πεντέλης 210", "74678 midtvollen 130": lower case only between numbers, all of it
    return numbered and len(words) <= 3 and name.islower() and len(words[0]) > 1


def street_shapes(text: str) -> list[tuple[int, int]]:
    """Spans of "number, name, number" streets and post boxes anywhere in ``text``."""
    found = []
    for match in _NUMBERED_STREET.finditer(text):
        after = _AFTER_STREET.match(text, match.end())
        if after is not None and after.group()[-1].islower():
            continue
        name = match.group("name")
        cue = _CUE_BEFORE.search(text, max(0, match.start() - 12), match.start()) is not None
        # a one-digit number before a name is more often a quantity: "bghit 9 Redmi Note 13"
        house = len(match.group("lead").split()[0]) > 1 or cue
        if not house or not _name_ok(name, numbered=True):
            continue
        if name[0].isupper() or cue:  # "lives at 255 hersnapvej 18"
            found.append((match.start(), match.end()))
    found += [(m.start(), m.end()) for m in _BOX_LINE.finditer(text)]
    return found


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line's content, past its quote prefix."""
    lines = []
    position = 0
    for line in text.split("\n"):
        prefix = _PREFIX.match(line)
        start = position + (prefix.end() if prefix else 0)
        lines.append((start, position + len(line.rstrip())))
        position += len(line) + 1
    return lines


def _street_line(text: str, start: int, end: int, *, first: bool) -> tuple[int, bool] | None:
    """Start of a street shape ending the line (the whole line unless ``first``), or None.

    Also whether it is strong: a number on both sides of the name, or a post box.
    """
    line = text[start:end]
    numbers = any(char.isdigit() for char in line)
    ship = _SHIP.search(line) if first else None
    if not numbers and ship is None:  # most lines of a text: no street, nothing to try
        return None
    starts = [m.start() for m in _WORD_START.finditer(text, start, end)] if first else [start]
    for position in starts if numbers else ():
        box = _BOX_LINE.match(text, position, end)
        if box is not None and _END.fullmatch(text, box.end(), end):
            return position, True
        match = _STREET.match(text, position, end)
        if match is None:
            continue
        finish = match.end()
        tail = _TAIL.match(text, finish, end)
        if tail is not None and _name_ok(tail.group("tail"), numbered=False):
            finish = tail.end()
        if _END.fullmatch(text, finish, end) is None:
            continue
        numbered = bool(match.group("lead"))
        if _name_ok(match.group("name"), numbered=numbered):
            return position, numbered
    if first:
        weak_starts = starts if numbers or ship is None else [start + ship.start()]
        for position in weak_starts:
            for opener in _WEAK_OPENERS:
                weak = opener.match(text, position, end)
                if weak is None or _END.fullmatch(text, weak.end(), end) is None:
                    continue
                name = weak.groupdict().get("name")
                if name is None or _name_ok(name, numbered=False):
                    return position, False
    return None


def _follower(text: str, start: int, end: int) -> tuple[int, bool] | None:
    """End of the address shape that opens the line, and whether it fills the line."""
    best = start
    for pattern in _FOLLOWERS:
        match = pattern.match(text, start, end)
        if match is not None and match.end() > best:
            best = match.end()
    if best == start:
        return None
    # a region code before a postcode may be a stop word: "Portland, OR 97201", "Graz, at 8010"
    part = _REGION.sub(" ", text[start:best])
    words = [w.casefold().strip(".,()") for w in part.split()]
    if any(w in _stops() for w in words) or len(words) > 6:
        return None
    filled = _END.fullmatch(text, best, end) is not None
    if not filled and text[best : best + 1] not in ("?", "!", ".", ",", ";", " "):
        return None
    return best, filled


def postal_blocks(text: str) -> list[tuple[int, int, int]]:
    """``(start, end, lines)`` of each block of address lines opened by a street line.

    A street line without a house number before its name ("Via Franscini 71")
    opens a block only when a unit or a postcode line follows it.
    """
    if "\n" not in text:
        return []
    lines = _lines(text)
    blocks = []
    i = 0
    while i < len(lines):
        start, end = lines[i]
        opening = _street_line(text, start, end, first=True) if end > start else None
        if opening is None:
            i += 1
            continue
        strong = opening[1]
        block_end, count, j = end, 1, i + 1
        while j < len(lines) and count < _MAX_LINES:
            line_start, line_end = lines[j]
            if line_end <= line_start:
                break
            follower = _follower(text, line_start, line_end)
            street = _street_line(text, line_start, line_end, first=False)
            if street is not None and (follower is None or not follower[1]):
                strong = strong or street[1]
                block_end, count, j = line_end, count + 1, j + 1
                continue
            if follower is None:
                break
            strong = strong or any(c.isdigit() for c in text[line_start : follower[0]])
            block_end, count, j = follower[0], count + 1, j + 1
            if not follower[1]:
                break
        if count > 1 and strong:
            blocks.append((opening[0], block_end, count))
        i = j
    return blocks
