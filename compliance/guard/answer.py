"""Step 9: answers are guarded too, and the caller's own values are put back.

Personal data the model produced itself (from its training data, from a retrieval
over other people's records, from a tool result) is found with the same detector
and minimized with the actions the policy decided for answers
(``policies/cndp/answer.rego``). The caller's own values reach the answer only as
this request's pseudonyms: the scan runs on the answer as the model wrote it,
tokens in place, skips the tokens and whatever the caller sent themselves, and the
tokens are restored afterwards. A value the model produced gets a pseudonym of its
own, which is never restored. Lines the model copied from the minimized body that
was sent (a quoted prompt, an echo) carry nothing the upstream was not given and
are not analyzed again; every other line is.

Texts of an answer are the strings under :data:`TEXT_KEYS` (message contents,
text parts, refusals, tool-call arguments, completions' text, Responses API
output items), so fields an upstream adds beside them are found too. Tool-call
``arguments`` are JSON inside a string: values go back JSON-escaped. Names
(function names) were sent in their name-safe form (``PERSON_3f9a…``, see
``adapters.name_safe``) and are restored from it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import orjson

from compliance.core.errors import AnswerHoldsFile, AnswerTooLarge, DetectionBudgetExceeded
from compliance.detect.types import SENSITIVE_ENTITIES, Span
from compliance.guard.adapters import number_view, rename_key
from compliance.guard.images import holds_file
from compliance.minimize import TOKEN_RE, Minimizer, PseudonymMap, restore
from compliance.policy.types import Decision

__all__ = [
    "STRUCTURAL_KEYS",
    "TEXT_KEYS",
    "AnswerScanner",
    "name_reverse",
    "restore_document",
    "scan_answer",
]

TEXT_KEYS = frozenset({"content", "text", "refusal", "arguments", "output_text", "delta"})

_COPIED_MIN = 16  # characters of a line that counts as copied from the sent body
_NAME_TOKEN = re.compile(r"[A-Z][A-Z0-9_]*_[0-9a-f]{12,16}")

Detect = Callable[[Sequence[str]], Awaitable[list[list[Span]]]]


def name_reverse(reverse: Mapping[str, str]) -> dict[str, str]:
    """Name-safe token → value, for the tokens of ``reverse``."""
    return {token[1:-1]: value for token, value in reverse.items()}


def _restore_name(text: str, names: Mapping[str, str]) -> str:
    return _NAME_TOKEN.sub(lambda m: names.get(m.group(0), m.group(0)), text)


def restore_document(node: Any, reverse: Mapping[str, str], key: str | None = None) -> Any:
    """``node`` with this request's tokens replaced by the caller's values, in place."""
    if not reverse:
        return node
    if isinstance(node, dict):
        for k, value in node.items():
            node[k] = restore_document(value, reverse, k)
        return node
    if isinstance(node, list):
        for index, value in enumerate(node):
            node[index] = restore_document(value, reverse, key)
        return node
    if isinstance(node, str):
        if key == "name":
            return _restore_name(node, name_reverse(reverse))
        return restore(node, reverse, json_escaped=key == "arguments")
    return node


# Values of these keys are ids, model names and enums, not prose: scanned for the
# fixed-shape identifiers only (a model named "Helsinki-NLP/…" is not a place).
STRUCTURAL_KEYS = frozenset(
    {
        "id",
        "object",
        "model",
        "system_fingerprint",
        "role",
        "finish_reason",
        "type",
        "status",
        "service_tier",
        "call_id",
        "tool_call_id",
        "item_id",
        "response_id",
        "encoding_format",
    }
)


def _walk(
    node: Any,
    path: tuple[Any, ...],
    texts: list[tuple[Any, ...]],
    structural: list[tuple[Any, ...]],
    numbers: list[tuple[Any, ...]] | None,
    keys: list[tuple[Any, ...]] | None,
) -> None:
    """Sort the paths of ``node``'s strings (and numbers, keys) by how they are scanned."""
    if isinstance(node, dict):
        for key, value in node.items():
            here = (*path, key)
            if keys is not None:
                keys.append(here)
            if isinstance(value, str):
                (structural if key in STRUCTURAL_KEYS and key not in TEXT_KEYS else texts).append(
                    here
                )
            else:
                _walk(value, here, texts, structural, numbers, keys)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            here = (*path, index)
            if isinstance(value, str):
                texts.append(here)
            else:
                _walk(value, here, texts, structural, numbers, keys)
    elif numbers is not None and isinstance(node, int | float) and not isinstance(node, bool):
        numbers.append(path)


def _number_text(value: Any) -> str:
    return repr(value) if isinstance(value, float) else str(value)


