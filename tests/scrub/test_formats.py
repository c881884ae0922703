"""Files, parts and formats: what the driver plans and what each reader and writer keeps.

No models here: the scrubbed cells are made up, to show what a writer does with them.
"""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from compliance.core.errors import ConfigError
from compliance.scrub.dataset import find_files, plan_dataset
from compliance.scrub.errors import BadInput
from compliance.scrub.tables import MISSING, Scrubbed, get_path, read_part, set_path
from tests.scrub.conftest import generate, write


def _plan(path: Path, *, part_rows: int = 10, columns: tuple[str, ...] = ("text",)) -> list:
    files, fmt = find_files(str(path))
    dataset = plan_dataset(
        files,
        fmt,
        part_rows=part_rows,
        columns=list(columns),
        subject_column="client",
        summary_column="pii_summary",
    )
    return list(dataset.parts)


def _identity(table: object, columns: tuple[str, ...]) -> Scrubbed:
    rows = table.rows  # type: ignore[attr-defined]
    return Scrubbed(
        keep=[i % 2 == 0 for i in range(rows)],
        texts={c: [f"<{c}:{i}>" for i in range(rows)] for c in columns},
        subjects=[f"<S{i}>" for i in range(rows)],
        summaries=[{"PERSON": i} for i in range(rows)],
    )


# -- finding files ------------------------------------------------------------------------


