"""What the portal tells people about each purpose: basis, countries, retention, CNDP reference.

The purposes come from the policy bundle's ``data/purposes.json`` (the file the Rego
policies read, so the portal never describes something the policy does not enforce)
and, when given, from the consent ledger's ``Purpose`` declarations, whose
descriptions are already in the three languages. The JSON file is parsed
defensively: it is being extended, and a key this code does not know is ignored, a
malformed entry skipped (and logged), never a reason for the portal to go down.

Countries: a purpose may reach the country of every configured route, since a
request may name any purpose (``X-Purpose``), unless ``PortalSettings.destinations``
narrows it. Each country is labelled from ``data/adequacy.json``: in Morocco, on the
CNDP list (art. 43), or not on it (art. 44 grounds only).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, get_args

import structlog

from compliance.consent import OPT_OUT_KINDS, LawfulBasis, Purpose
from compliance.core.purposes import NAME

log = structlog.get_logger(__name__)

IN_COUNTRY = "MA"
CountryStatus = Literal["in_country", "adequate", "not_listed"]
_BASES: frozenset[str] = frozenset(get_args(LawfulBasis))


@dataclass(frozen=True, slots=True)
class PurposeEntry:
    """One declared purpose, as shown to a person."""

    name: str
    lawful_basis: str  # one of LawfulBasis, or "unknown"
    description: Mapping[str, str]  # language -> text, from a declared Purpose; may be empty
    summary: str  # the policy data's own description (English, technical); may be empty
    data_categories: tuple[str, ...]
    retention_days: int | None
    cndp_references: tuple[str, ...]
    opt_outs: tuple[str, ...]
    countries: tuple[str, ...]

    @property
    def withdrawable(self) -> bool:
        """A legal obligation goes on whatever the person says (art. 9 does not apply)."""
        return self.lawful_basis != "legal_obligation"

    @property
    def consent_based(self) -> bool:
        return self.lawful_basis == "consent"


@dataclass(frozen=True, slots=True)
class Catalog:
    purposes: Mapping[str, PurposeEntry]
    opt_out_kinds: tuple[str, ...]
    adequate: frozenset[str]
    version: str  # digest of what was read: evidence of which texts a person saw
    # Kinds of processing some route declares its requests to be (routes.<name>.processing):
    # an objection to one of them also stops those requests.
    route_kinds: frozenset[str] = frozenset()

    def stopped_by(self, kind: str) -> list[PurposeEntry]:
        """The purposes an objection to ``kind`` stops: those that are that processing."""
        return [entry for entry in self.purposes.values() if kind in entry.opt_outs]

    def country_status(self, code: str) -> CountryStatus:
        if code == IN_COUNTRY:
            return "in_country"
        return "adequate" if code in self.adequate else "not_listed"

    def shown_digest(self, purpose: str, language: str) -> str:
        """A short digest of what the portal showed about ``purpose``: kept as consent evidence."""
        entry = self.purposes[purpose]
        shown = json.dumps(
            [self.version, language, entry.name, entry.lawful_basis, list(entry.countries)],
            sort_keys=True,
        )
        return hashlib.sha256(shown.encode("utf-8")).hexdigest()[:16]


def _read_json(path: Path) -> tuple[Any, bytes]:
    try:
        raw = path.read_bytes()
        return json.loads(raw), raw
    except (OSError, ValueError) as exc:
        log.warning("portal.data_unreadable", file=path.name, error=type(exc).__name__)
        return None, b""


def _strings(value: Any) -> tuple[str, ...]:
    if isinstance(value, Mapping):
        value = list(value)
    if isinstance(value, list | tuple):
        return tuple(str(item) for item in value if isinstance(item, str) and item)
    return ()


def _description(value: Any) -> tuple[dict[str, str], str]:
    if isinstance(value, str):
        return {}, value
    if isinstance(value, Mapping):
        texts = {k: v for k, v in value.items() if k in ("fr", "ar", "en") and isinstance(v, str)}
        return texts, texts.get("en", "")
    return {}, ""


def _references(value: Any) -> tuple[str, ...]:
    if isinstance(value, Mapping):
        if "number" in value and isinstance(value["number"], str):
            return (value["number"],)
        return tuple(v for k, v in sorted(value.items()) if isinstance(v, str) and v)
    return ()


def _entries(document: Any) -> Iterable[tuple[str, Mapping[str, Any]]]:
    if isinstance(document, Mapping):
        items = document.get("purposes", document)
        if isinstance(items, Mapping):
            for name, body in items.items():
                if isinstance(body, Mapping):
                    yield str(name), body
        elif isinstance(items, list):
            for body in items:
                if isinstance(body, Mapping) and isinstance(body.get("name"), str):
                    yield body["name"], body
    elif isinstance(document, list):
        yield from _entries({"purposes": document})


def _entry(name: str, body: Mapping[str, Any], countries: tuple[str, ...]) -> PurposeEntry:
    basis = body.get("lawful_basis")
    retention = body.get("retention_days")
    description, summary = _description(body.get("description"))
    return PurposeEntry(
        name=name,
        lawful_basis=basis if isinstance(basis, str) and basis in _BASES else "unknown",
        description=description,
        summary=summary,
        data_categories=_strings(body.get("data_categories")),
        retention_days=retention if isinstance(retention, int) and retention > 0 else None,
        cndp_references=_references(body.get("cndp")),
        opt_outs=_strings(body.get("opt_outs")),
        countries=countries,
    )


def load_catalog(
    *,
    policy_dir: Path,
    route_countries: Iterable[str],
    destinations: Mapping[str, tuple[str, ...]] | None = None,
    declared: Mapping[str, Purpose] | None = None,
    route_kinds: Iterable[str] = (),
) -> Catalog:
    """Read the purposes and the adequacy list; never raises on a malformed data file."""
    data = policy_dir / "data"
    purposes_doc, purposes_raw = _read_json(data / "purposes.json")
    adequacy_doc, adequacy_raw = _read_json(data / "adequacy.json")
    all_countries = tuple(sorted(set(route_countries), key=lambda c: (c != IN_COUNTRY, c)))
    destinations = destinations or {}
    entries: dict[str, PurposeEntry] = {}
    for name, body in _entries(purposes_doc):
        if not NAME.match(name):
            log.warning("portal.purpose_skipped", reason="bad_name")
            continue
        entries[name] = _entry(name, body, destinations.get(name, all_countries))
    for name, purpose in (declared or {}).items():
        base = entries.get(name)
        entries[name] = PurposeEntry(
            name=name,
            lawful_basis=purpose.lawful_basis,
            description=purpose.description.model_dump(),
            summary=base.summary if base else "",
            data_categories=purpose.data_categories,
            retention_days=purpose.retention_days,
            cndp_references=(purpose.cndp.number,)
            if purpose.cndp
            else (base.cndp_references if base else ()),
            opt_outs=base.opt_outs if base else (),
            countries=destinations.get(name, all_countries),
        )
    adequate: frozenset[str] = frozenset()
    if isinstance(adequacy_doc, Mapping):
        adequate = frozenset(_strings(adequacy_doc.get("countries")))
    version = hashlib.sha256(purposes_raw + b"\x00" + adequacy_raw).hexdigest()[:16]
    return Catalog(
        purposes=entries,
        opt_out_kinds=OPT_OUT_KINDS,
        adequate=adequate,
        version=version,
        route_kinds=frozenset(route_kinds),
    )
