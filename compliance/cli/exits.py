"""How a ``cndp-guard`` command fails: one line on stderr, one exit code.

Every command group goes through ``fail``, so the line always starts with the program
(and the group, where it names one) and the code is the error's own ``exit_code``
(``ConfigError`` 2, ``AuditTrailError`` 2, the scrub errors 1-3) before any default.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, NoReturn

import click

from compliance.core.errors import GuardError

if TYPE_CHECKING:
    from audit.errors import AuditTrailError  # the verifier's package: imported on use only

PROG = "cndp-guard"


def fail(
    error: GuardError | AuditTrailError | str, *, code: int = 2, command: str = ""
) -> NoReturn:
    """Print ``cndp-guard[ command]: message`` on stderr and exit.

    Args:
        error: an error (its ``message``, else its text, and its ``exit_code``) or a message.
        code: the exit code when ``error`` carries none (a message, a ``DetectionError``...).
        command: the group named after the program (``scrub`` -> ``cndp-guard scrub: ...``).
    """
    if isinstance(error, str):
        message = error
    else:
        message = error.message if isinstance(error, GuardError) else str(error)
        code = int(getattr(error, "exit_code", code))
    click.echo(f"{PROG} {command}: {message}" if command else f"{PROG}: {message}", err=True)
    sys.exit(code)
