from __future__ import annotations

import pytest
from presidio_analyzer.predefined_recognizers import IpRecognizer

from compliance.detect.recognizers import GatedIpRecognizer

from .conftest import Reported

CASES = [
    # IPv4, also with a prefix length
    "server at 192.168.1.24 is down",
    "block 10.0.0.0/8 please",
    # IPv6: full, compressed, unspecified, IPv4-mapped and embedded
    "my ip 2001:0db8:85a3:0000:0000:8a2e:0370:7334 thanks",
    "route fe80::1ff:fe23:4567:890a today",
    "bind to :: then retry",
    "mapped ::ffff:192.0.2.128 address",
    "embedded 64:ff9b::192.0.2.33 here",
    # no address: times, prices, ratios, labels
    "rendez-vous à 10:30, prix 12.50 DH, ratio 3:2",
    "Note: the meeting is at 9:15:00",
    "Version 1.2 of the app, call 0612345678",
    "",
]


@pytest.mark.parametrize("text", CASES)
def test_the_gate_reports_what_presidios_recognizer_reports(reported: Reported, text: str) -> None:
    assert reported(GatedIpRecognizer(), text) == reported(IpRecognizer(), text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("server at 192.168.1.24 is down", ["192.168.1.24"]),
        ("route fe80::1ff:fe23:4567:890a today", ["fe80::1ff:fe23:4567:890a"]),
        ("rendez-vous à 10:30, prix 12.50 DH", []),
    ],
)
def test_ip_addresses_are_reported(reported: Reported, text: str, expected: list[str]) -> None:
    assert reported(GatedIpRecognizer(), text) == expected


def test_a_text_without_a_digit_dot_digit_or_two_colons_is_not_scanned(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def scanned(*_args: object, **_kwargs: object) -> list[object]:
        raise AssertionError("Presidio's patterns ran")

    monkeypatch.setattr(IpRecognizer, "analyze", scanned)
    assert GatedIpRecognizer().analyze("Bonjour, je suis Karim, 10:30", ["IP_ADDRESS"]) == []
    with pytest.raises(AssertionError):
        GatedIpRecognizer().analyze("ip 10.0.0.1", ["IP_ADDRESS"])


def test_it_keeps_presidios_name_in_the_results() -> None:
    (result,) = GatedIpRecognizer().analyze("ip 10.0.0.1", ["IP_ADDRESS"])
    assert result.recognition_metadata["recognizer_name"] == "IpRecognizer"
