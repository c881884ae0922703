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
from presidio_analyzer.predefined_recognizers import (
    CreditCardRecognizer,
    IbanRecognizer,
    IpRecognizer,
    PhoneRecognizer,
)

from compliance.detect.recognizers.email import OfflineEmailRecognizer
from compliance.detect.recognizers.ma_cin import MoroccanCinRecognizer
from compliance.detect.recognizers.ma_iban import MoroccanIbanRecognizer
from compliance.detect.recognizers.ma_phone import MoroccanPhoneRecognizer
from compliance.detect.recognizers.ma_rib import MoroccanRibRecognizer
from compliance.detect.recognizers.ner import NerRecognizer
from compliance.detect.recognizers.person_intro import IntroducedNameRecognizer
from compliance.detect.recognizers.url import BoundedUrlRecognizer

__all__ = [
    "BoundedUrlRecognizer",
    "CATALOGUE",
    "IntroducedNameRecognizer",
    "MoroccanCinRecognizer",
    "MoroccanIbanRecognizer",
    "MoroccanPhoneRecognizer",
    "MoroccanRibRecognizer",
    "NerRecognizer",
    "OfflineEmailRecognizer",
    "default_recognizers",
]

# The only classes defaults.yaml may name: configuration selects, it never imports.
CATALOGUE: Final[Mapping[str, Callable[..., EntityRecognizer]]] = {
    "BoundedUrlRecognizer": BoundedUrlRecognizer,
    "CreditCardRecognizer": CreditCardRecognizer,
    "IbanRecognizer": IbanRecognizer,
    "IntroducedNameRecognizer": IntroducedNameRecognizer,
    "IpRecognizer": IpRecognizer,
    "MoroccanCinRecognizer": MoroccanCinRecognizer,
    "MoroccanIbanRecognizer": MoroccanIbanRecognizer,
    "MoroccanPhoneRecognizer": MoroccanPhoneRecognizer,
    "MoroccanRibRecognizer": MoroccanRibRecognizer,
    "NerRecognizer": NerRecognizer,
    "OfflineEmailRecognizer": OfflineEmailRecognizer,
    "PhoneRecognizer": PhoneRecognizer,
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

    Presidio binds a recognizer instance to one language, so a two-language
    engine needs two of each.

    Args:
        languages: Analysis languages, e.g. ``("fr", "en")``.

    Returns:
        New recognizer instances, in the order of the YAML file, language by language.

    Raises:
        KeyError: A stanza names a class missing from ``CATALOGUE``.
    """
    stanzas = _stanzas()
    recognizers: list[EntityRecognizer] = []
    for language in languages:
        for stanza in stanzas:
            factory = CATALOGUE[stanza["name"]]
            params = dict(stanza.get("params") or {})
            recognizers.append(factory(supported_language=language, **params))
    return recognizers
