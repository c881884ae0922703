# Two commands on a fresh machine with only python3:
#   make run    create .venv, install, start the sidecar in demo mode
#   make test   install what tests need, then lint, types, tests
PYTHON ?= python3
VENV := .venv
UV := $(VENV)/bin/uv
UV_VERSION := 0.13.8
export UV_PROJECT_ENVIRONMENT := $(VENV)

.PHONY: install install-dev run test lint types pytest policy-test bench clean

$(UV):
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

# --inexact keeps uv itself, which lives in the same environment. --compile-bytecode
# writes every module's .pyc at install, and compileall the project's own: where
# PYTHONDONTWRITEBYTECODE is set (as in the image and on some machines) Python would
# otherwise compile every imported module again at each start, and a CLI command
# spent more than half of its time compiling.
install: $(UV)
	$(UV) sync --frozen --inexact --no-dev --compile-bytecode
	$(VENV)/bin/python -m compileall -q compliance audit

install-dev: $(UV)
	$(UV) sync --frozen --inexact --compile-bytecode
	$(VENV)/bin/python -m compileall -q compliance audit

run: install
	$(VENV)/bin/cndp-guard serve --demo

lint: install-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

types: install-dev
	$(VENV)/bin/mypy

# The portal's browser tests drive Debian's Chromium (Playwright's own download is not used).
CHROMIUM := /usr/bin/chromium
$(CHROMIUM):
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-core

# The Spark tests of `cndp-guard scrub --engine spark` need Java 17 or later: Debian's
# OpenJDK 17 when no `java` is on the PATH (one already there is used as it is).
JAVA := $(or $(shell command -v java 2>/dev/null),/usr/bin/java)
$(JAVA):
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openjdk-17-jre-headless

# The deploy tests check docker-compose.yml with `docker compose config` and the Compose
# Specification's schema: the Compose v2 plugin and compose-go's schema, from Debian 13's
# packages (the script says why and how; no engine is needed).
COMPOSE_PLUGIN := /usr/local/lib/docker/cli-plugins/docker-compose
COMPOSE_SCHEMA := /usr/local/share/cndp-guard/compose-spec.json
$(COMPOSE_PLUGIN) $(COMPOSE_SCHEMA):
	sh tests/deploy/install-compose-plugin.sh $(COMPOSE_PLUGIN) $(COMPOSE_SCHEMA)

# Image parts are read by Debian's Tesseract with its French, Arabic and English models
# (nothing is downloaded at run time); the image tests draw their text in DejaVu Sans.
TESSERACT := /usr/bin/tesseract
$(TESSERACT):
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq tesseract-ocr tesseract-ocr-fra tesseract-ocr-ara tesseract-ocr-eng fonts-dejavu-core

pytest: install-dev $(CHROMIUM) $(COMPOSE_PLUGIN) $(COMPOSE_SCHEMA) $(JAVA) $(TESSERACT)
	$(VENV)/bin/pytest

policy-test: install-dev
	$(VENV)/bin/cndp-guard policy test

test: lint types policy-test pytest

bench: install-dev $(TESSERACT)
	$(VENV)/bin/python bench/proxy.py
	$(VENV)/bin/python bench/images.py

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
