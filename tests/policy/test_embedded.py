"""The embedded decision point: versions, fail-closed behaviour, threads, hot reload.

The decision table itself runs on both engines in test_decision_table.py."""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from compliance.core.errors import ConfigError, PolicyError
from compliance.policy import EmbeddedPolicy
from tests.policy.test_decision_table import DECISIONS

MakeInput = Callable[..., dict[str, Any]]


def test_decision_is_stamped_with_the_bundle_version(
    policy: EmbeddedPolicy, make_input: MakeInput
) -> None:
    decision = policy.decide(make_input())

    assert re.fullmatch(r"sha256:[0-9a-f]{16}", policy.version)
    assert decision.policy_version == policy.version


def test_every_reason_cites_an_article_of_law_09_08(
    policy: EmbeddedPolicy, make_input: MakeInput
) -> None:
    decision = policy.decide(
        make_input(purpose="x", opt_outs=["x"], country="US", sensitive=["HEALTH"])
    )

    assert len(decision.reasons) >= 3
    for reason in decision.reasons:
        assert re.fullmatch(r"[a-z_]+\.[a-z_]+", reason.code)
        assert re.match(r"art\. [0-9a-z-]+ law 09-08: ", reason.message)


def test_input_off_contract_is_denied(policy: EmbeddedPolicy) -> None:
    decision = policy.decide({"purpose": "assistant"})

    assert not decision.allow
    assert "input.invalid" in decision.reason_codes


def test_input_the_engine_cannot_take_is_a_policy_error_without_its_values(
    policy: EmbeddedPolicy, make_input: MakeInput
) -> None:
    policy_input = make_input(purpose="canary-7f3a9c")
    policy_input["data"]["entities"] = {"PERSON": object()}

    with pytest.raises(PolicyError) as raised:
        policy.decide(policy_input)

    assert raised.value.status == 503
    assert "canary-7f3a9c" not in str(raised.value)


def test_decisions_from_eight_threads_match_sequential_ones(
    policy: EmbeddedPolicy, make_input: MakeInput
) -> None:
    inputs = [make_input(**changes) for changes, _, _ in (p.values for p in DECISIONS)]
    expected = [policy.decide(policy_input) for policy_input in inputs]
    mismatches: list[str] = []
    errors: list[BaseException] = []
    start = threading.Barrier(8)

    def worker(offset: int) -> None:
        try:
            start.wait()
            for round_ in range(30):
                index = (offset + round_) % len(inputs)
                if policy.decide(inputs[index]) != expected[index]:
                    mismatches.append(f"thread {offset} input {index}")
        except BaseException as exc:  # surfaced below, in the test's thread
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(offset,)) for offset in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert mismatches == []


# --- policies that misbehave: fail closed ---------------------------------------------------

_HEADER = "package cndp\n\nimport rego.v1\n\n"
_VALID = '{"allow": true, "reasons": [], "actions": {"default": "redact"}}'


def test_malformed_decision_is_a_policy_error(
    write_policy: Callable[[dict[str, str]], Path],
) -> None:
    policy_dir = write_policy(
        {
            "cndp/decision.rego": _HEADER
            + 'decision := {"allow": "yes", "reasons": [], "actions": {"default": "redact"}}'
            + ' if input.purpose == "x"\n'
            + f'decision := {_VALID} if input.purpose != "x"\n'
        }
    )
    policy = EmbeddedPolicy(policy_dir=policy_dir)

    with pytest.raises(PolicyError, match="'allow' is a str, not a boolean"):
        policy.decide({"purpose": "x"})


def test_undefined_decision_is_a_policy_error(
    write_policy: Callable[[dict[str, str]], Path],
) -> None:
    policy_dir = write_policy(
        {"cndp/decision.rego": _HEADER + f'decision := {_VALID} if input.purpose != "x"\n'}
    )
    policy = EmbeddedPolicy(policy_dir=policy_dir)

    with pytest.raises(PolicyError, match="undefined"):
        policy.decide({"purpose": "x"})


def test_evaluation_error_is_a_policy_error_without_input_values(
    write_policy: Callable[[dict[str, str]], Path],
) -> None:
    policy_dir = write_policy(
        {
            "cndp/decision.rego": _HEADER
            + 'decision := no_such_function(input.purpose) if input.purpose == "canary-7f3a9c"\n'
            + f'decision := {_VALID} if input.purpose != "canary-7f3a9c"\n'
        }
    )
    policy = EmbeddedPolicy(policy_dir=policy_dir)

    with pytest.raises(PolicyError) as raised:
        policy.decide({"purpose": "canary-7f3a9c"})

    assert "canary-7f3a9c" not in str(raised.value)
    assert raised.value.__cause__ is None
    assert raised.value.__suppress_context__


