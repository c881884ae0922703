"""Finding a dataset's files and cutting them into parts, on the driver.

A dataset is one file, a directory (every file of a known extension under it, hidden and
``_``-prefixed files skipped, as Spark does) or a glob. A part is the unit of work, of
output and of audit: a byte range of whole lines (JSONL) or records (CSV), or a slice of a
Parquet row group, of at most ``part_rows`` rows. Parts are planned once, by the driver,
from the files alone; workers and executors then read only their own part.

Before any work the driver also checks what can be checked from the files' heads: Parquet
schemas (each text column present and a string, the subject column a string or an
integer), CSV headers, the first row of each JSONL file. A bad file stops the job here,
named, before a model is loaded.
"""

from __future__ import annotations

import csv
import glob
import hashlib
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, BinaryIO

from compliance.core.errors import ConfigError
from compliance.scrub.errors import BadInput
from compliance.scrub.plan import Format

EXTENSIONS: dict[str, Format] = {
    ".parquet": "parquet",
    ".pq": "parquet",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
    ".csv": "csv",
}
_READ_CHUNK = 1 << 20


@dataclass(frozen=True, slots=True)
class Part:
    """One unit of work: rows ``first_row .. first_row + rows - 1`` of one file.

    ``start``/``end`` are byte offsets (JSONL, CSV); ``row_group``/``slice`` locate a
    Parquet part (the ``slice``-th run of ``slice_rows`` rows of that row group).
    ``first_row`` is 1-based: the line number (JSONL), the record number after the
    header (CSV), the row number in the file (Parquet); ``first_line`` is the CSV line.
    """

    index: int
    file: str
    file_index: int
    format: Format
    rows: int
    first_row: int
    start: int = 0
    end: int = 0
    first_line: int = 0
    row_group: int = 0
    slice: int = 0
    slice_rows: int = 0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, document: dict[str, Any]) -> Part:
        return cls(**document)


@dataclass(frozen=True, slots=True)
class Dataset:
    files: tuple[str, ...]
    format: Format
    parts: tuple[Part, ...]
    digests: tuple[str, ...]  # SHA-256 of each file's bytes, in ``files`` order


def find_files(spec: str, *, forced: Format | None = None) -> tuple[list[str], Format]:
    """The files of ``spec`` (a file, a directory or a glob), sorted, and their format.

    Raises:
        ConfigError: nothing found, an unknown extension without ``--format``, or formats mixed.
    """
    path = Path(spec)
    if path.is_dir():
        found = sorted(
            str(p)
            for p in path.rglob("*")
            if p.is_file()
            and not any(part.startswith((".", "_")) for part in p.relative_to(path).parts)
            and (forced is not None or p.suffix.lower() in EXTENSIONS)
        )
    elif path.is_file():
        found = [spec]
    else:
        # glob.glob: the user's pattern may be absolute, which Path.glob does not take.
        matches = glob.glob(spec, recursive=True)  # noqa: PTH207
        found = sorted(p for p in matches if Path(p).is_file())
    if not found:
        raise ConfigError(
            f"no input files in {spec!r}: give a file, a directory or a glob of"
            f" {', '.join(sorted(set(EXTENSIONS)))} files"
        )
    if forced is not None:
        return found, forced
    formats: set[Format] = set()
    for file in found:
        fmt = EXTENSIONS.get(Path(file).suffix.lower())
        if fmt is None:
            raise ConfigError(f"{file}: unknown extension; give --format parquet, jsonl or csv")
        formats.add(fmt)
    if len(formats) > 1:
        raise ConfigError(
            f"{spec!r} mixes {' and '.join(sorted(formats))} files;"
            " scrub one format at a time (or give --format)"
        )
    return found, formats.pop()


def plan_dataset(
    files: list[str],
    fmt: Format,
    *,
    part_rows: int,
    columns: list[str],
    subject_column: str | None,
    summary_column: str,
) -> Dataset:
    """Check every file's head and cut the files into parts.

    Each file's bytes are digested (SHA-256) while read; the driver keys these digests
    before they reach the trail, which names an input without holding it.

    Raises:
        BadInput: a file cannot be read, or lacks a column, or has a column of another type.
    """
    parts: list[Part] = []
    digests: list[str] = []
    for file_index, file in enumerate(files):
        digest = hashlib.sha256()
        planner = {"jsonl": _jsonl_parts, "csv": _csv_parts, "parquet": _parquet_parts}[fmt]
        for part in planner(
            file,
            file_index,
            part_rows=part_rows,
            columns=columns,
            subject_column=subject_column,
            summary_column=summary_column,
            digest=digest,
        ):
            parts.append(Part(index=len(parts), **part))
        digests.append(digest.hexdigest())
    return Dataset(files=tuple(files), format=fmt, parts=tuple(parts), digests=tuple(digests))


def _open(file: str) -> BinaryIO:
    try:
        return Path(file).open("rb")
    except OSError as exc:
        raise BadInput(file=file, problem=f"cannot be read ({exc.strerror})") from None


def _lines(handle: BinaryIO, file: str, digest: Any) -> Iterator[tuple[int, bytes]]:
    """(offset after the line, line) for each line, digesting the bytes as they pass."""
    offset = 0
    try:
        for raw in handle:
            digest.update(raw)
            offset += len(raw)
            yield offset, raw
    except OSError as exc:
        raise BadInput(file=file, problem=f"cannot be read ({exc.strerror})") from None


