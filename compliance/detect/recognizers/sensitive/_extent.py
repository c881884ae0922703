"""How far a found phrase reaches: its subject on the left, the rest of its clause on the right.

The annotation rule is "the phrase that reveals the category about a person":
"je suis diabétique", "I was arrested for drink-driving", "أنا عضو في حزب
الاستقلال", "kandir dialyse 3 merrat f simana". A rule's group ``v`` holds
the attribute ("diabétique", "arrested"); the words that tie it to somebody
and those that complete it are part of what the text discloses.

* On the left, the words the rule read before ``v`` (its subject and copula:
  "je suis", "my cousin was", "أنا مصابة") join the phrase, walked back word
  by word from ``v`` and only while each word is one the rules' vocabularies
  spell out (a pronoun, a kin word, a verb): a name in between ("mon fils
  Reda est") is never one of them, so the walk stops before it and the name
  stays a PERSON.
* On the right, the clause goes on ("depuis 2018", "pour trafic de
  stupéfiants", "بتهمة السرقة", "kol nhar") for a few words, up to
  punctuation, a conjunction or a new subject, a capitalized word, a code,
  an entity of the NER or a word of the names and places gazetteers: the
  extent only covers words that no other recognizer would claim, so the
  phrase never hides a name or a place (a sensitive span stays in the text).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from typing import Final

from compliance.detect.recognizers._fold import ARABIC_LETTERS, fold_text, fold_word, load_data

__all__ = ["clause_end", "known_words", "subject_start"]

# Words of the clause after the phrase, at most.
_RIGHT_WORDS: Final = 4
# Words of the subject before the attribute, at most ("ma grande soeur a été").
_LEFT_WORDS: Final = 7
# Known words before the rule's own match that still belong to the subject ("أنا", "je suis").
_BEYOND: Final = 4

_WORD: Final = re.compile(r"\S+")
# A word of an entry, Darija's digits for letters included ("3ndi"); an optional last
# letter ("مريضه?", "hospitalisee?") gives both spellings.
_TOKEN: Final = re.compile(
    rf"([a-z0-9{ARABIC_LETTERS}]*[a-z{ARABIC_LETTERS}][a-z0-9{ARABIC_LETTERS}]*)(\??)"
)
_PUNCT: Final = frozenset('.,;:!?()[]{}"«»“”،؛؟|/\n')
_ELIDED: Final = re.compile(r"^(?:[ldjmnst]|qu)['’]")
_CLITIC: Final = re.compile(r"^[وفبلك]")
_ARTICLE: Final = re.compile(r"^[وفبلك]?(?:ال|لل)?")
_NUMBER: Final = re.compile(r"^[0-9٠-٩۰-۹]{1,4}$")
_DIGIT: Final = re.compile(r"[0-9٠-٩۰-۹]")


def _folded_words(words: str) -> frozenset[str]:
    return frozenset(fold_text(word) for word in words.split())


# A clause ends before these: a conjunction, a new subject, a courtesy, a title before a name.
_STOP: Final = frozenset(
    fold_text(word)
    for word in " ".join(
        (
            "et and w o wa ou or mais but donc so car because parce puisque since que qui",
            "that which who whom whose where when quand lorsque si if ila ilaa ach wach chno",
            "lakin walakin wlakin mais pourtant however alors then puis",
            "je tu il elle on nous vous ils elles i you he she we they me moi",
            "ana nta nti howa hiya huwa 7na hna a7na ntoma homa",
            "merci thanks thank please svp stp 3afak 3fak bonjour salut salam hello hi",
            "docteur dr doctor mr mrs ms mme mlle madame monsieur tbib tbiba",
            "mon ma mes my",
            "ولكن لكن لان لأن حيت حيث اذا إذا ملي باش واش انا أنا هو هي نحن حنا احنا",
            "شكرا عافاك الطبيب الطبيبة الدكتور الدكتورة السيد السيدة الأستاذ الأستاذة",
            "د. ذ.",
        )
    ).split()
)


# Words before which a subject does not reach: they end the clause before it.
_OPENERS: Final = _folded_words(
    "que qu qui that which who et and w o wa ou or mais but donc so car because si if"
    " ila me m told said dit ولكن لكن و ان أن اللي الي"
)


# A capitalized word of a subject: a pronoun or determiner opening the sentence, never a name.
_CAPITALIZED_SUBJECT: Final = _folded_words(
    "je j moi il elle on nous mon ma mes son sa ses notre nos i he she we my his her our"
    " their ana anaya rani howa hiya hia 7na hna a7na 3ndi 3andi andi kont"
)


@functools.cache
def _gazetteers() -> frozenset[str]:
    """Every word of the names and places gazetteers (``data/*.yaml``), folded.

    No subject and no clause reaches over one of them: a name or a place stays its own
    entity, whatever score its recognizer gives it.
    """
    found: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, str):
            for word in value.replace("_", " ").replace("|", " ").split():
                found.add(fold_word(word.strip("?")))
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    names = load_data("names.yaml")
    for kind in ("first_names", "family_names", "ambiguous"):
        walk(names.get(kind, ""))
    walk(load_data("places.yaml").get("places", ""))
    # Not the particles inside names and places ("el", "de", "ait"): words of every clause.
    return frozenset(word for word in found if len(word) > 2)


def _in_gazetteer(bare: str) -> bool:
    """Whether a folded word, or the word after its glued clitic and article, is a name or place."""
    names = _gazetteers()
    return bare in names or _ARTICLE.sub("", bare) in names


# Words that do not end a clause on their own: what they introduce was not taken.
_DANGLING: Final = _folded_words(
    "a au aux en de du des la le les l d un une in at on of for to the a an from by pour"
    " avec with sur chez f fi fl l mn men dyal b bl 3la m3a depuis since mnd mnin في ف ب"
    " من على مع ديال ل الى إلى عند منذ"
)


def known_words(blocks: Iterable[str]) -> frozenset[str]:
    """The literal words written in ``blocks`` (vocabulary entries, folded regex source).

    A subject word is one of these ("je", "suis", "ابني", "3ndo"); a word that is also a
    name in the gazetteer ("walid", "علي") is left out, so that no name joins a subject.
    """
    found: set[str] = set()
    for block in blocks:
        for token, optional in _TOKEN.findall(block):
            found.add(token)
            if optional:
                found.add(token[:-1])
    return frozenset(found - _gazetteers())


def _bare(word: str) -> str:
    """A folded word without its elision, trailing marks and glued Arabic clitic."""
    return _ELIDED.sub("", word.strip("'’-"))


def _safe_subject_word(text: str, folded: str, start: int, end: int, known: frozenset[str]) -> bool:
    word = folded[start:end]
    if any(char in _PUNCT for char in word):
        return False
    bare = _bare(word)
    if text[start:end][:1].isupper():
        return bare in _CAPITALIZED_SUBJECT
    if bare in known:
        return True
    # A glued "و" or "ف" before a known word ("وأنا", "فعندي").
    return bool(_CLITIC.match(bare)) and bare[1:] in known


def _overlaps(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def subject_start(
    text: str,
    folded: str,
    low: int,
    start: int,
    known: frozenset[str],
    ner: Sequence[tuple[int, int]],
) -> int:
    """Where the phrase starts whose attribute starts at ``start`` (its rule matched at ``low``).

    Walks back from ``start`` over known words outside any entity of the NER: those
    the rule read (``folded[low:start]``), then a few more before the match ("أنا" before
    "عضو في حزب"), up to punctuation or a word that opens a clause ("que", "that").
    """
    words = [m.span() for m in _WORD.finditer(folded, max(0, low - 40), start)]
    reached = start
    beyond = 0
    for count, (word_start, word_end) in enumerate(reversed(words)):
        if word_end <= low and word_start < low:
            beyond += 1
        if count >= _LEFT_WORDS or beyond > _BEYOND or _overlaps(word_start, word_end, ner):
            break
        if not _safe_subject_word(text, folded, word_start, word_end, known):
            break
        if word_end <= low and _bare(folded[word_start:word_end]) in _OPENERS:
            break
        reached = word_start
    return reached


def _ends_clause(text: str, folded: str, start: int, end: int) -> bool:
    """Whether the word ``text[start:end]`` may not belong to the clause before it."""
    word = text[start:end]
    bare = _bare(folded[start:end]).strip("".join(_PUNCT))
    if bare in _STOP or "@" in word or _in_gazetteer(bare):
        return True
    if word[:1].isupper():
        return True
    if _DIGIT.search(word) and not _NUMBER.match(word.strip("".join(_PUNCT))):
        return True
    # A glued "و" opens a new clause in Arabic script ("وأريد", "وطلب").
    return bare.startswith("و") and len(bare) > 3


def clause_end(
    text: str,
    folded: str,
    end: int,
    limit: int,
    ner: Sequence[tuple[int, int]],
) -> tuple[int, int]:
    """The words of the clause after a phrase ending at ``end`` (``(end, end)`` when none).

    At most a few words, never past ``limit`` (the next phrase found), punctuation, a
    conjunction or a new subject, a capitalized word, a code, an address, or an entity of
    the NER; two numbers in a row are a phone or an identifier, not a clause.
    """
    # A limit inside a word (a clitic before another category's topic word) is its start.
    if limit < len(text) and not text[limit].isspace():
        while limit > end and not text[limit - 1].isspace():
            limit -= 1
    reached = end
    numbers = 0
    first: int | None = None
    for count, match in enumerate(_WORD.finditer(text, end, limit)):
        word_start, word_end = match.span()
        between = text[reached:word_start]
        if count >= _RIGHT_WORDS or any(char in _PUNCT for char in between):
            break
        leading = len(text[word_start:word_end]) - len(text[word_start:word_end].lstrip('(«"“'))
        if leading or _overlaps(word_start, word_end, ner):
            break
        if _ends_clause(text, folded, word_start, word_end):
            break
        stripped = text[word_start:word_end].rstrip("".join(_PUNCT))
        if _NUMBER.match(stripped):
            numbers += 1
            following = _WORD.match(text, word_end + 1) if word_end < limit else None
            if numbers > 1 or (following and _NUMBER.match(following.group())):
                break
        else:
            numbers = 0
        if first is None:
            first = word_start
        if _bare(fold_text(stripped)) not in _DANGLING:
            reached = word_start + len(stripped)
        if len(stripped) < word_end - word_start:
            break
    return (first if first is not None else end), reached
