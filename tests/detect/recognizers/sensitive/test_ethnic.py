from __future__ import annotations

import pytest

from compliance.detect.recognizers.sensitive import EthnicOriginRecognizer

from .conftest import Found

RECOGNIZER = EthnicOriginRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # somebody's origin: a nation after an origin phrase, "asslo" / "أصلو", two ethnic words
        ("Immigration file: Khadija, of Malian descent, record", ["of Malian descent"]),
        ("ZNIBER Soufiane, ethnically Amazigh, has lived", ["ethnically Amazigh"]),
        ("asslo mn sénégal w sakn f hay salam", ["asslo mn sénégal"]),
        ("أصلو من أفريقيا جنوب الصحرا وساكن", ["أصلو من أفريقيا جنوب الصحرا"]),
        ("Omar est rifi amazighi w sakn f casa", ["est rifi amazighi"]),
        ("Rachid issu d'une famille touarègue conteste", ["issu d'une famille touarègue conteste"]),
        # look-alikes: a population, languages spoken, food
        ("Quelle est la population d'origine sénégalaise au Maroc ?", []),
        ("كنهضر الأمازيغية والعربية", []),
        ("I love Senegalese food", []),
        ("je suis amazighe", ["je suis amazighe"]),
        ("Je suis d'origine amazighe et mon prénom est Brahim", ["je suis d'origine amazighe"]),
        ("ana sa7rawi mn l3ayoun", ["ana sa7rawi"]),
        ("ana amazighi mn Sous", ["ana amazighi mn sous"]),
        ("mon mari est rifain", ["mon mari est rifain"]),
        ("I'm of Berber descent", ["of berber descent"]),
        ("أنا أمازيغي من سوس", ["أنا أمازيغي من سوس"]),
        ("أنا شلحة", ["أنا شلحة"]),
        ("asli amazighi", ["asli amazighi"]),
        ("un locataire d'origine subsaharienne", ["un locataire d'origine subsaharienne"]),
        ("en tant qu'amazighe je trouve ça injuste", ["amazighe"]),
        ("nous sommes berbères", ["nous sommes berbères"]),
        ("ma langue maternelle est le tachelhit", ["ma langue maternelle est le tachelhit"]),
        # topics
        ("Quand est le nouvel an amazigh ?", []),
        ("la culture berbère est riche", []),
        ("what does Sahrawi mean?", []),
        ("un prénom d'origine amazighe pour une fille ?", []),
        # look-alikes: nationality, language
        ("je suis marocain", []),
        ("je suis prof d'arabe", []),
        # valid: the vocabularies written for the language (care, practice, dues, records...)
        ("I'm black", ["black"]),
        # look-alike: the same words in a question, a product, a news item
        ("je voudrais un iPhone noir 128 Go", []),
    ],
)
def test_ethnic_origins_are_reported_when_a_phrase_ties_them_to_somebody(
    found: Found, text: str, expected: list[str]
) -> None:
    assert found(RECOGNIZER, text) == sorted(e.casefold() for e in expected)
