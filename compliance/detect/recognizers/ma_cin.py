"""MA_CIN: the number of the Moroccan national identity card (CIN / CNIE).

The number is one or two letters (the issuing region) then five or six
digits: "BE123456", "A123456", "JB45678". It has no checksum, and the shape
is shared with reference codes, so the shape alone scores below the default
threshold; an identity phrase nearby ("CIN", "carte nationale", "identité",
"ID card", "بطاقة") lifts it over. Passport numbers share the shape: when
a passport phrase is nearer than any identity phrase, the number is left to
the passport recognizer. A short confirmation right before the number ("oui
c'est bien ça, bk123456", "wah hiya hadik, JB45678") answers a question about
the card in the previous turn and lifts it too, unless an order, ticket or
product word is near (those codes follow a "oui" as well); so does "ID" right
before it ("ID C219360 matches"), unless it is an order's or a user's id. The
label glued to the number ("CINX-177687") is a CIN whatever surrounds it.
Lower-case and spaced numbers ("bk 123456") are read in the detector's identifier view.
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from compliance.detect.recognizers._context import PhraseContextMixin, fold, phrase_regex

__all__ = ["MoroccanCinRecognizer"]


class MoroccanCinRecognizer(PhraseContextMixin, PatternRecognizer):
    """Finds CIN-shaped tokens; context decides whether they are reported."""

    PATTERNS = (
        Pattern(
            "CIN (letters + digits)",
            # Upper case only, and neither a word character nor a hyphen on
            # either side: "AB12345X" (a SKU), "REF-AB12345" or "iPhone 15"
            # are not CINs. Five digits at least rule out "A4" or "AT205".
            r"(?<![\w-])[A-Z]{1,2}[0-9]{5,6}(?![\w-])",
            0.4,
        ),
        Pattern(
            # The label glued to the number, as typed or read off a scan:
            # "CINX-177687", "CINT 525285", "CNIE:BK123456" (the label is the context).
            "CIN (label glued)",
            r"(?<![\w-])(?:CIN|CNIE|cin|cnie)[:#]?[A-Z]{1,2}[- ]?[0-9]{5,6}(?![\w-])",
            0.75,
        ),
    )
    CONTEXT = (
        "cin",
        "cnie",
        "carte nationale",
        "identite",
        "identity",
        "id card",
        "national id",
        "بطاقة",  # card (البطاقة الوطنية, رقم البطاقة)
        "هوية",  # identity
        "la carte",  # Darija: "l cin dyali", "la carte dyali"
        "bitaqa",
        "l'cin",
        # Arabizi (digits for letters: 9 for qaf) and Darija spellings of "the card"
        "bita9a",
        "lbita9a",
        "lbitaqa",
        "lbitaka",
        "ra9m lbita9a",
        "lakart",
        "lkart",
        "la cart",
        "cart nationale",
        "البطاقة",
        "لاكارط",
        "الكارط",
        # Darija and short forms: "ra9m lcarte dyali", "CNI", "ب.ت.و" (البطاقة الوطنية)
        "lcarte",
        "l carte",
        "lkarta",
        "karta",
        "lbitaka",
        "bitaka",
        "lbtaqa",
        "cni",
        "c.i.n",
        "cine",
        "ب.ت.و",
        "ب ت و",
        "my id",
        "id number",
        "id no",
    )
    RIVAL_CONTEXT = ("passeport", "passport", "جواز", "paspor")
    # A confirmation right before the number ("oui c'est bien ça, bk123456", "wah
    # hiya hadik: JB45678", "نعم صحيح BE123456"): the answer to "your CIN?" in
    # the previous turn, which this text does not hold.
    CONFIRMATIONS = (
        "oui",
        "ouais",
        "c'est ca",
        "c'est bien ca",
        "exact",
        "exactement",
        "correct",
        "voila",
        "voici",
        "wah",
        "iyeh",
        "ih",
        "eyeh",
        "hahowa",
        "hahwa",
        "ha huwa",
        "hahiya",
        "hiya hadi",
        "hiya hadik",
        "howa hada",
        "yes",
        "yeah",
        "yep",
        "that's right",
        "here it is",
        "نعم",
        "أجل",
        "صحيح",
        "إيه",
        "ايه",
        "اه",
        "هاهو",
        "ها هو",
        "هاهي",
        "ها هي",
        "هو هذا",
        "هي هادي",
        # agreeing before giving it: "okay, t123456", "wakha: x234567", "تفضل BE123456"
        "ok",
        "okay",
        "d'accord",
        "c'est note",
        "bien sur",
        "sure",
        "of course",
        "here you go",
        "wakha",
        "wakhkha",
        "safi",
        "tfadal",
        "tfaddal",
        "واخا",
        "صافي",
        "تفضل",
        "حاضر",
    )
    CONFIRMATION_GAP = 20  # characters between the confirmation and the number
    # "ID" right before the number ("ID C219360 matches", "ID: BK77859") names the
    # card of a person, unless it is the id of an order, a ticket, a user...
    ID_LABEL = re.compile(r"(?<![a-z0-9])id\s*(?:no\.?|n°|number|#)?\s*[:#]?\s*$")
    NOT_A_PERSON_ID = re.compile(
        r"(?<![a-z0-9])(?:order|ticket|transaction|session|user|client|customer|product|item"
        r"|request|tracking|invoice|device|employee|commande|produit)[\s_-]*$"
    )
    # Words of the look-alikes that follow a confirmation too ("oui, commande AB123456").
    NEGATIVE_NEAR_CONFIRMATION = (
        "commande",
        "order",
        "sku",
        "ref",
        "reference",
        "colis",
        "parcel",
        "tracking",
        "suivi",
        "facture",
        "invoice",
        "ticket",
        "dossier",
        "vol",
        "flight",
        "modele",
        "model",
        "produit",
        "article",
        "code",
        "coupon",
        "serie",
        "serial",
        "imei",
        "matricule",
        "lot",
        "طلبية",
        "الطلب",
        "فاتورة",
    )

    def enhance_using_context(
        self,
        text: str,
        raw_recognizer_results: list[RecognizerResult],
        other_raw_recognizer_results: list[RecognizerResult],
        nlp_artifacts: NlpArtifacts | None,
        context: list[str] | None = None,
    ) -> list[RecognizerResult]:
        """Phrase context first; then a confirmation just before the number counts too."""
        results = super().enhance_using_context(
            text, raw_recognizer_results, other_raw_recognizer_results, nlp_artifacts, context
        )
        confirmation = phrase_regex(tuple(self.CONFIRMATIONS))
        negative = phrase_regex(tuple(self.NEGATIVE_NEAR_CONFIRMATION + self.RIVAL_CONTEXT))
        for result in results:
            if result.score >= self.PATTERNS[0].score + self.CONTEXT_BOOST:
                continue
            before = fold(text[max(0, result.start - self.CONTEXT_BEFORE) : result.start])
            after = fold(text[result.end : result.end + self.CONTEXT_AFTER])
            label = self.ID_LABEL.search(before)
            if label is not None and not self.NOT_A_PERSON_ID.search(before[: label.start()]):
                result.score = min(1.0, result.score + self.CONTEXT_BOOST)
                continue
            found = [
                m
                for m in confirmation.finditer(before)
                if len(before) - m.end() <= self.CONFIRMATION_GAP
            ]
            if not found:
                continue
            gap = before[found[-1].end() :]
            if (
                any(char.isdigit() for char in gap)
                or negative.search(before)
                or negative.search(after)
            ):
                continue
            result.score = min(1.0, result.score + self.CONTEXT_BOOST)
        return results

    def __init__(self, *, supported_language: str = "fr") -> None:
        super().__init__(
            supported_entity="MA_CIN",
            name="MoroccanCinRecognizer",
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
            supported_language=supported_language,
            # Case-sensitive on purpose: a lower-case "be123456" is more often
            # an identifier in code than a card number.
            global_regex_flags=re.DOTALL | re.MULTILINE,
        )
