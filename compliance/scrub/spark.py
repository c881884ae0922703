"""``--engine spark``: the parts run as Spark tasks, through ``mapInArrow``.

The driver makes a DataFrame of the job's parts, one part per partition, and maps
``_scrub_partitions`` over it with ``mapInArrow``: each task runs ``worker.run_part``
(the same code as the local engine) for the parts of its partition and yields one
result row per part. What travels with the tasks is the part's coordinates and two
broadcast values, the settings (JSON: paths, URLs, never a key) and the plan; each
executor's Python worker builds its runtime from them the first time, then keeps it for
the tasks that follow (Spark reuses its Python workers, ``spark.python.worker.reuse``),
so the models load once per Python worker: once per executor core. Keys are read by
the executor from the configured key provider and database, on its own machine.

While the job runs, the driver watches the staging directory and audits each part as its
manifest appears, as with the local engine; the input and output paths must therefore
be on a file system the driver and every executor share.

Without ``--spark-master`` the session is ``local[N]`` (N = ``--workers``), run with this
interpreter as the executors' Python. An active session (a notebook's, a test's) is used
as it is and left running.
"""

from __future__ import annotations

import functools
import json
import os
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from compliance.core.errors import ConfigError
from compliance.scrub.dataset import Part
from compliance.scrub.errors import ScrubError
from compliance.scrub.job import ResultHandler
from compliance.scrub.worker import run_part

RESULT_SCHEMA = "part int, result string"
_POLL_SECONDS = 0.5


def _scrub_partitions(
    batches: Iterator[Any], *, settings: Any, plan: Any, staging: str
) -> Iterator[Any]:
    """The ``mapInArrow`` function: scrub each part of the partition, one result row each."""
    import pyarrow as pa

    from compliance.scrub.runtime import worker_runtime

    for batch in batches:
        for spec in batch.column("spec").to_pylist():
            document = json.loads(spec)
            if document.get("warm_up"):
                try:
                    worker_runtime(settings.value)
                    result: dict[str, Any] = {"part": -1, "ready": os.getpid()}
                except Exception as exc:
                    reason = getattr(exc, "message", type(exc).__name__)
                    result = {
                        "part": -1,
                        "error": f"an executor could not load its runtime: {reason}",
                        "exit_code": ScrubError.exit_code,
                    }
            else:
                result = run_part(
                    document, plan_json=plan.value, settings_json=settings.value, staging=staging
                )
            yield pa.RecordBatch.from_pydict(
                {"part": [int(result["part"])], "result": [json.dumps(result)]},
                schema=pa.schema([("part", pa.int32()), ("result", pa.string())]),
            )


class SparkEngine:
    name = "spark"

    def __init__(self, *, settings_json: str, master: str | None, workers: int) -> None:
        self._settings_json = settings_json
        self._master = master
        self._workers = workers
        self._spark: Any = None
        self._owned = False
        self._settings: Any = None

    def start(self) -> None:
        """Get (or create) the session, broadcast the settings, load the executors' runtimes.

        Raises:
            ConfigError: PySpark is not installed (the ``spark`` extra) or Java is missing.
            ScrubError: an executor could not load its runtime.
        """
        try:
            from pyspark.sql import SparkSession
        except ImportError:
            raise ConfigError(
                "--engine spark needs PySpark: pip install 'cndp-guard[spark]' (and Java 17+)"
            ) from None
        active = SparkSession.getActiveSession()
        if active is not None:
            self._spark = active
        else:
            master = self._master or f"local[{self._workers}]"
            if master.startswith("local"):
                # The executors' Python is this one (with cndp-guard installed), not `python3`.
                os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
            try:
                self._spark = (
                    SparkSession.builder.master(master)
                    .appName("cndp-guard scrub")
                    .config("spark.ui.enabled", "false")
                    .config("spark.ui.showConsoleProgress", "false")
                    .getOrCreate()
                )
            except Exception as exc:  # no Java, a bad master URL
                raise ConfigError(
                    f"cannot start Spark with master {master!r} ({type(exc).__name__});"
                    " Spark needs Java 17 or later (Debian: openjdk-17-jre-headless)"
                ) from None
            self._owned = True
            self._spark.sparkContext.setLogLevel("ERROR")
        self._settings = self._spark.sparkContext.broadcast(self._settings_json)
        slots = int(self._spark.sparkContext.defaultParallelism)
        warm = [json.dumps({"warm_up": True, "slot": i}) for i in range(slots)]
        for result in self._collect(warm, plan_json="{}", staging="", slots=slots):
            if "error" in result:
                raise ScrubError(result["error"])

    def _collect(
        self, specs: list[str], *, plan_json: str, staging: str, slots: int
    ) -> list[dict[str, Any]]:
        context = self._spark.sparkContext
        plan = context.broadcast(plan_json)
        rows = context.parallelize([(i, spec) for i, spec in enumerate(specs)], numSlices=slots)
        frame = self._spark.createDataFrame(rows, "index int, spec string")
        function = functools.partial(
            _scrub_partitions, settings=self._settings, plan=plan, staging=staging
        )
        try:
            collected = frame.mapInArrow(function, RESULT_SCHEMA).collect()
        except Exception as exc:  # an executor died; its message may quote Python frames
            raise ScrubError(f"the Spark job failed ({type(exc).__name__}); run it again") from None
        finally:
            plan.unpersist()
        return [json.loads(row["result"]) for row in collected]

    def run(
        self, parts: list[Part], *, plan_json: str, staging: Path, on_result: ResultHandler
    ) -> None:
        specs = [json.dumps(part.to_dict()) for part in parts]
        done = threading.Event()
        seen: set[int] = set()

        def watch() -> None:
            # The driver audits parts as they finish, not all at the end of the job.
            while not done.wait(_POLL_SECONDS):
                for manifest in _manifests(staging):
                    if manifest["part"] not in seen:
                        seen.add(manifest["part"])
                        on_result({"part": manifest["part"], "manifest": manifest})

        watcher = threading.Thread(target=watch, name="scrub-spark-watch", daemon=True)
        watcher.start()
        try:
            results = self._collect(
                specs, plan_json=plan_json, staging=str(staging), slots=max(len(specs), 1)
            )
        finally:
            done.set()
            watcher.join()
        for result in sorted(results, key=lambda r: int(r["part"])):
            if int(result["part"]) in seen and "manifest" in result:
                continue
            seen.add(int(result["part"]))
            on_result(result)

    def close(self) -> None:
        if self._settings is not None:
            self._settings.unpersist()
            self._settings = None
        if self._owned and self._spark is not None:
            self._spark.stop()
        self._spark = None


def _manifests(staging: Path) -> Iterator[dict[str, Any]]:
    from compliance.scrub.worker import PARTS_DIR

    for path in sorted((staging / PARTS_DIR).glob("part-*.json")):
        try:
            yield json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue  # being written; read on the next pass
