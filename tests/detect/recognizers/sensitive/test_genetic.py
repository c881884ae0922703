from __future__ import annotations

import pytest

from compliance.detect.recognizers.sensitive import GeneticRecognizer

from .conftest import Found

RECOGNIZER = GeneticRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a result of one person's genome, whoever the text names
        ("Résultat de Amayas: porteur de la mutation BRCA2", ["porteur de la mutation brca2"]),
        (
            "Lab result for Idir: carrier of the sickle cell gene; counselling",
            ["carrier of the sickle cell gene"],
        ),
        ("إيمان برادة ورث الجين ديال السكر من باباه", ["ورث الجين ديال السكر من باباه"]),
        ("المريضة عمر لحلو مصابة بمتلازمة داون، من أصول", ["مصابة بمتلازمة داون"]),
        (
            "t7lil dyal omar bayn 3ando l gene dyal drépanocytose",
            ["3ando l gene dyal drépanocytose"],
        ),
        # look-alikes: a question about genes in general
        ("Is there a gene for autism?", []),
        ("Le test ADN de ma mère a révélé une mutation BRCA1.", ["test adn", "une mutation brca1"]),
        ("j'ai fait un test ADN", ["j'ai fait un test adn"]),
        ("je suis porteuse de la mutation BRCA2", ["je suis porteuse de la mutation brca2"]),
        ("my DNA results came back", ["my dna results came back"]),
        (
            "our son was diagnosed with cystic fibrosis",
            ["our son was diagnosed with cystic fibrosis"],
        ),
        ("3ndi mrad werati", ["3ndi mrad werati"]),
        ("ولدي عندو التلاسيميا", ["ولدي عندو التلاسيميا"]),
        ("درت تحليل الحمض النووي", ["درت تحليل الحمض النووي"]),
        # topics
        ("C'est quoi un test ADN ?", []),
        ("how accurate are DNA tests?", []),
        # look-alikes
        ("l'ADN de notre marque, c'est la qualité", []),
        ("innovation is in our DNA", []),
        # valid: the vocabularies written for the language (care, practice, dues, records...)
        ("فحص الجينات أكد إصابتي بفقر الدم المنجلي", ["فحص الجينات أكد إصابتي بفقر الدم المنجلي"]),
        # look-alike: the same words in a question, a product, a news item
        ("l'analyse génétique coûte combien ?", []),
    ],
)
def test_genetic_data_is_reported_when_a_phrase_ties_it_to_somebody(
    found: Found, text: str, expected: list[str]
) -> None:
    assert found(RECOGNIZER, text) == sorted(e.casefold() for e in expected)
