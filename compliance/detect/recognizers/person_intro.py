"""PERSON: a name that the writer introduces ("je m'appelle Youssef El Amrani").

The small spaCy models miss many Moroccan names, or label them ORG, exactly
where they matter most: when a person says who they are. The introduction
phrase is a strong cue in French, English, Darija written in Latin script
("smiti", "ana") and Arabic ("اسمي", "أنا"), so the words right after it are
reported as a name:

* Latin script: capitalized words, with Moroccan particles (El, Ben, Ait,
  Ou...) kept inside the name; after an unambiguous phrase ("smiti", "je
  m'appelle", "my name is") also lower-case words, as chats are typed
  ("smiti youssef el amrani"), up to a function word or punctuation.
* Arabic script: after "اسمي" (my name is) or a title ("السيد", "السيدة"),
  up to three words that are not function words; after the ambiguous "أنا"
  (I am: "أنا مصاب", "أنا من الرباط") only a name of the gazetteer.
* After a role word ("le livreur Hamza", "chauffeur Said", "notre collègue
  Itto"), one or two capitalized words that are not common words, places or
  brands ("le livreur Glovo", "technicien Samsung" are not people).
* Darija in Latin letters, in lower case: after a word naming someone
  ("smito", "ismha"), a relative ("khouya", "mrati", "3ammi"), a companion
  ("m3a", "sahbi") or "ana", a first name of the gazetteer ("khouya smito
  anas", "m3a rachid"); other words there ("ana marid") are not names.
"""

from __future__ import annotations

import functools
import re

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from compliance.detect.recognizers._fold import (
    ARABIC_LETTERS,
    arabic_stop_words,
    fold_text,
    fold_word,
    load_data,
    words,
)
from compliance.detect.recognizers.names import ROLE_WORDS, is_not_a_name
from compliance.detect.recognizers.places import is_known_place

__all__ = ["IntroducedNameRecognizer"]

_WORD = r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]+"
# Lower-case particles inside Moroccan and French names ("Hicham ait Benhaddou").
_PARTICLES = (
    "el",
    "ben",
    "bent",
    "bin",
    "ait",
    "aït",
    "ou",
    "al",
    "ibn",
    "bou",
    "de",
    "du",
    "la",
    "le",
)
_PARTICLE = "(?:" + "|".join(f"[{p[0].upper()}{p[0]}]{p[1:]}" for p in _PARTICLES) + ")"
_NAME = rf"{_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_WORD}){{0,3}}"
_LOWER_WORD = r"[a-zà-öø-ÿ][a-zà-öø-ÿ'’-]+"
_LOWER_NAME = rf"{_LOWER_WORD}(?:[ \t]+{_LOWER_WORD}){{0,3}}"
_AR_WORD = f"[{ARABIC_LETTERS}]+"
# Phrases after which whatever follows is a name, whatever its case.
_STRONG_INTRODUCTIONS = (
    r"je\s+m['’]appelle",
    r"mon\s+nom\s+est",
    r"my\s+name\s+is",
    r"smiti",
    r"ana\s+smiti",
    r"sm[iy]ti\s+hiya",
    r"nom\s+complet\s*:",
)
# Darija in Latin letters, typed in lower case: after these words (naming someone else,
# a relative, a companion, "ana" = I am) a first name of the gazetteer is a person
# ("khouya smito anas", "m3a rachid", "3ammi driss"), like a name after "أنا" in Arabic.
_LATIN_WEAK = (
    r"smito",
    r"smitou",
    r"smitha",
    r"smiyto",
    r"smiytha",
    r"ismo",
    r"ismou",
    r"ismha",
    r"esmo",
    r"khouya",
    r"khoya",
    r"khay",
    r"okhti",
    r"khti",
    r"mrati",
    r"rajli",
    r"wlidi",
    r"weldi",
    r"binti",
    r"benti",
    r"3ammi",
    r"3amti",
    r"khali",
    r"khalti",
    r"sahbi",
    r"sa7bi",
    r"sahbti",
    r"sa7bti",
    r"m3a",
    r"ana",
)
_ARABIC_STRONG = ("اسمي", "إسمي", "اسمي هو", "أنا اسمي", "السيد", "السيدة", "الآنسة", "باسم")
_ARABIC_WEAK = ("أنا", "انا", "معك", "معاك")
# Lower-case words that end a name typed in lower case ("smiti youssef w bghit").
_LOWER_STOPS = frozenset(
    """
    w et and mn men de from f fi l la le les je j i et ou wa o ana hna bghit bghina rani
    kan kanet merci chokran salam svp please 3afak dyal dyali m3a with avec a à au
    """.split()  # noqa: SIM905  (word lists read better as text)
)


