"""Reading one part of a file and writing it back scrubbed, for each format.

Each reader gives the row work the same thing whatever the format: the values of the
text columns and of the subject column, checked (text is a string or null, a subject a
string or an integer), and a name for each row's place in its file for error messages.
Each writer puts the scrubbed values back in the part's own shape and leaves every other
column as it was: the dict of a JSONL line keeps its keys and their order, a CSV record
its header, a Parquet batch its schema (Arrow columns replaced, never converted to
Python and back), plus the summary column.

A text column is named by its top-level name or by a dotted path into nested objects
(JSONL) and structs (Parquet): ``meta.note``. A CSV column is its header name.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import orjson
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from compliance.scrub.dataset import Part
from compliance.scrub.errors import BadInput

MISSING: Any = type("Missing", (), {"__repr__": lambda _self: "MISSING"})()
SUMMARY_TYPE = pa.map_(pa.string(), pa.int32())


@dataclass(slots=True)
class Scrubbed:
    """What the row work decided for a part's rows, column by column.

    ``texts[column][i]`` and ``subjects[i]`` are the new cells of row ``i`` (None: null);
    ``summaries[i]`` is its entity types and counts (None when its columns were nulled);
    rows whose ``keep[i]`` is false are not written.
    """

    keep: list[bool]
    texts: dict[str, list[str | None]]
    subjects: list[Any] | None
    summaries: list[dict[str, int] | None]


class PartTable(Protocol):
    rows: int

    def where(self, row: int) -> str:
        """Where row ``row`` of the part is in its file: ``line 12``, ``row 40 (row group 0)``."""
        ...

    def texts(self, column: str) -> list[str | None]:
        """The column's cells, each a string or None; raises ``BadInput`` on another type."""
        ...

    def subjects(self, column: str) -> list[str | None]:
        """Subject ids as strings (integers written in decimal); None when empty."""
        ...

    def render(
        self, scrubbed: Scrubbed, *, summary_column: str, subject_column: str | None
    ) -> bytes:
        """The output part file's bytes."""
        ...


def read_part(part: Part) -> PartTable:
    """Read ``part`` from its file. Raises ``BadInput`` naming the file and the place."""
    if part.format == "jsonl":
        return JsonlPart(part)
    if part.format == "csv":
        return CsvPart(part)
    return ParquetPart(part)


def _type_name(value: Any) -> str:
    return {
        bool: "a boolean",
        int: "a number",
        float: "a number",
        dict: "an object",
        list: "an array",
    }.get(type(value), type(value).__name__)


def _not_text(file: str, where: str, column: str, value: Any) -> BadInput:
    return BadInput(
        file=file,
        where=where,
        problem=f"column {column!r} holds {_type_name(value)}, not a string; scrub text"
        " columns only (name a nested string with a dotted path)",
    )


def _read_range(file: str, start: int, end: int) -> bytes:
    try:
        with Path(file).open("rb") as handle:
            handle.seek(start)
            return handle.read(end - start)
    except OSError as exc:
        raise BadInput(file=file, problem=f"cannot be read ({exc.strerror})") from None


# -- paths into nested rows -----------------------------------------------------------------


def get_path(row: dict[str, Any], path: str) -> Any:
    """The value at ``path`` in ``row``: its top-level key, else a dotted path; ``MISSING``."""
    if path in row:
        return row[path]
    node: Any = row
    for key in path.split("."):
        if not isinstance(node, dict):
            return None if node is None else MISSING
        if key not in node:
            return MISSING
        node = node[key]
    return node


def set_path(row: dict[str, Any], path: str, value: Any) -> None:
    """Set ``path`` in ``row`` where it exists (a missing or null parent stays as it is)."""
    if path in row:
        row[path] = value
        return
    *parents, leaf = path.split(".")
    node: Any = row
    for key in parents:
        node = node.get(key) if isinstance(node, dict) else None
    if isinstance(node, dict) and leaf in node:
        node[leaf] = value


# -- JSONL ----------------------------------------------------------------------------------


