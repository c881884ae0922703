"""Loading policies/: modules, data at data.cndp.<stem>, a version, errors that say where."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from compliance.core.errors import ConfigError
from compliance.policy import ACTIONS, EmbeddedPolicy, load_bundle


def test_bundle_loads_modules_without_tests_and_data_under_cndp(policy_dir: Path) -> None:
    bundle = load_bundle(policy_dir=policy_dir)

    paths = [module.path for module in bundle.modules]
    assert "cndp/decision.rego" in paths
    assert not any(path.endswith("_test.rego") for path in paths)
    assert set(bundle.data) == {"cndp"}
    assert {"adequacy", "purposes"} <= set(bundle.data["cndp"])


def test_bundle_with_tests_includes_test_modules(policy_dir: Path) -> None:
    bundle = load_bundle(policy_dir=policy_dir, include_tests=True)

    assert "cndp/decision_test.rego" in [module.path for module in bundle.modules]


def test_version_is_a_short_sha256_stable_across_loads(policy_dir: Path) -> None:
    first = load_bundle(policy_dir=policy_dir).version

    assert re.fullmatch(r"sha256:[0-9a-f]{16}", first)
    assert load_bundle(policy_dir=policy_dir).version == first


def test_version_changes_when_a_data_file_changes(policy_copy: Path) -> None:
    before = load_bundle(policy_dir=policy_copy).version
    adequacy = policy_copy / "data" / "adequacy.json"
    document = json.loads(adequacy.read_text(encoding="utf-8"))
    document["countries"].append("US")
    adequacy.write_text(json.dumps(document), encoding="utf-8")

    assert load_bundle(policy_dir=policy_copy).version != before
    assert EmbeddedPolicy(policy_dir=policy_copy).version != before


def test_version_changes_when_a_module_changes(policy_copy: Path) -> None:
    before = load_bundle(policy_dir=policy_copy).version
    module = policy_copy / "cndp" / "purpose.rego"
    module.write_text(module.read_text(encoding="utf-8") + "\n# reviewed\n", encoding="utf-8")

    assert load_bundle(policy_dir=policy_copy).version != before


def test_version_ignores_test_modules(policy_copy: Path) -> None:
    before = load_bundle(policy_dir=policy_copy).version
    test = policy_copy / "cndp" / "purpose_test.rego"
    test.write_text(test.read_text(encoding="utf-8") + "\n# more tests\n", encoding="utf-8")

    assert load_bundle(policy_dir=policy_copy).version == before


def test_rego_syntax_error_names_the_file_and_line(policy_copy: Path) -> None:
    broken = policy_copy / "cndp" / "broken.rego"
    broken.write_text(
        "package cndp\n\nimport rego.v1\n\n# é: offsets are bytes\nbroken if {\n\tinput.x ==\n}\n",
        encoding="utf-8",
    )

    with pytest.raises(ConfigError) as raised:
        EmbeddedPolicy(policy_dir=policy_copy)

    assert f"{broken}:7:" in raised.value.message
    assert raised.value.exit_code == 2


def test_invalid_data_json_names_the_file_and_line(policy_copy: Path) -> None:
    purposes = policy_copy / "data" / "purposes.json"
    purposes.write_text('{\n  "assistant": {\n    "default": "mask",\n  }\n}\n', encoding="utf-8")

    with pytest.raises(ConfigError, match=re.escape(f"{purposes}:4:")):
        load_bundle(policy_dir=policy_copy)


def test_data_file_must_hold_an_object_or_a_list(policy_copy: Path) -> None:
    (policy_copy / "data" / "threshold.json").write_text("42", encoding="utf-8")

    with pytest.raises(ConfigError, match=r"threshold\.json' holds a int"):
        load_bundle(policy_dir=policy_copy)


def test_data_file_that_is_not_utf8_is_refused(policy_copy: Path) -> None:
    (policy_copy / "data" / "latin1.json").write_bytes('{"pays": "Maroc é"}'.encode("latin-1"))

    with pytest.raises(ConfigError, match="not UTF-8"):
        load_bundle(policy_dir=policy_copy)


def test_missing_policy_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="does not exist"):
        load_bundle(policy_dir=tmp_path / "nowhere")


def test_directory_with_only_tests_is_refused(
    write_policy: Callable[[dict[str, str]], Path],
) -> None:
    policy_dir = write_policy({"cndp/x_test.rego": "package cndp_test\n"})

    with pytest.raises(ConfigError, match="no Rego module"):
        load_bundle(policy_dir=policy_dir)


def test_each_data_file_is_loaded_at_data_cndp_stem(
    write_policy: Callable[[dict[str, str]], Path],
) -> None:
    policy_dir = write_policy(
        {
            "cndp/decision.rego": (
                "package cndp\n\nimport rego.v1\n\n"
                'decision := {"allow": true, "reasons": [], "actions": '
                '{"default": data.cndp.limits.action}}\n'
            ),
            "data/limits.json": '{"action": "hash"}',
        }
    )
    policy = EmbeddedPolicy(policy_dir=policy_dir)

    assert policy.decide({}).actions == {"default": "hash"}


# --- the starter data itself ---------------------------------------------------------------


def test_adequacy_list_is_the_32_states_of_deliberation_236_2015(policy_dir: Path) -> None:
    adequacy = load_bundle(policy_dir=policy_dir).data["cndp"]["adequacy"]

    assert "465-2013" in adequacy["source"]
    assert "236-2015" in adequacy["source"]
    assert len(adequacy["countries"]) == len(set(adequacy["countries"])) == 32
    assert {"FR", "GB", "CH", "CA", "NO", "IS", "LI"} <= set(adequacy["countries"])
    assert not {"US", "HR", "MA"} & set(adequacy["countries"])


def test_every_purpose_declares_its_basis_retention_and_cndp_reference(policy_dir: Path) -> None:
    purposes = load_bundle(policy_dir=policy_dir).data["cndp"]["purposes"]

    assert {"assistant", "embeddings", "support", "marketing", "health_triage"} <= set(purposes)
    for declaration in purposes.values():
        assert set(declaration["data_categories"].values()) <= {"keep", "pseudonymize"} <= ACTIONS
        assert declaration["retention_days"] > 0
        assert declaration["cndp"]["declaration"] or declaration["cndp"]["authorization"]


def test_every_data_file_has_a_schema(policy_dir: Path) -> None:
    stems = {p.stem for p in (policy_dir / "data").glob("*.json")}

    assert stems == {
        p.name.removesuffix(".schema.json") for p in (policy_dir / "schemas").glob("*.json")
    }


# --- data that breaks its schema: refused with file and line ---------------------------------

BAD_DATA = [
    # purposes.json
    pytest.param(
        "purposes.json",
        '"retention_days": 30',
        '"retention_days": "thirty"',
        "assistant.retention_days",
        id="retention-not-a-number",
    ),
    pytest.param(
        "purposes.json",
        '"lawful_basis": "contract"',
        '"lawful_basis": "goodwill"',
        "lawful_basis",
        id="unknown-lawful-basis",
    ),
    pytest.param(
        "purposes.json",
        '"PERSON": "pseudonymize"',
        '"PERSON": "mask"',
        "data_categories.PERSON",
        id="needed-entity-masked",
    ),
    pytest.param(
        "purposes.json",
        '"cin": {"authorization": "A-EX-2025-0105"}',
        '"opt_outs": []',
        "identity_check",
        id="cin-without-authorization",
    ),
    # adequacy.json
    pytest.param(
        "adequacy.json", '"CH", "CA"', '"CH", "CA", "Morocco"', "countries", id="country-not-iso"
    ),
    pytest.param(
        "adequacy.json",
        '"number": "236-2015"',
        '"number": "latest"',
        "deliberation.number",
        id="deliberation-number",
    ),
]


@pytest.mark.parametrize(("name", "old", "new", "where"), BAD_DATA)
def test_data_breaking_its_schema_is_refused_with_file_and_line(
    policy_copy: Path, name: str, old: str, new: str, where: str
) -> None:
    path = policy_copy / "data" / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    changed = text.replace(old, new, 1)
    path.write_text(changed, encoding="utf-8")
    line = changed[: changed.index(new)].count("\n") + 1

    with pytest.raises(ConfigError) as raised:
        EmbeddedPolicy(policy_dir=policy_copy)

    assert f"{path}:" in raised.value.message
    assert where in raised.value.message
    assert "schema" in raised.value.message
    if where != "identity_check":  # a missing key is reported where its object starts
        assert f"{path}:{line}:" in raised.value.message
