from __future__ import annotations

import logging

import pytest

from compliance.detect.log_filter import (
    PRESIDIO_LOGGER,
    DropArgumentsFilter,
    install_presidio_log_filter,
)

CANARY = "youssef.canary@example.ma"


def test_presidio_records_keep_their_template_but_lose_their_arguments(
    caplog: pytest.LogCaptureFixture,
) -> None:
    install_presidio_log_filter()
    with caplog.at_level(logging.DEBUG, logger=PRESIDIO_LOGGER):
        logging.getLogger(PRESIDIO_LOGGER).error("Failed to validate text %s", CANARY)
    (record,) = caplog.records
    assert record.getMessage() == "Failed to validate text %s"
    assert CANARY not in caplog.text


def test_the_filter_is_installed_once_however_often_it_is_asked() -> None:
    install_presidio_log_filter()
    install_presidio_log_filter()
    filters = logging.getLogger(PRESIDIO_LOGGER).filters
    assert sum(isinstance(f, DropArgumentsFilter) for f in filters) == 1
