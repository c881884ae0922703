"""`cndp-guard audit register`: JSON and HTML from the real trail, no personal value in them."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import text
from sqlalchemy.engine import Engine

from audit import SigningKey
from compliance.cli.audit import audit
from compliance.crypto import KeyRing, load_or_create_key_file
from compliance.trail import AuditLog
from tests.register.conftest import decision

SUBJECT = "Karim.Benali@example.ma"


@pytest.fixture
def engine(engine: Engine) -> Iterator[Engine]:
    """The shared migrated engine (tests/register/conftest.py), left without audit rows."""
    yield engine
    with engine.begin() as conn:
        for table in ("audit_checkpoint", "audit_signing_key", "audit_record"):
            conn.execute(text(f"DELETE FROM {table}"))  # noqa: S608 - fixed table names


@pytest.fixture
def config(engine: Engine, tmp_path: Path) -> Path:
    url = engine.url.render_as_string(hide_password=False).replace("+psycopg", "")
    keys = KeyRing(root_key=load_or_create_key_file(tmp_path / "keys" / "master.key"))
    log = AuditLog(engine=engine, signer=SigningKey.generate())
    log.write_batch(
        [
            {
                k: v
                for k, v in decision(route, subject_hash=keys.subject_hash(SUBJECT)).items()
                if k not in ("seq", "time")
            }
            for route in ("llm", "eu", "us", "us-consent")
        ]
    )
    path = tmp_path / "cndp-guard.yaml"
    path.write_text(
        "routes:\n"
        "  llm: {upstream: 'http://127.0.0.1:9', country: MA}\n"
        "  eu: {upstream: 'http://127.0.0.1:9', country: FR}\n"
        "  us: {upstream: 'http://127.0.0.1:9', country: US}\n"
        f"database: '{url}'\n"
        f"key_file: '{tmp_path}/keys/master.key'\n"
    )
    return path


def test_the_register_command_writes_json_and_the_three_reports(
    config: Path, tmp_path: Path
) -> None:
    out = tmp_path / "register"
    result = CliRunner().invoke(audit, ["register", "--config", str(config), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "4 decision(s)" in result.output
    assert sorted(p.name for p in out.iterdir()) == [
        "register.ar.html",
        "register.en.html",
        "register.fr.html",
        "register.json",
    ]
    register = json.loads((out / "register.json").read_text())
    assert register["audit_trail"]["records"] == 4
    transfers = {t["country"]: t for t in register["transfers"]}
    assert [b["code"] for b in transfers["US"]["legal_bases"]] == ["cross_border.explicit_consent"]
    assert transfers["US"]["routes"] == ["us", "us-consent"]  # one still configured, one seen
    for path in out.iterdir():
        assert SUBJECT not in path.read_text()


def test_one_language_and_a_declaration_by_subprocess(config: Path, tmp_path: Path) -> None:
    declaration = tmp_path / "declaration.yaml"
    declaration.write_text("controller: {name: Exemple SA}\nrights_service: dpo@example.ma\n")
    out = tmp_path / "fr-only"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "compliance.cli.audit",
            "register",
            "--config",
            str(config),
            "--out",
            str(out),
            "--lang",
            "fr",
            "--declaration",
            str(declaration),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    page = (out / "register.fr.html").read_text()
    assert "Exemple SA" in page
    assert "dpo@example.ma" in page
    assert not (out / "register.en.html").exists()


def test_a_bad_declaration_exits_2(config: Path, tmp_path: Path) -> None:
    declaration = tmp_path / "bad.yaml"
    declaration.write_text("controler: {}\n")
    result = CliRunner().invoke(
        audit,
        [
            "register",
            "--config",
            str(config),
            "--out",
            str(tmp_path / "o"),
            "--declaration",
            str(declaration),
        ],
    )
    assert result.exit_code == 2
    assert "unknown key" in result.output


def test_arabic_is_accepted_and_written_right_to_left(config: Path, tmp_path: Path) -> None:
    out = tmp_path / "ar-only"
    result = CliRunner().invoke(
        audit, ["register", "--config", str(config), "--out", str(out), "--lang", "ar"]
    )
    assert result.exit_code == 0, result.output
    page = (out / "register.ar.html").read_text()
    assert page.startswith('<!doctype html><html lang="ar" dir="rtl">')
    assert "سجل المعالجات" in page
    assert not (out / "register.fr.html").exists()


def test_the_refusals_of_the_trail_are_only_refusals(config: Path, tmp_path: Path) -> None:
    out = tmp_path / "register"
    CliRunner().invoke(audit, ["register", "--config", str(config), "--out", str(out)])
    decisions = json.loads((out / "register.json").read_text())["decisions"]

    # The refused /us record lists a ground (its contract) besides its refusal.
    assert [d["code"] for d in decisions["denials_by_reason"]] == ["cross_border.not_adequate"]
    grounds = {d["code"] for d in decisions["grounds_by_reason"]}
    assert {"lawful_basis.contract", "residency.in_country"} <= grounds
