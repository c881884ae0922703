"""Generate bench/data/independent-v6.jsonl, a blind evaluation set for PII detection.

Standard library only, fixed seed: every run rewrites the file byte for byte.
Templates use a small markup, expanded while the text is assembled so that the
offsets of every span are known exactly:

- ``{slot}``: a value from a generator (labelled or not, see ``SLOTS``); a slot
  whose name ends in digits (``{nl1}``) is drawn once per text and reused.
- ``[[LABEL:phrase]]``: a literal phrase labelled LABEL.
- ``((a|b|c))``: one of the alternatives, chosen at random (may nest).

Run ``python3 bench/data/generate_independent_v6.py --stats`` to print the counts.
"""

import hashlib
import json
import random
import re
import sys
from pathlib import Path

SEED = 20260607
FILLS = 2
OUT = Path(__file__).with_name("independent-v6.jsonl")
SPLIT = "independent-v6"
LANGS = ["fr", "en", "ar", "darija", "darija_ar", "mixed"]
STRUCTURED = [
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
]
SENSITIVE = [
    "HEALTH",
    "RELIGION_BELIEF",
    "POLITICAL_OPINION",
    "UNION_MEMBERSHIP",
    "ETHNIC_ORIGIN",
    "GENETIC",
    "BIOMETRIC",
    "CRIMINAL",
]
LABELS = STRUCTURED + SENSITIVE
INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
TO_ASCII = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
NBSP = "\u00a0"
NNBSP = "\u202f"


class Ctx:
    """State of one text being assembled."""

    def __init__(self, rng: random.Random, lang: str) -> None:
        self.rng = rng
        self.lang = lang
        self.cache: dict[str, object] = {}
        self.digits = None
        if lang in ("ar", "darija_ar") and rng.random() < 0.25:
            self.digits = INDIC if rng.random() < 0.8 else PERSIAN

    def c(self, seq):
        return self.rng.choice(seq)

    def d(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    def loc_digits(self, s: str) -> str:
        """Arabic-Indic or Eastern digits in a share of Arabic-script texts."""
        return s.translate(self.digits) if self.digits else s


class Buf:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.n = 0
        self.spans: list[tuple[str, int, int, str]] = []

    def add(self, s: str) -> None:
        self.parts.append(s)
        self.n += len(s)

    def text(self) -> str:
        return "".join(self.parts)


SLOT_RE = re.compile(r"\{([a-z][a-z0-9_]*)\}")


def find_close(s: str, i: int, op: str, cl: str) -> int:
    depth = 0
    j = i
    while j < len(s):
        if s.startswith(op, j):
            depth += 1
            j += len(op)
            continue
        if s.startswith(cl, j):
            depth -= 1
            if depth == 0:
                return j
            j += len(cl)
            continue
        j += 1
    raise ValueError(f"unclosed {op} in {s!r}")


def split_top(s: str) -> list[str]:
    parts: list[str] = []
    cur: list[str] = []
    depth = 0
    j = 0
    while j < len(s):
        two = s[j : j + 2]
        if two in ("((", "[["):
            depth += 1
            cur.append(two)
            j += 2
        elif two in ("))", "]]"):
            depth -= 1
            cur.append(two)
            j += 2
        elif s[j] == "|" and depth == 0:
            parts.append("".join(cur))
            cur = []
            j += 1
        else:
            cur.append(s[j])
            j += 1
    parts.append("".join(cur))
    return parts


def slot_value(name: str, ctx: Ctx):
    m = re.fullmatch(r"([a-z_]*[a-z_])(\d*)", name)
    assert m, name
    base, idx = m.group(1), m.group(2)
    if idx and name in ctx.cache:
        return ctx.cache[name]
    fn = SLOTS.get(base)
    if fn is None:
        raise KeyError(f"unknown slot {name}")
    val = fn(ctx)
    if idx:
        ctx.cache[name] = val
    return val


def render(tpl: str, ctx: Ctx, buf: Buf, in_span: bool = False) -> None:
    i = 0
    lit: list[str] = []

    def flush() -> None:
        if lit:
            buf.add("".join(lit))
            lit.clear()

    while i < len(tpl):
        if tpl.startswith("[[", i):
            flush()
            assert not in_span, tpl
            j = find_close(tpl, i, "[[", "]]")
            label, sep, body = tpl[i + 2 : j].partition(":")
            assert sep and label in LABELS, (label, tpl)
            start = buf.n
            render(body, ctx, buf, in_span=True)
            value = buf.text()[start:]
            buf.spans.append((label, start, buf.n, value))
            i = j + 2
        elif tpl.startswith("((", i):
            flush()
            j = find_close(tpl, i, "((", "))")
            render(ctx.c(split_top(tpl[i + 2 : j])), ctx, buf, in_span)
            i = j + 2
        elif tpl[i] == "{" and (m := SLOT_RE.match(tpl, i)):
            flush()
            val = slot_value(m.group(1), ctx)
            if isinstance(val, tuple):
                text, label = val
                if label:
                    assert not in_span, tpl
                    buf.spans.append((label, buf.n, buf.n + len(text), text))
                buf.add(text)
            else:
                render(val, ctx, buf, in_span)
            i = m.end()
        else:
            lit.append(tpl[i])
            i += 1
    flush()


# --------------------------------------------------------------------------- check digits
def luhn_ok(num: str) -> bool:
    total = 0
    for k, ch in enumerate(reversed(num)):
        v = int(ch)
        if k % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return total % 10 == 0


def luhn_complete(partial: str) -> str:
    for last in "0123456789":
        if luhn_ok(partial + last):
            return partial + last
    raise AssertionError


def iban_numeric(s: str) -> int:
    return int("".join(str(int(ch, 36)) for ch in s))


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "").upper()
    return iban_numeric(s[4:] + s[:4]) % 97 == 1


def make_iban(cc: str, bban: str) -> str:
    check = 98 - iban_numeric(bban + cc + "00") % 97
    return f"{cc}{check:02d}{bban}"


def rib_key(first22: str) -> str:
    return f"{97 - int(first22) * 100 % 97:02d}"


def rib_ok(digits: str) -> bool:
    return len(digits) == 24 and digits.isdigit() and int(digits) % 97 == 0


def group(s: str, n: int, sep: str = " ") -> str:
    return sep.join(s[k : k + n] for k in range(0, len(s), n))


def only_digits(s: str) -> str:
    return re.sub(r"\D", "", s.translate(TO_ASCII))


