# Purpose limitation: personal data are processed only for declared purposes (art. 3-1-b).
# The declared purposes, and what each may do with each entity type, are data:
# policies/data/purposes.json, loaded at data.cndp.purposes.
package cndp

import rego.v1

# The declaration of this request's purpose; undefined when the purpose is not declared.
purpose := data.cndp.purposes[input.purpose]

deny contains reason(
	"purpose.undeclared",
	"art. 3-1-b law 09-08: the purpose of this request is not declared; personal data may only be processed for specified, explicit and legitimate purposes (declare it in policies/data/purposes.json or send a declared X-Purpose)",
) if not purpose
