from __future__ import annotations

import itertools
import logging
import socket
import threading
import traceback
from concurrent.futures import ThreadPoolExecutor
from typing import Any, NoReturn

import pytest
from presidio_analyzer import EntityRecognizer

from compliance.core.errors import ConfigError, DetectionError
from compliance.detect import PresidioDetector, Span
from compliance.detect import engine as engine_module
from compliance.detect.recognition import Recognition

from .test_registry import REPORTED_ENTITIES

pytestmark = pytest.mark.slow

FRENCH = (
    "Bonjour, je suis Youssef El Amrani et j'habite à Casablanca. "
    "Vous pouvez me joindre au +212 6 61 23 45 67 ou par courriel à youssef.amrani@gmail.com. "
    "Ma carte nationale : BE123456. Virement sur le RIB 011 519 0000012050005349 21 "
    "ou l'IBAN MA64 0115 1900 0001 2050 0053 4921, le 12/03/2024."
)
ENGLISH = (
    "Hello, my name is John Smith and I live in London. "
    "Call me on 0661234567 or email john.smith@example.co.uk. "
    "My ID card number is JB45678 and my IBAN is MA64011519000001205000534921."
)


def found(text: str, spans: list[Span]) -> set[tuple[str, str]]:
    return {(span.entity_type, text[span.start : span.end]) for span in spans}


def test_a_french_text_yields_names_places_phones_emails_and_moroccan_numbers(
    detector: PresidioDetector,
) -> None:
    (spans,) = detector.analyze([FRENCH])
    assert found(FRENCH, spans) == {
        ("PERSON", "Youssef El Amrani"),
        ("LOCATION", "Casablanca"),
        ("PHONE_NUMBER", "+212 6 61 23 45 67"),
        ("EMAIL_ADDRESS", "youssef.amrani@gmail.com"),
        ("MA_CIN", "BE123456"),
        ("MA_RIB", "011 519 0000012050005349 21"),
        ("IBAN_CODE", "MA64 0115 1900 0001 2050 0053 4921"),
    }


def test_an_english_text_yields_the_same_kinds_of_values(detector: PresidioDetector) -> None:
    (spans,) = detector.analyze([ENGLISH])
    assert found(ENGLISH, spans) == {
        ("PERSON", "John Smith"),
        ("LOCATION", "London"),
        ("PHONE_NUMBER", "0661234567"),
        ("EMAIL_ADDRESS", "john.smith@example.co.uk"),
        ("MA_CIN", "JB45678"),
        ("IBAN_CODE", "MA64011519000001205000534921"),
    }


def test_an_arabic_text_gets_the_pattern_recognizers(detector: PresidioDetector) -> None:
    text = "رقم البطاقة الوطنية BE123456 والهاتف 0661234567"
    (spans,) = detector.analyze([text])
    assert {("MA_CIN", "BE123456"), ("PHONE_NUMBER", "0661234567")} <= found(text, spans)


def test_texts_without_personal_data_yield_no_spans(detector: PresidioDetector) -> None:
    texts = [
        "Combien font deux et deux ?",
        "Le SKU AB12345X et l'iPhone 15, vol AT205, format A4.",
        "Rendez-vous le 12/03/2024 à 10h.",
    ]
    assert detector.analyze(texts) == [[], [], []]


def test_several_texts_in_one_call_keep_their_order(detector: PresidioDetector) -> None:
    texts = [ENGLISH, "", FRENCH, "   \n", ENGLISH, "Rien à signaler."]
    results = detector.analyze(texts)
    assert len(results) == len(texts)
    assert results[0] == results[4] == detector.analyze([ENGLISH])[0]
    assert results[2] == detector.analyze([FRENCH])[0]
    assert results[1] == results[3] == results[5] == []


def test_an_empty_request_yields_an_empty_list(detector: PresidioDetector) -> None:
    assert detector.analyze([]) == []


def test_spans_never_overlap_are_sorted_and_have_reported_types(
    detector: PresidioDetector,
) -> None:
    results = detector.analyze([FRENCH, ENGLISH])
    # Both texts hold personal data: the checks below run on spans, never on nothing.
    assert [bool(spans) for spans in results] == [True, True]
    for spans in results:
        assert spans == sorted(spans, key=lambda span: span.start)
        assert all(a.end <= b.start for a, b in itertools.pairwise(spans))
        assert {span.entity_type for span in spans} <= REPORTED_ENTITIES
        assert all(0.5 <= span.score <= 1.0 for span in spans)


