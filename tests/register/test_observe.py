"""The register's view of the traffic: counted from the decision records alone."""

from __future__ import annotations

from compliance.core.settings import DEFAULT_POLICY_DIR
from compliance.register import BASES, Observer, load_policy_data, transfer_bases
from tests.register.conftest import decision


def test_decisions_are_counted_by_route_purpose_and_entity_type() -> None:
    observer = Observer()
    for route in ("llm", "llm", "eu", "us"):
        observer.add(decision(route))
    seen = observer.observed
    assert (seen.decisions, seen.allowed, seen.denied) == (4, 3, 1)
    assert seen.entities == {"PERSON": 8, "MA_CIN": 4}
    assert seen.sensitive == {"HEALTH": 4}
    assert seen.routes["llm"].allowed == 2
    assert seen.routes["us"].denied == 1
    assert seen.purposes["assistant"].countries == {"MA": 2, "FR": 1, "US": 1}
    assert seen.actions[("MA_CIN", "redact")] == 3  # what was applied to what was sent


def test_transfers_count_only_allowed_requests_with_personal_data_going_abroad() -> None:
    observer = Observer()
    observer.add(decision("eu"))
    observer.add(decision("us"))  # denied: nothing left
    observer.add(decision("llm"))  # in Morocco: no transfer
    observer.add(decision("eu", entities={}, sensitive=[]))  # nothing personal
    assert observer.observed.transfers_by_country == {"FR": 1}


ROLES = load_policy_data(DEFAULT_POLICY_DIR).roles


def test_denials_are_counted_by_refusal_code_only() -> None:
    observer = Observer(roles=ROLES)
    observer.add(decision("us"))  # refused, and it rests on a contract
    observer.add(decision("us", reasons=["cross_border.not_adequate", "cin.no_authorization"]))
    observer.add(decision("llm"))  # allowed: in Morocco is a ground, never a refusal
    assert observer.observed.denials_by_reason == {
        "cross_border.not_adequate": 2,
        "cin.no_authorization": 1,
    }
    assert observer.observed.grounds_by_reason == {
        "lawful_basis.contract": 2,
        "residency.in_country": 1,
    }


def test_a_record_that_lists_its_refusals_and_grounds_is_read_as_it_says() -> None:
    observer = Observer()  # no catalogue needed
    observer.add(
        decision(
            "us",
            reasons=["cross_border.not_adequate", "lawful_basis.contract"],
            refusals=["cross_border.not_adequate"],
            grounds=["lawful_basis.contract"],
        )
    )
    assert observer.observed.denials_by_reason == {"cross_border.not_adequate": 1}
    assert observer.observed.grounds_by_reason == {"lawful_basis.contract": 1}


def test_a_code_the_catalogue_does_not_know_follows_the_outcome() -> None:
    observer = Observer(roles=ROLES)
    observer.add(decision("us", reasons=["custom.refusal"]))
    observer.add(decision("llm", reasons=["custom.ground"]))
    assert observer.observed.denials_by_reason == {"custom.refusal": 1}
    assert observer.observed.grounds_by_reason == {"custom.ground": 1}


def test_entities_are_counted_per_iso_week() -> None:
    observer = Observer()
    observer.add(decision("llm", time="2026-11-02T10:00:00+00:00"))  # Monday of week 45
    observer.add(decision("llm", time="2026-11-09T10:00:00+00:00"))
    assert sorted(observer.observed.entities_per_week) == ["2026-W45", "2026-W46"]
    assert observer.observed.entities_per_week["2026-W45"]["HEALTH"] == 1


def test_the_legal_basis_of_each_transfer_comes_from_its_reason_code() -> None:
    kinds = {b.code: (b.kind, b.article) for b in transfer_bases(BASES)}
    assert kinds["cross_border.adequate_country"] == ("adequacy", "art. 43")
    assert kinds["cross_border.explicit_consent"] == ("derogation", "art. 44")
    assert kinds["cross_border.cndp_authorization"] == ("authorization", "art. 44 §3")
    assert kinds["residency.in_country"] == ("none", "art. 43")
    assert transfer_bases(["cross_border.not_adequate", "lawful_basis.contract"]) == []


def test_policy_versions_keep_their_first_and_last_decision() -> None:
    observer = Observer()
    observer.add(decision("llm", time="2026-11-02T10:00:00+00:00"))
    observer.add(decision("llm", time="2026-11-01T10:00:00+00:00"))
    observer.add(decision("llm", time="2026-11-03T10:00:00+00:00", policy_version="v2"))
    versions = observer.observed.policy_versions
    assert (versions["v1-abc"].first_seen, versions["v1-abc"].last_seen) == (
        "2026-11-01T10:00:00+00:00",
        "2026-11-02T10:00:00+00:00",
    )
    assert versions["v2"].decisions == 1


def test_other_events_count_as_records_but_not_decisions() -> None:
    observer = Observer()
    observer.add({"event": "key_rotated", "time": "2026-11-02T10:00:00+00:00"})
    assert (observer.observed.records, observer.observed.decisions) == (1, 0)


def test_scrub_jobs_are_counted_by_purpose_in_rows_and_failed_jobs_apart() -> None:
    observer = Observer()
    job = {
        "event": "scrub_job",
        "purpose": "training",
        "outcome": "completed",
        "destination_country": "MA",
        "parts": 3,
        "rows_in": 100,
        "rows_out": 90,
        "rows_dropped": 10,
        "rows_erased": 4,
        "dropped": {"subject.erased": 4, "consent.withdrawn": 6},
        "entities": {"PERSON": 70},
    }
    observer.add(job)
    observer.add({**job, "rows_in": 50, "rows_out": 50, "rows_dropped": 0, "dropped": {}})
    observer.add({**job, "outcome": "failed", "reason": "bad_input"})
    observer.add({"event": "scrub_part", "purpose": "training", "rows_in": 100})  # in the job's
    [(purpose, scrubs)] = observer.observed.datasets.items()
    assert purpose == "training"
    assert (scrubs.jobs, scrubs.failed, scrubs.parts) == (2, 1, 6)
    assert (scrubs.rows_in, scrubs.rows_out, scrubs.rows_dropped) == (150, 140, 10)
    assert scrubs.dropped_by_reason == {"subject.erased": 4, "consent.withdrawn": 6}
    assert scrubs.entities == {"PERSON": 140}
    assert observer.observed.decisions == 0  # a dataset job is not a request
