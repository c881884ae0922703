package cndp_test

import rego.v1

known_actions := {"keep", "pseudonymize", "mask", "redact", "hash"}

test_minimization_assistant_pseudonymizes_people_and_redacts_identifiers if {
	a := decide(given({"data": found({"PERSON": 1, "PHONE_NUMBER": 1, "MA_CIN": 1, "MA_RIB": 1}, [])})).actions
	a.PERSON == "pseudonymize"
	a.PHONE_NUMBER == "pseudonymize"
	a.MA_CIN == "redact"
	a.MA_RIB == "redact"
	a["default"] == "redact"
}

test_minimization_needed_types_are_listed_even_when_not_detected if {
	a := decide(given({"data": found({}, [])})).actions
	a.EMAIL_ADDRESS == "pseudonymize"
	a.HEALTH == "keep"
}

test_minimization_unneeded_detected_type_is_redacted if {
	a := decide(given({"data": found({"MA_LICENSE_PLATE": 1, "IBAN_CODE": 2}, [])})).actions
	a.MA_LICENSE_PLATE == "redact"
	a.IBAN_CODE == "redact"
}

test_minimization_sensitive_categories_get_actions_too if {
	a := decide(given({"purpose": "support", "data": found({}, ["HEALTH"])})).actions
	a.HEALTH == "redact"
}

test_minimization_undeclared_purpose_redacts_everything if {
	a := decide(given({"purpose": "unknown", "data": found({"PERSON": 1}, [])})).actions
	a == {"PERSON": "redact", "default": "redact"}
}

test_minimization_actions_are_computed_for_denied_requests_too if {
	d := decide(given({"destination": destination("US")}))
	not d.allow
	d.actions.PERSON == "pseudonymize"
}

test_minimization_purposes_only_keep_or_pseudonymize if {
	every _, p in data.cndp.purposes {
		every _, action in p.data_categories {
			action in {"keep", "pseudonymize"}
		}
	}
}
