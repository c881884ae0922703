# The shape of the policy input (DESIGN.md, "Policy input and decision"). A request whose
# input is off this shape is refused with input.invalid (decision.rego): a missing field
# must never read as "nothing to object to".
#
# `_valid_input` is on every request's path, so it is one rule body with object.get paths
# (a rule per field costs several times more in rego-cpp). `input_problems` says which
# field is missing or of the wrong type and what it should hold; the entrypoint does not
# read it, so it costs nothing per request: `cndp-guard policy eval` and the tests ask for
# it. `_input_fields` lists the same fields as `_valid_input`; a test keeps them in step.
package cndp

import rego.v1

_valid_input if {
	is_object(input.subject.consents)
	is_array(input.subject.opt_outs)
	is_string(input.purpose)
	is_string(input.destination.country)
	is_object(input.data.entities)
	is_array(input.data.sensitive)
	is_boolean(input.transfer.explicit_consent)

	# Fields added after the first contract are optional (older callers omit them), but
	# when present they must have their type: a typo must not silently drop a safeguard.
	type_name(object.get(input, ["destination", "hosting_country"], null)) in _nullable_string
	type_name(object.get(input, ["destination", "rerouted_from"], null)) in _nullable_string
	type_name(object.get(input, ["transfer", "derogation"], null)) in _nullable_string
	type_name(object.get(input, ["transfer", "evidence"], null)) in _nullable_string
	type_name(object.get(input, ["processing", "original_purpose"], null)) in _nullable_string
	is_array(object.get(input, ["processing", "kinds"], []))
	is_boolean(object.get(input, ["decision", "automated"], false))
	is_boolean(object.get(input, ["decision", "legal_effect"], false))
	is_boolean(object.get(input, ["decision", "human_review"], false))
	is_object(object.get(input, ["data", "images"], {}))
	is_number(object.get(input, ["data", "images", "count"], 0))
	is_object(object.get(input, ["data", "images", "entities"], {}))
}

_nullable_string := ["string", "null"]

# Every field `_valid_input` checks: its path, the JSON types it may have, whether it may
# be absent, and what it holds (for the person who wrote the input).
_input_fields := [
	{"path": ["subject", "consents"], "types": ["object"], "optional": false, "expected": "an object: purpose -> \"granted\", \"withdrawn\" or \"never_asked\", e.g. {\"assistant\": \"granted\"} ({} when nothing is recorded)"},
	{"path": ["subject", "opt_outs"], "types": ["array"], "optional": false, "expected": "a list of what the subject objected to (marketing, personalization, profiling or a purpose), e.g. [\"marketing\"] ([] when nothing)"},
	{"path": ["purpose"], "types": ["string"], "optional": false, "expected": "a string: the purpose of the request, e.g. \"assistant\""},
	{"path": ["destination", "country"], "types": ["string"], "optional": false, "expected": "a string: the ISO 3166-1 alpha-2 code of the country where the upstream runs, e.g. \"MA\""},
	{"path": ["data", "entities"], "types": ["object"], "optional": false, "expected": "an object: entity type -> number of values found, e.g. {\"PERSON\": 2} ({} when none)"},
	{"path": ["data", "sensitive"], "types": ["array"], "optional": false, "expected": "a list of the sensitive categories found, e.g. [\"HEALTH\"] ([] when none)"},
	{"path": ["transfer", "explicit_consent"], "types": ["boolean"], "optional": false, "expected": "true or false: the subject expressly consented to a transfer abroad (art. 44)"},
	{"path": ["destination", "hosting_country"], "types": _nullable_string, "optional": true, "expected": "null, or a string: the ISO 3166-1 alpha-2 code of where the upstream stores data, when not where it runs"},
	{"path": ["destination", "rerouted_from"], "types": _nullable_string, "optional": true, "expected": "null, or a string: the route the request was rerouted from"},
	{"path": ["transfer", "derogation"], "types": _nullable_string, "optional": true, "expected": "null, or a string: an art. 44 derogation, a key of derogations in policies/data/adequacy.json"},
	{"path": ["transfer", "evidence"], "types": _nullable_string, "optional": true, "expected": "null, or a string: the reference of the derogation's evidence"},
	{"path": ["processing", "original_purpose"], "types": _nullable_string, "optional": true, "expected": "null, or a string: the purpose the data were collected for, when it is another one"},
	{"path": ["processing", "kinds"], "types": ["array"], "optional": true, "expected": "a list of the kinds of processing the route declares (marketing, personalization, profiling), e.g. [\"profiling\"] ([] when none)"},
	{"path": ["decision", "automated"], "types": ["boolean"], "optional": true, "expected": "true or false: the answer feeds a decision taken without a person (art. 11)"},
	{"path": ["decision", "legal_effect"], "types": ["boolean"], "optional": true, "expected": "true or false: that decision has legal effects on the person"},
	{"path": ["decision", "human_review"], "types": ["boolean"], "optional": true, "expected": "true or false: a person reviews that decision first"},
	{"path": ["data", "images"], "types": ["object"], "optional": true, "expected": "an object: the image parts, {\"count\": 1, \"entities\": {\"FACE\": 1}} (absent when none)"},
	{"path": ["data", "images", "count"], "types": ["number"], "optional": true, "expected": "a number: how many images the request carries"},
	{"path": ["data", "images", "entities"], "types": ["object"], "optional": true, "expected": "an object: entity type -> number found in the images (FACE, IMAGE_METADATA and the OCR text's types)"},
]

# object.get's default for a field that is absent: no JSON input holds this string.
_absent := "\u0000cndp-guard:absent"

# {"field": "destination.country", "problem": "missing" | "is a <type>", "expected": ...}
input_problems contains {"field": concat(".", field.path), "problem": problem, "expected": field.expected} if {
	some field in _input_fields
	value := object.get(input, field.path, _absent)
	problem := _problem(field, value)
}

_problem(field, value) := "missing" if {
	value == _absent
	field.optional == false
}

_problem(field, value) := concat(" ", ["is a", _json_type(value)]) if {
	value != _absent
	not type_name(value) in field.types
}

# JSON's names for the types, as the person who wrote the input knows them.
_json_type(value) := "list" if is_array(value)

_json_type(value) := "object" if is_object(value)

_json_type(value) := type_name(value) if {
	not is_array(value)
	not is_object(value)
}