def parse_json_line(raw: bytes, *, file: str, line: int) -> dict[str, Any]:
    """One JSONL line as an object. Raises ``BadInput`` naming the line."""
    try:
        row = orjson.loads(raw)
    except orjson.JSONDecodeError:
        try:  # integers beyond 64 bits, NaN: valid for Python's json, refused by orjson
            row = json.loads(raw.decode("utf-8"))
        except (ValueError, UnicodeDecodeError):
            raise BadInput(
                file=file, where=f"line {line}", problem="is not valid JSON in UTF-8"
            ) from None
    if not isinstance(row, dict):
        raise BadInput(file=file, where=f"line {line}", problem="is not a JSON object")
    return row


def _dump_json(row: dict[str, Any]) -> bytes:
    try:
        return orjson.dumps(row)
    except TypeError:  # what only Python's json read (big integers)
        return json.dumps(row, ensure_ascii=False, separators=(",", ":")).encode()


class JsonlPart:
    """Lines ``first_row ..`` of a JSONL file; blank lines are not rows and are not written."""

    def __init__(self, part: Part) -> None:
        self._file = part.file
        self._rows: list[dict[str, Any]] = []
        self._lines: list[int] = []
        raw = _read_range(part.file, part.start, part.end)
        for number, line in enumerate(raw.split(b"\n"), start=part.first_row):
            if line.strip():
                self._rows.append(parse_json_line(line, file=part.file, line=number))
                self._lines.append(number)
        self.rows = len(self._rows)

    def where(self, row: int) -> str:
        return f"line {self._lines[row]}"

    def texts(self, column: str) -> list[str | None]:
        out: list[str | None] = []
        for i, row in enumerate(self._rows):
            value = get_path(row, column)
            if value is None or value is MISSING:
                out.append(None)
            elif isinstance(value, str):
                out.append(value)
            else:
                raise _not_text(self._file, self.where(i), column, value)
        return out

    def subjects(self, column: str) -> list[str | None]:
        out: list[str | None] = []
        for i, row in enumerate(self._rows):
            out.append(_subject(get_path(row, column), self._file, self.where(i), column))
        return out

    def render(
        self, scrubbed: Scrubbed, *, summary_column: str, subject_column: str | None
    ) -> bytes:
        chunks = []
        for i, row in enumerate(self._rows):
            if not scrubbed.keep[i]:
                continue
            for column, values in scrubbed.texts.items():
                set_path(row, column, values[i])
            if subject_column is not None and scrubbed.subjects is not None:
                set_path(row, subject_column, scrubbed.subjects[i])
            row[summary_column] = scrubbed.summaries[i]
            chunks.append(_dump_json(row))
        return b"".join(chunk + b"\n" for chunk in chunks)


def _subject(value: Any, file: str, where: str, column: str) -> str | None:
    if value is None or value is MISSING or value == "":
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)  # as a host application would send it in X-Subject-Id
    raise BadInput(
        file=file,
        where=where,
        problem=f"subject column {column!r} holds {_type_name(value)}, not a string or an integer",
    )


# -- CSV ------------------------------------------------------------------------------------


def csv_line(raw: bytes, *, file: str, line: int) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise BadInput(file=file, where=f"line {line}", problem="is not valid UTF-8") from None


def _lines_with_ends(raw: bytes) -> list[bytes]:
    """Lines split at ``\\n`` only (a ``\\r`` or form feed inside a quoted cell stays)."""
    lines = [line + b"\n" for line in raw.split(b"\n")]
    lines[-1] = lines[-1][:-1]
    return [line for line in lines if line]


def _csv_header(file: str) -> list[str]:
    try:
        with Path(file).open("rb") as handle:
            text = (csv_line(raw, file=file, line=n) for n, raw in enumerate(handle, start=1))
            return next(csv.reader(text))
    except OSError as exc:
        raise BadInput(file=file, problem=f"cannot be read ({exc.strerror})") from None
    except (csv.Error, StopIteration):
        raise BadInput(file=file, where="line 1", problem="is not a CSV header") from None


