package cndp_test

import rego.v1

test_residency_restricted_category_stays_in_morocco if {
	d := decide(given({
		"subject": subject({"assistant": "granted"}, []),
		"destination": destination("FR"),
		"data": found({"PERSON": 1}, ["HEALTH"]),
	}))
	not d.allow
	codes(d)[0] == "residency.restricted"
	d.obligations.reroute == {"because": ["residency.restricted"]}
}

test_residency_redacted_category_does_not_leave if {
	d := decide(given({"destination": destination("FR"), "data": found({"PERSON": 1, "MA_CIN": 1}, [])}))
	d.allow
}

test_residency_categories_come_from_data if {
	d := decide(given({"destination": destination("FR")})) with data.cndp.residency.in_country_only as ["PERSON"]
	codes(d)[0] == "residency.restricted"
}

test_residency_reroute_offered_only_when_the_destination_is_the_only_problem if {
	d := decide(given({"destination": destination("US"), "subject": subject({}, ["assistant"])}))
	not d.allow
	not d.obligations.reroute
}

test_residency_rerouted_request_is_audited if {
	d := decide(given({"destination": {"route": "llm-ma", "country": "MA", "provider": "self-hosted", "kind": "chat", "hosting_country": null, "rerouted_from": "llm-us"}}))
	d.allow
	"residency.rerouted" in codes(d)
	d.obligations.audit.level == "full"
}
