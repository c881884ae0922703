from __future__ import annotations

import pytest

from compliance.detect.recognizers.sensitive import ReligionRecognizer

from .conftest import Found

RECOGNIZER = ReligionRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # said of the person just named, then what they do; third-person practice in Darija
        ("العميلة مريم بناني مسيحية وتطلب عطلة يوم الأحد", ["مسيحية"]),
        ("ماسينيسا أوبلا من أصل ريفي يعتنق المسيحية، رقم", ["يعتنق المسيحية"]),
        ("client Tafsut lhoudi w kaytlb makla kasher", ["lhoudi"]),
        ("badr bennani kaydir salat f jame3 kol nhar", ["kaydir salat"]),
        ("he is a devout Catholic", ["he is a devout catholic"]),
        # look-alikes: faiths and communities in general
        ("les musulmans, les chrétiens et les juifs", []),
        ("la communauté juive, ses fêtes", []),
        # self-descriptions, adjectives or nouns
        ("je suis athée depuis mes 20 ans", ["je suis athée"]),
        ("Je suis chrétienne et je voudrais me marier ici", ["je suis chrétienne"]),
        ("I'm a practising Catholic", ["a practising catholic"]),
        ("Ahmed told me he is an atheist", ["he is an atheist"]),
        ("ana msi7i w khayf mn l3a2ila", ["ana msi7i"]),
        ("sa7bi Hassan wlla msi7i", ["wlla msi7i"]),
        ("أنا ملحد ولا أصوم", ["أنا ملحد ولا أصوم"]),
        ("أنا صائم اليوم", ["أنا صائم اليوم"]),
        ("ma femme est juive", ["ma femme est juive"]),
        ("je ne suis pas croyant", ["je ne suis pas croyant"]),
        # conversions
        (
            "Mon voisin s'est converti au christianisme",
            ["mon voisin s'est converti au christianisme"],
        ),
        ("I converted to Islam last year", ["i converted to islam last year"]),
        ("جاري اعتنق المسيحية ويخاف من عائلته", ["جاري اعتنق المسيحية"]),
        ("ana tnassart 3am li fat", ["ana tnassart"]),
        # practice
        ("je ne fais pas le ramadan", ["je ne fais pas le ramadan"]),
        ("ana ma kansalich", ["ana ma kansalich"]),
        ("I wear the hijab at work", ["i wear the hijab at work"]),
        ("ما كنصليش", ["ما كنصليش"]),
        ("je fais mes cinq prières", ["je fais mes cinq prières"]),
        ("kansoum ramdan w kanseli", ["kanseli", "kansoum ramdan"]),
        ("I pray five times a day", ["i pray five times a day"]),
        # religious groups with a membership cue
        (
            "je suis mourid de la tariqa Boutchichiya",
            ["je suis mourid de la tariqa boutchichiya"],
        ),
        # topics
        ("Quelle est la religion officielle du Maroc ?", []),
        ("What time does Ramadan start this year?", []),
        ("c'est quoi la différence entre chiites et sunnites ?", []),
        ("ما هي أركان الإسلام؟", []),
        # look-alikes
        ("le fichier est converti en PDF", []),
        ("je suis pratiquant de judo", []),
        ("I'm a big believer in free markets", []),
        ("ana sofia, bghit nreservi", []),
        # valid: the vocabularies written for the language (care, practice, dues, records...)
        ("I stopped praying", ["i stopped praying"]),
        ("kanmchi l zawiya tijaniya kol jem3a", ["kanmchi l zawiya tijaniya kol"]),
        # look-alike: the same words in a question, a product, a news item
        ("is the mosque open on Friday?", []),
    ],
)
def test_beliefs_are_reported_when_a_phrase_ties_them_to_somebody(
    found: Found, text: str, expected: list[str]
) -> None:
    assert found(RECOGNIZER, text) == sorted(e.casefold() for e in expected)
