from __future__ import annotations

import pytest

from compliance.detect.recognizers.sensitive import CriminalRecognizer

from .conftest import Found

RECOGNIZER = CriminalRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an arrest, a conviction or a prison term told of the person the text names
        ("fz tazi a été arrêté par la police l'an dernier", ["a été arrêté par la police"]),
        ("Salma, arrested for theft in 2023, CIN BH 84514", ["arrested for theft in 2023"]),
        ("3arfti badr? kan f l7bs 3amin 3la serka", ["kan f l7bs"]),
        ("حمزة شدوه البوليس على الدروگا", ["شدوه البوليس"]),
        ("applicant X, born 1958, served two years in prison.", ["served two years in prison"]),
        ("تم توقيفه من طرف الشرطة بتهمة السرقة", ["تم توقيفه من طرف الشرطة بتهمة السرقة"]),
        ("Background check shows a theft conviction", ["a theft conviction"]),
        # look-alikes: "arrête" (stop), a closed shop, arrests in the news
        ("arrête de m'appeler", []),
        ("الحانوت مشدود اليوم", []),
        ("Police arrested suspects yesterday", []),
        (
            "Mon collègue Nabil a fait de la prison pour escroquerie.",
            ["a fait de la prison pour escroquerie"],
        ),
        ("j'ai un casier judiciaire", ["j'ai un casier judiciaire"]),
        ("mon frère est en prison depuis 2020", ["mon frère est en prison depuis 2020"]),
        ("I was convicted of fraud in 2015", ["i was convicted of fraud in 2015"]),
        ("I served two years in jail", ["i served two years in jail"]),
        ("my brother got arrested last night", ["my brother got arrested last night"]),
        ("ana khrjt mn l7bs l3am li fat", ["ana khrjt mn l7bs"]),
        ("khoya f l7bs", ["khoya f l7bs"]),
        ("أخي لديه سوابق عدلية", ["أخي لديه سوابق عدلية"]),
        ("دخلت الحبس عامين", ["دخلت الحبس عامين"]),
        ("il a écopé de 2 ans de prison ferme", ["il a écopé de 2 ans de prison ferme"]),
        # topics
        ("Comment obtenir un extrait de casier judiciaire ?", []),
        ("I watched a documentary about prison reform", []),
        ("what is the sentence for tax fraud in Morocco?", []),
        # look-alikes
        ("mon casier judiciaire est vierge", []),
        ("je suis arrêté au feu rouge", []),
        ("la société est détenue par un fonds", []),
        ("I spent time with my family", []),
        # valid: the vocabularies written for the language (care, practice, dues, records...)
        ("convicted of theft in 2015", ["convicted of theft in 2015"]),
        ("I got a fine for shoplifting", ["i got a fine for shoplifting"]),
        ("dkhlt l7bs 3la sr9a", ["dkhlt l7bs 3la"]),
        # look-alike: the same words in a question, a product, a news item
        ("what is the fine for speeding in Morocco?", []),
        ("who was convicted in the corruption case?", []),
    ],
)
def test_criminal_data_is_reported_when_a_phrase_ties_it_to_somebody(
    found: Found, text: str, expected: list[str]
) -> None:
    assert found(RECOGNIZER, text) == sorted(e.casefold() for e in expected)
