"""Both databases for every test that takes ``engine`` (see tests/store/engines.py)."""

from tests.store.engines import engine, keyring, provider, subject_keys

__all__ = ["engine", "keyring", "provider", "subject_keys"]
