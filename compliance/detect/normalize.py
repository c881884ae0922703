"""The canonical view of a text that detection reads, and the map back to the original.

A value can be written in many ways that a reader (or a model) reads as the
same: digits in three scripts (0661, ٠٦٦١, ۰۶۶۱), full-width (０６６１) or
mathematical ones (𝟎𝟔𝟔𝟏); letters borrowed from another script (a Cyrillic
"В" in "ВЕ384721"); invisible characters between the characters of a value
(a word joiner, a soft hyphen, a combining grapheme joiner, direction marks
copied from right-to-left text); a JSON escape (``\\u0036``) left in text.
Every recognizer would have to know all of that; instead the engine analyzes
a canonical copy (:func:`normalize`) where:

* each character is in its NFKC compatibility form (full-width, mathematical,
  circled and superscript forms, ligatures, Arabic presentation forms);
* every default-ignorable code point, format character (``Cf``) and
  combining mark (``Mn``, ``Me``: harakat, accents typed as marks) and the
  tatweel are removed;
* decimal digits of every script are ASCII digits; Latin look-alike letters
  of Cyrillic and Greek are their Latin letters; dashes are "-", spaces " ",
  line and paragraph separators a newline;
* a ``\\uXXXX`` escape written in the text is the character it stands for.

Structured identifiers are also written with separators and in lower case
("be-384-721", "06 61.23-45/67", "MA64.0115…"): :func:`compact` gives a second
view of the canonical text where separators inside number-like runs are
removed and letters next to digits upper-cased, for the recognizers of those
identifiers only.

Each view keeps, for each of its characters, the index of the original
character it came from; :meth:`Normalized.original_span` maps a detected span
back to the text the caller sent, so the minimizer replaces exactly what the
writer typed, invisible characters included.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Final

__all__ = ["Normalized", "compact", "normalize"]

# Unicode's Default_Ignorable_Code_Point (DerivedCoreProperties.txt) beyond the
# format characters (Cf), which are all removed too.
_DEFAULT_IGNORABLE: Final = (
    (0x00AD, 0x00AD),  # soft hyphen (also Cf)
    (0x034F, 0x034F),  # combining grapheme joiner
    (0x061C, 0x061C),  # Arabic letter mark
    (0x115F, 0x1160),  # Hangul fillers
    (0x17B4, 0x17B5),
    (0x180B, 0x180F),  # Mongolian variation selectors
    (0x200B, 0x200F),  # zero-width space, joiners, direction marks
    (0x202A, 0x202E),
    (0x2060, 0x206F),  # word joiner, invisible operators, isolates
    (0x3164, 0x3164),
    (0xFE00, 0xFE0F),  # variation selectors
    (0xFEFF, 0xFEFF),
    (0xFFA0, 0xFFA0),
    (0xFFF0, 0xFFF8),
    (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A),
    (0xE0000, 0xE0FFF),  # tags, variation selectors supplement
)
_REMOVED_CATEGORIES: Final = frozenset({"Cf", "Mn", "Me", "Cc"})
_KEPT_CONTROLS: Final = frozenset("\t\n\r")
_TATWEEL: Final = "\u0640"

# Cyrillic, Greek and Coptic letters that a reader takes for Latin ones, beyond those of
# Unicode's confusables.txt (data/confusables.tsv, see scripts/make_confusables.py):
# lower-case forms a reader takes for Latin letters in an identifier ("н" for "h").
_OWN_CONFUSABLES: Final = (
    {
        # Cyrillic capitals
        "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P",
        "С": "C", "Т": "T", "Х": "X", "У": "Y", "І": "I", "Ј": "J", "Ѕ": "S", "Ү": "Y",
        "Ԛ": "Q", "Ԝ": "W", "Ӏ": "I", "Ԁ": "D", "З": "3", "Ч": "4", "Б": "6",
        # Cyrillic small
        "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i",
        "ј": "j", "ѕ": "s", "ԁ": "d", "ԛ": "q", "ԝ": "w", "һ": "h", "ӏ": "l", "ү": "y",
        "к": "k", "м": "m", "н": "h", "т": "t", "в": "b", "г": "r", "п": "n", "ь": "b",
        # Greek capitals
        "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M",
        "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
        # Greek small
        "ο": "o", "ν": "v", "ι": "i", "κ": "k", "ρ": "p", "υ": "u", "χ": "x", "α": "a",
        "τ": "t", "ϲ": "c", "ϳ": "j", "ε": "e",
        # Coptic, written with Greek letter shapes
        "Ⲁ": "A", "ⲁ": "a", "Ⲃ": "B", "Ⲉ": "E", "ⲉ": "e", "Ⲍ": "Z", "Ⲏ": "H", "Ⲓ": "I",
        "ⲓ": "i", "Ⲕ": "K", "ⲕ": "k", "Ⲙ": "M", "Ⲛ": "N", "Ⲟ": "O", "Ⲣ": "P", "ⲣ": "p",
        "Ⲥ": "C", "ⲥ": "c", "Ⲧ": "T", "Ⲩ": "Y", "Ⲭ": "X", "ⲭ": "x",
    }
)  # fmt: skip


def _confusables() -> dict[int, str]:
    """Every character a reader takes for an ASCII letter, digit or separator, and that one."""
    table: dict[int, str] = {}
    data = Path(__file__).with_name("data") / "confusables.tsv"
    for line in data.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            code, _, target = line.partition("\t")
            table[int(code, 16)] = target
    table.update({ord(source): target for source, target in _OWN_CONFUSABLES.items()})
    return table


_CONFUSABLES: Final = _confusables()
_DIGIT_WORDS: Final = (
    "ZERO",
    "ONE",
    "TWO",
    "THREE",
    "FOUR",
    "FIVE",
    "SIX",
    "SEVEN",
    "EIGHT",
    "NINE",
)
_DIGIT_NAME: Final = re.compile(r"\bDIGIT (" + "|".join(_DIGIT_WORDS) + r")\b")
_TO_NEWLINE: Final = frozenset("\u2028\u2029\x85\x0b\x0c")
_ESCAPE: Final = r"\\u[0-9a-fA-F]{4}"


def _ignorable(code: int) -> bool:
    return any(low <= code <= high for low, high in _DEFAULT_IGNORABLE)


def _fold_one(char: str) -> str:
    """The canonical form of one character that NFKC already decomposed."""
    category = unicodedata.category(char)
    if char in _TO_NEWLINE:
        return "\n"
    if (category in _REMOVED_CATEGORIES and char not in _KEPT_CONTROLS) or _ignorable(ord(char)):
        return ""
    if char == _TATWEEL:
        return ""
    if category == "Nd":
        return str(unicodedata.decimal(char))
    if category == "No":  # circled, dingbat and parenthesized digits NFKC leaves: ❻ ➏ 🄋
        digit = unicodedata.digit(char, None)
        if digit is None:
            name = _DIGIT_NAME.search(unicodedata.name(char, ""))
            digit = _DIGIT_WORDS.index(name.group(1)) if name else None
        if digit is not None:
            return str(digit)
    if category == "Zs":
        return " "
    if category == "Pd" or char == "\u2212":  # dashes and the minus sign
        return "-"
    if char in "\u2215\u2044":  # division and fraction slashes
        return "/"
    return char.translate(_CONFUSABLES)


@functools.lru_cache(maxsize=65536)
def _canonical_char(char: str) -> str:
    """The canonical form of ``char`` (possibly empty, possibly several characters)."""
    return "".join(_fold_one(c) for c in unicodedata.normalize("NFKC", char))


def _safe_class() -> str:
    """A regex class of the characters (below U+0800) that are their own canonical form."""
    safe = [chr(code) for code in range(0x800) if _canonical_char(chr(code)) == chr(code)]
    ranges: list[str] = []
    start = prev = ord(safe[0])
    for char in [*safe[1:], "\U0010ffff"]:
        code = ord(char)
        if code == prev + 1:
            prev = code
            continue
        ranges.append(re.escape(chr(start)) + ("-" + re.escape(chr(prev)) if prev > start else ""))
        start = prev = code
    return "".join(ranges)


# What needs work: a character outside the safe class, or an escape written in the text.
_SPECIAL: Final = re.compile(f"{_ESCAPE}|[^{_safe_class()}]")


@dataclass(frozen=True, slots=True)
class Normalized:
    """A view of a text and, when lengths changed, where each character came from.

    Attributes:
        text: What the recognizers analyze.
        origin: ``origin[i]`` is the index in the original text of ``text[i]``,
            followed by one last entry, the original length; ``None`` when the
            view has the original's offsets.
    """

    text: str
    origin: tuple[int, ...] | None = None

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Return the original offsets of the view's span ``[start, end)``.

        A span ends after the original of its last character, so a removed
        mark between two of its characters stays inside it, and one after it
        stays outside.
        """
        if self.origin is None:
            return start, end
        if end <= start:
            return self.origin[start], self.origin[start]
        return self.origin[start], self.origin[end - 1] + 1

    def then(self, inner: Normalized) -> Normalized:
        """The view ``inner`` (a view of this view's text) mapped to this one's original."""
        if inner.origin is None:
            return Normalized(inner.text, self.origin)
        if self.origin is None:
            return inner
        origin = self.origin
        return Normalized(inner.text, tuple(origin[index] for index in inner.origin))


