#!/usr/bin/env python3
"""Generate bench/data/independent-v2.jsonl (frozen evaluation set, split independent-v2).

Standard library only, fixed seed: running this file rewrites
independent-v2.jsonl byte for byte.  Every value is synthetic and every value
list below is this generator's own.  Offsets are computed while each text is
assembled and re-checked at the end (span text == inserted value, no
overlaps, RIB/IBAN/ICE mod 97 and card Luhn digits).

Template mini-language (parsed left to right, offsets counted while appending):
  {LABEL=gen}         a labelled value drawn from generator `gen`
  {LABEL=gen@mod}     same, then transformed (ai = Arabic-Indic digits,
                      fa = Eastern Arabic digits, low = lower case, up = upper case)
  {gen} / {gen@mod}   an unlabelled value (look-alike negative or filler)
  [[LABEL|a||b]]      a labelled literal phrase, one alternative chosen
  ((a||b))            an unlabelled literal, one alternative chosen
Usage: python3 bench/data/generate_independent_v2.py [--stats]
"""
import json
import os
import random
import re
import sys

SEED = 20250611
SPLIT = "independent-v2"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "independent-v2.jsonl")
COPIES = 3

R = random.Random(SEED)

LABELS = ["PERSON", "LOCATION", "EMAIL_ADDRESS", "PHONE_NUMBER", "MA_CIN", "MA_RIB",
          "IBAN_CODE", "CREDIT_CARD", "MA_ICE", "MA_CNSS", "MA_PASSPORT", "MA_MASSAR",
          "MA_LICENSE_PLATE", "DATE_OF_BIRTH", "IP_ADDRESS", "HEALTH", "RELIGION_BELIEF",
          "POLITICAL_OPINION", "UNION_MEMBERSHIP", "ETHNIC_ORIGIN", "GENETIC", "BIOMETRIC",
          "CRIMINAL"]
LANGS = ["fr", "en", "ar", "darija", "darija_ar", "mixed"]

# ---------------------------------------------------------------- digits
AI = "٠١٢٣٤٥٦٧٨٩"   # Arabic-Indic
FA = "۰۱۲۳۴۵۶۷۸۹"   # Eastern Arabic (Persian)


def to_digits(s, table):
    return "".join(table[ord(c) - 48] if "0" <= c <= "9" else c for c in s)


MODS = {
    "ai": lambda s: to_digits(s, AI),
    "fa": lambda s: to_digits(s, FA),
    "low": lambda s: s.lower(),
    "up": lambda s: s.upper(),
}


def c(seq):
    return R.choice(seq)


