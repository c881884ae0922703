"""The processing register (registre des traitements) as a JSON document, art. 15 by item.

Sources, each named in the document: the controller's declaration file (who,
for whom, rights, interconnections); the configuration (routes = recipients and
their countries; the policy data's purposes, lawful bases, CNDP references and
retention); the audit trail (what was actually sent where, which data
categories, on which legal basis, what was refused and why).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from compliance.core.settings import Settings
from compliance.detect.types import SENSITIVE_ENTITIES
from compliance.register.declaration import Declaration
from compliance.register.i18n import LANGUAGES, locale
from compliance.register.legal import transfer_bases
from compliance.register.observe import Observed

REGISTER_FORMAT = "cndp-guard-register/1"
# Security measures the sidecar itself provides (texts: locales/*.yaml, `measures`).
MEASURES = ("minimization", "policy", "audit_trail", "keyed_hashes", "encryption", "storage")
HOME = "MA"


@dataclass(frozen=True, slots=True)
class PolicyData:
    """The parts of ``policies/data`` a register needs (empty when a file is absent)."""

    purposes: Mapping[str, Any] = field(default_factory=dict)
    adequate: frozenset[str] = frozenset()
    adequacy_source: str | None = None
    adequacy_deliberation: Mapping[str, str] | None = None  # {"number", "date"} of adequacy.json
    messages: Mapping[str, str] = field(default_factory=dict)  # code -> message (English)
    roles: Mapping[str, str] = field(default_factory=dict)  # code -> "refusal" | "ground"


def _json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def load_policy_data(policy_dir: Path) -> PolicyData:
    data = policy_dir / "data"
    purposes = _json(data / "purposes.json")
    adequacy = _json(data / "adequacy.json")
    messages = _json(data / "messages.json")
    adequacy = adequacy if isinstance(adequacy, dict) else {}
    catalogue = {
        str(code): entry
        for code, entry in (messages if isinstance(messages, dict) else {}).items()
        if isinstance(entry, dict)
    }
    return PolicyData(
        purposes=purposes if isinstance(purposes, dict) else {},
        adequate=frozenset(str(c) for c in adequacy.get("countries", [])),
        adequacy_source=adequacy.get("source"),
        adequacy_deliberation=(
            {k: str(v) for k, v in adequacy["deliberation"].items()}
            if isinstance(adequacy.get("deliberation"), dict)
            else None
        ),
        messages={code: str(entry.get("message", "")) for code, entry in catalogue.items()},
        roles={code: str(entry.get("role", "")) for code, entry in catalogue.items()},
    )


@dataclass(frozen=True, slots=True)
class TrailFacts:
    """The audit trail behind the register (art. 24: a-posteriori input control)."""

    records: int
    checkpoints: int
    last_checkpoint: Mapping[str, Any] | None
    key_ids: tuple[str, ...]


def _ranked(counter: Counter[str]) -> dict[str, int]:
    return dict(sorted(counter.items(), key=lambda item: (-item[1], item[0])))


def _descriptions(name: str, declared: Mapping[str, Any], settings: Settings) -> dict[str, str]:
    """The purpose's description in each language there is one for.

    The settings' declared purposes carry fr/ar/en texts; otherwise the register's
    translations (fr, ar) of the policy data's English description.
    """
    for entry in settings.purposes or ():
        if entry.get("name") == name and isinstance(entry.get("description"), Mapping):
            return {k: str(v) for k, v in entry["description"].items() if k in LANGUAGES}
    texts = {
        lang: locale(lang).purposes[name] for lang in LANGUAGES if name in locale(lang).purposes
    }
    if isinstance(declared.get("description"), str):
        texts["en"] = declared["description"]
    return {lang: texts[lang] for lang in LANGUAGES if lang in texts}


def _purposes(settings: Settings, policy: PolicyData, observed: Observed) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for name in sorted(set(policy.purposes) | set(observed.purposes)):
        declared = policy.purposes.get(name)
        declared = declared if isinstance(declared, dict) else {}
        categories = declared.get("data_categories") or {}
        seen = observed.purposes.get(name)
        entities = Counter(seen.entities) + Counter(seen.sensitive) if seen else Counter[str]()
        undeclared = sorted(set(entities) - set(categories)) if declared else []
        out.append(
            {
                "purpose": name,
                "declared": bool(declared),
                "description": declared.get("description"),
                "descriptions": _descriptions(name, declared, settings),
                "lawful_basis": declared.get("lawful_basis"),
                "cndp": declared.get("cndp") or {},
                "retention_days": declared.get("retention_days"),
                "declared_categories": dict(sorted(categories.items())),
                "observed": {
                    "requests": seen.requests if seen else 0,
                    "allowed": seen.allowed if seen else 0,
                    "entities": _ranked(entities),
                    "routes": sorted(seen.routes) if seen else [],
                    "countries": sorted(seen.countries) if seen else [],
                },
                "seen_but_not_declared": undeclared,
            }
        )
    return out


def _recipients(settings: Settings, observed: Observed) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for name in sorted(set(settings.routes) | set(observed.routes)):
        route = settings.routes.get(name)
        seen = observed.routes.get(name)
        out.append(
            {
                "route": name,
                "configured": route is not None,
                "provider": route.provider if route else (seen.provider if seen else None),
                "country": route.country if route else (seen.country if seen else None),
                "host": urlsplit(route.upstream).hostname if route else None,
                "kind": route.kind if route else None,
                "default_purpose": route.purpose if route else None,
                "purposes": _ranked(seen.purposes) if seen else {},
                "allowed": seen.allowed if seen else 0,
                "denied": seen.denied if seen else 0,
            }
        )
    return out


def _transfers(
    recipients: list[dict[str, Any]], policy: PolicyData, observed: Observed
) -> list[dict[str, Any]]:
    by_country: dict[str, dict[str, Any]] = {}
    for recipient in recipients:
        country = recipient["country"] or "??"
        entry = by_country.setdefault(
            country,
            {
                "country": country,
                "transfer": country != HOME,
                "adequate": country in policy.adequate,
                "routes": [],
                "requests_with_personal_data": observed.transfers_by_country.get(country, 0),
                "legal_bases": Counter[str](),
                "references": Counter[str](),
            },
        )
        entry["routes"].append(recipient["route"])
        seen = observed.routes.get(recipient["route"])
        if seen is not None:
            entry["legal_bases"].update(seen.transfer_bases)
            entry["references"].update(seen.references)
            if "cross_border.cndp_authorization" in seen.transfer_bases:
                for purpose in seen.purposes:
                    declared = policy.purposes.get(purpose)
                    if isinstance(declared, dict):
                        reference = (declared.get("cndp") or {}).get("authorization")
                        if reference:
                            entry["references"].update([str(reference)])
    out: list[dict[str, Any]] = []
    for country in sorted(by_country):
        entry = by_country[country]
        bases: Counter[str] = entry["legal_bases"]
        entry["legal_bases"] = [
            {
                "code": basis.code,
                "kind": basis.kind,
                "article": basis.article,
                "fr": basis.fr,
                "en": basis.en,
                "ar": basis.ar,
                "decisions": bases[basis.code],
            }
            for basis in transfer_bases(bases)
        ]
        entry["references"] = sorted(entry["references"])
        out.append(entry)
    return out


def _categories(observed: Observed) -> list[dict[str, Any]]:
    treatments: dict[str, Counter[str]] = {}
    for (entity, action), count in observed.actions.items():
        treatments.setdefault(entity, Counter())[action] += count
    purposes: dict[str, list[str]] = {}
    for name, usage in observed.purposes.items():
        for entity in [*usage.entities, *usage.sensitive]:
            purposes.setdefault(entity, []).append(name)
    counts = observed.entities + observed.sensitive
    return [
        {
            "type": entity,
            "sensitive": entity in SENSITIVE_ENTITIES,
            "detected": count,
            "treatment": _ranked(treatments.get(entity, Counter())),
            "purposes": sorted(set(purposes.get(entity, []))),
        }
        for entity, count in sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    ]


def _security(settings: Settings, trail: TrailFacts, declaration: Declaration) -> list[Any]:
    """Art. 23-24 measures, each in every language; then the controller's own, as written."""
    values = {
        "engine": settings.policy.engine,
        "checkpoints": trail.checkpoints,
        "keys": ", ".join(trail.key_ids),
        "database": "PostgreSQL" if settings.database.startswith("postgresql") else "SQLite (WAL)",
    }
    measures: list[Any] = [
        {"id": key, **{lang: locale(lang).measures[key].format_map(values) for lang in LANGUAGES}}
        for key in MEASURES
    ]
    measures.extend(
        {"id": "declared", **dict.fromkeys(LANGUAGES, note)} for note in declaration.security_notes
    )
    return measures


