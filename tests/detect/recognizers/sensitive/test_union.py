from __future__ import annotations

import pytest

from compliance.detect.recognizers.sensitive import UnionMembershipRecognizer

from .conftest import Found

RECOGNIZER = UnionMembershipRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # membership told of the person named: registered, paying dues, joined
        ("had lkhddam mehdi msejjel f syndicat dyal ta3lim w bgha", ["msejjel f syndicat"]),
        ("الموظف كيخلص الكوتيزاسيون للنقابة كل شهر", ["كيخلص الكوتيزاسيون للنقابة كل شهر"]),
        ("He joined the CDT last spring", ["he joined the cdt last spring"]),
        ("Ahmed cotise à la FDT depuis 2015", ["cotise à la fdt depuis 2015"]),
        # look-alike: a union's own action
        ("La CDT a appelé à la grève", []),
        ("Je suis délégué syndical à l'UMT", ["je suis délégué syndical à l'umt"]),
        ("je suis syndiquée à la CDT", ["je suis syndiquée"]),
        ("je suis adhérente à l'UMT depuis 2012", ["je suis adhérente à l'umt depuis 2012"]),
        ("I am a union member and my manager threatened me", ["i am a union member"]),
        ("I joined the union last month", ["i joined the union last month"]),
        ("I'm a CDT delegate at the factory", ["a cdt delegate at the factory"]),
        ("ana 3odw f nqaba", ["ana 3odw f nqaba"]),
        ("ana m3a UMT", ["ana m3a umt"]),
        ("أنا عضو في نقابة الاتحاد المغربي للشغل", ["أنا عضو في نقابة الاتحاد المغربي للشغل"]),
        ("منخرط فالكونفدرالية الديمقراطية للشغل", ["منخرط فالكونفدرالية الديمقراطية للشغل"]),
        ("ma carte syndicale est à jour", ["ma carte syndicale est à jour"]),
        ("je cotise au syndicat depuis 10 ans", ["je cotise au syndicat depuis 10 ans"]),
        ("on a fait grève avec la FDT", ["on a fait grève avec la fdt"]),
        # topics
        ("Quel est le rôle d'un syndicat ?", []),
        ("what does the UMT do for teachers?", []),
        ("Comment devenir délégué syndical ?", []),
        ("الاتحاد المغربي للشغل نقابة قديمة", []),
        # look-alikes
        ("the European Union regulation on data", []),
        ("our credit union offers loans", []),
        # valid: the vocabularies written for the language (care, practice, dues, records...)
        (
            "الموظف يؤدي واجب الانخراط في الفيدرالية الديمقراطية للشغل",
            ["يؤدي واجب الانخراط في الفيدرالية الديمقراطية للشغل"],
        ),
        ("Ana mndoub sindikali f l'usine", ["ana mndoub sindikali f l'usine"]),
        # look-alike: the same words in a question, a product, a news item
        ("he represents the company at the fair", []),
    ],
)
def test_union_membership_is_reported_when_a_phrase_ties_it_to_somebody(
    found: Found, text: str, expected: list[str]
) -> None:
    assert found(RECOGNIZER, text) == sorted(e.casefold() for e in expected)
