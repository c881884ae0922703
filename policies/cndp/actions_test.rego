package cndp_test

import rego.v1

known_actions := {"keep", "pseudonymize", "mask", "redact", "hash"}

test_actions_assistant_pseudonymizes_people_and_redacts_identifiers if {
	a := decide(base).actions
	a.PERSON == "pseudonymize"
	a.EMAIL_ADDRESS == "pseudonymize"
	a.MA_CIN == "redact"
	a.MA_RIB == "redact"
	a["default"] == "mask"
}

test_actions_embeddings_pseudonymize_all_but_identifiers if {
	a := decide(given({"purpose": "embeddings"})).actions
	a["default"] == "pseudonymize"
	a.MA_CIN == "redact"
	a.IBAN_CODE == "redact"
}

test_actions_unlisted_detected_type_gets_the_purpose_default if {
	a := decide(given({"data": found({"MA_LICENSE_PLATE": 1}, [])})).actions
	a.MA_LICENSE_PLATE == "mask"
}

test_actions_undeclared_purpose_redacts_everything if {
	a := decide(given({"purpose": "unknown", "data": found({"PERSON": 1}, [])})).actions
	a == {"PERSON": "redact", "default": "redact"}
}

test_actions_are_computed_for_denied_requests_too if {
	d := decide(given({"destination": destination("US")}))
	not d.allow
	d.actions.PERSON == "pseudonymize"
}

test_actions_declared_in_data_are_all_known if {
	every _, p in data.cndp.purposes {
		p["default"] in known_actions
		every _, action in p.actions {
			action in known_actions
		}
	}
}