def build_register(
    *,
    settings: Settings,
    observed: Observed,
    declaration: Declaration,
    policy: PolicyData,
    trail: TrailFacts,
    period: Mapping[str, str | None],
    generated_at: str,
) -> dict[str, Any]:
    """The register document; every value is data (codes, counts, references)."""
    recipients = _recipients(settings, observed)
    return {
        "format": REGISTER_FORMAT,
        "generated_at": generated_at,
        "period": dict(period),
        "observed_span": {"first": observed.first_seen, "last": observed.last_seen},
        "controller": dict(declaration.controller),
        "processing": dict(declaration.processing),
        "purposes": _purposes(settings, policy, observed),
        "data_subjects": list(declaration.data_subjects),
        "data_categories": _categories(observed),
        "recipients": recipients,
        "transfers": _transfers(recipients, policy, observed),
        "adequacy_source": policy.adequacy_source,
        "adequacy_deliberation": (
            dict(policy.adequacy_deliberation) if policy.adequacy_deliberation else None
        ),
        "retention": {
            "purposes": {
                name: (entry or {}).get("retention_days") if isinstance(entry, dict) else None
                for name, entry in sorted(policy.purposes.items())
            },
            "audit_trail_days": declaration.audit_retention_days,
        },
        "rights_service": declaration.rights_service,
        "security_measures": _security(settings, trail, declaration),
        "interconnections": list(declaration.interconnections),
        "decisions": {
            "total": observed.decisions,
            "allowed": observed.allowed,
            "denied": observed.denied,
            # Refusal codes only: a ground of a refused decision is never a refusal.
            "denials_by_reason": [
                {"code": code, "count": count, "message": policy.messages.get(code)}
                for code, count in _ranked(observed.denials_by_reason).items()
            ],
            "grounds_by_reason": [
                {"code": code, "count": count, "message": policy.messages.get(code)}
                for code, count in _ranked(observed.grounds_by_reason).items()
            ],
        },
        # Datasets minimized by `cndp-guard scrub` (jobs released), by purpose.
        "datasets": [
            {
                "purpose": purpose,
                "jobs": scrubs.jobs,
                "failed_jobs": scrubs.failed,
                "parts": scrubs.parts,
                "rows_in": scrubs.rows_in,
                "rows_out": scrubs.rows_out,
                "rows_dropped": scrubs.rows_dropped,
                "rows_erased": scrubs.rows_erased,
                "dropped_by_reason": [
                    {"code": code, "count": count, "message": policy.messages.get(code)}
                    for code, count in _ranked(scrubs.dropped_by_reason).items()
                ],
                "entities": _ranked(scrubs.entities),
                "countries": _ranked(scrubs.countries),
            }
            for purpose, scrubs in sorted(observed.datasets.items())
        ],
        "policy_versions": [
            {
                "version": version,
                "decisions": entry.decisions,
                "first_seen": entry.first_seen,
                "last_seen": entry.last_seen,
            }
            for version, entry in sorted(
                observed.policy_versions.items(), key=lambda item: item[1].first_seen
            )
        ],
        "charts": {
            "entities_per_week": {
                week: _ranked(counts) for week, counts in sorted(observed.entities_per_week.items())
            },
            "transfers_by_country": _ranked(observed.transfers_by_country),
            "denials_by_reason": _ranked(observed.denials_by_reason),
        },
        "audit_trail": {
            "records": trail.records,
            "checkpoints": trail.checkpoints,
            "last_checkpoint": dict(trail.last_checkpoint) if trail.last_checkpoint else None,
            "signing_keys": list(trail.key_ids),
        },
    }
