package cndp_test

import rego.v1

test_transfer_in_country_is_residency if {
	d := decide(base)
	d.allow
	codes(d) == ["residency.in_country"]
	d.obligations == {}
}

test_transfer_to_adequate_country_is_allowed if {
	every country in ["FR", "GB", "CH", "CA", "NO"] {
		d := decide(given({"destination": destination(country)}))
		d.allow
		codes(d) == ["cross_border.adequate_country"]
		d.obligations.record_transfer == {"country": country, "bases": ["adequacy"]}
	}
}

test_transfer_to_non_adequate_country_is_denied if {
	every country in ["US", "HR", "CN", ""] {
		d := decide(given({"destination": destination(country)}))
		not d.allow
		codes(d) == ["cross_border.not_adequate"]
	}
}

test_transfer_with_explicit_consent_is_allowed if {
	d := decide(given({"destination": destination("US"), "transfer": transfer(true, null)}))
	d.allow
	codes(d) == ["cross_border.explicit_consent"]
	d.obligations.record_transfer == {"country": "US", "bases": ["explicit_consent"]}
}

test_transfer_with_cndp_authorization_is_allowed if {
	d := decide(given({"destination": destination("US"), "transfer": transfer(false, "CNDP-A-2024-001")}))
	d.allow
	codes(d) == ["cross_border.cndp_authorization"]
}

test_transfer_with_empty_authorization_is_denied if {
	d := decide(given({"destination": destination("US"), "transfer": transfer(false, "")}))
	not d.allow
}

test_transfer_without_personal_data_is_allowed if {
	d := decide(given({"destination": destination("US"), "data": found({}, [])}))
	d.allow
	codes(d) == ["cross_border.no_personal_data"]
	d.obligations == {}
}

test_transfer_of_sensitive_data_alone_is_a_transfer if {
	d := decide(given({
		"destination": destination("US"),
		"data": found({}, ["HEALTH"]),
	}))
	"cross_border.not_adequate" in codes(d)
}

test_transfer_adequacy_list_comes_from_data if {
	d := decide(given({"destination": destination("US")})) with data.cndp.adequacy.countries as ["US"]
	d.allow
}