class CsvPart:
    """Records ``first_row ..`` of a CSV file with a header line; every cell is text."""

    def __init__(self, part: Part) -> None:
        self._file = part.file
        self._header = _csv_header(part.file)
        lines = _lines_with_ends(_read_range(part.file, part.start, part.end))
        self._records: list[list[str]] = []
        self._where: list[str] = []
        text = (
            csv_line(line, file=part.file, line=part.first_line + n) for n, line in enumerate(lines)
        )
        reader = csv.reader(text)
        line = part.first_line
        for number in range(part.first_row, part.first_row + part.rows):
            where = f"record {number} (line {line})"
            try:
                record = next(reader)
            except (csv.Error, StopIteration):
                raise BadInput(file=part.file, where=where, problem="is not valid CSV") from None
            if len(record) != len(self._header):
                raise BadInput(
                    file=part.file,
                    where=where,
                    problem=f"has {len(record)} fields, the header {len(self._header)}",
                )
            self._records.append(record)
            self._where.append(where)
            line = part.first_line + reader.line_num
        self.rows = len(self._records)

    def where(self, row: int) -> str:
        return self._where[row]

    def _index(self, column: str) -> int:
        return self._header.index(column)

    def texts(self, column: str) -> list[str | None]:
        index = self._index(column)
        return [record[index] for record in self._records]

    def subjects(self, column: str) -> list[str | None]:
        index = self._index(column)
        return [record[index] or None for record in self._records]

    def render(
        self, scrubbed: Scrubbed, *, summary_column: str, subject_column: str | None
    ) -> bytes:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow([*self._header, summary_column])
        indexes = {column: self._index(column) for column in scrubbed.texts}
        subject = self._index(subject_column) if subject_column is not None else None
        for i, record in enumerate(self._records):
            if not scrubbed.keep[i]:
                continue
            for column, values in scrubbed.texts.items():
                record[indexes[column]] = values[i] or ""
            if subject is not None and scrubbed.subjects is not None:
                record[subject] = scrubbed.subjects[i] or ""
            summary = scrubbed.summaries[i]
            writer.writerow([*record, "" if summary is None else json.dumps(summary)])
        return out.getvalue().encode("utf-8")


# -- Parquet --------------------------------------------------------------------------------


def open_parquet(file: str) -> pq.ParquetFile:
    try:
        return pq.ParquetFile(file)
    except OSError as exc:
        if isinstance(exc, FileNotFoundError | PermissionError):
            raise BadInput(file=file, problem=f"cannot be read ({exc.strerror})") from None
        raise BadInput(
            file=file, problem=f"is not a readable Parquet file ({type(exc).__name__})"
        ) from None
    except (pa.ArrowException, ValueError) as exc:
        raise BadInput(
            file=file, problem=f"is not a readable Parquet file ({type(exc).__name__})"
        ) from None


def _field_type(schema: pa.Schema, path: str) -> pa.DataType | None:
    """The Arrow type at ``path`` (top-level name, else dotted into structs); None if absent."""
    if path in schema.names:
        return schema.field(path).type
    kind: pa.DataType | None = None
    fields: Sequence[pa.Field] = list(schema)
    for key in path.split("."):
        match = next((f for f in fields if f.name == key), None)
        if match is None:
            return None
        kind = match.type
        fields = list(kind) if pa.types.is_struct(kind) else []
    return kind


def _is_text(kind: pa.DataType) -> bool:
    return bool(pa.types.is_string(kind) or pa.types.is_large_string(kind))


def check_parquet_schema(
    schema: pa.Schema,
    *,
    file: str,
    columns: Sequence[str],
    subject_column: str | None,
    summary_column: str,
) -> None:
    """Every text column a string, the subject a string or an integer, the summary name free."""
    for column in columns:
        kind = _field_type(schema, column)
        if kind is None:
            raise BadInput(
                file=file,
                problem=f"has no column {column!r}; its columns: {', '.join(schema.names)}",
            )
        if not _is_text(kind):
            raise BadInput(
                file=file,
                problem=f"column {column!r} is of type {kind}, not a string; scrub text"
                " columns only (name a nested string with a dotted path)",
            )
    if subject_column is not None:
        kind = _field_type(schema, subject_column)
        if kind is None:
            raise BadInput(
                file=file,
                problem=f"has no subject column {subject_column!r}; its columns:"
                f" {', '.join(schema.names)}",
            )
        if not (_is_text(kind) or pa.types.is_integer(kind)):
            raise BadInput(
                file=file,
                problem=f"subject column {subject_column!r} is of type {kind}, not a string"
                " or an integer",
            )
    if summary_column in schema.names:
        from compliance.core.errors import ConfigError

        raise ConfigError(
            f"{file}: the dataset already has a column {summary_column!r}; choose another"
            " name for the summary with --summary-column"
        )


