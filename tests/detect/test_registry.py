from __future__ import annotations

from collections import Counter

import pytest
import yaml
from presidio_analyzer import EntityRecognizer
from presidio_analyzer.predefined_recognizers import (
    UsBankRecognizer,
    UsItinRecognizer,
    UsLicenseRecognizer,
    UsPassportRecognizer,
)

from compliance.detect.recognizers import CATALOGUE, default_recognizers
from compliance.detect.types import SENSITIVE_ENTITIES

REPORTED_ENTITIES = {
    "PERSON",
    "LOCATION",
    "PHONE_NUMBER",
    "EMAIL_ADDRESS",
    "IBAN_CODE",
    "CREDIT_CARD",
    "IP_ADDRESS",
    "URL",
    "DATE_OF_BIRTH",
    "MA_CIN",
    "MA_RIB",
    "MA_ICE",
    "MA_CNSS",
    "MA_PASSPORT",
    "MA_MASSAR",
    "MA_LICENSE_PLATE",
    *SENSITIVE_ENTITIES,
}


def test_every_recognizer_is_instantiated_once_per_language() -> None:
    recognizers = default_recognizers(["fr", "en", "ar"])
    per_language = Counter(r.supported_language for r in recognizers)
    assert per_language["fr"] == per_language["en"] > 0
    names = {
        language: sorted(r.name for r in recognizers if r.supported_language == language)
        for language in ("fr", "en", "ar")
    }
    assert names["fr"] == names["en"]
    # spaCy's NER has nothing to give the tokenizer-only Arabic pipeline.
    assert set(names["fr"]) - set(names["ar"]) == {"NerRecognizer"}


def test_recognizers_report_only_the_entity_types_of_the_design() -> None:
    recognizers = default_recognizers(["fr"])
    entities = {e for r in recognizers for e in r.get_supported_entities()}
    assert entities == REPORTED_ENTITIES


def test_each_call_builds_new_instances() -> None:
    first, second = default_recognizers(["fr"]), default_recognizers(["fr"])
    assert not {id(r) for r in first} & {id(r) for r in second}


def test_the_yaml_names_only_catalogued_classes() -> None:
    from importlib import resources

    text = resources.files("compliance.detect.recognizers").joinpath("defaults.yaml").read_text()
    names = [stanza["name"] for stanza in yaml.safe_load(text)["recognizers"]]
    assert set(names) == set(CATALOGUE)


# The evidence for leaving Presidio's US recognizers out (defaults.yaml): they
# fire on Moroccan values, over the threshold once their context word is nearby.
@pytest.mark.parametrize(
    ("recognizer", "text", "value"),
    [
        (UsBankRecognizer(), "account 011 519 0000012050005349 21", "0000012050005349"),
        (UsLicenseRecognizer(), "CIN BE123456", "BE123456"),
        (UsPassportRecognizer(), "matricule CNSS 987654321", "987654321"),
        (UsItinRecognizer(), "matricule CNSS 987654321", "987654321"),
    ],
)
def test_presidio_us_recognizers_misread_moroccan_values(
    recognizer: EntityRecognizer, text: str, value: str
) -> None:
    results = recognizer.analyze(text, recognizer.supported_entities, None)
    assert value in {text[r.start : r.end] for r in results}
