#!/usr/bin/env python3
"""Write bench/data/independent-v5.jsonl: a labelled detection set written blind.

Standard library only. The seed is fixed (20261204): running this script rewrites
independent-v5.jsonl byte for byte. The set was written without reading the
detector, its recognizers, its tests or any other data set of this repository:
the templates, name lists, streets, quarters, companies and sensitive phrases
below are this file's own.

Template markup (parsed by ``parse`` below):
  {slot} or {slot:mod}   a value from SLOTS; a labelled slot becomes a span
                         (mods: lc = lower case, uc = upper case, cap = first
                         letter upper case, nb = no-break spaces, lat = keep
                         Latin digits in an Arabic-script text)
  [[LABEL:a|b|c]]        one of the phrases a, b, c, labelled LABEL as a whole
  ((a|b|c))              one of a, b, c, unlabelled (may hold slots)
Anything else is literal text. Offsets are taken while the text is assembled
and checked again at the end (span text equals the inserted value, no
overlaps, check digits of RIB, IBAN, card and ICE spans valid).
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

SEED = 20261204
SPLIT = "independent-v5"
PREFIX = "indep5-"
OUT = Path(__file__).resolve().with_name("independent-v5.jsonl")

LABELS = (
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
)
SENSITIVE = LABELS[15:]
ARABIC_SCRIPT = {"ar", "darija_ar"}

# --------------------------------------------------------------------------
# check digits
# --------------------------------------------------------------------------
AR_INDIC = "٠١٢٣٤٥٦٧٨٩"
EASTERN = "۰۱۲۳۴۵۶۷۸۹"
TO_LATIN = str.maketrans(AR_INDIC + EASTERN, "0123456789" * 2)


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


def luhn_complete(body: str) -> str:
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d
    raise AssertionError(body)


def rib_ok(number: str) -> bool:
    return len(number) == 24 and number.isdigit() and int(number) % 97 == 0


def rib_key(first22: str) -> str:
    return "%02d" % (97 - (int(first22) * 100) % 97)


def iban_ok(iban: str) -> bool:
    s = iban[4:] + iban[:4]
    digits = "".join(str(int(c, 36)) for c in s)
    return int(digits) % 97 == 1


def iban_make(country: str, bban: str) -> str:
    s = bban + country + "00"
    digits = "".join(str(int(c, 36)) for c in s)
    check = 98 - int(digits) % 97
    return "%s%02d%s" % (country, check, bban)


def ice_ok(number: str) -> bool:
    return len(number) == 15 and number.isdigit() and int(number) % 97 == 0


def compact(value: str) -> str:
    return "".join(c for c in value.translate(TO_LATIN) if c.isalnum()).upper()


# --------------------------------------------------------------------------
# lists (this file's own)
# --------------------------------------------------------------------------
MA_M = [
    "Youssef",
    "Mohamed",
    "Hamza",
    "Omar",
    "Anas",
    "Soufiane",
    "Yassine",
    "Mehdi",
    "Hicham",
    "Abdelilah",
    "Rachid",
    "Karim",
    "Ayoub",
    "Zakaria",
    "Othmane",
    "Ilyas",
    "Badr",
    "Adil",
    "Said",
    "Brahim",
    "Lahcen",
    "Mustapha",
    "Abderrahim",
    "Noureddine",
    "Ismail",
    "Amine",
    "Reda",
    "Taha",
    "Driss",
    "Jamal",
    "Khalid",
    "Tarik",
    "Hassan",
    "Aziz",
    "Idir",
    "Yuba",
    "Aksel",
    "Anir",
    "Amnay",
    "Moha",
    "Hmad",
    "Lahoucine",
    "Mbarek",
    "Abdessamad",
    "Marouane",
    "Nabil",
    "Walid",
    "Younes",
    "Achraf",
]
MA_F = [
    "Khadija",
    "Salma",
    "Imane",
    "Sanae",
    "Hajar",
    "Meryem",
    "Nadia",
    "Zineb",
    "Houda",
    "Loubna",
    "Asmae",
    "Ghizlane",
    "Siham",
    "Hanane",
    "Kawtar",
    "Oumaima",
    "Chaimae",
    "Rim",
    "Latifa",
    "Naima",
    "Aicha",
    "Btissam",
    "Soukaina",
    "Wiam",
    "Ikram",
    "Hind",
    "Laila",
    "Mouna",
    "Fadwa",
    "Itto",
    "Tuda",
    "Tiziri",
    "Dihya",
    "Tafsut",
    "Tanirt",
    "Malika",
    "Rachida",
    "Hasna",
    "Nora",
    "Yousra",
    "Sara",
    "Nisrine",
    "Amal",
    "Samira",
    "Fatima-Zahra",
]
MA_LAST = [
    "El Amrani",
    "Bennani",
    "Alaoui",
    "El Idrissi",
    "Benjelloun",
    "Tazi",
    "Berrada",
    "Chraibi",
    "El Fassi",
    "Lahlou",
    "Bouzid",
    "Ouazzani",
    "Bensaid",
    "El Khattabi",
    "Ait Benhaddou",
    "Ait El Caid",
    "Amzil",
    "Oubella",
    "Id Brahim",
    "Ou-Hammou",
    "Boutaleb",
    "Zerouali",
    "Mansouri",
    "Hajji",
    "Sbai",
    "Kettani",
    "Filali",
    "Naciri",
    "Skalli",
    "Lamrini",
    "Raji",
    "Touimi",
    "Belkadi",
    "Achaoui",
    "Azzouzi",
    "Bouhaddou",
    "Ait Lhaj",
    "Oukhouya",
    "Ouchen",
    "Amghar",
    "Aznag",
    "Ben Brahim",
    "El Ouafi",
    "Jebbari",
    "Moussaoui",
    "Haddaoui",
    "Rifai",
    "Chafik",
    "Essaidi",
    "El Ghazi",
    "Lazrak",
    "Sefrioui",
    "Tahiri",
    "Ait Ouaarab",
    "Boukhris",
    "Oulhaj",
    "Ezzahraoui",
    "Aboulfath",
    "Guennoun",
    "Elkarmi",
]
FR_F = [
    "Camille",
    "Sophie",
    "Élodie",
    "Claire",
    "Pauline",
    "Isabelle",
    "Mathilde",
    "Chloé",
    "Juliette",
    "Anne-Laure",
    "Margaux",
    "Nathalie",
]
FR_M = [
    "Julien",
    "Nicolas",
    "Thomas",
    "Mathieu",
    "Antoine",
    "Hugo",
    "Olivier",
    "Guillaume",
    "Sébastien",
    "Jean-Marc",
    "Baptiste",
    "Rémi",
]
FR_LAST = [
    "Martin",
    "Moreau",
    "Lefèvre",
    "Garnier",
    "Fournier",
    "Girard",
    "Dubois",
    "Lambert",
    "Rousseau",
    "Mercier",
    "Fontaine",
    "Chevalier",
    "Perrin",
    "Masson",
    "Lemoine",
    "Caron",
    "Brunet",
    "Roussel",
    "Vasseur",
    "Da Silva",
]
ES_FIRST = [
    "Javier",
    "Lucía",
    "Carmen",
    "Alejandro",
    "Pilar",
    "Diego",
    "Marta",
    "Álvaro",
    "Rocío",
    "Sergio",
    "Inés",
    "Raúl",
]
ES_LAST = [
    "Ruiz",
    "Fernández",
    "Ortega",
    "Morales",
    "Navarro",
    "Castillo",
    "Iglesias",
    "Romero",
    "Gil",
    "Serrano",
    "Delgado",
    "Vidal",
]
AF_FIRST = [
    "Aminata",
    "Mamadou",
    "Fatou",
    "Ousmane",
    "Awa",
    "Cheikh",
    "Ibrahima",
    "Mariam",
    "Kofi",
    "Chiamaka",
    "Landry",
    "Aïssatou",
    "Moussa",
    "Dieudonné",
    "Adama",
    "Binta",
    "Koffi",
    "Nafissatou",
    "Emeka",
    "Grâce",
]
AF_LAST = [
    "Diallo",
    "Sow",
    "Ndiaye",
    "Traoré",
    "Koné",
    "Diop",
    "Camara",
    "Coulibaly",
    "Mensah",
    "Okafor",
    "Ngoma",
    "Bah",
    "Sangaré",
    "Mukendi",
    "Ouédraogo",
    "Kouassi",
    "Fofana",
    "Mbaye",
    "Nkemelu",
    "Touré",
]
EN_FIRST = [
    "Emily",
    "James",
    "Olivia",
    "Daniel",
    "Sarah",
    "Ryan",
    "Hannah",
    "Michael",
    "Grace",
    "Liam",
    "Charlotte",
    "Ethan",
    "Megan",
    "Oliver",
    "Rebecca",
    "Samuel",
]
EN_LAST = [
    "Carter",
    "Whitfield",
    "Bennett",
    "Hughes",
    "Mitchell",
    "O'Connor",
    "Brooks",
    "Turner",
    "Holloway",
    "Fletcher",
    "Sanders",
    "Kowalski",
    "Price",
    "Doyle",
    "Hartley",
    "Nguyen",
]

AR_M = [
    "يوسف",
    "محمد",
    "حمزة",
    "عمر",
    "أنس",
    "سفيان",
    "ياسين",
    "المهدي",
    "هشام",
    "رشيد",
    "كريم",
    "أيوب",
    "زكرياء",
    "عثمان",
    "إلياس",
    "بدر",
    "عادل",
    "إبراهيم",
    "لحسن",
    "مصطفى",
    "عبد الرحيم",
    "نور الدين",
    "إسماعيل",
    "أمين",
    "إدريس",
    "جمال",
    "خالد",
    "طارق",
    "حسن",
    "عبد الصمد",
    "مروان",
    "نبيل",
    "يونس",
    "أشرف",
    "موحى",
    "امبارك",
]
AR_F = [
    "فاطمة الزهراء",
    "خديجة",
    "سلمى",
    "إيمان",
    "سناء",
    "هاجر",
    "مريم",
    "نادية",
    "زينب",
    "هدى",
    "لبنى",
    "أسماء",
    "غزلان",
    "سهام",
    "حنان",
    "كوثر",
    "أميمة",
    "شيماء",
    "لطيفة",
    "نعيمة",
    "عائشة",
    "ابتسام",
    "سكينة",
    "هند",
    "ليلى",
    "منى",
    "إيطو",
    "تيزيري",
    "تودة",
    "مليكة",
    "رشيدة",
    "حسناء",
    "يسرى",
    "نسرين",
    "سميرة",
]
AR_LAST = [
    "العمراني",
    "بناني",
    "العلوي",
    "الإدريسي",
    "بنجلون",
    "التازي",
    "برادة",
    "الشرايبي",
    "الفاسي",
    "لحلو",
    "بوزيد",
    "الوزاني",
    "بنسعيد",
    "الخطابي",
    "آيت بنحدو",
    "أمزيل",
    "أوبلا",
    "بوطالب",
    "الزروالي",
    "المنصوري",
    "الحجي",
    "السباعي",
    "الكتاني",
    "الفيلالي",
    "الناصري",
    "الصقلي",
    "أشاوي",
    "العزوزي",
    "أمغار",
    "أزناك",
    "الموساوي",
    "الرفاعي",
    "السعيدي",
    "الغازي",
    "الطاهري",
    "أوحمو",
    "آيت الحاج",
    "بوخريص",
    "أولحاج",
    "الزهراوي",
    "كنون",
]

CITIES = [
    "Casablanca",
    "Rabat",
    "Salé",
    "Fès",
    "Meknès",
    "Marrakech",
    "Agadir",
    "Tanger",
    "Tétouan",
    "Oujda",
    "Kénitra",
    "El Jadida",
    "Safi",
    "Béni Mellal",
    "Nador",
    "Taza",
    "Khouribga",
    "Settat",
    "Larache",
    "Ksar El Kébir",
    "Errachidia",
    "Ouarzazate",
    "Tiznit",
    "Taroudant",
    "Guelmim",
    "Laâyoune",
    "Dakhla",
    "Essaouira",
    "Al Hoceima",
    "Ifrane",
    "Azrou",
    "Khénifra",
    "Berrechid",
    "Mohammedia",
    "Temara",
    "Sefrou",
    "Chefchaouen",
    "Zagora",
    "Tinghir",
    "Inezgane",
    "Ait Melloul",
    "Midelt",
]
CITIES_LC = [
    "casa",
    "rabat",
    "sla",
    "fes",
    "meknes",
    "marrakech",
    "agadir",
    "tanja",
    "tetouan",
    "oujda",
    "kenitra",
    "jdida",
    "safi",
    "beni mellal",
    "nador",
    "taza",
    "khouribga",
    "settat",
    "larache",
    "lqsar",
    "errachidia",
    "ouarzazate",
    "tiznit",
    "taroudant",
    "guelmim",
    "l3youn",
    "dakhla",
    "essaouira",
    "l7oceima",
    "azrou",
    "berrechid",
    "mohammedia",
    "temara",
    "sefrou",
    "chaouen",
    "tinghir",
    "inezgane",
    "ait melloul",
]
CITIES_AR = [
    "الدار البيضاء",
    "الرباط",
    "سلا",
    "فاس",
    "مكناس",
    "مراكش",
    "أكادير",
    "طنجة",
    "تطوان",
    "وجدة",
    "القنيطرة",
    "الجديدة",
    "آسفي",
    "بني ملال",
    "الناظور",
    "تازة",
    "خريبكة",
    "سطات",
    "العرائش",
    "الرشيدية",
    "ورزازات",
    "تزنيت",
    "تارودانت",
    "كلميم",
    "العيون",
    "الداخلة",
    "الصويرة",
    "الحسيمة",
    "إفران",
    "أزرو",
    "خنيفرة",
    "برشيد",
    "المحمدية",
    "تمارة",
    "صفرو",
    "شفشاون",
    "زاكورة",
    "تنغير",
    "إنزكان",
    "أيت ملول",
]
CITIES_FX = [
    "Paris",
    "Lyon",
    "Marseille",
    "Bordeaux",
    "Lille",
    "Montpellier",
    "Madrid",
    "Barcelone",
    "Séville",
    "Bruxelles",
    "Liège",
    "Milan",
    "Dakar",
    "Abidjan",
    "Montréal",
    "Amsterdam",
    "Londres",
    "Francfort",
]
CITIES_EN = [
    "London",
    "Manchester",
    "Madrid",
    "Barcelona",
    "Brussels",
    "Amsterdam",
    "Dublin",
    "Dakar",
    "Lagos",
    "Accra",
    "Toronto",
    "New York",
    "Berlin",
]
VILLAGES = [
    "Imlil",
    "Tafraout",
    "Ait Ourir",
    "Tamraght",
    "Asni",
    "Ouirgane",
    "Sidi Ifni",
    "Tahanaout",
    "Imouzzer Kandar",
    "Ain Leuh",
    "Tnine Ourika",
    "Had Soualem",
    "Sidi Bennour",
    "Aoulouz",
    "Tata",
    "Boumalne Dades",
    "Agdz",
    "Skoura",
    "Amizmiz",
    "Oulad Teima",
    "Bouizakarne",
    "Tinejdad",
]
VILLAGES_AR = [
    "إمليل",
    "تافراوت",
    "أيت أورير",
    "تامراغت",
    "أسني",
    "سيدي إفني",
    "تحناوت",
    "إموزار كندر",
    "عين اللوح",
    "تنين أوريكة",
    "حد السوالم",
    "سيدي بنور",
    "أولوز",
    "طاطا",
    "بومالن دادس",
    "أكدز",
    "سكورة",
    "أمزميز",
    "أولاد تايمة",
    "تنجداد",
]
STREETS = [
    "Ibn Battouta",
    "Zerktouni",
    "Moulay Youssef",
    "Abdelkrim El Khattabi",
    "Oued Sebou",
    "Al Massira",
    "Ibn Sina",
    "Allal El Fassi",
    "Anoual",
    "Imam Malik",
    "Oum Rabii",
    "Al Moukawama",
    "Palestine",
    "Ibn Khaldoun",
    "Al Farabi",
    "Oqba Ibn Nafii",
    "Tarik Ibn Ziad",
    "Al Andalous",
    "Bir Anzarane",
    "Lalla Yacout",
    "Abou Bakr Seddik",
    "Al Jazira",
    "Ghandi",
    "Moulay Ismail",
    "Yacoub El Mansour",
]
STREETS_AR = [
    "ابن بطوطة",
    "الزرقطوني",
    "مولاي يوسف",
    "عبد الكريم الخطابي",
    "واد سبو",
    "المسيرة",
    "ابن سينا",
    "علال الفاسي",
    "أنوال",
    "الإمام مالك",
    "أم الربيع",
    "المقاومة",
    "فلسطين",
    "ابن خلدون",
    "الفارابي",
    "عقبة بن نافع",
    "طارق بن زياد",
    "الأندلس",
    "بئر أنزران",
    "للا الياقوت",
    "أبو بكر الصديق",
]
QUARTERS = [
    "Hay Mohammadi",
    "Maarif",
    "Sidi Maarouf",
    "Hay Riad",
    "Agdal",
    "Yacoub El Mansour",
    "Massira 1",
    "Daoudiate",
    "Hay Salam",
    "Bensouda",
    "Saiss",
    "Talborjt",
    "Hay Nahda",
    "Sbata",
    "Ain Chock",
    "Sidi Bernoussi",
    "Tabriquet",
    "Boukhalef",
    "Mesnana",
    "Hay Karima",
    "Lalla Meryem",
    "Hay Al Qods",
    "Lmhamid",
    "Azli",
    "Sidi Youssef Ben Ali",
    "Bouargane",
    "Hay Nour",
    "Mers Sultan",
    "Bourgogne",
    "Hay Dakhla",
    "Dcheira",
    "Hay Hassani",
    "Oulfa",
    "Hay Inara",
    "Zouhour",
    "Narjiss",
    "Ennakhil",
    "Hay Chrifa",
    "Ain Sebaa",
    "Hay Al Amal",
]
QUARTERS_LC = [
    "hay mohammadi",
    "lma3arif",
    "sidi ma3rouf",
    "hay riad",
    "agdal",
    "y3coub lmansour",
    "massira",
    "daoudiat",
    "hay salam",
    "bensouda",
    "saiss",
    "talborjt",
    "hay nahda",
    "sbata",
    "3in chok",
    "bernoussi",
    "tabriquet",
    "boukhalef",
    "mesnana",
    "hay karima",
    "lmhamid",
    "azli",
    "sidi youssef",
    "bouargane",
    "hay nour",
    "hay hassani",
    "oulfa",
    "hay inara",
    "zouhour",
    "hay chrifa",
    "3in sbaa",
    "hay l2amal",
    "lqods",
    "dcheira",
    "sidi moumen",
    "lbernoussi",
    "hay lmatar",
]
QUARTERS_AR = [
    "الحي المحمدي",
    "المعاريف",
    "حي الرياض",
    "أكدال",
    "يعقوب المنصور",
    "المسيرة",
    "الداوديات",
    "حي السلام",
    "بنسودة",
    "سايس",
    "تالبرجت",
    "حي النهضة",
    "سباتة",
    "عين الشق",
    "البرنوصي",
    "تابريكت",
    "بوخالف",
    "حي القدس",
    "المحاميد",
    "سيدي يوسف بن علي",
    "بوركون",
    "حي الأمل",
    "حي الانبعاث",
    "الحي الحسني",
    "الألفة",
    "حي الزهور",
    "سيدي مومن",
    "حي المطار",
    "الدشيرة",
    "حي الشريفة",
]
DERBS = [
    "Derb Sultan",
    "Derb Chorfa",
    "Derb Moulay Cherif",
    "Derb Sidi Bouloukat",
    "Derb Dabachi",
    "Derb Jdid",
    "Derb El Kebir",
    "Derb Tizougarine",
    "Derb Lalla Aziza",
    "Derb Sidi Ahmed",
]
DERBS_LC = [
    "derb sultan",
    "derb chorfa",
    "derb moulay cherif",
    "derb sidi bouloukat",
    "derb dabachi",
    "derb jdid",
    "derb lkbir",
    "derb tizougarine",
    "derb lalla 3ziza",
    "derb ghallef",
]
DERBS_AR = [
    "درب السلطان",
    "درب الشرفاء",
    "درب مولاي الشريف",
    "درب سيدي بولوقات",
    "درب دباشي",
    "درب جديد",
    "درب الكبير",
    "درب للا عزيزة",
    "درب سيدي أحمد",
    "درب غلف",
]
DOUARS = [
    "Douar Ouled Ahmed",
    "Douar Tagadirt",
    "Douar Ait Lahcen",
    "Douar Lkhrarba",
    "Douar Ighrem",
    "Douar Ouled Taleb",
    "Douar Tifnit",
    "Douar Laaouamra",
    "Douar Ait Hamza",
    "Douar Lahrarcha",
    "Douar Tizgui",
    "Douar Anzal",
]
DOUARS_AR = [
    "دوار أولاد أحمد",
    "دوار تكاديرت",
    "دوار آيت لحسن",
    "دوار الخرارب",
    "دوار إغرم",
    "دوار أولاد الطالب",
    "دوار تيفنيت",
    "دوار العوامرة",
    "دوار آيت حمزة",
    "دوار الحرارشة",
    "دوار تزكي",
]
COMMUNES = [
    "Tahanaout",
    "Asni",
    "Sidi Bibi",
    "Oulad Teima",
    "Ait Amira",
    "Had Brachoua",
    "Tamesna",
    "Sidi Allal Bahraoui",
    "Ouled Frej",
    "Aoulouz",
    "Tnine Chtouka",
    "Zaouiat Cheikh",
]
COMMUNES_AR = [
    "تحناوت",
    "أسني",
    "سيدي بيبي",
    "أولاد تايمة",
    "آيت عميرة",
    "حد البراشوة",
    "تامسنا",
    "سيدي علال البحراوي",
    "أولاد فرج",
    "أولوز",
    "زاوية الشيخ",
]
PROVINCES = [
    "Al Haouz",
    "Chtouka Ait Baha",
    "Taroudant",
    "Khémisset",
    "Sidi Bennour",
    "El Kelaa des Sraghna",
    "Azilal",
    "Tata",
    "Kénitra",
    "Khénifra",
]
PROVINCES_AR = [
    "الحوز",
    "اشتوكة آيت باها",
    "تارودانت",
    "الخميسات",
    "سيدي بنور",
    "قلعة السراغنة",
    "أزيلال",
    "طاطا",
    "القنيطرة",
    "خنيفرة",
]
RESIDENCES = [
    "Résidence Al Andalous",
    "Résidence Yasmine",
    "Résidence Les Jardins d'Anfa",
    "Résidence Nour",
    "Résidence Al Boustane",
    "Résidence Riad Zitoun",
    "Résidence Les Orangers",
    "Résidence Amal 3",
    "Résidence Dar Essalam",
    "Résidence Atlas Garden",
    "Résidence Al Wahda",
    "Résidence Kenza",
]
LOTS = [
    "Lotissement Al Wifaq",
    "Lotissement Essalam",
    "Lotissement Hadika",
    "Lotissement Annasr",
    "Lotissement Al Firdaous",
    "Lotissement Mabrouka",
    "Lotissement Bouskoura Green",
    "Lotissement Al Khair",
    "Lotissement Riad Sidi Abbad",
    "Lotissement Tilila",
]
RESIDENCES_AR = [
    "إقامة الأندلس",
    "إقامة الياسمين",
    "إقامة النور",
    "إقامة البستان",
    "إقامة الوحدة",
    "إقامة دار السلام",
    "إقامة كنزة",
    "إقامة الأمل",
]
LOTS_AR = [
    "تجزئة الوفاق",
    "تجزئة السلام",
    "تجزئة الحديقة",
    "تجزئة النصر",
    "تجزئة الفردوس",
    "تجزئة مبروكة",
    "تجزئة الخير",
    "تجزئة تليلا",
]
ROADS = [
    "route de Tiznit",
    "route de Safi",
    "route d'Agadir",
    "route d'Imouzzer",
    "route de l'Ourika",
    "route de Sefrou",
    "route d'El Jadida",
    "route de Tétouan",
    "route de Fès",
    "route nationale 8",
]
ROADS_AR = [
    "طريق تزنيت",
    "طريق آسفي",
    "طريق أكادير",
    "طريق إموزار",
    "طريق أوريكة",
    "طريق صفرو",
    "طريق الجديدة",
    "طريق تطوان",
    "طريق فاس",
]
LANDMARKS_DAR = [
    "9rib l jami3",
    "7da l7ammam",
    "9bala l'école",
    "mor lfarrane",
    "7da l pharmacie",
    "f wjeh lmarché",
    "9rib lmahatta dyal tobis",
    "7da l'hanout dyal l7aj",
    "mor ljami3 lkbir",
    "9rib sbitar",
    "7da lkoutchi",
    "f rass derb",
]
LANDMARKS_AR = [
    "قرب المسجد",
    "بالقرب من المسجد الكبير",
    "جانب المدرسة الابتدائية",
    "قبالة السوق",
    "بالقرب من المستشفى الإقليمي",
    "خلف الفرن",
    "جوار الحمام",
    "قرب محطة الحافلات",
    "مقابل الصيدلية",
]
LANDMARKS_DAR_AR = [
    "حدا الجامع",
    "قريب من الحمام",
    "مور الفران",
    "قدام السبيطار",
    "حدا الفرماسيان",
    "فوجه المارشي",
    "قريب للمحطة ديال الطوبيس",
    "حدا الحانوت ديال الحاج",
    "فراس الدرب",
]
COMPANIES = [
    "Atlas Logistique SARL",
    "Sud Cargo Express",
    "Nour Pièces Auto",
    "Menara Digital",
    "BioArgan Coop",
    "Dar Zellij SARL",
    "Tech Oasis",
    "Souss Agrumes SA",
    "Rif Fresh",
    "Oasis Cleaning",
    "Medina Print",
    "Kasbah Travaux",
    "Sahara Solar Systems",
    "Anfa Conseil",
    "Bouregreg Events",
    "Zagora Dattes",
    "Chaouia Lait",
    "Tamouda Textile",
    "Ifrane Water Tech",
    "Majorelle Design Studio",
]
SHOPS = [
    "Fès Shopping",
    "Tanger City Mall",
    "Kenitra Optic",
    "Electro Souss",
    "Agadir Mode",
    "Casa Électroménager",
    "Rabat Phone Center",
    "Marrakech Sport",
    "Oujda Meubles",
    "Meknès Déco",
]
BANK_BRANDS = [
    "Attijariwafa bank",
    "CIH Bank",
    "Bank of Africa",
    "Banque Populaire",
    "BMCI",
    "Crédit du Maroc",
    "Al Barid Bank",
    "Crédit Agricole du Maroc",
    "Société Générale Maroc",
]
CAFES = [
    "Café de Fès",
    "Café Atlas",
    "Café La Corniche Casa",
    "Café Essaouira",
    "Café Tanja Balia",
    "Café Al Andalous",
    "Salon de thé Ifrane",
]
CLINICS = [
    "Clinique Al Madina",
    "Clinique Agdal",
    "Clinique Tanger Nord",
    "Polyclinique Souss",
    "Clinique Les Oudayas",
    "Clinique Fès Saiss",
    "Clinique Atlas Marrakech",
]
SCHOOLS = [
    "Lycée Ibn Battouta",
    "Lycée Moulay Idriss Fès",
    "Lycée Al Khansaa",
    "Collège Oued Eddahab",
    "Lycée Hassan II Marrakech",
]
APPS = [
    "Casa Tramway",
    "Rabat Bus",
    "Tanger Taxi",
    "Marrakech Delivery",
    "Souss Market",
    "Atlas Pay",
    "DarDelivery",
]
MEDS = [
    "Doliprane",
    "Glucophage",
    "Ventoline",
    "Augmentin",
    "Levothyrox",
    "Spasfon",
    "Smecta",
    "Voltarène",
    "Amoxicilline",
    "Kardégic",
    "Inexium",
    "Zyrtec",
]
MONTHS_FR = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
MONTHS_AR = [
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
DAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
EMAIL_DOMAINS = [
    "gmail.com",
    "hotmail.fr",
    "yahoo.fr",
    "outlook.com",
    "menara.ma",
    "hotmail.com",
    "gmail.com",
    "live.fr",
    "icloud.com",
    "atlaslogistique.ma",
    "um5.ac.ma",
    "protonmail.com",
    "gmail.com",
]
CIN_PREFIX = [
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
    "DN",
    "EA",
    "EE",
    "FA",
    "FB",
    "GA",
    "GM",
    "HA",
    "IA",
    "IB",
    "JA",
    "JB",
    "JC",
    "JE",
    "JH",
    "KA",
    "LA",
    "LB",
    "PA",
    "SH",
    "TA",
    "UA",
    "WA",
    "ZG",
    "ZT",
]
BANKS = [
    "007",
    "011",
    "013",
    "021",
    "022",
    "145",
    "157",
    "164",
    "181",
    "190",
    "225",
    "230",
    "310",
    "350",
    "045",
    "050",
]
PLATE_AR = "أبدهوط"
PLATE_LAT = {"أ": "A", "ب": "B", "د": "D", "ه": "H", "و": "W", "ط": "T"}


# --------------------------------------------------------------------------
# value generators: fn(rng, st) -> str
# --------------------------------------------------------------------------
def dg(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def sep(rng: random.Random, usual: str = " ") -> str:
    """Group separator: mostly the usual one, sometimes a no-break space."""
    r = rng.random()
    if r < 0.10:
        return "\u00a0"
    if r < 0.14:
        return "\u202f"
    return usual


def remember(st: dict, first: str, last: str) -> None:
    st["ctx"]["first"], st["ctx"]["last"] = first, last


def _pair(rng, st, origin=None):
    origin = origin or rng.choices(["ma", "fr", "es", "af", "en"], [62, 14, 6, 11, 7])[0]
    if origin == "ma":
        first, last = rng.choice(MA_M + MA_F), rng.choice(MA_LAST)
    elif origin == "fr":
        first, last = rng.choice(FR_F + FR_M), rng.choice(FR_LAST)
    elif origin == "es":
        first, last = rng.choice(ES_FIRST), rng.choice(ES_LAST)
    elif origin == "af":
        first, last = rng.choice(AF_FIRST), rng.choice(AF_LAST)
    else:
        first, last = rng.choice(EN_FIRST), rng.choice(EN_LAST)
    remember(st, first, last)
    return first, last


def g_name(rng, st):
    f, l = _pair(rng, st)
    return f"{f} {l}"


def g_origin(origin):
    def g(rng, st):
        f, l = _pair(rng, st, origin)
        return f"{f} {l}"

    return g


def g_NAME(rng, st):
    f, l = _pair(rng, st, rng.choice(["ma", "ma", "ma", "fr", "af"]))
    return f"{l.upper()} {f}"


def g_first(pool):
    def g(rng, st):
        f = rng.choice(pool)
        st["ctx"]["first"] = f
        return f

    return g


def g_last(pool):
    def g(rng, st):
        l = rng.choice(pool)
        st["ctx"]["last"] = l
        return l

    return g


def g_name_ar(rng, st, pool=None):
    f, l = rng.choice(pool or (AR_M + AR_F)), rng.choice(AR_LAST)
    return f"{l} {f}" if rng.random() < 0.2 else f"{f} {l}"


def ascii_fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum())).lower()


def g_email(rng, st):
    ctx = st["ctx"]
    if "first" in ctx and "last" in ctx and rng.random() < 0.7:
        f, l = ascii_fold(ctx["first"]), ascii_fold(ctx["last"])
    else:
        f, l = ascii_fold(rng.choice(MA_M + MA_F + FR_F)), ascii_fold(rng.choice(MA_LAST + FR_LAST))
    pattern = rng.choice(
        [
            "{f}.{l}",
            "{f}{l}",
            "{f0}.{l}",
            "{l}.{f}",
            "{f}_{l}{d2}",
            "{f}{d2}",
            "{f0}{l}{d4}",
            "{l}{f0}",
            "{f}.{l}{d2}",
        ]
    )
    local = pattern.format(f=f, l=l, f0=f[0], d2=dg(rng, 2), d4=str(rng.randint(1975, 2006)))
    return f"{local}@{rng.choice(EMAIL_DOMAINS)}"


def g_phone(rng, st):
    d = rng.choice("67") + dg(rng, 8)
    s = sep(rng)
    fmt = rng.choices(range(9), [22, 20, 12, 10, 6, 8, 8, 4, 10])[0]
    if fmt == 0:
        return "0" + d[0] + s + s.join([d[1:3], d[3:5], d[5:7], d[7:9]])
    if fmt == 1:
        return "0" + d
    if fmt == 2:
        return "+212" + s + d[0] + s + s.join([d[1:3], d[3:5], d[5:7], d[7:9]])
    if fmt == 3:
        return "+212" + d
    if fmt == 4:
        return "00212" + s + d[:3] + s + d[3:6] + s + d[6:]
    if fmt == 5:
        return "0" + d[0] + "." + ".".join([d[1:3], d[3:5], d[5:7], d[7:9]])
    if fmt == 6:
        return "0" + d[0] + "-" + "-".join([d[1:3], d[3:5], d[5:7], d[7:9]])
    if fmt == 7:
        return "+212 (0)" + d[0] + " " + " ".join([d[1:3], d[3:5], d[5:7], d[7:9]])
    return "0" + d[:3] + s + d[3:6] + s + d[6:]


def g_phone_fix(rng, st):
    area = rng.choice(["22", "37", "24", "35", "28", "39", "36", "23", "25"])
    d = dg(rng, 6)
    s = sep(rng)
    if rng.random() < 0.5:
        return "05" + area + s + s.join([d[:2], d[2:4], d[4:]])
    if rng.random() < 0.5:
        return "+212" + s + "5" + area + s + d[:3] + s + d[3:]
    return "05" + area + d


def g_phone_fx(rng, st):
    k = rng.randrange(6)
    s = sep(rng)
    if k == 0:
        d = dg(rng, 8)
        return "+33" + s + rng.choice("67") + s + s.join([d[:2], d[2:4], d[4:6], d[6:]])
    if k == 1:
        return "+34" + s + "6" + dg(rng, 2) + s + dg(rng, 3) + s + dg(rng, 3)
    if k == 2:
        return (
            "+221"
            + s
            + rng.choice(["77", "78", "76"])
            + s
            + dg(rng, 3)
            + s
            + dg(rng, 2)
            + s
            + dg(rng, 2)
        )
    if k == 3:
        return "+44" + s + "7700" + s + "900" + dg(rng, 3)
    if k == 4:
        return "+32" + s + "4" + dg(rng, 2) + s + dg(rng, 2) + s + dg(rng, 2) + s + dg(rng, 2)
    return "+225" + s + "07" + s + dg(rng, 2) + s + dg(rng, 2) + s + dg(rng, 2) + s + dg(rng, 2)


def g_cin(rng, st):
    p = rng.choice(CIN_PREFIX)
    n = dg(rng, 6) if rng.random() < 0.8 else str(rng.randint(10000, 99999))
    n = str(rng.randint(1, 9)) + n[1:]
    k = rng.random()
    if k < 0.66:
        return p + n
    if k < 0.92:
        return p + " " + n
    return p + "-" + n


def g_passport(rng, st):
    letters = rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
    return letters + str(rng.randint(1, 9)) + dg(rng, 6)


def g_massar(rng, st):
    return rng.choice("ABCDEFGHIJKLMNPRSTUVWXYZ") + rng.choice("123") + dg(rng, 8)


def g_plate(rng, st):
    num = str(rng.randint(1, 99999))
    letter = rng.choice(PLATE_AR)
    region = str(rng.randint(1, 89))
    k = rng.randrange(4)
    if k == 0:
        return f"{num}-{letter}-{region}"
    if k == 1:
        return f"{num} | {letter} | {region}"
    if k == 2:
        return f"{num} {letter} {region}"
    return f"{num}/{letter}/{region}"


def g_plate_lat(rng, st):
    num = str(rng.randint(100, 99999))
    letter = PLATE_LAT[rng.choice(PLATE_AR)]
    region = str(rng.randint(1, 89))
    k = rng.randrange(3)
    if k == 0:
        return f"{num}-{letter}-{region}"
    if k == 1:
        return f"{num} {letter} {region}"
    return f"{num}-{letter}-{region}".lower() if rng.random() < 0.3 else f"{num} {letter} {region}"


def rib_digits(rng) -> str:
    while True:
        first22 = rng.choice(BANKS) + dg(rng, 3) + dg(rng, 16)
        key = rib_key(first22)
        if key != "97":
            return first22 + key


def fmt_rib(rng, r: str) -> str:
    k = rng.randrange(5)
    s = sep(rng)
    if k in (0, 1):
        return r
    if k == 2:
        return s.join([r[:3], r[3:6], r[6:22], r[22:]])
    if k == 3:
        return s.join(r[i : i + 4] for i in range(0, 24, 4))
    return s.join([r[:3], r[3:6], r[6:10], r[10:14], r[14:18], r[18:22], r[22:]])


def g_rib(rng, st):
    return fmt_rib(rng, rib_digits(rng))


def g_ref24(rng, st):
    """24 digits that fail the RIB key (a look-alike)."""
    while True:
        r = rng.choice(BANKS + ["100", "900", "555"]) + dg(rng, 21)
        if not rib_ok(r):
            return fmt_rib(rng, r) if rng.random() < 0.4 else r


def g_iban(rng, st):
    iban = iban_make("MA", rib_digits(rng))
    if rng.random() < 0.6:
        s = sep(rng)
        return s.join(iban[i : i + 4] for i in range(0, len(iban), 4))
    return iban


def g_iban_fx(rng, st):
    if rng.random() < 0.6:
        bank, guichet, account = dg(rng, 5), dg(rng, 5), dg(rng, 11)
        key = 97 - ((89 * int(bank) + 15 * int(guichet) + 3 * int(account)) % 97)
        iban = iban_make("FR", f"{bank}{guichet}{account}{key:02d}")
    else:
        body = dg(rng, 10)
        check = int(body) % 97 or 97
        iban = iban_make("BE", f"{body}{check:02d}")
    if rng.random() < 0.7:
        s = sep(rng)
        return s.join(iban[i : i + 4] for i in range(0, len(iban), 4))
    return iban


def g_card(rng, st):
    k = rng.random()
    if k < 0.55:
        num = luhn_complete("4" + dg(rng, 14))
    elif k < 0.9:
        num = luhn_complete("5" + rng.choice("12345") + dg(rng, 13))
    else:
        num = luhn_complete(rng.choice(["34", "37"]) + dg(rng, 12))
        s = sep(rng)
        return s.join([num[:4], num[4:10], num[10:]]) if rng.random() < 0.7 else num
    f = rng.randrange(4)
    s = sep(rng)
    if f <= 1:
        return s.join(num[i : i + 4] for i in range(0, 16, 4))
    if f == 2:
        return "-".join(num[i : i + 4] for i in range(0, 16, 4))
    return num


def g_imei(rng, st):
    num = luhn_complete(rng.choice(["35", "86", "35", "49"]) + dg(rng, 12))
    if rng.random() < 0.3:
        return f"{num[:2]} {num[2:8]} {num[8:14]} {num[14]}"
    return num


def g_ice(rng, st):
    while True:
        first13 = "00" + dg(rng, 7) + rng.choice(["0000", "0000", "0001", "0002", "0000"])
        key = 97 - (int(first13) * 100) % 97
        if key != 97:
            n = first13 + "%02d" % key
            assert ice_ok(n)
            if rng.random() < 0.2:
                return " ".join([n[:3], n[3:6], n[6:9], n[9:13], n[13:]])
            return n


def g_cnss(rng, st):
    n = str(rng.randint(1, 9)) + dg(rng, 8)
    if rng.random() < 0.2:
        return " ".join([n[:3], n[3:6], n[6:]])
    return n


def g_ip(rng, st):
    k = rng.randrange(6)
    if k == 0:
        return f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 254)}"
    if k == 1:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
    first = rng.choice([41, 105, 196, 102, 197, 160, 154, 81, 88])
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def g_ip6(rng, st):
    groups = [
        rng.choice(["2a01", "2a02", "2001", "2c0f", "2a00"]),
        "%x" % rng.randint(0x100, 0xFFFF),
        "%x" % rng.randint(0, 0xFFFF),
    ]
    tail = ["%x" % rng.randint(1, 0xFFFF) for _ in range(rng.choice([2, 3]))]
    return ":".join(groups) + "::" + ":".join(tail)


def _date_parts(rng, lo, hi):
    y = rng.randint(lo, hi)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return d, m, y


def fmt_date_fr(rng, d, m, y, style=None):
    k = style if style is not None else rng.randrange(9)
    if k == 0:
        return f"{d:02d}/{m:02d}/{y}"
    if k == 1:
        return f"{d}-{m}-{y}"
    if k == 2:
        return f"{d} {MONTHS_FR[m - 1]} {y}"
    if k == 3:
        return f"{d:02d}.{m:02d}.{y}"
    if k == 4:
        return f"{y}-{m:02d}-{d:02d}"
    if k == 5:
        return f"{d}/{m}/{y}"
    if k == 6:
        return f"{'1er' if d == 1 else d} {MONTHS_FR[m - 1]} {y}"
    if k == 7:
        return f"{d:02d}-{m:02d}-{y}"
    return f"{d:02d}/{m:02d}/{str(y)[2:]}"


def g_dob(rng, st):
    return fmt_date_fr(rng, *_date_parts(rng, 1948, 2012))


def g_dobk(rng, st):
    return fmt_date_fr(rng, *_date_parts(rng, 2006, 2019), style=rng.choice([0, 1, 2, 5, 7]))


def g_dobk_ar(rng, st):
    d, m, y = _date_parts(rng, 2006, 2019)
    return rng.choice(
        [f"{d} {MONTHS_AR[m - 1]} {y}", f"{y}/{m:02d}/{d:02d}", f"{d:02d}/{m:02d}/{y}"]
    )


def g_dob_dar(rng, st):
    d, m, y = _date_parts(rng, 1960, 2012)
    k = rng.randrange(6)
    if k == 0:
        return f"{d}-{m}-{y}"
    if k == 1:
        return f"{d}/{m}/{y}"
    if k == 2:
        return f"{d} {MONTHS_FR[m - 1]} {y}"
    if k == 3:
        return f"{d:02d}/{m:02d}/{y}"
    if k == 4:
        return f"{d}.{m}.{y}"
    return f"{d}-{m}-{str(y)[2:]}"


def g_dob_en(rng, st):
    d, m, y = _date_parts(rng, 1948, 2012)
    k = rng.randrange(6)
    if k == 0:
        return f"{MONTHS_EN[m - 1]} {d}, {y}"
    if k == 1:
        return f"{d} {MONTHS_EN[m - 1]} {y}"
    if k == 2:
        return f"{y}-{m:02d}-{d:02d}"
    if k == 3:
        return f"{d:02d}/{m:02d}/{y}"
    if k == 4:
        suffix = "th" if 4 <= d <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        return f"{d}{suffix} {MONTHS_EN[m - 1]} {y}"
    return f"{MONTHS_EN[m - 1][:3]} {d} {y}"


def g_dob_ar(rng, st):
    d, m, y = _date_parts(rng, 1948, 2012)
    k = rng.randrange(5)
    if k == 0:
        return f"{d} {MONTHS_AR[m - 1]} {y}"
    if k == 1:
        return f"{y}/{m:02d}/{d:02d}"
    if k == 2:
        return f"{d:02d}/{m:02d}/{y}"
    if k == 3:
        return f"{d}-{m}-{y}"
    return f"{d:02d}-{m:02d}-{y}"


def g_date(rng, st):
    return fmt_date_fr(rng, *_date_parts(rng, 2023, 2026))


def g_date_en(rng, st):
    d, m, y = _date_parts(rng, 2023, 2026)
    return rng.choice(
        [
            f"{MONTHS_EN[m - 1]} {d}, {y}",
            f"{d} {MONTHS_EN[m - 1]}",
            f"{y}-{m:02d}-{d:02d}",
            f"{d:02d}/{m:02d}/{y}",
        ]
    )


def g_date_ar(rng, st):
    d, m, y = _date_parts(rng, 2023, 2026)
    return rng.choice(
        [
            f"{d} {MONTHS_AR[m - 1]} {y}",
            f"{d:02d}/{m:02d}/{y}",
            f"{y}/{m:02d}/{d:02d}",
            f"{d} {MONTHS_AR[m - 1]}",
        ]
    )


def g_addr(rng, st):
    n = rng.randint(1, 240)
    k = rng.randrange(9)
    city = rng.choice(CITIES)
    if k == 0:
        return f"{n}, rue {rng.choice(STREETS)}, {rng.choice(QUARTERS)}, {city}"
    if k == 1:
        return f"{n} bd {rng.choice(STREETS)}, {city}"
    if k == 2:
        return (
            f"{rng.choice(RESIDENCES)}, Imm {rng.randint(1, 40)}, Appt {rng.randint(1, 30)}, "
            f"{rng.choice(QUARTERS)}, {city}"
        )
    if k == 3:
        return f"{rng.choice(LOTS)}, lot n° {rng.randint(1, 900)}, {city}"
    if k == 4:
        return f"{rng.choice(QUARTERS)}, rue {rng.randint(1, 80)}, n° {n}, {city}"
    if k == 5:
        return f"{rng.choice(DERBS)} n° {n}, Médina, {city}"
    if k == 6:
        return f"{rng.choice(DOUARS)}, commune {rng.choice(COMMUNES)}, province de {rng.choice(PROVINCES)}"
    if k == 7:
        return f"km {rng.randint(3, 40)} {rng.choice(ROADS)}, {city}"
    return (
        f"appartement {rng.randint(1, 24)}, {rng.choice(['1er', '2ème', '3ème', '4ème', '5e'])} étage, "
        f"immeuble {rng.randint(1, 90)}, avenue {rng.choice(STREETS)}, {city} {rng.randint(10, 93)}{dg(rng, 3)}"
    )


def g_addr_en(rng, st):
    n = rng.randint(1, 240)
    city = rng.choice(CITIES)
    k = rng.randrange(4)
    if k == 0:
        return f"{n} Rue {rng.choice(STREETS)}, {rng.choice(QUARTERS)}, {city}"
    if k == 1:
        return f"Apt {rng.randint(1, 30)}, Building {rng.randint(1, 40)}, {rng.choice(RESIDENCES)}, {city}"
    if k == 2:
        return f"Flat {rng.randint(1, 30)}, {n} {rng.choice(STREETS)} Avenue, {city}"
    return f"{rng.choice(LOTS)}, plot {rng.randint(1, 900)}, {city}"


def g_addr_dar(rng, st):
    n = rng.randint(1, 200)
    city = rng.choice(CITIES_LC)
    k = rng.randrange(7)
    if k == 0:
        return f"{rng.choice(QUARTERS_LC)} zn9a {rng.randint(1, 90)} dar {n} {city}"
    if k == 1:
        return f"{rng.choice(DERBS_LC)} rqm {n} mdina l9dima {city}"
    if k == 2:
        return f"{rng.choice(QUARTERS_LC)} {rng.choice(LANDMARKS_DAR)}"
    if k == 3:
        return f"douar {rng.choice(DOUARS)[6:].lower()} 3la triq {rng.choice(CITIES_LC)} km {rng.randint(3, 40)}"
    if k == 4:
        return f"résidence {rng.choice(RESIDENCES)[11:].lower()} imm {rng.randint(1, 40)} appart {rng.randint(1, 30)} {city}"
    if k == 5:
        return f"{rng.choice(QUARTERS_LC)} blok {rng.choice('ABCDEFGHJ')} rqm {n} {rng.choice(LANDMARKS_DAR)}"
    return f"lotissement {rng.choice(LOTS)[13:].lower()} lot {rng.randint(1, 900)} {city}"


def g_addr_ar(rng, st):
    n = rng.randint(1, 200)
    city = rng.choice(CITIES_AR)
    k = rng.randrange(8)
    if k == 0:
        return f"زنقة {rng.choice(STREETS_AR)} رقم {n}، {rng.choice(QUARTERS_AR)}، {city}"
    if k == 1:
        return f"شارع {rng.choice(STREETS_AR)}، عمارة {rng.randint(1, 60)}، الشقة {rng.randint(1, 30)}، {city}"
    if k == 2:
        return f"{rng.choice(DERBS_AR)} رقم {n}، المدينة القديمة، {city}"
    if k == 3:
        return f"{rng.choice(DOUARS_AR)}، جماعة {rng.choice(COMMUNES_AR)}، إقليم {rng.choice(PROVINCES_AR)}"
    if k == 4:
        return f"{rng.choice(LOTS_AR)}، رقم {n}، {city}"
    if k == 5:
        return f"{rng.choice(RESIDENCES_AR)}، العمارة {rng.randint(1, 40)}، الشقة {rng.randint(1, 30)}، {city}"
    if k == 6:
        return f"{rng.choice(QUARTERS_AR)} {rng.choice(LANDMARKS_AR)}، {city}"
    return f"الكيلومتر {rng.randint(3, 40)} {rng.choice(ROADS_AR)}، {city}"


def g_addr_dar_ar(rng, st):
    n = rng.randint(1, 200)
    k = rng.randrange(5)
    if k == 0:
        return f"{rng.choice(QUARTERS_AR)} الزنقة {rng.randint(1, 90)} الدار {n} {rng.choice(LANDMARKS_DAR_AR)}"
    if k == 1:
        return f"{rng.choice(DERBS_AR)} {rng.choice(LANDMARKS_DAR_AR)}"
    if k == 2:
        return (
            f"{rng.choice(QUARTERS_AR)} بلوك {rng.choice('ABCDE')} رقم {n} {rng.choice(CITIES_AR)}"
        )
    if k == 3:
        return f"{rng.choice(DOUARS_AR)} على طريق {rng.choice(CITIES_AR)}"
    return f"{rng.choice(RESIDENCES_AR)} العمارة {rng.randint(1, 40)} {rng.choice(CITIES_AR)}"


def g_quarter(rng, st):
    q = rng.choice(QUARTERS)
    return f"{q}, {rng.choice(CITIES)}" if rng.random() < 0.35 else q


def g_lm_dar(rng, st):
    return f"{rng.choice(QUARTERS_LC + DERBS_LC)} {rng.choice(LANDMARKS_DAR)}"


def g_lm_ar(rng, st):
    return f"{rng.choice(QUARTERS_AR)} {rng.choice(LANDMARKS_AR)}"


def g_lm_dar_ar(rng, st):
    return f"{rng.choice(QUARTERS_AR + DERBS_AR)} {rng.choice(LANDMARKS_DAR_AR)}"


def g_res(rng, st):
    if rng.random() < 0.5:
        return f"{rng.choice(RESIDENCES)}, immeuble {rng.choice('ABCDEFGH')}, appartement {rng.randint(1, 40)}"
    return f"{rng.choice(LOTS)}, lot {rng.randint(1, 900)}"


def g_res_ar(rng, st):
    if rng.random() < 0.5:
        return (
            f"{rng.choice(RESIDENCES_AR)}، العمارة {rng.randint(1, 40)}، الشقة {rng.randint(1, 30)}"
        )
    return f"{rng.choice(LOTS_AR)} رقم {rng.randint(1, 900)}"


def g_km(rng, st):
    return f"km {rng.randint(2, 45)} {rng.choice(ROADS)}"


def g_km_ar(rng, st):
    return f"الكيلومتر {rng.randint(2, 45)} {rng.choice(ROADS_AR)}"


def g_douar(rng, st):
    return f"{rng.choice(DOUARS)}, commune {rng.choice(COMMUNES)}"


def g_douar_ar(rng, st):
    return f"{rng.choice(DOUARS_AR)} جماعة {rng.choice(COMMUNES_AR)}"


def pick(seq):
    return lambda rng, st: rng.choice(seq)


def g_order(rng, st):
    return rng.choice(
        [
            f"CMD-{rng.randint(2024, 2026)}-{dg(rng, 6)}",
            f"#{rng.randint(100000, 999999)}",
            f"{rng.choice('AJMN')}{dg(rng, 9)}",
            f"MA{dg(rng, 10)}",
            f"ORD{dg(rng, 7)}",
        ]
    )


def g_track(rng, st):
    return rng.choice(
        [
            f"RR{dg(rng, 9)}MA",
            f"CX{dg(rng, 9)}MA",
            f"AMN{dg(rng, 10)}",
            f"1Z{dg(rng, 6)}{rng.choice('XY')}{dg(rng, 8)}",
            f"JD{dg(rng, 16)}",
            f"LP{dg(rng, 12)}",
        ]
    )


def g_sku(rng, st):
    return rng.choice(
        [
            f"SKU-{rng.choice(['AG', 'TX', 'EL', 'BT'])}-{dg(rng, 4)}-{rng.choice('ABCDX')}",
            f"REF {dg(rng, 3)}.{dg(rng, 3)}.{dg(rng, 2)}",
            f"{rng.choice(['AR', 'PX', 'ZL'])}{dg(rng, 5)}",
            f"EAN {luhn_complete('611' + dg(rng, 9))}",
        ]
    )


def g_invoice(rng, st):
    return rng.choice(
        [
            f"FAC-{rng.randint(2024, 2026)}/{dg(rng, 4)}",
            f"F{dg(rng, 8)}",
            f"INV-{dg(rng, 6)}",
            f"N° {rng.randint(2024, 2026)}-{dg(rng, 5)}",
        ]
    )


def g_ticket(rng, st):
    return rng.choice(
        [
            f"#{rng.randint(10000, 99999)}",
            f"TCK-{dg(rng, 6)}",
            f"INC{dg(rng, 7)}",
            f"SR-{rng.randint(2024, 2026)}-{dg(rng, 5)}",
        ]
    )


def g_amount(rng, st):
    v = rng.choice([rng.randint(20, 999), rng.randint(1000, 95000)])
    if v >= 1000 and rng.random() < 0.6:
        s = rng.choice([" ", "\u00a0", ".", " "])
        return f"{v // 1000}{s}{v % 1000:03d}"
    if rng.random() < 0.3:
        return f"{v},{rng.choice(['00', '50', '99'])}"
    return str(v)


def g_time(rng, st):
    h, m = rng.randint(7, 22), rng.choice([0, 15, 30, 45, 10, 20])
    return rng.choice([f"{h}h{m:02d}", f"{h:02d}:{m:02d}", f"{h}h"])


def g_version(rng, st):
    return f"{rng.choice(['v', ''])}{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 40)}"


def g_otp(rng, st):
    return dg(rng, 6)


def g_uuid(rng, st):
    h = "%032x" % rng.getrandbits(128)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


def g_iso(rng, st):
    d, m, y = _date_parts(rng, 2025, 2026)
    return f"{y}-{m:02d}-{d:02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"


def g_policy(rng, st):
    return rng.choice(
        [
            f"POL-{dg(rng, 6)}",
            f"AUTO/{rng.randint(2023, 2026)}/{dg(rng, 5)}",
            f"{dg(rng, 3)}-{dg(rng, 7)}",
            f"SIN-{dg(rng, 8)}",
        ]
    )


def g_dossier(rng, st):
    return rng.choice(
        [
            f"{rng.randint(2024, 2026)}/{dg(rng, 4)}/{rng.choice(['CAS', 'RBT', 'FES', 'AGA'])}",
            f"D-{dg(rng, 7)}",
            f"{dg(rng, 4)}-{dg(rng, 4)}",
            f"REQ{dg(rng, 8)}",
        ]
    )


def g_flight(rng, st):
    return f"{rng.choice(['AT', 'AT', '3O', 'FR', 'TO', 'IB'])} {rng.randint(200, 9800)}"


def g_model(rng, st):
    return rng.choice(
        [
            "Samsung Galaxy A54",
            "iPhone 13",
            "Redmi Note 12",
            "Oppo A78",
            "iPhone 15 Pro",
            "Infinix Hot 30",
            "Huawei P30 lite",
            "Tecno Spark 10",
            "Honor X8",
        ]
    )


def g_n(rng, st):
    return str(rng.randint(2, 12))


def g_n2(rng, st):
    return str(rng.randint(13, 480))


def g_yearp(rng, st):
    return str(rng.randint(2008, 2024))


def g_pct(rng, st):
    return f"{rng.randint(5, 70)}%"


# --------------------------------------------------------------------------
# the slot table: name -> (label or None, generator, digits may be localized)
# --------------------------------------------------------------------------
P, L = "PERSON", "LOCATION"
SLOTS = {
    "name": (P, g_name, False),
    "name_ma": (P, g_origin("ma"), False),
    "name_fr": (P, g_origin("fr"), False),
    "name_es": (P, g_origin("es"), False),
    "name_af": (P, g_origin("af"), False),
    "name_en": (P, g_origin("en"), False),
    "NAME": (P, g_NAME, False),
    "first": (P, g_first(MA_M + MA_F), False),
    "fname": (P, g_first(MA_F), False),
    "mname": (P, g_first(MA_M), False),
    "last": (P, g_last(MA_LAST), False),
    "first_fr": (P, g_first(FR_F + FR_M), False),
    "last_fr": (P, g_last(FR_LAST), False),
    "first_en": (P, g_first(EN_FIRST), False),
    "last_en": (P, g_last(EN_LAST), False),
    "first_af": (P, g_first(AF_FIRST), False),
    "first_es": (P, g_first(ES_FIRST), False),
    "name_ar": (P, g_name_ar, False),
    "fname_ar": (P, lambda r, s: g_name_ar(r, s, AR_F), False),
    "mname_ar": (P, lambda r, s: g_name_ar(r, s, AR_M), False),
    "first_ar": (P, pick(AR_M + AR_F), False),
    "ffirst_ar": (P, pick(AR_F), False),
    "mfirst_ar": (P, pick(AR_M), False),
    "last_ar": (P, pick(AR_LAST), False),
    "city": (L, pick(CITIES), False),
    "city_lc": (L, pick(CITIES_LC), False),
    "city_ar": (L, pick(CITIES_AR), False),
    "city_fx": (L, pick(CITIES_FX), False),
    "city_en": (L, pick(CITIES_EN), False),
    "village": (L, pick(VILLAGES), False),
    "village_ar": (L, pick(VILLAGES_AR), False),
    "addr": (L, g_addr, False),
    "addr_en": (L, g_addr_en, False),
    "addr_dar": (L, g_addr_dar, False),
    "addr_ar": (L, g_addr_ar, True),
    "addr_dar_ar": (L, g_addr_dar_ar, True),
    "quarter": (L, g_quarter, False),
    "quarter_lc": (L, pick(QUARTERS_LC), False),
    "quarter_ar": (L, pick(QUARTERS_AR), False),
    "lm_dar": (L, g_lm_dar, False),
    "lm_ar": (L, g_lm_ar, False),
    "lm_dar_ar": (L, g_lm_dar_ar, False),
    "res": (L, g_res, False),
    "res_ar": (L, g_res_ar, True),
    "km": (L, g_km, False),
    "km_ar": (L, g_km_ar, True),
    "douar": (L, g_douar, False),
    "douar_ar": (L, g_douar_ar, False),
    "phone": ("PHONE_NUMBER", g_phone, True),
    "phone_fix": ("PHONE_NUMBER", g_phone_fix, True),
    "phone_fx": ("PHONE_NUMBER", g_phone_fx, True),
    "email": ("EMAIL_ADDRESS", g_email, False),
    "iban": ("IBAN_CODE", g_iban, False),
    "iban_fx": ("IBAN_CODE", g_iban_fx, False),
    "card": ("CREDIT_CARD", g_card, True),
    "ip": ("IP_ADDRESS", g_ip, False),
    "ip6": ("IP_ADDRESS", g_ip6, False),
    "cin": ("MA_CIN", g_cin, False),
    "rib": ("MA_RIB", g_rib, True),
    "ice": ("MA_ICE", g_ice, True),
    "cnss": ("MA_CNSS", g_cnss, True),
    "passport": ("MA_PASSPORT", g_passport, False),
    "massar": ("MA_MASSAR", g_massar, False),
    "plate": ("MA_LICENSE_PLATE", g_plate, True),
    "plate_lat": ("MA_LICENSE_PLATE", g_plate_lat, False),
    "dob": ("DATE_OF_BIRTH", g_dob, True),
    "dobk": ("DATE_OF_BIRTH", g_dobk, True),
    "dobk_ar": ("DATE_OF_BIRTH", g_dobk_ar, True),
    "dob_dar": ("DATE_OF_BIRTH", g_dob_dar, True),
    "dob_en": ("DATE_OF_BIRTH", g_dob_en, False),
    "dob_ar": ("DATE_OF_BIRTH", g_dob_ar, True),
    # look-alikes and fillers (never labelled)
    "order": (None, g_order, True),
    "track": (None, g_track, False),
    "sku": (None, g_sku, False),
    "invoice": (None, g_invoice, True),
    "ticket": (None, g_ticket, True),
    "amount": (None, g_amount, True),
    "date": (None, g_date, True),
    "date_en": (None, g_date_en, False),
    "date_ar": (None, g_date_ar, True),
    "time": (None, g_time, False),
    "version": (None, g_version, False),
    "imei": (None, g_imei, True),
    "ref24": (None, g_ref24, True),
    "otp": (None, g_otp, True),
    "uuid": (None, g_uuid, False),
    "iso": (None, g_iso, False),
    "policy": (None, g_policy, False),
    "dossier": (None, g_dossier, True),
    "flight": (None, g_flight, False),
    "model": (None, g_model, False),
    "n": (None, g_n, True),
    "n2": (None, g_n2, True),
    "yearp": (None, g_yearp, True),
    "pct": (None, g_pct, True),
    "city_x": (None, pick(CITIES), False),
    "city_lc_x": (None, pick(CITIES_LC), False),
    "city_ar_x": (None, pick(CITIES_AR), False),
    "company": (None, pick(COMPANIES), False),
    "shop": (None, pick(SHOPS), False),
    "bank_b": (None, pick(BANK_BRANDS), False),
    "cafe": (None, pick(CAFES), False),
    "clinic": (None, pick(CLINICS), False),
    "school_b": (None, pick(SCHOOLS), False),
    "app": (None, pick(APPS), False),
    "med": (None, pick(MEDS), False),
    "month": (None, pick(MONTHS_FR), False),
    "month_en": (None, pick(MONTHS_EN), False),
    "day": (None, pick(DAYS_FR), False),
    "month_ar": (None, pick(MONTHS_AR), False),
}

# --------------------------------------------------------------------------
# markup parser and renderer
# --------------------------------------------------------------------------
SLOT_RE = re.compile(r"\{([A-Za-z_0-9]+)(?::([a-z]+))?\}")
LAB_RE = re.compile(r"\[\[([A-Z_]+):")


def parse(s: str, i: int = 0, close: str | None = None):
    """Return (list of alternatives, each a node list), index after the group."""
    alts, nodes, buf = [], [], []

    def flush():
        if buf:
            nodes.append(("lit", "".join(buf)))
            buf.clear()

    while i < len(s):
        if close is not None and s.startswith(close, i):
            flush()
            alts.append(nodes)
            return alts, i + len(close)
        if close is not None and s[i] == "|":
            flush()
            alts.append(nodes)
            nodes = []
            i += 1
            continue
        m = SLOT_RE.match(s, i)
        if (m and m.group(1) in SLOTS) or (m and m.group(1) in FRAGMENTS):
            flush()
            nodes.append(("slot", m.group(1), m.group(2) or ""))
            i = m.end()
            continue
        if m:
            raise KeyError(f"unknown slot {m.group(1)!r} in {s[:60]!r}")
        m = LAB_RE.match(s, i)
        if m:
            assert m.group(1) in LABELS, m.group(1)
            flush()
            inner, i = parse(s, m.end(), "]]")
            nodes.append(("lab", m.group(1), inner))
            continue
        if s.startswith("((", i):
            flush()
            inner, i = parse(s, i + 2, "))")
            nodes.append(("alt", inner))
            continue
        buf.append(s[i])
        i += 1
    assert close is None, f"unclosed {close} in {s[:80]!r}"
    flush()
    alts.append(nodes)
    return alts, i


PARSED: dict[str, list] = {}


def parsed(s: str):
    if s not in PARSED:
        PARSED[s] = parse(s)[0][0]
    return PARSED[s]


def localize(value: str, mode: str) -> str:
    if mode == "latin":
        return value
    table = AR_INDIC if mode == "indic" else EASTERN
    return value.translate(str.maketrans("0123456789", table))


def render(nodes, rng: random.Random, st: dict, in_label: bool = False) -> None:
    out = st["out"]
    for node in nodes:
        kind = node[0]
        if kind == "lit":
            out.append(node[1])
            st["pos"] += len(node[1])
        elif kind == "alt":
            render(rng.choice(node[1]), rng, st, in_label)
        elif kind == "lab":
            assert not in_label, "nested label"
            start, nspans = st["pos"], len(st["spans"])
            render(rng.choice(node[2]), rng, st, True)
            assert len(st["spans"]) == nspans, "labelled span inside a labelled phrase"
            value = "".join(out)[start:]
            assert value and value == value.strip(), repr(value)
            st["spans"].append((node[1], start, st["pos"], value))
        else:
            name, mod = node[1], node[2]
            if name in FRAGMENTS:
                start = st["pos"]
                render(parsed(rng.choice(FRAGMENTS[name])), rng, st, in_label)
                if mod == "cap":
                    text = "".join(out)
                    text = text[:start] + text[start].upper() + text[start + 1 :]
                    out[:] = [text]
                    st["spans"][:] = [
                        (lab, s, e, text[s:e]) if s == start else (lab, s, e, v)
                        for lab, s, e, v in st["spans"]
                    ]
                continue
            label, gen, digits_ok = SLOTS[name]
            value = gen(rng, st)
            if mod == "lc":
                value = value.lower()
            elif mod == "uc":
                value = value.upper()
            elif mod == "cap":
                value = value[:1].upper() + value[1:]
            elif mod == "nb":
                value = value.replace(" ", "\u00a0")
            if digits_ok and mod != "lat":
                value = localize(value, st["digits"])
            if label is not None:
                assert not in_label, f"labelled slot {name} inside a labelled phrase"
                st["spans"].append((label, st["pos"], st["pos"] + len(value), value))
            out.append(value)
            st["pos"] += len(value)


JOIN_RE = re.compile(r"[ ,،\u00a0-]{1,3}")


def fill(template: str, lang: str, rng: random.Random):
    digits = "latin"
    if lang in ARABIC_SCRIPT:
        digits = rng.choices(["latin", "indic", "eastern"], [55, 33, 12])[0]
    st = {"out": [], "pos": 0, "spans": [], "ctx": {}, "digits": digits}
    render(parsed(template), rng, st)
    text = "".join(st["out"])
    spans = sorted(st["spans"], key=lambda s: (s[1], s[2]))
    # a whole address is one span: LOCATION values written next to each other
    # ("Résidence Nour, immeuble B, appartement 4, Tanger") are merged, and so
    # are a first name and a family name filled side by side
    merged = []
    for span in spans:
        gap = text[merged[-1][2] : span[1]] if merged else ""
        if (
            merged
            and span[0] == merged[-1][0]
            and (
                (span[0] == "LOCATION" and JOIN_RE.fullmatch(gap))
                or (span[0] == "PERSON" and gap == " ")
            )
        ):
            prev = merged.pop()
            span = (span[0], prev[1], span[2], text[prev[1] : span[2]])
        merged.append(span)
    spans = merged
    for label, start, end, value in spans:
        assert text[start:end] == value, (text, label, start, end, value)
        assert label in LABELS
    for a, b in zip(spans, spans[1:]):
        assert a[2] <= b[1], ("overlap", text, a, b)
    return text, [(label, start, end) for label, start, end, _ in spans]


def check_digits(label: str, value: str) -> None:
    c = compact(value)
    if label == "MA_RIB":
        assert rib_ok(c), value
    elif label == "IBAN_CODE":
        assert iban_ok(c), value
    elif label == "CREDIT_CARD":
        assert c.isdigit() and len(c) in (15, 16) and luhn_ok(c), value
    elif label == "MA_ICE":
        assert ice_ok(c), value
    elif label == "MA_CIN":
        assert re.fullmatch(r"[A-Z]{1,2}\d{5,6}", c), value
    elif label == "MA_PASSPORT":
        assert re.fullmatch(r"[A-Z]{2}\d{7}", c), value
    elif label == "MA_MASSAR":
        assert re.fullmatch(r"[A-Z]\d{9}", c), value
    elif label == "MA_CNSS":
        assert re.fullmatch(r"\d{9}", c), value


# --------------------------------------------------------------------------
# sensitive phrases: clause fragments; the labelled part is the phrase that
# reveals the category about the person (subject and bare copula left out)
# --------------------------------------------------------------------------
FRAGMENTS = {
    "hea_fr": [
        "je suis [[HEALTH:diabétique de type 2]] depuis {yearp}",
        "ma femme est [[HEALTH:enceinte de ((trois|quatre|six|7)) mois]]",
        "je suis suivie pour [[HEALTH:une dépression sévère]]",
        "mon fils est [[HEALTH:asthmatique]]",
        "je prends du [[HEALTH:Levothyrox pour ma thyroïde]]",
        "je suis [[HEALTH:sous dialyse trois fois par semaine]]",
        "on m'a diagnostiqué [[HEALTH:un cancer du sein]] en {yearp}",
        "mon père fait [[HEALTH:de l'hypertension]] et prend [[HEALTH:de l'amlodipine]]",
        "je suis en [[HEALTH:arrêt maladie pour burn-out]]",
        "ma mère a [[HEALTH:la maladie d'Alzheimer]]",
        "je souffre [[HEALTH:d'épilepsie]] depuis l'enfance",
        "j'ai [[HEALTH:un trouble bipolaire]] stabilisé",
        "je suis [[HEALTH:sous chimiothérapie]] à l'hôpital",
        "j'ai été opéré [[HEALTH:d'une hernie discale]] le mois dernier",
        "je suis [[HEALTH:séropositif]] et sous traitement",
        "ma fille a [[HEALTH:une intolérance au gluten (maladie cœliaque)]]",
    ],
    "hea_en": [
        "I was diagnosed with [[HEALTH:type 1 diabetes]] in {yearp}",
        "my wife is [[HEALTH:five months pregnant]]",
        "I'm on [[HEALTH:antidepressants (sertraline 50mg)]]",
        "my son has [[HEALTH:a severe peanut allergy]]",
        "I'm [[HEALTH:HIV positive]]",
        "I've been [[HEALTH:undergoing chemotherapy]] since {month_en}",
        "I suffer from [[HEALTH:chronic migraines]]",
        "my dad had [[HEALTH:a stroke]] last week",
        "I'm [[HEALTH:recovering from knee surgery]]",
        "I have [[HEALTH:PTSD]] and see a therapist weekly",
        "I'm [[HEALTH:on insulin]] twice a day",
        "my mother is [[HEALTH:being treated for tuberculosis]]",
        "I've got [[HEALTH:high blood pressure]]",
        "I'm [[HEALTH:partially deaf in my left ear]]",
    ],
    "hea_ar": [
        "أعاني من [[HEALTH:مرض السكري من النوع الثاني]]",
        "زوجتي [[HEALTH:حامل في الشهر الخامس]]",
        "أتابع [[HEALTH:علاجا كيميائيا]] منذ ((شهرين|ثلاثة أشهر))",
        "ابني [[HEALTH:مصاب بالربو]]",
        "والدي [[HEALTH:يخضع لتصفية الدم]] ثلاث مرات في الأسبوع",
        "تم تشخيصي [[HEALTH:بالاكتئاب الحاد]]",
        "أتناول [[HEALTH:دواء ضغط الدم]] يوميا",
        "والدتي [[HEALTH:مصابة بمرض الزهايمر]]",
        "أجريت [[HEALTH:عملية جراحية على القلب]] السنة الماضية",
        "أعاني من [[HEALTH:الصرع]] منذ الطفولة",
        "أختي [[HEALTH:مريضة بسرطان الثدي]]",
        "أنا [[HEALTH:مصاب بفقر الدم]]",
    ],
    "hea_dar": [
        "fiya [[HEALTH:sokar]] w kan5od [[HEALTH:l'insuline]]",
        "mrati [[HEALTH:7amla f chhar ((5|6|3))]]",
        "3ndi [[HEALTH:tension]] ((bzaf|chwiya))",
        "weldi [[HEALTH:fih dii9a]] (asthme)",
        "kan5od [[HEALTH:dwa dyal l a3sab]]",
        "mama [[HEALTH:kat dir dyaliz]] 3 merrat f simana",
        "3ndi [[HEALTH:dépression]] w kantbe3 m3a psychiatre",
        "dert [[HEALTH:opération f lqalb]] l3am li fat",
        "baba [[HEALTH:mrid b cancer]]",
        "3ndi [[HEALTH:lmigraine]] kol nhar",
        "fiya [[HEALTH:l7assasiya dyal l9am7]]",
        "ana [[HEALTH:7amla]] w 3ndi rendez-vous m3a gyneco",
        "khti [[HEALTH:msaba b VIH]]",
    ],
    "hea_dar_ar": [
        "فيا [[HEALTH:السكر]] وكناخد [[HEALTH:الأنسولين]]",
        "مراتي [[HEALTH:حاملة فالشهر الرابع]]",
        "عندي [[HEALTH:الطانسيون]]",
        "ولدي [[HEALTH:فيه الضيقة]]",
        "الواليدة [[HEALTH:كدير الدياليز]]",
        "كناخد [[HEALTH:دوا ديال الأعصاب]]",
        "بابا [[HEALTH:مريض بالكونصير]]",
        "درت [[HEALTH:عملية فالركبة]]",
        "عندي [[HEALTH:الشقيقة]] كل نهار",
        "أنا [[HEALTH:حاملة]] وكنتبع عند الطبيبة",
    ],
    "rel_fr": [
        "je suis [[RELIGION_BELIEF:musulman pratiquant]]",
        "je suis [[RELIGION_BELIEF:de confession juive]]",
        "je me suis [[RELIGION_BELIEF:converti au christianisme]] il y a quelques années",
        "je suis [[RELIGION_BELIEF:athée]]",
        "je [[RELIGION_BELIEF:fais la prière du vendredi]] à la mosquée du quartier",
        "ma famille est [[RELIGION_BELIEF:chrétienne évangélique]]",
        "je [[RELIGION_BELIEF:porte le voile pour des raisons religieuses]]",
        "je suis [[RELIGION_BELIEF:chiite]]",
        "je [[RELIGION_BELIEF:jeûne pendant le ramadan]]",
        "je suis [[RELIGION_BELIEF:catholique pratiquante]]",
        "mon mari est [[RELIGION_BELIEF:bahaï]]",
    ],
    "rel_en": [
        "I'm a [[RELIGION_BELIEF:practising Muslim]]",
        "I [[RELIGION_BELIEF:converted to Islam]] in {yearp}",
        "I'm [[RELIGION_BELIEF:Jewish]]",
        "I'm an [[RELIGION_BELIEF:atheist]]",
        "my family is [[RELIGION_BELIEF:Catholic]]",
        "I [[RELIGION_BELIEF:observe Shabbat]]",
        "I'm a [[RELIGION_BELIEF:Jehovah's Witness]]",
        "I [[RELIGION_BELIEF:pray five times a day]]",
        "I'm a [[RELIGION_BELIEF:born-again Christian]]",
        "I [[RELIGION_BELIEF:fast during Ramadan]]",
    ],
    "rel_ar": [
        "أنا [[RELIGION_BELIEF:مسلم ملتزم]]",
        "[[RELIGION_BELIEF:اعتنقت المسيحية]] منذ سنوات",
        "أنا [[RELIGION_BELIEF:يهودي الديانة]]",
        "أنا [[RELIGION_BELIEF:ملحد]]",
        "[[RELIGION_BELIEF:أؤدي الصلوات الخمس في المسجد]]",
        "زوجتي [[RELIGION_BELIEF:مسيحية]]",
        "[[RELIGION_BELIEF:أصوم رمضان]] كل سنة",
        "أنا [[RELIGION_BELIEF:شيعي]]",
        "[[RELIGION_BELIEF:أنتمي إلى الطريقة البودشيشية]]",
        "[[RELIGION_BELIEF:أرتدي الحجاب لأسباب دينية]]",
    ],
    "rel_dar": [
        "ana [[RELIGION_BELIEF:mslma w kansali]]",
        "ana [[RELIGION_BELIEF:msi7i]]",
        "[[RELIGION_BELIEF:kansoum ramdan]] 3adi",
        "ana [[RELIGION_BELIEF:mol7id]]",
        "ana [[RELIGION_BELIEF:yahoudiya]]",
        "[[RELIGION_BELIEF:dkhelt l msi7iya]] hadi 3 snin",
        "ana [[RELIGION_BELIEF:chi3i]]",
        "[[RELIGION_BELIEF:kan7dar l zawiya kol jem3a]]",
        "[[RELIGION_BELIEF:kanlbes l7ijab 3la 9bel din]]",
    ],
    "rel_dar_ar": [
        "أنا [[RELIGION_BELIEF:مسلمة وكنصلي]]",
        "أنا [[RELIGION_BELIEF:مسيحي]]",
        "[[RELIGION_BELIEF:كنصوم رمضان]]",
        "[[RELIGION_BELIEF:دخلت للمسيحية]]",
        "أنا [[RELIGION_BELIEF:ملحد]]",
        "أنا [[RELIGION_BELIEF:شيعي]]",
        "[[RELIGION_BELIEF:كنمشي للزاوية كل جمعة]]",
        "[[RELIGION_BELIEF:كنلبس الحجاب على قبل الدين]]",
    ],
    "pol_fr": [
        "je suis [[POLITICAL_OPINION:militant au PSU]] depuis la fac",
        "[[POLITICAL_OPINION:j'ai voté pour le RNI]] aux dernières élections",
        "je suis [[POLITICAL_OPINION:membre du bureau local de l'Istiqlal]]",
        "j'ai [[POLITICAL_OPINION:fait campagne pour l'USFP]]",
        "je [[POLITICAL_OPINION:soutiens le mouvement du 20 février]]",
        "mon frère est [[POLITICAL_OPINION:sympathisant du PJD]]",
        "je suis [[POLITICAL_OPINION:de gauche, plutôt communiste]]",
        "j'ai [[POLITICAL_OPINION:participé aux marches du Hirak]]",
        "je suis [[POLITICAL_OPINION:candidate du PAM aux communales]]",
        "je suis [[POLITICAL_OPINION:militante écologiste chez les Verts]]",
        "je suis [[POLITICAL_OPINION:monarchiste convaincu]]",
    ],
    "pol_en": [
        "I [[POLITICAL_OPINION:voted Labour]] last time",
        "I'm a [[POLITICAL_OPINION:registered Republican]]",
        "I [[POLITICAL_OPINION:volunteered for the Green Party campaign]]",
        "I'm [[POLITICAL_OPINION:a member of the PJD youth wing]]",
        "I'm a [[POLITICAL_OPINION:staunch conservative]]",
        "I [[POLITICAL_OPINION:support the Hirak movement]]",
        "I'm a [[POLITICAL_OPINION:socialist]]",
        "I was [[POLITICAL_OPINION:a delegate at the RNI congress]]",
        "I [[POLITICAL_OPINION:campaign for the Democrats]] every cycle",
    ],
    "pol_ar": [
        "أنا [[POLITICAL_OPINION:عضو في حزب الاستقلال]]",
        "[[POLITICAL_OPINION:صوتت لصالح حزب التجمع الوطني للأحرار]]",
        "[[POLITICAL_OPINION:شاركت في الحملة الانتخابية لحزب العدالة والتنمية]]",
        "أنا [[POLITICAL_OPINION:مناضل في الحزب الاشتراكي الموحد]]",
        "[[POLITICAL_OPINION:أؤيد حراك الريف]]",
        "أنا [[POLITICAL_OPINION:منخرط في حزب الأصالة والمعاصرة]]",
        "[[POLITICAL_OPINION:ترشحت باسم الاتحاد الاشتراكي]] في الانتخابات الجماعية",
        "أخي [[POLITICAL_OPINION:ناشط في حركة 20 فبراير]]",
        "أنا [[POLITICAL_OPINION:يساري التوجه]]",
    ],
    "pol_dar": [
        "ana [[POLITICAL_OPINION:m3a PJD]] mn zman",
        "[[POLITICAL_OPINION:sowett 3la l7mama]] f les élections",
        "[[POLITICAL_OPINION:sowett 3la lmisba7]]",
        "ana [[POLITICAL_OPINION:mnadel f PSU]]",
        "[[POLITICAL_OPINION:kandir campagne l PAM]] f l7ouma",
        "khouya [[POLITICAL_OPINION:kan m3a l7irak]]",
        "ana [[POLITICAL_OPINION:yassari]]",
        "[[POLITICAL_OPINION:kansupporti l'Istiqlal]]",
        "ana [[POLITICAL_OPINION:m9ayda f chabiba dyal l'USFP]]",
    ],
    "pol_dar_ar": [
        "أنا [[POLITICAL_OPINION:مع البيجيدي]]",
        "[[POLITICAL_OPINION:صوتت على الحمامة]]",
        "[[POLITICAL_OPINION:صوتت على المصباح]]",
        "أنا [[POLITICAL_OPINION:مناضل فالاشتراكي الموحد]]",
        "[[POLITICAL_OPINION:كندير الحملة للبام]]",
        "خويا [[POLITICAL_OPINION:كان مع الحراك]]",
        "أنا [[POLITICAL_OPINION:يساري]]",
        "[[POLITICAL_OPINION:مقيد فشبيبة الاستقلال]]",
    ],
    "uni_fr": [
        "je suis [[UNION_MEMBERSHIP:adhérent à l'UMT]]",
        "je suis [[UNION_MEMBERSHIP:déléguée syndicale CDT]]",
        "je suis [[UNION_MEMBERSHIP:membre du bureau syndical de l'UGTM]]",
        "ma [[UNION_MEMBERSHIP:cotisation syndicale FDT]] est prélevée chaque mois",
        "j'ai été [[UNION_MEMBERSHIP:élu délégué du personnel sur la liste UMT]]",
        "je suis [[UNION_MEMBERSHIP:syndiqué au SNE-FDT]]",
        "je suis [[UNION_MEMBERSHIP:représentant syndical]] au sein de l'usine",
        "j'ai [[UNION_MEMBERSHIP:rejoint le syndicat des infirmiers]]",
    ],
    "uni_en": [
        "I'm a [[UNION_MEMBERSHIP:shop steward for Unite]]",
        "I [[UNION_MEMBERSHIP:joined the teachers' union]] last year",
        "I'm [[UNION_MEMBERSHIP:a union member (UMT)]]",
        "my [[UNION_MEMBERSHIP:union dues for the CDT]] are deducted from payroll",
        "I was [[UNION_MEMBERSHIP:elected union rep]] for the night shift",
        "she's [[UNION_MEMBERSHIP:on the UGTM union committee]]",
        "I'm [[UNION_MEMBERSHIP:a member of the nurses' union]]",
    ],
    "uni_ar": [
        "أنا [[UNION_MEMBERSHIP:عضو في الاتحاد المغربي للشغل]]",
        "أنا [[UNION_MEMBERSHIP:مندوب نقابي عن الكونفدرالية الديمقراطية للشغل]]",
        "أنا [[UNION_MEMBERSHIP:منخرطة في النقابة الوطنية للتعليم]]",
        "[[UNION_MEMBERSHIP:اشتراكي في الاتحاد العام للشغالين]] يقتطع من أجرتي",
        "[[UNION_MEMBERSHIP:انتخبت مندوبا للأجراء باسم النقابة]]",
        "أنا [[UNION_MEMBERSHIP:عضو المكتب النقابي]] بالمؤسسة",
    ],
    "uni_dar": [
        "ana [[UNION_MEMBERSHIP:m3a nnaqaba dyal UMT]]",
        "ana [[UNION_MEMBERSHIP:mandoub nnaqaba f lmasna3]]",
        "[[UNION_MEMBERSHIP:dkhelt l CDT]] had l3am",
        "[[UNION_MEMBERSHIP:kan5elles la cotisation dyal nnaqaba]]",
        "ana [[UNION_MEMBERSHIP:syndiqué f UGTM]]",
        "khti [[UNION_MEMBERSHIP:f lmaktab nnaqabi]]",
    ],
    "uni_dar_ar": [
        "أنا [[UNION_MEMBERSHIP:مع النقابة ديال UMT]]",
        "أنا [[UNION_MEMBERSHIP:مندوب النقابة فالمعمل]]",
        "[[UNION_MEMBERSHIP:دخلت للسيديتي]] هاد العام",
        "[[UNION_MEMBERSHIP:كنخلص الكوتيزاسيون ديال النقابة]]",
        "أنا [[UNION_MEMBERSHIP:نقابي فالاتحاد المغربي للشغل]]",
    ],
    "eth_fr": [
        "je suis [[ETHNIC_ORIGIN:d'origine amazighe]]",
        "je suis [[ETHNIC_ORIGIN:rifain]] de naissance",
        "je suis [[ETHNIC_ORIGIN:sahraoui]]",
        "je suis [[ETHNIC_ORIGIN:peule]]",
        "je suis [[ETHNIC_ORIGIN:métisse]]",
        "je suis [[ETHNIC_ORIGIN:soussi]], chleuh pur",
        "je suis [[ETHNIC_ORIGIN:d'origine berbère]]",
        "ma famille est [[ETHNIC_ORIGIN:de la tribu des Ait Atta]]",
        "je suis [[ETHNIC_ORIGIN:noire]]",
        "je suis [[ETHNIC_ORIGIN:d'origine subsaharienne]]",
    ],
    "eth_en": [
        "I'm [[ETHNIC_ORIGIN:of Amazigh descent]]",
        "I'm [[ETHNIC_ORIGIN:Black British]]",
        "I'm [[ETHNIC_ORIGIN:half Berber, half Arab]]",
        "I'm [[ETHNIC_ORIGIN:Sahrawi]]",
        "I'm a [[ETHNIC_ORIGIN:Fulani]] woman",
        "I'm [[ETHNIC_ORIGIN:mixed-race]]",
        "I come from a [[ETHNIC_ORIGIN:Riffian]] family",
        "I'm [[ETHNIC_ORIGIN:of Sub-Saharan origin]]",
    ],
    "eth_ar": [
        "أنا [[ETHNIC_ORIGIN:من أصل أمازيغي]]",
        "أنا [[ETHNIC_ORIGIN:ريفي]]",
        "أنا [[ETHNIC_ORIGIN:صحراوي حساني]]",
        "أنا [[ETHNIC_ORIGIN:من أصول إفريقية جنوب الصحراء]]",
        "أنا [[ETHNIC_ORIGIN:سوسي]]",
        "عائلتي [[ETHNIC_ORIGIN:من قبيلة آيت عطا]]",
        "أنا [[ETHNIC_ORIGIN:من أصل عربي]]",
    ],
    "eth_dar": [
        "ana [[ETHNIC_ORIGIN:chel7]]",
        "ana [[ETHNIC_ORIGIN:riffi]]",
        "ana [[ETHNIC_ORIGIN:sa7raouiya]]",
        "ana [[ETHNIC_ORIGIN:3roubi]]",
        "ana [[ETHNIC_ORIGIN:soussi]]",
        "ana [[ETHNIC_ORIGIN:amazighiya]]",
        "ana [[ETHNIC_ORIGIN:mn asl afri9i]]",
        "ana [[ETHNIC_ORIGIN:jebli]]",
    ],
    "eth_dar_ar": [
        "أنا [[ETHNIC_ORIGIN:شلح]]",
        "أنا [[ETHNIC_ORIGIN:ريفية]]",
        "أنا [[ETHNIC_ORIGIN:صحراوي]]",
        "أنا [[ETHNIC_ORIGIN:عروبي]]",
        "أنا [[ETHNIC_ORIGIN:سوسية]]",
        "أنا [[ETHNIC_ORIGIN:أمازيغي]]",
        "أنا [[ETHNIC_ORIGIN:جبلي]]",
    ],
    "gen_fr": [
        "j'ai fait un [[GENETIC:test ADN de paternité]]",
        "je suis [[GENETIC:porteuse de la mutation BRCA1]]",
        "je suis [[GENETIC:porteur sain de la drépanocytose]]",
        "le [[GENETIC:caryotype de mon fils]] est revenu",
        "j'ai les [[GENETIC:résultats de mon séquençage génétique]]",
        "on m'a fait un [[GENETIC:test génétique pour la mucoviscidose]]",
        "mon [[GENETIC:profil génétique]] montre un risque élevé",
    ],
    "gen_en": [
        "I did a [[GENETIC:DNA paternity test]]",
        "I'm a [[GENETIC:BRCA2 mutation carrier]]",
        "here is [[GENETIC:my 23andMe raw data]]",
        "I had [[GENETIC:genetic screening for thalassemia]]",
        "I got my [[GENETIC:whole-genome sequencing results]]",
        "I'm a [[GENETIC:carrier of the cystic fibrosis gene]]",
    ],
    "gen_ar": [
        "أجريت [[GENETIC:تحليل الحمض النووي]]",
        "طلبت [[GENETIC:اختبار البصمة الوراثية لإثبات النسب]]",
        "أنا [[GENETIC:حامل لطفرة جينية وراثية]]",
        "وصلتني [[GENETIC:نتائج الفحص الجيني]]",
        "لدي [[GENETIC:نتائج التحليل الوراثي لابني]]",
    ],
    "gen_dar": [
        "dert [[GENETIC:test ADN]]",
        "bghit [[GENETIC:tahlil dyal ADN]] l weldi",
        "khrjat [[GENETIC:l'analyse génétique dyali]]",
        "l9aw 3ndi [[GENETIC:mutation BRCA]]",
        "bghina [[GENETIC:test dyal paternité]]",
    ],
    "gen_dar_ar": [
        "درت [[GENETIC:تحليلة ADN]]",
        "بغينا [[GENETIC:التيست ديال البوة]]",
        "خرجات [[GENETIC:التحليلة الجينية ديالي]]",
        "لقاو عندي [[GENETIC:طفرة فالجينات]]",
    ],
    "bio_fr": [
        "[[BIOMETRIC:mes empreintes digitales]] ont été enregistrées",
        "le [[BIOMETRIC:gabarit de reconnaissance faciale]] de l'employé est stocké",
        "on m'a fait un [[BIOMETRIC:scan de l'iris]]",
        "mon [[BIOMETRIC:empreinte vocale]] sert à l'authentification",
        "j'ai envoyé mon [[BIOMETRIC:selfie biométrique]]",
        "[[BIOMETRIC:l'empreinte palmaire]] du client est gardée",
    ],
    "bio_en": [
        "my [[BIOMETRIC:fingerprints]] were captured",
        "my [[BIOMETRIC:face template]] is stored on the server",
        "they took an [[BIOMETRIC:iris scan]]",
        "my [[BIOMETRIC:voiceprint]] is used for login",
        "my [[BIOMETRIC:Face ID enrolment data]] was copied",
        "they kept my [[BIOMETRIC:palm vein scan]]",
    ],
    "bio_ar": [
        "تم تسجيل [[BIOMETRIC:بصمات أصابعي]]",
        "خزنت الشركة [[BIOMETRIC:بصمة وجهي]]",
        "أخذوا [[BIOMETRIC:بصمة العين]] الخاصة بي",
        "تستعمل [[BIOMETRIC:بصمتي الصوتية]] للدخول",
        "أرسلت [[BIOMETRIC:صورة الوجه البيومترية]]",
    ],
    "bio_dar": [
        "khdaw [[BIOMETRIC:l'empreinte dyali]]",
        "dert [[BIOMETRIC:lbasma dyal sba3]]",
        "sjlo [[BIOMETRIC:reconnaissance faciale dyali]]",
        "dart liya [[BIOMETRIC:scan dyal l3in]]",
    ],
    "bio_dar_ar": [
        "خداو [[BIOMETRIC:البصمة ديالي]]",
        "درت [[BIOMETRIC:بصمة الصبع]]",
        "سجلو [[BIOMETRIC:بصمة الوجه ديالي]]",
        "دارو ليا [[BIOMETRIC:السكان ديال العين]]",
    ],
    "cri_fr": [
        "j'ai été [[CRIMINAL:condamné à deux ans de prison pour vol]]",
        "mon [[CRIMINAL:casier judiciaire mentionne une condamnation pour escroquerie]]",
        "il [[CRIMINAL:a purgé 18 mois de prison]]",
        "je suis [[CRIMINAL:un ancien détenu]]",
        "j'ai eu [[CRIMINAL:une condamnation avec sursis pour conduite en état d'ivresse]]",
        "j'ai été [[CRIMINAL:placé en garde à vue pour trafic]]",
        "je suis [[CRIMINAL:poursuivi pour abus de confiance]]",
        "j'ai été [[CRIMINAL:condamnée pour émission de chèque sans provision]]",
    ],
    "cri_en": [
        "I was [[CRIMINAL:convicted of fraud]] in {yearp}",
        "I [[CRIMINAL:served three years for burglary]]",
        "I have [[CRIMINAL:a prior DUI conviction]]",
        "I'm [[CRIMINAL:on probation]] until next year",
        "I have [[CRIMINAL:a criminal record for assault]]",
        "I was [[CRIMINAL:released from prison]] last spring",
        "he was [[CRIMINAL:charged with money laundering]]",
    ],
    "cri_ar": [
        "[[CRIMINAL:حكم عليه بسنتين حبسا نافذا]]",
        "لديه [[CRIMINAL:سوابق عدلية في السرقة]]",
        "[[CRIMINAL:قضى ثلاث سنوات في السجن]]",
        "[[CRIMINAL:أدين بتهمة النصب والاحتيال]]",
        "هو [[CRIMINAL:متابع في حالة اعتقال]]",
        "[[CRIMINAL:صدر في حقه حكم بالسجن موقوف التنفيذ]]",
        "[[CRIMINAL:أدنت بإصدار شيك بدون رصيد]]",
    ],
    "cri_dar": [
        "[[CRIMINAL:t7kem 3lih b 6 chhor]]",
        "[[CRIMINAL:dkhel l7bs 3 snin]]",
        "[[CRIMINAL:3ndo sawabi9]]",
        "[[CRIMINAL:khrej mn l7bs]] l3am li fat",
        "[[CRIMINAL:chedouh f 9adiya dyal drogue]]",
        "[[CRIMINAL:t7kem 3liya f chèque bla provision]]",
    ],
    "cri_dar_ar": [
        "[[CRIMINAL:تحكم عليه بستة شهور]]",
        "[[CRIMINAL:دخل الحبس عامين]]",
        "[[CRIMINAL:عندو السوابق]]",
        "[[CRIMINAL:خرج من الحبس]] العام اللي فات",
        "[[CRIMINAL:شدوه فقضية ديال الكريساج]]",
        "[[CRIMINAL:تحكم عليا فشيك بلا رصيد]]",
    ],
}


# --------------------------------------------------------------------------
# templates, one per "%% domain" line
# --------------------------------------------------------------------------
FR = r"""
%% support
Bonjour, je m'appelle {name} et je n'arrive plus à me connecter à mon espace client depuis hier soir. Vous pouvez me rappeler au {phone} avant {time} ? merci
%% delivery
Salut,
le livreur {mname} est passé mais j'étais pas là 😅 vous pouvez relivrer demain au {addr} ? commande {order}
%% hr
Objet : demande d'attestation de travail

