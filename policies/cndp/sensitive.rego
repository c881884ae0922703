# Sensitive data (art. 1 §3: health, religion, political opinion, union membership, ethnic
# origin...) need the data subject's express consent, and the purpose must be declared
# for them (art. 21; processing them otherwise is the art. 57 offence).
package cndp

import rego.v1

has_sensitive if count(input.data.sensitive) > 0

sensitive_permitted if {
	input.subject.consents[input.purpose] == "granted"
	purpose.sensitive_allowed == true
}

deny contains reason(
	"sensitive.no_express_consent",
	"art. 21 law 09-08: sensitive data need the data subject's express consent for a purpose declared for sensitive data; refusing",
) if {
	has_sensitive
	not sensitive_permitted
}

grounds contains reason(
	"sensitive.express_consent",
	"art. 21 law 09-08: sensitive data processed on the data subject's express consent, for a purpose declared for sensitive data",
) if {
	has_sensitive
	sensitive_permitted
}
