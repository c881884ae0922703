package cndp_test

import rego.v1

test_consent_withdrawn_for_the_purpose_is_denied if {
	d := decide(given({"subject": subject({"assistant": "withdrawn"}, [])}))
	not d.allow
	codes(d) == ["consent.withdrawn", "residency.in_country"]
}

test_consent_withdrawn_for_another_purpose_does_not_matter if {
	d := decide(given({"subject": subject({"assistant": "granted", "support": "withdrawn"}, [])}))
	d.allow
}

test_consent_opt_out_of_the_purpose_is_honoured if {
	d := decide(given({"subject": subject({"assistant": "granted"}, ["assistant"])}))
	not d.allow
	"opt_out.honoured" in codes(d)
}

test_consent_opt_out_of_another_purpose_does_not_matter if {
	d := decide(given({"subject": subject({}, ["embeddings"])}))
	d.allow
}
