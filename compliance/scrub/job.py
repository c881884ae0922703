"""The driver of a scrub job: plan, run the parts on an engine, audit, release.

1. **Plan**: the settings are loaded, the database upgraded and the keys opened as
   ``serve`` does; the purpose must be declared; the dataset's files are found, checked
   and cut into parts (``dataset``). Nothing is read twice by the driver: it reads each
   file once, to digest it and to find the part boundaries.
2. **Stage**: output goes to ``OUT.partial`` beside ``OUT``. A staging directory left by
   an interrupted run of the same job (same plan, same files, same policy version) is
   resumed: its finished parts are kept. One left by another job is an error.
3. **Run**: the engine (``local`` or ``spark``) runs ``worker.run_part`` for every part
   not yet done; each finished part is appended to the audit trail (``scrub_part``) as
   soon as the driver sees its manifest.
4. **Release**: once every part is done, the job record (``scrub_job``) is appended,
   then ``OUT.partial`` is renamed ``OUT``: a reader finds the whole output or none, and
   never an output the trail does not describe. A failed job is recorded too, with its
   reason code; its staging directory is kept for a resume, unless the input was at
   fault (a resume would need another input, hence be another job).

The trail holds counts, reason codes, keyed digests of the inputs (``KeyRing``), SHA-256
digests of the output parts (which a recipient can check), the policy version, and the
job's options; never a value, a file name or a row.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import structlog

from compliance.core.errors import ConfigError
from compliance.core.purposes import declared_names, load_purposes
from compliance.core.settings import Settings
from compliance.scrub.dataset import Dataset, Part, find_files, plan_dataset
from compliance.scrub.errors import BadInput, OutputError, ScrubError
from compliance.scrub.plan import KIND, Erased, Format, ScrubPlan, destination_for
from compliance.scrub.rows import Counts
from compliance.scrub.runtime import decision_point, open_database, open_keys
from compliance.scrub.worker import PARTS_DIR, manifest_path, write_atomic
from compliance.store import upgrade
from compliance.trail import AuditLog
from compliance.trail.keys import load_signer, signing_key_path

log = structlog.get_logger(__name__)

JOB_FILE = "_job.json"  # in the staging directory: what job it belongs to
MANIFEST = "_cndp_scrub.json"  # in the output: the job, its parts, their digests and counts
ResultHandler = Callable[[dict[str, Any]], bool]


class Engine(Protocol):
    """Runs ``worker.run_part`` for parts; ``local.LocalEngine``, ``spark.SparkEngine``."""

    name: str

    def start(self) -> None:
        """Start the workers and load their models (before the progress bar starts)."""
        ...

    def run(
        self, parts: list[Part], *, plan_json: str, staging: Path, on_result: ResultHandler
    ) -> None:
        """Run the parts; call ``on_result`` with each result (False: stop early)."""
        ...

    def close(self) -> None: ...


@dataclass(frozen=True)
class JobOptions:
    """``cndp-guard scrub``'s options."""

    input: str
    output: Path
    text_columns: tuple[str, ...]
    purpose: str
    application: str = "scrub"
    subject_column: str | None = None
    summary_column: str = "pii_summary"
    original_purpose: str | None = None
    erased: Erased = "drop"
    keep_subject_column: bool = False
    format: Format | None = None
    route: str | None = None
    country: str = "MA"
    part_rows: int = 10_000
    batch_rows: int = 256


@dataclass
class JobReport:
    job_id: str
    output: Path
    parts: int
    resumed: int
    counts: Counts
    policy_version: str
    seconds: float
    input_bytes: int
    records: list[int] = field(default_factory=list)  # audit sequence numbers written

    def to_dict(self) -> dict[str, Any]:
        return {
            "job_id": self.job_id,
            "output": str(self.output),
            "parts": self.parts,
            "resumed_parts": self.resumed,
            "policy_version": self.policy_version,
            "seconds": round(self.seconds, 3),
            "input_bytes": self.input_bytes,
            **self.counts.to_dict(),
        }


