"""Phrase rules over the folded text: what the sensitive-category recognizers share.

A category is revealed by a phrase, not a word: "je suis diabétique", "I'm on
dialysis", "ana 7amla", "membre du bureau de l'UMT", "صوتت على الأحرار".
Each recognizer states its phrases as ``RULES``, regexes over the folded text
(``_fold.fold_text``: lower case, no accents, Arabic spellings unified, same
length as the text) written with words of its ``VOCAB``:

* ``@NAME`` is the alternation of the entries of ``VOCAB["NAME"]`` (or of the
  shared ``_people.PEOPLE``), one entry per line. An entry is a regex fragment
  in folded form; it gets word boundaries of its script: an Arabic-script one
  also takes a glued clitic and article before it ("بالسكري", "والمسيحية") and
  a possessive or plural ending after it ("نقابتي", "سوابقه"). An entry with
  an ``@`` inside is left as written (its macros carry their own boundaries).
* A space of a rule is ``\\s+``; ``~`` is a gap of up to four words that
  crosses no punctuation ("membre ~ @UNION": "membre du bureau de l'UMT").
* The group ``v``, when a rule has one, is what is reported: the attribute
  and its organization, not the person ("Karim" stays a PERSON).

Morphology is written into the entries ("syndiqu(?:e|ee|es|ees)",
"milit(?:e|ant|ante)"): the spaCy pipelines are trimmed to NER (``nlp.py``), so
there is no lemma, tag or parse to match on, and a Matcher over token texts
would need every accent-less and clitic-glued spelling listed anyway.

Vocabularies named in upper case are the category's topic words. A text in
which none of them occurs is skipped after one regex pass, so a request that
talks of none of these topics (nearly all) costs one search per category.
"""

from __future__ import annotations

import functools
import re
import re._constants as sre_constants  # type: ignore[import-not-found]  # stdlib, no stubs
import re._parser as sre_parser  # type: ignore[import-not-found]  # stdlib, no stubs
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, Final

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from compliance.detect.recognizers._fold import ARABIC_LETTERS, fold_text, fold_word
from compliance.detect.recognizers.sensitive._extent import (
    clause_end,
    known_words,
    subject_start,
)
from compliance.detect.recognizers.sensitive._people import PEOPLE

__all__ = ["CompiledRule", "CompiledRules", "SensitivePhraseRecognizer", "Trigger", "compile_rules"]

_MACRO: Final = re.compile(r"@([A-Za-z][A-Za-z0-9_]*)")
_ARABIC: Final = re.compile(f"[{ARABIC_LETTERS}]")
_LATIN: Final = re.compile("[a-z]")
_AR_PREFIX: Final = "(?:[وفبلك]?(?:ال|لل)?)"
_AR_SUFFIX: Final = "(?:ي|ه|ها|هم|هن|نا|ك|كم|ات|ين|ون|يه|يا|و|تي|تو|تها|اتي)?"
# Up to four words between two parts of a phrase, never across punctuation.
_GAP: Final = r"\s+(?:[^\s.,!?;:،؛؟()]+\s+){0,4}?"
_NEVER: Final = r"(?!x)x"
# What coordinates a found phrase with the next ("asthme et hypertension", "X, Y", "الربو وارتفاع").
_LINK: Final = (
    r"\s*(?:,|;|/|\+|\bet\b|\band\b|\bw\b|\bo\b|\bou\b|\bor\b|\bavec\b|\bwith\b|\bm3a\b)?\s*"
    r"(?:(?:de|du|des|le|la|les|un|une|a|an|the|son|sa|ses|his|her|my|mon|ma|mes)\s+|[dl]')?"
)
_COMMON: Final = frozenset(
    {
        *("pour", "dyal", "month", "year", "time", "carte", "card", "party"),
        *("condition", "conditions", "national", "الوطني", "الوطنيه", "بطاقه", "البطاقه"),
    }
)
_BEFORE: Final = 120
_AFTER: Final = 80


def _folded(fragment: str) -> str:
    """``fragment`` with its letters folded as the text is ("é" = "e", "ة" = "ه").

    Only letters outside ASCII: lower-casing the ASCII ones would turn "\\S" into "\\s".
    """
    return "".join(fold_word(char) if ord(char) > 127 else char for char in fragment)


