"""Keep payload values out of Presidio's log records.

A few Presidio log calls pass matched text as an argument, for instance
``"Failed to validate text %s"`` in its IBAN recognizer or the debug dump of
context words. Our logs never carry personal data, so a filter on the
``presidio-analyzer`` logger drops the arguments of every record: the
message template, which names what happened, is kept.
"""

from __future__ import annotations

import logging

__all__ = ["DropArgumentsFilter", "PRESIDIO_LOGGER", "install_presidio_log_filter"]

PRESIDIO_LOGGER = "presidio-analyzer"


class DropArgumentsFilter(logging.Filter):
    """Let every record through, stripped of its ``%`` arguments."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Clear the record's arguments so ``getMessage()`` returns the bare template."""
        record.args = None
        return True


def install_presidio_log_filter() -> None:
    """Attach :class:`DropArgumentsFilter` to Presidio's logger, once per process."""
    logger = logging.getLogger(PRESIDIO_LOGGER)
    if not any(isinstance(existing, DropArgumentsFilter) for existing in logger.filters):
        logger.addFilter(DropArgumentsFilter())
