package cndp_test

import rego.v1

test_consent_not_needed_for_a_contract_purpose if {
	d := decide(base)
	d.allow
	"lawful_basis.contract" in codes(d)
}

test_consent_based_purpose_without_consent_is_denied if {
	every state in [{}, {"marketing": "never_asked"}] {
		d := decide(given({"purpose": "marketing", "subject": subject(state, [])}))
		not d.allow
		"lawful_basis.no_consent" in codes(d)
	}
}

test_consent_based_purpose_with_consent_is_allowed if {
	d := decide(given({"purpose": "marketing", "subject": subject({"marketing": "granted"}, [])}))
	d.allow
	"lawful_basis.consent" in codes(d)
}

test_consent_withdrawn_for_the_purpose_is_denied if {
	d := decide(given({"subject": subject({"assistant": "withdrawn"}, [])}))
	not d.allow
	codes(d) == ["consent.withdrawn", "residency.in_country"]
}

test_consent_withdrawn_does_not_stop_a_legal_obligation if {
	d := decide(given({"purpose": "identity_check", "subject": subject({"identity_check": "withdrawn"}, [])}))
	d.allow
	"lawful_basis.legal_obligation" in codes(d)
}

test_consent_withdrawn_for_another_purpose_does_not_matter if {
	d := decide(given({"subject": subject({"assistant": "granted", "support": "withdrawn"}, [])}))
	d.allow
}

test_consent_unknown_lawful_basis_is_denied if {
	declared := {"x": {"lawful_basis": "because", "retention_days": 1, "cndp": {"declaration": "D-1", "authorization": null}}}
	d := decide(given({"purpose": "x"})) with data.cndp.purposes as declared
	"lawful_basis.unknown" in codes(d)
}
