"""Errors of ``cndp-guard scrub``: what went wrong, where, and never with a value.

Hierarchy::

    GuardError (compliance.core.errors)
    └── ScrubError                 exit code 3: the job stopped; its finished parts are kept
        ├── BadInput               exit code 1: the dataset itself (a file, a row group, a row)
        └── OutputError            exit code 2: the output location (exists, not writable)

Settings and options stay ``ConfigError`` (exit code 2). A message names the file, the
row group or the row and the column, and what to fix; a cell's value is never quoted (it
is personal data by assumption), nor is an exception's own message, which may quote it.
"""

from __future__ import annotations

from compliance.core.errors import GuardError


class ScrubError(GuardError):
    """The job stopped before its output was complete; nothing was released."""

    code = "scrub_failed"
    exit_code = 3


class BadInput(ScrubError):
    """A file of the dataset cannot be scrubbed as it is.

    Args:
        file: the file, as the user named it (or found in a directory).
        where: ``"row 12"``, ``"line 7"``, ``"row group 3"``; empty for the whole file.
        problem: what is wrong and, where it helps, how to fix it; never a value.
    """

    code = "bad_input"
    exit_code = 1

    def __init__(self, *, file: str, where: str = "", problem: str) -> None:
        location = f"{file}: {where}: " if where else f"{file}: "
        super().__init__(location + problem)
        self.file = file
        self.where = where
        self.problem = problem


class OutputError(ScrubError):
    """The output directory cannot be created, or already exists."""

    code = "bad_output"
    exit_code = 2
