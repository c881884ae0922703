from __future__ import annotations

import pytest

from compliance.detect.recognizers import AddressRecognizer

from .conftest import Reported


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # valid: whole addresses, grown from their street or building part
        (
            "Livrez à Imm 12 Appt 3, rue Ibn Battouta, Maârif, Casablanca. Merci",
            ["Imm 12 Appt 3, rue Ibn Battouta, Maârif, Casablanca"],
        ),
        (
            "23 avenue Hassan II, 20000 Casablanca, tél 0661",
            ["23 avenue Hassan II, 20000 Casablanca"],
        ),
        (
            "The address is 221B Baker Street, London NW1 6XE please",
            ["221B Baker Street, London NW1 6XE"],
        ),
        (
            "50345 Wingertweg 126\n Suite 408\n Ependes\n\n Switzerland 82590",
            ["50345 Wingertweg 126\n Suite 408\n Ependes\n\n Switzerland 82590"],
        ),
        (
            "حي السلام، زنقة المامونية رقم 14، شفشاون، المرجو تحديثه",
            ["حي السلام، زنقة المامونية رقم 14، شفشاون"],
        ),
        ("My zip code is 3910", ["3910"]),
        # valid: Darija and Arabic street notation, lots and residences, landmarks: one span
        (
            "ana sakna f 7ay nahda zn9a 14 ra9m 22 casa",
            ["7ay nahda zn9a 14 ra9m 22 casa"],
        ),
        (
            "derb sidi bouloukat zn9a 5 ra9m 12 9rib l jame3, mdina, casa",
            ["derb sidi bouloukat zn9a 5 ra9m 12 9rib l jame3, mdina, casa"],
        ),
        (
            "ana saken f douar ouled ali 7da jame3 nour, taroudant",
            ["douar ouled ali 7da jame3 nour, taroudant"],
        ),
        ("ساكن ف حي السلام زنقة 12 رقم 5 قرب الجامع", ["حي السلام زنقة 12 رقم 5 قرب الجامع"]),
        ("العنوان: تجزئة الأمل رقم 45 حدا الحمام، مكناس", ["تجزئة الأمل رقم 45 حدا الحمام، مكناس"]),
        ("كنسكن ف درب السلطان جنب الفران", ["درب السلطان جنب الفران"]),
        (
            "Adresse: Lot Al Wahda N° 45, Résidence Nour, Imm 3 Appt 12, Salé",
            ["Lot Al Wahda N° 45, Résidence Nour, Imm 3 Appt 12, Salé"],
        ),
        (
            "I live at 12 rue Ibn Battouta near the mosque, Fes",
            ["12 rue Ibn Battouta near the mosque, Fes"],
        ),
        (
            "Domicilié au douar Ait Hammou, commune Tamesloht, province Al Haouz",
            ["douar Ait Hammou, commune Tamesloht, province Al Haouz"],
        ),
        (
            "ana sakn f résidence nassim imm 4 app 12 casa",
            ["résidence nassim imm 4 app 12 casa"],
        ),
        (
            "ساكن فإقامة النور عمارة 3 شقة 12 الدار البيضاء",
            ["إقامة النور عمارة 3 شقة 12 الدار البيضاء"],
        ),
        (
            "Livrez au 7ay lmasira bloc 3 ra9m 14, marrakech 3afak",
            ["7ay lmasira bloc 3 ra9m 14, marrakech"],
        ),
        # landmarks before the street or holding "dyal", the old town, house numbers
        (
            "lkari f l9rib mn jami3 lkbir, hay nahda, rbat ghadi ykon",
            ["l9rib mn jami3 lkbir, hay nahda, rbat"],
        ),
        (
            "sifto l colis l douar lhajeb, 7da l7anout dyal l7aj, bni mellal, smiti ghita",
            ["douar lhajeb, 7da l7anout dyal l7aj, bni mellal"],
        ),
        (
            "sifto l derb sidi bouloukat n 7, lmdina l9dima, marrakech, smiti",
            ["derb sidi bouloukat n 7, lmdina l9dima, marrakech"],
        ),
        (
            "صيفطو لدرب السلطان زنقة 9 دار 12، كازا، سميتي نسرين",
            ["درب السلطان زنقة 9 دار 12، كازا"],
        ),
        (
            "ساكن فحي النهضة قريب من الجامع الكبير، الرباط",
            ["حي النهضة قريب من الجامع الكبير، الرباط"],
        ),
        (
            "ساكن ف درب لالة زيتونة الدار رقم 9، بركان، حدا الحانوت ديال الحاج",
            ["درب لالة زيتونة الدار رقم 9، بركان، حدا الحانوت ديال الحاج"],
        ),
        # abbreviations with their full stop, floors, a quarter or a number before the street
        (
            "has lived at Bd Mohammed V, imm. Lahlou, 3e étage, Oujda since 2015.",
            ["Bd Mohammed V, imm. Lahlou, 3e étage, Oujda"],
        ),
        (
            "ana sakna f 3in Chok bloc E rqm 56, Qnitra, appelle-moi",
            ["3in Chok bloc E rqm 56, Qnitra"],
        ),
        (
            "le locataire occupera l'appartement situé 7 derb Sidi Bouloukat, Médina, Marrakech",
            ["7 derb Sidi Bouloukat, Médina, Marrakech"],
        ),
        # look-alike: "دار" as a verb, a family name then a number before the address
        ("بدر بناني دار البصمة ديال الصبع فالبوانتوز", []),
        (
            "Please deliver to Souad Souissi, 198, avenue Fal Ould Oumeir, Dakhla",
            ["198, avenue Fal Ould Oumeir, Dakhla"],
        ),
        # the address stops before a phone number
        ("rue 12, Oujda, 06 44 24 06 35", ["rue 12, Oujda"]),
        # look-alike: everyday uses of street words, order numbers
        ("une place de parking via WhatsApp", []),
        ("commande n° 458712", []),
        ("en route pour Rabat", []),
        ("suite à votre demande", []),
        ("a lot of people live here", []),
        ("la rue est fermée", []),
        ("wach kayn chi pharmacie 9rib mn hna ?", []),
        # look-alike: a company's or a shop's address is nobody's
        ("Notre siège : 45 boulevard Zerktouni, Casablanca", []),
        ("Magasin : 12 rue Allal Ben Abdellah, Fès", []),
        ("مقر الشركة: شارع محمد الخامس رقم 10، الرباط", []),
    ],
)
def test_addresses_are_reported_whole(reported: Reported, text: str, expected: list[str]) -> None:
    assert reported(AddressRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # valid: a number, a street without an English suffix, a number; any script or case
        ("She lives at 4410 Kalliovuorentie 17, Tampere", ["4410 Kalliovuorentie 17, Tampere"]),
        (
            "Ship to 905 Rua das Laranjeiras 212, Curitiba",
            ["905 Rua das Laranjeiras 212, Curitiba"],
        ),
        ("He lives at 318 Οδός Ερμού 52, ΑΘΗΝΑ", ["318 Οδός Ερμού 52, ΑΘΗΝΑ"]),
        ("we live at 77 kirkevej 9, odense c", ["77 kirkevej 9, odense c"]),
        ("Send it to 1203 77 Harbour Road, Bristol", ["1203 77 Harbour Road, Bristol"]),
        (
            "I moved to 5020 Vinogradska 12 Apt. 4, Celje, Slovenia 3000",
            ["5020 Vinogradska 12 Apt. 4, Celje, Slovenia 3000"],
        ),
        (
            "Address: 72 Lindenallee 5 Suite 12 WEIMAR Thuringia",
            ["72 Lindenallee 5 Suite 12 WEIMAR Thuringia"],
        ),
        # valid: a block of lines below the street line (quote prefixes, lower case, region codes)
        (
            "Billing address: Mira Holm\n  3390 Strandvejen 41\n  Suite 8\n  HORSENS\n  nan\n  8700",
            ["3390 Strandvejen 41\n  Suite 8\n  HORSENS\n  nan\n  8700"],
        ),
        (
            "> Ola Berg\n> 1187 Fjordgata 3\n> Apt. 2\n> Bodø\n> Norway 8006\n> Thanks",
            ["1187 Fjordgata 3\n> Apt. 2\n> Bodø\n> Norway 8006"],
        ),
        (
            "user: 41 λεωφόρος κηφισίας 8\nmarousi, at 15123",
            ["41 λεωφόρος κηφισίας 8\nmarousi, at 15123"],
        ),
        ("Via Cavour 14\nSuite 3\nLugano, TI 6900", ["Via Cavour 14\nSuite 3\nLugano, TI 6900"]),
        (
            "Meet me at Havnegata 8 Berg Corner\n Apt. 5\n Molde\n Norway 6413 at noon.",
            ["Havnegata 8 Berg Corner\n Apt. 5\n Molde\n Norway 6413"],
        ),
        # valid: post boxes, military post, street corners, postcodes with a space
        ("Meet me at PSC 2231, Box 4410\nAPO AE 09012", ["PSC 2231, Box 4410\nAPO AE 09012"]),
        (
            "I live on the corner of 12 Oak Street and Mill Lane.",
            ["the corner of 12 Oak Street and Mill Lane."],
        ),
        ("ZIP: 602 11", ["602 11"]),
        ("My address is USNS Halsey\nFPO AP 96601", ["USNS Halsey\nFPO AP 96601"]),
        (
            "Ana Vela\n905 Cedar Hollow Lane Birch End\n Apt. 12\n Dayton\n United States 45402\n"
            "Mobile: 555 0100",
            ["905 Cedar Hollow Lane Birch End\n Apt. 12\n Dayton\n United States 45402"],
        ),
        (
            "Deliver to the corner of ul. Lipowa 8 and Oak Trail?",
            ["the corner of ul. Lipowa 8 and Oak Trail"],
        ),
        # look-alike: dates, plates, quantities and products between two numbers
        ("born 12 mars 1987 in a village", []),
        ("المواطن: ١٢ آذار ١٩٥٠\nالموظف: شكرا", []),
        ("plate 40211 B 7, asking 90 000 DH", []),
        ("bghit 2 Galaxy Tab 9, livraison vite", []),
        ("I bought 2 Windows 10 licences", []),
        ("Chapter 3\nIntroduction", []),
        ("Our team\n2024 Annual Report\nSummary", []),
        # look-alike: a company's address stays nobody's
        ("Our head office is at 4410 Kalliovuorentie 17, Tampere", []),
    ],
)
def test_postal_addresses_in_any_script_are_one_span(
    reported: Reported, text: str, expected: list[str]
) -> None:
    assert reported(AddressRecognizer(supported_language="en"), text) == expected
