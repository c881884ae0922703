package cndp_test

import rego.v1

test_purpose_declared_is_not_refused if {
	every p in ["assistant", "embeddings", "support"] {
		found_codes := codes(decide(given({"purpose": p})))
		not "purpose.undeclared" in found_codes
	}
}

test_purpose_undeclared_is_denied if {
	d := decide(given({"purpose": "newsletter"}))
	not d.allow
	"purpose.undeclared" in codes(d)
}

test_purpose_declarations_come_from_data if {
	declared := {"newsletter": {"lawful_basis": "contract", "retention_days": 1, "cndp": {"declaration": "D-1", "authorization": null}}}
	d := decide(given({"purpose": "newsletter"})) with data.cndp.purposes as declared
	d.allow
}

test_purpose_without_cndp_reference_is_denied if {
	declared := {"newsletter": {"lawful_basis": "contract", "retention_days": 1, "cndp": {"declaration": "", "authorization": null}}}
	d := decide(given({"purpose": "newsletter"})) with data.cndp.purposes as declared
	codes(d) == ["purpose.no_cndp_reference", "lawful_basis.contract", "residency.in_country"]
}

test_purpose_every_declared_purpose_has_a_cndp_reference if {
	every _, p in data.cndp.purposes {
		has_cndp_reference(p)
	}
}

has_cndp_reference(p) if is_string(p.cndp.declaration)

has_cndp_reference(p) if is_string(p.cndp.authorization)

test_purpose_reuse_without_authorization_is_denied if {
	d := decide(given({"processing": {"original_purpose": "embeddings"}}))
	not d.allow
	"purpose.reuse_unauthorized" in codes(d)
}

test_purpose_reuse_with_authorization_is_allowed if {
	d := decide(given({
		"purpose": "marketing",
		"subject": subject({"marketing": "granted"}, []),
		"processing": {"original_purpose": "support"},
	}))
	d.allow
	"purpose.reuse_authorized" in codes(d)
	d.obligations.audit.level == "full"
}

test_purpose_same_original_purpose_is_not_reuse if {
	d := decide(given({"processing": {"original_purpose": "assistant"}}))
	d.allow
	not "purpose.reuse_authorized" in codes(d)
}
