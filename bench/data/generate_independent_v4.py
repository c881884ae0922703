"""Generate bench/data/independent-v4.jsonl, a frozen, blind evaluation set.

Standard library only, fixed seed: running this script rewrites the file byte for byte.
Templates are written in a small block language (see TEMPLATES): ``@lang domain`` opens a
template, indented lines continue it; ``{KEY}`` is a generated value (labelled or not, see
LABELLED), ``[[LABEL:a|b|c]]`` a labelled phrase (one alternative per filling) and
``((a|b|c))`` an unlabelled choice. Every template is filled at most three times.
"""

from __future__ import annotations

import itertools
import json
import random
import re
from pathlib import Path

SEED = 20261203
OUT = Path(__file__).with_name("independent-v4.jsonl")
FILLS = 3
EASTERN = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
WESTERN = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")

# --------------------------------------------------------------------------- names
FIRST_LAT = [
    "Youssef",
    "Fatima Zahra",
    "Mohamed Amine",
    "Khadija",
    "Hamza",
    "Salma",
    "Omar",
    "Imane",
    "Ayoub",
    "Nisrine",
    "Mehdi",
    "Zineb",
    "Anass",
    "Houda",
    "Rachid",
    "Meryem",
    "Soufiane",
    "Ghita",
    "Abdelilah",
    "Loubna",
    "Yassine",
    "Hajar",
    "Badr",
    "Sanaa",
]
LAST_LAT = [
    "El Amrani",
    "Benjelloun",
    "Tazi",
    "Alaoui",
    "Bennani",
    "Chraibi",
    "El Idrissi",
    "Berrada",
    "Lahlou",
    "Ouazzani",
    "Belhaj",
    "Sqalli",
    "Kettani",
    "Fassi-Fihri",
    "Ben Ali",
    "El Ouafi",
    "Zniber",
    "Regragui",
    "Bouzidi",
    "Naciri",
]
AMAZIGH_FIRST = [
    "Tafsut",
    "Itri",
    "Massinissa",
    "Amayas",
    "Tilelli",
    "Yuba",
    "Tanirt",
    "Aksil",
    "Anir",
    "Tudert",
    "Taziri",
    "Idir",
]
AMAZIGH_LAST = [
    "Ait Ouarab",
    "Oubella",
    "Amghar",
    "Ait Baha",
    "Ouhammou",
    "Id Brahim",
    "Aït Lahcen",
    "Boutaleb",
    "Ait Melloul",
    "Oukhouya",
]
FOREIGN = [
    "Claire Dubois",
    "Jean-Marc Lefèvre",
    "Sophie Marchand",
    "Pierre de La Salle",
    "Emma Schneider",
    "John Whitaker",
    "María González",
    "Luca Bianchi",
    "Hannah Okafor",
    "Kenji Watanabe",
    "Anne-Laure Van der Berg",
    "Diego Ferreira",
]
FIRST_AR = [
    "يوسف",
    "فاطمة الزهراء",
    "محمد أمين",
    "خديجة",
    "حمزة",
    "سلمى",
    "عمر",
    "إيمان",
    "أيوب",
    "نسرين",
    "مهدي",
    "زينب",
    "رشيد",
    "مريم",
    "غيثة",
    "ياسين",
    "هاجر",
    "بدر",
]
LAST_AR = [
    "العمراني",
    "بنجلون",
    "التازي",
    "العلوي",
    "بناني",
    "الشرايبي",
    "الإدريسي",
    "برادة",
    "لحلو",
    "الوزاني",
    "بلحاج",
    "الكتاني",
    "بوزيدي",
    "الناصري",
]
AMAZIGH_AR = [
    "تافسوت أمغار",
    "ماسينيسا أوبلا",
    "إيطري آيت باها",
    "أمياس أوحمو",
    "تيليلي آيت وعراب",
    "يوبا بوطالب",
]
DARIJA_FIRST = [
    "youssef",
    "fz",
    "simo",
    "khadija",
    "hamza",
    "salma",
    "omar",
    "imane",
    "ayoub",
    "nisrine",
    "mehdi",
    "zineb",
    "rachid",
    "meryem",
    "ghita",
    "badr",
]
DARIJA_LAST = [
    "el amrani",
    "benjelloun",
    "tazi",
    "alaoui",
    "bennani",
    "chraibi",
    "idrissi",
    "berrada",
    "lahlou",
    "ouazzani",
    "ait baha",
    "amghar",
]

# --------------------------------------------------------------------------- places
CITY_LAT = [
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
    "El Jadida",
    "Safi",
    "Nador",
    "Béni Mellal",
    "Errachidia",
    "Ouarzazate",
    "Tiznit",
    "Khouribga",
    "Laâyoune",
    "Dakhla",
    "Salé",
    "Temara",
    "Settat",
    "Larache",
    "Al Hoceima",
]
CITY_AR = [
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
    "الجديدة",
    "آسفي",
    "الناظور",
    "بني ملال",
    "الراشيدية",
    "ورزازات",
    "تيزنيت",
    "سلا",
    "العرائش",
    "الحسيمة",
]
CITY_DARIJA = [
    "casa",
    "rbat",
    "fes",
    "marrakech",
    "tanja",
    "agadir",
    "oujda",
    "meknes",
    "tetouan",
    "kenitra",
    "jdida",
    "sla",
    "nador",
    "bni mellal",
    "temara",
]
ADDR_LAT = [
    "12 rue Ibn Batouta, Maârif, Casablanca",
    "Résidence Al Andalous, Imm 4 Apt 12, Hay Riad, Rabat",
    "45 bd Zerktouni, 20040 Casablanca",
    "lot Al Wahda n° 233, Sidi Maârouf, Casablanca",
    "7 derb Sidi Bouloukat, Médina, Marrakech",
    "Appt 3, 18 avenue Hassan II, Agdal, Rabat",
    "douar Ait Hmad, commune Tamesloht, province Al Haouz",
    "villa 56, lotissement Florida, Gueliz, Marrakech",
    "Hay Mohammadi, bloc 9 n° 41, Agadir",
    "21 rue de Fès, quartier Iberia, Tanger",
    "cité Al Massira 2, rue 14 n° 8, Témara",
    "Bd Mohammed V, imm. Lahlou, 3e étage, Oujda",
]
ADDR_AR = [
    "زنقة الحرية رقم 23، حي السلام، فاس",
    "إقامة النخيل، عمارة 5، شقة 9، حي الرياض، الرباط",
    "شارع محمد الخامس رقم 112، وجدة",
    "درب السلطان، زنقة 17 رقم 4، الدار البيضاء",
    "دوار أولاد علي، جماعة سيدي بنور",
    "حي المسيرة، بلوك 3 رقم 27، مراكش",
    "تجزئة الوفاق رقم 88، تمارة",
]
ADDR_DARIJA = [
    "derb sidi bouloukat n 7, lmdina l9dima, marrakech",
    "hay lmassira bloc c n 14, agadir",
    "zn9a 12 dar 5, hay mohammadi, casa",
    "l9rib mn jami3 lkbir, hay nahda, rbat",
    "hay salam, zan9a 3 ra9m 40, sla",
    "douar lhajeb, 7da l7anout dyal l7aj, bni mellal",
]
ADDR_DARIJA_AR = [
    "درب السلطان زنقة 9 دار 12، كازا",
    "حي النهضة قريب من الجامع الكبير، الرباط",
    "حي المسيرة بلوك س رقم 14، أكادير",
    "الدوار ديال ولاد بوزيري، سطات",
]

# --------------------------------------------------------------------------- values
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"
PLATE_LETTERS = ["أ", "ب", "د", "ه", "و", "ط", "ج"]


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def person(rng: random.Random, lang: str) -> str:
    if lang in ("ar", "darija_ar"):
        pick = rng.random()
        if pick < 0.2:
            return rng.choice(AMAZIGH_AR)
        if pick < 0.35:
            return rng.choice(FIRST_AR)
        return f"{rng.choice(FIRST_AR)} {rng.choice(LAST_AR)}"
    if lang == "darija":
        pick = rng.random()
        if pick < 0.4:
            return rng.choice(DARIJA_FIRST)
        if pick < 0.55:
            return f"{rng.choice(AMAZIGH_FIRST)} {rng.choice(AMAZIGH_LAST)}"
        return f"{rng.choice(DARIJA_FIRST)} {rng.choice(DARIJA_LAST)}"
    pick = rng.random()
    if pick < 0.15:
        return rng.choice(FOREIGN)
    if pick < 0.3:
        return f"{rng.choice(AMAZIGH_FIRST)} {rng.choice(AMAZIGH_LAST)}"
    if pick < 0.4:
        return f"{rng.choice(LAST_LAT).upper()} {rng.choice(FIRST_LAT)}"
    if pick < 0.47:
        return f"{rng.choice(FIRST_LAT)} {rng.choice(LAST_LAT)}".lower()
    return f"{rng.choice(FIRST_LAT)} {rng.choice(LAST_LAT)}"


