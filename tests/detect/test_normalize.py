from __future__ import annotations

import pytest

from compliance.detect.normalize import normalize


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
