"""An export bundle verifies offline, and every kind of tampering is reported by seq."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from audit import MerkleTree, SigningKey, encode, verify_export
from audit.export import RECORDS, record_line
from tests.audit.logs import build_log, rechain


def _verify(directory: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "audit", "verify", str(directory), *args],
        capture_output=True,
        text=True,
        check=False,
    )


def _kinds(directory: Path, **kwargs: object) -> set[tuple[int, str]]:
    return {(p.seq, p.kind) for p in verify_export(directory, **kwargs).problems}  # type: ignore[arg-type]


def _rewrite(directory: Path, edit) -> None:  # type: ignore[no-untyped-def]
    path = directory / RECORDS
    lines = path.read_bytes().splitlines(keepends=True)
    path.write_bytes(b"".join(edit(lines)))


@pytest.fixture
def exported(tmp_path: Path) -> Path:
    return build_log(100, every=10).export(tmp_path / "export")


def test_an_intact_export_verifies_with_exit_code_0(exported: Path) -> None:
    result = _verify(exported)
    assert result.returncode == 0, result.stdout
    assert "RESULT: OK" in result.stdout
    assert "100 record(s), seq 1..100" in result.stdout


def test_the_bundled_verifier_runs_without_anything_else_of_ours(
    exported: Path, tmp_path: Path
) -> None:
    code = (
        "import runpy, sys; sys.argv = ['audit', 'verify', '.'];"
        "runpy.run_module('audit', run_name='__main__')"
    )
    result = subprocess.run(
        [sys.executable, "-s", "-c", code],
        cwd=exported,
        env={"PYTHONPATH": str(exported / "verifier")},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    readme = (exported / "README.md").read_text()
    assert "## Français" in readme
    assert "## English" in readme
    assert "PYTHONPATH=verifier python -m audit verify ." in readme


def test_a_modified_record_is_reported_at_its_seq_and_its_checkpoint(exported: Path) -> None:
    def edit(lines: list[bytes]) -> list[bytes]:
        lines[36] = lines[36].replace(b'"route":"llm"', b'"route":"us!"')
        return lines

    _rewrite(exported, edit)
    result = _verify(exported)
    assert result.returncode == 1
    assert {(37, "modified"), (40, "root_mismatch"), (0, "file")} <= _kinds(exported)
    assert "seq 37" in result.stdout
    assert "RESULT: FAILED" in result.stdout


def test_a_deleted_record_is_reported(exported: Path) -> None:
    _rewrite(exported, lambda lines: lines[:49] + lines[50:])
    assert (50, "deleted") in _kinds(exported)


def test_reordered_records_are_reported(exported: Path) -> None:
    _rewrite(exported, lambda lines: [*lines[:19], lines[20], lines[19], *lines[21:]])
    assert (20, "reordered") in _kinds(exported)


def test_an_inserted_record_is_reported(exported: Path) -> None:
    def edit(lines: list[bytes]) -> list[bytes]:
        fake = lines[60].replace(b'"route":"llm"', b'"route":"eu"')
        return [*lines[:61], fake, *lines[61:]]

    _rewrite(exported, edit)
    assert (61, "inserted") in _kinds(exported)


def test_a_tail_cut_off_after_a_checkpoint_is_reported(exported: Path) -> None:
    _rewrite(exported, lambda lines: lines[:85])
    kinds = _kinds(exported)
    assert (86, "truncated") in kinds


def test_a_forged_checkpoint_signature_is_reported(exported: Path) -> None:
    path = exported / "checkpoints.jsonl"
    lines = [json.loads(line) for line in path.read_text().splitlines()]
    lines[3]["signature"] = lines[4]["signature"]
    path.write_text("".join(json.dumps(line) + "\n" for line in lines))
    assert (40, "bad_signature") in _kinds(exported)


def test_a_garbled_line_is_malformed_not_a_crash(exported: Path) -> None:
    _rewrite(exported, lambda lines: [*lines[:5], b"garbage\n", *lines[5:]])
    report = verify_export(exported)
    assert any(p.kind == "malformed" and "line 6" in p.detail for p in report.problems)


def test_a_regenerated_log_signed_by_another_key_fails_once_keys_are_pinned(tmp_path: Path) -> None:
    genuine = build_log(40)
    forger = build_log(40, key=SigningKey.generate())  # same shape, different key and content
    directory = forger.export(tmp_path / "forged")
    assert verify_export(directory).ok  # self-consistent: the fingerprints must be compared
    result = _verify(directory, "--trusted-key", genuine.key.key_id)
    assert result.returncode == 1
    assert "untrusted_key" in result.stdout


def test_a_rewritten_history_is_caught_by_a_checkpoint_kept_from_an_earlier_export(
    tmp_path: Path,
) -> None:
    log = build_log(60)
    earlier = log.export(tmp_path / "earlier")
    for i in range(61, 101):
        log.append({"event": "decision", "route": "llm", "n": i})
        if i % 10 == 0:
            log.checkpoint()
    later = log.export(tmp_path / "later")
    assert _verify(later, "--known", str(earlier)).returncode == 0

    # The key holder rewrites record 12 and everything after, then re-signs it all.
    forged_records = list(log.records)
    forged_records[11] = type(forged_records[11])(
        12, "", "", encode({"event": "decision", "seq": 12})
    )
    forged = type(log)(key=log.key)
    for record in rechain(forged_records):
        forged.records.append(record)
        forged.tree.append(bytes.fromhex(record.record_hash))
        if record.seq % 10 == 0:
            forged.checkpoint()
    rewritten = forged.export(tmp_path / "rewritten")
    assert verify_export(rewritten).ok
    result = _verify(rewritten, "--known", str(earlier))
    assert result.returncode == 1
    assert "the checkpoint you kept" in result.stdout
    assert "consistency" in result.stdout


def test_a_database_that_lost_its_tail_exports_as_truncated(tmp_path: Path) -> None:
    log = build_log(100)
    shorter = MerkleTree(bytes.fromhex(r.record_hash) for r in log.records[:93])
    log.tree = shorter
    directory = log.export(tmp_path / "short", records=log.records[:90])
    report = verify_export(directory)
    assert [(p.seq, p.kind) for p in report.problems] == [(91, "truncated")]
    assert "seq 91..100" in report.problems[0].detail


def test_a_time_window_exports_a_range_proved_against_the_anchor(tmp_path: Path) -> None:
    log = build_log(100)
    directory = log.export(tmp_path / "window", records=log.records[30:70])
    result = _verify(directory)
    assert result.returncode == 0, result.stdout
    assert "40 record(s), seq 31..70" in result.stdout

    lines = (directory / RECORDS).read_bytes().splitlines(keepends=True)
    lines[5] = lines[5].replace(b'"n":36', b'"n":99')
    (directory / RECORDS).write_bytes(b"".join(lines))
    assert {(36, "modified"), (100, "root_mismatch")} <= _kinds(directory)


def test_records_added_past_a_window_are_reported(tmp_path: Path) -> None:
    log = build_log(100)
    directory = log.export(tmp_path / "window", records=log.records[30:70])
    with (directory / RECORDS).open("ab") as handle:
        handle.write(record_line(log.records[70]))  # genuine, but not part of the export
    assert (71, "inserted") in _kinds(directory)


def test_an_empty_window_still_verifies(tmp_path: Path) -> None:
    log = build_log(30)
    assert _verify(log.export(tmp_path / "empty", records=[])).returncode == 0


def test_a_subject_export_proves_each_record_by_inclusion(tmp_path: Path) -> None:
    log = build_log(100)
    mine = [r for r in log.records if b'"subject_hash":"s1"' in r.body]
    directory = log.export(tmp_path / "subject", records=mine, contiguous=False)
    assert _verify(directory).returncode == 0
    assert "filtered" in (directory / "README.md").read_text()

    foreign = log.records[1]  # s2's record passed off as s1's: its proof is missing
    lines = (directory / RECORDS).read_bytes().splitlines(keepends=True)
    lines.insert(1, record_line(foreign))
    (directory / RECORDS).write_bytes(b"".join(lines))
    assert (2, "inclusion") in _kinds(directory)


def test_json_output_and_exit_code_2_for_a_directory_that_is_no_export(
    exported: Path, tmp_path: Path
) -> None:
    result = _verify(exported, "--json")
    assert json.loads(result.stdout)["ok"] is True
    missing = _verify(tmp_path / "nothing-here")
    assert missing.returncode == 2
    assert "is not an export directory" in missing.stderr


def test_a_changed_readme_is_reported_as_a_changed_file(exported: Path) -> None:
    (exported / "README.md").write_text("trust us")
    assert _kinds(exported) == {(0, "file")}
