"""The register document: art. 15 item by item, from declaration, configuration and traffic."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from compliance.core.errors import ConfigError
from compliance.core.settings import Settings
from compliance.register import (
    Declaration,
    Observer,
    PolicyData,
    TrailFacts,
    build_register,
    load_declaration,
    load_policy_data,
    parse_declaration,
)
from compliance.register.build import REGISTER_FORMAT
from tests.register.conftest import decision

TRAIL = TrailFacts(records=5, checkpoints=2, last_checkpoint=None, key_ids=("0123456789abcdef",))


def _register(
    settings: Settings, *, declaration: Declaration | None = None, policy: PolicyData | None = None
):  # type: ignore[no-untyped-def]
    observer = Observer()
    for route in ("llm", "eu", "us", "us-consent", "us-authorized"):
        observer.add(decision(route))
    return build_register(
        settings=settings,
        observed=observer.observed,
        declaration=declaration or Declaration(),
        policy=policy or load_policy_data(settings.policy.directory),
        trail=TRAIL,
        period={"since": None, "until": None},
        generated_at="2026-11-23T00:00:00Z",
    )


def test_recipients_are_the_routes_with_their_countries(settings: Settings) -> None:
    register = _register(settings)
    assert register["format"] == REGISTER_FORMAT
    recipients = {r["route"]: r for r in register["recipients"]}
    assert recipients["spare"] == recipients["spare"] | {
        "country": "CA",
        "allowed": 0,
        "host": "10.0.0.9",
    }
    assert recipients["eu"]["provider"] == "self-hosted"  # from the configuration


def test_each_destination_country_carries_the_legal_basis_of_its_transfers(
    settings: Settings,
) -> None:
    transfers = {t["country"]: t for t in _register(settings)["transfers"]}
    assert transfers["MA"]["transfer"] is False
    assert [b["code"] for b in transfers["MA"]["legal_bases"]] == ["residency.in_country"]
    assert transfers["FR"]["adequate"] is True
    assert [b["kind"] for b in transfers["FR"]["legal_bases"]] == ["adequacy"]
    assert transfers["US"]["adequate"] is False
    assert [(b["kind"], b["decisions"]) for b in transfers["US"]["legal_bases"]] == [
        ("authorization", 1),
        ("derogation", 1),
    ]
    assert transfers["US"]["requests_with_personal_data"] == 2
    assert transfers["CA"]["routes"] == ["spare"]
    assert transfers["CA"]["legal_bases"] == []


def test_an_authorized_transfer_names_the_purposes_cndp_authorization(settings: Settings) -> None:
    policy = PolicyData(
        purposes={"assistant": {"cndp": {"authorization": "A-2026-0042"}, "data_categories": {}}},
        adequate=frozenset({"FR"}),
    )
    transfers = {t["country"]: t for t in _register(settings, policy=policy)["transfers"]}
    assert transfers["US"]["references"] == ["A-2026-0042"]


def test_purposes_flag_categories_seen_but_not_declared(settings: Settings) -> None:
    policy = PolicyData(
        purposes={
            "assistant": {"data_categories": {"PERSON": "pseudonymize"}, "retention_days": 30}
        }
    )
    register = _register(settings, policy=policy)
    assistant = register["purposes"][0]
    assert assistant["seen_but_not_declared"] == ["HEALTH", "MA_CIN"]
    assert assistant["observed"]["requests"] == 5
    assert register["retention"]["purposes"] == {"assistant": 30}
    categories = {c["type"]: c for c in register["data_categories"]}
    assert categories["HEALTH"]["sensitive"] is True
    assert categories["MA_CIN"]["treatment"] == {"redact": 4}


def test_denials_carry_the_policy_message(settings: Settings) -> None:
    denials = _register(settings)["decisions"]["denials_by_reason"]
    assert denials[0]["code"] == "cross_border.not_adequate"
    assert denials[0]["count"] == 1


def test_the_declaration_fills_what_traffic_cannot_tell(settings: Settings, tmp_path: Path) -> None:
    path = tmp_path / "declaration.yaml"
    path.write_text(
        "controller: {name: Exemple SA, address: Casablanca}\n"
        "data_subjects: [clients]\n"
        "audit_retention_days: 1825\n"
        "security_notes: [MFA for administrators]\n"
    )
    register = _register(settings, declaration=load_declaration(path))
    assert register["controller"]["name"] == "Exemple SA"
    assert register["retention"]["audit_trail_days"] == 1825
    assert register["security_measures"][-1]["en"] == "MFA for administrators"
    assert any("Ed25519" in m["en"] for m in register["security_measures"])
    json.dumps(register)  # all data, serializable


def test_a_bad_declaration_names_the_key_and_the_fix() -> None:
    with pytest.raises(ConfigError, match="unknown key"):
        parse_declaration({"controler": {}})
    with pytest.raises(ConfigError, match="list of strings"):
        parse_declaration({"data_subjects": "clients"})
    assert load_declaration(None) == Declaration()
