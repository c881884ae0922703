"""IP_ADDRESS: Presidio's recognizer, tried only on texts that can hold an address.

Presidio's five IP patterns are tried at every position of every text: 0.18 ms per
KB of chat, where most texts hold no address at all. Every form they match holds a
digit, a dot and a digit (IPv4, also inside IPv6) or two colons with only hex digits
between them (IPv6, "::"), so a text with neither gets the same empty answer without
running them.
"""

from __future__ import annotations

import re

from presidio_analyzer.predefined_recognizers import IpRecognizer

from compliance.detect.recognizers._gate import GatedPatternRecognizer

__all__ = ["GatedIpRecognizer"]


class GatedIpRecognizer(GatedPatternRecognizer, IpRecognizer):
    """Presidio's IP recognizer behind a test every IP address passes."""

    GATE = re.compile(r"[0-9]\.[0-9]|:[0-9A-Fa-f]*:")

    def __init__(self, *, supported_language: str = "en") -> None:
        super().__init__(supported_language=supported_language, name="IpRecognizer")
