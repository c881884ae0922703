"""Where the configuration is found: names the CLI needs before it loads anything.

Kept apart from ``settings.py`` (pydantic, YAML) so that ``cndp-guard --help`` and
``--version`` can name them without importing the settings models.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["CONFIG_ENV", "DEFAULT_CONFIG_PATH", "SETTINGS_JSON_ENV"]

# Internal hand-off from ``cndp-guard serve`` to its worker processes: validated settings as JSON.
SETTINGS_JSON_ENV = "CNDP_GUARD_SETTINGS_JSON"
# The configuration file, when --config is not given.
CONFIG_ENV = "CNDP_GUARD_CONFIG"
# Where commands look for it otherwise (relative to the current directory), and where
# ``serve --demo`` writes the configuration it runs with.
DEFAULT_CONFIG_PATH = Path("var/cndp-guard.yaml")