def digits(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


# ---------------------------------------------------------------- names
FIRST_M = ["Youssef", "Hamza", "Ayoub", "Othmane", "Soufiane", "Anass", "Ilyas", "Reda",
           "Mehdi", "Yassine", "Abdelilah", "Mustapha", "Driss", "Abderrahim", "Hicham",
           "Tarik", "Badr", "Zakaria", "Mohamed Amine", "Abdelghani", "Lahcen", "Brahim",
           "Massinissa", "Yuba", "Idir", "Aksil", "Anir", "Mahfoud", "Salek", "Sidati",
           "Haim", "Shimon", "Messaoud", "David", "Laurent", "Jean-Marc", "Karim", "Said",
           "Nabil", "Omar", "Jawad", "Rachid", "Hassan", "Aziz", "Noureddine", "Mbarek"]
FIRST_F = ["Imane", "Salma", "Kawtar", "Nouhaila", "Hajar", "Zineb", "Chaimae", "Oumaima",
           "Ghita", "Houda", "Khadija", "Latifa", "Bouchra", "Fatima Zahra", "Meriem",
           "Sanaa", "Loubna", "Asmae", "Itto", "Tilila", "Tiziri", "Dihya", "Tafsut",
           "Mbarka", "Lalla Mina", "Aicha", "Esther", "Rachel", "Simha", "Sophie", "Claire",
           "Nour", "Amal", "Hayat", "Farah", "Wafa", "Malika", "Rabia", "Saida", "Jamila",
           "Hanane", "Yasmine", "Siham", "Najat", "Rajae", "Ikram"]
LAST = ["Bennani", "Tazi", "Alaoui", "El Idrissi", "Berrada", "Benjelloun", "Lahlou",
        "Chraibi", "Ouazzani", "El Amrani", "Kettani", "Sefrioui", "Bouzidi", "Lamrani",
        "Naciri", "Ziani", "Filali", "Hilali", "Essaidi", "Tahiri", "Ait Lahcen", "Oubella",
        "Amahrouch", "Ouhammou", "Aderdour", "Oukhouya", "Idbella", "Amellal", "Azergui",
        "Ouaziz", "Ait Ouarab", "Ould Sidi Mohamed", "Ahl Baba", "Maalainine", "Boukhari",
        "Lebsir", "Azoulay", "Elbaz", "Ohayon", "Abitbol", "Bensoussan", "Toledano",
        "Amsellem", "Knafo", "Assaraf", "Lefebvre", "Garcia", "Pérez", "Nejjar", "Haddad",
        "Khayati", "Fekkak", "Sebbagh", "Ferrane", "Bekkali", "Mouline", "Skalli",
        "El Fassi", "Benkirane", "Zemmouri", "Rhazouani", "Tounsi", "Drissi", "Mansouri"]
FIRST_AR_M = ["يوسف", "حمزة", "أيوب", "عثمان", "سفيان", "أنس", "إلياس", "رضا", "المهدي",
              "ياسين", "عبد الإله", "مصطفى", "إدريس", "عبد الرحيم", "هشام", "طارق", "بدر",
              "زكرياء", "محمد أمين", "لحسن", "إبراهيم", "ماسينيسا", "يوبا", "محفوظ",
              "السالك", "مسعود", "كريم", "سعيد", "نبيل", "عمر", "جواد", "رشيد", "امبارك"]
FIRST_AR_F = ["إيمان", "سلمى", "كوثر", "نهيلة", "هاجر", "زينب", "شيماء", "أميمة", "غيثة",
              "هدى", "خديجة", "لطيفة", "بشرى", "فاطمة الزهراء", "مريم", "سناء", "لبنى",
              "أسماء", "إيطو", "تيليلا", "تيزيري", "امباركة", "عائشة", "نور", "أمل", "حياة",
              "فرح", "وفاء", "مليكة", "ربيعة", "سعيدة", "جميلة", "حنان", "سهام", "نجاة"]
LAST_AR = ["بناني", "التازي", "العلوي", "الإدريسي", "برادة", "بنجلون", "لحلو", "الشرايبي",
           "الوزاني", "العمراني", "الكتاني", "الصفريوي", "البوزيدي", "اللمراني", "الناصري",
           "الزياني", "الفيلالي", "الهلالي", "السعيدي", "الطاهري", "أيت لحسن", "أوبلا",
           "أمهروش", "أوحمو", "أدردور", "أوخويا", "أمالال", "أزركي", "ولد سيدي محمد",
           "ماء العينين", "البخاري", "أزولاي", "الباز", "أوحيون", "النجار", "الحداد",
           "الخياطي", "الصباغ", "البقالي", "السقلي", "الفاسي", "المنصوري", "الدريسي"]
# Darija-style Latin transliterations of first names (used lower case in chats)
FIRST_DJ_M = ["youssef", "hamza", "ayoub", "3thmane", "soufiane", "anass", "mehdi", "yassine",
              "7assan", "sa3id", "rachid", "abderra7im", "l7ocine", "brahim", "mbarek", "3ziz",
              "moha", "lahcen", "driss", "karim"]
FIRST_DJ_F = ["imane", "salma", "kawtar", "nouhaila", "hajar", "zineb", "chaimae", "oumaima",
              "ghita", "houda", "khadija", "bouchra", "itto", "tilila", "mbarka", "3ayicha",
              "nour", "amal", "hayat", "wafa", "7anane", "si7am", "fati", "rabi3a"]
FIRST_DJ = FIRST_DJ_M + FIRST_DJ_F
LAST_DJ = ["bennani", "tazi", "alaoui", "idrissi", "berrada", "lahlou", "chraibi",
           "amrani", "kettani", "bouzidi", "filali", "hilali", "tahiri", "ait la7cen",
           "oubella", "amahrouch", "ouhammou", "oukhouya", "boukhari", "azoulay", "nejjar",
           "7addad", "khayati", "fekkak", "bekkali", "mansouri", "drissi", "zemmouri"]


def first_lat():
    return c(FIRST_M + FIRST_F)


def name_lat():
    return "%s %s" % (first_lat(), c(LAST))


def name_caps():  # ID-card style: family name first, all caps
    return ("%s %s" % (c(LAST), first_lat())).upper()


def name_low():
    return name_lat().lower()


def name_dj():
    return "%s %s" % (c(FIRST_DJ), c(LAST_DJ))


def first_ar():
    return c(FIRST_AR_M + FIRST_AR_F)


def name_ar():
    return "%s %s" % (first_ar(), c(LAST_AR))


def first_m():
    return c(FIRST_M)


def first_f():
    return c(FIRST_F)


def name_m():
    return "%s %s" % (c(FIRST_M), c(LAST))


def name_f():
    return "%s %s" % (c(FIRST_F), c(LAST))


def name_caps_m():
    return ("%s %s" % (c(LAST), c(FIRST_M))).upper()


def name_low_m():
    return name_m().lower()


def name_low_f():
    return name_f().lower()


def name_dj_m():
    return "%s %s" % (c(FIRST_DJ_M), c(LAST_DJ))


def name_dj_f():
    return "%s %s" % (c(FIRST_DJ_F), c(LAST_DJ))


def first_dj_m():
    return c(FIRST_DJ_M)


def first_dj_f():
    return c(FIRST_DJ_F)


def name_ar_m():
    return "%s %s" % (c(FIRST_AR_M), c(LAST_AR))


def name_ar_f():
    return "%s %s" % (c(FIRST_AR_F), c(LAST_AR))


def first_ar_m():
    return c(FIRST_AR_M)


def first_ar_f():
    return c(FIRST_AR_F)


def last_lat():
    return c(LAST)


def last_ar():
    return c(LAST_AR)


# ---------------------------------------------------------------- places
CITIES = ["Casablanca", "Rabat", "Salé", "Fès", "Meknès", "Marrakech", "Agadir", "Tanger",
          "Tétouan", "Oujda", "Nador", "Kénitra", "El Jadida", "Safi", "Essaouira",
          "Beni Mellal", "Khouribga", "Errachidia", "Ouarzazate", "Tiznit", "Taroudant",
          "Laâyoune", "Dakhla", "Guelmim", "Al Hoceima", "Chefchaouen", "Ifrane", "Azrou",
          "Midelt", "Settat", "Berrechid", "Larache", "Ksar El Kebir", "Taza", "Témara",
          "Mohammedia", "Tinghir", "Zagora", "Tafraout", "Sidi Slimane", "Bouznika"]
CITIES_AR = ["الدار البيضاء", "الرباط", "سلا", "فاس", "مكناس", "مراكش", "أكادير", "طنجة",
             "تطوان", "وجدة", "الناظور", "القنيطرة", "الجديدة", "آسفي", "الصويرة",
             "بني ملال", "خريبكة", "الرشيدية", "ورزازات", "تيزنيت", "العيون", "الداخلة",
             "كلميم", "الحسيمة", "شفشاون", "إفران", "أزرو", "تنغير", "زاكورة", "تافراوت",
             "سطات", "العرائش", "تازة", "تمارة", "المحمدية"]
CITIES_DJ = ["casa", "kaza", "rbat", "sla", "fes", "mknas", "mrrakech", "agadir", "tanja",
             "tetwan", "wjda", "nador", "qnitra", "jdida", "asfi", "sawira", "bni mellal",
             "lhoceima", "chefchawn", "tmara", "lmo7ammadia", "tiznit", "l3ayoun"]
VILLAGES = ["Ighrem", "Tamesloht", "Ait Ourir", "Amizmiz", "Aoulouz", "Imilchil",
            "Tagounite", "Ait Baha", "Tahanaout", "Oulad Teima", "Sidi Bou Othmane",
            "Had Soualem", "Tamellalt", "Ouled Frej", "Tighmert"]
VILLAGES_AR = ["إغرم", "تامصلوحت", "أيت أورير", "أمزميز", "أولوز", "إملشيل", "تاكونيت",
               "أيت باها", "تحناوت", "أولاد تايمة", "حد السوالم", "تاملالت"]
STREETS = ["rue Ibn Khaldoun", "rue des Amandiers", "rue Tarik Ibn Ziad", "rue Al Moutanabbi",
           "rue Oued Ziz", "rue Imam Malik", "impasse des Jasmins", "rue Annakhil",
           "rue Assafa", "boulevard Al Massira", "rue Lalla Yacout", "avenue des Orangers",
           "rue Abou Bakr Seddik", "rue Ibn Tofail", "rue de Tiflet", "rue Moulay Rachid"]
STREETS_EN = ["Ibn Khaldoun Street", "Almond Street", "Tarik Ibn Ziad Avenue",
              "Al Moutanabbi Street", "Oued Ziz Street", "Orange Tree Avenue"]
QUARTERS = ["Maârif", "Hay Riad", "Agdal", "Hay Mohammadi", "Hay Essalam", "Hay Nahda",
            "Hay Al Farah", "Hay Inara", "Hay El Wifaq", "Sidi Maârouf", "Bouargane",
            "Dakhla", "Anassi", "Hay Karima", "Talborjt", "Hay Al Qods", "Val Fleuri"]
QUARTERS_AR = ["حي السلام", "حي النهضة", "حي الرياض", "حي الفرح", "حي الوفاق", "حي القدس",
               "حي المسيرة", "حي الانبعاث", "حي الأمل", "حي المحمدي", "حي الكرامة"]
STREETS_AR = ["زنقة ابن خلدون", "زنقة ابن بطوطة", "زنقة المتنبي", "زنقة واد زيز",
              "شارع المسيرة", "زنقة الإمام مالك", "زنقة النخيل", "درب الحجر", "درب الصفا"]
RESID = ["Résidence Al Wafa", "Résidence Les Orangers", "Résidence Dar Nour",
         "Résidence Riad Tafilalt", "Résidence Yasmine 2", "Résidence Al Manar"]
RESID_AR = ["إقامة النخيل", "إقامة الوفاء", "إقامة دار النور", "إقامة الياسمين",
            "إقامة المنار"]
LOTS = ["Lot Al Majd", "Lotissement Yasmina", "Lot Annasr", "Lotissement Al Khair",
        "Lot Riad Salam"]
DERBS = ["derb sidi bouloukat", "derb lamnabha", "derb l7jar", "derb ben jdia",
         "derb soltane", "derb mouline"]
HAYS_DJ = ["hay nahda", "hay salam", "hay l9ods", "hay lfar7", "hay lmassira", "hay inara",
           "hay mo7ammadi", "hay lwifa9"]
LANDMARKS_DJ = ["7da jame3 nour", "9od lferran", "7da l7ammam", "m9abel lmadrasa",
                "jiha dyal marché", "7da pharmacie chifa"]
LANDMARKS_DA = ["حدا الجامع", "قدام الفران", "حدا الحمام", "مقابل المدرسة", "حدا الفرماسيان"]


def city():
    return c(CITIES)


def city_ar():
    return c(CITIES_AR)


def city_dj():
    return c(CITIES_DJ)


def postal():
    return "%d%03d" % (R.randint(10, 93), R.randrange(0, 1000, 10))


def addr_fr():
    k = R.randrange(5)
    if k == 0:
        return "%d, %s, %s, %s %s" % (R.randint(1, 240), c(STREETS), c(QUARTERS), postal(), city())
    if k == 1:
        return "%s, imm. %d, appt %d, %s, %s" % (c(RESID), R.randint(1, 30), R.randint(1, 40),
                                                c(QUARTERS), city())
    if k == 2:
        return "%s n° %d, %s" % (c(LOTS), R.randint(1, 900), city())
    if k == 3:
        return "Douar %s, commune %s, province de %s" % (c(VILLAGES), c(VILLAGES), city())
    return "%d %s, %s" % (R.randint(1, 99), c(STREETS), city())


def addr_en():
    k = R.randrange(3)
    if k == 0:
        return "Apartment %d, Building %d, %s, %s, %s" % (
            R.randint(1, 40), R.randint(1, 12), c(RESID).replace("Résidence ", "") + " Residence",
            c(QUARTERS), city())
    if k == 1:
        return "%d %s, %s, %s %s" % (R.randint(1, 200), c(STREETS_EN), c(QUARTERS), city(), postal())
    return "%s village, %s province" % (c(VILLAGES), city())


def addr_ar():
    k = R.randrange(4)
    if k == 0:
        return "رقم %d %s، %s، %s" % (R.randint(1, 250), c(STREETS_AR), c(QUARTERS_AR), city_ar())
    if k == 1:
        return "%s، عمارة %d، شقة %d، %s، %s" % (c(RESID_AR), R.randint(1, 20), R.randint(1, 40),
                                               c(QUARTERS_AR), city_ar())
    if k == 2:
        return "دوار %s، جماعة %s، إقليم %s" % (c(VILLAGES_AR), c(VILLAGES_AR), city_ar())
    return "تجزئة الخير رقم %d، %s" % (R.randint(1, 600), city_ar())


def addr_dj():
    k = R.randrange(3)
    if k == 0:
        return "%s, rqm %d, mdina l9dima, %s" % (c(DERBS), R.randint(1, 90), city_dj())
    if k == 1:
        return "%s %d, zn9a %d, rqm %d, %s %s" % (c(HAYS_DJ), R.randint(1, 3), R.randint(1, 80),
                                                  R.randint(1, 120), city_dj(), c(LANDMARKS_DJ))
    return "douar %s, %s" % (c(VILLAGES).lower(), c(LANDMARKS_DJ))


def addr_da():  # Darija in Arabic script
    k = R.randrange(2)
    if k == 0:
        return "%s، رقم %d، %s، %s" % (c(STREETS_AR), R.randint(1, 90), c(LANDMARKS_DA), city_ar())
    return "%s، زنقة %d، رقم %d %s" % (c(QUARTERS_AR), R.randint(1, 60), R.randint(1, 150),
                                      c(LANDMARKS_DA))


def village():
    return c(VILLAGES)


def village_ar():
    return c(VILLAGES_AR)


# ---------------------------------------------------------------- contact
MAIL_DOM = ["gmail.com", "yahoo.fr", "hotmail.com", "outlook.fr", "menara.ma", "live.fr",
            "atlas-assur.ma", "gmail.com", "icloud.com"]


def email():
    f = c(FIRST_M + FIRST_F).lower().replace(" ", "").replace("-", "")
    l = c(LAST).lower().replace(" ", "").replace("é", "e")
    k = R.randrange(5)
    if k == 0:
        u = "%s.%s" % (f, l)
    elif k == 1:
        u = "%s%s%d" % (f[0], l, R.randint(1, 99))
    elif k == 2:
        u = "%s_%s%d" % (l, f, R.randint(70, 99))
    elif k == 3:
        u = "%s.%s" % (l, f)
    else:
        u = "%s%d" % (f, R.randint(1980, 2006))
    return "%s@%s" % (u, c(MAIL_DOM))


def phone_digits():
    p = c(["6", "6", "6", "7", "7", "5", "8"])
    if p == "5":
        return "5" + c(["22", "23", "24", "25", "28", "35", "37", "39"]) + digits(6)
    if p == "8":
        return "8" + c(["08", "01", "02"]) + digits(6)
    return p + digits(8)


def phone():
    d = phone_digits()  # 9 digits after the trunk 0
    n = "0" + d
    k = R.randrange(12)
    if k == 0:
        return n
    if k == 1:
        return " ".join(n[i:i + 2] for i in range(0, 10, 2))
    if k == 2:
        return ".".join(n[i:i + 2] for i in range(0, 10, 2))
    if k == 3:
        return "-".join(n[i:i + 2] for i in range(0, 10, 2))
    if k == 4:
        return "+212 %s %s %s %s %s" % (d[0], d[1:3], d[3:5], d[5:7], d[7:9])
    if k == 5:
        return "+212" + d
    if k == 6:
        return "00212 %s%s %s %s %s" % (d[0], d[1:3], d[3:5], d[5:7], d[7:9])
    if k == 7:
        return "+212 (0)%s %s %s %s %s" % (d[0], d[1:3], d[3:5], d[5:7], d[7:9])
    if k == 8:
        return "%s %s %s" % (n[:4], n[4:7], n[7:])
    if k == 9:
        return "%s/%s/%s/%s/%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8:])
    if k == 10:
        return "%s  %s  %s  %s  %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8:])
    return "00212%s" % d


def phone_intl():
    d = phone_digits()
    return c(["+212 %s%s %s %s %s", "+212-%s%s-%s-%s-%s", "00212 %s %s %s %s %s"]) % (
        d[0], d[1:3], d[3:5], d[5:7], d[7:9])


def ip():
    if R.random() < 0.15:
        return "2a01:%x:%x:%x::%x" % (R.randint(0x1000, 0xffff), R.randint(0x100, 0xfff),
                                      R.randint(0x100, 0xffff), R.randint(1, 0xff))
    a = c([105, 41, 196, 160, 102, 81, 197])
    return "%d.%d.%d.%d" % (a, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


# ---------------------------------------------------------------- identifiers
CIN_PREF = ["A", "B", "BE", "BH", "BJ", "BK", "BL", "C", "CB", "D", "DA", "E", "EE", "F",
            "G", "GA", "H", "HA", "I", "IA", "J", "JA", "JC", "K", "L", "LA", "M", "N", "P",
            "PA", "Q", "R", "S", "SH", "T", "U", "UA", "V", "W", "X", "Y", "Z", "ZG"]


def cin():
    p = c(CIN_PREF)
    n = digits(R.choice([5, 6, 6]))
    k = R.randrange(8)
    if k == 0:
        return "%s %s" % (p, n)
    if k == 1:
        return (p + n).lower()
    return p + n


def cin_low():
    return (c(CIN_PREF) + digits(R.choice([5, 6]))).lower()


def mod97_key(num_str):
    return 97 - (int(num_str) * 100 % 97)


BANKS = ["007", "011", "013", "021", "022", "145", "190", "225", "230", "350", "127"]
TOWNS = ["780", "810", "640", "450", "270", "010", "330", "360", "580", "225", "640", "780"]


def rib_raw(valid=True):
    base = c(BANKS) + c(TOWNS) + digits(16)
    k = mod97_key(base)
    if not valid:
        k = (k + R.randint(1, 90)) % 97 or 5
    return base + "%02d" % k


def rib():
    r = rib_raw()
    k = R.randrange(5)
    if k == 0:
        return r
    if k == 1:
        return "%s %s %s %s" % (r[:3], r[3:6], r[6:22], r[22:])
    if k == 2:
        return " ".join(r[i:i + 4] for i in range(0, 24, 4))
    if k == 3:
        return "%s-%s-%s-%s" % (r[:3], r[3:6], r[6:22], r[22:])
    return "%s.%s.%s.%s" % (r[:3], r[3:6], r[6:22], r[22:])


def badrib():  # 24 digits whose key does not match: not a RIB
    return rib_raw(valid=False)


def iban_raw():
    r = rib_raw()
    rearr = r + "2210" + "00"  # M=22, A=10
    chk = 98 - int(rearr) % 97
    return "MA%02d%s" % (chk, r)


def iban():
    i = iban_raw()
    if R.random() < 0.55:
        return " ".join(i[j:j + 4] for j in range(0, 28, 4))
    return i


def luhn_complete(partial):
    s = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return partial + str((10 - s % 10) % 10)


def luhn_ok(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def card():
    b = R.randrange(4)
    if b == 0:
        n = luhn_complete("4" + digits(14))
    elif b == 1:
        n = luhn_complete(str(R.randint(51, 55)) + digits(13))
    elif b == 2:
        n = luhn_complete(str(R.randint(2221, 2720)) + digits(11))
    else:
        n = luhn_complete(c(["34", "37"]) + digits(12))
        return c(["%s %s %s", "%s-%s-%s"]) % (n[:4], n[4:10], n[10:]) if R.random() < .8 else n
    k = R.randrange(4)
    if k == 0:
        return n
    sep = [" ", "-", " ", "."][k]
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


def imei():  # Luhn-valid 15 digits (not a card)
    return luhn_complete(c(["35", "86", "35"]) + digits(12))


def ice():
    first13 = "00" + digits(7) + c(["0000", "0000", "0001", "0002"])
    k = mod97_key(first13)
    v = first13 + "%02d" % k
    return v if R.random() < .8 else "%s %s %s" % (v[:9], v[9:13], v[13:])


def cnss():
    n = str(R.randint(1, 9)) + digits(8)
    k = R.randrange(4)
    if k == 0:
        return "%s %s %s" % (n[:3], n[3:6], n[6:])
    if k == 1:
        return "%s-%s" % (n[:8], n[8:])
    return n


def passport():
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    v = c(L) + c(L) + digits(7)
    k = R.randrange(5)
    if k == 0:
        return v[:2] + " " + v[2:]
    if k == 1:
        return v.lower()
    return v


def massar():
    v = c("ABCDEFGHJKMNPRSTU") + str(R.randint(1, 2)) + digits(8)
    return v if R.random() < .8 else v.lower()


PLATE_AR = ["أ", "ب", "د", "هـ", "و", "ط"]
PLATE_LAT = ["A", "B", "D", "H", "W", "T"]


def plate_ar():
    n = str(R.randint(1, 99999))
    sep = c(["-", " - ", " ", "|", " | "])
    return "%s%s%s%s%d" % (n, sep, c(PLATE_AR), sep, R.randint(1, 89))


def plate_lat():
    n = str(R.randint(100, 99999))
    sep = c(["-", " ", " | ", "/"])
    return "%s%s%s%s%d" % (n, sep, c(PLATE_LAT), sep, R.randint(1, 89))


# ---------------------------------------------------------------- dates
MON_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
          "septembre", "octobre", "novembre", "décembre"]
MON_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MON_AR = ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر",
          "أكتوبر", "نونبر", "دجنبر"]
MON_MASHRIQ = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب",
               "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"]
