"""The bottom layer: settings, errors, declared purposes, logs, metrics.

Nothing here imports another package of ``compliance``. The package itself re-exports
nothing, so importing one module (``compliance.core.errors``) does not load the others.
"""
