from __future__ import annotations

import pytest

from compliance.detect.recognizers import IntroducedNameRecognizer

from .conftest import Reported


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # valid: French, English, Darija in Latin script
        ("Bonjour, je m'appelle Youssef El Amrani et j'ai une question.", ["Youssef El Amrani"]),
        ("Je suis Fatima Zahra Alaoui, cliente depuis 2019.", ["Fatima Zahra Alaoui"]),
        ("Mon nom est Hicham Ait Benhaddou.", ["Hicham Ait Benhaddou"]),
        ("My name is Salma Bennani.", ["Salma Bennani"]),
        ("I'm Omar Tazi from Rabat", ["Omar Tazi"]),
        ("salam, smiti Khadija Ouazzani", ["Khadija Ouazzani"]),
        ("ana Mehdi, bghit nreserve", ["Mehdi"]),
        ("Je suis Madame Nadia Berrada", ["Nadia Berrada"]),
        ("Nom complet : Leila Chraibi", ["Leila Chraibi"]),
        # valid: one or two names the gazetteer may not know, after a role word
        ("notre collègue Itto est malade", ["Itto"]),
        ("la technicienne Nora a appelé", ["Nora"]),
        ("mon voisin Tudert Amzil", ["Tudert Amzil"]),
        ("the driver Marouane called", ["Marouane"]),
        # valid: Darija typed in lower case, a known first name after a naming, kinship
        # or companion word
        ("khouya smito anas, howa li ghadi yji", ["anas"]),
        ("mrati salma kat9ra f lfac", ["salma"]),
        ("ana youssef, bghit nbdl lcommande", ["youssef"]),
        ("hani m3a rachid f dar", ["rachid"]),
        ("3ayet l 3ammi driss ila bghiti", ["driss"]),
        # look-alike: what follows those words is not a known name
        ("ana marid bzaf", []),
        ("m3a l7ajja dyal lbare7", []),
        ("ana f dar, 3ayet lia", []),
        ("khouya mzyan l7amdolillah", []),
        # look-alike: brands, places and acronyms after a role word
        ("le technicien Samsung est passé", []),
        ("le livreur Glovo arrive", []),
        ("le chauffeur CTM attend", []),
        ("l'agent Orange m'a dit", []),
        ("le livreur Casablanca Express", []),
        # look-alike: no introduction, or not a capitalized name after it
        ("Je suis marocain et je cherche un riad.", []),
        ("Je suis Marocain.", []),
        ("I am happy with the service", []),
        ("Youssef El Amrani a appelé.", []),
        ("banana Split", []),
    ],
)
def test_introduced_names_are_reported_without_the_introduction(
    reported: Reported, text: str, expected: list[str]
) -> None:
    assert reported(IntroducedNameRecognizer(), text) == expected
