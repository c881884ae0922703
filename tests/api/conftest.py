"""Fixtures of the API tests (see fixtures.py) and the two databases (tests/store)."""

from tests.portal.fixtures import debug_logs, people
from tests.store.engines import engine, keyring, provider, subject_keys

__all__ = ["debug_logs", "engine", "keyring", "people", "provider", "subject_keys"]
