"""One part, start to end, in whichever process runs it: read, scrub, write, describe.

``run_part`` is what both engines call: a local worker process for each part it is given,
a Spark task for each part of its partition. It reads the part, runs the row work in
batches (``rows.scrub_rows``), writes the output part into the job's staging directory
(a temporary name, then a rename), then its manifest (the counts, the output's digest);
a part is done once its manifest exists, which is what a resumed job looks for.

It never raises: it returns the manifest, or an error whose message is safe to print
(a file, a row, a column, an exception's type; never a value nor an exception's text).
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from pathlib import Path
from typing import Any

from compliance.core.errors import ConfigError, GuardError
from compliance.scrub.dataset import Part
from compliance.scrub.errors import ScrubError
from compliance.scrub.plan import ScrubPlan
from compliance.scrub.rows import Counts, scrub_rows
from compliance.scrub.runtime import worker_runtime
from compliance.scrub.tables import Scrubbed, read_part

PARTS_DIR = "_parts"  # the manifests of finished parts, inside the staging directory
SUFFIX = {"parquet": "parquet", "jsonl": "jsonl", "csv": "csv"}


def part_name(index: int, fmt: str) -> str:
    return f"part-{index:05d}.{SUFFIX[fmt]}"


def manifest_path(staging: Path, index: int) -> Path:
    return staging / PARTS_DIR / f"part-{index:05d}.json"


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that a reader sees all of it or nothing."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with temporary.open("wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    temporary.replace(path)


def _error(part: Part, exc: BaseException) -> dict[str, Any]:
    if isinstance(exc, ScrubError | ConfigError):
        return {"part": part.index, "error": exc.message, "exit_code": exc.exit_code}
    rows = f"rows {part.first_row}-{part.first_row + part.rows - 1}"
    if isinstance(exc, GuardError):  # detection, policy, stores: their messages hold no value
        message = f"{part.file} ({rows}): {exc.message}"
    else:
        message = f"{part.file} ({rows}): scrubbing failed ({type(exc).__name__})"
    return {"part": part.index, "error": message, "exit_code": ScrubError.exit_code}


def run_part(
    part_document: dict[str, Any], *, plan_json: str, settings_json: str, staging: str
) -> dict[str, Any]:
    """Scrub one part into ``staging``; return ``{"part", "manifest"}`` or ``{"part", "error"}``."""
    part = Part.from_dict(part_document)
    started = time.perf_counter()
    try:
        plan = ScrubPlan.from_json(plan_json)
        runtime = worker_runtime(settings_json)
        if runtime.pdp.version != plan.policy_version:
            raise ScrubError(
                f"the policies changed since the job started (version {runtime.pdp.version[:12]},"
                f" the job's {plan.policy_version[:12]}); run the job again"
            )
        table = read_part(part)
        texts = {column: table.texts(column) for column in plan.text_columns}
        subjects = table.subjects(plan.subject_column) if plan.subject_column else None
        counts = Counts()
        whole = Scrubbed(
            keep=[],
            texts={column: [] for column in plan.text_columns},
            subjects=[] if subjects is not None else None,
            summaries=[],
        )
        for start in range(0, table.rows, plan.batch_rows):
            end = start + plan.batch_rows
            batch = scrub_rows(
                {column: values[start:end] for column, values in texts.items()},
                subjects[start:end] if subjects is not None else None,
                runtime=runtime,
                plan=plan,
                counts=counts,
            )
            whole.keep += batch.keep
            whole.summaries += batch.summaries
            for column, values in batch.texts.items():
                whole.texts[column] += values
            if whole.subjects is not None and batch.subjects is not None:
                whole.subjects += batch.subjects
        data = table.render(
            whole, summary_column=plan.summary_column, subject_column=plan.subject_column
        )
        name = part_name(part.index, part.format)
        write_atomic(Path(staging) / name, data)
        manifest = {
            "part": part.index,
            "file_index": part.file_index,
            "first_row": part.first_row,
            "rows": part.rows,
            "output": name,
            "output_bytes": len(data),
            "output_digest": hashlib.sha256(data).hexdigest(),
            "counts": counts.to_dict(),
            "policy_version": runtime.pdp.version,
            "seconds": round(time.perf_counter() - started, 3),
            "pid": os.getpid(),
            "runtime": runtime.id,
        }
        write_atomic(manifest_path(Path(staging), part.index), json.dumps(manifest).encode())
    except Exception as exc:
        return _error(part, exc)
    return {"part": part.index, "manifest": manifest}
