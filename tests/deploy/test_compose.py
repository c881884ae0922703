"""docker-compose.yml is valid and agrees with the sidecar's settings."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml

from compliance.config import load_settings

ROOT = Path(__file__).resolve().parents[2]
COMPOSE = ROOT / "docker-compose.yml"
CONFIG = ROOT / "deploy" / "compose" / "config.yaml"


def compose_command() -> list[str] | None:
    if (
        shutil.which("docker")
        and subprocess.run(
            ["docker", "compose", "version"], capture_output=True, check=False
        ).returncode
        == 0
    ):
        return ["docker", "compose"]
    if shutil.which("docker-compose"):
        return ["docker-compose"]
    return None


def test_compose_file_is_valid_for_the_compose_client() -> None:
    command = compose_command()
    if command is None:
        pytest.skip("no docker compose client on this machine (neither plugin nor docker-compose)")
    result = subprocess.run(
        [*command, "-f", str(COMPOSE), "config", "-q"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


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
    from compliance.config import parse_settings

    settings = parse_settings(document, source="deploy/kubernetes/sidecar.yaml")
    assert settings.policy.engine == "opa"
    deployment = next(d for d in documents if d["kind"] == "Deployment")
    guard = next(
        c for c in deployment["spec"]["template"]["spec"]["containers"] if c["name"] == "cndp-guard"
    )
    assert guard["readinessProbe"]["httpGet"]["path"] == "/readyz"
    assert guard["securityContext"]["readOnlyRootFilesystem"] is True
    assert "127.0.0.1" in guard["args"]  # the sidecar listens on the pod's loopback only
