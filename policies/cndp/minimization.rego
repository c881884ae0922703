# Data minimization (art. 3-1-c): data must be adequate, relevant and not excessive for the
# purpose. A purpose lists the data categories it needs and how each leaves (`keep` or
# `pseudonymize`, data.cndp.purposes[_].data_categories); every other entity type is
# redacted, and so is everything of an undeclared purpose (which is denied anyway).
package cndp

import rego.v1

minimized_action := "redact"

_needed := purpose.data_categories if purpose.data_categories else := {}

# Every detected type (identifiers and sensitive categories) is spelled out, so the
# decision alone tells the audit what was done; the needed types and `default` also cover
# whatever the response scan finds later. (object.union: the right side wins. Comprehensions
# rather than a function per type: several times cheaper in rego-cpp, on every request.)
actions := object.union(
	object.union({t: minimized_action | some t in detected_types}, _needed),
	{"default": minimized_action},
)

detected_types contains t if some t, _ in input.data.entities

detected_types contains t if some t in input.data.sensitive

# Types that cross the boundary in some form: a pseudonym is still personal data (the
# sidecar can reverse it), only a redaction removes the value. A needed type is kept or
# pseudonymized, never redacted (the schema of purposes.json allows nothing else).
leaving_types contains t if {
	some t in detected_types
	_needed[t]
}