def test_an_iban_wins_over_the_rib_inside_it_and_an_email_over_its_domain(
    detector: PresidioDetector,
) -> None:
    text = "IBAN MA64 0115 1900 0001 2050 0053 4921, site web et mail contact@cndp.ma"
    (spans,) = detector.analyze([text])
    assert found(text, spans) == {
        ("IBAN_CODE", "MA64 0115 1900 0001 2050 0053 4921"),
        ("EMAIL_ADDRESS", "contact@cndp.ma"),
    }


@pytest.fixture
def analyze_calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record the language of every full run of the recognizers (``Recognition.analyze``).

    The identifier view's pass (a few entities, no NLP) is not a full analysis.
    """
    calls: list[str] = []
    original = Recognition.analyze

    def counting(self: Recognition, text: str, language: str, *args: Any, **kwargs: Any) -> Any:
        if kwargs.get("entities") is None:
            calls.append(language)
        return original(self, text, language, *args, **kwargs)

    monkeypatch.setattr(Recognition, "analyze", counting)
    return calls


def test_a_text_seen_before_comes_from_the_cache_without_analysis(
    detector: PresidioDetector, analyze_calls: list[str]
) -> None:
    text = "Je suis Karim Benjelloun, mon numéro est le 0712345678."
    first = detector.analyze([text])
    second = detector.analyze([text])
    assert second == first
    assert found(text, first[0]) >= {("PHONE_NUMBER", "0712345678")}
    assert analyze_calls == ["fr"]


def test_a_text_repeated_within_a_request_is_analyzed_once(
    detector: PresidioDetector, analyze_calls: list[str]
) -> None:
    text = "Hello, I am Sarah Connor, call me on +212 522 123 456."
    results = detector.analyze([text, "", text])
    assert results[0] == results[2] != []
    assert analyze_calls == ["en"]


def test_without_a_cache_every_call_is_analyzed(
    uncached_detector: PresidioDetector, analyze_calls: list[str]
) -> None:
    uncached_detector.analyze(["Bonjour Karim"])
    uncached_detector.analyze(["Bonjour Karim"])
    assert analyze_calls == ["fr", "fr"]


def test_a_failure_inside_presidio_is_a_detection_error_that_quotes_no_text(
    detector: PresidioDetector, monkeypatch: pytest.MonkeyPatch
) -> None:
    canary = "Zineb Canary 0698765432"

    def broken(results: Any) -> NoReturn:
        raise ValueError(f"Did not find word '{canary}'")

    # Presidio's own code, called by the recognition step on every text.
    monkeypatch.setattr(EntityRecognizer, "remove_duplicates", staticmethod(broken))
    with pytest.raises(DetectionError) as caught:
        detector.analyze([canary])

    assert caught.value.message == "detection failed: ValueError"
    assert caught.value.status == 503
    assert canary not in "".join(traceback.format_exception(caught.value))


def test_a_failure_while_loading_models_is_a_detection_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def missing(language: str) -> NoReturn:
        raise OSError(f"[E050] Can't find model for {language}")

    monkeypatch.setattr(engine_module, "load_pipeline", missing)
    with pytest.raises(DetectionError, match=r"^detection failed: OSError$"):
        PresidioDetector().warm_up()


def test_logs_carry_no_analyzed_value(
    uncached_detector: PresidioDetector, caplog: pytest.LogCaptureFixture
) -> None:
    canaries = [
        "Ghita Canary",
        "0698765432",
        "ghita.canary@example.ma",
        "FR7630006000011234567890189",
    ]
    text = (
        f"Bonjour, je suis {canaries[0]}, tél {canaries[1]}, mail {canaries[2]}, IBAN {canaries[3]}"
    )
    # Presidio's own logger too: configure_logging (run by other tests) raises its level.
    with caplog.at_level(logging.DEBUG), caplog.at_level(logging.DEBUG, "presidio-analyzer"):
        uncached_detector.analyze([text])  # analyzed, not served from a cache
    messages = [record.getMessage() for record in caplog.records]
    # Presidio logs each analysis at DEBUG: no record would mean nothing was checked.
    assert messages, "the analysis logged nothing; the capture checks nothing"
    logged = "\n".join(messages)
    assert [canary for canary in canaries if canary in logged] == []


def test_concurrent_requests_get_the_same_spans_as_sequential_ones(
    detector: PresidioDetector, uncached_detector: PresidioDetector
) -> None:
    texts = [f"Je suis Karim Alaoui {n}, joignable au 06612345{n:02d}." for n in range(24)]
    sequential = [uncached_detector.analyze([text])[0] for text in texts]
    with ThreadPoolExecutor(max_workers=6) as pool:
        concurrent = list(pool.map(lambda text: detector.analyze([text])[0], texts))
    assert concurrent == sequential


def test_loading_and_analysis_make_no_network_attempt(monkeypatch: pytest.MonkeyPatch) -> None:
    attempts: list[object] = []
    lock = threading.Lock()

    def refuse(*args: object, **kwargs: object) -> NoReturn:
        with lock:
            attempts.append(args)
        raise OSError("network disabled by the test")

    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    detector = PresidioDetector()
    detector.warm_up()

    (spans,) = detector.analyze(["Écrivez-moi à nadia.canary@example.ma ou nadia@cndp.ma"])

    assert [span.entity_type for span in spans] == ["EMAIL_ADDRESS", "EMAIL_ADDRESS"]
    assert attempts == []


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"languages": ()}, "choose one or more of"),
        ({"languages": ("ar",)}, "choose one or more of"),
        ({"languages": ("fr", "de")}, "choose one or more of"),
        ({"score_threshold": 1.5}, "between 0 and 1"),
        ({"cache_size": -1}, "write 0 to disable"),
    ],
)
def test_invalid_settings_are_refused_with_the_fix(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        PresidioDetector(**kwargs)


def test_analyzed_words_leave_the_pipelines_string_tables(
    uncached_detector: PresidioDetector,
) -> None:
    """Names and numbers seen in traffic stay neither in RAM nor in the vocabulary's growth."""
    pipelines = engine_module._pipeline(uncached_detector._loaded_analyzer(), "fr").vocab
    canaries = [f"Zorvakhti{n}" for n in range(40)]
    before = len(pipelines.strings)
    uncached_detector.analyze(
        [
            f"Bonjour, je suis {name} Qelbarouni, CIN QX{100000 + i}."
            for i, name in enumerate(canaries)
        ]
    )
    assert not [name for name in canaries if name in pipelines.strings]
    assert "Qelbarouni" not in pipelines.strings
    assert len(pipelines.strings) == before


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # Darija in Latin letters writes words with digits: "3afak" (please) after a
        # number is the next word, not the number's last group
        ("salam, l cin dyali hiya k 234567 3afak", "k 234567"),
        ("ra9m dyali 06 61 23 45 67 9bel l3chiya", "06 61 23 45 67"),
        ("okay, t123456", "t123456"),
    ],
)
def test_a_value_before_a_digit_led_word_is_found_whole(
    detector: PresidioDetector, text: str, value: str
) -> None:
    (spans,) = detector.analyze([text])
    start = text.index(value)
    assert any(s.start <= start and start + len(value) <= s.end for s in spans), [
        (s.entity_type, text[s.start : s.end]) for s in spans
    ]


@pytest.mark.parametrize(
    "text",
    [
        "I bought a gift for Jones, Mitchell and Williams yesterday.",
        "Please send the report to the team of Jones, Mitchell and Williams.",
        "She spent a year at Jones, Mitchell and Williams.",
    ],
)
def test_every_name_of_a_list_after_for_of_or_at_is_covered(
    detector: PresidioDetector, text: str
) -> None:
    """A list of names that might be a firm's is masked whole: guessing "firm" leaks them."""
    (spans,) = detector.analyze([text])
    covered = {i for span in spans for i in range(span.start, span.end)}
    names = [w for w in text.replace(",", " ").rstrip(".").split() if w[0].isupper()][1:]
    for name in names:
        start = text.index(name)
        assert set(range(start, start + len(name))) <= covered, name
