"""docker-compose.yml holds to the Compose Specification's JSON schema, interpolated as compose does."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
import yaml
from jsonschema import Draft7Validator

from tests.deploy.compose_check import (
    BREAKAGES,
    COMPOSE,
    SCHEMA,
    Breakage,
    InterpolationError,
    interpolate,
    interpolate_string,
    run_config,
    schema,
    schema_errors,
    write_broken_copy,
)

pytestmark = pytest.mark.usefixtures("compose_schema")


def test_the_schema_is_compose_gos_as_debian_ships_it() -> None:
    source = SCHEMA.with_name(SCHEMA.name + ".source").read_text().split()
    assert source[0] == "golang-github-compose-spec-compose-go-dev", source
    assert schema()["title"] == "Compose Specification"
    Draft7Validator.check_schema(schema())


def test_compose_file_matches_the_compose_spec_schema() -> None:
    # As an operator gets it with no variable set: ${VAR:-default} takes its default.
    compose = interpolate(yaml.safe_load(COMPOSE.read_text()), {})
    assert schema_errors(compose) == []


@pytest.mark.parametrize("breakage", BREAKAGES.values(), ids=BREAKAGES.keys())
def test_a_broken_compose_file_is_rejected_by_the_schema(
    tmp_path: Path, breakage: Breakage
) -> None:
    broken = write_broken_copy(tmp_path, breakage.change)
    errors = schema_errors(interpolate(yaml.safe_load(broken.read_text()), {}))
    assert errors, f"the schema accepted:\n{broken.read_text()}"
    assert any(error.startswith(f"{breakage.schema_path}: ") for error in errors), errors


def test_an_unchanged_copy_passes_the_schema(tmp_path: Path) -> None:
    copy = write_broken_copy(tmp_path, lambda compose: None)
    assert schema_errors(interpolate(yaml.safe_load(copy.read_text()), {})) == []


def test_values_are_checked_after_interpolation() -> None:
    # The schema sees what compose would run: a raw ${...} would fail this enum.
    compose = {"services": {"a": {"image": "x", "cgroup": "${CGROUP:-host}"}}}
    assert schema_errors(compose) != []
    assert schema_errors(interpolate(compose, {})) == []
    assert schema_errors(interpolate(compose, {"CGROUP": "shared"})) == [
        "services.a.cgroup: 'shared' is not one of ['host', 'private']"
    ]


@pytest.mark.parametrize(
    ("template", "expected"),
    [
        ("plain", "plain"),
        ("$SET", "set"),
        ("${SET}", "set"),
        ("${UNSET}", ""),
        ("${UNSET:-dflt}", "dflt"),
        ("${EMPTY:-dflt}", "dflt"),
        ("${EMPTY-dflt}", ""),
        ("${UNSET-dflt}", "dflt"),
        ("${SET:+alt}", "alt"),
        ("${EMPTY:+alt}", ""),
        ("${EMPTY+alt}", "alt"),
        ("${UNSET:-${SET}-x}", "set-x"),
        ("$${SET} costs $$5", "${SET} costs $5"),
        ("127.0.0.1:${PORT:-8080}:8080", "127.0.0.1:8080:8080"),
    ],
)
def test_interpolation(template: str, expected: str) -> None:
    assert interpolate_string(template, {"SET": "set", "EMPTY": ""}) == expected


@pytest.mark.parametrize("template", ["${NEEDED:?set NEEDED}", "${EMPTY:?}", "${", "$1", "${A:x}"])
def test_interpolation_refuses(template: str) -> None:
    with pytest.raises(InterpolationError):
        interpolate_string(template, {"EMPTY": ""})


SAMPLE = """\
services:
  a:
    image: "img:${TAG:-latest}"
    environment:
      UNSET: ${UNSET_VAR-}
      DEFAULTED: ${EMPTY_VAR:-fallback}
      KEPT_EMPTY: ${EMPTY_VAR-kept}
      SET: $SET_VAR
      BRACED: ${SET_VAR-unused}
      ALTERNATIVE: ${SET_VAR:+alt}
      NESTED: ${UNSET_VAR:-${SET_VAR}-x}
"""


@pytest.mark.usefixtures("compose_client")
def test_interpolation_agrees_with_the_compose_client(tmp_path: Path) -> None:
    sample = tmp_path / "docker-compose.yml"
    sample.write_text(SAMPLE)
    variables = {"SET_VAR": "hello", "EMPTY_VAR": ""}
    result = run_config(sample, "--format", "json", env={**os.environ, **variables})
    assert result.returncode == 0, result.stderr
    ours = interpolate(yaml.safe_load(SAMPLE), variables)["services"]["a"]
    theirs = json.loads(result.stdout)["services"]["a"]
    assert (theirs["image"], theirs["environment"]) == (ours["image"], ours["environment"])


@pytest.mark.usefixtures("compose_client")
def test_compose_client_output_matches_the_schema() -> None:
    # What the client makes of the file (interpolated, normalised) holds to the schema as well.
    result = run_config(COMPOSE)
    assert result.returncode == 0, result.stderr
    assert schema_errors(yaml.safe_load(result.stdout)) == []
