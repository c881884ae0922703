"""Inline SVG charts for the register: plain markup, no script, no network, printable.

Every text is escaped; every chart has a ``<title>`` for screen readers, and the
numbers are also in the tables of the report, so nothing depends on the picture.
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape

PALETTE = (
    "#1f77b4",
    "#ff7f0e",
    "#2ca02c",
    "#d62728",
    "#9467bd",
    "#8c564b",
    "#e377c2",
    "#7f7f7f",
    "#bcbd22",
    "#17becf",
)
OTHER = "#c7c7c7"
_FONT = 'font-family="system-ui, sans-serif" font-size="12"'


def _empty(title: str, message: str, width: int) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" height="40"'
        f' viewBox="0 0 {width} 40"><title>{escape(title)}</title>'
        f'<text x="0" y="24" {_FONT} fill="#555">{escape(message)}</text></svg>'
    )


def hbar(
    values: Mapping[str, int],
    *,
    title: str,
    empty: str,
    colour: str = PALETTE[0],
    width: int = 680,
    limit: int = 15,
) -> str:
    """Horizontal bars, largest first; beyond ``limit`` the rest is summed as "…"."""
    items = sorted(values.items(), key=lambda item: (-item[1], item[0]))
    if len(items) > limit:
        items = [*items[: limit - 1], ("…", sum(v for _, v in items[limit - 1 :]))]
    if not items or not any(v for _, v in items):
        return _empty(title, empty, width)
    label_width, value_width, row = 230, 70, 26
    bar_room = width - label_width - value_width
    top = max(v for _, v in items)
    height = row * len(items) + 8
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" height="{height}"'
        f' viewBox="0 0 {width} {height}"><title>{escape(title)}</title>'
    ]
    for index, (label, value) in enumerate(items):
        y = 4 + index * row
        length = max(1, round(bar_room * value / top)) if value else 0
        parts.append(
            f'<text x="{label_width - 8}" y="{y + 16}" text-anchor="end" {_FONT}>'
            f"{escape(label[:34])}</text>"
            f'<rect x="{label_width}" y="{y + 3}" width="{length}" height="{row - 8}"'
            f' fill="{colour}"><title>{escape(label)}: {value}</title></rect>'
            f'<text x="{label_width + length + 6}" y="{y + 16}" {_FONT}>{value}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def weekly_stacked(
    weeks: Mapping[str, Mapping[str, int]],
    *,
    title: str,
    empty: str,
    other: str,
    width: int = 680,
    series: int = 8,
) -> str:
    """Stacked columns, one per ISO week; the ``series`` largest types get a colour each."""
    if not weeks:
        return _empty(title, empty, width)
    totals: dict[str, int] = {}
    for counts in weeks.values():
        for label, value in counts.items():
            totals[label] = totals.get(label, 0) + value
    named = [label for label, _ in sorted(totals.items(), key=lambda i: (-i[1], i[0]))][:series]
    colours = {label: PALETTE[i % len(PALETTE)] for i, label in enumerate(named)}
    columns = sorted(weeks)
    left, bottom, plot_height, legend_row = 50, 40, 220, 18
    legend = [*named, other] if len(totals) > len(named) else named
    height = plot_height + bottom + legend_row * ((len(legend) + 3) // 4) + 16
    slot = (width - left - 10) / max(1, len(columns))
    bar = max(2.0, min(48.0, slot * 0.7))
    top = max(sum(c.values()) for c in weeks.values()) or 1
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" height="{height}"'
        f' viewBox="0 0 {width} {height}"><title>{escape(title)}</title>'
    ]
    for step in range(5):
        value = round(top * step / 4)
        y = plot_height - plot_height * step / 4 + 8
        parts.append(
            f'<line x1="{left}" y1="{y:.1f}" x2="{width - 10}" y2="{y:.1f}" stroke="#e5e5e5"/>'
            f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" {_FONT}>{value}</text>'
        )
    for index, week in enumerate(columns):
        x = left + index * slot + (slot - bar) / 2
        y = plot_height + 8.0
        stack = [(label, weeks[week].get(label, 0)) for label in named]
        rest = sum(v for k, v in weeks[week].items() if k not in colours)
        for label, value in [*stack, (other, rest)]:
            if not value:
                continue
            h = plot_height * value / top
            y -= h
            fill = colours.get(label, OTHER)
            parts.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{h:.1f}" fill="{fill}">'
                f"<title>{escape(week)} {escape(label)}: {value}</title></rect>"
            )
        if len(columns) <= 16 or index % max(1, len(columns) // 12) == 0:
            parts.append(
                f'<text x="{x + bar / 2:.1f}" y="{plot_height + 24}" text-anchor="middle"'
                f" {_FONT}>{escape(week[2:])}</text>"
            )
    for index, label in enumerate(legend):
        x = left + (index % 4) * ((width - left) / 4)
        y = plot_height + bottom + legend_row * (index // 4)
        parts.append(
            f'<rect x="{x:.1f}" y="{y}" width="12" height="12" fill="{colours.get(label, OTHER)}"/>'
            f'<text x="{x + 16:.1f}" y="{y + 10}" {_FONT}>{escape(label[:28])}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)
