# Purpose limitation (art. 3-1-b) and prior formalities (art. 12). The declared purposes,
# their lawful basis, data categories, retention and CNDP references are data:
# policies/data/purposes.json, loaded at data.cndp.purposes (schema: schemas/purposes.schema.json).
package cndp

import rego.v1

# The declaration of this request's purpose; undefined when the purpose is not declared.
purpose := data.cndp.purposes[input.purpose]

deny contains "purpose.undeclared" if not purpose

# Every processing is declared to the CNDP or authorised by it before it starts.
deny contains "purpose.no_cndp_reference" if {
	purpose
	not _text(purpose.cndp.declaration)
	not _text(purpose.cndp.authorization)
}

# Re-purposing: data collected for one purpose, used for another (art. 12-1-b).
original_purpose := _text(input.processing.original_purpose)

repurposed if original_purpose != input.purpose

_reuse_authorization := _text(purpose.reuse[original_purpose])

deny contains "purpose.reuse_unauthorized" if {
	repurposed
	not _reuse_authorization
}

grounds contains "purpose.reuse_authorized" if {
	repurposed
	_reuse_authorization
}
