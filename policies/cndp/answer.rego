# Answers are guarded too (art. 3-1-c, art. 23): personal data the model produced itself
# (from its training data, a retrieval over other people's records, a tool result) is
# minimized before it reaches the caller; the caller's own values, sent as pseudonyms,
# are restored and are not this rule's business. The actions are decided with the
# request, per purpose and route, so a streamed answer is not held for a second policy
# evaluation: the defaults of data.cndp.answers, a route's own actions over them, and the
# types the purpose keeps (purposes.json `answer_keep`) over both.
package cndp

import rego.v1

answer_actions := object.union(object.union(data.cndp.answers.defaults, _answer_route), _answer_keep)

_answer_route := object.get(data.cndp.answers.routes, [object.get(input, ["destination", "route"], "")], {})

_answer_keep := {t: "keep" | some t in object.get(object.get(data.cndp.purposes, [object.get(input, "purpose", "")], {}), "answer_keep", [])}
