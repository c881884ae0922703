# Transfers abroad (art. 43-44). Sending personal data to an AI component hosted outside
# Morocco is a transfer; it is lawful to a State on the CNDP adequacy list
# (data.cndp.adequacy, policies/data/adequacy.json) or, elsewhere, on the data subject's
# express consent or an express CNDP authorization (art. 44).
package cndp

import rego.v1

# Sensitive categories are personal data too, even when no identifier was found.
personal_data if count(input.data.entities) > 0

personal_data if count(input.data.sensitive) > 0

in_country if input.destination.country == "MA"

# `in` (a built-in) rather than `some listed in ...; listed == ...`: four times faster in
# rego-cpp, and this rule is on every request's path.
adequate_country if input.destination.country in data.cndp.adequacy.countries

_not_adequate if {
	not in_country
	not adequate_country
}

explicit_transfer_consent if input.transfer.explicit_consent == true

cndp_transfer_authorization if {
	is_string(input.transfer.cndp_authorization)
	input.transfer.cndp_authorization != ""
}

grounds contains reason(
	"residency.in_country",
	"art. 43 law 09-08: the AI component runs in Morocco; nothing is transferred abroad",
) if in_country

grounds contains reason(
	"cross_border.adequate_country",
	"art. 43 law 09-08: the destination State is on the CNDP list of States ensuring a sufficient level of protection (Délibération 465-2013 as amended by 236-2015)",
) if {
	not in_country
	adequate_country
}

grounds contains reason(
	"cross_border.no_personal_data",
	"art. 43 law 09-08: no personal data was detected, so nothing personal leaves Morocco",
) if {
	_not_adequate
	not personal_data
}

grounds contains reason(
	"cross_border.explicit_consent",
	"art. 44 law 09-08: transfer to a State without adequate protection, on the data subject's express consent to the transfer",
) if {
	_not_adequate
	personal_data
	explicit_transfer_consent
}

grounds contains reason(
	"cross_border.cndp_authorization",
	"art. 44 law 09-08: transfer to a State without adequate protection, under an express CNDP authorization",
) if {
	_not_adequate
	personal_data
	cndp_transfer_authorization
}

deny contains reason(
	"cross_border.not_adequate",
	"art. 43-44 law 09-08: the destination State is not on the CNDP adequacy list and there is neither the data subject's express consent to the transfer nor a CNDP authorization; use an upstream in Morocco or in an adequate State",
) if {
	_not_adequate
	personal_data
	not explicit_transfer_consent
	not cndp_transfer_authorization
}

# The legal bases of a transfer that carries personal data abroad; the audit trail must
# record them (art. 43-44, declared under art. 15-e).
transfer_bases contains "adequacy" if {
	not in_country
	adequate_country
	personal_data
}

transfer_bases contains "explicit_consent" if {
	_not_adequate
	personal_data
	explicit_transfer_consent
}

transfer_bases contains "cndp_authorization" if {
	_not_adequate
	personal_data
	cndp_transfer_authorization
}

obligations := {"record_transfer": {
	"country": input.destination.country,
	"bases": _sorted_transfer_bases,
}} if {
	count(transfer_bases) > 0
} else := {}

_sorted_transfer_bases := sort([b | some b in transfer_bases])
