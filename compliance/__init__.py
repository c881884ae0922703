"""cndp-guard: a privacy and CNDP (law 09-08) compliance sidecar for AI workloads."""

__version__ = "0.1.0"

__all__ = ["__version__"]
