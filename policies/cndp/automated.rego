# Automated individual decisions (art. 11): no decision with legal effects may rest solely
# on automated processing that profiles the person, except in a contract where they could
# present their observations, or when it grants their request. Such requests are flagged
# (the `automated_decision` obligation) whatever the outcome.
package cndp

import rego.v1

automated_legal_decision if {
	input.decision.automated == true
	input.decision.legal_effect == true
}

_human_review if input.decision.human_review == true

_decision_exceptions := ["contract_with_observations", "grants_request"]

_declared_exception if purpose.automated_decisions.exception in _decision_exceptions

deny contains "automated_decision.legal_effect" if {
	automated_legal_decision
	not _human_review
	not _declared_exception
}

grounds contains "automated_decision.human_review" if {
	automated_legal_decision
	_human_review
}

grounds contains "automated_decision.exception" if {
	automated_legal_decision
	not _human_review
	_declared_exception
}
