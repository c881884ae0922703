"""deploy/prometheus/scrape.yaml scrapes the compose sidecar with a metrics:read token file."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from compliance.api import SCOPES

ROOT = Path(__file__).resolve().parents[2]
SCRAPE = ROOT / "deploy" / "prometheus" / "scrape.yaml"


def test_the_scrape_job_sends_a_bearer_token_from_a_file() -> None:
    (job,) = yaml.safe_load(SCRAPE.read_text())["scrape_configs"]
    assert job["metrics_path"] == "/metrics"
    assert job["authorization"]["type"] == "Bearer"
    assert job["authorization"]["credentials_file"].startswith("/")
    assert "credentials" not in job["authorization"]  # never the token itself
    assert "bearer_token" not in job


def test_the_scrape_target_is_the_compose_sidecar_on_its_port() -> None:
    (job,) = yaml.safe_load(SCRAPE.read_text())["scrape_configs"]
    (target,) = job["static_configs"][0]["targets"]
    host, port = target.split(":")
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    command = compose["services"][host]["command"]
    assert command[0] == "serve"
    assert command[command.index("--port") + 1] == port


def test_the_documented_token_command_asks_for_the_real_scope() -> None:
    scopes = re.findall(r"--scope (\S+)", SCRAPE.read_text())
    assert scopes == ["metrics:read"]
    assert "metrics:read" in SCOPES