# --------------------------------------------------------------------------- value lists
MA_FIRST_M = [
    "Youssef",
    "Mehdi",
    "Hamza",
    "Anas",
    "Ayoub",
    "Othmane",
    "Soufiane",
    "Zakaria",
    "Ilyas",
    "Badr",
    "Reda",
    "Tarik",
    "Nabil",
    "Khalid",
    "Abdelilah",
    "Abderrahim",
    "Mustapha",
    "Driss",
    "Lahcen",
    "Brahim",
    "Mbark",
    "Rachid",
    "Aziz",
    "Jamal",
    "Omar",
    "Adil",
    "Hicham",
    "Yassine",
    "Ismail",
    "Saad",
    "Taha",
    "Walid",
    "Amine",
    "Marouane",
    "Houssam",
    "Abdelghani",
    "Bouchaib",
    "Larbi",
    "Mohcine",
    "Chakib",
]
MA_FIRST_F = [
    "Salma",
    "Imane",
    "Khadija",
    "Meryem",
    "Hajar",
    "Sanaa",
    "Loubna",
    "Nisrine",
    "Ghizlane",
    "Siham",
    "Houda",
    "Btissam",
    "Zineb",
    "Kawtar",
    "Asmae",
    "Chaimae",
    "Oumaima",
    "Rim",
    "Najat",
    "Rabia",
    "Touria",
    "Latifa",
    "Aicha",
    "Naima",
    "Malika",
    "Samira",
    "Hanane",
    "Widad",
    "Ikram",
    "Soukaina",
    "Hasnae",
    "Mounia",
    "Jihane",
    "Fadwa",
    "Yousra",
]
MA_FIRST_F += ["Fatima Zahra", "Fatim-Ezzahra", "Oum Keltoum"]
AMZ_FIRST = [
    "Itto",
    "Tudert",
    "Tilelli",
    "Massin",
    "Yuba",
    "Amnay",
    "Idir",
    "Anir",
    "Tanirt",
    "Tafsut",
    "Ayyur",
    "Tiziri",
    "Aksil",
    "Mennad",
]
MA_LAST = [
    "Bennani",
    "Alaoui",
    "El Amrani",
    "Tazi",
    "Berrada",
    "Chraibi",
    "Benjelloun",
    "Lahlou",
    "Ouazzani",
    "El Fassi",
    "Bouzidi",
    "Ait Ouahmane",
    "Ait Benhaddou",
    "Amzil",
    "Oubella",
    "Aouad",
    "Ziani",
    "Kettani",
    "Sqalli",
    "Naciri",
    "Filali",
    "Belhaj",
    "El Khamlichi",
    "Ouchen",
    "Id Brahim",
    "Boutaleb",
    "Essaidi",
    "Lamrini",
    "Harrak",
    "Zerouali",
    "Hajji",
    "Bakkali",
    "Rifi",
    "Souiri",
    "El Ouafi",
    "Moussaoui",
    "Tahiri",
    "Daoudi",
    "Belkadi",
    "Zemmouri",
    "Jebli",
    "Ait Lhaj",
    "Oukhouya",
    "Bouhlal",
    "Chakiri",
    "Ennaji",
    "Rhazali",
    "Lemseffer",
    "Bargach",
    "Ouakrim",
    "Tounsi",
    "El Mokhtari",
    "Sebbar",
    "Fikri",
    "Nouri",
    "Haddaoui",
]
AR_FIRST_M = [
    "يوسف",
    "مهدي",
    "حمزة",
    "أيوب",
    "عثمان",
    "سفيان",
    "زكرياء",
    "بدر",
    "رضا",
    "طارق",
    "نبيل",
    "خالد",
    "مصطفى",
    "إدريس",
    "لحسن",
    "إبراهيم",
    "رشيد",
    "عزيز",
    "جمال",
    "عمر",
    "عادل",
    "هشام",
    "ياسين",
    "إسماعيل",
    "سعد",
    "طه",
    "وليد",
    "أمين",
    "مروان",
    "بوشعيب",
    "العربي",
    "محسن",
]
AR_FIRST_M += ["عبد الإله", "عبد الرحيم", "عبد الغني", "عبد الصمد"]
AR_FIRST_F = [
    "سلمى",
    "إيمان",
    "خديجة",
    "مريم",
    "هاجر",
    "سناء",
    "لبنى",
    "نسرين",
    "غزلان",
    "سهام",
    "هدى",
    "ابتسام",
    "زينب",
    "كوثر",
    "أسماء",
    "شيماء",
    "أميمة",
    "نجاة",
    "ربيعة",
    "ثريا",
    "لطيفة",
    "عائشة",
    "نعيمة",
    "مليكة",
    "سميرة",
    "حنان",
    "وداد",
    "إكرام",
    "سكينة",
    "حسناء",
    "منية",
    "جيهان",
    "يسرى",
    "إيطو",
    "تودرت",
    "تيليلي",
]
AR_FIRST_F += ["فاطمة الزهراء", "أم كلثوم"]
AR_LAST = [
    "بناني",
    "العلوي",
    "العمراني",
    "التازي",
    "برادة",
    "الشرايبي",
    "بنجلون",
    "لحلو",
    "الوزاني",
    "الفاسي",
    "بوزيدي",
    "أمزيل",
    "أوبلا",
    "الزياني",
    "الكتاني",
    "الصقلي",
    "الناصري",
    "الفيلالي",
    "بلحاج",
    "الخمليشي",
    "بوطالب",
    "السعيدي",
    "اللمريني",
    "الحراق",
    "الزروالي",
    "الحجي",
    "البقالي",
    "الريفي",
    "الطاهري",
    "الداودي",
    "بلقاضي",
    "الجبلي",
    "أوشن",
    "أوخويا",
    "بوهلال",
    "الشاكري",
    "الناجي",
    "الرحالي",
    "بركاش",
    "أوكريم",
    "التونسي",
    "المختاري",
]
AR_LAST += ["آيت واحمان", "آيت بنحدو", "إد إبراهيم", "آيت الحاج"]
INTL_NAMES = [
    "Camille Durand",
    "Julien Moreau",
    "Océane Lefèvre",
    "Thibault Garnier",
    "Élodie Roussel",
    "Benoît Marchand",
    "Anaïs Chevalier",
    "Gaëlle Perrin",
    "Oliver Bennett",
    "Hannah Whitfield",
    "George Pemberton",
    "Siobhan Gallagher",
    "Rhys Llewellyn",
    "Tyler Brooks",
    "Madison Reyes",
    "DeShawn Carter",
    "Lukas Hoffmann",
    "Anja Schröder",
    "Jürgen Weiß",
    "Sigrid Halvorsen",
    "Mikkel Sørensen",
    "Aino Virtanen",
    "Björn Lindqvist",
    "Eero Mäkinen",
    "Dimitris Papadopoulos",
    "Eleni Kostopoulou",
    "Nikos Georgiou",
    "João Pedro Carvalho",
    "Luana Ferreira",
    "Thiago Nascimento",
    "Lucía Navarro",
    "Álvaro Domínguez",
    "Chiara Bellini",
    "Matteo Ricci",
    "Inês Tavares",
    "Haruto Sato",
    "Yui Takahashi",
    "Kenji Watanabe",
    "Li Wei",
    "Zhang Xiaoling",
    "Park Ji-won",
    "Priya Raghunathan",
    "Arjun Mehta",
    "Aminata Diallo",
    "Moussa Ndiaye",
    "Fatou Sow",
    "Chinedu Okafor",
    "Ngozi Adeyemi",
    "Elif Yıldız",
    "Mehmet Çelik",
    "Dmitri Volkov",
    "Anastasia Orlova",
    "Katarzyna Wiśniewska",
    "Sanne de Vries",
    "Nguyen Thi Lan",
    "Shirin Rahimi",
    "Selam Tesfaye",
    "Kwame Mensah",
    "Mariam Traoré",
    "Ousmane Coulibaly",
    "Leilani Kahale",
    "Sven Olafsson",
    "Ingrid Bakke",
    "Pablo Etxeberria",
    "Yaw Boateng",
    "Rania Haddad",
    "Karim Mansour",
]
MA_CITIES = [
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
    "Essaouira",
    "Nador",
    "Al Hoceima",
    "Béni Mellal",
    "Khouribga",
    "Settat",
    "Larache",
    "Ksar El Kébir",
    "Taza",
    "Errachidia",
    "Ouarzazate",
    "Tiznit",
    "Guelmim",
    "Laâyoune",
    "Dakhla",
    "Taroudant",
    "Chefchaouen",
    "Ifrane",
    "Azrou",
    "Berrechid",
    "Mohammédia",
    "Témara",
    "Khémisset",
    "Sefrou",
    "Midelt",
    "Zagora",
    "Tinghir",
    "Berkane",
    "Taourirt",
    "Sidi Kacem",
    "Ouezzane",
    "Fnideq",
    "Asilah",
    "Bouskoura",
]
DJ_CITIES = [
    "casa",
    "rbat",
    "sla",
    "fes",
    "mknes",
    "mrrakch",
    "agadir",
    "tanja",
    "tetwan",
    "wjda",
    "qnitra",
    "jdida",
    "asfi",
    "swira",
    "nador",
    "lhoceima",
    "bni",
    "mellal",
    "khribga",
    "stat",
    "l3rayech",
    "tazza",
    "rrachidia",
    "warzazat",
    "tiznit",
    "glmim",
    "l3ayoun",
    "dakhla",
    "tarudant",
    "chawen",
    "ifran",
    "azrou",
    "berrchid",
    "mohammedia",
    "tmara",
    "khmisset",
    "sefrou",
    "midelt",
    "zagoura",
    "tinghir",
    "berkan",
]
AR_CITIES = "الدار_البيضاء الرباط سلا فاس مكناس مراكش أكادير طنجة تطوان وجدة القنيطرة الجديدة آسفي الصويرة الناظور الحسيمة بني_ملال خريبكة سطات العرائش تازة الرشيدية ورزازات تزنيت كلميم العيون الداخلة تارودانت شفشاون إفران أزرو برشيد المحمدية تمارة الخميسات صفرو ميدلت زاكورة تنغير بركان".replace(
    "_", "~"
).split()
AR_CITIES = [c.replace("~", " ") for c in AR_CITIES]
INTL_CITIES = [
    "Lyon",
    "Lille",
    "Bordeaux",
    "Montpellier",
    "Bruxelles",
    "Liège",
    "Montréal",
    "Madrid",
    "Séville",
    "Milan",
    "Turin",
    "Leeds",
    "Bristol",
    "Manchester",
    "Hamburg",
    "Köln",
    "Stockholm",
    "Oslo",
    "Aarhus",
    "Tampere",
    "Athens",
    "Thessaloniki",
    "Curitiba",
    "Porto Alegre",
    "Osaka",
    "Dakar",
    "Abidjan",
    "Istanbul",
    "Doha",
    "Toronto",
    "Chicago",
    "Houston",
    "Rotterdam",
    "Genève",
    "Lisbon",
]
AR_INTL_CITIES = [
    "باريس",
    "ليون",
    "مدريد",
    "برشلونة",
    "بروكسل",
    "ميلانو",
    "مونتريال",
    "الدوحة",
    "دبي",
    "إسطنبول",
    "داكار",
    "لندن",
]
MA_QUARTERS = [
    "Hay Riad",
    "Agdal",
    "Hay Mohammadi",
    "Sidi Maârouf",
    "Aïn Sebaâ",
    "Derb Sultan",
    "Bourgogne",
    "Maârif",
    "Hay Hassani",
    "Sidi Bernoussi",
    "Hay Karima",
    "Tabriquet",
    "Bettana",
    "Yacoub El Mansour",
    "Takaddoum",
    "Hay Salam",
    "Massira 2",
    "Daoudiate",
    "Guéliz",
    "Sidi Youssef Ben Ali",
    "M'hamid 9",
    "Azli",
    "Talborjt",
    "Hay Dakhla",
    "Bensouda",
    "Zouagha",
    "Narjiss",
    "Saïss",
    "Bni Makada",
    "Malabata",
    "Hay Al Qods",
    "Lazaret",
    "Hay Nahda",
    "Hay El Fath",
    "Oulfa",
    "Hay Inbiaat",
    "Hay Chrifa",
    "Lamhamid",
]
MA_STREETS = [
    "rue Ibn Khaldoun",
    "rue Moulay Ismaïl",
    "avenue Hassan II",
    "boulevard Zerktouni",
    "rue Al Moutanabbi",
    "rue Tarik Ibn Ziad",
    "rue Oued Ziz",
    "rue Abou Bakr Seddik",
    "avenue des FAR",
    "rue Ibn Battouta",
    "rue Imam Malik",
    "rue Sebou",
    "rue Oum Errabia",
    "rue Tensift",
    "rue Al Khawarizmi",
    "rue Jbel Toubkal",
    "rue Fatima Al Fihria",
    "rue des Orangers",
    "rue Al Massira",
    "avenue Annakhil",
    "rue Moulay Rachid",
    "rue de Ouarzazate",
    "rue Al Yasmine",
    "impasse Al Wifaq",
    "rue Assafa",
    "boulevard Al Qods",
]
RESIDENCES = [
    "Résidence Al Boustane",
    "Résidence Nakhil",
    "Résidence Yasmine",
    "Résidence Amal 3",
    "Résidence Les Orangers",
    "Résidence Dar Salam",
    "Résidence Al Wafa",
    "Résidence Ryad Zitoun",
    "Résidence Les Jasmins",
    "Résidence Chems",
]
LOTS = [
    "Lotissement Al Wahda",
    "Lot. Riad Salam",
    "Lotissement Essaada",
    "Lot Al Firdaous",
    "Lotissement Annour",
    "Lot. Al Manar",
]
LANDMARKS_FR = [
    "près de la mosquée Al Fath",
    "en face de la pharmacie Badr",
    "à côté du hammam",
    "derrière l'école primaire",
    "près du marché municipal",
    "face à la station Afriquia",
    "à côté du four banal",
    "près du terrain de foot",
]
DJ_QUARTERS = [
    "hay salam",
    "hay nahda",
    "hay mohammadi",
    "sidi moumen",
    "hay l9ods",
    "bernoussi",
    "lmassira",
    "hay lfat7",
    "takaddoum",
    "l3kkari",
    "hay hassani",
    "bensouda",
    "bni mkada",
    "hay tadamon",
    "lalla mriem",
    "hay chrifa",
    "douar l7ajja",
    "sidi youssef",
    "lmhamid",
    "dakhla",
]
DJ_LANDMARKS = [
    "7da l7mmam",
    "9bala l'pharmacie",
    "mora jame3 lkbir",
    "9rib l'marché",
    "7da l'farran",
    "f9ant l7anout dyal 3mi 9addour",
    "9dam l'école",
    "7da tirane",
]
AR_QUARTERS = [
    "حي السلام",
    "حي النهضة",
    "الحي المحمدي",
    "سيدي مومن",
    "حي القدس",
    "البرنوصي",
    "حي المسيرة",
    "حي الفتح",
    "التقدم",
    "العكاري",
    "الحي الحسني",
    "بنسودة",
    "بني مكادة",
    "حي التضامن",
    "حي الشريفة",
    "حي الرياض",
    "حي الانبعاث",
    "حي الوحدة",
]
AR_STREETS = [
    "زنقة ابن خلدون",
    "زنقة المتنبي",
    "شارع الحسن الثاني",
    "زنقة سبو",
    "زنقة طارق بن زياد",
    "شارع محمد الخامس",
    "زنقة الإمام مالك",
    "زنقة أم الربيع",
    "شارع الجيش الملكي",
    "زنقة تانسيفت",
    "زنقة الياسمين",
    "زنقة الوفاق",
]
AR_LANDMARKS = [
    "قرب مسجد النور",
    "بجانب صيدلية الأمل",
    "مقابل المدرسة الابتدائية",
    "خلف السوق البلدي",
    "قرب الحمام",
    "بجانب محطة الوقود",
]
DJA_LANDMARKS = [
    "حدا الحمام",
    "قدام الفران",
    "حدا الجامع الكبير",
    "مور الفارماسي",
    "قريب من السوق",
    "حدا التيران",
]
AR_RESIDENCES = [
    "إقامة النخيل",
    "إقامة الياسمين",
    "إقامة البستان",
    "إقامة الأمل",
    "إقامة دار السلام",
]
AR_LOTS = ["تجزئة الوحدة", "تجزئة السعادة", "تجزئة النور", "تجزئة الفردوس"]
DERBS = [
    "Derb Sidi Bouloukat",
    "Derb Dabachi",
    "Derb El Hajjar",
    "Derb Moulay Cherif",
    "Derb Jdid",
    "Derb Lalla Azzouna",
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
MONTHS_EN3 = [m[:3] for m in MONTHS_EN]
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
MONTHS_MSA = [
    "كانون",
    "الثاني",
    "شباط",
    "آذار",
    "نيسان",
    "أيار",
    "حزيران",
    "تموز",
    "آب",
    "أيلول",
    "تشرين",
    "الأول",
    "تشرين",
    "الثاني",
    "كانون",
    "الأول",
]
MONTHS_MSA = [m.replace("\u00a0", " ") for m in MONTHS_MSA]
DOMAINS = [
    "gmail.com",
    "yahoo.fr",
    "hotmail.com",
    "outlook.fr",
    "menara.ma",
    "gmx.de",
    "proton.me",
    "icloud.com",
    "live.fr",
    "laposte.net",
    "orange.fr",
    "yahoo.com",
    "outlook.com",
    "web.de",
    "mail.ru",
    "uol.com.br",
]
MA_BANKS = ["007", "011", "013", "021", "022", "145", "190", "230", "225", "350", "101", "127"]
MA_CITY_CODES = ["780", "640", "810", "450", "225", "330", "010", "115", "360", "270", "591", "705"]
CIN_PREFIX = [
    "A",
    "B",
    "BE",
    "BH",
    "BJ",
    "BK",
    "BL",
    "BB",
    "C",
    "CB",
    "CD",
    "D",
    "DA",
    "DN",
    "E",
    "EE",
    "F",
    "FA",
    "G",
    "GA",
    "H",
    "HA",
    "I",
    "IA",
    "J",
    "JA",
    "JB",
    "JC",
    "JE",
    "JF",
    "K",
    "KB",
    "L",
    "LA",
    "LB",
    "M",
    "MC",
    "N",
    "P",
    "PA",
    "Q",
    "R",
    "S",
    "SH",
    "SJ",
    "T",
    "TA",
    "U",
    "UA",
    "V",
    "W",
    "WA",
    "X",
    "Y",
    "Z",
    "ZG",
    "ZT",
]
PLATE_AR = ["أ", "ب", "د", "هـ", "و", "ط", "ج"]
PLATE_LAT = ["A", "B", "D", "H", "W", "T"]


def ascii_fold(s: str) -> str:
    table = str.maketrans(
        "éèêëàâäîïôöûüçñáíóúãõøåæœßıçğşÉÈÀÂÎÔÇÁÍÓÚŁłńśźżšžčřýÿ",
        "eeeeaaaiioouucnaiouaooaaesicgsEEAAIOCAIOULlnszzszcryy",
    )
    return s.translate(table)


# --------------------------------------------------------------------------- generators
def first_lat(ctx: Ctx) -> str:
    r = ctx.rng.random()
    if r < 0.45:
        return ctx.c(MA_FIRST_M)
    if r < 0.9:
        return ctx.c(MA_FIRST_F)
    return ctx.c(AMZ_FIRST)


def g_nl(ctx):  # Moroccan name, Latin letters
    return (f"{first_lat(ctx)} {ctx.c(MA_LAST)}", "PERSON")


def g_nup(ctx):  # ID-card style: FAMILY NAME first, capitals
    return (f"{ctx.c(MA_LAST).upper()} {first_lat(ctx)}", "PERSON")


def g_nlow(ctx):  # typed in lower case in a chat
    return (f"{first_lat(ctx)} {ctx.c(MA_LAST)}".lower(), "PERSON")


def g_fl(ctx):
    return (first_lat(ctx), "PERSON")


def g_flow(ctx):
    return (first_lat(ctx).lower(), "PERSON")


def g_ll(ctx):
    return (ctx.c(MA_LAST), "PERSON")


def g_ni(ctx):  # a name from another culture
    return (ctx.c(INTL_NAMES), "PERSON")


def g_nif(ctx):  # its first name only
    return (ctx.c(INTL_NAMES).split(" ")[0], "PERSON")


def g_nil(ctx):  # its family name only
    return (ctx.c(INTL_NAMES).split(" ", 1)[1], "PERSON")


def g_nany(ctx):
    return g_ni(ctx) if ctx.rng.random() < 0.4 else g_nl(ctx)


def first_ar(ctx: Ctx) -> str:
    return ctx.c(AR_FIRST_M) if ctx.rng.random() < 0.5 else ctx.c(AR_FIRST_F)


def g_na(ctx):
    return (f"{first_ar(ctx)} {ctx.c(AR_LAST)}", "PERSON")


def g_nam(ctx):  # male, Arabic script
    return (f"{ctx.c(AR_FIRST_M)} {ctx.c(AR_LAST)}", "PERSON")


def g_naf(ctx):  # female, Arabic script
    return (f"{ctx.c(AR_FIRST_F)} {ctx.c(AR_LAST)}", "PERSON")


def g_fa(ctx):
    return (first_ar(ctx), "PERSON")


def g_fam(ctx):
    return (ctx.c(AR_FIRST_M), "PERSON")


def g_faf(ctx):
    return (ctx.c(AR_FIRST_F), "PERSON")


def g_la(ctx):
    return (ctx.c(AR_LAST), "PERSON")


def g_nlm(ctx):
    return (f"{ctx.c(MA_FIRST_M)} {ctx.c(MA_LAST)}", "PERSON")


def g_nlf(ctx):
    return (f"{ctx.c(MA_FIRST_F)} {ctx.c(MA_LAST)}", "PERSON")


def g_flm(ctx):
    return (ctx.c(MA_FIRST_M), "PERSON")


def g_flf(ctx):
    return (ctx.c(MA_FIRST_F), "PERSON")


# places tied to a person
def g_cl(ctx):
    return (ctx.c(MA_CITIES), "LOCATION")


def g_cd(ctx):
    return (ctx.c(DJ_CITIES), "LOCATION")


def g_ca(ctx):
    return (ctx.c(AR_CITIES), "LOCATION")


def g_ci(ctx):
    return (ctx.c(INTL_CITIES), "LOCATION")


def g_cia(ctx):
    return (ctx.c(AR_INTL_CITIES), "LOCATION")


def g_ql(ctx):  # quarter + city
    return (f"{ctx.c(MA_QUARTERS)}, {ctx.c(MA_CITIES)}", "LOCATION")


def g_qd(ctx):
    return (f"{ctx.c(DJ_QUARTERS)} f {ctx.c(DJ_CITIES)}", "LOCATION")


def g_qa(ctx):
    return (f"{ctx.c(AR_QUARTERS)} ب{ctx.c(AR_CITIES)}", "LOCATION")


# places NOT tied to a person (unlabelled)
def u_cl(ctx):
    return (ctx.c(MA_CITIES), None)


def u_ca(ctx):
    return (ctx.c(AR_CITIES), None)


def u_cd(ctx):
    return (ctx.c(DJ_CITIES), None)


def u_ci(ctx):
    return (ctx.c(INTL_CITIES), None)


def ma_addr_fr(ctx: Ctx) -> str:
    r = ctx.rng.randrange(7)
    num = ctx.rng.randint(1, 240)
    city = ctx.c(MA_CITIES)
    cp = f"{ctx.c(['10', '20', '30', '40', '50', '60', '80', '90', '11', '14', '24', '26'])}{ctx.rng.randint(0, 9)}{ctx.rng.randint(0, 9)}0"
    if r == 0:
        s = f"{num}, {ctx.c(MA_STREETS)}, {ctx.c(MA_QUARTERS)}, {cp} {city}"
    elif r == 1:
        s = f"{ctx.c(RESIDENCES)}, imm. {ctx.rng.randint(1, 30)}, appt {ctx.rng.randint(1, 40)}, {ctx.c(MA_STREETS)}, {city}"
    elif r == 2:
        s = f"{ctx.c(LOTS)} n° {ctx.rng.randint(10, 900)}, {ctx.c(MA_QUARTERS)}, {city}"
    elif r == 3:
        s = f"{ctx.c(DERBS)} n° {num}, Médina, {city}"
    elif r == 4:
        s = f"Immeuble {ctx.rng.randint(1, 60)}, appartement {ctx.rng.randint(1, 20)}, {ctx.c(MA_QUARTERS)} {ctx.c(LANDMARKS_FR)}, {city}"
    elif r == 5:
        s = f"{num} {ctx.c(MA_STREETS)}\n{ctx.c(MA_QUARTERS)}\n{cp} {city.upper()}"
    else:
        s = f"Bloc {ctx.c('ABCDEFGH')} n° {num}, {ctx.c(MA_QUARTERS)}, {city} {cp}"
    if ctx.rng.random() < 0.12:
        s = s.upper()
    return s


def g_adfr(ctx):
    return (ma_addr_fr(ctx), "LOCATION")


def g_adar(ctx):  # MSA / administrative Arabic
    r = ctx.rng.randrange(5)
    n = ctx.loc_digits(str(ctx.rng.randint(1, 240)))
    city = ctx.c(AR_CITIES)
    if r == 0:
        s = f"رقم {n}، {ctx.c(AR_STREETS)}، {ctx.c(AR_QUARTERS)}، {city}"
    elif r == 1:
        s = f"{ctx.c(AR_RESIDENCES)}، العمارة {ctx.loc_digits(str(ctx.rng.randint(1, 30)))}، الشقة {n}، {city}"
    elif r == 2:
        s = f"{ctx.c(AR_LOTS)} رقم {n}، {ctx.c(AR_QUARTERS)}، {city}"
    elif r == 3:
        s = f"درب {ctx.c(['الحجر', 'سيدي بولوقات', 'الدباشي', 'مولاي الشريف'])} رقم {n}، المدينة القديمة، {city}"
    else:
        s = f"{ctx.c(AR_QUARTERS)}، {ctx.c(AR_STREETS)} رقم {n} {ctx.c(AR_LANDMARKS)}، {city}"
    return (s, "LOCATION")


def g_addj(ctx):  # Darija, Latin letters
    r = ctx.rng.randrange(4)
    n = ctx.rng.randint(1, 200)
    if r == 0:
        s = f"{ctx.c(DJ_QUARTERS)} zn9a {ctx.rng.randint(1, 60)} dar {n} {ctx.c(DJ_LANDMARKS)}, {ctx.c(DJ_CITIES)}"
    elif r == 1:
        s = f"derb {ctx.c(['sidi bouloukat', 'dbachi', 'l7jar', 'moulay cherif', 'jdid'])} rqm {n} lmdina l9dima {ctx.c(DJ_CITIES)}"
    elif r == 2:
        s = f"{ctx.c(DJ_QUARTERS)} blok {ctx.c('abcdefg')} rqm {n} {ctx.c(DJ_LANDMARKS)}"
    else:
        s = f"lotissement {ctx.c(['lwa7da', 'sa3ada', 'nour', 'lfirdaws'])} n {n}, {ctx.c(DJ_QUARTERS)}, {ctx.c(DJ_CITIES)}"
    return (s, "LOCATION")


def g_addja(ctx):  # Darija, Arabic script
    r = ctx.rng.randrange(3)
    n = ctx.loc_digits(str(ctx.rng.randint(1, 200)))
    if r == 0:
        s = f"{ctx.c(AR_QUARTERS)} الزنقة {ctx.loc_digits(str(ctx.rng.randint(1, 60)))} الدار {n} {ctx.c(DJA_LANDMARKS)}"
    elif r == 1:
        s = f"{ctx.c(AR_QUARTERS)} بلوك {ctx.c(['أ', 'ب', 'ج', 'د'])} رقم {n}، {ctx.c(AR_CITIES)}"
    else:
        s = f"درب {ctx.c(['الحجر', 'الدباشي', 'الجديد', 'السلطان'])} الدار {n} {ctx.c(DJA_LANDMARKS)}، {ctx.c(AR_CITIES)}"
    return (s, "LOCATION")


def intl_addr(ctx: Ctx, country: str | None = None) -> str:
    r = ctx.rng
    country = country or r.choice(
        [
            "us",
            "us_po",
            "apo",
            "uk",
            "fr",
            "de",
            "se",
            "no",
            "dk",
            "fi",
            "gr",
            "br",
            "jp",
            "es",
            "it",
            "nl",
            "be",
            "ch",
            "ca",
            "au",
            "in",
            "sn",
            "tr",
            "ie",
        ]
    )
    n = r.randint(2, 980)
    ml = r.random() < 0.55
    sep = "\n" if ml else ", "
    if country == "us":
        city, st, z = r.choice(
            [
                ("Boise", "ID", "83702"),
                ("Dayton", "OH", "45409"),
                ("Tucson", "AZ", "85719"),
                ("Raleigh", "NC", "27605"),
                ("Spokane", "WA", "99201"),
                ("Albany", "NY", "12203"),
                ("Madison", "WI", "53703"),
                ("Savannah", "GA", "31401"),
                ("Eugene", "OR", "97401"),
                ("Des Moines", "IA", "50309"),
            ]
        )
        street = f"{n} {r.choice(['Willow Creek Rd', 'Cedar Ridge Dr', 'Harbor View Ave', 'N Sycamore St', 'Maple Grove Ln', 'W Lincoln Blvd', 'Old Mill Ct'])}"
        unit = r.choice(
            [
                "",
                f"Apt {r.randint(1, 30)}{r.choice('ABCD')}",
                f"Suite {r.randint(100, 900)}",
                f"Unit {r.randint(1, 99)}",
            ]
        )
        zz = z if r.random() < 0.6 else f"{z}-{r.randint(1000, 9999)}"
        lines = (
            [street + (f" {unit}" if unit and not ml else "")]
            + ([unit] if unit and ml else [])
            + [f"{city}, {st} {zz}"]
        )
        if r.random() < 0.5:
            lines.append(r.choice(["USA", "United States"]))
        s = sep.join(lines)
    elif country == "us_po":
        city, st, z = r.choice(
            [
                ("Flagstaff", "AZ", "86003"),
                ("Bozeman", "MT", "59771"),
                ("Juneau", "AK", "99803"),
                ("Taos", "NM", "87571"),
            ]
        )
        s = sep.join(
            [
                f"{r.choice(['PO Box', 'P.O. Box', 'POB'])} {r.randint(100, 9999)}",
                f"{city}, {st} {z}",
            ]
        )
    elif country == "apo":
        s = sep.join(
            [
                f"{r.choice(['Unit', 'PSC'])} {r.randint(2000, 9999)}, Box {r.randint(100, 9999)}",
                f"{r.choice(['APO AE 09', 'APO AP 96', 'FPO AE 09', 'DPO AE 09'])}{r.randint(100, 999)}",
            ]
        )
    elif country == "uk":
        pc = r.choice(
            [
                "LS6 3BQ",
                "BS7 8NE",
                "EH10 4HR",
                "CF24 2DL",
                "M14 5RG",
                "NG7 1FT",
                "SW11 6QA",
                "G12 8QQ",
                "B29 6AE",
                "YO10 5DD",
            ]
        )
        town = {
            "LS": "Leeds",
            "BS": "Bristol",
            "EH": "Edinburgh",
            "CF": "Cardiff",
            "M1": "Manchester",
            "NG": "Nottingham",
            "SW": "London",
            "G1": "Glasgow",
            "B2": "Birmingham",
            "YO": "York",
        }[pc[:2]]
        lines = []
        if r.random() < 0.5:
            lines.append(f"Flat {r.randint(1, 12)}")
        lines.append(
            f"{n} {r.choice(['Elmwood Terrace', 'Ashgrove Road', 'Kingsmead Close', 'Hollybank Lane', 'Rosemount Crescent', 'Station Parade'])}"
        )
        if not ml and lines[0].startswith("Flat"):
            lines = [", ".join(lines)]
        lines += [town.upper() if r.random() < 0.5 else town, pc]
        if r.random() < 0.4:
            lines.append("United Kingdom")
        s = sep.join(lines)
    elif country == "fr":
        cp, city = r.choice(
            [
                ("69007", "Lyon"),
                ("31400", "Toulouse"),
                ("13006", "Marseille"),
                ("59000", "Lille"),
                ("33800", "Bordeaux"),
                ("44000", "Nantes"),
                ("67000", "Strasbourg"),
                ("93200", "Saint-Denis"),
            ]
        )
        lines = []
        if r.random() < 0.5:
            lines.append(f"Appartement {r.randint(1, 60)}, bâtiment {r.choice('ABCD')}")
        lines.append(
            f"{n}{r.choice(['', ' bis', ' ter'])} {r.choice(['rue des Tanneurs', 'allée des Peupliers', 'avenue Jean-Jaurès', 'impasse du Moulin', 'boulevard de la Liberté', 'chemin des Vignes'])}"
        )
        lines.append(f"{cp} {city.upper()}")
        if r.random() < 0.5:
            lines.append("France")
        s = sep.join(lines)
    elif country == "de":
        lines = [
            f"{r.choice(['Lindenstraße', 'Am Mühlbach', 'Kastanienallee', 'Bergstr.', 'Gartenweg'])} {r.randint(1, 120)}{r.choice(['', 'a', 'b'])}",
            f"{r.choice(['10969 Berlin', '79098 Freiburg im Breisgau', '50667 Köln', '04109 Leipzig', '80331 München', '28195 Bremen'])}",
        ]
        if r.random() < 0.4:
            lines.append("Deutschland")
        s = sep.join(lines)
    elif country == "se":
        s = sep.join(
            [
                f"{r.choice(['Storgatan', 'Kungsgatan', 'Björkvägen'])} {r.randint(1, 80)} {r.choice(['', 'B', 'lgh 1102'])}".strip(),
                r.choice(["411 38 Göteborg", "753 20 Uppsala", "211 45 Malmö"]),
                "SWEDEN",
            ]
        )
    elif country == "no":
        s = sep.join(
            [
                f"{r.choice(['Kirkeveien', 'Storgata', 'Bjørnstjerne Bjørnsons gate'])} {r.randint(1, 90)}",
                r.choice(["0368 Oslo", "5003 Bergen", "7010 Trondheim"]),
                "Norway",
            ]
        )
    elif country == "dk":
        s = sep.join(
            [
                f"{r.choice(['Nørrebrogade', 'Vesterbrogade', 'Jægergårdsgade'])} {r.randint(1, 200)}, {r.randint(1, 5)}. {r.choice(['tv', 'th', 'mf'])}",
                r.choice(["2200 København N", "8000 Aarhus C", "5000 Odense C"]),
                "Denmark",
            ]
        )
    elif country == "fi":
        s = sep.join(
            [
                f"{r.choice(['Hämeenkatu', 'Mannerheimintie', 'Aleksanterinkatu'])} {r.randint(1, 60)} {r.choice('ABC')} {r.randint(1, 40)}",
                r.choice(["33100 Tampere", "00100 Helsinki", "20100 Turku"]),
                "FINLAND",
            ]
        )
    elif country == "gr":
        s = sep.join(
            [
                f"{r.choice(['Odos Ermou', 'Leoforos Nikis', 'Odos Egnatias', 'Odos Kolokotroni'])} {r.randint(1, 150)}",
                r.choice(["105 63 Athina", "546 22 Thessaloniki", "262 21 Patra"]),
                "Greece",
            ]
        )
    elif country == "br":
        lines = [
            f"{r.choice(['Rua das Acácias', 'Av. Sete de Setembro', 'Rua Padre Anchieta', 'Travessa do Carmo'])}, {n}{r.choice(['', ' - apto 52', ', bloco B, ap. 1203', ' - casa 2'])}",
            r.choice(["Jardim Botânico", "Centro", "Boa Viagem", "Moinhos de Vento"]),
            f"{r.choice(['Curitiba - PR', 'Salvador - BA', 'Recife - PE', 'Porto Alegre - RS'])}",
            f"CEP {r.randint(10000, 99999)}-{r.randint(100, 999)}",
        ]
        s = sep.join(lines)
    elif country == "jp":
        b = f"{r.randint(1, 5)}-{r.randint(1, 30)}-{r.randint(1, 20)}"
        opt = r.choice(
            ["", f"Sunny Heights {r.randint(101, 905)}, ", f"Maison Aoba {r.randint(101, 505)}, "]
        )
        s = sep.join(
            [
                f"{opt}{b} {r.choice(['Nishi-Shinjuku, Shinjuku-ku', 'Tenjin, Chuo-ku', 'Umeda, Kita-ku', 'Sakuragaoka, Setagaya-ku'])}",
                r.choice(
                    ["Tokyo 160-0023", "Fukuoka 810-0001", "Osaka 530-0001", "Tokyo 156-0054"]
                ),
                "Japan",
            ]
        )
    elif country == "es":
        s = sep.join(
            [
                f"{r.choice(['Calle de la Ribera', 'Avenida del Puerto', 'Calle Mayor', 'Paseo de la Alameda'])} {r.randint(1, 150)}, {r.randint(1, 8)}º {r.choice(['izda', 'dcha', 'B'])}",
                r.choice(["46002 Valencia", "41004 Sevilla", "29012 Málaga", "50001 Zaragoza"]),
                "España",
            ]
        )
    elif country == "it":
        s = sep.join(
            [
                f"Via {r.choice(['dei Mille', 'Garibaldi', 'San Vitale', 'delle Rose'])} {r.randint(1, 120)}, int. {r.randint(1, 20)}",
                r.choice(
                    ["40121 Bologna BO", "10123 Torino TO", "20121 Milano MI", "80134 Napoli NA"]
                ),
            ]
        )
    elif country == "nl":
        s = sep.join(
            [
                f"{r.choice(['Prinsengracht', 'Laan van Meerdervoort', 'Oudegracht'])} {r.randint(1, 600)}-{r.choice(['I', 'II', 'hs'])}",
                r.choice(["1016 JK Amsterdam", "2563 AB Den Haag", "3511 AL Utrecht"]),
            ]
        )
    elif country == "be":
        s = sep.join(
            [
                f"{r.choice(['Rue des Glycines', 'Avenue des Tilleuls', 'Kerkstraat'])} {r.randint(1, 200)} bte {r.randint(1, 9)}",
                r.choice(
                    ["4020 Liège", "1030 Schaerbeek", "9000 Gent", "1080 Molenbeek-Saint-Jean"]
                ),
                "Belgique",
            ]
        )
    elif country == "ch":
        s = sep.join(
            [
                f"{r.choice(['Chemin des Vignes', 'Bahnhofstrasse', 'Rue du Lac'])} {r.randint(1, 80)}",
                r.choice(["1009 Pully", "8001 Zürich", "1201 Genève"]),
                "Suisse",
            ]
        )
    elif country == "ca":
        s = sep.join(
            [
                r.choice(
                    [
                        f"{n} rue Saint-Paul O, app. {r.randint(1, 40)}",
                        f"{n} Birchmount Ave",
                        f"{n}-{r.randint(1000, 9999)} boul. Décarie",
                    ]
                ),
                r.choice(
                    ["Montréal (Québec) H2Y 2A2", "Toronto ON M1N 3J2", "Montréal QC H4L 3N1"]
                ),
                "Canada",
            ]
        )
    elif country == "au":
        s = sep.join(
            [
                f"Unit {r.randint(1, 30)}/{n} {r.choice(['Banksia Street', 'Wattle Ave', 'Jacaranda Cres'])}",
                r.choice(["FREMANTLE WA 6160", "Newtown NSW 2042", "Fitzroy VIC 3065"]),
            ]
        )
    elif country == "in":
        s = sep.join(
            [
                f"Flat {r.randint(101, 904)}, {r.choice(['Sai Krupa Apartments', 'Green Glen Residency', 'Lakshmi Nivas'])}",
                f"{r.randint(1, 20)}th Cross, {r.choice(['Indiranagar', 'Koramangala', 'Jayanagar'])}",
                f"Bengaluru 5600{r.randint(10, 99)}, Karnataka",
            ]
        )
    elif country == "sn":
        s = sep.join(
            [
                f"{r.choice(['Cité Keur Gorgui', 'Sacré-Cœur 3', 'Liberté 6'])}, villa n° {r.randint(1, 400)}",
                "Dakar, Sénégal",
            ]
        )
    elif country == "tr":
        s = sep.join(
            [
                f"{r.choice(['Bağdat Caddesi', 'Moda Caddesi', 'Atatürk Bulvarı'])} No: {r.randint(1, 300)} D: {r.randint(1, 20)}",
                r.choice(["34728 Kadıköy/İstanbul", "06420 Çankaya/Ankara", "35220 Konak/İzmir"]),
            ]
        )
    else:  # ie
        s = sep.join(
            [
                f"Apt {r.randint(1, 40)}, {r.choice(['Harbour Court', 'Riverside Walk', 'The Maltings'])}",
                r.choice(["Galway H91 E2K7", "Cork T12 X8C4", "Dublin 8 D08 P5W2"]),
                "Ireland",
            ]
        )
    x = r.random()
    if x < 0.1:
        s = s.upper()
    elif x < 0.16:
        s = s.lower()
    return s


def g_ai(ctx):
    return (intl_addr(ctx), "LOCATION")


def mk_ai(country):
    return lambda ctx: (intl_addr(ctx, country), "LOCATION")


def u_compaddr(ctx):  # a company's seat: not tied to a person, unlabelled
    return (
        f"{ctx.rng.randint(1, 300)}, {ctx.c(MA_STREETS)}, {ctx.c(['20250', '20000', '10000', '90000', '40000'])} {ctx.c(MA_CITIES)}",
        None,
    )


def u_compaddr_i(ctx):
    return (intl_addr(ctx, ctx.c(["us", "uk", "de", "fr", "nl"])).replace("\n", ", "), None)


def u_compaddr_ar(ctx):
    return (f"{ctx.c(AR_STREETS)} رقم {ctx.rng.randint(1, 300)}، {ctx.c(AR_CITIES)}", None)


# phones
def ma_phone(ctx: Ctx, mobile: bool = True) -> str:
    r = ctx.rng
    if mobile:
        p = r.choice(["6", "7"]) + r.choice("0123456789") + ctx.d(7)
    else:
        p = "5" + r.choice(["22", "37", "35", "24", "28", "39", "36"]) + ctx.d(6)
    f = r.randrange(9)
    if f == 0:
        s = "0" + p
    elif f == 1:
        s = "0" + " ".join([p[0], p[1:3], p[3:5], p[5:7], p[7:9]]).replace(" ", "", 1)
    elif f == 2:
        s = f"0{p[:1]}.{p[1:3]}.{p[3:5]}.{p[5:7]}.{p[7:]}"
    elif f == 3:
        s = f"+212 {p[0]} {p[1:3]} {p[3:5]} {p[5:7]} {p[7:]}"
    elif f == 4:
        s = f"+212{p}"
    elif f == 5:
        s = f"00212 {p[:3]} {p[3:6]} {p[6:]}"
    elif f == 6:
        s = f"+212 (0){p[:3]}-{p[3:6]}-{p[6:]}"
    elif f == 7:
        s = f"0{p[:3]}-{p[3:5]}-{p[5:7]}-{p[7:]}"
    else:
        s = f"0{p[:1]}{NBSP}{p[1:3]}{NBSP}{p[3:5]}{NBSP}{p[5:7]}{NBSP}{p[7:]}"
    return s


def g_ph(ctx):
    return (ma_phone(ctx), "PHONE_NUMBER")


def g_pha(ctx):  # in Arabic-script texts: maybe Arabic-Indic digits
    s = ma_phone(ctx).replace(NBSP, " ")
    return (ctx.loc_digits(s), "PHONE_NUMBER")


def g_phf(ctx):  # landline
    return (ma_phone(ctx, mobile=False), "PHONE_NUMBER")


def g_phi(ctx):
    r = ctx.rng
    return (
        r.choice(
            [
                f"+33 6 {ctx.d(2)} {ctx.d(2)} {ctx.d(2)} {ctx.d(2)}",
                f"+44 7700 900{ctx.d(3)}",
                f"+1 ({r.choice(['208', '614', '520', '919'])}) 555-01{ctx.d(2)}",
                f"+49 151 {ctx.d(8)}",
                f"+34 6{ctx.d(2)} {ctx.d(3)} {ctx.d(3)}",
                f"+46 70 {ctx.d(3)} {ctx.d(2)} {ctx.d(2)}",
                f"+30 69{ctx.d(1)} {ctx.d(3)} {ctx.d(4)}",
                f"+55 41 9{ctx.d(4)}-{ctx.d(4)}",
                f"+81 90-{ctx.d(4)}-{ctx.d(4)}",
                f"+221 77 {ctx.d(3)} {ctx.d(2)} {ctx.d(2)}",
                f"+32 4{ctx.d(2)} {ctx.d(2)} {ctx.d(2)} {ctx.d(2)}",
                f"+90 5{ctx.d(2)} {ctx.d(3)} {ctx.d(2)} {ctx.d(2)}",
            ]
        ),
        "PHONE_NUMBER",
    )


def g_em(ctx):
    r = ctx.rng
    first = (
        ascii_fold(first_lat(ctx) if r.random() < 0.7 else ctx.c(INTL_NAMES).split(" ")[0])
        .lower()
        .replace(" ", "")
    )
    last = (
        ascii_fold(ctx.c(MA_LAST) if r.random() < 0.7 else ctx.c(INTL_NAMES).split(" ")[-1])
        .lower()
        .replace(" ", "")
    )
    local = r.choice(
        [
            f"{first}.{last}",
            f"{first}{last}{r.randint(1, 99)}",
            f"{first[0]}.{last}",
            f"{first}_{last[:3]}",
            f"{last}.{first}{r.randint(70, 99)}",
            f"{first}-{last}",
        ]
    )
    return (f"{local}@{ctx.c(DOMAINS)}", "EMAIL_ADDRESS")


def g_iban(ctx, cc=None):
    r = ctx.rng
    cc = cc or r.choice(["MA", "MA", "FR", "FR", "DE", "BE", "GB", "PT"])
    if cc == "MA":
        bban = ma_rib_digits(ctx)
    elif cc == "FR":
        bank, branch, acct = ctx.d(5), ctx.d(5), ctx.d(11)
        key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97
        bban = f"{bank}{branch}{acct}{key:02d}"
    elif cc == "DE":
        bban = ctx.d(18)
    elif cc == "BE":
        first = ctx.d(10)
        k = int(first) % 97 or 97
        bban = f"{first}{k:02d}"
    elif cc == "GB":
        bban = r.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + ctx.d(14)
    else:  # PT: NIB check digits, ISO 7064 mod 97-10
        first = ctx.d(19)
        bban = first + f"{98 - int(first) * 100 % 97:02d}"
    iban = make_iban(cc, bban)
    if cc == "PT":
        assert iban.startswith("PT50"), iban
    return (group(iban, 4) if r.random() < 0.7 else iban, "IBAN_CODE")


def g_ibanma(ctx):
    return g_iban(ctx, "MA")


def g_ibanfr(ctx):
    return g_iban(ctx, "FR")


def ma_rib_digits(ctx: Ctx) -> str:
    first = ctx.c(MA_BANKS) + ctx.c(MA_CITY_CODES) + ctx.d(16)
    return first + rib_key(first)


def g_rib(ctx):
    d = ma_rib_digits(ctx)
    f = ctx.rng.randrange(5)
    if f == 0:
        s = d
    elif f == 1:
        s = f"{d[:3]} {d[3:6]} {d[6:22]} {d[22:]}"
    elif f == 2:
        s = group(d, 4)
    elif f == 3:
        s = f"{d[:3]}-{d[3:6]}-{d[6:22]}-{d[22:]}"
    else:
        s = f"{d[:3]}{NBSP}{d[3:6]}{NBSP}{d[6:22]}{NBSP}{d[22:]}"
    return (s, "MA_RIB")


def u_fakerib(ctx):  # 24 digits grouped like a RIB whose key fails
    while True:
        first = ctx.c(MA_BANKS) + ctx.c(MA_CITY_CODES) + ctx.d(16)
        key = f"{(int(rib_key(first)) + ctx.rng.randint(1, 50)) % 100:02d}"
        if not rib_ok(first + key):
            break
    d = first + key
    return (f"{d[:3]} {d[3:6]} {d[6:22]} {d[22:]}" if ctx.rng.random() < 0.5 else d, None)


def g_card(ctx):
    r = ctx.rng
    kind = r.choice(["visa", "visa", "mc", "mc2", "amex"])
    if kind == "visa":
        num = luhn_complete("4" + ctx.d(14))
    elif kind == "mc":
        num = luhn_complete(str(r.randint(51, 55)) + ctx.d(13))
    elif kind == "mc2":
        num = luhn_complete(str(r.randint(2221, 2720)) + ctx.d(11))
    else:
        num = luhn_complete(r.choice(["34", "37"]) + ctx.d(12))
    if len(num) == 15:
        s = r.choice([f"{num[:4]} {num[4:10]} {num[10:]}", num])
    else:
        s = r.choice([group(num, 4), group(num, 4, "-"), num, group(num, 4, NBSP)])
    return (s, "CREDIT_CARD")


def u_imei(ctx):
    return (luhn_complete("35" + ctx.d(12)), None)


def g_ip(ctx):
    r = ctx.rng
    if r.random() < 0.75:
        a = r.choice(
            [
                "41.140",
                "105.66",
                "196.200",
                "102.50",
                "160.176",
                "197.230",
                "81.192",
                "154.144",
                "88.120",
                "213.6",
            ]
        )
        return (f"{a}.{r.randint(0, 255)}.{r.randint(1, 254)}", "IP_ADDRESS")
    h = [f"{r.randint(0, 65535):x}" for _ in range(4)]
    return (f"2a01:{r.choice(['cb1d', 'e0a', '4b00'])}:{h[0]}:{h[1]}::{h[2]}", "IP_ADDRESS")


def cin_value(ctx: Ctx) -> str:
    pre = ctx.c(CIN_PREFIX)
    return pre + ctx.d(ctx.rng.choice([5, 6]) if len(pre) == 2 else 6)


def g_cin(ctx):
    v = cin_value(ctx)
    m = re.match(r"([A-Z]+)(\d+)", v)
    f = ctx.rng.random()
    if f < 0.2:
        v = f"{m.group(1)} {m.group(2)}"
    elif f < 0.27:
        v = f"{m.group(1)}-{m.group(2)}"
    return (v, "MA_CIN")


def g_cinl(ctx):  # lower case, chats
    return (cin_value(ctx).lower(), "MA_CIN")


def g_ice(ctx):
    first = "00" + ctx.d(11)
    key = (97 - int(first) * 100 % 97) % 97
    return (f"{first}{key:02d}", "MA_ICE")


def u_fakeice(ctx):  # 15 digits, mod 97 fails, e.g. a tracking reference
    while True:
        v = "00" + ctx.d(13)
        if int(v) % 97:
            return (v, None)


def g_cnss(ctx):
    v = ctx.d(9)
    return (v if ctx.rng.random() < 0.7 else f"{v[:3]} {v[3:6]} {v[6:]}", "MA_CNSS")


def g_pp(ctx):
    v = "".join(ctx.c("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + ctx.d(7)
    return (v if ctx.rng.random() < 0.85 else v.lower(), "MA_PASSPORT")


def g_massar(ctx):
    return (ctx.c("ABCDEFGHJKLMNPRSTUVWXYZ") + ctx.d(9), "MA_MASSAR")


def g_plate(ctx):
    r = ctx.rng
    n, reg = str(r.randint(100, 99999)), str(r.randint(1, 89))
    f = r.randrange(6)
    if f == 0:
        s = f"{n}-{ctx.c(PLATE_AR)}-{reg}"
    elif f == 1:
        s = f"{n} | {ctx.c(PLATE_AR)} | {reg}"
    elif f == 2:
        s = f"{n}/{ctx.c(PLATE_AR)}/{reg}"
    elif f == 3:
        s = f"{n} {ctx.c(PLATE_LAT)} {reg}"
    elif f == 4:
        s = f"{n}-{ctx.c(PLATE_LAT)}-{reg}"
    else:
        s = f"WW {r.randint(100000, 999999)}"
    return (s, "MA_LICENSE_PLATE")


def birth(ctx: Ctx):
    r = ctx.rng
    return r.randint(1950, 2008), r.randint(1, 12), r.randint(1, 28)


def g_dobfr(ctx):
    y, m, d = birth(ctx)
    s = ctx.c(
        [
            f"{d:02d}/{m:02d}/{y}",
            f"{d} {MONTHS_FR[m - 1]} {y}",
            f"{d:02d}.{m:02d}.{y}",
            f"{y}-{m:02d}-{d:02d}",
            f"{d}{'er' if d == 1 else ''} {MONTHS_FR[m - 1]} {y}",
            f"{d:02d}-{m:02d}-{y}",
        ]
    )
    return (s, "DATE_OF_BIRTH")


def g_doben(ctx):
    y, m, d = birth(ctx)
    s = ctx.c(
        [
            f"{MONTHS_EN[m - 1]} {d}, {y}",
            f"{d} {MONTHS_EN[m - 1]} {y}",
            f"{m:02d}/{d:02d}/{y}",
            f"{y}-{m:02d}-{d:02d}",
            f"{d}-{MONTHS_EN3[m - 1]}-{y}",
            f"{d:02d}/{m:02d}/{y}",
        ]
    )
    return (s, "DATE_OF_BIRTH")


def g_dobar(ctx):
    y, m, d = birth(ctx)
    s = ctx.c(
        [
            f"{d:02d}/{m:02d}/{y}",
            f"{d} {MONTHS_AR[m - 1]} {y}",
            f"{y}/{m:02d}/{d:02d}",
            f"{d} {MONTHS_MSA[m - 1]} {y}",
        ]
    )
    return (ctx.loc_digits(s), "DATE_OF_BIRTH")


def g_dobdj(ctx):
    y, m, d = birth(ctx)
    s = ctx.c(
        [
            f"{d}/{m}/{y}",
            f"{d:02d}-{m:02d}-{y}",
            f"{d} {MONTHS_FR[m - 1]} {y}",
            f"{d:02d}/{m:02d}/{str(y)[2:]}",
        ]
    )
    return (s, "DATE_OF_BIRTH")


# --------------------------------------------------------------------------- look-alikes, never labelled
def u_order(ctx):
    r = ctx.rng
    return (
        r.choice(
            [
                f"CMD-{r.randint(2023, 2026)}-{ctx.d(5)}",
                f"#{r.choice('ABKMZ')}{ctx.d(4)}-{ctx.d(2)}",
                f"ORD{ctx.d(8)}",
                f"N°{ctx.d(7)}",
                f"WEB-{ctx.d(3)}-{ctx.d(4)}",
            ]
        ),
        None,
    )


def u_inv(ctx):
    r = ctx.rng
    return (
        r.choice(
            [
                f"FAC-{r.randint(2023, 2026)}/{ctx.d(5)}",
                f"INV-{ctx.d(6)}",
                f"F{r.randint(2023, 2026)}{ctx.d(4)}",
                f"BL {ctx.d(6)}/{r.randint(23, 26)}",
            ]
        ),
        None,
    )


def u_trk(ctx):
    r = ctx.rng
    return (
        r.choice(
            [
                f"RR{ctx.d(9)}MA",
                f"CP{ctx.d(9)}MA",
                f"1Z{ctx.d(3)}AA{ctx.d(10)}",
                f"JD{ctx.d(18)}",
                f"AMX-{ctx.d(4)}-{ctx.d(4)}-{ctx.d(2)}",
            ]
        ),
        None,
    )


def u_tkt(ctx):
    r = ctx.rng
    return (
        r.choice(
            [
                f"TCK-{ctx.d(5)}",
                f"INC{ctx.d(7)}",
                f"#{ctx.d(6)}",
                f"SR-{ctx.d(4)}-{r.choice('ABCXYZ')}",
                f"CAS-{ctx.d(5)}-{ctx.d(3)}",
            ]
        ),
        None,
    )


def u_sku(ctx):
    r = ctx.rng
    return (
        r.choice(
            [
                f"SKU {ctx.d(2)}-{ctx.d(4)}-{r.choice(['BL', 'NR', 'XL', 'RG'])}",
                f"REF.{r.choice('ABCDEFGH')}{r.choice('ABCDEFGH')}{ctx.d(5)}",
                f"EAN {luhn_complete(ctx.d(12))[:13]}",
                f"modèle {r.choice(['HX', 'TR', 'QS', 'VL'])}-{ctx.d(4)}",
                f"P/N {ctx.d(3)}-{ctx.d(5)}-{ctx.d(2)}",
            ]
        ),
        None,
    )


def u_price(ctx):
    r = ctx.rng
    v = r.randint(19, 9800)
    return (
        r.choice(
            [
                f"{v},00 DH",
                f"{v} MAD",
                f"{v:,}".replace(",", NBSP) + " dirhams",
                f"{v}.{r.randint(0, 99):02d} €",
                f"${v}.{r.randint(0, 99):02d}",
                f"{v} درهم",
            ]
        ),
        None,
    )


def u_pricea(ctx):
    return (ctx.loc_digits(f"{ctx.rng.randint(19, 9800)} درهم"), None)


def u_ver(ctx):
    r = ctx.rng
    return (
        r.choice(
            [
                f"v{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 20)}",
                f"{r.randint(1, 20)}.{r.randint(0, 9)}.{r.randint(0, 9)}.{r.randint(100, 9999)}",
                f"Android {r.randint(10, 15)}",
                f"iOS {r.randint(15, 18)}.{r.randint(0, 6)}",
                f"build {ctx.d(4)}",
            ]
        ),
        None,
    )


def u_date(ctx):
    r = ctx.rng
    y, m, d = r.randint(2023, 2026), r.randint(1, 12), r.randint(1, 28)
    return (
        r.choice(
            [
                f"{d:02d}/{m:02d}/{y}",
                f"{d} {MONTHS_FR[m - 1]}",
                f"{y}-{m:02d}-{d:02d}",
                f"le {d:02d}.{m:02d}",
            ]
        ),
        None,
    )


def u_daten(ctx):
    r = ctx.rng
    y, m, d = r.randint(2023, 2026), r.randint(1, 12), r.randint(1, 28)
    return (
        r.choice(
            [
                f"{MONTHS_EN[m - 1]} {d}",
                f"{d} {MONTHS_EN3[m - 1]} {y}",
                f"{m}/{d}/{y}",
                f"{y}-{m:02d}-{d:02d}",
            ]
        ),
        None,
    )


def u_datea(ctx):
    r = ctx.rng
    y, m, d = r.randint(2023, 2026), r.randint(1, 12), r.randint(1, 28)
    return (ctx.loc_digits(r.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS_AR[m - 1]} {y}"])), None)


def u_time(ctx):
    r = ctx.rng
    return (
        r.choice(
            [
                f"{r.randint(8, 19)}h{r.choice(['00', '15', '30', '45'])}",
                f"{r.randint(8, 19)}:{r.choice(['00', '15', '30', '45'])}",
            ]
        ),
        None,
    )


def u_flight(ctx):
    return (
        f"{ctx.c(['AT', 'AF', 'IB', 'TO', 'FR', 'LH', 'TK'])} {ctx.rng.randint(100, 9999)}",
        None,
    )


def u_otp(ctx):
    return (ctx.d(6), None)


def u_num(ctx):
    return (str(ctx.rng.randint(2, 40)), None)


BRANDS = [
    "Raja Casablanca",
    "Wydad de Casablanca",
    "FUS de Rabat",
    "Hassania d'Agadir",
    "Moghreb de Tétouan",
    "Kawkab de Marrakech",
    "Pâtisserie Fès Délices",
    "Café Tanger Express",
    "Marrakech Motors",
    "Atlas Tours Agadir",
    "Boulangerie de Meknès",
    "Rabat Télécom Services",
    "Agadir Surf Shop",
    "Oujda Pièces Auto",
    "Salé Clean Pressing",
    "Essaouira Argan Co.",
]


def u_brand(ctx):
    return (ctx.c(BRANDS), None)


SLOTS = {}
for _name, _fn in list(globals().items()):
    if _name.startswith(("g_", "u_")) and callable(_fn):
        SLOTS[_name[2:] if _name.startswith("g_") else "u" + _name[2:]] = _fn
for _cc in [
    "us",
    "us_po",
    "apo",
    "uk",
    "fr",
    "de",
    "se",
    "no",
    "dk",
    "fi",
    "gr",
    "br",
    "jp",
    "es",
    "it",
    "nl",
    "be",
    "ch",
    "ca",
    "au",
    "in",
    "sn",
    "tr",
    "ie",
]:
    SLOTS["ai_" + _cc] = mk_ai(_cc)


# --------------------------------------------------------------------------- templates
# (domain, template); each is filled FILLS times with different values.
FR = [
    (
        "support",
        "Bonjour, c'est {nl} à l'appareil, mon numéro est le {ph}, je n'arrive plus à me connecter depuis la mise à jour {uver}.",
    ),
    (
        "support",
        "Bonsoir,\nMa commande {uorder} n'est toujours pas arrivée. Livraison prévue chez moi : {adfr}.\nMerci de me rappeler au {ph}.\n{nl}",
    ),
    (
        "telecom",
        "Je souhaite résilier ma ligne {ph}. Titulaire : {nup}, CIN {cin}. Adresse de facturation : {adfr}.",
    ),
    (
        "banque",
        "Madame, Monsieur,\n\nJe vous prie de bien vouloir virer la somme de {uprice} sur le compte suivant :\nBénéficiaire : {nl}\nRIB : {rib}\n\nCordialement,\n{nl}",
    ),
    (
        "banque",
        "Objet : opposition carte\nBonjour, j'ai perdu ma carte {card} hier soir à la gare. Merci de la bloquer. {nl}, client depuis 2011.",
    ),
    (
        "banque",
        "Pour le virement international, voici mon IBAN : {iban} (titulaire {ni}). Référence de la facture : {uinv}.",
    ),
    (
        "rh",
        "Fiche salarié\nNom : {ll}\nPrénom : {fl}\nDate de naissance : {dobfr}\nN° CNSS : {cnss}\nCIN : {cin}\nAdresse : {adfr}",
    ),
    (
        "rh",
        "Mme {ll} nous informe qu'elle est [[HEALTH:((enceinte de cinq mois|enceinte de son deuxième enfant))]] et demande un aménagement de ses horaires à partir du {udate}.",
    ),
    (
        "rh",
        "Note interne — {nl1} a été élu ((délégué du personnel|représentant)) et [[UNION_MEMBERSHIP:((adhère à l'UMT|est adhérent de la CDT|milite à la FDT))]] depuis trois ans. Merci de respecter ses heures de délégation.",
    ),
    (
        "rh",
        "Entretien annuel de {nl}. Points à noter : absences répétées liées à [[HEALTH:((sa sclérose en plaques|son traitement de chimiothérapie|une dépression diagnostiquée en mars))]]. Prévoir un rendez-vous avec la médecine du travail.",
    ),
    (
        "clinique",
        "Rappel : votre rendez-vous ((en cardiologie|chez le néphrologue|en oncologie)) est fixé au {udate} à {utime}. Patient : {nl}, né le {dobfr}. Apportez votre carte CNSS {cnss}.",
    ),
    (
        "clinique",
        "Compte rendu : {nl}, 54 ans, [[HEALTH:((hypertendu sous amlodipine|insuffisant rénal dialysé trois fois par semaine|sous anticoagulants depuis son AVC))]]. Domicile : {adfr}.",
    ),
    (
        "clinique",
        "Bonjour docteur, ma fille {fl} fait [[HEALTH:((des crises d'épilepsie|des crises d'asthme la nuit))]] depuis l'hiver, est-ce qu'on peut avancer la consultation ? Je suis joignable au {ph}.",
    ),
    (
        "clinique",
        "Résultat du laboratoire pour {nup} : [[GENETIC:((porteur hétérozygote de la mutation CFTR|mutation BRCA2 détectée))]]. Conseil génétique proposé à la famille.",
    ),
    (
        "clinique",
        "Ma mère et moi avons fait [[GENETIC:((un test ADN de prédisposition|un dépistage génétique de la drépanocytose))]] : elle est [[GENETIC:porteuse du trait drépanocytaire]], moi non.",
    ),
    (
        "assurance",
        "Déclaration de sinistre\nAssuré : {nl}\nVéhicule immatriculé {plate}\nPermis n° ... (joint)\nLieu de résidence : {cl}\nTéléphone : {ph}\nDossier {utkt}",
    ),
    (
        "assurance",
        "Questionnaire santé — l'adhérent {nl} déclare [[HEALTH:((être diabétique insulino-dépendant|avoir subi un pontage coronarien en 2020|suivre un traitement pour l'hépatite C))]].",
    ),
    (
        "assurance",
        "Souscription mutuelle : {nup}, né le {dobfr} à {cl}. Antécédents familiaux : [[GENETIC:((maladie de Huntington chez le père|hémophilie héréditaire côté maternel))]].",
    ),
    (
        "ecommerce",
        "Commande {uorder} validée ! Montant : {uprice}. Livraison à {nl}, {adfr}. Suivi colis : {utrk}.",
    ),
    (
        "ecommerce",
        "Salut, c'est encore {fl}, le livreur dit qu'il ne trouve pas l'adresse. C'est {adfr}, sonnez deux fois svp.",
    ),
    (
        "gouvernement",
        "Demande d'extrait d'acte de naissance\nNom et prénom : {nup}\nNé(e) le : {dobfr}\nLieu de naissance : {cl}\nCIN : {cin}\nAdresse actuelle : {adfr}",
    ),
    (
        "gouvernement",
        "Dossier de renouvellement de passeport : {nl}, passeport actuel n° {pp}, expire le {udate}. Prise des [[BIOMETRIC:((empreintes digitales|empreintes des dix doigts))]] et photo prévues au guichet.",
    ),
    (
        "gouvernement",
        "L'administration informe {nl} que son extrait de casier judiciaire mentionne [[CRIMINAL:((une condamnation pour abus de confiance|une peine de six mois avec sursis pour vol))]].",
    ),
    (
        "gouvernement",
        "Inscription de l'élève {nl}, code Massar {massar}, né le {dobfr}. Responsable légal : {nl}, téléphone {ph}.",
    ),
    (
        "cv",
        "CURRICULUM VITAE\n{nup}\n{adfr}\n{ph} — {em}\nNé le {dobfr}\n\nExpérience : comptable chez Marrakech Motors (2016-2022)\nLangues : arabe, français, anglais",
    ),
    (
        "cv",
        "Candidature spontanée de {nl}, titulaire d'un master en logistique. Disponible immédiatement. Contact : {em} / {ph}.",
    ),
    (
        "cv",
        "Profil LinkedIn copié : « {ni} — ingénieure data, basée à {ci}. [[UNION_MEMBERSHIP:((Membre actif du syndicat CGT|Syndiquée chez Unite))]] depuis 2018. »",
    ),
    (
        "voyage",
        "Réservation confirmée pour {ni} et {ni} : vol {uflight} du {udate}, passeport {pp}. Contact d'urgence : {phi}.",
    ),
    (
        "voyage",
        "Bonjour, je voudrais modifier ma réservation au riad. Je m'appelle {nl}, j'arrive de {ci} où j'habite. Mon téléphone : {phi}.",
    ),
    (
        "prompt",
        "Peux-tu reformuler ce message plus poliment ? « Monsieur {ll}, nous avons bien reçu votre chèque. Votre conseiller, {nl}, vous appellera au {ph}. »",
    ),
    (
        "prompt",
        "Anonymise ce texte : « Le patient {nl}, domicilié {adfr}, [[HEALTH:((est séropositif|suit une trithérapie))]] et vient chaque mois à la clinique. »",
    ),
    (
        "prompt",
        "Résume l'échange suivant :\n— Client : je suis {nl}, ma carte {card} a été débitée deux fois.\n— Agent : pouvez-vous confirmer votre date de naissance ?\n— Client : {dobfr}.",
    ),
    (
        "prompt",
        "Traduis en anglais : « Mon voisin {nl} [[RELIGION_BELIEF:((s'est converti au christianisme|est devenu témoin de Jéhovah|ne fait plus le ramadan depuis qu'il est athée))]], et sa famille ne lui parle plus. »",
    ),
    (
        "email",
        "De : {em}\nÀ : Service RH\nObjet : arrêt maladie\n\nBonjour,\nJe vous transmets mon arrêt : je suis [[HEALTH:((opéré du genou|hospitalisé pour une pneumonie|en rééducation après une hernie discale))]] jusqu'au {udate}.\n{nl}",
    ),
    (
        "email",
        "Chère {fl},\n\nComme convenu, je t'envoie les coordonnées de ma sœur {nl} : {em}, {ph}. Elle habite maintenant à {ql}.\n\nBises",
    ),
    (
        "formulaire",
        "Nom complet : {nl}\nCIN : {cin}\nTéléphone : {ph}\nE-mail : {em}\nAdresse IP de connexion : {ip}\nDate : {udate}",
    ),
    (
        "formulaire",
        "ICE de l'entreprise : {ice} — Gérant : {nl} — RIB : {rib} — Siège : {ucompaddr}",
    ),
    (
        "libre",
        "Je suis [[ETHNIC_ORIGIN:((d'origine amazighe du Souss|d'origine sahraouie|d'origine subsaharienne))]] et je n'ai jamais eu de problème à trouver un logement à {cl}.",
    ),
    (
        "libre",
        "Mon grand-père était [[ETHNIC_ORIGIN:((juif marocain de Sefrou|un Haratine du Drâa|Rifain))]], c'est pour ça qu'on a encore de la famille là-bas.",
    ),
    (
        "libre",
        "Franchement j'ai [[POLITICAL_OPINION:((voté pour le PJD aux dernières législatives|voté pour l'Istiqlal|milité au PSU pendant mes études))]] et je ne le regrette pas.",
    ),
    (
        "libre",
        "{fl} m'a dit qu'elle [[POLITICAL_OPINION:((soutient le RNI|est militante du PAM|vote toujours à gauche))]], on a eu un vrai débat au dîner.",
    ),
    (
        "libre",
        "Mon frère {fl} [[CRIMINAL:((a fait deux ans de prison pour trafic|a été condamné pour conduite en état d'ivresse|est sorti de prison en janvier))]], il cherche du travail maintenant.",
    ),
    (
        "libre",
        "Depuis que je [[RELIGION_BELIEF:((porte le voile|fais mes cinq prières à la mosquée|suis devenue bouddhiste))]], mes collègues me regardent autrement.",
    ),
    (
        "libre",
        "Mon mari est [[RELIGION_BELIEF:((chiite|ahmadi|chrétien évangélique))]] et moi [[RELIGION_BELIEF:sunnite]], on élève nos enfants dans les deux traditions.",
    ),
    (
        "sécurité",
        "Accès au labo : l'employé {nl} s'est authentifié par [[BIOMETRIC:((reconnaissance faciale|scan de l'iris|empreinte digitale))]] à {utime} depuis le poste {ip}.",
    ),
    (
        "sécurité",
        "La pointeuse a enregistré [[BIOMETRIC:((le gabarit de l'empreinte|le modèle facial))]] de {nl} lors de son embauche. Il demande qu'on le supprime.",
    ),
    (
        "sécurité",
        "Alerte : connexion inhabituelle sur le compte de {nl} depuis l'adresse {ip} (navigateur {uver}).",
    ),
    (
        "télécom",
        "Portabilité : le numéro {ph} appartenant à {nup} (CIN {cin}) sera transféré le {udate}. Code RIO : {uotp}.",
    ),
    (
        "immobilier",
        "Bail de location entre {nl} (bailleur) et {nl} (locataire), pour l'appartement situé {adfr}. Loyer : {uprice}. Caution versée sur le RIB {rib}.",
    ),
    (
        "immobilier",
        "Je loue mon studio, contactez-moi : {nl}, {ph}. Pas d'agence. Situé près de la gare de {ucl}.",
    ),
    (
        "auto",
        "Vente voiture Dacia Logan 2017, immatriculée {plate}, propriétaire {nl}, visible à {ql}. Prix : {uprice}.",
    ),
    (
        "auto",
        "PV : le véhicule {plate} conduit par {nl} a été contrôlé à 112 km/h. Le conducteur [[CRIMINAL:((a déjà été condamné pour délit de fuite|fait l'objet d'un mandat d'arrêt))]].",
    ),
    (
        "école",
        "Mme {ll}, votre fils {fl} (Massar {massar}) a été absent trois jours. Il [[HEALTH:((souffre d'une otite chronique|a une allergie sévère aux arachides|est suivi pour un TDAH))]], merci de fournir un certificat.",
    ),
    ("école", "Liste des lauréats : {nl} ({massar}), {nl} ({massar}), {nl} ({massar})."),
    (
        "syndicat",
        "Bulletin d'adhésion\nJe soussigné(e) {nl}, CIN {cin}, déclare [[UNION_MEMBERSHIP:((adhérer au Syndicat national de l'enseignement|rejoindre la section UGTM de mon entreprise))]].\nCotisation prélevée sur le RIB {rib}.",
    ),
    (
        "syndicat",
        "Mon père [[UNION_MEMBERSHIP:((était délégué syndical à l'OCP|a été secrétaire de la section UMT des dockers))]], il m'en parle encore avec fierté.",
    ),
    (
        "rh",
        "Attestation de travail : nous certifions que {nup}, né le {dobfr}, immatriculé à la CNSS sous le n° {cnss}, est employé chez nous depuis 2019.",
    ),
    (
        "rh",
        "Pendant la grève de mardi, {nl} [[UNION_MEMBERSHIP:((a pris la parole au nom de la CDT|distribuait les cartes du syndicat))]]. La direction souhaite le rencontrer.",
    ),
    (
        "clinique",
        "SMS : Laboratoire — Bonjour {fl}, votre [[GENETIC:((caryotype|séquençage de l'exome|test de paternité))]] est disponible. Code de retrait : {uotp}.",
    ),
    (
        "clinique",
        "Notre fils est [[GENETIC:((atteint de la myopathie de Duchenne, héritée de ma lignée|né avec une trisomie 21))]]. Nous cherchons une association à {cl}, là où nous vivons.",
    ),
    (
        "police",
        "Procès-verbal d'audition\nNom : {nup}\nNé le {dobfr} à {cl}\nDemeurant : {adfr}\nL'intéressé [[CRIMINAL:((a été placé en garde à vue pour escroquerie|reconnaît avoir déjà purgé une peine pour recel))]]. [[BIOMETRIC:((Relevé d'empreintes|Photo anthropométrique))]] effectué.",
    ),
    (
        "police",
        "Objet : plainte. Je soussignée {nl}, CIN {cin}, demeurant {adfr}, déclare le vol de mon téléphone ({uimei}).",
    ),
    (
        "libre",
        "ma cousine {flow} vit à {ai_fr} maintenant, elle m'a donné son numéro {phi} si tu veux la contacter",
    ),
    (
        "courrier",
        "{ni}\n{ai_be}\n\nObjet : confirmation d'inscription\n\nMadame,\nVotre inscription est enregistrée sous le numéro {utkt}.",
    ),
    (
        "courrier",
        "Expéditeur : {nl}, {adfr}\nDestinataire : {ni}, {ai}\nContenu : documents — valeur déclarée {uprice}",
    ),
    ("ecommerce", "Adresse de livraison enregistrée :\n{ni}\n{ai_de}\nTél. {phi}"),
    (
        "ecommerce",
        "Bonjour, je veux changer l'adresse de ma commande {uorder} : la nouvelle est {ai_ch}. Merci, {ni}.",
    ),
    (
        "banque",
        "Ouverture de compte MRE : {nl}, résidant à l'étranger, adresse {ai_es}, passeport {pp}, IBAN espagnol non fourni.",
    ),
    (
        "clinique",
        "Mon beau-père [[HEALTH:((a fait un infarctus la semaine dernière|est sous dialyse|a la maladie d'Alzheimer))]], il vit avec nous à {ql}.",
    ),
    (
        "libre",
        "J'ai [[HEALTH:((arrêté la chimio en mai|commencé un traitement au Lévothyrox|un rendez-vous chez le psychiatre jeudi))]], ça me stresse un peu.",
    ),
    (
        "libre",
        "Tu savais que {fl} [[POLITICAL_OPINION:((était au cortège du 20 février|a signé la pétition contre la réforme des retraites pour le parti))]] ? Il est engagé à fond.",
    ),
    (
        "rh",
        "Candidat {nl} : lors de l'entretien, il a précisé qu'il [[RELIGION_BELIEF:((prie le vendredi à 13h|jeûne le lundi et le jeudi))]] et souhaite une pause aménagée.",
    ),
    (
        "formulaire",
        "Formulaire de réclamation\n— Nom : {nl}\n— Numéro client : {utkt}\n— Téléphone : {phf}\n— Motif : facture {uinv} erronée",
    ),
    ("libre", "mon ip c'est {ip}, tu peux m'ajouter sur le serveur minecraft ? c'est {flow}"),
    # look-alikes only, no label
    (
        "ecommerce",
        "Votre commande {uorder} d'un montant de {uprice} a été expédiée le {udate}. Numéro de suivi : {utrk}.",
    ),
    (
        "support",
        "La version {uver} corrige le bug d'affichage des factures. Ticket {utkt} clôturé.",
    ),
    ("santé", "Quels sont les premiers symptômes du diabète de type 2 et comment le prévenir ?"),
    ("religion", "À quelle heure commence le jeûne pendant le ramadan cette année ?"),
    ("politique", "Quels partis ont obtenu le plus de sièges aux législatives de 2021 au Maroc ?"),
    ("météo", "Il fera 38 degrés à {ucl} demain, pensez à vous hydrater."),
    (
        "voyage",
        "Quel est le meilleur moyen d'aller de {ucl} à {ucl} en train ? Combien coûte le billet ?",
    ),
    ("sport", "Le {ubrand} a battu son rival 2-1 hier soir, quel match !"),
    (
        "entreprise",
        "Notre siège social est situé au {ucompaddr}. Horaires : du lundi au vendredi, {utime}–18h.",
    ),
    (
        "ecommerce",
        "Article {usku} en rupture de stock. Réapprovisionnement prévu le {udate}. Prix unitaire : {uprice}.",
    ),
    ("banque", "Référence de l'opération : {ufakerib}. Montant : {uprice}. Statut : en attente."),
    (
        "télécom",
        "Votre forfait 20 Go est activé. Code de confirmation : {uotp}. IMEI de l'appareil : {uimei}.",
    ),
    (
        "facturation",
        "Facture {uinv} du {udate}\nDésignation : abonnement fibre 100 Mb\nTotal TTC : {uprice}",
    ),
    (
        "santé",
        "Le vaccin contre la grippe est-il recommandé pour les femmes enceintes ? Je pose la question pour un article.",
    ),
    (
        "génétique",
        "Comment fonctionne un test ADN d'ascendance et combien de temps faut-il pour avoir les résultats ?",
    ),
    ("syndicat", "Quelle est la différence entre l'UMT et la CDT en termes de représentativité ?"),
    (
        "sécurité",
        "Est-ce que la reconnaissance faciale des smartphones est plus sûre qu'un code PIN ?",
    ),
    ("justice", "Combien de temps faut-il pour obtenir un extrait de casier judiciaire en ligne ?"),
    (
        "entreprise",
        "La Pâtisserie Fès Délices ouvre une nouvelle boutique le {udate}. Venez nombreux !",
    ),
    (
        "logistique",
        "Colis {utrk} — en transit au centre de tri de {ucl} — livraison estimée : {udate}.",
    ),
    (
        "support",
        "Modèle {usku}, lot {uorder}. Garantie jusqu'au {udate}. Numéro de série : {ufakeice}.",
    ),
    (
        "rh",
        "Réunion du comité d'entreprise le {udate} à {utime}, salle 3. Ordre du jour : budget des œuvres sociales.",
    ),
    (
        "immobilier",
        "Villa à vendre à {ucl}, 4 chambres, piscine, {uprice}. Agence Atlas Tours Agadir s'abstenir.",
    ),
    (
        "histoire",
        "La médina de {ucl} est inscrite au patrimoine mondial de l'UNESCO depuis plusieurs décennies.",
    ),
    (
        "prompt",
        "Écris un e-mail type pour relancer un client qui n'a pas payé la facture {uinv} de {uprice}.",
    ),
    ("ecommerce", "Code promo RAMADAN25 valable jusqu'au {udate} sur tout le rayon épicerie."),
]

EN = [
    (
        "support",
        "Hi, this is {ni} — I ordered a charger ({uorder}) and it was delivered to the wrong door. My address is {ai_us}.",
    ),
    ("support", "hey, can you update my phone number? new one is {phi}. account name {ni}"),
    (
        "support",
        "Customer: {ni}\nIssue: double charge on card {card}\nAmount: {uprice}\nTicket: {utkt}",
    ),
    ("banking", "Please send the refund to my IBAN {iban}. The account holder is {ni}. Thanks!"),
    (
        "banking",
        "KYC update — customer {nl}, Moroccan passport {pp}, date of birth {doben}, residential address:\n{ai_uk}",
    ),
    (
        "banking",
        "I need to pay my landlord in Morocco. His RIB is {rib} and his name is {nl}. Can you check the key is right?",
    ),
    (
        "banking",
        "Suspicious login to the account of {ni} from IP {ip} at {utime}. Card ending in the full number {card} was frozen.",
    ),
    (
        "hr",
        "Employee record\nName: {ni}\nDOB: {doben}\nHome address: {ai}\nEmergency contact: {ni} ({phi})",
    ),
    (
        "hr",
        "Confidential: {ni} told her manager she is [[HEALTH:((undergoing IVF treatment|twelve weeks pregnant|recovering from a miscarriage))]] and asked for flexible hours.",
    ),
    (
        "hr",
        "Exit interview notes — {ni} said the main reason for leaving was that colleagues mocked him for [[RELIGION_BELIEF:((wearing a kippah|praying during breaks|being a practising Sikh))]].",
    ),
    (
        "hr",
        "{ni} has been [[UNION_MEMBERSHIP:((a shop steward for Unite|a member of the Teamsters|an elected rep of the nurses' union))]] since 2016; please loop her in before the restructuring meeting.",
    ),
    (
        "hr",
        "Background check result for candidate {ni}: [[CRIMINAL:((one prior conviction for shoplifting|a 2015 DUI conviction|served 14 months for burglary))]]. Decision pending.",
    ),
    (
        "clinic",
        "Appointment reminder: {ni}, your [[HEALTH:((chemotherapy session|dialysis|physiotherapy for your spinal injury))]] is booked for {udaten} at {utime}. Reply STOP to opt out.",
    ),
    (
        "clinic",
        "Patient intake\nName: {ni}\nDate of birth: {doben}\nConditions: [[HEALTH:((type 1 diabetes, on an insulin pump|bipolar disorder, on lithium|HIV positive, undetectable))]]\nPhone: {phi}",
    ),
    (
        "clinic",
        "My dad has [[HEALTH:((Parkinson's|stage 3 kidney disease|COPD))]] and lives alone at {ai_ca}. Is there a home nurse service near him?",
    ),
    (
        "clinic",
        "I have been [[HEALTH:((on insulin|on antidepressants|on methadone))]] since 2019 and I need a repeat prescription before my trip.",
    ),
    (
        "clinic",
        "Genetics clinic letter: {ni} tested [[GENETIC:((positive for the BRCA1 mutation|positive for Lynch syndrome|as a carrier of the Tay-Sachs gene))]]. Cascade testing offered to siblings.",
    ),
    (
        "clinic",
        "Our son was diagnosed with [[GENETIC:((cystic fibrosis after newborn genetic screening|fragile X syndrome))]]; my wife {ni} and I are both [[GENETIC:carriers]].",
    ),
    (
        "insurance",
        "Claim form\nPolicyholder: {ni}\nAddress: {ai_au}\nVehicle reg: {plate}\nDescription: rear-ended at a traffic light on {udaten}.",
    ),
    (
        "insurance",
        "Life insurance application for {ni}, born {doben}: applicant discloses [[GENETIC:((a family history of Huntington's disease confirmed by genetic test|being a carrier of hereditary haemochromatosis))]].",
    ),
    ("ecommerce", "Order {uorder} confirmed. Ship to:\n{ni}\n{ai}\nEstimated delivery {udaten}."),
    (
        "ecommerce",
        "Your parcel {utrk} could not be delivered to {ni} at {ai_us_po}. Please collect it within 7 days.",
    ),
    (
        "ecommerce",
        "Gift for my sister {ni} — please ship to {ai_jp} and write the card message: 'Happy birthday, love Mo'.",
    ),
    (
        "government",
        "Visa application\nSurname: {nil}\nGiven names: {nif}\nDate of birth: {doben}\nPassport no.: {pp}\nAddress in Morocco: {adfr}\nPhone: {ph}",
    ),
    (
        "government",
        "Applicant {ni} declared a [[CRIMINAL:((criminal record for fraud|conviction for assault in 2012))]] on the form and provided [[BIOMETRIC:((fingerprints|a facial image|iris scans))]] at the visa centre.",
    ),
    ("government", "Military mail: please forward the ballot to {ni}, {ai_apo}."),
    (
        "cv",
        "RESUME\n{ni}\n{ai}\n{phi} | {em}\n\nSummary: logistics coordinator with 8 years of experience at Boston-area firms.",
    ),
    (
        "cv",
        "Cover letter from {ni}: I volunteer as [[POLITICAL_OPINION:((a canvasser for the Green Party|a campaign organiser for the Labour Party|a precinct captain for the Democrats))]] and bring that energy to every job.",
    ),
    ("cv", "References available on request. Contact: {ni}, {em}, {phi}."),
    (
        "travel",
        "Booking ref {uorder}: {ni} and {ni}, 2 nights at a riad, arriving on flight {uflight}. Lead guest passport {pp}.",
    ),
    (
        "travel",
        "Hi! I'm {ni}, flying in from {ci} where I live. Can you pick me up? My WhatsApp is {phi}.",
    ),
    (
        "travel",
        "Passenger {ni} requested a halal meal and a prayer-time-friendly seat because he [[RELIGION_BELIEF:((is a devout Muslim|observes Ramadan fasting))]].",
    ),
    (
        "prompt",
        "Summarise this note for the case file: '{ni} (DOB {doben}) [[CRIMINAL:((was released on parole in March|was convicted of money laundering|has an outstanding warrant in Ohio))]] and now lives at {ai_us}.'",
    ),
    (
        "prompt",
        "Rewrite this bio in a friendlier tone: 'I am {ni}. I [[ETHNIC_ORIGIN:((am of Berber heritage|am half Nigerian, half Irish|am Romani))]] and grew up in {ci}.'",
    ),
    ("prompt", "Extract the fields as JSON: name={ni}; email={em}; ip={ip}; phone={phi}"),
    (
        "prompt",
        'Here\'s a CSV row from our CRM, please fix the formatting:\n"{ni}","{em}","{phi}","{ai_uk}"',
    ),
    (
        "prompt",
        "Can you help me write a letter to my landlord? My name is {ni}, I live at {ai_nl}, and the heating has been broken since {udaten}.",
    ),
    (
        "prompt",
        "Translate to French: 'My brother {nif} [[POLITICAL_OPINION:((voted for the far-right candidate|is a card-carrying Communist|donates monthly to the Conservatives))]], which causes fights at home.'",
    ),
    (
        "email",
        "From: {em}\nSubject: my new address\n\nHi all,\nWe moved! Our new place is:\n{ai_se}\n\nCheers,\n{nif}",
    ),
    (
        "email",
        "Dear {nif},\nThanks for meeting me. As mentioned, I [[HEALTH:((have severe dyslexia|use a wheelchair|am hard of hearing))]], so please send written agendas in advance.\nBest, {ni}",
    ),
    (
        "email",
        "Hi {nif}, just a heads-up that {ni} [[UNION_MEMBERSHIP:((joined the Unison branch|signed up to the union))]] last week, so she'll attend the negotiation as a member.",
    ),
    (
        "form",
        "First name: {nif}\nLast name: {nil}\nEmail: {em}\nPhone: {phi}\nIP (logged): {ip}\nConsent: yes",
    ),
    (
        "form",
        "Registration — Student: {nl} | Massar code: {massar} | Date of birth: {doben} | Guardian: {nl} | Mobile: {ph}",
    ),
    (
        "form",
        "Vendor onboarding: company ICE {ice}, contact person {nl}, IBAN {ibanma}, billing address (company): {ucompaddr}",
    ),
    ("form", "Employee: {nl}\nCNSS no.: {cnss}\nNational ID (CIN): {cin}\nDate of birth: {doben}"),
    (
        "security",
        "Door log 08:{unum}: badge 4471 + [[BIOMETRIC:((palm-vein scan|fingerprint match|face match))]] for {ni} — access granted.",
    ),
    (
        "security",
        "{ni} has asked us to delete [[BIOMETRIC:((her voiceprint|his facial recognition template|her stored fingerprint data))]] from the attendance system.",
    ),
    ("security", "Admin panel: user {em} logged in from {ip}; previous session from {ip}."),
    (
        "telecom",
        "Line transfer request: number {ph} from {nl} (CIN {cin}) to {nl}. Please confirm by SMS.",
    ),
    (
        "telecom",
        "SIM registration: {ni}, passport {pp}, local number assigned {ph}, home address abroad {ai_gr}.",
    ),
    (
        "free",
        "my neighbour {nif} is [[ETHNIC_ORIGIN:((Sahrawi|Kurdish|Afro-Brazilian|of Gnawa descent))]] and makes the best tea on the street lol",
    ),
    (
        "free",
        "I'm [[ETHNIC_ORIGIN:((Amazigh from the Rif|of Moroccan Jewish descent|Tamil))]] and my family still speaks the language at home.",
    ),
    (
        "free",
        "Grandma {nif} [[RELIGION_BELIEF:((converted to Islam in the seventies|became a Buddhist nun|left the Catholic Church))]]; we only found out at her funeral.",
    ),
    (
        "free",
        "I [[POLITICAL_OPINION:((voted Leave in 2016|campaigned for the Socialist Party|am a registered Republican))]] and I still stand by it.",
    ),
    (
        "free",
        "My uncle {nif} [[CRIMINAL:((did time for armed robbery|was convicted of tax evasion|is on the sex offender register))]], so the family doesn't invite him anymore.",
    ),
    (
        "free",
        "ugh my cousin {nif} just got [[HEALTH:((diagnosed with MS|her first round of radiotherapy|put on blood thinners))]] and she's only 30",
    ),
    (
        "free",
        "Honestly since I [[HEALTH:((started therapy for my anxiety|got my ADHD diagnosis|quit drinking with AA))]] things are better.",
    ),
    (
        "free",
        "{nif} and I did [[GENETIC:((one of those 23andMe tests|a paternity DNA test|a genetic ancestry test))]] — turns out we're not related at all!",
    ),
    ("courier", "Return label\nFrom: {ni}, {ai_dk}\nTo: Customer Returns Centre, {ucompaddr_i}"),
    ("courier", "Deliver to: {ni}\n{ai_fi}\nNotes: leave with neighbour if out"),
    ("courier", "SHIP TO: {ni} / {ai_br} / tel {phi}"),
    (
        "ecommerce",
        "Hi there, please cancel order {uorder}. I moved out of {ai_ie} last month. — {ni}",
    ),
    (
        "real estate",
        "Tenant application: {ni}, current address {ai_it}, employer letter attached, monthly income {uprice}.",
    ),
    (
        "real estate",
        "Landlord reference for {ni}: tenant at {ai_tr} from 2019 to 2023, always paid on time.",
    ),
    (
        "school",
        "Parent portal: {ni} (guardian of {nif}) updated the emergency phone to {phi}. Allergy note: child [[HEALTH:((is allergic to penicillin|has coeliac disease|carries an EpiPen for nut allergy))]].",
    ),
    (
        "union",
        "Membership card no. {utkt}: {ni}, [[UNION_MEMBERSHIP:((member of the National Education Union|GMB member, branch 12|AFL-CIO affiliated local 1199))]], dues paid through {udaten}.",
    ),
    (
        "union",
        "During the strike ballot {ni} [[UNION_MEMBERSHIP:((voted as a union member|represented the RMT branch))]] and spoke to the press.",
    ),
    (
        "police",
        "Incident report {utkt}: suspect {ni}, born {doben}, [[CRIMINAL:((arrested for possession with intent to supply|previously convicted of arson))]]. [[BIOMETRIC:((Fingerprints|A DNA swab and mugshot))]] taken at custody.",
    ),
    (
        "police",
        "Victim statement: I, {ni}, residing at {ai_us}, report that my bike was stolen outside my home.",
    ),
    ("crm", "Lead: {ni} | {em} | {phi} | source: webinar | note: prefers calls after {utime}"),
    ("crm", "Account owner {nl} moved from {cl} to {ci}; update the billing address to {ai_fr}."),
    (
        "free",
        "omg {nif} texted me from {phi}, she says she's [[HEALTH:((pregnant|in hospital with appendicitis))]]!!",
    ),
    (
        "clinic",
        "Lab note: {ni}'s [[GENETIC:((karyotype shows Klinefelter syndrome|whole-genome sequencing found a hereditary cardiomyopathy variant))]].",
    ),
    (
        "free",
        "My partner is [[RELIGION_BELIEF:((Hindu|a Jehovah's Witness|an atheist))]] and I'm [[RELIGION_BELIEF:Muslim]], our wedding planning is... interesting.",
    ),
    (
        "free",
        "When {nif} was younger she [[POLITICAL_OPINION:((marched with the February 20 Movement|joined the Young Socialists))]].",
    ),
    (
        "free",
        "I am [[ETHNIC_ORIGIN:((of Sahrawi origin|mixed Fulani and Wolof|Hazara))]], born in {ci}, raised everywhere.",
    ),
    ("free", "Phone died, use {phi} until Monday. — {nif}"),
    # look-alikes only, no label
    ("ecommerce", "Order {uorder} shipped on {udaten}. Tracking: {utrk}. Total: {uprice}."),
    ("support", "Release notes {uver}: fixed crash on login, improved sync. See ticket {utkt}."),
    (
        "health",
        "What are the early warning signs of a stroke, and how fast should you call an ambulance?",
    ),
    ("religion", "What is the difference between Sunni and Shia Islam in simple terms?"),
    ("politics", "How does proportional representation work in Moroccan parliamentary elections?"),
    ("weather", "Heavy rain expected in {uci} this weekend; flights may be delayed."),
    ("travel", "Is it better to visit {ucl} or {ucl} in April? Looking for hiking and food."),
    ("sport", "{ubrand} fans filled the stadium last night for the derby."),
    ("company", "Our registered office: {ucompaddr_i}. Customer service hours 9am–5pm."),
    ("inventory", "SKU {usku}: 14 units left, reorder point 20, unit cost {uprice}."),
    ("banking", "Payment reference {ufakerib} processed on {udaten}. Amount {uprice}."),
    ("telecom", "Device IMEI {uimei}, firmware {uver}, warranty until {udaten}."),
    ("invoice", "Invoice {uinv}\nDate: {udaten}\nItems: 3 x USB-C cable\nTotal due: {uprice}"),
    ("genetics", "How accurate are at-home DNA tests for detecting hereditary cancer risk?"),
    ("biometrics", "Should schools be allowed to use fingerprint scanners for lunch payments?"),
    ("union", "What percentage of workers in Morocco are union members today?"),
    ("justice", "How long does a conviction stay on your record in the UK?"),
    ("health", "Is intermittent fasting safe for people with type 2 diabetes? Asking generally."),
    ("logistics", "Shipment {utrk} arrived at the {uci} hub at {utime}."),
    (
        "history",
        "The kasbahs near {ucl} date back several centuries and attract thousands of tourists.",
    ),
    (
        "prompt",
        "Write a polite reminder email for an unpaid invoice ({uinv}, {uprice}) without naming anyone.",
    ),
    ("support", "Error code 0x{uotp} when installing {uver}. Reinstall did not help."),
    (
        "company",
        "Essaouira Argan Co. ships worldwide from its workshop; order {uorder} is on its way.",
    ),
    ("ecommerce", "Part number {usku} replaces model {usku}. Price: {uprice}."),
    ("meeting", "Team sync moved to {udaten} at {utime}. Agenda: Q3 roadmap, hiring, budget."),
    ("security", "Firewall rule #{unum} updated; build {uver} deployed to staging."),
]

AR = [
    ("support", "مرحبا، أنا {na}، رقم هاتفي {pha}، لم يصلني الطلب رقم {uorder} بعد."),
    ("support", "السلام عليكم، المرجو تحديث عنوان التسليم إلى: {adar}. الاسم: {na}."),
    ("banque", "أرجو تحويل المبلغ إلى الحساب البنكي رقم {rib} باسم {na}."),
    (
        "banque",
        "طلب فتح حساب\nالاسم الكامل: {na}\nرقم البطاقة الوطنية: {cin}\nتاريخ الازدياد: {dobar}\nالعنوان: {adar}\nالهاتف: {pha}",
    ),
    ("banque", "تم رصد عملية مشبوهة على البطاقة {card} الخاصة بالزبون {na} من العنوان {ip}."),
    ("banque", "رقم الحساب الدولي (IBAN) للمستفيد {na}: {ibanma}"),
    (
        "rh",
        "مذكرة داخلية: الموظف {nam} [[UNION_MEMBERSHIP:((عضو في الاتحاد المغربي للشغل|منخرط في الكونفدرالية الديمقراطية للشغل|مندوب نقابي عن الاتحاد العام للشغالين))]]، ويطلب حضور اجتماع اللجنة.",
    ),
    (
        "rh",
        "شهادة عمل: نشهد أن السيد {nam}، المزداد بتاريخ {dobar}، والمسجل في الضمان الاجتماعي تحت رقم {cnss}، يعمل لدينا منذ سنة 2018.",
    ),
    (
        "rh",
        "أفادت الموظفة {naf} بأنها [[HEALTH:((حامل في شهرها السادس|تخضع لعلاج كيميائي|مصابة بداء السكري من النوع الأول))]] وتطلب تخفيف ساعات العمل.",
    ),
    (
        "rh",
        "خلال المقابلة صرح المرشح {nam} بأنه [[RELIGION_BELIEF:((يصلي الجمعة في المسجد|يصوم الاثنين والخميس|اعتنق المسيحية منذ سنوات))]].",
    ),
    (
        "clinique",
        "تذكير: موعدكم ((في قسم أمراض القلب|لدى طبيب الكلي|في مصلحة الأورام)) يوم {udatea} على الساعة {utime}. المريض: {na}.",
    ),
    (
        "clinique",
        "تقرير طبي: المريض {nam}، [[HEALTH:((يعاني من قصور كلوي ويخضع لتصفية الدم ثلاث مرات أسبوعيا|مصاب بارتفاع ضغط الدم ويتناول أملوديبين|أجرى عملية قلب مفتوح))]]، يقطن في {qa}.",
    ),
    (
        "clinique",
        "والدتي [[HEALTH:((مصابة بالزهايمر|تتلقى علاجا بالأنسولين|أجرت عملية استئصال الثدي))]] وتعيش معنا في {ca}، هل يمكن ترتيب زيارة منزلية؟",
    ),
    (
        "clinique",
        "نتيجة التحليل الجيني للسيدة {naf}: [[GENETIC:((حاملة لطفرة في جين BRCA1|حاملة لجين الثلاسيميا|إيجابية لمتلازمة لينش))]].",
    ),
    (
        "clinique",
        "ابننا [[GENETIC:((مصاب بمرض وراثي هو الضمور العضلي|ولد بمتلازمة داون|مصاب بفقر الدم المنجلي الموروث))]]، ونبحث عن جمعية في {ca} حيث نسكن.",
    ),
    (
        "clinique",
        "أجرى {nam} [[GENETIC:((فحص الحمض النووي لإثبات النسب|تحليلا جينيا قبل الزواج))]] وكانت النتيجة سلبية.",
    ),
    (
        "gouvernement",
        "طلب نسخة من عقد الازدياد\nالاسم العائلي: {la}\nالاسم الشخصي: {fa}\nتاريخ الازدياد: {dobar}\nمكان الازدياد: {ca}\nرقم البطاقة الوطنية: {cin}",
    ),
    (
        "gouvernement",
        "تجديد جواز السفر: {na}، رقم الجواز الحالي {pp}. سيتم أخذ [[BIOMETRIC:((البصمات العشر|بصمات الأصابع|صورة الوجه البيومترية))]] في الموعد.",
    ),
    (
        "gouvernement",
        "يتضمن السجل العدلي للمعني بالأمر {nam} [[CRIMINAL:((حكما بالسجن سنتين بتهمة السرقة|إدانة بالنصب والاحتيال|عقوبة موقوفة التنفيذ بسبب الضرب والجرح))]].",
    ),
    (
        "gouvernement",
        "تسجيل التلميذ {na}، رمز مسار {massar}، المزداد في {dobar}، ولي الأمر: {na}، الهاتف: {pha}.",
    ),
    (
        "école",
        "إلى السيد {nam}: تغيب ابنكم {fam} (رمز مسار {massar}) ثلاثة أيام لأنه [[HEALTH:((يعاني من الربو|مصاب بالصرع|يتابع علاجا نفسيا))]].",
    ),
    (
        "assurance",
        "تصريح بحادثة سير: المؤمن له {na}، السيارة رقم {plate}، محل السكنى {ca}، الهاتف {pha}.",
    ),
    (
        "assurance",
        "استمارة التأمين الصحي: يصرح المنخرط {nam} بأنه [[HEALTH:((يتناول أدوية لعلاج الاكتئاب|أصيب بجلطة دماغية سنة 2021|مريض بالتهاب الكبد الفيروسي))]].",
    ),
    (
        "police",
        "محضر استماع: {nam}، المزداد بتاريخ {dobar} ب{ca}، الساكن ب{adar}. [[CRIMINAL:((سبق أن أدين بتهمة الاتجار في المخدرات|قضى عقوبة حبسية مدتها ثمانية أشهر))]]. تم أخذ [[BIOMETRIC:((بصماته|عينة من حمضه النووي وبصماته))]].",
    ),
    (
        "police",
        "شكاية: أنا الموقعة أسفله {naf}، رقم البطاقة الوطنية {cin}، الساكنة ب{adar}، أبلغ عن سرقة هاتفي.",
    ),
    (
        "sécurité",
        "سجل الدخول: تعرف النظام على الموظف {na} عبر [[BIOMETRIC:((بصمة الإصبع|بصمة العين|التعرف على الوجه))]] على الساعة {utime}.",
    ),
    (
        "sécurité",
        "طلب {nam} حذف [[BIOMETRIC:((بصمته المسجلة|نموذج وجهه المحفوظ))]] من نظام الحضور.",
    ),
    (
        "libre",
        "أنا [[ETHNIC_ORIGIN:((من أصل أمازيغي سوسي|من أصل صحراوي|من أصول يهودية مغربية|من أصل إفريقي جنوب الصحراء))]] وأعتز بذلك.",
    ),
    (
        "libre",
        "جدي كان [[ETHNIC_ORIGIN:((ريفيا|من الحراطين|من أصل أندلسي))]]، ولهذا ما زالت لنا عائلة في {ca}.",
    ),
    (
        "libre",
        "[[POLITICAL_OPINION:((صوتت لحزب العدالة والتنمية|صوتت لحزب الاستقلال|انتخبت مرشح التجمع الوطني للأحرار))]] في الانتخابات الأخيرة ولست نادما.",
    ),
    (
        "libre",
        "أخي {fam} [[POLITICAL_OPINION:((ناشط في حزب الأصالة والمعاصرة|عضو في الحزب الاشتراكي الموحد|شارك في احتجاجات حركة 20 فبراير))]].",
    ),
    (
        "libre",
        "ابن عمي {fam} [[CRIMINAL:((خرج من السجن الشهر الماضي|محكوم عليه بخمس سنوات|متابع في قضية تزوير))]] ويبحث الآن عن عمل.",
    ),
    (
        "libre",
        "منذ أن [[RELIGION_BELIEF:((ارتديت الحجاب|أصبحت أصلي في المسجد|تركت الدين))]] تغيرت نظرة الناس إلي.",
    ),
    (
        "libre",
        "زوجي [[RELIGION_BELIEF:((شيعي|مسيحي|بهائي))]] وأنا [[RELIGION_BELIEF:سنية]]، ونربي أطفالنا على الاحترام.",
    ),
    (
        "syndicat",
        "استمارة انخراط: أنا الموقع أسفله {nam}، رقم البطاقة {cin}، [[UNION_MEMBERSHIP:((أنخرط في النقابة الوطنية للتعليم|أنضم إلى فرع الاتحاد المغربي للشغل))]]. تقتطع الاشتراكات من الحساب {rib}.",
    ),
    (
        "syndicat",
        "كان والدي [[UNION_MEMBERSHIP:((كاتبا عاما لنقابة عمال الموانئ|مندوبا نقابيا في المكتب الشريف للفوسفاط))]].",
    ),
    (
        "cv",
        "السيرة الذاتية\nالاسم: {na}\nالعنوان: {adar}\nالهاتف: {pha}\nالبريد الإلكتروني: {em}\nتاريخ الازدياد: {dobar}",
    ),
    (
        "email",
        "من: {em}\nالموضوع: شهادة طبية\n\nأرسل لكم شهادتي الطبية، فأنا [[HEALTH:((في عطلة مرضية بعد عملية جراحية|أتابع علاجا طبيعيا للعمود الفقري))]] حتى {udatea}.\n{na}",
    ),
    (
        "formulaire",
        "الاسم: {na}\nرقم البطاقة الوطنية: {cin}\nرقم جواز السفر: {pp}\nالهاتف: {pha}\nعنوان IP: {ip}",
    ),
    (
        "formulaire",
        "المقاولة: رقم التعريف الموحد {ice}، المسير: {na}، الحساب البنكي: {rib}، المقر الاجتماعي: {ucompaddr_ar}",
    ),
    ("immobilier", "عقد كراء بين {na} و{na} للشقة الكائنة ب{adar}، السومة الكرائية {upricea}."),
    ("voyage", "حجز فندق: {na}، القادم من {cia} حيث يقيم، رقم الجواز {pp}، الهاتف {phi}."),
    (
        "prompt",
        "أعد صياغة هذه الرسالة بأسلوب رسمي: «السيد {na}، المزداد في {dobar}، يطلب شهادة السكنى لعنوانه {adar}.»",
    ),
    (
        "prompt",
        "لخص هذا النص: «{na} [[ETHNIC_ORIGIN:((من أصل كردي|من أصول صحراوية))]]، وقد هاجر إلى {cia} سنة 2010.»",
    ),
    (
        "clinique",
        "أبي [[HEALTH:((يتناول دواء السيمفاستاتين للكوليسترول|يخضع للعلاج الإشعاعي|فقد بصره بسبب السكري))]] ويحتاج مرافقا.",
    ),
    (
        "libre",
        "صديقتي {faf} [[HEALTH:((حامل في الشهر الثالث|تعالج من سرطان الغدة الدرقية))]]، ادعوا لها.",
    ),
    ("courrier", "المرسل: {na}، {adar}\nالمرسل إليه: {ni}، {ai}"),
    ("télécom", "نقل الرقم {pha} من اسم {na} (رقم البطاقة {cin}) إلى اسم {na}."),
    ("auto", "للبيع: سيارة مسجلة تحت رقم {plate}، المالك {na}، الهاتف {pha}، السعر {upricea}."),
    (
        "libre",
        "انخرطت أختي {faf} [[POLITICAL_OPINION:((في شبيبة حزب التقدم والاشتراكية|في حملة حزب الاستقلال الانتخابية))]] هذا العام.",
    ),
    (
        "libre",
        "زوجة أخي [[ETHNIC_ORIGIN:((من أصل سوداني|أمازيغية من الأطلس المتوسط))]] وتتكلم ثلاث لغات.",
    ),
    # look-alikes only, no label
    (
        "ecommerce",
        "تم شحن طلبكم رقم {uorder} بتاريخ {udatea}، رقم التتبع {utrk}، المبلغ الإجمالي {upricea}.",
    ),
    ("santé", "ما هي أعراض ارتفاع ضغط الدم وكيف يمكن الوقاية منه؟"),
    ("religion", "ما هو موعد صلاة العيد هذا العام؟"),
    ("politique", "كم عدد المقاعد التي حصل عليها كل حزب في الانتخابات التشريعية الأخيرة؟"),
    ("météo", "يتوقع هطول أمطار غزيرة على {uca} ونواحيها خلال نهاية الأسبوع."),
    ("voyage", "ما هي أفضل وسيلة للتنقل بين {uca} و{uca}؟"),
    ("entreprise", "يوجد المقر الاجتماعي للشركة في {ucompaddr_ar}."),
    ("facturation", "الفاتورة رقم {uinv} بتاريخ {udatea}، المبلغ {upricea}."),
    ("banque", "مرجع العملية: {ufakerib}، الحالة: قيد المعالجة."),
    ("génétique", "هل التحليل الجيني قبل الزواج إلزامي في المغرب؟"),
    ("syndicat", "ما هي أكبر النقابات العمالية تمثيلية في القطاع الخاص؟"),
    ("sport", "فاز فريق الرجاء البيضاوي على منافسه بهدفين مقابل هدف."),
    ("justice", "كيف يمكن الحصول على نسخة من السجل العدلي عبر الإنترنت؟"),
    ("télécom", "تم تفعيل باقة الإنترنت، رمز التأكيد {uotp}، رقم IMEI للجهاز {uimei}."),
    ("sécurité", "هل بصمة الوجه في الهواتف أكثر أمانا من الرمز السري؟"),
    ("histoire", "تعد مدينة {uca} من أقدم المدن المغربية ويزورها آلاف السياح سنويا."),
]

DJ = [
    (
        "support",
        "salam, ana {nlow}, l commande {uorder} mazal ma wslatnich, 3afak 3iyet lia f {ph}",
    ),
    ("support", "slm khoya, bghit nbeddel l'adresse dyal livraison: {addj}. smiti {nl}"),
    ("support", "wach momkin tbeddlo lia numero? jdid howa {ph}, smiya {nlow}, cin {cinl}"),
    ("banque", "sift lia l flous 3la had rib: {rib} b smiyti {nl}, choukran bzaf"),
    ("banque", "3afak blokiw lia l carte {card}, t9adat lia f tobis lbar7"),
    ("banque", "khouya {flm} sift lik l IBAN dyalo: {ibanma}, dir lih virement"),
    (
        "rh",
        "l'mudir 9al lia {nlm} [[UNION_MEMBERSHIP:((dakhel f nniqaba dyal UMT|m3a CDT mn 2019|mndoub niqabi f l'usine))]], dakchi 3lach kaybghiwh y7dar f l'ijtima3",
    ),
    (
        "rh",
        "{flf} 9alt l chef dyalha beli hiya [[HEALTH:((7amla f chhar 4|kat3alej mn sokkar|kat9ra b l'insuline))]], bghat t9ser mn l'horaire",
    ),
    (
        "rh",
        "sa7bi {flm} [[RELIGION_BELIEF:((kaysalli f lkhdma|kaysom ttnin w lkhmis|wlla masi7i))]] w chi wa7din kaydwiw 3lih",
    ),
    (
        "clinique",
        "salam doktor, bba [[HEALTH:((3ando lkla w kaydir dialyse|3ando tension w kaykhod dwa kol nhar|dar opération f 9elbo))]], wach n9dro njiw nhar {udate}?",
    ),
    (
        "clinique",
        "mmi [[HEALTH:((fiha l'alzheimer|fiha sokkar w kat9ra b l'insuline|kat3alej mn cancer))]] w sakna m3ana f {qd}",
    ),
    (
        "clinique",
        "bnti {flf} [[HEALTH:((kaydrbha ddi9a dyal asthme f lil|3ndha l'épilepsie|fiha l'allergie dyal l'gluten))]], wach kayn chi tbib 9rib?",
    ),
    (
        "clinique",
        "drna [[GENETIC:((test ADN|t7lil jini))]] ana w mrati {flf} 9bel zwaj, tla3 [[GENETIC:((jouj bina porteurs dyal thalassémie|ana porteur dyal drépanocytose))]]",
    ),
    (
        "clinique",
        "weldi [[GENETIC:((fih mard wirathi f l3dam|tzad b trisomie 21|fih myopathie wirathiya mn jihti))]], kanbghiw chi jam3iya f {cd} fin saknin",
    ),
    (
        "gouvernement",
        "bghit ndir passeport jdid, l9dim ra9m dyalo {pp}, w 9alo lia khassni n3ti [[BIOMETRIC:((bsmat dyal sab3in|les empreintes|tswira dyal wjhi l biométrique))]]",
    ),
    (
        "gouvernement",
        "khouya {flm} [[CRIMINAL:((dkhel l7bs 3amayn 3la sar9a|t7kem 3lih b 6 chhor|3ando sawabi9 f drogue))]], w daba ma bghawch y3tiwh fiche anthropométrique n9iya",
    ),
    (
        "gouvernement",
        "weldi {fl}, code massar dyalo {massar}, tzad {dobdj}, bghit nsajlo f l'école",
    ),
    ("gouvernement", "smiti {nl}, tzadt {dobdj} f {cd}, cin dyali {cinl}"),
    (
        "assurance",
        "slm, drbatni tomobil f l'feu, l matricule dyalha {plate}, ana {nl}, sakn f {qd}, nmra {ph}",
    ),
    (
        "assurance",
        "l'assurance bghat t3ref wach [[HEALTH:((3andi chi mard mzmen|kanakhod chi dwa dyal l'a3sab))]], 9ltlhom ah ana [[HEALTH:((3andi tension|kandir traitement dyal dépression))]]",
    ),
    (
        "police",
        "chriki {flm} [[CRIMINAL:((t9bed 3lih l'bolis l'simana li fatet|tsjen 8 chhor 3la nasb|3ando mandat d'arrêt))]], w khdaw lih [[BIOMETRIC:((bsmatou|l'ADN w tswira))]]",
    ),
    ("police", "ana {nlow}, cin {cinl}, sakn f {addj}, bghit ndir chikaya 3la sar9a dyal tilifoun"),
    (
        "sécurité",
        "l pointeuse jdida f lkhdma katkhdem b [[BIOMETRIC:((bsma dyal sba3|l wjh|l3in))]], w {flf} rfdat t3tihom [[BIOMETRIC:((bsmatha|tswira dyal wjhha))]]",
    ),
    (
        "libre",
        "ana [[ETHNIC_ORIGIN:((amazighi mn sous|sahrawi|rifi mn nador|mn ousoul yahoudiya))]] w fkhour b rasi",
    ),
    (
        "libre",
        "jddi kan [[ETHNIC_ORIGIN:((chel7 mn tafraout|7artani mn dra3|jebli))]], 3lach mazal 3andna l3a2ila f {cd}",
    ),
    (
        "libre",
        "ana [[POLITICAL_OPINION:((sawtt 3la PJD|sawtt l l'Istiqlal|kont m3a 20 février))]] w ma ndemtch",
    ),
    (
        "libre",
        "{flf} 9alt lia hiya [[POLITICAL_OPINION:((m3a RNI|militante f PSU|kat sowt dima l ysar))]], tkhasmna 3la siyasa",
    ),
    (
        "libre",
        "wld 3mmi {flm} [[CRIMINAL:((khrej mn l7bs had chhar|m7koum b 5 snin|metabe3 f tazwir))]]",
    ),
    (
        "libre",
        "mli [[RELIGION_BELIEF:((lbest l7ijab|wllit kansalli f jame3|khrejt mn dine))]] nnas tbdlo m3aya",
    ),
    (
        "libre",
        "rajli [[RELIGION_BELIEF:((chi3i|masi7i|ma kaysomch ramdan 7it mla7id))]] w ana [[RELIGION_BELIEF:((sunniya|kansalli))]], w 3adi",
    ),
    (
        "syndicat",
        "ana {nl}, cin {cinl}, bghit [[UNION_MEMBERSHIP:((ndkhel l niqaba dyal ta3lim|nsjel f UGTM))]], l'cotisation tkhroj mn rib {rib}",
    ),
    (
        "syndicat",
        "bba kan [[UNION_MEMBERSHIP:((kateb 3am dyal niqaba f lmarsa|mndoub niqabi f OCP))]] mn zman",
    ),
    ("cv", "CV\n{nl}\n{addj}\ntel: {ph}\nmail: {em}\ntzadt {dobdj}"),
    (
        "email",
        "slm {flf}, ha numero dyal khti {nl}: {ph}, w l'email dyalha {em}. daba sakna f {qd}",
    ),
    ("formulaire", "smiya: {nl}\ncin: {cinl}\ntel: {ph}\ncnss: {cnss}\nip: {ip}"),
    ("formulaire", "ICE dyal charika: {ice}, gérant {nl}, rib {rib}"),
    ("immobilier", "kankri stoudyo, tsel biya {nlow} f {ph}, 9rib l gare dyal {ucd}"),
    ("immobilier", "l'contrat dyal lkra bin {nl} w {nl}, dar f {addj}, lkra {uprice}"),
    ("voyage", "ana {ni}, jay mn {ci} fin sakn, 3afak jiw 3liya l'matar, whatsapp {phi}"),
    (
        "prompt",
        "traduire had lmessage l français: « {nl} [[HEALTH:((fih cancer w kaydir chimio|dar opération f rkbto))]], ma ghadich yji l khdma »",
    ),
    (
        "prompt",
        "dir lia résumé: « {nl} [[ETHNIC_ORIGIN:((mn ousoul sahrawiya|chel7 mn souss))]], tzad {dobdj}, w sakn f {cd} »",
    ),
    ("courrier", "l'colis mn {nl}, {addj}, l {ni}, {ai}"),
    ("télécom", "bghit n7awel numero {ph} mn smiyti {nl} l smiyt khti {nl}"),
    ("auto", "kanbi3 tomobil, matricule {plate}, smiti {nl}, nmra {ph}, taman {uprice}"),
    (
        "libre",
        "sa7bti {flf} [[HEALTH:((7amla!!|dkhlat sbitar b l'appendicite|kat3alej 3nd psychiatre))]] 🙏",
    ),
    (
        "libre",
        "ana [[HEALTH:((kanakhod dwa dyal ghodda|wa9ef 3la chimio mn ramdan|3andi rendez-vous m3a psychiatre nhar lkhmis))]] w mstressi chwiya",
    ),
    (
        "libre",
        "khti {flf} [[POLITICAL_OPINION:((dakhla f chabiba dyal PAM|katdir campagne l Istiqlal))]] had l3am",
    ),
    (
        "libre",
        "mrat khouya [[ETHNIC_ORIGIN:((mn senegal asln|amazighiya mn atlas))]] w kat hder 3 lou8at",
    ),
    ("email", "slm, ana {nl}, l'IBAN dyali f fransa {ibanfr}, 3afak sift lia tm"),
    ("libre", "ip dyal serveur dyali {ip}, ajouter lia {flow} 3afak"),
    # look-alikes only, no label
    ("ecommerce", "l commande {uorder} tsiftat nhar {udate}, suivi {utrk}, taman {uprice}"),
    ("santé", "chno homa l a3rad dyal sokkar? w kifach nt9a mno?"),
    ("religion", "imta kaybda ramdan had l3am?"),
    ("politique", "chkoun rbe7 f l intikhabat dyal 2021?"),
    ("météo", "ghadi tkoun sh7ab w chta f {ucd} ghedda"),
    ("voyage", "chno a7ssan tri9 bach nmchi mn {ucd} l {ucd}? train wla car?"),
    ("sport", "raja rb7at 2-1 lbar7, match wa3r!"),
    ("entreprise", "charika kayna f {ucompaddr}, kat7el mn 9 l 6"),
    ("ecommerce", "l'article {usku} ma b9ach f stock, ghadi yrje3 nhar {udate}"),
    ("banque", "référence dyal l'opération {ufakerib}, mazal f l'attente"),
    ("télécom", "tfe3lat lik l'offre 20 Go, code {uotp}, IMEI {uimei}"),
    ("génétique", "wach test ADN dyal l'origine kaykoun s7i7?"),
    ("syndicat", "chno far9 bin UMT w CDT?"),
    ("justice", "ch7al kaykhd lwa9t bach tkhrej fiche anthropométrique?"),
    ("support", "l'version {uver} sl7at l bug, ticket {utkt} tsed"),
    ("histoire", "lmdina l9dima dyal {ucd} 9dima bzaf w fiha bzaf dyal touristes"),
]

DJA = [
    ("support", "السلام، أنا {na}، الكوموند {uorder} مازال ما وصلاتنيش، عيطو ليا ف {pha}"),
    ("support", "بغيت نبدل العنوان ديال التوصيل: {addja}، سميتي {na}"),
    ("banque", "صيفط ليا الفلوس لهاد الريب: {rib} بسميتي {na}، الله يخليك"),
    ("banque", "عافاك بلوكي ليا لاكارط {card}، تسرقات ليا البارح"),
    (
        "rh",
        "المدير قال ليا {nam} [[UNION_MEMBERSHIP:((داخل فالنقابة ديال UMT|مع الكدش من 2019|مندوب نقابي فالشركة))]]",
    ),
    (
        "rh",
        "{faf} قالت للشاف ديالها بلي هي [[HEALTH:((حاملة فالشهر الخامس|كتتعالج من السكر|كتقرا بالأنسولين))]]",
    ),
    (
        "rh",
        "صاحبي {fam} [[RELIGION_BELIEF:((كيصلي فالخدمة|كيصوم الاثنين والخميس|ولا مسيحي))]] وشي وحدين كيهضرو عليه",
    ),
    (
        "clinique",
        "السلام دكتور، بابا [[HEALTH:((عندو الكلاوي وكيدير الدياليز|عندو الطونسيو وكياخد الدوا كل نهار|دار عملية فالقلب))]]، واش نقدرو نجيو نهار {udatea}؟",
    ),
    (
        "clinique",
        "مي [[HEALTH:((فيها الزهايمر|فيها السكر|كتتعالج من الكونسير))]] وساكنة معانا ف{qa}",
    ),
    (
        "clinique",
        "درنا [[GENETIC:((تحليل الدم الجيني|تيست ADN))]] أنا ومراتي قبل العرس، وطلع [[GENETIC:((بجوج حاملين ديال الثلاسيميا|أنا حامل ديال الأنيميا المنجلية))]]",
    ),
    (
        "clinique",
        "ولدي [[GENETIC:((فيه مرض وراثي فالعضلات|تزاد بالتريزومي|فيه الهيموفيليا اللي ورثها من جهة مو))]]، ساكنين ف{ca}",
    ),
    (
        "gouvernement",
        "بغيت نجدد الباسبور، النمرة ديال القديم {pp}، وقالو ليا خاصني نعطي [[BIOMETRIC:((البصمات ديال الصبعين|التصويرة البيومترية ديال وجهي))]]",
    ),
    (
        "gouvernement",
        "خويا {fam} [[CRIMINAL:((دخل الحبس عامين على السرقة|تحكم عليه بستة شهور|عندو سوابق فالدروگ))]]، ودابا ما بغاوش يعطيوه السجل العدلي نقي",
    ),
    ("gouvernement", "ولدي {fa}، كود مسار {massar}، تزاد {dobar}، بغيت نسجلو فالمدرسة"),
    ("gouvernement", "سميتي {na}، تزاديت {dobar} ف{ca}، ورقم لاكارط ديالي {cin}"),
    (
        "assurance",
        "ضربتني طوموبيل فالضو، الماتريكول ديالها {plate}، أنا {na}، ساكن ف{qa}، النمرة {pha}",
    ),
    (
        "police",
        "صاحبي {fam} [[CRIMINAL:((شدو البوليس السيمانة اللي فاتت|تسجن تمنية شهور على النصب|عندو مذكرة بحث))]]، وخداو ليه [[BIOMETRIC:((البصمات|ADN والتصويرة))]]",
    ),
    ("police", "أنا {na}، رقم لاكارط {cin}، ساكن ف{addja}، بغيت ندير شكاية على سرقة التيليفون"),
    (
        "sécurité",
        "البوانتوز الجديدة فالخدمة خدامة ب[[BIOMETRIC:((البصمة ديال الصبع|الوجه|العين))]]، و{faf} ما بغاتش تعطيهم بصمتها",
    ),
    (
        "libre",
        "أنا [[ETHNIC_ORIGIN:((شلح من سوس|صحراوي|ريفي من الناظور|من أصل يهودي))]] وفرحان براسي",
    ),
    (
        "libre",
        "جدي كان [[ETHNIC_ORIGIN:((شلح من تافراوت|حرطاني من درعة|جبلي))]]، وعلاش باقا عندنا العائلة ف{ca}",
    ),
    (
        "libre",
        "أنا [[POLITICAL_OPINION:((صوتت على البيجيدي|صوتت للاستقلال|كنت مع 20 فبراير))]] وما ندمتش",
    ),
    (
        "libre",
        "{faf} قالت ليا هي [[POLITICAL_OPINION:((مع الأحرار|مناضلة فالحزب الاشتراكي الموحد|ديما كتصوت لليسار))]]",
    ),
    (
        "libre",
        "ولد عمي {fam} [[CRIMINAL:((خرج من الحبس هاد الشهر|محكوم بخمس سنين|متابع فقضية التزوير))]]",
    ),
    (
        "libre",
        "ملي [[RELIGION_BELIEF:((لبست الحجاب|وليت كنصلي فالجامع|خرجت من الدين))]] الناس تبدلو معايا",
    ),
    (
        "syndicat",
        "أنا {na}، رقم لاكارط {cin}، بغيت [[UNION_MEMBERSHIP:((ندخل للنقابة ديال التعليم|نتسجل فالاتحاد العام))]]",
    ),
    (
        "syndicat",
        "بابا كان [[UNION_MEMBERSHIP:((كاتب عام ديال النقابة فالمرسى|مندوب نقابي فالفوسفاط))]] من زمان",
    ),
    ("cv", "سي في\n{na}\n{addja}\nالتيليفون: {pha}\nالإيميل: {em}\nتزاديت {dobar}"),
    ("formulaire", "السمية: {na}\nلاكارط: {cin}\nالتيليفون: {pha}\nالضمان الاجتماعي: {cnss}"),
    ("immobilier", "كنكري ستوديو، تصل بيا {na} ف{pha}، قريب من لاكار ديال {uca}"),
    ("voyage", "أنا {na}، جاي من {cia} فين ساكن، عافاك جيو عليا للمطار، الواتساب {phi}"),
    (
        "prompt",
        "ترجم ليا هاد الميساج للفرنسية: «{na} [[HEALTH:((فيه الكونسير وكيدير الشيميو|دار عملية فالركبة))]]، ما غاديش يجي للخدمة»",
    ),
    ("télécom", "بغيت نحول النمرة {pha} من سميتي {na} لسمية ختي {na}"),
    ("auto", "كنبيع طوموبيل، الماتريكول {plate}، سميتي {na}، النمرة {pha}"),
    (
        "libre",
        "صاحبتي {faf} [[HEALTH:((حاملة!!|دخلات السبيطار بالزايدة|كتتعالج عند طبيب نفساني))]]",
    ),
    (
        "libre",
        "ختي {faf} [[POLITICAL_OPINION:((دخلات للشبيبة ديال البام|كدير الحملة للاستقلال))]] هاد العام",
    ),
    (
        "libre",
        "مرات خويا [[ETHNIC_ORIGIN:((سينيغالية الأصل|أمازيغية من الأطلس))]] وكتهضر تلاتة ديال اللغات",
    ),
    ("banque", "خويا {fam} صيفط ليك الإيبان ديالو: {ibanma}، دير ليه الفيرمة"),
    ("formulaire", "الشركة: ICE {ice}، الكيران {na}، الريب {rib}"),
    (
        "libre",
        "أنا [[HEALTH:((كناخد دوا ديال الغدة|حبست الشيميو من رمضان|عندي موعد مع طبيب نفساني))]] ومقلق شوية",
    ),
    (
        "libre",
        "راجلي [[RELIGION_BELIEF:((شيعي|مسيحي|ما كيصومش رمضان))]] وأنا [[RELIGION_BELIEF:((سنية|كنصلي))]]، وعادي",
    ),
    (
        "clinique",
        "خاي {fam} دار [[GENETIC:((تحليل ADN باش يتأكد من الأبوة|تحليل جيني على مرض القلب اللي فالعائلة))]]",
    ),
    # look-alikes only, no label
    ("ecommerce", "الكوموند {uorder} تصيفطات نهار {udatea}، السويفي {utrk}، الثمن {upricea}"),
    ("santé", "شنو هوما الأعراض ديال السكر؟ وكيفاش نتقاو منو؟"),
    ("religion", "إمتى كيبدا رمضان هاد العام؟"),
    ("politique", "شكون ربح فالانتخابات ديال 2021؟"),
    ("météo", "غادي تكون الشتا ف{uca} غدا"),
    ("voyage", "شنو أحسن طريق باش نمشي من {uca} ل{uca}؟"),
    ("sport", "الوداد ربح البارح جوج لواحد، ماتش واعر"),
    ("entreprise", "الشركة كاينة ف{ucompaddr_ar}، كتحل من 9 حتى ل6"),
    ("banque", "المرجع ديال العملية {ufakerib}، مازال فالانتظار"),
    ("télécom", "تفعلات ليك الأوفر، الكود {uotp}، IMEI {uimei}"),
    ("génétique", "واش تحليل ADN ديال الأصل كيكون صحيح؟"),
    ("justice", "شحال كياخد الوقت باش تخرج السجل العدلي؟"),
    ("histoire", "المدينة القديمة ديال {uca} قديمة بزاف وفيها السياح"),
]

MX = [
    (
        "support",
        "Bonjour, ana {nl}, j'ai un souci m3a la commande {uorder}, ma wslatnich. Mon numéro: {ph}",
    ),
    ("support", "Salam, svp changez l'adresse de livraison: {adfr}. Merci bzaf, {fl}"),
    ("support", "hi, my account is under {nl}, CIN {cin}, and l'app kat9oul 'error' depuis {uver}"),
    (
        "banque",
        "Salam, voici mon RIB {rib}, b smiyti {nl}. Merci de faire le virement avant {udate}.",
    ),
    ("banque", "La carte {card} tsra9at lia, please block it asap. C'est {nl}."),
    ("banque", "Pour le transfert from Europe, l'IBAN dyali: {iban}. Titulaire {nl}."),
    (
        "rh",
        "Note RH: {nlm} [[UNION_MEMBERSHIP:((rah délégué syndical CDT|dakhel f UMT depuis 2020|membre du bureau syndical))]], donc il doit être convoqué f la réunion.",
    ),
    (
        "rh",
        "{flf} a informé son manager qu'elle est [[HEALTH:((7amla f 3 chhor|sous traitement pour un lupus|en chimio))]], elle demande du télétravail.",
    ),
    (
        "rh",
        "FYI, {ni} asked for Friday afternoons off because he [[RELIGION_BELIEF:((kaysalli l jem3a|attends Friday prayers at the mosque))]].",
    ),
    (
        "clinique",
        "Docteur, mon père [[HEALTH:((kaydir dialyse 3 fois par semaine|a fait un AVC l'année dernière|3ando Parkinson))]], wach possible une visite à domicile f {ql}?",
    ),
    (
        "clinique",
        "Salam, j'ai besoin d'un renouvellement d'ordonnance, [[HEALTH:((kan9ra b Metformine|kanakhod Lévothyrox|je prends du lithium))]] depuis 2018.",
    ),
    (
        "clinique",
        "Résultat dyal l'analyse génétique: {nl} est [[GENETIC:((porteur du gène de la thalassémie|positif BRCA2|porteuse de l'hémophilie))]]. Khassna conseil génétique.",
    ),
    (
        "clinique",
        "Our daughter [[GENETIC:((3ndha mucoviscidose héréditaire|was born with Down syndrome|has a genetic heart condition mn l3a2ila))]], we live in {cl}.",
    ),
    (
        "gouvernement",
        "Demande CNIE: {nup}, tzad {dobfr} f {cl}, ancienne CIN {cin}. Prise [[BIOMETRIC:((d'empreintes|des bsmat|de photo biométrique))]] le {udate}.",
    ),
    (
        "gouvernement",
        "Mon cousin {fl} [[CRIMINAL:((a fait 3 ans f l7bs|t7kem 3lih pour vol|a un casier judiciaire))]], est-ce qu'il peut demander un passeport?",
    ),
    (
        "gouvernement",
        "Inscription: élève {nl}, code Massar {massar}, né le {dobfr}, tuteur {nl} ({ph}).",
    ),
    ("assurance", "Sinistre: la voiture {plate} dyal {nl} drbatha taxi f {ql}. Contact: {ph}."),
    (
        "assurance",
        "Questionnaire: l'assuré {nl} déclare qu'il [[HEALTH:((3ando sokkar type 2|a une hépatite B|est asthmatique))]].",
    ),
    (
        "police",
        "PV: {nup}, demeurant {addj}, [[CRIMINAL:((déjà condamné pour trafic|sorti de prison f 2022))]]. On a pris [[BIOMETRIC:((ses empreintes|un prélèvement ADN))]].",
    ),
    (
        "sécurité",
        "Login alert: {em} connecté depuis {ip}, wach nta hada? Sinon change ton mot de passe.",
    ),
    (
        "sécurité",
        "La nouvelle pointeuse utilise [[BIOMETRIC:((la reconnaissance faciale|l'empreinte digitale))]] dyal {nl}, w howa ma bghach.",
    ),
    (
        "libre",
        "Moi je suis [[ETHNIC_ORIGIN:((amazigh mn Souss|d'origine sahraouie|rifi))]], w kanhder tachelhit m3a lwalida.",
    ),
    (
        "libre",
        "My grandpa was [[ETHNIC_ORIGIN:((juif marocain mn Essaouira|a Haratine from Tafilalet|Jebli))]], so we still have family f {cl}.",
    ),
    (
        "libre",
        "J'ai [[POLITICAL_OPINION:((voté PJD|voté pour le RNI|sawtt 3la PAM))]] f les élections, w ma ndemtch.",
    ),
    (
        "libre",
        "{fl} rah [[POLITICAL_OPINION:((militant f Annahj|m3a Fédération de la gauche|supporter of the Istiqlal party))]], ghir khellih.",
    ),
    (
        "libre",
        "Khouya {fl} [[CRIMINAL:((sortit de prison had chhar|was convicted of fraud|3ando sawabi9))]], il cherche du boulot.",
    ),
    (
        "libre",
        "Depuis que [[RELIGION_BELIEF:((lbest l7ijab|je fais la prière|I converted to Christianity))]], ma famille a changé m3aya.",
    ),
    (
        "syndicat",
        "Je soussigné {nl}, CIN {cin}, [[UNION_MEMBERSHIP:((bghit nadhère à l'UGTM|adhère au syndicat national de la santé))]]. Cotisation: RIB {rib}.",
    ),
    (
        "cv",
        "CV — {nl}\nAdresse: {adfr}\nTél: {ph} | {em}\nDate de naissance: {dobfr}\nSkills: Excel, SAP, darija, français, English",
    ),
    (
        "email",
        "Hi {fl},\nvoici les coordonnées dyal khti: {nl}, {em}, {ph}. Elle habite daba f {ql}.\nBises",
    ),
    ("formulaire", "Nom: {nl} | CIN: {cin} | CNSS: {cnss} | Tél: {ph} | IP: {ip}"),
    ("formulaire", "Fournisseur: ICE {ice}, responsable {nl}, RIB {rib}, siège {ucompaddr}"),
    ("immobilier", "Appart à louer f {ucl}, contact {nl} {ph}, pas d'agence svp"),
    ("voyage", "Hello, I'm {ni}, kan sakn f {ci}, j'arrive le {udate} au riad. WhatsApp: {phi}"),
    ("voyage", "Réservation pour {ni}, passport {pp}, flight {uflight}, chambre double, 3 nuits."),
    ("prompt", "Traduis en darija: « {ni} lives at {ai_us}, his phone is {phi} »"),
    (
        "prompt",
        "Can you anonymise this? « {nl}, tzad {dobfr}, sakn f {adfr}, [[HEALTH:((fih cancer du poumon|séropositif))]] »",
    ),
    (
        "prompt",
        "Fais un résumé: le client {nl} (carte {card}) a appelé 3 fois, il dit que l'agent {fl} ma jawbouch.",
    ),
    ("courrier", "Envoi DHL: from {nl}, {adfr} to {ni}, {ai}. Contenu: documents."),
    ("courrier", "Colis pour khti f l'étranger: {ni}\n{ai_uk}\ntel {phi}"),
    ("courrier", "Adresse dyal mon frère f Japon: {ai_jp}. Smiyto {nl}."),
    ("courrier", "Please ship to my aunt: {nl}, {ai_br}"),
    ("ecommerce", "Order {uorder}: livrer à {nl}, {addj}. Paiement à la livraison {uprice}."),
    ("télécom", "Transfert de ligne {ph} mn {nl} l {nl}, CIN {cin}."),
    ("auto", "Nbi3 Clio 4, matricule {plate}, 2018, {uprice}, contact {nl} {ph}"),
    (
        "libre",
        "{flf} m3a rajlha [[RELIGION_BELIEF:((they're both practising Catholics|kaysomo ramdan kamel|they go to the synagogue f Casa))]], w 3adi.",
    ),
    (
        "libre",
        "Ana [[HEALTH:((en dépression depuis 2 ans|diabétique w kanakhod l'insuline|HIV positive))]], ma bghitch nnas y3arfo.",
    ),
    (
        "libre",
        "Sa7bi {fl} [[UNION_MEMBERSHIP:((joined the union f l'usine|rah m3a UMT))]] w daba l'patron kayhdedo.",
    ),
    (
        "libre",
        "Mon voisin [[ETHNIC_ORIGIN:((senegalais d'origine|kurde|afro-marocain mn Drâa))]] et sa femme sont très gentils.",
    ),
    (
        "clinique",
        "Notre fils {fl} [[GENETIC:((did a genetic test, result: Fragile X|3ndo maladie génétique rare))]], on cherche un spécialiste.",
    ),
    (
        "sécurité",
        "Le système a enregistré [[BIOMETRIC:((l'iris|la voix|le visage))]] dyal {nl} f l'entrée, à {utime}.",
    ),
    ("email", "Objet: changement d'adresse\nSalam, ma nouvelle adresse: {adar}. {na}"),
    ("formulaire", "Name: {na} / الاسم: {na}\nDOB: {dobar}\nTel: {pha}"),
    (
        "libre",
        "صاحبي {fam} [[POLITICAL_OPINION:((voted for the PJD|كيصوت ديما للاستقلال))]], w ana la",
    ),
    (
        "libre",
        "Ma tante {flf} [[HEALTH:((a un cancer du sein|fiha tension w sokkar))]] w sakna f {cl}.",
    ),
    ("libre", "T9der tsift lia l'IP dyal server? c'est {ip} ou {ip}?"),
    ("libre", "weldi {fl} [[HEALTH:((3ndo autisme|est épileptique))]], wach l'école kat9bel?"),
    ("police", "Victim statement: ana {nl}, living at {adfr}, my phone ({uimei}) tsra9 lia."),
    # look-alikes only, no label
    (
        "ecommerce",
        "Commande {uorder} expédiée le {udate}, suivi {utrk}, total {uprice}. Merci bzaf!",
    ),
    ("santé", "Chno homa les symptômes dyal l'hypertension? Asking for a school project."),
    ("religion", "Imta kaybda Ramadan this year, wach 3ndkom la date?"),
    ("politique", "Which party won the most seats f les élections 2021?"),
    ("météo", "Il va faire chta bzaf f {ucl} demain, prenez vos parapluies."),
    ("voyage", "Best way to go mn {ucl} l {ucl}, train wla bus?"),
    ("sport", "Le {ubrand} rb7 hier soir, what a game!"),
    ("entreprise", "Notre bureau kayn f {ucompaddr}, open 9am-6pm."),
    ("ecommerce", "L'article {usku} out of stock, kayrje3 le {udate}."),
    ("banque", "Référence {ufakerib}, status: pending, montant {uprice}."),
    ("télécom", "Offre activée, code {uotp}, IMEI {uimei}, version {uver}."),
    ("génétique", "Est-ce que les tests ADN d'ancestry sont fiables? Wach kaynin f Maroc?"),
    ("syndicat", "What's the difference between UMT w CDT?"),
    ("justice", "Ch7al de temps pour obtenir un casier judiciaire online?"),
    ("support", "Bug fixed f {uver}, ticket {utkt} closed."),
    ("facturation", "Facture {uinv}, total {uprice}, échéance {udate}. Merci de payer avant."),
    ("histoire", "La médina dyal {ucl} is a UNESCO site, bzaf dyal touristes."),
    ("logistique", "Colis {utrk} f centre de tri {ucl}, livraison {udate}."),
    ("biométrie", "Wach face ID safe kter mn PIN code? Just curious."),
]

FR += [
    (
        "banque",
        "Dossier de crédit n° {utkt}\nEmprunteur : {nl}\nCNSS : {cnss}\nEmployeur (ICE) : {ice}\nIBAN de versement : {iban}\nCarte associée : {card}",
    ),
    (
        "fiscalité",
        "Auto-entrepreneur {nl}, ICE {ice}, règlement par carte {card} le {udate} pour la facture {uinv}.",
    ),
    (
        "rh",
        "Compte rendu du conseil de discipline : {nl} [[UNION_MEMBERSHIP:((représente la section syndicale ODT|siège au bureau de l'UMT))]] ; il rappelle qu'il [[POLITICAL_OPINION:((est militant de la Fédération de la gauche démocratique|a été candidat de l'USFP aux communales))]] et dénonce une sanction politique.",
    ),
    (
        "libre",
        "Dans ma famille on est [[ETHNIC_ORIGIN:((des Soussis|d'origine rifaine|d'origine gnawa))]], mon père [[POLITICAL_OPINION:((vote pour le parti de l'Istiqlal depuis toujours|boycotte toutes les élections par conviction))]] et ma mère [[RELIGION_BELIEF:((est soufie de la zaouïa|pratique un islam très discret))]].",
    ),
    (
        "sécurité",
        "Registre biométrique — {nl} : [[BIOMETRIC:((empreintes digitales|iris gauche et droit))]] enregistrés le {udate} ; {nl} : [[BIOMETRIC:((modèle facial|empreinte palmaire))]] refusé.",
    ),
    (
        "police",
        "Fiche de recherche : {nup}, né le {dobfr}, [[ETHNIC_ORIGIN:((d'origine subsaharienne selon le témoin|de type nord-africain selon la plainte))]], [[CRIMINAL:((déjà condamné pour vol avec violence|récidiviste en matière d'escroquerie))]]. Véhicule : {plate}.",
    ),
    (
        "école",
        "Bulletin : {nl} — Massar {massar}. Frère inscrit : {nl} — Massar {massar}. Contact parent : {em}.",
    ),
    (
        "clinique",
        "Consultation génétique : {nl} et sa sœur {fl} ont [[GENETIC:((le même variant du gène MEFV|hérité de la mutation du gène HBB))]] ; leur père est [[GENETIC:((porteur sain|homozygote pour la mutation))]].",
    ),
    (
        "cv",
        "Expériences associatives : [[UNION_MEMBERSHIP:((membre du syndicat national des ingénieurs|trésorier de la section CDT))]] (2017-2021) ; [[POLITICAL_OPINION:((bénévole pour la campagne du PPS|militant à la jeunesse du RNI))]].",
    ),
]
EN += [
    (
        "payroll",
        "Payroll file: {nl}, CNSS {cnss}, employer ICE {ice}, salary to IBAN {iban}, corporate card {card}.",
    ),
    (
        "invoice",
        "Supplier {nl} (ICE {ice}) was paid by card {card} on {udaten}. Bank: IBAN {iban}.",
    ),
    (
        "hr",
        "Grievance: {ni} says she was sidelined after it became known that she [[UNION_MEMBERSHIP:((had joined the Unite union|was a steward for the GMB))]] and [[POLITICAL_OPINION:((campaigned for the Greens|canvassed for Labour))]].",
    ),
    (
        "free",
        "Me: [[ETHNIC_ORIGIN:((half Sahrawi, half Spanish|Berber on my mum's side))]], [[RELIGION_BELIEF:((a non-practising Muslim|an agnostic))]], and [[POLITICAL_OPINION:((a lifelong Social Democrat voter|a member of the Labour Party))]]. Nice to meet you!",
    ),
    (
        "police",
        "Custody record {utkt}: {ni}, DOB {doben}, [[ETHNIC_ORIGIN:((self-defined ethnicity: Black Caribbean|self-defined ethnicity: Pakistani))]]; [[CRIMINAL:((previous conviction for GBH|on licence after a robbery sentence))]]; [[BIOMETRIC:((fingerprints and DNA taken|photo and fingerprints captured))]].",
    ),
    (
        "clinic",
        "Family clinic: {ni} and her brother {nif} both carry [[GENETIC:((the familial hypercholesterolaemia variant|a pathogenic BRCA2 variant))]]; their mother's [[GENETIC:((genetic test was negative|DNA test came back inconclusive))]].",
    ),
]
AR += [
    (
        "banque",
        "ملف قرض: المقترض {na}، رقم الضمان الاجتماعي {cnss}، المشغل رقم التعريف الموحد {ice}، البطاقة {card}، الحساب الدولي {iban}.",
    ),
    (
        "rh",
        "يؤكد الموظف {nam} أنه [[UNION_MEMBERSHIP:((عضو المكتب النقابي للاتحاد الوطني للشغل|منخرط في النقابة الديمقراطية للعدل))]] وأنه [[POLITICAL_OPINION:((مناضل في حزب التقدم والاشتراكية|مرشح سابق لحزب الاتحاد الاشتراكي))]].",
    ),
    (
        "libre",
        "عائلتي [[ETHNIC_ORIGIN:((من أصل أمازيغي ريفي|من أصول صحراوية حسانية))]]، ووالدي [[RELIGION_BELIEF:((مريد في الطريقة البودشيشية|إمام مسجد الحي))]]، وأخي [[POLITICAL_OPINION:((يقاطع الانتخابات عن قناعة|عضو في شبيبة حزب الاستقلال))]].",
    ),
    (
        "police",
        "بحث: {nam}، المزداد في {dobar}، [[CRIMINAL:((عائد في جرائم السرقة|مبحوث عنه بموجب مذكرة توقيف))]]، السيارة {plate}. تمت مطابقة [[BIOMETRIC:((بصماته|صورة وجهه))]].",
    ),
    (
        "école",
        "لائحة التلاميذ: {na} ({massar})، {na} ({massar}). البريد الإلكتروني لولي الأمر: {em}.",
    ),
]
DJ += [
    (
        "banque",
        "dossier dyal crédit: {nl}, cnss {cnss}, ICE dyal charika {ice}, carte {card}, iban {iban}",
    ),
    (
        "rh",
        "{nlm} [[UNION_MEMBERSHIP:((dakhel f niqaba ODT|mndoub dyal CDT f l'usine))]] w kay9ol bli [[POLITICAL_OPINION:((kaysowt dima 3la ysar|m3a PPS mn sghro))]]",
    ),
    (
        "libre",
        "ana [[ETHNIC_ORIGIN:((sahrawi mn l3ayoun asln|rifi))]], bba [[RELIGION_BELIEF:((kaymchi l zawiya kol jem3a|kaysalli l fjer f jame3))]], w khouya [[POLITICAL_OPINION:((kayboycotti l intikhabat|m3a l'Istiqlal))]]",
    ),
    (
        "police",
        "{nlm} [[CRIMINAL:((3ando sawabi9 f sri9a|kharej mn 7bs 3la nasb))]], l'bolis khdaw lih [[BIOMETRIC:((bsmatou|l'ADN))]], tomobiltou {plate}",
    ),
]
DJA += [
    (
        "banque",
        "الدوسي ديال الكريدي: {na}، الضمان {cnss}، ICE ديال الشركة {ice}، لاكارط {card}، الإيبان {iban}",
    ),
    (
        "rh",
        "{nam} [[UNION_MEMBERSHIP:((داخل فالنقابة ديال الكدش|مندوب ديال UMT فالمعمل))]] وكيقول بلي [[POLITICAL_OPINION:((ديما كيصوت لليسار|مع التقدم والاشتراكية))]]",
    ),
    (
        "libre",
        "أنا [[ETHNIC_ORIGIN:((صحراوي من العيون|شلحة من تزنيت))]]، بابا [[RELIGION_BELIEF:((كيمشي للزاوية كل جمعة|كيصلي الفجر فالجامع))]]، وخويا [[POLITICAL_OPINION:((كيقاطع الانتخابات|مع الأحرار))]]",
    ),
    (
        "police",
        "{nam} [[CRIMINAL:((عندو السوابق فالسرقة|خارج من الحبس على النصب))]]، والبوليس خداو ليه [[BIOMETRIC:((البصمات|الوجه فالكاميرا))]]",
    ),
]
MX += [
    (
        "banque",
        "Dossier crédit: {nl}, CNSS {cnss}, ICE employeur {ice}, card {card}, IBAN {iban}. Merci de valider.",
    ),
    (
        "rh",
        "{nl} [[UNION_MEMBERSHIP:((rah f syndicat UMT|is a CDT delegate))]] w kaydafe3 3la [[POLITICAL_OPINION:((les idées de la gauche radicale|the PSU programme))]] f kol réunion.",
    ),
    (
        "libre",
        "Ana [[ETHNIC_ORIGIN:((sahraouie|d'origine amazighe))]], my dad [[RELIGION_BELIEF:((is a Sufi mn zawiya|kaysalli f jame3 kol nhar))]], w khouya [[POLITICAL_OPINION:((boycotte les élections|votes RNI))]].",
    ),
    (
        "police",
        "Suspect {nl}, [[CRIMINAL:((already convicted for theft|3ando sawabi9))]], [[BIOMETRIC:((empreintes|facial scan))]] prises. Voiture: {plate}.",
    ),
    (
        "clinique",
        "Genetic counselling: {nl} w khtou {fl} [[GENETIC:((porteurs de la mutation BRCA1|carry the same thalassemia gene))]].",
    ),
]
FR += [
    (
        "consulat",
        "Note consulaire : {nl}, passeport {pp}, [[CRIMINAL:((condamné en Espagne pour trafic de stupéfiants|détenu à la prison de Valence depuis mars))]], demande l'assistance du consulat. Son épouse est [[ETHNIC_ORIGIN:((d'origine sénégalaise|d'origine kabyle))]].",
    ),
    (
        "syndicat",
        "Liste des adhérents de la section : {nl} ([[UNION_MEMBERSHIP:((secrétaire général UMT|trésorière CDT))]]), {nl} ([[UNION_MEMBERSHIP:((adhérent depuis 2012|délégué suppléant))]]).",
    ),
]
EN += [
    (
        "travel",
        "Watchlist hit: passenger {ni}, passport {pp}, [[CRIMINAL:((wanted for extradition on fraud charges|convicted of human trafficking in 2017))]]. Travelling with {ni}, passport {pp}.",
    ),
    (
        "hr",
        "Diversity survey (voluntary): {ni} identifies as [[ETHNIC_ORIGIN:((Amazigh|British Bangladeshi|Afro-Colombian))]] and is [[UNION_MEMBERSHIP:((a paid-up member of the PCS union|a union member))]].",
    ),
]
AR += [
    (
        "consulat",
        "المواطن {nam}، جواز السفر رقم {pp}، [[CRIMINAL:((معتقل في إسبانيا بتهمة الهجرة السرية|صدر في حقه حكم بالسجن في فرنسا))]]، وهو [[ETHNIC_ORIGIN:((من أصل أمازيغي|من أصول صحراوية))]]، و[[UNION_MEMBERSHIP:((عضو في نقابة العمال المهاجرين|منخرط في نقابة الفلاحين))]].",
    ),
]
MX += [
    (
        "libre",
        "Mon oncle [[CRIMINAL:((a fait de la prison f Espagne|t7kem 3lih b 2 ans))]], w mrato [[ETHNIC_ORIGIN:((is of Fulani origin|kabyle d'origine))]]. Passeport dyalo: {pp}.",
    ),
]
DJA += [
    (
        "facturation",
        "الفاكتورة {uinv}: المورد {na}، ICE ديالو {ice}، والزبون شركة ICE {ice}، الثمن {upricea}",
    ),
]
EN += [
    (
        "procurement",
        "Tender shortlist: bidder ICE {ice} (contact {nl}, {em}) and bidder ICE {ice} (contact {nl}).",
    ),
]
DJ += [
    ("rh", "ana {nl}, cnss dyali {cnss}, w mrati {nl} cnss dyalha {cnss}, bghina attestation"),
]
AR += [
    ("rh", "التصريح بالأجراء: {na} رقم التسجيل {cnss}؛ {na} رقم التسجيل {cnss}."),
]

TEMPLATES = {"fr": FR, "en": EN, "ar": AR, "darija": DJ, "darija_ar": DJA, "mixed": MX}
SHAPES = {
    "MA_CIN": r"[A-Za-z]{1,2}[ -]?\d{5,6}",
    "MA_PASSPORT": r"[A-Za-z]{2}\d{7}",
    "MA_MASSAR": r"[A-Z]\d{9}",
    "MA_CNSS": r"\d{3} ?\d{3} ?\d{3}",
}
# a template with nothing to fill gets an opener on its second filling
OPENERS = {
    "fr": ["Petite question : ", "Bonjour, ", "Svp, ", "Re: ", "Question d'un lecteur — "],
    "en": ["Quick question: ", "Hi, ", "FAQ: ", "Re: ", "Hey all — "],
    "ar": ["سؤال: ", "مرحبا، ", "استفسار: ", "من فضلكم، "],
    "darija": ["salam, ", "so2al: ", "3afak, ", "khouti, "],
    "darija_ar": ["السلام، ", "سؤال: ", "عافاك، ", "خوتي، "],
    "mixed": ["Salam, ", "Question: ", "Hi, ", "3afak, "],
}
MINIMUM = {label: (60 if label in SENSITIVE else 30) for label in LABELS}


def check(rec: dict) -> None:
    text = rec["text"]
    spans = sorted(rec["spans"], key=lambda s: s["start"])
    assert not SLOT_RE.search(text) and "[[" not in text and "((" not in text, text
    prev = 0
    for s in spans:
        assert s["start"] >= prev, ("overlap", text)
        prev = s["end"]
        value = text[s["start"] : s["end"]]
        assert value and value == value.strip(), (value, text)
        label = s["entity_type"]
        digits = only_digits(value)
        if label == "MA_RIB":
            assert rib_ok(digits), value
        elif label == "IBAN_CODE":
            assert iban_ok(value), value
        elif label == "CREDIT_CARD":
            assert len(digits) in (15, 16) and luhn_ok(digits), value
        elif label == "MA_ICE":
            assert len(digits) == 15 and int(digits) % 97 == 0, value
        elif label in SHAPES:
            assert re.fullmatch(SHAPES[label], value), (label, value)
    # no unlabelled look-alike passes a check meant for a labelled identifier
    masked = list(text)
    for s in spans:
        for k in range(s["start"], s["end"]):
            masked[k] = "#"
    rest = "".join(masked).translate(TO_ASCII)
    for run in re.findall(r"\d[\d \u00a0-]{13,40}\d", rest):
        d = re.sub(r"\D", "", run)
        assert not rib_ok(d), (run, text)
        assert not (len(d) == 16 and luhn_ok(d)), (run, text)
    for run in re.findall(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}", rest):
        assert not iban_ok(run), (run, text)


def build() -> list[dict]:
    master = random.Random(SEED)
    records = []
    seen: set[str] = set()
    for lang in LANGS:
        for t_index, (domain, tpl) in enumerate(TEMPLATES[lang]):
            for _fill in range(FILLS):
                for _attempt in range(20):
                    ctx = Ctx(random.Random(master.getrandbits(64)), lang)
                    buf = Buf()
                    render(tpl if _attempt == 0 else ctx.c(OPENERS[lang]) + tpl, ctx, buf)
                    text = buf.text()
                    if text not in seen:
                        break
                else:
                    raise AssertionError(f"no distinct filling for {tpl!r}")
                seen.add(text)
                for _label, start, end, value in buf.spans:
                    assert text[start:end] == value, (value, text)
                spans = [
                    {"entity_type": lb, "start": st, "end": en}
                    for lb, st, en, _v in sorted(buf.spans, key=lambda x: x[1])
                ]
                rec = {
                    "lang": lang,
                    "domain": domain,
                    "split": SPLIT,
                    "text": text,
                    "spans": spans,
                    "_tpl": f"{lang}-{t_index}",
                }
                check(rec)
                records.append(rec)
    master.shuffle(records)
    out = []
    for k, rec in enumerate(records, start=1):
        out.append(
            {
                "id": f"v6-{k:04d}",
                "lang": rec["lang"],
                "domain": rec["domain"],
                "split": rec["split"],
                "text": rec["text"],
                "spans": rec["spans"],
            }
        )
    return out


def stats(records: list[dict]) -> str:
    table: dict[str, dict[str, int]] = {label: dict.fromkeys(LANGS, 0) for label in LABELS}
    texts = dict.fromkeys(LANGS, 0)
    empty = dict.fromkeys(LANGS, 0)
    for rec in records:
        texts[rec["lang"]] += 1
        if not rec["spans"]:
            empty[rec["lang"]] += 1
        for s in rec["spans"]:
            table[s["entity_type"]][rec["lang"]] += 1
    lines = ["| label | " + " | ".join(LANGS) + " | all |", "|---|" + "---:|" * (len(LANGS) + 1)]
    for label in LABELS:
        row = table[label]
        lines.append(
            f"| {label} | " + " | ".join(str(row[lg]) for lg in LANGS) + f" | {sum(row.values())} |"
        )
    total = {lg: sum(table[lb][lg] for lb in LABELS) for lg in LANGS}
    lines.append(
        "| all spans | "
        + " | ".join(str(total[lg]) for lg in LANGS)
        + f" | {sum(total.values())} |"
    )
    lines.append(
        "| texts | " + " | ".join(str(texts[lg]) for lg in LANGS) + f" | {sum(texts.values())} |"
    )
    lines.append(
        "| texts without a label | "
        + " | ".join(str(empty[lg]) for lg in LANGS)
        + f" | {sum(empty.values())} |"
    )
    tpl = {lg: len(TEMPLATES[lg]) for lg in LANGS}
    lines.append(
        "| templates | " + " | ".join(str(tpl[lg]) for lg in LANGS) + f" | {sum(tpl.values())} |"
    )
    return "\n".join(lines), table


def main() -> None:
    records = build()
    table_md, table = stats(records)
    for label in LABELS:
        assert sum(table[label].values()) >= MINIMUM[label], (label, sum(table[label].values()))
    assert sum(len(v) for v in TEMPLATES.values()) >= 450
    assert len(records) >= 900
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    OUT.write_text(data, encoding="utf-8")
    if "--stats" in sys.argv:
        print(table_md)
        print("sha256", hashlib.sha256(data.encode("utf-8")).hexdigest())


if __name__ == "__main__":
    main()
