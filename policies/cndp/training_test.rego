package cndp_test

import rego.v1

# The purpose of `cndp-guard scrub --purpose training`: datasets for fine-tuning and
# retrieval indexes. Legitimate interest, so no consent is needed, but a withdrawal or an
# objection to training stops the subject's rows; names and contact details are
# pseudonymized, every other identifier redacted, and sensitive categories are refused.
training(changes) := given(object.union({"purpose": "training"}, changes))

test_training_rows_with_names_are_allowed_and_pseudonymized if {
	d := decide(training({"data": found({"PERSON": 2, "EMAIL_ADDRESS": 1}, [])}))
	d.allow
	codes(d) == ["lawful_basis.legitimate_interest", "residency.in_country"]
	d.actions.PERSON == "pseudonymize"
	d.actions.EMAIL_ADDRESS == "pseudonymize"
}

test_training_redacts_identifiers_it_does_not_need if {
	d := decide(training({"data": found({"MA_CIN": 1, "IBAN_CODE": 1}, [])}))
	d.allow
	d.actions.MA_CIN == "redact"
	d.actions.IBAN_CODE == "redact"
	"cin.redacted" in codes(d)
}

test_training_refuses_sensitive_categories if {
	d := decide(training({"data": found({"PERSON": 1}, ["HEALTH"])}))
	not d.allow
	"sensitive.not_declared" in codes(d)
}

test_training_stops_at_a_withdrawn_consent if {
	d := decide(training({"subject": subject({"training": "withdrawn"}, [])}))
	not d.allow
	"consent.withdrawn" in codes(d)
}

test_training_stops_at_an_objection_to_training if {
	d := decide(training({"subject": subject({}, ["training"])}))
	not d.allow
	"opt_out.honoured" in codes(d)
}

test_training_on_support_records_rests_on_the_reuse_authorization if {
	d := decide(training({"processing": {"original_purpose": "support"}}))
	d.allow
	"purpose.reuse_authorized" in codes(d)
}

test_training_on_marketing_records_is_refused if {
	d := decide(training({"processing": {"original_purpose": "marketing"}}))
	not d.allow
	"purpose.reuse_unauthorized" in codes(d)
}
