from __future__ import annotations

import pytest

from compliance.detect.recognizers._place_context import tied_to_person


@pytest.mark.parametrize(
    ("text", "place", "expected"),
    [
        # valid: residence, origin, birth, address, in French, English, Darija, Arabic
        ("J'habite à Casablanca depuis 2010.", "Casablanca", True),
        ("Je suis originaire de Nador.", "Nador", True),
        ("born in Agadir in 1990", "Agadir", True),
        ("ana mn Fes w sakn f Tanger", "Fes", True),
        ("ana mn Fes w sakn f Tanger", "Tanger", True),
        ("أنا ساكن في الرباط", "الرباط", True),
        ("مزداد بوجدة", "وجدة", True),
        ("Adresse : Imm. 3, bd. Anfa, Casablanca", "Casablanca", True),
        # valid: the tied cue is in the clause, or just after the place
        ("J'habite à côté de l'hôpital de Fès", "Fès", True),
        ("Il fait combien à Rabat, la ville où j'habite ?", "Rabat", True),
        ("J'habite à Rabat et je cherche un billet pour Paris", "Rabat", True),
        # valid: no cue, or a phrase that only looks like one: reported
        ("Rabat", "Rabat", True),
        ("Je suis en train de chercher un appart à Rabat", "Rabat", True),
        ("Tu habites où ?\nRabat", "Rabat", True),
        # look-alike: trivia and geography
        ("Quelle est la capitale du Maroc ?", "Maroc", False),
        ("What is the capital of Morocco?", "Morocco", False),
        ("ما هي عاصمة المغرب؟", "المغرب", False),
        ("Casablanca est la capitale économique du Maroc.", "Casablanca", False),
        # look-alike: weather and travel
        ("Il fait combien à Rabat demain ?", "Rabat", False),
        ("الطقس في الرباط غدا", "الرباط", False),
        ("Je cherche un vol pas cher pour Marrakech en juillet.", "Marrakech", False),
        ("J'habite à Rabat et je cherche un billet pour Paris", "Paris", False),
        # look-alike: products, companies, institutions
        ("Liste: huile d'argan d'Agadir, dattes de Zagora", "Zagora", False),
        ("Notre siège : 45 boulevard Zerktouni, Casablanca", "Casablanca", False),
        ("Siège social : Imm. 3, bd. Anfa, Casablanca", "Casablanca", False),
        ("J'ai étudié à l'Université de Rabat.", "Rabat", False),
        ("Le Wydad de Casablanca a gagné.", "Wydad de Casablanca", False),
        ("Notre agence de Kénitra est ouverte.", "Kénitra", False),
        ("Our Casablanca office is located downtown.", "Casablanca", False),
        # valid: a shop or a school named further away does not untie an address
        (
            "La boutique est fermée aujourd'hui, je passerai au 12 rue Ibn Sina",
            "12 rue Ibn Sina",
            True,
        ),
        ("The weather in Chicago is nice; I live in Denver.", "Chicago", False),
        ("The weather in Chicago is nice; I live in Denver.", "Denver", True),
        # valid: the untied word is a street's name, or "thé" folded like "the"
        ("12 rue de la Gare, Rabat", "12 rue de la Gare, Rabat", True),
        ("Please send the documents to 4421 Maple Avenue", "4421 Maple Avenue", True),
    ],
)
def test_a_place_is_left_only_when_the_text_makes_it_nobodys(
    text: str, place: str, *, expected: bool
) -> None:
    start = text.rindex(place) if place == "Rabat" and "\n" in text else text.index(place)
    assert tied_to_person(text, start, start + len(place)) is expected
