"""The progress bar of the long commands (key rotation, audit export, scrub), on stderr.

Imported on use: ``rich`` is not loaded by commands that never show a bar.
"""

from __future__ import annotations

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn


def progress_bar(*, disable: bool, unit: str | None = None) -> Progress:
    """A bar of done / total (``unit`` after the counts, e.g. ``rows``) and the time left."""
    unit_column = () if unit is None else (unit,)
    return Progress(
        "[progress.description]{task.description}",
        BarColumn(),
        MofNCompleteColumn(),
        *unit_column,
        TimeRemainingColumn(),
        console=Console(stderr=True),
        disable=disable,
    )
