package cndp_test

import rego.v1

test_sensitive_without_consent_is_denied if {
	d := decide(given({
		"subject": subject({}, []),
		"data": found({}, ["HEALTH"]),
	}))
	not d.allow
	codes(d) == ["sensitive.no_express_consent", "residency.in_country"]
}

test_sensitive_with_consent_for_a_purpose_declared_for_it_is_allowed if {
	d := decide(given({"data": found({"PERSON": 1}, ["HEALTH", "RELIGION_BELIEF"])}))
	d.allow
	"sensitive.express_consent" in codes(d)
}

test_sensitive_with_consent_for_a_purpose_not_declared_for_it_is_denied if {
	d := decide(given({
		"purpose": "support",
		"subject": subject({"support": "granted"}, []),
		"data": found({}, ["HEALTH"]),
	}))
	not d.allow
	"sensitive.no_express_consent" in codes(d)
}