Madame, Monsieur,
Je soussignée {fname} {last}, née le {dob} à {city}, CIN {cin}, immatriculée à la CNSS sous le n° {cnss}, vous prie de bien vouloir me délivrer une attestation de travail.
Cordialement
%% bank
Bonjour, je souhaite faire un virement de {amount} DH vers le RIB {rib} au nom de {name}. Référence de la facture : {invoice}. Merci de confirmer.
%% health
Bonjour docteur, c'est {fname} {last}, {hea_fr}. Il me faut un renouvellement d'ordonnance, je peux passer {day} matin ?
%% pharmacy
bonsoir, est ce que vous avez du {med} en stock ?? je passe vers {time}. merci bcp
%% realestate
A LOUER : appartement 3 pièces, {n2} m², cuisine équipée, {amount} DH/mois charges comprises. Visites le {day} à partir de {time}. Agence {company}, réf. annonce {sku}.
%% delivery
Votre colis {track} est en cours de livraison. Livreur : {mname} ({phone}). Adresse de livraison : {addr}. Paiement à la livraison : {amount} DH.
%% gov
Bonjour, pour renouveler le passeport de mon fils {mname} {last} (né le {dobk} à {city}), faut-il apporter l'ancien passeport {passport} et la CIN du père, {cin} ?
%% school
Bonjour Madame,
je suis la maman de {fname}, élève en 2ème année collège (code Massar {massar}). Elle sera absente {day} pour [[HEALTH:le suivi de son diabète]] à l'hôpital d'enfants.
Merci de votre compréhension
%% insurance
Déclaration de sinistre – contrat {policy}
Le {date} vers {time}, mon véhicule immatriculé {plate} a été percuté à l'arrêt par un camion de la société {company}. Conducteur du camion : {NAME}, tél. {phone}.
%% prompt
Résume ce CV en 5 lignes stp :

