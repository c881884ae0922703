"""LOCATION for the place a phrase about a person names: "grew up in HELSINKI", "flew to RYSSBY".

The small English model knows the big cities, in title case. After a phrase
that says where somebody lives, comes from, went or meets ("lives in",
"moved here from", "originally from", "I am in", "flew to", "meet me at",
"Where:", "home city"), the words that follow are a place whatever their
script or case: "ΕΓΚΩΜΗ", "PORT O' WARREN", "Villafranca del Cid", "Porto
Alegre" (which the model calls a person). Those words must be capitalized
(a lower-case word after "I'm in" is "a meeting", not a place); the phrase
stops at a word of a venue ("Erwetegem Country Club"), a weekday or a
month, and at punctuation.

An address after such a phrase starts with a number or a street word: that
is ``AddressRecognizer``'s job, so this recognizer skips it. "sent to",
"ship to" and "deliver to" are its cues, not this one's: the capitalized
words after them are as often the recipient's name ("shipped to Hind
Boutaleb, 27 rue ..."). After "lives on" or "at", the house number after
the street's name is part of it ("lives on Via dei Fiorentini 17").
"""

from __future__ import annotations

import re
from typing import Final

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

__all__ = ["PlaceCueRecognizer"]

# Phrases that tie the next words to a person's whereabouts.
_CUE: Final = re.compile(
    r"(?i:\b(?:"
    r"(?:lives?|lived|living|resides?|resided)\s+(?:in|at|on)"
    r"|(?:moved|moving|relocated|relocating)\s+(?:here\s+|back\s+)?(?:to|from)"
    r"|(?:flew|flown|flies)\s+(?:back\s+)?(?:to|from|in\s+from)"
    r"|grew\s+up\s+in|raised\s+in|born\s+in|(?:originally|comes?|came)\s+from"
    r"|i'?m\s+(?:in|from)|i\s+am\s+(?:in|from)|(?:he|she)\s+is\s+(?:in|from)|(?:he|she)'s\s+from"
    r"|meet\s+(?:me|you|us)\s+(?:at|in)|home\s*(?:city|town)"
    r"|drops?\s+(?:you|me)\s+off\s+(?:at|in)"
    r"|(?:we|i|he|she|they)\s+(?:returned|went\s+back|got\s+back)\s+to"
    r")\b[ \t]*|(?<![\w-])where:[ \t]*)"
)
# A word of letters, with its inner apostrophes, dots and hyphens ("O'", "St.", "Saint-Denis").
_WORD: Final = re.compile(r"\(?[^\W\d_](?:[^\W\d_]|['’.-](?=[^\W\d_]))*['’.]?\)?")
_POSSESSIVE: Final = re.compile(r"['’]s$")
_GAP: Final = re.compile(r"[ \t]+|[ \t]*-[ \t]*")
# Words a place name may hold in lower case: "Villafranca del Cid", "Turkovice u Prelouce".
_PARTICLES: Final = frozenset(
    """
    de del della dei degli di da do dos das du des la le las los el al von van der den am an upon on
    sur u y i e of
    """.split()  # noqa: SIM905  (word lists read better as text)
)
# Capitalized words that are not a place, or that end the place before them.
_STOPS: Final = frozenset(
    """
    i i'm a an the my our his her their this that there here it we you he she they
    monday tuesday wednesday thursday friday saturday sunday today tomorrow tonight
    january february march april may june july august september october november december
    country club hotel restaurant cafe café bar station airport center centre hall park
    conference office mall university college school hospital church stadium
    mr mrs ms dr
    """.split()  # noqa: SIM905  (word lists read better as text)
)
_MAX_WORDS = 4
_STREET_CUE: Final = re.compile(r"(?i:\s(?:on|at))\s*$")
_HOUSE_NUMBER: Final = re.compile(r"[ \t]+[0-9]{1,5}[A-Za-z]?\b(?![ \t]?[0-9])")


class PlaceCueRecognizer(EntityRecognizer):
    """Reports the capitalized words after a phrase that places a person there."""

    # Over the NER's 0.85: "grew up in Porto Alegre" is a place, not the model's PERSON;
    # under AddressRecognizer's 0.9, so a whole address wins.
    SCORE = 0.88

    def __init__(self, *, supported_language: str = "en") -> None:
        super().__init__(
            supported_entities=["LOCATION"],
            name="PlaceCueRecognizer",
            supported_language=supported_language,
        )

    def load(self) -> None:
        """Nothing to load: the patterns are compiled at import."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Report the place after each cue, when capitalized words follow it."""
        if entities and "LOCATION" not in entities:
            return []
        results = []
        for cue in _CUE.finditer(text):
            span = _place_after(
                text, cue.end(), numbered=_STREET_CUE.search(cue.group()) is not None
            )
            if span is None:
                continue
            results.append(
                RecognizerResult(
                    entity_type="LOCATION",
                    start=span[0],
                    end=span[1],
                    score=self.SCORE,
                    recognition_metadata={
                        RecognizerResult.RECOGNIZER_NAME_KEY: "PlaceCueRecognizer",
                        RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                        RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY: True,
                    },
                )
            )
        return results


def _place_after(text: str, start: int, *, numbered: bool) -> tuple[int, int] | None:
    """The capitalized words at ``start`` (particles inside them), or None.

    With ``numbered``, a house number after the words is theirs.
    """
    end = start
    position = start
    words = 0
    while words < _MAX_WORDS:
        match = _WORD.match(text, position)
        if match is None:
            break
        word = match.group()
        bare = _POSSESSIVE.sub("", word.strip("()").casefold())
        if bare in _STOPS:
            break
        if word.strip("(")[:1].isupper():
            end = match.end()
            words += 1
            if word.endswith(".") and len(word) > 4:  # a full stop, not an abbreviation ("St.")
                end -= 1
                break
        elif not (words and bare in _PARTICLES):
            break
        gap = _GAP.match(text, match.end())
        if gap is None:
            break
        position = gap.end()
    if end == start:
        return None
    number = _HOUSE_NUMBER.match(text, end) if numbered else None
    return (start, number.end() if number else end)
