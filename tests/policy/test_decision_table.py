"""The decision table of law 09-08, run on every engine: embedded regopy and a real OPA server.

Each row is one request (changes to the typical one of conftest.make_input), the expected
verdict and the expected reason codes in order (denials first, then grounds, each sorted).
The OPA rows are skipped, with the reason, when no OPA server is reachable.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from compliance.consent import OPT_OUT_KINDS
from compliance.policy import PolicyDecisionPoint
from tests.policy.conftest import POLICY_DIR

MakeInput = Callable[..., dict[str, Any]]

CONTRACT = "lawful_basis.contract"
IN_MA = "residency.in_country"

DECISIONS = [
    # residency and adequacy (art. 43)
    pytest.param({}, True, [CONTRACT, IN_MA], id="in-country"),
    pytest.param(
        {"country": "FR"}, True, ["cross_border.adequate_country", CONTRACT], id="adequate-FR"
    ),
    pytest.param(
        {"country": "GB"}, True, ["cross_border.adequate_country", CONTRACT], id="adequate-GB"
    ),
    pytest.param(
        {"country": "ch"}, True, ["cross_border.adequate_country", CONTRACT], id="lower-case-ch"
    ),
    # transfers to a State not on the list (art. 43-44), hosting abroad included
    pytest.param({"country": "US"}, False, ["cross_border.not_adequate", CONTRACT], id="US-denied"),
    pytest.param({"country": "HR"}, False, ["cross_border.not_adequate", CONTRACT], id="HR-denied"),
    pytest.param(
        {"hosting_country": "US"}, False, ["cross_border.not_adequate", CONTRACT], id="hosted-in-US"
    ),
    pytest.param(
        {"hosting_country": "DE"},
        True,
        ["cross_border.adequate_country", CONTRACT],
        id="hosted-in-DE",
    ),
    pytest.param(
        {"country": "FR", "hosting_country": "US"},
        False,
        ["cross_border.not_adequate", CONTRACT],
        id="runs-FR-stores-US",
    ),
    pytest.param(
        {"country": "US", "explicit_consent": True},
        True,
        ["cross_border.explicit_consent", CONTRACT],
        id="US-explicit-consent",
    ),
    pytest.param(
        {"country": "US", "cndp_authorization": "CNDP-T-2024-117"},
        True,
        ["cross_border.cndp_authorization", CONTRACT],
        id="US-cndp-authorization",
    ),
    pytest.param(
        {"country": "US", "cndp_authorization": ""},
        False,
        ["cross_border.not_adequate", CONTRACT],
        id="US-empty-authorization",
    ),
    pytest.param(
        {"country": "US", "derogation": "contract_with_subject", "evidence": "C-2025-17"},
        True,
        ["cross_border.derogation", CONTRACT],
        id="US-derogation-contract",
    ),
    pytest.param(
        {"country": "US", "derogation": "vital_interest", "evidence": "ER-88"},
        True,
        ["cross_border.derogation", CONTRACT],
        id="US-derogation-vital",
    ),
    pytest.param(
        {"country": "US", "derogation": "legal_claims"},
        False,
        ["cross_border.derogation_without_evidence", CONTRACT],
        id="US-derogation-no-evidence",
    ),
    pytest.param(
        {"country": "US", "derogation": "business_need", "evidence": "memo"},
        False,
        ["cross_border.unknown_derogation", CONTRACT],
        id="US-unknown-derogation",
    ),
    pytest.param(
        {"country": "US", "entities": {}},
        True,
        ["cross_border.no_personal_data", CONTRACT],
        id="US-no-personal-data",
    ),
    # residency: categories kept in Morocco (rerouted when a fallback allows)
    pytest.param(
        {"country": "FR", "consents": {"assistant": "granted"}, "sensitive": ["HEALTH"]},
        False,
        ["residency.restricted", "cross_border.adequate_country", CONTRACT, "sensitive.authorized"],
        id="health-to-FR",
    ),
    pytest.param(
        {"country": "FR", "entities": {"PERSON": 1, "MA_CIN": 1}},
        True,
        ["cin.redacted", "cross_border.adequate_country", CONTRACT],
        id="redacted-CIN-to-FR",
    ),
    pytest.param(
        {"purpose": "identity_check", "country": "FR", "entities": {"MA_CIN": 1}},
        False,
        [
            "residency.restricted",
            "cin.authorized",
            "cross_border.adequate_country",
            "lawful_basis.legal_obligation",
        ],
        id="kept-CIN-to-FR",
    ),
    pytest.param(
        {"rerouted_from": "llm-eu", "consents": {"assistant": "granted"}, "sensitive": ["HEALTH"]},
        True,
        [CONTRACT, IN_MA, "residency.rerouted", "sensitive.authorized"],
        id="rerouted",
    ),
    # lawful basis and consent (art. 4)
    pytest.param(
        {"purpose": "marketing"},
        False,
        ["lawful_basis.no_consent", IN_MA],
        id="consent-purpose-without-consent",
    ),
    pytest.param(
        {"purpose": "marketing", "consents": {"marketing": "never_asked"}},
        False,
        ["lawful_basis.no_consent", IN_MA],
        id="consent-never-asked",
    ),
    pytest.param(
        {"purpose": "marketing", "consents": {"marketing": "granted"}},
        True,
        ["lawful_basis.consent", IN_MA],
        id="consent-granted",
    ),
    pytest.param(
        {"consents": {"assistant": "withdrawn"}},
        False,
        ["consent.withdrawn", IN_MA],
        id="consent-withdrawn",
    ),
    pytest.param(
        {
            "purpose": "identity_check",
            "consents": {"identity_check": "withdrawn"},
            "entities": {"MA_CIN": 1},
        },
        True,
        ["cin.authorized", "lawful_basis.legal_obligation", IN_MA],
        id="withdrawn-vs-legal-obligation",
    ),
    pytest.param(
        {"purpose": "embeddings"},
        True,
        ["lawful_basis.legitimate_interest", IN_MA],
        id="legitimate-interest",
    ),
    # objections (art. 9-10)
    pytest.param(
        {"opt_outs": ["assistant"]},
        False,
        ["opt_out.honoured", CONTRACT, IN_MA],
        id="opt-out-purpose",
    ),
    pytest.param(
        {"opt_outs": ["personalization"]},
        True,
        [CONTRACT, IN_MA],
        id="opt-out-personalization-is-not-the-assistant",
    ),
    pytest.param(
        {"opt_outs": ["personalization"], "processing_kinds": ["personalization"]},
        False,
        ["opt_out.personalization", CONTRACT, IN_MA],
        id="opt-out-personalization-route",
    ),
    pytest.param(
        {"purpose": "marketing", "consents": {"marketing": "granted"}, "opt_outs": ["marketing"]},
        False,
        ["opt_out.marketing", "lawful_basis.consent", IN_MA],
        id="opt-out-marketing",
    ),
    pytest.param(
        {"purpose": "credit_scoring", "opt_outs": ["profiling"]},
        False,
        ["opt_out.profiling", CONTRACT, IN_MA],
        id="opt-out-profiling",
    ),
    pytest.param(
        {"purpose": "support", "opt_outs": ["marketing", "profiling", "embeddings"]},
        True,
        [CONTRACT, IN_MA],
        id="opt-outs-elsewhere",
    ),
    # purpose limitation and re-purposing (art. 3-1-b, 12-1-b)
    pytest.param(
        {"purpose": "newsletter"}, False, ["purpose.undeclared", IN_MA], id="undeclared-purpose"
    ),
    pytest.param(
        {"original_purpose": "embeddings"},
        False,
        ["purpose.reuse_unauthorized", CONTRACT, IN_MA],
        id="reuse-unauthorized",
    ),
    pytest.param(
        {
            "purpose": "marketing",
            "consents": {"marketing": "granted"},
            "original_purpose": "support",
        },
        True,
        ["lawful_basis.consent", "purpose.reuse_authorized", IN_MA],
        id="reuse-authorized",
    ),
    # sensitive data (art. 21-22)
    pytest.param(
        {"sensitive": ["HEALTH"]},
        False,
        ["sensitive.no_express_consent", CONTRACT, IN_MA],
        id="sensitive-without-consent",
    ),
    pytest.param(
        {"consents": {"assistant": "granted"}, "sensitive": ["HEALTH", "RELIGION_BELIEF"]},
        True,
        [CONTRACT, IN_MA, "sensitive.authorized"],
        id="sensitive-authorized",
    ),
    pytest.param(
        {"consents": {"assistant": "granted"}, "sensitive": ["POLITICAL_OPINION"]},
        False,
        ["sensitive.not_declared", CONTRACT, IN_MA],
        id="sensitive-not-declared",
    ),
    pytest.param(
        {"purpose": "support", "consents": {"support": "granted"}, "sensitive": ["HEALTH"]},
        False,
        ["sensitive.no_authorization", "sensitive.not_declared", CONTRACT, IN_MA],
        id="sensitive-purpose-not-authorized",
    ),
    pytest.param(
        {"purpose": "health_triage", "sensitive": ["HEALTH"]},
        True,
        [CONTRACT, IN_MA, "sensitive.health_care"],
        id="health-care-exception",
    ),
    pytest.param(
        {"purpose": "health_triage", "sensitive": ["GENETIC", "HEALTH"]},
        True,
        [CONTRACT, IN_MA, "sensitive.health_care"],
        id="medical-genetic-data",
    ),
    # national ID card number (art. 12-1-e)
    pytest.param(
        {"entities": {"PERSON": 1, "MA_CIN": 1}},
        True,
        ["cin.redacted", CONTRACT, IN_MA],
        id="CIN-redacted",
    ),
    pytest.param(
        {"purpose": "identity_check", "entities": {"MA_CIN": 1}},
        True,
        ["cin.authorized", "lawful_basis.legal_obligation", IN_MA],
        id="CIN-authorized",
    ),
    # automated decisions (art. 11)
    pytest.param(
        {"automated_decision": True, "legal_effect": True},
        False,
        ["automated_decision.legal_effect", CONTRACT, IN_MA],
        id="automated-legal-effect",
    ),
    pytest.param(
        {"automated_decision": True, "legal_effect": True, "human_review": True},
        True,
        ["automated_decision.human_review", CONTRACT, IN_MA],
        id="automated-human-review",
    ),
    pytest.param(
        {"purpose": "credit_scoring", "automated_decision": True, "legal_effect": True},
        True,
        ["automated_decision.exception", CONTRACT, IN_MA],
        id="automated-exception",
    ),
    pytest.param(
        {"automated_decision": True}, True, [CONTRACT, IN_MA], id="automated-no-legal-effect"
    ),
    # several at once: denials first, then grounds, each sorted by code
    pytest.param(
        {"purpose": "newsletter", "opt_outs": ["newsletter"], "country": "US"},
        False,
        ["cross_border.not_adequate", "opt_out.honoured", "purpose.undeclared"],
        id="denials-sorted",
    ),
]


CATALOGUE = json.loads((POLICY_DIR / "data" / "messages.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(("changes", "allow", "codes"), DECISIONS)
def test_decision_table(
    engine: PolicyDecisionPoint,
    make_input: MakeInput,
    changes: dict[str, Any],
    allow: bool,
    codes: list[str],
) -> None:
    decision = engine.decide(make_input(**changes))

    assert decision.allow is allow
    assert list(decision.reason_codes) == codes
    assert decision.policy_version == engine.version
    # Each reason has the role of its rule set, which the catalogue states too; refusals
    # come first and exist exactly when the request is refused.
    assert [r.role for r in decision.reasons] == [CATALOGUE[c]["role"] for c in codes]
    assert decision.reason_codes[: len(decision.refusal_codes)] == decision.refusal_codes
    assert bool(decision.refusal_codes) is not allow
    assert set(decision.ground_codes) == set(codes) - set(decision.refusal_codes)


# Objections (art. 9) by kind of processing and purpose: an objection stops the purposes
# that are that processing (purposes.json opt_outs) and nothing else. Marketing rests on
# consent, so its rows have it. (purpose, objected kind, refused?)
OBJECTIONS = [
    # marketing: only the marketing purpose is prospecting
    ("assistant", "marketing", False),
    ("embeddings", "marketing", False),
    ("support", "marketing", False),
    ("identity_check", "marketing", False),
    ("health_triage", "marketing", False),
    ("marketing", "marketing", True),
    ("credit_scoring", "marketing", False),
    ("training", "marketing", False),
    ("visual_search", "marketing", False),
    # personalization: no declared purpose is personalization by itself (routes may be)
    ("assistant", "personalization", False),
    ("embeddings", "personalization", False),
    ("support", "personalization", False),
    ("identity_check", "personalization", False),
    ("health_triage", "personalization", False),
    ("marketing", "personalization", False),
    ("credit_scoring", "personalization", False),
    ("training", "personalization", False),
    ("visual_search", "personalization", False),
    # profiling: the purposes that evaluate the person
    ("assistant", "profiling", False),
    ("embeddings", "profiling", True),
    ("support", "profiling", False),
    ("identity_check", "profiling", False),
    ("health_triage", "profiling", False),
    ("marketing", "profiling", True),
    ("credit_scoring", "profiling", True),
    ("training", "profiling", False),
    ("visual_search", "profiling", False),
]


def _objecting(purpose: str, kind: str, **changes: Any) -> dict[str, Any]:
    consents = {"marketing": "granted"} if purpose == "marketing" else {}
    return {"purpose": purpose, "consents": consents, "opt_outs": [kind], **changes}


@pytest.mark.parametrize(
    ("purpose", "kind", "refused"),
    [pytest.param(*row, id=f"{row[1]}-{row[0]}") for row in OBJECTIONS],
)
def test_an_objection_stops_only_the_purposes_of_its_kind(
    engine: PolicyDecisionPoint, make_input: MakeInput, purpose: str, kind: str, refused: bool
) -> None:
    decision = engine.decide(make_input(**_objecting(purpose, kind)))

    assert decision.allow is not refused
    assert decision.refusal_codes == ((f"opt_out.{kind}",) if refused else ())


def test_the_objection_table_covers_every_kind_and_declared_purpose(policy_dir: Any) -> None:
    purposes = json.loads((policy_dir / "data" / "purposes.json").read_text(encoding="utf-8"))
    covered = {(purpose, kind) for purpose, kind, _ in OBJECTIONS}

    assert covered == {(p, k) for p in purposes for k in OPT_OUT_KINDS}
    for purpose, kind, refused in OBJECTIONS:  # the table agrees with the declarations
        assert refused is (kind in purposes[purpose].get("opt_outs", []))


# A route may declare that its requests are a kind of processing (routes.<name>.processing):
# the objection stops them, whatever their purpose, and only them.
ROUTE_FLAGS = [
    # (purpose, route kinds, objected kind, refused?)
    *[("assistant", [kind], kind, True) for kind in OPT_OUT_KINDS],
    *[("support", [kind], kind, True) for kind in OPT_OUT_KINDS],
    ("assistant", ["personalization"], "marketing", False),
    ("assistant", ["marketing", "profiling"], "personalization", False),
    ("assistant", ["marketing", "profiling"], "profiling", True),
    ("assistant", [], "personalization", False),
]


@pytest.mark.parametrize(
    ("purpose", "route_kinds", "kind", "refused"),
    [
        pytest.param(*row, id=f"{row[0]}-route-{'+'.join(row[1]) or 'none'}-objects-{row[2]}")
        for row in ROUTE_FLAGS
    ],
)
def test_an_objection_stops_the_routes_that_declare_its_kind(
    engine: PolicyDecisionPoint,
    make_input: MakeInput,
    purpose: str,
    route_kinds: list[str],
    kind: str,
    refused: bool,
) -> None:
    decision = engine.decide(make_input(**_objecting(purpose, kind, processing_kinds=route_kinds)))

    assert decision.allow is not refused
    assert decision.refusal_codes == ((f"opt_out.{kind}",) if refused else ())
    assert "lawful_basis.contract" in decision.ground_codes  # still said, never as a refusal


OBLIGATIONS = [
    pytest.param({}, {"audit": {"level": "standard"}, "retention_days": 30}, id="plain"),
    pytest.param(
        {"country": "FR"},
        {
            "audit": {"level": "full"},
            "retention_days": 30,
            "record_transfer": {"country": "FR", "countries": ["FR"], "bases": ["adequacy"]},
        },
        id="transfer",
    ),
    pytest.param(
        {"country": "US"},
        {
            "audit": {"level": "standard"},
            "retention_days": 30,
            "reroute": {"because": ["cross_border.not_adequate"]},
        },
        id="reroute",
    ),
    pytest.param(
        {"country": "US", "opt_outs": ["assistant"]},
        {"audit": {"level": "standard"}, "retention_days": 30},
        id="no-reroute-when-more-is-refused",
    ),
    pytest.param(
        {"automated_decision": True, "legal_effect": True, "human_review": True},
        {
            "audit": {"level": "full"},
            "retention_days": 30,
            "automated_decision": {"legal_effect": True, "human_review": True},
        },
        id="automated-flag",
    ),
    pytest.param({"purpose": "newsletter"}, {"audit": {"level": "standard"}}, id="undeclared"),
]


@pytest.mark.parametrize(("changes", "obligations"), OBLIGATIONS)
def test_obligations_table(
    engine: PolicyDecisionPoint,
    make_input: MakeInput,
    changes: dict[str, Any],
    obligations: dict[str, Any],
) -> None:
    assert engine.decide(make_input(**changes)).obligations == obligations


ACTIONS_TABLE = [
    # assistant: what it needs is pseudonymized (or kept, for authorised sensitive data)
    ("assistant", "PERSON", "pseudonymize"),
    ("assistant", "PHONE_NUMBER", "pseudonymize"),
    ("assistant", "EMAIL_ADDRESS", "pseudonymize"),
    ("assistant", "HEALTH", "keep"),
    # ... every other type is redacted (art. 3-1-c)
    ("assistant", "MA_CIN", "redact"),
    ("assistant", "MA_RIB", "redact"),
    ("assistant", "IBAN_CODE", "redact"),
    ("assistant", "MA_LICENSE_PLATE", "redact"),
    ("embeddings", "LOCATION", "pseudonymize"),
    ("embeddings", "IP_ADDRESS", "redact"),
    ("identity_check", "MA_CIN", "pseudonymize"),
    ("credit_scoring", "MA_RIB", "pseudonymize"),
    ("support", "LOCATION", "redact"),
    # undeclared purpose (denied anyway): everything redacted
    ("newsletter", "PERSON", "redact"),
]


@pytest.mark.parametrize(("purpose", "entity_type", "action"), ACTIONS_TABLE)
def test_action_per_purpose_and_entity_type(
    engine: PolicyDecisionPoint, make_input: MakeInput, purpose: str, entity_type: str, action: str
) -> None:
    decision = engine.decide(make_input(purpose=purpose, entities={entity_type: 1}))

    assert decision.actions[entity_type] == action
    assert decision.action_for("SOMETHING_NEW") == "redact"


def test_the_table_has_at_least_forty_cases() -> None:
    assert len(DECISIONS) >= 40
