"""The NER reads the sentences that can hold a name or a place, and finds there what it finds whole."""

from __future__ import annotations

import pytest

import compliance.detect.engine as engine
from compliance.detect import PresidioDetector
from compliance.detect.windows import WHOLE_BELOW, ner_windows

PLAIN = "Je vous écris au sujet de la livraison prévue pour le mois prochain. " * 8


def test_short_texts_are_read_whole() -> None:
    text = "Bonjour, je suis Karim Benali."
    assert ner_windows(text) == [(0, len(text))]


def test_only_sentences_with_a_capital_or_another_script_and_their_neighbours_are_read() -> None:
    named = "Hier, Karim Benali a appelé depuis Fès. "
    text = PLAIN + named + PLAIN
    assert len(text) >= WHOLE_BELOW
    [(start, end)] = ner_windows(text)
    assert named in text[start:end]
    assert end - start < len(named) + 2 * 80  # the sentence and its two neighbours
    assert ner_windows(PLAIN * 2) == []
    arabic = PLAIN + "Le client s'appelle يوسف العلوي. " + PLAIN
    assert "يوسف" in "".join(arabic[a:b] for a, b in ner_windows(arabic))


@pytest.mark.parametrize(
    "middle",
    [
        "Hier, Karim Benali a appelé depuis Fès au sujet de sa commande.",
        "Mme Fatima Zahra El Idrissi habite à Casablanca, quartier Maârif.",
        "The customer John Smith moved from London to Rabat last year.",
        "Le dossier de Youssef. Il vient de Tanger.",
    ],
)
def test_the_windows_give_the_entities_of_the_whole_text(
    detector: PresidioDetector, middle: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = PLAIN + middle + " " + PLAIN
    gated = detector.analyze([text])
    monkeypatch.setattr(engine, "ner_windows", lambda t: [(0, len(t))])
    whole = detector.analyze([text])
    assert gated == whole
    assert any(s.entity_type == "PERSON" for s in gated[0])


def test_only_the_words_around_a_candidate_are_read() -> None:
    text = PLAIN + "Le dossier de Karim Benali est complet depuis hier soir. " + PLAIN
    [(start, end)] = ner_windows(text)
    assert "Karim Benali" in text[start:end]
    assert end - start < 160  # eight words each side, not the sentences around
    assert text[start:end].split()[0] != "Je"


@pytest.mark.parametrize(
    ("opening", "read"),
    [
        ("Karim a appelé hier pour sa commande. ", True),  # a name opening its sentence
        ("« Youssef a appelé hier pour sa commande. ", True),
        ("Merci de me rappeler au sujet de la commande. ", False),  # a common opener
        ("Pourriez-vous me rappeler au sujet de la commande ? ", False),
        ("The parcel was sent back to the depot again. ", False),
    ],
)
def test_a_capital_opening_a_sentence_counts_unless_a_common_opener(
    opening: str, read: bool
) -> None:
    text = PLAIN + opening + PLAIN
    assert bool(ner_windows(text)) is read
