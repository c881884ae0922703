package cndp_test

import rego.v1

test_sensitive_without_express_consent_is_denied if {
	d := decide(given({"data": found({}, ["HEALTH"])}))
	not d.allow
	codes(d) == ["sensitive.no_express_consent", "lawful_basis.contract", "residency.in_country"]
}

test_sensitive_with_consent_and_authorization_is_allowed if {
	d := decide(given({
		"subject": subject({"assistant": "granted"}, []),
		"data": found({"PERSON": 1}, ["HEALTH", "RELIGION_BELIEF"]),
	}))
	d.allow
	"sensitive.authorized" in codes(d)
	d.obligations.audit.level == "full"
}

test_sensitive_category_the_purpose_is_not_declared_for_is_denied if {
	d := decide(given({
		"subject": subject({"assistant": "granted"}, []),
		"data": found({}, ["POLITICAL_OPINION"]),
	}))
	not d.allow
	codes(d)[0] == "sensitive.not_declared"
}

test_sensitive_without_authorization_is_denied if {
	d := decide(given({
		"subject": subject({"assistant": "granted"}, []),
		"data": found({}, ["HEALTH"]),
	})) with data.cndp.purposes.assistant.sensitive as {"authorization": null, "health_care": false}
	not d.allow
	"sensitive.no_authorization" in codes(d)
}

test_sensitive_health_care_needs_no_consent_nor_authorization if {
	d := decide(given({"purpose": "health_triage", "data": found({"PERSON": 1}, ["HEALTH"])}))
	d.allow
	codes(d) == ["lawful_basis.contract", "residency.in_country", "sensitive.health_care"]
	d.actions.HEALTH == "keep"
}

test_sensitive_health_care_exception_covers_only_medical_data if {
	d := decide(given({"purpose": "health_triage", "data": found({}, ["HEALTH", "RELIGION_BELIEF"])}))
	not d.allow
	"sensitive.not_declared" in codes(d)
	"sensitive.no_express_consent" in codes(d)
}
