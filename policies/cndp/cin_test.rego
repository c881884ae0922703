package cndp_test

import rego.v1

test_cin_redacted_for_a_purpose_that_does_not_need_it if {
	d := decide(given({"data": found({"PERSON": 1, "MA_CIN": 1}, [])}))
	d.allow
	d.actions.MA_CIN == "redact"
	"cin.redacted" in codes(d)
}

test_cin_kept_under_the_purpose_authorization if {
	d := decide(given({"purpose": "identity_check", "data": found({"MA_CIN": 1}, [])}))
	d.allow
	d.actions.MA_CIN == "pseudonymize"
	"cin.authorized" in codes(d)
}

test_cin_kept_without_authorization_is_denied if {
	d := decide(given({"purpose": "identity_check", "data": found({"MA_CIN": 1}, [])})) with data.cndp.purposes.identity_check.cin.authorization as ""
	not d.allow
	codes(d)[0] == "cin.no_authorization"
}

test_cin_every_purpose_that_keeps_it_names_an_authorization if {
	every _, p in data.cndp.purposes {
		cin_authorized_if_kept(p)
	}
}

cin_authorized_if_kept(p) if not p.data_categories.MA_CIN

cin_authorized_if_kept(p) if is_string(p.cin.authorization)
