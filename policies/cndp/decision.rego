# The entrypoint `cndp/decision`: one document per request, the contract of DESIGN.md
# ("Policy input and decision"). Every other module of package cndp adds to `deny` (why a
# request is refused) or `grounds` (on what basis it may proceed); this module only
# assembles them. policy_version is stamped by the caller, not here.
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

# Denials first (they explain a refusal), then the grounds; each group ordered by code so
# the same input always yields the same audit record. (Sets are sorted through an array:
# rego-cpp's sort() of a set returns a set, and its set iteration order is not sorted.)
reasons := array.concat(_by_code(deny), _by_code(grounds))

reason(code, message) := {"code": code, "message": message}

_by_code(rs) := [r |
	some code in sort([c | some c in {r.code | some r in rs}])
	some r in rs
	r.code == code
]

# A missing field must not read as "nothing to object to": without the shape below the
# other rules could all be undefined and the request would be allowed.
deny contains reason(
	"input.invalid",
	"art. 23 law 09-08: the policy input does not follow the cndp-guard contract; refusing rather than guessing (fail closed)",
) if not _valid_input

_valid_input if {
	is_object(input.subject.consents)
	is_array(input.subject.opt_outs)
	is_string(input.purpose)
	is_string(input.destination.country)
	is_object(input.data.entities)
	is_array(input.data.sensitive)
	is_boolean(input.transfer.explicit_consent)
}