MON_DJ = ["janvier", "fevrier", "mars", "abril", "mai", "younyo", "youlyouz", "ghocht",
          "chtanbir", "oktobir", "nonbir", "dojanbir"]


def ymd(lo=1948, hi=2009):
    return R.randint(lo, hi), R.randint(1, 12), R.randint(1, 28)


def dob_num():
    y, m, d = ymd()
    return c(["%02d/%02d/%d", "%02d-%02d-%d", "%02d.%02d.%d", "%d/%d/%d"]) % (d, m, y)


def dob_fr():
    y, m, d = ymd()
    if R.random() < .5:
        return "%s %s %d" % ("1er" if d == 1 else str(d), MON_FR[m - 1], y)
    return dob_num()


def dob_en():
    y, m, d = ymd()
    k = R.randrange(4)
    if k == 0:
        return "%d %s %d" % (d, MON_EN[m - 1], y)
    if k == 1:
        return "%s %d, %d" % (MON_EN[m - 1], d, y)
    if k == 2:
        return "%d-%02d-%02d" % (y, m, d)
    return "%02d/%02d/%d" % (d, m, y)


def dob_ar():
    y, m, d = ymd()
    k = R.randrange(4)
    if k == 0:
        return "%d %s %d" % (d, MON_AR[m - 1], y)
    if k == 1:
        return "%d %s %d" % (d, MON_MASHRIQ[m - 1], y)
    return "%02d/%02d/%d" % (d, m, y)


def dob_dj():
    y, m, d = ymd(1960, 2008)
    if R.random() < .5:
        return "%d %s %d" % (d, MON_DJ[m - 1], y)
    return "%d/%d/%d" % (d, m, y)


