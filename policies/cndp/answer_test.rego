package cndp_test

import rego.v1

import data.cndp

routed(route) := {"route": route, "country": "MA", "provider": "self-hosted", "kind": "chat", "hosting_country": null, "rerouted_from": null}

test_answers_pseudonymize_names_mask_contacts_and_redact_identifiers if {
	actions := decide(given({})).answer_actions
	actions.PERSON == "pseudonymize"
	actions.PHONE_NUMBER == "mask"
	actions.EMAIL_ADDRESS == "mask"
	actions.MA_CIN == "redact"
	actions.IBAN_CODE == "redact"
	actions["default"] == "redact"
}

test_answers_a_purpose_keeps_what_it_declares if {
	keeping := object.union(data.cndp.purposes.assistant, {"answer_keep": ["PHONE_NUMBER"]})
	actions := decide(given({})).answer_actions with data.cndp.purposes.assistant as keeping
	actions.PHONE_NUMBER == "keep"
	actions.PERSON == "pseudonymize"
}

test_answers_a_route_sets_its_own_actions if {
	actions := decide(given({"destination": routed("rag")})).answer_actions with data.cndp.answers.routes as {"rag": {"PERSON": "redact"}}
	actions.PERSON == "redact"
	other := decide(given({"destination": routed("llm")})).answer_actions with data.cndp.answers.routes as {"rag": {"PERSON": "redact"}}
	other.PERSON == "pseudonymize"
}

test_answers_an_undeclared_purpose_gets_the_defaults if {
	actions := decide(given({"purpose": "nothing-declared"})).answer_actions
	actions.PERSON == "pseudonymize"
	actions.MA_CIN == "redact"
}
