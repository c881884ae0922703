package cndp_test

import rego.v1

import data.cndp

# Shared fixtures for every *_test.rego of package cndp_test.
#
# decide(inp) evaluates the entrypoint for a whole input document. It overrides input key
# by key because rego-cpp 1.5.2 (regopy) crashes on `with input as {...}` when the rules it
# evaluates call a built-in; per-key `with input.<key> as` is equivalent, also in OPA. It
# also crashes when the value after `as` is a rule built with functions (`as base.subject`):
# always go through a function argument, as decide() does.
decide(inp) := d if {
	d := cndp.decision with input.subject as inp.subject
		with input.purpose as inp.purpose
		with input.destination as inp.destination
		with input.data as inp.data
		with input.transfer as inp.transfer
		with input.processing as inp.processing
		with input.decision as inp.decision
}

codes(d) := [r.code | some r in d.reasons]

# The base input with some top-level keys replaced whole. (Not object.union: it merges
# nested objects in OPA but not in rego-cpp, so the engines would disagree.)
given(changes) := {key: value |
	some key, default_value in base
	value := object.get(changes, key, default_value)
}

subject(consents, opt_outs) := {"id": "subject-hash", "consents": consents, "opt_outs": opt_outs}

destination(country) := {"route": "llm", "country": country, "provider": "self-hosted", "kind": "chat", "hosting_country": null, "rerouted_from": null}

hosted(country, hosting_country) := {"route": "llm", "country": country, "provider": "self-hosted", "kind": "chat", "hosting_country": hosting_country, "rerouted_from": null}

found(entities, sensitive) := {"entities": entities, "sensitive": sensitive}

transfer(explicit_consent, cndp_authorization) := {
	"explicit_consent": explicit_consent,
	"cndp_authorization": cndp_authorization,
	"derogation": null,
	"evidence": null,
}

derogation(name, evidence) := {
	"explicit_consent": false,
	"cndp_authorization": null,
	"derogation": name,
	"evidence": evidence,
}

no_decision := {"automated": false, "legal_effect": false, "human_review": false}

# A subject of the assistant (a contract: no consent needed), two names in the prompt, an
# upstream in Morocco.
base := {
	"subject": subject({}, []),
	"purpose": "assistant",
	"destination": destination("MA"),
	"data": found({"PERSON": 2}, []),
	"transfer": transfer(false, null),
	"processing": {"original_purpose": null},
	"decision": no_decision,
}

test_decision_has_exactly_the_contract_keys if {
	d := decide(base)
	keys := {k | some k; d[k]}
	keys == {"allow", "reasons", "actions", "answer_actions", "image_actions", "obligations"}
}

test_decision_in_country_for_the_assistant_is_allowed if {
	d := decide(base)
	d.allow
	codes(d) == ["lawful_basis.contract", "residency.in_country"]
}

# Refusals carry the role "refusal" and grounds "ground", whatever the outcome: a refused
# request still says what its allowed parts rest on, without counting them as refusals.
test_decision_reasons_carry_their_role if {
	d := decide(given({"destination": destination("US")}))
	not d.allow
	[[r.code, r.role] | some r in d.reasons] == [["cross_border.not_adequate", "refusal"], ["lawful_basis.contract", "ground"]]
}

test_decision_an_allowed_decision_has_only_grounds if {
	d := decide(base)
	d.allow
	every r in d.reasons {
		r.role == "ground"
	}
}

test_decision_the_catalogue_gives_each_code_the_role_of_its_rule_set if {
	d := decide(given({
		"purpose": "unknown",
		"destination": destination("US"),
		"subject": subject({}, ["unknown"]),
		"data": found({"PERSON": 1, "MA_CIN": 1}, ["HEALTH"]),
	}))
	count(d.reasons) >= 3
	every r in d.reasons {
		data.cndp.messages[r.code].role == r.role
	}
}

# The input of the first contract (DESIGN.md), without the fields added since.
decide_first_contract(inp) := d if {
	d := cndp.decision with input.subject as inp.subject
		with input.purpose as inp.purpose
		with input.destination as inp.destination
		with input.data as inp.data
		with input.transfer as inp.transfer
}

test_decision_optional_fields_may_be_absent if {
	d := decide_first_contract(given({
		"destination": {"route": "llm", "country": "MA", "provider": "p", "kind": "chat"},
		"transfer": {"explicit_consent": false, "cndp_authorization": null},
	}))
	d.allow
}

test_decision_denials_come_before_grounds_each_sorted_by_code if {
	d := decide(given({
		"purpose": "unknown",
		"subject": subject({}, ["unknown"]),
	}))
	codes(d) == ["opt_out.honoured", "purpose.undeclared", "residency.in_country"]
}

test_decision_every_reason_cites_an_article_of_law_09_08 if {
	d := decide(given({
		"purpose": "unknown",
		"destination": destination("US"),
		"data": found({"PERSON": 1}, ["HEALTH"]),
	}))
	count(d.reasons) >= 2
	every r in d.reasons {
		startswith(r.message, "art. ")
		contains(r.message, "law 09-08")
	}
}
