"""The README's configuration reference names every settings key and override, and only those."""

from __future__ import annotations

import re
import typing
from pathlib import Path

from pydantic import BaseModel

from compliance.core.settings import ENV_OVERRIDES, Route, Settings

README = Path(__file__).resolve().parents[1] / "README.md"


def _keys(model: type[BaseModel], prefix: str = "") -> list[str]:
    keys = []
    for name, field in model.model_fields.items():
        nested = [
            t
            for t in (field.annotation, *typing.get_args(field.annotation))
            if isinstance(t, type) and issubclass(t, BaseModel)
        ]
        if name == "routes":
            keys += _keys(Route, "routes.<name>.")
        elif nested:
            keys += _keys(nested[0], f"{prefix}{name}.")
        else:
            keys.append(prefix + name)
    return keys


def _reference_rows() -> dict[str, str]:
    text = README.read_text()
    section = text[text.index("### Reference") : text.index("## Requests")]
    rows = {}
    for line in section.splitlines():
        match = re.match(r"^\| `([^`]+)` \| [^|]* \| (`CNDP_GUARD_[A-Z_]+`)? ?\|", line)
        if match:
            rows[match.group(1)] = (match.group(2) or "").strip("`")
    return rows


def test_every_settings_key_is_in_the_reference_and_nothing_else() -> None:
    assert sorted(_reference_rows()) == sorted(_keys(Settings))


def test_every_environment_override_is_on_its_keys_row() -> None:
    rows = _reference_rows()
    documented = {env: key for key, env in rows.items() if env}
    assert documented == dict(ENV_OVERRIDES)