def _body(fragment: str) -> str:
    """An entry as the body of an alternative: folded, its spaces matching any run of them.

    An Arabic entry's own article is optional, so that the clitics' "لل" ("للعدالة") or
    "بال" take its place.
    """
    # "f ?l7bs": an optional space is any run of spaces or none.
    body = _folded(fragment).replace(" ?", r"[\s-]*").replace(" ", r"[\s-]+")
    if body.startswith("ال") and len(body) > 4:
        body = "(?:ال)?" + body[2:]
    # A final taa marbuta (folded to "ه") is written "ت" before a suffix: "نقابتي".
    return body[:-1] + "[هت]" if body.endswith("ه") else body


def _latin(bodies: list[str]) -> str:
    return rf"(?<![\w])(?:{'|'.join(bodies)})(?![\w])"


def _arabic(bodies: list[str]) -> str:
    return (
        rf"(?<![{ARABIC_LETTERS}]){_AR_PREFIX}(?:{'|'.join(bodies)})"
        rf"{_AR_SUFFIX}(?![{ARABIC_LETTERS}])"
    )


def _alternation(entries: list[str]) -> str:
    """Plain entries as one alternation per script, the boundaries written once.

    Boundaries around the whole alternation rather than each entry: the regex
    engine then checks them once per position instead of once per entry.
    Longer entries first, so that the longest spelling is the one reported.
    """
    ordered = sorted(entries, key=len, reverse=True)
    latin = [_body(e) for e in ordered if not _ARABIC.search(e)]
    arabic = [_body(e) for e in ordered if _ARABIC.search(e)]
    return "|".join([*([_latin(latin)] if latin else []), *([_arabic(arabic)] if arabic else [])])


def _bounded(fragment: str, expanded: str) -> str:
    """An entry built of macros: the boundaries of its script, no clitics (its parts have them)."""
    if _ARABIC.search(fragment):
        return rf"(?<![{ARABIC_LETTERS}])(?:{expanded})(?![{ARABIC_LETTERS}])"
    return rf"(?<![\w])(?:{expanded})(?![\w])"


def _needles(items: Any) -> set[str] | None:
    """Literal strings one of which is inside every match of the parsed regex ``items``.

    Runs of literal characters that a match cannot skip, or for an unavoidable
    group or alternation the union of its alternatives' needles; of these, the
    set whose shortest needle is longest. None when a match may hold no literal
    of two characters or more.
    """
    candidates: list[set[str]] = []
    run: list[str] = []
    for op, argument in items:
        if op is sre_constants.LITERAL:
            run.append(chr(argument))
            continue
        candidates.append({"".join(run)})
        run = []
        found: set[str] | None = None
        if op is sre_constants.SUBPATTERN:
            found = _needles(argument[3])
        elif op is sre_constants.BRANCH:
            branches = [_needles(branch) for branch in argument[1]]
            if all(branch is not None for branch in branches):
                found = set().union(*(b for b in branches if b is not None))
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
            low, _, pattern = argument
            found = _needles(pattern) if low >= 1 else None
        if found:
            candidates.append(found)
    candidates.append({"".join(run)})
    usable = [c for c in candidates if c and min(map(len, c)) >= 2]
    if not usable:
        return None
    # Needles that are everyday words would make every text a candidate.
    usable = [c for c in usable if not c & _COMMON] or usable
    # The first long enough (the head word of a phrase, "kidney" in "kidney failure"),
    # else the longest: "condition" or "jeune" would fire in every other text.
    for candidate in usable:
        if min(map(len, candidate)) >= 5:
            return candidate
    return max(usable, key=lambda c: (min(map(len, c)), -len(c)))


def _trie(words: set[str]) -> str:
    """``words`` as one regex with their common prefixes factored: cheap to scan for."""
    tree: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:  # type: ignore[type-arg]
        ends = "" in node
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return emit(tree)


