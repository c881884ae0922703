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
        # valid: lower case as chats type it, particles and a second first name inside
        ("dossier salma el ouafi bloqué", ["salma el ouafi"]),
        ("kteb l zineb ait baha goul lih", ["zineb ait baha"]),
        ("customer mohamed amine chraibi says", ["mohamed amine chraibi"]),
        ("3arfti badr alaoui? kan f l7bs", ["badr alaoui"]),
        ("bghit rdv l mama rachid, kat3ani", ["rachid"]),
        ("imane dar lbasma f pointeuse", ["imane"]),
        # valid: Amazigh first and family names, both scripts
        ("Itri Ouhammou a payé", ["Itri Ouhammou"]),
        ("KYC passed for Tanirt Id Brahim: fingerprint", ["Tanirt Id Brahim"]),
        ("المستخدم تافسوت أمغار من العنوان", ["تافسوت أمغار"]),
        ("أنا الموقع أسفله إيطري آيت باها، الحامل", ["إيطري آيت باها"]),
        ("تسجيل: ماسينيسا أوحمو غائب", ["ماسينيسا أوحمو"]),
        # valid: an unlisted first name before a known family name
        ("وقع تارودانت بنجلون العقد", ["تارودانت بنجلون"]),
        # valid: an ambiguous Arabic first name after a field or a relative
        ("ERROR user=إيمان ip=10.0.0.1", ["إيمان"]),
        ("الكود مسار ديال ولدي بدر هو K113128007", ["بدر"]),
        # look-alike: lower-case first names that are chat words
        ("la dounia w jamila", []),
        ("allah ychafih amine", []),
        # look-alike: a title or a word with the article before a family name
        ("الأستاذ بنجلون", ["بنجلون"]),
        ("تكلمت مع حمزة العلوي", ["حمزة العلوي"]),
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
