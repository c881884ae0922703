"""The identifier view is read only around its differences, and finds there what it finds whole."""

from __future__ import annotations

import pytest

import compliance.detect.engine as engine
from compliance.detect import PresidioDetector
from compliance.detect.normalize import compact

PROSE = "Je vous écris au sujet de la livraison prévue pour le mois prochain. " * 6


def test_only_the_parts_around_a_difference_are_read() -> None:
    text = PROSE + "Mon numéro: 06 61 23 45 67, merci. " + PROSE
    view = compact(text)
    assert view is not None
    [(start, end)] = engine._changed_windows(text, view)
    assert "0661234567" in view.text[start:end]
    assert end - start < 2 * engine._VIEW_REACH + 60
    assert start == 0 or view.text[start - 1] in " \n"  # never cuts a word
    assert end == len(view.text) or view.text[end] in " \n"


@pytest.mark.parametrize(
    "text",
    [
        "06 61 23 45 67 est mon numéro. " + PROSE,
        PROSE + "CIN be-384-721 et téléphone 0661.23.45.67",
        PROSE + "carte BE 384721 " + PROSE + "k a r i m @ g m a i l . c o m " + PROSE,
        "tel_0661234567 " + PROSE * 3 + " IBAN MA64 0111 1000 0012 3456 7890 1234",
        PROSE + "CINBE384721",
        # Values the view alone reads, whose context words stand well before them.
        PROSE + "Ma carte nationale, comme demandé hier au guichet : be - 384 - 721. " + PROSE,
        PROSE + "le numéro CNSS de mon employeur déclaré : 1 2 3 4 5 6 7 8 9 " + PROSE,
    ],
)
def test_the_windows_give_what_the_whole_view_gives(
    uncached_detector: PresidioDetector, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    detector = uncached_detector
    windowed = detector.analyze([text])
    monkeypatch.setattr(engine, "_changed_windows", lambda t, view: [(0, len(view.text))])
    whole = detector.analyze([text])
    assert windowed == whole
    assert windowed[0]  # the values are found