def first_name(rng: random.Random, lang: str) -> str:
    if lang in ("ar", "darija_ar"):
        return rng.choice(FIRST_AR)
    if lang == "darija":
        return rng.choice(DARIJA_FIRST)
    return rng.choice(FIRST_LAT + AMAZIGH_FIRST).split()[0]


def city(rng: random.Random, lang: str) -> str:
    if lang in ("ar", "darija_ar"):
        return rng.choice(CITY_AR)
    if lang == "darija":
        return rng.choice(CITY_DARIJA)
    return rng.choice(CITY_LAT)


def address(rng: random.Random, lang: str) -> str:
    return rng.choice(
        {"ar": ADDR_AR, "darija_ar": ADDR_DARIJA_AR, "darija": ADDR_DARIJA}.get(lang, ADDR_LAT)
    )


def maybe_eastern(rng: random.Random, lang: str, value: str) -> str:
    if lang == "ar" and rng.random() < 0.3:
        return value.translate(EASTERN)
    return value


def phone(rng: random.Random, lang: str) -> str:
    p = rng.choice("67") if rng.random() < 0.8 else "5"
    d = digits(rng, 8)
    forms = [
        f"0{p}{d}",
        f"0{p} {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}",
        f"+212 {p} {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}",
        f"+212{p}{d}",
        f"00212 {p}{d[:2]} {d[2:5]} {d[5:]}",
        f"0{p}-{d[:2]}-{d[2:4]}-{d[4:6]}-{d[6:]}",
        f"(+212) 0{p}.{d[:2]}.{d[2:4]}.{d[4:6]}.{d[6:]}",
        f"+33 6 {d[:2]} {d[2:4]} {d[4:6]} {d[6:]}",
    ]
    return maybe_eastern(rng, lang, rng.choice(forms))


def email(rng: random.Random, lang: str) -> str:
    f = rng.choice(
        [
            "youssef",
            "fz",
            "khadija",
            "h.tazi",
            "salma",
            "omar.b",
            "imane",
            "ayoub",
            "nisrine",
            "m.kettani",
            "tafsut",
            "zineb",
            "rachid",
            "anir",
        ]
    )
    n = rng.choice(["", "92", "_88", "2001", ".pro", "77"])
    last = rng.choice(
        ["elamrani", "bennani", "alaoui", "chraibi", "amghar", "lahlou", "berrada", "oubella", ""]
    )
    local = f"{f}.{last}{n}" if last else f"{f}{n}"
    host = rng.choice(
        [
            "gmail.com",
            "outlook.fr",
            "yahoo.fr",
            "hotmail.com",
            "menara.ma",
            "icloud.com",
            "proton.me",
            "um5.ac.ma",
        ]
    )
    return f"{local}@{host}"


def rib_digits(rng: random.Random) -> str:
    body = rng.choice(["007", "011", "022", "145", "190", "230", "350"]) + digits(rng, 19)
    key = 97 - (int(body) * 100) % 97
    return body + f"{key:02d}"


def bad_rib_digits(rng: random.Random) -> str:
    while True:
        s = digits(rng, 24)
        if int(s) % 97 != 0:
            return s


def group_rib(rng: random.Random, s: str) -> str:
    forms = [
        s,
        f"{s[:3]} {s[3:6]} {s[6:22]} {s[22:]}",
        " ".join(s[i : i + 4] for i in range(0, 24, 4)),
        f"{s[:3]}-{s[3:6]}-{s[6:22]}-{s[22:]}",
        f"{s[:3]} {s[3:6]} {s[6:10]} {s[10:14]} {s[14:18]} {s[18:22]} {s[22:]}",
        f"{s[:3]}.{s[3:6]}.{s[6:22]}.{s[22:]}",
    ]
    return rng.choice(forms)


def rib(rng: random.Random, lang: str) -> str:
    return group_rib(rng, rib_digits(rng))


def iban_check(country: str, bban: str) -> str:
    moved = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in moved)
    return f"{98 - int(num) % 97:02d}"


def iban(rng: random.Random, lang: str) -> str:
    country, bban = rng.choice(
        [("MA", None), ("MA", None), ("FR", 23), ("ES", 20), ("DE", 18), ("BE", 12)]
    )
    b = rib_digits(rng) if bban is None else digits(rng, bban)
    full = country + iban_check(country, b) + b
    if rng.random() < 0.6:
        return " ".join(full[i : i + 4] for i in range(0, len(full), 4))
    return full


def luhn_ok(s: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def card(rng: random.Random, lang: str) -> str:
    prefix, length = rng.choice([("4", 16), ("5", 16), ("37", 15), ("4", 16), ("2221", 16)])
    while True:
        s = prefix + digits(rng, length - len(prefix))
        if luhn_ok(s):
            break
    if length == 15:
        return rng.choice([s, f"{s[:4]} {s[4:10]} {s[10:]}"])
    return rng.choice(
        [
            s,
            " ".join(s[i : i + 4] for i in range(0, 16, 4)),
            "-".join(s[i : i + 4] for i in range(0, 16, 4)),
        ]
    )


def ip(rng: random.Random, lang: str) -> str:
    forms = [
        f"41.{rng.randint(137, 251)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
        f"105.{rng.randint(64, 159)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
        f"196.{rng.randint(200, 217)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
        f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 250)}",
        "2a01:cb1d:"
        + f"{rng.randint(256, 4095):x}:{rng.randint(4096, 65535):x}::{rng.randint(1, 255):x}",
    ]
    return rng.choice(forms)


def cin(rng: random.Random, lang: str) -> str:
    pre = rng.choice(
        [
            "A",
            "B",
            "BE",
            "BK",
            "C",
            "D",
            "EE",
            "G",
            "H",
            "J",
            "JB",
            "K",
            "T",
            "U",
            "W",
            "X",
            "Z",
            "AB",
            "BH",
            "CD",
        ]
    )
    num = digits(rng, rng.choice([5, 6, 6]))
    return rng.choice(
        [f"{pre}{num}", f"{pre}{num}", f"{pre} {num}", f"{pre}-{num}", f"{pre.lower()}{num}"]
    )


def ice(rng: random.Random, lang: str) -> str:
    body = "00" + digits(rng, 11)
    key = 97 - (int(body) * 100) % 97
    s = body + f"{key % 100:02d}"
    return rng.choice([s, f"{s[:3]} {s[3:6]} {s[6:9]} {s[9:12]} {s[12:]}"])


def cnss(rng: random.Random, lang: str) -> str:
    s = rng.choice("12") + digits(rng, 8)
    return rng.choice([s, s, f"{s[:3]} {s[3:6]} {s[6:]}"])


def passport(rng: random.Random, lang: str) -> str:
    return rng.choice(LETTERS) + rng.choice(LETTERS) + digits(rng, 7)


def massar(rng: random.Random, lang: str) -> str:
    return rng.choice("DGHJKMNPRS") + rng.choice("1") + digits(rng, 8)


def plate(rng: random.Random, lang: str) -> str:
    a = str(rng.randint(1, 99999))
    b = str(rng.randint(1, 89))
    le = rng.choice(PLATE_LETTERS)
    return rng.choice(
        [f"{a}-{le}-{b}", f"{a} {le} {b}", f"{a} | {le} | {b}", f"{a}/{le}/{b}", f"{a}{le}{b}"]
    )


MONTHS = {
    "fr": [
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
    ],
    "en": [
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
    ],
    "ar": [
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
    ],
}


def a_date(rng: random.Random, lang: str, lo: int, hi: int) -> str:
    y, m, d = rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)
    key = {"darija": "fr", "mixed": "fr", "darija_ar": "ar"}.get(lang, lang)
    forms = [
        f"{d:02d}/{m:02d}/{y}",
        f"{d} {MONTHS[key][m - 1]} {y}",
        f"{y}-{m:02d}-{d:02d}",
        f"{d:02d}.{m:02d}.{y}",
    ]
    if key == "en":
        forms.append(f"{MONTHS['en'][m - 1]} {d}, {y}")
    return maybe_eastern(rng, lang, rng.choice(forms))


def dob(rng: random.Random, lang: str) -> str:
    return a_date(rng, lang, 1948, 2012)


