# Sensitive data (art. 1 §3: racial or ethnic origin, political opinions, religious or
# philosophical beliefs, union membership, health including genetic data). Processing them
# needs an authorization (art. 12-1-a, art. 21 §1) granted on the data subject's express
# consent (art. 21 §2), and the purpose must be declared for each category. Art. 22: a
# purpose that is solely preventive medicine, diagnosis or care by practitioners bound by
# secrecy needs only the declaration, for health (and medical genetic, art. 12-1-c) data.
package cndp

import rego.v1

has_sensitive if count(input.data.sensitive) > 0

_medical_categories := ["HEALTH", "GENETIC"]

health_care_exception if {
	has_sensitive
	purpose.sensitive.health_care == true
	every category in input.data.sensitive {
		category in _medical_categories
	}
}

# A recorded "granted" for this very purpose is an express act of the subject (an opt-in
# through the portal or the host application), as opposed to a basis the controller invokes.
_express_consent if consent_state == "granted"

_sensitive_authorization := _text(purpose.sensitive.authorization)

_undeclared_sensitive contains category if {
	some category in input.data.sensitive
	not _needed[category]
}

deny contains "sensitive.not_declared" if {
	purpose
	count(_undeclared_sensitive) > 0
}

deny contains "sensitive.no_express_consent" if {
	purpose
	has_sensitive
	not health_care_exception
	not _express_consent
}

deny contains "sensitive.no_authorization" if {
	purpose
	has_sensitive
	not health_care_exception
	not _sensitive_authorization
}

grounds contains "sensitive.authorized" if {
	has_sensitive
	not health_care_exception
	_express_consent
	_sensitive_authorization
	count(_undeclared_sensitive) == 0
}

grounds contains "sensitive.health_care" if {
	health_care_exception
	count(_undeclared_sensitive) == 0
}
