"""Canary values and the views of what crossed the wire in which one could be read back.

A value is held when no view of the bytes the upstream received holds it: the raw
bytes, the JSON-decoded strings and keys, a folded view (NFKC, invisible and
combining characters removed, Cyrillic and Greek look-alikes as Latin letters,
letters and digits only, lower case) and a digits-only view. The folding here is
written apart from the product's own (``compliance.detect.normalize``), so the
check does not share its blind spots.
"""

from __future__ import annotations

import contextlib
import json
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

NAME = "Karim Benali"
PHONE = "0661234567"
CIN = "BE384721"
EMAIL = "karim.benali@gmail.com"
# A Moroccan IBAN with a valid RIB key and IBAN check digits.
IBAN = "MA64011519000001234567890136"
CARD = "4111111111111111"

# What must never be readable, by view: folded letters+digits, or digits only.
FOLDED = {
    "name": "karimbenali",
    "cin": "be384721",
    "email": "karimbenaligmailcom",
    "phone": "0661234567",
    "iban": "ma64011519000001234567890136",
    "card": "4111111111111111",
}
DIGITS = {
    "phone": "661234567",
    "iban": "011519000001234567890136",
    "card": "4111111111111111",
    "cin": "384721",
}

_LOOKALIKE = str.maketrans(
    "АВЕКМНОРСТХУаеорсухіјѕΑΒΕΖΗΙΚΜΝΟΡΤΥΧοικρυχν",
    "ABEKMHOPCTXYaeopcyxijsABEZHIKMNOPTYXoikpuxv",
)


def fold(text: str) -> str:
    """Letters and digits only, as a reader would take them, lower case."""
    text = unicodedata.normalize("NFKC", text)
    out = []
    for char in text:
        if unicodedata.category(char) in ("Mn", "Me", "Cf"):
            continue
        if unicodedata.category(char) == "Nd":
            out.append(str(unicodedata.decimal(char)))
            continue
        char = char.translate(_LOOKALIKE)
        if char.isalnum():
            out.append(char.casefold())
    return "".join(out)


def _strings(node: Any) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [s for k, v in node.items() for s in (k, *_strings(v))]
    if isinstance(node, list):
        return [s for v in node for s in _strings(v)]
    return [json.dumps(node)] if node is not None else []


def _decode_escapes(text: str) -> str:
    return re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), text)


@dataclass
class Wire:
    """What one request put on the wire to the upstream: method, path, headers, body."""

    method: str
    path: str
    headers: list[tuple[str, str]]
    body: bytes
    views: list[str] = field(default_factory=list)

    def texts(self) -> list[str]:
        parts = [self.path, *(f"{k}: {v}" for k, v in self.headers)]
        raw = self.body.decode("utf-8", "replace")
        parts.append(raw)
        with contextlib.suppress(ValueError):
            parts.extend(_strings(json.loads(self.body)) if self.body else [])
        return [*parts, *(_decode_escapes(p) for p in parts)]


def recoverable(wires: list[Wire]) -> list[str]:
    """The canaries that can be read back from ``wires`` (empty when all are held)."""
    texts = [t for wire in wires for t in wire.texts()]
    whole = "\n".join(texts)
    folded_each = [fold(t) for t in texts]
    folded_all = "".join(folded_each)  # a value split over two fields reads joined
    digits = "".join(c for c in folded_all if c.isdigit())
    found = []
    for name, value in FOLDED.items():
        if value in folded_all:
            found.append(f"{name} (folded)")
    for name, value in DIGITS.items():
        if value in digits:
            found.append(f"{name} (digits)")
    for value in (NAME, PHONE, CIN, EMAIL, IBAN, CARD):
        if value in whole:
            found.append(f"{value!r} (verbatim)")
    return sorted(set(found))


def verdict(status: int, wires: list[Wire]) -> str:
    """``"held"``, or what went wrong: refused but forwarded, or a canary recoverable."""
    if 400 <= status < 500:
        return "held" if not wires else f"refused with {status} but forwarded"
    if status != 200:
        return f"status {status}"
    leaked = recoverable(wires)
    return "held" if not leaked else "leaked: " + ", ".join(leaked)
