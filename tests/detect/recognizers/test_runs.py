"""The runs of text between white space that hold a mark: where an e-mail or a link can be."""

from __future__ import annotations

import pytest

from compliance.detect.recognizers._runs import runs_holding


@pytest.mark.parametrize(
    ("text", "mark", "runs"),
    [
        ("écrire à karim@iam.ma ou salma@gmail.com", "@", ["karim@iam.ma", "salma@gmail.com"]),
        ("a@b@c d", "@", ["a@b@c"]),  # one run, however many marks
        ("voir\u00a0www.iam.ma\tet\nsite.ma.", ".", ["www.iam.ma", "site.ma."]),
        ("@début et fin@", "@", ["@début", "fin@"]),
        ("rien ici", "@", []),
    ],
)
def test_runs_are_the_whole_space_free_runs_holding_the_mark(
    text: str, mark: str, runs: list[str]
) -> None:
    assert [text[a:b] for a, b in runs_holding(text, mark)] == runs
