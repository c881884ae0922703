"""The register as one self-contained HTML page: inline CSS and SVG, no script, no network.

Rendered from the JSON document alone (``build_register``), so the page and the
JSON can never disagree. Every value is escaped.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from html import escape
from typing import Any

from compliance.register.charts import PALETTE, hbar, weekly_stacked
from compliance.register.i18n import TEXT

_STYLE = """
body{font-family:system-ui,sans-serif;max-width:980px;margin:2rem auto;padding:0 1rem;
color:#1b1b1b;line-height:1.45}
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ddd}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:.9rem}
th,td{border:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f4f4f4}.todo{color:#a40000;font-style:italic}.muted{color:#666}
code{font-size:.85em;word-break:break-all}figure{margin:1rem 0}
@media print{h2{break-after:avoid}figure,table{break-inside:avoid}}
"""


class _Page:
    def __init__(self, lang: str) -> None:
        self.t = TEXT[lang]
        self.parts: list[str] = []

    def add(self, markup: str) -> None:
        self.parts.append(markup)

    def text(self, value: Any) -> str:
        """An escaped value, or the visible "to be completed" marker."""
        if value is None or value == "" or value == []:
            return f'<span class="todo">{escape(self.t["to_complete"])}</span>'
        return escape(str(value))

    def h2(self, key: str) -> None:
        self.add(f"<h2>{escape(self.t[key])}</h2>")

    def table(self, headers: Sequence[str], rows: Iterable[Sequence[str]]) -> None:
        """``rows`` hold markup already escaped (cells built with ``text``)."""
        head = "".join(f"<th>{escape(self.t[h])}</th>" for h in headers)
        body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
        if not body:
            colspan = len(headers)
            body = f'<tr><td colspan="{colspan}" class="muted">{escape(self.t["none"])}</td></tr>'
        self.add(f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")

    def figure(self, svg: str) -> None:
        self.add(f"<figure>{svg}</figure>")


def _counts(values: Mapping[str, int]) -> str:
    return ", ".join(f"{escape(k)}&nbsp;{v}" for k, v in values.items()) or "—"


def render_html(register: Mapping[str, Any], *, lang: str) -> str:
    """The register document as an HTML page in ``lang`` (``fr`` or ``en``)."""
    page = _Page(lang)
    t = page.t
    period = register.get("period") or {}
    since, until = period.get("since"), period.get("until")
    span = f"{since or '…'} → {until or '…'}" if since or until else t["all_time"]
    page.add(
        f"<h1>{escape(t['title'])}</h1><p>{escape(t['intro'])}</p>"
        f'<p class="muted">{escape(t["generated"])} {escape(register["generated_at"])} —'
        f" {escape(t['period'])} : {escape(span)}</p>"
    )

    controller = register.get("controller") or {}
    page.h2("controller")
    page.table(
        ["name", "address", "representative", "contact"],
        [[page.text(controller.get(k)) for k in ("name", "address", "representative", "contact")]],
    )

    processing = register.get("processing") or {}
    page.h2("processing")
    page.add(
        f"<p><strong>{page.text(processing.get('name'))}</strong> —"
        f" {page.text(processing.get('description'))}</p>"
    )
    rows = []
    for purpose in register["purposes"]:
        cndp = purpose.get("cndp") or {}
        refs = ", ".join(
            f"{escape(t[k])} {escape(str(cndp[k]))}"
            for k in ("declaration", "authorization")
            if cndp.get(k)
        )
        observed = purpose["observed"]
        name = escape(purpose["purpose"])
        if not purpose["declared"]:
            name += f' <span class="todo">({escape(t["undeclared_purpose"])})</span>'
        rows.append(
            [
                name,
                page.text(purpose.get("description")),
                page.text(purpose.get("lawful_basis")),
                refs or page.text(None),
                f"{observed['requests']} / {observed['allowed']}",
                escape(", ".join(purpose["seen_but_not_declared"])) or "—",
            ]
        )
    page.table(
        ["purpose", "description", "lawful_basis", "cndp_refs", "requests", "not_declared"], rows
    )

    page.h2("subjects")
    subjects = register.get("data_subjects") or []
    page.add(f"<p>{escape(t['subject_categories'])} : {page.text(', '.join(subjects) or None)}</p>")
    page.table(
        ["category", "sensitive", "detected", "treatment", "purposes"],
        [
            [
                f"<code>{escape(c['type'])}</code>",
                escape(t["yes"] if c["sensitive"] else t["no"]),
                str(c["detected"]),
                _counts(c["treatment"]),
                escape(", ".join(c["purposes"])),
            ]
            for c in register["data_categories"]
        ],
    )
    page.figure(
        weekly_stacked(
            register["charts"]["entities_per_week"],
            title=t["entities_per_week"],
            empty=t["no_data"],
            other=t["other"],
        )
    )

    page.h2("recipients")
    gone = f' <span class="muted">({escape(t["not_configured"])})</span>'
    page.table(
        ["route", "provider", "country", "host", "kind", "purposes", "allowed", "denied"],
        [
            [
                escape(r["route"]) + ("" if r["configured"] else gone),
                page.text(r.get("provider")),
                page.text(r.get("country")),
                page.text(r.get("host")),
                page.text(r.get("kind")),
                _counts(r["purposes"]),
                str(r["allowed"]),
                str(r["denied"]),
            ]
            for r in register["recipients"]
        ],
    )

    page.h2("transfers")
    rows = []
    for transfer in register["transfers"]:
        bases = "<br>".join(
            f"{escape(b['article'])} — {escape(b[lang])} ({b['decisions']})"
            for b in transfer["legal_bases"]
        )
        if not transfer["transfer"]:
            status = escape(t["in_morocco"])
        else:
            status = escape(t["yes"] if transfer["adequate"] else t["no"])
        rows.append(
            [
                escape(transfer["country"]),
                status,
                escape(", ".join(transfer["routes"])),
                str(transfer["requests_with_personal_data"]),
                bases or "—",
                escape(", ".join(transfer["references"])) or "—",
            ]
        )
    page.table(
        ["country", "adequate", "route", "with_personal_data", "legal_basis", "references"], rows
    )
    if register.get("adequacy_source"):
        page.add(
            f'<p class="muted">{escape(t["adequacy_source"])} :'
            f" {escape(register['adequacy_source'])}</p>"
        )
    page.figure(
        hbar(
            register["charts"]["transfers_by_country"],
            title=t["transfers_by_country"],
            empty=t["no_data"],
            colour=PALETTE[2],
        )
    )

    retention = register["retention"]
    page.h2("retention")
    page.table(
        ["purpose", "days"],
        [
            [escape(name), page.text(days)]
            for name, days in [
                *retention["purposes"].items(),
                (t["audit_retention"], retention.get("audit_trail_days")),
            ]
        ],
    )
    page.add(f'<p class="muted">{escape(t["retention_note"])}</p>')

    page.h2("rights")
    page.add(f"<p>{page.text(register.get('rights_service'))}</p>")

    page.h2("security")
    measures = "".join(f"<li>{escape(m[lang])}</li>" for m in register["security_measures"])
    page.add(f"<ul>{measures}</ul>")

    page.h2("interconnections")
    links = register.get("interconnections") or []
    page.add(f"<p>{page.text(', '.join(links) or None)}</p>")

    decisions = register["decisions"]
    page.h2("decisions")
    page.add(
        f"<p>{escape(t['total'])} {decisions['total']} — {escape(t['allowed'])}"
        f" {decisions['allowed']} — {escape(t['denied'])} {decisions['denied']}</p>"
    )
    page.figure(
        hbar(
            register["charts"]["denials_by_reason"],
            title=t["denials_by_reason"],
            empty=t["no_data"],
            colour=PALETTE[3],
        )
    )
    page.table(
        ["code", "count", "meaning"],
        [
            [f"<code>{escape(d['code'])}</code>", str(d["count"]), escape(d.get("message") or "")]
            for d in decisions["denials_by_reason"]
        ],
    )
    page.add(f"<h3>{escape(t['policy_versions'])}</h3>")
    page.table(
        ["version", "requests", "first_seen", "last_seen"],
        [
            [
                f"<code>{escape(v['version'])}</code>",
                str(v["decisions"]),
                escape(v["first_seen"]),
                escape(v["last_seen"]),
            ]
            for v in register["policy_versions"]
        ],
    )

    trail = register["audit_trail"]
    last = trail.get("last_checkpoint") or {}
    page.h2("audit_trail")
    page.table(
        ["records", "checkpoints", "last_checkpoint", "keys"],
        [
            [
                str(trail["records"]),
                str(trail["checkpoints"]),
                escape(
                    f"{last.get('tree_size')} @ {last.get('time')} ({last.get('key_id')})"
                    if last
                    else "—"
                ),
                escape(", ".join(trail["signing_keys"])) or "—",
            ]
        ],
    )
    body = "".join(page.parts)
    return (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(t['title'])}</title><style>{_STYLE}</style></head>"
        f"<body>{body}</body></html>\n"
    )
