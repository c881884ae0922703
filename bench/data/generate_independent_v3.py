"""Write bench/data/independent-v3.jsonl, a frozen evaluation set for PII detection.

    python3 bench/data/generate_independent_v3.py            # rewrite the file
    python3 bench/data/generate_independent_v3.py --stats    # also print the counts

Standard library only, fixed seed: running it rewrites the file byte for byte.
Templates, value lists and sensitive phrases are this generator's own; it was
written without looking at the detector or at the other data sets (see
bench/data/README.md, section independent-v3).

Template syntax: ``{LABEL:gen}`` inserts a value from generator ``gen`` and
records a span of ``LABEL`` over it; ``{gen}`` inserts a value without a span
(look-alike negatives); a ``#k`` suffix (``{PERSON:first#1}``) reuses the same
value inside one text. Offsets are computed while the text is assembled.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 20250907
FILLS = 4
OUT = Path(__file__).resolve().parent / "independent-v3.jsonl"
LANGS = ["fr", "en", "ar", "darija", "darija_ar", "mixed"]
LABELS = [
    "PERSON",
    "LOCATION",
    "PHONE_NUMBER",
    "EMAIL_ADDRESS",
    "IBAN_CODE",
    "CREDIT_CARD",
    "IP_ADDRESS",
    "MA_CIN",
    "MA_RIB",
    "MA_ICE",
    "MA_CNSS",
    "MA_PASSPORT",
    "MA_MASSAR",
    "MA_LICENSE_PLATE",
    "DATE_OF_BIRTH",
    "HEALTH",
    "RELIGION_BELIEF",
    "POLITICAL_OPINION",
    "UNION_MEMBERSHIP",
    "ETHNIC_ORIGIN",
    "GENETIC",
    "BIOMETRIC",
    "CRIMINAL",
]
AR_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
FA_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
NBSP = "\u00a0"

# --------------------------------------------------------------------------- value lists
FIRST_M = [
    "Youssef",
    "Hamza",
    "Anas",
    "Mehdi",
    "Othmane",
    "Ilyas",
    "Ayoub",
    "Soufiane",
    "Reda",
    "Taha",
    "Zakaria",
    "Adil",
    "Hicham",
    "Abdelilah",
    "Mustapha",
    "Driss",
    "Lahcen",
    "Brahim",
    "Rachid",
    "Noureddine",
    "Khalid",
    "Said",
    "Aziz",
    "Omar",
    "Tarik",
    "Jawad",
    "Badr",
    "Ismail",
    "Walid",
    "Yassine",
    "Amine",
    "Imad",
    "Abderrahim",
    "Moulay",
    "Hafid",
    "Karim",
    "Idriss",
    "Marouane",
    "Nabil",
    "Saad",
    "Younes",
    "Abdelghani",
    "Mohcine",
    "Hassan",
    "Jamal",
    "Larbi",
    "Bouchaib",
    "Mbarek",
]
FIRST_F = [
    "Fatima-Zahra",
    "Khadija",
    "Salma",
    "Imane",
    "Meryem",
    "Ghita",
    "Hajar",
    "Siham",
    "Nadia",
    "Latifa",
    "Zineb",
    "Houda",
    "Asmae",
    "Kaoutar",
    "Chaimae",
    "Oumaima",
    "Safae",
    "Btissam",
    "Loubna",
    "Rajae",
    "Naima",
    "Malika",
    "Hanane",
    "Samira",
    "Yasmine",
    "Ikram",
    "Sara",
    "Aicha",
    "Fadwa",
    "Wiam",
    "Hind",
    "Rim",
    "Soukaina",
    "Najat",
    "Zahra",
    "Itto",
    "Tilelli",
    "Mouna",
    "Ibtissam",
    "Nezha",
    "Widad",
    "Sanae",
    "Leila",
    "Amina",
    "Hasna",
]
LAST = [
    "El Amrani",
    "Benjelloun",
    "Tazi",
    "Alaoui",
    "Bennani",
    "Berrada",
    "Chraibi",
    "El Idrissi",
    "Ouazzani",
    "Lahlou",
    "Sqalli",
    "Bouzidi",
    "Ait Ouahmane",
    "Oubella",
    "Id Brahim",
    "Ait Lhaj",
    "Boutaleb",
    "Lamrani",
    "Zniber",
    "Kettani",
    "Naciri",
    "Rhazi",
    "Belkadi",
    "El Ouafi",
    "Hajji",
    "Mansouri",
    "Bakkali",
    "Hamdaoui",
    "Zerouali",
    "Charkaoui",
    "Tahiri",
    "Bouhlal",
    "Essaidi",
    "Moussaoui",
    "Amzil",
    "Jebli",
    "Sebti",
    "El Kadiri",
    "Ben Said",
    "Ouchen",
    "Azzouzi",
    "Filali",
    "Guessous",
    "Benkirane",
    "Marzouki",
    "Ait Baha",
    "Oukhouya",
    "Elmoutawakil",
    "Nejjar",
    "Skalli",
]
FIRST_M_AR = [
    "يوسف",
    "حمزة",
    "أنس",
    "مهدي",
    "عثمان",
    "إلياس",
    "أيوب",
    "سفيان",
    "رضا",
    "طه",
    "زكرياء",
    "عادل",
    "هشام",
    "عبد_الإله",
    "مصطفى",
    "إدريس",
    "لحسن",
    "إبراهيم",
    "رشيد",
    "نور_الدين",
    "خالد",
    "سعيد",
    "عزيز",
    "عمر",
    "طارق",
    "جواد",
    "بدر",
    "إسماعيل",
    "وليد",
    "ياسين",
    "أمين",
    "عماد",
    "عبد_الرحيم",
    "كريم",
    "مروان",
    "نبيل",
    "سعد",
    "يونس",
    "حسن",
    "جمال",
    "العربي",
    "بوشعيب",
    "امبارك",
]
FIRST_F_AR = [
    "فاطمة_الزهراء",
    "خديجة",
    "سلمى",
    "إيمان",
    "مريم",
    "غيثة",
    "هاجر",
    "سهام",
    "نادية",
    "لطيفة",
    "زينب",
    "هدى",
    "أسماء",
    "كوثر",
    "شيماء",
    "أميمة",
    "صفاء",
    "ابتسام",
    "لبنى",
    "رجاء",
    "نعيمة",
    "مليكة",
    "حنان",
    "سميرة",
    "ياسمين",
    "إكرام",
    "سارة",
    "عائشة",
    "فدوى",
    "وئام",
    "هند",
    "ريم",
    "سكينة",
    "نجاة",
    "إيطو",
    "منى",
    "نزهة",
    "وداد",
    "سناء",
    "ليلى",
    "أمينة",
    "حسناء",
]
LAST_AR = [
    "العمراني",
    "بنجلون",
    "التازي",
    "العلوي",
    "بناني",
    "برادة",
    "الشرايبي",
    "الإدريسي",
    "الوزاني",
    "لحلو",
    "الصقلي",
    "البوزيدي",
    "آيت_واحمان",
    "أوبلا",
    "آيت_الحاج",
    "بوطالب",
    "اللمراني",
    "زنيبر",
    "الكتاني",
    "الناصري",
    "الرازي",
    "بلقاضي",
    "الوافي",
    "الحجي",
    "المنصوري",
    "البقالي",
    "الحمداوي",
    "الزروالي",
    "الشرقاوي",
    "الطاهري",
    "بوهلال",
    "السعيدي",
    "الموساوي",
    "أمزيل",
    "الجبلي",
    "السبتي",
    "القادري",
    "بنسعيد",
    "أوشن",
    "العزوزي",
    "الفيلالي",
]
FIRST_M_AR = [n.replace("_", " ") for n in FIRST_M_AR]
FIRST_F_AR = [n.replace("_", " ") for n in FIRST_F_AR]
LAST_AR = [n.replace("_", " ") for n in LAST_AR]

CITIES = [
    "Casablanca",
    "Rabat",
    "Fès",
    "Marrakech",
    "Tanger",
    "Agadir",
    "Oujda",
    "Meknès",
    "Tétouan",
    "Kénitra",
    "Safi",
    "El Jadida",
    "Nador",
    "Béni Mellal",
    "Khouribga",
    "Laâyoune",
    "Dakhla",
    "Errachidia",
    "Ouarzazate",
    "Taza",
    "Settat",
    "Berrechid",
    "Mohammédia",
    "Salé",
    "Témara",
    "Larache",
    "Ksar El Kébir",
    "Guelmim",
    "Tiznit",
    "Taroudant",
    "Essaouira",
    "Azrou",
    "Ifrane",
    "Midelt",
    "Chefchaouen",
    "Al Hoceima",
    "Berkane",
    "Sidi Slimane",
    "Khémisset",
    "Youssoufia",
    "Inezgane",
    "Tinghir",
    "Zagora",
    "Sefrou",
    "Ouezzane",
]
CITIES_EN = [
    "Casablanca",
    "Rabat",
    "Fez",
    "Marrakesh",
    "Tangier",
    "Agadir",
    "Oujda",
    "Meknes",
    "Tetouan",
    "Kenitra",
    "Safi",
    "El Jadida",
    "Nador",
    "Beni Mellal",
    "Laayoune",
    "Dakhla",
    "Ouarzazate",
    "Essaouira",
    "Ifrane",
    "Chefchaouen",
    "Al Hoceima",
    "Tiznit",
    "Taroudant",
    "Sale",
    "Temara",
]
CITIES_DA = [
    "Casa",
    "Rbat",
    "Fas",
    "Mrrakch",
    "Tanja",
    "Agadir",
    "Wjda",
    "Mknas",
    "Tetwan",
    "Qnitra",
    "Asfi",
    "Jdida",
    "Nador",
    "Bni Mellal",
    "Khribga",
    "L3youn",
    "Dakhla",
    "Settat",
    "Berchid",
    "Mhammdia",
    "Sla",
    "Tmara",
    "L3rayech",
    "Tiznit",
    "Tarodant",
    "Sefrou",
    "Lhoceima",
    "Berkan",
    "Khmissat",
    "Inezgan",
]
CITIES_AR = [
    "الدار البيضاء",
    "الرباط",
    "فاس",
    "مراكش",
    "طنجة",
    "أكادير",
    "وجدة",
    "مكناس",
    "تطوان",
    "القنيطرة",
    "آسفي",
    "الجديدة",
    "الناظور",
    "بني ملال",
    "خريبكة",
    "العيون",
    "الداخلة",
    "الراشيدية",
    "ورزازات",
    "تازة",
    "سطات",
    "برشيد",
    "المحمدية",
    "سلا",
    "تمارة",
    "العرائش",
    "القصر الكبير",
    "كلميم",
    "تيزنيت",
    "تارودانت",
    "الصويرة",
    "أزرو",
    "إفران",
    "شفشاون",
    "الحسيمة",
    "بركان",
    "الخميسات",
    "تنغير",
    "زاكورة",
    "صفرو",
]
VILLAGES = [
    "Imlil",
    "Tafraout",
    "Ait Benhaddou",
    "Tamegroute",
    "Oulmès",
    "Bin El Ouidane",
    "Tahanaout",
    "Asni",
    "Amizmiz",
    "Had Soualem",
    "Sidi Bennour",
    "Imouzzer Kandar",
    "Ain Leuh",
    "Boumalne Dades",
]
VILLAGES_AR = [
    "إمليل",
    "تافراوت",
    "آيت بنحدو",
    "تامكروت",
    "والماس",
    "أسني",
    "أمزميز",
    "حد السوالم",
    "سيدي بنور",
    "عين اللوح",
    "بومالن دادس",
    "دوار أولاد سعيد",
    "دوار آيت عمي",
]
QUARTERS = [
    "Hay Mohammadi",
    "Sidi Moumen",
    "Maârif",
    "Derb Sultan",
    "Hay Riad",
    "Agdal",
    "Yacoub El Mansour",
    "Takaddoum",
    "Hay Hassani",
    "Sidi Bernoussi",
    "Aïn Chock",
    "Guéliz",
    "Daoudiate",
    "Massira",
    "Sidi Youssef Ben Ali",
    "Bensouda",
    "Zouagha",
    "Narjiss",
    "Bir Chifa",
    "Beni Makada",
    "Hay Salam",
    "Talborjt",
    "Hay Nahda",
    "Lamhamid",
    "Hay Karima",
    "Hay El Fath",
    "Oulfa",
    "Lissasfa",
    "Tabriquet",
    "Souissi",
]
QUARTERS_DA = [
    "Hay Mo7ammadi",
    "Sidi Moumen",
    "Derb Sultan",
    "Lbernoussi",
    "3in Chok",
    "Hay Hassani",
    "Lhay l7asani",
    "Sbata",
    "Lamhamid",
    "Bensouda",
    "Zwagha",
    "Bni Mkada",
    "Hay Salam",
    "Lqods",
    "Takadoum",
    "Yacoub lmansour",
    "Douar l7ajja",
    "Hay Karima",
    "Lwifa",
    "Tabriket",
]
QUARTERS_AR = [
    "الحي المحمدي",
    "سيدي مومن",
    "درب السلطان",
    "حي الرياض",
    "أكدال",
    "يعقوب المنصور",
    "التقدم",
    "الحي الحسني",
    "سيدي البرنوصي",
    "عين الشق",
    "جليز",
    "الداوديات",
    "المسيرة",
    "بنسودة",
    "زواغة",
    "بني مكادة",
    "حي السلام",
    "تالبرجت",
    "حي النهضة",
    "المحاميد",
    "حي الكريمة",
    "حي الفتح",
    "الألفة",
    "تابريكت",
    "السويسي",
]
STREETS = [
    "rue Ibn Battouta",
    "rue Oued Sebou",
    "avenue Hassan II",
    "rue Allal Ben Abdellah",
    "rue Moulay Ismail",
    "boulevard Zerktouni",
    "rue Ibn Sina",
    "avenue des FAR",
    "rue Al Mansour Eddahbi",
    "rue Abou Bakr Seddik",
    "rue Tarik Ibn Ziad",
    "avenue Mohammed VI",
    "rue Al Khansaa",
    "rue Oum Errabia",
    "rue Ibn Khaldoun",
    "rue de Tafilalet",
    "rue Annakhil",
    "rue Al Yasmine",
    "avenue Al Massira",
    "rue Sidi Belyout",
]
STREETS_AR = [
    "زنقة ابن بطوطة",
    "زنقة واد سبو",
    "شارع الحسن الثاني",
    "زنقة علال بن عبد الله",
    "زنقة مولاي إسماعيل",
    "زنقة ابن سينا",
    "شارع القوات المسلحة",
    "زنقة أبو بكر الصديق",
    "زنقة طارق بن زياد",
    "زنقة الخنساء",
    "زنقة أم الربيع",
    "زنقة ابن خلدون",
    "زنقة النخيل",
    "زنقة الياسمين",
    "شارع المسيرة",
]
RESIDENCES = [
    "Résidence Al Amal",
    "Résidence Nour",
    "Résidence Les Jardins d'Anfa",
    "Résidence Yasmina",
    "Résidence Al Boustane",
    "Résidence Firdaous",
    "Résidence Essalam",
    "Résidence Palmeraie 3",
]
LOTS = [
    "Lot Al Wahda",
    "Lot Annasr",
    "Lot Al Qods",
    "Lot Riad Salam",
    "Lot Attakwa",
    "Lot Al Manar",
]
DERBS = [
    "Derb Sidi Bouloukat",
    "Derb Dabachi",
    "Derb Jdid",
    "Derb Lalla Zeitouna",
    "Derb Moulay Chrif",
]
DERBS_AR = [
    "درب الحجر",
    "درب الدباغ",
    "درب مولاي الشريف",
    "درب السلطان",
    "درب الجديد",
    "درب لالة زيتونة",
]
LANDMARKS_FR = [
    "près de la mosquée Al Fath",
    "à côté du hammam",
    "en face de l'école primaire",
    "derrière la pharmacie Annour",
    "près du four",
]
LANDMARKS_EN = [
    "near the mosque",
    "next to the hammam",
    "opposite the primary school",
    "behind the pharmacy",
]
LANDMARKS_DA = [
    "7da jame3 sounna",
    "9bel l7mam",
    "mor l'école",
    "7da l7anout dyal l7aj",
    "qbalt lfarmasyan",
    "7da lfarran",
]
LANDMARKS_AR = ["قرب المسجد", "بجانب الحمام", "مقابل المدرسة الابتدائية", "خلف الصيدلية"]
LANDMARKS_DAR = ["حدا الجامع", "قبالة الفران", "مور الحمام", "حدا الحانوت ديال الحاج"]

CIN_LETTERS = [
    "A",
    "B",
    "BE",
    "BK",
    "BJ",
    "BH",
    "C",
    "CD",
    "D",
    "E",
    "EE",
    "F",
    "G",
    "H",
    "HH",
    "I",
    "J",
    "JA",
    "JC",
    "JE",
    "K",
    "L",
    "M",
    "N",
    "P",
    "Q",
    "R",
    "S",
    "T",
    "U",
    "UA",
    "V",
    "W",
    "X",
    "Y",
    "Z",
    "ZT",
    "AB",
    "AD",
    "GK",
    "IA",
    "WA",
]
# Shops, clubs and institutions whose names hold a city: never labelled.
SHOPS = [
    "Pâtisserie Fès Gourmande",
    "Café Rabat Centre",
    "Librairie Tanger Livres",
    "Optique Agadir Vision",
    "Marrakech Motors",
    "Casablanca Électroménager",
    "Boulangerie Meknès Délices",
    "Hôtel Oujda Palace",
    "Ifrane Ski Shop",
    "Essaouira Argan Coop",
]
SHOPS_AR = [
    "مخبزة فاس الذهبية",
    "مقهى الرباط الكبير",
    "صيدلية طنجة المركزية",
    "متجر أكادير للأجهزة",
    "فندق مراكش بلاص",
]
CLUBS = [
    "le Raja de Casablanca",
    "le Wydad de Casablanca",
    "le Maghreb de Fès",
    "le Hassania d'Agadir",
    "l'Ittihad de Tanger",
    "le Difaâ d'El Jadida",
    "le Mouloudia d'Oujda",
]
INSTITUTIONS = [
    "l'Université Mohammed V de Rabat",
    "le CHU Hassan II de Fès",
    "l'ENCG de Settat",
    "la Faculté de médecine de Marrakech",
    "l'ENSA d'Agadir",
    "le Tribunal de première instance de Salé",
    "la Wilaya de Tanger",
]
INSTITUTIONS_AR = [
    "جامعة محمد الخامس بالرباط",
    "المستشفى الجامعي بفاس",
    "المحكمة الابتدائية بسلا",
    "ولاية جهة طنجة",
    "كلية الطب بمراكش",
]
COMPANIES = [
    "Atlas Logistique SARL",
    "Nejma Digital",
    "Souss Agro Export",
    "Bled Services",
    "Tadamon Conseil",
    "Oasis Print",
    "Amal Textile",
    "Zitoun Distribution",
]
MAIL_DOMAINS = [
    "gmail.com",
    "yahoo.fr",
    "hotmail.com",
    "outlook.fr",
    "menara.ma",
    "iam.net.ma",
    "protonmail.com",
    "um5.ac.ma",
    "uca.ac.ma",
]

# --------------------------------------------------------------------------- sensitive phrases
SENS = {
    ("HEALTH", "fr"): [
        "je suis diabétique",
        "je suis enceinte de cinq mois",
        "mon fils est asthmatique",
        "je suis sous insuline depuis 2019",
        "ma mère est dialysée trois fois par semaine",
        "j'ai fait une dépression sévère l'an dernier",
        "je suis suivi pour une hypertension",
        "mon mari a un cancer du côlon",
        "je suis épileptique",
        "ma fille est autiste",
        "je suis sous chimiothérapie",
        "j'ai une insuffisance rénale chronique",
        "je prends de la Depakine matin et soir",
        "je suis atteinte de la maladie de Crohn",
        "mon père a fait un AVC en mars",
    ],
    ("HEALTH", "en"): [
        "I'm diabetic",
        "my wife is pregnant with twins",
        "I've been on antidepressants since March",
        "my son has epilepsy",
        "I was diagnosed with multiple sclerosis",
        "I'm on dialysis twice a week",
        "my father had a stroke last year",
        "I have type 1 diabetes",
        "I'm HIV positive",
        "I suffer from chronic migraines",
        "I take Seroquel every night",
        "my daughter is being treated for leukaemia",
        "I'm 30 weeks pregnant",
    ],
    ("HEALTH", "ar"): [
        "أنا مصاب بداء السكري",
        "زوجتي حامل في شهرها السابع",
        "ابني يعاني من الربو",
        "أتناول دواء الضغط يوميا",
        "أخضع لجلسات تصفية الكلي",
        "والدي مصاب بمرض الزهايمر",
        "أعاني من الاكتئاب منذ سنتين",
        "خضعت لعملية جراحية في القلب",
        "أنا مصابة بسرطان الثدي",
        "ابنتي مصابة بالتوحد",
        "أتلقى العلاج الكيميائي",
        "أنا حامل",
    ],
    ("HEALTH", "darija"): [
        "ana mrid b sokkar",
        "mrati 7amla f char 4",
        "kan9ra b l'insuline",
        "weldi fih di9t nfas",
        "3ndi tension",
        "mma katdir dialyse",
        "kanchreb dwa dyal l3assab",
        "bba 3ndo sokkar w tension",
        "khti fiha lcancer",
        "ana tab3a m3a tbib nafsani 3la la dépression",
        "ana 7amla",
        "kanakhod Metformine kol nhar",
        "3ndi l'asthme",
    ],
    ("HEALTH", "darija_ar"): [
        "أنا فيا السكر",
        "مراتي حاملة",
        "ولدي فيه الضيقة",
        "كنشرب دوا ديال الطونسيو",
        "ماما كدير الدياليز",
        "عندي الكوليسترول",
        "بابا مريض بالقلب",
        "أنا حاملة فالشهر الثالث",
        "كناخد الأنسولين",
        "ختي فيها الكونسير",
        "خويا فيه الصرع",
    ],
    ("RELIGION_BELIEF", "fr"): [
        "je suis chrétien évangélique",
        "je me suis converti au christianisme",
        "je suis athée",
        "je suis de confession juive",
        "ma famille est chiite",
        "je suis disciple de la zaouïa Boutchichiya",
        "je suis bahaïe",
        "je fais mes cinq prières à la mosquée",
        "je ne crois en aucun dieu",
    ],
    ("RELIGION_BELIEF", "en"): [
        "I'm a practising Muslim",
        "I converted to Christianity",
        "I am an atheist",
        "my family is Jewish",
        "I'm a Shia Muslim",
        "I belong to the Tijaniyya Sufi order",
        "I'm a Baha'i",
        "I attend mass every Sunday",
    ],
    ("RELIGION_BELIEF", "ar"): [
        "أنا مسيحي",
        "اعتنقت المسيحية",
        "أنا ملحد",
        "عائلتي يهودية",
        "أنا شيعي",
        "أنتمي إلى الطريقة البودشيشية",
        "أنا بهائي",
        "أصلي الصلوات الخمس في المسجد",
    ],
    ("RELIGION_BELIEF", "darija"): [
        "ana msi7i",
        "ana mol7id",
        "dkhlt l msi7iya",
        "ana chi3i",
        "kanmchi l zawiya tijaniya kol jem3a",
        "ana yhoudi",
        "ma kan2amench b chi din",
        "kansali f jame3 kol fjer",
    ],
    ("RELIGION_BELIEF", "darija_ar"): [
        "أنا مسيحي من 2015",
        "أنا ما كنآمنش بحتى دين",
        "كنمشي للزاوية التيجانية",
        "أنا شيعي",
        "عائلتي يهود",
        "كنصلي الفجر فالجامع ديما",
    ],
    ("POLITICAL_OPINION", "fr"): [
        "je milite au sein du PJD",
        "j'ai voté pour l'USFP aux dernières législatives",
        "je suis membre du bureau local du PAM",
        "je soutiens le Mouvement du 20 février",
        "mon frère milite à la Voie démocratique",
        "je suis adhérente du Parti socialiste unifié",
        "j'ai fait campagne pour le RNI",
        "je suis sympathisant du Parti de l'Istiqlal",
        "je suis monarchiste convaincu",
    ],
    ("POLITICAL_OPINION", "en"): [
        "I voted for the RNI in 2021",
        "I'm a card-carrying member of the Istiqlal Party",
        "I campaigned for the PSU",
        "my father is an activist in the PPS",
        "I support the February 20 Movement",
        "I'm a PAM party member",
        "I always vote for the Popular Movement",
    ],
    ("POLITICAL_OPINION", "ar"): [
        "أنا عضو في حزب الاستقلال",
        "صوتت لحزب التجمع الوطني للأحرار",
        "مناضل في حزب الاتحاد الاشتراكي",
        "أساند حركة 20 فبراير",
        "منخرطة في حزب التقدم والاشتراكية",
        "عضو في المجلس الوطني لحزب الأصالة والمعاصرة",
        "أنا يساري",
    ],
    ("POLITICAL_OPINION", "darija"): [
        "ana m3a PAM",
        "sowwet 3la l7mama f les élections",
        "kan nadel f l'USFP",
        "ana militant f PJD",
        "sowwetna 3la lmizane",
        "ana m3a 7arakat 20 fevrier",
        "ana yassari w ma kansowtch 3la l'RNI",
    ],
    ("POLITICAL_OPINION", "darija_ar"): [
        "أنا مع البيجيدي",
        "صوتت على الميزان",
        "أنا مناضل فالبام",
        "صوتنا على الحمامة",
        "أنا مع حركة عشرين فبراير",
        "أنا منخارط فالاتحاد الاشتراكي",
    ],
    ("UNION_MEMBERSHIP", "fr"): [
        "je suis délégué syndical à l'UMT",
        "je suis délégué du personnel CDT",
        "j'adhère à la FDT depuis 2016",
        "je siège au bureau syndical de l'UGTM",
        "je cotise à l'ODT",
        "je suis représentante syndicale de la CDT à l'usine",
        "je suis syndiqué à l'UMT depuis 2012",
        "je suis secrétaire général de la section syndicale FNE",
    ],
    ("UNION_MEMBERSHIP", "en"): [
        "I'm a shop steward for the UMT",
        "I joined the CDT union last year",
        "I'm a member of the UGTM",
        "she represents the FNE teachers' union",
        "I pay dues to the ODT",
        "I'm the union rep for the CDT at the plant",
    ],
    ("UNION_MEMBERSHIP", "ar"): [
        "مندوب نقابي في الاتحاد المغربي للشغل",
        "عضو في الكونفدرالية الديمقراطية للشغل",
        "منخرط في الاتحاد العام للشغالين بالمغرب",
        "كاتب عام لفرع النقابة الوطنية للتعليم",
        "يؤدي واجب الانخراط في الفيدرالية الديمقراطية للشغل",
    ],
    ("UNION_MEMBERSHIP", "darija"): [
        "ana m3a sendika UMT",
        "ana mendoub f CDT",
        "dkhlt l nqaba dyal UGTM",
        "kankhelles lcotisation dyal sendika",
        "ana délégué syndical f l'usine",
    ],
    ("UNION_MEMBERSHIP", "darija_ar"): [
        "أنا منخارط فالنقابة",
        "أنا مندوب ديال السانديكا",
        "أنا مع الكدش",
        "دخلت للاتحاد المغربي للشغل",
        "كنخلص الكوطيزاسيون ديال النقابة",
    ],
    ("ETHNIC_ORIGIN", "fr"): [
        "je suis d'origine amazighe",
        "ma mère est sahraouie",
        "je suis rifain",
        "je suis d'origine sénégalaise",
        "je suis chleuh",
        "ma famille est d'origine haratine",
        "je suis d'origine arabe hassanie",
    ],
    ("ETHNIC_ORIGIN", "en"): [
        "I'm of Amazigh descent",
        "my grandparents were Sahrawi",
        "I'm Riffian",
        "I'm of sub-Saharan origin",
        "my mother is ethnically Berber",
        "I'm half Arab, half Amazigh",
    ],
    ("ETHNIC_ORIGIN", "ar"): [
        "أمازيغي الأصل",
        "من أصول صحراوية",
        "من أصول ريفية",
        "من أصول إفريقية جنوب الصحراء",
        "من أسرة حسانية",
    ],
    ("ETHNIC_ORIGIN", "darija"): [
        "ana chel7",
        "ana rifi",
        "ana sa7raoui",
        "mma 3arbiya w bba amazighi",
        "7na 3a2ila amazighiya",
    ],
    ("ETHNIC_ORIGIN", "darija_ar"): [
        "أنا شلح",
        "أنا ريفي",
        "حنا صحراوة",
        "أنا سوسي وماما عروبية",
        "أنا أمازيغية",
    ],
    ("GENETIC", "fr"): [
        "le test génétique révèle une mutation BRCA1",
        "elle est porteuse saine de la bêta-thalassémie",
        "le caryotype confirme une trisomie 21",
        "le dépistage génétique est positif pour le gène de Huntington",
        "le séquençage montre une mutation du gène CFTR",
    ],
    ("GENETIC", "en"): [
        "BRCA2 mutation confirmed by DNA testing",
        "carrier of the sickle cell trait",
        "positive genetic test for the Huntington gene",
        "karyotype showing Klinefelter syndrome",
        "cystic fibrosis gene carrier",
    ],
    ("GENETIC", "ar"): [
        "طفرة في جين BRCA1 حسب التحليل الجيني",
        "حاملة لجين التلاسيميا",
        "تحليل الحمض النووي يؤكد متلازمة داون",
        "طفرة وراثية في جين CFTR",
    ],
    ("GENETIC", "darija"): [
        "dert test génétique w l9aw 3ndi mutation BRCA1",
        "ana porteur dyal l gène dyal thalassémie",
        "l'analyse ADN bayna beli weldi fih trisomie",
        "3ndi gène dyal drépanocytose",
    ],
    ("GENETIC", "darija_ar"): [
        "درت التحليل الجيني وبان عندي جين ديال السرطان",
        "أنا حامل للجين ديال التلاسيميا",
        "التحليل ديال الأ دي إن بان فيه ولدي عندو التريزومي",
    ],
    ("BIOMETRIC", "fr"): [
        "le gabarit d'empreinte digitale",
        "le scan de l'iris",
        "la photo de référence pour la reconnaissance faciale",
        "l'empreinte vocale",
        "les empreintes des dix doigts",
    ],
    ("BIOMETRIC", "en"): [
        "a fingerprint template",
        "a Face ID scan",
        "an iris scan",
        "a voiceprint for phone banking",
    ],
    ("BIOMETRIC", "ar"): [
        "بصمة الأصبع",
        "صورة قزحية العين",
        "بصمة الوجه",
        "البصمة الصوتية",
    ],
    ("BIOMETRIC", "darija"): [
        "l'empreinte dyal sb3i",
        "scan dyal wjhi",
        "sawti li tsejjel l reconnaissance vocale",
        "l'iris dyal 3ini",
    ],
    ("BIOMETRIC", "darija_ar"): [
        "البصمة ديال صبعي",
        "السكان ديال وجهي",
        "الصوت ديالي اللي تسجل",
    ],
    ("CRIMINAL", "fr"): [
        "j'ai été condamné à deux ans de prison pour vol",
        "mon frère a un casier judiciaire",
        "il a purgé huit mois à Oukacha",
        "je suis en liberté conditionnelle",
        "j'ai été arrêté pour trafic de cannabis en 2019",
        "elle est poursuivie pour escroquerie",
    ],
    ("CRIMINAL", "en"): [
        "I served three years for armed robbery",
        "I have a criminal record",
        "he was convicted of fraud in 2018",
        "I'm on probation",
        "my cousin was jailed for drug trafficking",
    ],
    ("CRIMINAL", "ar"): [
        "حكم علي بسنتين سجنا نافذا",
        "لدي سوابق عدلية",
        "اعتقل ابني بتهمة السرقة",
        "قضيت عقوبة سجنية بتهمة النصب",
        "أخي متابع في قضية مخدرات",
    ],
    ("CRIMINAL", "darija"): [
        "dkhlt l7bs 3am",
        "3ndi sawabi9",
        "ch9do 3la drogue w dar 6 chhour",
        "khoya m7koum b sriqa",
        "ana f libérté provisoire",
    ],
    ("CRIMINAL", "darija_ar"): [
        "دخلت الحبس عامين",
        "عندي السوابق",
        "خويا محكوم بالسرقة",
        "شدوه البوليس على الكريساج",
    ],
}

# General questions on the same topics: never labelled.
TOPIC_Q = {
    "fr": [
        "Quels sont les premiers symptômes du diabète ?",
        "Combien de sièges le RNI a-t-il obtenus en 2021 ?",
        "Quelle est la différence entre l'UMT et la CDT ?",
        "À quelle heure est la rupture du jeûne demain à Rabat ?",
        "Quels vaccins sont obligatoires pour un nourrisson ?",
        "Comment fonctionne la reconnaissance faciale dans les aéroports ?",
        "Qu'est-ce qu'un casier judiciaire et comment l'obtenir ?",
        "La trisomie 21 est-elle héréditaire ?",
        "Quelle est la capitale du Maroc ?",
        "Explique l'histoire des Amazighs au Maghreb.",
    ],
    "en": [
        "What are the early signs of pregnancy?",
        "How many parties sit in the Moroccan parliament?",
        "What does a trade union delegate do?",
        "When does Ramadan start this year?",
        "How accurate are fingerprint scanners?",
        "Is asthma more common in cities?",
        "What is the sickle cell trait?",
        "Which city is the largest in Morocco?",
        "How does the Moroccan criminal record certificate work?",
    ],
    "ar": [
        "ما هي أعراض مرض السكري؟",
        "متى تجرى الانتخابات التشريعية المقبلة؟",
        "ما هو دور النقابات في المغرب؟",
        "ما هي عاصمة المغرب؟",
        "كيف تعمل بصمة الوجه في الهواتف؟",
        "هل التوحد مرض وراثي؟",
        "ما هي شروط الحصول على السجل العدلي؟",
        "متى يبدأ شهر رمضان هذه السنة؟",
    ],
    "darija": [
        "chno homa les symptômes dyal sokkar?",
        "fو9ach ghaykoun ramadan had l3am?",
        "chkoun rbe7 f les élections dyal 2021?",
        "wach l'asthme kayt3awed?",
        "kifach ndir l'fiche anthropométrique?",
        "ach hiya l3assima dyal lmaghrib?",
    ],
    "darija_ar": [
        "شنو هوما الأعراض ديال السكر؟",
        "فوقاش غادي يبدا رمضان هاد العام؟",
        "شكون ربح فالانتخابات؟",
        "واش الحساسية كتورث؟",
        "كيفاش نجبد السجل العدلي؟",
    ],
}
TOPIC_Q["darija"][1] = "fou9ach ghaybda ramadan had l3am?"


# Third-person and attribute forms, for templates that speak about someone.
PHRASES = {
    "h3_fr": (
        "elle est diabétique depuis dix ans|elle est sous insuline|elle est dialysée "
        "trois fois par semaine|elle suit une chimiothérapie|elle a fait un AVC en mars|"
        "elle souffre d'une insuffisance cardiaque|elle est traitée par Lasilix|"
        "elle est enceinte de huit mois"
    ),
    "h3_en": (
        "she is pregnant|she has epilepsy|she is on dialysis|she was diagnosed with lupus|"
        "she takes insulin twice a day|she is recovering from a heart attack|"
        "she has bipolar disorder"
    ),
    "h3_ar": (
        "مصابة بداء السكري|حامل في الشهر السادس|تخضع لجلسات تصفية الكلي|"
        "تعاني من ارتفاع ضغط الدم|تتلقى العلاج الكيميائي|مصابة بالربو"
    ),
    "h3_da": (
        "fih sokkar|kayakhod l'insuline|3ndo tension|kaydir dialyse|fih di9t nfas|"
        "kaychreb dwa dyal l3assab|mrid b l9elb"
    ),
    "h3_dar": "فيه السكر|فيه الضيقة|كيدير الدياليز|عندو الصرع|مريض بالقلب|كياخد الأنسولين",
    "unia_fr": (
        "déléguée syndicale à l'UMT|adhérente de la CDT|membre du bureau de l'UGTM|"
        "syndiquée à la FDT|représentante du personnel pour l'ODT"
    ),
    "uni3_en": (
        "union delegate for the UMT|member of the CDT since 2019|UGTM shop steward|"
        "pays dues to the ODT|elected union rep for the FNE"
    ),
    "pola_fr": (
        "militant au sein du PJD|adhérente du Parti socialiste unifié|"
        "conseiller communal RNI|sympathisant de la Fédération de la gauche démocratique|"
        "membre de la jeunesse istiqlalienne"
    ),
    "pol3_en": (
        "she is a member of the Istiqlal Party|she voted for the RNI in 2021|"
        "she campaigned for the PSU|she sits on the PAM youth council|"
        "she supports the February 20 Movement"
    ),
    "etha_fr": (
        "d'origine amazighe|issue d'une famille sahraouie|d'origine rifaine|"
        "d'origine sénégalaise|d'origine soussie|de la communauté haratine"
    ),
    "etha_en": (
        "of Amazigh descent|Sahrawi on my mother's side|Riffian|of sub-Saharan origin|"
        "half Arab, half Amazigh"
    ),
    "cri3_fr": (
        "condamné en 2020 à deux ans de prison pour vol|déjà condamné pour escroquerie|"
        "placé en liberté conditionnelle depuis mars|incarcéré huit mois à Oukacha|"
        "sous contrôle judiciaire pour trafic de cannabis"
    ),
    "cri3_en": (
        "convicted of fraud in 2018|served three years for armed robbery|"
        "currently on probation|has a criminal record for assault"
    ),
    "cri3_ar": (
        "حكم عليه بسنتين سجنا نافذا|له سوابق عدلية|اعتقل بتهمة السرقة|"
        "قضى عقوبة سجنية بتهمة النصب|متابع في قضية مخدرات"
    ),
    "cri3_da": (
        "dkhel l7bs 3am|3ndo sawabi9|ch9do 3la drogue w dar 6 chhour|m7koum b sriqa|"
        "khrej f liberté provisoire"
    ),
    "cri3_dar": "دخل الحبس عامين|عندو السوابق|محكوم بالسرقة|شدوه البوليس على الكريساج",
    "gen3_en": (
        "my DNA test shows a BRCA2 mutation|I carry the sickle cell trait|"
        "genetic testing confirmed I have the Huntington gene"
    ),
    "eth1_ar": "أنا أمازيغي|أصلي صحراوي|أنا من أصول ريفية|عائلتي حسانية",
    "uni1_ar": (
        "أنا مندوب نقابي في الاتحاد المغربي للشغل|أنا منخرط في الكونفدرالية الديمقراطية "
        "للشغل|أؤدي واجب الانخراط في الفيدرالية الديمقراطية للشغل"
    ),
    "roles_fr": "le chauffeur|le technicien|le gardien|le livreur|le voisin",
    "roles_en": "the driver|the nurse|the caretaker|the technician|the nanny",
    "rolesf_fr": "L'infirmière|La nounou|La femme de ménage|La réceptionniste|La comptable",
    "roles_ar": "السائق|الحارس|التقني|البواب",
}

# --------------------------------------------------------------------------- check digits


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(body: str) -> str:
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d
    raise AssertionError(body)


def rib_key(first22: str) -> str:
    return f"{97 - (int(first22) * 100) % 97:02d}"


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def iban_make(country: str, bban: str) -> str:
    s = bban + country + "00"
    check = 98 - int("".join(str(int(c, 36)) for c in s)) % 97
    return f"{country}{check:02d}{bban}"


def only_digits(s: str) -> str:
    out = []
    for ch in s:
        if ch.isdigit():
            out.append(str(int(ch)))
    return "".join(out)


# --------------------------------------------------------------------------- generators
class Gen:
    """Value generators; each method takes no argument and returns a string."""

    def __init__(self, rng: random.Random) -> None:
        self.r = rng

    def pick(self, seq: list[str]) -> str:
        return self.r.choice(seq)

    def digits(self, n: int) -> str:
        return "".join(self.r.choice("0123456789") for _ in range(n))

    # names
    def first(self) -> str:
        return self.pick(FIRST_M + FIRST_F)

    def full(self) -> str:
        return f"{self.first()} {self.pick(LAST)}"

    def caps(self) -> str:
        return f"{self.pick(LAST).upper()} {self.first()}"

    def low(self) -> str:
        return self.full().lower()

    def first_ar(self) -> str:
        return self.pick(FIRST_M_AR + FIRST_F_AR)

    def full_ar(self) -> str:
        return f"{self.first_ar()} {self.pick(LAST_AR)}"

    def fem_ar(self) -> str:
        return f"{self.pick(FIRST_F_AR)} {self.pick(LAST_AR)}"

    def masc_ar(self) -> str:
        return f"{self.pick(FIRST_M_AR)} {self.pick(LAST_AR)}"

    def fem(self) -> str:
        return f"{self.pick(FIRST_F)} {self.pick(LAST)}"

    def fm(self) -> str:
        return self.pick(FIRST_F)

    def mm(self) -> str:
        return self.pick(FIRST_M)

    def lowf(self) -> str:
        return self.fem().lower()

    def ffirst_ar(self) -> str:
        return self.pick(FIRST_F_AR)

    def mfirst_ar(self) -> str:
        return self.pick(FIRST_M_AR)

    def club_pair(self) -> str:
        a, b = self.r.sample(CLUBS, 2)
        return f"{a} {self.r.choice(['contre', 'vs', 'face à'])} {b}"

    def masc(self) -> str:
        return f"{self.pick(FIRST_M)} {self.pick(LAST)}"

    def name_any(self) -> str:
        return self.r.choice([self.full, self.full, self.caps])()

    def surname(self) -> str:
        return self.pick(LAST)

    # places
    def city(self) -> str:
        return self.pick(CITIES)

    def city_en(self) -> str:
        return self.pick(CITIES_EN)

    def city_da(self) -> str:
        return self.pick(CITIES_DA)

    def city_ar(self) -> str:
        return self.pick(CITIES_AR)

    def village(self) -> str:
        return self.pick(VILLAGES)

    def village_ar(self) -> str:
        return self.pick(VILLAGES_AR)

    def quarter_city(self) -> str:
        return f"{self.pick(QUARTERS)}, {self.city()}"

    def quarter_ar(self) -> str:
        return f"{self.pick(QUARTERS_AR)}، {self.city_ar()}"

    def num(self) -> str:
        return str(self.r.randint(1, 240))

    def addr_fr(self) -> str:
        kind = self.r.randrange(5)
        if kind == 0:
            return f"{self.num()}, {self.pick(STREETS)}, {self.pick(QUARTERS)}, {self.city()}"
        if kind == 1:
            return (
                f"{self.pick(RESIDENCES)}, immeuble {self.r.randint(1, 30)}, appt "
                f"{self.r.randint(1, 40)}, {self.pick(QUARTERS)}, {self.city()}"
            )
        if kind == 2:
            return f"{self.pick(LOTS)} n° {self.num()}, {self.city()}"
        if kind == 3:
            return f"{self.pick(DERBS)} n° {self.num()}, Médina, {self.city()}"
        return (
            f"{self.num()} {self.pick(STREETS)}, {self.pick(LANDMARKS_FR)}, "
            f"{self.r.randint(10, 90)}{self.r.randint(0, 9)}00 {self.city()}"
        )

    def addr_en(self) -> str:
        kind = self.r.randrange(3)
        if kind == 0:
            return f"{self.num()} {self.pick(STREETS)}, {self.pick(QUARTERS)}, {self.city_en()}"
        if kind == 1:
            return (
                f"Flat {self.r.randint(1, 40)}, {self.pick(RESIDENCES)}, "
                f"{self.pick(LANDMARKS_EN)}, {self.city_en()}"
            )
        return f"House {self.num()}, {self.pick(LOTS)}, {self.city_en()}"

    def addr_da(self) -> str:
        kind = self.r.randrange(3)
        if kind == 0:
            return (
                f"zn9a {self.r.randint(1, 60)} rqm {self.num()}, {self.pick(QUARTERS_DA)}, "
                f"{self.city_da()}, {self.pick(LANDMARKS_DA)}"
            )
        if kind == 1:
            return (
                f"derb {self.pick(['lbhira', 'ssa3a', 'lkhayr', 'sidi 3bdellah', 'l9ayed'])} "
                f"n° {self.num()}, {self.city_da()}"
            )
        bloc = self.r.choice("ABCDEFG")
        return f"{self.pick(QUARTERS_DA)} bloc {bloc} rqm {self.num()}, {self.city_da()}"

    def addr_ar(self) -> str:
        kind = self.r.randrange(3)
        if kind == 0:
            return (
                f"{self.pick(STREETS_AR)}، رقم {self.num()}، {self.pick(QUARTERS_AR)}، "
                f"{self.city_ar()}"
            )
        if kind == 1:
            place = f"{self.city_ar()}، {self.pick(LANDMARKS_AR)}"
            return f"{self.pick(DERBS_AR)} رقم {self.num()}، {place}"
        return (
            f"حي {self.pick(['النصر', 'الوحدة', 'الأمل', 'القدس', 'الفرح', 'النخيل'])}، "
            f"زنقة {self.r.randint(1, 80)}، رقم {self.num()}، {self.city_ar()}"
        )

    def addr_dar(self) -> str:
        kind = self.r.randrange(2)
        if kind == 0:
            return (
                f"حي {self.pick(['السلامة', 'مولاي رشيد', 'البركة', 'الأمل', 'الفرح'])} "
                f"زنقة {self.r.randint(1, 80)} رقم {self.num()}، {self.pick(LANDMARKS_DAR)}"
            )
        place = f"{self.city_ar()}، {self.pick(LANDMARKS_DAR)}"
        return f"{self.pick(DERBS_AR)} الدار رقم {self.num()}، {place}"

    def addr_any(self) -> str:
        return self.addr_fr()

    # contact
    def phone(self) -> str:
        p = self.r.choice("6677") + self.digits(8)
        kind = self.r.randrange(6)
        if kind == 0:
            return "0" + p
        if kind == 1:
            return "0" + p[0] + " " + " ".join(p[i : i + 2] for i in range(1, 9, 2))
        if kind == 2:
            return "+212 " + p[0] + " " + " ".join(p[i : i + 2] for i in range(1, 9, 2))
        if kind == 3:
            return "+212" + p
        if kind == 4:
            return "00212 " + p[:3] + "-" + p[3:]
        return "0" + p[0] + "." + ".".join(p[i : i + 2] for i in range(1, 9, 2))

    def phone_fixe(self) -> str:
        d = "05" + self.r.choice("2345") + self.digits(7)
        return NBSP.join(d[i : i + 2] for i in range(0, 10, 2))

    def phone_intl(self) -> str:
        d = self.r.choice("67") + self.digits(8)
        return self.r.choice(["+212 (0)", "+212-", "(+212) "]) + d[0] + " " + d[1:5] + " " + d[5:]

    def phone_nb(self) -> str:
        p = self.r.choice("67") + self.digits(8)
        return "0" + p[0] + NBSP + NBSP.join(p[i : i + 2] for i in range(1, 9, 2))

    def phone_ar(self) -> str:
        p = "0" + self.r.choice("67") + self.digits(8)
        return p.translate(AR_DIGITS if self.r.random() < 0.7 else FA_DIGITS)

    def email(self) -> str:
        fn = self.pick(FIRST_M + FIRST_F).lower().replace("-", "")
        ln = self.pick(LAST).lower().replace(" ", "")
        fn = fn.translate(str.maketrans("éèëï", "eeei"))
        kind = self.r.randrange(4)
        if kind == 0:
            local = f"{fn}.{ln}"
        elif kind == 1:
            local = f"{fn[0]}{ln}{self.r.randint(1, 99)}"
        elif kind == 2:
            local = f"{ln}_{fn}"
        else:
            local = f"{fn}{self.r.randint(1980, 2005)}"
        return f"{local}@{self.pick(MAIL_DOMAINS)}"

    def ip(self) -> str:
        kind = self.r.randrange(4)
        if kind == 0:
            return f"192.168.{self.r.randint(0, 20)}.{self.r.randint(2, 254)}"
        if kind == 1:
            return f"10.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(2, 254)}"
        if kind == 2:
            return f"2001:db8:{self.r.randint(1, 0xFFFF):x}::{self.r.randint(1, 0xFFF):x}"
        return (
            f"{self.r.choice([41, 105, 196, 160, 102, 81])}.{self.r.randint(0, 255)}."
            f"{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"
        )

    # identifiers
    def cin_raw(self) -> tuple[str, str]:
        letters = self.r.choice(CIN_LETTERS)
        return letters, self.digits(self.r.choice([5, 6, 6, 6]))

    def cin(self) -> str:
        a, b = self.cin_raw()
        return a + b

    def cin_sp(self) -> str:
        a, b = self.cin_raw()
        return f"{a} {b}"

    def cin_low(self) -> str:
        a, b = self.cin_raw()
        return (a + b).lower()

    def rib(self) -> str:
        bank = self.r.choice(["007", "011", "013", "021", "022", "145", "190", "230", "225"])
        first22 = bank + self.digits(3) + self.digits(16)
        return first22 + rib_key(first22)

    def rib_sp(self) -> str:
        r = self.rib()
        sep = self.r.choice([" ", " ", "-", NBSP])
        return sep.join([r[:3], r[3:6], r[6:22], r[22:]])

    def rib_bad(self) -> str:
        while True:
            s = self.digits(24)
            if int(s) % 97 != 0:
                return s

    def iban(self) -> str:
        kind = self.r.randrange(5)
        if kind <= 2:
            s = iban_make("MA", self.rib())
        elif kind == 3:
            s = iban_make("FR", self.digits(10) + self.digits(11) + self.digits(2))
        else:
            s = iban_make("ES", self.digits(20))
        if self.r.random() < 0.6:
            return " ".join(s[i : i + 4] for i in range(0, len(s), 4))
        return s

    def card(self) -> str:
        kind = self.r.randrange(4)
        if kind == 0:
            body = "4" + self.digits(14)
        elif kind == 1:
            body = str(self.r.randint(51, 55)) + self.digits(13)
        elif kind == 2:
            body = str(self.r.randint(2221, 2720)) + self.digits(11)
        else:
            body = self.r.choice(["34", "37"]) + self.digits(12)
        n = luhn_complete(body)
        if len(n) == 15:
            return f"{n[:4]} {n[4:10]} {n[10:]}"
        sep = self.r.choice([" ", " ", "-", ""])
        return sep.join(n[i : i + 4] for i in range(0, 16, 4))

    def ice(self) -> str:
        first13 = "00" + self.digits(11)
        return first13 + f"{97 - (int(first13) * 100) % 97:02d}"

    def cnss(self) -> str:
        n = self.r.choice("12") + self.digits(8)
        if self.r.random() < 0.3:
            return f"{n[:3]} {n[3:6]} {n[6:]}"
        return n

    def passport(self) -> str:
        a = self.r.choice(["A", "B", "G", "M", "N", "R", "S", "U", "Z"])
        b = self.r.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
        return a + b + self.digits(7)

    def massar(self) -> str:
        return self.r.choice("DEFGHJKMNPRS") + self.r.choice("1111234") + self.digits(8)

    def plate(self) -> str:
        n1 = str(self.r.randint(1, 99999))
        letter = self.r.choice(["أ", "ب", "د", "ه", "و", "ط", "ج"])
        region = str(self.r.randint(1, 89))
        kind = self.r.randrange(4)
        if kind == 0:
            return f"{n1}-{letter}-{region}"
        if kind == 1:
            return f"{n1} {letter} {region}"
        if kind == 2:
            return f"{n1} | {letter} | {region}"
        return f"{n1}/{letter}/{region}"

    # dates of birth
    def _ymd(self) -> tuple[int, int, int]:
        return self.r.randint(1950, 2008), self.r.randint(1, 12), self.r.randint(1, 28)

    def dob(self) -> str:
        y, m, d = self._ymd()
        return f"{d:02d}/{m:02d}/{y}"

    def dob_dash(self) -> str:
        y, m, d = self._ymd()
        return f"{d}-{m}-{y}"

    def dob_fr(self) -> str:
        y, m, d = self._ymd()
        months = (
            "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
        )
        return f"{'1er' if d == 1 else d} {months.split()[m - 1]} {y}"

    def dob_en(self) -> str:
        y, m, d = self._ymd()
        months = (
            "January February March April May June July August September October November December"
        )
        if self.r.random() < 0.5:
            return f"{months.split()[m - 1]} {d}, {y}"
        return f"{d} {months.split()[m - 1]} {y}"

    def dob_ar(self) -> str:
        y, m, d = self._ymd()
        months = [
            "يناير",
            "فبراير",
            "مارس",
            "أبريل",
            "ماي",
            "يونيو",
            "يوليوز",
            "غشت",
            "شتنبر",
            "أكتوبر",
            "نونبر",
            "دجنبر",
        ]
        if self.r.random() < 0.5:
            return f"{d} {months[m - 1]} {y}"
        return f"{d:02d}/{m:02d}/{y}".translate(AR_DIGITS)

    def dob_iso(self) -> str:
        y, m, d = self._ymd()
        return f"{y}-{m:02d}-{d:02d}"

    # negatives
    def order(self) -> str:
        return self.r.choice(
            [
                f"CMD-{self.r.randint(2023, 2025)}-{self.digits(5)}",
                f"#{self.digits(9)}",
                f"MA{self.digits(10)}",
                f"BC{self.digits(7)}",
            ]
        )

    def invoice(self) -> str:
        return self.r.choice(
            [
                f"FAC/{self.r.randint(2023, 2025)}/{self.digits(5)}",
                f"F-{self.digits(8)}",
                f"INV{self.digits(6)}",
            ]
        )

    def ticket(self) -> str:
        return self.r.choice([f"INC-{self.digits(7)}", f"#{self.digits(6)}", f"TK{self.digits(8)}"])

    def sku(self) -> str:
        return f"SKU-{self.r.choice(['AB', 'TX', 'ZK', 'LM'])}-{self.digits(5)}"

    def tracking(self) -> str:
        return self.r.choice(
            [
                f"{self.r.choice(['RR', 'LX', 'CP', 'EE'])}{self.digits(9)}MA",
                f"1Z{self.digits(16)}",
                f"AMN{self.digits(10)}",
            ]
        )

    def price(self) -> str:
        n = self.r.randint(15, 18000)
        kind = self.r.randrange(4)
        if kind == 0:
            return f"{n} DH"
        if kind == 1:
            return f"{n:,}".replace(",", NBSP) + ",00 MAD"
        if kind == 2:
            return f"{n} dirhams"
        return f"{n}.{self.r.randint(0, 99):02d} dh"

    def price_ar(self) -> str:
        return f"{self.r.randint(15, 9000)} درهم"

    def date_plain(self) -> str:
        return (
            f"{self.r.randint(1, 28):02d}/{self.r.randint(1, 12):02d}/{self.r.choice([2024, 2025])}"
        )

    def date_dash(self) -> str:
        return f"{self.r.randint(1, 28)}-{self.r.randint(1, 12)}-{self.r.choice([2024, 2025])}"

    def time(self) -> str:
        return f"{self.r.randint(8, 19)}h{self.r.choice(['00', '15', '30', '45'])}"

    def version(self) -> str:
        return f"v{self.r.randint(1, 9)}.{self.r.randint(0, 20)}.{self.r.randint(0, 99)}"

    def imei(self) -> str:
        while True:
            n = luhn_complete("35" + self.digits(12))
            if int(n) % 97 != 0:
                return n

    def ref9(self) -> str:
        return self.digits(9)

    def shop(self) -> str:
        return self.pick(SHOPS)

    def shop_ar(self) -> str:
        return self.pick(SHOPS_AR)

    def club(self) -> str:
        return self.pick(CLUBS)

    def inst(self) -> str:
        return self.pick(INSTITUTIONS)

    def inst_ar(self) -> str:
        return self.pick(INSTITUTIONS_AR)

    def company(self) -> str:
        return self.pick(COMPANIES)

    def street(self) -> str:
        return self.pick(STREETS)

    def street_ar(self) -> str:
        return self.pick(STREETS_AR)

    def qty(self) -> str:
        return str(self.r.randint(1, 12))

    def year(self) -> str:
        return str(self.r.randint(2010, 2025))


def add_sens_generators() -> None:
    short = {
        "HEALTH": "h",
        "RELIGION_BELIEF": "rel",
        "POLITICAL_OPINION": "pol",
        "UNION_MEMBERSHIP": "uni",
        "ETHNIC_ORIGIN": "eth",
        "GENETIC": "gen",
        "BIOMETRIC": "bio",
        "CRIMINAL": "cri",
    }
    lang_short = {"fr": "fr", "en": "en", "ar": "ar", "darija": "da", "darija_ar": "dar"}
    for (label, lang), phrases in SENS.items():
        name = f"{short[label]}_{lang_short[lang]}"

        def method(self: Gen, phrases: list[str] = phrases) -> str:
            return self.pick(phrases)

        setattr(Gen, name, method)
    for name, joined in PHRASES.items():

        def method_p(self: Gen, joined: str = joined) -> str:
            return self.pick(joined.split("|"))

        setattr(Gen, name, method_p)
    for lang, qs in TOPIC_Q.items():

        def method_q(self: Gen, qs: list[str] = qs) -> str:
            return self.pick(qs)

        setattr(Gen, f"q_{lang_short[lang]}", method_q)


add_sens_generators()

# --------------------------------------------------------------------------- templates
# (lang, domain, template). Templates without a labelled slot are negatives.
T: list[tuple[str, str, str]] = []


def tpl(lang: str, domain: str, *parts: str) -> None:
    T.append((lang, domain, "".join(parts)))


# ---- French
tpl(
    "fr",
    "support",
    "Bonjour, je suis {PERSON:full}, client depuis 2019. ",
    "Mon numéro est le {PHONE_NUMBER:phone}, vous pouvez me rappeler après {time}.",
)
tpl(
    "fr",
    "hr",
    "Fiche employé — Nom : {PERSON:caps} ; CIN : {MA_CIN:cin_sp} ; ",
    "né le {DATE_OF_BIRTH:dob} à {LOCATION:city} ; immatriculation CNSS : {MA_CNSS:cnss}.",
)
tpl(
    "fr",
    "bank",
    "Merci de virer le salaire de {PERSON:full} sur le RIB {MA_RIB:rib_sp} ",
    "(réf. interne {rib_bad}, à ne pas utiliser).",
)
tpl(
    "fr",
    "bank",
    "Objet : changement de domiciliation. Je soussigné(e) {PERSON:caps}, ",
    "demeurant au {LOCATION:addr_fr}, demande le transfert vers l'IBAN {IBAN_CODE:iban}.",
)
tpl(
    "fr",
    "ecommerce",
    "Commande {order} : 2 x casque audio, total {price}. ",
    "Payé par carte {CREDIT_CARD:card} au nom de {PERSON:full}. Livraison prévue le {date_plain}.",
)
tpl(
    "fr",
    "ecommerce",
    "Votre colis {tracking} est en route vers notre point relais ",
    "{shop}. Facture {invoice}, montant {price}. Retrait possible jusqu'au {date_plain}.",
)
tpl(
    "fr",
    "medical",
    "Dr {PERSON:surname}, je vous écris pour ma mère {PERSON:fem} : ",
    "{HEALTH:h3_fr}. Son téléphone : {PHONE_NUMBER:phone_nb}.",
)
tpl(
    "fr",
    "medical",
    "Madame, {HEALTH:h_fr} et j'aimerais savoir si le jeûne est possible ",
    "pendant le ramadan. Rendez-vous prévu le {date_plain} à {time}.",
)
tpl(
    "fr",
    "gov",
    "Demande de passeport : {PERSON:caps}, passeport actuel n° {MA_PASSPORT:passport}, ",
    "né(e) le {DATE_OF_BIRTH:dob_fr} à {LOCATION:city}, CIN {MA_CIN:cin}.",
)
tpl(
    "fr",
    "school",
    "L'élève {PERSON:full} (code Massar {MA_MASSAR:massar}) est absent ",
    "depuis le {date_plain}. Parent : {PERSON:full}, {PHONE_NUMBER:phone}.",
)
tpl(
    "fr",
    "car",
    "Vends Dacia Logan 2017, immatriculée {MA_LICENSE_PLATE:plate}, ",
    "{price} à débattre. Contact : {PERSON:first}, {PHONE_NUMBER:phone}.",
)
tpl(
    "fr",
    "car",
    "Constat amiable : le véhicule {MA_LICENSE_PLATE:plate} conduit par ",
    "le chauffeur {PERSON:mm} a heurté ma voiture devant {shop}, {street}.",
)
tpl(
    "fr",
    "hr",
    "Entretien annuel de {PERSON:full} : RAS sur les objectifs. ",
    "Il déclare : « {UNION_MEMBERSHIP:uni_fr} » et demande un aménagement d'horaires.",
)
tpl(
    "fr",
    "hr",
    "Note RH : la salariée {PERSON:fem} nous informe qu'elle est ",
    "{UNION_MEMBERSHIP:unia_fr}. Prochaine réunion le {date_plain}.",
)
tpl(
    "fr",
    "forum",
    "Salut à tous, moi c'est {PERSON:first}, j'habite à {LOCATION:quarter_city} ",
    "et {POLITICAL_OPINION:pol_fr}. Qui vient à la réunion du {date_plain} ?",
)
tpl(
    "fr",
    "prompt",
    "Rédige une lettre de motivation pour {PERSON:full}, {ETHNIC_ORIGIN:etha_fr}, ",
    "originaire de {LOCATION:village}, qui postule chez {company}.",
)
tpl(
    "fr",
    "prompt",
    "Résume ce témoignage : « Je m'appelle {PERSON:first} et {RELIGION_BELIEF:rel_fr}. ",
    "Ma famille à {LOCATION:city} ne le sait pas encore. »",
)
tpl(
    "fr",
    "legal",
    "Dossier {ticket} : M. {PERSON:caps}, CIN {MA_CIN:cin_sp}, ",
    "{CRIMINAL:cri3_fr}. Audience au {inst} le {date_plain}.",
)
tpl(
    "fr",
    "medical",
    "Compte rendu : patiente {PERSON:fem}, née le {DATE_OF_BIRTH:dob} ; ",
    "{GENETIC:gen_fr}. Consultation de génétique au {inst}.",
)
tpl(
    "fr",
    "security",
    "Alerte : connexion à l'espace de {PERSON:full} depuis l'adresse ",
    "{IP_ADDRESS:ip} à {time}. Application {version}, IMEI {imei}.",
)
tpl(
    "fr",
    "security",
    "Pour activer l'accès, nous avons enregistré {BIOMETRIC:bio_fr} ",
    "de {PERSON:full} (badge {sku}).",
)
tpl(
    "fr",
    "b2b",
    "Facture {invoice} émise par {company}, ICE {MA_ICE:ice}, siège : ",
    "{addr_fr}. Contact comptable : {EMAIL_ADDRESS:email}.",
)
tpl(
    "fr",
    "insurance",
    "Sinistre n° {ref9} — assuré : {PERSON:full}, CNSS {MA_CNSS:cnss}, ",
    "adresse : {LOCATION:addr_fr}. Tél. {PHONE_NUMBER:phone_fixe}.",
)
tpl(
    "fr",
    "realestate",
    "Appartement à louer, 3 pièces, {price}/mois, dans la ",
    "{street} en face de {shop}. Agence {company}, visite le {date_plain}.",
)
tpl(
    "fr",
    "dialogue",
    "— Votre numéro de carte d'identité ?\n— {MA_CIN:cin}\n",
    "— Et votre date de naissance ?\n— {DATE_OF_BIRTH:dob}",
)
tpl("fr", "chat", "ok c noté, {MA_CIN:cin_low} et mon mail c {EMAIL_ADDRESS:email}")
tpl(
    "fr",
    "medical",
    "Bonjour docteur, je suis {PERSON:fem}, née à {LOCATION:city} le ",
    "{DATE_OF_BIRTH:dob_fr}, et {HEALTH:h_fr} ; ordonnance jointe (réf. {ref9}).",
)
# French negatives
tpl(
    "fr",
    "support",
    "Bonjour, ma commande {order} de {price} n'est toujours pas arrivée. ",
    "Le suivi {tracking} indique une livraison le {date_plain}.",
)
tpl("fr", "prompt", "{q_fr} Réponds en trois points.")
tpl(
    "fr",
    "news",
    "Météo : fortes pluies attendues à {city} et {city} le {date_plain}, ",
    "températures entre 8 et 15 degrés.",
)
tpl(
    "fr",
    "ecommerce",
    "Produit {sku}, référence fournisseur {rib_bad}, version firmware ",
    "{version}, prix unitaire {price}.",
)
tpl(
    "fr",
    "b2b",
    "Notre agence {company} se trouve au {addr_fr}, ouverte du lundi au ",
    "vendredi de 9h à {time}. Ticket {ticket}.",
)
tpl("fr", "sport", "Match {club_pair} samedi à {time}, billets à {price} ", "chez {shop}.")

# ---- English
tpl(
    "en",
    "support",
    "Hi, this is {PERSON:full}. I can't log in since {date_plain}; ",
    "my number is {PHONE_NUMBER:phone} and my email is {EMAIL_ADDRESS:email}.",
)
tpl(
    "en",
    "hr",
    "Candidate: {PERSON:caps}. Born {DATE_OF_BIRTH:dob_en} in {LOCATION:city_en}. ",
    "Passport {MA_PASSPORT:passport}. Expected salary {price} per month.",
)
tpl(
    "en",
    "bank",
    "Please wire the refund to {PERSON:full}, IBAN {IBAN_CODE:iban}, ",
    "quoting invoice {invoice}.",
)
tpl(
    "en", "bank", "Account holder {PERSON:full}, RIB {MA_RIB:rib}, lives at ", "{LOCATION:addr_en}."
)
tpl(
    "en",
    "ecommerce",
    "Order {order} ({qty} items, {price}) was charged to card ",
    "{CREDIT_CARD:card}. Ship to {PERSON:full}, {LOCATION:addr_en}.",
)
tpl(
    "en",
    "medical",
    "Hello, I'm {PERSON:full} and {HEALTH:h_en}. Can I still travel on ",
    "{date_plain}? Call me on {PHONE_NUMBER:phone}.",
)
tpl(
    "en",
    "medical",
    "My colleague {PERSON:fm} told me that {HEALTH:h3_en}; should we ",
    "adjust the night shifts?",
)
tpl(
    "en",
    "prompt",
    "Write a short bio for {PERSON:fem}, from {LOCATION:city_en}. ",
    "Mention that {POLITICAL_OPINION:pol3_en}.",
)
tpl(
    "en",
    "prompt",
    'Translate to French: "My name is {PERSON:first}, {RELIGION_BELIEF:rel_en} ',
    'and I grew up in {LOCATION:city_en}."',
)
tpl(
    "en",
    "hr",
    "Exit interview notes for {PERSON:full}: {UNION_MEMBERSHIP:uni3_en}, ",
    "raised concerns about overtime. CNSS {MA_CNSS:cnss}.",
)
tpl(
    "en",
    "chat",
    "The driver {PERSON:mm} is waiting outside. Tell {PERSON:fm} to bring her ",
    "CIN, {MA_CIN:cin_sp}, and the car papers for {MA_LICENSE_PLATE:plate}.",
)
tpl(
    "en",
    "school",
    "Student {PERSON:full}, Massar code {MA_MASSAR:massar}, date of birth ",
    "{DATE_OF_BIRTH:dob}, enrolled for {year}.",
)
tpl(
    "en",
    "security",
    "Failed login for {EMAIL_ADDRESS:email} from {IP_ADDRESS:ip}, ",
    "app {version}, ticket {ticket}.",
)
tpl(
    "en",
    "security",
    "Enrolment complete: {BIOMETRIC:bio_en} is stored for user ",
    "{PERSON:full}. Device IMEI {imei}.",
)
tpl(
    "en",
    "legal",
    "Background check on {PERSON:caps}: {CRIMINAL:cri3_en}. ",
    "ID card {MA_CIN:cin}.",
)
tpl("en", "medical", "Genetic counselling referral: {PERSON:fem}, {GENETIC:gen_en}.")
tpl(
    "en",
    "forum",
    "I'm {PERSON:first}, {ETHNIC_ORIGIN:etha_en}, born in {LOCATION:village} ",
    "on {DATE_OF_BIRTH:dob_en}.",
)
tpl(
    "en",
    "b2b",
    "Supplier {company}, ICE {MA_ICE:ice}, office at {addr_en}. ",
    "Payment terms 60 days, PO {order}.",
)
# English negatives
tpl("en", "prompt", "{q_en} Keep it under 100 words.")
tpl(
    "en",
    "support",
    "Ticket {ticket}: the router firmware {version} keeps rebooting; ",
    "replacement shipped with tracking {tracking} on {date_plain}.",
)
tpl(
    "en",
    "travel",
    "Planning a trip: 3 nights in {city_en}, then a day in {city_en}. ",
    "Budget {price}. Any riad suggestions near {street}?",
)
tpl(
    "en",
    "ecommerce",
    "Refund of {price} for order {order} issued on {date_plain}; ",
    "reference {rib_bad}.",
)
tpl("en", "sport", "Tickets for {club_pair} go on sale at {time}.")

# ---- Arabic (MSA)
tpl(
    "ar",
    "gov",
    "السيد {PERSON:masc_ar}، الحامل للبطاقة الوطنية رقم {MA_CIN:cin}، ",
    "المزداد بتاريخ {DATE_OF_BIRTH:dob_ar} ب{LOCATION:city_ar}.",
)
tpl(
    "ar",
    "gov",
    "أنا {PERSON:fem_ar}، أسكن في {LOCATION:addr_ar}، رقم هاتفي ",
    "{PHONE_NUMBER:phone_ar}.",
)
tpl(
    "ar",
    "bank",
    "المرجو تحويل المبلغ إلى حساب {PERSON:full_ar}، رقم الحساب البنكي ",
    "{MA_RIB:rib}، وليس إلى المرجع {rib_bad}.",
)
tpl("ar", "bank", "رقم الآيبان الخاص بي هو {IBAN_CODE:iban} باسم {PERSON:full_ar}.")
tpl(
    "ar",
    "medical",
    "مرحبا دكتور، اسمي {PERSON:full_ar} و{HEALTH:h_ar}. ",
    "هل يمكنني تأجيل الموعد إلى {date_plain}؟",
)
tpl(
    "ar",
    "medical",
    "ملف المريضة {PERSON:fem_ar}: {HEALTH:h3_ar}. رقم التسجيل في الضمان ",
    "الاجتماعي {MA_CNSS:cnss}.",
)
tpl("ar", "hr", "الموظف {PERSON:masc_ar} أخبرنا أنه {UNION_MEMBERSHIP:uni_ar}.")
tpl(
    "ar",
    "forum",
    "أنا {PERSON:first_ar} من {LOCATION:city_ar}، {POLITICAL_OPINION:pol_ar} ",
    "منذ {year}.",
)
tpl(
    "ar",
    "forum",
    "اسمي {PERSON:first_ar}، {RELIGION_BELIEF:rel_ar}، وأعيش في ",
    "{LOCATION:quarter_ar}.",
)
tpl(
    "ar",
    "prompt",
    "اكتب رسالة تعريفية عن {PERSON:full_ar}، {ETHNIC_ORIGIN:eth_ar}، ",
    "ولد في {LOCATION:village_ar} يوم {DATE_OF_BIRTH:dob_ar}.",
)
tpl("ar", "medical", "نتيجة الاستشارة الوراثية للسيدة {PERSON:fem_ar}: {GENETIC:gen_ar}.")
tpl("ar", "security", "تم تسجيل {BIOMETRIC:bio_ar} في نظام الدخول للموظف {PERSON:masc_ar}.")
tpl("ar", "legal", "المتهم {PERSON:masc_ar}، بطاقة وطنية {MA_CIN:cin_sp}: {CRIMINAL:cri3_ar}.")
tpl(
    "ar",
    "school",
    "التلميذ {PERSON:masc_ar}، رمز مسار {MA_MASSAR:massar}، ولي الأمر ",
    "{PERSON:full_ar}، الهاتف {PHONE_NUMBER:phone}.",
)
tpl("ar", "car", "السيارة ذات الترقيم {MA_LICENSE_PLATE:plate} في ملكية {PERSON:full_ar}.")
tpl(
    "ar",
    "gov",
    "طلب جواز السفر: {PERSON:full_ar}، رقم الجواز {MA_PASSPORT:passport}، ",
    "البريد الإلكتروني {EMAIL_ADDRESS:email}.",
)
tpl(
    "ar",
    "ecommerce",
    "تم الدفع بالبطاقة {CREDIT_CARD:card} باسم {PERSON:full_ar}، ",
    "الطلبية {order} بمبلغ {price_ar}.",
)
tpl("ar", "b2b", "شركة {company}، التعريف الموحد للمقاولة {MA_ICE:ice}، العنوان: ", "{addr_ar}.")
tpl("ar", "security", "محاولة دخول إلى حساب {PERSON:full_ar} من العنوان {IP_ADDRESS:ip}.")
# Arabic negatives
tpl("ar", "prompt", "{q_ar} أجب باختصار.")
tpl(
    "ar",
    "ecommerce",
    "الطلبية رقم {order} بمبلغ {price_ar} ستصل يوم {date_plain} إلى ",
    "{shop_ar}.",
)
tpl("ar", "news", "أحوال الطقس: أمطار غزيرة في {city_ar} و{city_ar} يوم {date_plain}.")
tpl("ar", "b2b", "يوجد مقر الشركة في {addr_ar}، رقم الفاتورة {invoice}.")
tpl("ar", "news", "افتتاح قاعة جديدة في {inst_ar} يوم {date_plain} على الساعة {time}.")

# ---- Darija (Latin letters)
tpl(
    "darija",
    "chat",
    "salam, ana {PERSON:lowf}, sakna f {LOCATION:addr_da}. ",
    "nmra dyali {PHONE_NUMBER:phone}",
)
tpl(
    "darija",
    "chat",
    "smiti {PERSON:first} w tzadt f {DATE_OF_BIRTH:dob_dash} f ",
    "{LOCATION:city_da}, lbita9a dyali {MA_CIN:cin_low}",
)
tpl(
    "darija",
    "chat",
    "- 3tini ra9m lbita9a 3afak\n- wakha, {MA_CIN:cin_low}\n",
    "- w fo9ach tzaditi?\n- {DATE_OF_BIRTH:dob_dash}",
)
tpl(
    "darija",
    "medical",
    "salam docteur, {HEALTH:h_da}, wach n9der nsowm had ramadan? ",
    "ana {PERSON:first}",
)
tpl(
    "darija",
    "medical",
    "khoya {PERSON:mm} {HEALTH:h3_da} w bghina rendez-vous nhar ",
    "{date_dash}",
)
tpl(
    "darija",
    "bank",
    "sift lflous l {PERSON:full} 3la had rib: {MA_RIB:rib_sp}, ",
    "machi {rib_bad}",
)
tpl("darija", "bank", "l'IBAN dyali {IBAN_CODE:iban}, smiya {PERSON:caps}")
tpl(
    "darija",
    "ecommerce",
    "commande {order} wslat, khlsst b la carte {CREDIT_CARD:card} ",
    "b {price}",
)
tpl(
    "darija",
    "hr",
    "{PERSON:mm} gal lina {UNION_MEMBERSHIP:uni_da}, w numéro CNSS ",
    "dyalo {MA_CNSS:cnss}",
)
tpl("darija", "forum", "ana {PERSON:first} mn {LOCATION:city_da}, {POLITICAL_OPINION:pol_da}")
tpl(
    "darija",
    "forum",
    "sma7li a khoya, {RELIGION_BELIEF:rel_da} w ma bghitch lmochkil m3a ",
    "l3a2ila f {LOCATION:city_da}",
)
tpl(
    "darija",
    "forum",
    "{ETHNIC_ORIGIN:eth_da} w mzyad f {LOCATION:village}, tzadt ",
    "f {DATE_OF_BIRTH:dob_dash}",
)
tpl("darija", "medical", "tbib gal lia {GENETIC:gen_da}, ana {PERSON:first}")
tpl("darija", "security", "lapp tlbat {BIOMETRIC:bio_da} bach n7el compte, ", "version {version}")
tpl("darija", "legal", "{PERSON:mm} {CRIMINAL:cri3_da}, daba kay9lleb 3la khedma")
tpl("darija", "car", "tomobil {MA_LICENSE_PLATE:plate} dyal {PERSON:full}, bgha ybi3ha b {price}")
tpl(
    "darija",
    "school",
    "weldi {PERSON:mm} code massar dyalo {MA_MASSAR:massar}, ",
    "l'email dyali {EMAIL_ADDRESS:email}",
)
tpl("darija", "gov", "bghit njded lbasbor {MA_PASSPORT:passport}, smiti {PERSON:caps}")
tpl(
    "darija",
    "security",
    "chi wa7ed dkhel l compte dyali mn {IP_ADDRESS:ip}, ",
    "ana {PERSON:first}",
)
tpl("darija", "b2b", "ICE dyal charika dyali {MA_ICE:ice}, facture {invoice}")
# Darija negatives
tpl(
    "darija",
    "chat",
    "commande {order} mazal ma wslat, tracking {tracking}, ",
    "galo lia nhar {date_dash}",
)
tpl("darija", "prompt", "{q_da}")
tpl("darija", "chat", "l7anout dyalo f {street} 7da {shop}, kay7el m3a {time}")
tpl("darija", "chat", "chrit telephone b {price}, IMEI {imei}, version {version}")
tpl("darija", "chat", "ghadi nmchiw l {city_da} had l weekend, l jaw zwin tma")

# ---- Darija (Arabic script)
tpl(
    "darija_ar",
    "chat",
    "سلام، أنا {PERSON:masc_ar}، ساكن ف {LOCATION:addr_dar}، ",
    "النمرة ديالي {PHONE_NUMBER:phone_ar}",
)
tpl(
    "darija_ar",
    "chat",
    "تزاديت ف {DATE_OF_BIRTH:dob_dash} ف{LOCATION:city_ar}، ",
    "لاكارط ديالي {MA_CIN:cin}",
)
tpl("darija_ar", "chat", "- عطيني النمرة ديال البطاقة\n- واخا، {MA_CIN:cin_low}")
tpl(
    "darija_ar",
    "medical",
    "السلام دكتور، {HEALTH:h_dar}، واش نقدر نصوم؟ ",
    "سميتي {PERSON:first_ar}",
)
tpl("darija_ar", "medical", "ولدي {PERSON:mfirst_ar}، {HEALTH:h3_dar}، بغيت موعد نهار {date_plain}")
tpl("darija_ar", "bank", "صيفط الفلوس ل{PERSON:full_ar} على هاد الريب {MA_RIB:rib}")
tpl("darija_ar", "bank", "الإيبان ديالي {IBAN_CODE:iban} باسم {PERSON:full_ar}")
tpl("darija_ar", "ecommerce", "خلصت بالكارط {CREDIT_CARD:card}، الكوموند {order}")
tpl(
    "darija_ar",
    "hr",
    "{PERSON:mfirst_ar} قال لينا {UNION_MEMBERSHIP:uni_dar}، ",
    "الضمان الاجتماعي ديالو {MA_CNSS:cnss}",
)
tpl(
    "darija_ar", "forum", "أنا {PERSON:first_ar} من {LOCATION:city_ar}، {POLITICAL_OPINION:pol_dar}"
)
tpl("darija_ar", "forum", "{RELIGION_BELIEF:rel_dar} وعايش ف{LOCATION:quarter_ar}")
tpl("darija_ar", "forum", "{ETHNIC_ORIGIN:eth_dar}، تزاد بابا ف{LOCATION:village_ar}")
tpl("darija_ar", "medical", "الطبيب قال ليا {GENETIC:gen_dar}")
tpl(
    "darija_ar",
    "security",
    "التطبيق بغا {BIOMETRIC:bio_dar} باش نفتح الحساب، ",
    "أنا {PERSON:first_ar}",
)
tpl("darija_ar", "legal", "{PERSON:mfirst_ar} {CRIMINAL:cri3_dar} ودابا خدام")
tpl("darija_ar", "car", "الطوموبيل {MA_LICENSE_PLATE:plate} ديال {PERSON:full_ar}")
tpl(
    "darija_ar",
    "school",
    "بنتي {PERSON:ffirst_ar} الكود مسار ديالها {MA_MASSAR:massar}، ",
    "الإيميل ديالي {EMAIL_ADDRESS:email}",
)
tpl("darija_ar", "gov", "بغيت نجدد الباسبور {MA_PASSPORT:passport}، سميتي {PERSON:full_ar}")
tpl("darija_ar", "security", "شي واحد دخل للحساب ديالي من {IP_ADDRESS:ip}")
tpl("darija_ar", "b2b", "الإيس ديال الشركة {MA_ICE:ice}، الفاتورة {invoice}")
# Darija (Arabic script) negatives
tpl("darija_ar", "chat", "الكوموند {order} مازال ما وصلاتش، قالو ليا نهار {date_plain}")
tpl("darija_ar", "prompt", "{q_dar}")
tpl("darija_ar", "chat", "الحانوت ديالو ف{street_ar} حدا {shop_ar}")
tpl("darija_ar", "chat", "شريت تيليفون ب{price_ar}، الإيمي {imei}")
tpl("darija_ar", "chat", "غادي نمشيو ل{city_ar} هاد السيمانة")

# ---- Mixed (code-switched)
tpl(
    "mixed",
    "chat",
    "Salam, c'est {PERSON:fem}, ana sakna f {LOCATION:addr_da}, ",
    "appelle-moi 3la {PHONE_NUMBER:phone}",
)
tpl(
    "mixed",
    "chat",
    "Je suis née le {DATE_OF_BIRTH:dob} f {LOCATION:city_da}, ",
    "w la CIN dyali {MA_CIN:cin_sp}",
)
tpl(
    "mixed",
    "medical",
    "Docteur, {HEALTH:h_da}, et j'ai besoin d'un certificat. ",
    "Smiti {PERSON:full}",
)
tpl("mixed", "medical", "My mother {PERSON:fem_ar}, {HEALTH:h3_ar}, rendez-vous le {date_plain}")
tpl("mixed", "bank", "Virement l {PERSON:full}, RIB {MA_RIB:rib_sp}, merci bzaf")
tpl("mixed", "bank", "Please use my IBAN {IBAN_CODE:iban}, smiti {PERSON:caps}")
tpl(
    "mixed",
    "ecommerce",
    "Payé avec {CREDIT_CARD:card}, commande {order}, total {price}, ",
    "livraison l {LOCATION:addr_fr}",
)
tpl(
    "mixed",
    "hr",
    "Le collègue {PERSON:mm} gal lia {UNION_MEMBERSHIP:uni_da}, ",
    "CNSS {MA_CNSS:cnss}",
)
tpl("mixed", "forum", "Honestly {POLITICAL_OPINION:pol_fr}, w ana mn {LOCATION:city_da}")
tpl("mixed", "forum", "{RELIGION_BELIEF:rel_da}, mais ma famille à {LOCATION:city} ne sait pas")
tpl("mixed", "forum", "I'm {PERSON:first}, {ETHNIC_ORIGIN:eth_da}, born in {LOCATION:city_en}")
tpl("mixed", "medical", "Le labo a dit que {GENETIC:gen_fr}, 3la {PERSON:first}")
tpl("mixed", "security", "L'app demande {BIOMETRIC:bio_fr} pour valider, ana {PERSON:first}")
tpl("mixed", "legal", "Khoya {PERSON:mm}: {CRIMINAL:cri3_fr}, w daba kay9elleb 3la job")
tpl("mixed", "car", "La tomobil {MA_LICENSE_PLATE:plate} dyal {PERSON:full} tsej3at hier")
tpl(
    "mixed",
    "school",
    "Code Massar dyal {PERSON:first}: {MA_MASSAR:massar}, email ",
    "{EMAIL_ADDRESS:email}",
)
tpl(
    "mixed",
    "gov",
    "Passeport {MA_PASSPORT:passport}, smiti {PERSON:full}, tzadt ",
    "{DATE_OF_BIRTH:dob_dash}",
)
tpl("mixed", "security", "Login suspect mn {IP_ADDRESS:ip} sur le compte de {PERSON:full}")
tpl("mixed", "b2b", "ICE {MA_ICE:ice} dyal {company}, facture {invoice} b {price}")
# Mixed negatives
tpl("mixed", "chat", "Commande {order} mazal ma wslatch, le suivi {tracking} dit {date_plain}")
tpl("mixed", "prompt", "{q_fr} 3afak jaweb b darija")
tpl("mixed", "chat", "Le magasin {shop} f {street}, ouvert jusqu'à {time}")
tpl("mixed", "chat", "Chrit l'iPhone b {price}, IMEI {imei}, iOS {version}")
tpl("mixed", "sport", "Match {club_pair} had sebt, billets b {price}")

# ---- more positives: role words, first-person sensitive phrases, birth verbs
tpl(
    "fr",
    "support",
    "Laissez le colis chez {roles_fr} {PERSON:mm}, qui habite au {LOCATION:addr_fr}. ",
    "Code de retrait {ticket}.",
)
tpl(
    "fr",
    "hr",
    "{rolesf_fr} {PERSON:fm} est absente : {HEALTH:h3_fr}. Remplaçante : ",
    "{PERSON:full}, joignable au {PHONE_NUMBER:phone}.",
)
tpl(
    "fr",
    "forum",
    "Bonjour, je m'appelle {PERSON:first}, {POLITICAL_OPINION:pola_fr}, et je ",
    "cherche des bénévoles à {LOCATION:city} où j'habite.",
)
tpl(
    "fr",
    "legal",
    "Je m'appelle {PERSON:masc} : {CRIMINAL:cri_fr}. Puis-je obtenir un ",
    "extrait du casier ? Réf. {ticket}.",
)
tpl(
    "fr",
    "forum",
    "Résultat reçu pour ma fille {PERSON:fm} : {GENETIC:gen_fr}. Quelqu'un ",
    "connaît un généticien à {city} ? Au fait, je suis {ETHNIC_ORIGIN:etha_fr}.",
)
tpl(
    "en",
    "support",
    "Please ask {roles_en} {PERSON:first} to call {PERSON:full} back at ",
    "{PHONE_NUMBER:phone_intl}.",
)
tpl(
    "en",
    "forum",
    "Hi, {PERSON:first} here. {ETHNIC_ORIGIN:eth_en}, {UNION_MEMBERSHIP:uni_en}, ",
    "and {CRIMINAL:cri_en}. Looking for work in {city_en}.",
)
tpl("en", "medical", "Hi, I'm {PERSON:first}; {GENETIC:gen3_en}. Does that affect my kids?")
tpl(
    "ar",
    "gov",
    "{roles_ar} {PERSON:mfirst_ar} يسكن في {LOCATION:addr_ar}، والهاتف ",
    "{PHONE_NUMBER:phone}.",
)
tpl(
    "ar",
    "forum",
    "أنا {PERSON:full_ar}، {CRIMINAL:cri_ar}، وأبحث عن عمل. ولدت يوم ",
    "{DATE_OF_BIRTH:dob_ar}.",
)
tpl("ar", "forum", "{ETHNIC_ORIGIN:eth1_ar}، و{UNION_MEMBERSHIP:uni1_ar}، اسمي {PERSON:first_ar}.")
tpl("darija", "chat", "ana {PERSON:first}, {CRIMINAL:cri_da}, wach n9der nkhdem f {company}?")
tpl(
    "darija",
    "chat",
    "bnti {PERSON:fm} tzadat nhar {DATE_OF_BIRTH:dob_dash} f ",
    "{LOCATION:city_da}, w khouha {PERSON:mm} tzad f {DATE_OF_BIRTH:dob}",
)
tpl("darija", "chat", "ok, {MA_CIN:cin_low}\nw {PHONE_NUMBER:phone}")
tpl("darija_ar", "chat", "أنا {PERSON:first_ar}، {CRIMINAL:cri_dar}، واش نقدر نخدم؟")
tpl(
    "darija_ar",
    "chat",
    "ولدي {PERSON:mfirst_ar} تزاد نهار {DATE_OF_BIRTH:dob_dash} ",
    "ف{LOCATION:city_ar}",
)
tpl("darija_ar", "chat", "مزيان، {MA_CIN:cin_sp}")
tpl(
    "mixed",
    "chat",
    "Ok merci, {MA_CIN:cin_low}. W ana tzadt {DATE_OF_BIRTH:dob_dash} f ",
    "{LOCATION:city_da}",
)
tpl("mixed", "forum", "{HEALTH:h_en}, w kanakhod dwa kol nhar, any advice? smiti {PERSON:first}")

# ---- more negatives
tpl(
    "fr",
    "office",
    "Rappel : réunion d'équipe le {date_plain} à {time}, salle 3. Ordre du ",
    "jour : budget {year}, passage à la version {version}.",
)
tpl("fr", "prompt", "Peux-tu m'expliquer simplement : {q_fr}")
tpl(
    "fr",
    "b2b",
    "Quel taux de TVA appliquer à la facture {invoice} de {price} ? ",
    "Référence de virement {rib_bad}.",
)
tpl(
    "fr",
    "ecommerce",
    "Le point relais {shop} garde votre colis {tracking} jusqu'au ",
    "{date_plain}. Code article {sku}.",
)
tpl(
    "en",
    "office",
    "Meeting moved to {date_plain} at {time}; agenda: Q3 numbers, release ",
    "{version}, invoice {invoice}.",
)
tpl("en", "prompt", "Can you explain: {q_en}")
tpl(
    "en",
    "ecommerce",
    "Your parcel {tracking} is waiting at {shop}, {street}. SKU {sku}, ",
    "{price}.",
)
tpl("ar", "prompt", "من فضلك: {q_ar}")
tpl("ar", "office", "الاجتماع يوم {date_plain} على الساعة {time} في {inst_ar}.")
tpl("ar", "b2b", "الفاتورة {invoice} بمبلغ {price_ar}، مرجع التحويل {rib_bad}.")
tpl("darija", "chat", "wach {shop} m7loul nhar l7ed? bghit nchri {sku}")
tpl("darija", "office", "reunion nhar {date_dash} m3a {time}, version jdida {version}")
tpl("darija", "b2b", "facture {invoice} b {price}, ref {rib_bad}")
tpl("darija_ar", "prompt", "{q_dar} جاوبني بالدارجة")
tpl("darija_ar", "office", "الاجتماع نهار {date_plain} مع {time}")
tpl("darija_ar", "b2b", "الفاتورة {invoice} فيها {price_ar}، الريفيرونس {rib_bad}")
tpl("mixed", "prompt", "{q_en} explain b darija 3afak")
tpl("mixed", "office", "Réunion nhar {date_plain} à {time}, on passe à la version {version}")
tpl("mixed", "ecommerce", "SKU {sku} ma b9ach f stock, prix {price}, commande {order}")

# --------------------------------------------------------------------------- assembly
SLOT = re.compile(r"\{(?:([A-Z_]+):)?([a-z][a-z0-9_]*)(?:#(\d+))?\}")


def fill(template: str, gen: Gen) -> tuple[str, list[dict[str, object]], list[str]]:
    out: list[str] = []
    spans: list[dict[str, object]] = []
    values: list[str] = []
    pos = 0
    cache: dict[str, str] = {}
    last = 0
    for m in SLOT.finditer(template):
        lit = template[last : m.start()]
        out.append(lit)
        pos += len(lit)
        label, name, key = m.group(1), m.group(2), m.group(3)
        if key is not None and key in cache:
            value = cache[key]
        else:
            value = getattr(gen, name)()
            if key is not None:
                cache[key] = value
        if label:
            assert label in LABELS, label
            spans.append({"entity_type": label, "start": pos, "end": pos + len(value)})
            values.append(value)
        out.append(value)
        pos += len(value)
        last = m.end()
    out.append(template[last:])
    text = "".join(out)
    assert "{" not in text, text
    assert "}" not in text, text
    return text, spans, values


def check(text: str, spans: list[dict[str, object]], values: list[str]) -> None:
    ordered = sorted(spans, key=lambda s: (s["start"], s["end"]))
    for a, b in itertools.pairwise(ordered):
        assert a["end"] <= b["start"], (text, a, b)
    for s, v in zip(spans, values, strict=True):
        start, end = int(str(s["start"])), int(str(s["end"]))
        assert text[start:end] == v, (text, s, v)
        assert v, (text, s)
        assert v == v.strip(), (text, s)
        label = s["entity_type"]
        d = only_digits(v)
        if label == "MA_RIB":
            assert len(d) == 24, v
            assert int(d) % 97 == 0, v
        elif label == "IBAN_CODE":
            assert iban_ok(v), v
        elif label == "CREDIT_CARD":
            assert luhn_ok(d), v
            assert len(d) in (15, 16), v
        elif label == "MA_ICE":
            assert len(d) == 15, v
            assert int(d) % 97 == 0, v
        elif label == "MA_CNSS":
            assert len(d) == 9, v
        elif label == "MA_CIN":
            assert re.fullmatch(r"[A-Za-z]{1,2} ?\d{5,6}", v), v
        elif label == "MA_PASSPORT":
            assert re.fullmatch(r"[A-Z]{2}\d{7}", v), v
        elif label == "MA_MASSAR":
            assert re.fullmatch(r"[A-Z]\d{9}", v), v
        elif label == "MA_LICENSE_PLATE":
            assert re.fullmatch(r"\d{1,5}[ \-/|]+[\u0600-\u06ff][ \-/|]+\d{1,2}", v), v
        elif label == "PHONE_NUMBER":
            assert len(d) in (10, 12, 13, 14), v
    # no unlabelled 24-digit run may be a valid RIB
    covered = [(int(str(s["start"])), int(str(s["end"]))) for s in spans]
    for m in re.finditer(r"\d{24}", text):
        inside = any(a <= m.start() and m.end() <= b for a, b in covered)
        assert inside or int(m.group()) % 97 != 0, text


def build() -> list[dict[str, object]]:
    rng = random.Random(SEED)
    gen = Gen(rng)
    records: list[dict[str, object]] = []
    for lang, domain, template in T:
        for _ in range(FILLS):
            text, spans, values = fill(template, gen)
            check(text, spans, values)
            records.append({"lang": lang, "domain": domain, "text": text, "spans": spans})
    rng.shuffle(records)
    out = []
    for i, r in enumerate(records, start=1):
        out.append(
            {
                "id": f"indep3-{i:04d}",
                "lang": r["lang"],
                "domain": r["domain"],
                "split": "independent-v3",
                "text": r["text"],
                "spans": sorted(r["spans"], key=lambda s: s["start"]),  # type: ignore[arg-type, return-value]
            }
        )
    return out


def stats(records: list[dict[str, object]]) -> None:
    by_lang = Counter(str(r["lang"]) for r in records)
    cells: Counter[tuple[str, str]] = Counter()
    for r in records:
        for s in r["spans"]:  # type: ignore[attr-defined]
            cells[(s["entity_type"], str(r["lang"]))] += 1
    negatives = sum(1 for r in records if not r["spans"])
    print(f"{len(records)} texts, {negatives} without any label")
    print("by language: " + ", ".join(f"{k} {by_lang[k]}" for k in LANGS))
    print("| label | " + " | ".join(LANGS) + " | all |")
    print("|---|" + "---:|" * (len(LANGS) + 1))
    for label in LABELS:
        row = [cells[(label, lang)] for lang in LANGS]
        print(f"| {label} | " + " | ".join(str(x) for x in row) + f" | {sum(row)} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--stats", action="store_true", help="print counts")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    records = build()
    with args.out.open("w", encoding="utf-8", newline="\n") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    if args.stats:
        stats(records)
    else:
        print(f"wrote {len(records)} texts to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
