#!/usr/bin/env python3
"""Write bench/data/independent-v1.jsonl, an evaluation set independent of the detector.

    python3 bench/data/generate_independent.py

Written without opening the recognizers, their gazetteers, the policies or the
dev/held-out generator: every template, name, street, quarter, company and
phrase below was written for this file. Standard library only, fixed seed;
running it twice writes the same bytes. Offsets are computed while the text is
assembled and checked (every span's text is the value that was inserted).

Conventions (bench/data/README.md, section "independent-v1"):
* a place name is LOCATION when it is tied to a person (home, birth place,
  where the person lives or is); a whole postal address is one span. Places in
  weather, travel, geography questions, company addresses, brand, club and
  institution names are not labelled;
* PERSON covers the name only, never the role word ("docteur", "Mme", "السيد");
* sensitive categories label the phrase that reveals them;
* DATE_OF_BIRTH only for a date named by a birth phrase; other dates are not
  labelled.

Counts of independent-v1 (copied from the summary this script prints):
    texts: 647, of which 140 hard negatives with no label at all
      (fr 34, en 24, ar 26, darija 20, darija_ar 18, mixed 18); hard negatives
      (order/invoice/tracking numbers, SKUs, IMEIs, 24-digit references, prices,
      plain dates, company addresses, brand and club names) also sit beside real
      values in the labelled texts
    texts by language: fr 160, en 99, ar 107, darija 101, darija_ar 84, mixed 96
    spans by label (fr/en/ar/darija/darija_ar/mixed):
      PERSON 411 (126/66/75/54/42/48), LOCATION 177 (60/24/33/24/15/21),
      PHONE_NUMBER 99, EMAIL_ADDRESS 54, IBAN_CODE 18, CREDIT_CARD 21,
      IP_ADDRESS 21, MA_CIN 75, MA_RIB 27, MA_ICE 15, MA_CNSS 24, MA_PASSPORT 21,
      MA_MASSAR 21, MA_LICENSE_PLATE 27, DATE_OF_BIRTH 87,
      HEALTH 60 (18 of them pregnancy), RELIGION_BELIEF 24, POLITICAL_OPINION 21,
      UNION_MEMBERSHIP 21, ETHNIC_ORIGIN 18, GENETIC 18, BIOMETRIC 18, CRIMINAL 27
    texts with Arabic-Indic or Eastern digits: 44; with no-break spaces: 59
"""

# ruff: noqa: E501  (template and value rows are long literals)
from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

SEED = 20250908
SPLIT = "independent-v1"
OUT = Path(__file__).with_name("independent-v1.jsonl")
LANGS = ("fr", "en", "ar", "darija", "darija_ar", "mixed")
# fmt: off
LABELS = (
    "PERSON", "LOCATION", "PHONE_NUMBER", "EMAIL_ADDRESS", "IBAN_CODE", "CREDIT_CARD", "IP_ADDRESS",
    "MA_CIN", "MA_RIB", "MA_ICE", "MA_CNSS", "MA_PASSPORT", "MA_MASSAR", "MA_LICENSE_PLATE",
    "DATE_OF_BIRTH", "HEALTH", "RELIGION_BELIEF", "POLITICAL_OPINION", "UNION_MEMBERSHIP",
    "ETHNIC_ORIGIN", "GENETIC", "BIOMETRIC", "CRIMINAL",
)
# fmt: on
NBSP, NNBSP = "\u00a0", "\u202f"
AR_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
FA_INDIC = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
ARABIC_SCRIPT = ("ar", "darija_ar")

# ----------------------------------------------------------------------------- value lists
# fmt: off
FIRST_M = [
    "Karim", "Youssef", "Hamza", "Anas", "Othmane", "Mehdi", "Ilyas", "Soufiane", "Reda",
    "Zakaria", "Badr", "Ayoub", "Nabil", "Hicham", "Driss", "Abdelilah", "Marouane", "Tarik",
    "Adil", "Jawad", "Said", "Mustapha", "Lahcen", "Brahim", "Abdellatif", "Rachid", "Aziz",
    "Mounir", "Taha", "Ismail", "Abderrahim", "Khalid", "Yassine", "Amine", "Omar", "Noureddine",
]
FIRST_F = [
    "Samira", "Fatima Zahra", "Khadija", "Salma", "Imane", "Meryem", "Houda", "Ghita",
    "Nisrine", "Hajar", "Loubna", "Zineb", "Asmae", "Siham", "Nadia", "Latifa", "Btissam",
    "Kawtar", "Oumaima", "Chaimae", "Rajae", "Safae", "Wiam", "Hind", "Amal", "Najat",
    "Malika", "Souad", "Ikram", "Yasmine", "Sanaa", "Touria", "Fadwa", "Hanane",
]
LAST = [
    "Alaoui", "Bennani", "Tazi", "El Idrissi", "Berrada", "Chraibi", "Benjelloun", "Lahlou",
    "Filali", "El Fassi", "Sqalli", "Kettani", "Ouazzani", "Amrani", "El Mansouri", "Bouzidi",
    "Lamrani", "Ait Ouahmane", "Oukhouya", "Boutaleb", "Zerouali", "El Ghazouani", "Belhaj",
    "Haddaoui", "Naciri", "Rifai", "Sebti", "Tahiri", "Jaidi", "Ouchen", "Amzil", "Boukhriss",
    "Chafik", "Daoudi", "Ennaji", "Fikri", "Guessous", "Hajji", "Iraqi", "Lazrak", "Moussaoui",
    "Nejjari", "Rahmouni", "Saidi", "Yacoubi", "Zniber", "El Khattabi", "Bakkali", "Marzouki",
    "Bouhlal", "Ait Taleb", "Ouhammou", "Benchekroun", "Essafi", "Harrak",
]
AFIRST_M = [
    "كريم", "يوسف", "حمزة", "أنس", "عثمان", "مهدي", "إلياس", "سفيان", "رضا", "زكرياء", "بدر",
    "أيوب", "نبيل", "هشام", "إدريس", "مروان", "طارق", "عادل", "جواد", "سعيد", "مصطفى", "لحسن",
    "إبراهيم", "رشيد", "عزيز", "منير", "إسماعيل", "عبد الرحيم", "خالد", "ياسين", "عمر",
]
AFIRST_F = [
    "سميرة", "فاطمة الزهراء", "خديجة", "سلمى", "إيمان", "مريم", "هدى", "غيثة", "نسرين", "هاجر",
    "لبنى", "زينب", "أسماء", "سهام", "نادية", "لطيفة", "ابتسام", "كوثر", "أميمة", "شيماء",
    "رجاء", "صفاء", "هند", "أمل", "نجاة", "مليكة", "سعاد", "إكرام", "ثريا", "حنان",
]
ALAST = [
    "العلوي", "بناني", "التازي", "الإدريسي", "برادة", "الشرايبي", "بنجلون", "لحلو", "الفيلالي",
    "الفاسي", "الكتاني", "الوزاني", "العمراني", "المنصوري", "البوزيدي", "اللمراني", "آيت واحمان",
    "أوخويا", "بوطالب", "الزروالي", "الغزواني", "بلحاج", "الحداوي", "الناصري", "الرفاعي",
    "السبتي", "الطاهري", "الجعيدي", "أمزيل", "الداودي", "الناجي", "الفكري", "الحجي", "العراقي",
    "لزرق", "الموساوي", "النجاري", "الرحموني", "السعيدي", "اليعقوبي", "الخطابي", "البقالي",
    "المرزوقي", "بوهلال", "أوحمو", "الصافي",
]
CITIES = [  # (Latin, postal code)
    ("Casablanca", "20000"), ("Rabat", "10000"), ("Salé", "11000"), ("Fès", "30000"),
    ("Meknès", "50000"), ("Marrakech", "40000"), ("Agadir", "80000"), ("Tanger", "90000"),
    ("Tétouan", "93000"), ("Oujda", "60000"), ("Kénitra", "14000"), ("El Jadida", "24000"),
    ("Safi", "46000"), ("Essaouira", "44000"), ("Béni Mellal", "23000"), ("Khouribga", "25000"),
    ("Nador", "62000"), ("Al Hoceima", "32000"), ("Taza", "35000"), ("Settat", "26000"),
    ("Larache", "92000"), ("Ouarzazate", "45000"), ("Errachidia", "52000"), ("Guelmim", "81000"),
    ("Laâyoune", "70000"), ("Dakhla", "73000"), ("Khémisset", "15000"), ("Tiznit", "85000"),
    ("Taroudant", "83000"), ("Berrechid", "26100"), ("Mohammedia", "28800"), ("Témara", "12000"),
    ("Inezgane", "86350"), ("Azrou", "53100"), ("Sefrou", "31000"), ("Chefchaouen", "91000"),
    ("Berkane", "63300"), ("Midelt", "54350"),
]
ACITIES = [
    "الدار البيضاء", "الرباط", "سلا", "فاس", "مكناس", "مراكش", "أكادير", "طنجة", "تطوان", "وجدة",
    "القنيطرة", "الجديدة", "آسفي", "الصويرة", "بني ملال", "خريبكة", "الناظور", "الحسيمة", "تازة",
    "سطات", "العرائش", "ورزازات", "الراشيدية", "كلميم", "العيون", "الداخلة", "الخميسات", "تزنيت",
    "تارودانت", "برشيد", "المحمدية", "تمارة", "إنزكان", "أزرو", "صفرو", "شفشاون", "بركان",
]
DCITIES = [
    "casa", "rbat", "sla", "fes", "mknas", "mrrakch", "agadir", "tanja", "tetouan", "wjda",
    "l9nitra", "jdida", "asfi", "tmara", "mohammedia", "bni mellal", "khouribga", "nador",
    "berrechid", "inezgane", "settat",
]
QUARTERS = [
    "Hay Mohammadi", "Sidi Moumen", "Maârif", "Bourgogne", "Hay Hassani", "Aïn Chock",
    "Derb Sultan", "Hay Riad", "Agdal", "Yacoub El Mansour", "Takaddoum", "Hay Nahda", "Souissi",
    "Akkari", "Bettana", "Tabriquet", "Hay Salam", "Saïss", "Narjiss", "Bensouda", "Zouagha",
    "Gueliz", "Daoudiate", "Massira", "Mhamid", "Talborjt", "Dcheira", "Beni Makada",
    "Hay Al Qods", "Hay Al Wafa", "Hay Essaada", "Hay Ennour", "Hay Al Fath", "Lazaret",
]
DQUARTERS = [
    "hay mohammadi", "sidi moumen", "l'ma3arif", "hay hassani", "3in chock", "derb sultan",
    "hay riad", "agdal", "ya39oub lmansour", "ta9addoum", "hay nahda", "hay salam", "saiss",
    "narjiss", "bensouda", "hay l9ods", "bni mkada", "lmassira", "daoudiat", "hay lwafa",
    "hay sa3ada", "hay nour", "lhamria", "bettana", "tabri9t", "lmhamid",
]
AQUARTERS = [
    "الحي المحمدي", "سيدي مومن", "المعاريف", "الحي الحسني", "عين الشق", "حي الرياض", "أكدال",
    "يعقوب المنصور", "التقدم", "حي النهضة", "حي السلام", "سايس", "النرجس", "بنسودة", "حي القدس",
    "بني مكادة", "المسيرة", "الداوديات", "حي الوفاء", "حي السعادة", "حي النور", "بطانة", "تابريكت",
]
STREETS = [
    "Rue Ibn Khaldoun", "Rue Al Moutanabbi", "Avenue Hassan II", "Boulevard Zerktouni",
    "Rue Oued Sebou", "Rue Imam Malik", "Avenue des FAR", "Rue Tarik Ibn Ziad", "Rue Al Jazair",
    "Rue Moulay Ismail", "Rue 14", "Rue Ennakhil", "Rue Al Yasmine", "Rue Atlas",
    "Avenue Mohammed VI", "Rue Abou Bakr Essedik", "Boulevard Abdelmoumen", "Rue Ibn Batouta",
    "Rue Al Kods", "Rue Souss", "Impasse Al Wahda", "Rue Oum Errabia",
    "Avenue Allal Ben Abdellah", "Rue Jbel Toubkal", "Rue 23", "Rue Al Mourabitine",
]
ASTREETS = [
    "زنقة ابن خلدون", "شارع الحسن الثاني", "زنقة المتنبي", "شارع محمد الخامس", "زنقة واد سبو",
    "زنقة الياسمين", "زنقة النخيل", "شارع الجيش الملكي", "زنقة الإمام مالك", "شارع عبد المومن",
    "زنقة ابن بطوطة", "زنقة القدس", "زنقة أم الربيع", "شارع علال بن عبد الله", "زنقة المرابطين",
]
LOTS = ["Al Amal", "Annasr", "Al Wahda", "Yasmina", "Ennour", "Al Massira", "Riad Salam",
        "Al Bouchra", "Al Firdaous", "Assafa", "Chorouk"]
