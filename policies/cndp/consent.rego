# Lawful basis (art. 4) and the data subject's consent state. Each purpose names its basis
# in data.cndp.purposes; only a consent-based purpose needs a granted consent, but a
# withdrawn consent stops every purpose except one the law imposes (art. 9: the objection
# does not apply to a legal obligation).
package cndp

import rego.v1

lawful_basis := purpose.lawful_basis

# "granted" | "withdrawn" | "never_asked" (the consent ledger's states).
consent_state := object.get(input.subject.consents, input.purpose, "never_asked")

# Arrays, not sets, for these constants: rego-cpp builds a set literal anew on every query,
# at several times the cost of an array.
lawful_bases := ["consent", "legal_obligation", "contract", "vital_interest", "public_interest", "legitimate_interest"]

deny contains "lawful_basis.no_consent" if _no_consent

_no_consent if {
	lawful_basis == "consent"
	consent_state != "granted"
	consent_state != "withdrawn"
}

deny contains "lawful_basis.unknown" if {
	purpose
	not lawful_basis in lawful_bases
}

deny contains "consent.withdrawn" if _withdrawn

_withdrawn if {
	consent_state == "withdrawn"
	not lawful_basis == "legal_obligation"
}

grounds contains concat(".", ["lawful_basis", lawful_basis]) if {
	lawful_basis in lawful_bases
	not _no_consent
	not _withdrawn
}