# unlabelled look-alikes
def order(rng: random.Random, lang: str) -> str:
    return rng.choice(
        [
            f"CMD-{digits(rng, 8)}",
            f"#{digits(rng, 7)}",
            f"MA{digits(rng, 10)}",
            f"N° {digits(rng, 6)}-{digits(rng, 2)}",
        ]
    )


def tracking(rng: random.Random, lang: str) -> str:
    return rng.choice(
        [
            f"RR{digits(rng, 9)}MA",
            f"LP{digits(rng, 9)}MA",
            f"1Z{digits(rng, 16)}",
            f"AMX-{digits(rng, 12)}",
        ]
    )


def price(rng: random.Random, lang: str) -> str:
    v = rng.randint(19, 48000)
    return rng.choice(
        [f"{v} DH", f"{v},00 MAD", f"{v} dhs", f"{v:,} MAD".replace(",", " "), f"€{v // 10}"]
    )


def plain_date(rng: random.Random, lang: str) -> str:
    return a_date(rng, lang, 2024, 2027)


def time_(rng: random.Random, lang: str) -> str:
    h, m = rng.randint(8, 21), rng.choice([0, 15, 30, 45])
    return rng.choice([f"{h}h{m:02d}", f"{h}:{m:02d}", f"{h} h {m:02d}"])


def imei(rng: random.Random, lang: str) -> str:
    return "35" + digits(rng, 13)


def sku(rng: random.Random, lang: str) -> str:
    return rng.choice(
        [
            f"SKU-{digits(rng, 6)}",
            f"REF {rng.choice(LETTERS)}{digits(rng, 5)}",
            f"{rng.choice(LETTERS)}{rng.choice(LETTERS)}-{digits(rng, 4)}-X",
        ]
    )


def version(rng: random.Random, lang: str) -> str:
    return rng.choice(
        [
            f"v{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}",
            f"{rng.randint(4, 6)}.{rng.randint(0, 19)}.0.{rng.randint(10, 999)}",
            f"build {digits(rng, 5)}",
        ]
    )


def ticket(rng: random.Random, lang: str) -> str:
    return rng.choice(
        [
            f"TCK-{digits(rng, 6)}",
            f"INC{digits(rng, 7)}",
            f"#{digits(rng, 5)}",
            f"SR-{digits(rng, 4)}-{digits(rng, 4)}",
        ]
    )


def serial(rng: random.Random, lang: str) -> str:
    return rng.choice(
        [
            f"SN{digits(rng, 10)}",
            f"S/N {rng.choice(LETTERS)}{digits(rng, 9)}",
            f"C02{rng.choice(LETTERS)}{digits(rng, 5)}{rng.choice(LETTERS)}",
        ]
    )


def badrib(rng: random.Random, lang: str) -> str:
    return group_rib(rng, bad_rib_digits(rng))


def amount_digits(rng: random.Random, lang: str) -> str:
    return digits(rng, rng.choice([9, 15]))  # a reference number of ID-like length


LABELLED = {
    "PER": ("PERSON", person),
    "FIRST": ("PERSON", first_name),
    "CITY": ("LOCATION", city),
    "ADDR": ("LOCATION", address),
    "PHONE": ("PHONE_NUMBER", phone),
    "EMAIL": ("EMAIL_ADDRESS", email),
    "IBAN": ("IBAN_CODE", iban),
    "CARD": ("CREDIT_CARD", card),
    "IP": ("IP_ADDRESS", ip),
    "CIN": ("MA_CIN", cin),
    "RIB": ("MA_RIB", rib),
    "ICE": ("MA_ICE", ice),
    "CNSS": ("MA_CNSS", cnss),
    "PASS": ("MA_PASSPORT", passport),
    "MASSAR": ("MA_MASSAR", massar),
    "PLATE": ("MA_LICENSE_PLATE", plate),
    "DOB": ("DATE_OF_BIRTH", dob),
}
UNLABELLED = {
    "ORDER": order,
    "TRACK": tracking,
    "PRICE": price,
    "DATE": plain_date,
    "TIME": time_,
    "IMEI": imei,
    "SKU": sku,
    "VER": version,
    "TICKET": ticket,
    "SERIAL": serial,
    "BADRIB": badrib,
    "REFNUM": amount_digits,
    "CITYX": city,
}
SENSITIVE = {
    "HEALTH",
    "RELIGION_BELIEF",
    "POLITICAL_OPINION",
    "UNION_MEMBERSHIP",
    "ETHNIC_ORIGIN",
    "GENETIC",
    "BIOMETRIC",
    "CRIMINAL",
}