ALOTS = ["الأمل", "النصر", "الوحدة", "الياسمينة", "النور", "المسيرة", "البشرى", "الفردوس", "الشروق"]
RESIDENCES = ["Al Andalous", "Les Orangers", "Nakhil", "Jnane Azzahra", "Riad Al Mouhit",
              "Les Palmiers", "Yasmine 2", "Al Manar", "Les Jardins de l'Oasis", "Dar Essalam"]
ARESIDENCES = ["الأندلس", "النخيل", "جنان الزهراء", "رياض المحيط", "الياسمين", "المنار", "دار السلام"]
DOUARS = [("Ait Hammou", "Aït Ourir", "Al Haouz"), ("Oulad Brahim", "Had Soualem", "Berrechid"),
          ("Tizi n'Ouchen", "Asni", "Al Haouz"), ("Oulad Youssef", "Sidi Bibi", "Chtouka Aït Baha"),
          ("Laghrabla", "Sidi Yahya", "Sidi Slimane")]
ADOUARS = [("آيت حمو", "آيت أورير", "الحوز"), ("أولاد إبراهيم", "حد السوالم", "برشيد"),
           ("أولاد يوسف", "سيدي بيبي", "اشتوكة آيت باها")]
DDERBS = ["derb lalla zineb", "derb sidi a7med", "derb lfassi", "derb jdid", "derb lmiter",
          "derb l7ajja", "derb bouchentouf"]
DSTREETS = ["zan9a ibn khaldoun", "zan9a lyasmine", "zan9a nnakhil", "zan9a atlas", "zan9a souss",
            "zan9a oum rabi3"]
DLANDMARKS = ["7da jame3 nour", "7da jame3 lkbir", "9rib l7ammam", "7da lfarmasyan", "mor l'école",
              "9bala lposta", "7da lfrran", "9rib souk lkhmis", "7da jame3 badr", "9odam sbitar"]
ADERBS = ["درب السلطان", "درب للا زينب", "درب سيدي أحمد", "درب الفاسي", "درب الجديد"]
ALANDMARKS = ["قرب المسجد", "مقابل المدرسة", "قرب الصيدلية", "بجوار المسجد الكبير", "قرب مكتب البريد"]
DALANDMARKS = ["حدا الجامع", "جنب الحمام", "حدا الفران", "مور المدرسة", "قدام الفرماسيان",
               "قرب المسجد", "حدا السوق"]

COMPANIES = ["Atlas Froid SARL", "Sahel Assurances", "Nakhla Distribution", "Bab Rayane Immobilier",
             "Tadlaght Logistique", "Oasis Télécom", "Argana Textiles", "Menzeh Auto",
             "Marjana Pharma", "Ifriqiya Conseil", "Zellige Digital", "Tansift Agro"]
ACOMPANIES = ["أطلس للتبريد", "ساحل للتأمين", "نخلة للتوزيع", "باب الريان للعقار",
              "تانسيفت الفلاحية", "أركانة للنسيج"]
BRANDS = ["Pharmacie Agdal", "Café de Fès", "Hôtel Ouarzazate Palace", "Librairie Rabat Centre",
          "Boulangerie Tanger Gourmet", "Garage Meknès Auto", "Clinique Souissi", "Marrakech Market",
          "Agadir Surf Shop", "Pâtisserie Casablanca Délices", "Optique Kénitra Vision"]
ABRANDS = ["صيدلية أكدال", "مقهى فاس", "مكتبة الرباط", "مخبزة طنجة", "مصحة السويسي", "سوق مراكش"]
CLUBS_FR = ["le Wydad de Casablanca", "le Raja de Casablanca", "le FUS de Rabat", "l'AS FAR",
            "le Maghreb de Fès", "le Hassania d'Agadir", "la Renaissance de Berkane",
            "l'Ittihad de Tanger", "le Kawkab de Marrakech", "le Difaâ d'El Jadida"]
CLUBS_EN = ["Wydad Casablanca", "Raja Casablanca", "FUS Rabat", "AS FAR", "Maghreb de Fès",
            "Hassania Agadir", "RS Berkane", "IR Tanger", "Kawkab Marrakech"]
CLUBS_AR = ["الوداد البيضاوي", "الرجاء البيضاوي", "الفتح الرباطي", "الجيش الملكي", "المغرب الفاسي",
            "حسنية أكادير", "نهضة بركان", "اتحاد طنجة"]
CLUBS_D = ["lwidad", "raja", "lfath", "ljaych", "lmas", "l7assania", "berkane", "ittihad tanja"]
PRODUCTS = ["Samsung A15", "frigo LG 300 L", "climatiseur 12000 BTU", "tapis berbère 2x3",
            "huile d'argan 250 ml", "iPhone 13 reconditionné", "machine à laver 7 kg"]
APRODUCTS = ["الفريجيدير", "التلفزة", "الكليماتيزور", "زيت أركان", "الماشينة ديال الصابون"]

EMAIL_DOMAINS = ["gmail.com", "hotmail.fr", "yahoo.fr", "outlook.com", "menara.ma", "gmail.com",
                 "hotmail.com", "atlas-froid.ma", "sahel-assur.ma", "zellige-digital.ma"]

MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
MONTHS_AR = ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر",
             "أكتوبر", "نونبر", "دجنبر"]

