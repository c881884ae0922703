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

from compliance.config import Settings
from compliance.register.declaration import Declaration
from compliance.register.legal import transfer_bases
from compliance.register.observe import Observed

REGISTER_FORMAT = "cndp-guard-register/1"
HOME = "MA"
SENSITIVE = frozenset(
    {
        "HEALTH",
        "RELIGION_BELIEF",
        "POLITICAL_OPINION",
        "UNION_MEMBERSHIP",
        "ETHNIC_ORIGIN",
        "GENETIC",
        "BIOMETRIC",
        "CRIMINAL",
    }
)


@dataclass(frozen=True, slots=True)
class PolicyData:
    """The parts of ``policies/data`` a register needs (empty when a file is absent)."""

    purposes: Mapping[str, Any] = field(default_factory=dict)
    adequate: frozenset[str] = frozenset()
    adequacy_source: str | None = None
    messages: Mapping[str, str] = field(default_factory=dict)


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
    return PolicyData(
        purposes=purposes if isinstance(purposes, dict) else {},
        adequate=frozenset(str(c) for c in adequacy.get("countries", [])),
        adequacy_source=adequacy.get("source"),
        messages=messages if isinstance(messages, dict) else {},
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


def _purposes(policy: PolicyData, observed: Observed) -> list[dict[str, Any]]:
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
            "sensitive": entity in SENSITIVE,
            "detected": count,
            "treatment": _ranked(treatments.get(entity, Counter())),
            "purposes": sorted(set(purposes.get(entity, []))),
        }
        for entity, count in sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    ]


def _security(settings: Settings, trail: TrailFacts, declaration: Declaration) -> list[Any]:
    database = "PostgreSQL" if settings.database.startswith("postgresql") else "SQLite (WAL)"
    measures: list[Any] = [
        {
            "id": "minimization",
            "fr": "Détection des données personnelles et minimisation avant tout envoi"
            " (pseudonymisation déterministe par personne, masquage, suppression)",
            "en": "Personal data detected and minimized before anything is sent"
            " (per-subject deterministic pseudonyms, masking, redaction)",
        },
        {
            "id": "policy",
            "fr": f"Décision par politique Rego versionnée (moteur {settings.policy.engine});"
            " tout échec bloque l'envoi (fail closed)",
            "en": f"Versioned Rego policy decision (engine {settings.policy.engine});"
            " any failure blocks the request (fail closed)",
        },
        {
            "id": "audit_trail",
            "fr": "Journal d'audit inviolable : chaîne SHA-256, arbre de Merkle RFC 6962,"
            f" {trail.checkpoints} checkpoints signés Ed25519 (clés {', '.join(trail.key_ids)});"
            " chaque décision est enregistrée avant l'envoi (art. 24)",
            "en": "Tamper-evident audit trail: SHA-256 chain, RFC 6962 Merkle tree,"
            f" {trail.checkpoints} Ed25519-signed checkpoints (keys {', '.join(trail.key_ids)});"
            " every decision is recorded before anything is sent (art. 24)",
        },
        {
            "id": "keyed_hashes",
            "fr": "Identifiants des personnes remplacés par des empreintes à clé (HMAC-SHA-256);"
            " le contenu des requêtes n'est pas conservé",
            "en": "Subject identifiers replaced by keyed hashes (HMAC-SHA-256);"
            " request contents are not kept",
        },
        {
            "id": "encryption",
            "fr": "Chiffrement enveloppe AES-256-GCM, clé par personne (effacement par"
            " destruction de clé), clés de chiffrement des clés versionnées et renouvelables",
            "en": "AES-256-GCM envelope encryption, one key per subject (erasure by key"
            " destruction), versioned and rotatable key-encryption keys",
        },
        {
            "id": "storage",
            "fr": f"Base de données {database}; fichiers de clés en mode 0600",
            "en": f"{database} database; key files in mode 0600",
        },
    ]
    measures.extend({"id": "declared", "fr": n, "en": n} for n in declaration.security_notes)
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
        "purposes": _purposes(policy, observed),
        "data_subjects": list(declaration.data_subjects),
        "data_categories": _categories(observed),
        "recipients": recipients,
        "transfers": _transfers(recipients, policy, observed),
        "adequacy_source": policy.adequacy_source,
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
            "denials_by_reason": [
                {"code": code, "count": count, "message": policy.messages.get(code)}
                for code, count in _ranked(observed.denials_by_reason).items()
            ],
        },
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
