package cndp_test

import rego.v1

test_purpose_declared_is_not_refused if {
	every p in ["assistant", "embeddings", "support"] {
		found_codes := codes(decide(given({"purpose": p})))
		not "purpose.undeclared" in found_codes
	}
}

test_purpose_undeclared_is_denied if {
	d := decide(given({"purpose": "marketing"}))
	not d.allow
	"purpose.undeclared" in codes(d)
}

test_purpose_declarations_come_from_data if {
	d := decide(given({"purpose": "marketing"})) with data.cndp.purposes as {"marketing": {"default": "redact", "actions": {}}}
	d.allow
}
