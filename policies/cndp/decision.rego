# The entrypoint `cndp/decision`: one document per request, the contract of DESIGN.md
# ("Policy input and decision") plus `obligations`. Every other module of package cndp adds
# to `deny` (why a request is refused), `grounds` (on what basis it may proceed) or
# `obligations` (what the sidecar must do besides); this module only assembles them and
# checks the shape of the input. policy_version is stamped by the caller, not here.
package cndp

import rego.v1

decision := {
	"allow": allow,
	"reasons": reasons,
	"actions": actions,
	"obligations": obligations,
}

# Fail closed: one denial is enough, and a malformed input is itself a denial.
allow := count(deny) == 0

# `deny` and `grounds` are sets of reason codes; their messages, each citing its article,
# are data (policies/data/messages.json): one catalogue to review, and sets of strings are
# several times cheaper to build in rego-cpp than sets of objects.
#
# Denials first (they explain a refusal), then the grounds; each group ordered by code so
# the same input always yields the same audit record. (Sets are sorted through an array:
# rego-cpp's sort() of a set returns a set, and its set iteration order is not sorted.)
reasons := array.concat(_reasons(deny), _reasons(grounds))

_reasons(codes) := [{"code": code, "message": object.get(data.cndp.messages, code, _missing_message)} |
	some code in sort([c | some c in codes])
]

# A code without a message is a policy bug; the request is still explained, not dropped.
_missing_message := "art. 23 law 09-08: this reason code has no message in policies/data/messages.json (policy bug)"

# A missing field must not read as "nothing to object to": without the shape below the
# other rules could all be undefined and the request would be allowed.
deny contains "input.invalid" if not _valid_input

_valid_input if {
	is_object(input.subject.consents)
	is_array(input.subject.opt_outs)
	is_string(input.purpose)
	is_string(input.destination.country)
	is_object(input.data.entities)
	is_array(input.data.sensitive)
	is_boolean(input.transfer.explicit_consent)

	# Fields added after the first contract are optional (older callers omit them), but
	# when present they must have their type: a typo must not silently drop a safeguard.
	# (One body with object.get paths: a rule per field costs several times more.)
	type_name(object.get(input, ["destination", "hosting_country"], null)) in _nullable_string
	type_name(object.get(input, ["destination", "rerouted_from"], null)) in _nullable_string
	type_name(object.get(input, ["transfer", "derogation"], null)) in _nullable_string
	type_name(object.get(input, ["transfer", "evidence"], null)) in _nullable_string
	type_name(object.get(input, ["processing", "original_purpose"], null)) in _nullable_string
	is_boolean(object.get(input, ["decision", "automated"], false))
	is_boolean(object.get(input, ["decision", "legal_effect"], false))
	is_boolean(object.get(input, ["decision", "human_review"], false))
}

_nullable_string := ["string", "null"]

# A non-empty string field, or undefined: `given("x")` reads better in rule bodies.
_text(value) := value if {
	is_string(value)
	value != ""
}
