from __future__ import annotations

import pytest

from compliance.detect.recognizers.sensitive import HealthRecognizer

from .conftest import Found

RECOGNIZER = HealthRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a condition of the writer or a relative, French
        ("Je suis diabétique depuis 2010", ["je suis diabétique depuis 2010"]),
        ("Mon fils est autiste, il a besoin d'un accompagnement", ["mon fils est autiste"]),
        (
            "j'ai un cancer du sein et je commence la chimio lundi",
            ["j'ai un cancer du sein", "je commence la chimio lundi"],
        ),
        (
            "je suis suivie pour une dépression depuis l'an dernier",
            ["je suis suivie pour une dépression depuis l'an dernier"],
        ),
        ("Ma mère souffre d'Alzheimer", ["ma mère souffre d'alzheimer"]),
        ("mon père a été hospitalisé pour un AVC", ["mon père a été hospitalisé pour un avc"]),
        (
            "Patient Karim B., hypertension artérielle et asthme, traitement en cours",
            ["asthme", "hypertension artérielle"],
        ),
        # treatments: taking insulin, dialysis, chemo
        (
            "je suis sous insuline et je fais de la dialyse",
            ["je fais de la dialyse", "je suis sous insuline"],
        ),
        ("I'm on dialysis three times a week", ["on dialysis three times a week"]),
        (
            "I've been taking antidepressants for two years",
            ["been taking antidepressants for two years"],
        ),
        ("my chemo sessions start next week", ["my chemo sessions start next week"]),
        # treatments without the condition's name: medicines, sessions
        ("je prends de la Metformine matin et soir", ["je prends de la metformine matin"]),
        ("I take lithium every day", ["i take lithium every day"]),
        ("Ordonnance : Lévothyrox 75 µg, 1 cp le matin", ["lévothyrox 75 µg"]),
        ("séance de dialyse mardi à 8h", ["séance de dialyse mardi"]),
        ("c'est quoi la metformine ?", []),
        # English
        ("My son has epilepsy", ["my son has epilepsy"]),
        ("I have been diagnosed with breast cancer", ["i have been diagnosed with breast cancer"]),
        ("My mother is pregnant and diabetic", ["diabetic", "my mother is pregnant"]),
        # pregnancy
        ("je suis enceinte de 5 mois", ["je suis enceinte de 5 mois"]),
        ("ma femme est enceinte", ["ma femme est enceinte"]),
        ("I'm 6 months pregnant", ["6 months pregnant"]),
        ("we're expecting a baby in May", ["we're expecting a baby"]),
        # Darija, Latin letters
        ("tbib, ana 3ndi sokkar w tension tal3a", ["ana 3ndi sokkar", "tension tal3a"]),
        ("ana 7amla f chhar 5", ["ana 7amla f chhar 5"]),
        ("rani kandir dialyse kol simana", ["rani kandir dialyse kol simana"]),
        ("khoya mrid b cancer w kaydir chimio", ["kaydir chimio", "khoya mrid b cancer"]),
        ("ana kan3ani mn ktiab", ["ana kan3ani mn ktiab"]),
        # Arabic script (Darija and Modern Standard Arabic)
        ("أنا مصاب بالسكري", ["أنا مصاب بالسكري"]),
        ("كناخد الأنسولين كل صباح", ["كناخد الأنسولين كل صباح"]),
        ("بنتي عندها الربو", ["بنتي عندها الربو"]),
        ("أعاني من الاكتئاب منذ وفاة والدي", ["أعاني من الاكتئاب"]),
        ("مراتي حاملة فالشهر الخامس", ["مراتي حاملة فالشهر الخامس"]),
        ("المريض يعاني من الربو وارتفاع ضغط الدم", ["المريض يعاني من الربو وارتفاع ضغط الدم"]),
        # mixed
        ("Ma mère مريضة بالسرطان, elle est suivie à Rabat", ["ma mère مريضة بالسرطان"]),
        # a named person: conditions after "est", injuries, operations, hospital stays
        ("Yassine est asthmatique et son inhalateur est vide", ["est asthmatique"]),
        ("il a une fracture du bras", ["il a une fracture du bras"]),
        ("Karim souffre d'épilepsie depuis deux ans", ["souffre d'épilepsie depuis deux ans"]),
        ("Omar a été opéré du cœur l'an dernier", ["a été opéré du cœur l'an dernier"]),
        ("conducteur ayoub, blessé au dos", ["blessé au dos"]),
        ("he broke his arm", ["he broke his arm"]),
        (
            "Salma was diagnosed with stage 2 breast cancer",
            ["was diagnosed with stage 2 breast cancer"],
        ),
        ("l'adhérent déclare une hypertension traitée", ["une hypertension traitée"]),
        (
            "Reason: physiotherapy after a knee replacement.",
            ["physiotherapy after a knee replacement"],
        ),
        ("ana imane, w tkssr lia ydi", ["tkssr lia ydi"]),
        ("tsadmt, dkhlt l sbitar", ["dkhlt l sbitar"]),
        ("walakin mrid b l9alb", ["mrid b l9alb"]),
        ("تصادمت، ودخلت للسبيطار بالخلعة", ["ودخلت للسبيطار بالخلعة"]),
        ("السائق ياسين، تعرض لارتجاج في المخ.", ["تعرض لارتجاج في المخ"]),
        ("ابني المولود في 2007 مصاب بالربو", ["مصاب بالربو"]),
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
        # valid: the vocabularies written for the language (care, practice, dues, records...)
        ("je suis en arrêt maladie depuis lundi", ["je suis en arrêt maladie depuis lundi"]),
        ("I have an appointment with my oncologist", ["i have an appointment with my oncologist"]),
        ("I tested positive for covid", ["i tested positive for covid"]),
        ("أنا في الأسبوع العشرين من الحمل", ["أنا في الأسبوع العشرين من الحمل"]),
        ("زوجي دار عملية جراحية فالقلب", ["عملية جراحية فالقلب"]),
        ("j'ai été opérée de l'appendicite", ["j'ai été opérée de l'appendicite"]),
        # look-alike: the same words in a question, a product, a news item
        ("how is dialysis done?", []),
        ("combien coûte une consultation chez le cardiologue ?", []),
    ],
)
def test_health_is_reported_when_a_phrase_ties_it_to_somebody(
    found: Found, text: str, expected: list[str]
) -> None:
    assert found(RECOGNIZER, text) == sorted(e.casefold() for e in expected)
