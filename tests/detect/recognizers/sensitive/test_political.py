from __future__ import annotations

import pytest

from compliance.detect.recognizers.sensitive import PoliticalOpinionRecognizer

from .conftest import Found

RECOGNIZER = PoliticalOpinionRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # support and votes told of the person named, in the four writings
        ("ملاحظة: إيطري آيت باها كيدافع على حزب الاستقلال، ما", ["كيدافع على حزب الاستقلال"]),
        ("omar kaysawt 3la PJD f kol intikhabat", ["kaysawt 3la pjd f kol intikhabat"]),
        ("Salma soutient le RNI depuis 2016", ["soutient le rni depuis 2016"]),
        ("note: omar mnadel f PAM, ma tehdrouch", ["mnadel f PAM"]),
        # look-alikes: a party's stance, a question about anybody
        ("Le RNI soutient la réforme", []),
        ("Who supports the PJD in Rabat?", []),
        # membership and office
        ("Je suis militant au PJD depuis 2011", ["je suis militant au pjd depuis 2011"]),
        ("je suis militante au PAM depuis 2015", ["je suis militante au pam depuis 2015"]),
        ("Karim, membre du bureau politique de l'USFP", ["membre du bureau politique de l'usfp"]),
        ("I'm an RNI member", ["an rni member"]),
        ("أنا عضو في حزب الاستقلال", ["أنا عضو في حزب الاستقلال"]),
        ("ana 3odw f l7izb dyal l7ahrar", ["ana 3odw f l7izb"]),
        ("elle est conseillère communale du RNI", ["elle est conseillère communale du rni"]),
        # vote
        ("j'ai voté pour le RNI", ["j'ai voté pour le rni"]),
        ("I voted for the opposition party", ["i voted for the opposition party"]),
        ("sawtt 3la l'pjd", ["sawtt 3la l'pjd"]),
        ("صوتت على الأحرار", ["صوتت على الأحرار"]),
        ("ghadi nsawet 3la lmisba7", ["ghadi nsawet 3la lmisba7"]),
        # support and candidacy
        ("je soutiens la FGD", ["je soutiens la fgd"]),
        ("ana m3a PSU", ["ana m3a psu"]),
        (
            "je suis candidat de l'Istiqlal aux communales",
            ["je suis candidat de l'istiqlal aux communales"],
        ),
        # movements
        ("j'ai participé au Hirak en 2017", ["j'ai participé au hirak en 2017"]),
        ("kont m3a l'3adl wal i7ssan", ["kont m3a l'3adl wal i7ssan"]),
        ("خرجت مع حركة 20 فبراير", ["خرجت مع حركة 20 فبراير"]),
        # stances
        ("I'm a socialist", ["a socialist"]),
        ("je suis plutôt de gauche", ["de gauche"]),
        ("أنا يساري", ["أنا يساري"]),
        # topics
        ("c'est quoi le programme du parti PJD ?", []),
        ("Quand auront lieu les élections législatives ?", []),
        ("un militant du PJD peut-il être fonctionnaire ?", []),
        ("What did the RNI promise about health?", []),
        ("ما هو برنامج حزب الاستقلال؟", []),
        # look-alikes
        ("je t'envoie un MP avec le PAM de la réunion", []),
        ("il est parti à Rabat hier", []),
        # valid: the vocabularies written for the language (care, practice, dues, records...)
        (
            "my father is a member of the Istiqlal party",
            ["my father is a member of the istiqlal party"],
        ),
        ("I took part in the February 20 protests", ["i took part in the february 20 protests"]),
        # look-alike: the same words in a question, a product, a news item
        ("I'm going to the birthday party tonight", []),
        ("la CDT appelle à une manifestation nationale", []),
    ],
)
def test_political_opinions_are_reported_when_a_phrase_ties_them_to_somebody(
    found: Found, text: str, expected: list[str]
) -> None:
    assert found(RECOGNIZER, text) == sorted(e.casefold() for e in expected)
