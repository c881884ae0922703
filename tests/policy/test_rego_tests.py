"""run_rego_tests: the policies' own unit tests, as `cndp-guard policy test` will run them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from compliance.core.errors import ConfigError
from compliance.policy import TestResult, run_rego_tests

WritePolicy = Callable[[dict[str, str]], Path]

_POLICY = "package cndp\n\nimport rego.v1\n\nanswer := count(input.items)\n"


def test_every_rego_test_of_the_repository_passes(policy_dir: Path) -> None:
    results = run_rego_tests(policy_dir=policy_dir)

    assert [r for r in results if not r.passed] == []
    assert len(results) >= 25
    assert all(r.name.startswith("data.cndp_test.test_") for r in results)


def test_each_policy_module_has_a_test_module_beside_it(policy_dir: Path) -> None:
    modules = {p.stem for p in (policy_dir / "cndp").glob("*.rego")}

    assert {f"{m}_test" for m in modules if not m.endswith("_test")} <= modules


def test_failing_and_passing_tests_are_reported_by_name(write_policy: WritePolicy) -> None:
    policy_dir = write_policy(
        {
            "cndp/answer.rego": _POLICY,
            "cndp/answer_test.rego": (
                "package cndp_test\n\nimport rego.v1\n\nimport data.cndp\n\n"
                "test_counts_two if cndp.answer == 2 with input.items as [1, 2]\n\n"
                "test_wrong_on_purpose if cndp.answer == 3 with input.items as [1, 2]\n\n"
                "test_undefined_fails if cndp.missing\n"
            ),
        }
    )

    results = run_rego_tests(policy_dir=policy_dir)

    assert results == [
        TestResult(name="data.cndp_test.test_counts_two", passed=True),
        TestResult(name="data.cndp_test.test_wrong_on_purpose", passed=False),
        TestResult(name="data.cndp_test.test_undefined_fails", passed=False),
    ]


def test_engine_error_in_a_test_is_a_failure_with_the_engine_message(
    write_policy: WritePolicy,
) -> None:
    policy_dir = write_policy(
        {
            "cndp/answer.rego": _POLICY,
            "cndp/answer_test.rego": (
                "package cndp_test\n\nimport rego.v1\n\n"
                "test_calls_nothing if no_such_function(1)\n\n"
                "test_fine if true\n"
            ),
        }
    )

    results = run_rego_tests(policy_dir=policy_dir)

    assert [(r.name, r.passed) for r in results] == [
        ("data.cndp_test.test_calls_nothing", False),
        ("data.cndp_test.test_fine", True),
    ]
    assert results[0].error is not None
    assert "Function not found: no_such_function" in results[0].error


def test_engine_crash_fails_the_tests_with_a_hint_and_spares_the_caller(
    write_policy: WritePolicy,
) -> None:
    # rego-cpp 1.5.2 aborts while compiling `with input as {...}` over a rule calling a
    # built-in; the tests run in a child process, so this process (pytest) survives.
    policy_dir = write_policy(
        {
            "cndp/answer.rego": _POLICY,
            "cndp/answer_test.rego": (
                "package cndp_test\n\nimport rego.v1\n\nimport data.cndp\n\n"
                "test_fine if cndp.answer == 1 with input.items as [1]\n\n"
                'test_crashes if cndp.answer == 1 with input as {"items": [1]}\n'
            ),
        }
    )

    results = run_rego_tests(policy_dir=policy_dir)

    assert [(r.name, r.passed) for r in results] == [
        ("data.cndp_test.test_fine", False),
        ("data.cndp_test.test_crashes", False),
    ]
    error = results[1].error
    assert error is not None
    assert error.startswith("not run: the Rego engine's process died")
    assert f"{policy_dir / 'cndp' / 'answer_test.rego'}:9" in error
    assert "with input.purpose as" in error


def test_syntax_error_in_a_test_module_is_a_config_error(write_policy: WritePolicy) -> None:
    policy_dir = write_policy(
        {
            "cndp/answer.rego": _POLICY,
            "cndp/answer_test.rego": "package cndp_test\n\nimport rego.v1\n\ntest_x if {\n",
        }
    )

    with pytest.raises(ConfigError, match=r"answer_test\.rego:5:"):
        run_rego_tests(policy_dir=policy_dir)


def test_test_result_is_not_collected_by_pytest() -> None:
    assert TestResult.__test__ is False
