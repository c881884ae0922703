from __future__ import annotations

import pytest

from compliance.detect.recognizers.sensitive import HealthRecognizer

from .conftest import Found

RECOGNIZER = HealthRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a condition of the writer or a relative, French
        ("Je suis diabétique depuis 2010", ["diabétique"]),
        ("Mon fils est autiste, il a besoin d'un accompagnement", ["autiste"]),
        ("j'ai un cancer du sein et je commence la chimio lundi", ["cancer du sein", "chimio"]),
        ("je suis suivie pour une dépression depuis l'an dernier", ["dépression"]),
        ("Ma mère souffre d'Alzheimer", ["alzheimer"]),
        ("mon père a été hospitalisé pour un AVC", ["avc", "hospitalisé"]),
        (
            "Patient Karim B., hypertension artérielle et asthme, traitement en cours",
            ["asthme", "hypertension artérielle"],
        ),
        # treatments: taking insulin, dialysis, chemo
        ("je suis sous insuline et je fais de la dialyse", ["dialyse", "insuline"]),
        ("I'm on dialysis three times a week", ["dialysis"]),
        ("I've been taking antidepressants for two years", ["antidepressants"]),
        ("my chemo sessions start next week", ["chemo sessions"]),
        # treatments without the condition's name: medicines, sessions
        ("je prends de la Metformine matin et soir", ["metformine"]),
        ("I take lithium every day", ["lithium"]),
        ("Ordonnance : Lévothyrox 75 µg, 1 cp le matin", ["lévothyrox 75 µg"]),
        ("séance de dialyse mardi à 8h", ["séance de dialyse"]),
        ("c'est quoi la metformine ?", []),
        # English
        ("My son has epilepsy", ["epilepsy"]),
        ("I have been diagnosed with breast cancer", ["breast cancer"]),
        ("My mother is pregnant and diabetic", ["diabetic", "pregnant"]),
        # pregnancy
        ("je suis enceinte de 5 mois", ["enceinte de 5 mois"]),
        ("ma femme est enceinte", ["enceinte"]),
        ("I'm 6 months pregnant", ["6 months pregnant"]),
        ("we're expecting a baby in May", ["we're expecting a baby"]),
        # Darija, Latin letters
        ("tbib, ana 3ndi sokkar w tension tal3a", ["sokkar", "tension tal3a"]),
        ("ana 7amla f chhar 5", ["7amla f chhar"]),
        ("rani kandir dialyse kol simana", ["dialyse"]),
        ("khoya mrid b cancer w kaydir chimio", ["cancer", "chimio"]),
        ("ana kan3ani mn ktiab", ["ktiab"]),
        # Arabic script (Darija and Modern Standard Arabic)
        ("أنا مصاب بالسكري", ["بالسكري"]),
        ("كناخد الأنسولين كل صباح", ["الأنسولين"]),
        ("بنتي عندها الربو", ["الربو"]),
        ("أعاني من الاكتئاب منذ وفاة والدي", ["الاكتئاب"]),
        ("مراتي حاملة فالشهر الخامس", ["حاملة فالشهر"]),
        ("المريض يعاني من الربو وارتفاع ضغط الدم", ["الربو", "وارتفاع ضغط الدم"]),
        # mixed
        ("Ma mère مريضة بالسرطان, elle est suivie à Rabat", ["بالسرطان"]),
        # a named person: conditions after "est", injuries, operations, hospital stays
        ("Yassine est asthmatique et son inhalateur est vide", ["asthmatique"]),
        ("il a une fracture du bras", ["fracture du bras"]),
        ("Karim souffre d'épilepsie depuis deux ans", ["épilepsie"]),
        ("Omar a été opéré du cœur l'an dernier", ["a été opéré du cœur"]),
        ("conducteur ayoub, blessé au dos", ["blessé au dos"]),
        ("he broke his arm", ["broke his arm"]),
        ("Salma was diagnosed with stage 2 breast cancer", ["stage 2 breast cancer"]),
        ("l'adhérent déclare une hypertension traitée", ["hypertension"]),
        ("Reason: physiotherapy after a knee replacement.", ["physiotherapy"]),
        ("ana imane, w tkssr lia ydi", ["tkssr lia ydi"]),
        ("tsadmt, dkhlt l sbitar", ["dkhlt l sbitar"]),
        ("walakin mrid b l9alb", ["l9alb"]),
        ("تصادمت، ودخلت للسبيطار بالخلعة", ["ودخلت للسبيطار بالخلعة"]),
        ("السائق ياسين، تعرض لارتجاج في المخ.", ["تعرض لارتجاج في"]),
        ("ابني المولود في 2007 مصاب بالربو", ["بالربو"]),
        # look-alikes: a broken object, a theft, a digital divide
        ("I broke my phone", []),
        ("تعرض للسرقة أمس", []),
        ("la fracture numérique au Maroc", []),
        # a topic, not a fact about somebody
        ("Quels sont les symptômes du diabète ?", []),
        ("what are the symptoms of diabetes?", []),
        ("ما هي أعراض مرض السكري؟", []),
        ("chno homa l2a3rad dyal sokkar?", []),
        ("Un patient diabétique peut-il jeûner ?", []),
        ("I have a question about diabetes", []),
        ("je suis infirmière et le diabète m'intéresse", []),
        ("I'm writing an article about cancer research", []),
        ("Je suis médecin spécialiste du diabète", []),
        # look-alikes: same spelling, other meaning
        ("Je voudrais commander une enceinte JBL", []),
        ("mon enceinte bluetooth ne marche plus", []),
        ("أنا حامل البطاقة الوطنية رقم", []),
        ("I'm sick of waiting for the delivery", []),
    ],
)
def test_health_is_reported_when_a_phrase_ties_it_to_somebody(
    found: Found, text: str, expected: list[str]
) -> None:
    assert found(RECOGNIZER, text) == sorted(e.casefold() for e in expected)
