"""Pick the language and script of a text: fr, en, ar, darija-latn or mixed.

The detector runs one spaCy pipeline per language, so each text needs a
language before analysis. A full language identifier (a model, a download)
is overkill for five labels: script counting separates Arabic script from
Latin, and counting distinctive words separates French, English and Darija
written in Latin letters ("bghit", "dyali", "3afak", with 3, 7 and 9 standing
for Arabic sounds) in well under a millisecond per kilobyte, offline.

* ``ar``: Arabic letters make at least 80 % of the letters (Latin codes
  such as "BE123456" or "IBAN" inside an Arabic sentence do not change that).
* ``mixed``: both scripts carry weight (each at least 20 % of the letters),
  or Darija cues and French/English words share a Latin text.
* ``darija-latn``: Darija cues outnumber French and English words.
* ``en``: English words strictly outnumber French ones; otherwise ``fr``,
  the working language of Moroccan administrations and the safer default
  when the evidence is thin (empty, numeric, a bare name).

:func:`pipeline_language` says which spaCy pipeline analyzes each label.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["LANGUAGES", "detect_language", "pipeline_language"]

LANGUAGES: Final = ("fr", "en", "ar", "darija-latn", "mixed")

# Arabic, Arabic Supplement, Arabic Extended-A and the presentation forms.
_ARABIC_LETTER = re.compile(
    r"[\u0621-\u064a\u0671-\u06d3\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]"
)
_LATIN_LETTER = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿŒœ]")
# Latin words, where Arabizi digits count as letters inside a word ("3afak",
# "m3a", "sa7bi", "l7bs") but "BE123456" or "2024" are no words.
_WORD = re.compile(r"(?<!\w)(?:[^\W\d_]|[2379](?=[^\W\d_]))+(?!\w)")
_ARABIZI = re.compile(r"[2379]")

# Only words frequent in one language and rare in the others: "a", "on",
# "me", "est", "son", "plus", "la" or "email" would vote for two.
_FRENCH_WORDS = """
    au aux avec c ce ces cette chez d dans des du elle elles et être
    il ils j je l le les leur leurs lui mais mes moi mon ne nous notre
    nos ou où par pas pour qu que qui sa se ses si sont sur ta te tes toi ton
    tu un une vos votre vous y été était avez avons suis sommes êtes fait
    faire peut merci bonjour svp numéro adresse téléphone voudrais bonsoir
"""
_ENGLISH_WORDS = """
    the and of to is are was were be been being have has had do does did
    will would shall should can could may might must i you he she it we
    they my your his her its our their this that these those what which
    who whom with from for at by about into over after before not no yes
    hi hello please thanks thank there here how why when where don t am
    number address phone call name
"""
# Darija in Latin letters: function words and frequent verbs, in their usual
# spellings; none is a French or English word.
_DARIJA_WORDS = """
    dyal dyali dyalk dyalek dyalo dyalha dyalna dyalkom dial diali dialk dialo
    bghit bghina bghiti bgha bghat kanbghi kanbghiw nbghi
    wach wash kifach kifash kif fin fayn feen daba dba db
    3afak 3afek afak chokran choukran chukran chkoun chkon chno chnou achno ach shno
    3lach 3lash alach mzyan mzyane mezyan bzaf bezzaf bezaf hna hnaya tma temma
    kayn kayna kaynin makaynch makaynach ghadi ghan ghanmchi rah raha rahom
    nta nti ntoma ntouma 7na hnaya howa hiya homa m3a m3ak m3aya m3ah mn men
    dak dik dok had hadi hada hadchi hadshi walakin ola wla wlla ila
    smiti smitek smito smitha nmra nemra nmera labas slm khoya khouya khti khtii
    sa7bi sahbi 3ndi 3andi 3ndk 3endek ma3ndich mochkil mouchkil muchkil flous
    drahem nhar lyoum lyouma ghedda gheda lbare7 safi yallah wakha wakhha
    ma9dertch ma9derch n9der t9der 3tini 3tih siftli sift sifto ktbli kteb
    khdma khdam khddam tomobil weldi bnti mrati rajli tbib sbitar lflous
    chhal ch7al taman wslat wsl wslatnich wslatch mazal mazala
"""
_FRENCH: Final = frozenset(_FRENCH_WORDS.split())
_ENGLISH: Final = frozenset(_ENGLISH_WORDS.split())
_DARIJA: Final = frozenset(_DARIJA_WORDS.split())

_ARABIC_SHARE = 0.8  # at or above: "ar"
_MIXED_SHARE = 0.2  # each script at or above: "mixed"

# The spaCy pipeline for each label (see engine.py): Arabic script has no
# spaCy model here, so a tokenizer-only Arabic pipeline serves it and our
# gazetteers find its names and places; every Latin-script label goes to
# the model of its dominant European language.
_PIPELINES: Final = {"fr": "fr", "en": "en", "ar": "ar", "darija-latn": "fr", "mixed": "fr"}


def _votes(text: str) -> tuple[int, int, int]:
    french = english = darija = 0
    for word in _WORD.findall(text.lower()):
        if word in _DARIJA or (_ARABIZI.search(word) and len(word) > 2):
            darija += 1
        elif word in _FRENCH:
            french += 1
        elif word in _ENGLISH:
            english += 1
    return french, english, darija


def detect_language(text: str) -> str:
    """Return ``"fr"``, ``"en"``, ``"ar"``, ``"darija-latn"`` or ``"mixed"`` for ``text``.

    Args:
        text: Any text; it is read, never stored.

    Returns:
        One of :data:`LANGUAGES`.
    """
    return _classify(text)[0]


def pipeline_language(text: str) -> tuple[str, str]:
    """Return the language label of ``text`` and the spaCy pipeline to analyze it with.

    The pipeline is ``"ar"`` for Arabic script, else ``"en"`` when English
    words outnumber French ones (also inside a mixed or Darija text), else ``"fr"``.
    """
    label, french, english = _classify(text)
    pipeline = _PIPELINES[label]
    if label in ("mixed", "darija-latn") and english > french:
        pipeline = "en"
    return label, pipeline


def _classify(text: str) -> tuple[str, int, int]:
    arabic = len(_ARABIC_LETTER.findall(text))
    latin = len(_LATIN_LETTER.findall(text)) if arabic else 0
    if arabic:
        share = arabic / (arabic + latin)
        if share >= _ARABIC_SHARE:
            return "ar", 0, 0
        if share >= _MIXED_SHARE:
            french, english, _ = _votes(text)
            return "mixed", french, english
    french, english, darija = _votes(text)
    if darija >= 2 and darija > french + english:
        return "darija-latn", french, english
    if darija >= 2 and french + english >= 2:
        return "mixed", french, english
    return ("en" if english > french else "fr"), french, english
