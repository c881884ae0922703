"""Decision records like the guard writes them, for the register tests."""

from __future__ import annotations

from typing import Any

import pytest

from compliance.core.settings import DEFAULT_POLICY_DIR, Settings, parse_settings
from tests.store.engines import engine

__all__ = ["decision", "engine", "settings"]

ROUTES = {
    "llm": ("MA", ["residency.in_country", "lawful_basis.contract"], True),
    "eu": ("FR", ["cross_border.adequate_country"], True),
    # As the guard writes a refused record: its refusal, then what else it rests on.
    "us": ("US", ["cross_border.not_adequate", "lawful_basis.contract"], False),
    "us-consent": ("US", ["cross_border.explicit_consent"], True),
    "us-authorized": ("US", ["cross_border.cndp_authorization"], True),
}


def decision(
    route: str, *, time: str = "2026-11-02T10:00:00+00:00", **extra: Any
) -> dict[str, Any]:
    country, reasons, allow = ROUTES[route]
    return {
        "event": "decision",
        "route": route,
        "destination_country": country,
        "provider": "self-hosted" if country == "MA" else "cloud-co",
        "kind": "chat",
        "purpose": "assistant",
        "subject_hash": "5e1f" * 8,
        "entities": {"PERSON": 2, "MA_CIN": 1},
        "sensitive": ["HEALTH"],
        "allow": allow,
        "reasons": reasons,
        "actions": {"PERSON": "pseudonymize", "MA_CIN": "redact", "HEALTH": "keep"},
        "policy_version": "v1-abc",
        "seq": 1,
        "time": time,
        **extra,
    }


@pytest.fixture
def settings() -> Settings:
    return parse_settings(
        {
            "routes": {
                name: {"upstream": "https://models.example.net/v1", "country": country}
                for name, (country, _, _) in ROUTES.items()
            }
            | {"spare": {"upstream": "http://10.0.0.9:8000", "country": "CA"}},
            "policy": {"directory": str(DEFAULT_POLICY_DIR)},
        }
    )