{NAME}
Né le {dob} – {addr}
{email} | {phone}
Expérience : 6 ans chez {company} comme chef de projet, puis consultant indépendant.
%% crm
Note CRM – client {name} ({email}) rappelé le {date}. Veut résilier l'offre fibre. Signale qu'il est [[HEALTH:malvoyant]] et ne peut pas lire les SMS : privilégier les appels.
%% logs
j'ai cette erreur dans les logs, une idée ?
[{iso}] WARN auth failed user={email} ip={ip} attempts=3
[{iso}] INFO retry scheduled job={uuid}
%% json
Voici le payload qui fait planter l'API :
{"client": "{name}", "cin": "{cin}", "tel": "{phone}", "ville": "{city}", "montant": {n2}, "ref": "{order}"}
%% bank
Demande de crédit immobilier : je suis {name}, fonctionnaire, salaire net {amount} DH. J'habite actuellement {addr}. Mon IBAN pour le prélèvement : {iban}.
%% hr
Bonjour à l'équipe RH,
suite aux élections de mars, {uni_fr}. Merci d'en tenir compte pour mes heures de délégation.
{name}
%% hr
Bonjour, {rel_fr} ; serait-il possible de décaler ma pause du vendredi à {time} ? Merci d'avance, {first}
%% gov
Bonjour, je dois fournir un extrait de casier judiciaire pour un poste. Honnêtement [[CRIMINAL:j'ai été condamné en {yearp} à six mois avec sursis]], est-ce que ça apparaît encore ? Ma CIN : {cin}
%% hr
Note interne : la pointeuse de l'atelier {n} enregistre désormais [[BIOMETRIC:les empreintes digitales des ouvriers]]. {name} refuse et demande une alternative par badge.
%% health
Bonjour Dr {last}, {gen_fr}. Pouvez-vous m'expliquer ce que ça veut dire ? Je suis joignable au {phone}.
%% crm
Dossier bourse – association {company}
Candidate : {name}, {city}. Elle précise : « {eth_fr} et je parle tachelhit à la maison ».
%% support
Bonjour, ma commande {order} du {date} n'est toujours pas arrivée. Le suivi {track} indique « en transit » depuis 5 jours. Montant payé : {amount} DH. Merci de vérifier.
%% hr
Rappel : la réunion d'équipe est déplacée au {day} {date} à {time}, salle {n2}. Ordre du jour : passage à la {version} et planning des congés.
%% bank
Facture {invoice} émise par {company}, siège social : {n2}, boulevard Zerktouni, Casablanca. Total TTC : {amount} DH. Échéance : {date}.
%% health
C'est quoi la différence entre le {med} et l'ibuprofène ? On peut les prendre pendant la grossesse ou pas ? (question générale, pour un article)
%% prompt
Quels sont les syndicats les plus représentatifs au Maroc en {yearp} ? Fais-moi un tableau avec leur date de création.
%% prompt
Le Maroc encadre-t-il la reconnaissance faciale dans les lieux publics ? Fais-moi une synthèse de la loi 09-08 en {n} points.
%% support
Bonjour, mon {model} (IMEI {imei}) est bloqué depuis la mise à jour {version}. Je l'ai acheté chez vous le {date}, ticket de caisse {ticket}.
%% bank
Virement rejeté – référence {ref24}, montant {amount} MAD, date de valeur {date}. Motif : compte destinataire clôturé.
%% ecommerce
PROMO ce week-end chez {shop} : -{pct} sur tout le rayon électroménager !! Code article {sku}, stock limité.
%% prompt
Combien de kilomètres entre Fès et Meknès par l'autoroute, et combien coûte le péage ? Réponds en {n} lignes max.
%% support
Alerte météo niveau orange pour {day} : fortes rafales sur Tanger, Tétouan et Al Hoceima. Les traversées du port de Tanger Med peuvent être retardées (vol {flight} maintenu).
%% delivery
Bjr, c {fname} 🙂 mon adresse a changé, c'est maintenant {res}, {city}. Le code de la porte c'est {otp}. Merci !!
%% realestate
Bonjour Maître {last},
je vous confirme que nous signerons le compromis le {date} à {time}. Le vendeur, {name}, demeurant {addr}, apportera sa CIN ({cin}).
Bien à vous
%% gov
Objet : réclamation – dossier {dossier}
Monsieur le Président de la commune,
Je soussigné {last:uc} {mname}, domicilié au {douar}, né le {dob}, sollicite un certificat de résidence.
%% health
Bonjour, je voudrais prendre rendez-vous chez le Dr {last_fr} pour ma mère, elle est [[HEALTH:diabétique et hypertendue]], elle a du mal à marcher. Téléphone : {phone}.
%% pharmacy
Bonsoir, ordonnance pour {name} : [[HEALTH:Metformine 850 mg, 2 fois par jour]]. Vous livrez à {quarter} ? Je paie par carte.
%% insurance
Bonjour, je vous envoie le constat amiable. Mon véhicule : {plate_lat}. L'autre conducteur : M. {last}, tél. {phone}. Je suis blessé au genou, [[HEALTH:arrêt de travail de 15 jours]].
%% bank
Opposition carte bancaire : ma carte {card} a été avalée par le guichet {bank_b}. Merci de la bloquer. Titulaire : {name}, né le {dob}.
%% ecommerce
Commande confirmée ✅
N° {order} – {n} article(s)
Livraison prévue le {date} entre ((9h|10h|14h)) et 18h
Total : {amount} DH (paiement à la livraison)
%% hr
Bonjour {first},
Bienvenue chez {company} ! Merci de nous envoyer avant lundi : copie CIN, RIB, attestation CNSS. Ton manager sera {name}.
%% hr
Bonjour, veuillez trouver ci-joint mes coordonnées bancaires pour le virement du salaire : RIB {rib}, banque {bank_b}. Mon numéro CNSS : {cnss}. {NAME}
%% school
Madame la Directrice,
Je soussigné {mname} {last}, père de l'élève {mname} (Massar : {massar}), né le {dob}, sollicite le transfert de mon fils vers un autre établissement. Nous habitons désormais {addr}.
%% crm
Lead #{n2} – {name_fr}, {city_fx}. Intéressé(e) par un riad à Marrakech pour {n} nuits en avril. Contact : {email} / {phone_fx}.
%% logs
{iso} ERROR PaymentService - card={card} declined (code 05), customer_ip={ip}
%% support
Bonjour, je vous écris de la part de ma sœur {fname} {last}. Elle est [[HEALTH:hospitalisée pour une appendicite]] et ne peut pas venir chercher son colis {track}. Je peux le récupérer avec ma CIN {cin} ?
%% prompt
Rédige un mail de relance poli pour un client qui n'a pas payé la facture {invoice} de {amount} DH, échue depuis le {date}. Ton professionnel, pas plus de 8 lignes.
%% prompt
Explique-moi simplement ce qu'est un test ADN de paternité et combien ça coûte en général au Maroc ? ({n} phrases)
%% support
Votre code de vérification est {otp}. Il expire dans {n} minutes. Ne le communiquez à personne.
%% gov
Madame, Monsieur,
Je vous informe que ma carte nationale n° {cin} a été perdue le {date} à {city}. Je m'appelle {name}, je suis [[ETHNIC_ORIGIN:d'origine sahraouie]] et né le {dob} à {city}.
%% hr
Entretien annuel – {last:uc} {fname}
Points forts : rigueur, relation client.
À noter : a informé son manager qu'[[HEALTH:elle suit un traitement pour l'anxiété]] ; aménagement du télétravail accordé.
%% health
Bonjour, mon mari {mname} a fait une [[HEALTH:crise d'épilepsie]] cette nuit, on est aux urgences. Vous pouvez décaler son rendez-vous du {date} ? Merci. {phone}
%% crm
Compte-rendu appel : M. {last} ({phone}) demande la suppression de ses données. Il dit qu'il [[POLITICAL_OPINION:milite au PPS]] et ne veut plus recevoir de SMS électoraux.
%% gov
Bonjour, je suis délégué de la commune et je fais l'inventaire : {name}, {douar}, tél. {phone}. Cette personne souhaite s'inscrire sur les listes électorales.
%% ecommerce
Retour produit : le casque {sku} ne fonctionne pas. Commande {order}. Je souhaite un remboursement sur ma carte se terminant par {n2}. Merci.
%% bank
Bonjour, j'ai reçu un SMS me demandant de confirmer mon compte sur un lien bizarre, c'est vous ? Je n'ai rien cliqué. Ticket {ticket}.
%% support
Vous avez indiqué que l'application {app} plante sous Android 14 ; la version {version} corrige ce bug. Merci de mettre à jour et de redémarrer votre appareil.
%% realestate
Bonjour, suite à l'annonce {sku} : le studio est-il toujours dispo ? Je suis étudiante, [[RELIGION_BELIEF:je suis pratiquante]] donc je préférerais une colocation entre filles. {fname}, {phone}
%% hr
Bonjour Monsieur {last},
Nous avons bien reçu votre candidature. Votre dossier mentionne [[CRIMINAL:une condamnation pour vol en {yearp}]] ; conformément à la procédure, un entretien avec le responsable sûreté est prévu le {date}.
%% prompt
Voici un échange client, anonymise-le avant de l'envoyer au modèle :
« Bonjour, je suis {name}, ma carte {card} a été débitée deux fois. Mon adresse : {addr}. »
%% crm
Ticket {ticket} – client {NAME} – statut : résolu. Remboursement {amount} DH effectué sur le RIB {rib}.
%% insurance
Demande de prise en charge – mutuelle
Assuré : {name}, n° d'adhérent {n2}{otp}
Acte : [[HEALTH:séances de kinésithérapie après fracture du poignet]]
Montant : {amount} DH
%% health
Bonjour, ma fille {fname} a [[HEALTH:une otite]] et [[HEALTH:de la fièvre depuis deux jours]], le pédiatre peut-il la voir aujourd'hui ? On est à {quarter}.
%% gov
Pièces pour la demande de carte grise : CIN du propriétaire ({cin}), certificat de visite technique, ancienne carte grise n° {dossier}, plaque actuelle {plate}.
%% school
Bonjour, les notes du contrôle continu seront publiées sur Massar le {date}. Les parents peuvent consulter via l'espace parents. Réunion le {day} à {time}.
%% delivery
Livraison impossible : adresse incomplète pour la commande {order}. Merci de préciser votre adresse exacte en répondant à ce message.
%% prompt
Traduis en anglais : « Le contrat est conclu pour une durée de {n} ans renouvelable, le loyer mensuel est fixé à {amount} dirhams, payable avant le 5 de chaque mois. »
%% support
Bjr, j'ai été débité de {amount} DH pour un abonnement que je n'ai pas demandé 😡 réf transaction {ref24}
%% health
Question générale : est-ce que la drépanocytose est héréditaire ? Et peut-on faire un dépistage prénatal au Maroc ?
%% ecommerce
Bonjour, je suis {first} ({email}). Je n'ai pas reçu la facture de ma commande {order}. Pouvez-vous la renvoyer ? Mon ICE d'auto-entrepreneur : {ice}.
%% bank
Bonjour, ma sœur {name} vit à {city_fx}, elle veut m'envoyer de l'argent depuis son compte {iban_fx} vers mon IBAN {iban}. C'est bien ces deux numéros qu'il faut ?
%% hr
Compte rendu de réunion CSE : {name} ([[UNION_MEMBERSHIP:délégué UMT]]) a demandé la révision des primes. {name} a proposé un vote le {date}.
%% gov
Bonjour, mon frère {mname} {last} [[CRIMINAL:a purgé sa peine à la prison locale]] et il est sorti le {date}. Comment faire pour récupérer son passeport {passport} ?
%% crm
Profil client – {NAME} – segment premium. Préférences : chambre non-fumeur, [[RELIGION_BELIEF:repas casher]]. Arrivée prévue le {date} à {time}.
%% logs
{iso} sshd[{otp}]: Failed password for invalid user admin from {ip} port 5{n2} ssh2
%% json
{"event":"kyc_check","user":{"nom":"{NAME}","date_naissance":"{dob}","cin":"{cin}"},"selfie_match":0.97,"source_ip":"{ip}"}
%% health
Bonsoir, je suis [[HEALTH:enceinte de 8 semaines]] et j'ai des saignements légers, est-ce que je dois aller aux urgences ? Je m'appelle {fname}, j'habite {quarter}.
%% prompt
Résume ce dossier médical pour le médecin de garde : patient {name}, né le {dob}, [[HEALTH:insuffisance rénale chronique stade 3]], [[HEALTH:sous Kayexalate]]. Contact famille : {phone}.
%% realestate
Bonjour, je cherche un appartement à louer près du centre, budget {amount} DH max. Deux chambres, ascenseur si possible.
%% support
Bonjour, je n'arrive pas à valider mon inscription sur la plateforme : « erreur {n2} – session expirée ». Navigateur : Chrome {version}.
%% bank
Relevé du {date} : solde créditeur {amount} DH. Prochaine échéance de prêt : {date}. Taux : ((4,25|5,1|6,3)) % annuel.
%% insurance
Bonjour, c'est pour une déclaration de vol : on m'a volé mon téléphone {model} (IMEI {imei}) dans le tram. Contrat {policy}. Je suis {name}.
%% hr
Bonjour,
je me permets de vous signaler que {name} ([[UNION_MEMBERSHIP:secrétaire général de la section syndicale CDT]]) sera absent le {date} pour le congrès.
%% gov
Bonjour, mon père {last:uc} {mname} est [[HEALTH:hémiplégique depuis son AVC]]. Peut-il donner procuration pour retirer sa pension ? Il habite {addr}.
%% crm
Relance client : {name_af}, étudiant, {city}, tél. {phone}. Se décrit comme [[ETHNIC_ORIGIN:Peul]] ; souhaite un conseiller qui parle pulaar ou français.
%% support
ok c bon voilà mon num de carte nationale : {cin} et le tel {phone}
%% bank
Oui c'est confirmé.
{cin}
Merci de débloquer le compte.
%% prompt
Peux-tu m'aider à remplir ce formulaire ? Nom : {last:uc} Prénom : {first} Date et lieu de naissance : {dob} à {city} Adresse : {addr}
%% school
Convocation examen régional – candidat {NAME}, n° Massar {massar}, centre d'examen : {school_b}, salle {n}. Se présenter à {time} avec la convocation.
%% hr
Bonjour, suite au contrôle d'accès, merci de passer au service sécurité pour l'enrôlement de [[BIOMETRIC:votre visage et de votre empreinte]] avant le {date}. {company}
%% health
Bonjour Dr {last}, le labo a envoyé les résultats du [[GENETIC:séquençage BRCA]] de {fname} ? Elle stresse beaucoup. Merci.
"""

EN = r"""
%% support
Hi, my name is {name_en} and I'm staying in {city} until Friday. My card {card} was charged twice for booking {order}. Can you call me on {phone_fx}?
%% prompt
Summarize this CV in three bullet points:
{NAME}, born {dob_en} in {city}
{addr_en} · {email} · {phone}
Languages: Arabic, Tamazight, French, English
%% hr
Hi HR team,
just a heads-up that {hea_en}, so I'll need to work from home on Tuesdays for the next couple of months. Thanks, {first_en}
%% bank
Hello, please update my payout details. New IBAN: {iban}. Account holder: {name}. Old IBAN ending {n2} should be removed.
%% delivery
Your parcel {track} is out for delivery today. Driver: {mname}, {phone}. Delivery address on file: {addr_en}.
%% health
Dear Dr {last},
I'm writing about my daughter {fname}. She was [[HEALTH:diagnosed with celiac disease]] in {month_en} and we'd like a follow-up. Best, {name}
%% crm
CRM note: spoke with {name_en} ({email}). Customer said "{rel_en:cap}" and asked whether the hotel restaurant can serve halal meals. Follow up on {date_en}.
%% logs
Can you explain this log line?
{iso} level=error msg="login blocked" user_id={n2}{otp} email={email} remote_addr={ip} reason=too_many_attempts
%% json
Here's the record that failed validation, can you spot the problem?
{"full_name": "{name}", "passport_no": "{passport}", "nationality": "MA", "dob": "{dob_en}", "phone": "{phone}"}
%% insurance
Claim {policy}: on {date_en} my rental car ({plate}) was scratched in a car park near the medina. The other driver, a Mr {last}, gave me his number: {phone}.
%% prompt
Rewrite this more politely: "I told you three times, my address is {addr_en} and the parcel {track} still hasn't arrived."
%% hr
Employee file update – {NAME}
Role: warehouse supervisor. Note: {uni_en}; HR to be notified before any schedule change.
%% gov
Hello, I lost my Moroccan ID card (CIN {cin}) while travelling in {city_en}. I was born on {dob_en} in {city}. What's the procedure at the consulate? – {name}
%% support
Order {order} shipped on {date_en} via carrier, tracking {track}. Estimated delivery: 3–5 business days. Total charged: {amount} MAD.
%% support
Your one-time passcode is {otp}. It expires in {n} minutes. If you did not request this, ignore this message.
%% prompt
What are the common early symptoms of type 2 diabetes, and how is it usually diagnosed? Keep it under {n2} words.
%% prompt
Write a short blog intro about the history of trade unions in Morocco since independence, {n} paragraphs.
%% support
The app keeps crashing after updating to {version} on my {model}. Device IMEI is {imei} if that helps. Ticket {ticket}.
%% bank
Transfer reference {ref24} failed: invalid beneficiary. Amount {amount} MAD, value date {date_en}. Please contact your branch.
%% prompt
Compare the climate of Agadir and Ifrane in winter for a travel guide, with average temperatures. Max {n2} words.
%% realestate
Hi there, is the 2-bed in {quarter} still available? I'm moving from {city_en} next month. I'm {name_en}, you can reach me at {email}.
%% health
Hi, I'm {first_en}. {hea_en:cap}. Is it safe to take {med} with my current medication? Thanks.
%% crm
Lead notes – {name_af} from {city_en}, relocating to {city} for work. Said: "{eth_en:cap}." Prefers a French-speaking agent. Phone {phone_fx}.
%% gov
Application for a certificate of good conduct: applicant {NAME}, passport {passport}. Declared: [[CRIMINAL:a suspended sentence for a traffic offence in {yearp}]].
%% hr
Reminder: all staff must enrol their [[BIOMETRIC:fingerprints]] at the new attendance terminal by {date_en}. Contact {name} at ext. {n2} with questions.
%% hr
Hi {first},
Your onboarding is scheduled for {date_en} at {time}. Please bring your CIN, your CNSS number and a bank RIB. Parking is in lot {n}.
%% health
Patient summary for referral: {name}, DOB {dob_en}. Findings: [[HEALTH:stage 2 hypertension]], [[HEALTH:mild left ventricular hypertrophy]]. Meds: [[HEALTH:amlodipine 5 mg]]. Contact: {phone}.
%% prompt
Please extract name, phone and e-mail from this message and output JSON: "hey it's {first} again, new number is {phone}, mail {email}, cheers"
%% support
Hey, this is {name_en}. I'm currently at {addr_en} and the driver can't find the building. Can he call me on {phone_fx}?
%% bank
Card ending {n2} blocked after 3 wrong PINs at {bank_b} ATM. To unblock, reply YES or call our helpline. Ref {ticket}.
%% ecommerce
Hi, I ordered the Argan oil set ({sku}) on {date_en} but received a different item. Order {order}. Please advise on return.
%% health
General question: can a DNA test tell you if you'll get Alzheimer's? I'm just curious how reliable these consumer kits are.
%% gov
Hi, can foreigners vote in Moroccan municipal elections? Asking for a civics class presentation on {date_en}.
%% crm
Account review – {NAME}, customer since {yearp}. Flagged by compliance: [[CRIMINAL:convicted of money laundering in Spain]]. Escalate to {name} before any new credit line.
%% insurance
Health claim for {name}: [[HEALTH:emergency C-section]] at {clinic} on {date_en}, amount {amount} MAD. Policy {policy}.
%% logs
[{iso}] POST /api/v1/kyc 200 user="{name}" cin="{cin}" ip={ip6}
[{iso}] POST /api/v1/kyc 422 user="{name}" error="face_match_below_threshold"
%% json
Can you fix this JSON? It's missing a bracket:
{"customer": {"name": "{name}", "iban": "{iban}", "ice": "{ice}", "city": "{city}"}, "amount": {n2}
%% school
Dear parents, report cards for term {n} are now available on the Massar platform. Student login uses the Massar code and the password sent by SMS on {date_en}.
%% school
Hello, I'm the father of {mname} {last}, Massar ID {massar}. He missed the exam on {date_en} because [[HEALTH:he was hospitalised with pneumonia]]. How can he sit the make-up test?
%% delivery
Hi, it's {first_en} 👋 please leave the package with the concierge, I'm at {res}, {city}. Thanks a lot!
%% prompt
You are an HR assistant. Draft a reply to {name_en}, who wrote "{hea_en:cap}" and asked for flexible hours. Be empathetic, {n} sentences.
%% crm
Support chat transcript – you're chatting with {first_en}
Agent: Can you confirm your date of birth?
Customer: sure, I was born on {dob_en}
Agent: Thanks. And the last digits of your card?
Customer: {n2}
%% support
Customer: hi my package still says pending
Agent: Could you give me the order number?
Customer: {order}
Agent: Thanks, it's at the {shop} pickup point since {date_en}.
%% hr
Exit interview notes – {name}: left due to commute (lives in {village} now). Quote: "{pol_en:cap}", which caused friction with a colleague; HR to review.
%% gov
To whom it may concern, this certifies that {name}, born on {dob_en} in {village}, holder of passport {passport}, resides at {addr_en}.
%% bank
KYC refresh for {name}: please upload a selfie for [[BIOMETRIC:facial verification]], proof of address ({addr_en}) and a copy of your CIN.
%% health
Hi, my lab results came back: [[GENETIC:heterozygous carrier of the HBB mutation]]. My fiancé {mname} wants to get tested too. Who should we see? – {fname}
%% prompt
Generate 5 fake product reviews for a hammam glove sold by {shop}, each under {n2} characters.
%% support
My wifi router keeps dropping every {n} minutes since firmware {version}. What should I try?
%% ecommerce
Flash sale 🔥 {pct} off everything at {shop} until midnight! Use code SAVE{n2} at checkout.
%% crm
VIP guest {name_en} arriving {date_en}, flight {flight}. Guest said: "{rel_en:cap}". [[HEALTH:Wheelchair user]], needs ground-floor room.
%% hr
Grievance meeting on {date_en}: {name} attended with {name}, who is [[UNION_MEMBERSHIP:the UMT workplace representative]].
%% gov
I need to renew my residence card. Nationality: Senegalese. Name {name_af}, passport {passport}, address {addr_en}, phone {phone}.
%% prompt
Write a polite WhatsApp message in English to my landlord Mr {last} saying the rent of {amount} MAD will be 3 days late this month.
%% crm
Churn risk: {name} ({phone}) complained on {date_en}. Describes themself as [[POLITICAL_OPINION:a Green Party activist]] and objects to our plastic packaging.
"""

AR = r"""
%% gov
السيد رئيس المقاطعة،
أنا الموقع أسفله {mname_ar}، المزداد بتاريخ {dob_ar} بمدينة {city_ar}، الحامل للبطاقة الوطنية رقم {cin}، والساكن بـ{addr_ar}، ألتمس منكم تسليمي شهادة السكنى.
وتقبلوا فائق الاحترام.
%% bank
مرحبا، أرغب في تحويل مبلغ {amount} درهم إلى الحساب البنكي رقم {rib} باسم {name_ar}. شكرا.
%% health
السلام عليكم دكتور، {hea_ar}، وأريد تجديد الوصفة الطبية. هل يمكنني الحضور يوم الإثنين؟ رقم هاتفي {phone}.
%% school
السيدة المديرة المحترمة،
أخبركم بأن ابنتي {ffirst_ar}، رقم مسار {massar}، ستتغيب يوم {date_ar} بسبب [[HEALTH:إصابتها بالتهاب اللوزتين]].
ولي الأمر: {mname_ar}
%% hr
إلى السيد مدير الموارد البشرية،
أحيطكم علما بما يلي: {uni_ar}، وأطلب الاستفادة من ساعات التفرغ النقابي المخولة قانونا.
الإمضاء: {name_ar}
%% delivery
طلبيتك رقم {order} في الطريق. الموزع: {mfirst_ar}، الهاتف: {phone}. عنوان التسليم: {addr_ar}.
%% insurance
تصريح بحادثة سير – عقد رقم {policy}
بتاريخ {date_ar} اصطدمت سيارتي ذات الترقيم {plate} بسيارة أخرى يقودها السيد {mname_ar}. الهاتف: {phone}.
%% gov
طلب الحصول على جواز السفر
الاسم الكامل: {name_ar}
تاريخ الازدياد: {dob_ar}
مكان الازدياد: {city_ar}
رقم البطاقة الوطنية: {cin}
رقم الجواز السابق: {passport}
%% prompt
لخص هذه السيرة الذاتية في خمسة أسطر:
{name_ar}، من مواليد {dob_ar} بـ{city_ar}، حاصل على الإجازة في القانون، البريد الإلكتروني {email}، الهاتف {phone}.
%% crm
ملاحظة: اتصل الزبون {mname_ar} يوم {date_ar} وطلب إلغاء الاشتراك. ذكر أنه [[HEALTH:يعاني من ضعف السمع]] ويفضل التواصل عبر الرسائل.
%% gov
أطلب الحصول على نسخة من السجل العدلي. للأمانة، [[CRIMINAL:((حكم علي بستة أشهر موقوفة التنفيذ|قضيت سنة في السجن|أدنت بجنحة إصدار شيك بدون رصيد))]] سنة {yearp}. رقم بطاقتي الوطنية {cin}.
%% hr
مذكرة داخلية: تم تثبيت جهاز جديد لتسجيل الحضور يعتمد على [[BIOMETRIC:بصمة الوجه للموظفين]]. رفض السيد {last_ar} التسجيل وطلب بديلا.
%% health
الدكتورة {last_ar} المحترمة، {gen_ar}، وأرجو أن تشرحي لي النتائج. يمكنكم الاتصال بي على {phone}.
%% bank
طلب قرض استهلاكي: الاسم {mname_ar}، موظف بالقطاع العام، الأجرة الشهرية {amount} درهم، رقم الحساب الدولي {iban}.
%% gov
إشعار: ستبدأ عملية تجديد البطاقة الوطنية الإلكترونية بالمقاطعة يوم {date_ar} من الساعة ((الثامنة|التاسعة|العاشرة)) صباحا. يرجى إحضار البطاقة القديمة وصورتين.
%% health
ما هي أعراض مرض السكري من النوع الأول عند الأطفال؟ وما هو العلاج المتوفر في المغرب؟ أريد إجابة في {n} نقاط.
%% prompt
اكتب مقالا قصيرا عن دور النقابات العمالية في المغرب منذ سنة {yearp}، في حدود {n2} كلمة.
%% support
تم استلام شكايتك رقم {ticket} بتاريخ {date_ar}. سيتم الرد عليك في أجل أقصاه {n} أيام عمل.
%% bank
فشلت عملية التحويل ذات المرجع {ref24} بمبلغ {amount} درهم. المرجو التأكد من معلومات المستفيد.
%% ecommerce
عرض خاص لدى {shop}: تخفيض {pct} على جميع الأجهزة المنزلية حتى نهاية الأسبوع. رمز المنتج {sku}.
%% prompt
ما هي عاصمة المغرب؟ وكم يبلغ عدد سكان الدار البيضاء حسب إحصاء {yearp}؟
%% support
رمز التحقق الخاص بك هو {otp}. لا تشاركه مع أي شخص. صالح لمدة ((خمس|عشر|ثلاث)) دقائق.
%% realestate
للكراء: شقة من ثلاث غرف بمساحة {n2} متر مربع، الثمن {amount} درهم شهريا. للاتصال بالوكالة {company}.
%% gov
السيد القائد المحترم،
أنا {name_ar}، أقطن بـ{douar_ar}، إقليم {city_ar}، أطلب شهادة الاحتياج لابني {mfirst_ar} المزداد في {dobk_ar}.
%% school
إعلان: نتائج الامتحان الجهوي ستنشر على منصة مسار يوم {date_ar}. يمكن للتلاميذ الدخول برمز مسار وكلمة السر.
%% school
تلميذ: {mname_ar}
رمز مسار: {massar}
تاريخ الازدياد: {dobk_ar}
العنوان: {addr_ar}
هاتف ولي الأمر: {phone}
%% health
وصفة طبية
المريضة: {fname_ar}
التشخيص: [[HEALTH:ارتفاع ضغط الدم]] و[[HEALTH:قصور الغدة الدرقية]]
العلاج: [[HEALTH:ليفوتيروكس 50 ميكروغرام]]، قرص واحد صباحا
%% crm
بطاقة زبون: {name_ar} – الهاتف {phone} – البريد {email}. ملاحظة من الموظف: [[RELIGION_BELIEF:الزبون مسيحي]] ويطلب عدم إرسال تهاني عيد الأضحى.
%% hr
محضر اجتماع: حضر السيد {mname_ar} بصفته [[UNION_MEMBERSHIP:كاتبا عاما لفرع الكونفدرالية الديمقراطية للشغل]]، والسيدة {fname_ar} عن الإدارة.
%% gov
شكاية: أنا المسمى {NAME}، الحامل للبطاقة الوطنية {cin}، أتعرض للتمييز في العمل لأنني [[ETHNIC_ORIGIN:((من أصل أمازيغي|ريفي|من أصول إفريقية|صحراوي))]].
%% prompt
ساعدني في كتابة رسالة إلى مدير المدرسة أطلب فيها إعفاء ابني {mfirst_ar} من حصة الرياضة لأنه [[HEALTH:أجرى عملية على الركبة]].
%% bank
بطاقة الأداء رقم {card} سرقت مني يوم {date_ar} في {city_ar}. أرجو إيقافها فورا. صاحب البطاقة: {name_ar}.
%% insurance
طلب تعويض عن مصاريف العلاج: المؤمن {name_ar}، رقم الانخراط في الضمان الاجتماعي {cnss}. نوع العلاج: [[HEALTH:حصص العلاج الكيميائي]].
%% gov
إلى السيد وكيل الملك،
أنا {name_ar}، أطلب رد الاعتبار بعد أن [[CRIMINAL:قضيت عقوبة سجنية مدتها سنة]]. رقم البطاقة الوطنية {cin}، العنوان {addr_ar}.
%% crm
تقرير مكالمة: السيد {last_ar} قال: «{pol_ar}»، ويرفض تلقي رسائل حملة الحزب المنافس. الهاتف {phone}.
%% logs
[{iso}] خطأ: فشل تسجيل الدخول للمستخدم {email} من العنوان {ip}
%% json
{"الاسم": "{name_ar}", "رقم_البطاقة": "{cin}", "الهاتف": "{phone:lat}", "المدينة": "{city_ar}"}
%% support
السلام عليكم، اشتريت هاتف {model} من متجركم يوم {date_ar} ورقمه التسلسلي IMEI {imei}، لكنه لا يشتغل. رقم الفاتورة {invoice}.
%% health
هل يمكن لمريض الصرع أن يصوم رمضان؟ أريد جوابا عاما من الناحية الطبية.
%% prompt
ترجم إلى الفرنسية: "يلتزم المكتري بأداء مبلغ {amount} درهم شهريا قبل اليوم الخامس من كل شهر."
%% gov
بلاغ: تعلن الجماعة عن انقطاع الماء يوم {date_ar} من {time} إلى السادسة مساء بسبب أشغال الصيانة.
%% realestate
السيد الموثق {last_ar} المحترم، البائع {name_ar} الساكن بـ{res_ar}، {city_ar}، سيحضر يوم {date_ar} لتوقيع العقد ومعه بطاقته الوطنية {cin}.
%% hr
إلى مصلحة الأجور: المرجو تحويل أجرتي إلى الحساب {rib}. رقم التسجيل في الصندوق الوطني للضمان الاجتماعي: {cnss}. {name_ar}
%% delivery
مرحبا، أنا {fname_ar}، عنواني الجديد هو {lm_ar}، {city_ar}. المرجو الاتصال بي على {phone} قبل التوصيل.
%% health
السلام عليكم، زوجتي {ffirst_ar} [[HEALTH:حامل في الشهر السابع]] وعندها [[HEALTH:سكري الحمل]]. هل الطبيب {last_ar} متوفر هذا الأسبوع؟
%% gov
أنا {mname_ar}، الساكن بـ{quarter_ar}، [[POLITICAL_OPINION:مرشح حزب الاستقلال]] في الانتخابات الجماعية. أطلب ترخيصا لتجمع انتخابي يوم {date_ar}.
%% crm
ملف زبون: {NAME} – {addr_ar}. [[ETHNIC_ORIGIN:من أصل صحراوي]]، يفضل التواصل بالحسانية.
%% school
السيد الحارس العام، التلميذ {mname_ar} ({massar}) [[HEALTH:مصاب بالربو]] ويحمل معه بخاخ فنتولين. المرجو السماح له باستعماله. الأب: {mname_ar}، الهاتف {phone}.
%% bank
السلام عليكم، أنا صاحب مقاولة ذاتية، رقم التعريف الموحد للمقاولة {ice}، وأريد فتح حساب مهني. الاسم: {name_ar}، الهاتف {phone}.
%% ecommerce
فاتورة رقم {invoice} – شركة {company}، التعريف الموحد {ice}، المقر الاجتماعي: {n2} شارع الزرقطوني، الدار البيضاء. المبلغ الإجمالي {amount} درهم.
%% gov
طلب بطاقة رمادية: المالك {name_ar}، رقم البطاقة الوطنية {cin}، رقم التسجيل الحالي {plate}، العنوان {addr_ar}.
%% prompt
ما الفرق بين البصمة الوراثية وتحليل الدم العادي؟ ومتى تطلب المحكمة اختبار الحمض النووي؟
%% health
نتائج التحاليل للمريض {mname_ar}: [[HEALTH:فيروس التهاب الكبد ب إيجابي]]. المرجو مراجعة الطبيب المعالج في أقرب وقت. هاتف المختبر {phone_fix}.
%% crm
سجل الاتصال: {fname_ar} ({phone}) أخبرت الموظف أنها [[RELIGION_BELIEF:تعتنق البهائية]] وطلبت حذف خانة الديانة من الاستمارة.
%% gov
تصريح بالشرف
أنا {fname_ar}، المزدادة في {dob_ar} بـ{village_ar}، أصرح بأنني أقطن حاليا بـ{addr_ar}.
%% hr
إعلان: ستنظم الإدارة دورة تكوينية حول السلامة يوم {date_ar} بالقاعة رقم {n}. الحضور إلزامي لجميع العمال.
%% support
عزيزي الزبون، تم شحن طلبك {order}. رقم التتبع {track}. مدة التوصيل المتوقعة {n} أيام.
%% bank
كشف الحساب لشهر {month_ar}: الرصيد {amount} درهم. القسط القادم للقرض بتاريخ {date_ar}.
%% health
تذكير: موعدك في {clinic} يوم {date_ar} على الساعة {time}. المرجو الحضور قبل الموعد بربع ساعة.
%% prompt
اكتب لي نصيحة عامة حول التغذية الصحية للحوامل في {n} نقاط.
%% gov
إلى السيد عامل الإقليم،
نحن سكان {douar_ar} نلتمس منكم إصلاح الطريق المؤدية إلى المدرسة. ممثل السكان: {name_ar}، الهاتف {phone}.
%% logs
تنبيه أمني {iso}: محاولات دخول متكررة من العنوان {ip} إلى حساب {email}. تم قفل الحساب مؤقتا.
%% crm
متابعة: {mname_ar}، [[CRIMINAL:سجين سابق]]، استفاد من برنامج الإدماج المهني. يقطن بـ{quarter_ar}، {city_ar}. الهاتف {phone}.
%% hr
طلب رخصة: أنا {fname_ar}، [[HEALTH:أجريت عملية قيصرية]] يوم {date_ar}، وأطلب رخصة الأمومة. رقم الضمان الاجتماعي {cnss}.
%% bank
تأكيد: تم تسجيل [[BIOMETRIC:بصمة إصبعك]] لتفعيل تطبيق البنك على هاتفك. إذا لم تقم بذلك، اتصل بنا على {phone_fix}. {name_ar}
"""

DAR = r"""
%% chat
salam khoya, ana {first:lc}, bghit n3rf wach lcommande dyali wslat? rqm dyali {phone} 🙏
%% chat
wakha, hahowa ra9m lbita9a: {cin:lc}
%% delivery
salam, livreur {mname} hna, ana 7da lbab dyal {lm_dar}, fin nta? 3iyt lik 3la {phone}
%% chat
slm 3afak sift lia l'adresse: {addr_dar}, ghda mn ba3d l3sr ila bghiti
%% health
salam doktor, {hea_dar}, wach momkin nji ghda? ana {name_ma:lc}
%% school
salam ostad, ana mama dyal {fname}, code massar dyalha {massar:lc}, ghadi tghib lyoum 7it [[HEALTH:fiha s5ana w lkoza]]
%% gov
salam, bghit ndir passport jdid, tzadt f {dob_dar} f {city_lc}, o lbita9a dyali {cin}. chno lwra9 li khasni?
%% chat
ana mzyouda nhar {dob_dar} mashi kima ktbo f lwra9a, 3afak sl7o liya
%% bank
salam, bghit nsift {amount} dh l khouya {mname}, rib dyalo: {rib}. wach ghadi twsel lyoum?
%% chat
ok safi, {cin:lc} o tel {phone}
%% hr
salam madame, ana {first} mn l'équipe dyal lil. {uni_dar}, ghadi nghib nhar {date} 7it 3ndna ijtima3
%% hr
salam chef, {rel_dar}, wach momkin nkhrj m3a {time} nhar jem3a? w ghadi n3awed lwe9t nhar sebt
%% gov
salam, bghit l'fiche anthropométrique. b sra7a [[CRIMINAL:((t7kem 3liya b 4 chhor mwe9fa|dkhlt l7bs 3am f {yearp}|3ndi sawabi9 f chèque bla provision))]], wach ghadi yban? cin {cin}
%% hr
salam, chafo 3ndna pointeuse jdida katkhd [[BIOMETRIC:basmat sba3 dyal l3oumal]], {name} rfed w galo bghit badge
%% health
salam doktora {last}, {gen_dar}, wach t9dri tfesri liya natija? rqmi {phone}
%% chat
{eth_dar} w fkhor, walakin chi nass f lkhdma kaydi7ko 3liya 😒
%% chat
fin wslat lcommande {order}? ktbo liya "en cours" hadi 4 iyam 😤
%% chat
chi wa7d 3ndo fikra 3la promo dyal {shop}? -{pct} 3la kolchi wla ghir tel3ib?
%% chat
wach ((l'insuline|dwa dyal tension|{med})) katdir m3a ramdan? so2al 3am bghit nfhem 🤔
%% chat
chkoun li ghaddi yrba7 f ((les élections|l'intikhabat)) dyal ((had l3am|2026))? ana ma fahemch f siyassa walakin kansm3 bzaf dyal lhadra
%% chat
lcode dyal tta2kid howa {otp}, matsiftouch l 7ta wa7d
%% delivery
lcolis {track} wsel l l'agence, t9der tjih t5dou mn ((9|10|2 d l3chiya)) 7ta 6
%% chat
tilifoun {model} tbloka lia, imei {imei}, chrito mn 3ndkom nhar {date}
%% bank
3afak, virement b ref {ref24} trefuza, wach l mochkil mn 3ndkom?
%% realestate
salam, wach mazal l'appart li f annonce {sku}? b {amount} dh? ana {first:lc} {phone}
%% realestate
salam, bghit nkri chi chi9a f {quarter_lc}, 3ndi mrati w 2 drari, budget {amount} dh. ana {name_ma} o kanskon daba f {addr_dar}
%% delivery
a sidi rah ana msafra, 5li lcolis 3nd l7aj dyal l7anout {lm_dar}, smiti {fname:lc}
%% insurance
salam, tsadmt b tomobil f rond-point, la matricule dyali {plate_lat} o dyal lakhor {plate_lat}. smito {name_ma}, tel {phone}
%% chat
ana {first:lc} mn {city_lc}, kan9ra f lfac ((f s3|f l'master|f licence)), tzadt {dob_dar}
%% health
salam, mrati {fname} [[HEALTH:7amla f chhar 8]] o 3ndha [[HEALTH:sokar dyal l7aml]], wach doktor {last} kayn had simana?
%% pharmacy
salam, wach 3ndkom {med}? w wach kayn bla ordonnance? ana f {quarter_lc}
%% pharmacy
3afak chi dwa l [[HEALTH:l7asasiya dyal nif]] dyali, kan3tes bzaf, ana {first:lc}
%% school
ostada {last}, weldi {mname:lc} massar {massar} ma9drch yji 7it [[HEALTH:tkser lih dra3]], ghadi njib chahada tbiya
%% school
salam, mnin ghadi ykhrjo nata2ij f massar? w wach l'contrôle dyal {day} mazal? 
%% gov
salam, bghit certificat de résidence, ana kanskon f {addr_dar} mn {yearp}. smiti {NAME}
%% crm
note: client {name_ma} ({phone}) galina [[POLITICAL_OPINION:kaysupporti PAM]] w ma bghach ytsel bih chi 7ad mn campagne khra
%% crm
client {name_ma}, cin {cin}, galina "{hea_dar}", bgha ytsel bih docteur mra f chhar
%% bank
salam, ana auto-entrepreneur, ICE dyali {ice}, bghit n7el compte pro. smiti {name_ma}
%% ecommerce
salam, commande {order}, 3tawni size ghalet 😩 bghit nbdel. ana {first:lc}, {email}
%% chat
lyoum 3yit bzaf f lkhdma, ((ghda 3otla|nhar {day} 3otla|f weekend)) w ghadi nmchi l l7ammam m3a drari 😂
%% chat
chkoun fikom 3ndo rqm dyal plombier mzyan f {city_lc}? l9adouss tfrga3 lia 😭 ana f {quarter_lc}
%% gov
salam, ana {first:lc}, bghit n3rf kifach nbdel l'adresse f lbita9a, kont f {addr_dar} o daba rj3t l {city_lc}
%% hr
salam, hada rib dyali {rib} o cnss {cnss}, 3afak diwha f dossier dyali. {name_ma}
%% chat
weldi {mname} [[CRIMINAL:t7kem 3lih b 3am]] w khrej lbare7, bgha ykhdem walakin kaytlbo lih casier
%% chat
khouya {mname} [[POLITICAL_OPINION:((kaysowet 3la PJD|kan m3a l7irak|mnadel f PSU|kaydir campagne l RNI))]], walakin ana ma kansowetch 3la 7ta 7ad
%% chat
khti {fname} [[RELIGION_BELIEF:((dkhlat l msi7iya|mol7ida|wlat kat7dar l kanisa kol l7ed))]], o ana kanre7tarmha 3adi ((|❤️|🙏))
%% hr
salam RH, {hea_dar}, bghit nkhdem mn dar chi simanat. {first}
%% delivery
Ana rah f {addr_dar}, 7da lbab lkbir, jib m3ak la monnaie dyal {amount} 3afak
%% chat
awdi ana tzadt nhar {dob_dar}, ya3ni majeur 😅 3lach ma kaytsem7ouch liya n3ti lcarte
%% chat
ra9m lpassport dyali {passport}, o lcin {cin:lc}, sift lihom l agence dyal safar
%% bank
salam, cart dyali {card} tbl3at f guichet dyal {bank_b}, 3afak blokiwha
%% logs
3afak chno ma3na had lerreur: [{iso}] ERROR login failed for {email} from {ip}
%% json
chouf had json 3lach makhdamch: {"smiya":"{name_ma}","tel":"{phone}","mdina":"{city}"}
%% gov
salam, sm7 lia, ana [[ETHNIC_ORIGIN:sa7raoui]] o 3ndi mochkil f l'état civil, smiti {NAME}, tzadt {dob_dar} f {city_lc}
%% chat
3ndek chi fikra 3la ch7al kaydir test ADN ((f lmaghrib|f casa|f rbat))? ghir so2al
%% chat
dert [[BIOMETRIC:l'empreinte]] f l'application dyal lbanka o daba ((makat7elch|katbloka|katgoul erreur {n2})), chi 7al?
%% health
salam, ana {fname:lc}, [[HEALTH:7amla]] o kan7es b dw5a, wach normal? ana f {quarter_lc}
%% chat
safi tla9ina m3a {first} f {cafe}, ghda m3a {time} inchallah
%% chat
wach kayn chi tobis kaymchi mn {city_lc_x} l {city_lc_x} f lil? ghir bghit n3rf l'horaire
%% gov
salam, bghit ntsjel f listes électorales, ana f {douar}, smiti {name_ma}, cin {cin:lc}
%% insurance
salam, bghit nsowl 3la remboursement dyal l'opération dyal baba, [[HEALTH:dar opération dyal l9alb]] f {clinic}, dossier {dossier}
%% hr
chef, {name} [[UNION_MEMBERSHIP:dkhel l nnaqaba]] o bgha ydir ijtima3 m3a l3oumal nhar {date}
%% chat
{mname} [[CRIMINAL:((dkhel l7bs 3amayn|t7kem 3lih b 6 chhor|3ndo sawabi9 f sri9a))]], daba tab w kaykhdem m3ana f l7anout, ma t3awdoch lih 3afak
%% crm
lead: {name_ma:lc}, {city_lc}, bgha crédit auto, khdam f {company}, salaire {amount}, tel {phone}
%% chat
salam, ana mn {city_lc} o kanskon daba f {city_fx}(( ✈️|,|)) bghit nsift flous l mama, chno a7sen tari9a?
"""

DAR_AR = r"""
%% chat
السلام خويا، أنا {mfirst_ar}، بغيت نعرف واش الكوموند ديالي وصلات؟ هاهو الرقم ديالي {phone} 🙏
%% chat
واخا، هاهي لاكارط: {cin}
%% delivery
الليفرور {mfirst_ar} هنا، أنا حدا الباب ديال {lm_dar_ar}، فينك؟ عيطت ليك على {phone}
%% chat
عافاك صيفط ليا الأدريسة: {addr_dar_ar}، غدا من بعد العصر
%% health
السلام دكتور، {hea_dar_ar}، واش نقدر نجي غدا الصباح؟ أنا {name_ar}
%% school
السلام أستاذ، أنا الماما ديال {ffirst_ar}، كود مسار ديالها {massar}، غادي تغيب اليوم حيت [[HEALTH:فيها السخانة]]
%% gov
بغيت ندير باسبور جديد، تزاديت ف {dob_ar} ف {city_ar}، ولاكارط ديالي {cin}. شنو الوراق اللي خاصني؟
%% chat
أنا مزيودة نهار {dob_ar} ماشي كيف كتبو فالورقة، عافاك صلحوها ليا
%% bank
بغيت نصيفط {amount} درهم لخويا {mfirst_ar}، الريب ديالو: {rib}. واش غادي توصل اليوم؟
%% hr
السلام مدام، أنا {first_ar} من ليكيب ديال الليل. {uni_dar_ar}، وغادي نغيب نهار {date_ar} حيت عندنا اجتماع
%% hr
السلام الشاف، {rel_dar_ar}، واش نقدر نخرج مع {time} نهار الجمعة؟
%% gov
بغيت الفيش ديال السوابق. بصراحة [[CRIMINAL:((تحكم عليا بأربعة شهور موقوفة|دخلت الحبس عام|عندي السوابق فشيك))]]، واش غادي يبان؟ لاكارط {cin}
%% hr
شفتو عندنا بوانتوز جديدة كتاخد [[BIOMETRIC:البصمة ديال الصبع ديال الخدامة]]، و{name_ar} رفض
%% health
الدكتورة {last_ar}، {gen_dar_ar}، واش تقدري تشرحي ليا النتيجة؟ الرقم ديالي {phone}
%% chat
{eth_dar_ar} ونفتخر، ولكن شي ناس فالخدمة كيضحكو عليا 😒
%% chat
فين وصلات الكوموند {order}؟ كاتبين ليا "en cours" هادي ربعة أيام 😤
%% chat
شي واحد عندو فكرة على البروموسيون ديال {shop}؟ ناقصين {pct} على كلشي ولا غير كلام؟
%% chat
واش ((الأنسولين|دوا الطانسيون|{med})) كيتاخد فرمضان؟ سؤال عام بغيت نفهم
%% chat
الكود ديال التأكيد هو {otp}، ما تصيفطوش لحتى واحد
%% delivery
الكولية {track} وصل للوكالة، تقدر تجي تاخدو من ((التسعة|العشرة|الجوج)) حتى الستة
%% bank
الفيرمان بالمرجع {ref24} ترفض، واش المشكل من عندكم؟
%% realestate
بغيت نكري شي شقة ف{quarter_ar}، عندي مراتي وجوج دراري، الميزانية {amount} درهم. أنا {mname_ar} وساكن دابا ف{addr_dar_ar}
%% insurance
تصادمت بالطوموبيل فالرومبوان، الماتريكول ديالي {plate} وديال الآخر {plate}. سميتو {name_ar}، التيليفون {phone}
%% health
مراتي {ffirst_ar} [[HEALTH:حاملة فالشهر الثامن]] وعندها [[HEALTH:السكر ديال الحمل]]، واش الطبيب {last_ar} كاين هاد السيمانة؟
%% pharmacy
واش عندكم {med}؟ وواش كيتباع بلا ورقة الطبيب؟ أنا ف{quarter_ar}
%% school
الأستاذة {last_ar}، ولدي {mfirst_ar} مسار {massar} ما قدرش يجي حيت [[HEALTH:تهرسات ليه يدو]]، غادي نجيب الشهادة الطبية
%% gov
بغيت شهادة السكنى، أنا ساكن ف{addr_dar_ar} من {yearp}. سميتي {name_ar}
%% crm
نوط: الكليان {name_ar} ({phone}) قال لينا [[POLITICAL_OPINION:كيصوت على الحمامة]] وما بغاش يتصلو بيه من حملة أخرى
%% bank
أنا أوطو أونتروبرونور، الإيس ديالي {ice}، بغيت نحل كونط برو. سميتي {name_ar}
%% chat
اليوم عييت بزاف فالخدمة، ((غدا عطلة|نهار السبت عطلة)) وغادي نمشي للحمام مع الدراري 😂
%% hr
هاهو الريب ديالي {rib} والضمان الاجتماعي {cnss}، عافاك حطوهم فالدوسي ديالي. {name_ar}
%% chat
ولدي {mfirst_ar} [[CRIMINAL:تحكم عليه بعام]] وخرج البارح، بغا يخدم ولكن كيطلبو ليه السوابق
%% chat
خويا {mfirst_ar} [[POLITICAL_OPINION:((مع البيجيدي|كان مع الحراك|كيدير الحملة للأحرار))]]، ولكن أنا ما كنصوت على حتى حد
%% hr
السلام الرئيسة، {hea_dar_ar}، بغيت نخدم من الدار شي سيمانات. {first_ar}
%% delivery
أنا راه ف{addr_dar_ar}، حدا الباب الكبير، جيب معاك الصرف ديال {amount} درهم عافاك
%% chat
تزاديت نهار {dob_ar}، وما عرفتش علاش الأبليكاسيون كتقول ليا قاصر 😅
%% chat
نمرة الباسبور ديالي {passport}، ولاكارط {cin}، صيفطتهم للوكالة ديال السفر
%% gov
سمح ليا، أنا [[ETHNIC_ORIGIN:((صحراوي|ريفي|شلح))]] وعندي مشكل فالحالة المدنية، سميتي {name_ar}، تزاديت {dob_ar} ف{city_ar}
%% chat
عندك شي فكرة شحال كيديرو تحليلة ADN ((فالمغرب|فكازا|فالرباط))؟ غير سؤال
%% chat
درت [[BIOMETRIC:البصمة]] فالأبليكاسيون ديال البنكة ودابا ((ما بقاتش كتحل|كتبلوكا))، شي حل؟
%% health
أنا {ffirst_ar}، [[HEALTH:حاملة]] وكنحس بالدوخة، واش عادي؟ أنا ف{quarter_ar}
%% chat
واش كاين شي كار كيمشي من {city_ar_x} حتى {city_ar_x} فالليل؟ غير بغيت نعرف الوقت
%% hr
الشاف، {name_ar} [[UNION_MEMBERSHIP:دخل للنقابة]] وبغا يدير اجتماع مع الخدامة نهار {date_ar}
%% chat
أنا من {city_ar} وساكن دابا ف {city_fx}، بغيت نصيفط الفلوس للواليدة، شنو أحسن طريقة؟
%% bank
الكارط ديالي {card} بلعها الكيشي ديال {bank_b}، عافاكم بلوكيوها
"""

MIXED = r"""
%% support
Salam, j'ai un souci avec mon compte, ma bghach y connecter depuis hier. Ana {name_ma}, numéro {phone}, merci de me rappeler 3afak
%% delivery
Bonjour, l'livreur {mname} ma l9anich f dar, je suis au travail. Livrez-moi plutôt à {addr}, svp. Commande {order}
%% health
Bonjour docteur, {hea_dar}, est-ce que je peux prendre rendez-vous {day} ? merci, {fname}
%% hr
Salam RH, {uni_fr}, donc nhar {date} ghadi nkoun f réunion syndicale. Merci de noter. {name}
%% bank
Bonjour, bghit ndir virement de {amount} DH l RIB had: {rib}, au nom de {name_ma}. C'est urgent 🙏
%% school
Bonjour madame, c'est la maman de {fname}, code massar {massar}. Elle est malade lyoum, [[HEALTH:fiha l'angine]], elle ne viendra pas.
%% gov
Salam, je veux refaire ma CIN, tzadt le {dob} à {city}, l'ancienne c'est {cin}. Chno khasni comme papiers?
%% chat
ok c'est bon, {cin:lc} 👍
%% crm
Note: client {name_ma}, tél {phone}, kaygoul [[POLITICAL_OPINION:kaysowet 3la l'Istiqlal]] w ma bghach les SMS politiques. À respecter.
%% chat
Wesh {first}, t'as vu la promo dyal {shop}? -{pct} sur les téléphones, mais bla garantie 😂
%% prompt
Traduis en darija: « Votre colis {track} est arrivé à l'agence, vous pouvez le récupérer avant {time}. »
%% prompt
Summarize had l'CV f 3 lignes: {NAME}, né le {dob} à {city}, {email}, {phone}, 5 ans d'expérience f {company}.
%% health
Hi doctor, {hea_dar}, wach I can still travel next week? Thanks, {first}
%% hr
Hello HR, {rel_en}, so est-ce que je peux sortir à {time} le vendredi? Merci, {first}
%% gov
Bonjour, pour l'extrait de casier judiciaire: [[CRIMINAL:t7kem 3liya b sursis f {yearp}]], wach ghadi yban? CIN {cin}
%% hr
FYI: la nouvelle pointeuse prend [[BIOMETRIC:l'empreinte digitale dyal kol wa7d]], {name} refuse et demande badge.
%% health
Bonjour Dr {last}, {gen_fr}, wach momkin tchr7i lia résultat? Mon numéro: {phone}
%% chat
{eth_dar} et fière de l'être, mais au boulot kayn chi wa7din kaydi7ko 😒
%% support
Salam, ma commande {order} ba9i ma wslatch, le suivi {track} ga3 ma tbdel. Payé {amount} DH déjà!
%% support
Wach had l'offre {sku} valable f tous les magasins {shop}? ou ghir online?
%% prompt
Chno l fr9 bin l'IBAN w RIB? Explique-moi simplement, f {n} lignes.
%% chat
rdv demain à {time} f {cafe}, ma tnsach 😉
%% support
Ton code: {otp}. Ma t3tih l 7ta wa7d. Valable {n} min.
%% bank
Virement réf {ref24} rejeté, chno kayn? Montant {amount} MAD.
%% chat
C'est quoi les symptômes dyal diabète? ghir bghit n3rf, pas pour moi 😅
%% realestate
Salam, l'appart {sku} wach mazal dispo? Je suis {name_ma}, {phone}. Je cherche près de {quarter} pour être près de mon travail.
%% delivery
Hi, c'est {first} 👋 laissez le colis 3nd le gardien, je suis à {res}, {city}. Merci!
%% insurance
Constat: accident f rond-point, ma voiture {plate_lat}, l'autre {plate_lat}, conducteur {name_ma}, tél {phone}. Police {policy}
%% health
Ma femme {fname} [[HEALTH:7amla f 6 mois]] w 3ndha [[HEALTH:anémie]], est-ce que Dr {last} est dispo cette semaine?
%% school
Salam ostad, mon fils {mname} (massar {massar:lc}) ne peut pas venir, [[HEALTH:tkser lih rjel]] f match. Certificat médical demain.
%% gov
Bonjour, bghit certificat de résidence, j'habite {addr} depuis {yearp}. Mon nom: {NAME}
%% bank
Je suis auto-entrepreneur, mon ICE c'est {ice}, bghit n7el compte pro. {name_ma}, {email}
%% ecommerce
Salam, commande {order}: 3tawni taille ghalta 😩 je veux échanger. {first}, {phone}
%% hr
Voilà mon RIB {rib} w CNSS {cnss}, 3afak ajoutez-les à mon dossier. {name_ma}
%% chat
Mon frère {mname} [[POLITICAL_OPINION:((fait campagne pour le PJD|m3a l'USFP|militant PSU))]], moi je m'en fous de la politique hh
%% chat
Ma sœur {fname} [[RELIGION_BELIEF:((s'est convertie au christianisme|wlat kat7dar l la messe|mol7ida))]], et franchement c'est son choix
%% logs
3afak chno ma3na had l'erreur: [{iso}] ERROR auth failed user={email} ip={ip}
%% json
Pourquoi had JSON ma bghach ytparsa? {"nom":"{name_ma}","tel":"{phone}","ville":"{city}",}
%% chat
Je suis né le {dob_dar}, donc majeur 😅 pourquoi l'appli katgoul ana mineur?
%% chat
Mon passeport {passport} w CIN {cin:lc}, envoyés à l'agence de voyage hier.
%% bank
Ma carte {card} tbl3at f guichet {bank_b}, bloquez-la svp!!
%% gov
Salam, je suis [[ETHNIC_ORIGIN:((sahraoui|rifain|soussi))]] w 3ndi problème f l'état civil, smiti {NAME}, né le {dob} à {city}
%% chat
Combien coûte un test ADN f Maroc? Just asking, pas pour moi hh
%% chat
Kayn chi train de nuit mn {city_x} l {city_x}? Je veux juste les horaires
%% hr
Chef, {name} [[UNION_MEMBERSHIP:a rejoint le syndicat UMT]] w bgha réunion m3a les ouvriers le {date}
%% chat
Moi je suis de {city}, mais daba je vis à {city_fx}, je veux envoyer l'argent l mama, quelle est la meilleure méthode?
%% prompt
Translate to English and keep the names: "Salam, ana {name_ma}, kanskon f {addr_dar}, o bghit nbdel l'abonnement."
%% crm
Lead: {name_af}, étudiant sénégalais f {city}, [[ETHNIC_ORIGIN:Wolof]], cherche colocation, tél {phone}
%% support
Hello, j'ai changé mon numéro, daba howa {phone}, et mon email {email}. Merci d'update mon profil.
%% health
Salam, je suis [[HEALTH:sous antidépresseurs]] depuis {n} mois w bghit n9ass la dose, wach momkin rendez-vous? {first}
%% crm
Call log: {name} ({phone}) dit qu'il est [[CRIMINAL:sorti de prison]] {month} dernier, cherche un micro-crédit. Dossier {dossier}.
%% chat
Rani f {city_lc} daba, ghadi nrj3 {day}, 3iyet 3lia ila bghiti chi haja 📞 {phone}
%% support
Bonjour, l'app ta3 {app} kat crashi après la mise à jour {version}, mon tel {model}. Ticket {ticket}
%% gov
Salam, chno les documents li khass l passeport l wlidi? Il est mineur, {n} ans.
%% ecommerce
Livraison gratuite dès {amount} DH d'achat 🚚 valable jusqu'au {date}, wach 3ajbatek?
"""

FR += r"""
%% health
Compte rendu de consultation génétique
Patiente : {last:uc} {fname}, née le {dob}
Motif : [[GENETIC:recherche de mutation BRCA2]] (antécédents familiaux)
Résultat : [[GENETIC:variant pathogène identifié]]. Conseil génétique proposé aux sœurs.
%% prompt
Anonymise ce compte rendu RH avant de le coller dans le chatbot :
« {name} ({email}) : {uni_fr}. Par ailleurs {hea_fr}. J'habite {addr}. »
%% prompt
Supprime toutes les données sensibles de cette note : « Message du client {name} : {rel_fr}, et {pol_fr}. Tél {phone}. »
%% crm
Fiche adhérent – association culturelle {company}
Nom : {last:uc} {fname} | Tél : {phone}
Remarque : [[ETHNIC_ORIGIN:Amazighe du Souss]], [[RELIGION_BELIEF:musulmane non pratiquante]], souhaite animer l'atelier tifinagh.
%% gov
Procès-verbal d'audition (extrait) : le nommé {last:uc} {mname}, CIN {cin}, demeurant {addr}, [[CRIMINAL:déjà condamné en {yearp} pour coups et blessures]], déclare ne pas connaître la victime.
%% bank
Bonjour, ci-joint l'IBAN de mon compte à l'étranger pour le remboursement : {iban_fx}. Titulaire : {name_fr}. Mon numéro de client chez vous : {n2}{otp}.
%% ecommerce
Facture client
Vendeur : {company} – ICE {ice} – siège : {n2}, rue Ibn Sina, Rabat
Acheteur : {name} – ICE {ice}
Total : {amount} DH
%% hr
Bonjour, mon employeur ne m'a pas déclaré à la CNSS depuis {n} mois. Mon numéro d'immatriculation : {cnss}. Je m'appelle {name}, je travaille chez {company}.
%% insurance
Bonjour, pour le remboursement AMO de ma femme {fname} ([[HEALTH:accouchement par césarienne]]), voici mon n° CNSS {cnss} et mon RIB {rib}.
%% logs
Extrait du pare-feu, c'est normal ?
DENY tcp {ip}:443 -> {ip}:5{n2} rule=geo-block
ALLOW tcp 10.0.0.{n}:22 -> 10.0.0.1:22 rule=admin
%% hr
Bonjour, suite à la mise en place du contrôle d'accès par [[BIOMETRIC:reconnaissance faciale]], je m'oppose au traitement de [[BIOMETRIC:mon gabarit facial]]. {name}, service {company}.
%% gov
Bonjour, mon fils {mname} est [[POLITICAL_OPINION:militant au sein de la jeunesse du PSU]] ; il a été interpellé lors d'un sit-in. Peut-il quand même renouveler son passeport {passport} ?
%% crm
Note commerciale : M. {last} ({phone}) a refusé notre offre car il est [[UNION_MEMBERSHIP:membre actif du syndicat UGTM]] et la négociation collective est en cours.
%% health
Bonjour, le laboratoire m'a envoyé le [[GENETIC:résultat du test ADN de paternité]] pour mon fils {mname}. Je peux avoir un rendez-vous pour en parler ? {name}, {phone}
%% prompt
Explique la différence entre un syndicat et un parti politique, avec des exemples marocains, en {n} paragraphes.
%% support
Bonjour, l'appli de la banque me demande d'activer l'empreinte digitale, est-ce obligatoire ? Je suis sur {model}, version {version}.
%% realestate
Programme neuf {company} : appartements de 60 à 120 m² à partir de ((650 000|720 000|1 100 000)) DH, livraison prévue fin 2027. Bureau de vente ouvert du lundi au samedi, {time}–19h.
%% gov
Liste des pièces pour la fiche anthropométrique : copie de la CIN, deux photos, timbre de {n2} DH. Délai de traitement : {n} jours.
%% school
Chers parents, l'école organise une collecte de vêtements le {day} {date}. Merci de déposer les dons à l'accueil avant {time}.
%% bank
Simulation de prêt : {amount} DH sur {n} ans, taux ((4,5|5,2|6)) %, mensualité estimée affichée à titre indicatif. Offre valable jusqu'au {date}.
%% health
Journée de dépistage gratuit du diabète et de l'hypertension le {date} à la maison des jeunes, de {time} à 17h. Ouvert à tous.
"""

EN += r"""
%% health
Genetic counselling letter
Patient: {name}, DOB {dob_en}
We discussed [[GENETIC:the result of your Lynch syndrome gene panel]]. Your children may be offered [[GENETIC:predictive testing]] from age 18.
%% prompt
Redact the sensitive bits before I paste this into the model: message from {name_en} ({email}): "{rel_en:cap}. Also {pol_en}, and {uni_en}."
%% crm
Member profile – {NAME}
Phone {phone}. Notes: [[ETHNIC_ORIGIN:((of Amazigh descent|Sahrawi|of Sub-Saharan origin|Black Moroccan))]]; [[RELIGION_BELIEF:Orthodox Christian]]; wants newsletters in English.
%% bank
Please send the refund to my UK... sorry, my Belgian account: {iban_fx}. Account name {name}. Reference {invoice}.
%% bank
Hi, two IBANs on file for {name}: {iban} (salary) and {iban_fx} (savings abroad). Please keep only the first one.
%% ecommerce
Invoice {invoice}
Supplier: {company}, ICE {ice}, registered office 12 Avenue Hassan II, Casablanca
Client: {name}, ICE {ice}
%% hr
Hi payroll, I'm {name}, and my CNSS number {cnss} is missing from my last two payslips. Can you check?
%% logs
nginx access log:
{ip} - - [{iso}] "GET /account/settings HTTP/1.1" 200 5120 "-" "Mozilla/5.0"
{ip6} - - [{iso}] "POST /login HTTP/1.1" 401 312 "-" "curl/8.4"
%% hr
Security notice to {name}: your [[BIOMETRIC:facial recognition template]] and [[BIOMETRIC:fingerprint record]] will be deleted 30 days after your contract ends on {date_en}.
%% gov
Background check result for {NAME} (passport {passport}): [[CRIMINAL:two convictions for theft, served 14 months]]. Visa officer to review.
%% crm
Donor record: {name}, {addr_en}. Notes: [[POLITICAL_OPINION:campaigned for the PPS in 2021]]; [[UNION_MEMBERSHIP:UMT member since 2015]].
%% health
Hi Dr {last_en}, {gen_en}. My sister {fname} wants to know if she should test too. Thanks, {first}
%% prompt
What does "carrier" mean in genetic testing? Explain it like I'm 12, in {n} sentences.
%% support
Payment failed: card ending {n2}, merchant {shop}, amount {amount} MAD, auth code {otp}. Please try another card.
%% hr
Quarterly all-hands moved to {date_en}, {time}, main auditorium. Agenda: roadmap {version}, Q&A, pizza.
%% prompt
List the main political parties in Morocco and their symbols, as a table with {n} columns.
%% support
Heads up: scheduled maintenance on {date_en} from {time} for about {n} hours. Mobile app version {version} will be required afterwards.
"""

AR += r"""
%% health
تقرير الاستشارة الوراثية: المريضة {fname_ar}، المزدادة في {dob_ar}. [[GENETIC:أظهر التحليل الجيني وجود طفرة في جين BRCA1]]. ننصح بإجراء [[GENETIC:الفحص الجيني لأخواتها]].
%% prompt
احذف المعطيات الحساسة من هذه الملاحظة قبل إرسالها: "رسالة من {name_ar}: {rel_ar}، و{pol_ar}. الهاتف {phone}."
%% crm
بطاقة منخرط: {name_ar}. ملاحظات: [[ETHNIC_ORIGIN:((من أصل أمازيغي|سوسي|ريفي))]]، [[UNION_MEMBERSHIP:((منخرط في الاتحاد المغربي للشغل|عضو في الكونفدرالية الديمقراطية للشغل))]]. يفضل التواصل بالأمازيغية.
%% gov
محضر: المسمى {mname_ar}، الحامل للبطاقة الوطنية {cin}، [[CRIMINAL:سبق الحكم عليه بستة أشهر حبسا من أجل السرقة]]، صرح بأنه يقطن بـ{addr_ar}.
%% bank
المرجو تحويل التعويض إلى حسابي البنكي الدولي {iban}. صاحب الحساب: {name_ar}، رقم الضمان الاجتماعي {cnss}.
%% hr
إلى مصلحة الموارد البشرية: أرفض تخزين [[BIOMETRIC:بصمة أصابعي]] و[[BIOMETRIC:صورة وجهي]] في نظام المراقبة الجديد. {name_ar}
%% gov
طلب شهادة حسن السيرة: الاسم {name_ar}، رقم جواز السفر {passport}. ملاحظة: [[CRIMINAL:أدين سنة {yearp} بجنحة السياقة في حالة سكر]].
%% crm
ملاحظة الوكيل: السيدة {fname_ar} [[POLITICAL_OPINION:عضوة في المكتب المحلي لحزب التقدم والاشتراكية]]، وتطلب لقاء مع المدير. الهاتف {phone}.
%% health
الدكتور {last_ar}، وصلتني [[GENETIC:نتيجة اختبار البصمة الوراثية]] الخاص بابني {mfirst_ar}. أريد موعدا لمناقشتها. {name_ar}
%% hr
محضر لجنة المقاولة: حضر {mname_ar} [[UNION_MEMBERSHIP:ممثلا عن نقابة الاتحاد المغربي للشغل]]، وطالب بتحسين ظروف العمل.
%% ecommerce
فاتورة: الزبون {name_ar}، التعريف الموحد للمقاولة {ice}، رقم البطاقة الوطنية {cin}، المبلغ {amount} درهم.
%% support
أداء مرفوض: البطاقة المنتهية بـ{n2}، المتجر {shop}، المبلغ {amount} درهم. يرجى المحاولة ببطاقة أخرى.
%% prompt
ما هي الأحزاب السياسية الممثلة في البرلمان المغربي؟ أعطني جدولا من {n} أعمدة.
%% gov
بلاغ: فتح باب التسجيل في اللوائح الانتخابية إلى غاية {date_ar}. يمكن التسجيل عبر الموقع الإلكتروني أو لدى الملحقة الإدارية.
%% health
هل مرض فقر الدم المنجلي وراثي؟ وهل يوجد فحص قبل الزواج في المغرب؟ سؤال عام.
"""

DAR += r"""
%% health
salam doktor, [[GENETIC:khrjat natija dyal test génétique]] dyali, galo liya [[GENETIC:3ndi gène dyal thalassémie]]. wach khti tdir 7ta hiya? ana {fname:lc}
%% chat
ana [[RELIGION_BELIEF:msi7i]] o mrati [[RELIGION_BELIEF:mslma]], bghina nzwjo f {city_lc}, chno lwra9? ana {mname:lc}
%% crm
note: {name_ma} ({phone}) [[ETHNIC_ORIGIN:riffi]], [[POLITICAL_OPINION:kan m3a l7irak]], bgha ytsel bih ghir b tarifit
%% hr
salam, ana {first:lc}, [[UNION_MEMBERSHIP:mandoub f nnaqaba dyal CDT]], bghit nakhd lwe9t dyal tafarogh nhar {date}
%% bank
salam, hada iban dyali {iban}, smiti {name_ma}, bghit tsifto fih ta3wid
%% chat
dart [[BIOMETRIC:reconnaissance faciale]] f l'appli dyal lbanka w daba ma bghatch t3rf 3liya 😂 {first:lc}
%% gov
salam, khouya {mname} [[CRIMINAL:t7kem 3lih b 2 snin f sri9a]], w daba bgha passport, wach momkin? passport l9dim {passport}
%% chat
chouf logs dyal router: {iso} new device {ip} connected, mac hidden. chkoun hada? 🤔
%% hr
cnss dyali {cnss} ma bantch f bulletin dyal {month}, 3afak chofo. {name_ma}
%% ecommerce
salam, facture {invoice}, ICE dyal charika {ice}, smiti {name_ma}, fin ghadi nkhlsso?
%% chat
chkoun 3ndo rqm dyal chi avocat mzyan f droit du travail? ghir so2al l sa7bi ((|🙏|😅))
%% chat
wach 3ndkom wifi f lcafé? l mot de passe? {otp} ma khdamch
%% gov
wach les élections ghadi ykouno f {month} wla f septembre? ghir bghit n3rf ((|🤔))
"""

DAR_AR += r"""
%% health
الدكتور، [[GENETIC:خرجات النتيجة ديال التحليل الجيني]] وقالو ليا [[GENETIC:عندي جين ديال التلاسيميا]]. واش ختي تديرها حتى هي؟ {ffirst_ar}
%% chat
أنا [[RELIGION_BELIEF:مسيحي]] ومراتي [[RELIGION_BELIEF:مسلمة]]، بغينا نتزوجو ف{city_ar}، شنو الوراق؟ {mfirst_ar}
%% crm
نوط: {mname_ar} ({phone}) [[ETHNIC_ORIGIN:ريفي]]، [[UNION_MEMBERSHIP:مندوب النقابة فالشركة]]، بغا يتواصلو معاه غير بالريفية
%% hr
أنا {first_ar}، [[UNION_MEMBERSHIP:مندوب فالنقابة ديال السيديتي]]، بغيت ناخد الوقت ديال التفرغ نهار {date_ar}
%% chat
درت [[BIOMETRIC:بصمة الوجه]] فالأبليكاسيون ديال البنكة وما بقاتش كتعرفني 😂 {first_ar}
%% gov
خويا {mfirst_ar} [[CRIMINAL:تحكم عليه بعامين فالسرقة]]، ودابا بغا الباسبور، واش ممكن؟ الباسبور القديم {passport}
%% crm
{name_ar} [[POLITICAL_OPINION:كيدير الحملة للاتحاد الاشتراكي]] فالحومة، ما تصيفطوش ليه الميساجات ديال الحزب الآخر
%% bank
هادا الإيبان ديالي {iban}، سميتي {name_ar}، صيفطو فيه التعويض عافاكم
%% chat
شكون عندو نمرة ديال شي محامي مزيان فقضايا الخدمة؟ غير سؤال لصاحبي
%% chat
واش الانتخابات غادي تكون ف{month_ar} ولا من بعد؟ غير بغيت نعرف
"""

MIXED += r"""
%% health
Bonjour Dr {last}, [[GENETIC:natija dyal test génétique]] khrjat: [[GENETIC:porteuse de la mutation CFTR]]. Wach mon mari khasso ydir test? {fname}
%% crm
Note: {name_ma} ({phone}) – [[ETHNIC_ORIGIN:soussi]], [[RELIGION_BELIEF:pratiquant]], préfère être contacté après la prière du vendredi. {email}
%% hr
Hello HR, ana {first}, [[UNION_MEMBERSHIP:délégué CDT]], je demande mes heures de délégation le {date}. Merci!
%% prompt
Anonymise had l'note stp: "{fname} {last}, [[POLITICAL_OPINION:militante PAM]], {hea_fr}, tél {phone}"
%% bank
Mon IBAN c'est {iban}, w l'compte li f l'étranger {iban_fx}. Utilisez le premier pour le salaire svp. {name_ma}
%% hr
Bghit n3ref: l'entreprise t9der tkhzen [[BIOMETRIC:mes empreintes digitales]] sans mon accord? {name}, {company}
%% gov
Mon cousin {mname} [[CRIMINAL:a fait 2 ans f l7bs]], wach y9der ydir passeport? Ancien passeport {passport}
%% logs
Regarde had logs: {iso} login ok user={email} ip={ip} / {iso} login fail ip={ip6}
%% support
Le paiement par carte ma douzch, la carte c'est {card}, expire {n}/28, au nom de {name_ma}
%% ecommerce
Facture {invoice}, ICE dyal l'entreprise {ice}, client {name_ma}. Wach kayn erreur f TVA?
%% hr
Mon CNSS {cnss} ma mdeklarich depuis {n} mois, chno ndir? {name_ma}
%% chat
C'est quoi la meilleure appli pour apprendre tifinagh? ghir curious hh
%% chat
Wach la réunion syndicale générale ghadi tkoun {day}? Je demande pour l'info, pas membre moi.
"""

FR += r"""
%% bank
Bonjour, quelqu'un a utilisé ma carte {card} pour deux achats en ligne que je ne reconnais pas ({amount} DH chacun). Je suis {name}, joignable au {phone}.
%% ecommerce
Paiement refusé pour la commande {order}. Carte saisie : {card}, date d'expiration {n}/2{n}. Vérifiez les informations ou utilisez une autre carte.
"""
EN += r"""
%% support
Hi, please update my card on file to {card}, the old one expired. Name on card: {name_en}. Billing address: {addr_en}.
"""
DAR += r"""
%% bank
salam, chi wa7d khelles b carte dyali {card} f site ma3rftoch, {amount} dh, ana {name_ma:lc}, 3afak blokiwha
"""
AR += r"""
%% bank
تم استعمال بطاقتي البنكية {card} في عملية شراء لم أقم بها بتاريخ {date_ar}. أرجو التحقيق في الأمر. {name_ar}، الهاتف {phone}.
"""

EN += r"""
%% support
Agent: To verify your identity, what's your ID number?
Customer: {cin}
Agent: Thank you, the line is now unlocked.
%% support
yes that's right
{passport}
can you rebook me on flight {flight} then?
"""
AR += r"""
%% support
نعم، صحيح.
{cin}
شكرا لكم.
"""
DAR_AR += r"""
%% chat
إيه هو هاداك
{cin}
((شكرا|الله يخليك|مرسي))
"""
MIXED += r"""
%% support
oui c'est ça, {cin:lc} w date de naissance {dob}
"""
FR += r"""
%% support
Bonjour, votre numéro de commande ({order}) ne correspond à aucun compte. Merci de vérifier les 10 caractères et de réessayer. Ticket {ticket}.
%% bank
Votre RIB ne peut pas être validé : la clé de contrôle de {ref24} est incorrecte. Vérifiez les 24 chiffres auprès de votre agence.
"""
DAR += r"""
%% chat
ch7al taman dyal {model} daba f {shop}? chfto b {amount} dh wach mzyan?
"""


# --------------------------------------------------------------------------
# assembly
# --------------------------------------------------------------------------
BLOCKS = [
    ("fr", FR),
    ("en", EN),
    ("ar", AR),
    ("darija", DAR),
    ("darija_ar", DAR_AR),
    ("mixed", MIXED),
]


def templates():
    out = []
    for lang, block in BLOCKS:
        domain, body = None, []

        def flush():
            text = "\n".join(body).strip("\n")
            if text.strip():
                assert domain, text[:40]
                out.append((lang, domain, text))
            body.clear()

        for line in block.split("\n"):
            if line.startswith("%% "):
                flush()
                domain = line[3:].strip()
            else:
                body.append(line)
        flush()
    return out


def build():
    rng = random.Random(SEED)
    records, seen, used = [], set(), 0
    for lang, domain, tpl in templates():
        got = 0
        for _ in range(40):
            text, spans = fill(tpl, lang, rng)
            if text in seen:
                continue
            seen.add(text)
            for label, start, end in spans:
                check_digits(label, text[start:end])
            records.append(
                {
                    "id": "",
                    "lang": lang,
                    "domain": domain,
                    "split": SPLIT,
                    "text": text,
                    "spans": [{"entity_type": lab, "start": s, "end": e} for lab, s, e in spans],
                }
            )
            got += 1
            if got == 2:
                break
        assert got >= 1, tpl[:60]
        used += 1
    for i, rec in enumerate(records, start=1):
        rec["id"] = f"{PREFIX}{i:04d}"
    return records, used


def main() -> None:
    records, used = build()
    # the brief this set was written to: at least 700 texts from 350 templates,
    # every label at least 20 times, sensitive categories at least 30 times,
    # about a quarter of the texts without any label
    counts = Counter(s["entity_type"] for r in records for s in r["spans"])
    assert len(records) >= 700 and used >= 350, (len(records), used)
    assert len({r["text"] for r in records}) == len(records)
    for lab in LABELS:
        assert counts[lab] >= (30 if lab in SENSITIVE else 20), (lab, counts[lab])
    share = sum(1 for r in records if not r["spans"]) / len(records)
    assert 0.2 <= share <= 0.3, share
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    OUT.write_bytes(data.encode("utf-8"))
    labels = Counter(s["entity_type"] for r in records for s in r["spans"])
    langs = Counter(r["lang"] for r in records)
    empty = Counter(r["lang"] for r in records if not r["spans"])
    print(
        f"{len(records)} texts from {used} templates, {sum(labels.values())} spans, "
        f"{sum(empty.values())} texts without a label; sha256 {hashlib.sha256(data.encode()).hexdigest()}"
    )
    if "--stats" in sys.argv:
        by_lang = {lab: Counter() for lab in LABELS}
        for r in records:
            for s in r["spans"]:
                by_lang[s["entity_type"]][r["lang"]] += 1
        order = [lang for lang, _ in BLOCKS]
        print("| label | " + " | ".join(order) + " | total |")
        print("|---|" + "---:|" * (len(order) + 1))
        for lab in LABELS:
            print(
                f"| {lab} | "
                + " | ".join(str(by_lang[lab][x]) for x in order)
                + f" | {labels[lab]} |"
            )
        print("| texts | " + " | ".join(str(langs[x]) for x in order) + f" | {len(records)} |")
        print(
            "| texts without a label | "
            + " | ".join(str(empty[x]) for x in order)
            + f" | {sum(empty.values())} |"
        )
        tpl = Counter(lang for lang, _, _ in templates())
        print(
            "| templates | " + " | ".join(str(tpl[x]) for x in order) + f" | {sum(tpl.values())} |"
        )


if __name__ == "__main__":
    main()