@functools.cache
def _known_names() -> frozenset[str]:
    data = load_data("names.yaml")
    return frozenset(
        words(data["first_names"]["latin"])
        + words(data["first_names"]["arabic"])
        + words(data["family_names"]["arabic"])
    )


class IntroducedNameRecognizer(EntityRecognizer):
    """Reports the capitalized words that follow an introduction phrase."""

    INTRODUCTIONS = (
        # French
        r"je\s+m['’]appelle",
        r"mon\s+nom\s+est",
        r"mon\s+nom\s*:",
        r"moi\s+c['’]est",
        r"nom\s+complet\s*:",
        r"je\s+suis",
        # English
        r"my\s+name\s+is",
        r"my\s+name['’]s",
        r"i\s+am",
        r"i['’]m",
        r"name\s*:",
        # Darija in Latin script
        r"smiti",
        r"ana\s+smiti",
        r"ana",
        r"sm[iy]ti\s+hiya",
    )
    # Capitalized words that follow "je suis" / "I am" without being names.
    NOT_NAMES = frozenset(
        {
            "Marocain",
            "Marocaine",
            "Français",
            "Française",
            "Docteur",
            "Dr",
            "Madame",
            "Monsieur",
            "Mme",
            "Mr",
            "Mrs",
            "Ms",
            "Le",
            "La",
            "Les",
            "Un",
            "Une",
            "En",
            "Au",
            "The",
            "A",
            "An",
            "In",
            "At",
            "Not",
            "Very",
            "So",
            "Here",
            "Sorry",
            "Happy",
            "Ok",
            "Okay",
            "Bien",
            "Très",
            "Désolé",
            "Désolée",
            "Client",
            "Cliente",
            "Customer",
            "Moroccan",
            "French",
            "English",
        }
    )
    SCORE = 0.8

    def __init__(self, *, supported_language: str = "fr") -> None:
        super().__init__(
            supported_entities=["PERSON"],
            name="IntroducedNameRecognizer",
            supported_language=supported_language,
        )
        intro = "|".join(self.INTRODUCTIONS)
        self._regex: re.Pattern[str] = re.compile(
            rf"(?i:\b(?:{intro}))[ \t]*[:,]?[ \t]+(?P<name>{_NAME})"
        )
        strong = "|".join(_STRONG_INTRODUCTIONS)
        self._lower: re.Pattern[str] = re.compile(
            rf"(?i:\b(?:{strong}))[ \t]*[:,]?[ \t]+(?P<name>{_LOWER_NAME})"
        )
        arabic = "|".join(sorted(_ARABIC_STRONG + _ARABIC_WEAK, key=len, reverse=True))
        self._arabic: re.Pattern[str] = re.compile(
            rf"(?<![{ARABIC_LETTERS}])(?P<intro>{arabic})[ \t]*[:،,]?[ \t]+"
            rf"(?P<name>{_AR_WORD}(?:[ \t]+{_AR_WORD}){{0,2}})"
        )
        self._names = _known_names()
        weak = "|".join(_LATIN_WEAK)
        self._latin_weak: re.Pattern[str] = re.compile(
            # The name is looked ahead at, so a cue may stand inside another's name
            # ("khouya smito anas": "smito" ends the first match, not the second).
            rf"(?<![\w])(?:{weak})[ \t]*[:,]?[ \t]+"
            rf"(?=(?P<name>{_LOWER_WORD})(?:[ \t]+(?P<second>{_LOWER_WORD}))?)",
            re.IGNORECASE,
        )
        roles = "|".join(
            re.escape(role) for role in sorted(ROLE_WORDS, key=len, reverse=True) if role < "\u0600"
        )
        self._role: re.Pattern[str] = re.compile(
            rf"(?<![\w])(?:{roles})[ \t]*[:,]?[ \t]+(?P<name>[a-zà-ÿ][a-zà-ÿ'’-]+)"
            rf"(?:[ \t]+(?P<second>[a-zà-ÿ][a-zà-ÿ'’-]+))?"
        )

    def load(self) -> None:
        """Nothing to load: the patterns are compiled in the constructor."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Report each introduced name; honorifics before it are not part of the name."""
        if entities and "PERSON" not in entities:
            return []
        spans: list[tuple[int, int]] = []
        for match in self._regex.finditer(text):
            names = match.group("name").split()
            start = match.start("name")
            while names and names[0].rstrip(".") in self.NOT_NAMES:
                start = text.index(names[1], start) if len(names) > 1 else match.end("name")
                names = names[1:]
            if names:
                spans.append((start, match.end("name")))
        for match in self._lower.finditer(text):
            spans.extend(self._lower_case(match))
        for match in self._arabic.finditer(text):
            spans.extend(self._arabic_name(match))
        spans.extend(self._after_role(text))
        spans.extend(self._after_latin_cue(text))
        # "ana Mehdi" is read by the capitalized and the lower-case rules alike: once.
        return [self._result(start, end) for start, end in dict.fromkeys(spans)]

    def _after_latin_cue(self, text: str) -> list[tuple[int, int]]:
        """A gazetteer first name after a Darija naming, kinship or companion word."""
        spans = []
        for match in self._latin_weak.finditer(text):
            if fold_word(match.group("name")) not in self._names:
                continue
            end = match.end("name")
            second = match.group("second")
            if (
                second
                and second.casefold() not in _LOWER_STOPS
                and fold_word(second) in self._names
            ):
                end = match.end("second")
            spans.append((match.start("name"), end))
        return spans

    def _after_role(self, text: str) -> list[tuple[int, int]]:
        """Capitalized words after a role word, unless a common word, a place or a brand."""
        spans = []
        for match in self._role.finditer(fold_text(text)):
            end = match.end("name")
            if not self._role_name(text[match.start("name") : end]):
                continue
            second = match.start("second")
            if second >= 0 and self._role_name(text[second : match.end("second")]):
                end = match.end("second")
            spans.append((match.start("name"), end))
        return spans

    def _role_name(self, word: str) -> bool:
        return (
            word[:1].isupper()
            and not word.isupper()
            and word not in self.NOT_NAMES
            and not is_not_a_name(word)
            and not is_known_place(word)
        )

    @staticmethod
    def _lower_case(match: re.Match[str]) -> list[tuple[int, int]]:
        """The words of a lower-case name, up to the first function word."""
        start = end = match.start("name")
        for word in re.finditer(r"\S+", match.group("name")):
            if word.group().casefold() in _LOWER_STOPS:
                break
            end = match.start("name") + word.end()
        return [(start, end)] if end > start else []

    def _arabic_name(self, match: re.Match[str]) -> list[tuple[int, int]]:
        """Words after an Arabic introduction: any after a strong one, known after "أنا"."""
        stop = arabic_stop_words()
        strong = match.group("intro") in _ARABIC_STRONG
        start = end = match.start("name")
        for count, word in enumerate(re.finditer(r"\S+", match.group("name"))):
            folded = fold_word(word.group())
            if folded in stop or (folded[:1] == "و" and folded[1:] in stop):
                break
            if count == 0 and not strong and folded not in self._names:
                return []
            end = match.start("name") + word.end()
        return [(start, end)] if end > start else []

    def _result(self, start: int, end: int) -> RecognizerResult:
        return RecognizerResult(
            entity_type="PERSON",
            start=start,
            end=end,
            score=self.SCORE,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: "IntroducedNameRecognizer",
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )
