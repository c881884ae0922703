# The national identity card number (CIN): processing data that include it needs a prior
# CNDP authorization (art. 12-1-e). A CIN the purpose does not need is redacted before
# anything leaves (minimization.rego), so only a purpose that keeps or pseudonymizes it
# must name that authorization.
package cndp

import rego.v1

cin_type := "MA_CIN"

_cin_found if input.data.entities[cin_type]

_cin_leaves if cin_type in leaving_types

_cin_authorization := _text(purpose.cin.authorization)

deny contains "cin.no_authorization" if {
	_cin_leaves
	not _cin_authorization
}

grounds contains "cin.authorized" if {
	_cin_leaves
	_cin_authorization
}

grounds contains "cin.redacted" if {
	_cin_found
	not _cin_leaves
}