def test_policy_that_cannot_decide_an_empty_request_is_refused_at_start(
    write_policy: Callable[[dict[str, str]], Path],
) -> None:
    policy_dir = write_policy({"cndp/decision.rego": _HEADER + "decision := no_such_function(1)\n"})

    with pytest.raises(ConfigError, match="Function not found: no_such_function"):
        EmbeddedPolicy(policy_dir=policy_dir)


def test_policy_without_the_entrypoint_is_refused_at_start(
    write_policy: Callable[[dict[str, str]], Path],
) -> None:
    policy_dir = write_policy({"cndp/other.rego": _HEADER + "allow := true\n"})

    with pytest.raises(ConfigError, match="cndp/decision"):
        EmbeddedPolicy(policy_dir=policy_dir)


# --- hot reload: new bundle built aside, swapped atomically, bad ones refused ---------------


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_reload_picks_up_changed_data_and_stamps_the_new_version(
    policy_copy: Path, make_input: MakeInput
) -> None:
    policy = EmbeddedPolicy(policy_dir=policy_copy, reload_interval=None)
    before = policy.version
    assert not policy.decide(make_input(country="US")).allow

    _edit(policy_copy / "data" / "adequacy.json", '"CH", "CA"', '"CH", "CA", "US"')

    assert policy.reload() is True
    decision = policy.decide(make_input(country="US"))
    assert decision.allow
    assert decision.policy_version == policy.version != before
    assert policy.reload() is False  # nothing changed since


def test_reload_of_a_broken_module_keeps_the_previous_policy(
    policy_copy: Path, make_input: MakeInput
) -> None:
    policy = EmbeddedPolicy(policy_dir=policy_copy, reload_interval=None)
    before = policy.version
    broken = policy_copy / "cndp" / "broken.rego"
    broken.write_text("package cndp\n\nimport rego.v1\n\nbroken if {\n\tinput.x ==\n}\n")

    with pytest.raises(ConfigError, match=re.escape(f"{broken}:6:")):
        policy.reload()

    assert policy.version == before
    assert policy.decide(make_input()).allow
    assert policy.last_reload_error is not None


def test_reload_of_data_breaking_its_schema_keeps_the_previous_policy(
    policy_copy: Path, make_input: MakeInput
) -> None:
    policy = EmbeddedPolicy(policy_dir=policy_copy, reload_interval=None)
    purposes = policy_copy / "data" / "purposes.json"
    _edit(purposes, '"lawful_basis": "contract"', '"lawful_basis": "whim"')

    with pytest.raises(ConfigError, match=re.escape(f"{purposes}:4:")):
        policy.reload()

    assert policy.decide(make_input()).allow


def test_decisions_notice_changed_files_and_swap_without_dropping_requests(
    policy_copy: Path, make_input: MakeInput
) -> None:
    policy = EmbeddedPolicy(policy_dir=policy_copy, reload_interval=0.0)
    before = policy.version
    request = make_input(country="US")
    _edit(policy_copy / "data" / "adequacy.json", '"CH", "CA"', '"CH", "CA", "US"')

    versions = set()
    deadline = time.monotonic() + 20
    while policy.version == before:
        assert time.monotonic() < deadline, "the policy was never reloaded"
        decision = policy.decide(request)  # every one answered, by the old or the new bundle
        versions.add((decision.policy_version, decision.allow))
    assert versions <= {(before, False), (policy.version, True)}
    assert policy.decide(request).allow


def test_a_refused_reload_is_not_retried_until_the_files_change_again(
    policy_copy: Path, make_input: MakeInput
) -> None:
    policy = EmbeddedPolicy(policy_dir=policy_copy, reload_interval=0.0)
    before = policy.version
    (policy_copy / "cndp" / "broken.rego").write_text("package cndp\n\nbroken if {\n")
    deadline = time.monotonic() + 20
    while policy.last_reload_error is None:
        assert time.monotonic() < deadline, "the change was never noticed"
        assert policy.decide(make_input()).allow
        time.sleep(0.01)

    assert policy.version == before
