"""A forwarded path: decoded once, checked segment by segment, never above the route."""

from __future__ import annotations

import pytest

from compliance.core.errors import UnknownRoute
from compliance.proxy.paths import InvalidPath, check_model_path, client_segments


@pytest.mark.parametrize(
    ("raw", "segments"),
    [
        # plain
        (b"/forms/submit", ("submit",)),
        (b"/forms/api/v1/forms/contact", ("api", "v1", "forms", "contact")),
        (b"/forms/a.b/c~d/e_f-g", ("a.b", "c~d", "e_f-g")),
        # decoded once
        (b"/forms/su%62mit", ("submit",)),
        (b"/f%6frms/x", ("x",)),
    ],
)
def test_plain_segments_are_decoded_once_and_kept(raw: bytes, segments: tuple[str, ...]) -> None:
    assert client_segments(raw, prefix=("forms",)) == segments


@pytest.mark.parametrize(
    "raw",
    [
        # dot segments, in every spelling
        b"/forms/..",
        b"/forms/.",
        b"/forms/a/../b",
        b"/forms/a/%2e%2e/b",
        b"/forms/a/%2E%2E/b",
        b"/forms/a/.%2e/b",
        b"/forms/a/%2e./b",
        b"/forms/a/%2e/b",
        b"/forms/a/.../b",
        b"/%2e%2e/forms/a",
        # encoded separators
        b"/forms/a%2Fb",
        b"/forms/a%2fb",
        b"/forms/a%5Cb",
        b"/forms/a%5cb",
        b"/forms%2Fa/b",
        # outside the alphabet, or not UTF-8
        b"/forms/a%252e%252e",
        b"/forms/a%00",
        b"/forms/a%40b",
        b"/forms/caf%C3%A9",
        b"/forms/a%ff",
        b"/forms/a b",
        b"/forms/a\\b",
        # too many segments
        b"/forms" + b"/a" * 40,
    ],
)
def test_paths_that_could_leave_the_route_are_invalid(raw: bytes) -> None:
    with pytest.raises(InvalidPath) as refused:
        client_segments(raw, prefix=("forms",))
    assert refused.value.status == 400
    assert refused.value.code == "invalid_path"
    assert "forms" not in refused.value.message  # the caller's path is never echoed


@pytest.mark.parametrize(
    "raw", [b"/forms", b"/forms/", b"/forms//x", b"/forms/a//b", b"/forms/a/", b"/other/a"]
)
def test_an_empty_segment_or_another_prefix_names_nothing_under_the_route(raw: bytes) -> None:
    with pytest.raises(UnknownRoute):
        client_segments(raw, prefix=("forms",))


@pytest.mark.parametrize(
    ("model", "parts"),
    [
        ("gpt-4o-2024-08-06", ("gpt-4o-2024-08-06",)),
        ("meta-llama/Llama-3.1-8B-Instruct", ("meta-llama", "Llama-3.1-8B-Instruct")),
        ("llama3.1:8b", ("llama3.1:8b",)),
    ],
)
def test_a_model_id_in_a_path_keeps_its_slashes(model: str, parts: tuple[str, ...]) -> None:
    assert check_model_path(model) == parts


@pytest.mark.parametrize("model", ["a/../../secret", "../x", "a/./b", "..", "a/..."])
def test_a_model_id_with_dot_parts_is_invalid(model: str) -> None:
    with pytest.raises(InvalidPath):
        check_model_path(model)


@pytest.mark.parametrize("model", ["a//b", "a/", "/a"])
def test_a_model_id_with_empty_parts_names_nothing(model: str) -> None:
    with pytest.raises(UnknownRoute):
        check_model_path(model)
