# Data residency: categories the controller has committed never to send out of Morocco
# (data.cndp.residency.in_country_only), whatever art. 43-44 would allow. A category that
# is redacted before forwarding does not leave; one kept or pseudonymized does. When a
# destination is refused for where it is, the sidecar may try the route's fallbacks
# (an in-country model): the `reroute` obligation says so, and a request sent to a
# fallback carries destination.rerouted_from, which the audit records as residency.rerouted.
package cndp

import rego.v1

resident_types contains t if {
	some t in leaving_types
	t in data.cndp.residency.in_country_only
}

deny contains "residency.restricted" if {
	not in_country
	count(resident_types) > 0
}

grounds contains "residency.rerouted" if _text(input.destination.rerouted_from)

# Denials that another destination could lift; only when nothing else is refused is a
# reroute worth trying.
destination_denials := [
	"cross_border.not_adequate",
	"cross_border.unknown_derogation",
	"cross_border.derogation_without_evidence",
	"residency.restricted",
]

reroute_because := [code | some code in sort([c | some c in deny]); code in destination_denials]

reroute_possible if {
	count(deny) > 0
	count(reroute_because) == count(deny)
}
