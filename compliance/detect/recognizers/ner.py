"""PERSON and LOCATION from spaCy's NER, minus what cannot be a name or a place.

The small French and English models tag alphanumeric codes as entities
("BE123456" and "A4" come out as LOC), greetings as people ("Bonjour
Madame" is a PER) and, in short prompts, the capitalised first word
("Combien" LOC, "Pouvez-vous" PER, "Rendez-vous" LOC), and sweep a code
into a place ("CIN BE123456" as LOC). Those spans would
outscore, and so hide, the pattern recognizer that knows what a code is (a
CIN), and would pseudonymize words the model upstream needs. A span is kept
only when one of its words is alphabetic and is not a greeting or a title,
and when it is not a lone function word or a verb joined to a pronoun.

In a mixed text the French model runs over Arabic words too, and tags word
pairs such as "أرسلوا الفاتورة" (send the invoice) as people: entities with
Arabic letters are left to the gazetteer recognizers, which know the script.

A place the text makes nobody's ("la capitale du Maroc", "météo à Rabat",
"Université de Rabat") is not reported: ``_place_context.tied_to_person``
decides, for every LOCATION recognizer alike.
"""

from __future__ import annotations

import re
from typing import Any

import spacy
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from presidio_analyzer.predefined_recognizers import SpacyRecognizer

from compliance.detect.recognizers._place_context import tied_to_person
from compliance.detect.recognizers.names import is_known_name
from compliance.detect.recognizers.person_cues import names_a_firm
from compliance.detect.recognizers.places import is_known_place

__all__ = ["NerRecognizer", "looks_like_a_name"]

_WORD_SEPARATORS = re.compile(r"[\s.,'’-]+")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
# The start of the text or of a sentence: where an imperative ("Traduis",
# "Rédige", "Réponds") is capitalized like a name.
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n«\"(]\s*|\s-\s)\s*$")
# Identifier and form words the models take for names or places.
_LABEL_WORDS = frozenset(
    "massar cin cnie cnss rib iban ice imei sku ref cv guest resume patient client total".split()  # noqa: SIM905  (word lists read better as text)
)
# A person's name does not start with, or follow, an institution's word.
_INSTITUTIONS = frozenset(
    """
    fondation hôpital hopital clinique université universite lycée lycee école ecole collège
    college faculté faculte institut mosquée mosquee aéroport aeroport stade centre banque
    hospital university school foundation airport mosque rue avenue boulevard bd place
    pâtisserie patisserie boulangerie pharmacie café cafe restaurant snack librairie hôtel
    hotel épicerie epicerie bazar garage cabinet société societe sté ste groupe agence
    magasin boutique club stade lot lotissement résidence residence immeuble imm hay derb
    douar quartier cité cite impasse allée allee zenqa
    """.split()  # noqa: SIM905  (word lists read better as text)
)
# A word of a personal name: letters, capitalized or not ("eva kleist"), or an
# initial ("J", "D.").
_NAME_PART = re.compile(r"[A-ZÀ-ÖØ-Þa-zà-öø-ÿ][a-zà-öø-ÿ'’-]+|[A-Z]\.?")
_AND = re.compile(r"\s+and\s+")
# A house number before, a number or a street word after: a street, not a person
# ("9721 Dalmatinova 43", "159 Eleftheriou Venizelou str", "2450 Crown St").
_STREET_AFTER = re.compile(
    r"^\s+(?:\d{1,5}\b|(?i:str|st|street|rd|road|ave|avenue|u|utca|tér|vej|gade|gata)\b)"
)
_STREET_WORDS = frozenset("st str street rd road ave avenue lane drive way square tér".split())  # noqa: SIM905
# A motion verb and its preposition before a word: a place ("flew to Loeches").
_PLACE_BEFORE = re.compile(
    r"(?i:\b(?:flew|moved|moved here|returned|arrived|travell?ed|went|drove|came|originally|"
    r"i am|i'm|based|located)\s+(?:to|at|from|in)\s+$)"
)
_POSSESSIVE = re.compile(r"['’]s$")
# Words that make an ORG entity a company, not a person mislabelled.
_COMPANY_WORDS = frozenset(
    """
    inc llc ltd co corp corporation company group bank university college school hospital
    association foundation holdings services systems technologies technology solutions
    partners international sa sarl gmbh ag nv bv club hotel airlines air telecom media
    news press studio studios records films institute agency ministry council committee
    department office center centre store shop market capital fund trust energy motors
    labs network networks software consulting logistics insurance pharma health care
    orchestra associates markets incorporated
    """.split()  # noqa: SIM905  (word lists read better as text)
)
# Legal forms of companies: a span holding one names a company, not a person or a place.
_LEGAL_FORMS = frozenset("sarl sarlau sas snc ltd inc llc gmbh corp holding".split())  # noqa: SIM905
# "Mr. Leiva": the dot of a title does not end a sentence.
_TITLE_DOT = re.compile(r"(?i:\b(?:m|mr|mrs|ms|mme|mlle|dr|pr|st))\.\s*$")
# Lower-case words that name nobody and nowhere on their own.
_GREETINGS_AND_TITLES = """
    bonjour bonsoir salut salam cher chère chers madame monsieur mademoiselle
    mesdames messieurs mme mlle mr m dr docteur maître me pr professeur
    hello hi dear sir madam mrs ms miss mister doctor
"""
_NOT_NAMES = frozenset(_GREETINGS_AND_TITLES.split())
# French imperative or question with the pronoun joined by a hyphen:
# "Pouvez-vous", "Dites-moi", "Rendez-vous", "Peut-on", "Va-t-il".
_JOINED_PRONOUN = re.compile(
    r"-(?:t-)?(?:je|moi|tu|toi|il|elle|on|nous|vous|ils|elles|le|la|les|lui|leur|y|en)(?!\w)",
    re.IGNORECASE,
)