@dataclass(frozen=True)
class Trigger:
    """Where the needles of some patterns occur: a fast scan before any rule runs.

    Latin needles must start a word ("mp" is not in "important", "jeune" not in
    "petit-déjeuner"); Arabic ones may follow a glued clitic ("سكري" in
    "بالسكري"). Each script is one regex with common prefixes factored (a
    trie), the Latin one anchored on the character before the word, so the
    engine only tries the positions that can start a needle.
    """

    latin: re.Pattern[str]
    arabic: re.Pattern[str]
    always: bool = False

    def spans(self, folded: str, low: int = 0, high: int | None = None) -> list[tuple[int, int]]:
        """The needles found in ``folded[low:high]``, as offsets of ``folded``."""
        high = len(folded) if high is None else high
        if self.always:
            return [(low, high)]
        found = [
            (m.start() + low, m.end() + low - 1)
            for m in self.latin.finditer(" " + folded[low:high])
        ]
        found += [m.span() for m in self.arabic.finditer(folded, low, high)]
        return sorted(found)

    def found(self, folded: str, low: int, high: int) -> bool:
        """Whether a needle is in ``folded[low:high]``."""
        if self.always:
            return True
        if self.arabic.search(folded, low, high) is not None:
            return True
        return self.latin.search(" " + folded[low:high]) is not None


def _trigger(patterns: list[str]) -> Trigger:
    """The trigger of ``patterns``: their needles. A pattern without any makes it always fire."""
    latin: set[str] = set()
    arabic: set[str] = set()
    for pattern in patterns:
        needles = _needles(sre_parser.parse(pattern))
        if needles is None:
            return Trigger(re.compile(_NEVER), re.compile(_NEVER), always=True)
        for needle in needles:
            (arabic if _ARABIC.match(needle) else latin).add(needle)
    return Trigger(
        # A Darija or French article may be glued before the word: "lmisba7", "l'umt".
        latin=re.compile(rf"[^a-z0-9](?:l'?|d')?{_trie(latin)}") if latin else re.compile(_NEVER),
        arabic=re.compile(_trie(arabic)) if arabic else re.compile(_NEVER),
    )


def _entries(block: str) -> list[str]:
    return [line.strip() for line in block.splitlines() if line.strip()]


class _Expander:
    """Expands ``@NAME`` macros, each once, into alternations of their entries.

    With ``blank``, the macros of those names expand to nothing: the trigger of
    a recognizer is its topic words without the people around them.
    """

    def __init__(
        self,
        vocab: Mapping[str, str],
        *,
        blank: frozenset[str] = frozenset(),
        script: str | None = None,
    ) -> None:
        self._vocab = vocab
        self._blank = blank
        self._script = script
        self._done: dict[str, str] = {}

    def _kept(self, entry: str) -> bool:
        """With a ``script``, the entries of that script only (a window in one script)."""
        if self._script is None:
            return True
        return (self._script == "arabic") == bool(_ARABIC.search(entry))

    def macro(self, name: str) -> str:
        if name in self._blank:
            return "(?:)"
        if name not in self._done:
            if name not in self._vocab:
                raise KeyError(f"phrase rule names @{name}, which no vocabulary defines")
            entries = [entry for entry in _entries(self._vocab[name]) if self._kept(entry)]
            plain = [entry for entry in entries if "@" not in entry]
            built = [_bounded(entry, self.rule(entry)) for entry in entries if "@" in entry]
            parts = [*([_alternation(plain)] if plain else []), *built]
            self._done[name] = "(?:" + "|".join(parts or [_NEVER]) + ")"
        return self._done[name]

    def rule(self, template: str) -> str:
        # "a ~ b", "a~b": the gap holds the spaces around it.
        spaced = _folded(template).replace(" ~", "~").replace("~ ", "~")
        spaced = spaced.replace(" ?", r"\s*").replace(" ", r"\s+").replace("~", _GAP)
        return _MACRO.sub(lambda m: self.macro(m.group(1)), spaced)


@dataclass(frozen=True)
class CompiledRule:
    """One rule: its needles, and its regex for windows in Latin, Arabic or both scripts."""

    needles: Trigger
    latin: re.Pattern[str]
    arabic: re.Pattern[str]
    both: re.Pattern[str]

    def regex(self, *, latin: bool, arabic: bool) -> re.Pattern[str]:
        """The variant for a window with letters of these scripts."""
        if latin and arabic:
            return self.both
        return self.arabic if arabic else self.latin


