from __future__ import annotations

import importlib

import pytest

import compliance.detect
import compliance.detect.recognizers


def test_the_detect_package_exports_exactly_its_public_surface() -> None:
    assert compliance.detect.__all__ == [
        "Detector",
        "PresidioDetector",
        "SENSITIVE_ENTITIES",
        "Span",
        "default_recognizers",
        "detect_language",
    ]


def test_the_recognizers_package_exports_the_registry_and_our_recognizers() -> None:
    assert compliance.detect.recognizers.__all__ == [
        "AddressRecognizer",
        "BiometricRecognizer",
        "BoundedUrlRecognizer",
        "CATALOGUE",
        "CardRecognizer",
        "CriminalRecognizer",
        "CuedNameRecognizer",
        "DateOfBirthRecognizer",
        "EthnicOriginRecognizer",
        "GatedIpRecognizer",
        "GeneticRecognizer",
        "HealthRecognizer",
        "InternationalPhoneRecognizer",
        "IntroducedNameRecognizer",
        "MassarCodeRecognizer",
        "MoroccanCinRecognizer",
        "MoroccanCnssRecognizer",
        "MoroccanIbanRecognizer",
        "MoroccanIceRecognizer",
        "MoroccanNameRecognizer",
        "MoroccanPassportRecognizer",
        "MoroccanPhoneRecognizer",
        "MoroccanPlaceRecognizer",
        "MoroccanPlateRecognizer",
        "MoroccanRibRecognizer",
        "NerRecognizer",
        "OfflineEmailRecognizer",
        "PlaceCueRecognizer",
        "PoliticalOpinionRecognizer",
        "ReligionRecognizer",
        "SensitiveTermRecognizer",
        "UnionMembershipRecognizer",
        "default_recognizers",
    ]


@pytest.mark.parametrize(
    "module",
    [
        "compliance.detect",
        "compliance.detect.cache",
        "compliance.detect.engine",
        "compliance.detect.language",
        "compliance.detect.log_filter",
        "compliance.detect.nlp",
        "compliance.detect.normalize",
        "compliance.cli.scan",
        "compliance.detect.spans",
        "compliance.detect.recognizers",
        "compliance.detect.recognizers.email",
        "compliance.detect.recognizers.ma_cin",
        "compliance.detect.recognizers.ma_iban",
        "compliance.detect.recognizers.ma_phone",
        "compliance.detect.recognizers.ma_rib",
        "compliance.detect.recognizers.ner",
        "compliance.detect.recognizers.url",
        "compliance.detect.recognizers.address",
        "compliance.detect.recognizers.credit_card",
        "compliance.detect.recognizers.date_of_birth",
        "compliance.detect.recognizers.ma_cnss",
        "compliance.detect.recognizers.ma_ice",
        "compliance.detect.recognizers.ma_massar",
        "compliance.detect.recognizers.ma_passport",
        "compliance.detect.recognizers.ma_plate",
        "compliance.detect.recognizers.names",
        "compliance.detect.recognizers.phone_intl",
        "compliance.detect.recognizers.places",
        "compliance.detect.recognizers.sensitive",
        "compliance.detect.recognizers.sensitive._people",
        "compliance.detect.recognizers.sensitive._phrases",
        "compliance.detect.recognizers.sensitive.biometric",
        "compliance.detect.recognizers.sensitive.criminal",
        "compliance.detect.recognizers.sensitive.ethnic",
        "compliance.detect.recognizers.sensitive.genetic",
        "compliance.detect.recognizers.sensitive.health",
        "compliance.detect.recognizers.sensitive.political",
        "compliance.detect.recognizers.sensitive.religion",
        "compliance.detect.recognizers.sensitive.union",
    ],
)
def test_every_all_is_sorted_and_names_existing_objects(module: str) -> None:
    imported = importlib.import_module(module)
    assert list(imported.__all__) == sorted(imported.__all__)
    assert all(hasattr(imported, name) for name in imported.__all__)


def test_presidio_detector_satisfies_the_detector_protocol() -> None:
    detector: compliance.detect.Detector = compliance.detect.PresidioDetector()
    assert callable(detector.analyze)
    assert callable(detector.warm_up)
