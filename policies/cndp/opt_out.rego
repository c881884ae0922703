# Objections (art. 9) and electronic prospecting (art. 10). A subject may object to a
# purpose by name, or to a kind of processing (marketing, personalization, profiling).
#
# An objection to a kind stops only the requests that are that processing, not everything
# the subject does: a request is of a kind when its purpose declares it
# (data.cndp.purposes[_].opt_outs: the whole purpose is that processing) or when its route
# declares it (routes.<name>.processing in the settings, input.processing.kinds: the
# requests a host application sends through that route are). Every other processing of
# the subject continues.
package cndp

import rego.v1

# The kinds of processing this request is, from its purpose and from its route.
processing_kinds contains kind if some kind in purpose.opt_outs

processing_kinds contains kind if some kind in object.get(input, ["processing", "kinds"], [])

_objected_kinds contains kind if {
	some kind in processing_kinds
	kind in input.subject.opt_outs
}

deny contains "opt_out.honoured" if {
	input.purpose in input.subject.opt_outs
	not input.purpose in _objected_kinds
}

deny contains "opt_out.marketing" if "marketing" in _objected_kinds

deny contains "opt_out.personalization" if "personalization" in _objected_kinds

deny contains "opt_out.profiling" if "profiling" in _objected_kinds