def _replacement(token: str) -> str:
    if len(token) == 6 and token.startswith("\\u"):
        return _canonical_char(chr(int(token[2:], 16)))
    return _canonical_char(token)


def normalize(text: str) -> Normalized:
    """Return the canonical view of ``text`` (see the module docstring).

    Args:
        text: Any text; it is read, never stored.

    Returns:
        The canonical text and, when its length changed, its offset map.
    """
    if text.isascii() and "\\u" not in text:
        return Normalized(text)
    parts: list[str] = []
    origin: list[int] = []
    shifted = False
    position = 0
    for match in _SPECIAL.finditer(text):
        start, end = match.span()
        if start > position:
            parts.append(text[position:start])
            origin.extend(range(position, start))
        replacement = _replacement(match.group())
        if len(replacement) != end - start:
            shifted = True
        parts.append(replacement)
        origin.extend([start] * len(replacement))
        position = end
    if position == 0:
        return Normalized(text)
    parts.append(text[position:])
    origin.extend(range(position, len(text)))
    canonical = "".join(parts)
    if not shifted:
        return Normalized(canonical)
    origin.append(len(text))
    return Normalized(canonical, tuple(origin))


# Number-like runs: alphanumeric chunks joined by runs of separators. A separator is
# what people put between the groups of a number, or between its characters to
# slip it past a filter: spaces, dots, dashes, slashes, underscores, commas, colons,
# semicolons, pipes, stars, brackets, quotes (other scripts' forms are folded to
# these by the canonical view).
_SEPARATOR_CHARS: Final = " \t\n\r._/,:;|*()[]'\"-"
_SEPARATOR_CLASS: Final = re.escape(_SEPARATOR_CHARS)
_CHUNK: Final = re.compile(rf"[^\W_]+|[{_SEPARATOR_CLASS}]+|@|[^\w{_SEPARATOR_CLASS}@]+")
_SEPARATORS: Final = frozenset(_SEPARATOR_CHARS)
_DIGIT: Final = re.compile(r"[0-9]")
# Where a glued chunk changes between letters and digits ("CINBE384721", "x4111…").
_RUNS: Final = re.compile(r"[0-9]+|[^\W0-9_]+")
# A word that starts with a digit: Arabizi ("3afak", "9bel", "7na"), ordinals ("2eme").
# It follows a number as the next word, never as the number's next group.
_DIGIT_LED_WORD: Final = re.compile(r"[0-9]{1,2}[^\W0-9_]{2,}")