@dataclass(frozen=True)
class CompiledRules:
    """A recognizer's rules, compiled once per class."""

    trigger: Trigger
    rules: tuple[CompiledRule, ...]
    exclude: re.Pattern[str]
    chain: re.Pattern[str]
    known: frozenset[str] = frozenset()


def compile_rules(
    vocab: Mapping[str, str], rules: Sequence[str], exclude: str = "", chain: str = ""
) -> CompiledRules:
    """Compile ``rules`` over ``vocab`` (merged over the shared ``PEOPLE`` words).

    ``chain`` is a rule for what may follow a found phrase and share its subject:
    "hypertension artérielle et asthme", "pregnant and diabetic", "الربو وارتفاع
    ضغط الدم" are two conditions of one patient.

    Raises:
        KeyError: A rule names a vocabulary that does not exist.
        ValueError: A rule names no topic vocabulary (it could never be triggered).
    """
    merged = {**PEOPLE, **vocab}
    both, latin, arabic = (_Expander(merged, script=script) for script in (None, "latin", "arabic"))
    topics = [name for name in vocab if name.isupper()]
    for template in rules:
        if not any(f"@{name}" in template for name in topics):
            raise ValueError(f"phrase rule {template!r} names none of the topics {topics}")
    blank = frozenset(name for name in merged if not name.isupper())
    triggers = _Expander(merged, blank=blank)
    trigger = _trigger([triggers.macro(name) for name in topics])
    compiled = tuple(
        CompiledRule(
            needles=_trigger([triggers.rule(template)]),
            latin=re.compile(latin.rule(template)),
            arabic=re.compile(arabic.rule(template)),
            both=re.compile(both.rule(template)),
        )
        for template in rules
    )
    excluded = _alternation(_entries(exclude)) or _NEVER
    return CompiledRules(
        trigger=trigger,
        rules=compiled,
        exclude=re.compile(excluded),
        chain=re.compile(_LINK + both.rule(f"(?P<c>{chain})")) if chain else re.compile(_NEVER),
        known=known_words(_folded(block) for block in merged.values()),
    )


