"""The default policy decision point: the Rego policies evaluated in-process by regopy.

The bundle is compiled once (a decision then costs about a millisecond, against several
for an uncompiled query) and every decision reuses it. The rego-cpp interpreter is not
thread-safe, so one lock per compiled bundle serializes evaluations; they are short enough
that a pool of interpreters is not worth its memory yet.

Hot reload: at most once per ``reload_interval`` seconds a decision compares the files'
fingerprint (name, size, mtime of every module, data and schema file: a few ``stat`` calls)
with the loaded one. On a change a background thread builds the new bundle aside (load,
validate, compile, probe) while decisions go on with the old one, then swaps it in with one
assignment; a decision holds the state it started with, so none is dropped or mixed. A bad
new bundle is refused with its file and line (logged, and kept in ``last_reload_error``) and
the previous good policy stays in force: the sidecar never runs with no policy, nor with a
broken one.
"""

from __future__ import annotations

import contextlib
import json
import re
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import regopy
import structlog

from compliance.core.errors import ConfigError, PolicyError
from compliance.policy.bundle import (
    PolicyBundle,
    compile_error,
    fingerprint,
    load_bundle,
    new_interpreter,
)
from compliance.policy.decision import ENTRYPOINT, parse_decision
from compliance.policy.input import empty_request_input
from compliance.policy.types import Decision

log = structlog.get_logger(__name__)

# A request with nothing in it, evaluated once per bundle: a policy that cannot decide even
# this (a misspelt built-in, an undefined entrypoint) is a configuration error, reported
# before traffic arrives rather than as a 503 on every request.
_PROBE_INPUT = empty_request_input()
_ENGINE_MESSAGE = re.compile(r"\(errormsg \d+:(.*)\)")
DEFAULT_RELOAD_INTERVAL = 1.0


class _EvaluationError(Exception):
    """Why the engine gave no decision: ``problem`` is safe to show, ``detail`` may echo input."""

    def __init__(self, problem: str, *, detail: str = "") -> None:
        super().__init__(problem)
        self.problem = problem
        self.detail = detail


@dataclass(frozen=True, slots=True)
class _Compiled:
    """One loaded bundle, ready to evaluate; replaced whole on reload, never mutated."""

    version: str
    fingerprint: tuple[tuple[str, int, int], ...]
    interpreter: regopy.Interpreter
    bundle: Any  # the compiled regopy.Bundle
    lock: threading.Lock

    def evaluate(self, policy_input: Mapping[str, Any]) -> Any:
        with self.lock:
            try:
                self.interpreter.set_input(policy_input)
                output = self.interpreter.query_bundle_entrypoint(self.bundle, ENTRYPOINT)
            except json.JSONDecodeError as exc:
                # regopy parses the engine's text as JSON; an evaluation error (unknown
                # function, conflicting rule values) is not JSON and lands here.
                raise _EvaluationError(
                    "evaluation failed", detail=_engine_message(exc.doc)
                ) from None
            except (regopy.RegoError, ValueError, TypeError) as exc:
                raise _EvaluationError(
                    "evaluation failed", detail=_engine_message(str(exc))
                ) from None
            ok = output.ok()
            results = output.results
            # Free the engine's output while the interpreter is still ours.
            del output
        if not ok:
            raise _EvaluationError("evaluation failed (conflicting or erroneous rules)")
        if len(results) != 1 or len(results[0].expressions) != 1:
            raise _EvaluationError("the decision is undefined for this input")
        return results[0].expressions[0]


