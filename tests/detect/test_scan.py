from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from compliance.cli.scan import scan

pytestmark = pytest.mark.slow

LINES = [
    {"id": "a", "text": "Je m'appelle Youssef El Amrani, CIN BE123456, je suis diabétique."},
    {"id": "b", "text": "اسمي يوسف العلوي، هاتفي ٠٦٦١٢٣٤٥٦٧"},
    {"id": 3, "text": "Rien à signaler."},
]


def jsonl(records: list[dict[str, object]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def test_each_line_gets_its_spans_and_a_redacted_text_sensitive_ones_kept() -> None:
    result = CliRunner().invoke(scan, input=jsonl(LINES))
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in out] == ["a", "b", 3]
    assert out[0]["text"] == "Je m'appelle <PERSON>, CIN <MA_CIN>, je suis diabétique."
    assert {s["entity_type"] for s in out[0]["spans"]} == {"PERSON", "MA_CIN", "HEALTH"}
    assert out[1]["text"] == "اسمي <PERSON>، هاتفي <PHONE_NUMBER>"
    assert out[2] == {"id": 3, "spans": [], "text": "Rien à signaler."}


def test_plain_text_lines_are_numbered_and_text_format_prints_texts_only() -> None:
    result = CliRunner().invoke(
        scan, ["--format", "text"], input="Appelez Karim Alaoui au 0661234567\n\nmerci\n"
    )
    assert result.exit_code == 0
    assert result.stdout.splitlines() == ["Appelez <PERSON> au <PHONE_NUMBER>", "merci"]


def test_a_bad_line_is_named_without_its_content_and_the_others_still_go_out(
    tmp_path: Path,
) -> None:
    canary = "Zineb Canary 0698765432"
    path = tmp_path / "in.jsonl"
    path.write_text(
        jsonl([LINES[0]]) + '{"id": 2, "text": "' + canary + '"\n' + jsonl([LINES[2]]),
        encoding="utf-8",
    )
    result = CliRunner().invoke(scan, [str(path)])
    assert result.exit_code == 1
    assert f"{path}:2: skipped: not valid JSON" in result.stderr
    assert canary not in result.stderr
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["a", 3]


def test_workers_keep_the_input_order(tmp_path: Path) -> None:
    records = [
        {"id": n, "text": f"Client {n}: Karim Alaoui, tél 06612345{n % 100:02d}"}
        for n in range(150)
    ]
    path = tmp_path / "many.jsonl"
    path.write_text(jsonl(records), encoding="utf-8")
    single = CliRunner().invoke(scan, [str(path)])
    parallel = CliRunner().invoke(scan, ["--workers", "2", str(path)])
    assert parallel.exit_code == single.exit_code == 0
    assert parallel.stdout == single.stdout
    assert [json.loads(line)["id"] for line in parallel.stdout.splitlines()] == list(range(150))


def test_the_command_runs_as_a_module_reading_stdin() -> None:
    completed = subprocess.run(
        [sys.executable, "-c", "from compliance.cli.scan import scan; scan()", "--lang", "fr"],
        input=jsonl([LINES[0]]),
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    assert json.loads(completed.stdout)["text"].startswith("Je m'appelle <PERSON>")


@pytest.mark.parametrize("workers", [1, 2])
def test_the_progress_bar_starts_once_every_process_has_loaded_its_models(
    tmp_path: Path, workers: int
) -> None:
    # The bar's rate and time left count from its start: drawn after the models are
    # loaded, they measure scanning only (the first line used to carry the loading).
    path = tmp_path / "in.jsonl"
    path.write_text(jsonl(LINES), encoding="utf-8")

    result = CliRunner().invoke(scan, ["--workers", str(workers), str(path)])

    assert result.exit_code == 0, result.output
    loaded = result.stderr.index("cndp-guard scan: models loaded in ")
    assert f"({workers} process" in result.stderr[loaded:]
    assert loaded < result.stderr.index("scanning")
    assert len(result.stdout.splitlines()) == len(LINES)


def test_reading_stdin_draws_no_bar_and_says_nothing_of_the_models() -> None:
    result = CliRunner().invoke(scan, input=jsonl([LINES[2]]))

    assert result.exit_code == 0
    assert result.stderr == ""