def test_a_directory_gives_its_data_files_sorted_and_skips_hidden_and_underscore_files(
    tmp_path: Path,
) -> None:
    for name in ("b.jsonl", "a.jsonl", "sub/c.jsonl", ".hidden.jsonl", "_SUCCESS", "_x/d.jsonl"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("{}\n")
    files, fmt = find_files(str(tmp_path))
    assert [Path(f).relative_to(tmp_path).as_posix() for f in files] == [
        "a.jsonl",
        "b.jsonl",
        "sub/c.jsonl",
    ]
    assert fmt == "jsonl"


def test_a_glob_gives_its_files(tmp_path: Path) -> None:
    for name in ("x-1.csv", "x-2.csv", "y.csv"):
        (tmp_path / name).write_text("a\n1\n")
    files, fmt = find_files(str(tmp_path / "x-*.csv"))
    assert [Path(f).name for f in files] == ["x-1.csv", "x-2.csv"]
    assert fmt == "csv"


@pytest.mark.parametrize(
    ("names", "message"),
    [
        ((), "no input files"),
        (("a.jsonl", "b.csv"), "mixes csv and jsonl files"),
        (("a.txt",), "unknown extension; give --format"),
    ],
)
def test_a_dataset_that_cannot_be_read_as_one_format_is_refused(
    tmp_path: Path, names: tuple[str, ...], message: str
) -> None:
    for name in names:
        (tmp_path / name).write_text("x\n")
    spec = str(tmp_path / "*") if names else str(tmp_path / "nothing-*.jsonl")
    with pytest.raises(ConfigError, match=message):
        find_files(spec)


# -- parts ----------------------------------------------------------------------------------


def test_jsonl_parts_are_runs_of_whole_lines(tmp_path: Path) -> None:
    path = write(generate(25), tmp_path / "d.jsonl")
    parts = _plan(path)
    assert [(p.first_row, p.rows) for p in parts] == [(1, 10), (11, 10), (21, 5)]
    assert parts[0].start == 0
    assert parts[-1].end == path.stat().st_size
    ids = [json.loads(line)["id"] for p in parts for line in _lines(path, p.start, p.end)]
    assert ids == list(range(25))


def _lines(path: Path, start: int, end: int) -> list[bytes]:
    with path.open("rb") as handle:
        handle.seek(start)
        return [line for line in handle.read(end - start).split(b"\n") if line]


def test_csv_parts_cut_between_records_not_inside_a_quoted_newline(tmp_path: Path) -> None:
    path = tmp_path / "d.csv"
    path.write_text(
        "id,client,text\n" + "".join(f'{i},c,"ligne {i}\nsuite\r\ntrois"\n' for i in range(7)),
        encoding="utf-8",
    )
    parts = _plan(path, part_rows=3)
    assert [(p.first_row, p.rows, p.first_line) for p in parts] == [
        (1, 3, 2),
        (4, 3, 11),
        (7, 1, 20),
    ]
    table = read_part(parts[1])
    assert table.texts("text") == [f"ligne {i}\nsuite\r\ntrois" for i in (3, 4, 5)]
    assert table.where(0) == "record 4 (line 11)"


def test_parquet_parts_are_slices_of_row_groups(tmp_path: Path) -> None:
    path = write(generate(25), tmp_path / "d.parquet", row_group_size=12)
    parts = _plan(path, part_rows=5)
    assert [(p.row_group, p.slice, p.first_row, p.rows) for p in parts] == [
        (0, 0, 1, 5),
        (0, 1, 6, 5),
        (0, 2, 11, 2),
        (1, 0, 13, 5),
        (1, 1, 18, 5),
        (1, 2, 23, 2),
        (2, 0, 25, 1),
    ]
    table = read_part(parts[3])
    assert table.subjects("client") == [r["client"] for r in generate(25)[12:17]]
    assert table.where(1) == "row 14 (row group 1)"


# -- what the writers keep ----------------------------------------------------------------


def test_dotted_paths_reach_nested_fields_and_a_top_level_name_wins() -> None:
    row = {"meta": {"note": "x", "deep": {"a": "y"}}, "a.b": "literal", "n": None}
    assert get_path(row, "meta.note") == "x"
    assert get_path(row, "meta.deep.a") == "y"
    assert get_path(row, "a.b") == "literal"
    assert get_path(row, "meta.nope") is MISSING
    assert get_path(row, "n.x") is None  # a null parent is a null value
    set_path(row, "meta.deep.a", "z")
    set_path(row, "meta.absent", "never")  # what is not there is not created
    assert row["meta"] == {"note": "x", "deep": {"a": "z"}}


def test_jsonl_keeps_every_key_in_order_and_appends_the_summary(tmp_path: Path) -> None:
    path = tmp_path / "d.jsonl"
    path.write_text(
        '{"id": 1, "client": 7, "text": "a", "meta": {"note": "b", "k": [1, 2]}, "z": 1.5}\n'
        "\n"
        '{"id": 2, "client": "x", "text": null, "meta": null, "z": 18446744073709551616}\n'
        '{"id": 3, "client": null, "text": "c", "meta": {"note": "d", "k": []}, "z": 0}\n',
        encoding="utf-8",
    )
    [part] = _plan(path, columns=("text", "meta.note"))
    table = read_part(part)
    assert table.rows == 3
    assert table.subjects("client") == ["7", "x", None]
    out = table.render(
        _identity(table, ("text", "meta.note")), summary_column="pii", subject_column="client"
    )
    rows = [json.loads(line) for line in out.decode().splitlines()]
    assert rows == [
        {
            "id": 1,
            "client": "<S0>",
            "text": "<text:0>",
            "meta": {"note": "<meta.note:0>", "k": [1, 2]},
            "z": 1.5,
            "pii": {"PERSON": 0},
        },
        {
            "id": 3,
            "client": "<S2>",
            "text": "<text:2>",
            "meta": {"note": "<meta.note:2>", "k": []},
            "z": 0,
            "pii": {"PERSON": 2},
        },
    ]


def test_parquet_keeps_the_schema_and_every_other_column(tmp_path: Path) -> None:
    table = pa.table(
        {
            "id": pa.array([1, 2, 3], pa.int64()),
            "client": pa.array(["a", None, "c"]),
            "text": pa.array(["x", None, "z"], pa.large_string()),
            "meta": pa.array(
                [{"note": "n1", "when": 1.0}, None, {"note": None, "when": 3.0}],
                pa.struct([("note", pa.string()), ("when", pa.float64())]),
            ),
            "tags": pa.array([["t"], [], None], pa.list_(pa.string())),
        }
    )
    path = tmp_path / "d.parquet"
    pq.write_table(table, path)
    [part] = _plan(path, columns=("text", "meta.note"))
    source = read_part(part)
    assert source.texts("meta.note") == ["n1", None, None]  # a null struct: a null note
    out = source.render(
        _identity(source, ("text", "meta.note")), summary_column="pii", subject_column="client"
    )
    written = pq.read_table(pa.BufferReader(out))
    assert written.schema.names == ["id", "client", "text", "meta", "tags", "pii"]
    assert written.schema.field("text").type == pa.large_string()
    assert written.schema.field("meta").type == table.schema.field("meta").type
    assert written.to_pylist() == [
        {
            "id": 1,
            "client": "<S0>",
            "text": "<text:0>",
            "meta": {"note": "<meta.note:0>", "when": 1.0},
            "tags": ["t"],
            "pii": [("PERSON", 0)],
        },
        {
            "id": 3,
            "client": "<S2>",
            "text": "<text:2>",
            "meta": {"note": "<meta.note:2>", "when": 3.0},
            "tags": None,
            "pii": [("PERSON", 2)],
        },
    ]


def test_csv_keeps_the_header_and_writes_the_summary_as_json(tmp_path: Path) -> None:
    path = write(generate(3), tmp_path / "d.csv")
    [part] = _plan(path, columns=("text", "note"))
    table = read_part(part)
    out = table.render(
        _identity(table, ("text", "note")), summary_column="pii", subject_column="client"
    )
    lines = out.decode().splitlines()
    assert lines[0] == "id,client,text,note,pii"
    assert lines[1] == '0,<S0>,<text:0>,<note:0>,"{""PERSON"": 0}"'
    assert len(lines) == 3


# -- bad input: the file and the place, never the value -----------------------------------

CANARY = "Karim Benali 0661234567"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        # JSONL
        (
            "d.jsonl",
            '{"text": "a", "client": "c"}\n{"text": 12, "client": "c"}\n',
            "line 2: column 'text' holds a number, not a string",
        ),
        (
            "d.jsonl",
            '{"text": "a", "client": "c"}\n{"text": "' + CANARY + '"\n',
            "line 2: is not valid JSON in UTF-8",
        ),
        (
            "d.jsonl",
            '{"text": "a", "client": "c"}\n["' + CANARY + '"]\n',
            "line 2: is not a JSON object",
        ),
        (
            "d.jsonl",
            '{"text": "a", "client": ["' + CANARY + '"]}\n',
            "line 1: subject column 'client' holds an array",
        ),
        ("d.jsonl", '{"txt": "' + CANARY + '", "client": "c"}\n', "line 1: has no column 'text'"),
        # CSV
        (
            "d.csv",
            "id,client,text\n1,c," + CANARY + ",extra\n",
            "record 1 (line 2): has 4 fields, the header 3",
        ),
        ("d.csv", "id,client,txt\n1,c," + CANARY + "\n", "header: has no column 'text'"),
    ],
)
def test_bad_input_names_the_file_and_the_row_never_the_value(
    tmp_path: Path, name: str, content: str, message: str
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")

    def read_all() -> None:
        for part in _plan(path):
            table = read_part(part)
            table.texts("text")
            table.subjects("client")

    with pytest.raises(BadInput) as caught:
        read_all()
    assert caught.value.message == f"{path}: {message}" or caught.value.message.startswith(
        f"{path}: {message}"
    )
    assert "Karim" not in caught.value.message
    assert "0661" not in caught.value.message


def test_invalid_utf8_is_named_by_its_line(tmp_path: Path) -> None:
    path = tmp_path / "d.csv"
    path.write_bytes(b"id,client,text\n1,c,ok\n2,c,caf\xe9\n")
    with pytest.raises(BadInput, match=r"d\.csv: line 3: is not valid UTF-8"):
        _plan(path)


def test_a_parquet_text_column_of_another_type_or_absent_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "d.parquet"
    pq.write_table(pa.table({"client": ["c"], "text": [12], "meta": [{"note": 1}]}), path)
    with pytest.raises(BadInput, match="column 'text' is of type int64, not a string"):
        _plan(path)
    with pytest.raises(BadInput, match=r"column 'meta\.note' is of type int64"):
        _plan(path, columns=("meta.note",))
    with pytest.raises(BadInput, match=r"has no column 'meta\.nope'"):
        _plan(path, columns=("meta.nope",))


def test_a_parquet_file_that_is_not_one_is_refused(tmp_path: Path) -> None:
    source = write(generate(40), tmp_path / "good.parquet")
    path = tmp_path / "d.parquet"
    path.write_bytes(source.read_bytes()[:-100])  # the footer is cut
    with pytest.raises(BadInput, match=r"d\.parquet: is not a readable Parquet file \("):
        _plan(path)


def test_a_corrupt_row_group_is_named(tmp_path: Path) -> None:
    rows = [{"client": "c", "text": f"Texte {i} " + "x" * 60} for i in range(300)]
    path = tmp_path / "d.parquet"
    pq.write_table(pa.Table.from_pylist(rows), path, row_group_size=100, compression="none")
    column = pq.ParquetFile(path).metadata.row_group(1).column(1)
    data = bytearray(path.read_bytes())
    data[column.data_page_offset : column.data_page_offset + 40] = b"\xff" * 40
    path.write_bytes(bytes(data))
    parts = _plan(path, part_rows=100)
    read_part(parts[0])
    with pytest.raises(
        BadInput, match=r"d\.parquet: row group 1: cannot be read: the file is corrupt"
    ):
        read_part(parts[1])


def test_a_summary_column_the_dataset_already_has_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "d.jsonl"
    path.write_text('{"text": "a", "client": "c", "pii_summary": 1}\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="already has a column 'pii_summary'"):
        _plan(path)
