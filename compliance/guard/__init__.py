"""The fail-closed core (steps 3-7): extract, detect, decide, audit, minimize."""

from compliance.guard.pipeline import Guard

__all__ = ["Guard"]
