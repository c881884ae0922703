# The data subject's own choices: a withdrawn consent (art. 4) and an objection (art. 9)
# both stop processing for that purpose, whatever else would allow it.
package cndp

import rego.v1

deny contains reason(
	"consent.withdrawn",
	"art. 4 law 09-08: the data subject withdrew consent for this purpose; processing stops",
) if input.subject.consents[input.purpose] == "withdrawn"

deny contains reason(
	"opt_out.honoured",
	"art. 9 law 09-08: the data subject objected to processing for this purpose (opt-out); the objection is honoured",
) if input.purpose in input.subject.opt_outs