# ----------------------------------------------------------------------------- sensitive phrases
# S[(kind, lang)] -> phrases; kinds ending in 3 are third-person predicates.
S: dict[tuple[str, str], list[str]] = {
    ("HEALTH", "fr"): [
        "je suis diabétique", "je suis diabétique de type 2", "je suis sous insuline depuis trois ans",
        "je suis suivi pour une dépression", "j'ai un cancer du sein en cours de traitement",
        "je fais de l'hypertension", "je suis asthmatique", "je suis séropositif",
        "je prends un traitement contre l'épilepsie", "je suis en dialyse trois fois par semaine",
        "j'ai été opéré du cœur en mars", "je suis sous chimiothérapie",
        "je souffre d'une sclérose en plaques", "je suis atteinte de la maladie de Crohn",
        "je prends des antidépresseurs", "je me déplace en fauteuil roulant depuis mon accident",
        "j'ai une hépatite C", "je suis suivi en psychiatrie pour un trouble bipolaire",
    ],
    ("HEALTH3", "fr"): [
        "suivi pour un diabète de type 1", "atteint d'une insuffisance rénale chronique",
        "sous traitement antirétroviral", "hospitalisé pour une pneumonie", "traité pour une leucémie",
        "suivi en cardiologie après un infarctus", "épileptique et sous traitement",
        "asthmatique depuis l'enfance",
    ],
    ("PREG", "fr"): [
        "je suis enceinte de 5 mois", "je suis enceinte de 3 mois", "je suis enceinte de sept mois",
        "j'attends un bébé pour juin", "je suis enceinte de jumeaux",
        "ma grossesse en est à 20 semaines",
    ],
    ("HEALTH", "en"): [
        "I am diabetic", "I have type 1 diabetes", "I'm being treated for depression",
        "I was diagnosed with breast cancer last year", "I'm on dialysis three times a week",
        "I suffer from epilepsy", "I'm HIV positive", "I take insulin every morning",
        "I'm undergoing chemotherapy", "I have severe asthma", "I had a heart attack last year",
        "I'm on antidepressants", "I use a wheelchair", "I have high blood pressure",
    ],
    ("HEALTH3", "en"): [
        "treated for type 2 diabetes", "diagnosed with chronic kidney disease",
        "on antiretroviral therapy", "recovering from a stroke", "followed for bipolar disorder",
        "asthmatic since childhood",
    ],
    ("PREG", "en"): [
        "I'm 6 months pregnant", "I am five months pregnant", "I'm pregnant with twins",
        "I'm 20 weeks pregnant", "I'm expecting a baby in June",
    ],
    ("HEALTH", "ar"): [
        "أنا مصاب بداء السكري", "أعاني من ارتفاع ضغط الدم", "أتابع علاجا من الاكتئاب",
        "أنا مصابة بسرطان الثدي", "أخضع لتصفية الكلي ثلاث مرات في الأسبوع", "أعاني من الصرع",
        "أتناول الأنسولين يوميا", "أخضع للعلاج الكيميائي", "أنا مصاب بالربو",
        "أجريت عملية جراحية في القلب", "أعاني من التهاب الكبد الفيروسي",
        "أتعالج من اضطراب ثنائي القطب",
    ],
    ("HEALTH3", "ar"): [
        "يتابع علاجا من داء السكري", "مصاب بقصور كلوي مزمن", "يخضع للعلاج الكيميائي",
        "يعاني من الصرع", "يتناول أدوية مضادة للاكتئاب", "مصاب بالربو منذ الطفولة",
    ],
    ("PREG", "ar"): [
        "أنا حامل في الشهر الخامس", "أنا حامل في الشهر السابع", "أنا حامل بتوأم",
        "أنا في الأسبوع العشرين من الحمل",
    ],
    ("HEALTH", "darija"): [
        "3ndi skkar", "3ndi ttension", "ana mrid b skkar", "kantdawa mn dépression",
        "kanakhod l'insuline kol sba7", "3ndi l'asthme", "drt opération f l9lb",
        "3ndi cancer w kandir chimio", "kandir dialyse 3 merrat f simana", "3ndi l'épilepsie",
        "kanakhod dwa dyal l3sab", "3ndi skkar w ttension b jouj", "ana mrida b lkla",
    ],
    ("PREG", "darija"): [
        "ana 7amla f cher 4", "ana 7amla f char lkhamss", "ana 7amla b tawam", "ana 7amla 5 chhour",
    ],
    ("HEALTH", "darija_ar"): [
        "عندي السكر", "عندي الطانسيو", "كنتعالج من الاكتئاب", "كنتعالج من السرطان",
        "كناخد الأنسولين كل صباح", "عندي الضيقة", "كندير الدياليز", "درت عملية ف القلب",
        "عندي الصرع", "عندي السكر والطانسيو بجوج", "كناخد دوا ديال الأعصاب",
    ],
    ("PREG", "darija_ar"): [
        "أنا حاملة ف الشهر الرابع", "أنا حاملة ف الشهر الخامس", "أنا حاملة بتوام",
        "أنا حاملة خمسة شهور",
    ],
    ("RELIGION", "fr"): [
        "je suis juif", "je suis juive", "je suis chrétien", "je me suis converti au christianisme",
        "je suis athée", "je suis musulman pratiquant", "je suis de confession juive",
        "je suis bahaïe", "je suis chiite", "je suis converti au christianisme depuis 2015",
        "je suis évangélique",
    ],
    ("RELIGION", "en"): [
        "I am Jewish", "I converted to Christianity", "I'm an atheist", "I'm a practising Muslim",
        "I'm a Shia Muslim", "I'm Baha'i", "I'm a Christian",
    ],
    ("RELIGION", "ar"): [
        "أنا يهودي", "اعتنقت المسيحية", "أنا مسيحية", "أنا ملحد", "أنا مسلم ملتزم", "أنا شيعي",
        "أنا بهائية", "اعتنقت المسيحية منذ سنوات",
    ],
    ("RELIGION", "darija"): [
        "ana mse7i", "ana yahoudi", "ana mslma w kansalli", "dkhlt l mase7iya", "ana mol7id",
        "ana chi3i", "tnssart 3am 2016",
    ],
    ("RELIGION", "darija_ar"): [
        "أنا مسيحي", "أنا يهودية", "دخلت للمسيحية", "أنا ملحد", "أنا شيعي", "تنصرت هادي شي سنين",
    ],
    ("POLITICAL", "fr"): [
        "j'ai voté pour le PJD", "j'ai voté RNI aux dernières élections", "je suis militant du PAM",
        "je milite à l'Istiqlal depuis dix ans", "je suis adhérent de l'USFP",
        "je suis membre du Parti de l'Avenir Démocrate", "je soutiens le mouvement Horizon Citoyen",
        "j'ai participé au Mouvement du 20 février", "je suis délégué du PPS dans ma commune",
        "je suis sympathisant de la Fédération de la gauche démocratique",
        "j'ai fait campagne pour le RNI", "je vote toujours Istiqlal",
    ],
    ("POLITICAL", "en"): [
        "I voted for the PJD", "I'm a PAM activist", "I'm a member of the Istiqlal party",
        "I campaigned for the RNI", "I support the Green Horizon Party",
        "I was part of the February 20 Movement", "I always vote USFP",
        "I'm a card-carrying member of the PPS",
    ],
    ("POLITICAL", "ar"): [
        "صوتت لحزب العدالة والتنمية", "أنا عضو في حزب الاستقلال", "أنا مناضل في حزب الأصالة والمعاصرة",
        "أنا منخرط في التجمع الوطني للأحرار", "أنا عضو في حزب الأفق الديمقراطي",
        "شاركت في حركة 20 فبراير", "أنا مرشح باسم الاتحاد الاشتراكي", "أساند حركة المواطنة الجديدة",
    ],
    ("POLITICAL", "darija"): [
        "sowtt 3la PJD", "ana m3a PAM", "ana mnkhrat f RNI", "kandir campagne l Istiqlal",
        "ana militant f 7izb l'Ofoq", "kont m3a 20 fevrier", "dima kansowt 3la l'Istiqlal",
        "ana 3do f PPS",
    ],
    ("POLITICAL", "darija_ar"): [
        "صوتت على البيجيدي", "أنا مع البام", "أنا منخرط ف الأحرار", "كندير الحملة للاستقلال",
        "أنا مناضل ف حزب الأفق", "كنت مع 20 فبراير", "ديما كنصوت على الاستقلال",
    ],
    ("UNION", "fr"): [
        "je suis membre du syndicat UMT", "je suis délégué CDT", "je suis syndiqué à la CDT",
        "je suis délégué du personnel UMT", "j'ai adhéré à l'UGTM",
        "je suis représentant syndical de la FDT",
        "je suis membre du Syndicat national des infirmiers libres",
        "je cotise au syndicat des chauffeurs de taxi", "je suis au bureau syndical de l'ODT",
    ],
    ("UNION3", "fr"): [
        "délégué syndical CDT de l'atelier", "secrétaire général du bureau UMT de l'usine",
        "représentant de l'UGTM au comité d'entreprise", "membre actif de la FDT",
        "délégué UMT du personnel",
    ],
    ("UNION", "en"): [
        "a UMT union member", "the CDT shop steward", "a member of the UGTM union",
        "a union rep for the FDT", "a delegate of the Independent Nurses' Union",
    ],
    ("UNION", "ar"): [
        "أنا عضو في الاتحاد المغربي للشغل", "أنا مندوب نقابي عن الكونفدرالية الديمقراطية للشغل",
        "أنا منخرط في الاتحاد العام للشغالين بالمغرب",
        "أنا كاتب عام لنقابة التعليم التابعة للفيدرالية الديمقراطية للشغل",
        "انخرطت في النقابة الوطنية للممرضين الأحرار",
    ],
    ("UNION", "darija"): [
        "ana f sindika UMT", "ana délégué dyal CDT", "dkhlt l sindika dyal UGTM",
        "kankhlles cotisation l UMT", "ana mndoub sindikali f l'usine",
    ],
    ("UNION", "darija_ar"): [
        "أنا ف النقابة ديال UMT", "أنا مندوب ديال الكدش", "دخلت للنقابة ديال UGTM",
        "كنخلص الانخراط ف النقابة",
    ],
    ("ETHNIC", "fr"): [
        "je suis amazigh", "je suis d'origine sahraouie", "je suis rifaine", "je suis noir",
        "je suis d'origine subsaharienne", "je suis soussi", "je suis d'origine sénégalaise",
        "je suis berbère",
    ],
    ("ETHNIC", "en"): [
        "I'm Amazigh", "I'm of Sahrawi origin", "I'm Riffian", "I'm of sub-Saharan descent",
        "my family is Berber", "I'm of Senegalese origin",
    ],
    ("ETHNIC", "ar"): [
        "أنا أمازيغي", "أنا من أصل صحراوي", "أنا ريفية", "أنا من أصول إفريقية جنوب الصحراء",
        "أنا سوسي", "أنا من أصل سنغالي",
    ],
    ("ETHNIC", "darija"): [
        "ana amazighi", "ana chel7", "ana rifi", "ana sahraouia", "ana soussi", "ana mn asl senegali",
    ],
    ("ETHNIC", "darija_ar"): ["أنا أمازيغي", "أنا شلحة", "أنا ريفي", "أنا صحراوية", "أنا سوسي"],
    ("GENETIC", "fr"): [
        "mon test génétique BRCA1 est positif", "je suis porteur de la mutation du gène CFTR",
        "le test ADN confirme que je suis porteuse de la drépanocytose",
        "mon analyse génétique révèle une prédisposition au cancer du côlon",
        "le test de paternité ADN est positif",
        "mon séquençage génomique montre une mutation du syndrome de Lynch",
        "mon caryotype présente une translocation équilibrée",
    ],
    ("GENETIC", "en"): [
        "my BRCA2 genetic test came back positive", "I carry the sickle cell gene",
        "the DNA paternity test was positive", "my genome sequencing showed a Lynch syndrome mutation",
        "my genetic test shows a CFTR mutation",
    ],
    ("GENETIC", "ar"): [
        "نتيجة التحليل الجيني BRCA1 إيجابية", "أنا حامل لطفرة في جين CFTR",
        "اختبار الحمض النووي أثبت الأبوة", "التحليل الوراثي أظهر استعدادا وراثيا لسرطان القولون",
        "فحص الجينات أكد إصابتي بفقر الدم المنجلي الوراثي",
    ],
    ("GENETIC", "darija"): [
        "drt test génétique w tla3 positif BRCA1", "3ndi mutation f l'gène CFTR",
        "drt test ADN dyal l'paternité w tla3 positif",
        "l'analyse génétique bayna 3ndi prédisposition l cancer",
    ],
    ("GENETIC", "darija_ar"): [
        "درت التحليل الجيني وطلع إيجابي", "عندي طفرة ف الجين BRCA1", "درت تحليل ADN ديال الأبوة",
        "التحليل الوراثي بان فيه عندي استعداد للسرطان",
    ],
    ("BIOMETRIC", "fr"): [
        "mon empreinte digitale", "mes empreintes digitales", "le gabarit facial de mon visage",
        "le scan de mon iris", "mon empreinte vocale", "la photo biométrique de mon visage",
        "le modèle biométrique de ma main",
    ],
    ("BIOMETRIC", "en"): [
        "my fingerprint template", "a face recognition template of me", "my iris scan",
        "my voiceprint", "my palm-vein scan",
    ],
    ("BIOMETRIC", "ar"): [
        "بصمة إصبعي", "بصمة وجهي", "بصمة عيني", "بصمتي الصوتية", "البصمة البيومترية لوجهي",
    ],
    ("BIOMETRIC", "darija"): [
        "l'empreinte dyal sb3i", "tswira dyal wjhi l reconnaissance faciale", "lbasma dyali",
        "scan dyal 3ini",
    ],
    ("BIOMETRIC", "darija_ar"): [
        "البصمة ديالي", "بصمة الصبع ديالي", "بصمة الوجه ديالي", "السكان ديال عيني",
    ],
    ("CRIMINAL", "fr"): [
        "j'ai un casier judiciaire", "j'ai été condamné à deux ans de prison pour vol",
        "j'ai été condamné pour trafic de drogue en 2015", "je suis sous contrôle judiciaire",
        "j'ai fait dix-huit mois de prison pour escroquerie",
        "j'ai été arrêté pour conduite en état d'ivresse",
        "mon casier porte une condamnation pour coups et blessures",
    ],
    ("CRIMINAL3", "fr"): [
        "condamné en 2014 à deux ans d'emprisonnement pour vol",
        "condamné à six mois avec sursis pour escroquerie",
        "condamnation en 2019 pour trafic de stupéfiants", "sous contrôle judiciaire depuis 2022",
    ],
    ("CRIMINAL", "en"): [
        "I have a criminal record", "I was convicted of fraud in 2016", "I served 18 months for theft",
        "I'm on probation", "I was arrested for drink-driving",
    ],
    ("CRIMINAL3", "en"): [
        "convicted of theft in 2015", "served two years for drug trafficking",
        "on probation until 2026", "prior conviction for assault",
    ],
    ("CRIMINAL", "ar"): [
        "لدي سوابق عدلية", "حكم علي بسنتين سجنا بتهمة السرقة", "أدنت بتهمة النصب سنة 2017",
        "قضيت عقوبة حبسية مدتها ستة أشهر", "اعتقلت بتهمة السياقة في حالة سكر",
    ],
    ("CRIMINAL3", "ar"): [
        "محكوم عليه بسنتين حبسا نافذا بتهمة السرقة", "سبق الحكم عليه بتهمة النصب والاحتيال",
        "له سوابق في الاتجار بالمخدرات", "تحت المراقبة القضائية منذ 2021",
    ],
    ("CRIMINAL", "darija"): [
        "3ndi sabi9a", "dkhlt l7bs 3la sr9a", "t7kem 3liya b 2 snin", "3ndi casier judiciaire",
        "chddouni 3la drogue 3am 2018", "glst 6 chhour f l7bs",
    ],
    ("CRIMINAL", "darija_ar"): [
        "عندي سوابق", "دخلت للحبس على السرقة", "تحكم عليا بعامين", "شدوني على الدروگ",
        "جلست ستة شهور ف الحبس",
    ],
}
SENSITIVE_LABEL = {
    "HEALTH": "HEALTH", "HEALTH3": "HEALTH", "PREG": "HEALTH", "RELIGION": "RELIGION_BELIEF",
    "POLITICAL": "POLITICAL_OPINION", "UNION": "UNION_MEMBERSHIP", "UNION3": "UNION_MEMBERSHIP",
    "ETHNIC": "ETHNIC_ORIGIN", "GENETIC": "GENETIC", "BIOMETRIC": "BIOMETRIC",
    "CRIMINAL": "CRIMINAL", "CRIMINAL3": "CRIMINAL",
}

# General questions and facts: topics, not a person's data (never labelled).
TOPICS: dict[tuple[str, str], list[str]] = {
    ("healthq", "fr"): [
        "Quels sont les symptômes du diabète de type 2 ?", "Comment prévenir l'hypertension artérielle ?",
        "La grippe est-elle contagieuse avant la fièvre ?",
        "Quels aliments éviter en cas de cholestérol élevé ?",
        "Combien de temps dure une grossesse en moyenne ?", "L'asthme peut-il disparaître à l'âge adulte ?",
        "Quelles vaccinations sont obligatoires pour les enfants au Maroc ?",
        "Le dépistage du cancer du sein est-il gratuit ?",
    ],
    ("healthq", "en"): [
        "What are the early symptoms of type 1 diabetes in children?",
        "How is high blood pressure usually treated?", "Can asthma go away in adulthood?",
        "How long does a typical pregnancy last?", "Is depression more common in winter?",
        "What does a BRCA genetic test actually measure?",
    ],
    ("healthq", "ar"): [
        "ما هي أعراض مرض السكري وكيف يمكن الوقاية منه؟", "كيف يعالج ارتفاع ضغط الدم؟",
        "هل الربو مرض وراثي؟", "كم تدوم فترة الحمل عادة؟", "ما هي أسباب فقر الدم عند الأطفال؟",
    ],
    ("healthq", "darija"): [
        "chno homa l a3rad dyal skkar? w wach kayt3alj?", "kifach nwa9i rasi mn ttension?",
        "wach l'asthme kaytwret?", "ch7al kadoum l7amla 3adatan?",
    ],
    ("healthq", "darija_ar"): [
        "شنو هما الأعراض ديال السكر؟ وكيفاش نعرف ولا عندي؟", "واش الطانسيو كيتورث؟",
        "شحال كتدوم الحاملة عادة؟", "شنو كياكل اللي عندو الكوليسترول؟",
    ],
    ("polq", "fr"): [
        "L'histoire du parti de l'Istiqlal commence avec le Manifeste de l'indépendance de 1944.",
        "Combien de sièges le RNI a-t-il obtenus aux législatives de 2021 ?",
        "Quelle est la différence entre l'UMT et la CDT ?",
        "Le PJD a dirigé le gouvernement de 2011 à 2021.",
        "Comment sont élus les conseils communaux au Maroc ?",
        "Quel rôle a joué le Mouvement du 20 février en 2011 ?",
    ],
    ("polq", "en"): [
        "How did the RNI, the PAM and Istiqlal form a coalition after the 2021 elections?",
        "When was the UMT trade union founded?", "What is the history of the PJD?",
    ],
    ("polq", "ar"): [
        "تأسس حزب الاستقلال سنة 1944، وقاد حزب العدالة والتنمية الحكومة بين 2011 و2021.",
        "ما الفرق بين الاتحاد المغربي للشغل والكونفدرالية الديمقراطية للشغل؟",
        "كيف تجرى الانتخابات الجماعية في المغرب؟",
    ],
    ("polq", "darija"): ["chkoun rba7 f intikhabat 2021? RNI wla PJD?", "imta tassas 7izb l'Istiqlal?"],
    ("polq", "darija_ar"): ["شكون ربح ف الانتخابات ديال 2021؟", "شنو الفرق بين UMT والكدش؟"],
    ("relq", "fr"): [
        "Combien de jours dure le ramadan cette année ?",
        "Quelle est l'histoire de la communauté juive d'Essaouira ?",
        "Quand est célébré l'Aïd al-Adha au Maroc ?",
    ],
    ("relq", "en"): [
        "What is the history of the Jewish community in Morocco?",
        "When does Ramadan start this year?",
    ],
    ("relq", "ar"): ["ما تاريخ الطائفة اليهودية في المغرب؟", "متى يبدأ شهر رمضان هذه السنة؟"],
    ("relq", "darija"): ["imta ghadi ybda ramadan had l3am?", "fo9ach l3id lkbir?"],
    ("relq", "darija_ar"): ["فوقاش غادي يبدا رمضان هاد العام؟", "شحال من نهار بقا للعيد؟"],
}

