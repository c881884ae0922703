"""Fixtures of the API tests (see fixtures.py) and the two databases (tests/store)."""

from tests.portal.fixtures import people
from tests.store.engines import engine, keyring, provider, subject_keys

__all__ = ["engine", "keyring", "people", "provider", "subject_keys"]
