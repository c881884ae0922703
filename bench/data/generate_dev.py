"""Generate the labelled detection sets: ``dev.jsonl`` (tuning) and ``heldout.jsonl``.

Texts are built from templates (support chats, orders, riad bookings, loan
requests, CVs, medical messages, prompts) in French, English, Arabic script,
Darija in Latin letters and code-switched mixes, filled by value generators
that compute real check digits (RIB key, IBAN mod 97, ICE mod 97, Luhn).
Hard negatives sit beside the values: order numbers, prices, plain dates,
IMEIs, product and tracking codes, city names inside brand names, health
topics asked about in general.

The split is by template: every fourth template of each language (from the first) is used
only for the held-out set, so held-out sentences have shapes the detector
was never tuned on; its values are drawn with another seed. The value lists
here are written independently of the detector's gazetteers and include
names and spellings those may not know.

Gold record: ``{"id", "lang", "domain", "split", "text", "spans": [{"entity_type",
"start", "end"}]}``. Deterministic: ``python bench/data/generate_dev.py``
rewrites both files byte for byte.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 9_08  # law 09-08
DEV_SIZE = 420
HELDOUT_SIZE = 210

# ---------------------------------------------------------------------------
# Value lists (written for this generator, not copied from the detector)
# ---------------------------------------------------------------------------
FIRST_LATN = """
Youssef Mohamed Mohammed Ahmed Hamza Amine Mehdi Omar Othmane Ayoub Ilyas Anas Karim
Hicham Rachid Said Abdelali Abdelkader Abderrahim Abdellah Abdelouahed Lahcen Mbarek
Hmad Brahim Driss Mustapha Jamal Khalid Nabil Tarik Yassine Zakaria Soufiane Badr Reda
Adil Aziz Larbi Hassan Hussein Ismail Walid Marouane Taha Bilal Issam Fatima
Fatima-Zahra Khadija Meryem Salma Sara Imane Nadia Leila Zineb Hajar Ghita Houda Hanane
Siham Sanae Kawtar Loubna Asmae Wafae Najat Naima Rachida Latifa Malika Souad Bouchra
Chaimae Oumaima Yasmine Nour Aicha Hafsa Rim Soukaina Ikram Nisrine Btissam Jihane
Khaoula Widad Hind Samira Touria Zahra Itto Tudert Mimoun
""".split()  # noqa: SIM905  (a word list reads better as text)
LAST_LATN = """
Alaoui El-Alaoui Bennani Tazi Fassi El-Fassi Berrada Chraibi Benjelloun El-Amrani Amrani
Benali Ziani Mansouri El-Mansouri Idrissi El-Idrissi Kettani Sqalli Ouazzani Lahlou
Sefrioui Benkirane Bensouda Tahiri Bouzidi Belhaj Rahmani El-Khatib Naciri Ouali
Ait-Benhaddou Ait-Ouarab Oubella Outaleb Amzil Akhiat Bouazza Hamdaoui Benmoussa
Cherkaoui Lamrani Filali Zerouali Benabdellah Jebli Ghazi El-Ouafi Moussaoui Bakkali
Souissi Daoudi Kabbaj Marrakchi Slaoui Skalli Benchekroun Haddad Ezzahraoui Ouhssain
Id-Brahim Aouad Bouhlal Naji Amghar Tamri Essaadi Boukili
""".split()  # noqa: SIM905  (a word list reads better as text)
FIRST_AR = """
محمد يوسف أحمد حمزة أمين مهدي عمر عثمان أيوب إلياس كريم هشام رشيد سعيد عبد_الرحيم
عبد_الله عبد_العالي لحسن مبارك إبراهيم إدريس مصطفى جمال خالد نبيل طارق ياسين زكرياء
سفيان بدر رضا عادل العربي حسن إسماعيل وليد مروان طه فاطمة فاطمة_الزهراء خديجة مريم سلمى
سارة إيمان نادية ليلى زينب هاجر غيثة هدى حنان سهام سناء كوثر لبنى أسماء وفاء نجاة نعيمة
رشيدة لطيفة مليكة سعاد بشرى شيماء أميمة ياسمين عائشة حفصة سكينة إكرام نسرين ابتسام جيهان
خولة هند
""".split()  # noqa: SIM905  (a word list reads better as text)
LAST_AR = """
العلوي بناني التازي الفاسي برادة الشرايبي بنجلون العمراني بنعلي الزياني المنصوري
الإدريسي الكتاني الصقلي الوزاني لحلو الصفريوي بنكيران الطاهري بوزيدي بلحاج الرحماني
الخطيب الناصري أوعلي آيت_بن_حدو أوبلة أمزيل بوعزة الحمداوي بنموسى الشرقاوي اللمراني
الفيلالي الزروالي الجبلي الغازي الموساوي البقالي السويسي الداودي القباج المراكشي السلاوي
السقاط حداد الزهراوي أمغار التمري السعدي
""".split()  # noqa: SIM905  (a word list reads better as text)
FOREIGN_NAMES = [
    "John Smith",
    "Emily Johnson",
    "Michael Brown",
    "Sarah O'Connor",
    "David Miller",
    "Laura Martin",
    "Jean Dupont",
    "Claire Moreau",
    "Pierre Lefebvre",
    "Sophie Garnier",
    "Maria Garcia",
    "Luca Rossi",
    "Anna Schmidt",
    "Thomas Müller",
    "Olivia Wilson",
    "James Anderson",
    "Chloé Bernard",
    "Nicolas Petit",
]
CITIES_LATN = [
    "Casablanca",
    "Rabat",
    "Fès",
    "Fes",
    "Marrakech",
    "Tanger",
    "Agadir",
    "Meknès",
    "Oujda",
    "Kénitra",
    "Tétouan",
    "Safi",
    "Nador",
    "Khouribga",
    "Taza",
    "Settat",
    "Larache",
    "Guelmim",
    "Errachidia",
    "Ouarzazate",
    "Essaouira",
    "Chefchaouen",
    "Ifrane",
    "Dakhla",
    "Laâyoune",
    "Tiznit",
    "Taroudant",
    "Berrechid",
    "Mohammedia",
    "Salé",
    "Témara",
    "Azrou",
    "Midelt",
    "Tinghir",
    "Zagora",
    "Asilah",
    "Berkane",
    "Taourirt",
    "Inezgane",
    "Khemisset",
    "Sefrou",
    "El Jadida",
    "Béni Mellal",
    "Al Hoceima",
    "Ksar El Kébir",
    "Sidi Kacem",
]
CITIES_AR = """
الدار_البيضاء الرباط فاس مراكش طنجة أكادير مكناس وجدة القنيطرة تطوان آسفي الجديدة
الناظور بني_ملال خريبكة تازة سطات العرائش الصويرة شفشاون إفران الحسيمة الداخلة العيون
تزنيت تارودانت المحمدية سلا تمارة ورزازات الراشيدية كلميم بركان
""".split()  # noqa: SIM905  (a word list reads better as text)
CITIES_DARIJA = ["Casa", "Rbat", "Fas", "Mrakch", "Tanja", "Agadir", "Meknas", "Wjda", "Sla"]
FOREIGN_CITIES = [
    "Paris",
    "Lyon",
    "Marseille",
    "Bruxelles",
    "Madrid",
    "Barcelona",
    "London",
    "Montréal",
    "Milan",
    "Amsterdam",
    "New York",
    "Toulouse",
    "Bordeaux",
]
NEIGHBOURHOODS = [
    "Maârif",
    "Gauthier",
    "Hay Riad",
    "Agdal",
    "Guéliz",
    "Hivernage",
    "Ain Diab",
    "Bourgogne",
    "Sidi Maârouf",
    "Hay Hassani",
    "Oasis",
    "Souissi",
    "Racine",
    "Californie",
    "Hay Mohammadi",
    "Sidi Moumen",
    "Belvédère",
]
NEIGHBOURHOODS_AR = [
    "حي الرياض",
    "المعاريف",
    "أكدال",
    "جليز",
    "الحي المحمدي",
    "حي السلام",
    "سيدي مومن",
    "حي النهضة",
    "حي الأمل",
    "الحي الحسني",
]
STREETS = [
    "rue Ibn Battouta",
    "avenue Mohammed V",
    "boulevard Zerktouni",
    "rue Tarik Ibn Ziad",
    "avenue Hassan II",
    "bd Anfa",
    "rue des Orangers",
    "avenue des FAR",
    "boulevard Abdelmoumen",
    "rue Allal Ben Abdellah",
    "avenue Fal Ould Oumeir",
    "rue Moulay Ismail",
    "derb Sidi Bouloukat",
    "rue Oued Fès",
    "avenue Ibn Sina",
    "lotissement Al Wahda",
    "résidence Les Jardins",
    "rue 12",
]
STREETS_AR = [
    "شارع محمد الخامس",
    "زنقة ابن بطوطة",
    "شارع الحسن الثاني",
    "درب السلطان",
    "زنقة طارق بن زياد",
    "شارع الزرقطوني",
    "زنقة المامونية",
    "شارع عبد المومن",
]
STREETS_EN = [
    "Baker Street",
    "Oxford Road",
    "Main St",
    "Elm Avenue",
    "Park Lane",
    "Maple Drive",
    "King's Road",
    "Station Road",
    "5th Avenue",
    "Sunset Blvd",
]
EMAIL_DOMAINS = [
    "gmail.com",
    "hotmail.fr",
    "yahoo.fr",
    "outlook.com",
    "menara.ma",
    "iam.net.ma",
    "gmail.fr",
    "live.fr",
    "um5.ac.ma",
    "company.ma",
]
CIN_PREFIXES = [
    "A",
    "AB",
    "AD",
    "B",
    "BE",
    "BH",
    "BJ",
    "BK",
    "BL",
    "C",
    "CD",
    "D",
    "DA",
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
    "K",
    "KA",
    "L",
    "LA",
    "M",
    "MA",
    "N",
    "P",
    "PA",
    "Q",
    "R",
    "S",
    "SH",
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
]
BANK_CODES = [
    "007",
    "011",
    "013",
    "021",
    "022",
    "101",
    "127",
    "145",
    "157",
    "164",
    "181",
    "190",
    "225",
    "230",
    "350",
]
PLATE_LETTERS_AR = ["أ", "ب", "د", "هـ", "و", "ط"]
PLATE_LETTERS_LATN = ["A", "B", "D", "H", "W", "T"]
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
PRODUCTS = [
    "iPhone 15",
    "Galaxy S23",
    "Redmi Note 13",
    "PS5",
    "MacBook Air",
    "Dacia Logan",
    "frigo LG",
    "climatiseur Samsung",
    "Clio 5",
]
# City and person names inside brand names: never personal data.
WATER_BRANDS = ["Sidi Ali", "Oulmès", "Ain Ifrane", "Ain Saiss", "Sidi Harazem", "Bahia"]
EMPLOYERS = [
    "Royal Air Maroc",
    "Banque Populaire",
    "Casablanca Finance City",
    "Tanger Med",
    "Université Mohammed V",
    "Hôpital Cheikh Zaid",
    "Fondation Mohammed VI",
    "Marjane",
    "Maroc Telecom",
    "OCP",
    "Label'Vie",
    "Atlas Sahara",
]
CLUBS = [
    "Raja Casablanca",
    "Wydad",
    "FUS Rabat",
    "Maghreb de Fès",
    "Hassania d'Agadir",
    "Marrakech du Rire",
    "Festival Gnaoua d'Essaouira",
]

ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
EASTERN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


class Values:
    """Value generators; each returns the surface form as it appears in the text."""

    def __init__(self, rng: random.Random, *, arabic_digits: bool = False) -> None:
        self.rng = rng
        self.arabic_digits = arabic_digits  # set per text for Arabic-script templates

    def pick(self, items: list[str]) -> str:
        return self.rng.choice(items).replace("_", " ")

    def digits(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    def localize(self, text: str) -> str:
        """Arabic-Indic digits in a share of Arabic-script texts, Eastern ones rarely."""
        if not self.arabic_digits:
            return text
        roll = self.rng.random()
        if roll < 0.30:
            return text.translate(ARABIC_INDIC)
        if roll < 0.38:
            return text.translate(EASTERN)
        return text

    # names -----------------------------------------------------------------
    def first(self) -> str:
        return self.pick(FIRST_LATN)

    def last(self) -> str:
        name = self.pick(LAST_LATN)
        return name.replace("-", " ") if self.rng.random() < 0.5 else name

    def person(self) -> str:
        roll = self.rng.random()
        if roll < 0.08:
            return self.pick(FOREIGN_NAMES)
        if roll < 0.15:
            return f"{self.first()} {self.first()} {self.last()}"
        return f"{self.first()} {self.last()}"

    def person_lower(self) -> str:
        return self.person().lower()

    def first_ar(self) -> str:
        return self.pick(FIRST_AR)

    def person_ar(self) -> str:
        return f"{self.first_ar()} {self.pick(LAST_AR)}"

    # places ----------------------------------------------------------------
    def city(self) -> str:
        return self.pick(CITIES_LATN)

    def city_ar(self) -> str:
        return self.pick(CITIES_AR)

    def city_darija(self) -> str:
        return self.pick(CITIES_DARIJA + CITIES_LATN[:10])

    def foreign_city(self) -> str:
        return self.pick(FOREIGN_CITIES)

    def address(self) -> str:
        number = str(self.rng.randint(1, 240))
        street = self.pick(STREETS)
        roll = self.rng.random()
        if roll < 0.3:
            return f"{number}, {street}, {self.pick(NEIGHBOURHOODS)}, {self.city()}"
        if roll < 0.55:
            return f"{number} {street}, {self.rng.randint(10, 90)}000 {self.city()}"
        if roll < 0.75:
            imm = self.rng.randint(1, 40)
            apt = self.rng.randint(1, 20)
            return f"Imm {imm} Appt {apt}, {street}, {self.city()}"
        return f"{number} {street}, {self.city()}"

    def address_ar(self) -> str:
        number = str(self.rng.randint(1, 240))
        roll = self.rng.random()
        if roll < 0.5:
            return f"{self.pick(STREETS_AR)} رقم {number}، {self.city_ar()}"
        return f"{self.pick(NEIGHBOURHOODS_AR)}، {self.pick(STREETS_AR)} رقم {number}، {self.city_ar()}"  # noqa: E501

    def address_en(self) -> str:
        number = str(self.rng.randint(1, 999))
        roll = self.rng.random()
        if roll < 0.5:
            return f"{number} {self.pick(STREETS_EN)}, {self.foreign_city()}"
        return f"Flat {self.rng.randint(1, 30)}, {number} {self.pick(STREETS_EN)}, {self.foreign_city()} {self.digits(5)}"  # noqa: E501

    def neighbourhood(self) -> str:
        return self.pick(NEIGHBOURHOODS)

    # identifiers -----------------------------------------------------------
    def phone(self) -> str:
        first = self.rng.choice("5667778")
        rest = self.digits(8)
        nine = first + rest
        roll = self.rng.random()
        if roll < 0.25:
            text = "0" + nine
        elif roll < 0.4:
            text = "0" + nine[0] + " " + " ".join(nine[i : i + 2] for i in range(1, 9, 2))
        elif roll < 0.5:
            text = "0" + nine[0] + "." + ".".join(nine[i : i + 2] for i in range(1, 9, 2))
        elif roll < 0.55:
            text = "0" + nine[0] + "-" + "-".join(nine[i : i + 2] for i in range(1, 9, 2))
        elif roll < 0.7:
            text = "+212 " + nine[0] + " " + " ".join(nine[i : i + 2] for i in range(1, 9, 2))
        elif roll < 0.8:
            text = "+212" + nine
        elif roll < 0.87:
            text = "00212 " + nine[:3] + " " + nine[3:6] + " " + nine[6:]
        elif roll < 0.93:
            text = "+212 (0)" + nine
        else:
            text = "0" + nine[:3] + " " + nine[3:6] + " " + nine[6:]
        return text

    def phone_08(self) -> str:
        return (
            "08"
            + self.digits(2)
            + " "
            + self.digits(2)
            + " "
            + self.digits(2)
            + " "
            + self.digits(2)
        )

    def phone_foreign(self) -> str:
        roll = self.rng.random()
        if roll < 0.35:
            return "+33 6 " + " ".join(self.digits(2) for _ in range(4))
        if roll < 0.55:
            return f"+1 ({self.rng.randint(201, 989)}) {self.digits(3)}-{self.digits(4)}"
        if roll < 0.7:
            return f"+44 7{self.digits(3)} {self.digits(6)}"
        if roll < 0.85:
            return f"+34 6{self.digits(2)} {self.digits(3)} {self.digits(3)}"
        return f"+49 151 {self.digits(4)} {self.digits(4)}"

    def email(self, name: str | None = None) -> str:
        base = name or f"{self.first()} {self.last()}"
        parts = re.sub(r"[^a-z ]", "", _ascii(base).lower()).split()
        sep = self.rng.choice([".", "_", "", "."])
        local = sep.join(parts[:2]) if parts else "contact"
        if self.rng.random() < 0.4:
            local += str(self.rng.randint(1, 99))
        return f"{local}@{self.rng.choice(EMAIL_DOMAINS)}"

    def cin(self) -> str:
        prefix = self.rng.choice(CIN_PREFIXES)
        return prefix + self.digits(self.rng.choice([5, 6, 6, 6]))

    def rib_digits(self) -> str:
        body = self.rng.choice(BANK_CODES) + self.digits(3) + self.digits(16)
        key = 97 - (int(body) * 100) % 97
        return body + f"{key:02d}"

    def rib(self) -> str:
        rib = self.rib_digits()
        roll = self.rng.random()
        if roll < 0.4:
            return rib
        if roll < 0.75:
            return f"{rib[:3]} {rib[3:6]} {rib[6:22]} {rib[22:]}"
        return " ".join(rib[i : i + 4] for i in range(0, 24, 4))

    def iban_ma(self) -> str:
        rib = self.rib_digits()
        check = 98 - int(rib + "221000") % 97
        iban = f"MA{check:02d}{rib}"
        if self.rng.random() < 0.5:
            return iban
        return " ".join(iban[i : i + 4] for i in range(0, 28, 4))

    def iban_foreign(self) -> str:
        country, length = self.rng.choice(
            [("FR", 23), ("DE", 18), ("ES", 20), ("BE", 12), ("NL", 14)]
        )
        bban = "ABNA" + self.digits(10) if country == "NL" else self.digits(length)
        numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
        check = 98 - int(numeric) % 97
        iban = f"{country}{check:02d}{bban}"
        if self.rng.random() < 0.5:
            return iban
        return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))

    def ice(self) -> str:
        body = "00" + self.digits(7) + self.rng.choice(["0000", "0001", "0002"])
        control = 97 - (int(body) * 100) % 97
        return body + f"{control:02d}"

    def imei(self) -> str:
        body = "35" + self.digits(12)
        return body + str(_luhn_digit(body))

    def cnss(self) -> str:
        return self.rng.choice("123456789") + self.digits(8)

    def passport(self) -> str:
        letters = "".join(self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2))
        return letters + self.digits(7)

    def massar(self) -> str:
        return self.rng.choice("ABCDEFGHJKMNPRSTUVWXYZ") + self.digits(9)

    def plate(self) -> str:
        serial = str(self.rng.randint(1, 99999))
        region = str(self.rng.randint(1, 89))
        roll = self.rng.random()
        if roll < 0.5:
            letter = self.rng.choice(PLATE_LETTERS_AR)
            sep = self.rng.choice(["-", " | ", " ", "-"])
            return f"{serial}{sep}{letter}{sep}{region}"
        letter = self.rng.choice(PLATE_LETTERS_LATN)
        sep = self.rng.choice(["-", " - ", " | "])
        return f"{serial}{sep}{letter}{sep}{region}"

    def card(self) -> str:
        prefix = self.rng.choice(["4", "4", "51", "53", "55"])
        body = prefix + self.digits(15 - len(prefix))
        number = body + str(_luhn_digit(body))
        roll = self.rng.random()
        if roll < 0.5:
            return " ".join(number[i : i + 4] for i in range(0, 16, 4))
        if roll < 0.7:
            return "-".join(number[i : i + 4] for i in range(0, 16, 4))
        return number

    def ip(self) -> str:
        if self.rng.random() < 0.15:
            return (
                "2001:db8:" + ":".join(f"{self.rng.randint(0, 65535):x}" for _ in range(3)) + "::1"
            )
        return ".".join(str(self.rng.randint(1, 254)) for _ in range(4))

    def _date(self, months: list[str] | None) -> str:
        day, month, year = (
            self.rng.randint(1, 28),
            self.rng.randint(1, 12),
            self.rng.randint(1950, 2008),
        )
        roll = self.rng.random()
        if months is not None and roll < 0.4:
            return f"{day} {months[month - 1]} {year}"
        if roll < 0.75:
            return f"{day:02d}/{month:02d}/{year}"
        if roll < 0.85:
            return f"{year}-{month:02d}-{day:02d}"
        return f"{day:02d}.{month:02d}.{year}"

    def dob_fr(self) -> str:
        return self._date(MONTHS_FR)

    def dob_en(self) -> str:
        if self.rng.random() < 0.35:
            d, m, y = self.rng.randint(1, 28), self.rng.randint(0, 11), self.rng.randint(1950, 2008)
            return f"{MONTHS_EN[m]} {d}, {y}"
        return self._date(None)

    def dob_ar(self) -> str:
        return self._date(MONTHS_AR)

    # hard negatives ----------------------------------------------------------
    def order(self) -> str:
        return self.rng.choice(
            [
                f"CMD-{self.rng.randint(2022, 2025)}-{self.digits(5)}",
                f"#{self.digits(7)}",
                f"{self.digits(8)}",
                f"ORD{self.digits(9)}",
                f"A{self.digits(9)}",
            ]
        )

    def price(self) -> str:
        return self.rng.choice(
            [
                f"{self.rng.randint(49, 9999)} DH",
                f"{self.rng.randint(1, 99)} 450,00 MAD",
                f"{self.rng.randint(100, 999)},{self.digits(2)} €",
                f"{self.rng.randint(1000, 250000)} dirhams",
            ]
        )

    def date(self) -> str:
        return self.rng.choice(
            [
                f"{self.rng.randint(1, 28):02d}/{self.rng.randint(1, 12):02d}/2025",
                f"{self.rng.randint(1, 28)} {self.rng.choice(MONTHS_FR)} 2025",
                f"2025-{self.rng.randint(1, 12):02d}-{self.rng.randint(1, 28):02d}",
            ]
        )

    def date_en(self) -> str:
        return f"{self.rng.choice(MONTHS_EN)} {self.rng.randint(1, 28)}, 2025"

    def date_ar(self) -> str:
        return f"{self.rng.randint(1, 28)} {self.rng.choice(MONTHS_AR)} 2025"

    def sku(self) -> str:
        return self.rng.choice(
            [
                f"SKU-{self.digits(6)}",
                f"REF {self.rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{self.rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{self.digits(5)}X",  # noqa: E501
                f"{self.rng.choice(['XK', 'TV', 'LG'])}-{self.digits(4)}",
                f"P{self.digits(9)}",
                f"AB{self.digits(6)}-{self.digits(2)}",
            ]
        )

    def tracking(self) -> str:
        return f"{self.rng.choice(['CP', 'RR', 'LX', 'EE'])}{self.digits(9)}MA"

    def qty(self) -> str:
        return str(self.rng.randint(1, 12))

    def product(self) -> str:
        return self.pick(PRODUCTS)

    def water(self) -> str:
        return self.pick(WATER_BRANDS)

    def employer(self) -> str:
        return self.pick(EMPLOYERS)

    def club(self) -> str:
        return self.pick(CLUBS)

    def flight(self) -> str:
        return f"{self.rng.choice(['AT', 'FR', 'U2', 'TO'])}{self.rng.randint(100, 9999)}"

    def amount(self) -> str:
        return f"{self.rng.randint(5, 900)} 000"

    def year(self) -> str:
        return str(self.rng.randint(2005, 2024))

    def digits_ar(self) -> str:
        return str(self.rng.randint(2, 30))


def _ascii(text: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _luhn_digit(body: str) -> int:
    total = 0
    for i, char in enumerate(reversed(body)):
        digit = int(char)
        if i % 2 == 0:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return (10 - total % 10) % 10


# placeholder -> (gold label or None, generator method)
SLOTS: dict[str, tuple[str | None, Callable[[Values], str]]] = {
    "NAME": ("PERSON", Values.person),
    "NAME_LC": ("PERSON", Values.person_lower),
    "FIRST": ("PERSON", Values.first),
    "LAST": ("PERSON", Values.last),
    "NAME_AR": ("PERSON", Values.person_ar),
    "FIRST_AR": ("PERSON", Values.first_ar),
    "FOREIGN_NAME": ("PERSON", lambda v: v.pick(FOREIGN_NAMES)),
    "CITY": ("LOCATION", Values.city),
    "CITY_AR": ("LOCATION", Values.city_ar),
    "CITY_DJ": ("LOCATION", Values.city_darija),
    "FCITY": ("LOCATION", Values.foreign_city),
    "HOOD": ("LOCATION", Values.neighbourhood),
    "ADDRESS": ("LOCATION", Values.address),
    "ADDRESS_AR": ("LOCATION", Values.address_ar),
    "ADDRESS_EN": ("LOCATION", Values.address_en),
    "PHONE": ("PHONE_NUMBER", Values.phone),
    "PHONE08": ("PHONE_NUMBER", Values.phone_08),
    "FPHONE": ("PHONE_NUMBER", Values.phone_foreign),
    "EMAIL": ("EMAIL_ADDRESS", Values.email),
    "CIN": ("MA_CIN", Values.cin),
    "RIB": ("MA_RIB", Values.rib),
    "IBAN": ("IBAN_CODE", Values.iban_ma),
    "FIBAN": ("IBAN_CODE", Values.iban_foreign),
    "ICE": ("MA_ICE", Values.ice),
    "CNSS": ("MA_CNSS", Values.cnss),
    "PASSPORT": ("MA_PASSPORT", Values.passport),
    "MASSAR": ("MA_MASSAR", Values.massar),
    "PLATE": ("MA_LICENSE_PLATE", Values.plate),
    "CARD": ("CREDIT_CARD", Values.card),
    "IP": ("IP_ADDRESS", Values.ip),
    "DOB": ("DATE_OF_BIRTH", Values.dob_fr),
    "DOB_EN": ("DATE_OF_BIRTH", Values.dob_en),
    "DOB_AR": ("DATE_OF_BIRTH", Values.dob_ar),
    # hard negatives: in the text, never in the gold
    "ORDER": (None, Values.order),
    "PRICE": (None, Values.price),
    "DATE": (None, Values.date),
    "DATE_EN": (None, Values.date_en),
    "DATE_AR": (None, Values.date_ar),
    "IMEI": (None, Values.imei),
    "SKU": (None, Values.sku),
    "TRACKING": (None, Values.tracking),
    "QTY": (None, Values.qty),
    "PRODUCT": (None, Values.product),
    "WATER": (None, Values.water),
    "EMPLOYER": (None, Values.employer),
    "CLUB": (None, Values.club),
    "FLIGHT": (None, Values.flight),
    "AMOUNT": (None, Values.amount),
    "YEAR": (None, Values.year),
    "N_AR": (None, Values.digits_ar),
}
# Slots whose digits follow the text's digit style in Arabic-script templates.
LOCALIZED = {"PHONE", "DOB_AR", "PLATE", "ADDRESS_AR", "DATE_AR", "N_AR", "CIN", "CNSS", "MASSAR"}

# ---------------------------------------------------------------------------
# Templates: (domain, text). {SLOT} is a generated value; [LABEL|words] is a
# literal span of that label (sensitive categories, mostly).
# ---------------------------------------------------------------------------
FR = [
    (
        "support",
        "Bonjour, je m'appelle {NAME} et je n'arrive plus à me connecter. Mon numéro : {PHONE}.",
    ),
    (
        "support",
        "Bonjour, ici {NAME}, client depuis {YEAR}. Ma commande {ORDER} n'est toujours pas arrivée à {CITY}.",  # noqa: E501
    ),
    ("support", "Merci de rappeler Mme {LAST} au {PHONE} avant 18h, elle attend un technicien."),
    ("support", "Je suis {NAME}, CIN {CIN}, je voudrais récupérer ma carte SIM bloquée."),
    (
        "support",
        "Mon téléphone {PRODUCT} (IMEI {IMEI}) a été volé hier à {CITY}, pouvez-vous le bloquer ?",
    ),
    ("support", "Votre conseiller {FIRST} m'a promis un remboursement de {PRICE} sous 48h."),
    ("support", "Pouvez-vous mettre à jour mon adresse : {ADDRESS} ? Merci, {NAME}."),
    ("support", "Le colis {TRACKING} est bloqué à la douane depuis le {DATE}."),
    (
        "support",
        "Bonsoir, je vous écris au nom de mon père {NAME}, né le {DOB}, titulaire de la CIN {CIN}.",
    ),
    ("support", "Envoyez la facture à {EMAIL} s'il vous plaît, et pas à mon ancienne adresse."),
    ("support", "Mon mari {FIRST} a appelé trois fois, personne ne répond au {PHONE08}."),
    ("orders", "Commande {ORDER} : {QTY} x {PRODUCT} pour {PRICE}, livraison à {ADDRESS}."),
    (
        "orders",
        "Je voudrais commander {QTY} packs d'eau {WATER} et {QTY} bouteilles d'huile, réf {SKU}.",
    ),
    ("orders", "Livraison prévue le {DATE} chez {NAME}, {ADDRESS}, tél {PHONE}."),
    ("orders", "Le produit {SKU} est-il disponible dans votre magasin de {CITY} ?"),
    ("orders", "Facture au nom de la société de {NAME}, ICE {ICE}, montant {PRICE}."),
    ("orders", "Auto-entrepreneur, mon ICE est {ICE} et mon IF 4{QTY}8812."),
    (
        "booking",
        "Bonjour, je souhaite réserver une chambre double au riad du {DATE} au {DATE} pour {NAME} et son épouse.",  # noqa: E501
    ),
    (
        "booking",
        "Réservation au nom de {NAME}, arrivée à {CITY} par le vol {FLIGHT}, passeport {PASSPORT}.",
    ),
    (
        "booking",
        "Nous serons {QTY} adultes, merci d'envoyer la confirmation à {EMAIL} ou au {FPHONE}.",
    ),
    (
        "booking",
        "Le riad à {CITY} près de {HOOD} nous a plu, pouvez-vous bloquer 3 nuits pour M. {LAST} ?",
    ),
    ("booking", "Pour la caution, voici ma carte bancaire {CARD}, au nom de {NAME}."),
    (
        "loan",
        "Demande de crédit immobilier de {AMOUNT} dirhams : {NAME}, né le {DOB} à {CITY}, CIN {CIN}, salaire versé sur le RIB {RIB}.",  # noqa: E501
    ),
    ("loan", "Veuillez prélever les mensualités sur mon compte IBAN {IBAN}."),
    (
        "loan",
        "Je suis salarié affilié à la CNSS sous le numéro {CNSS}, je demande un crédit de {PRICE}.",
    ),
    ("loan", "Co-emprunteur : {NAME}, date de naissance {DOB}, domicilié au {ADDRESS}."),
    ("loan", "Le virement de {PRICE} est parti de mon compte {RIB} le {DATE}."),
    (
        "cv",
        "CV - {NAME}, {ADDRESS}, {PHONE}, {EMAIL}. Ingénieur d'état, 5 ans d'expérience à {CITY}.",
    ),
    (
        "cv",
        "Curriculum vitae : {NAME}, née le {DOB}, permis B, titulaire du passeport n° {PASSPORT}.",
    ),
    (
        "cv",
        "Expérience : chef de projet chez {EMPLOYER} ({YEAR}-{YEAR}), puis consultant à {CITY}.",
    ),
    ("medical", "Docteur, je suis [HEALTH|diabétique] depuis {YEAR} et ma glycémie reste élevée."),
    (
        "medical",
        "Patient {NAME}, CIN {CIN}, [HEALTH|hypertension artérielle] et [HEALTH|asthme], traitement en cours.",  # noqa: E501
    ),
    (
        "medical",
        "Ma fille {FIRST} est [HEALTH|enceinte] de 6 mois, peut-on avancer le rendez-vous du {DATE} ?",  # noqa: E501
    ),
    ("medical", "Quels sont les symptômes du diabète de type 2 ? Réponds en trois points."),
    (
        "medical",
        "Je souffre de [HEALTH|dépression] depuis mon licenciement, j'ai besoin d'un arrêt.",
    ),
    ("medical", "Mon frère est [HEALTH|séropositif], il suit un traitement à l'hôpital de {CITY}."),
    ("prompt", "Résume ce mail de {NAME} ({EMAIL}) en deux phrases pour mon chef."),
    (
        "prompt",
        "Rédige une lettre de motivation pour {NAME}, habitant à {CITY}, candidat chez {EMPLOYER}.",
    ),
    ("prompt", "Traduis en anglais : « Le rendez-vous est fixé au {DATE} à 10h. »"),
    (
        "prompt",
        "Combien coûte un billet {CITY}-{CITY} en train ? Le prix était {PRICE} l'an dernier.",
    ),
    ("prompt", "Écris une requête SQL qui compte les commandes par ville, en excluant {ORDER}."),
    (
        "sensitive",
        "Je suis [UNION_MEMBERSHIP|délégué syndical à l'UMT] et je conteste la sanction.",
    ),
    (
        "sensitive",
        "Mon voisin {NAME} est [RELIGION_BELIEF|converti au christianisme], il a peur d'en parler.",
    ),
    ("sensitive", "Je suis [POLITICAL_OPINION|militant au PJD] depuis 2011, je veux témoigner."),
    (
        "sensitive",
        "Mon fils a un [CRIMINAL|casier judiciaire] pour un vol de {PRICE}, peut-il être embauché ?",  # noqa: E501
    ),
    ("sensitive", "Le test [GENETIC|ADN] de ma mère a révélé une [GENETIC|mutation BRCA1]."),
    (
        "sensitive",
        "L'entreprise veut installer la [BIOMETRIC|pointeuse à empreinte digitale] pour les employés.",  # noqa: E501
    ),
    ("sensitive", "Je suis [ETHNIC_ORIGIN|d'origine amazighe] et mon prénom {FIRST} a été refusé."),
    ("vehicle", "Ma voiture immatriculée {PLATE} a été enlevée par la fourrière à {CITY}."),
    ("vehicle", "Constat amiable : véhicule {PLATE}, conducteur {NAME}, permis n° {CIN}."),
    ("school", "Code Massar de mon fils : {MASSAR}, il n'a pas reçu ses notes du bac."),
    ("school", "L'élève {NAME} ({MASSAR}) est absent depuis le {DATE}."),
    ("network", "Connexion suspecte depuis l'adresse IP {IP} sur le compte de {EMAIL}."),
    ("network", "Le serveur {IP} ne répond plus depuis {DATE}, redémarre-le."),
    ("support", "Mon numéro fixe est le {PHONE} et mon portable le {PHONE}."),
    ("support", "Je m'appelle {NAME}, je vis à {FCITY} mais je suis originaire de {CITY}."),
    (
        "orders",
        "Bonjour, avez-vous reçu mon paiement ? Référence {ORDER}, montant {PRICE}, payé le {DATE}.",  # noqa: E501
    ),
    ("booking", "Transfert aéroport pour {NAME}, arrivée le {DATE}, vol {FLIGHT}, hôtel à {CITY}."),
    (
        "medical",
        "Ordonnance pour Mme {NAME} : insuline, [HEALTH|diabète de type 1], contrôle le {DATE}.",
    ),
    ("prompt", "Donne-moi la météo de demain à {CITY} et à {CITY}."),
    ("support", "Le match du {CLUB} est à quelle heure ? Je veux {QTY} places."),
    ("sensitive", "Mon collègue {NAME} a fait de la [CRIMINAL|prison] pour escroquerie."),
    ("loan", "Caution solidaire : {NAME}, CIN {CIN}, RIB {RIB}, tél. {PHONE}."),
    ("support", "Le code de réduction SUMMER{YEAR} ne fonctionne pas sur {PRODUCT}."),
]
EN = [
    ("support", "Hi, my name is {NAME} and I can't log in to my account. Call me on {PHONE}."),
    ("support", "Hello, this is {NAME}, please send the invoice to {EMAIL}."),
    ("support", "My order {ORDER} was supposed to arrive in {CITY} on {DATE_EN}, where is it?"),
    ("support", "I'm {FOREIGN_NAME} from {FCITY}, my phone number is {FPHONE}."),
    ("support", "Please block my card {CARD}, it was stolen in {CITY} yesterday."),
    ("support", "The IMEI of my {PRODUCT} is {IMEI}, can you check the warranty?"),
    ("orders", "Ship {QTY} units of {SKU} to {ADDRESS_EN}, attention {FOREIGN_NAME}."),
    ("orders", "Order {ORDER}: {QTY} x {PRODUCT}, total {PRICE}, tracking {TRACKING}."),
    ("orders", "Please deliver to {NAME}, {ADDRESS}, mobile {PHONE}."),
    ("booking", "I'd like to book a riad in {CITY} for {NAME} from {DATE_EN} for 4 nights."),
    (
        "booking",
        "Guest: {NAME}, passport {PASSPORT}, date of birth {DOB_EN}, nationality Moroccan.",
    ),
    (
        "booking",
        "We land at {CITY} on flight {FLIGHT}, please pick us up; my WhatsApp is {FPHONE}.",
    ),
    ("loan", "Loan application: {NAME}, born {DOB_EN}, national ID {CIN}, monthly income {PRICE}."),
    ("loan", "Please transfer the funds to IBAN {FIBAN} in the name of {FOREIGN_NAME}."),
    ("loan", "My Moroccan account is {IBAN}, the bank branch is in {CITY}."),
    ("cv", "Resume: {NAME}, {ADDRESS_EN}, {EMAIL}, {FPHONE}. Data analyst, 4 years at {EMPLOYER}."),
    ("cv", "Candidate {FOREIGN_NAME}, date of birth: {DOB_EN}, lives in {FCITY}."),
    (
        "medical",
        "I have been [HEALTH|diagnosed with breast cancer] and I need to postpone my payments.",
    ),
    ("medical", "My son {FIRST} has [HEALTH|epilepsy], can he join the school trip on {DATE_EN}?"),
    ("medical", "What are the common side effects of ibuprofen? Keep it short."),
    ("medical", "Patient {NAME} is [HEALTH|HIV positive] and on antiretroviral therapy."),
    ("prompt", "Summarize this email from {FOREIGN_NAME} about the Q3 budget in three bullets."),
    ("prompt", "Write a polite reminder to {NAME} about the unpaid invoice {ORDER}."),
    ("prompt", "Translate to French: the meeting is moved to {DATE_EN} at 3 pm."),
    ("prompt", "Explain the difference between TCP and UDP with an example using {IP}."),
    ("network", "Failed SSH logins from {IP} for user {EMAIL} this morning."),
    ("sensitive", "I am a [UNION_MEMBERSHIP|union member] and my manager threatened me."),
    (
        "sensitive",
        "{NAME} told me he is [RELIGION_BELIEF|an atheist] and wants to leave the country.",
    ),
    (
        "sensitive",
        "My background check shows a [CRIMINAL|criminal record] from {YEAR}, will that block my visa?",  # noqa: E501
    ),
    ("sensitive", "The gym uses [BIOMETRIC|facial recognition] to check in members like me."),
    (
        "sensitive",
        "I [POLITICAL_OPINION|voted for the opposition party] and I'm being harassed at work.",
    ),
    ("school", "My daughter's Massar code is {MASSAR}, she can't see her grades."),
    ("vehicle", "My car, plate {PLATE}, was towed in {CITY}."),
    ("orders", "Do you sell {WATER} mineral water in 5 liter bottles? Price for {QTY}?"),
    ("support", "Reach me at {EMAIL} or {PHONE}; my CIN is {CIN} if you need to verify."),
    (
        "booking",
        "Reservation for {FOREIGN_NAME}, arriving {DATE_EN}, card ending 4821, room for {QTY}.",
    ),
    ("loan", "Employer: {EMPLOYER}; CNSS number {CNSS}; salary paid into {RIB}."),
    (
        "medical",
        "My mother is [HEALTH|pregnant] and [HEALTH|diabetic], which hospital in {CITY} do you recommend?",  # noqa: E501
    ),
    ("prompt", "Generate 5 product names for a coffee shop in {CITY}."),
    ("support", "Hey, it's {FIRST}. The app crashes when I open the payments tab."),
]
AR = [
    ("support", "السلام عليكم، اسمي {NAME_AR} ورقم هاتفي {PHONE}، لا أستطيع الدخول إلى حسابي."),
    ("support", "مرحبا، أنا {NAME_AR} من {CITY_AR}، طلبي رقم {ORDER} لم يصل بعد."),
    ("support", "أرجو الاتصال بالسيد {NAME_AR} على الرقم {PHONE} قبل الساعة السادسة."),
    ("support", "رقم بطاقتي الوطنية {CIN} وأريد استرجاع بطاقة SIM."),
    ("support", "سرق هاتفي {PRODUCT} في {CITY_AR}، الرقم التسلسلي IMEI هو {IMEI}."),
    ("support", "عنواني الجديد هو {ADDRESS_AR}، المرجو تحديثه."),
    ("support", "أرسلوا الفاتورة إلى بريدي الإلكتروني {EMAIL} من فضلكم."),
    ("orders", "أريد طلب {N_AR} قنينات ماء {WATER} وتوصيلها إلى {ADDRESS_AR}."),
    ("orders", "الطلبية رقم {ORDER} بمبلغ {PRICE}، التوصيل يوم {DATE_AR}."),
    ("orders", "هل المنتج {SKU} متوفر في متجركم بمدينة {CITY_AR}؟"),
    (
        "booking",
        "أريد حجز غرفة في رياض ب[LOCATION|مراكش] من {DATE_AR} لمدة {N_AR} ليال باسم {NAME_AR}.",
    ),
    ("booking", "الحجز باسم {NAME_AR}، رقم جواز السفر {PASSPORT}، الوصول إلى {CITY_AR}."),
    ("loan", "طلب قرض: الاسم {NAME_AR}، تاريخ الازدياد {DOB_AR}، رقم البطاقة الوطنية {CIN}."),
    ("loan", "المرجو تحويل المبلغ إلى حسابي البنكي رقم {RIB}."),
    ("loan", "رقم التسجيل في الضمان الاجتماعي {CNSS}، وأجري الشهري {PRICE}."),
    ("loan", "رقم الحساب الدولي IBAN الخاص بي هو {IBAN}."),
    ("cv", "السيرة الذاتية: {NAME_AR}، مزداد بتاريخ {DOB_AR} ب{CITY_AR}، الهاتف {PHONE}."),
    ("cv", "خبرة خمس سنوات في {EMPLOYER} ثم مهندس في {CITY_AR}."),
    ("medical", "أنا [HEALTH|مصاب بالسكري] منذ سنوات وأحتاج إلى موعد مع الطبيب."),
    ("medical", "زوجتي [HEALTH|حامل] في الشهر السابع، هل يمكن تأجيل موعد {DATE_AR}؟"),
    ("medical", "ما هي أعراض مرض السكري من النوع الثاني؟"),
    ("medical", "المريض {NAME_AR} يعاني من [HEALTH|الربو] و[HEALTH|ارتفاع ضغط الدم]."),
    ("medical", "أعاني من [HEALTH|الاكتئاب] منذ وفاة والدي."),
    ("prompt", "لخص هذه الرسالة من {NAME_AR} في ثلاث جمل."),
    ("prompt", "اكتب رسالة تحفيزية لمنصب مهندس في {CITY_AR}."),
    ("prompt", "ترجم إلى الفرنسية: الاجتماع يوم {DATE_AR} على الساعة العاشرة."),
    ("sensitive", "أنا [UNION_MEMBERSHIP|عضو في نقابة الاتحاد المغربي للشغل] وتم طردي."),
    ("sensitive", "جاري {NAME_AR} [RELIGION_BELIEF|اعتنق المسيحية] ويخاف من عائلته."),
    ("sensitive", "أنا [POLITICAL_OPINION|مناضل في حزب الاستقلال] منذ عشر سنوات."),
    ("sensitive", "أخي لديه [CRIMINAL|سوابق عدلية] فهل يمكنه الحصول على جواز السفر؟"),
    ("sensitive", "أنا [ETHNIC_ORIGIN|أمازيغي] من [LOCATION|سوس] وأتكلم تشلحيت."),
    ("sensitive", "طلبت الشركة [BIOMETRIC|بصمة الأصبع] لتسجيل الحضور."),
    ("sensitive", "أظهر [GENETIC|التحليل الجيني] أن ابني مصاب بمرض وراثي."),
    ("vehicle", "سيارتي رقم {PLATE} تعرضت لحادث في {CITY_AR}."),
    ("school", "رمز مسار ابني هو {MASSAR} ولم تظهر نتائجه."),
    ("school", "التلميذة {NAME_AR} رقم مسار {MASSAR} غائبة منذ أسبوع."),
    ("support", "هاتفي {PHONE} والبريد {EMAIL}، أنا {FIRST_AR}."),
    ("booking", "نحن {N_AR} أشخاص، نصل يوم {DATE_AR} إلى {CITY_AR} على متن الرحلة {FLIGHT}."),
    ("orders", "شكرا على التوصيل السريع، المنتج {PRODUCT} يعمل جيدا."),
    ("support", "المرجو الاتصال بي على {PHONE}، مع تحيات {NAME_AR}."),
    ("loan", "رقم البطاقة البنكية {CARD} باسم {NAME_AR}."),
    ("prompt", "ما هي عاصمة [LOCATION|المغرب] وكم عدد سكانها؟"),
]
DARIJA = [
    ("support", "salam, smiti {NAME} w ma9dertch ndkhol l compte dyali, nmra dyali {PHONE}."),
    ("support", "salam, ana {FIRST} mn {CITY_DJ}, commande {ORDER} mazal ma wslatnich."),
    ("support", "3afak 3yet 3la {PHONE} ila kan chi mochkil, ana {NAME}."),
    ("support", "nmra dyali hiya {PHONE} w l email {EMAIL}."),
    ("support", "l cin dyali {CIN}, bghit nbddel puce."),
    ("support", "telephone dyali {PRODUCT} tsre9 f {CITY_DJ}, imei {IMEI}."),
    ("orders", "bghit {QTY} d {PRODUCT} b {PRICE}, siftohom l {ADDRESS}."),
    ("orders", "wach kayn {WATER} f magasin dyal {CITY_DJ}? ref {SKU}."),
    ("orders", "livraison l {NAME}, {ADDRESS}, tel {PHONE}, chokran."),
    ("booking", "salam, bghit nreservi riad f {CITY_DJ} nhar {DATE} l 3 nuits, smiti {NAME}."),
    ("booking", "ana w mrati ghadi nwslo f vol {FLIGHT}, passeport dyali {PASSPORT}."),
    ("loan", "bghit credit dyal {AMOUNT} dh, rib dyali {RIB}, cin {CIN}."),
    ("loan", "ana mzyad f {DOB} f {CITY_DJ}, w khddam f {EMPLOYER}."),
    ("loan", "l cnss dyali {CNSS}, wach n9der ndir credit?"),
    ("medical", "tbib, ana [HEALTH|3ndi sokkar] w tension tal3a bzaf."),
    ("medical", "mrati [HEALTH|hamla] f chher 5, bghina rendez-vous."),
    ("medical", "chno homa l a3rad dyal corona? jawbni b darija."),
    ("medical", "khoya [HEALTH|mrid b cancer] w kaydir chimio f {CITY_DJ}."),
    ("prompt", "kteb lia message l {NAME} bach nchkro 3la l mosa3ada."),
    ("prompt", "3tini recette dyal tajine b l7am w bar9o9."),
    ("sensitive", "ana [UNION_MEMBERSHIP|m3a sindika CDT] w l patron bgha ymchini."),
    ("sensitive", "ana [CRIMINAL|khrjt mn l7bs] l3am li fat w ma l9itch khdma."),
    ("sensitive", "sa7bi {FIRST} [RELIGION_BELIEF|wlla msi7i] w khayf mn familtou."),
    ("sensitive", "ana [ETHNIC_ORIGIN|amazighi] mn {CITY_DJ} w kanhdr tarifit."),
    ("vehicle", "tomobil dyali {PLATE} ddatha fourrière f {CITY_DJ}."),
    ("school", "code massar dyal weldi {MASSAR}, ma banouch n9at."),
    ("network", "l ip dyal serveur {IP} ma khdamch."),
    ("support", "salam, ana {NAME_LC}, bghit nbdel l adresse dyali l {ADDRESS}."),
    ("orders", "chhal taman dyal {PRODUCT}? f {CITY_DJ} kaybi3oh b {PRICE}."),
    ("booking", "smiti {NAME}, bghit chambre l jouj, nwslo nhar {DATE}."),
    ("loan", "iban dyali {IBAN}, siftli lflous 3afak."),
    ("support", "wa7d {FIRST} mn service client 3yet lia mn {PHONE08}."),
]
MIXED = [
    ("support", "Bonjour, اسمي {NAME_AR} et mon numéro est le {PHONE}."),
    ("support", "salam, je suis {NAME}, ساكن ف {CITY_AR}, commande {ORDER} ma wslatch."),
    ("support", "Mon adresse : {ADDRESS_AR}. Merci de livrer avant le {DATE}."),
    ("support", "Hello, أنا {NAME_AR}, my email is {EMAIL}."),
    ("orders", "3afak, bghit {QTY} {PRODUCT}, livraison à {ADDRESS}, tél {PHONE}."),
    ("orders", "الطلبية {ORDER} pour {NAME}, paiement à la livraison {PRICE}."),
    ("booking", "Réservation riad f {CITY_DJ} pour {NAME}, arrivée {DATE}, ana m3a 3 d nas."),
    ("booking", "Booking for {NAME}, رقم الجواز {PASSPORT}, arrival {DATE_EN}."),
    ("loan", "Je veux un crédit, الراتب ديالي {PRICE}, RIB {RIB}, CIN {CIN}."),
    ("loan", "رقم البطاقة الوطنية ديالي {CIN} w nmra {PHONE}."),
    ("medical", "Docteur, ana [HEALTH|diabétique] w kan7tajj insuline kol nhar."),
    ("medical", "Ma mère [HEALTH|مريضة بالسرطان], elle est suivie à {CITY}."),
    ("cv", "CV : {NAME} | {EMAIL} | {PHONE} | مزداد في {DOB_AR}."),
    ("prompt", "Traduis en darija: « {NAME} arrive demain à {CITY} »."),
    (
        "sensitive",
        "Je suis [UNION_MEMBERSHIP|membre de la CDT] w l'administration ma bghatch t3tini congé.",
    ),
    ("vehicle", "Voiture {PLATE}, propriétaire {NAME}, accident f {CITY_DJ}."),
    ("school", "Code Massar {MASSAR}, التلميذ {NAME_AR}, classe 2ème bac."),
    ("support", "IMEI {IMEI}, téléphone volé, الرقم {PHONE}."),
    ("orders", "Commande {WATER} x{QTY}, ref {SKU}, wach kayna f stock?"),
    ("support", "Hello, smiti {NAME}, I live in {CITY} and my number is {PHONE}."),
    ("loan", "ICE dyal charika {ICE}, facture au nom de {NAME}."),
    ("medical", "Mon père est [HEALTH|مصاب بالزهايمر], on cherche une aide à {CITY}."),
    ("network", "Login depuis {IP} pour {EMAIL}, c'est pas moi."),
    ("support", "ana {FIRST_AR} w had numéro dyali {PHONE}."),
]
LANGUAGES = {"fr": FR, "en": EN, "ar": AR, "darija-latn": DARIJA, "mixed": MIXED}
# Share of texts per language: 36 % Arabic script and Darija, as in the held-out set.
MIX = {"fr": 0.32, "en": 0.18, "ar": 0.22, "darija-latn": 0.14, "mixed": 0.14}
ARABIC_SCRIPT = {"ar", "mixed"}
_TOKEN = re.compile(r"\{([A-Z_0-9]+)\}|\[([A-Z_]+)\|([^\]]+)\]")


def fill(template: str, values: Values) -> tuple[str, list[dict[str, object]]]:
    """Fill one template; return the text and its gold spans."""
    out: list[str] = []
    spans: list[dict[str, object]] = []
    length = 0
    position = 0
    for match in _TOKEN.finditer(template):
        literal = template[position : match.start()]
        out.append(literal)
        length += len(literal)
        if match.group(1):
            label, generate = SLOTS[match.group(1)]
            value = generate(values)
            if match.group(1) in LOCALIZED:
                value = values.localize(value)
        else:
            label, value = match.group(2), match.group(3)
        if label is not None:
            spans.append({"entity_type": label, "start": length, "end": length + len(value)})
        out.append(value)
        length += len(value)
        position = match.end()
    out.append(template[position:])
    return "".join(out), spans


def build(split: str, size: int, seed: int) -> list[dict[str, object]]:
    """Draw ``size`` texts of ``split`` ("dev" or "heldout") with the language mix."""
    rng = random.Random(seed)
    records: list[dict[str, object]] = []
    for language, share in MIX.items():
        templates = LANGUAGES[language]
        # Every fourth template (by position, from the first) is held out only; this
        # phase was picked, before any detector ran, for the widest label coverage.
        chosen = [t for i, t in enumerate(templates) if (i % 4 == 0) == (split == "heldout")]
        count = round(size * share)
        order = [chosen[i % len(chosen)] for i in range(count)]
        rng.shuffle(order)
        for domain, template in order:
            values = Values(rng, arabic_digits=language in ARABIC_SCRIPT)
            text, spans = fill(template, values)
            records.append({"lang": language, "domain": domain, "text": text, "spans": spans})
    rng.shuffle(records)
    for number, record in enumerate(records, start=1):
        record["id"] = f"{split}-{number:04d}"
        record["split"] = split
    keys = ("id", "lang", "domain", "split", "text", "spans")
    return [{key: record[key] for key in keys} for record in records]


def main() -> None:
    for split, size, seed in (("dev", DEV_SIZE, SEED), ("heldout", HELDOUT_SIZE, SEED + 1)):
        records = build(split, size, seed)
        path = HERE / f"{split}.jsonl"
        with path.open("w", encoding="utf-8") as out:
            for record in records:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
        print(f"{path.name}: {len(records)} texts")


if __name__ == "__main__":
    main()
