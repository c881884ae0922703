# Data minimization (art. 3-1-c): what happens to each entity type before anything leaves.
# The purpose declares its actions and a default (data.cndp.purposes); entity types it
# does not list, and every type of an undeclared purpose, get the default.
package cndp

import rego.v1

# For an undeclared purpose (which is denied anyway), the strictest action that still
# lets the audit show what was there.
fallback_action := "redact"

default_action := purpose["default"] if purpose["default"] else := fallback_action

_declared_actions := purpose.actions if purpose.actions else := {}

# Every detected type is spelled out, so the decision alone tells the audit what was
# done; the declared map and `default` cover whatever the response scan finds later.
actions := object.union(
	object.union({t: default_action | some t, _ in input.data.entities}, _declared_actions),
	{"default": default_action},
)
