from __future__ import annotations

import pytest

from compliance.detect import PresidioDetector
from compliance.detect.recognizers.ner import NerRecognizer, looks_like_a_name


@pytest.mark.parametrize(
    ("span_text", "expected"),
    [
        # valid: names and places
        ("Youssef El Amrani", True),
        ("M.Alaoui", True),
        ("Aït Benhaddou", True),
        ("Casablanca", True),
        ("يوسف", True),
        ("Mme Benali", True),
        # look-alike: codes the NER mistakes for places
        ("BE123456", False),
        ("A4", False),
        ("iPhone 15", True),  # an alphabetic word: the NER's call, not ours
        # look-alike: greetings and titles alone
        ("Bonjour Madame", False),
        ("Madame", False),
        ("Dear Sir", False),
    ],
)
def test_ner_spans_are_kept_only_when_they_look_like_a_name_or_place(
    span_text: str, *, expected: bool
) -> None:
    assert looks_like_a_name(span_text) is expected


@pytest.mark.parametrize(
    ("text", "start", "end", "expected"),
    [
        # valid: names, also at the start of a sentence or with a hyphen
        ("Karim est arrivé.", 0, 5, True),
        ("Jean-Pierre est arrivé.", 0, 11, True),
        ("Hier, Jean est arrivé.", 6, 10, True),
        ("Youssef El Amrani", 0, 17, True),
        # look-alike: an unlisted word opening a French sentence is taken
        # for an imperative ("Traduis", "Rédige"); listed names stay
        ("Traduis en anglais : bonjour", 0, 7, False),
        ("Jean est arrivé.", 0, 4, False),
        # look-alike: Darija words in lower case, codes, institutions
        ("ana w mrati ghadi nwslo", 0, 17, False),
        ("CIN BE123456", 0, 12, False),
        ("chez Fondation Mohammed VI", 5, 26, False),
        # look-alike: a capitalised function word alone
        ("Combien font deux et deux ?", 0, 7, False),
        ("Quelle heure est-il ?", 0, 6, False),
        # look-alike: a verb joined to its pronoun
        ("Pouvez-vous résumer ce texte ?", 0, 6, False),
        ("Rendez-vous le 12 mars.", 0, 6, False),
        ("Va-t-il pleuvoir ?", 0, 2, False),
    ],
)
def test_capitalised_function_words_and_verbs_are_not_names(
    text: str, start: int, end: int, *, expected: bool
) -> None:
    assert NerRecognizer(supported_language="fr")._keeps(text, start, end) is expected


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # valid: a place only the model knows, tied to the writer
        ("J'habite à Grenoble depuis deux ans.", ["Grenoble"]),
        ("I was born in Leeds.", ["Leeds"]),
        # look-alike: the same places in weather and travel questions, a shop's name
        ("Il fait froid à Grenoble en ce moment ?", []),
        ("Cheap flights to Leeds next week?", []),
        ("Commande chez Pâtisserie Rabat Délices, 3 croissants", []),
    ],
)
def test_places_of_the_model_are_reported_only_when_tied_to_a_person(
    detector: PresidioDetector, text: str, expected: list[str]
) -> None:
    (spans,) = detector.analyze([text])
    assert [text[s.start : s.end] for s in spans if s.entity_type in ("LOCATION", "PERSON")] == (
        expected
    )


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # valid: a street of an address, the goal of a journey
        ("The restaurant is at 2450 Crown St", "Crown St", True),
        ("my address is 159 Eleftheriou Venizelou str and more", "Eleftheriou Venizelou", True),
        ("Ms. Margarot flew to Loeches on Saturday morning.", "Loeches", True),
        # look-alike: people next to numbers and journeys
        ("They had 6: Gaetane, Hannah and Derek.", "Gaetane", False),
        ("Tomomi Nishiyama lives at 86036 Rua do Arenque", "Tomomi Nishiyama", False),
        ("Karim flew to Paris on Monday.", "Karim", False),
    ],
)
def test_names_that_are_streets_or_destinations_are_places(
    text: str, name: str, *, expected: bool
) -> None:
    start = text.index(name)
    assert NerRecognizer._a_place(text, start, start + len(name)) is expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # valid: a company word in the span itself
        ("The Clark, Romero and Hall Orchestra", "Hall Orchestra", True),
        ("Simpson Associates", "Simpson Associates", True),
        # look-alike, deny by default: surnames listed in a firm's name stay masked, since
        # context alone cannot tell them from a list of people ("a gift for Freja, ...")
        (
            "Aristóteles spent a year at Jones, Mitchell and Williams as the assistant",
            "Mitchell",
            False,
        ),
        ("The Davis, Reynolds and Williamson Orchestra was founded in 1977.", "Reynolds", False),
        ("Lopez, Santos and Coleman is a design agency based in ESPOO.", "Santos", False),
        ("I bought a gift for Freja, Ubul and Halldór yesterday.", "Ubul", False),
        ("Please send the report to the team of Freja, Ubul and Halldór.", "Halldór", False),
        # look-alike: people in a list, a name above its company line
        (
            "Verdafero is the brainchild of our 3 founders: Eklund, Michael and Hodge.",
            "Michael",
            False,
        ),
        (
            "Katrina Mota\nKnowledge Agency\n55470 72 Acheron Road",
            "Katrina Mota\nKnowledge Agency",
            False,
        ),
        ("They had 6: Romi, Erik, Amy and Donald.", "Erik", False),
    ],
)
def test_names_inside_a_firms_name_are_not_people(text: str, name: str, *, expected: bool) -> None:
    start = text.index(name)
    assert NerRecognizer._in_a_firm(text, start, start + len(name)) is expected
