"""The default policy decision point: the Rego policies evaluated in-process by regopy.

The bundle is compiled once at start (a decision then costs well under a millisecond,
against several for an uncompiled query) and every decision reuses it. The rego-cpp
interpreter is not thread-safe, so one lock serializes evaluations; they are short enough
that a pool of interpreters is not worth its memory yet.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import regopy

from compliance.errors import ConfigError, PolicyError
from compliance.policy.bundle import PolicyBundle, compile_error, load_bundle, new_interpreter
from compliance.policy.decision import ENTRYPOINT, parse_decision
from compliance.policy.input import build_policy_input
from compliance.policy.types import Decision

# A request with nothing in it, evaluated once at start: a policy that cannot decide even
# this (a misspelt built-in, an undefined entrypoint) is a configuration error, reported
# before traffic arrives rather than as a 503 on every request.
_PROBE_INPUT = build_policy_input(
    subject_hash=None,
    consents={},
    opt_outs=[],
    purpose="",
    route="",
    country="MA",
    provider="",
    kind="",
    entities={},
    sensitive=[],
)
_ENGINE_MESSAGE = re.compile(r"\(errormsg \d+:(.*)\)")


class _EvaluationError(Exception):
    """Why the engine gave no decision: ``problem`` is safe to show, ``detail`` may echo input."""

    def __init__(self, problem: str, *, detail: str = "") -> None:
        super().__init__(problem)
        self.problem = problem
        self.detail = detail


class EmbeddedPolicy:
    """Evaluates ``cndp/decision`` from a policies directory with the embedded engine."""

    def __init__(self, *, policy_dir: Path) -> None:
        """Load, compile and probe the bundle.

        Raises:
            ConfigError: the directory, a module or a data file is invalid, or the policy
                gives no valid decision for an empty request (see ``bundle.load_bundle``).
        """
        bundle = load_bundle(policy_dir=policy_dir)
        self._version = bundle.version
        self._lock = threading.Lock()
        self._interpreter = new_interpreter(bundle)
        try:
            self._compiled = self._interpreter.build(None, [ENTRYPOINT])
        except regopy.RegoError as exc:
            raise compile_error(bundle, exc) from None
        self._probe(bundle)

    @property
    def version(self) -> str:
        """``sha256:`` and 16 hex digits over every module and data file of the bundle."""
        return self._version

    def decide(self, policy_input: Mapping[str, Any]) -> Decision:
        """Evaluate the policy for one request.

        Raises:
            PolicyError: evaluation failed, the decision is undefined or off contract. The
                message never quotes the input, and the engine's error (which may) is dropped.
        """
        try:
            document = self._evaluate(policy_input)
        except _EvaluationError as exc:
            raise PolicyError(
                f"policy {ENTRYPOINT} (version {self._version}): {exc.problem}; "
                "run `cndp-guard policy test`"
            ) from None
        return parse_decision(document, policy_version=self._version)

    def _evaluate(self, policy_input: Mapping[str, Any]) -> Any:
        with self._lock:
            try:
                self._interpreter.set_input(policy_input)
                output = self._interpreter.query_bundle_entrypoint(self._compiled, ENTRYPOINT)
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

    def _probe(self, bundle: PolicyBundle) -> None:
        try:
            parse_decision(self._evaluate(_PROBE_INPUT), policy_version=self._version)
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