def pdate():  # a plain date (not a birth)
    y, m, d = ymd(2024, 2026)
    if R.random() < .7:
        return "%02d/%02d/%d" % (d, m, y)
    return "%d-%02d-%02d" % (y, m, d)


def pdate_fr():
    y, m, d = ymd(2024, 2026)
    return "%d %s %d" % (d, MON_FR[m - 1], y)


def pdate_ar():
    y, m, d = ymd(2024, 2026)
    return "%d %s %d" % (d, MON_AR[m - 1], y)


def ptime():
    return c(["%dh%02d", "%d:%02d"]) % (R.randint(8, 19), c([0, 15, 30, 45]))


# ---------------------------------------------------------------- negatives
def order():
    return c(["CMD-2025-%s", "ORD%s", "#%s", "CDE/%s"]) % digits(R.choice([6, 7]))


def invoice():
    return c(["FAC/2025/%s", "F-%s", "INV-2025-%s"]) % digits(5)


def parcel():
    return "%s%s%s" % (c(["CG", "RR", "EE", "LX"]), digits(9), "MA")


def sku():
    return c(["SKU-%s-%s", "REF %s/%s", "ART-%s-%s"]) % (
        c(["TV55", "FR200", "PH128", "LV7KG", "CL12K", "AS900"]), digits(4))


def price():
    v = R.randint(49, 25000)
    if R.random() < .25:
        return "%s DH" % "{:,}".format(v).replace(",", " ")
    return c(["%d DH", "%d,00 dhs", "%d MAD", "%d dh"]) % v


def price_ar():
    return "%d درهم" % R.randint(49, 25000)


def fakephone():  # 8-digit phone look-alike (reference numbers)
    return c(["06%s-%s", "07%s %s", "05%s.%s"]) % (digits(2), digits(4))


def ticket():
    return c(["TCK-%s", "INC%s", "REQ-%s"]) % digits(6)


def version():
    a, b, d = R.randint(1, 12), R.randint(0, 20), R.randint(0, 9)
    k = R.randrange(3)
    if k == 0:
        return "v%d.%d.%d" % (a, b, d)
    if k == 1:
        return "%d.%d.%d" % (a, b, d)
    return "version %d.%d" % (a, b)


def model():
    return c(["Galaxy A54", "Redmi Note 13", "iPhone 14", "Dacia Logan", "Clio 5",
              "Peugeot 208", "Hyundai Accent", "ThinkPad T14", "HP ProBook 450"])


def dossier():
    return c(["DOS-%s", "SIN-2025-%s", "PR%s"]) % digits(6)


def amount():
    return "%s %s" % ("{:,}".format(R.randint(1000, 900000)).replace(",", " "), c(["DH", "dirhams"]))


def club():
    return c(["Wydad de Casablanca", "Hassania d'Agadir", "Maghreb de Fès", "Kawkab de Marrakech",
              "Ittihad de Tanger", "Moghreb de Tétouan"])


def brand():
    return c(["Pâtisserie Fès Royale", "Casa Boissons", "Marrakech Motors", "Agadir Surf Club",
              "Hôtel Ifrane Palace", "Tanger Print", "Rabat Digital Week", "Oujda Tech Park"])


def club_ar():
    return c(["الوداد البيضاوي", "حسنية أكادير", "المغرب الفاسي", "الكوكب المراكشي",
              "اتحاد طنجة"])


def brand_ar():
    return c(["مخبزة فاس الملكية", "مشروبات الدار البيضاء", "فندق إفران بالاس",
              "مطبعة طنجة", "نقل مراكش السريع"])


def first_dj():
    return c(FIRST_DJ)


def event():
    return c(["Rabat Digital Week", "Casablanca Fintech Forum", "Salon Agadir Agri",
              "Marrakech Health Summit", "Fès Data Days", "Tanger Port Expo"])


def count():
    return str(R.randint(2, 12))


def km():
    return "%s km" % "{:,}".format(R.randint(20000, 240000)).replace(",", " ")


def year():
    return str(R.randint(2008, 2023))


NEG_GENS = {"order", "invoice", "parcel", "sku", "price", "price_ar", "fakephone", "ticket",
            "version", "model", "dossier", "amount", "club", "brand", "imei", "badrib",
            "pdate", "pdate_fr", "pdate_ar", "ptime", "km", "year", "club_ar", "brand_ar",
            "city", "city_ar", "city_dj", "event"}



# ---------------------------------------------------------------- templates
# (lang, domain, template[, "neg"])  "neg" marks look-alike negatives written as literals.
T = []


def add(lang, rows):
    for r in rows:
        T.append((lang,) + r)


add("fr", [
    ("prompt", "Peux-tu anonymiser ce message avant de l'envoyer au prestataire : « Je m'appelle {PERSON=name_low}, mon RIB est {MA_RIB=rib} et je suis joignable au {PHONE_NUMBER=phone} » ? Ticket {ticket}."),
    ("hr", "Fiche employé | NOM Prénom : {PERSON=name_caps} | CIN : {MA_CIN=cin} | CNSS : {MA_CNSS=cnss} | Adresse : {LOCATION=addr_fr} | Matricule interne {fakephone}"),
    ("support_chat", "Bonjour, je suis {PERSON=name_f}, cliente depuis 2019. Ma commande {order} n'est jamais arrivée à mon adresse : {LOCATION=addr_fr}. Vous pouvez me joindre au {PHONE_NUMBER=phone}."),
    ("email", "Objet : changement de RIB\nMadame, Monsieur,\nJe vous prie de verser mon salaire sur le compte {MA_RIB=rib} ouvert au nom de {PERSON=name_lat}. Ancienne référence de virement : {badrib}.\nCordialement."),
    ("bank_form", "Nom et prénom : {PERSON=name_caps}\nCIN : {MA_CIN=cin}\nNé(e) le : {DATE_OF_BIRTH=dob_fr} à {LOCATION=city}\nIBAN : {IBAN_CODE=iban}\nMontant demandé : {amount}"),
    ("hr_cv", "CV – {PERSON=name_f}\nNée le {DATE_OF_BIRTH=dob_fr} à {LOCATION=city}\nAdresse : {LOCATION=addr_fr}\nTél. : {PHONE_NUMBER=phone} – {EMAIL_ADDRESS=email}\nExpérience : comptable chez {brand} (2019-2024)."),
    ("medical", "RDV du {pdate} à {ptime} – patiente {PERSON=name_f}, [[HEALTH|enceinte de 6 mois||diabétique sous insuline||suivie pour une dépression sévère]]. Immatriculation CNSS : {MA_CNSS=cnss}."),
    ("medical", "Le Dr {PERSON=name_lat} renouvelle l'ordonnance de M. {PERSON=name_m} : [[HEALTH|Metformine 850 mg matin et soir||Lévothyrox 75 µg à jeun||Ventoline deux bouffées en cas de crise]], prochain contrôle le {pdate}."),
    ("insurance", "Déclaration de sinistre {dossier} : le véhicule immatriculé {MA_LICENSE_PLATE=plate_ar} conduit par {PERSON=name_lat} a été percuté le {pdate} à {ptime}. Franchise : {price}."),
    ("car_ad", "À vendre {model} 2018, {km}, prix {price} à débattre. Contact : {PHONE_NUMBER=phone} (demandez {PERSON=first_lat}). Réf. annonce {fakephone}."),
    ("real_estate", "Particulier loue F3 meublé, 2e étage, {price} par mois, visite le {pdate_fr} à {ptime}. Propriétaire : {PERSON=name_low}, {PHONE_NUMBER=phone}, réf. {fakephone}."),
    ("ecommerce", "Commande {order} du {pdate} : 1 × {model} ({sku}), {price}. Livraison à {PERSON=name_lat}, {LOCATION=addr_fr}. Paiement carte {CREDIT_CARD=card}."),
    ("government", "Demande de duplicata : je soussigné {PERSON=name_caps_m}, titulaire de la CIN n° {MA_CIN=cin}, demeurant {LOCATION=addr_fr}, déclare la perte de ma carte le {pdate}."),
    ("prompt", "Rédige une lettre de motivation pour {PERSON=name_low_f}, [[ETHNIC_ORIGIN|d'origine sahraouie||issue d'une famille amazighe du Souss||d'origine subsaharienne]], qui postule comme comptable chez {brand}."),
    ("dialogue", "Conseiller : Pour vérifier votre identité, donnez-moi votre numéro de carte nationale.\nClient : {MA_CIN=cin_low}\nConseiller : Merci. Et le numéro de téléphone associé au compte ?\nClient : {PHONE_NUMBER=phone}"),
    ("dialogue", "Agent : Quel est votre numéro d'immatriculation à la caisse ?\nAdhérent : c'est le {MA_CNSS=cnss}, au nom de {PERSON=name_lat}.\nAgent : Très bien, le dossier {dossier} est en cours."),
    ("hr", "Note RH : {PERSON=name_m} ([[UNION_MEMBERSHIP|délégué syndical depuis 2021||adhérent de la section syndicale du site]]) demande un congé à partir du {pdate}."),
    ("support_email", "Bonjour, je suis {PERSON=name_lat}, [[UNION_MEMBERSHIP|je cotise au syndicat depuis 2018||j'ai ma carte à la centrale syndicale]] et je voudrais savoir si la retenue de {price} sur ma fiche de paie est normale."),
    ("hr", "Pour le séminaire du {pdate_fr}, merci de prévoir un repas adapté pour {PERSON=name_lat}, qui [[RELIGION_BELIEF|jeûne le lundi et le jeudi||respecte le shabbat et mange casher||fait ses cinq prières et demande une salle au calme]]."),
    ("hr", "Compte rendu : {PERSON=name_f}, [[POLITICAL_OPINION|militante active d'un parti de gauche||qui a fait campagne pour l'opposition aux dernières législatives]], demande à ne pas apparaître sur les photos de l'événement."),
    ("hr", "Vérification avant embauche : le candidat {PERSON=name_caps_m}, CIN {MA_CIN=cin}, [[CRIMINAL|a été condamné en 2017 à deux ans de prison pour vol||a purgé dix-huit mois pour escroquerie||a un casier judiciaire pour trafic de stupéfiants]]."),
    ("medical", "Résultat du laboratoire pour {PERSON=name_f}, née le {DATE_OF_BIRTH=dob_num} : [[GENETIC|porteuse de la mutation BRCA1||test génétique positif pour la drépanocytose||caryotype montrant une translocation équilibrée]]. Dossier {dossier}."),
    ("hr", "Pointage : {PERSON=name_lat} a enregistré [[BIOMETRIC|son empreinte digitale||un modèle de reconnaissance faciale]] sur la badgeuse (firmware {version})."),
    ("travel", "Réservation {ticket} : passager {PERSON=name_caps_m}, passeport {MA_PASSPORT=passport}, né le {DATE_OF_BIRTH=dob_fr}. Départ le {pdate} à {ptime}."),
    ("school", "Inscription au lycée : élève {PERSON=name_lat}, code Massar {MA_MASSAR=massar}, [[HEALTH|asthmatique||allergique à l'arachide||épileptique sous Dépakine]]. Parent à contacter : {PHONE_NUMBER=phone}."),
    ("invoice", "Facture {invoice} – Client : {brand}, ICE {MA_ICE=ice}. Gérant : {PERSON=name_lat}. Total TTC : {price}."),
    ("security", "Connexion suspecte sur le compte de {PERSON=name_lat} depuis l'adresse {IP_ADDRESS=ip} le {pdate} à {ptime} (application {version})."),
    ("prompt", "Quelle est la différence entre le diabète de type 1 et de type 2 ? Et le jeûne du ramadan est-il déconseillé aux diabétiques ?", "neg"),
    ("weather", "Météo : il fera 38 °C à {city} et 24 °C à {city} ce {pdate_fr}. Le match {club} – {club} est maintenu à {ptime}."),
    ("ecommerce", "Suivi colis {parcel} : votre commande {order} ({sku}) sera livrée le {pdate}. Montant à payer à la livraison : {price}. Référence interne {fakephone}."),
    ("news", "Revue de presse : un parti de la majorité a tenu son congrès à {city} ; les syndicats de l'enseignement appellent à une grève nationale le {pdate_fr}.", "neg"),
    ("events", "Le Palais des congrès de {city} accueillera {event} du {pdate_fr} ; billets à {price}, ouverture des portes à {ptime}."),
    ("call_centre", "[00:01] Agent : Banque, bonjour.\n[00:04] Client : oui bonjour, c'est {PERSON=name_low}, j'ai perdu ma carte.\n[00:09] Agent : Vous avez le numéro ?\n[00:12] Client : {CREDIT_CARD=card}\n[00:20] Agent : Je la bloque. Vous habitez toujours {LOCATION=addr_fr} ?"),
    ("medical", "Mon père {PERSON=name_m} [[HEALTH|fait ses séances de dialyse trois fois par semaine||est sous chimiothérapie depuis mars||prend du Deroxat depuis son burn-out]], pouvons-nous décaler le rendez-vous au {pdate} ?"),
    ("bank_form", "Virement permanent : bénéficiaire {PERSON=name_lat}, RIB {MA_RIB=rib}, montant {price}, motif loyer, à partir du {pdate}."),
    ("support_chat", "Bonjour, je m'appelle {PERSON=name_low}, j'habite {LOCATION=addr_fr} et mon adresse mail {EMAIL_ADDRESS=email} ne reçoit plus vos factures ({invoice})."),
])

