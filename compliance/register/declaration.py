"""What the traffic cannot tell: the controller's identity and commitments (art. 15).

A small YAML file (``--declaration FILE``) filled in by the controller; every key is
optional, and anything missing shows as "to be completed" in the register rather
than being guessed.

```yaml
controller: {name: "Exemple SA", address: "1 rue ..., Casablanca",
             representative: null, contact: "dpo@example.ma"}
processing: {name: "Assistant IA", description: "..."}
data_subjects: ["clients", "prospects"]
rights_service: "Service clients, dpo@example.ma"
audit_retention_days: 1825
interconnections: []
security_notes: ["Accès administrateur par VPN et MFA"]
```
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from compliance.core.errors import ConfigError

_KEYS = {
    "controller",
    "processing",
    "data_subjects",
    "rights_service",
    "audit_retention_days",
    "interconnections",
    "security_notes",
}


@dataclass(frozen=True, slots=True)
class Declaration:
    controller: Mapping[str, str | None] = field(default_factory=dict)
    processing: Mapping[str, str | None] = field(default_factory=dict)
    data_subjects: tuple[str, ...] = ()
    rights_service: str | None = None
    audit_retention_days: int | None = None
    interconnections: tuple[str, ...] = ()
    security_notes: tuple[str, ...] = ()


def _strings(value: Any, key: str, source: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{source}: {key} must be a list of strings, e.g. [clients, prospects]")
    return tuple(value)


def _table(value: Any, key: str, source: str) -> dict[str, str | None]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ConfigError(f"{source}: {key} must be a mapping, e.g. {{name: ..., address: ...}}")
    return {str(k): (None if v is None else str(v)) for k, v in value.items()}


def parse_declaration(document: Mapping[str, Any], *, source: str = "declaration") -> Declaration:
    unknown = sorted(set(document) - _KEYS)
    if unknown:
        raise ConfigError(
            f"{source}: unknown key(s) {', '.join(unknown)}; known: {', '.join(sorted(_KEYS))}"
        )
    retention = document.get("audit_retention_days")
    if retention is not None and (not isinstance(retention, int) or retention < 1):
        raise ConfigError(f"{source}: audit_retention_days must be a whole number of days")
    rights = document.get("rights_service")
    return Declaration(
        controller=_table(document.get("controller"), "controller", source),
        processing=_table(document.get("processing"), "processing", source),
        data_subjects=_strings(document.get("data_subjects"), "data_subjects", source),
        rights_service=str(rights) if rights is not None else None,
        audit_retention_days=retention,
        interconnections=_strings(document.get("interconnections"), "interconnections", source),
        security_notes=_strings(document.get("security_notes"), "security_notes", source),
    )


def load_declaration(path: Path | None) -> Declaration:
    """Read the declaration file; no file means an empty declaration (all "to complete")."""
    if path is None:
        return Declaration()
    try:
        loaded = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"cannot read declaration file {path}: {exc.strerror}") from None
    except yaml.YAMLError as exc:
        raise ConfigError(f"declaration file {path} is not valid YAML: {exc}") from None
    if loaded is None:
        return Declaration()
    if not isinstance(loaded, dict):
        raise ConfigError(f"declaration file {path} must hold a mapping at top level")
    return parse_declaration(loaded, source=str(path))