def _digit_run(chunks: list[str], index: int) -> int:
    """Digits in the run of digit chunks starting at ``chunks[index]`` ("384-721": 6)."""
    count = 0
    while index < len(chunks) and chunks[index].isdigit():
        count += len(chunks[index])
        if not (index + 2 < len(chunks) and chunks[index + 1][0] in _SEPARATORS):
            break
        index += 2
    return count


def _joins(chunks: list[str], index: int) -> bool:
    """Whether the separator ``chunks[index]`` lies inside one value."""
    left, separator, right = chunks[index - 1], chunks[index], chunks[index + 1]
    if left[-1].isdigit() and right[0].isdigit():
        # "06 61", "384-721", "0115.1900", "06 | 61", "(06)(61)"; not the zero fraction
        # of a number ("4111111111111111.0", "12,00"), nor a word after a number
        # ("k 234567 3afak": "please", in Darija's Latin letters)
        if _DIGIT_LED_WORD.fullmatch(right):
            return False
        return not (
            separator in ".," and len(left) >= 6 and len(right) <= 2 and not right.strip("0")
        )
    if left.isalpha() and len(left) <= 2 and right.isdigit() and len(right) >= 3:
        # "BE 384721", "be-384-721", "G 134567890"; not "le 12/03/2024"
        return 5 <= _digit_run(chunks, index + 1) <= 9
    # One character at a time: "B E 3 8 4", "B-E-3-8-4", "k a r i m"; a dot between
    # two letters is kept (the "l . c" of a spelled-out e-mail).
    if len(left) == 1 and len(right) == 1:
        return not (separator.strip() == "." and left.isalpha() and right.isalpha())
    return False