@dataclass
class AnswerScanner:
    """Finds and minimizes personal data in one request's answer (whole or streamed).

    Attributes:
        detect: The guard's detection (in a thread, fail closed).
        decision: The request's decision; its ``answer_actions`` apply.
        key: The request's pseudonym key (subject and application).
        reverse: This request's tokens → the caller's values, restored after the scan.
        own: The request's texts: a value the caller sent is theirs to see.
        found: Entity types minimized in the answer so far, with counts.
    """

    detect: Detect
    decision: Decision
    key: bytes
    reverse: Mapping[str, str]
    own: str
    minimizer: Minimizer
    sent: bytes = b""  # the minimized body that left: text copied from it is no news
    identify: Detect | None = None  # fixed-shape identifiers only (structural values)
    found: Counter[str] = field(default_factory=Counter)

    def __post_init__(self) -> None:
        self._actions = replace(self.decision, actions=dict(self.decision.answer_actions))
        self._pseudonyms = PseudonymMap(key=self.key)
        self._own_folded = self.own.casefold()
        # A sensitive category the caller wrote is still acted on in the answer when the
        # answer actions name one: copied lines are then analyzed like any other.
        if any(t in SENSITIVE_ENTITIES for t in self.decision.answer_actions):
            self.sent = b""

    async def spans(self, texts: Sequence[str]) -> list[list[Span]]:
        """Spans of personal data the model produced: not the caller's tokens or values.

        Lines the model copied from what was sent (a quote of the prompt, an echo) hold
        nothing the upstream was not given, after minimization: only the other lines are
        analyzed, each block of them at its offsets.
        """
        blocks = [
            (index, start, end)
            for index, text in enumerate(texts)
            for start, end in self._novel(text)
        ]
        if any(holds_file(texts[i][start:end]) for i, start, end in blocks):
            # An image or a file the model produced is not read here: withheld, never
            # released unread (what the caller sent, copied back, is not novel).
            raise AnswerHoldsFile(
                "the answer holds an image or a file, which answers do not carry through"
                " the sidecar; it is withheld"
            )
        found = (
            await self._read(self.detect, [texts[i][start:end] for i, start, end in blocks])
            if blocks
            else []
        )
        spans: list[list[Span]] = [[] for _ in texts]
        for (index, start, _), block_spans in zip(blocks, found, strict=True):
            spans[index].extend(
                Span(s.entity_type, s.start + start, s.end + start, s.score) for s in block_spans
            )
        return [
            self._foreign(text, text_spans) for text, text_spans in zip(texts, spans, strict=True)
        ]

    def _novel(self, text: str) -> list[tuple[int, int]]:
        """The blocks of ``text`` (offsets) made of lines not copied from the sent body.

        A line counts as copied only with 16 characters or more: a short one ("." or
        "06") is in any body, and skipping it would cut a value written around it
        ("0661" / "." / "234567") into blocks analyzed apart.
        """
        if not self.sent:
            return [(0, len(text))] if text.strip() else []
        if self._copied(text.strip()):
            return []
        blocks: list[tuple[int, int]] = []
        position = 0
        for line in text.splitlines(keepends=True):
            start, position = position, position + len(line)
            if self._copied(line.strip()):
                continue
            if blocks and blocks[-1][1] == start:
                blocks[-1] = (blocks[-1][0], position)  # the previous line was novel too
            else:
                blocks.append((start, position))
        return [(start, end) for start, end in blocks if text[start:end].strip()]

    def _copied(self, content: str) -> bool:
        return len(content) >= _COPIED_MIN and _escaped(content) in self.sent

    def _foreign(self, text: str, spans: Sequence[Span]) -> list[Span]:
        tokens = [m.span() for m in TOKEN_RE.finditer(text)] if "<" in text else []
        kept = []
        for span in spans:
            if any(start < span.end and span.start < end for start, end in tokens):
                continue  # one of this request's pseudonyms (or one the model made up)
            value = text[span.start : span.end]
            if span.entity_type not in SENSITIVE_ENTITIES and value.casefold() in self._own_folded:
                continue  # the caller's own value, sent in clear: theirs to see
            kept.append(span)
        return kept

    def minimize(self, text: str, spans: Sequence[Span], *, json_escaped: bool = False) -> str:
        """``text`` minimized per the answer actions, then the caller's tokens restored."""
        if spans:
            self.found.update(
                s.entity_type
                for s in spans
                if s.entity_type not in SENSITIVE_ENTITIES
                or s.entity_type in self.decision.answer_actions
            )
            [text] = self.minimizer.minimize(
                [text],
                [spans],
                decision=self._actions,
                pseudonyms=self._pseudonyms,
                hash_key=self.key,
            )
        return restore(text, self.reverse, json_escaped=json_escaped)

    async def document(
        self,
        answer: Any,
        *,
        keys_and_numbers: bool = False,
        skip: frozenset[tuple[Any, ...]] = frozenset(),
    ) -> Any:
        """A whole answer, every string scanned and minimized, tokens restored, in place.

        Deny by default, as for requests: every string of the answer is scanned, at any
        depth (a ``reasoning_content``, an annotation, an unknown field); the values of
        the structural keys (:data:`STRUCTURAL_KEYS`: ids, model names, enums) for the
        fixed-shape identifiers only, so a model's name is not read as a place.

        Args:
            answer: The decoded JSON answer.
            keys_and_numbers: Also scan object keys and numbers (generic JSON routes):
                a key holding personal data is renamed, a number replaced by its text.
            skip: Paths already scanned (a stream's held texts).
        """
        if isinstance(answer, str):
            # The whole answer is one string: scanned and replaced itself.
            [spans] = await self.spans([answer])
            return self.minimize(answer, spans)  # tokens restored too
        texts: list[tuple[Any, ...]] = []
        structural: list[tuple[Any, ...]] = []
        numbers: list[tuple[Any, ...]] = []
        keys: list[tuple[Any, ...]] = []
        _walk(
            answer,
            (),
            texts,
            structural,
            numbers if keys_and_numbers else None,
            keys if keys_and_numbers else None,
        )
        texts = [p for p in texts if p not in skip]
        full = [_get(answer, path) for path in texts]
        short = [_get(answer, path) for path in structural]
        views = [number_view(_number_text(_get(answer, path))) for path in numbers]
        names = [str(path[-1]) for path in keys]
        found = await self.spans([*full, *views, *names]) if full or views or names else []
        ids = await self.identifier_spans(short) if short else []
        for path, text, spans in zip(texts, full, found[: len(full)], strict=True):
            _set(answer, path, self.minimize(text, spans, json_escaped=path[-1] == "arguments"))
        for path, text, spans in zip(structural, short, ids, strict=True):
            if spans:
                _set(answer, path, self.minimize(text, spans))
        rest = found[len(full) :]
        for path, spans in zip(numbers, rest[: len(numbers)], strict=True):
            if spans:
                text = _number_text(_get(answer, path))
                whole = [Span(spans[0].entity_type, 0, len(text), spans[0].score)]
                _set(answer, path, self.minimize(text, whole))
        # Keys last, deepest first, so the paths of the others stay valid.
        renamed = sorted(
            zip(keys, names, rest[len(numbers) :], strict=True), key=lambda k: -len(k[0])
        )
        for path, name, spans in renamed:
            if spans:
                rename_key(_get(answer, path[:-1]), name, self.minimize(name, spans))
        return restore_document(answer, self.reverse)

    async def identifier_spans(self, texts: Sequence[str]) -> list[list[Span]]:
        """Spans of fixed-shape identifiers in ``texts`` (structural values: ids, names)."""
        found = await self._read(self.identify or self.detect, texts)
        return [self._foreign(text, spans) for text, spans in zip(texts, found, strict=True)]

    @staticmethod
    async def _read(detect: Detect, texts: Sequence[str]) -> list[list[Span]]:
        """``detect(texts)``; past the detection budget the answer is too large (503)."""
        try:
            return await detect(texts)
        except DetectionBudgetExceeded:
            raise AnswerTooLarge(
                "the answer holds more text than one scan may read"
                " (detection.max_request_chars); it is withheld"
            ) from None

    @property
    def actions(self) -> dict[str, str]:
        return {t: self.decision.answer_action_for(t) for t in sorted(self.found)}


async def scan_answer(content: bytes, scanner: AnswerScanner, *, keys_and_numbers: bool) -> bytes:
    """A whole answer as it may reach the caller: scanned, minimized, tokens restored.

    JSON answers are scanned in every string (and, for generic JSON routes, every key
    and number); anything else is scanned as one text.
    """
    if not content:
        return content
    try:
        answer = orjson.loads(content)
    except orjson.JSONDecodeError:
        text = content.decode("utf-8", "replace")
        [spans] = await scanner.spans([text])
        return scanner.minimize(text, spans).encode()
    return orjson.dumps(await scanner.document(answer, keys_and_numbers=keys_and_numbers))


def _escaped(text: str) -> bytes:
    """``text`` as it reads inside a JSON string of the sent body (orjson's escaping)."""
    return orjson.dumps(text)[1:-1]


def _get(node: Any, path: tuple[Any, ...]) -> Any:
    for part in path:
        node = node[part]
    return node


def _set(node: Any, path: tuple[Any, ...], value: Any) -> None:
    _get(node, path[:-1])[path[-1]] = value
