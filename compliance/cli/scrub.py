"""``cndp-guard scrub``: minimize a dataset's text columns for training or indexing.

The command object is ``scrub``; ``compliance/cli/__init__.py`` registers it (imported on use);
the job itself is ``compliance.scrub``.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import click

from compliance.cli.exits import fail
from compliance.cli.options import config_option
from compliance.core.errors import GuardError

EXIT_CODES = """Exit codes: 0 done; 1 bad input (the message names the file, the row group or
the row, never a value); 2 bad options, settings or output location; 3 the job stopped
(run it again: finished parts are kept)."""


@click.command("scrub", epilog=EXIT_CODES)
@click.argument("dataset")
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    required=True,
    help="Directory to create with the scrubbed parts (must not exist).",
)
@click.option(
    "--text-column",
    "text_columns",
    multiple=True,
    required=True,
    help="A column to minimize; repeat for each; a.b.c names a nested field.",
)
@click.option(
    "--subject-column",
    default=None,
    help="The column naming each row's data subject (as X-Subject-Id does).",
)
@click.option(
    "--purpose",
    default="training",
    show_default=True,
    help="The purpose of the dataset, decided by the policies per row class.",
)
@click.option(
    "--original-purpose",
    default=None,
    help="The purpose the records were collected for, when another one (art. 12-1-b).",
)
@click.option(
    "--application",
    default="scrub",
    show_default=True,
    help="Pseudonyms as the proxy gives this application (a token's name).",
)
@click.option(
    "--erased",
    type=click.Choice(["drop", "null"]),
    default="drop",
    show_default=True,
    help="Rows of erased subjects: dropped, or their text and subject cells nulled.",
)
@click.option(
    "--keep-subject-column",
    is_flag=True,
    help="Leave the subject column as it is (default: the subject's token).",
)
@click.option(
    "--summary-column",
    default="pii_summary",
    show_default=True,
    help="The added column of entity types and counts per row.",
)
@click.option(
    "--format",
    "input_format",
    type=click.Choice(["parquet", "jsonl", "csv"]),
    default=None,
    help="The files' format [default: from their extension].",
)
@click.option(
    "--route",
    default=None,
    help="Take the destination (country, transfer basis...) from a configured route.",
)
@click.option(
    "--country",
    default="MA",
    show_default=True,
    help="Where the scrubbed data are processed, without --route.",
)
@click.option("--engine", type=click.Choice(["local", "spark"]), default="local", show_default=True)
@click.option(
    "--workers",
    type=click.IntRange(1, 256),
    default=None,
    help="Worker processes (local) or local[N] cores (spark) [default: CPU count].",
)
@click.option("--spark-master", default=None, help="A Spark master URL [default: local[N]].")
@click.option(
    "--part-rows",
    type=click.IntRange(1, 10_000_000),
    default=10_000,
    show_default=True,
    help="Rows per output part (the unit of work, resume and audit).",
)
@click.option("--no-progress", is_flag=True, help="Do not draw the progress bar.")
@config_option
def scrub(
    dataset: str,
    output: Path,
    text_columns: tuple[str, ...],
    subject_column: str | None,
    purpose: str,
    original_purpose: str | None,
    application: str,
    erased: str,
    keep_subject_column: bool,
    summary_column: str,
    input_format: str | None,
    route: str | None,
    country: str,
    engine: str,
    workers: int | None,
    spark_master: str | None,
    part_rows: int,
    no_progress: bool,
    config_path: Path | None,
) -> None:
    """Minimize the text columns of a dataset (Parquet, JSONL, CSV) for training.

    DATASET is a file, a directory or a glob. Every --text-column is minimized as the
    proxy minimizes a request (same detection, same policy decision per row class, same
    pseudonyms for the same subject and application); rows of erased subjects and rows
    the policy refuses are dropped and counted. The output has the input's columns plus
    a summary column, in parts written to OUTPUT.partial and renamed OUTPUT when all are
    done; an interrupted job resumes from its finished parts. Every part and the job are
    recorded in the audit trail.
    """
    from compliance.core.logs import configure_logging
    from compliance.core.settings import load_settings
    from compliance.scrub.job import Job, JobOptions

    try:
        settings = load_settings(config_path)
        configure_logging(settings.log_level)
        options = JobOptions(
            input=dataset,
            output=output,
            text_columns=text_columns,
            purpose=purpose,
            application=application,
            subject_column=subject_column,
            summary_column=summary_column,
            original_purpose=original_purpose,
            erased="null" if erased == "null" else "drop",
            keep_subject_column=keep_subject_column,
            format=input_format,  # type: ignore[arg-type]  # click.Choice
            route=route,
            country=country,
            part_rows=part_rows,
        )
        job = Job(settings=settings, options=options)
    except GuardError as exc:
        fail(exc, code=3, command="scrub")
    try:
        _run(job, engine, workers or os.cpu_count() or 1, spark_master, not no_progress)
    except GuardError as exc:
        fail(exc, code=3, command="scrub")
    finally:
        job.close()


def _run(
    job: Any, engine_name: str, workers: int, spark_master: str | None, progress: bool
) -> None:
    from compliance.cli.progress import progress_bar

    todo = job.prepare()
    settings_json = job.settings.model_dump_json()
    if engine_name == "spark":
        from compliance.scrub.spark import SparkEngine

        engine: Any = SparkEngine(settings_json=settings_json, master=spark_master, workers=workers)
    else:
        from compliance.scrub.local import LocalEngine

        engine = LocalEngine(settings_json=settings_json, workers=min(workers, max(len(todo), 1)))
    if job.resumed:
        click.echo(
            f"cndp-guard scrub: resuming: {job.resumed} of {len(job.dataset.parts)}"
            " part(s) already done",
            err=True,
        )
    rows = sum(part.rows for part in todo)
    bar = progress_bar(disable=not progress, unit="rows")
    try:
        if todo:
            engine.start()  # models first: the bar's rate is the scrubbing's
        task = bar.add_task("scrubbing", total=rows)
        with bar:
            report = job.run(engine, todo, on_part=lambda m: bar.advance(task, m["rows"]))
    finally:
        engine.close()
    summary = report.to_dict()
    dropped = ", ".join(f"{code} {n}" for code, n in summary["dropped"].items()) or "none"
    click.echo(
        f"cndp-guard scrub: {summary['rows_in']} rows in, {summary['rows_out']} out"
        f" ({summary['rows_nulled']} nulled), {summary['rows_dropped']} dropped ({dropped});"
        f" {report.parts} part(s) in {report.output}",
        err=True,
    )
    click.echo(json.dumps(summary, sort_keys=True))
