"""The recognizers cndp-guard runs, and the registry that instantiates them.

Each recognizer lives in its own module; which ones run, with which
parameters, is data in ``defaults.yaml`` beside this file, so the engine
never hard-codes the list and a reviewer reads the choices (and what was
left out, and why) in one place.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from importlib import resources
from typing import Any, Final

import yaml
from presidio_analyzer import EntityRecognizer
from presidio_analyzer.predefined_recognizers import IbanRecognizer

from compliance.detect.recognizers.address import AddressRecognizer
from compliance.detect.recognizers.credit_card import CardRecognizer
from compliance.detect.recognizers.date_of_birth import DateOfBirthRecognizer
from compliance.detect.recognizers.email import OfflineEmailRecognizer
from compliance.detect.recognizers.ip import GatedIpRecognizer
from compliance.detect.recognizers.ma_cin import MoroccanCinRecognizer
from compliance.detect.recognizers.ma_cnss import MoroccanCnssRecognizer
from compliance.detect.recognizers.ma_iban import MoroccanIbanRecognizer
from compliance.detect.recognizers.ma_ice import MoroccanIceRecognizer
from compliance.detect.recognizers.ma_massar import MassarCodeRecognizer
from compliance.detect.recognizers.ma_passport import MoroccanPassportRecognizer
from compliance.detect.recognizers.ma_phone import MoroccanPhoneRecognizer
from compliance.detect.recognizers.ma_plate import MoroccanPlateRecognizer
from compliance.detect.recognizers.ma_rib import MoroccanRibRecognizer
from compliance.detect.recognizers.names import MoroccanNameRecognizer
from compliance.detect.recognizers.ner import NerRecognizer
from compliance.detect.recognizers.person_cues import CuedNameRecognizer
from compliance.detect.recognizers.person_intro import IntroducedNameRecognizer
from compliance.detect.recognizers.phone_intl import InternationalPhoneRecognizer
from compliance.detect.recognizers.place_cue import PlaceCueRecognizer
from compliance.detect.recognizers.places import MoroccanPlaceRecognizer
from compliance.detect.recognizers.sensitive import (
    BiometricRecognizer,
    CriminalRecognizer,
    EthnicOriginRecognizer,
    GeneticRecognizer,
    HealthRecognizer,
    PoliticalOpinionRecognizer,
    ReligionRecognizer,
    SensitiveTermRecognizer,
    UnionMembershipRecognizer,
)
from compliance.detect.recognizers.url import BoundedUrlRecognizer

__all__ = [
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

# The only classes defaults.yaml may name: configuration selects, it never imports.
CATALOGUE: Final[Mapping[str, Callable[..., EntityRecognizer]]] = {
    "AddressRecognizer": AddressRecognizer,
    "BiometricRecognizer": BiometricRecognizer,
    "BoundedUrlRecognizer": BoundedUrlRecognizer,
    "CardRecognizer": CardRecognizer,
    "CriminalRecognizer": CriminalRecognizer,
    "CuedNameRecognizer": CuedNameRecognizer,
    "DateOfBirthRecognizer": DateOfBirthRecognizer,
    "EthnicOriginRecognizer": EthnicOriginRecognizer,
    "GeneticRecognizer": GeneticRecognizer,
    "HealthRecognizer": HealthRecognizer,
    "IbanRecognizer": IbanRecognizer,
    "IntroducedNameRecognizer": IntroducedNameRecognizer,
    "InternationalPhoneRecognizer": InternationalPhoneRecognizer,
    "IpRecognizer": GatedIpRecognizer,
    "MassarCodeRecognizer": MassarCodeRecognizer,
    "MoroccanCinRecognizer": MoroccanCinRecognizer,
    "MoroccanCnssRecognizer": MoroccanCnssRecognizer,
    "MoroccanIbanRecognizer": MoroccanIbanRecognizer,
    "MoroccanIceRecognizer": MoroccanIceRecognizer,
    "MoroccanNameRecognizer": MoroccanNameRecognizer,
    "MoroccanPassportRecognizer": MoroccanPassportRecognizer,
    "MoroccanPhoneRecognizer": MoroccanPhoneRecognizer,
    "MoroccanPlaceRecognizer": MoroccanPlaceRecognizer,
    "MoroccanPlateRecognizer": MoroccanPlateRecognizer,
    "MoroccanRibRecognizer": MoroccanRibRecognizer,
    "NerRecognizer": NerRecognizer,
    "OfflineEmailRecognizer": OfflineEmailRecognizer,
    "PlaceCueRecognizer": PlaceCueRecognizer,
    "PoliticalOpinionRecognizer": PoliticalOpinionRecognizer,
    "ReligionRecognizer": ReligionRecognizer,
    "UnionMembershipRecognizer": UnionMembershipRecognizer,
}


def _stanzas() -> list[dict[str, Any]]:
    text = resources.files(__package__).joinpath("defaults.yaml").read_text(encoding="utf-8")
    document = yaml.safe_load(text)
    stanzas = document["recognizers"]
    if not isinstance(stanzas, list):
        raise TypeError("defaults.yaml: 'recognizers' must be a list of stanzas")
    return stanzas


def default_recognizers(languages: Iterable[str]) -> list[EntityRecognizer]:
    """Instantiate every recognizer of ``defaults.yaml`` once per language.

    Presidio binds a recognizer instance to one language, so a three-language
    engine needs three of each. A stanza with ``languages`` runs only for
    those (spaCy's NER has nothing to offer a tokenizer-only pipeline).

    Args:
        languages: Analysis languages, e.g. ``("fr", "en", "ar")``.

    Returns:
        New recognizer instances, in the order of the YAML file, language by language.

    Raises:
        KeyError: A stanza names a class missing from ``CATALOGUE``.
    """
    stanzas = _stanzas()
    recognizers: list[EntityRecognizer] = []
    for language in languages:
        for stanza in stanzas:
            if "languages" in stanza and language not in stanza["languages"]:
                continue
            factory = CATALOGUE[stanza["name"]]
            params = dict(stanza.get("params") or {})
            recognizers.append(factory(supported_language=language, **params))
    return recognizers
