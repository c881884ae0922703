package cndp_test

import rego.v1

test_transfer_in_country_is_residency if {
	d := decide(base)
	d.allow
	"residency.in_country" in codes(d)
	not d.obligations.record_transfer
}

test_transfer_to_adequate_country_is_allowed if {
	every country in ["FR", "GB", "CH", "CA", "NO"] {
		d := decide(given({"destination": destination(country)}))
		d.allow
		codes(d) == ["cross_border.adequate_country", "lawful_basis.contract"]
		d.obligations.record_transfer == {"country": country, "countries": [country], "bases": ["adequacy"]}
	}
}

test_transfer_to_non_adequate_country_is_denied if {
	every country in ["US", "HR", "CN", ""] {
		d := decide(given({"destination": destination(country)}))
		not d.allow
		codes(d) == ["cross_border.not_adequate", "lawful_basis.contract"]
	}
}

test_transfer_hosting_abroad_counts if {
	d := decide(given({"destination": hosted("MA", "US")}))
	not d.allow
	"cross_border.not_adequate" in codes(d)
}

test_transfer_hosting_in_an_adequate_country_is_recorded if {
	d := decide(given({"destination": hosted("MA", "DE")}))
	d.allow
	d.obligations.record_transfer.countries == ["DE"]
}

test_transfer_with_explicit_consent_is_allowed if {
	d := decide(given({"destination": destination("US"), "transfer": transfer(true, null)}))
	d.allow
	"cross_border.explicit_consent" in codes(d)
	d.obligations.record_transfer.bases == ["explicit_consent"]
}

test_transfer_with_cndp_authorization_is_allowed if {
	d := decide(given({"destination": destination("US"), "transfer": transfer(false, "CNDP-A-2024-001")}))
	d.allow
	"cross_border.cndp_authorization" in codes(d)
}

test_transfer_with_empty_authorization_is_denied if {
	d := decide(given({"destination": destination("US"), "transfer": transfer(false, "")}))
	not d.allow
}

test_transfer_with_a_derogation_and_its_evidence_is_allowed if {
	d := decide(given({"destination": destination("US"), "transfer": derogation("contract_with_subject", "contract C-2025-17")}))
	d.allow
	"cross_border.derogation" in codes(d)
	d.obligations.record_transfer.bases == ["contract_with_subject"]
}

test_transfer_with_a_derogation_without_evidence_is_denied if {
	d := decide(given({"destination": destination("US"), "transfer": derogation("legal_claims", null)}))
	codes(d)[0] == "cross_border.derogation_without_evidence"
}

test_transfer_with_an_unknown_derogation_is_denied if {
	d := decide(given({"destination": destination("US"), "transfer": derogation("business_need", "memo")}))
	codes(d)[0] == "cross_border.unknown_derogation"
}

test_transfer_without_personal_data_is_allowed if {
	d := decide(given({"destination": destination("US"), "data": found({}, [])}))
	d.allow
	"cross_border.no_personal_data" in codes(d)
	not d.obligations.record_transfer
}

test_transfer_of_sensitive_data_alone_is_a_transfer if {
	d := decide(given({"destination": destination("US"), "data": found({}, ["HEALTH"])}))
	"cross_border.not_adequate" in codes(d)
}

test_transfer_adequacy_list_comes_from_data if {
	d := decide(given({"destination": destination("US")})) with data.cndp.adequacy.countries as ["US"]
	d.allow
}