_LEADING_WORD = re.compile(r"([^\W\d_]+)\.?[\s,:-]+")


def _parts(line: str) -> list[tuple[int, int]]:
    """Offsets of the names joined by "and" or "&" in ``line``."""
    parts = []
    position = 0
    for separator in _AND.finditer(line):
        parts.append((position, separator.start()))
        position = separator.end()
    parts.append((position, len(line)))
    return parts


def _skip_leading_labels(text: str, start: int, end: int) -> int:
    """Move ``start`` past titles, greetings and form labels: "Mme Nadia" -> "Nadia"."""
    while True:
        match = _LEADING_WORD.match(text, start, end)
        if match is None or match.group(1).casefold() not in _NOT_NAMES | _LABEL_WORDS:
            return start
        start = match.end()


def looks_like_a_name(span_text: str) -> bool:
    """Return whether ``span_text`` has an alphabetic word that is not a greeting or title."""
    return any(
        len(word) >= 2 and word.isalpha() and word.casefold() not in _NOT_NAMES
        for word in _WORD_SEPARATORS.split(span_text)
    )


class NerRecognizer(SpacyRecognizer):
    """Presidio's SpacyRecognizer, without spans that are codes, greetings or verbs."""

    # Under spaCy's 0.85: a real PERSON or LOCATION reading of the same words wins.
    ORG_AS_PERSON_SCORE = 0.6

    def __init__(self, *, supported_language: str = "fr", **kwargs: Any) -> None:
        super().__init__(supported_language=supported_language, name="NerRecognizer", **kwargs)
        self._stop_words: frozenset[str] = frozenset(
            spacy.util.get_lang_class(supported_language).Defaults.stop_words
        )

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
    ) -> list[RecognizerResult]:
        """Return spaCy's entities that look like a name or a place."""
        results: list[RecognizerResult] = super().analyze(text, entities, nlp_artifacts)
        results = [r for r in results if r.entity_type != "ORGANIZATION"]
        if nlp_artifacts is not None and self.supported_language == "en":
            results += self._names_called_organizations(text, nlp_artifacts)
        kept = []
        for result in results:
            result.start = _skip_leading_labels(text, result.start, result.end)
            if result.entity_type == "PERSON" and self._a_place(text, result.start, result.end):
                result.entity_type = "LOCATION"
            if result.entity_type == "PERSON" and self._in_a_firm(text, result.start, result.end):
                continue
            if result.start < result.end and self._keeps(text, result.start, result.end):
                kept.append(result)
        # A place tied to a person once is theirs wherever the text names it again.
        untied = {id(result) for result in kept if self._untied_place(text, result)}
        tied = {text[r.start : r.end].casefold() for r in kept if id(r) not in untied}
        return [r for r in kept if id(r) not in untied or text[r.start : r.end].casefold() in tied]

    @staticmethod
    def _untied_place(text: str, result: RecognizerResult) -> bool:
        """A place (or a name holding a listed place) that is nobody's here."""
        span_text = text[result.start : result.end]
        place = result.entity_type == "LOCATION" or (
            result.entity_type == "PERSON" and is_known_place(span_text)
        )
        if result.entity_type == "PERSON" and not place:
            # "Fès Gourmand", "Atlas Tanger SARL": a shop or a company named after its
            # city, which the model calls a person; a person's name has no such word.
            words = [w for w in _WORD_SEPARATORS.split(span_text) if w]
            place = any(is_known_place(w) for w in words) and not all(
                is_known_name(w) or is_known_place(w) or w.islower() for w in words
            )
        return place and not tied_to_person(text, result.start, result.end)

    def _names_called_organizations(
        self, text: str, nlp_artifacts: NlpArtifacts
    ) -> list[RecognizerResult]:
        """PERSON for ORG entities of the English model that are shaped like a name."""
        found = []
        for entity in nlp_artifacts.entities:
            if entity.label_ != "ORGANIZATION":
                continue
            # "Mystery & Suspense", "Marshall, Hernandez and Simpson", "the Avalara office",
            # "work for Deloitte": a category or a firm, not a person the model mislabelled.
            if "&" in entity.text or "," in entity.text.split("\n", 1)[0]:
                continue
            if names_a_firm(text, entity.end_char):
                continue
            # "Usamov and Bowers", "Julieta S Almeida\n\nStaff", "Szczepańska's"
            first_line = entity.text.split("\n", 1)[0]
            for part_start, part_end in _parts(first_line):
                name = _POSSESSIVE.sub("", first_line[part_start:part_end]).strip()
                words = name.split()
                if not 1 <= len(words) <= 3 or any(not _NAME_PART.fullmatch(w) for w in words):
                    continue
                if any(w.casefold().strip(".,") in _COMPANY_WORDS for w in words):
                    continue
                start = entity.start_char + part_start
                found.append(
                    RecognizerResult(
                        entity_type="PERSON",
                        start=start,
                        end=start + len(name),
                        score=self.ORG_AS_PERSON_SCORE,
                        recognition_metadata={
                            RecognizerResult.RECOGNIZER_NAME_KEY: "NerRecognizer",
                            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                        },
                    )
                )
        return found

    @staticmethod
    def _a_place(text: str, start: int, end: int) -> bool:
        """A "person" that is a street of an address or the goal of a journey."""
        words = _WORD_SEPARATORS.split(text[start:end].casefold())
        if any(word in _STREET_WORDS for word in words[1:]):
            return True
        before = text[max(0, start - 24) : start]
        if _PLACE_BEFORE.search(before) and not is_known_name(text[start:end].split()[0]):
            return True
        house = re.search(r"(?:^|[^\d\s:,.+-])\s*\b\d{1,5}\s+$", before)
        return house is not None and _STREET_AFTER.match(text[end:]) is not None

    @staticmethod
    def _in_a_firm(text: str, start: int, end: int) -> bool:
        """A "name" that holds a firm's word itself: "Hall Orchestra", "Simpson Associates".

        Only the span's own words count. Context alone ("a gift for Freja, Ubul and
        Halldór") cannot tell a list of people from a firm of partners, and a name
        dropped on a guess goes out in clear: such a list stays masked.
        """
        words = _WORD_SEPARATORS.split(text[start:end].split("\n", 1)[0].casefold())
        return any(word in _COMPANY_WORDS for word in words)

    def _keeps(self, text: str, start: int, end: int) -> bool:
        span_text = text[start:end]
        if not looks_like_a_name(span_text) or _ARABIC.search(span_text):
            return False
        # Names and places start with a capital; lower-case spans are Darija
        # words ("bghit", "khoya", "wach kayna") the French model mistook.
        # English texts keep them: "follow up with patricia desrosiers".
        if not span_text[:1].isupper() and self.supported_language != "en":
            return False
        if any(char.isdigit() for char in span_text):  # "CIN BE123456", "A4 Appt 3"
            return False
        words = _WORD_SEPARATORS.split(span_text.casefold())
        if any(word in _LEGAL_FORMS for word in words):  # "Atlas Tanger SARL"
            return False
        if words[0] in _INSTITUTIONS:
            return False
        previous = text[max(0, start - 20) : start].split()
        if previous and previous[-1].casefold() in _INSTITUTIONS:
            return False
        if span_text.isalpha():  # a single word: "Combien", "Pouvez"(-vous)
            return self._keeps_word(text, start, end, span_text)
        return True

    def _keeps_word(self, text: str, start: int, end: int, word: str) -> bool:
        if word.casefold() in self._stop_words or word.casefold() in _LABEL_WORDS:
            return False
        if _JOINED_PRONOUN.match(text, end):
            return False
        # First word of a French sentence, known as neither a name nor a place:
        # an imperative or a noun capitalized by position ("Traduis",
        # "Livraison"). English sentences start with names too often
        # ("Kevin had given...") and the English model rarely makes this mistake.
        if self.supported_language == "en" or is_known_name(word) or is_known_place(word):
            return True
        sentence_start = _SENTENCE_START.search(text, 0, start) is not None
        return not sentence_start or _TITLE_DOT.search(text, 0, start) is not None
