"""Values split across the texts of one request: "06 61 23" in one message, "45 67" in the next.

Each text of a request is analyzed alone (so a chat history is analyzed once,
then cached), which misses a value cut between texts, and a label in one text
for the value in the next ("mon CIN est" | "BE384721"). The texts of one request
are one document to whoever reads them (the model concatenates the messages), so
three more readings are made:

* **the request as one document** (:func:`document`): every text joined by a
  space, read for the fixed-shape identifiers (patterns only, cheap). A value cut
  in any number of pieces over adjacent texts, or named in the text before, is
  found there;
* **the seams read with a space** (:func:`seams`): the end of each text and the
  start of the next, read by the full detector for what only the NER finds
  ("Je suis Karim" | "Benali");
* **the digits at the edges of the texts** (:func:`edge_values`): a phone, card or
  RIB cut into pieces that stand at the ends of texts with anything between them
  (another message, a name, a key: "tel 0661" | "ok" | "234567"). Each run of
  consecutive pieces from two texts or more is checked against the shapes of those
  identifiers and their check digits, in plain code.

A value found across texts is split back into its pieces, one span in each text,
and each piece is minimized where it stands.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from compliance.detect.normalize import Normalized, normalize
from compliance.detect.recognizers.credit_card import card_brand
from compliance.detect.recognizers.ma_ice import luhn_valid
from compliance.detect.recognizers.ma_rib import is_valid_rib
from compliance.detect.types import Span

__all__ = [
    "SEAM_WINDOW",
    "Document",
    "Seam",
    "document",
    "edge_values",
    "merge_document",
    "merge_seams",
    "merge_spans",
    "seams",
]

SEAM_WINDOW = 96  # characters taken on each side of a joint (an IBAN with separators is 42)
_NON_SPACE = re.compile(r"\S*")


@dataclass(frozen=True, slots=True)
class Seam:
    """The joint between texts ``left`` and ``right`` of a request, as one short text."""

    left: int
    right: int
    text: str
    window_start: int  # where the seam's text starts in the left text
    joint: int  # where the left text's part ends in the seam's text
    gap: int  # characters put between the two parts (0 or 1)


def seams(texts: Sequence[str], *, joined: bool = True) -> list[Seam]:
    """The seams between adjacent non-blank texts: read with a space, and joined directly.

    ``joined=False``: only the readings with a space (the document reading finds the
    identifiers a direct join would).
    """
    present = [index for index, text in enumerate(texts) if text.strip()]
    out: list[Seam] = []
    for left, right in itertools.pairwise(present):
        tail = texts[left][-SEAM_WINDOW:]
        head = texts[right][:SEAM_WINDOW]
        start = len(texts[left]) - len(tail)
        if joined:
            out.append(Seam(left, right, tail + head, start, len(tail), 0))
        if not (tail[-1].isspace() or head[0].isspace()):
            out.append(Seam(left, right, tail + " " + head, start, len(tail), 1))
        elif not joined:
            out.append(Seam(left, right, tail + head, start, len(tail), 0))
    return out


@dataclass(frozen=True, slots=True)
class Document:
    """Texts joined by a space: ``starts[i]`` is where text ``i`` begins in ``text``."""

    text: str
    starts: tuple[int, ...]


def document(texts: Sequence[str]) -> Document:
    """The request's texts as one document, each followed by a space."""
    starts: list[int] = []
    position = 0
    for text in texts:
        starts.append(position)
        position += len(text) + 1
    return Document(" ".join(texts), tuple(starts))


def merge_document(
    texts: Sequence[str], spans: Sequence[Sequence[Span]], doc: Document, found: Sequence[Span]
) -> list[list[Span]]:
    """Add to each text's spans the pieces of the document's spans that lie in it."""
    merged = [list(text_spans) for text_spans in spans]
    for span in found:
        for index, (text, start) in enumerate(zip(texts, doc.starts, strict=True)):
            low, high = max(span.start, start), min(span.end, start + len(text))
            if low < high:
                add_span(
                    merged[index], Span(span.entity_type, low - start, high - start, span.score)
                )
    return [sorted(text_spans, key=lambda s: s.start) for text_spans in merged]


# A number written in groups at the start or at the end of a text ("tel 06 61" → "06 61").
_GROUPED = r"[0-9](?:[^\w@+]{0,3}[0-9])*"
_LEADING = re.compile(rf"^[^\w@+]*({_GROUPED})")
_TRAILING = re.compile(rf"({_GROUPED})[^\w@+]*$")
_WHOLE = re.compile(rf"[^\w@+]*{_GROUPED}[^\w@+]*")
_GROUP = re.compile(r"[0-9]+")
_LONGEST = 26  # digits of the longest value looked for, a RIB with an IBAN's check digits


@dataclass(frozen=True, slots=True)
class _Group:
    start: int  # offsets in its text, as written
    end: int
    digits: str


@dataclass(frozen=True, slots=True)
class _Edges:
    """The number groups a text starts with and ends with; ``whole``: it is only a number."""

    lead: tuple[_Group, ...]
    trail: tuple[_Group, ...]
    whole: bool


def _groups(view: Normalized, span: tuple[int, int]) -> tuple[_Group, ...]:
    out = []
    for group in _GROUP.finditer(view.text, *span):
        start, end = view.original_span(*group.span())
        out.append(_Group(start, end, group.group()))
    return tuple(out)


def _edges(text: str) -> _Edges:
    view = normalize(text)
    lead = _LEADING.search(view.text)
    trail = _TRAILING.search(view.text)
    return _Edges(
        _groups(view, lead.span(1)) if lead else (),
        _groups(view, trail.span(1)) if trail else (),
        _WHOLE.fullmatch(view.text) is not None,
    )


