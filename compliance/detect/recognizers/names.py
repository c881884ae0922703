"""PERSON from a gazetteer of Moroccan first and family names, Latin and Arabic script.

The small spaCy models miss many Moroccan names ("Oumaima Ait Ouarab", "Tudert
Amzil") and have nothing for Arabic script. ``data/names.yaml`` lists first
names, family names and name particles in both scripts (with spelling
variants); this recognizer reports runs of words that contain a known name:

* Latin script: capitalized words next to each other ("Youssef El Amrani",
  "Fatima-Zahra Benali"), particles inside them ("Hicham ait Benhaddou"), an
  unknown capitalized word beside a known one (an unlisted family name, also
  in capitals before the first name: "OUHADDOU Itto");
  lower-case, as Darija chats write, a known first name followed by a family
  name, a second first name or a particle and its word ("youssef alaoui",
  "mohamed amine chraibi", "zineb ait baha"), scored above the NER whose
  span stops short; a known first name alone ("imane") at the threshold,
  unless it is also a chat word ("dounia", "amine").
* Arabic script: a known first name (compound ones too: "عبد الرحيم",
  "فاطمة الزهراء") and what follows it: a family name, a nisba ("ال...ي"),
  an Amazigh "أو..." ("أوحمو"), "بن" / "آيت" and the next word, a second
  first name; the clitics "و", "ب", "ل" glued to the first word stay outside
  the span. An unlisted word before a known family name is its first name
  unless it is a function word, a title or has the article ("تافسوت أمغار",
  not "السيد العلوي").

Two known parts score highest; one alone less; a name that is also an
everyday word ("Said", "أمل", "علي") scores under the threshold unless a
title, a role word ("le livreur Hamza", "chauffeur Said") or an introduction
precedes it. A run after a street or building word
("avenue Hassan II", "Hôpital Ibn Sina", "شارع محمد الخامس") is a place, not
a person, and is left to the address recognizer.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Final

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from compliance.detect.recognizers._context import phrase_regex
from compliance.detect.recognizers._fold import (
    ARABIC_LETTERS,
    arabic_stop_words,
    fold_text,
    fold_word,
    load_data,
    words,
)

__all__ = ["MoroccanNameRecognizer", "ROLE_WORDS", "is_known_name", "is_not_a_name"]

_TOKEN: Final = re.compile(rf"[A-Za-zÀ-ÖØ-öø-ÿ]+(?:['’][A-Za-zÀ-ÖØ-öø-ÿ]+)*|[{ARABIC_LETTERS}]+")
_JOINS: Final = re.compile(r"[ \t]{1,2}|-|[ \t]?-[ \t]?")
_ROMAN_AFTER: Final = re.compile(r"\s+(?:II|III|IV|V|VI|VII|VIII|IX|X)\b")
_ARABIC_ORDINALS: Final = frozenset(
    fold_word(w)
    for w in "الأول الثاني الثالث الرابع الخامس السادس السابع".split()  # noqa: SIM905  (word lists read better as text)
)
_CLITICS: Final = ("و", "ب", "ل", "ف", "ك")
# First names that, typed in lower case, are more often a word of the chat:
# Darija "dounia" (the world), "jamila" (pretty), "tayeb" (cooked, good),
# "walid" (the father), "mbarek" (blessed), "amine" (amen), "widad" (the club).
_LOWER_WORDS: Final = frozenset(
    """
    dounia donia jamila jamil karima latifa tayeb taib walid lahbib mbarek mbark mubarak
    amine amin widad fatiha aziz mamma mama jamaa hamid saida naima hanane hanan kamal
    malika salima mokhtar hayat amal rahma karam yamna zahra zohra sabrina nasser asia
    """.split()  # noqa: SIM905  (word lists read better as text)
)
_GLUED_ARTICLE: Final = re.compile(r"^e(?:l|([stdrzn])(?=\1))(.{3,})$")
_NOT_NAMES: Final = frozenset(
    words(
        """
        bonjour bonsoir salut salam slm cher chere chers madame monsieur mademoiselle
        mme mlle mr mrs ms miss dr docteur pr professeur maitre sir dear hello hi hey
        merci thanks cordialement regards patient patiente client cliente nom prenom
        name date lundi mardi mercredi jeudi vendredi samedi dimanche janvier fevrier
        mars avril mai juin juillet aout septembre octobre novembre decembre monday
        tuesday wednesday thursday friday saturday sunday january february march april
        june july august september october november december docteur tbib cin rib iban
        ice cnss massar passeport passport tel gsm email mail whatsapp si lalla ok svp
        """
    )
)


@dataclass(frozen=True)
class _Lexicon:
    first: frozenset[str]
    family: frozenset[str]
    ambiguous: frozenset[str]
    particles: frozenset[str]
    tails: frozenset[str]
    latin_common: frozenset[str]
    brands: frozenset[str]


@functools.cache
def _lexicon() -> _Lexicon:
    data = load_data("names.yaml")
    first = words(data["first_names"]["latin"]) + words(data["first_names"]["arabic"])
    family = words(data["family_names"]["latin"]) + words(data["family_names"]["arabic"])
    # "El-Amrani" and "Ait-Benhaddou" are listed whole; their last part names too.
    family += [part for name in family for part in name.split("-")[1:] if len(part) > 3]
    ambiguous = words(data["ambiguous"]["latin"]) + words(data["ambiguous"]["arabic"])
    particles = words(data["particles"]["latin"]) + words(data["particles"]["arabic"])
    from spacy.lang.en.stop_words import STOP_WORDS as EN
    from spacy.lang.fr.stop_words import STOP_WORDS as FR

    names = set(first) | set(family)
    common = {fold_word(w) for w in FR | EN} - names
    return _Lexicon(
        first=frozenset(first),
        family=frozenset(family),
        ambiguous=frozenset(ambiguous),
        particles=frozenset(particles),
        tails=frozenset(words(data["arabic_compound_tails"])),
        latin_common=frozenset(common | _NOT_NAMES),
        brands=frozenset(words(data.get("brands"))),
    )


def is_known_name(word: str) -> bool:
    """Return whether ``word`` (one word, any case) is a listed first or family name."""
    folded = fold_word(word)
    lexicon = _lexicon()
    return folded in lexicon.first or folded in lexicon.family


def is_not_a_name(word: str) -> bool:
    """Return whether ``word`` is a common word, a title or a listed brand ("Samsung", "Glovo")."""
    folded = fold_word(word)
    lexicon = _lexicon()
    if folded in lexicon.first or folded in lexicon.family:
        return False
    return folded in lexicon.latin_common or folded in lexicon.brands


@functools.cache
def _arabic_cues() -> frozenset[str]:
    """Arabic-script titles, role words and introductions, folded: never a first name."""
    cues = (*MoroccanNameRecognizer.CONTEXT, *ROLE_WORDS)
    return frozenset(fold_word(cue) for cue in cues if cue >= "\u0600")


@dataclass
class _Token:
    start: int
    end: int
    surface: str
    folded: str


# Role words a first name follows alone ("le livreur Hamza", "chauffeur Said",
# "l'infirmière Amal", "السائق رشيد"): a person, even when the name is also a word.
ROLE_WORDS: Final = (
    "livreur",
    "livreuse",
    "chauffeur",
    "technicien",
    "technicienne",
    "infirmier",
    "infirmiere",
    "agent",
    "collegue",
    "voisin",
    "voisine",
    "ami",
    "amie",
    "copain",
    "copine",
    "stagiaire",
    "serveur",
    "serveuse",
    "receptionniste",
    "caissier",
    "caissiere",
    "gardien",
    "concierge",
    "plombier",
    "electricien",
    "mecanicien",
    "vendeur",
    "vendeuse",
    "prof",
    "directeur",
    "directrice",
    "responsable",
    "commercial",
    "commerciale",
    "coursier",
    "nounou",
    "driver",
    "courier",
    "technician",
    "nurse",
    "colleague",
    "neighbor",
    "neighbour",
    "friend",
    "teacher",
    "officer",
    "mechanic",
    "plumber",
    "manager",
    "sa7bi",
    "s7abi",
    "sahbi",
    "khouya",
    "khoya",
    "khti",
    "chifour",
    "lchifour",
    "moul",
    "lbawab",
    "3ammi",
    "khali",
    "3amti",
    "khalti",
    "mrati",
    "rajli",
    "السائق",
    "الموزع",
    "التقني",
    "الممرض",
    "الممرضة",
    "زميلي",
    "زميلتي",
    "المعلم",
    "المعلمة",
    "الحارس",
    "خويا",
    "ختي",
    "صاحبي",
    "عمي",
    "خالي",
    "الموظف",
    "الموظفة",
)


class MoroccanNameRecognizer(EntityRecognizer):
    """Reports runs of words holding a known Moroccan first or family name."""

    # Titles and phrases that announce a name right after them.
    CONTEXT = (
        "m.",
        "mr",
        "mme",
        "mlle",
        "monsieur",
        "madame",
        "mademoiselle",
        "dr",
        "docteur",
        "pr",
        "professeur",
        "maitre",
        "si",
        "lalla",
        "mrs",
        "ms",
        "miss",
        "sir",
        "dear",
        "cher",
        "chere",
        "bonjour",
        "bonsoir",
        "salam",
        "hello",
        "hi",
        "merci",
        "thanks",
        "cordialement",
        "regards",
        "patient",
        "patiente",
        "client",
        "cliente",
        "eleve",
        "candidat",
        "candidate",
        "conseiller",
        "conseillere",
        "mon mari",
        "ma femme",
        "mon fils",
        "ma fille",
        "mon frere",
        "ma soeur",
        "mon pere",
        "ma mere",
        "nom",
        "prenom",
        "name",
        "au nom de",
        "de la part de",
        "attention",
        "je suis",
        "i am",
        "i'm",
        "ana",
        "smiti",
        "my name is",
        "je m'appelle",
        "appelle",
        "named",
        "signe",
        # forms, logs and files: the field or the party a name fills
        "user",
        "username",
        "login",
        "utilisateur",
        "customer",
        "applicant",
        "tenant",
        "policyholder",
        "locataire",
        "adherent",
        "adherente",
        "beneficiaire",
        "titulaire",
        "dossier",
        "employee",
        "employe",
        # Darija relatives typed in Latin letters
        "mama",
        "baba",
        "bnti",
        "binti",
        "benti",
        "weldi",
        "wldi",
        "wlidi",
        "mratou",
        "rajlha",
        "smit",
        "smito",
        "smitha",
        "المستخدم",
        "المستخدمة",
        "العميل",
        "العميلة",
        "الكليان",
        "المكتري",
        "المكترية",
        "المنخرط",
        "المنخرطة",
        "الموظف",
        "الموظفة",
        "المعني بالأمر",
        "المعنية بالأمر",
        "أسفله",
        "واسمه",
        "واسمها",
        "ولدي",
        "بنتي",
        "وليدي",
        "مراتي",
        "راجلي",
        "ماما",
        "بابا",
        "سميتي",
        "السيد",
        "السيدة",
        "الآنسة",
        "الأستاذ",
        "الأستاذة",
        "الدكتور",
        "الدكتورة",
        "الحاج",
        "الحاجة",
        "المريض",
        "المريضة",
        "التلميذ",
        "التلميذة",
        "الطالب",
        "الطالبة",
        "الزبون",
        "الزبونة",
        "اسمي",
        "أنا",
        "باسم",
        "تحيات",
        "ابني",
        "ابنتي",
        "زوجي",
        "زوجتي",
        "جاري",
        "صديقي",
        "للسيد",
        "للسيدة",
        "بالسيد",
        "بالسيدة",
        *ROLE_WORDS,
    )
    # Words after which a run of names is a street, a building or an institution.
    BLOCKERS = (
        "rue",
        "avenue",
        "av",
        "bd",
        "boulevard",
        "place",
        "impasse",
        "allee",
        "route",
        "lotissement",
        "residence",
        "hay",
        "derb",
        "quartier",
        "cite",
        "lycee",
        "ecole",
        "college",
        "universite",
        "faculte",
        "hopital",
        "clinique",
        "mosquee",
        "aeroport",
        "gare",
        "stade",
        "hotel",
        "riad",
        "complexe",
        "centre",
        "fondation",
        "institut",
        "banque",
        "pharmacie",
        "street",
        "road",
        "hospital",
        "school",
        "university",
        "airport",
        "mosque",
        "foundation",
        "station",
        "club",
        "prix",
        "festival",
        "شارع",
        "زنقة",
        "درب",
        "حي",
        "إقامة",
        "عمارة",
        "مستشفى",
        "جامعة",
        "مسجد",
        "ثانوية",
        "مدرسة",
        "مؤسسة",
        "مطار",
        "ملعب",
        "فندق",
        "مصحة",
        "كلية",
        "معهد",
        "مركز",
        "تجزئة",
    )
    SCORE_FULL = 0.9  # first name and family name, both known
    SCORE_PARTIAL = 0.75  # two or more name words, one known
    SCORE_FIRST = 0.55  # a known first name alone
    SCORE_FAMILY = 0.5  # a known family name alone
    SCORE_WEAK = 0.3  # only names that are also everyday words
    # "youssef alaoui" in lower case: above the NER's 0.85, whose span of a
    # lower-case name often stops short ("salma el" of "salma el ouafi").
    SCORE_LOWER_PAIR = 0.88
    SCORE_LOWER_FIRST = 0.5  # "imane" alone in lower case
    CONTEXT_BOOST = 0.3
    CONTEXT_BEFORE = 25

    def __init__(self, *, supported_language: str = "fr") -> None:
        super().__init__(
            supported_entities=["PERSON"],
            name="MoroccanNameRecognizer",
            supported_language=supported_language,
        )
        self._lexicon = _lexicon()
        self._context = phrase_regex(tuple(self.CONTEXT))
        self._blockers = phrase_regex(tuple(self.BLOCKERS))

    def load(self) -> None:
        """Nothing to load: the gazetteer is read once per process, on first use."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Report every run of words that holds a known name."""
        if entities and "PERSON" not in entities:
            return []
        folded = fold_text(text)
        results: list[RecognizerResult] = []
        for run in self._runs(text, folded):
            arabic = run[0].surface[0] >= "\u0600"
            found = self._arabic(run) if arabic else self._latin(run)
            for start, end, score in found:
                result = self._result(text, folded, start, end, score)
                if result is not None:
                    results.append(result)
        return results

    # -- tokens -------------------------------------------------------------------
    @staticmethod
    def _runs(text: str, folded: str) -> list[list[_Token]]:
        runs: list[list[_Token]] = []
        current: list[_Token] = []
        for match in _TOKEN.finditer(text):
            token = _Token(
                match.start(), match.end(), match.group(), folded[match.start() : match.end()]
            )
            if current:
                gap = text[current[-1].end : token.start]
                same_script = (token.surface[0] >= "\u0600") == (current[-1].surface[0] >= "\u0600")
                if not (same_script and _JOINS.fullmatch(gap)):
                    runs.append(current)
                    current = []
            current.append(token)
        if current:
            runs.append(current)
        return runs

    # -- Latin script ---------------------------------------------------------------
    def _latin_kind(self, token: _Token) -> str:
        lex = self._lexicon
        word = token.folded
        if word in lex.ambiguous:
            return "A"
        if word in lex.first:
            return "F"
        if word in lex.family:
            return "L"
        if word in lex.particles:
            return "P"
        # The article glued to a family name, assimilated or not: "Essaadi",
        # "Ettahiri", "Ennaji", "Elalaoui".
        glued = _GLUED_ARTICLE.match(word)
        if glued is not None and glued.group(2) in lex.family:
            return "L"
        return "U"

    def _name_like(self, token: _Token, kind: str) -> bool:
        surface = token.surface
        if not surface[0].isupper():
            return False
        if kind in "FLA":
            return True
        if surface.isupper() and len(surface) <= 4:  # "CIN", "RIB", "SKU"
            return False
        return len(surface) > 1 and token.folded not in self._lexicon.latin_common

    def _latin(self, run: list[_Token]) -> list[tuple[int, int, float]]:
        kinds = [self._latin_kind(token) for token in run]
        found: list[tuple[int, int, float]] = []
        i = 0
        while i < len(run):
            # a segment of capitalized name-like words, particles allowed inside
            j = i
            while j < len(run):
                if self._name_like(run[j], kinds[j]) or (
                    kinds[j] == "P"
                    and j + 1 < len(run)
                    and self._name_like(run[j + 1], kinds[j + 1])
                ):
                    j += 1
                else:
                    break
            if j > i:
                found.extend(self._latin_segment(run[i:j], kinds[i:j]))
                i = j
            else:
                lower = self._latin_lower(run, kinds, i)
                if lower is not None:
                    found.append(lower)
                    while i < len(run) and run[i].end <= lower[1]:
                        i += 1
                else:
                    i += 1
        return found

    def _latin_segment(
        self, tokens: list[_Token], kinds: list[str]
    ) -> list[tuple[int, int, float]]:
        known = [k for k in kinds if k in "FLA"]
        if not known:
            return []
        first_known = next(n for n, k in enumerate(kinds) if k in "FLA")
        # An unknown word before the first known one is kept when it can be a
        # first name before a family name ("Tudert Amzil"); otherwise it is
        # the word that starts the sentence ("Livraison Youssef").
        # A family name in capitals before a known first name is the civil-status
        # order of ID cards and forms ("OUHADDOU Itto", "ZOUBIR Hamid").
        start = first_known
        if first_known > 0 and kinds[first_known - 1] == "U":
            previous = tokens[first_known - 1].surface
            if kinds[first_known] == "L" or (previous.isupper() and len(previous) >= 3):
                start = first_known - 1
        # "El Amrani", "Ait Ouarab"; not a lower-case article ("de Oumaima")
        while start > 0 and kinds[start - 1] == "P" and tokens[start - 1].surface[0].isupper():
            start -= 1
        # At most two unknown words after the last known one (unlisted family names).
        last_known = max(n for n, k in enumerate(kinds) if k in "FLA")
        end = last_known + 1
        extra = 0
        while end < len(kinds) and extra < 2 and kinds[end] in "UP":
            if kinds[end] == "U":
                extra += 1
            end += 1
        while end - 1 > start and kinds[end - 1] == "P":
            end -= 1
        span = kinds[start:end]
        count = sum(1 for k in span if k != "P")
        has_first, has_family = "F" in span, "L" in span
        if count >= 2 and has_first and has_family:
            score = self.SCORE_FULL
        elif count >= 2 and (has_first or has_family):
            score = self.SCORE_PARTIAL
        elif count >= 2 and "A" in span:
            score = self.SCORE_FAMILY if span.count("A") >= 2 or "U" in span else self.SCORE_WEAK
        elif has_first:
            score = self.SCORE_FIRST
        elif has_family:
            score = self.SCORE_FAMILY
        else:
            score = self.SCORE_WEAK
        return [(tokens[start].start, tokens[end - 1].end, score)]

    def _latin_lower(
        self, run: list[_Token], kinds: list[str], i: int
    ) -> tuple[int, int, float] | None:
        """A lower-case name as chats type it: "youssef el alaoui", "zineb ait baha", "imane".

        A known first name (or a name that is also a word, before a family name)
        then more first names and a family name, or a particle and the word it
        introduces; a known first name alone scores at the threshold, so that a
        title or an introduction before it ("client imane", "ana fz") confirms it.
        """
        if kinds[i] not in "FA" or run[i].surface[0].isupper():
            return None
        j = i + 1
        while j < len(run) and kinds[j] == "F" and not run[j].surface[0].isupper():
            j += 1
        if j < len(run) and kinds[j] == "P" and not run[j].surface[0].isupper():
            nxt = j + 1
            if nxt < len(run) and kinds[nxt] in "FLU" and len(run[nxt].surface) > 2:
                return run[i].start, run[nxt].end, self.SCORE_LOWER_PAIR
        if j < len(run) and kinds[j] == "L" and not run[j].surface[0].isupper():
            return run[i].start, run[j].end, self.SCORE_LOWER_PAIR
        if j > i + 1:
            return run[i].start, run[j - 1].end, self.SCORE_LOWER_PAIR
        if kinds[i] == "F" and run[i].folded not in _LOWER_WORDS:
            return run[i].start, run[i].end, self.SCORE_LOWER_FIRST
        return None

    # -- Arabic script ----------------------------------------------------------------
    def _arabic_lookup(self, word: str) -> str:
        lex = self._lexicon
        if word in lex.ambiguous:
            return "A"
        if word in lex.first:
            return "F"
        if word in lex.family or ("ال" + word) in lex.family:
            return "L"
        if word.startswith("ال") and word[2:] in lex.family:
            return "L"
        if word in lex.particles:
            return "P"
        return "U"

    def _arabic(self, run: list[_Token]) -> list[tuple[int, int, float]]:
        stop = arabic_stop_words()
        lex = self._lexicon
        found: list[tuple[int, int, float]] = []
        i = 0
        while i < len(run):
            token = run[i]
            word, offset = token.folded, 0
            kind = self._arabic_lookup(word)
            if kind == "U" and len(word) > 3 and word[0] in _CLITICS:
                kind = self._arabic_lookup(word[1:])
                offset = 1 if kind != "U" else 0
            if kind not in "FALP" or word in stop:
                i += 1
                continue
            start = token.start + offset
            parts = [kind]
            j = i + 1
            if kind == "P":  # "عبد الرحيم", "مولاي إدريس", "بن علي"
                if j >= len(run) or run[j].folded in stop:
                    i += 1
                    continue
                parts = ["F" if word == "عبد" else "L"]
                j += 1
            while j < len(run) and len(parts) < 5:
                nxt = run[j].folded
                if nxt in stop:
                    break
                if nxt in lex.tails:
                    j += 1
                    continue
                nkind = self._arabic_lookup(nxt)
                if nkind == "P" and j + 1 < len(run) and run[j + 1].folded not in stop:
                    parts.append("L")
                    j += 2
                    continue
                if nkind in "FLA" or (
                    parts[-1] in "FA"
                    and (
                        (nxt.startswith("ال") and nxt.endswith("ي") and len(nxt) >= 5)
                        # the Amazigh "son of" of family names: "أوحمو", "أوبلا"
                        or (nxt.startswith("او") and len(nxt) >= 4)
                    )
                ):
                    parts.append("L" if nkind in "UL" else nkind)
                    j += 1
                    continue
                break
            end = run[j - 1].end
            if parts[0] == "L" and offset == 0 and self._arabic_first_before(run, i):
                # An unlisted first name before a known family name: "تافسوت أمغار".
                start = run[i - 1].start
                parts.insert(0, "U")
            if len(parts) >= 2 and parts[0] in "FA" and "L" in parts[1:]:
                score = self.SCORE_FULL
            elif len(parts) >= 2 and ("F" in parts or "L" in parts):
                score = self.SCORE_PARTIAL
            elif parts == ["F"]:
                score = self.SCORE_FIRST
            elif parts == ["L"]:
                score = self.SCORE_FAMILY - 0.05
            else:
                score = self.SCORE_WEAK
            found.append((start, end, score))
            i = j
        return found

    def _arabic_first_before(self, run: list[_Token], i: int) -> bool:
        """Whether the word before a family name can be its unlisted first name.

        Not a function word, a word with the article ("المريض", "السيد"), a title
        or role word, nor a word with a clitic glued to it.
        """
        if i == 0:
            return False
        word = run[i - 1].folded
        return (
            len(word) >= 3
            and not word.startswith(("ال", "لل"))
            and word not in arabic_stop_words()
            and word not in _arabic_cues()
            and not (word[0] in _CLITICS and word[1:] in _arabic_cues())
        )

    # -- scoring ---------------------------------------------------------------------
    def _result(
        self, text: str, folded: str, start: int, end: int, score: float
    ) -> RecognizerResult | None:
        before = folded[max(0, start - self.CONTEXT_BEFORE) : start]
        # A street, an institution or a royal name: not a person here.
        last_word = " ".join(before.split()[-1:])
        if self._blockers.search(last_word):
            return None
        if _ROMAN_AFTER.match(text, end):
            return None
        following = folded[end : end + 12].split()
        if following and following[0] in _ARABIC_ORDINALS:
            return None
        if self._context.search(before):
            score = min(1.0, score + self.CONTEXT_BOOST)
        return RecognizerResult(
            entity_type="PERSON",
            start=start,
            end=end,
            score=score,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: "MoroccanNameRecognizer",
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY: True,
            },
        )