def _column(batch: pa.RecordBatch, path: str) -> pa.Array:
    if path in batch.schema.names:
        return batch.column(path)
    head, *rest = path.split(".")
    return pc.struct_field(batch.column(head), rest)


def _replaced(array: pa.Array, keys: list[str], values: pa.Array) -> pa.Array:
    """``array`` (a struct) with the leaf at ``keys`` replaced by ``values``."""
    key, *rest = keys
    kind = array.type
    children = []
    for index, child_field in enumerate(kind):
        child = array.field(index)
        if child_field.name == key:
            child = values if not rest else _replaced(child, rest, values)
        children.append(child)
    fields = [
        pa.field(f.name, c.type, nullable=True, metadata=f.metadata)
        for f, c in zip(kind, children, strict=True)
    ]
    return pa.StructArray.from_arrays(children, fields=fields, mask=pc.invert(array.is_valid()))


def _set_column(batch: pa.RecordBatch, path: str, values: pa.Array) -> pa.RecordBatch:
    names = batch.schema.names
    if path in names:
        index, replacement = names.index(path), values
    else:
        head, *rest = path.split(".")
        index = names.index(head)
        replacement = _replaced(batch.column(index), rest, values)
    old = batch.schema.field(index)
    field = pa.field(old.name, replacement.type, nullable=True, metadata=old.metadata)
    columns = list(batch.columns)
    columns[index] = replacement
    schema = batch.schema.set(index, field)
    return pa.RecordBatch.from_arrays(columns, schema=schema)


class ParquetPart:
    """A slice of one row group of a Parquet file, as one Arrow record batch."""

    def __init__(self, part: Part) -> None:
        self._file = part.file
        self._group = part.row_group
        self._first = part.first_row
        parquet = open_parquet(part.file)
        try:
            batches = parquet.iter_batches(
                batch_size=part.slice_rows, row_groups=[part.row_group], use_threads=False
            )
            batch = None
            for index, candidate in enumerate(batches):
                if index == part.slice:
                    batch = candidate
                    break
        except (OSError, pa.ArrowException, ValueError) as exc:
            raise BadInput(
                file=part.file,
                where=f"row group {part.row_group}",
                problem=f"cannot be read: the file is corrupt ({type(exc).__name__})",
            ) from None
        if batch is None or batch.num_rows != part.rows:
            raise BadInput(
                file=part.file,
                where=f"row group {part.row_group}",
                problem="holds fewer rows than its metadata says: the file is corrupt",
            )
        self._batch = batch
        self.rows = batch.num_rows

    def where(self, row: int) -> str:
        return f"row {self._first + row} (row group {self._group})"

    def texts(self, column: str) -> list[str | None]:
        values: list[str | None] = _column(self._batch, column).to_pylist()
        for i, value in enumerate(values):
            if value is not None and not isinstance(value, str):  # pragma: no cover - typed
                raise _not_text(self._file, self.where(i), column, value)
        return values

    def subjects(self, column: str) -> list[str | None]:
        return [
            None if value is None or value == "" else str(value)
            for value in _column(self._batch, column).to_pylist()
        ]

    def render(
        self, scrubbed: Scrubbed, *, summary_column: str, subject_column: str | None
    ) -> bytes:
        batch = self._batch
        for column, values in scrubbed.texts.items():
            kind = _column(batch, column).type
            batch = _set_column(batch, column, pa.array(values, type=kind))
        if subject_column is not None and scrubbed.subjects is not None:
            kind = _column(batch, subject_column).type
            tokens = any(isinstance(v, str) for v in scrubbed.subjects) and not _is_text(kind)
            new = pa.array(scrubbed.subjects, type=pa.string() if tokens else kind)
            batch = _set_column(batch, subject_column, new)
        summaries = pa.array(
            [None if s is None else list(s.items()) for s in scrubbed.summaries], type=SUMMARY_TYPE
        )
        batch = batch.append_column(pa.field(summary_column, SUMMARY_TYPE), summaries)
        batch = batch.filter(pa.array(scrubbed.keep, type=pa.bool_()))
        sink = pa.BufferOutputStream()
        pq.write_table(pa.Table.from_batches([batch], schema=batch.schema), sink)
        return bytes(sink.getvalue().to_pybytes())