def _jsonl_parts(
    file: str,
    file_index: int,
    *,
    part_rows: int,
    columns: list[str],
    subject_column: str | None,
    summary_column: str,
    digest: Any,
) -> Iterator[dict[str, Any]]:
    from compliance.scrub.tables import MISSING, get_path, parse_json_line

    start = 0
    first_line = 1
    rows = 0
    offset = 0
    checked = False
    with _open(file) as handle:
        for number, (offset, raw) in enumerate(_lines(handle, file, digest), start=1):
            if raw.strip() and not checked:
                row = parse_json_line(raw, file=file, line=number)
                for column in [*columns, *([subject_column] if subject_column else [])]:
                    if get_path(row, column) is MISSING:
                        raise BadInput(
                            file=file,
                            where=f"line {number}",
                            problem=f"has no column {column!r} (the first row of each file must"
                            f" have every --text-column, null if empty); its columns:"
                            f" {', '.join(sorted(map(str, row)))}",
                        )
                if summary_column in row:
                    raise ConfigError(_summary_taken(file, summary_column))
                checked = True
            rows += 1
            if rows == part_rows:
                yield _byte_part(file, file_index, start, offset, first_line, rows)
                start, first_line, rows = offset, number + 1, 0
    if rows:
        yield _byte_part(file, file_index, start, offset, first_line, rows)


def _byte_part(
    file: str, file_index: int, start: int, end: int, first: int, rows: int
) -> dict[str, Any]:
    return {
        "file": file,
        "file_index": file_index,
        "format": "jsonl",
        "rows": rows,
        "first_row": first,
        "start": start,
        "end": end,
        "first_line": first,
    }


def _summary_taken(file: str, summary_column: str) -> str:
    return (
        f"{file}: the dataset already has a column {summary_column!r}; choose another name"
        " for the summary with --summary-column"
    )


def _csv_parts(
    file: str,
    file_index: int,
    *,
    part_rows: int,
    columns: list[str],
    subject_column: str | None,
    summary_column: str,
    digest: Any,
) -> Iterator[dict[str, Any]]:
    from compliance.scrub.tables import csv_line

    with _open(file) as handle:
        positions = _lines(handle, file, digest)
        offset = 0

        def text_lines() -> Iterator[str]:
            nonlocal offset
            for line, (end, raw) in enumerate(positions, start=1):
                offset = end
                yield csv_line(raw, file=file, line=line)

        reader = csv.reader(text_lines())
        try:
            header = next(reader, None)
        except csv.Error:
            raise BadInput(file=file, where="line 1", problem="is not a CSV header") from None
        if header is None:
            raise BadInput(file=file, problem="is empty (no CSV header)")
        for column in [*columns, *([subject_column] if subject_column else [])]:
            if column not in header:
                raise BadInput(
                    file=file,
                    where="header",
                    problem=f"has no column {column!r}; its columns: {', '.join(header)}",
                )
        if summary_column in header:
            raise ConfigError(_summary_taken(file, summary_column))
        start, first, first_line, rows = offset, 1, reader.line_num + 1, 0
        record = 0
        while True:
            try:
                if next(reader, None) is None:
                    break
            except csv.Error:
                raise BadInput(
                    file=file,
                    where=f"record {record + 1} (line {reader.line_num})",
                    problem="is not valid CSV (an unterminated quote?)",
                ) from None
            record += 1
            rows += 1
            if rows == part_rows:
                yield _csv_part(file, file_index, start, offset, first, first_line, rows)
                start, first, first_line, rows = offset, record + 1, reader.line_num + 1, 0
        if rows:
            yield _csv_part(file, file_index, start, offset, first, first_line, rows)


def _csv_part(
    file: str, file_index: int, start: int, end: int, first: int, first_line: int, rows: int
) -> dict[str, Any]:
    return {
        "file": file,
        "file_index": file_index,
        "format": "csv",
        "rows": rows,
        "first_row": first,
        "start": start,
        "end": end,
        "first_line": first_line,
    }


def _parquet_parts(
    file: str,
    file_index: int,
    *,
    part_rows: int,
    columns: list[str],
    subject_column: str | None,
    summary_column: str,
    digest: Any,
) -> Iterator[dict[str, Any]]:
    from compliance.scrub.tables import check_parquet_schema, open_parquet

    with _open(file) as handle:
        try:
            while chunk := handle.read(_READ_CHUNK):
                digest.update(chunk)  # the Parquet reader reads the file itself
        except OSError as exc:
            raise BadInput(file=file, problem=f"cannot be read ({exc.strerror})") from None
    parquet = open_parquet(file)
    check_parquet_schema(
        parquet.schema_arrow,
        file=file,
        columns=columns,
        subject_column=subject_column,
        summary_column=summary_column,
    )
    first = 1
    metadata = parquet.metadata
    for group in range(metadata.num_row_groups):
        size = metadata.row_group(group).num_rows
        for index, begin in enumerate(range(0, size, part_rows)):
            rows = min(part_rows, size - begin)
            yield {
                "file": file,
                "file_index": file_index,
                "format": "parquet",
                "rows": rows,
                "first_row": first + begin,
                "row_group": group,
                "slice": index,
                "slice_rows": part_rows,
            }
        first += size
