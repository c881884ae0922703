# Objections (art. 9) and electronic prospecting (art. 10). A subject may object to a
# purpose by name, or to a kind of processing (marketing, personalization, profiling);
# each purpose declares the kinds it belongs to (data.cndp.purposes[_].opt_outs).
package cndp

import rego.v1

_objected_kinds contains kind if {
	some kind in purpose.opt_outs
	kind in input.subject.opt_outs
}

deny contains "opt_out.honoured" if {
	input.purpose in input.subject.opt_outs
	not input.purpose in _objected_kinds
}

deny contains "opt_out.marketing" if "marketing" in _objected_kinds

deny contains "opt_out.personalization" if "personalization" in _objected_kinds

deny contains "opt_out.profiling" if "profiling" in _objected_kinds
