package cndp_test

import rego.v1

automated(legal_effect, human_review) := {"automated": true, "legal_effect": legal_effect, "human_review": human_review}

test_automated_decision_with_legal_effect_alone_is_denied if {
	d := decide(given({"decision": automated(true, false)}))
	not d.allow
	codes(d)[0] == "automated_decision.legal_effect"
	d.obligations.automated_decision == {"legal_effect": true, "human_review": false}
}

test_automated_decision_with_human_review_is_flagged_and_allowed if {
	d := decide(given({"decision": automated(true, true)}))
	d.allow
	"automated_decision.human_review" in codes(d)
	d.obligations.automated_decision == {"legal_effect": true, "human_review": true}
	d.obligations.audit.level == "full"
}

test_automated_decision_under_the_purpose_exception_is_allowed if {
	d := decide(given({"purpose": "credit_scoring", "decision": automated(true, false)}))
	d.allow
	"automated_decision.exception" in codes(d)
}

test_automated_decision_without_legal_effect_is_not_flagged if {
	d := decide(given({"decision": automated(false, false)}))
	d.allow
	not d.obligations.automated_decision
}
