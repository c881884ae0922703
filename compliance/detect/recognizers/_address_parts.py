"""Addresses written as a chain of parts, the way Darija and Arabic street notation write them.

"derb sidi bouloukat zn9a 5 ra9m 12 9rib l jame3", "7ay nahda zn9a 14 ra9m 22",
"حي السلام زنقة 12 رقم 5 قرب الجامع", "Lot Al Wahda N° 45": no capitals to
anchor on, no commas between the parts, numbers introduced by a word ("ra9m",
"رقم", "N°") and landmarks ("9rib l jame3", "near the mosque", "قرب المسجد")
where a French address would have a postcode. ``address.py`` anchors on
capitalized street names; this module reads the text as tokens and returns
the chains:

* a chain starts at a *type* part: a quarter, street, lot, residence or
  building word with its name (up to three words that are not function words,
  any case) or its number ("zn9a 5", "7ay nahda", "درب السلطان", "عمارة 4");
  types that are also everyday words ("lot", "hay", "bloc", "villa") need a
  number in the part or another part after it;
* then joins: more type parts, number parts ("ra9m 12", "رقم 5", "N° 45", a
  bare number), landmark parts (a landmark word and up to three words after
  it), administrative units with their name ("commune Tamesloht", "إقليم
  الحوز"), places of the gazetteer ("casa", "فاس") and the old town ("mdina"),
  separated by spaces, commas or " - ";
* a number part may also start a chain when a type part follows ("ra9m 12
  zn9a 5"), and so may a bare house number, a quarter of the gazetteer right
  before a type word ("7 derb Sidi Bouloukat", "3in Chok bloc E") or a
  landmark ("l9rib mn jami3 lkbir, hay nahda");
* a landmark's name may hold "dyal" ("7da l7anout dyal l7aj"); "imm." keeps
  its full stop, "3e étage" is one number part, "lmdina l9dima" one old town;
  "dar" / "الدار" is a house only with its number ("الدار رقم 9", not "دار
  البصمة", he gave his fingerprint).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Final

from spacy.lang.en.stop_words import STOP_WORDS as EN_STOP_WORDS
from spacy.lang.fr.stop_words import STOP_WORDS as FR_STOP_WORDS

from compliance.detect.recognizers._fold import (
    ARABIC_LETTERS,
    alternation,
    arabic_stop_words,
    fold_text,
    fold_word,
)
from compliance.detect.recognizers.places import is_known_place

__all__ = ["address_chains"]

_L = "A-Za-zÀ-ÖØ-öø-ÿ"
_TOKEN: Final = re.compile(rf"[{_L}0-9°º#]+(?:['’][{_L}0-9]+)*|[{ARABIC_LETTERS}]+")
_GAP: Final = re.compile(r"[ \t]{1,3}|[ \t]*[,،][ \t]*|[ \t]+-[ \t]+|[ \t]*\n[ \t]*")
_NUMBER: Final = re.compile(r"[0-9]{1,5}(?:[a-z]|bis|ter)?|[0-9]{1,4}/[0-9]{1,3}")

# Types that only ever name a part of an address.
_TYPES: Final = frozenset(
    fold_word(w)
    for w in """
    zn9a znqa zanqa zenqa zan9a zen9a zn9at znqat derb drb 7ay l7ay 7ey l7ey douar dwar
    lotissement tajzi2a tajzia résidence residence immeuble 3imara l3imara 3mara rue avenue
    boulevard bd chari3 chare3 char3 impasse allée allee ruelle
    حي زنقة درب شارع تجزئة دوار إقامة اقامة عمارة شقة الطابق طابق ممر زقاق قيسارية بلوك
    الحي الزنقة الدرب الدوار الإقامة الاقامة العمارة الشقة التجزئة
    """.split()  # noqa: SIM905  (word lists read better as text)
)
# Types that are everyday words too ("a lot of", "hay" in English, "bloc" of text).
_WEAK_TYPES: Final = frozenset(
    fold_word(w)
    for w in """
    lot hay cité cite quartier secteur bloc blok block imm rés res appt app apt appartement
    villa étage etage chi9a chqa tab9a dar دار الدار
    """.split()  # noqa: SIM905  (word lists read better as text)
)
# Weak types that are also verbs or common nouns unless a number follows: "dar 12",
# "الدار رقم 9" (house number 9), not "دار البصمة" (he gave his fingerprint).
_NUMBERED_TYPES: Final = frozenset(fold_word(w) for w in "dar دار الدار".split())  # noqa: SIM905
# Abbreviated types written with their full stop ("imm. Lahlou", "rés. Al Amal").
_ABBREVIATED: Final = frozenset(fold_word(w) for w in "imm rés res appt app apt bd av lot".split())  # noqa: SIM905
# Words after a number that make it a floor ("3e étage", "2nd floor").
_FLOORS: Final = frozenset(fold_word(w) for w in "étage etage floor".split())  # noqa: SIM905
# Administrative units that end a rural address ("douar Ait Hammou, commune
# Tamesloht, province Al Haouz"): they join a chain, never start one.
_UNITS: Final = frozenset(
    fold_word(w)
    for w in """
    commune province préfecture prefecture région region cercle caidat caïdat jamaa
    جماعة الجماعة إقليم اقليم عمالة جهة دائرة قيادة
    """.split()  # noqa: SIM905  (word lists read better as text)
)
_NUMBER_WORDS: Final = frozenset(
    fold_word(w)
    for w in "ra9m rqm raqm r9m n n° nº no num numero numéro nr # رقم عدد".split()  # noqa: SIM905
)
# Landmark words; the words after them name the landmark ("9rib l jame3 nour").
_LANDMARKS: Final = frozenset(
    fold_word(w)
    for w in """
    9rib qrib grib l9rib lqrib 7da hda 7dak jnb jenb m9abel mqabel 9bala mor wra near opposite
    behind قرب بقرب قريب قريبة جنب بجانب حدا حدى بحدا حداك مقابل قبالة وراء خلف أمام امام
    """.split()  # noqa: SIM905  (word lists read better as text)
)
_LANDMARK_PHRASES: Final = (
    ("pres", "de"),
    ("a", "cote", "de"),
    ("a", "cote", "du"),
    ("a", "cote", "des"),
    ("juste", "a", "cote", "de"),
    ("pres", "du"),
    ("en", "face", "du"),
    ("en", "face", "de"),
    ("derriere",),
    ("next", "to"),
    ("close", "to"),
    ("in", "front", "of"),
    ("9rib", "mn"),
    ("l9rib", "mn"),
    ("قريب", "من"),
    ("قريبة", "من"),
    ("9rib", "men"),
    ("qrib", "mn"),
    ("بالقرب", "من"),
)
_LANDMARK_STARTS: Final = _LANDMARKS | frozenset(phrase[0] for phrase in _LANDMARK_PHRASES)
# Words of a name that may sit inside it without counting as one ("derb sidi
# bouloukat", "zn9a ibn battouta", "9rib l jame3").
_PARTICLES: Final = frozenset(
    fold_word(w)
    for w in """
    l el al la le les de du des d' d’ ibn ben bnou ould sidi moulay lalla the of ait aït
    oulad ouled bni beni bou
    """.split()  # noqa: SIM905  (word lists read better as text)
)
_OLD_TOWN: Final = frozenset(fold_word(w) for w in "mdina lmdina médina medina المدينة".split())  # noqa: SIM905
_OLD: Final = frozenset(fold_word(w) for w in "l9dima lqdima lqadima ancienne القديمة".split())  # noqa: SIM905
# Words a landmark's name may hold: "7da l7anout dyal l7aj" (the haj's shop).
_OF: Final = frozenset(fold_word(w) for w in "dyal dial d ديال".split())  # noqa: SIM905
# Darija function words: a name stops before them.
_DARIJA_STOPS: Final = frozenset(
    fold_word(w)
    for w in """
    w o f fi mn men dyal dyali dyalna dyalek ana nta nti howa hiya hna 7na kan kant ghadi
    bghit 3afak chokran merci daba lyoum ghda wach ila hit bach li lli walakin 3la m3a tma
    rah raha rani kayn kayna wa fin ach chno chnou ok svp stp please thanks zwin mzyan
    principale secondaire
    """.split()  # noqa: SIM905  (word lists read better as text)
)
_MAX_NAME_WORDS = 3
_MAX_PARTS = 10


@dataclass(frozen=True)
class _Token:
    start: int
    end: int
    word: str  # folded
    arabic: bool


@functools.cache
def _latin_stops() -> frozenset[str]:
    stops = {fold_word(w) for w in FR_STOP_WORDS | EN_STOP_WORDS} | _DARIJA_STOPS
    return frozenset(stops - _PARTICLES)


def _tokens(text: str) -> list[_Token]:
    folded = fold_text(text)
    return [
        _Token(m.start(), m.end(), folded[m.start() : m.end()], m.group()[0] >= "\u0600")
        for m in _TOKEN.finditer(text)
    ]


def _type_word(token: _Token) -> str | None:
    """Whether a type word is "strong" or "weak"; an Arabic one may carry a clitic ("فحي")."""
    word = token.word
    if token.arabic and word not in _TYPES and len(word) > 2 and word[0] in "وفبل":
        word = word[1:]
    if word in _TYPES:
        return "strong"
    if word in _WEAK_TYPES:
        return "weak"
    return None


def _is_number(token: _Token) -> bool:
    return _NUMBER.fullmatch(token.word) is not None


_DIGITS_AFTER: Final = re.compile(r"[ .-]?[0-9]+\b")


def _special(token: _Token) -> bool:
    """A word that starts a part of its own, so it ends the name before it."""
    return (
        _type_word(token) is not None
        or token.word in _NUMBER_WORDS
        or token.word in _LANDMARKS
        or token.word.startswith(("n°", "nº"))
    )


class _Reader:
    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = _tokens(text)
        self.latin_stops = _latin_stops()
        self.arabic_stops = arabic_stop_words()

    def joined(self, i: int) -> bool:
        """Whether token ``i`` follows token ``i - 1`` across an address separator."""
        gap = self.text[self.tokens[i - 1].end : self.tokens[i].start]
        return _GAP.fullmatch(gap) is not None

    def stop(self, token: _Token) -> bool:
        stops = self.arabic_stops if token.arabic else self.latin_stops
        return token.word in stops

    def name(
        self, i: int, *, limit: int = _MAX_NAME_WORDS, inside: frozenset[str] = frozenset()
    ) -> tuple[int, bool]:
        """End index of the name starting at ``i`` (words or a number), and whether it has one.

        Words of ``inside`` may join two words of the name without counting.
        """
        j, counted, number = i, 0, False
        while j < len(self.tokens) and counted < limit and (j == i or self._spaced(j)):
            token = self.tokens[j]
            if token.word in inside and j > i and j + 1 < len(self.tokens) and self._spaced(j + 1):
                j += 1
                continue
            if _special(token) or self.stop(token):
                break
            if _is_number(token):
                if self.phone_like(j):
                    break
                j, number = j + 1, True
                break
            if token.word not in _PARTICLES:
                counted += 1
            j += 1
        while j > i and (
            self.tokens[j - 1].word in _PARTICLES or self.tokens[j - 1].word in inside
        ):
            j -= 1
        return j, number or counted > 0

    def phone_like(self, i: int) -> bool:
        """A number that is the first group of a longer one (a phone: "06 44 24 06 35")."""
        return _DIGITS_AFTER.match(self.text, self.tokens[i].end) is not None

    def _type_follows(self, i: int) -> bool:
        """Whether token ``i`` is a type word one space after the previous token."""
        return (
            0 < i < len(self.tokens) and self._spaced(i) and _type_word(self.tokens[i]) is not None
        )

    def _abbreviated(self, i: int) -> bool:
        """An abbreviated type and its full stop before the name: "imm. Lahlou"."""
        if self.tokens[i].word not in _ABBREVIATED or i + 1 >= len(self.tokens):
            return False
        return self.text[self.tokens[i].end : self.tokens[i + 1].start] in (". ", ".")

    @staticmethod
    def _numbered(token: _Token) -> bool:
        word = token.word
        if token.arabic and word not in _NUMBERED_TYPES and word[:1] in "وفبل":
            word = word[1:]
        return word in _NUMBERED_TYPES

    def _spaced(self, j: int) -> bool:
        gap = self.text[self.tokens[j - 1].end : self.tokens[j].start]
        return gap in (" ", "  ", "\t")

    def part(self, i: int, *, anchor: bool) -> tuple[int, str] | None:
        """End index and kind of the address part starting at token ``i``."""
        token = self.tokens[i]
        kind = _type_word(token)
        if kind is not None and self._numbered(token):
            place = self._place(i)  # "الدار البيضاء" is Casablanca, not a house
            if place is not None:
                return place, "place"
        if kind is not None:
            if i + 1 >= len(self.tokens) or not (self._spaced(i + 1) or self._abbreviated(i)):
                return None
            end, named = self.name(i + 1)
            if not named:
                # "الدار رقم 9", "imm n° 4": the type's name is its number part.
                number = self.part(i + 1, anchor=True)
                if number is None or number[1] != "number":
                    return None
                end = number[0]
            has_number = any(_is_number(t) for t in self.tokens[i + 1 : end])
            if not has_number and self._numbered(token):
                return None
            return end, "type" if kind == "strong" or has_number else "weak"
        if token.word in _NUMBER_WORDS or token.word.startswith(("n°", "nº")):
            rest = token.word[2:] if token.word.startswith(("n°", "nº")) else ""
            if rest and _NUMBER.fullmatch(rest):
                return i + 1, "number"
            if (
                i + 1 < len(self.tokens)
                and _is_number(self.tokens[i + 1])
                and not self.phone_like(i + 1)
            ):
                return i + 2, "number"
            return None
        if anchor:
            # What may come before the street it locates: a landmark ("l9rib mn jami3
            # lkbir, hay nahda"), a quarter of the gazetteer ("3in Chok bloc E"), the
            # house number ("7 derb Sidi Bouloukat"). The chain still needs a type part.
            # A number or a quarter needs the type word right after it, a space between:
            # "Souissi, 198, avenue..." is a name and a number before an address.
            if _is_number(token):
                if self.phone_like(i) or not self._type_follows(i + 1):
                    return None
                return i + 1, "number"
            # Cheap tests first: this runs at every word of a text that holds an address word.
            if token.word in _LANDMARK_STARTS:
                landmark = self._landmark(i)
                if landmark is not None:
                    return landmark, "landmark"
            if not any(self._type_follows(k) for k in range(i + 1, min(i + 4, len(self.tokens)))):
                return None
            place = self._place(i)
            return None if place is None or not self._type_follows(place) else (place, "place")
        if _is_number(token):
            if self.phone_like(i) or token.word[0] == "0":
                return None
            following = i + 1
            if following < len(self.tokens) and self.tokens[following].word in _FLOORS:
                return following + 1, "number"  # "3e étage"
            return following, "number"
        landmark = self._landmark(i)
        if landmark is not None:
            return landmark, "landmark"
        if token.word in _UNITS and i + 1 < len(self.tokens) and self._spaced(i + 1):
            end, named = self.name(i + 1)
            if named and end > i + 1:
                return end, "unit"
        place = self._place(i)
        if place is not None:
            return place, "place"
        return None

    def _landmark(self, i: int) -> int | None:
        words = [t.word for t in self.tokens[i : i + 3]]
        length = 1 if words[0] in _LANDMARKS else 0
        for phrase in _LANDMARK_PHRASES:
            if tuple(words[: len(phrase)]) == phrase:
                length = max(length, len(phrase))
        if not length or i + length >= len(self.tokens):
            return None
        end, named = self.name(i + length, inside=_OF)
        return end if named and end > i + length else None

    def _place(self, i: int) -> int | None:
        token = self.tokens[i]
        if token.word in _OLD_TOWN:
            if i + 1 < len(self.tokens) and self.tokens[i + 1].word in _OLD and self._spaced(i + 1):
                return i + 2  # "lmdina l9dima", "المدينة القديمة"
            return i + 1
        for size in (3, 2, 1):
            if i + size > len(self.tokens):
                continue
            start, end = token.start, self.tokens[i + size - 1].end
            words = self.text[start:end]
            forms = [words]
            # a clitic glued to the name ("بفاس"), unless the letter is the name's own ("بركان")
            if token.arabic and len(words) > 3 and words[0] in "وفبل":
                forms.append(words[1:])
            if (size == 1 or all(self._spaced(k) for k in range(i + 1, i + size))) and any(
                is_known_place(form) or is_known_place(fold_word(form)) for form in forms
            ):
                return i + size
        return None


@functools.cache
def _starts() -> re.Pattern[str]:
    """Any word a chain may start with: most texts have none and are not tokenized."""
    latin = [w for w in (*_TYPES, *_WEAK_TYPES, *_NUMBER_WORDS) if w[0] < "\u0600"]
    arabic = [w for w in (*_TYPES, *_WEAK_TYPES, *_NUMBER_WORDS) if w[0] >= "\u0600"]
    return re.compile(
        rf"(?<![\w])(?:{alternation(latin)})|(?<![{ARABIC_LETTERS}])[وفبل]?(?:{alternation(arabic)})"
    )


def address_chains(text: str) -> list[tuple[int, int, int]]:
    """``(start, end, parts)`` of each chain of address parts holding a type part."""
    if _starts().search(fold_text(text)) is None:
        return []
    reader = _Reader(text)
    tokens = reader.tokens
    chains: list[tuple[int, int, int]] = []
    i = 0
    while i < len(tokens):
        first = reader.part(i, anchor=True)
        if first is None:
            i += 1
            continue
        kinds = [first[1]]
        end = first[0]
        while len(kinds) < _MAX_PARTS and end < len(tokens) and reader.joined(end):
            following = reader.part(end, anchor=False)
            if following is None:
                break
            kinds.append(following[1])
            end = following[0]
        strong = "type" in kinds or ("weak" in kinds and len(kinds) > 1)
        if strong:
            start = tokens[i].start
            if tokens[i].arabic and _type_word(tokens[i]) and tokens[i].word not in _TYPES:
                start += 1  # the clitic of "فحي" stays outside the address
            chains.append((start, tokens[end - 1].end, len(kinds)))
            i = end
        else:
            i += 1
    return chains
