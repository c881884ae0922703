"""`cndp-guard policy test` and `policy eval`, through click's CliRunner."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from compliance.cli.policy import policy

MakeInput = Callable[..., dict[str, Any]]


def test_policy_test_prints_each_test_and_a_summary(policy_dir: Path) -> None:
    result = CliRunner().invoke(policy, ["test", "--policy-dir", str(policy_dir)])

    assert result.exit_code == 0, result.output
    assert "PASS: data.cndp_test.test_transfer_hosting_abroad_counts" in result.stdout
    assert result.stdout.rstrip().splitlines()[-1].endswith(" passed, 0 failed")


def test_policy_test_exits_1_on_a_failing_test(policy_copy: Path) -> None:
    (policy_copy / "cndp" / "zz_test.rego").write_text(
        "package cndp_test\n\nimport rego.v1\n\ntest_wrong_on_purpose if false\n"
    )

    result = CliRunner().invoke(policy, ["test", "--policy-dir", str(policy_copy)])

    assert result.exit_code == 1
    assert "FAIL: data.cndp_test.test_wrong_on_purpose" in result.stdout
    assert result.stdout.rstrip().endswith(" passed, 1 failed")


def test_policy_test_exits_2_with_file_and_line_on_a_broken_module(policy_copy: Path) -> None:
    broken = policy_copy / "cndp" / "broken.rego"
    broken.write_text("package cndp\n\nbroken if {\n")

    result = CliRunner().invoke(policy, ["test", "--policy-dir", str(policy_copy)])

    assert result.exit_code == 2
    assert f"{broken}:" in result.stderr


def test_policy_eval_prints_the_decision_document(
    policy_dir: Path, make_input: MakeInput, tmp_path: Path
) -> None:
    request = tmp_path / "input.json"
    request.write_text(json.dumps(make_input(country="US")))

    result = CliRunner().invoke(
        policy, ["eval", "--input", str(request), "--policy-dir", str(policy_dir)]
    )

    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert document["allow"] is False
    assert document["reasons"][0]["code"] == "cross_border.not_adequate"
    assert document["obligations"]["reroute"] == {"because": ["cross_border.not_adequate"]}
    assert document["policy_version"].startswith("sha256:")
    assert result.stderr == ""


def test_policy_eval_explain_tells_which_rules_fired(
    policy_dir: Path, make_input: MakeInput, tmp_path: Path
) -> None:
    request = tmp_path / "input.json"
    request.write_text(json.dumps(make_input(country="US", entities={"PERSON": 1, "MA_CIN": 1})))

    result = CliRunner().invoke(
        policy, ["eval", "--input", str(request), "--explain", "--policy-dir", str(policy_dir)]
    )

    assert result.exit_code == 0, result.output
    json.loads(result.stdout)  # stdout stays the JSON document
    assert "decision: DENY" in result.stderr
    assert "deny   cross_border.not_adequate" in result.stderr
    assert "ground cin.redacted" in result.stderr
    assert "not on the CNDP list" in result.stderr


def test_policy_eval_refuses_invalid_json(policy_dir: Path, tmp_path: Path) -> None:
    request = tmp_path / "input.json"
    request.write_text("{not json")

    result = CliRunner().invoke(
        policy, ["eval", "--input", str(request), "--policy-dir", str(policy_dir)]
    )

    assert result.exit_code == 2
    assert "invalid JSON at line 1" in result.stderr


def test_policy_eval_names_each_missing_or_wrong_field_and_its_shape(
    policy_dir: Path, make_input: MakeInput, tmp_path: Path
) -> None:
    document = make_input()
    del document["destination"]["country"]
    document["data"]["entities"] = ["PERSON"]
    request = tmp_path / "input.json"
    request.write_text(json.dumps(document))

    result = CliRunner().invoke(
        policy, ["eval", "--input", str(request), "--policy-dir", str(policy_dir)]
    )

    assert result.exit_code == 2
    decision = json.loads(result.stdout)
    # Nothing else is concluded from an input off contract (no residency.in_country
    # without a destination).
    assert decision["reasons"] == [
        {
            "code": "input.invalid",
            "role": "refusal",
            "message": decision["reasons"][0]["message"],
        }
    ]
    assert "destination.country: missing; expected a string: the ISO 3166-1 alpha-2" in (
        result.stderr
    )
    assert "data.entities: is a list; expected an object: entity type -> number" in result.stderr


def test_policy_eval_refuses_an_input_that_is_not_an_object(
    policy_dir: Path, tmp_path: Path
) -> None:
    request = tmp_path / "input.json"
    request.write_text("[1, 2]")

    result = CliRunner().invoke(
        policy, ["eval", "--input", str(request), "--policy-dir", str(policy_dir)]
    )

    assert result.exit_code == 2
    assert "(the whole input): is a list; expected an object with subject, purpose" in (
        result.stderr
    )


def test_policy_eval_prints_the_role_of_each_reason(
    policy_dir: Path, make_input: MakeInput, tmp_path: Path
) -> None:
    request = tmp_path / "input.json"
    request.write_text(json.dumps(make_input(country="US")))

    result = CliRunner().invoke(
        policy, ["eval", "--input", str(request), "--policy-dir", str(policy_dir)]
    )

    roles = [(r["code"], r["role"]) for r in json.loads(result.stdout)["reasons"]]
    assert roles == [
        ("cross_border.not_adequate", "refusal"),
        ("lawful_basis.contract", "ground"),
    ]


def test_policy_commands_run_the_policies_of_the_configuration(
    policy_copy: Path, tmp_path: Path
) -> None:
    (policy_copy / "cndp" / "zz_test.rego").write_text(
        "package cndp_test\n\nimport rego.v1\n\ntest_only_in_the_copy if false\n"
    )
    config = tmp_path / "cndp-guard.yaml"
    config.write_text(
        "routes: {llm: {upstream: 'http://127.0.0.1:9', country: MA}}\n"
        f"policy: {{directory: '{policy_copy}'}}\n"
    )

    by_option = CliRunner().invoke(policy, ["test", "--config", str(config)])
    by_environment = CliRunner().invoke(policy, ["test"], env={"CNDP_GUARD_CONFIG": str(config)})

    for result in (by_option, by_environment):
        assert result.exit_code == 1
        assert "FAIL: data.cndp_test.test_only_in_the_copy" in result.stdout