add("en", [
    ("prompt", "Translate into French: 'Dear {PERSON=name_lat}, your appointment for [[HEALTH|the HIV viral-load test||your chemotherapy session||the insulin dose review]] is on {pdate} at {ptime}.'"),
    ("support_email", "Hi, my name is {PERSON=name_lat} and I was charged twice for order {order} ({price}). Card used: {CREDIT_CARD=card}. Please refund to IBAN {IBAN_CODE=iban}."),
    ("visa_form", "Applicant: {PERSON=name_lat}\nDate of birth: {DATE_OF_BIRTH=dob_en}\nPlace of birth: {LOCATION=city}\nPassport no.: {MA_PASSPORT=passport}\nVisa fee paid: {price}"),
    ("dialogue", "Agent: Can you confirm your national ID number?\nCaller: sure, {MA_CIN=cin}\nAgent: And your date of birth?\nCaller: {DATE_OF_BIRTH=dob_en}"),
    ("hr", "Employee record – {PERSON=name_caps}, CNSS {MA_CNSS=cnss}, lives at {LOCATION=addr_en}. Note: [[UNION_MEMBERSHIP|shop steward for the workers' union||pays union dues through payroll]]."),
    ("medical", "Appointment note {pdate}, {ptime}: {PERSON=name_lat} [[HEALTH|has type 1 diabetes and uses an insulin pump||is 20 weeks pregnant||is on methotrexate for rheumatoid arthritis]]; call back on {PHONE_NUMBER=phone}."),
    ("prompt", "Summarise this complaint from {PERSON=name_low} ({EMAIL_ADDRESS=email}): the technician who came to {LOCATION=addr_en} was two hours late and the router firmware {version} keeps crashing."),
    ("car_ad", "For sale: {model}, {km}, plate {MA_LICENSE_PLATE=plate_lat}, asking {price}. Call {PERSON=first_lat} on {PHONE_NUMBER=phone_intl}."),
    ("ecommerce", "Order {order} shipped, tracking {parcel}. Recipient: {PERSON=name_lat}, {LOCATION=addr_en}, phone {PHONE_NUMBER=phone}. Device IMEI: {imei}."),
    ("hr", "Please schedule {PERSON=name_m}'s shifts so that [[RELIGION_BELIEF|he can attend Friday prayers at the mosque||he can keep Shabbat||he can break his Ramadan fast at sunset]]."),
    ("hr", "Background note: {PERSON=name_lat} [[POLITICAL_OPINION|campaigned for the opposition party in the last elections||has been a card-carrying member of a left-wing party since 2011]] and asked that this not be shared."),
    ("real_estate", "Tenant screening: {PERSON=name_lat} (CIN {MA_CIN=cin}) [[CRIMINAL|was convicted of fraud in 2018||served two years for armed robbery||has a prior conviction for drunk driving]]."),
    ("medical", "Lab report for {PERSON=name_lat}, DOB {DATE_OF_BIRTH=dob_en}: [[GENETIC|carrier of the BRCA2 mutation||genetic test shows beta-thalassemia trait||positive for the HFE gene variant]]."),
    ("bank", "The bank's app stored [[BIOMETRIC|a face scan||the fingerprint template||a voiceprint]] of {PERSON=name_lat} during onboarding on {pdate}, device {model}."),
    ("hr", "Interview notes: {PERSON=name_lat} [[ETHNIC_ORIGIN|is of Sub-Saharan African descent||comes from a Sahrawi family||is of Riffian Amazigh origin]] and speaks three languages."),
    ("procurement", "Supplier onboarding: {brand}, ICE {MA_ICE=ice}, contact {PERSON=name_lat}, {EMAIL_ADDRESS=email}. Invoice {invoice} for {price}."),
    ("security", "Security alert: sign-in to {EMAIL_ADDRESS=email} from {IP_ADDRESS=ip} at {ptime}. App build {version}."),
    ("school", "Parent message: my son {PERSON=name_m}, Massar code {MA_MASSAR=massar}, will miss school on {pdate} because of [[HEALTH|his epilepsy check-up||a severe asthma attack||his ADHD medication review]]."),
    ("prompt", "What are the symptoms of hypertension, and can people with diabetes fast during Ramadan?", "neg"),
    ("weather", "Weather in {city} tomorrow: 31°C, wind 20 km/h. {event} opens at {ptime}, tickets {price}."),
    ("invoice", "Invoice {invoice}: 3 × {sku} at {price}, shipped {pdate}, internal reference {fakephone}, order {order}."),
    ("dialogue", "Agent: Which RIB should the refund go to?\nCustomer: {MA_RIB=rib}\nAgent: And the account holder's name as on the card?\nCustomer: {PERSON=name_caps}"),
    ("call_centre", "Caller: my number is zero six... sorry, let me read it: {PHONE_NUMBER=phone}. And my email is {EMAIL_ADDRESS=email}.\nAgent: Thanks, ticket {ticket} is open."),
    ("real_estate", "Landlord {PERSON=name_lat} lives at {LOCATION=addr_en} and can be reached at {EMAIL_ADDRESS=email}. Flat reference {fakephone}, rent {price}."),
    ("medical", "Please note {PERSON=name_lat} [[HEALTH|takes Sintrom and needs weekly INR checks||is on dialysis on Mondays and Thursdays||uses a CPAP machine at night]]; re-book for {pdate}."),
    ("hr", "{PERSON=name_lat} was born on {DATE_OF_BIRTH=dob_en} in {LOCATION=village} and now lives in {LOCATION=city}."),
    ("news", "News: the teachers' union called a national strike on {pdate}; parliament debated the finance bill and an opposition party walked out.", "neg"),
    ("dialogue", "Bot: What is the passport number on the booking?\nUser: {MA_PASSPORT=passport}\nBot: And the lead passenger?\nUser: {PERSON=name_low}"),
    ("insurance", "Claim {dossier}: vehicle {MA_LICENSE_PLATE=plate_ar} owned by {PERSON=name_lat} was hit in a car park on {pdate}. Repair quote {price}."),
])

