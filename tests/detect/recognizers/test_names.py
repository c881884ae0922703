from __future__ import annotations

import pytest

from compliance.detect.recognizers import MoroccanNameRecognizer

from .conftest import Reported


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # valid: Latin script, particles and unlisted family names included
        ("Livraison chez Youssef El Amrani demain", ["Youssef El Amrani"]),
        ("Contactez Fatima-Zahra Benali", ["Fatima-Zahra Benali"]),
        ("Hier, Tudert Amzil a payé", ["Tudert Amzil"]),
        ("Le dossier de Oumaima Ait Ouarab", ["Oumaima Ait Ouarab"]),
        ("Merci Karim Xyzabc", ["Karim Xyzabc"]),
        ("wa7d youssef alaoui 3yet lia", ["youssef alaoui"]),
        ("Mme Essaadi a appelé", ["Essaadi"]),
        # valid: Arabic script, compound names and clitics
        ("التلميذة إبراهيم حداد غائبة", ["إبراهيم حداد"]),
        ("مع تحيات عبد الله الوزاني.", ["عبد الله الوزاني"]),
        ("أرسل الملف لفاطمة الزهراء العلوي", ["فاطمة الزهراء العلوي"]),
        ("اتصل بالسيد رضا بنموسى", ["رضا بنموسى"]),
        # valid: surname-first capitals, a first name alone after a role word
        ("EL AMRANI Youssef, CIN BK123456", ["EL AMRANI Youssef"]),
        ("Nom : AIT OUARAB Oumaima", ["AIT OUARAB Oumaima"]),
        ("OUHADDOU Itto, née le 3 mars 1992", ["OUHADDOU Itto"]),
        ("ZOUBIR Hamid a signé le contrat", ["ZOUBIR Hamid"]),
        ("le livreur Hamza est passé", ["Hamza"]),
        ("le chauffeur Said m'a appelé", ["Said"]),
        ("l'infirmière Amal m'a rappelé", ["Amal"]),
        # look-alike: names that are words, streets and institutions, royal names
        ("Said he would come", []),
        ("أمل كبير في النجاح", []),
        ("12 avenue Hassan II", []),
        ("Hôpital Ibn Sina", []),
        ("شارع محمد الخامس", []),
        ("CIN BE123456, RIB et IBAN", []),
    ],
)
def test_runs_of_words_with_a_known_moroccan_name_are_people(
    reported: Reported, text: str, expected: list[str]
) -> None:
    assert reported(MoroccanNameRecognizer(), text) == expected
