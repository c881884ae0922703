"""docker-compose.yml is valid and agrees with the sidecar's settings."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml

from compliance.core.settings import load_settings
from tests.deploy.compose_check import (
    BREAKAGES,
    COMPOSE,
    ROOT,
    Breakage,
    interpolate,
    run_config,
    schema_errors,
    write_broken_copy,
)

CONFIG = ROOT / "deploy" / "compose" / "config.yaml"


@pytest.mark.usefixtures("compose_client")
def test_compose_file_is_valid_for_the_compose_client() -> None:
    result = run_config(COMPOSE, "-q")
    assert result.returncode == 0, result.stderr


@pytest.mark.usefixtures("compose_client")
@pytest.mark.parametrize("breakage", BREAKAGES.values(), ids=BREAKAGES.keys())
def test_a_broken_compose_file_is_rejected_by_the_compose_client(
    tmp_path: Path, breakage: Breakage
) -> None:
    broken = write_broken_copy(tmp_path, breakage.change)
    result = run_config(broken, "-q")
    assert result.returncode != 0, f"the client accepted:\n{broken.read_text()}"
    assert breakage.client_says in result.stderr


@pytest.mark.usefixtures("compose_client")
def test_an_unchanged_copy_passes_the_compose_client(tmp_path: Path) -> None:
    # The copies above fail for their change alone, not for being rewritten elsewhere.
    result = run_config(write_broken_copy(tmp_path, lambda compose: None), "-q")
    assert result.returncode == 0, result.stderr


@pytest.mark.usefixtures("compose_client")
def test_the_compose_client_also_checks_what_the_schema_cannot(tmp_path: Path) -> None:
    # A dependency on a service the file does not define is schema-valid; the client's
    # consistency check is what catches it.
    broken = write_broken_copy(tmp_path, lambda compose: compose["services"].pop("postgres"))
    assert schema_errors(interpolate(yaml.safe_load(broken.read_text()), {})) == []
    result = run_config(broken, "-q")
    assert result.returncode != 0
    assert 'depends on undefined service "postgres"' in result.stderr


def test_compose_services_and_settings_agree() -> None:
    compose = yaml.safe_load(COMPOSE.read_text())
    services = compose["services"]
    settings = load_settings(CONFIG, environ={})
    sidecar = services["sidecar"]
    mounted = {v.split(":")[1]: v.split(":")[0] for v in sidecar["volumes"]}
    # The config the sidecar reads is the one checked here, and the policies it loads are ours.
    assert (
        mounted[sidecar["command"][sidecar["command"].index("--config") + 1]]
        == "./deploy/compose/config.yaml"
    )
    assert mounted[str(settings.policy.directory)] == "./policies"
    # Every host the settings name is a service of the stack.
    database = urlsplit(settings.database)
    assert database.hostname in services
    env = services[database.hostname]["environment"]
    assert (database.username, database.password, database.path.lstrip("/")) == (
        env["POSTGRES_USER"],
        env["POSTGRES_PASSWORD"],
        env["POSTGRES_DB"],
    )
    assert settings.policy.engine == "opa"
    assert urlsplit(settings.policy.url).hostname in services
    for route in settings.routes.values():
        assert urlsplit(route.upstream).hostname in services
    # Keys live on a volume, not in the read-only image.
    assert any(str(settings.key_file.parent) == target for target in mounted)
    assert sidecar.get("read_only") is True


def test_dockerfile_runs_as_non_root_with_a_healthcheck() -> None:
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert "\nUSER 10001" in dockerfile
    assert "HEALTHCHECK" in dockerfile
    assert "/readyz" in dockerfile


def test_kubernetes_example_holds_valid_settings_and_probes() -> None:
    documents = list(
        yaml.safe_load_all((ROOT / "deploy" / "kubernetes" / "sidecar.yaml").read_text())
    )
    config_map = next(d for d in documents if d["kind"] == "ConfigMap")
    document = yaml.safe_load(config_map["data"]["config.yaml"])
    from compliance.core.settings import parse_settings

    settings = parse_settings(document, source="deploy/kubernetes/sidecar.yaml")
    assert settings.policy.engine == "opa"
    deployment = next(d for d in documents if d["kind"] == "Deployment")
    guard = next(
        c for c in deployment["spec"]["template"]["spec"]["containers"] if c["name"] == "cndp-guard"
    )
    assert guard["readinessProbe"]["httpGet"]["path"] == "/readyz"
    assert guard["securityContext"]["readOnlyRootFilesystem"] is True
    assert "127.0.0.1" in guard["args"]  # the sidecar listens on the pod's loopback only
