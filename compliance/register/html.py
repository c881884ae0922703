"""The register as one self-contained HTML page: inline CSS and SVG, no script, no network.

Rendered from the JSON document alone (``build_register``), so the page and the
JSON can never disagree. Every value is escaped. Every word is in the page's language
(``locales/``): labels, reason meanings, purpose descriptions, data categories, lawful
bases, treatments and measures; Arabic pages run right to left, with codes isolated
left to right. A text that exists only in English (a purpose added to the policy data
without its translations) is shown marked as such, never passed off as translated.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from html import escape
from typing import Any

from compliance.register.charts import PALETTE, hbar, weekly_stacked
from compliance.register.i18n import Locale, locale

_STYLE = """
body{font-family:system-ui,sans-serif;max-width:980px;margin:2rem auto;padding:0 1rem;
color:#1b1b1b;line-height:1.45}
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ddd}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:.9rem}
th,td{border:1px solid #ddd;padding:.3rem .5rem;text-align:start;vertical-align:top}
th{background:#f4f4f4}.todo{color:#a40000;font-style:italic}.muted{color:#666}
code{font-size:.85em;word-break:break-all}figure{margin:1rem 0}
@media print{h2{break-after:avoid}figure,table{break-inside:avoid}}
"""

_ARTICLE = re.compile(r"^art\. ")


class _Page:
    def __init__(self, lang: str) -> None:
        self.loc: Locale = locale(lang)
        self.t = self.loc.ui
        self.lang = lang
        self.parts: list[str] = []

    def add(self, markup: str) -> None:
        self.parts.append(markup)

    def text(self, value: Any) -> str:
        """An escaped value, or the visible "to be completed" marker."""
        if value is None or value == "" or value == []:
            return f'<span class="todo">{escape(self.t["to_complete"])}</span>'
        return escape(str(value))

    def code(self, value: Any) -> str:
        """A code (reason, entity type, version): left to right, also on an Arabic page."""
        return f'<code dir="ltr">{escape(str(value))}</code>'

    def english(self, value: str) -> str:
        """A text there is no translation of, marked as English."""
        if self.lang == "en":
            return escape(value)
        return (
            f'<span lang="en" dir="ltr">{escape(value)}</span>'
            f' <span class="muted">({escape(self.t["untranslated"])})</span>'
        )

    def translated(self, texts: Mapping[str, str], english: str | None) -> str:
        """``texts[lang]``, else the English text marked, else "to be completed"."""
        if texts.get(self.lang):
            return escape(texts[self.lang])
        if english:
            return self.english(english)
        return self.text(None)

    def join(self, items: Iterable[str]) -> str:
        return self.t["separator"].join(items)

    def article(self, article: str) -> str:
        """``art. 43`` in the page's language (``المادة 43``)."""
        return _ARTICLE.sub("المادة ", article) if self.lang == "ar" else article

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
        self.add(f'<figure dir="ltr">{svg}</figure>')

    def counts(self, values: Mapping[str, int], names: Mapping[str, str] | None = None) -> str:
        names = names or {}
        return self.join(f"{escape(names.get(k, k))}&nbsp;{v}" for k, v in values.items()) or "—"

    def meaning(self, entry: Mapping[str, Any]) -> str:
        """What a reason code means, in the page's language."""
        code = str(entry["code"])
        if self.loc.reasons.get(code):
            return escape(self.loc.reasons[code])
        return self.english(str(entry.get("message") or "")) if entry.get("message") else ""


def _controller(page: _Page, register: Mapping[str, Any], lang: str) -> None:
    """The controller and the processing, with one row per purpose."""
    t = page.t
    loc = page.loc
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
        refs = page.join(
            f"{escape(t[k])} <bdi>{escape(str(cndp[k]))}</bdi>"
            for k in ("declaration", "authorization")
            if cndp.get(k)
        )
        observed = purpose["observed"]
        name = page.code(purpose["purpose"])
        if not purpose["declared"]:
            name += f' <span class="todo">({escape(t["undeclared_purpose"])})</span>'
        basis = purpose.get("lawful_basis")
        rows.append(
            [
                name,
                page.translated(purpose.get("descriptions") or {}, purpose.get("description")),
                escape(loc.lawful_basis.get(basis, basis)) if basis else page.text(None),
                refs or page.text(None),
                f"{observed['requests']} / {observed['allowed']}",
                page.join(page.code(c) for c in purpose["seen_but_not_declared"]) or "—",
            ]
        )
    page.table(
        ["purpose", "description", "lawful_basis", "cndp_refs", "requests", "not_declared"], rows
    )


def _subjects(page: _Page, register: Mapping[str, Any], lang: str) -> None:
    """Who the data is about and the categories of data, with their treatment."""
    t = page.t
    loc = page.loc
    page.h2("subjects")
    subjects = register.get("data_subjects") or []
    page.add(
        f"<p>{escape(t['subject_categories'])}{escape(t['colon'])}"
        f"{page.text(page.join(subjects) or None)}</p>"
    )
    page.table(
        ["category", "label", "sensitive", "detected", "treatment", "purposes"],
        [
            [
                page.code(c["type"]),
                escape(loc.categories[c["type"]])
                if c["type"] in loc.categories
                else page.text(None),
                escape(t["yes"] if c["sensitive"] else t["no"]),
                str(c["detected"]),
                page.counts(c["treatment"], loc.actions),
                page.join(page.code(p) for p in c["purposes"]),
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


def _recipients(page: _Page, register: Mapping[str, Any], lang: str) -> None:
    """Where the data goes: one row per route."""
    t = page.t
    page.h2("recipients")
    gone = f' <span class="muted">({escape(t["not_configured"])})</span>'
    page.table(
        ["route", "provider", "country", "host", "kind", "purposes", "allowed", "denied"],
        [
            [
                page.code(r["route"]) + ("" if r["configured"] else gone),
                page.text(r.get("provider")),
                page.text(r.get("country")),
                f"<bdi>{page.text(r.get('host'))}</bdi>",
                page.text(r.get("kind")),
                page.counts(r["purposes"]),
                str(r["allowed"]),
                str(r["denied"]),
            ]
            for r in register["recipients"]
        ],
    )


def _transfers(page: _Page, register: Mapping[str, Any], lang: str) -> None:
    """Transfers abroad by country, with their legal bases (art. 43 and 44)."""
    t = page.t
    page.h2("transfers")
    rows = []
    for transfer in register["transfers"]:
        bases = "<br>".join(
            f"{escape(page.article(b['article']))} — {escape(b.get(lang) or b['en'])}"
            f" ({b['decisions']})"
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
                page.join(page.code(r) for r in transfer["routes"]),
                str(transfer["requests_with_personal_data"]),
                bases or "—",
                page.join(f"<bdi>{escape(r)}</bdi>" for r in transfer["references"]) or "—",
            ]
        )
    page.table(
        ["country", "adequate", "route", "with_personal_data", "legal_basis", "references"], rows
    )
    deliberation = register.get("adequacy_deliberation") or {}
    if deliberation.get("number") and deliberation.get("date"):
        cited = t["adequacy_deliberation"].format(
            number=deliberation["number"], date=deliberation["date"]
        )
        page.add(
            f'<p class="muted">{escape(t["adequacy_source"])}{escape(t["colon"])}'
            f"{escape(cited)}</p>"
        )
    elif register.get("adequacy_source"):  # a source the policy data states in its own words
        page.add(
            f'<p class="muted">{escape(t["adequacy_source"])}{escape(t["colon"])}'
            f"{page.english(register['adequacy_source'])}</p>"
        )
    page.figure(
        hbar(
            register["charts"]["transfers_by_country"],
            title=t["transfers_by_country"],
            empty=t["no_data"],
            colour=PALETTE[2],
        )
    )


def _retention_rights_security(page: _Page, register: Mapping[str, Any], lang: str) -> None:
    """Retention, the rights service, security measures and interconnections."""
    t = page.t
    retention = register["retention"]
    page.h2("retention")
    page.table(
        ["purpose", "days"],
        [
            *[[page.code(name), page.text(days)] for name, days in retention["purposes"].items()],
            [escape(t["audit_retention"]), page.text(retention.get("audit_trail_days"))],
        ],
    )
    page.add(f'<p class="muted">{escape(t["retention_note"])}</p>')

    page.h2("rights")
    page.add(f"<p>{page.text(register.get('rights_service'))}</p>")

    page.h2("security")
    items = []
    for measure in register["security_measures"]:
        text = escape(measure.get(lang) or measure["en"])
        if measure["id"] == "declared":
            text += f' <span class="muted">({escape(t["declared_note"])})</span>'
        items.append(f"<li>{text}</li>")
    page.add(f"<ul>{''.join(items)}</ul>")

    page.h2("interconnections")
    links = register.get("interconnections") or []
    page.add(f"<p>{page.text(page.join(links) or None)}</p>")


def _decisions(page: _Page, register: Mapping[str, Any], lang: str) -> None:
    """The decisions: totals, refusals and grounds by reason, policy versions."""
    t = page.t
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
    page.add(f"<h3>{escape(t['denials_by_reason'])}</h3>")
    page.add(f'<p class="muted">{escape(t["refusals_note"])}</p>')
    page.table(
        ["code", "count", "meaning"],
        [
            [page.code(d["code"]), str(d["count"]), page.meaning(d)]
            for d in decisions["denials_by_reason"]
        ],
    )
    page.add(f"<h3>{escape(t['grounds_by_reason'])}</h3>")
    page.table(
        ["code", "count", "meaning"],
        [
            [page.code(d["code"]), str(d["count"]), page.meaning(d)]
            for d in decisions.get("grounds_by_reason", [])
        ],
    )
    page.add(f"<h3>{escape(t['policy_versions'])}</h3>")
    page.table(
        ["version", "requests", "first_seen", "last_seen"],
        [
            [
                page.code(v["version"]),
                str(v["decisions"]),
                f"<bdi>{escape(v['first_seen'])}</bdi>",
                f"<bdi>{escape(v['last_seen'])}</bdi>",
            ]
            for v in register["policy_versions"]
        ],
    )


def _datasets(page: _Page, register: Mapping[str, Any], lang: str) -> None:
    """Datasets scrubbed offline, by purpose."""
    t = page.t
    datasets = register.get("datasets") or []
    page.h2("datasets")
    page.table(
        ["purpose", "jobs", "rows_in", "rows_out", "rows_dropped", "rows_erased", "dataset_types"],
        [
            [
                page.code(d["purpose"]),
                f"{d['jobs']} ({d['failed_jobs']})",
                str(d["rows_in"]),
                str(d["rows_out"]),
                str(d["rows_dropped"]),
                str(d["rows_erased"]),
                page.counts(d["entities"]),
            ]
            for d in datasets
        ],
    )
    dropped = [(d["purpose"], r) for d in datasets for r in d["dropped_by_reason"]]
    if dropped:
        page.add(f"<h3>{escape(t['datasets_dropped'])}</h3>")
        page.table(
            ["purpose", "code", "count", "meaning"],
            [
                [page.code(p), page.code(r["code"]), str(r["count"]), page.meaning(r)]
                for p, r in dropped
            ],
        )


def _audit_trail(page: _Page, register: Mapping[str, Any], lang: str) -> None:
    """The audit trail's size, checkpoints and signing keys."""
    trail = register["audit_trail"]
    last = trail.get("last_checkpoint") or {}
    page.h2("audit_trail")
    page.table(
        ["records", "checkpoints", "last_checkpoint", "keys"],
        [
            [
                str(trail["records"]),
                str(trail["checkpoints"]),
                "<bdi>"
                + escape(
                    f"{last.get('tree_size')} @ {last.get('time')} ({last.get('key_id')})"
                    if last
                    else "—"
                )
                + "</bdi>",
                page.join(page.code(k) for k in trail["signing_keys"]) or "—",
            ]
        ],
    )


def render_html(register: Mapping[str, Any], *, lang: str) -> str:
    """The register document as an HTML page in ``lang`` (``fr``, ``en`` or ``ar``)."""
    page = _Page(lang)
    t, loc = page.t, page.loc
    period = register.get("period") or {}
    since, until = period.get("since"), period.get("until")
    span = f"{since or '…'} → {until or '…'}" if since or until else t["all_time"]
    page.add(
        f"<h1>{escape(t['title'])}</h1><p>{escape(t['intro'])}</p>"
        f'<p class="muted">{escape(t["generated"])} <bdi>{escape(register["generated_at"])}</bdi>'
        f" — {escape(t['period'])}{escape(t['colon'])}<bdi>{escape(span)}</bdi></p>"
    )
    _controller(page, register, lang)
    _subjects(page, register, lang)
    _recipients(page, register, lang)
    _transfers(page, register, lang)
    _retention_rights_security(page, register, lang)
    _decisions(page, register, lang)
    _datasets(page, register, lang)
    _audit_trail(page, register, lang)

    body = "".join(page.parts)
    return (
        f'<!doctype html><html lang="{lang}" dir="{loc.direction}"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(t['title'])}</title><style>{_STYLE}</style></head>"
        f"<body>{body}</body></html>\n"
    )