class EmbeddedPolicy:
    """Evaluates ``cndp/decision`` from a policies directory with the embedded engine."""

    def __init__(
        self, *, policy_dir: Path, reload_interval: float | None = DEFAULT_RELOAD_INTERVAL
    ) -> None:
        """Load, validate, compile and probe the bundle.

        Args:
            policy_dir: the policies directory.
            reload_interval: seconds between two checks for changed files, made by
                decisions; ``None`` never reloads (``reload()`` still does on demand).

        Raises:
            ConfigError: the directory, a module or a data file is invalid, or the policy
                gives no valid decision for an empty request (see ``bundle.load_bundle``).
        """
        self._policy_dir = policy_dir
        self._state = _compile(policy_dir)
        self._reload_interval = reload_interval
        self._next_check = time.monotonic() + (reload_interval or 0.0)
        self._reload_lock = threading.Lock()
        self._refused: tuple[tuple[str, int, int], ...] | None = None
        self.last_reload_error: str | None = None

    @property
    def version(self) -> str:
        """``sha256:`` and 16 hex digits over every module, data and schema file in force."""
        return self._state.version

    def decide(self, policy_input: Mapping[str, Any]) -> Decision:
        """Evaluate the policy for one request.

        Raises:
            PolicyError: evaluation failed, the decision is undefined or off contract. The
                message never quotes the input, and the engine's error (which may) is dropped.
        """
        self.check_for_changes()
        state = self._state  # one read: this decision uses one bundle from start to end
        try:
            document = state.evaluate(policy_input)
        except _EvaluationError as exc:
            raise PolicyError(
                f"policy {ENTRYPOINT} (version {state.version}): {exc.problem}; "
                "run `cndp-guard policy test`"
            ) from None
        return parse_decision(document, policy_version=state.version)

    def check_for_changes(self) -> None:
        """Start a reload when the interval has passed and the files changed (cheap).

        Decisions call it; so does a decision cache in front (``CachedPolicy``), whose
        hits never reach :meth:`decide`.
        """
        if self._reload_interval is not None and time.monotonic() >= self._next_check:
            self._check_for_changes()

    def reload(self) -> bool:
        """Load the files again now if they changed; return whether a new bundle is in force.

        Raises:
            ConfigError: the new files are invalid (file and line in the message); the
                previous policy stays in force.
        """
        with self._reload_lock:
            current = fingerprint(policy_dir=self._policy_dir)
            if current == self._state.fingerprint:
                return False
            try:
                state = _compile(self._policy_dir)
            except ConfigError as exc:
                self._refused = current
                self.last_reload_error = exc.message
                log.error("policy.reload_refused", error=exc.message, version=self.version)
                raise
            previous, self._state = self._state.version, state
            self._refused = None
            self.last_reload_error = None
        log.info("policy.reloaded", previous_version=previous, version=state.version)
        return True

    def _check_for_changes(self) -> None:
        """Start a background reload when the files changed (cheap: stat calls only)."""
        self._next_check = time.monotonic() + (self._reload_interval or 0.0)
        current = fingerprint(policy_dir=self._policy_dir)
        if current in (self._state.fingerprint, self._refused) or self._reload_lock.locked():
            return
        threading.Thread(target=self._reload_quietly, name="policy-reload", daemon=True).start()

    def _reload_quietly(self) -> None:
        # Logged by reload(); the previous policy stays in force.
        with contextlib.suppress(ConfigError):
            self.reload()


def _compile(policy_dir: Path) -> _Compiled:
    """Load, validate, compile and probe a bundle, or raise ``ConfigError``."""
    before = fingerprint(policy_dir=policy_dir)
    bundle = load_bundle(policy_dir=policy_dir)
    interpreter = new_interpreter(bundle)
    try:
        compiled = interpreter.build(None, [ENTRYPOINT])
    except regopy.RegoError as exc:
        raise compile_error(bundle, exc) from None
    state = _Compiled(
        version=bundle.version,
        fingerprint=before,
        interpreter=interpreter,
        bundle=compiled,
        lock=threading.Lock(),
    )
    _probe(bundle, state)
    return state


def _probe(bundle: PolicyBundle, state: _Compiled) -> None:
    try:
        parse_decision(state.evaluate(_PROBE_INPUT), policy_version=state.version)
    except _EvaluationError as exc:
        detail = f" ({exc.detail})" if exc.detail else ""
        raise ConfigError(
            f"policy {bundle.root}: {ENTRYPOINT} gives no decision for an empty request: "
            f"{exc.problem}{detail}; run `cndp-guard policy test`"
        ) from None
    except PolicyError as exc:
        raise ConfigError(f"policy {bundle.root}: {exc.message}") from None


def _engine_message(text: str) -> str:
    """The engine's own words (e.g. "Function not found: foo"), without its AST dump."""
    found = _ENGINE_MESSAGE.search(text)
    return found.group(1) if found else ""
