# Obligations: what the sidecar must do besides allowing or refusing. Keys appear only
# when they apply, except `audit`, present on every decision.
#   audit               {"level": "standard" | "full"}: full for sensitive data, transfers,
#                       re-purposing, automated decisions, reroutes (art. 24: input audit)
#   record_transfer     {"country", "countries", "bases"}: an allowed transfer abroad and its
#                       legal bases
#   reroute             {"because": [codes]}: only the destination is refused; try the
#                       route's fallbacks (compliance.policy.choose_destination)
#   retention_days      the retention the purpose declares (art. 3-1-e, art. 15-f)
#   automated_decision  {"legal_effect", "human_review"}: art. 11 flag
package cndp

import rego.v1

obligations["audit"] := {"level": audit_level}

obligations["record_transfer"] := {
	"country": input.destination.country,
	"countries": sort([c | some c in transfer_countries]),
	"bases": sort([b | some b in transfer_bases]),
} if {
	allow
	count(transfer_bases) > 0
}

obligations["reroute"] := {"because": reroute_because} if reroute_possible

obligations["retention_days"] := purpose.retention_days if purpose.retention_days

obligations["automated_decision"] := {
	"legal_effect": true,
	"human_review": _human_review_flag,
} if automated_legal_decision

_human_review_flag := true if _human_review else := false

audit_level := "full" if _full_audit else := "standard"

_full_audit if has_sensitive

_full_audit if count(transfer_bases) > 0

_full_audit if repurposed

_full_audit if automated_legal_decision

_full_audit if _text(input.destination.rerouted_from)
