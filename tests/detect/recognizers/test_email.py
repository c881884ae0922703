from __future__ import annotations

import socket
from typing import NoReturn

import pytest

from compliance.detect.recognizers import OfflineEmailRecognizer

from .conftest import Reported


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # valid
        ("youssef.amrani@gmail.com", ["youssef.amrani@gmail.com"]),
        ("Écrivez à contact@cndp.ma svp", ["contact@cndp.ma"]),
        ("x@sub.gov.ma", ["x@sub.gov.ma"]),
        ("john.smith@example.co.uk.", ["john.smith@example.co.uk"]),
        # invalid domain: no public suffix
        ("foo@localhost", []),
        ("user@mail.notatld", []),
        # look-alike
        ("@handle", []),
        ("a@b", []),
        ("user at gmail dot com", []),
    ],
)
def test_emails_are_found_when_their_domain_has_a_public_suffix(
    reported: Reported, text: str, expected: list[str]
) -> None:
    assert reported(OfflineEmailRecognizer(), text) == expected


def test_checking_an_email_domain_makes_no_network_attempt(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    attempts: list[object] = []

    def refuse(*args: object, **kwargs: object) -> NoReturn:
        attempts.append(args)
        raise OSError("network disabled by the test")

    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    recognizer = OfflineEmailRecognizer()  # first use: the suffix list is loaded now

    results = recognizer.analyze("youssef@example.ma", ["EMAIL_ADDRESS"])

    assert [r.score for r in results] == [1.0]
    assert attempts == []
