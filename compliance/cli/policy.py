"""``cndp-guard policy``: run the Rego tests and evaluate one input, with the embedded engine.

``policy test`` prints one line per Rego test, like ``opa test -v``, and a closing
``N passed, M failed`` line; it exits 1 when a test fails (2 when the policy does not load).
``policy eval --input FILE`` prints the decision document as JSON on stdout; ``--explain``
adds, on stderr so that stdout stays machine-readable, which rules fired and why. An input
that breaks the contract gets, on stderr, each missing or wrong field with the shape it
should have, and exit status 2.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from compliance.cli.exits import fail
from compliance.cli.options import config_option
from compliance.core.errors import ConfigError, PolicyError
from compliance.core.paths import CONFIG_ENV, DEFAULT_CONFIG_PATH
from compliance.core.settings import DEFAULT_POLICY_DIR, find_config, load_settings
from compliance.policy.bundle import load_bundle
from compliance.policy.embedded import EmbeddedPolicy
from compliance.policy.explain import InputProblem, explain, input_problems
from compliance.policy.rego_tests import run_rego_tests

INVALID_INPUT = "input.invalid"

_POLICY_DIR = click.option(
    "--policy-dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="The policies directory (Rego modules, data/, schemas/) [default: policy.directory"
    f" of the configuration (--config, ${CONFIG_ENV} or {DEFAULT_CONFIG_PATH}) when there is"
    " one, else the policies shipped with cndp-guard].",
)


def _policy_dir(policy_dir: Path | None, config_path: Path | None) -> Path:
    """``--policy-dir``, else the configuration's, else the shipped policies.

    These commands need no configuration; when one is found it is read, so ``policy
    test`` checks the policies the sidecar of this directory runs.
    """
    if policy_dir is not None:
        return policy_dir
    found, _ = find_config(config_path)
    if found is None:
        return DEFAULT_POLICY_DIR
    return load_settings(found).policy.directory


@click.group()
def policy() -> None:
    """Test and evaluate the law 09-08 policies (policies/)."""


@policy.command("test")
@_POLICY_DIR
@config_option
def test_command(policy_dir: Path | None, config_path: Path | None) -> None:
    """Run every *_test.rego with the embedded engine; exit 1 if one fails."""
    try:
        results = run_rego_tests(policy_dir=_policy_dir(policy_dir, config_path))
    except ConfigError as exc:
        fail(exc, command="policy")
    for result in results:
        click.echo(f"{'PASS' if result.passed else 'FAIL'}: {result.name}")
        if result.error:
            click.echo(f"  {result.error}")
    failed = sum(not result.passed for result in results)
    click.echo("-" * 40)
    click.echo(f"{len(results) - failed} passed, {failed} failed")
    if failed or not results:
        sys.exit(1)


@policy.command("eval")
@click.option(
    "--input",
    "input_file",
    required=True,
    type=click.File("r", encoding="utf-8"),
    help="JSON input document (see compliance.policy.build_policy_input); - for stdin.",
)
@click.option("--explain", "show_explanation", is_flag=True, help="Explain on stderr.")
@_POLICY_DIR
@config_option
def eval_command(
    input_file: Any, show_explanation: bool, policy_dir: Path | None, config_path: Path | None
) -> None:
    """Print the decision for one input document as JSON.

    An input off the contract is refused by the policy (input.invalid); the command then
    also names, on stderr, each missing or wrong field and what it should hold, and
    exits 2.
    """
    try:
        policy_input = json.load(input_file)
    except json.JSONDecodeError as exc:
        fail(f"--input: invalid JSON at line {exc.lineno}: {exc.msg}", command="policy")
    try:
        policy_dir = _policy_dir(policy_dir, config_path)
        bundle = load_bundle(policy_dir=policy_dir)
        problems = input_problems(bundle, policy_input)
        if not isinstance(policy_input, dict):
            fail(_problems_message(problems), command="policy")
        engine = EmbeddedPolicy(policy_dir=policy_dir, reload_interval=None)
        decision = engine.decide(policy_input)
    except (ConfigError, PolicyError) as exc:
        fail(exc, command="policy")
    document = {
        "allow": decision.allow,
        "reasons": [
            {"code": r.code, "role": r.role, "message": r.message} for r in decision.reasons
        ],
        "actions": dict(decision.actions),
        "obligations": dict(decision.obligations),
        "policy_version": decision.policy_version,
    }
    click.echo(json.dumps(document, indent=2, ensure_ascii=False))
    if show_explanation:
        click.echo(explain(bundle, policy_input, decision), err=True)
    if INVALID_INPUT in decision.refusal_codes:
        fail(_problems_message(problems), command="policy")


def _problems_message(problems: list[InputProblem]) -> str:
    lines = [f"--input does not follow the policy input contract ({INVALID_INPUT}):"]
    lines += [f"  {problem}" for problem in problems]
    if not problems:  # the Rego refused it for a reason input.rego does not list
        lines.append("  (no field named; compare it with compliance.policy.build_policy_input)")
    return "\n".join(lines)