def _shape(digits: str) -> str | None:
    """The identifier ``digits`` (no separators) spell, by shape and check digits."""
    if re.fullmatch(r"(?:0|212|00212)[5-8][0-9]{8}", digits):
        return "PHONE_NUMBER"
    if 13 <= len(digits) <= 19 and luhn_valid(digits) and card_brand(digits):
        return "CREDIT_CARD"
    if is_valid_rib(digits) or (len(digits) == 26 and is_valid_rib(digits[2:])):
        return "MA_RIB"
    return None


def merge_spans(
    spans: Sequence[Sequence[Span]], more: Sequence[Sequence[Span]]
) -> list[list[Span]]:
    """Each text's spans with ``more`` of its own, merged where they overlap."""
    merged = [list(text_spans) for text_spans in spans]
    for text_spans, extra in zip(merged, more, strict=True):
        for span in extra:
            add_span(text_spans, span)
    return [sorted(text_spans, key=lambda s: s.start) for text_spans in merged]


def edge_values(texts: Sequence[str]) -> list[list[Span]]:
    """Phones, cards and RIBs made of number pieces at the edges of two texts or more.

    A value cut between texts ends the text its first piece is in, starts the text
    its last piece is in, and fills the texts between (texts without digits, such
    as a reply or a name, may stand between the pieces; a text with other digits
    breaks the chain). Each such run of pieces is checked against the shapes and
    check digits of those identifiers.

    Returns:
        For each text, the spans of its pieces (empty for most requests).
    """
    edges = [_edges(text) for text in texts]
    out: list[list[Span]] = [[] for _ in texts]
    for first, edge in enumerate(edges):
        for cut in range(len(edge.trail)):
            head = edge.trail[cut:]
            _chain(edges, out, first, [(first, head)], "".join(g.digits for g in head))
    return [sorted(text_spans, key=lambda s: s.start) for text_spans in out]


def _chain(
    edges: Sequence[_Edges],
    out: list[list[Span]],
    first: int,
    pieces: list[tuple[int, tuple[_Group, ...]]],
    digits: str,
) -> None:
    """Extend the pieces from text ``first`` over the next texts, reporting each value."""
    for index in range(first + 1, len(edges)):
        edge = edges[index]
        if not edge.lead:
            if edge.trail:
                return  # digits, but not at its start: no piece of this value
            continue  # no digits at its edges: something said between the pieces
        for end in range(1, len(edge.lead) + 1):
            tail = edge.lead[:end]
            value = digits + "".join(g.digits for g in tail)
            if len(value) > _LONGEST:
                break
            entity_type = _shape(value)
            if entity_type is not None:
                for text, groups in [*pieces, (index, tail)]:
                    add_span(out[text], Span(entity_type, groups[0].start, groups[-1].end, 0.6))
        if not edge.whole:
            return
        digits += "".join(g.digits for g in edge.lead)
        if len(digits) > _LONGEST:
            return
        pieces = [*pieces, (index, edge.lead)]


def merge_seams(
    texts: Sequence[str],
    spans: Sequence[Sequence[Span]],
    joints: Sequence[Seam],
    found: Sequence[Sequence[Span]],
) -> list[list[Span]]:
    """Add to each text's spans the pieces of values found across a seam.

    Args:
        texts: The request's texts.
        spans: Their spans, each text analyzed alone.
        joints: Seams of ``texts`` (:func:`seams`).
        found: For each of ``joints``, in order, the spans of its text.

    Returns:
        Each text's spans, non-overlapping and sorted; a piece overlapping a span
        already there is merged with it.
    """
    merged = [list(text_spans) for text_spans in spans]
    for seam, seam_spans in zip(joints, found, strict=True):
        left_text, right_text = texts[seam.left], texts[seam.right]
        right_start = seam.joint + seam.gap
        for span in seam_spans:
            if span.end <= seam.joint:  # within the left text, read with what follows
                start = seam.window_start + span.start
                piece = Span(span.entity_type, start, start + span.end - span.start, span.score)
                add_span(merged[seam.left], piece)
                continue
            if span.start >= right_start:  # within the right text, after what precedes
                piece = Span(
                    span.entity_type, span.start - right_start, span.end - right_start, span.score
                )
                add_span(merged[seam.right], piece)
                continue
            start = seam.window_start + span.start
            if span.start == 0:  # the value may begin before the window
                start = _run_start(left_text, start)
            end = span.end - right_start
            if span.end == len(seam.text):  # and end after it
                end = _NON_SPACE.match(right_text, end).end()  # type: ignore[union-attr]
            add_span(merged[seam.left], Span(span.entity_type, start, len(left_text), span.score))
            add_span(merged[seam.right], Span(span.entity_type, 0, end, span.score))
    return [sorted(text_spans, key=lambda s: s.start) for text_spans in merged]


def _run_start(text: str, index: int) -> int:
    while index > 0 and not text[index - 1].isspace():
        index -= 1
    return index


def add_span(spans: list[Span], piece: Span) -> None:
    """Put ``piece`` among ``spans``, merged with the spans it overlaps."""
    overlapping = [s for s in spans if s.start < piece.end and piece.start < s.end]
    if not overlapping:
        spans.append(piece)
        return
    for span in overlapping:
        spans.remove(span)
    spans.append(
        Span(
            piece.entity_type,
            min(piece.start, *(s.start for s in overlapping)),
            max(piece.end, *(s.end for s in overlapping)),
            max(piece.score, *(s.score for s in overlapping)),
        )
    )
