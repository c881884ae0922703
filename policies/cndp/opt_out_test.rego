package cndp_test

import rego.v1

# A request of the base input sent through a route that declares `kinds` (input.processing.kinds).
flagged(kinds) := {"original_purpose": null, "kinds": kinds}

test_opt_out_of_the_purpose_is_honoured if {
	d := decide(given({"subject": subject({}, ["assistant"])}))
	not d.allow
	"opt_out.honoured" in codes(d)
}

test_opt_out_of_another_purpose_does_not_matter if {
	d := decide(given({"subject": subject({}, ["embeddings"])}))
	d.allow
}

test_opt_out_of_marketing_is_honoured_even_with_consent if {
	d := decide(given({"purpose": "marketing", "subject": subject({"marketing": "granted"}, ["marketing"])}))
	not d.allow
	codes(d)[0] == "opt_out.marketing"
	not "opt_out.honoured" in codes(d)
}

test_opt_out_of_profiling_covers_every_profiling_purpose if {
	every p in ["embeddings", "credit_scoring"] {
		d := decide(given({"purpose": p, "subject": subject({}, ["profiling"])}))
		not d.allow
		"opt_out.profiling" in codes(d)
	}
}

# The assistant answers the subject's own requests; it is not personalization by itself.
test_opt_out_of_personalization_does_not_stop_the_assistant if {
	d := decide(given({"subject": subject({}, ["personalization"])}))
	d.allow
	codes(d) == ["lawful_basis.contract", "residency.in_country"]
}

test_opt_out_stops_a_request_whose_route_declares_that_processing if {
	every kind in cndp_opt_out_kinds {
		d := decide(given({"subject": subject({}, [kind]), "processing": flagged([kind])}))
		not d.allow
		codes(d)[0] == concat(".", ["opt_out", kind])
		d.reasons[0].role == "refusal"
	}
}

test_opt_out_of_one_kind_does_not_stop_a_route_of_another_kind if {
	d := decide(given({"subject": subject({}, ["marketing"]), "processing": flagged(["personalization"])}))
	d.allow
}

test_a_route_flag_without_objection_changes_nothing if {
	d := decide(given({"processing": flagged(["personalization", "profiling"])}))
	d.allow
	codes(d) == ["lawful_basis.contract", "residency.in_country"]
}

test_opt_out_of_a_kind_the_purpose_is_not_does_not_matter if {
	d := decide(given({"purpose": "support", "subject": subject({}, ["marketing", "profiling"])}))
	d.allow
}

test_opt_out_kinds_declared_in_data_are_known if {
	every _, p in data.cndp.purposes {
		every kind in object.get(p, "opt_outs", []) {
			kind in cndp_opt_out_kinds
		}
	}
}

test_route_kinds_of_the_wrong_type_are_invalid if {
	d := decide(given({"processing": {"original_purpose": null, "kinds": "profiling"}}))
	not d.allow
	codes(d) == ["input.invalid"]
}

cndp_opt_out_kinds := {"marketing", "personalization", "profiling"}