# --------------------------------------------------------------------------- templates
TEMPLATES = r"""
@fr support
Bonjour, je suis {PER}, client depuis 2019. Mon numéro est le {PHONE}, rappelez-moi après
    {TIME} svp.
@fr support
Suite à notre échange, je vous confirme mon adresse mail : {EMAIL}. Cordialement, {PER}
@fr ecommerce
Livraison à {ADDR}, au nom de {PER}. Le livreur peut appeler le {PHONE} avant de passer.
@fr ecommerce
Mon colis {TRACK} n'est toujours pas arrivé chez moi à {CITY}. Commande {ORDER}.
@fr banking
Je soussigné {PER}, titulaire de la CIN {CIN}, autorise le virement vers le RIB {RIB}.
@fr banking
Pour le remboursement du prêt, le prélèvement se fera sur mon compte {RIB} ; merci de ne
    plus utiliser l'ancien.
@fr banking
Mme {PER} souhaite un crédit immobilier. Revenu net 14 500 DH, [[HEALTH:elle suit une
    chimiothérapie depuis mars|elle est enceinte de sept mois|elle a été opérée du cœur l'an
    dernier]], ce qui intéresse l'assureur emprunteur.
@fr telecom
Ligne {PHONE} bloquée depuis hier. Le titulaire, {PER}, a présenté la CIN n° {CIN} en agence.
@fr telecom
La box de M. {PER} est installée à {ADDR} ; dernière connexion depuis l'adresse {IP}.
@fr health
Rendez-vous confirmé pour {PER} le {DATE} à {TIME}. Motif : [[HEALTH:suivi de son diabète de
    type 1|contrôle de sa grossesse|renouvellement de son traitement antidépresseur]].
@fr health
Docteur, mon fils {FIRST}, né le {DOB}, [[HEALTH:est asthmatique et son inhalateur est
    vide|souffre d'épilepsie depuis l'âge de deux ans|est autiste et supporte mal l'attente]].
@fr health
Pharmacie : ordonnance de {PER} pour [[HEALTH:du Lévothyrox 75 µg|de la méthadone|un
    traitement antirétroviral]], à préparer avant {TIME}.
@fr hr
Candidature de {PER}, née le {DOB} à {CITY}. Joignable au {PHONE} ou à {EMAIL}.
@fr hr
Note RH : le salarié {PER} (CNSS {CNSS}) [[UNION_MEMBERSHIP:est délégué syndical UMT|a
    adhéré à la CDT en janvier|est membre du bureau syndical de l'UGTM]] et demande un
    aménagement d'horaires.
@fr hr
Entretien annuel : {PER} indique qu'[[HEALTH:il est en situation de handicap moteur|il
    souffre d'un burn-out|elle est sous traitement pour une dépression]] ; prévoir un poste
    adapté.
@fr school
Inscription de l'élève {PER}, code Massar {MASSAR}, née le {DOB}. Parent à contacter : {PHONE}.
@fr school
L'élève {FIRST} ({MASSAR}) sera absent ; [[HEALTH:il a une fracture du bras|il est atteint
    de dyslexie sévère|elle fait des crises d'angoisse]], certificat joint.
@fr realestate
Bail : le locataire {PER}, CIN {CIN}, occupera l'appartement situé {ADDR} à compter du {DATE}.
@fr insurance
Déclaration de sinistre : véhicule immatriculé {PLATE}, conducteur {PER}, permis et CIN
    {CIN}. Choc arrière à {TIME}.
@fr insurance
Assurance santé : l'adhérent {PER} déclare [[HEALTH:une hypertension traitée|être porteur du
    VIH|une sclérose en plaques diagnostiquée en 2021]] et [[GENETIC:être porteur d'une mutation
    BRCA1|avoir un test génétique positif à la drépanocytose|un risque héréditaire de Huntington
    confirmé par analyse ADN]].
@fr government
Demande d'extrait d'acte de naissance : {PER}, né(e) le {DOB} à {CITY}, CIN {CIN}.
@fr government
Le dossier de M. {PER} est bloqué : [[CRIMINAL:il a été condamné en 2018 pour escroquerie|il
    figure au casier judiciaire pour vol|il a été arrêté la semaine dernière à la frontière]].
@fr travel
Réservation riad pour {PER} et son épouse, passeport {PASS}, arrivée le {DATE}. Téléphone :
    {PHONE}.
@fr travel
Check-in hôtel : {PER}, nationalité marocaine, passeport {PASS}, résidant à {CITY}, chambre 214.
@fr prompt
Résume ce mail pour mon chef : « {PER} nous écrit depuis {CITY} ; [[HEALTH:il est
    hospitalisé pour un AVC|elle est en congé maternité|il souffre d'une hernie discale]] et ne
    pourra pas assister au comité. »
@fr prompt
Rédige un e-mail à {PER} ({EMAIL}) pour lui rappeler de payer sa facture sur le RIB {RIB}.
@fr prompt
Traduis en anglais : « Je m'appelle {PER}, j'habite {ADDR}, et [[RELIGION_BELIEF:je suis
    chrétien pratiquant|je suis musulman et je fais le ramadan|je suis de confession juive]]. »
@fr rag
Note CRM — client {PER}, tél {PHONE}. [[POLITICAL_OPINION:Se dit militant du
    PAM|Sympathisant déclaré du PJD|Vote pour la Fédération de la gauche démocratique]], éviter
    les sujets politiques en rendez-vous.
@fr rag
Ticket {TICKET} : la cliente {PER} signale un débit inconnu sur sa carte {CARD}.
@fr code
log.info("paiement refusé", extra={"client": "{PER}", "carte": "{CARD}", "ip": "{IP}"})
@fr code
INSERT INTO clients (nom, cin, ice) VALUES ('{PER}', '{CIN}', '{ICE}');
@fr banking
Facture fournisseur : auto-entrepreneur {PER}, ICE {ICE}, paiement par virement IBAN {IBAN}.
@fr support
Vérification faite : votre identité est confirmée, CIN{CIN}. Votre conseiller vous
    rappellera au {PHONE}.
@fr government
Attestation : {PER}, [[ETHNIC_ORIGIN:d'origine sahraouie|d'origine subsaharienne|issu de la
    communauté amazighe du Souss]], réside à {ADDR} depuis cinq ans.
@fr hr
Badge d'accès : l'employée {PER} a enregistré [[BIOMETRIC:son empreinte digitale|sa
    reconnaissance faciale|un scan de son iris]] au poste de garde.
@fr banking
Ouverture de compte à distance : {PER} a validé [[BIOMETRIC:le selfie biométrique|la
    vérification par empreinte|le gabarit facial]] ; CIN {CIN}, né le {DOB}.
@fr support
Client mécontent : « Je suis {PER}, [[RELIGION_BELIEF:je suis athée|je me suis converti au
    christianisme|je suis pratiquante et je porte le voile]], et votre publicité m'a choqué. »
@fr health
Compte rendu : patient {PER}, [[GENETIC:caryotype montrant une trisomie 21|mutation du gène
    CFTR (mucoviscidose)|test ADN positif pour une thalassémie]]. Domicile : {ADDR}.
@fr realestate
Le propriétaire refuse {PER} car [[CRIMINAL:il sort de prison|il a un casier pour trafic de
    stupéfiants|il a été condamné pour violences]] ; est-ce légal ?
@fr ecommerce
Bonjour, je voudrais savoir si la commande {ORDER} de {PRICE} peut être livrée avant le {DATE}.
@fr ecommerce
Le modèle {SKU} est en rupture ; réassort prévu le {DATE} dans nos magasins de
    ((Casablanca|Rabat|Tanger)).
@fr telecom
Votre forfait 50 Go à {PRICE} est activé. IMEI du terminal : {IMEI}. Pour toute question,
    composez le ((777|5050|*6)).
@fr banking
Référence de votre virement : {BADRIB}. Montant : {PRICE}. Date de valeur : {DATE}.
@fr health
Quels sont les premiers symptômes du ((diabète|cancer du sein|paludisme)) et quand faut-il
    consulter ?
@fr government
Quels documents faut-il pour renouveler une CIN ? Le délai est-il toujours de ((15
    jours|trois semaines|un mois))?
@fr travel
Que visiter à {CITYX} en trois jours ? Budget {PRICE}, départ le {DATE}.
@fr support
Votre ticket {TICKET} a été clôturé le {DATE} à {TIME}. Version de l'application : {VER}.
@fr rag
Extrait FAQ : la Banque Populaire de ((Rabat-Kénitra|Fès-Meknès|Marrakech-Béni Mellal))
    ouvre ses agences le samedi matin.
@fr school
Le lycée ((Ibn Toumert|Moulay Youssef|Al Khawarizmi)) organise ses examens blancs du {DATE}
    au 12 du mois suivant.
@fr insurance
Quel est le délai de déclaration d'un sinistre auto ? Le contrat n° {REFNUM} couvre-t-il le
    bris de glace ?
@fr hr
Offre d'emploi : comptable confirmé, poste basé à ((Casablanca|Agadir|Rabat)), salaire
    {PRICE}, candidatures avant le {DATE}.
@fr prompt
Explique-moi la différence entre ((l'islam sunnite et chiite|le RNI et l'USFP|la CDT et
    l'UMT)) en quelques lignes.
@fr code
[{DATE} {TIME}] WARN cache miss key=order:{ORDER} latency=412ms ver={VER}
@fr realestate
À louer : F3 de 90 m² boulevard ((Zerktouni|Anfa|Ghandi)), près de l'agence, {PRICE} par mois.
@en support
Hi, this is {PER}. I changed my number, please update it to {PHONE} and send the invoice to
    {EMAIL}.
@en ecommerce
Ship to: {PER}\n{ADDR}\nPhone: {PHONE}\nNotes: leave it with the doorman.
@en banking
Wire details for {PER}: IBAN {IBAN}. Card on file ending in the full number {CARD} must be
    removed.
@en banking
Loan officer note: applicant {PER}, born on {DOB}, [[CRIMINAL:has a prior conviction for
    fraud|was arrested in 2022 for embezzlement|served two years in prison]].
@en telecom
Subscriber {PER} reports roaming issues while staying in {CITY}; SIM registered with
    passport {PASS}.
@en health
Appointment request: {PER}, DOB {DOB}. Reason: [[HEALTH:follow-up for bipolar
    disorder|second trimester pregnancy scan|physiotherapy after a knee replacement]].
@en health
My mother {PER} [[HEALTH:has Alzheimer's|was diagnosed with stage 2 breast cancer|is on
    dialysis three times a week]] and lives alone in {CITY}; can a nurse visit her?
@en hr
Reference check: {PER} worked with us until {DATE}. [[UNION_MEMBERSHIP:He was a shop steward
    for the UMT|She is a member of the teachers' union|He joined the CDT last spring]].
@en hr
Onboarding form: full name {PER}; date of birth: {DOB}; CNSS no. {CNSS}; home address {ADDR}.
@en school
Parent portal: {PER}'s child is registered under Massar code {MASSAR}. Emergency contact
    {PHONE}.
@en realestate
Tenant screening for {PER}: currently living at {ADDR}, moving from {CITY} for work.
    [[CRIMINAL:Background check shows a theft conviction|Has a criminal record for assault|Was
    detained by police in 2020]].
@en insurance
Claim {TICKET}: policyholder {PER}, vehicle {PLATE}, accident near their home in {CITY}.
@en government
Visa appointment for {PER}, born {DOB} in {CITY}, passport {PASS}. Please bring two photos.
@en travel
Hotel guest list: 1) {PER}, passport {PASS}; 2) {PER}, passport {PASS}. Late arrival around
    {TIME}.
@en prompt
Summarize this support chat and remove nothing: the user {PER} says [[HEALTH:she has severe
    anxiety and panic attacks|he is HIV positive|she is undergoing IVF treatment]] and asks for
    a refund.
@en prompt
Draft a polite email to {PER} at {EMAIL} telling them their card {CARD} was charged twice.
@en prompt
Translate to French: "My name is {PER}, I was born on {DOB} and I grew up in {CITY}."
@en rag
CRM snippet | contact: {PER} | phone: {PHONE} | note: [[POLITICAL_OPINION:strong supporter
    of the RNI|openly campaigns for the PJD|member of the Istiqlal party youth wing]], asked not
    to be called during the campaign.
@en rag
Ticket {TICKET} — customer {PER} ({EMAIL}) says [[RELIGION_BELIEF:as a practising Muslim he
    needs halal-certified meals|she is a Jehovah's Witness and refuses blood products|he is a
    devout Catholic]].
@en code
ERROR 2026-05-11 auth failed user="{PER}" src={IP} attempts=5
@en code
{"customer": {"name": "{PER}", "iban": "{IBAN}", "phone": "{PHONE}"}}
@en support
Verified, thanks. ID {CIN} matches. Your new PIN will be sent to {PHONE}.
@en hr
Biometric timekeeping: {PER} enrolled [[BIOMETRIC:a fingerprint template|a face scan|a palm
    vein scan]] on {DATE}.
@en government
Residency file: {PER}, [[ETHNIC_ORIGIN:of Senegalese origin|ethnically Amazigh|of Sahrawi
    descent]], has lived at {ADDR} since 2015.
@en health
Lab result for {PER}: [[GENETIC:carrier of the sickle cell gene|positive for the Lynch
    syndrome mutation|genome test shows a BRCA2 variant]]; counselling booked.
@en banking
KYC passed for {PER}: [[BIOMETRIC:voice print verified|facial match score 0.97|fingerprint
    matched]], passport {PASS}.
@en support
What are your opening hours in {CITYX} on Fridays? Order {ORDER} is ready for pickup.
@en ecommerce
Item {SKU} costs {PRICE}; estimated delivery {DATE}, tracking {TRACK}.
@en health
Is it safe to take ibuprofen during ((pregnancy|Ramadan fasting|a cold))? Asking in general.
@en telecom
Firmware {VER} is rolling out to routers with serial {SERIAL} from {DATE}.
@en travel
What's the weather like in {CITYX} in ((April|August|December))? Any tips for the souks?
@en prompt
Write a neutral 200-word explainer on ((trade unions in Morocco|the 2021 Moroccan
    elections|Ramadan customs)).
@en code
build: step 4/9 {VER} passed in 12.4s (cache hit ratio 0.82), artefact {SERIAL}
@en banking
Statement reference {BADRIB}; fee {PRICE} posted on {DATE}.
@en rag
KB article: Café ((Casablanca|Tanger Med|Rabat Ville)) Station closes at {TIME}; the
    Marrakech Menara lounge opens at 6:00.
@ar support
السلام عليكم، أنا {PER}، رقم هاتفي {PHONE}، أرجو الاتصال بي بخصوص الطلب {ORDER}.
@ar ecommerce
المرجو توصيل الطلبية إلى العنوان التالي: {ADDR}، باسم {PER}.
@ar banking
أنا الموقع أسفله {PER}، الحامل للبطاقة الوطنية رقم {CIN}، أطلب تحويل المبلغ إلى الحساب {RIB}.
@ar banking
طلب قرض: السيد {PER} المزداد بتاريخ {DOB} بمدينة {CITY}، رقم الضمان الاجتماعي {CNSS}.
@ar telecom
تم تفعيل الخط {PHONE} باسم {PER} بعد الإدلاء بجواز السفر رقم {PASS}.
@ar health
موعد طبي للسيدة {PER} يوم {DATE}، السبب: [[HEALTH:متابعة الحمل في الشهر السادس|علاج السكري
    من النوع الثاني|جلسات العلاج النفسي من الاكتئاب]].
@ar health
ابني {FIRST} المولود في {DOB} [[HEALTH:مصاب بالربو|يعاني من التوحد|مصاب بمرض السيلياك]]، هل
    يمكن تقديم الموعد؟
@ar hr
السيرة الذاتية: الاسم {PER}، تاريخ الازدياد {DOB}، العنوان {ADDR}، البريد {EMAIL}.
@ar hr
[[UNION_MEMBERSHIP:الموظف منخرط في الاتحاد المغربي للشغل|الأستاذة عضوة في النقابة الوطنية
    للتعليم|العامل مندوب نقابي عن الكونفدرالية الديمقراطية للشغل]]، واسمه {PER}، ويطلب نقله.
@ar school
تسجيل التلميذة {PER}، رمز مسار {MASSAR}، ولي الأمر يسكن في {CITY}، الهاتف {PHONE}.
@ar realestate
عقد كراء بين المالك والمكتري {PER}، رقم البطاقة الوطنية {CIN}، للشقة الكائنة ب{ADDR}.
@ar insurance
تصريح بحادثة سير: السيارة ذات الترقيم {PLATE}، السائق {PER}، [[HEALTH:أصيب بكسر في
    الساق|تعرض لارتجاج في المخ|يعاني من إعاقة حركية سابقة]].
@ar government
طلب نسخة من عقد الازدياد باسم {PER}، ولد في {DOB} ب{CITY}.
@ar government
[[CRIMINAL:سبق أن صدر في حقه حكم بالسجن سنتين|تم توقيفه من طرف الشرطة بتهمة السرقة|له سوابق
    قضائية في النصب]]؛ المعني بالأمر هو {PER} الساكن ب{CITY}.
@ar travel
حجز فندق باسم {PER}، جواز السفر {PASS}، الوصول يوم {DATE}، الهاتف {PHONE}.
@ar prompt
لخص هذه الرسالة: "أنا {PER} من {CITY}، [[HEALTH:أعاني من مرض القلب|أنا حامل في الشهر
    الثالث|أتناول دواء للصرع]] ولا أستطيع السفر."
@ar prompt
اكتب رسالة إلى {PER} على العنوان {EMAIL} لتذكيره بدفع القسط عبر الآيبان {IBAN}.
@ar rag
ملاحظة من نظام العملاء: {PER}، [[POLITICAL_OPINION:ينتمي إلى حزب العدالة والتنمية|يناصر حزب
    الأصالة والمعاصرة|عضو نشيط في حزب الاستقلال]]، يفضل التواصل عبر {EMAIL}.
@ar rag
تذكرة {TICKET}: العميلة {PER} [[RELIGION_BELIEF:مسيحية وتطلب عطلة يوم الأحد|يهودية مغربية
    وتطلب وجبات كوشير|ملتزمة دينيا وترفض التأمين الربوي]].
@ar hr
سجل الحضور: {PER} قام ب[[BIOMETRIC:تسجيل بصمة الإصبع|تسجيل بصمة الوجه|مسح قزحية العين]] يوم
    {DATE}.
@ar government
شهادة سكنى: يشهد المقدم أن {PER} [[ETHNIC_ORIGIN:من أصل صحراوي|من أصول أمازيغية ريفية|من أصل
    إفريقي جنوب الصحراء]] يقطن ب{ADDR}.
@ar health
نتيجة التحليل الجيني للمريض {PER}: [[GENETIC:حامل لجين فقر الدم المنجلي|طفرة في جين
    BRCA1|إصابة وراثية بالتلاسيميا]].
@ar banking
فاتورة: المقاول الذاتي {PER}، المعرف الموحد للمقاولة {ICE}، البطاقة البنكية {CARD}.
@ar code
خطأ في الدخول: المستخدم {PER} من العنوان {IP} على الساعة {TIME}
@ar support
تم التحقق من هويتكم، رقم البطاقة {CIN}. شكرا لكم.
@ar support
ما هي مواعيد عمل الوكالة في {CITYX}؟ رقم الطلب {ORDER}.
@ar health
ما هي أعراض ((ارتفاع ضغط الدم|فقر الدم|الزهايمر))؟ سؤال عام.
@ar government
كم تكلف تجديد جواز السفر؟ وهل يمكن الأداء ب{PRICE} عبر الإنترنت؟ ((شكرا|مع الشكر|وشكرا مسبقا)).
@ar travel
ما هي أفضل الأماكن لزيارتها في {CITYX} خلال فصل ((الصيف|الشتاء|الربيع))؟
@ar ecommerce
المنتج {SKU} متوفر بثمن {PRICE}، والتسليم متوقع يوم {DATE}، رقم التتبع {TRACK}.
@ar banking
مرجع العملية {BADRIB} بتاريخ {DATE} بمبلغ {PRICE}.
@ar prompt
اشرح باختصار الفرق بين ((الأحزاب اليمينية واليسارية|المذاهب الفقهية الأربعة|النقابات
    والجمعيات)) في المغرب.
@ar telecom
رقم IMEI للهاتف هو {IMEI}، وإصدار النظام {VER}.
@ar school
تعلن ثانوية ((ابن رشد|الحسن الثاني|عمر بن الخطاب)) عن امتحانات يوم {DATE} على الساعة {TIME}.
@ar realestate
للبيع شقة في شارع ((محمد الخامس|الزرقطوني|الحسن الثاني)) قرب الوكالة البنكية بثمن {PRICE}.
@darija support
salam, ana {PER}, nmra dyali {PHONE}, 3awtani 3ayto 3lia mn ba3d {TIME} 3afak
@darija ecommerce
sifto lia l colis l {ADDR}, smiti {PER}, w ila ma l9itonich 3ayto l {PHONE}
@darija ecommerce
fin wsla commande dyali {ORDER}? ana sakna f {CITY} w mazal ma jatni walo
@darija banking
bghit nbdel rib dyali, hada jdid: {RIB}, w cin dyali {CIN}
@darija banking
khoya {PER} bgha kredi walakin [[HEALTH:3ando sokkar w kayakhod l'insuline|mrid b l9alb|dar
    operation f rasso l3am lli fat]]
@darija telecom
la puce dyali {PHONE} t9t3at, ana {PER}, cin {CIN}, 3afakom 7loha
@darija health
bghit rdv l mama {PER}, [[HEALTH:7amla f chhar lkhams|3andha tension w sokkar|kat3ani mn
    depression]], wach kayn chi blassa nhar {DATE}?
@darija health
wlidi {FIRST} tzad {DOB} w [[HEALTH:3ando asthme|3ando l'autisme|fih l'épilepsie]], kan9lbo
    3la tbib d latfal
@darija hr
ana {PER}, tzadit f {CITY} nhar {DOB}, 3andi diplome f l'informatique, email dyali {EMAIL}
@darija hr
had lkhddam {PER} [[UNION_MEMBERSHIP:dakhel f nnqaba dyal UMT|mndoub niqabi f CDT|msejjel f
    syndicat dyal ta3lim]] w bgha yt9ad m3a lmodir
@darija school
code massar dyal bnti {FIRST} howa {MASSAR}, w hiya tzadat {DOB}
@darija realestate
lkari dyal dar f {ADDR} ghadi ykon smit {PER}, cin {CIN}
@darija insurance
tsadmt b tomobil, matricule dyali {PLATE}, ana {PER}, w [[HEALTH:t7rrat lia rokba|tkssr lia
    ydi|3andi handicap f rjli mn 9bel]]
@darija government
bghit nkhrj 3a9d l2izdiyad, smiti {PER}, tzadt f {CITY} {DOB}
@darija government
3arfti {PER}? [[CRIMINAL:kan f l7bs 3amin 3la serka|chdouh lbolis 3la drogue|3ando casier
    judiciaire]], daba khrej w sakn f {CITY}
@darija travel
bghit nhjez f riad l {PER} w mratou, passport {PASS}, ghadi nwslo {DATE}
@darija prompt
lakhass lia had lmessage: "ana {PER} mn {CITY}, [[HEALTH:3andi l kansar w kandir chimio|ana
    7amla w ta3bana|kan3ani mn l'angoisse bzaf]], ma n9derch nji l khdma"
@darija prompt
kteb lia email l {PER} ({EMAIL}) goul lih khlles lfacture f iban {IBAN}
@darija rag
note: {PER} [[POLITICAL_OPINION:kaysawt 3la PJD|mnadel f PAM|kaydafe3 3la l7izb dyal
    l'istiqlal]], ma tehdrouch m3ah f siyasa
@darija rag
client {PER} [[RELIGION_BELIEF:msi7i w bgha conge nhar l7ed|ana mslem w saym ramadan|lhoudi
    w kaytlb makla kasher]], tél {PHONE}
@darija support
ok safi t2akdna, cin {CIN} s7i7a, ghadi ysiftolek code f sms
@darija hr
{PER} dar [[BIOMETRIC:lbasma dyal sb3o|scan dyal wjho|lbasma dyal l3in]] f pointeuse nhar {DATE}
@darija government
{PER} [[ETHNIC_ORIGIN:asslo sahraoui|asslo mn l'Afrique subsaharienne|rifi amazighi]] w sakn
    f {ADDR}
@darija health
t7lil dyal {PER} bayn [[GENETIC:3ando l gene dyal drépanocytose|mutation f BRCA1|maladie
    génétique wratha mn bbah]]
@darija code
user={PER} ip={IP} card={CARD} status=declined
@darija banking
{PER} 3ando auto-entrepreneur, ice {ICE}, cnss {CNSS}
@darija support
wach l7anout dyalkom f {CITYX} m7loul nhar l7ed? commande {ORDER}
@darija ecommerce
chhal taman dyal {SKU}? lqit {PRICE} f site, w wach livraison {DATE} possible
@darija health
wach sokkar kayt9ad idawi b ((l3ssel|lhelba|zit zitoun))? so2al 3am
@darija telecom
forfait {PRICE} tfa3el, imei {IMEI}, ila bghiti chi 7aja 3ayt l ((777|5050|*6))
@darija travel
chno nzour f {CITYX} f ((3 ayam|simana|weekend))? budget {PRICE}
@darija prompt
chra7 lia ((chno hiya nnqaba|chno howa ramadan|kifach kaydozou l'intikhabat)) b tari9a sahla
@darija banking
référence dyal virement {BADRIB} b {PRICE} nhar {DATE}
@darija school
l'école ((Al Jabr|Ibn Sina|Al Farabi)) 3andha examens nhar {DATE} m3a {TIME}
@darija code
[{TIME}] deploy {VER} ok, ticket {TICKET} closed
@darija_ar support
سلام، أنا {PER}، النمرة ديالي {PHONE}، عيطو ليا عافاكم
@darija_ar ecommerce
صيفطو ليا الكوليس ل{ADDR}، سميتي {PER}
@darija_ar banking
بغيت نبدل الحساب، هادا الريب الجديد {RIB}، والبطاقة ديالي {CIN}
@darija_ar health
ماما {PER} [[HEALTH:عندها السكر والطونسيو|حاملة فالشهر السابع|كتعاني من الكآبة]]، بغيت موعد
    نهار {DATE}
@darija_ar hr
أنا {PER}، تزاديت ف{CITY} نهار {DOB}، الإيميل ديالي {EMAIL}
@darija_ar hr
هاد الخدام {PER} [[UNION_MEMBERSHIP:داخل فالنقابة ديال UMT|مندوب نقابي فالكدش|منخرط فنقابة
    التعليم]]
@darija_ar school
الكود مسار ديال ولدي {FIRST} هو {MASSAR}
@darija_ar insurance
تصادمت بالطوموبيل، الماتريكول {PLATE}، أنا {PER}، و[[HEALTH:تكسرات ليا رجلي|عندي إعاقة من
    قبل|دخلت للسبيطار بالخلعة]]
@darija_ar government
{PER} [[CRIMINAL:دخل للحبس عامين على السرقة|شدوه البوليس على الدروگا|عندو السوابق]]، ودابا
    ساكن ف{CITY}
@darija_ar travel
بغيت نحجز ل{PER}، الباسبور {PASS}، غادي نوصلو {DATE}
@darija_ar prompt
لخص ليا: "أنا {PER} من {CITY}، [[HEALTH:عندي الكونصير وكندير الشيميو|عندي مشكل فالقلب|كنشرب
    دوا ديال الأعصاب]]"
@darija_ar rag
ملاحظة: {PER} [[POLITICAL_OPINION:كيصوت على البيجيدي|مناضل فالبام|كيدافع على حزب
    الاستقلال]]، ما تهضروش معاه فالسياسة
@darija_ar rag
الكليان {PER} [[RELIGION_BELIEF:مسيحي وبغا عطلة نهار الحد|صايم رمضان وملتزم|يهودي وكيطلب
    الماكلة كاشير]]
@darija_ar hr
{PER} دار [[BIOMETRIC:البصمة ديال الصبع|السكان ديال الوجه|البصمة ديال العين]] فالبوانتوز
@darija_ar government
{PER} [[ETHNIC_ORIGIN:أصلو صحراوي|أصلو من أفريقيا جنوب الصحرا|ريفي أمازيغي]] وساكن ف{ADDR}
@darija_ar health
التحليل ديال {PER} بان فيه [[GENETIC:الجين ديال فقر الدم المنجلي|طفرة وراثية ف BRCA1|مرض
    وراثي من عند باباه]]
@darija_ar support
صافي تأكدنا، البطاقة {CIN} صحيحة
@darija_ar telecom
الپوس ديالي {PHONE} تقطعات، أنا {PER}
@darija_ar support
واش الحانوت ديالكم ف{CITYX} محلول نهار الحد؟ الكوموند {ORDER}
@darija_ar ecommerce
شحال الثمن ديال {SKU}؟ لقيتو ب{PRICE}
@darija_ar health
واش الحلبة مزيانة ل((السكر|الضغط|الكوليسترول))؟ سؤال عام
@darija_ar travel
شنو نزور ف{CITYX} فالصيف؟ عندي ((3 أيام|سيمانة|ويكاند))
@darija_ar telecom
الفورفي ب{PRICE} تفعل، IMEI {IMEI}
@darija_ar banking
الريفيرونس ديال الفيرمة {BADRIB} نهار {DATE}
@darija_ar prompt
شرح ليا ((شنو هي النقابة|شنو هو رمضان|كيفاش كتدوز الانتخابات)) بالدارجة
@mixed support
Bonjour, ana {PER}, mon numéro c'est {PHONE}, 3ayto lia svp before {TIME}
@mixed ecommerce
Livraison l {ADDR}, au nom de {PER}, merci w baraka llah fik
@mixed banking
Salam, je veux changer mon RIB: {RIB}. CIN dyali {CIN}, thanks
@mixed banking
Please process the transfer l IBAN {IBAN}, le bénéficiaire c'est {PER}
@mixed health
Rdv pour {PER} please, [[HEALTH:elle est 7amla f 5 mois|3ando diabète type 2|kayakhod
    antidépresseurs]], merci docteur
@mixed health
Docteur, {FIRST} tzad {DOB}, [[HEALTH:w 3ando asthme sévère|w fih épilepsie|w 3ando trouble
    autistique]]
@mixed hr
CV: {PER}, née le {DOB} f {CITY}, email {EMAIL}, dispo immédiatement
@mixed hr
{PER} [[UNION_MEMBERSHIP:est syndiqué à l'UMT|rah délégué syndical CDT|is a union rep for
    UGTM]], donc attention f la réunion
@mixed school
Massar dyal {FIRST}: {MASSAR}, parent {PER}, tel {PHONE}
@mixed insurance
Accident: plaque {PLATE}, conducteur {PER}, [[HEALTH:blessé au dos|t7rrat lih ktafo|has a
    prior disability]]
@mixed government
{PER} [[CRIMINAL:kan f prison pour vol|a été arrêté par la police l'an dernier|has a
    conviction for fraud]], dossier bloqué
@mixed travel
Booking pour {PER}, passport {PASS}, check-in {DATE}, room for two
@mixed prompt
Traduis-moi had l message: "I'm {PER} from {CITY}, [[HEALTH:I have a heart condition|je suis
    enceinte|kan3ani mn stress w insomnia]]"
@mixed prompt
Write an email l {PER} ({EMAIL}), rappel de paiement, carte {CARD}
@mixed rag
CRM: {PER}, tel {PHONE}, [[POLITICAL_OPINION:supporter dyal RNI|militant PJD|vote USFP
    depuis toujours]]
@mixed rag
Ticket {TICKET}: {PER} [[RELIGION_BELIEF:est chrétienne w bghat congé dimanche|is Muslim and
    fasting Ramadan|rah juif et demande casher]]
@mixed hr
{PER} a fait [[BIOMETRIC:l'enrôlement d'empreinte|the face enrollment|le scan de l'iris]] au
    badge
@mixed government
{PER}, [[ETHNIC_ORIGIN:d'origine sahraouie|asslo amazighi mn Souss|of sub-Saharan origin]],
    habite {ADDR}
@mixed health
Résultat génétique de {PER}: [[GENETIC:porteur de la mutation BRCA2|carrier of thalassemia
    gene|3ando gène dyal drépanocytose]]
@mixed code
logger.warning(f"user {PER} login from {IP}, cin={CIN}")
@mixed banking
Facture: {PER}, ICE {ICE}, CNSS {CNSS}, paiement par carte {CARD}
@mixed support
ok c bon, vérifié {CIN}, merci bzaf
@mixed support
Salam, le magasin f {CITYX} ouvert dimanche? commande {ORDER}, thanks
@mixed ecommerce
Le prix dyal {SKU} c'est {PRICE}? delivery {DATE} possible?
@mixed health
C'est quoi les symptômes dyal ((diabète|hypertension|anémie))? question générale
@mixed telecom
Forfait {PRICE} activé, IMEI {IMEI}, version {VER}
@mixed travel
Chno nzour f {CITYX}? best places, budget {PRICE}
@mixed banking
Référence virement {BADRIB}, montant {PRICE}, le {DATE}
@mixed prompt
Explain ((la différence bin UMT w CDT|chno howa l'islam soufi|the role of political
    parties)) simply
@mixed code
[{TIME}] job {TICKET} done, build {VER}, serial {SERIAL}
@fr rag
Fiche adhérent : {PER}, [[UNION_MEMBERSHIP:cotise à la FDT depuis 2015|élu au conseil
    syndical de l'ODT|adhérent de la CDT section santé]], [[POLITICAL_OPINION:proche de
    l'USFP|militant du PPS|engagé au RNI]], habite {CITY}.
@en hr
Exit interview: {PER} said [[ETHNIC_ORIGIN:as a Black Moroccan of Gnawa heritage|as someone
    of Riffian Amazigh origin|being of Sahrawi origin]] she felt excluded, and
    [[RELIGION_BELIEF:as a Baha'i|being an observant Jew|as a convert to Christianity]] she was
    mocked.
@ar rag
ملف المنخرط {PER}: [[UNION_MEMBERSHIP:عضو في الفيدرالية الديمقراطية للشغل|منخرط في الاتحاد
    العام للشغالين|كاتب عام لفرع نقابي]]، [[POLITICAL_OPINION:يساند حزب التقدم والاشتراكية|عضو
    في حزب التجمع الوطني للأحرار|يصوت لحزب الاتحاد الاشتراكي]].
@darija hr
{PER} [[ETHNIC_ORIGIN:asslo mn sénégal|drawi mn l'janoub|chel7 mn sous]] w
    [[RELIGION_BELIEF:ma kaysellich w kay9oul ana athée|msi7i mn zman|chi3i]], w kaykhdem m3ana
    f {CITY}
@darija_ar rag
{PER} [[UNION_MEMBERSHIP:منخرط فالإتحاد المغربي للشغل|عضو فالنقابة ديال الفلاحة|كيخلص
    الكوتيزاسيون للنقابة]] و[[POLITICAL_OPINION:كيصوت للأحرار|مناضل فالاتحاد الاشتراكي|ضد
    الحكومة وكيدعم المعارضة]]
@mixed government
Dossier {PER}: [[ETHNIC_ORIGIN:origine touarègue|asslo drawi|of Haratin descent]],
    [[CRIMINAL:condamné pour trafic en 2019|kan f l7bs 3 snin|arrested for theft in 2023]], CIN
    {CIN}
@fr health
Consultation génétique : {PER} et son frère [[GENETIC:ont hérité de la mutation de la
    myopathie de Duchenne|sont porteurs de l'hémophilie A|présentent une anomalie du chromosome
    X]] ; [[BIOMETRIC:empreintes palmaires|photo faciale|empreintes digitales]] prises pour le
    dossier.
@en banking
Fraud desk: {PER} ({PHONE}) [[BIOMETRIC:failed the voice biometrics check|was re-enrolled
    with a new fingerprint|had a facial recognition mismatch]]; [[CRIMINAL:she was convicted of
    card fraud in 2021|he has an open arrest warrant|he is on probation for theft]].
@ar health
المريضة {PER} [[GENETIC:لديها طفرة وراثية في جين BRCA2|حاملة لجين مرض هنتنغتون|مصابة
    بمتلازمة داون]]، [[ETHNIC_ORIGIN:من أصل أمازيغي|من أصل صحراوي|من أصول إفريقية]].
@en rag
CRM note: {PER} mentioned [[POLITICAL_OPINION:she voted for the PJD and regrets it|he is a
    PAM party activist|he backs the Amazigh rights movement's party]] and
    [[UNION_MEMBERSHIP:that she is in the CDT|he pays UMT union dues|he chairs the local union
    branch]].
@darija rag
{PER} [[RELIGION_BELIEF:kaydir salat f jame3 kol nhar|kaytsawm nhar lkhmis w tnin|kayemchi l
    kanissa nhar l7ed]], w [[GENETIC:3ando thalassémie wratiya|l'ADN bayen mutation|fih maladie
    génétique dyal drari]]
@fr insurance
Sinistre {TICKET} : l'assuré {PER} [[ETHNIC_ORIGIN:d'origine rifaine|d'origine
    ivoirienne|issu d'une famille touarègue]] conteste le refus ; [[POLITICAL_OPINION:il se dit
    opposant au gouvernement|il milite au Parti socialiste unifié|elle soutient le RNI]].
@mixed hr
{PER} [[UNION_MEMBERSHIP:member f syndicat UMT|a pris sa carte à la CDT|rah f nnqaba dyal
    ta3lim]], [[POLITICAL_OPINION:vote PJD|supporter dyal PAM|militante Istiqlal]]
@ar government
{PER} [[ETHNIC_ORIGIN:من أصل ريفي|من أصل سوسي أمازيغي|من أصل سينغالي]]
    [[RELIGION_BELIEF:يعتنق المسيحية|يدين باليهودية|ملحد ولا يؤمن بأي دين]]، رقم البطاقة {CIN}.
@en government
Immigration file: {PER}, [[ETHNIC_ORIGIN:of Congolese origin|of Berber ethnicity|of Malian
    descent]], biometric record: [[BIOMETRIC:fingerprints taken at entry|iris scan on
    file|facial image enrolled]].
@darija_ar government
{PER} [[GENETIC:عندو مرض وراثي فالدم|ورث الجين ديال السكر من باباه|التحليل ديال الـADN بان
    فيه طفرة]] و[[CRIMINAL:خرج من الحبس هادي شهر|عندو حكم بالسرقة|كان مشدود عند البوليس]]
@fr hr
Le candidat {PER} a précisé [[POLITICAL_OPINION:qu'il est adhérent du PJD|qu'elle milite
    chez Annahj Addimocrati|qu'il a été candidat MP aux communales]] et [[UNION_MEMBERSHIP:qu'il
    est syndiqué à l'UGTM|qu'elle est déléguée FDT|qu'il est membre de l'ODT]].
@fr rag
Historique société : l'enseigne a été fondée le ((12/05/1990|3 mars 1987|1999-09-01)) à
    Casablanca ; notre agence Hay Riad est en face de la gare. Siège :
    www.exemple-distribution.ma.
@en code
device_registered imei={IMEI} serial={SERIAL} fw={VER} order={ORDER} ts={DATE}T{TIME}
@ar rag
مرجع الملف {REFNUM}، تاريخ الإيداع {DATE}، المبلغ {PRICE}. ((للمزيد زوروا الموقع الرسمي|يرجى
    الاحتفاظ بالوصل|المرجو عدم الرد على هذه الرسالة)).
@darija code
{"ref": "{BADRIB}", "amount": "{PRICE}", "sku": "{SKU}", "track": "{TRACK}"}
@mixed rag
FAQ: Royal ((Air Maroc|Golf Dar Es Salam|Mansour Marrakech)) accepte les réservations
    jusqu'à {TIME}; référence {TICKET}
@en health
General question: how does ((insulin|chemotherapy|an antidepressant)) work, and what are the
    common side effects?
@darija_ar rag
الموعد ديال الاجتماع نهار {DATE} مع {TIME}، الرقم ديال التذكرة {TICKET}
@ar prompt
ما هو موقف ((الأحزاب المغربية من الجهوية|النقابات من إصلاح التقاعد|الإسلام من الصيام أثناء
    المرض))؟ أريد جوابا عاما.
@fr code
2026-10-14 08:12:55 INFO virement ok rib={RIB} iban={IBAN} ice_fournisseur={ICE}
    cnss_salarie={CNSS}
@en support
Can you unblock my account? I'm {PER}, I'm logging in from {IP} at home in {CITY}, card {CARD}.
@ar code
{"الاسم": "{PER}", "الهاتف": "{PHONE}", "رقم_الضمان": "{CNSS}", "آيبي": "{IP}"}
@darija insurance
lkarhba dyali {PLATE} t9adat f parking, ana {PER}, tel {PHONE}, cnss {CNSS}
@darija_ar banking
هاد الكارط {CARD} ديالي، والآيبان {IBAN}، والإيسي ديال الشركة ديالي {ICE}
@mixed telecom
Le client {PER} se connecte depuis {IP}, ligne {PHONE}, CIN {CIN}, plaque voiture {PLATE}
    pour le parking
@en realestate
Parking permit for {PER}, flat 4B at {ADDR}: car plate {PLATE}, ID {CIN}.
@ar insurance
السيد {PER} صاحب السيارة رقم {PLATE}، رقم الحساب البنكي {RIB}، الهاتف {PHONE}.
@darija_ar code
ERROR user={PER} ip={IP} cin={CIN}
@fr insurance
Constat amiable : véhicule A {PLATE} (conducteur {PER}), véhicule B {PLATE} ; IBAN pour
    l'indemnisation : {IBAN}.
"""