add("ar", [
    ("government", "بطاقة التعريف: {PERSON=name_ar_m} — رقم {MA_CIN=cin} — المزداد في {DATE_OF_BIRTH=dob_ar@ai} — العنوان: {LOCATION=addr_ar@ai}"),
    ("government", "السيد {PERSON=name_ar_m}، الحامل للبطاقة الوطنية رقم {MA_CIN=cin}، المزداد بتاريخ {DATE_OF_BIRTH=dob_ar} ب{LOCATION=city_ar}، والقاطن ب{LOCATION=addr_ar}."),
    ("bank", "طلب تحويل: المرجو تحويل مبلغ {price_ar} إلى الحساب البنكي {MA_RIB=rib@ai} باسم {PERSON=name_ar}."),
    ("form", "الاسم الكامل: {PERSON=name_ar}\nرقم الهاتف: {PHONE_NUMBER=phone@ai}\nالبريد الإلكتروني: {EMAIL_ADDRESS=email}\nرقم الطلب: {order}"),
    ("medical", "موعد يوم {pdate_ar} على الساعة {ptime}: المريضة {PERSON=name_ar} [[HEALTH|حامل في الشهر السادس||مصابة بداء السكري من النوع الثاني||تخضع لحصص تصفية الكلي]]."),
    ("medical", "وصفة طبية للسيد {PERSON=name_ar_m}: [[HEALTH|أنسولين لانتوس عشرون وحدة مساء||ليفوثيروكس مئة ميكروغرام صباحا||دواء الليثيوم مرتين في اليوم]]، ومراجعة بعد شهر."),
    ("government", "طلب شهادة السكنى: أنا الموقع أسفله {PERSON=name_ar}، رقم بطاقتي الوطنية {MA_CIN=cin@fa}، أقطن ب{LOCATION=addr_ar} منذ سنة {year}."),
    ("hr", "تبين من السجل العدلي أن المعني بالأمر {PERSON=name_ar_m} [[CRIMINAL|سبق أن حكم عليه بسنتين حبسا نافذا بتهمة السرقة||أدين سنة 2016 بتهمة النصب والاحتيال]]."),
    ("hr", "الموظفة {PERSON=name_ar_f} [[RELIGION_BELIEF|تصوم يومي الاثنين والخميس||اعتنقت المسيحية منذ سنوات||تؤدي صلاة الجمعة في المسجد]] وتطلب تعديل مواعيد العمل."),
    ("report", "ورد في التقرير أن {PERSON=name_ar_m} [[POLITICAL_OPINION|ناشط في حزب يساري معارض||دعا إلى مقاطعة الانتخابات الأخيرة||عضو في المكتب المحلي لحزب معارض]]."),
    ("hr", "{PERSON=name_ar_m} [[UNION_MEMBERSHIP|منخرط في نقابة التعليم||مندوب نقابي عن العمال||يؤدي واجب الانخراط النقابي كل شهر]] ويطالب بصرف منحة قدرها {price_ar}."),
    ("hr", "المرشحة {PERSON=name_ar_f} [[ETHNIC_ORIGIN|من أصول أمازيغية||من أصل صحراوي||من أصول إفريقية جنوب الصحراء]] وتتقن ثلاث لغات."),
    ("medical", "نتيجة التحليل الجيني للطفل {PERSON=name_ar_m}: [[GENETIC|حامل لطفرة جينية مسببة للتليف الكيسي||مصاب بفقر الدم المنجلي الوراثي]]."),
    ("hr", "تم تسجيل [[BIOMETRIC|بصمات أصابع||بصمة وجه]] السيد {PERSON=name_ar_m} في نظام الحضور يوم {pdate_ar}."),
    ("travel", "جواز السفر رقم {MA_PASSPORT=passport} في اسم {PERSON=name_ar_m}، المزداد في {DATE_OF_BIRTH=dob_ar@ai}."),
    ("traffic", "السيارة ذات الترقيم {MA_LICENSE_PLATE=plate_ar} المملوكة ل{PERSON=name_ar} ارتكبت مخالفة يوم {pdate_ar}، والغرامة {price_ar}."),
    ("school", "التلميذ {PERSON=name_ar_m}، رمز مسار {MA_MASSAR=massar}، يدرس بالسنة الثانية باكالوريا."),
    ("hr", "رقم التسجيل في الضمان الاجتماعي: {MA_CNSS=cnss@ai} — الأجير: {PERSON=name_ar_m}."),
    ("invoice", "فاتورة رقم {invoice} — المعرف الموحد للمقاولة {MA_ICE=ice@ai} — المبلغ الإجمالي {price_ar}."),
    ("insurance", "يرجى تحويل التعويض عن الملف {dossier} إلى الحساب {IBAN_CODE=iban} في اسم {PERSON=name_ar}."),
    ("ecommerce", "تم رفض الأداء بالبطاقة {CREDIT_CARD=card} للطلبية {order} بتاريخ {pdate_ar}."),
    ("security", "تم رصد دخول إلى حساب {PERSON=name_ar} من العنوان {IP_ADDRESS=ip} على الساعة {ptime}."),
    ("prompt", "ما هي أعراض مرض السكري؟ وهل يمكن لمرضى الضغط صيام رمضان؟", "neg"),
    ("weather", "الطقس غدا في {city_ar}: حرارة تصل إلى 40 درجة، ومباراة {club_ar} تقام على الساعة {ptime}."),
    ("news", "عقد حزب سياسي مؤتمره الوطني في {city_ar} يوم {pdate_ar}، بينما دعت النقابات إلى إضراب عام.", "neg"),
    ("dialogue", "الموظف: ما هو رقم بطاقتك الوطنية؟\nالزبون: {MA_CIN=cin}\nالموظف: ورقم الهاتف؟\nالزبون: {PHONE_NUMBER=phone@ai}"),
    ("hr", "ولد {PERSON=name_ar_m} في {DATE_OF_BIRTH=dob_ar@fa} بقرية {LOCATION=village_ar} ويعمل حاليا في {brand_ar}."),
    ("ecommerce", "رقم الطلبية {order}، رقم التتبع {parcel}، المبلغ {price_ar}، تاريخ التسليم {pdate_ar}، رمز المنتج {sku}."),
    ("prompt", "اكتب رسالة اعتذار إلى الزبونة {PERSON=name_ar_f} التي تسكن في {LOCATION=addr_ar} بسبب تأخر الطلبية {order}."),
    ("dialogue", "الموظف: ما هو تاريخ ازديادك؟\nالمواطن: {DATE_OF_BIRTH=dob_ar@ai}\nالموظف: ومكان الازدياد؟\nالمواطن: {LOCATION=city_ar}"),
])

