package cndp_test

import rego.v1

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

test_opt_out_of_personalization_stops_the_assistant if {
	d := decide(given({"subject": subject({}, ["personalization"])}))
	codes(d) == ["opt_out.personalization", "lawful_basis.contract", "residency.in_country"]
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

cndp_opt_out_kinds := {"marketing", "personalization", "profiling"}
