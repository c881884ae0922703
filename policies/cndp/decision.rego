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
	"answer_actions": answer_actions,
	"image_actions": image_actions,
	"obligations": obligations,
}

# Fail closed: one denial is enough, and a malformed input is itself a denial.
allow := count(deny) == 0

# `deny` and `grounds` are sets of reason codes; their messages, each citing its article,
# are data (policies/data/messages.json): one catalogue to review, and sets of strings are
# several times cheaper to build in rego-cpp than sets of objects.
#
# Each reason says its role: "refusal" (a code of `deny`: it refuses the request) or
# "ground" (a code of `grounds`: what an allowed part of the decision rests on), so that
# errors, metrics, the audit trail and the register never count a ground as a refusal.
# Refusals first (they explain a refusal), then the grounds; each group ordered by code
# so the same input always yields the same audit record. (Sets are sorted through an
# array: rego-cpp's sort() of a set returns a set, and its set iteration order is not
# sorted.)
#
# An input off contract gets input.invalid alone: the other rules read fields that are
# missing or of the wrong type, so whatever else they concluded (residency.in_country
# with no destination at all) would explain nothing. `input_problems` (input.rego) says
# which fields are wrong and what they should hold.
reasons := array.concat(_reasons(deny, "refusal"), _reasons(grounds, "ground")) if {
	_valid_input
} else := _reasons(["input.invalid"], "refusal")

# (`as_role := role` in the body: rego-cpp 1.5.2 reads a function argument named in a
# comprehension's head as undefined, and the comprehension then yields nothing or fails.)
_reasons(codes, role) := [{"code": code, "role": as_role, "message": object.get(data.cndp.messages, [code, "message"], _missing_message)} |
	some code in sort([c | some c in codes])
	as_role := role
]

# A code without a message is a policy bug; the request is still explained, not dropped.
_missing_message := "art. 23 law 09-08: this reason code has no message in policies/data/messages.json (policy bug)"

# A missing field must not read as "nothing to object to": without the shape of
# input.rego the other rules could all be undefined and the request would be allowed.
deny contains "input.invalid" if not _valid_input

# A non-empty string field, or undefined: `given("x")` reads better in rule bodies.
_text(value) := value if {
	is_string(value)
	value != ""
}
