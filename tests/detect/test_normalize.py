from __future__ import annotations

import pytest

from compliance.detect.normalize import compact, normalize


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # digits: Arabic-Indic and Eastern become ASCII, one for one
        ("٠٦٦١٢٣٤٥٦٧", "0661234567"),
        ("۰۶۶۱۲۳۴۵۶۷", "0661234567"),
        ("CIN HA٣١٢٦٢٣", "CIN HA312623"),
        # spaces: no-break and narrow spaces become plain ones
        ("06\u00a061\u202f23", "06 61 23"),
        # removed: direction marks, zero-width characters, tatweel, harakat
        ("\u200f+212\u200e 661", "+212 661"),
        ("محـــمد", "محمد"),
        ("يُوسُف", "يوسف"),
        # untouched
        ("Bonjour Youssef", "Bonjour Youssef"),
    ],
)
def test_texts_are_normalized_for_matching(text: str, expected: str) -> None:
    assert normalize(text).text == expected


def test_a_text_without_removals_keeps_its_offsets() -> None:
    normalized = normalize("Tél ٠٦٦١٢٣٤٥٦٧")
    assert normalized.origin is None
    assert normalized.original_span(4, 14) == (4, 14)


def test_spans_of_the_normalized_text_map_back_to_what_the_writer_typed() -> None:
    text = "اسمي يُوسُف، هاتفي \u200f٠٦\u200f٦١٢٣٤٥٦٧"
    normalized = normalize(text)
    name = normalized.text.index("يوسف")
    phone = normalized.text.index("0661234567")
    start, end = normalized.original_span(name, name + 4)
    assert text[start:end] == "يُوسُف"
    start, end = normalized.original_span(phone, phone + 10)
    # The direction mark inside the number stays inside the span; the one before stays out.
    assert text[start:end] == "٠٦\u200f٦١٢٣٤٥٦٧"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # invisible characters between the characters of a value
        ("BE\u2060384\u2060721", "BE384721"),  # word joiner
        ("06\u00ad61\u00ad23", "066123"),  # soft hyphen
        ("0\u034f6\u034f6\u034f1", "0661"),  # combining grapheme joiner
        ("06\ufe0f61", "0661"),  # variation selector
        ("0\u03076\u03076", "066"),  # combining marks typed on digits
        # compatibility forms
        ("０６６１", "0661"),  # full width
        ("𝟎𝟔𝟔𝟏", "0661"),  # mathematical bold digits
        ("ＢＥ３８４７２１", "BE384721"),
        # look-alike letters of other scripts
        ("ВЕ384721", "BE384721"),  # Cyrillic
        ("ΒΕ384721", "BE384721"),  # Greek
        ("МА64", "MA64"),
        # typography
        ("06\u201161\u221223", "06-61-23"),  # non-breaking hyphen, minus sign
        ("06\u200a61", "06 61"),  # hair space
        ("a\u2028b", "a\nb"),  # line separator
        # escapes written in the text
        ("tel \\u0030\\u0036", "tel 06"),
        # look-alikes of other scripts (Unicode's confusables), Latin small capitals
        ("ᏴᎬ384721", "BE384721"),  # Cherokee
        ("ꓐꓰ384721", "BE384721"),  # Lisu
        ("ⲂⲈ384721", "BE384721"),  # Coptic
        ("gmail.cօm", "gmail.com"),  # Armenian
        ("ʙᴇ384721", "BE384721"),  # small capitals
        ("gmail\u3002com", "gmail.com"),  # ideographic full stop
        # digits NFKC leaves, or writes in parentheses
        ("\u277b\u278f\U0001f10b", "660"),
        ("\u2479", "(6)"),
        # separators of other scripts
        ("06\u30fc61\u00b723\u2022", "06-61.23."),
        ("06\u280061", "06 61"),
        # untouched: accents, Arabic letters, ordinary text
        ("Hélène à Fès", "Hélène à Fès"),
        ("اسمي يوسف", "اسمي يوسف"),
    ],
)
def test_the_canonical_view_folds_what_a_reader_reads_as_the_same(text: str, expected: str) -> None:
    assert normalize(text).text == expected


def test_spans_of_the_canonical_view_cover_what_the_writer_typed() -> None:
    text = "mon CIN: ＢＥ\u2060３８４\u00ad７２１ merci"
    view = normalize(text)
    start = view.text.index("BE384721")
    a, b = view.original_span(start, start + 8)
    assert text[a:b] == "ＢＥ\u2060３８４\u00ad７２１"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("CIN BE-384-721", "CIN BE384721"),
        ("cin be 384721", "cin BE384721"),
        ("tel 06 61.23-45/67", "tel 0661234567"),
        ("tel 0661\n234567", "tel 0661234567"),
        ("MA64.0115.1900", "MA6401151900"),
        ("B E 3 8 4 7 2 1", "BE384721"),
        ("k a r i m @ g m a i l . c o m", "karim@gmail.com"),
        ("karim.benali @ gmail.com", "karim.benali@gmail.com"),
        # short words before numbers stay words: "le 12/03" is not a CIN
        ("le 12/03/2024", "le 12032024"),
        # any run of separators between digits, any separator between single characters
        ("tel 06    61-----23", "tel 066123"),
        ("tel 06,61:23|45*67", "tel 0661234567"),
        ("tel (06) (61) '23' \"45\"", 'tel (06612345"'),
        ("B-E-3-8-4-7-2-1", "BE384721"),
        # an e-mail spelled with spaced dots; the full stop after one stays
        ("karim . benali @ gmail . com", "karim.benali@gmail.com"),
        # labels glued to a value are cut where the value's shape starts
        ("tel_0661234567", "tel 0661234567"),
        ("tel0661234567", "TEL 0661234567"),
        ("CINBE384721", "CIN BE384721"),
        ("cinbe384721", "CIN BE384721"),
        ("x4111111111111111", "X 4111111111111111"),
        ("IBANMA64011519000001234567890136", "IBAN MA64011519000001234567890136"),
        ("0661234567_", "0661234567 "),
        # a word that starts with a digit is the next word, not the value's next group
        ("cin k 234567 3afak", "cin K234567 3AFAK"),
        ("tel 06 61 23 45 67 9bel l3chiya", "tel 0661234567 9BEL L3CHIYA"),
        ("FR14 2004 1010 0505 0001 3M02 606", "FR1420041010050500013M02606"),
    ],
)
def test_the_identifier_view_joins_the_pieces_of_one_value(text: str, expected: str) -> None:
    view = compact(text)
    assert view is not None
    assert view.text == expected


def test_the_identifier_view_of_plain_words_is_the_text_itself() -> None:
    assert compact("Bonjour Youssef, merci") is None


@pytest.mark.parametrize(
    "text",
    [
        "BE384721",  # a CIN is not cut from its letters
        "MA64011519000001234567890136",  # nor an IBAN
        "A12 v2 covid19 iPhone15",  # nor short codes
        "Bonjour, phrase . Puis",  # a spaced dot outside an e-mail stays
        "a@b.ma. Merci",  # the full stop after an e-mail stays
    ],
)
def test_values_and_short_codes_are_not_cut(text: str) -> None:
    view = compact(text)
    assert (
        view is None
        or " ".join(view.text.split()).replace(" ", "") == text.replace(" ", "").upper()
        or view.text.upper() == text.upper()
    )


def test_a_cut_label_maps_back_to_the_value_as_written() -> None:
    text = "mon CINbe384721 merci"
    view = compact(text)
    assert view is not None
    start = view.text.index("BE384721")
    a, b = view.original_span(start, start + 8)
    assert text[a:b] == "be384721"
