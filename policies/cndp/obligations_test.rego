package cndp_test

import rego.v1

test_obligations_audit_level_is_always_present if {
	decide(base).obligations.audit == {"level": "standard"}
	decide(given({"purpose": "unknown"})).obligations.audit == {"level": "standard"}
}

test_obligations_transfer_raises_the_audit_level if {
	decide(given({"destination": destination("FR")})).obligations.audit == {"level": "full"}
}

test_obligations_retention_comes_from_the_purpose if {
	decide(base).obligations.retention_days == 30
	not decide(given({"purpose": "unknown"})).obligations.retention_days
}

test_obligations_denied_transfer_is_not_recorded_as_a_transfer if {
	d := decide(given({"destination": destination("US")}))
	not d.obligations.record_transfer
	d.obligations.reroute == {"because": ["cross_border.not_adequate"]}
}