# fmt: on


# ----------------------------------------------------------------------------- helpers
def ascii_fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).replace("'", "")


def digits(rng: random.Random, n: int, first_nonzero: bool = False) -> str:
    out = [str(rng.randrange(10)) for _ in range(n)]
    if first_nonzero:
        out[0] = str(rng.randrange(1, 10))
    return "".join(out)


def indic(rng: random.Random, lang: str, s: str, p: float = 0.3) -> str:
    """In Arabic-script texts, write a share of numbers in Arabic-Indic or Eastern digits."""
    if lang in ARABIC_SCRIPT:
        r = rng.random()
        if r < p:
            return s.translate(AR_INDIC)
        if r < p + 0.06:
            return s.translate(FA_INDIC)
    return s


def rib_key(first22: str) -> str:
    return f"{97 - (int(first22) * 100) % 97:02d}"


def iban_check(bban: str) -> str:
    # ISO 13616: move "MA00" to the end, letters to numbers (M=22, A=10), 98 - mod 97.
    return f"{98 - int(bban + '221000') % 97:02d}"


def luhn_digit(partial: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:  # these get doubled once the check digit is appended
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(number: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def only_digits(s: str) -> str:
    return "".join(str(unicodedata.digit(c)) for c in s if c.isdigit())


def group(s: str, sizes: list[int], sep: str) -> str:
    out, i = [], 0
    for n in sizes:
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)


def script_of(lang: str) -> str:
    return "ar" if lang in ARABIC_SCRIPT else "lat"


# ----------------------------------------------------------------------------- value generators
# Each returns (label or None, value). ctx carries the text's persons for e-mails.
Gen = tuple[str | None, str]


def _latin_name(rng: random.Random, gender: str, ctx: dict) -> tuple[str, str]:
    first = rng.choice(FIRST_F if gender == "f" else FIRST_M)
    last = rng.choice(LAST)
    ctx.setdefault("people", []).append((first, last))
    return first, last


def _gender(rng: random.Random, g: str | None) -> str:
    return g or rng.choice("mf")


def g_name(rng, lang, ctx, g=None) -> Gen:
    g = _gender(rng, g)
    if script_of(lang) == "ar":
        return "PERSON", f"{rng.choice(AFIRST_F if g == 'f' else AFIRST_M)} {rng.choice(ALAST)}"
    first, last = _latin_name(rng, g, ctx)
    value = f"{first} {last}"
    if lang == "darija" and rng.random() < 0.3:
        value = value.lower()
    return "PERSON", value


def g_fname(rng, lang, ctx, g=None) -> Gen:
    g = _gender(rng, g)
    if script_of(lang) == "ar":
        return "PERSON", rng.choice(AFIRST_F if g == "f" else AFIRST_M)
    value = rng.choice(FIRST_F if g == "f" else FIRST_M)
    if lang == "darija" and rng.random() < 0.3:
        value = value.lower()
    return "PERSON", value


def g_lname(rng, lang, ctx) -> Gen:
    return "PERSON", rng.choice(ALAST if script_of(lang) == "ar" else LAST)


def g_caps(rng, lang, ctx, g=None) -> Gen:
    first, last = _latin_name(rng, _gender(rng, g), ctx)
    return "PERSON", f"{last.upper()} {first}"


def g_city(rng, lang, ctx) -> Gen:
    if script_of(lang) == "ar":
        return "LOCATION", rng.choice(ACITIES)
    if lang == "darija":
        return "LOCATION", rng.choice(DCITIES)
    return "LOCATION", rng.choice(CITIES)[0]


def g_quarter(rng, lang, ctx) -> Gen:
    if script_of(lang) == "ar":
        return "LOCATION", rng.choice(AQUARTERS)
    if lang == "darija":
        return "LOCATION", rng.choice(DQUARTERS)
    return "LOCATION", rng.choice(QUARTERS)


def _n(rng, lo=1, hi=250) -> str:
    return str(rng.randint(lo, hi))


def addr_value(rng: random.Random, lang: str, style: str | None) -> str:
    if lang == "mixed":
        lang = rng.choice(["fr", "darija"])
    if lang in ("fr", "en"):
        city, postal = rng.choice(CITIES)
        q, st = rng.choice(QUARTERS), rng.choice(STREETS)
        n, i, a = _n(rng), _n(rng, 1, 30), _n(rng, 1, 40)
        if lang == "en":
            forms = {
                None: [
                    f"{n} {st}, {q}, {city}",
                    f"{n} {st}, {q}, {city} {postal}",
                    f"Apartment {a}, Building {i}, {st}, {city}",
                ],
                "lot": [f"Lot {rng.choice(LOTS)} No. {n}, {q}, {city}"],
                "res": [
                    f"Apartment {a}, Building {i}, {rng.choice(RESIDENCES)} Residence, {q}, {city}",
                    f"Résidence {rng.choice(RESIDENCES)}, Imm {i} Appt {a}, {q}, {city}",
                ],
                "land": [f"{n} {st}, opposite the {q} mosque, {city}"],
            }
        else:
            douar, commune, province = rng.choice(DOUARS)
            forms = {
                None: [
                    f"{n}, {st}, {q}, {city}",
                    f"{n} {st}, {q}, {postal} {city}",
                    f"Appt {a}, Imm {i}, {st}, {city}",
                    f"{st} n° {n}, {q}, {city}",
                    f"Douar {douar}, commune {commune}, province de {province}",
                    f"Hay {rng.choice(LOTS)} Bloc {rng.choice('ABCDEF')} n° {n}, {city}",
                ],
                "lot": [
                    f"Lot {rng.choice(LOTS)} n° {n}, {q}, {city}",
                    f"Lotissement {rng.choice(LOTS)}, lot n° {n}, {city}",
                ],
                "res": [
                    f"Résidence {rng.choice(RESIDENCES)}, Imm {i} Appt {a}, {q}, {city}",
                    f"Résidence {rng.choice(RESIDENCES)}, immeuble {i}, appartement {a}, {st}, {city}",
                ],
                "land": [
                    f"{n}, {st}, en face de la mosquée, {q}, {city}",
                    f"{st} n° {n}, à côté du hammam, {q}, {city}",
                ],
            }
        return rng.choice(forms[style])
    if lang == "darija":
        dq, dc = rng.choice(DQUARTERS), rng.choice(DCITIES)
        n, m, i, a = _n(rng, 1, 60), _n(rng, 1, 200), _n(rng, 1, 20), _n(rng, 1, 30)
        land = rng.choice(DLANDMARKS)
        forms = {
            None: [
                f"{dq} zan9a {n} ra9m {m}, {dc}",
                f"{rng.choice(DSTREETS)} ra9m {m}, {dq}, {dc}",
                f"{rng.choice(DDERBS)} ra9m {m}, {land}, {dc}",
            ],
            "lot": [f"lot {rng.choice(LOTS).lower()} ra9m {m}, {dq}, {dc}"],
            "res": [
                f"résidence {rng.choice(RESIDENCES).lower()} immeuble {i} appart {a}, {dq}, {dc}"
            ],
            "land": [
                f"{dq} zan9a {n} dar ra9m {m} {land}, {dc}",
                f"{rng.choice(DDERBS)} ra9m {m} {land}, {dc}",
            ],
        }
        return rng.choice(forms[style])
    # Arabic script
    aq, ac = rng.choice(AQUARTERS), rng.choice(ACITIES)
    n, m, i, a = _n(rng), _n(rng, 1, 200), _n(rng, 1, 20), _n(rng, 1, 30)
    if lang == "ar":
        douar, commune, province = rng.choice(ADOUARS)
        forms = {
            None: [
                f"رقم {n}، {rng.choice(ASTREETS)}، {aq}، {ac}",
                f"{rng.choice(ASTREETS)} رقم {n}، {aq}، {ac}",
                f"دوار {douar}، جماعة {commune}، إقليم {province}",
            ],
            "lot": [
                f"تجزئة {rng.choice(ALOTS)} رقم {n}، {ac}",
                f"تجزئة {rng.choice(ALOTS)}، البقعة رقم {n}، {aq}، {ac}",
            ],
            "res": [f"إقامة {rng.choice(ARESIDENCES)}، عمارة {i}، شقة {a}، {aq}، {ac}"],
            "land": [f"{rng.choice(ASTREETS)} رقم {n} {rng.choice(ALANDMARKS)}، {aq}، {ac}"],
        }
    else:
        forms = {
            None: [f"{aq}، زنقة {n}، الدار رقم {m}، {ac}", f"{rng.choice(ADERBS)} رقم {m}، {ac}"],
            "lot": [f"تجزئة {rng.choice(ALOTS)} رقم {m}، {aq}، {ac}"],
            "res": [f"إقامة {rng.choice(ARESIDENCES)} عمارة {i} شقة {a}، {ac}"],
            "land": [
                f"{aq}، زنقة {n}، الدار رقم {m} {rng.choice(DALANDMARKS)}، {ac}",
                f"{rng.choice(ADERBS)} رقم {m} {rng.choice(DALANDMARKS)}، {ac}",
            ],
        }
    return indic(rng, lang, rng.choice(forms[style]), 0.2)


def g_addr(rng, lang, ctx, style=None) -> Gen:
    return "LOCATION", addr_value(rng, lang, style)


def g_bizaddr(rng, lang, ctx) -> Gen:  # a company's address: not a person's
    n = _n(rng)
    if script_of(lang) == "ar":
        return None, f"رقم {n}، {rng.choice(ASTREETS)}، {rng.choice(ACITIES)}"
    city, postal = rng.choice(CITIES)
    return None, rng.choice(
        [f"{n}, {rng.choice(STREETS)}, {city}", f"{n} {rng.choice(STREETS)}, {postal} {city}"]
    )


def phone_value(rng: random.Random, lang: str, fixed: bool = False) -> str:
    if fixed or rng.random() < 0.15:
        nat = "5" + rng.choice("23") + digits(rng, 7)
    else:
        nat = rng.choice("6666677") + digits(rng, 8)
    if nat[0] == "7":
        nat = "7" + rng.choice("0678") + nat[2:]
    local = "0" + nat
    forms = [
        local,
        group(local, [2, 2, 2, 2, 2], " "),
        group(local, [2, 2, 2, 2, 2], "."),
        group(local, [2, 2, 2, 2, 2], "-"),
        group(local, [4, 2, 2, 2], " "),
        "+212 " + group(nat, [1, 2, 2, 2, 2], " "),
        "+212 " + group(nat, [3, 3, 3], " "),
        "+212" + nat,
        "+212-" + group(nat, [1, 2, 2, 2, 2], "-"),
        "00212 " + nat,
        "+212 " + group(nat, [3, 6], "-"),
    ]
    value = rng.choice(forms)
    if " " in value and rng.random() < 0.2:
        value = value.replace(" ", rng.choice([NBSP, NNBSP]))
    return indic(rng, lang, value)


def g_phone(rng, lang, ctx) -> Gen:
    return "PHONE_NUMBER", phone_value(rng, lang)


def g_email(rng, lang, ctx) -> Gen:
    people = ctx.get("people") or []
    if people and rng.random() < 0.75:
        first, last = people[-1]
    else:
        first, last = rng.choice(FIRST_M + FIRST_F), rng.choice(LAST)
    f = ascii_fold(first).lower().replace(" ", "")
    last_ = ascii_fold(last).lower().replace(" ", "")
    local = rng.choice(
        [
            f"{f}.{last_}",
            f"{f}{last_}{rng.randint(1, 99)}",
            f"{f[0]}.{last_}",
            f"{f}_{last_}",
            f"{last_}.{f}",
            f"{f}{rng.randint(1970, 2005)}",
        ]
    )
    return "EMAIL_ADDRESS", f"{local}@{rng.choice(EMAIL_DOMAINS)}"


CIN_PREFIXES = [
    "A",
    "B",
    "C",
    "D",
    "E",
    "F",
    "G",
    "H",
    "I",
    "J",
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
    "V",
    "W",
    "X",
    "Y",
    "Z",
    "AA",
    "AB",
    "AD",
    "AE",
    "BE",
    "BH",
    "BJ",
    "BK",
    "BL",
    "BM",
    "CB",
    "CD",
    "DA",
    "DJ",
    "EE",
    "FA",
    "FB",
    "GA",
    "GM",
    "HA",
    "HH",
    "IA",
    "IB",
    "JA",
    "JB",
    "JC",
    "JE",
    "JT",
    "KA",
    "LA",
    "LB",
    "MC",
    "PA",
    "QA",
    "SH",
    "UA",
    "WA",
    "ZG",
    "ZT",
]


def cin_parts(rng: random.Random) -> tuple[str, str]:
    p = rng.choice(CIN_PREFIXES)
    n = 6 if len(p) == 2 and rng.random() < 0.85 else rng.choice([5, 6])
    return p, digits(rng, n, first_nonzero=True)


def g_cin(rng, lang, ctx) -> Gen:
    p, d = cin_parts(rng)
    if lang in ARABIC_SCRIPT and rng.random() < 0.12:
        d = d.translate(AR_INDIC)
    return "MA_CIN", p + d


def g_cin_sp(rng, lang, ctx) -> Gen:
    p, d = cin_parts(rng)
    sep = NBSP if rng.random() < 0.2 else " "
    v = f"{p}{sep}{d}"
    return "MA_CIN", v.lower() if lang == "darija" and rng.random() < 0.5 else v


def g_cin_lc(rng, lang, ctx) -> Gen:
    p, d = cin_parts(rng)
    return "MA_CIN", rng.choice([f"{p.lower()}{d}", f"{p.lower()} {d}", f"{p.lower()}{d}"])


def g_cin_sep(rng, lang, ctx) -> Gen:
    p, d = cin_parts(rng)
    return "MA_CIN", f"{p}{rng.choice(['-', '-', '/', '.'])}{d}"


BANKS = [
    "007",
    "011",
    "013",
    "021",
    "022",
    "028",
    "050",
    "101",
    "145",
    "157",
    "164",
    "181",
    "190",
    "225",
    "230",
    "310",
    "350",
]


def rib_digits(rng: random.Random) -> str:
    first22 = rng.choice(BANKS) + digits(rng, 3) + digits(rng, 16)
    return first22 + rib_key(first22)


def g_rib(rng, lang, ctx) -> Gen:
    r = rib_digits(rng)
    v = rng.choice(
        [
            r,
            group(r, [3, 3, 16, 2], " "),
            group(r, [3, 3, 16, 2], " "),
            group(r, [3, 3, 16, 2], "-"),
            group(r, [4, 4, 4, 4, 4, 4], " "),
            group(r, [3, 3, 16, 2], NBSP),
        ]
    )
    return "MA_RIB", indic(rng, lang, v, 0.15)


def g_iban(rng, lang, ctx) -> Gen:
    r = rib_digits(rng)
    iban = "MA" + iban_check(r) + r
    v = rng.choice(
        [iban, group(iban, [4] * 7, " "), group(iban, [4] * 7, " "), group(iban, [4] * 7, NBSP)]
    )
    return "IBAN_CODE", v


def g_card(rng, lang, ctx) -> Gen:
    prefix = rng.choice(["4", "4", "51", "52", "53", "54", "55"])
    partial = prefix + digits(rng, 15 - len(prefix))
    num = partial + luhn_digit(partial)
    v = rng.choice(
        [num, group(num, [4] * 4, " "), group(num, [4] * 4, " "), group(num, [4] * 4, "-")]
    )
    return "CREDIT_CARD", v


def g_ip(rng, lang, ctx) -> Gen:
    first = rng.choice(["41", "105", "196", "102", "197", "160", "192.168", "10", "81"])
    parts = first.split(".")
    while len(parts) < 4:
        parts.append(str(rng.randint(1, 254)))
    return "IP_ADDRESS", ".".join(parts)


def ice_digits(rng: random.Random) -> str:
    first13 = (
        "00" + digits(rng, 7, first_nonzero=True) + rng.choice(["0000", "0000", "0001", "0012"])
    )
    return first13 + f"{97 - (int(first13) * 100) % 97:02d}"


def g_ice(rng, lang, ctx) -> Gen:
    v = ice_digits(rng)
    if rng.random() < 0.15:
        v = group(v, [3, 3, 3, 3, 3], rng.choice([" ", "."]))
    return "MA_ICE", indic(rng, lang, v, 0.2)


def g_cnss(rng, lang, ctx) -> Gen:
    v = digits(rng, 9, first_nonzero=True)
    if rng.random() < 0.15:
        v = group(v, [3, 3, 3], rng.choice([" ", "-"]))
    return "MA_CNSS", indic(rng, lang, v, 0.2)


PASSPORT_PREFIXES = [
    "AA",
    "AB",
    "AC",
    "AE",
    "BF",
    "CD",
    "DK",
    "GZ",
    "HM",
    "JF",
    "KM",
    "LP",
    "MR",
    "NK",
    "OP",
    "PZ",
    "QR",
    "RS",
    "SU",
    "TZ",
    "UV",
    "VY",
    "WZ",
    "XA",
    "YB",
    "ZC",
]


def g_passport(rng, lang, ctx) -> Gen:
    return "MA_PASSPORT", rng.choice(PASSPORT_PREFIXES) + digits(rng, 7, first_nonzero=True)


def g_massar(rng, lang, ctx) -> Gen:
    letter = rng.choice("GRSJDHKMNPF")
    tail = "1" + digits(rng, 8) if rng.random() < 0.8 else digits(rng, 9, first_nonzero=True)
    v = letter + tail
    return "MA_MASSAR", v.lower() if lang == "darija" and rng.random() < 0.3 else v


PLATE_AR = ["أ", "ب", "د", "هـ", "و", "ط", "ج"]
PLATE_LAT = ["A", "B", "D", "H", "W", "T"]


def g_plate(rng, lang, ctx) -> Gen:
    n = str(rng.randint(1, 99999))
    r = str(rng.randint(1, 89))
    ar, lat = rng.choice(PLATE_AR), rng.choice(PLATE_LAT)
    v = rng.choice(
        [
            f"{n}-{ar}-{r}",
            f"{n} {lat} {r}",
            f"{n}|{ar}|{r}",
            f"{n} | {ar} | {r}",
            f"{n}-{lat}-{r}",
            f"{n} {ar} {r}",
        ]
    )
    return "MA_LICENSE_PLATE", indic(rng, lang, v, 0.2)


def _date(rng: random.Random, lo: int, hi: int) -> tuple[int, int, int]:
    return rng.randint(1, 28), rng.randint(1, 12), rng.randint(lo, hi)


def date_value(rng: random.Random, lang: str, lo: int, hi: int) -> str:
    d, m, y = _date(rng, lo, hi)
    sep = rng.choice(["/", "/", "-", "."])
    numeric = rng.choice([f"{d:02d}{sep}{m:02d}{sep}{y}", f"{d}{sep}{m}{sep}{y}"])
    if lang == "mixed":
        lang = rng.choice(["fr", "darija"])
    if lang == "fr":
        day = "1er" if d == 1 else str(d)
        v = rng.choice([numeric, numeric, f"{day} {MONTHS_FR[m - 1]} {y}"])
    elif lang == "en":
        v = rng.choice(
            [
                f"{d} {MONTHS_EN[m - 1]} {y}",
                f"{MONTHS_EN[m - 1]} {d}, {y}",
                f"{y}-{m:02d}-{d:02d}",
                f"{d:02d}/{m:02d}/{y}",
            ]
        )
    elif lang == "darija":
        v = rng.choice([numeric, numeric, f"{d} {MONTHS_FR[m - 1]} {y}"])
    else:
        v = rng.choice([numeric, f"{y}/{m:02d}/{d:02d}", f"{d} {MONTHS_AR[m - 1]} {y}"])
        v = indic(rng, lang, v, 0.35)
    return v


def g_dob(rng, lang, ctx) -> Gen:
    return "DATE_OF_BIRTH", date_value(rng, lang, 1950, 2008)


def g_date(rng, lang, ctx) -> Gen:  # appointments, deliveries, due dates: not labelled
    return None, date_value(rng, lang, 2024, 2026)


def sensitive(kind: str):
    def gen(rng, lang, ctx) -> Gen:
        return SENSITIVE_LABEL[kind], rng.choice(S[(kind, lang)])

    return gen


def topic(kind: str):
    def gen(rng, lang, ctx) -> Gen:
        return None, rng.choice(TOPICS[(kind, lang)])

    return gen


def plain(fn):
    def gen(rng, lang, ctx) -> Gen:
        return None, fn(rng, lang, ctx)

    return gen


def _pick_distinct(rng, ctx, key, items):
    used = ctx.setdefault(key, [])
    choice = rng.choice([i for i in items if i not in used])
    used.append(choice)
    return choice


def ref24(rng, lang, ctx) -> str:
    """24 digits that are not a RIB (the key does not match)."""
    while True:
        v = digits(rng, 24, first_nonzero=True)
        if v[22:] != rib_key(v[:22]):
            return v


def imei(rng, lang, ctx) -> str:
    partial = rng.choice(["35", "86", "01", "35"]) + digits(rng, 12)
    return partial + luhn_digit(partial)


def price(rng, lang, ctx) -> str:
    amount = rng.choice([89, 120, 199, 250, 450, 780, 1299, 2500, 4200, 15000])
    if lang in ARABIC_SCRIPT:
        return indic(rng, lang, f"{amount} درهم", 0.3)
    if amount >= 1000 and rng.random() < 0.6:
        s = f"{amount // 1000}{rng.choice([NBSP, ' ', '.'])}{amount % 1000:03d}"
    else:
        s = str(amount)
    return rng.choice([f"{s},00 MAD", f"{s} DH", f"{s} dirhams", f"{s} MAD"])


KINDS = {
    # personal values
    "name": g_name,
    "name_m": lambda r, lg, c: g_name(r, lg, c, "m"),
    "name_f": lambda r, lg, c: g_name(r, lg, c, "f"),
    "fname": g_fname,
    "fname_m": lambda r, lg, c: g_fname(r, lg, c, "m"),
    "fname_f": lambda r, lg, c: g_fname(r, lg, c, "f"),
    "lname": g_lname,
    "caps": g_caps,
    "caps_m": lambda r, lg, c: g_caps(r, lg, c, "m"),
    "caps_f": lambda r, lg, c: g_caps(r, lg, c, "f"),
    "city": g_city,
    "quarter": g_quarter,
    "addr": g_addr,
    "addr_lot": lambda r, lg, c: g_addr(r, lg, c, "lot"),
    "addr_res": lambda r, lg, c: g_addr(r, lg, c, "res"),
    "addr_land": lambda r, lg, c: g_addr(r, lg, c, "land"),
    "phone": g_phone,
    "email": g_email,
    "cin": g_cin,
    "cin_sp": g_cin_sp,
    "cin_lc": g_cin_lc,
    "cin_sep": g_cin_sep,
    "rib": g_rib,
    "iban": g_iban,
    "card": g_card,
    "ip": g_ip,
    "ice": g_ice,
    "cnss": g_cnss,
    "passport": g_passport,
    "massar": g_massar,
    "plate": g_plate,
    "dob": g_dob,
    # sensitive phrases
    **{k: sensitive(k) for k in SENSITIVE_LABEL},
    # not labelled
    "date": g_date,
    "bizaddr": g_bizaddr,
    "healthq": topic("healthq"),
    "polq": topic("polq"),
    "relq": topic("relq"),
    "ucity": plain(
        lambda r, lg, c: (
            r.choice(ACITIES)
            if script_of(lg) == "ar"
            else (r.choice(DCITIES) if lg == "darija" else r.choice(CITIES)[0])
        )
    ),
    "company": plain(lambda r, lg, c: r.choice(ACOMPANIES if script_of(lg) == "ar" else COMPANIES)),
    "brand": plain(lambda r, lg, c: r.choice(ABRANDS if script_of(lg) == "ar" else BRANDS)),
    "product": plain(lambda r, lg, c: r.choice(APRODUCTS if script_of(lg) == "ar" else PRODUCTS)),
    "club": plain(
        lambda r, lg, c: _pick_distinct(
            r,
            c,
            "clubs",
            CLUBS_AR
            if script_of(lg) == "ar"
            else CLUBS_D
            if lg == "darija"
            else CLUBS_EN
            if lg == "en"
            else CLUBS_FR,
        )
    ),
    "order": plain(
        lambda r, lg, c: r.choice(
            [
                f"CMD-{r.randint(2024, 2025)}-{digits(r, 6)}",
                f"#{digits(r, 6, True)}",
                digits(r, 9, True),
                f"CMD{digits(r, 7, True)}",
                f"N° {digits(r, 8, True)}",
            ]
        )
    ),
    "sku": plain(
        lambda r, lg, c: r.choice(
            [
                f"TX-{digits(r, 4, True)}-{r.choice(['BL', 'RG', 'NR'])}",
                f"SKU-{digits(r, 5, True)}-XL",
                f"MA-TAP-{digits(r, 4)}",
                f"AR{digits(r, 6, True)}",
            ]
        )
    ),
    "invoice": plain(
        lambda r, lg, c: r.choice(
            [f"FA-2025/{digits(r, 5)}", f"F2024-{digits(r, 4, True)}", f"INV-{digits(r, 6)}"]
        )
    ),
    "tracking": plain(
        lambda r, lg, c: r.choice(
            [
                f"{r.choice(['LX', 'CP', 'RR', 'EE'])}{digits(r, 9, True)}MA",
                f"1Z{digits(r, 3)}AA1{digits(r, 8)}",
                f"AMN-{digits(r, 10, True)}",
            ]
        )
    ),
    "version": plain(
        lambda r, lg, c: r.choice(
            [
                f"v{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 30)}",
                f"{r.randint(1, 5)}.{r.randint(0, 12)}.{r.randint(0, 9)}",
                f"v1.0.{r.randint(1, 40)}-beta",
            ]
        )
    ),
    "price": plain(price),
    "imei": plain(imei),
    "ref24": plain(ref24),
    "ticket": plain(
        lambda r, lg, c: r.choice(
            [f"#{digits(r, 5, True)}", f"TCK-{digits(r, 5, True)}", f"INC{digits(r, 7)}"]
        )
    ),
    "policy": plain(
        lambda r, lg, c: r.choice([f"POL-{digits(r, 6, True)}", f"AUTO-2025-{digits(r, 5)}"])
    ),
    "matricule": plain(
        lambda r, lg, c: r.choice(
            [f"M-{digits(r, 4, True)}", digits(r, 4, True), f"EMP0{digits(r, 3)}"]
        )
    ),
    "client": plain(lambda r, lg, c: f"C-{digits(r, 6)}"),
    "batch": plain(
        lambda r, lg, c: r.choice([f"L{digits(r, 4, True)}-{digits(r, 2)}", f"B-{digits(r, 4)}"])
    ),
    "qty": plain(lambda r, lg, c: str(r.randint(2, 500))),
    "temp": plain(lambda r, lg, c: indic(r, lg, str(r.randint(12, 46)), 0.3)),
    "time": plain(lambda r, lg, c: f"{r.randint(8, 18)}:{r.choice(['00', '15', '30', '45'])}"),
}

# ----------------------------------------------------------------------------- templates
# (lang, domain, template). {kind} or {kind.lang}; "^" capitalizes the value's first letter.
# fmt: off
POSITIVE = [
    # ---- French
    ("fr", "support_chat", "Bonjour, je m'appelle {name}, mon numéro de CIN est {cin} et je n'arrive plus à me connecter à mon espace client depuis le {date}."),
    ("fr", "banking", "Merci d'effectuer le virement au profit de {name}, RIB {rib}, avant le {date}. Référence facture : {invoice}."),
    ("fr", "banking", "Voici mon IBAN : {iban}. Le titulaire du compte est {caps_m}, domicilié {addr}."),
    ("fr", "hr", "Fiche salarié — Nom : {caps} | Date de naissance : {dob} | Lieu de naissance : {city} | CIN : {cin} | N° CNSS : {cnss} | Adresse : {addr}"),
    ("fr", "healthcare", "Docteur, {HEALTH} et je voudrais renouveler mon ordonnance. Je suis {name}, joignable au {phone}."),
    ("fr", "healthcare", "Rendez-vous confirmé avec docteur {fname_f} le {date} à 10 h 30. Patient : {caps}, tél. {phone}."),
    ("fr", "ecommerce", "Commande {order} : merci de livrer chez {name}, {addr}. Tél. {phone}. Montant à encaisser : {price}."),
    ("fr", "home_services", "Le technicien {fname_m} passera demain entre 9 h et 11 h chez Mme {lname}, {addr_res}. Ticket {ticket}."),
    ("fr", "support_chat", "Agent : Vous confirmez le numéro que je viens de lire ?\nClient : oui c'est bon, {cin_sp}\nAgent : Merci, je transmets."),
    ("fr", "support_chat", "— Je vérifie votre identité.\n— d'accord, {cin_sp}\n— Parfait, et votre date de naissance ?\n— Je suis née le {dob}."),
    ("fr", "education", "Inscription de l'élève {name_f}, code Massar {massar}, née le {dob} à {city}. Parent : {name_m}, tél. {phone}."),
    ("fr", "government", "Je soussigné {caps_m}, titulaire du passeport n° {passport}, demeurant {addr}, déclare sur l'honneur l'exactitude des informations ci-dessus."),
    ("fr", "insurance", "Véhicule immatriculé {plate} appartenant à M. {name_m}, domicilié à {city}. Contrat auto {policy}, échéance le {date}."),
    ("fr", "survey", "Entre nous, {POLITICAL}, mais je suis déçu du bilan. {fname}"),
    ("fr", "hr", "Je vous informe que {UNION} depuis 2019 ; merci de ne pas transmettre cette information à la direction. {name}"),
    ("fr", "hr", "La direction a convoqué {name_m}, {UNION3}, à un entretien le {date}."),
    ("fr", "hr", "Je préfère vous le dire avant le séminaire : {RELIGION}, merci d'en tenir compte pour les repas. {caps}"),
    ("fr", "survey", "Pour l'enquête sur le logement : {ETHNIC} et j'habite {addr_lot} avec mes parents."),
    ("fr", "healthcare", "Résultats reçus ce matin : {GENETIC}. Merci d'ajouter le document au dossier de {name} (CIN {cin})."),
    ("fr", "hr", "La pointeuse de l'agence a enregistré {BIOMETRIC} ; je demande sa suppression à mon départ. {caps}, matricule {matricule}."),
    ("fr", "recruitment", "Pour le poste de chauffeur, je préfère être honnête : {CRIMINAL}. Je m'appelle {name}, vous pouvez me joindre au {phone}."),
    ("fr", "payments", "Paiement refusé avec la carte {card} (expiration 09/28) ; titulaire : {name}. Commande {order}."),
    ("fr", "it_security", "Connexion suspecte au compte {email} depuis l'adresse IP {ip} le {date} à 03:12 (application {version})."),
    ("fr", "telecom", "Je souhaite conserver mon numéro {phone} en changeant d'opérateur. Titulaire : {caps}, CIN {cin_sep}."),
    ("fr", "real_estate", "Bail signé entre la société {company} et M. {name_m}, né le {dob}, pour l'appartement situé {addr_res}. Loyer : {price}."),
    ("fr", "invoicing", "Facture au nom de {name}, auto-entrepreneur, ICE {ice}, {addr}. Total TTC : {price}."),
    ("fr", "healthcare", "Bonjour, {PREG} et je voudrais savoir si je peux continuer le sport. {fname_f}, {city}"),
    ("fr", "healthcare", "Compte rendu du service de cardiologie du CHU Ibn Rochd : le patient {caps_m}, né le {dob}, est {HEALTH3}. Médecin traitant : docteur {fname}."),
    ("fr", "personal", "Je suis né le {dob} à {city} et j'habite maintenant {addr}. Mon e-mail : {email}."),
    ("fr", "banking", "Demande de crédit — Emprunteuse : {name_f}, née le {dob}, CIN {cin}, RIB {rib}, e-mail {email}. {^HEALTH}, l'assurance emprunteur l'exige-t-elle ?"),
    ("fr", "llm_prompt", "Rédige une lettre de réclamation pour {name}, {addr}, client {client}, qui conteste la facture {invoice} de {price}."),
    ("fr", "support_chat", "Bonjour, c'est {fname} de la part de Mme {lname}. Son nouveau numéro est le {phone} et son mail {email}."),
    ("fr", "hr", "Attestation : Madame {caps_f}, immatriculée à la CNSS sous le n° {cnss}, est employée chez {company} depuis le {date}."),
    ("fr", "education", "Mon fils {name_m} (Massar {massar}) sera absent : il est {HEALTH3}. Sa mère, {name_f}."),
    ("fr", "politics", "{^POLITICAL} et je me présente aux communales. {name}, {quarter}, {city}"),
    ("fr", "justice", "Extrait de casier judiciaire — {caps_m}, né le {dob} à {city} : {CRIMINAL3}."),
    ("fr", "travel", "Réservation riad : {name}, passeport {passport}, arrivée le {date}. {^RELIGION}, merci de prévoir un repas adapté."),
    ("fr", "marketplace", "Vends voiture, immatriculation {plate}, {price}. Contact : {fname} au {phone}, j'habite {quarter}."),
    ("fr", "banking", "Opposition sur la carte {card} demandée par {name} ; dernière opération : {price} chez {brand} le {date}."),
    ("fr", "it_logs", "[{date} 10:41:07] user={email} ip={ip} action=login status=ok build={version}"),
    ("fr", "hr", "Je vous informe que {PREG} ; je souhaite adapter mes horaires à partir du {date}. {name_f}, matricule {matricule}"),
    ("fr", "delivery", "Livraison pour {name} : {addr_land}. Appeler le {phone} avant de passer, colis {tracking}."),
    # ---- English
    ("en", "support_chat", "Hi, I'm {name}. My CIN is {cin} and my phone number is {phone}. I still can't log in to the app."),
    ("en", "travel", "Please wire the deposit to {name}, IBAN {iban}. Booking ref {order}, total {price}, check-in on {date}."),
    ("en", "hospitality", "Guest registration: {caps}, passport {passport}, date of birth {dob}, home address {addr}."),
    ("en", "hospitality", "{^HEALTH}, so I'd need a room near the lift. Booking under {name}, arriving {date}."),
    ("en", "healthcare", "Dr. {fname} asked me to forward my results: {GENETIC}. You can reach me at {email}."),
    ("en", "transport", "Your driver {fname_m} will meet you at arrivals; his number is {phone}. Vehicle plate {plate}."),
    ("en", "survey", "Between us, {POLITICAL}, and I'm not ashamed of it. — {fname}"),
    ("en", "hr", "I'm writing as {UNION} to ask for the minutes of Tuesday's meeting. {name}, staff no. {matricule}"),
    ("en", "visa", "Additional information: {RELIGION}, and {ETHNIC}. Applicant: {caps}, born on {dob} in {city}."),
    ("en", "hr", "The office door uses {BIOMETRIC}; I want it deleted when I leave. Name: {name}, badge {matricule}."),
    ("en", "recruitment", "Background check for {name} (CNSS {cnss}): {CRIMINAL3}."),
    ("en", "payments", "Card {card} was charged twice for order {order} ({price}). Cardholder: {name}."),
    ("en", "it_security", "Failed login for {email} from {ip} at 02:14 on {date}; client version {version}."),
    ("en", "education", "Student {name}, Massar code {massar}, born {dob}, lives at {addr}."),
    ("en", "insurance", "Car {plate} is registered to {name} of {city}; policy {policy} renews on {date}."),
    ("en", "procurement", "New supplier: {name}, sole trader, ICE {ice}, RIB {rib}, contact {email}."),
    ("en", "healthcare", "{^PREG} and my doctor is Dr. {fname_f}; can I still fly on {date}?"),
    ("en", "personal", "I was born on {dob} in {city}, and I now live at {addr_res}. Call me on {phone}."),
    ("en", "healthcare", "Patient {caps}, DOB {dob}, {HEALTH3}. Next appointment {date}."),
    ("en", "support_chat", "Agent: Can you confirm the ID number on file?\nCustomer: yes that's right, {cin_sp}\nAgent: Thanks."),
    ("en", "recruitment", "Please note that {CRIMINAL}; I hope it won't affect my application. {name}, {phone}"),
    ("en", "llm_prompt", "Summarise this complaint from {name} ({email}, {phone}) about invoice {invoice} and draft a polite reply."),
    ("en", "banking", "Transfer {price} from my account {iban} to {name_f}, RIB {rib}. My CIN: {cin}."),
    ("en", "community", "{^RELIGION} and I'd like to know if the office is closed on my holidays. {fname}"),
    ("en", "hr", "Our new technician {fname_m} starts on {date}; he lives in {quarter}, {city}, so the {brand} site is closest."),
    # ---- Arabic (MSA)
    ("ar", "support", "السلام عليكم، أنا {name}، رقم بطاقتي الوطنية {cin} ورقم هاتفي {phone}. أرجو تحديث معلوماتي."),
    ("ar", "banking", "المرجو تحويل المبلغ إلى حساب {name}، رقم الحساب البنكي {rib}، قبل {date}."),
    ("ar", "civil", "الاسم الكامل: {name}. تاريخ الازدياد: {dob}. مكان الازدياد: {city}. العنوان: {addr}."),
    ("ar", "healthcare", "{HEALTH}، وأحتاج إلى موعد مع الطبيبة {fname_f} في أقرب وقت. هاتفي {phone}."),
    ("ar", "education", "التلميذ {name_m}، رمز مسار {massar}، مزداد بتاريخ {dob} بمدينة {city}."),
    ("ar", "politics", "{POLITICAL}، وأرغب في التسجيل في اللوائح الانتخابية. الاسم: {name}."),
    ("ar", "hr", "{UNION}، وأطالب بتطبيق الاتفاقية الجماعية. {name}، رقم التسجيل في الضمان الاجتماعي {cnss}."),
    ("ar", "travel", "رقم جواز السفر: {passport}. الاسم: {name}. البريد الإلكتروني: {email}."),
    ("ar", "insurance", "السيارة ذات الترقيم {plate} في ملكية السيد {name_m} القاطن ب{addr}."),
    ("ar", "justice", "{CRIMINAL}، وأريد معرفة متى يمكنني طلب رد الاعتبار. {name}، {city}."),
    ("ar", "survey", "{RELIGION}، و{ETHNIC}، وأسكن في {addr_lot}."),
    ("ar", "hr", "تم تسجيل {BIOMETRIC} في نظام الحضور، وأطلب حذفها عند انتهاء عقدي. {name}."),
    ("ar", "invoicing", "المقاول الذاتي {name_m}، التعريف الموحد للمقاولة {ice}، العنوان: {addr}."),
    ("ar", "banking", "رقم الحساب الدولي IBAN الخاص بي هو {iban}، باسم {name}."),
    ("ar", "it_security", "تم رصد دخول إلى حساب {email} من عنوان IP {ip} يوم {date}."),
    ("ar", "payments", "تم رفض الأداء بالبطاقة {card} الخاصة بـ{name}، رقم الطلب {order}."),
    ("ar", "healthcare", "{PREG}، وأريد معرفة موعد الفحص القادم. {name_f}، {phone}."),
    ("ar", "healthcare", "المريض {name_m}، المزداد في {dob}، {HEALTH3}، ويتابع في المستشفى الجامعي ابن سينا."),
    ("ar", "healthcare", "{GENETIC}، وطلب مني الطبيب {fname_m} إرسال النتيجة. رقم البطاقة الوطنية {cin}."),
    ("ar", "real_estate", "عقد كراء بين شركة {company} والسيد {name_m}، الساكن في {addr_res}، الهاتف {phone}."),
    ("ar", "civil", "أنا {name_f}، ولدت يوم {dob} في {city}، وأقطن حاليا في {addr}."),
    ("ar", "hr", "شهادة عمل: السيد {name_m}، رقم البطاقة الوطنية {cin_sp}، مسجل في الضمان الاجتماعي تحت رقم {cnss}."),
    ("ar", "support", "التقني {fname_m} سيزوركم يوم {date} في العنوان {addr_land}. رقم التذكرة {ticket}."),
    ("ar", "justice", "السجل العدلي للمعني بالأمر {name_m}، المزداد في {dob}: {CRIMINAL3}."),
    ("ar", "transport", "رخصة السياقة باسم {name}، السيارة {plate}، البريد الإلكتروني {email}، الهاتف {phone}."),
    ("ar", "hr", "أود إخباركم بأن وضعي تغير: {PREG}، وأطلب تكييف ساعات العمل. {name_f}"),
    ("ar", "banking", "طلب قرض: السيدة {name_f}، من مواليد {dob}، رقم البطاقة الوطنية {cin}، الحساب {rib}."),
    # ---- Darija, Latin letters
    ("darija", "support_chat", "salam, ana {name}, ra9m lbita9a dyali {cin_lc} w nmra dyali {phone}, 3afak fin wsl lcolis dyali?"),
    ("darija", "p2p_payment", "khouya {fname_m} sift lia rib dyalk bach nsifet lik lflous: {rib} hada s7i7?"),
    ("darija", "ecommerce", "3afak jibouli lcommande {order} l had l'adresse: {addr}, w 3iyto 3liya 9bel b sa3a f {phone}"),
    ("darija", "work", "{^HEALTH} w ma9dertch nji lkhdma lyoum, ghadi nsifet lik chahada tebbiya. {fname}"),
    ("darija", "personal", "ana {name}, tzadt f {dob} f {city}, w daba saken f {addr}"),
    ("darija", "politics", "{^POLITICAL} had l3am walakin ma bqitch m9tane3 b lkhedma dyalhom"),
    ("darija", "work", "{^UNION} mn 2018, ila bghiti nhder m3a lmodir ana m3ak. {fname}"),
    ("darija", "personal", "{^RELIGION}, 3afak ma tgoulha l 7ta wa7ed f lkhdma. {fname}"),
    ("darija", "personal", "{^ETHNIC} w kanhder b lhejja dyalna m3a lwalidin, saknin f {addr}"),
    ("darija", "recruitment", "{^CRIMINAL} w daba bghit nkhdem chauffeur, wach ymken? smiti {name}, tel {phone}"),
    ("darija", "healthcare", "{^GENETIC}, tbib {fname_m} 9al lia nsifet lik résultat. cin dyali {cin_lc}"),
    ("darija", "work", "lkhdma katakhod {BIOMETRIC} f lpointeuse, bghit n3rf wach 9anouni? {name}"),
    ("darija", "marketplace", "kanbi3 tomobil, matricule {plate}, taman {price}, 3iyto 3la {fname} f {phone}"),
    ("darija", "support_chat", "had email dyali {email} w had nmra dyali {phone}, sifto lia code 3afak"),
    ("darija", "education", "code massar dyal bnti {name_f} howa {massar}, mzyouda {dob}"),
    ("darija", "travel", "passport dyali {passport}, smiti {caps}, mzyoud f {dob}"),
    ("darija", "payments", "wach nsift lik ra9m lcarte {card}? ana {name}"),
    ("darija", "work", "cnss dyali {cnss} w cin {cin_lc}, sifto lia attestation 3afak"),
    ("darija", "support_chat", "- 3tini ra9m lbita9a 3afak\n- wakha, {cin_lc}\n- chokran"),
    ("darija", "support_chat", "- wach hadchi s7i7?\n- ah s7i7, {cin_sp}"),
    ("darija", "healthcare", "{^PREG} w bghit nchouf tbiba {fname_f} had simana"),
    ("darija", "delivery", "ana saken f {addr_land}, ila ma l9itinich 3iyet l {phone}"),
    ("darija", "banking", "iban dyali {iban}, smiya {name}, sifet 3afak 9bel {date}"),
    ("darija", "it_support", "lcompte dyali {email} tsed, ip dyali {ip}, version dyal l'app {version}"),
    ("darija", "personal", "mzyoud nhar {dob} f {city}, smiti {name}"),
    ("darija", "invoicing", "ana auto-entrepreneur, ICE dyali {ice}, smiti {name}, adresse {addr_lot}"),
    ("darija", "delivery", "wa {fname_m}, ana f {addr_res}, tla3 l tab9a tanya"),
    # ---- Darija, Arabic script
    ("darija_ar", "support", "السلام، أنا {name}، رقم البطاقة ديالي {cin} والتيليفون {phone}، عافاك شوف ليا الكوموند."),
    ("darija_ar", "p2p_payment", "عافاك صيفط ليا الفلوس ف هاد الحساب: {rib}، سميتي {name}."),
    ("darija_ar", "delivery", "أنا ساكن ف {addr}، إلا ما لقيتينيش عيط ليا ف {phone}."),
    ("darija_ar", "work", "{HEALTH} وما قدرتش نجي للخدمة اليوم. {fname}"),
    ("darija_ar", "personal", "تزاديت ف {dob} ف {city}، وسميتي {name}."),
    ("darija_ar", "politics", "{POLITICAL} هاد العام، ولكن ما بقيتش مقتانع."),
    ("darija_ar", "work", "{UNION} من 2017، وغادي نحضر للاجتماع. {name}"),
    ("darija_ar", "personal", "{RELIGION}، عافاك ما تقولها لحتى واحد. {fname}"),
    ("darija_ar", "personal", "{ETHNIC} وكنهضر بلهجتنا مع الواليدين ف {city}."),
    ("darija_ar", "recruitment", "{CRIMINAL} ودابا بغيت نخدم، واش ممكن؟ {name}"),
    ("darija_ar", "healthcare", "{GENETIC}، والطبيب {fname_m} قال ليا نصيفط ليك النتيجة."),
    ("darija_ar", "work", "الخدمة كتاخد {BIOMETRIC} ف البوانتوز، واش هادشي قانوني؟ {name}"),
    ("darija_ar", "marketplace", "كنبيع الطوموبيل، الماتريكول {plate}، عيطو على {fname} ف {phone}."),
    ("darija_ar", "healthcare", "{PREG} وبغيت نشوف الطبيبة {fname_f}."),
    ("darija_ar", "education", "الكود مسار ديال ولدي {name_m} هو {massar}، مزيود ف {dob}."),
    ("darija_ar", "travel", "الباسبور ديالي {passport}، والإيميل {email}."),
    ("darija_ar", "support", "- عطيني رقم البطاقة عافاك\n- واخا، {cin_sp}\n- شكرا"),
    ("darija_ar", "delivery", "الدار ديالي ف {addr_land}، سول على {fname}."),
    ("darija_ar", "work", "رقم الضمان الاجتماعي ديالي {cnss} والـICE ديال المقاولة ديالي {ice}."),
    ("darija_ar", "payments", "واش نصيفط ليك رقم الكارط {card}؟ أنا {name}."),
    ("darija_ar", "it", "الحساب ديالي {email} تسد، والـIP ديالي {ip}."),
    ("darija_ar", "personal", "أنا مزيودة نهار {dob}، وساكنة ف {addr_lot}."),
    # ---- mixed
    ("mixed", "support_chat", "Salam, j'ai un problème avec ma commande {order}, l'adresse c'est {addr.darija}, appelez-moi sur {phone} merci"),
    ("mixed", "support_chat", "Bonjour, ana {name}, CIN {cin_lc}, bghit nsedd mon compte. Ticket {ticket}."),
    ("mixed", "banking", "Hi team, please update the RIB for {name}: {rib} (l'ancienne référence {ref24} n'est pas un RIB, ignore it)."),
    ("mixed", "healthcare", "Merci docteur, {HEALTH.darija} w kanakhod dwa kol nhar, prochain rdv le {date}."),
    ("mixed", "hr", "المرجو تحديث المعلومات: Nom {caps}, CIN {cin}, العنوان {addr.ar}."),
    ("mixed", "ecommerce", "Order {order} shipped to {name}, {addr.fr}, tracking {tracking} — livraison prévue le {date}."),
    ("mixed", "support_chat", "wa fin a sat, hada numero dyali {phone} w email {email}, commande {order} ma wslatch"),
    ("mixed", "hr", "Bonjour, {UNION.fr}, w bghit n3rf wach l'employeur 3ndo l7a9 ychouf had l'info."),
    ("mixed", "payments", "Carte {card} refusée, IMEI du téléphone {imei}, client {name}."),
    ("mixed", "personal", "Je m'appelle {name}, tzadt f {dob} f {city.darija}, mon adresse : {addr.fr}."),
    ("mixed", "politics", "Franchement, {POLITICAL.darija}, mais l'histoire du parti Istiqlal m'intéresse aussi."),
    ("mixed", "education", "Code Massar {massar}, élève {name}, version de l'app {version}, ticket {ticket}."),
    ("mixed", "it_logs", "2025-03-14T08:12:55Z login ok user={email} src={ip} sku={sku}"),
    ("mixed", "insurance", "Sinistre {policy} : la voiture {plate} dyal {name}, accident 9rib {brand}."),
    ("mixed", "travel", "Passport {passport}, nationalité marocaine, born {dob.en}, booking {order}, total {price}."),
    ("mixed", "healthcare", "{^PREG.fr}, w tbiba {fname_f} 9alt lia ndir analyse, rdv le {date}."),
    ("mixed", "support_chat", "OK c'est noté, {cin_sp}. Wach kayn chi haja khra?"),
    ("mixed", "hr", "Employee {caps}, CNSS {cnss}, matricule {matricule}, {BIOMETRIC.en} stored on the badge system."),
    ("mixed", "justice", "Il m'a dit : {CRIMINAL.darija}, donc il cherche un travail sans casier."),
    ("mixed", "healthcare", "Résultat labo {ticket} : {GENETIC.en}. Patient {name}, tél {phone}."),
    ("mixed", "personal", "{^RELIGION.fr} w {ETHNIC.darija}, c'est pas un secret."),
    ("mixed", "banking", "IBAN {iban} — facture {invoice} — montant {price} — titulaire {caps}."),
    ("mixed", "support_chat", "السلام، smiti {name}, l'adresse {addr.darija_ar}، والتيليفون {phone}."),
    ("mixed", "government", "Demande de passeport : {name_m}, CIN {cin}, né le {dob}, employeur {company} (ICE non requis)."),
    ("mixed", "delivery", "Livreur {fname_m} : rani 7da lbab, {addr_land.darija}, 3iyet 3lia {phone}."),
    ("mixed", "hr", "Salam, {HEALTH.darija_ar}، donc je ne peux pas venir le {date}. {name}"),
]

NEGATIVE = [
    # ---- French
    ("fr", "health_info", "{healthq}"),
    ("fr", "health_info", "Bonjour, petite question générale : {healthq} Merci d'avance."),
    ("fr", "politics_info", "{polq}"),
    ("fr", "religion_info", "{relq}"),
    ("fr", "weather", "Il fera {temp} °C à {ucity} demain, avec des rafales de vent sur la côte."),
    ("fr", "business", "Notre agence {company} est située au {bizaddr}. Horaires : du lundi au vendredi, 9 h – 18 h."),
    ("fr", "ecommerce", "Commande {order} expédiée le {date}, numéro de suivi {tracking}, total {price}."),
    ("fr", "catalog", "Référence article {sku}, lot de fabrication {batch}, firmware {version}, prix public {price}."),
    ("fr", "invoicing", "Facture {invoice} du {date} : {qty} unités à {price} l'unité, paiement à 30 jours."),
    ("fr", "sports", "{^club} reçoit {club} samedi ; billets à partir de {price}."),
    ("fr", "travel", "Quel est le meilleur moment pour visiter {ucity} ? Faut-il réserver le train depuis {ucity} à l'avance ?"),
    ("fr", "geography", "Rabat est la capitale du Maroc et Casablanca sa capitale économique ; {ucity} est connue pour sa médina."),
    ("fr", "after_sales", "IMEI du téléphone retourné : {imei}. Motif du retour : écran cassé. Dossier {ticket}."),
    ("fr", "banking_info", "Référence de l'opération : {ref24} (à conserver ; ce n'est pas un numéro de compte)."),
    ("fr", "shop", "{brand} ouverte ce week-end, livraison gratuite dès {price}."),
    ("fr", "news", "Le syndicat UMT a appelé à une grève dans le secteur de la santé le {date}."),
    ("fr", "appointments", "Votre rendez-vous chez {company} est fixé au {date} à {time}. Référence {ticket}."),
    # ---- English
    ("en", "health_info", "{healthq}"),
    ("en", "politics_info", "{polq}"),
    ("en", "religion_info", "{relq}"),
    ("en", "weather", "Expect {temp} °C in {ucity} tomorrow afternoon, with thunderstorms over the Atlas."),
    ("en", "business", "{company} has moved: our new head office is at {bizaddr}."),
    ("en", "ecommerce", "Order {order} left our warehouse on {date}; tracking number {tracking}; total {price}."),
    ("en", "catalog", "SKU {sku}, firmware {version}, batch {batch}, {qty} units in stock."),
    ("en", "sports", "{club} beat {club} 2-1 last night."),
    ("en", "travel", "Is it better to take the train or the bus from {ucity} to {ucity}?"),
    ("en", "after_sales", "Device IMEI {imei}, RMA {ticket}, replacement due {date}."),
    ("en", "banking_info", "Payment reference {ref24}; quote it in any correspondence."),
    ("en", "shop", "{brand} is open late on Fridays; orders over {price} ship free."),
    # ---- Arabic
    ("ar", "health_info", "{healthq}"),
    ("ar", "politics_info", "{polq}"),
    ("ar", "religion_info", "{relq}"),
    ("ar", "weather", "ستصل درجة الحرارة في {ucity} غدا إلى {temp} درجة."),
    ("ar", "business", "يقع مقر شركة {company} في {bizaddr}."),
    ("ar", "ecommerce", "تم شحن الطلب رقم {order} يوم {date}، ورقم التتبع {tracking}، والمبلغ {price}."),
    ("ar", "sports", "فاز {club} على {club} في مباراة الأمس."),
    ("ar", "travel", "ما هي أفضل فترة لزيارة {ucity}؟"),
    ("ar", "geography", "الرباط هي عاصمة المغرب، و{ucity} من أقدم مدنه."),
    ("ar", "after_sales", "رقم IMEI للهاتف {imei}، رقم الملف {ticket}."),
    ("ar", "banking_info", "مرجع العملية {ref24}، وهو ليس رقم حساب."),
    ("ar", "news", "دعت الكونفدرالية الديمقراطية للشغل إلى إضراب وطني يوم {date}."),
    ("ar", "shop", "{brand} مفتوحة يوم الأحد، والتوصيل مجاني ابتداء من {price}."),
    # ---- Darija, Latin
    ("darija", "health_info", "{healthq}"),
    ("darija", "politics_info", "{polq}"),
    ("darija", "religion_info", "{relq}"),
    ("darija", "shopping", "ch7al taman dyal {product} f {brand}?"),
    ("darija", "weather", "ljaw f {ucity} ghda skhoun bzaf, {temp} daraja"),
    ("darija", "sports", "wach {club} ghadi yrb7 {club} f derby?"),
    ("darija", "ecommerce", "commande {order} fin wslat? 9alou lia ghadi twsl {date}"),
    ("darija", "travel", "chno a7sen blasa nzour f {ucity} f sif?"),
    ("darija", "after_sales", "imei dyal tilifoun {imei}, ticket {ticket}"),
    ("darija", "banking_info", "référence dyal virement {ref24}, machi rib"),
    # ---- Darija, Arabic script
    ("darija_ar", "health_info", "{healthq}"),
    ("darija_ar", "politics_info", "{polq}"),
    ("darija_ar", "religion_info", "{relq}"),
    ("darija_ar", "weather", "الجو ف {ucity} غدا سخون بزاف، {temp} درجة."),
    ("darija_ar", "ecommerce", "الكوموند {order} فين وصلات؟ قالو ليا غادي توصل {date}."),
    ("darija_ar", "sports", "واش {club} غادي يربح {club}؟"),
    ("darija_ar", "shopping", "بشحال {product} ف {brand}؟"),
    ("darija_ar", "after_sales", "الإيمي ديال التيليفون {imei}، والتيكي {ticket}."),
    ("darija_ar", "travel", "شنو أحسن وقت باش نمشي ل{ucity}؟"),
    # ---- mixed
    ("mixed", "health_info", "Salam, chno homa les symptômes dyal l'hypertension? Merci."),
    ("mixed", "health_info", "Question générale: {healthq.darija} Merci docteur."),
    ("mixed", "ecommerce", "Commande {order} tracking {tracking}, livraison {date}, total {price}, SKU {sku}."),
    ("mixed", "sports", "Match {club.en} vs {club.en} ce soir, chkoun ghadi yrb7?"),
    ("mixed", "weather", "Météo {ucity}: {temp}°C ghda, prévoir parapluie."),
    ("mixed", "politics_info", "L'histoire dyal 7izb l'Istiqlal, who founded it and when?"),
    ("mixed", "travel", "Best time to visit {ucity}? Kaydir lberd f décembre?"),
    ("mixed", "banking_info", "Ref {ref24}, facture {invoice}, version {version} — ce n'est pas un RIB."),
    ("mixed", "after_sales", "IMEI {imei}, RMA {ticket}, SKU {sku}, prix {price}."),
    ("mixed", "business", "Adresse de l'agence {company}: {bizaddr}, ouverte 7ta l 6 d l3chiya."),
]
# fmt: on

PLACEHOLDER = re.compile(r"\{(\^?)([A-Za-z][A-Za-z0-9_]*)(?:\.([a-z_]+))?\}")


def french_nbsp(s: str) -> str:
    return s.replace(" :", NBSP + ":").replace(" ;", NNBSP + ";").replace(" ?", NNBSP + "?")


def render(template: str, lang: str, rng: random.Random) -> tuple[str, list[dict], list[tuple]]:
    ctx: dict = {}
    pieces: list[str] = []
    inserted: list[tuple[str, int, int, str]] = []
    pos = last = 0
    typographic = lang in ("fr", "mixed") and rng.random() < 0.3
    for m in PLACEHOLDER.finditer(template):
        literal = template[last : m.start()]
        if typographic:
            literal = french_nbsp(literal)
        pieces.append(literal)
        pos += len(literal)
        cap, kind, lang_override = m.groups()
        label, value = KINDS[kind](rng, lang_override or lang, ctx)
        if cap:
            value = value[0].upper() + value[1:]
        pieces.append(value)
        if label:
            inserted.append((label, pos, pos + len(value), value))
        pos += len(value)
        last = m.end()
    tail = template[last:]
    pieces.append(french_nbsp(tail) if typographic else tail)
    text = "".join(pieces)
    spans = [{"entity_type": label, "start": s, "end": e} for label, s, e, _ in inserted]
    return text, spans, inserted


def verify(text: str, inserted: list[tuple[str, int, int, str]]) -> None:
    previous_end = 0
    for label, start, end, value in inserted:
        assert label in LABELS, label
        assert 0 <= start < end <= len(text), (start, end)
        assert text[start:end] == value, (text, start, end, value)
        assert value, repr(value)
        assert value == value.strip(), repr(value)
        assert start >= previous_end, f"overlapping spans in {text!r}"
        previous_end = end
        bare = only_digits(value)
        if label == "MA_RIB":
            assert len(bare) == 24, value
            assert bare[22:] == rib_key(bare[:22]), value
        elif label == "IBAN_CODE":
            compact = value.replace(" ", "").replace(NBSP, "")
            assert len(compact) == 28, value
            assert int(compact[4:] + "2210" + compact[2:4]) % 97 == 1, value
        elif label == "CREDIT_CARD":
            assert len(bare) == 16, value
            assert luhn_ok(bare), value
        elif label == "MA_ICE":
            assert len(bare) == 15, value
        elif label == "MA_CNSS":
            assert len(bare) == 9, value
        elif label == "MA_MASSAR":
            assert len(bare) == 9, value
            assert value[0].isalpha(), value
        elif label == "MA_PASSPORT":
            assert len(bare) == 7, value
            assert value[:2].isalpha(), value
        elif label == "MA_CIN":
            assert len(bare) in (5, 6), value


def build() -> list[dict]:
    rng = random.Random(SEED)
    plan = [(t, False, 3) for t in POSITIVE] + [(t, True, 2) for t in NEGATIVE]
    records, seen = [], set()
    for (lang, domain, template), negative, reps in plan:
        assert lang in LANGS, lang
        for _ in range(reps):
            for _attempt in range(20):
                text, spans, inserted = render(template, lang, rng)
                if text not in seen:
                    break
            else:
                continue  # a fixed sentence: keep one copy only
            seen.add(text)
            verify(text, inserted)
            if negative:
                assert not spans, (template, spans)
            records.append(
                {
                    "lang": lang,
                    "domain": domain,
                    "text": text,
                    "spans": spans,
                    "_negative": negative,
                }
            )
    rng.shuffle(records)
    out = []
    for number, r in enumerate(records, start=1):
        out.append(
            {
                "id": f"indep-{number:04d}",
                "lang": r["lang"],
                "domain": r["domain"],
                "split": SPLIT,
                "text": r["text"],
                "spans": r["spans"],
            }
        )
    return out


def summary(records: list[dict]) -> str:
    by_label = Counter(s["entity_type"] for r in records for s in r["spans"])
    by_lang = Counter(r["lang"] for r in records)
    empty = sum(1 for r in records if not r["spans"])
    preg = sum(
        1
        for r in records
        for s in r["spans"]
        if s["entity_type"] == "HEALTH"
        and r["text"][s["start"] : s["end"]]
        in {p for (k, _), ps in S.items() if k == "PREG" for p in ps}
    )
    indic_texts = sum(1 for r in records if any(c in r["text"] for c in "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹"))
    nbsp_texts = sum(1 for r in records if NBSP in r["text"] or NNBSP in r["text"])
    lines = [
        f"texts: {len(records)} (hard negatives, no label at all: {empty})",
        "by language: " + ", ".join(f"{k} {by_lang[k]}" for k in LANGS),
        "spans by label: " + ", ".join(f"{k} {by_label[k]}" for k in LABELS),
        f"pregnancy (HEALTH): {preg}; texts with Arabic-Indic/Eastern digits: {indic_texts}; "
        f"with no-break spaces: {nbsp_texts}",
    ]
    return "\n".join(lines)


def main() -> None:
    records = build()
    by_label = Counter(s["entity_type"] for r in records for s in r["spans"])
    assert len(records) >= 450, len(records)
    assert sum(1 for r in records if not r["spans"]) >= 120
    for label in LABELS:
        assert by_label[label] >= 10, (label, by_label[label])
    with OUT.open("w", encoding="utf-8", newline="\n") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {OUT}")
    print(summary(records))


if __name__ == "__main__":
    sys.exit(main())
