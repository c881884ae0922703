"""`cndp-guard keys init|status|rotate` and `tokens revoke` on a fresh machine and database."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

from compliance.cli import main


@pytest.fixture
def config(tmp_path: Path) -> Path:
    path = tmp_path / "cndp.yaml"
    path.write_text(
        "routes:\n  llm:\n    upstream: http://127.0.0.1:9\n    country: MA\n"
        f"database: sqlite:///{tmp_path}/fresh.db\nkey_file: {tmp_path}/keys/master.key\n"
    )
    return path


def test_keys_init_creates_every_key_file_once_and_prints_no_key(
    config: Path, tmp_path: Path
) -> None:
    runner = CliRunner()
    first = runner.invoke(main, ["keys", "init", "--config", str(config)])
    assert first.exit_code == 0, first.output
    files = [tmp_path / "keys" / n for n in ("master.key", "kek.json", "audit-signing.key")]
    contents = [f.read_bytes() for f in files]
    for path in files:
        assert f"created {path}" in first.output
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    second = runner.invoke(main, ["keys", "init", "--config", str(config)])
    assert second.exit_code == 0, second.output
    assert [f.read_bytes() for f in files] == contents  # never overwritten
    assert all(f"kept    {path}" in second.output for path in files)
    assert "audit signing key id: " in second.output
    for content in contents:  # no key material on the terminal, in any form
        assert content.hex() not in first.output
        assert content.decode("latin-1") not in first.output


@pytest.mark.parametrize(
    "command",
    [["keys", "status"], ["keys", "rotate", "--no-progress"], ["tokens", "revoke", "abc"]],
)
def test_commands_on_a_fresh_database_create_its_tables_instead_of_a_traceback(
    config: Path, command: list[str]
) -> None:
    result = CliRunner().invoke(main, [*command, "--config", str(config)])
    assert "Traceback" not in result.output
    assert "no such table" not in result.output
    assert not isinstance(result.exception, Exception) or isinstance(
        result.exception, SystemExit
    ), result.exception
