"""``cndp-guard scrub --engine local`` end to end, on a generated dataset, in each format.

The real detector, the real Rego policies and the real trail: nothing is faked.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from compliance.cli import main
from compliance.scrub.job import Job, JobOptions
from compliance.scrub.local import LocalEngine
from tests.scrub.conftest import (
    ERASED,
    Env,
    expected_drops,
    generate,
    kept_ids,
    read_output,
    scrub,
    write,
)

pytestmark = pytest.mark.slow

ROWS = 600
PHONE = re.compile(r"\b06\d{8}\b")
EMAIL = re.compile(r"[a-z]+\.\d+@example\.ma")


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return generate(ROWS)


@pytest.mark.parametrize(
    ("suffix", "columns"),
    [
        (".jsonl", ("text", "meta.note")),
        (".parquet", ("text", "meta.note")),
        (".csv", ("text", "note")),
    ],
)
def test_every_format_is_scrubbed_with_its_columns_kept_and_refusals_counted(
    env: Env, tmp_path: Path, rows: list[dict], suffix: str, columns: tuple[str, ...]
) -> None:
    source = write(rows, tmp_path / f"chats{suffix}", row_group_size=250)
    flags = [x for column in columns for x in ("--text-column", column)]
    ran = scrub(
        env,
        source,
        "-o",
        tmp_path / "out",
        *flags,
        "--subject-column",
        "client",
        "--part-rows",
        "200",
        "--workers",
        "1",
    )
    assert ran.exit_code == 0, ran.stderr
    report = ran.report
    expected = expected_drops(rows)

    assert report["rows_in"] == ROWS
    assert report["rows_erased"] == expected["subject.erased"] > 0
    assert report["dropped"]["subject.erased"] == expected["subject.erased"]
    assert report["dropped"]["consent.withdrawn"] == expected["consent.withdrawn"] > 0
    assert report["dropped"]["opt_out.honoured"] == expected["opt_out.honoured"] > 0
    assert report["dropped"]["sensitive.not_declared"] == expected["sensitive.not_declared"] > 0
    assert report["rows_out"] == ROWS - sum(expected.values())
    assert report["parts"] == (5 if suffix == ".parquet" else 3)  # row groups 250, 250, 100

    out = read_output(tmp_path / "out")
    assert len(out) == report["rows_out"]
    assert {str(r["id"]) for r in out} == kept_ids(rows)
    original = {str(r["id"]): r for r in rows}
    for row in out:
        first = original[str(row["id"])]
        texts = [row["text"], row["meta"]["note"] if "meta" in row else row["note"]]
        assert not any(PHONE.search(t or "") or EMAIL.search(t or "") for t in texts), row
        if suffix == ".parquet":
            assert row["meta"]["n"] == first["meta"]["n"]  # the struct's other field is kept
            assert dict(row["pii_summary"]) == json.loads(json.dumps(dict(row["pii_summary"])))
        if first["client"] is None:
            assert row["client"] in (None, "")
        else:
            assert re.fullmatch(r"<SUBJECT_[0-9a-f]{12,16}>", row["client"])
    summaries = [
        json.loads(r["pii_summary"]) if suffix == ".csv" else dict(r["pii_summary"]) for r in out
    ]
    written = sum(n for actions in report["actions"].values() for n in actions.values())
    assert sum(n for summary in summaries for n in summary.values()) == written > 0


def test_the_same_subject_gets_the_same_token_in_every_row_and_the_names_are_pseudonyms(
    env: Env, tmp_path: Path
) -> None:
    source = tmp_path / "d.jsonl"
    lines = [
        {"id": 1, "client": "client-1", "text": "Je suis Karim Benali, karim.benali@gmail.com"},
        {"id": 2, "client": "client-1", "text": "Karim Benali a rappelé."},
        {"id": 3, "client": "client-2", "text": "Je suis Karim Benali, karim.benali@gmail.com"},
    ]
    source.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    ran = scrub(
        env, source, "-o", tmp_path / "out", "--text-column", "text", "--subject-column", "client"
    )
    assert ran.exit_code == 0, ran.stderr
    out = read_output(tmp_path / "out")
    person = [re.findall(r"<PERSON_[0-9a-f]+>", r["text"]) for r in out]
    assert person[0] == person[1] != person[2]  # one subject, one token; two subjects, two
    assert out[0]["client"] == out[1]["client"] != out[2]["client"]
    assert "Karim" not in json.dumps(out)
    assert "gmail" not in json.dumps(out)
    assert out[0]["pii_summary"] == {"EMAIL_ADDRESS": 1, "PERSON": 1}


def test_erased_subjects_can_be_nulled_instead_of_dropped(env: Env, tmp_path: Path) -> None:
    source = tmp_path / "d.jsonl"
    lines = [
        {"id": 1, "client": ERASED, "text": "Je suis Karim Benali", "other": "kept"},
        {"id": 2, "client": "client-1", "text": "Rien"},
    ]
    source.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    ran = scrub(
        env,
        source,
        "-o",
        tmp_path / "out",
        "--text-column",
        "text",
        "--subject-column",
        "client",
        "--erased",
        "null",
    )
    assert ran.exit_code == 0, ran.stderr
    assert ran.report["rows_nulled"] == ran.report["rows_erased"] == 1
    assert ran.report["dropped"] == {}
    first, _ = read_output(tmp_path / "out")
    assert first == {"id": 1, "client": None, "text": None, "other": "kept", "pii_summary": None}


def test_the_trail_holds_one_record_per_part_and_per_job_and_verifies(
    env: Env, tmp_path: Path, rows: list[dict]
) -> None:
    source = write(rows[:300], tmp_path / "d.jsonl")
    ran = scrub(
        env,
        source,
        "-o",
        tmp_path / "out",
        "--text-column",
        "text",
        "--text-column",
        "meta.note",
        "--subject-column",
        "client",
        "--part-rows",
        "100",
    )
    assert ran.exit_code == 0, ran.stderr
    job_id = ran.report["job_id"]
    parts = sorted(
        (r for r in env.records("scrub_part") if r["job_id"] == job_id), key=lambda r: r["part"]
    )
    [job] = [r for r in env.records("scrub_job") if r["job_id"] == job_id]

    assert [p["part"] for p in parts] == [0, 1, 2]
    assert sum(p["rows_in"] for p in parts) == job["rows_in"] == 300
    assert job["outcome"] == "completed"
    assert job["reason"] is None
    assert job["dropped"] == ran.report["dropped"]
    assert job["purpose"] == "training"
    assert job["kind"] == "dataset"
    assert job["engine"] == "local"
    assert job["policy_version"] == ran.report["policy_version"] == parts[0]["policy_version"]
    manifest = json.loads((tmp_path / "out" / "_cndp_scrub.json").read_text())
    for part, record in zip(manifest["parts"], parts, strict=True):
        data = (tmp_path / "out" / part["output"]).read_bytes()
        assert record["output_digest"] == hashlib.sha256(data).hexdigest()
        assert part["audit_seq"] == record["seq"]
    # Nothing of the dataset is in the trail: no subject id, no name, no phone.
    trail = json.dumps(env.records())
    for row in rows[:300]:
        assert row["client"] is None or f'"{row["client"]}"' not in trail
        for phone in PHONE.findall(row["text"] + (row["meta"]["note"] or "")):
            assert phone not in trail
    assert "Karim" not in trail
    assert "example.ma" not in trail

    assert env.audit().verify() == []
    export = tmp_path / "export"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "compliance.cli",
            "audit",
            "export",
            "--config",
            str(env.config),
            "--out",
            str(export),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    exported = [
        json.loads(line)["body"] for line in (export / "records.jsonl").read_text().splitlines()
    ]
    assert {r["event"] for r in exported} >= {"scrub_part", "scrub_job"}
    verified = subprocess.run(
        [sys.executable, "-m", "audit", "verify", str(export)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert verified.returncode == 0, verified.stdout + verified.stderr


def test_an_interrupted_job_resumes_from_its_finished_parts(
    env: Env, tmp_path: Path, rows: list[dict]
) -> None:
    source = write(rows[:250], tmp_path / "d.parquet", row_group_size=50)
    arguments = ["--text-column", "text", "--subject-column", "client", "--part-rows", "50"]
    options = JobOptions(
        input=str(source),
        output=tmp_path / "out",
        text_columns=("text",),
        purpose="training",
        subject_column="client",
        part_rows=50,
    )
    job = Job(settings=env.settings, options=options)
    todo = job.prepare()
    engine = LocalEngine(settings_json=env.settings.model_dump_json(), workers=1)
    engine.start()
    done = []
    # Two parts finish, then the run stops (as if killed): nothing is released yet.
    engine.run(
        todo[:2],
        plan_json=job.plan.to_json(),
        staging=job.staging,
        on_result=lambda r: done.append(r) or True,
    )
    job.close()
    assert not (tmp_path / "out").exists()
    assert (tmp_path / "out.partial").is_dir()

    ran = scrub(env, source, "-o", tmp_path / "out", *arguments)
    assert ran.exit_code == 0, ran.stderr
    assert ran.report["resumed_parts"] == 2
    assert "resuming: 2 of 5 part(s) already done" in ran.stderr
    fresh = scrub(env, source, "-o", tmp_path / "fresh", *arguments)
    assert read_output(tmp_path / "out") == read_output(tmp_path / "fresh")
    assert ran.report["rows_out"] == fresh.report["rows_out"]
    parts = [r["part"] for r in env.records("scrub_part") if r["job_id"] == ran.report["job_id"]]
    assert sorted(parts) == [0, 1, 2, 3, 4]  # each part recorded once, resumed or not
    assert not (tmp_path / "out.partial").exists()


def test_bad_input_stops_the_job_with_its_place_and_leaves_no_output(
    env: Env, tmp_path: Path
) -> None:
    lines = [json.dumps({"id": i, "client": "client-1", "text": f"Texte {i}"}) for i in range(60)]
    lines[56] = json.dumps({"id": 56, "client": "client-1", "text": {"value": "Karim Benali"}})
    source = tmp_path / "d.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    ran = scrub(env, source, "-o", tmp_path / "out", "--text-column", "text", "--part-rows", "20")
    assert ran.exit_code == 1
    assert f"{source}: line 57: column 'text' holds an object, not a string" in ran.stderr
    assert "Karim" not in ran.stderr
    assert not (tmp_path / "out").exists()
    assert not (tmp_path / "out.partial").exists()
    job = [r for r in env.records("scrub_job") if r["outcome"] == "failed"][-1]
    assert (job["reason"], job["parts"], job["parts_done"]) == ("bad_input", 3, 2)


def test_an_existing_output_or_an_undeclared_purpose_is_refused_before_any_work(
    env: Env, tmp_path: Path
) -> None:
    source = write(generate(3), tmp_path / "d.jsonl")
    (tmp_path / "out").mkdir()
    ran = scrub(env, source, "-o", tmp_path / "out", "--text-column", "text")
    assert ran.exit_code == 2
    assert "already exists" in ran.stderr
    ran = scrub(
        env, source, "-o", tmp_path / "new", "--text-column", "text", "--purpose", "newsletter"
    )
    assert ran.exit_code == 2
    assert "'newsletter' is not a declared purpose" in ran.stderr


def test_worker_processes_give_the_output_of_one_process(
    env: Env, tmp_path: Path, rows: list[dict]
) -> None:
    source = write(rows[:120], tmp_path / "d.jsonl")
    arguments = ["--text-column", "text", "--subject-column", "client", "--part-rows", "30"]
    one = scrub(env, source, "-o", tmp_path / "one", *arguments, "--workers", "1")
    two = scrub(env, source, "-o", tmp_path / "two", *arguments, "--workers", "2")
    assert one.exit_code == two.exit_code == 0, two.stderr
    assert read_output(tmp_path / "one") == read_output(tmp_path / "two")
    manifest = json.loads((tmp_path / "two" / "_cndp_scrub.json").read_text())
    pids = {p["pid"] for p in manifest["parts"]}
    assert os.getpid() not in pids
    assert 1 <= len(pids) <= 2
    assert len({p["runtime"] for p in manifest["parts"]}) == len(pids)  # ...each loading once


def test_the_processing_register_counts_the_scrubbed_datasets(
    env: Env, tmp_path: Path, rows: list[dict]
) -> None:
    source = write(rows[:90], tmp_path / "d.jsonl")
    ran = scrub(
        env, source, "-o", tmp_path / "out", "--text-column", "text", "--subject-column", "client"
    )
    assert ran.exit_code == 0, ran.stderr
    jobs = [r for r in env.records("scrub_job") if r["purpose"] == "training"]
    done = [r for r in jobs if r["outcome"] == "completed"]
    out = tmp_path / "register"
    written = CliRunner().invoke(
        main,
        ["audit", "register", "--config", str(env.config), "--out", str(out), "--lang", "en"],
    )
    assert written.exit_code == 0, written.output
    register = json.loads((out / "register.json").read_text())
    [training] = [d for d in register["datasets"] if d["purpose"] == "training"]
    assert training["jobs"] == len(done) >= 1
    assert training["failed_jobs"] == len(jobs) - len(done)
    assert training["rows_in"] == sum(r["rows_in"] for r in done)
    assert training["rows_out"] == sum(r["rows_out"] for r in done)
    erased = [d for d in training["dropped_by_reason"] if d["code"] == "subject.erased"]
    assert erased[0]["count"] == sum(r["dropped"].get("subject.erased", 0) for r in done)
    assert erased[0]["message"]  # the policy's own words for the code