def _separator(chunks: list[str], index: int, email: bool) -> str:
    """What is left of the separator chunk ``chunks[index]`` in the identifier view."""
    left, separator, right = chunks[index - 1], chunks[index], chunks[index + 1]
    if "@" in (left, right) and not separator.strip(" \t\"'"):
        return ""  # "karim @ gmail.com", '"karim.benali"@gmail.com'
    if not (left[-1].isalnum() and right[0].isalnum()):
        return separator
    if _joins(chunks, index):
        return ""  # any separator between digits: "06 61", "0~6~6~1", "4+1+1+1"
    if left[-1].isdigit() and right[0].isdigit():
        return " "  # a zero fraction ("4111111111111111.0") is set apart from its number
    if separator[0] not in _SEPARATORS:
        if "+" in separator and left.isalpha() and right[0].isdigit():
            return " "  # "m+0661234567": a plus glued to a word starts no number
        return separator
    if separator.strip() == "." and len(left) == 1 and len(right) == 1:
        return "."  # "l . c"
    if separator.strip() == "." and email and separator[0].isspace():
        return "."  # "karim . benali @ gmail . com"; not the full stop after an e-mail
    if "_" in separator:
        return " "  # "tel_0661234567": an underscore is no part of a value
    return separator


def _digit_at(chunks: list[str], index: int) -> bool:
    """Whether the "@" at ``index`` stands between two short groups of digits."""
    left, right = chunks[index - 1], chunks[index + 1]
    return left.isdigit() and right.isdigit() and len(left) <= 4 and len(right) <= 4


def _iban_like(text: str) -> bool:
    """Two letters, two check digits and a number that pass ISO 13616's mod 97."""
    if len(text) < 15 or not (text[:2].isalpha() and text[2:].isdigit()):
        return False
    moved = text[4:] + text[:4]
    return int("".join(str(int(c, 36)) for c in moved.upper())) % 97 == 1


