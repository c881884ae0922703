"""input_problems (policies/cndp/input.rego) names every field the policy refuses an input for.

The entrypoint checks the input's shape in one rule body (``_valid_input``, fast) and
``input_problems`` describes it field by field (for people); these tests keep the two in
step: each field the builder fills, removed or given the wrong type, is refused by the
one and named by the other, with the shape it should have.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from compliance.policy import EmbeddedPolicy, load_bundle
from compliance.policy.explain import input_problems

MakeInput = Callable[..., dict[str, Any]]

REQUIRED = [
    ("subject", "consents"),
    ("subject", "opt_outs"),
    ("purpose",),
    ("destination", "country"),
    ("data", "entities"),
    ("data", "sensitive"),
    ("transfer", "explicit_consent"),
]
# Optional fields: absent is fine, the wrong type is not. (path, a value of the wrong type)
OPTIONAL = [
    (("destination", "hosting_country"), 12),
    (("destination", "rerouted_from"), ["llm"]),
    (("transfer", "derogation"), True),
    (("transfer", "evidence"), {"ref": "x"}),
    (("processing", "original_purpose"), 3),
    (("processing", "kinds"), "profiling"),
    (("decision", "automated"), "yes"),
    (("decision", "legal_effect"), 1),
    (("decision", "human_review"), None),
    (("data", "images"), ["FACE"]),
    (("data", "images", "count"), "1"),
    (("data", "images", "entities"), ["FACE"]),
]
WRONG_TYPE = {"consents": [], "opt_outs": {}, "purpose": 1, "country": None}


def _without(document: dict[str, Any], path: tuple[str, ...]) -> dict[str, Any]:
    changed = copy.deepcopy(document)
    node = changed
    for key in path[:-1]:
        node = node[key]
    del node[path[-1]]
    return changed


def _with(document: dict[str, Any], path: tuple[str, ...], value: Any) -> dict[str, Any]:
    changed = copy.deepcopy(document)
    node = changed
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    return changed


@pytest.fixture(scope="module")
def bundle(policy_dir: Path) -> Any:
    return load_bundle(policy_dir=policy_dir)


def test_a_valid_input_has_no_problem(bundle: Any, make_input: MakeInput) -> None:
    assert input_problems(bundle, make_input()) == []


@pytest.mark.parametrize("path", REQUIRED, ids=".".join)
def test_a_missing_required_field_is_refused_and_named(
    bundle: Any, policy: EmbeddedPolicy, make_input: MakeInput, path: tuple[str, ...]
) -> None:
    document = _without(make_input(), path)

    assert policy.decide(document).refusal_codes == ("input.invalid",)
    [problem] = input_problems(bundle, document)
    assert (problem.field, problem.problem) == (".".join(path), "missing")
    assert problem.expected  # the shape, in words, with an example


@pytest.mark.parametrize("path", REQUIRED, ids=".".join)
def test_a_required_field_of_the_wrong_type_is_refused_and_named(
    bundle: Any, policy: EmbeddedPolicy, make_input: MakeInput, path: tuple[str, ...]
) -> None:
    wrong = WRONG_TYPE.get(path[-1], "a string")
    document = _with(make_input(), path, wrong)

    assert policy.decide(document).refusal_codes == ("input.invalid",)
    [problem] = input_problems(bundle, document)
    assert problem.field == ".".join(path)
    assert problem.problem.startswith("is a ")


@pytest.mark.parametrize(("path", "wrong"), OPTIONAL, ids=[".".join(p) for p, _ in OPTIONAL])
def test_an_optional_field_may_be_absent_but_not_of_the_wrong_type(
    bundle: Any,
    policy: EmbeddedPolicy,
    make_input: MakeInput,
    path: tuple[str, ...],
    wrong: Any,
) -> None:
    absent = _without(make_input(), path)
    assert policy.decide(absent).allow
    assert input_problems(bundle, absent) == []

    document = _with(make_input(), path, wrong)
    assert policy.decide(document).refusal_codes == ("input.invalid",)
    [problem] = input_problems(bundle, document)
    assert problem.field == ".".join(path)
    assert problem.problem.startswith("is a ")


def test_json_types_are_named_as_json_names_them(bundle: Any, make_input: MakeInput) -> None:
    document = _with(make_input(), ("purpose",), ["assistant"])

    assert [str(p) for p in input_problems(bundle, document)] == [
        'purpose: is a list; expected a string: the purpose of the request, e.g. "assistant"'
    ]
