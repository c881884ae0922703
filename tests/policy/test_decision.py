"""parse_decision: what any engine returns is checked before it drives minimization."""

from __future__ import annotations

from typing import Any

import pytest

from compliance.core.errors import PolicyError
from compliance.policy import Decision, Reason, parse_decision

VALID: dict[str, Any] = {
    "allow": False,
    "reasons": [
        {
            "code": "cross_border.not_adequate",
            "role": "refusal",
            "message": "art. 43 law 09-08: ...",
        },
        {"code": "lawful_basis.contract", "role": "ground", "message": "art. 4 law 09-08: ..."},
    ],
    "actions": {"PERSON": "pseudonymize", "default": "redact"},
    "obligations": {"record_transfer": {"country": "FR", "bases": ["adequacy"]}},
}


def with_changes(**changes: Any) -> dict[str, Any]:
    return {**VALID, **changes}


def test_valid_document_becomes_a_decision_stamped_with_the_version() -> None:
    decision = parse_decision(VALID, policy_version="sha256:0123456789abcdef")

    assert decision == Decision(
        allow=False,
        reasons=(
            Reason(
                code="cross_border.not_adequate", message="art. 43 law 09-08: ...", role="refusal"
            ),
            Reason(code="lawful_basis.contract", message="art. 4 law 09-08: ...", role="ground"),
        ),
        actions={"PERSON": "pseudonymize", "default": "redact"},
        policy_version="sha256:0123456789abcdef",
        obligations={"record_transfer": {"country": "FR", "bases": ["adequacy"]}},
    )


def test_refusals_and_grounds_are_told_apart() -> None:
    decision = parse_decision(VALID, policy_version="v")

    assert decision.reason_codes == ("cross_border.not_adequate", "lawful_basis.contract")
    assert decision.refusal_codes == ("cross_border.not_adequate",)
    assert decision.ground_codes == ("lawful_basis.contract",)


def test_an_allowed_decision_has_no_refusal_codes() -> None:
    grounds = [{"code": "lawful_basis.contract", "role": "ground", "message": "art. 4 ..."}]
    decision = parse_decision(with_changes(allow=True, reasons=grounds), policy_version="v")

    assert decision.refusal_codes == ()
    assert decision.ground_codes == ("lawful_basis.contract",)


def test_image_actions_are_read_checked_and_default_to_redact() -> None:
    absent = parse_decision(VALID, policy_version="v")
    assert absent.image_action_for("FACE") == "redact"
    given = with_changes(image_actions={"FACE": "keep", "default": "redact"})
    decision = parse_decision(given, policy_version="v")
    assert decision.image_action_for("FACE") == "keep"
    assert decision.image_action_for("MA_CIN") == "redact"
    with pytest.raises(PolicyError, match="unknown action"):
        parse_decision(
            with_changes(image_actions={"FACE": "blur", "default": "redact"}), policy_version="v"
        )


def test_obligations_are_optional() -> None:
    document = {key: value for key, value in VALID.items() if key != "obligations"}

    assert parse_decision(document, policy_version="v").obligations == {}


OFF_CONTRACT = [
    # the document itself
    pytest.param(["allow"], "is a list, not an object", id="not-an-object"),
    pytest.param(None, "is a NoneType, not an object", id="null"),
    pytest.param(with_changes(policy_version="x"), "has keys", id="extra-key"),
    pytest.param({"allow": True, "reasons": []}, "has keys", id="missing-actions"),
    # allow
    pytest.param(with_changes(allow="true"), "'allow' is a str", id="allow-string"),
    pytest.param(with_changes(allow=1), "'allow' is a int", id="allow-int"),
    # reasons
    pytest.param(with_changes(reasons={"code": "x"}), "'reasons' is a dict", id="reasons-object"),
    pytest.param(with_changes(reasons=["x"]), r"reasons\[0\]", id="reason-string"),
    pytest.param(with_changes(reasons=[{"code": "x"}]), r"reasons\[0\]", id="reason-no-message"),
    pytest.param(
        with_changes(reasons=[{"code": "", "role": "refusal", "message": "m"}]),
        r"reasons\[0\]",
        id="reason-empty",
    ),
    pytest.param(
        with_changes(reasons=[{"code": "x", "role": "refusal", "message": "m", "value": "v"}]),
        r"reasons\[0\]",
        id="reason-extra-key",
    ),
    pytest.param(
        with_changes(reasons=[{"code": "x", "message": "m"}]), r"reasons\[0\]", id="reason-no-role"
    ),
    pytest.param(
        with_changes(reasons=[{"code": "x", "role": "deny", "message": "m"}]),
        r"reasons\[0\] has a 'role'",
        id="reason-unknown-role",
    ),
    pytest.param(with_changes(reasons=[]), "denies without a refusal", id="denial-no-reason"),
    pytest.param(
        with_changes(reasons=[{"code": "lawful_basis.contract", "role": "ground", "message": "m"}]),
        "denies without a refusal",
        id="denial-with-grounds-only",
    ),
    pytest.param(
        with_changes(allow=True),
        "allows with a reason of role 'refusal'",
        id="allow-with-a-refusal",
    ),
    # actions
    pytest.param(with_changes(actions=["redact"]), "'actions' is a list", id="actions-list"),
    pytest.param(with_changes(actions={"PERSON": "redact"}), "no 'default'", id="no-default"),
    pytest.param(
        with_changes(actions={"PERSON": "encrypt", "default": "redact"}),
        "'PERSON' an unknown action",
        id="unknown-action",
    ),
    pytest.param(
        with_changes(actions={"default": ["redact"]}), "unknown action", id="action-not-a-string"
    ),
    # obligations
    pytest.param(with_changes(obligations=[]), "'obligations' is a list", id="obligations-list"),
]


@pytest.mark.parametrize(("document", "problem"), OFF_CONTRACT)
def test_document_off_contract_is_a_policy_error(document: Any, problem: str) -> None:
    with pytest.raises(PolicyError, match=problem) as raised:
        parse_decision(document, policy_version="v")

    assert raised.value.status == 503
    assert raised.value.code == "policy_unavailable"


def test_policy_error_never_quotes_a_reason_value() -> None:
    document = with_changes(reasons=[{"code": "canary-7f3a9c"}])

    with pytest.raises(PolicyError) as raised:
        parse_decision(document, policy_version="v")

    assert "canary-7f3a9c" not in str(raised.value)
