"""No value of a dataset leaves ``cndp-guard scrub`` except, minimized, in its output.

Canary values (names, phones, e-mails, CIN numbers, subject ids, whole cells) are looked
for in everything else a job writes: its logs at DEBUG (driver and worker processes),
its messages, its audit records, the manifests of a released and of a failed job.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.scrub.conftest import Env, generate, scrub, write

pytestmark = pytest.mark.slow

CANARY = "Zineb Lahlou 0698765432"


def _canaries(rows: list[dict[str, Any]]) -> set[str]:
    values = {r["client"] for r in rows if r["client"]} | {r["text"] for r in rows}
    values |= {r["meta"]["note"] for r in rows if r["meta"]["note"]}
    for row in rows:
        for word in row["text"].replace(",", " ").split():
            if (word[:1].isupper() and len(word) > 4) or any(c.isdigit() for c in word):
                values.add(word.strip(".:"))
    return {v for v in values if len(v) > 3} | {CANARY, "Zineb", "0698765432"}


def _debug_config(env: Env, root: Path) -> Path:
    """The installation's settings at DEBUG: every log line a job can write is written."""
    document = yaml.safe_load(env.config.read_text(encoding="utf-8"))
    path = root / "debug.yaml"
    path.write_text(yaml.safe_dump({**document, "log_level": "DEBUG"}), encoding="utf-8")
    return path


def test_no_cell_value_is_in_logs_messages_audit_records_or_manifests(
    env: Env, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    debug = Env(env.root, _debug_config(env, tmp_path), env.settings, env.upstream_url, [])
    rows = generate(160, seed=7)
    source = write(rows, tmp_path / "d.jsonl")
    common = ["--text-column", "text", "--text-column", "meta.note", "--subject-column", "client"]
    ran = scrub(
        debug, source, "-o", tmp_path / "out", *common, "--part-rows", "40", "--workers", "2"
    )
    assert ran.exit_code == 0, ran.stderr

    # A failed job: a cell of another type, holding a canary, in the third part.
    lines = source.read_text(encoding="utf-8").splitlines()
    lines[100] = json.dumps({"id": 100, "client": "client-1", "text": {"v": CANARY}, "meta": None})
    bad = tmp_path / "bad.jsonl"
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    failed = scrub(debug, bad, "-o", tmp_path / "failed", *common, "--part-rows", "40")
    assert failed.exit_code == 1
    assert "line 101: column 'text' holds an object" in failed.stderr
    captured = capfd.readouterr()

    jobs = {ran.report["job_id"]} | {
        r["job_id"] for r in env.records("scrub_job") if r["outcome"] == "failed"
    }
    written = {
        "messages": ran.stdout + ran.stderr + failed.stdout + failed.stderr,
        "process output": captured.out + captured.err,
        "audit records": json.dumps(
            [r for r in env.records() if r.get("job_id") in jobs], ensure_ascii=False
        ),
        "manifest": (tmp_path / "out" / "_cndp_scrub.json").read_text(encoding="utf-8"),
    }
    logged = written["process output"] + written["messages"]
    assert "scrub.part" in logged
    assert "scrub.failed" in logged
    canaries = _canaries(rows)
    assert len(canaries) > 300
    for where, text in written.items():
        found = sorted(c for c in canaries if c in text)
        assert found == [], f"{where}: {found[:5]}"
    # The output itself has them only minimized.
    output = "".join(p.read_text(encoding="utf-8") for p in (tmp_path / "out").glob("part-*"))
    assert not any(r["client"] in output for r in rows if r["client"])
    assert "0698765432" not in output