# --------------------------------------------------------------------------- assembly
TOKEN = re.compile(r"\{([A-Z]+)\}|\[\[([A-Z_]+):(.+?)\]\]|\(\((.+?)\)\)")
LANGS = {"fr", "en", "ar", "darija", "darija_ar", "mixed"}


def parse_templates(block: str) -> list[tuple[str, str, str]]:
    out: list[tuple[str, str, str]] = []
    for line in block.splitlines():
        if line.startswith("@"):
            lang, domain = line[1:].split()
            assert lang in LANGS, line
            out.append((lang, domain, ""))
        elif line.strip():
            lang, domain, text = out[-1]
            out[-1] = (lang, domain, (text + " " + line.strip()).strip())
    return [(lg, dm, tx.replace("\\n", "\n").replace(" \n", "\n")) for lg, dm, tx in out]


def value_lang(lang: str, rng: random.Random) -> str:
    if lang == "mixed":
        return rng.choice(["fr", "darija", "en", "fr"])
    return lang


def fill(template: str, lang: str, index: int, rng: random.Random) -> tuple[str, list[dict]]:
    text = ""
    spans: list[dict] = []
    pos = 0
    for m in TOKEN.finditer(template):
        text += template[pos : m.start()]
        pos = m.end()
        key, label, alts, choice = m.groups()
        if key:
            vl = value_lang(lang, rng)
            if key in LABELLED:
                label, make = LABELLED[key]
                value = make(rng, vl)
            else:
                label, value = None, UNLABELLED[key](rng, vl)
        elif label:
            options = alts.split("|")
            value = options[index % len(options)]
        else:
            options = choice.split("|")
            label, value = None, options[index % len(options)]
        if label:
            spans.append({"entity_type": label, "start": len(text), "end": len(text) + len(value)})
            check(label, value)
        text += value
    text += template[pos:]
    for s in spans:
        assert text[s["start"] : s["end"]].strip() == text[s["start"] : s["end"]]
    ordered = sorted(spans, key=lambda s: s["start"])
    for a, b in itertools.pairwise(ordered):
        assert a["end"] <= b["start"], (template, a, b)
    return text, spans