def _glue_points(chunk: str) -> list[int]:
    """Where a label glued to a value ends: "CINBE384721" at 3, "tel0661234567" at 3.

    A letter run before a long digit run is cut where the value's own shape starts:
    two letters before five or six digits (a CIN) or before an IBAN's digits,
    else at the digits. A CIN ("BE384721") or an IBAN ("MA64…") alone is not cut,
    nor are codes of one or two letters and fewer than 15 digits (a licence
    "U62928788557186") or short codes ("A12", "covid19"); a card number glued to one
    letter is ("x4111111111111111"), and digits of ten or more glued to letters after
    them ("0661234567tel") are cut from them too.
    """
    runs = [match.span() for match in _RUNS.finditer(chunk)]
    points: list[int] = []
    for (a, b), (c, d) in itertools.pairwise(runs):
        if chunk[a].isdigit():
            if b - a >= 5 and b == c:
                points.append(b)  # digits, then letters: "0661234567tel", "BE384721X"
            continue
        if b != c:
            continue
        letters, digits = chunk[a:b], chunk[c:d]
        if len(digits) < 5:
            continue
        iban = _iban_like(letters[-2:] + digits)
        if len(letters) <= 2 and (len(digits) < 15 or iban):
            continue  # the value itself ("BE384721"), or a code ("U62928788557186")
        if len(digits) <= 6 or iban:
            points.append(b - min(2, len(letters) - 1))
        else:
            points.append(c)
    return [point for point in points if point > 0]


def compact(text: str) -> Normalized | None:
    """The identifier view of a canonical text, or ``None`` when it is the same text.

    Separators between two chunks of one value are removed, spaces around "@"
    and around the dots of an e-mail too, labels glued to a value are cut from
    it, and chunks with digits or joined to digits are upper-cased:
    "be-384-721" reads "BE384721", "k a r i m @ g m a i l . c o m" reads
    "karim@gmail.com", "tel_0661234567" and "CINBE384721" read "tel 0661234567"
    and "CIN BE384721".
    """
    # Every identifier holds a digit or an "@": a text with neither has none to set apart.
    if "@" not in text and _DIGIT.search(text) is None:
        return None
    chunks = _CHUNK.findall(text)
    email = "@" in text
    keep: list[str] = []
    origin: list[int] = []
    changed = False
    position = 0
    for index, chunk in enumerate(chunks):
        start = position
        position += len(chunk)
        if chunk[0] in _SEPARATORS and "_" in chunk and index in (0, len(chunks) - 1):
            keep.append(chunk.replace("_", " "))  # "0661234567_": a value's edge
            origin.extend(range(start, start + len(chunk)))
            changed = True
            continue
        if chunk == "@" and 0 < index < len(chunks) - 1 and _digit_at(chunks, index):
            changed = True  # "4@1@1@1...", "4111@1111@...": an "@" between digit groups
            continue
        if not chunk[0].isalnum() and chunk != "@" and 0 < index < len(chunks) - 1:
            kept = _separator(chunks, index, email)
            if kept != chunk:
                changed = True
                if kept == " ":
                    keep.append(kept)
                    origin.append(start)
                elif kept:
                    keep.append(kept)
                    origin.append(start + chunk.index(kept))
                continue
        alnum = chunk.isalnum()
        if alnum and not chunk.isupper() and _has_digit_near(chunks, index):
            upper = chunk.upper()
            changed = changed or upper != chunk
            chunk = upper
        glued = alnum and not chunk.isdigit() and _DIGIT.search(chunk) is not None
        cuts = _glue_points(chunk) if glued else []
        previous = 0
        for cut in cuts:
            keep.append(chunk[previous:cut] + " ")
            origin.extend(range(start + previous, start + cut))
            origin.append(start + cut)  # the space stands before the value
            previous = cut
        changed = changed or bool(cuts)
        keep.append(chunk[previous:])
        origin.extend(range(start + previous, start + len(chunk)))
    if not changed:
        return None
    origin.append(len(text))
    return Normalized("".join(keep), tuple(origin))


def _has_digit_near(chunks: list[str], index: int) -> bool:
    """A chunk holding a digit, or a short letter chunk right before digits ("be 384721")."""
    if _DIGIT.search(chunks[index]) is not None:
        return True
    return (
        index + 2 < len(chunks)
        and chunks[index + 1][0] in _SEPARATORS
        and chunks[index + 2][0].isdigit()
        and _joins(chunks, index + 1)
    )