def _check_options(settings: Settings, options: JobOptions) -> None:
    if not options.text_columns:
        raise ConfigError("give at least one --text-column")
    if options.summary_column in options.text_columns:
        raise ConfigError("--summary-column must not be one of the --text-column names")
    purposes = load_purposes(settings.purposes) if settings.purposes is not None else None
    declared = declared_names(purposes, settings.policy.directory)
    for option, purpose in (
        ("--purpose", options.purpose),
        ("--original-purpose", options.original_purpose),
    ):
        if purpose is not None and purpose not in declared:
            raise ConfigError(
                f"{option} {purpose!r} is not a declared purpose; declare it in"
                f" {settings.policy.directory / 'data' / 'purposes.json'} or choose among"
                f" {', '.join(sorted(declared))}"
            )
    if options.application == "" or len(options.application) > 64:
        raise ConfigError("--application: the application's name (a token's name), 1-64 characters")


class Job:
    """One ``cndp-guard scrub`` run over a dataset."""

    def __init__(self, *, settings: Settings, options: JobOptions) -> None:
        _check_options(settings, options)
        self.settings = settings
        self.options = options
        self.output = options.output.absolute()
        self.staging = self.output.with_name(self.output.name + ".partial")
        self._engine = open_database(settings, create=True)
        upgrade(self._engine)  # as `serve` does: a fresh database gets its tables
        self.keyring, _ = open_keys(settings, self._engine, create=True)
        self._pdp = decision_point(settings)
        self.audit = AuditLog(
            engine=self._engine,
            signer=load_signer(signing_key_path(settings)),
            checkpoint_every=settings.audit.checkpoint_every,
            checkpoint_seconds=settings.audit.checkpoint_seconds,
        )
        self.plan = ScrubPlan(
            format="jsonl",  # set once the files are found
            text_columns=options.text_columns,
            purpose=options.purpose,
            application=options.application,
            policy_version=self._pdp.version,
            subject_column=options.subject_column,
            summary_column=options.summary_column,
            original_purpose=options.original_purpose,
            erased=options.erased,
            keep_subject_column=options.keep_subject_column,
            destination=destination_for(settings, options.route, country=options.country),
            batch_rows=options.batch_rows,
        )
        self.dataset: Dataset | None = None
        self.job_id = ""
        self._audited: dict[int, int] = {}  # part -> audit seq
        self._manifests: dict[int, dict[str, Any]] = {}
        self._lock = threading.Lock()

    # -- planning --------------------------------------------------------------------------

    def prepare(self) -> list[Part]:
        """Find and check the files, cut them into parts, open (or resume) the staging dir.

        Returns the parts still to run.

        Raises:
            ConfigError, BadInput, OutputError.
        """
        if self.output.exists():
            raise OutputError(f"{self.output} already exists; choose another --output or remove it")
        files, fmt = find_files(self.options.input, forced=self.options.format)
        self.dataset = plan_dataset(
            files,
            fmt,
            part_rows=self.options.part_rows,
            columns=list(self.options.text_columns),
            subject_column=self.options.subject_column,
            summary_column=self.options.summary_column,
        )
        self.plan = ScrubPlan.from_json(
            json.dumps({**json.loads(self.plan.to_json()), "format": fmt})
        )
        fingerprint = hashlib.sha256(
            json.dumps(
                {
                    "plan": json.loads(self.plan.to_json()),
                    "files": [str(Path(f).absolute()) for f in files],
                    "digests": self.dataset.digests,
                    "parts": [p.to_dict() for p in self.dataset.parts],
                },
                sort_keys=True,
            ).encode()
        ).hexdigest()
        self.job_id = self._open_staging(fingerprint)
        for part in self.dataset.parts:
            path = manifest_path(self.staging, part.index)
            if path.exists():
                manifest = json.loads(path.read_text(encoding="utf-8"))
                self._manifests[part.index] = manifest
                if "audit_seq" in manifest:
                    self._audited[part.index] = manifest["audit_seq"]
        return [p for p in self.dataset.parts if p.index not in self._manifests]

    def _open_staging(self, fingerprint: str) -> str:
        job_file = self.staging / JOB_FILE
        if self.staging.exists():
            try:
                previous = json.loads(job_file.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                previous = {}
            if previous.get("fingerprint") != fingerprint:
                raise OutputError(
                    f"{self.staging} holds the unfinished output of another job (other"
                    " options, files or policies); finish that job, or remove the directory"
                )
            return str(previous["job_id"])
        try:
            (self.staging / PARTS_DIR).mkdir(parents=True)
        except OSError as exc:
            raise OutputError(f"cannot create {self.staging}: {exc.strerror}") from None
        job_id = str(uuid.uuid4())
        write_atomic(job_file, json.dumps({"job_id": job_id, "fingerprint": fingerprint}).encode())
        return job_id

    @property
    def resumed(self) -> int:
        return len(self._manifests)

    # -- audit -----------------------------------------------------------------------------

    def _input_digest(self, file_index: int) -> str:
        assert self.dataset is not None
        return self.keyring.request_digest(bytes.fromhex(self.dataset.digests[file_index]))

    def _common(self, engine: str) -> dict[str, Any]:
        plan = self.plan
        return {
            "job_id": self.job_id,
            "route": plan.destination.route,
            "kind": KIND,
            "purpose": plan.purpose,
            "original_purpose": plan.original_purpose,
            "application": plan.application,
            "engine": engine,
            "policy_version": plan.policy_version,
        }

    def record_part(self, manifest: dict[str, Any], *, engine: str) -> None:
        """Append a finished part's record to the trail (once), then mark its manifest."""
        with self._lock:
            index = int(manifest["part"])
            self._manifests[index] = manifest
            if index in self._audited:
                return
            appended = self.audit.write_batch(
                [
                    {
                        "event": "scrub_part",
                        **self._common(engine),
                        "part": index,
                        "input_digest": self._input_digest(int(manifest["file_index"])),
                        "first_row": manifest["first_row"],
                        "rows": manifest["rows"],
                        "output_digest": manifest["output_digest"],
                        **manifest["counts"],
                    }
                ]
            )
            self._audited[index] = appended[0].seq
            self._manifests[index] = {**manifest, "audit_seq": appended[0].seq}
            write_atomic(
                manifest_path(self.staging, index), json.dumps(self._manifests[index]).encode()
            )
            counts = manifest["counts"]
            log.info(
                "scrub.part",
                job_id=self.job_id,
                part=index,
                rows_in=counts["rows_in"],
                rows_out=counts["rows_out"],
                rows_dropped=counts["rows_dropped"],
                seconds=manifest.get("seconds"),
            )

    def audit_finished_parts(self, *, engine: str) -> None:
        """Record every part whose manifest is on disk and not yet in the trail."""
        for path in sorted((self.staging / PARTS_DIR).glob("part-*.json")):
            try:
                manifest = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue  # being replaced; seen on the next pass
            if int(manifest["part"]) not in self._audited:
                self.record_part(manifest, engine=engine)

    def _job_record(self, *, engine: str, outcome: str, reason: str | None, counts: Counts) -> int:
        assert self.dataset is not None
        destination = self.plan.destination
        parts = [self._manifests[p.index] for p in self.dataset.parts if p.index in self._manifests]
        inputs = "".join(self._input_digest(i) for i in range(len(self.dataset.files)))
        outputs = "".join(m["output_digest"] for m in parts)
        appended = self.audit.write_batch(
            [
                {
                    "event": "scrub_job",
                    **self._common(engine),
                    "outcome": outcome,
                    "reason": reason,
                    "format": self.plan.format,
                    "destination_country": destination.country,
                    "hosting_country": destination.hosting_country,
                    "provider": destination.provider,
                    "text_columns": list(self.plan.text_columns),
                    "subject_column": self.plan.subject_column is not None,
                    "erased": self.plan.erased,
                    "files": len(self.dataset.files),
                    "parts": len(self.dataset.parts),
                    "parts_done": len(parts),
                    "input_digest": hashlib.sha256(inputs.encode()).hexdigest(),
                    "output_digest": hashlib.sha256(outputs.encode()).hexdigest(),
                    **counts.to_dict(),
                }
            ]
        )
        return appended[0].seq

    # -- running ---------------------------------------------------------------------------

    def run(
        self,
        engine: Engine,
        todo: list[Part],
        *,
        on_part: Callable[[dict[str, Any]], None] | None = None,
    ) -> JobReport:
        """Run ``todo`` on ``engine`` (already started), audit, release the output.

        Raises:
            ScrubError: a part failed (the first by part number); the job is recorded as
                failed and its staging directory kept.
        """
        assert self.dataset is not None
        started = time.perf_counter()
        errors: dict[int, dict[str, Any]] = {}

        def on_result(result: dict[str, Any]) -> bool:
            if "error" in result:
                errors[int(result["part"])] = result
                return False
            self.record_part(result["manifest"], engine=engine.name)
            if on_part is not None:
                on_part(result["manifest"])
            return True

        self.audit_finished_parts(engine=engine.name)  # done by an earlier run, not recorded
        if todo:
            engine.run(
                todo, plan_json=self.plan.to_json(), staging=self.staging, on_result=on_result
            )
        self.audit_finished_parts(engine=engine.name)
        counts = Counts()
        for manifest in self._manifests.values():
            counts.add(Counts.from_dict(manifest["counts"]))
        missing = [p.index for p in self.dataset.parts if p.index not in self._manifests]
        if errors or missing:
            first = errors[min(errors)] if errors else None
            code = "bad_input" if first and first["exit_code"] == 1 else "scrub_failed"
            self._job_record(engine=engine.name, outcome="failed", reason=code, counts=counts)
            log.warning(
                "scrub.failed",
                job_id=self.job_id,
                reason=code,
                part=min(errors) if errors else None,
                parts_missing=len(missing),
            )
            if first is None:
                raise ScrubError(f"{len(missing)} part(s) did not finish; run the job again")
            error = ScrubError(first["error"])
            error.exit_code = int(first["exit_code"])
            if error.exit_code == BadInput.exit_code:
                # The input must change before a run can succeed, and a changed input is
                # another job: nothing of this one is kept (its parts stay in the trail).
                shutil.rmtree(self.staging, ignore_errors=True)
            raise error
        seq = self._job_record(engine=engine.name, outcome="completed", reason=None, counts=counts)
        self._release(engine.name, seq, counts)
        return JobReport(
            job_id=self.job_id,
            output=self.output,
            parts=len(self.dataset.parts),
            resumed=len(self.dataset.parts) - len(todo),
            counts=counts,
            policy_version=self.plan.policy_version,
            seconds=time.perf_counter() - started,
            input_bytes=sum(Path(f).stat().st_size for f in self.dataset.files),
            records=[*sorted(self._audited.values()), seq],
        )

    def _release(self, engine: str, seq: int, counts: Counts) -> None:
        assert self.dataset is not None
        manifest = {
            "job_id": self.job_id,
            "audit_seq": seq,
            "engine": engine,
            "plan": json.loads(self.plan.to_json()),
            "files": list(self.dataset.files),
            "parts": [self._manifests[p.index] for p in self.dataset.parts],
            **counts.to_dict(),
        }
        write_atomic(self.staging / MANIFEST, json.dumps(manifest, indent=1).encode())
        shutil.rmtree(self.staging / PARTS_DIR)
        (self.staging / JOB_FILE).unlink()
        try:
            self.staging.rename(self.output)
        except OSError as exc:
            raise OutputError(
                f"cannot move {self.staging} to {self.output}: {exc.strerror}; the scrubbed"
                " output is complete in the former"
            ) from None
        log.info("scrub.released", job_id=self.job_id, parts=len(self.dataset.parts))

    def close(self) -> None:
        self._engine.dispose()
