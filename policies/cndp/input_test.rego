package cndp_test

import rego.v1

import data.cndp

test_input_missing_fields_are_denied if {
	d := cndp.decision with input.purpose as "assistant"
	not d.allow
	"input.invalid" in codes(d)
}

test_input_of_a_wrong_type_is_denied if {
	d := decide(given({"data": {"entities": ["PERSON"], "sensitive": []}}))
	not d.allow
	"input.invalid" in codes(d)
}

test_input_optional_field_of_the_wrong_type_is_denied if {
	d := decide(given({"decision": {"automated": "yes", "legal_effect": false, "human_review": false}}))
	not d.allow
	"input.invalid" in codes(d)
}

# Nothing else is concluded from an input off contract: no residency.in_country without
# a destination, no lawful basis without a valid request.
test_input_off_contract_gives_input_invalid_alone if {
	d := decide(given({"destination": {"route": "llm", "provider": "p", "kind": "chat"}}))
	not d.allow
	d.reasons == [{"code": "input.invalid", "role": "refusal", "message": data.cndp.messages["input.invalid"].message}]
}

# input_problems for a whole input document (key by key, as decide() does).
problems(inp) := p if {
	p := cndp.input_problems with input.subject as inp.subject
		with input.purpose as inp.purpose
		with input.destination as inp.destination
		with input.data as inp.data
		with input.transfer as inp.transfer
		with input.processing as inp.processing
		with input.decision as inp.decision
}

test_input_problems_name_the_missing_field_and_its_shape if {
	found := problems(given({"destination": {"route": "llm"}, "data": {"entities": ["PERSON"], "sensitive": []}}))
	{p.field | some p in found} == {"destination.country", "data.entities"}
	some missing in found
	missing.field == "destination.country"
	missing.problem == "missing"
	contains(missing.expected, "ISO 3166-1 alpha-2")
	some wrong in found
	wrong.field == "data.entities"
	wrong.problem == "is a list"
}

test_input_valid_has_no_problems if {
	count(problems(base)) == 0
}