add("darija", [
    ("personal", "ana asli men {LOCATION=village} walakin sakn f {LOCATION=city_dj} mn 2015, smiti {PERSON=name_dj_m}"),
    ("support_chat", "salam, smiti {PERSON=name_dj_m}, commande dyali {order} mazal ma wslatnich, ana sakn f {LOCATION=addr_dj}, nmra dyali {PHONE_NUMBER=phone}"),
    ("dialogue", "- khoya 3afak sift liya rib dyalk bach n7wel lik {price}\n- ok ha howa: {MA_RIB=rib}"),
    ("medical", "ana {PERSON=name_dj_f}, [[HEALTH|3ndi sokkar o kandreb l'insuline||mrida b tension o kanakhod dwa kol nhar||kandir dialyse 3 merrat f simana]], bghit nbeddel lmaw3id l {pdate}."),
    ("personal", "smiti {PERSON=name_dj_f}, tzadit nhar {DATE_OF_BIRTH=dob_dj} f {LOCATION=city_dj}, o daba sakna f {LOCATION=city_dj}."),
    ("government", "cin dyali {MA_CIN=cin_low} o passport {MA_PASSPORT=passport}, wach momkin tsaliw liya dossier {dossier}?"),
    ("hr", "mrati {PERSON=first_dj_f} [[HEALTH|7amla f chhar 5||kadir séances dyal kimia||3ndha ddi9a o katkhdem b ventoline]], wach t9der matkhdmch b lil?"),
    ("hr", "sa7bi {PERSON=first_dj_m} [[RELIGION_BELIEF|kaysoum ramadan o kaysli f jame3 kol jem3a||kaysoum tnin o lkhmis||wella m9ri f l'église]], ma t3tiwhch shift nhar jem3a f l3chiya."),
    ("hr", "rah {PERSON=name_dj_m} [[POLITICAL_OPINION|kaykhdem m3a l7izb dyal lyassar||kaydir campagne l l'opposition f kol intikhabat]], ma tjbdouch m3ah lpolitique f lkhedma."),
    ("hr", "[[UNION_MEMBERSHIP|ana m3a nniqaba||kankhles cotisation dyal sandika kol chhar]] o bghit n3rf 3la {price} li t9t3o men salaire dyali. {PERSON=name_dj}"),
    ("hr", "khouh {PERSON=first_dj_m} [[CRIMINAL|dkhel l7bes 3am 2019 3la sariqa||kla 3 snin d l7bes 3la trafic||mchdoud f affaire dyal nasb]], ma n9drouch nkhdmouh."),
    ("hr", "ana [[ETHNIC_ORIGIN|chel7a men souss||sa7rawiya men l'asl||rifiya]] o smiti {PERSON=name_dj_f}, kanhder tachl7it o lfransawiya."),
    ("medical", "tbib gal liya bli wlidi {PERSON=first_dj_m} [[GENETIC|3ndo thalassémie wirathiya||tla3 3ndo test génétique positif dyal drépanocytose]]."),
    ("bank", "l'application dyal lbanka khdat [[BIOMETRIC|l'empreinte dyali||tswira dyal wjhi l reconnaissance faciale]] bla ma tsewlni, ana {PERSON=name_dj}."),
    ("car_ad", "tomobil {model} l bi3, {km}, matricule {MA_LICENSE_PLATE=plate_lat}, taman {price}, tssel b {PERSON=first_dj} f {PHONE_NUMBER=phone}"),
    ("dialogue", "- chno lmatricule dyal tomobil?\n- {MA_LICENSE_PLATE=plate_lat}\n- o smit mol tomobil?\n- {PERSON=name_dj}"),
    ("bank", "3afak blokiw liya la carte {CREDIT_CARD=card}, tsr9at liya f tram, ana {PERSON=name_dj}."),
    ("hr", "ra9m cnss dyali {MA_CNSS=cnss}, o patron ma kaysre7nich. {PERSON=name_dj}, {PHONE_NUMBER=phone}"),
    ("school", "code massar dyal bnti {MA_MASSAR=massar}, 3afak sifto liya natija f {EMAIL_ADDRESS=email}"),
    ("ecommerce", "l'iban dyali howa {IBAN_CODE=iban}, sifto fih remboursement dyal commande {order}"),
    ("invoice", "ice dyal charika {MA_ICE=ice}, facture {invoice} b {price}, khlsoha 9bel {pdate}"),
    ("security", "chi wa7ed dkhel l compte dyali men ip {IP_ADDRESS=ip}, mab9itch n9der ndkhl, email dyali {EMAIL_ADDRESS=email}"),
    ("prompt", "wach sokkar kaytwerret? o chno lmakla li mzyana l tension? o wach lmrid b sokkar y9der ysoum?", "neg"),
    ("weather", "ljaw ghda f {city_dj} skhoun bzaf, o match {club} m3a {club} f {ptime}"),
    ("ecommerce", "commande {order} wslat? ana khlst {price}, code suivi {parcel}, ref {fakephone}"),
    ("dialogue", "- 3tini nmra dyalk\n- {PHONE_NUMBER=phone}\n- o smitek?\n- {PERSON=name_dj}"),
    ("dialogue", "- imta tzaditi?\n- {DATE_OF_BIRTH=dob_dj}\n- o fin?\n- {LOCATION=city_dj}"),
    ("dialogue", "- fin saken daba?\n- {LOCATION=addr_dj}\n- ok, livreur ghadi yjik {pdate} 3la {ptime}"),
    ("news", "chft f lakhbar bli l7izb dyal lmo3arada dar meeting f {city_dj}, o nniqabat 3lnat 3la grève nhar {pdate}", "neg"),
])

add("darija_ar", [
    ("personal", "أنا أصلي من {LOCATION=village_ar} وساكن ف {LOCATION=city_ar} من 2016، سميتي {PERSON=name_ar_m}"),
    ("support_chat", "السلام، سميتي {PERSON=name_ar_m}، الكوموند ديالي {order} باقا ما وصلاتش، أنا ساكن ف {LOCATION=addr_da}، النمرة ديالي {PHONE_NUMBER=phone}"),
    ("medical", "[[HEALTH|عندي السكر وكنضرب الأنسولين||مريضة بالضيقة||كنتبع مع طبيب نفساني وكناخد دوا ديال الأعصاب]] وبغيت نبدل الموعد ل{pdate}. {PERSON=name_ar_f}"),
    ("personal", "سميتي {PERSON=name_ar_f}، تزاديت ف {DATE_OF_BIRTH=dob_ar@ai} ف {LOCATION=city_ar}، ودابا ساكنة ف {LOCATION=city_ar}."),
    ("dialogue", "- شنو رقم البطاقة الوطنية ديالك؟\n- {MA_CIN=cin}\n- وسميتك الكاملة؟\n- {PERSON=name_ar}"),
    ("bank", "صيفط ليا الريب ديالك باش نصيفط ليك {price_ar}\n- ها هو: {MA_RIB=rib@ai}"),
    ("hr", "خويا {PERSON=first_ar_m} [[RELIGION_BELIEF|كيصلي الفجر ف الجامع ديما||كيصوم الاثنين والخميس||ولا مسيحي وكيمشي للكنيسة]]، ما تحطوش ليه الخدمة بكري."),
    ("hr", "{PERSON=name_ar_m} [[POLITICAL_OPINION|مناضل ف واحد الحزب ديال اليسار||كيدعم المعارضة ف كل انتخابات]]، ما تهضروش معاه ف السياسة."),
    ("hr", "[[UNION_MEMBERSHIP|أنا داخل ف النقابة||كنخلص الانخراط ديال النقابة كل شهر]] وبغيت نعرف علاش قطعو ليا {price_ar}. {PERSON=name_ar_m}"),
    ("personal", "ولد الجيران {PERSON=first_ar_m} [[CRIMINAL|دخل الحبس عامين على الشفرة||تشد على الحشيش وخدا عام حبس]]، وخرج هاد الشهر."),
    ("hr", "أنا [[ETHNIC_ORIGIN|شلحة من سوس||صحراوية من الأصل||ريفية]] وسميتي {PERSON=name_ar_f}، كنهضر الأمازيغية والعربية."),
    ("medical", "الطبيب قال بلي {PERSON=first_ar_m} [[GENETIC|عندو مرض وراثي ف الدم||التحليل الجيني بان فيه طفرة]]، خاصو تتبع."),
    ("bank", "البنكة خدات [[BIOMETRIC|البصمة ديالي||تصويرة الوجه ديالي]] وأنا ما بغيتش، {PERSON=name_ar}."),
    ("insurance", "الطوموبيل ديالي ماتريكول {MA_LICENSE_PLATE=plate_ar}، تسرقات ليا البارح، أنا {PERSON=name_ar}."),
    ("bank", "بلوكيو ليا الكارط {CREDIT_CARD=card@ai}، ضاعت ليا ف الطوبيس."),
    ("hr", "النمرة ديال الضمان {MA_CNSS=cnss@ai}، والباطرون ما مصرحش بيا، سميتي {PERSON=name_ar}."),
    ("school", "كود مسار ديال بنتي {MA_MASSAR=massar}، صيفطو ليا النتيجة ف {EMAIL_ADDRESS=email}"),
    ("travel", "الباسبور ديالي {MA_PASSPORT=passport} سالا، بغيت نجددو قبل {pdate_ar}."),
    ("prompt", "واش السكر كيتورث؟ وشنو الماكلة المزيانة للضغط؟ وواش المريض يقدر يصوم رمضان؟", "neg"),
    ("weather", "الجو غدا ف {city_ar} سخون بزاف، والماتش ديال {club_ar} على {ptime}."),
    ("ecommerce", "الكوموند {order} وصلات؟ خلصت {price_ar}، كود التتبع {parcel}، والريفيرونس {fakephone}."),
    ("security", "شي واحد دخل للكونط ديالي من {IP_ADDRESS=ip}، والإيميل ديالي {EMAIL_ADDRESS=email}."),
    ("invoice", "الإيس ديال الشركة {MA_ICE=ice}، والفاتورة {invoice} ديال {price_ar}."),
    ("ecommerce", "الإيبان ديالي {IBAN_CODE=iban}، رجعو فيه الفلوس ديال {order}."),
    ("dialogue", "- إمتى تزاديتي؟\n- {DATE_OF_BIRTH=dob_ar@ai}\n- وفين كتسكن؟\n- {LOCATION=addr_da}"),
    ("dialogue", "- عطيني التيليفون ديالك\n- {PHONE_NUMBER=phone@fa}\n- والسمية؟\n- {PERSON=name_ar}"),
])

