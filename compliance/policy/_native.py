"""Load the C++ runtime into the global symbol scope before regopy's library is loaded.

Why: when another extension (numpy, greenlet: both come with spaCy and structlog) has
already loaded ``libstdc++`` privately (``RTLD_LOCAL``) when ``regopy`` loads
``librego_shared.so``, every policy evaluation keeps about 114 KB of strings built by
``rego::to_key`` for good: 64 clients for 60 s grew a worker's RSS by half. With
``libstdc++`` in the global scope first, nothing is kept (measured with glibc's
``mallinfo2``; tests/policy/test_native_memory.py holds the figure). A second ``dlopen``
with ``RTLD_GLOBAL`` of a library loaded privately promotes it, so the order of imports
before this module does not matter; only ``import regopy`` must come after it, which the
package's ``__init__`` guarantees for every module of ``compliance.policy``.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import sys


def promote_cxx_runtime() -> bool:
    """Make ``libstdc++`` global; return whether it was (False where there is none)."""
    if not sys.platform.startswith("linux"):
        return False
    name = ctypes.util.find_library("stdc++") or "libstdc++.so.6"
    try:
        ctypes.CDLL(name, mode=os.RTLD_GLOBAL)
    except OSError:
        return False
    return True


CXX_RUNTIME_GLOBAL = promote_cxx_runtime()
