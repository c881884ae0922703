"""PERSON from what surrounds a name: field labels, titles, verbs, lists, blocks, repeats.

The small English model misses names it has not seen (Hungarian, Finnish,
Slavic, Nordic, Greek transliterations: "Szabina J Gelencsér", "Einojuhani
Pyysalo") and names in places a sentence does not explain ("Directed By:
Johannes Varvio", "They had 6: Efimiya, Mary, Ariana"). This recognizer reads
the cues a writer leaves around a name, whatever its culture:

* a field label or a phrase that announces a name ("Name:", "last name?",
  "Directed By:", "maiden name is", "was called", "calls me", "my kid",
  "follow up with", "said ... to ..."), or a title ("Mrs.", "Dr."): the
  name-shaped words after it;
* the shape of a name: a capitalized word, a middle initial and a capitalized
  word ("Sari J. Paavolainen"), or a lower-case particle between capitalized
  words ("Willemine ten Pas");
* the speakers of a dialogue ("Ubul: What a wife.\\nNicole: Remember me"),
  the subject of a verb only people do ("Jacob lives on..."), the one
  addressed at the start of a question ("Warrane, can I...");
* the siblings of a name in a coordinated list ("Efimiya, Mary, Ariana,
  Isabel, Teresa and Jodi": the NER tags "Mary", so all are names), unless
  the list names a firm ("spent a year at Jones, Mitchell and Williams");
* the first line of a signature or recipient block: two or three
  name-shaped words above an organization or an address line ("> " and ">"
  e-mail quotes too);
* a word of a name found once, wherever the text names it again ("Maciej
  Borkowski and starring Borkowski").

A text typed all in lower case ("follow up with patricia desrosiers") is read
with lower-case names after the same cues. Words that are common, titles,
address or company words end a name; a known place is not one.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator
from typing import Final

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from compliance.detect.recognizers._fold import fold_word
from compliance.detect.recognizers.names import ROLE_WORDS, is_known_name, is_not_a_name
from compliance.detect.recognizers.places import is_known_place

__all__ = ["CuedNameRecognizer", "names_a_firm"]

_UPPER: Final = "".join(chr(c) for c in range(0x41, 0x530) if chr(c).isupper())
_LOWER: Final = "".join(chr(c) for c in range(0x61, 0x530) if chr(c).islower() or c == 0xDF)
# A capitalized word: "Jeknić", "McConnan", "LeBatelier", "O'Neil", "Hauta-aho"; not
# "I'm", and not the "'s" of a possessive.
_CAP: Final = (
    rf"[{_UPPER}](?:[{_LOWER}]+(?:['’](?!s\b)[{_LOWER}]+)?(?:[{_UPPER}][{_LOWER}]+)?"
    rf"|['’][{_UPPER}][{_LOWER}]+)(?:-[{_UPPER}{_LOWER}][{_LOWER}]+)*"
)
_LOW: Final = rf"[{_LOWER}]{{2,}}(?:-[{_LOWER}]{{2,}})*"
_INITIAL: Final = rf"[{_UPPER}]\.?"
# Particles inside a family name: Dutch, German, Arabic; "de" is left out, it joins
# too many places ("Reguengos de Monsaraz", "Cinco de Setembro").
_PARTICLE: Final = (
    r"(?:van der|van den|van de|van|von der|von|ten|ter|der|den|bin|ibn|al|el|ben|ait)"
)
_PARTICLE_WORD: Final = re.compile(r"van|von|ten|ter|der|den|de|bin|ibn|al|el|ben|ait")
_GAP: Final = r"[ \t]+"
# A capitalized name: up to three words, a middle initial and a particle allowed.
_NAME: Final = rf"{_CAP}(?:{_GAP}(?:{_INITIAL}{_GAP})?(?:{_PARTICLE}{_GAP})?{_CAP}){{0,2}}(?![\w-])"
_LOWER_NAME: Final = rf"{_LOW}(?:{_GAP}(?:[b-hj-z]\.?{_GAP})?{_LOW}){{0,2}}(?![\w-])"
# Labels after which a name fills the field ("Name:", "last name? Boyle").
_LABELS: Final = (
    r"(?:full |first |last |family |given |maiden |middle |nick|user ?|sur|guest |patient |"
    r"contact |customer |client |account holder ?)?name|directed by|written by|produced by|"
    r"performed by|composed by|narrated by|author|attn|guardian|recipient|addressee"
)
# Phrases a name follows directly ("was called Lily Nolan", "calls me Aantje"), in
# lower case: "Student Said Boukhriss" is a name, not a verb.
_PHRASES: Final = (
    r"(?:maiden |first |last |real )?name (?:is|was)|(?:was|is|were|be|am|are|been) called|"
    r"calls? me|called me|known as|nicknamed|named(?: (?:him|her|them|it))?|"
    r"(?:my|our|his|her|their) (?:kid|son|daughter|child|wife|husband|brother|sister|mother|"
    r"father|mom|mum|dad|boss|partner|grandson|granddaughter|grandmother|grandfather|uncle|"
    r"aunt|cousin|nephew|niece|fianc[ée]e?|girlfriend|boyfriend)|"
    r"shouted at|yelled at|whispered to|said to|spoke to|speak to|talk to|talked to|"
    r"follow up with|followed up with|meet with|met with|married|starring|said|says|asked|told|"
    r"replied"
)
_TITLES: Final = r"mr|mrs|ms|miss|mx|dr|prof|sir|madam|dame|lady|lord"
# Verbs only people do, after a capitalized subject ("Jacob lives on ...").
_HUMAN_VERBS: Final = (
    r"lives|lived|shouted|yelled|whispered|said|says|told|asked|replied|married|was born|"
    r"grew up|began writing|wrote|spent a year|had given|is very reliable|has to get|"
    r"listed (?:his|her)|quit|resigned|graduated|is so impulsive|will be talking"
)
# Words that end a name: addresses, companies, and words of forms.
_STOPS: Final = frozenset(
    """
    apt apartment suite st street str ave avenue rd road blvd box psc unit lane drive way
    inc llc ltd co corp corporation company group partners associates sons holdings
    orchestra office agency bank university school hospital foundation press records
    phone address email tel mobile date the and or of at from for in on to with by
    """.split()  # noqa: SIM905  (word lists read better as text)
)
# A coordinated list: "A, B and C", "A and B", items of one or two words.
_CAP_ITEM: Final = rf"{_CAP}(?:{_GAP}{_CAP})?"


# At most this many items before the "and": unbounded, a long comma list with no "and"
# (a pasted CSV row, a tag list) was re-read from each of its items, in quadratic time.
_LIST_ITEMS: Final = 12
# Names whose other mentions are looked for, longest first: each is a search of the
# whole text, and a text listing thousands of names must not cost thousands of them.
_REPEATED_SURFACES: Final = 64


def _list_of(item: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?<![\w-])(?P<list>{item}(?:,[ \t]*{item}){{0,{_LIST_ITEMS}}}"
        rf",?{_GAP}(?:and|or|&){_GAP}{item})(?![\w-])"
    )


_LIST: Final = _list_of(_CAP_ITEM)
_LOWER_LIST: Final = _list_of(_LOW)
_ITEM_SPLIT: Final = re.compile(r",[ \t]*|[ \t]+(?:and|or|&)[ \t]+")
# What makes capitalized words a firm's name: an organization noun right after them
# ("the Avalara office", "the Davis, Reynolds and Williamson Orchestra", "Lopez, Santos
# and Coleman is a design agency"). Only what follows counts: a word before ("for",
# "at", "of") comes before people as often ("a gift for Freja, Ubul and Halldór"), and a
# name taken for a firm goes out in clear.
_ORG_NOUNS: Final = (
    r"office|offices|orchestra|band|inc|llc|ltd|group|partners|associates|law|company|"
    r"agency|firm|multinational|bank|startup|brand|organi[sz]ation|business|provider|"
    r"platform|studio|store|shop|restaurant|corporation|team"
)
_FIRM_AFTER: Final = re.compile(
    rf"^\s+(?i:(?:(?:is|was|are) an? (?:[\w-]+ ){{0,3}})?(?:{_ORG_NOUNS})\b|is based)"
)
_QUOTE_PREFIX: Final = re.compile(r"^[ \t]*(?:(?:>|\?{2,}|[•*-])[ \t]*)*")
# A speaker's line: the name, a colon, then speech (a quote or a capital letter).
_SPEAKER: Final = re.compile(rf"^(?P<name>{_CAP})[ \t]*:[ \t]*[\"“{_UPPER}]", re.MULTILINE)
_LOWER_SPEAKER: Final = re.compile(rf"^(?P<name>{_LOW})[ \t]*:[ \t]*[\"“{_LOWER}]", re.MULTILINE)
_VOCATIVE: Final = re.compile(
    rf"(?:^|[.!?]\s+)(?P<name>{_CAP}),[ \t]+(?:can|could|would|will|please|do|did|are|is)\b"
)
_ADDRESS_LINE: Final = re.compile(r"^\s*(?:\d|(?i:psc|unit|usns|uss|box|p\.?o\.? box)\b)")
# Labels and chat roles that look like speakers: not names.
_NOT_SPEAKERS: Final = frozenset(
    """
    name address phone email date time subject note notes bot user agent assistant system
    customer client q a re fw fwd to from cc bcc website answer question tel mobile fax
    caller operator patient doctor nurse host guest interviewer support admin moderator
    me you staff teacher student buyer seller driver passenger conseiller conseillere
    adresse experience formation objet vous moi medecin
    """.split()  # noqa: SIM905  (word lists read better as text)
)


def _a_role(word: str) -> bool:
    """A role or a form label ("Caller", "Conseiller", "Adresse"), not a name."""
    folded = fold_word(word)
    return folded in _NOT_SPEAKERS or folded in _ROLES


_ROLES: Final = frozenset(fold_word(role) for role in ROLE_WORDS)


def names_a_firm(text: str, end: int) -> bool:
    """Whether the capitalized words ending at ``end`` name a firm: an organization noun
    follows them ("office", "Orchestra", "is a design agency")."""
    return _FIRM_AFTER.match(text[end : end + 60]) is not None


class CuedNameRecognizer(EntityRecognizer):
    """Reports names by the labels, titles, verbs, lists and blocks around them."""

    SCORE_CUE = 0.87  # over the NER's 0.85: its span of the same name often stops short
    SCORE_SHAPE = 0.7
    SCORE_CONTEXT = 0.6

    def __init__(self, *, supported_language: str = "en") -> None:
        super().__init__(
            supported_entities=["PERSON"],
            name="CuedNameRecognizer",
            supported_language=supported_language,
        )
        cue = (
            rf"(?:(?i:\b(?:{_LABELS}))[ \t]*[:?][ \t]*\n?[ \t]*"
            rf"|\b(?:{_PHRASES}){_GAP}|(?i:\b(?:{_TITLES}))\.?{_GAP})"
        )
        self._cue = re.compile(rf"{cue}(?P<name>{_NAME})")
        self._lower_cue = re.compile(rf"{cue}(?P<name>{_LOWER_NAME})")
        # "said Gladys to Logan": the one spoken to is named too.
        self._said_to = re.compile(rf"(?i:\bsaid){_GAP}{_NAME}{_GAP}to{_GAP}(?P<name>{_NAME})")
        self._initial = re.compile(
            rf"(?<![\w-]){_CAP}{_GAP}{_INITIAL}{_GAP}{_CAP}(?![\w-])|"
            rf"(?<![\w-]){_CAP}{_GAP}(?:van der|van den|van|von|ten|ter){_GAP}{_CAP}(?![\w-])"
        )
        self._subject = re.compile(
            rf"(?:^|(?<=[.!?:\"]\s)|(?<=\n))(?P<name>{_NAME}){_GAP}(?:{_HUMAN_VERBS})\b"
        )
        self._lower_subject = re.compile(
            rf"(?:^|(?<=[.!?:\"]\s)|(?<=\n))(?P<name>{_LOWER_NAME}){_GAP}(?:{_HUMAN_VERBS})\b"
        )

    def load(self) -> None:
        """Nothing to load: the patterns are compiled in the constructor."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Report the names the cues around them point at."""
        if entities and "PERSON" not in entities:
            return []
        # Lower-case names in English only: a Darija chat is typed in lower case too.
        lower = self.supported_language == "en" and not any(c.isupper() for c in text)
        spans: dict[tuple[int, int], float] = {}

        def add(start: int, end: int, score: float) -> None:
            start, end = self._trim(text, start, end)
            if end > start and spans.get((start, end), 0.0) < score:
                spans[(start, end)] = score

        for match in (self._lower_cue if lower else self._cue).finditer(text):
            add(match.start("name"), match.end("name"), self.SCORE_CUE)
        for match in self._said_to.finditer(text):
            add(match.start("name"), match.end("name"), self.SCORE_CUE)
        for match in self._initial.finditer(text):
            add(match.start(), match.end(), self.SCORE_SHAPE)
        for match in (self._lower_subject if lower else self._subject).finditer(text):
            add(match.start("name"), match.end("name"), self.SCORE_SHAPE)
        for start, end in self._speakers(text, lower=lower):
            add(start, end, self.SCORE_SHAPE)
        for match in _VOCATIVE.finditer(text):
            add(match.start("name"), match.end("name"), self.SCORE_CONTEXT)
        for start, end in self._block_heads(text, lower=lower):
            add(start, end, self.SCORE_SHAPE)
        model_people = self._ner_people(nlp_artifacts)
        for start, end in self._list_siblings(text, model_people + list(spans), lower=lower):
            add(start, end, self.SCORE_CONTEXT)
        people = model_people + list(spans)
        for start, end in self._repeats(text, people, lower=lower):
            add(start, end, self.SCORE_CONTEXT)
        return [self._result(start, end, score) for (start, end), score in spans.items()]

    # -- what a name is made of ------------------------------------------------------
    @staticmethod
    def _trim(text: str, start: int, end: int) -> tuple[int, int]:
        """Cut the name at its first stop, common or place word, and a dangling initial."""
        kept: list[re.Match[str]] = []
        for word in re.finditer(r"[^\s,;:]+", text[start:end]):
            surface = word.group().rstrip(".")
            if kept and _PARTICLE_WORD.fullmatch(kept[-1].group()) and surface[:1].isupper():
                kept.append(word)  # "Willemine ten Pas": the family name after a particle
                continue
            if kept and _PARTICLE_WORD.fullmatch(surface) and word.end() < end - start:
                kept.append(word)
                continue
            if surface.casefold() in _STOPS or (len(surface) > 1 and is_not_a_name(surface)):
                break
            if not kept and is_known_place(surface) and not is_known_name(surface):
                return start, start
            kept.append(word)
        while kept and (
            len(kept[-1].group().rstrip(".")) == 1 or _PARTICLE_WORD.fullmatch(kept[-1].group())
        ):
            kept.pop()
        if not kept:
            return start, start
        last = kept[-1]
        # "J." keeps its dot inside a name; the name's own last dot ends a sentence
        return start + kept[0].start(), start + last.start() + len(last.group().rstrip("."))

    @staticmethod
    def _ner_people(nlp_artifacts: NlpArtifacts | None) -> list[tuple[int, int]]:
        if nlp_artifacts is None:
            return []
        return [
            (entity.start_char, entity.end_char)
            for entity in nlp_artifacts.entities
            if entity.label_ in {"PERSON", "PER"}
        ]

    # -- dialogues, lists, blocks, repeats ----------------------------------------------
    @staticmethod
    def _speakers(text: str, *, lower: bool) -> list[tuple[int, int]]:
        """Speakers of a dialogue: two lines or more opening with "Word:"."""
        found = [
            match.span("name")
            for match in (_LOWER_SPEAKER if lower else _SPEAKER).finditer(text)
            if not _a_role(match.group("name"))
            and not is_not_a_name(match.group("name"))
            and not is_known_place(match.group("name"))
        ]
        return found if len(found) >= 2 else []

    @staticmethod
    def _list_siblings(
        text: str, people: list[tuple[int, int]], *, lower: bool
    ) -> Iterator[tuple[int, int]]:
        """Every item of a coordinated list one item of which is a person."""
        for match in (_LOWER_LIST if lower else _LIST).finditer(text):
            start, end = match.span("list")
            if names_a_firm(text, end):
                continue
            items = []
            position = start
            for part in _ITEM_SPLIT.split(match.group("list")):
                offset = text.index(part, position)
                items.append((offset, offset + len(part)))
                position = offset + len(part)
            words = [text[a:b] for a, b in items]
            if any(is_not_a_name(w.split()[0]) or is_known_place(w) for w in words):
                continue
            evidence = any(
                any(a < e and s < b for s, e in people) or is_known_name(text[a:b].split()[0])
                for a, b in items
            )
            if evidence:
                yield from items

    @staticmethod
    def _block_heads(text: str, *, lower: bool) -> Iterator[tuple[int, int]]:
        """The name line of a signature or recipient block, above an organization or address."""
        lines = []
        position = 0
        for line in text.split("\n"):
            prefix = _QUOTE_PREFIX.match(line)
            skip = prefix.end() if prefix else 0
            lines.append((position + skip, position + len(line.rstrip()), line[skip:].strip()))
            position += len(line) + 1
        shape = re.compile(_LOWER_NAME if lower else _NAME)
        # where each line's content is seen last: "repeated below" in one lookup
        last_seen = {content: index for index, (_, _, content) in enumerate(lines)}
        for index, (start, _, content) in enumerate(lines):
            previous = lines[index - 1][2] if index else ""
            if previous or not content or not shape.fullmatch(content):
                continue
            if len(content.split()) < 2 or "\n" in content:
                continue
            below = [c for _, _, c in lines[index + 1 : index + 4] if c]
            address = any(_ADDRESS_LINE.match(c) for c in below)
            repeated = last_seen[content] > index
            if len(below) >= 2 and (address or repeated):
                yield start, start + len(content)

    @staticmethod
    def _repeats(
        text: str, people: list[tuple[int, int]], *, lower: bool
    ) -> Iterator[tuple[int, int]]:
        """Other mentions of a name found once, and of its words."""
        surfaces = {text[s:e] for s, e in people}
        words = {w for surface in surfaces for w in surface.split()}
        searched = [
            surface
            for surface in sorted(surfaces | words, key=lambda w: (-len(w), w))
            if len(surface) >= 3
            and all(
                len(p) > 2
                and p.isalpha()
                and (lower or p[0].isupper())
                and not is_not_a_name(p)
                and not is_known_place(p)
                and not _a_role(p)
                for p in surface.split()
            )
        ][:_REPEATED_SURFACES]
        # Whether [start, end) lies inside a found name: the largest end among the names
        # starting at or before ``start`` (one sort, then a binary search per mention).
        ordered = sorted(people)
        starts = [s for s, _ in ordered]
        reach = list(itertools.accumulate((e for _, e in ordered), max))
        for surface in searched:
            for match in re.finditer(rf"(?<![\w-]){re.escape(surface)}(?![\w-])", text):
                before = bisect.bisect_right(starts, match.start())
                if not before or reach[before - 1] < match.end():
                    yield match.span()

    def _result(self, start: int, end: int, score: float) -> RecognizerResult:
        return RecognizerResult(
            entity_type="PERSON",
            start=start,
            end=end,
            score=score,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: "CuedNameRecognizer",
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )
