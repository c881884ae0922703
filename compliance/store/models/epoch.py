"""Change counters that let in-memory caches of several processes notice writes."""

from __future__ import annotations

from sqlmodel import Field, SQLModel


class CacheEpoch(SQLModel, table=True):
    """One counter per cached family ("consent", "keys"), bumped by every write to it.

    A process polls the row at most every few hundred milliseconds and drops its
    cache when the number moved: one primary-key read instead of one per request.
    """

    __tablename__ = "cache_epoch"

    name: str = Field(primary_key=True, max_length=32)
    epoch: int = Field(default=0)