class SensitivePhraseRecognizer(EntityRecognizer):
    """One sensitive category, reported where one of its phrases ties it to somebody.

    Subclasses set ``ENTITY``, ``VOCAB``, ``RULES`` and, for words that share a
    spelling with the topic but not its meaning, ``EXCLUDE`` (entries that
    cancel any match they overlap: "une enceinte JBL", "حامل البطاقة").
    """

    ENTITY: ClassVar[str]
    VOCAB: ClassVar[Mapping[str, str]]
    RULES: ClassVar[Sequence[str]]
    EXCLUDE: ClassVar[str] = ""
    CHAIN: ClassVar[str] = ""  # a rule for what a found phrase may be coordinated with
    _compiled: ClassVar[CompiledRules | None] = None
    _instance: ClassVar[SensitivePhraseRecognizer | None] = None
    # One word followed by a capitalized one is a name ("je suis Christian Martin"), not a faith.
    NOT_BEFORE_NAME: ClassVar[bool] = False
    # Over the 0.5 threshold, under spaCy's 0.85: a name inside the phrase stays a PERSON.
    SCORE: ClassVar[float] = 0.75
    # One word over spaCy's 0.85, so the NER's misreading of the attribute as a name
    # ("Jewish", "Amazigh" as PERSON) does not hide the category (see _result).
    SCORE_ALONE: ClassVar[float] = 0.9

    # Every category, so that a phrase's clause stops at the topic word of another one.
    _CATEGORIES: ClassVar[list[type[SensitivePhraseRecognizer]]] = []

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        SensitivePhraseRecognizer._CATEGORIES.append(cls)

    def __init__(self, *, supported_language: str = "fr") -> None:
        super().__init__(
            supported_entities=[self.ENTITY],
            name=type(self).__name__,
            supported_language=supported_language,
        )
        self._rules = self.compiled_rules()

    @classmethod
    def compiled_rules(cls) -> CompiledRules:
        """The class's rules, compiled on first use and kept on the class (they never change)."""
        compiled = cls.__dict__.get("_compiled")
        if not isinstance(compiled, CompiledRules):
            compiled = compile_rules(cls.VOCAB, cls.RULES, cls.EXCLUDE, cls.CHAIN)
            cls._compiled = compiled
        return compiled

    def load(self) -> None:
        """Nothing to load: the rules are compiled once per process, on first use."""

    @classmethod
    def other(cls, text: str, folded: str) -> list[tuple[int, int]]:
        """This category's attributes in ``text``, for another category's clause to stop at."""
        return [(start, end) for start, end, _ in _matches(_key(cls), text, folded)]

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Report each phrase of the category, merged where phrases overlap."""
        if entities and self.ENTITY not in entities:
            return []
        folded = fold_text(text)
        # The NER's entities are spaCy spans (Presidio types them loosely).
        ner: list[tuple[int, int]] = []
        if nlp_artifacts is not None:
            for entity in nlp_artifacts.entities or []:
                span: Any = entity
                ner.append((span.start_char, span.end_char))
        found, cores = self._found(text, folded, ner)
        rules = self._rules
        phrases = _merged(found)
        if not phrases:
            return []
        needles = rules.trigger.spans(folded)
        # Each phrase with the rest of its clause (_extent.py), short of the next phrase and
        # of another category's attribute ("أنا حامل للجين ديال التلاسيميا" is GENETIC's).
        others = sorted(
            start
            for category in self._CATEGORIES
            if category is not type(self)
            for start, _ in category.other(text, folded)
        )
        limits = [
            min([next_start, *(o for o in others if o >= end)])
            for (_, end), next_start in zip(
                phrases, [start for start, _ in phrases[1:]] + [len(text)], strict=True
            )
        ]
        reaching = [
            (start, max(end, clause_end(text, folded, end, limit, ner)[1]))
            for (start, end), limit in zip(phrases, limits, strict=True)
        ]
        return [self._result(text, span, ner, needles, cores) for span in reaching]

    def _found(
        self, text: str, folded: str, ner: list[tuple[int, int]]
    ) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
        """The phrases of the category with their subject, and their attributes alone."""
        matches = _matches(_key(type(self)), text, folded)
        found = [
            (subject_start(text, folded, low, start, self._rules.known, ner), end)
            for start, end, low in matches
        ]
        return found, [(start, end) for start, end, _ in matches]

    def _match(self, text: str, folded: str) -> tuple[tuple[int, int, int], ...]:
        """Each attribute the rules find, with where its rule's match starts (its subject).

        A chained attribute ("et asthme") has no subject of its own: it starts the match.
        """
        rules = self._rules
        windows = _windows(folded, rules.trigger)
        if not windows:
            return ()
        excluded = [m.span() for m in rules.exclude.finditer(folded)]
        found: list[tuple[int, int, int]] = []
        for low, high in windows:
            window = folded[low:high]
            scripts = {
                "latin": _LATIN.search(window) is not None,
                "arabic": bool(_ARABIC.search(window)),
            }
            for rule in rules.rules:
                if not rule.needles.found(folded, low, high):
                    continue
                regex = rule.regex(**scripts)
                for match in regex.finditer(folded, low, high):
                    group = "v" if "v" in regex.groupindex and match.group("v") is not None else 0
                    start, end = match.span(group)
                    if end <= start or any(s < end and start < e for s, e in excluded):
                        continue
                    named = "who" in regex.groupindex and match.group("who") is not None
                    if named and not _is_name(text, *match.span("who")):
                        continue
                    if self.NOT_BEFORE_NAME and _single_word_before_name(text, start, end):
                        continue
                    found.append((start, end, match.end("who") if named else match.start()))
        for _, end, _ in list(found):
            while (link := rules.chain.match(folded, end)) is not None and link.end() > end:
                found.append((*link.span("c"), link.start("c")))
                end = link.end()
        return tuple(found)

    def _result(
        self,
        text: str,
        span: tuple[int, int],
        ner: list[tuple[int, int]],
        needles: list[tuple[int, int]],
        cores: list[tuple[int, int]],
    ) -> RecognizerResult:
        # An entity of the NER over one of the phrase's topic words is that word misread
        # ("I am Jewish": PERSON "Jewish"; "Lévothyrox 75 µg": PERSON "Lévothyrox"): the
        # phrase outranks it. An entity elsewhere in the phrase is a name ("Mon voisin
        # Karim a voté"), and so is a capitalized word off the topic words (a name from
        # the gazetteer, which the NER did not see): it keeps its span, since
        # spans.resolve_overlaps keeps the phrase's leftovers but not a name's. An
        # attribute of one word has no room for a name (its subject and clause hold
        # none: _extent.py stops at names).
        start, end = span
        overlapping = [(s, e) for s, e in ner if s < end and start < e]
        on_needle = [
            any(s < ne and ns < e for ns, ne in needles)
            for s, e in overlapping
            + [m.span() for m in _CAPITALIZED.finditer(text, start + 1, end)]
        ]
        misread = bool(overlapping) and all(on_needle)
        attributes = [text[s:e].strip() for s, e in cores if start <= s and e <= end]
        alone = not overlapping and all(" " not in attribute for attribute in attributes)
        return RecognizerResult(
            entity_type=self.ENTITY,
            start=start,
            end=end,
            score=self.SCORE_ALONE if misread or alone else self.SCORE,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: type(self).__name__,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY: True,
            },
        )


def _windows(folded: str, trigger: Trigger) -> list[tuple[int, int]]:
    """Stretches of text around the topic words, where the rules are worth running.

    A rule's person comes before its topic word, a few words at most, and its
    organization or attribute right after: the rules read ``_BEFORE`` characters
    before each topic word and ``_AFTER`` after it (to the end of a word), so
    their cost follows the number of topic words, not the length of the text.
    """
    windows: list[tuple[int, int]] = []
    for start, end in trigger.spans(folded):
        low = max(0, start - _BEFORE)
        high = min(len(folded), end + _AFTER)
        while high < len(folded) and not folded[high].isspace():
            high += 1
        if windows and low <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], high))
        else:
            windows.append((low, high))
    return windows


_NAME_AFTER: Final = re.compile(r" [A-ZÀ-Ý][a-zà-ÿ]")
# A capitalized word: a name, unless it is one of the phrase's topic words ("PJD", "Lévothyrox").
_CAPITALIZED: Final = re.compile(r"(?<![\w'’])[A-ZÀ-Ý][\w'’-]*")
# Capitalized words that open a sentence rather than name somebody.
_NOT_NAMES: Final = frozenset(
    " ".join(
        (
            "le la les l il elle ils elles ce cet cette ces mon ma mes ton ta tes son sa ses",
            "notre votre leur leurs un une des je tu on nous vous qui que quoi tout toute chaque",
            "dieu ca cela the this that these those he she it they we you i my your his her its",
            "our their a an who what there here every any god bonjour salut hello hi dear cher",
            "chere madame monsieur",
        )
    ).split()
)


def _single_word_before_name(text: str, start: int, end: int) -> bool:
    """One word then a capitalized one: "Christian Martin", "Soufi Ahmed" are names."""
    return " " not in text[start:end].strip() and _NAME_AFTER.match(text, end) is not None


def _is_name(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` reads as a person's name: capitalized words, no pronoun."""
    words = text[start:end].split()
    return bool(words) and all(
        word[:1].isupper() and word.casefold().strip("'’") not in _NOT_NAMES for word in words
    )


def _key(category: type[SensitivePhraseRecognizer]) -> str:
    return f"{category.__module__}.{category.__qualname__}"


@functools.lru_cache(maxsize=64)
def _matches(key: str, text: str, folded: str) -> tuple[tuple[int, int, int], ...]:
    """What ``category``'s rules find in ``text``, kept for the last texts.

    A text is read by its own category and asked about by the seven others (where their
    clauses stop): the rules run once per category and text.
    """
    category = next(c for c in SensitivePhraseRecognizer._CATEGORIES if _key(c) == key)
    instance = category.__dict__.get("_instance")
    if not isinstance(instance, category):
        instance = category()
        category._instance = instance
    return instance._match(text, folded)


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping spans as one: two rules reading the same phrase report it once."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out
