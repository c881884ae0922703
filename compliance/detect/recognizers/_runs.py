"""Runs of text between white space that hold a given character.

Values such as e-mail addresses and links hold no white space: a pattern for one
need only be tried on the runs of non-space characters that hold its mark ("@",
"."), not at every position of a text.
"""

from __future__ import annotations

__all__ = ["runs_holding"]


def runs_holding(text: str, mark: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` offsets of the runs of non-space characters holding ``mark``."""
    runs: list[tuple[int, int]] = []
    at = text.find(mark)
    while at != -1:
        start, end = at, at + 1
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        while end < len(text) and not text[end].isspace():
            end += 1
        runs.append((start, end))
        at = text.find(mark, end)
    return runs
