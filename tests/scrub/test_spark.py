"""``cndp-guard scrub --engine spark`` on real Spark in local mode (``local[2]``).

One Spark session for the module (the engine uses the active session, as in a notebook)
and one generated dataset of a few thousand rows, scrubbed once by each engine: every
test reads those two runs. Nothing here measures time: a slow machine only runs longer.
Spark needs Java 17 or later (``make pytest`` installs Debian's OpenJDK 17 when missing).
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from compliance.cli import main
from compliance.scrub.job import MANIFEST
from tests.scrub.conftest import (
    ERASED,
    OBJECTED,
    WITHDRAWN,
    Env,
    Ran,
    expected_drops,
    generate,
    kept_ids,
    proxy,
    read_output,
    scrub,
    write,
)

pytestmark = pytest.mark.slow

ROWS = 2400
PART_ROWS = 300
APPLICATION = "crm"  # the token's name: the pseudonyms of the crm application
TOKEN = re.compile(r"<([A-Z_]+?)(?:_[0-9a-f]{12,16})?>")  # a pseudonym, or a redacted label


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    from pyspark.sql import SparkSession

    previous = os.environ.get("PYSPARK_PYTHON")
    os.environ["PYSPARK_PYTHON"] = sys.executable  # executors run this interpreter
    session = (
        SparkSession.builder.master("local[2]")
        .appName("cndp-guard scrub tests")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()
    if previous is None:
        os.environ.pop("PYSPARK_PYTHON", None)
    else:
        os.environ["PYSPARK_PYTHON"] = previous


@dataclass(frozen=True)
class Runs:
    rows: list[dict[str, Any]]
    source: Path
    local: Path
    spark: Path
    local_ran: Ran
    spark_ran: Ran


@pytest.fixture(scope="module")
def runs(env: Env, spark: Any, tmp_path_factory: pytest.TempPathFactory) -> Runs:
    root = tmp_path_factory.mktemp("spark")
    rows = generate(ROWS, seed=4)
    # Parquet with nested structs: row groups of 600 rows, two parts each.
    source = write(rows, root / "chats.parquet", row_group_size=600)
    arguments = [
        source,
        "--text-column",
        "text",
        "--text-column",
        "meta.note",
        "--subject-column",
        "client",
        "--application",
        APPLICATION,
        "--part-rows",
        str(PART_ROWS),
    ]
    local_ran = scrub(env, *arguments, "-o", root / "local", "--engine", "local", "--workers", "1")
    spark_ran = scrub(env, *arguments, "-o", root / "spark", "--engine", "spark", "--workers", "2")
    return Runs(rows, source, root / "local", root / "spark", local_ran, spark_ran)


def _counts(report: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in report.items() if k not in ("job_id", "output", "seconds")}


def test_spark_writes_the_output_of_the_local_engine_row_for_row(runs: Runs) -> None:
    assert runs.local_ran.exit_code == 0, runs.local_ran.stderr
    assert runs.spark_ran.exit_code == 0, runs.spark_ran.stderr
    local, spark = read_output(runs.local), read_output(runs.spark)
    assert len(spark) == runs.spark_ran.report["rows_out"] > 0
    assert spark == local
    # Byte for byte, part by part: the same code wrote them.
    manifests = [json.loads((d / MANIFEST).read_text()) for d in (runs.local, runs.spark)]
    digests = [[p["output_digest"] for p in m["parts"]] for m in manifests]
    assert digests[0] == digests[1]
    assert len(digests[1]) == ROWS // PART_ROWS
    assert _counts(runs.spark_ran.report) == _counts(runs.local_ran.report)
    assert manifests[1]["engine"] == "spark"


def test_nested_fields_are_minimized_and_every_row_has_its_summary(runs: Runs) -> None:
    original = {r["id"]: r for r in runs.rows}
    out = read_output(runs.spark)
    notes = 0
    for row in out:
        first = original[row["id"]]
        assert row["meta"]["n"] == first["meta"]["n"]
        if first["meta"]["note"] is not None:
            notes += 1
            assert re.fullmatch(r"Rappeler <PHONE_NUMBER_[0-9a-f]+>", row["meta"]["note"])
        # The summary names every type whose values were replaced, and only those.
        summary = dict(row["pii_summary"])
        texts = row["text"] + (row["meta"]["note"] or "")
        replaced = {m.group(1) for m in TOKEN.finditer(texts)}
        assert replaced == set(summary), row["id"]
    assert notes > ROWS // 2


def test_erased_subjects_are_dropped_and_refused_rows_counted_by_reason(runs: Runs) -> None:
    report = runs.spark_ran.report
    expected = expected_drops(runs.rows)
    assert report["rows_in"] == ROWS
    assert (
        report["rows_erased"] == report["dropped"]["subject.erased"] == expected["subject.erased"]
    )
    for reason in ("consent.withdrawn", "opt_out.honoured", "sensitive.not_declared"):
        assert report["dropped"][reason] == expected[reason] > 0, reason
    assert report["rows_refused"] == sum(expected.values()) - expected["subject.erased"]
    assert report["rows_out"] == ROWS - sum(expected.values())
    out = read_output(runs.spark)
    assert {str(r["id"]) for r in out} == kept_ids(runs.rows)
    subjects = {r["client"] for r in runs.rows}
    assert {ERASED, WITHDRAWN, OBJECTED} <= subjects
    assert not (subjects - {None}) & {r["client"] for r in out}  # every subject cell a token


def test_pseudonyms_are_the_proxys_for_the_same_subject_and_application(
    env: Env, runs: Runs
) -> None:
    original = {r["id"]: r for r in runs.rows}
    out = read_output(runs.spark)
    # A few rows of each kind: two subjects, names and e-mails, phones, no subject at all.
    chosen: list[dict[str, Any]] = []
    for wanted in ("<PERSON_", "<EMAIL_ADDRESS_", "<PHONE_NUMBER_"):
        with_subject = [r for r in out if wanted in r["text"] and r["client"] is not None]
        chosen += with_subject[:2]
    chosen += [r for r in out if r["client"] is None and "<PERSON_" in r["text"]][:1]
    assert len(chosen) == 7
    with proxy(env, application=APPLICATION) as send:
        for row in chosen:
            first = original[row["id"]]
            assert send(first["text"], first["client"]) == row["text"], first["client"]
        # Another application sees other tokens for the same subject and text.
    with proxy(env, application="another-app") as send:
        first = original[chosen[0]["id"]]
        assert send(first["text"], first["client"]) != chosen[0]["text"]


def test_every_part_and_the_job_are_in_the_trail_which_verifies(
    env: Env, runs: Runs, tmp_path: Path
) -> None:
    job_id = runs.spark_ran.report["job_id"]
    parts = [r for r in env.records("scrub_part") if r["job_id"] == job_id]
    [job] = [r for r in env.records("scrub_job") if r["job_id"] == job_id]
    assert sorted(p["part"] for p in parts) == list(range(ROWS // PART_ROWS))
    assert {p["engine"] for p in parts} == {job["engine"]} == {"spark"}
    assert sum(p["rows_out"] for p in parts) == job["rows_out"] == runs.spark_ran.report["rows_out"]
    assert job["outcome"] == "completed"
    assert job["dropped"] == runs.spark_ran.report["dropped"]
    assert job["application"] == APPLICATION

    runner = CliRunner()
    config = ["--config", str(env.config)]
    database = runner.invoke(main, ["audit", "verify", "--database", *config])
    assert database.exit_code == 0, database.output
    export = tmp_path / "export"
    exported = runner.invoke(main, ["audit", "export", "--out", str(export), *config])
    assert exported.exit_code == 0, exported.output
    verified = runner.invoke(main, ["audit", "verify", str(export)])
    assert verified.exit_code == 0, verified.output
    bodies = [
        json.loads(line)["body"] for line in (export / "records.jsonl").read_text().splitlines()
    ]
    assert job_id in {b.get("job_id") for b in bodies if b["event"] == "scrub_job"}


def test_no_value_of_the_dataset_is_in_the_trail_the_manifest_or_the_messages(
    env: Env, runs: Runs
) -> None:
    job_id = runs.spark_ran.report["job_id"]
    records = [r for r in env.records() if r.get("job_id") == job_id]
    written = [
        json.dumps(records, ensure_ascii=False),
        (runs.spark / MANIFEST).read_text(encoding="utf-8"),
        runs.spark_ran.stdout,
        runs.spark_ran.stderr,
    ]
    canaries = {r["client"] for r in runs.rows if r["client"]} | {r["text"] for r in runs.rows}
    canaries |= {r["meta"]["note"] for r in runs.rows if r["meta"]["note"]}
    canaries |= {w for r in runs.rows for w in r["text"].split() if len(w) > 5 and w[0].isupper()}
    for text in written:
        found = [c for c in canaries if f'"{c}"' in text or c in text]
        assert found == [], found[:3]


def test_models_load_once_per_executor_python_worker(runs: Runs) -> None:
    manifest = json.loads((runs.spark / MANIFEST).read_text())
    processes = {(p["pid"], p["runtime"]) for p in manifest["parts"]}
    assert os.getpid() not in {pid for pid, _ in processes}  # the executors' Python, not ours
    # local[2]: at most two Python workers at a time, each building its runtime once.
    assert len({pid for pid, _ in processes}) == len(processes)
    assert 1 <= len(processes) <= 2


def test_bad_input_on_spark_names_the_file_and_line_and_leaves_no_output(
    env: Env, spark: Any, tmp_path: Path
) -> None:
    lines = [json.dumps({"id": i, "client": "client-1", "text": f"Texte {i}"}) for i in range(90)]
    lines[71] = json.dumps({"id": 71, "client": "client-1", "text": ["Karim Benali 0661234567"]})
    source = tmp_path / "d.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    ran = scrub(
        env,
        source,
        "-o",
        tmp_path / "out",
        "--text-column",
        "text",
        "--part-rows",
        "30",
        "--engine",
        "spark",
    )
    assert ran.exit_code == 1, ran.stderr
    assert f"{source}: line 72: column 'text' holds an array, not a string" in ran.stderr
    assert "Karim" not in ran.stderr
    assert "0661234567" not in ran.stderr
    assert not (tmp_path / "out").exists()
    assert not (tmp_path / "out.partial").exists()
