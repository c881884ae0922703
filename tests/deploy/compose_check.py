"""What the compose checks share: the compose client, variable interpolation, the spec schema.

No Docker engine runs here, so docker-compose.yml is checked two ways, both without one:
- by the Compose client itself, `docker compose config` (the v2 plugin that `make pytest`
  installs with tests/deploy/install-compose-plugin.sh; a standalone v2 docker-compose will do);
- against the Compose Specification's JSON schema (compose-spec.json as Debian ships it with
  compose-go, installed by the same script; $CNDP_GUARD_COMPOSE_SCHEMA names another copy),
  after interpolating ${VAR}, ${VAR:-default} and the like as compose does before it validates.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft7Validator

ROOT = Path(__file__).resolve().parents[2]
COMPOSE = ROOT / "docker-compose.yml"
SCHEMA = Path(
    os.environ.get("CNDP_GUARD_COMPOSE_SCHEMA", "/usr/local/share/cndp-guard/compose-spec.json")
)

# Where the docker CLI looks for plugins on Linux; each plugin also runs on its own.
PLUGIN_DIRS = (
    Path("/usr/local/lib/docker/cli-plugins"),
    Path("/usr/local/libexec/docker/cli-plugins"),
    Path("/usr/lib/docker/cli-plugins"),
    Path("/usr/libexec/docker/cli-plugins"),
)


@cache
def compose_command() -> tuple[str, ...] | None:
    """The command that runs a Compose v2 client here, or None when there is none.

    Compose v1 (Debian 12's python docker-compose 1.29) is not taken: it words its errors
    otherwise and has no `config --format json`.
    """
    docker = shutil.which("docker")
    candidates: list[tuple[str, ...]] = [(docker, "compose")] if docker else []
    candidates += [(str(d / "docker-compose"),) for d in PLUGIN_DIRS]
    if standalone := shutil.which("docker-compose"):
        candidates.append((standalone,))
    for command in candidates:
        if Path(command[0]).is_file() and _is_compose_v2(command):
            return command
    return None


def _is_compose_v2(command: tuple[str, ...]) -> bool:
    result = subprocess.run(
        [*command, "version", "--short"], capture_output=True, text=True, check=False
    )
    major = result.stdout.strip().removeprefix("v").split(".")[0]
    return result.returncode == 0 and major.isdigit() and int(major) >= 2


def run_config(
    compose_file: Path, *args: str, env: Mapping[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """`docker compose -f FILE --project-directory ROOT config ARGS` (relative paths: the repo's)."""
    command = compose_command()
    assert command is not None
    return subprocess.run(
        [*command, "-f", str(compose_file), "--project-directory", str(ROOT), "config", *args],
        capture_output=True,
        text=True,
        check=False,
        env=None if env is None else dict(env),
    )


# --- interpolation, as in the Compose Specification ("Interpolation") and compose-go's template

_NAME = re.compile(r"[_A-Za-z][_A-Za-z0-9]*")
_BRACED = re.compile(
    r"(?P<name>[_A-Za-z][_A-Za-z0-9]*)(?:(?P<op>:-|-|:\?|\?|:\+|\+)(?P<arg>.*))?", re.S
)


class InterpolationError(ValueError):
    """A malformed ${...} or a required variable (${VAR:?message}) that is missing."""


def interpolate(value: Any, env: Mapping[str, str]) -> Any:
    """Substitutes variables in every string value (mapping keys are left as they are)."""
    if isinstance(value, str):
        return interpolate_string(value, env)
    if isinstance(value, dict):
        return {key: interpolate(item, env) for key, item in value.items()}
    if isinstance(value, list):
        return [interpolate(item, env) for item in value]
    return value


def interpolate_string(text: str, env: Mapping[str, str]) -> str:
    out: list[str] = []
    i = 0
    while i < len(text):
        if text[i] != "$":
            out.append(text[i])
            i += 1
            continue
        following = text[i + 1 : i + 2]
        if following == "$":  # $$ is a literal $
            out.append("$")
            i += 2
        elif following == "{":
            end = _closing_brace(text, i + 2)
            out.append(_substitute(text[i + 2 : end], env))
            i = end + 1
        elif named := _NAME.match(text, i + 1):
            out.append(env.get(named.group(), ""))
            i = named.end()
        else:
            raise InterpolationError(f"invalid template: {text!r}")
    return "".join(out)


def _closing_brace(text: str, start: int) -> int:
    depth = 1
    i = start
    while i < len(text):
        if text.startswith("${", i):
            depth += 1
            i += 2
            continue
        if text[i] == "}":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    raise InterpolationError(f"invalid template, unclosed ${{: {text!r}")


def _substitute(body: str, env: Mapping[str, str]) -> str:
    match = _BRACED.fullmatch(body)
    if match is None:
        raise InterpolationError(f"invalid template: ${{{body}}}")
    name, op, arg = match["name"], match["op"], match["arg"]
    value = env.get(name)
    if op is None:
        return value or ""
    empty_counts = op.startswith(":")  # with ':' an empty value counts as unset
    present = value is not None and (value != "" or not empty_counts)
    if op in (":-", "-"):
        return value if present and value is not None else interpolate_string(arg, env)
    if op in (":?", "?"):
        if present and value is not None:
            return value
        message = interpolate_string(arg, env)
        raise InterpolationError(f"required variable {name} is missing a value: {message}")
    return interpolate_string(arg, env) if present else ""  # :+ and +


# --- the Compose Specification's schema


@cache
def schema() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(SCHEMA.read_text())
    return document


def schema_errors(document: Any) -> list[str]:
    """Where the (interpolated) compose document breaks the spec schema; empty when it holds."""
    validator = Draft7Validator(schema())  # the schema's own $schema: draft-07
    return [
        f"{'.'.join(map(str, error.absolute_path)) or '(root)'}: {error.message}"
        for error in sorted(
            validator.iter_errors(document), key=lambda e: str(list(e.absolute_path))
        )
    ]


# --- deliberately broken copies of docker-compose.yml, which both checks must reject


@dataclass(frozen=True)
class Breakage:
    """One way to break the file: the change, what the client says, where the schema objects."""

    change: Callable[[dict[str, Any]], object]
    client_says: str
    schema_path: str


BREAKAGES = {
    "misspelt service key": Breakage(
        lambda compose: compose["services"]["sidecar"].update(read_olny=True),
        "Additional property read_olny is not allowed",
        "services.sidecar",
    ),
    "unknown depends_on condition": Breakage(
        lambda compose: compose["services"]["sidecar"]["depends_on"]["postgres"].update(
            condition="service_ready"
        ),
        "services.sidecar.depends_on.postgres.condition must be one of the following",
        "services.sidecar.depends_on",
    ),
    "ports as a mapping": Breakage(
        lambda compose: compose["services"]["postgres"].update(ports={"5432": "5432"}),
        "services.postgres.ports must be a list",
        "services.postgres.ports",
    ),
    "service name with a space": Breakage(
        lambda compose: compose["services"].update(
            {"demo upstream": compose["services"].pop("demo-upstream")}
        ),
        "Additional property demo upstream is not allowed",
        "services",
    ),
    "unknown top-level key": Breakage(
        lambda compose: compose.update(service={}),
        "Additional property service is not allowed",
        "(root)",
    ),
}


def write_broken_copy(directory: Path, change: Callable[[dict[str, Any]], object]) -> Path:
    """docker-compose.yml, changed, written to DIRECTORY; the repo's file is left alone."""
    compose = yaml.safe_load(COMPOSE.read_text())
    change(compose)
    copy = directory / "docker-compose.yml"
    copy.write_text(yaml.safe_dump(compose, sort_keys=False))
    return copy
