"""Pick the analysis language of a text: Arabic script, English or French.

The detector runs one spaCy pipeline per language, so each text needs a
language before analysis. A full language identifier (a model, a download)
is overkill for three candidates: script counting separates Arabic, and
counting a few hundred distinctive stop words separates English from French
in well under a millisecond per kilobyte, offline. When the evidence is thin
or tied the answer is French, the working language of Moroccan
administrations and the safer default for this deployment.
"""

from __future__ import annotations

import re

__all__ = ["detect_language"]

# Arabic, Arabic Supplement, Arabic Extended-A and the presentation forms.
_ARABIC_LETTER = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_LATIN_LETTER = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿŒœ]")
# Whole words of letters: "l'adresse" gives "l" and "adresse", "don't" gives
# "don" and "t", but "BE123456" gives nothing (not "be").
_WORD = re.compile(r"\b[^\W\d_]+\b")

# Only words that are frequent in one language and rare in the other: "a",
# "on", "me", "est", "son", "plus" or "email" would vote for both and are left out.
_FRENCH_WORDS = """
    au aux avec c ce ces cette chez d dans des du elle elles et être
    il ils j je l la le les leur leurs lui mais mes moi mon ne nous notre
    nos ou où par pas pour qu que qui sa se ses si sont sur ta te tes toi ton
    tu un une vos votre vous y été était avez avons suis sommes êtes fait
    faire peut merci bonjour svp numéro adresse téléphone
"""
_ENGLISH_WORDS = """
    the and of to is are was were be been being have has had do does did
    will would shall should can could may might must i you he she it we
    they my your his her its our their this that these those what which
    who whom with from for at by about into over after before not no yes
    hi hello please thanks thank there here how why when where don t am
    number address phone call name
"""
_FRENCH = frozenset(_FRENCH_WORDS.split())
_ENGLISH = frozenset(_ENGLISH_WORDS.split())


def detect_language(text: str) -> str:
    """Return ``"ar"``, ``"en"`` or ``"fr"`` for ``text``.

    ``"ar"`` when Arabic letters outnumber Latin ones (Darija written in Latin
    letters is not Arabic script and goes to the French pipeline, where our
    pattern recognizers still apply). Otherwise English wins only when it has
    strictly more stop-word votes than French, so empty, numeric or ambiguous
    texts come out French.

    Args:
        text: Any text; it is read, never stored.

    Returns:
        The language code of the pipeline that should analyze the text.
    """
    arabic = len(_ARABIC_LETTER.findall(text))
    if arabic and arabic > len(_LATIN_LETTER.findall(text)):
        return "ar"
    french = english = 0
    for word in _WORD.findall(text.lower()):
        if word in _FRENCH:
            french += 1
        elif word in _ENGLISH:
            english += 1
    return "en" if english > french else "fr"
