"""What the templates show: plain dictionaries built from the catalog, the ledger and texts.

Templates stay free of logic about lawful bases or fallbacks; every choice of words
(which button, which text in which language) is made here, where a test can read it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from compliance.people.catalog import Catalog, PurposeEntry
from compliance.portal.texts import Translator


def purpose_title(t: Translator, name: str) -> str:
    key = f"purposes.{name}.title"
    return t(key) if t.has(key) else name.replace("_", " ").capitalize()


def _purpose_text(t: Translator, entry: PurposeEntry) -> tuple[str, str]:
    """The plainest text available and its language (for the ``lang`` attribute)."""
    if entry.description.get(t.language):
        return entry.description[t.language], t.language
    key = f"purposes.{entry.name}.text"
    if t.has(key):
        return t(key), t.language
    return entry.summary, "en"


def category_names(t: Translator, categories: Sequence[str]) -> str:
    separator = "، " if t.language == "ar" else ", "
    return separator.join(t(f"category.{c}") if t.has(f"category.{c}") else c for c in categories)


def countries(t: Translator, catalog: Catalog, codes: Sequence[str]) -> list[dict[str, str]]:
    return [
        {
            "code": code,
            "name": t.country(code),
            "status": catalog.country_status(code),
            "label": t(f"country.{catalog.country_status(code)}"),
        }
        for code in codes
    ]


def _state_key(entry: PurposeEntry, state: str) -> str:
    """Words for the person's choice; without consent as basis, "no" is an objection."""
    if entry.consent_based or state == "granted":
        return f"state.{state}"
    return "state.withdrawn_objection" if state == "withdrawn" else "state.in_use"


def _list(t: Translator, items: Sequence[str]) -> str:
    return ("، " if t.language == "ar" else ", ").join(items)


def purpose_cards(
    t: Translator,
    catalog: Catalog,
    consents: Mapping[str, str],
    opt_outs: Sequence[str] = (),
) -> list[dict[str, Any]]:
    """One card per purpose. A purpose that is a kind of processing the person objects to
    is shown stopped, whatever its consent state: the policy refuses it (art. 9)."""
    cards = []
    for entry in catalog.purposes.values():
        state = consents.get(entry.name, "never_asked")
        objected = [kind for kind in entry.opt_outs if kind in opt_outs]
        text, text_lang = _purpose_text(t, entry)
        action: dict[str, str] | None = None
        if entry.withdrawable:
            stop = state == "granted" or (state == "never_asked" and not entry.consent_based)
            if stop:
                label = "action.withdraw" if entry.consent_based else "action.object_purpose"
                action = {"value": "withdraw", "label": t(label)}
            else:
                action = {"value": "grant", "label": t("action.grant")}
        cards.append(
            {
                "name": entry.name,
                "title": purpose_title(t, entry.name),
                "text": text,
                "text_lang": text_lang,
                "basis": t(f"basis.{entry.lawful_basis}"),
                "countries": countries(t, catalog, entry.countries),
                "retention_days": entry.retention_days,
                "references": ", ".join(entry.cndp_references),
                "categories": category_names(t, entry.data_categories),
                "state": "stopped" if objected else state,
                "state_label": t(
                    "state.stopped",
                    kinds=_list(t, [t(f"opt_out.{kind}.title").lower() for kind in objected]),
                )
                if objected
                else t(_state_key(entry, state)),
                "action": action,
                "legal_obligation": not entry.withdrawable,
            }
        )
    return cards


def _objection_scope(t: Translator, catalog: Catalog, kind: str) -> tuple[str, str]:
    """What an objection to ``kind`` stops, and what goes on, in words (art. 9).

    It stops the purposes that are that processing and, when a route declares it, the
    requests a service sends as such; every other purpose continues. Saying both keeps
    the portal true to what the policy does (an objection to personalization does not
    stop the assistant).
    """
    stopped = catalog.stopped_by(kind)
    names = [purpose_title(t, entry.name) for entry in stopped]
    if kind in catalog.route_kinds:
        names.append(t("objection.flagged", kind=t(f"opt_out.{kind}.title").lower()))
    stops = t("objection.stops", items=_list(t, names)) if names else t("objection.nothing_now")
    others = [purpose_title(t, e.name) for e in catalog.purposes.values() if e not in stopped]
    continues = t("objection.continues", items=_list(t, others)) if others else ""
    return stops, continues


def opt_out_cards(t: Translator, catalog: Catalog, opt_outs: Sequence[str]) -> list[dict[str, Any]]:
    cards = []
    for kind in catalog.opt_out_kinds:
        objected = kind in opt_outs
        stops, continues = _objection_scope(t, catalog, kind)
        cards.append(
            {
                "kind": kind,
                "title": t(f"opt_out.{kind}.title"),
                "text": t(f"opt_out.{kind}.text"),
                "stops": stops,
                "continues": continues,
                "objected": objected,
                "state_label": t("state.objected" if objected else "state.not_objected"),
                "action": {
                    "value": "lift" if objected else "object",
                    "label": t("action.lift" if objected else "action.object"),
                },
            }
        )
    return cards


def processing_rows(
    t: Translator, catalog: Catalog, document: Mapping[str, Any], limit: int
) -> list[dict[str, str]]:
    """The most recent AI processing records, newest first, in words."""
    rows = []
    for item in reversed(document["processing"][-limit:]):
        purpose = str(item.get("purpose", ""))
        country = str(item.get("destination_country", ""))
        categories = sorted({*item.get("entities", {}), *item.get("sensitive", [])})
        rows.append(
            {
                "time": t.when(item.get("time")),
                "route": str(item.get("route", "")),
                "purpose": purpose_title(t, purpose) if purpose else "",
                "country": t.country(country) if country else "",
                "outcome": t("outcome.allowed" if item.get("allow") else "outcome.refused"),
                "categories": category_names(t, categories),
            }
        )
    return rows