def check(label: str, value: str) -> None:
    plain = value.translate(WESTERN)
    d = re.sub(r"\D", "", plain)
    if label == "MA_RIB":
        assert len(d) == 24, value
        assert int(d) % 97 == 0, value
    elif label == "IBAN_CODE":
        s = plain.replace(" ", "")
        num = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
        assert int(num) % 97 == 1, value
    elif label == "CREDIT_CARD":
        assert luhn_ok(d), value
    elif label == "MA_ICE":
        assert len(d) == 15, value
        assert int(d) % 97 == 0, value
    elif label == "MA_CNSS":
        assert len(d) == 9, value
    elif label == "MA_CIN":
        assert re.fullmatch(r"[A-Za-z]{1,2}[ -]?\d{5,6}", value), value
    elif label == "MA_PASSPORT":
        assert re.fullmatch(r"[A-Z]{2}\d{7}", value), value
    elif label == "MA_MASSAR":
        assert re.fullmatch(r"[A-Z]\d{9}", value), value


def build() -> list[dict]:
    rng = random.Random(SEED)
    templates = parse_templates(TEMPLATES)
    assert len(templates) >= 150, len(templates)
    records: list[dict] = []
    seen: set[str] = set()
    for lang, domain, template in templates:
        for index in range(FILLS):
            text, spans = fill(template, lang, index, rng)
            for _ in range(20):
                if text not in seen:
                    break
                text, spans = fill(template, lang, index, rng)
            assert text not in seen, text
            seen.add(text)
            records.append({"lang": lang, "domain": domain, "text": text, "spans": spans})
    rng.shuffle(records)
    for number, record in enumerate(records, start=1):
        record["id"] = f"indep4-{number:04d}"
    return [
        {
            "id": r["id"],
            "lang": r["lang"],
            "domain": r["domain"],
            "split": "independent-v4",
            "text": r["text"],
            "spans": r["spans"],
        }
        for r in records
    ]


def main() -> None:
    records = build()
    with OUT.open("w", encoding="utf-8", newline="\n") as out:
        for r in records:
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} texts to {OUT}")


if __name__ == "__main__":
    main()
