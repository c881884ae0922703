# Transfers abroad (art. 43-44). Sending personal data to an AI component that runs, or
# stores them, outside Morocco is a transfer (CNDP practice: hosting abroad counts). It is
# lawful to a State on the CNDP adequacy list (data.cndp.adequacy, which cites its
# deliberation) or, elsewhere, under one of the art. 44 derogations with its evidence:
# input.transfer.derogation names it (data.cndp.adequacy.derogations), input.transfer.evidence
# references the proof (consent record, contract, authorization number...). The older
# fields explicit_consent and cndp_authorization remain two ways to say the same.
package cndp

import rego.v1

home_country := "MA"

# Sensitive categories are personal data too, even when no identifier was found.
personal_data if count(input.data.entities) > 0

personal_data if count(input.data.sensitive) > 0

# Where the model runs and, when it differs, where the data are stored.
hosting_country := input.destination.hosting_country if {
	is_string(input.destination.hosting_country)
	input.destination.hosting_country != ""
} else := input.destination.country

transfer_countries contains country if {
	some country in [input.destination.country, hosting_country]
	country != home_country
}

in_country if count(transfer_countries) == 0

# `in` (a built-in) rather than `some listed in ...; listed == ...`: four times faster in
# rego-cpp, and these rules are on every request's path.
not_adequate_countries contains country if {
	some country in transfer_countries
	not country in data.cndp.adequacy.countries
}

_not_adequate if count(not_adequate_countries) > 0

_exposed if {
	_not_adequate
	personal_data
}

_claimed_derogation := _text(input.transfer.derogation)

_known_derogation if data.cndp.adequacy.derogations[_claimed_derogation]

_evidence := _text(input.transfer.evidence)

# The art. 44 bases this request offers for a transfer to a State not on the list.
exception_bases contains "explicit_consent" if input.transfer.explicit_consent == true

exception_bases contains "cndp_authorization" if _text(input.transfer.cndp_authorization)

exception_bases contains _claimed_derogation if {
	_known_derogation
	_evidence
}

grounds contains "residency.in_country" if in_country

grounds contains "cross_border.adequate_country" if {
	not in_country
	not _not_adequate
}

grounds contains "cross_border.no_personal_data" if {
	_not_adequate
	not personal_data
}

grounds contains "cross_border.explicit_consent" if {
	_exposed
	"explicit_consent" in exception_bases
}

grounds contains "cross_border.cndp_authorization" if {
	_exposed
	"cndp_authorization" in exception_bases
}

grounds contains "cross_border.derogation" if {
	_exposed
	_claimed_derogation in exception_bases
}

deny contains "cross_border.not_adequate" if {
	_exposed
	count(exception_bases) == 0
	not _claimed_derogation
}

deny contains "cross_border.unknown_derogation" if {
	_exposed
	_claimed_derogation
	not _known_derogation
}

deny contains "cross_border.derogation_without_evidence" if {
	_exposed
	_known_derogation
	not _evidence
}

# The legal bases of a transfer that carries personal data abroad; the audit trail must
# record them (art. 43-44, declared under art. 15-e).
transfer_bases contains "adequacy" if {
	not in_country
	not _not_adequate
	personal_data
}

transfer_bases contains base if {
	_exposed
	some base in exception_bases
}