add("mixed", [
    ("support_chat", "Bonjour, smiti {PERSON=name_lat}, j'ai un problème m3a la commande {order}, livraison à {LOCATION=addr_fr}, appelez-moi 3la {PHONE_NUMBER=phone}"),
    ("bank", "Salam, wach t9der tverifier mon RIB {MA_RIB=rib}? Le virement de {price} ma wslch."),
    ("medical", "Mon père {PERSON=name_m} [[HEALTH|3ndo insuffisance rénale o kaydir dialyse||kayakhod Glucophage 1000 kol nhar||dar opération dyal l9elb f mars]], on peut avancer le RDV?"),
    ("government", "CIN: {MA_CIN=cin_low}, tel {PHONE_NUMBER=phone}, email {EMAIL_ADDRESS=email} — merci de traiter ma demande {dossier} b zerba."),
    ("bank_form", "Dossier de {PERSON=name_ar_m} : né le {DATE_OF_BIRTH=dob_num} à {LOCATION=city_ar}, CIN {MA_CIN=cin}."),
    ("support_email", "Hi team, le client {PERSON=name_lat} (IBAN {IBAN_CODE=iban}) wants a refund for invoice {invoice}, montant {price}."),
    ("hr", "Pour le team building, {PERSON=first_m} [[RELIGION_BELIEF|kaysoum had les jours||fait ses cinq prières]], donc prévoir une salle calme, merci."),
    ("hr", "{PERSON=name_m} [[POLITICAL_OPINION|militant f wa7ed l7izb d l'opposition||vote toujours pour le parti islamiste]], il ne veut pas parler de politique au travail."),
    ("hr", "Je suis {PERSON=name_lat}, [[UNION_MEMBERSHIP|je cotise au syndicat||ana m3a sandika]] — wach normal t9t3o {price} men la paie?"),
    ("hr", "Le candidat {PERSON=name_low_m} [[CRIMINAL|dkhel l7bes f 2018 pour vol||a été condamné pour escroquerie en 2015]], mais il a un bon profil technique."),
    ("hr", "{PERSON=name_f}, [[ETHNIC_ORIGIN|originaire d'une famille sahraouie||chel7a men l'asl||d'origine subsaharienne]], parle hassania et français."),
    ("medical", "Le test génétique de {PERSON=first_f} a montré [[GENETIC|une mutation BRCA1||qu'elle est porteuse saine de la drépanocytose]], tbib gal liha tdir suivi."),
    ("hr", "[[BIOMETRIC|L'empreinte digitale||Le scan du visage]] dyal {PERSON=name_lat} tsjlat f la pointeuse, firmware {version}."),
    ("insurance", "Sinistre {dossier}: la voiture {MA_LICENSE_PLATE=plate_ar} dyal {PERSON=name_lat} tdrbat f parking, devis {price}."),
    ("ecommerce", "Paiement refusé b la carte {CREDIT_CARD=card}, commande {order}, montant {price}."),
    ("personal", "Ana {PERSON=name_f}, née le {DATE_OF_BIRTH=dob_fr} f {LOCATION=city_dj}."),
    ("hr", "Mon numéro CNSS c'est {MA_CNSS=cnss}, w l'employeur {brand} ma déclarach."),
    ("school", "Code massar dyal ibni {MA_MASSAR=massar}, il n'arrive pas à se connecter depuis la mise à jour {version}."),
    ("travel", "Passeport {MA_PASSPORT=passport} dyal {PERSON=name_caps} expire le {pdate}, 3afak renouvelez."),
    ("invoice", "ICE de la société : {MA_ICE=ice}, w facture {invoice} b {price}."),
    ("security", "Hello, j'ai reçu une alerte : login men IP {IP_ADDRESS=ip} sur {EMAIL_ADDRESS=email}."),
    ("prompt", "Wach le diabète type 2 kayt9ad ytdawa b régime? Et le jeûne, c'est risqué pour les malades?", "neg"),
    ("weather", "Match {club} ce soir à {ptime}, billets {price}, ljaw f {city_dj} mzyan."),
    ("ecommerce", "Commande {order} – colis {parcel} – IMEI {imei} – retour accepté jusqu'au {pdate}."),
    ("dialogue", "Agent : votre numéro de passeport svp ?\nClient : {MA_PASSPORT=passport}\nAgent : w tarikh lazdiyad ?\nClient : {DATE_OF_BIRTH=dob_num}"),
    ("ecommerce", "Adresse de livraison : {LOCATION=addr_ar}، الهاتف {PHONE_NUMBER=phone}"),
    ("call_centre", "Client: allo, ana {PERSON=name_dj}, the card is blocked.\nAgent: quel est le numéro de la carte ?\nClient: {CREDIT_CARD=card}"),
])


# ---------------------------------------------------------------- assembly
SLOT = re.compile(r"\{([A-Z_]+=)?([a-z_]+)(?:@([a-z]+))?\}|\[\[([A-Z_]+)\|(.+?)\]\]|\(\((.+?)\)\)", re.S)


def render(tpl):
    out, spans, pos, neg = [], [], 0, False
    last = 0
    for m in SLOT.finditer(tpl):
        lit = tpl[last:m.start()]
        out.append(lit)
        pos += len(lit)
        last = m.end()
        if m.group(2):
            label = m.group(1)[:-1] if m.group(1) else None
            val = GENS[m.group(2)]()
            if m.group(3):
                val = MODS[m.group(3)](val)
            if label is None and m.group(2) in NEG_GENS:
                neg = True
        elif m.group(4):
            label, val = m.group(4), c(m.group(5).split("||"))
        else:
            label, val = None, c(m.group(6).split("||"))
        if label:
            assert label in LABELS, label
            spans.append({"entity_type": label, "start": pos, "end": pos + len(val), "_v": val})
        out.append(val)
        pos += len(val)
    out.append(tpl[last:])
    return "".join(out), spans, neg


def norm_digits(s):
    t = []
    for ch in s:
        if ch in AI:
            t.append(str(AI.index(ch)))
        elif ch in FA:
            t.append(str(FA.index(ch)))
        else:
            t.append(ch)
    return "".join(t)


def check(rec):
    text = rec["text"]
    prev_end = -1
    for s in rec["spans"]:
        v = s.pop("_v")
        assert text[s["start"]:s["end"]] == v, (rec["id"], s, v)
        assert s["start"] >= prev_end, ("overlap", rec["id"])
        assert v == v.strip() and v, (rec["id"], v)
        prev_end = s["end"]
        et = s["entity_type"]
        d = re.sub(r"\D", "", norm_digits(v))
        if et == "MA_RIB":
            assert len(d) == 24 and int(d) % 97 == 0, v
        elif et == "IBAN_CODE":
            x = v.replace(" ", "")
            assert len(x) == 28 and x[:2] == "MA" and x[4:].isdigit()
            assert int(x[4:] + "2210" + x[2:4]) % 97 == 1, v
            assert int(x[4:]) % 97 == 0, v
        elif et == "CREDIT_CARD":
            assert len(d) in (15, 16) and luhn_ok(d), v
        elif et == "MA_ICE":
            assert len(d) == 15 and int(d) % 97 == 0, v
        elif et == "MA_CNSS":
            assert len(d) == 9, v
        elif et == "MA_CIN":
            assert re.fullmatch(r"[A-Za-z]{1,2} ?\d{5,6}", v), v
        elif et == "MA_PASSPORT":
            assert re.fullmatch(r"[A-Za-z]{2} ?\d{7}", v), v
        elif et == "MA_MASSAR":
            assert re.fullmatch(r"[A-Za-z]\d{9}", v), v
        elif et == "PHONE_NUMBER":
            assert (len(d) == 10 and d[0] == "0") or (d.startswith("212") and len(d) in (12, 13)) \
                or (d.startswith("00212") and len(d) == 14), v
    # no unlabelled run of 24 digits is a valid RIB (look-alikes have a wrong key)
    masked = list(norm_digits(text))
    for s in rec["spans"]:
        masked[s["start"]:s["end"]] = "#" * (s["end"] - s["start"])
    for run in re.findall(r"\d{24}", "".join(masked)):
        assert int(run) % 97 != 0, (rec["id"], run)
    return rec


def build():
    recs = []
    for i, row in enumerate(T):
        lang, domain, tpl = row[0], row[1], row[2]
        flag = len(row) > 3 and row[3] == "neg"
        for k in range(COPIES):
            text, spans, neg = render(tpl)
            recs.append({"lang": lang, "domain": domain, "text": text, "spans": spans,
                         "_neg": neg or flag})
    R.shuffle(recs)
    out = []
    for n, r in enumerate(recs, 1):
        rec = {"id": "indep2-%04d" % n, "lang": r["lang"], "domain": r["domain"],
               "split": SPLIT, "text": r["text"], "spans": r["spans"]}
        check(rec)
        out.append((rec, r["_neg"]))
    return out


def stats(out):
    from collections import Counter
    bylang = Counter(r["lang"] for r, _ in out)
    lab = Counter()
    for r, _ in out:
        for s in r["spans"]:
            lab[(s["entity_type"], r["lang"])] += 1
    nolab = sum(1 for r, _ in out if not r["spans"])
    negs = sum(1 for _, n in out if n)
    nonascii = sum(1 for r, _ in out if re.search("[%s%s]" % (AI, FA), r["text"]))
    print("texts", len(out), dict(bylang))
    print("with look-alike negatives", negs, "%.1f%%" % (100.0 * negs / len(out)),
          "; without any label", nolab, "; with Arabic-Indic/Eastern digits", nonascii)
    print("| label | " + " | ".join(LANGS) + " | all |")
    print("|---|" + "---:|" * (len(LANGS) + 1))
    for L in LABELS:
        row = [lab[(L, g)] for g in LANGS]
        print("| %s | %s | %d |" % (L, " | ".join(map(str, row)), sum(row)))


def main():
    out = build()
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for rec, _ in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    if "--stats" in sys.argv:
        stats(out)


GENS = {k: v for k, v in list(globals().items())
        if callable(v) and not k.startswith("_") and k not in ("add", "render", "check",
                                                                "build", "stats", "main")}

if __name__ == "__main__":
    main()
