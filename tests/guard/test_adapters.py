from typing import Any

import pytest

from compliance.core.errors import SchemaError, TooDeep
from compliance.guard.adapters import (
    OPENAI_ENDPOINTS,
    extract,
    get_at,
    json_shape,
    name_safe,
    read_slot,
    write_slots,
)
from compliance.guard.shapes import MAX_DEPTH

CHAT = OPENAI_ENDPOINTS["chat/completions"][1]
COMPLETION = OPENAI_ENDPOINTS["completions"][1]
EMBEDDING = OPENAI_ENDPOINTS["embeddings"][1]
RESPONSE = OPENAI_ENDPOINTS["responses"][1]


def _texts(shape: Any, body: Any) -> list[tuple[str, str]]:
    return [(s.role, read_slot(body, s)) for s in extract(shape, body).slots]


def test_chat_lists_every_text_content_parts_names_tool_arguments_and_tool_results() -> None:
    body = {
        "model": "m",
        "messages": [
            {"role": "system", "content": "sys"},
            {"role": "user", "name": "karim", "content": [{"type": "text", "text": "part"}]},
            {
                "role": "assistant",
                "content": None,
                "tool_calls": [
                    {"id": "1", "type": "function", "function": {"name": "f", "arguments": "{}"}}
                ],
            },
            {"role": "tool", "tool_call_id": "1", "content": "result"},
        ],
    }
    assert _texts(CHAT, body) == [
        ("model", "m"),
        ("text", "sys"),
        ("name", "karim"),
        ("text", "part"),
        ("ident", "1"),
        ("name", "f"),
        ("json", "{}"),
        ("ident", "1"),
        ("text", "result"),
    ]


def test_every_field_outside_the_structural_allow_list_is_scanned_keys_included() -> None:
    body = {
        "model": "m",
        "messages": [{"role": "user", "content": "hi", "x_note": "n1"}],
        "metadata": {"k1": "v1", "nested": {"k2": 7}},
        "tools": [
            {
                "type": "function",
                "function": {
                    "name": "lookup",
                    "description": "d1",
                    "parameters": {
                        "type": "object",
                        "properties": {"p1": {"type": "string", "enum": ["e1"]}},
                    },
                },
            }
        ],
        "stop": ["s1"],
        "surprise": "u1",
        "temperature": 0.2,
        "stream": False,
    }
    found = _texts(CHAT, body)
    texts = {text for role, text in found if role != "param"}
    for expected in ("x_note", "n1", "k1", "v1", "nested", "k2", "7", "d1", "p1", "e1", "s1"):
        assert expected in texts
    assert {"surprise", "u1", "lookup"} <= texts
    # a known numeric field is structural: read for what its digits spell, never rewritten
    assert ("param", "0.2") in found
    assert "0.2" not in texts


@pytest.mark.parametrize(
    ("body", "param"),
    [
        # wrong types
        ({"model": "m", "messages": "hi"}, "messages"),
        ({"model": "m", "messages": []}, "messages"),
        ({"messages": [{"role": "user", "content": "x"}]}, "model"),
        ({"model": "m", "messages": [{"role": "user", "content": 3}]}, "messages[0].content"),
        ({"model": "m", "messages": [{"content": "x"}]}, "messages[0].role"),
        # structural values outside their enum are refused, not forwarded
        ({"model": "m", "messages": [{"role": "Karim", "content": "x"}]}, "messages[0].role"),
        ({"model": "a b", "messages": [{"role": "user", "content": "x"}]}, "model"),
        (
            {"model": "m", "messages": [{"role": "user", "content": "x"}], "temperature": "hot"},
            "temperature",
        ),
        (
            {"model": "m", "messages": [{"role": "user", "content": "x"}], "logit_bias": {"a": 1}},
            "logit_bias",
        ),
        (
            {"model": "m", "messages": [{"role": "user", "content": "x"}], "tool_choice": "Karim"},
            "tool_choice",
        ),
        # unscannable content is refused, not forwarded
        (
            {
                "model": "m",
                "messages": [{"role": "user", "content": [{"type": "input_audio", "x": {}}]}],
            },
            "messages[0].content[0]",
        ),
        # an image part without its URL
        (
            {
                "model": "m",
                "messages": [{"role": "user", "content": [{"type": "image_url", "image_url": {}}]}],
            },
            "messages[0].content[0].image_url.url",
        ),
        (
            {"model": "m", "messages": [{"role": "user", "content": [{"type": "zz", "t": "x"}]}]},
            "messages[0].content[0].type",
        ),
    ],
)
def test_chat_schema_errors_name_the_bad_field(body: dict, param: str) -> None:
    with pytest.raises(SchemaError) as info:
        extract(CHAT, body)
    assert info.value.param == param
    assert info.value.status == 422


def test_completion_prompt_list_and_suffix_are_texts() -> None:
    body = {"model": "m", "prompt": ["a", "b"], "suffix": "c"}
    assert [t for r, t in _texts(COMPLETION, body) if r == "text"] == ["a", "b", "c"]


def test_token_id_inputs_are_refused_because_they_cannot_be_scanned() -> None:
    with pytest.raises(SchemaError):
        extract(EMBEDDING, {"model": "m", "input": [[1, 2, 3]]})
    with pytest.raises(SchemaError):
        extract(COMPLETION, {"model": "m", "prompt": [1, 2]})


def test_responses_input_items_instructions_and_format_schema_are_texts() -> None:
    body = {
        "model": "m",
        "instructions": "i1",
        "input": [
            {"role": "user", "content": [{"type": "input_text", "text": "t1"}]},
            {"type": "function_call", "call_id": "c1", "name": "f", "arguments": "{}"},
            {"type": "function_call_output", "call_id": "c1", "output": "o1"},
        ],
        "text": {"format": {"type": "json_schema", "name": "n", "schema": {"description": "s1"}}},
    }
    texts = {text for _, text in _texts(RESPONSE, body)}
    assert {"i1", "t1", "c1", "o1", "s1", "description"} <= texts
    with pytest.raises(SchemaError):
        extract(RESPONSE, {"model": "m", "input": [{"type": "input_image", "image_url": "x"}]})


def test_generic_json_counts_every_key_string_and_number_and_writes_back() -> None:
    body = {"a": "x", "b": [1, {"c": "y"}], "d": True}
    extraction = extract(json_shape, body)
    assert [(s.role, read_slot(body, s)) for s in extraction.slots] == [
        ("key", "a"),
        ("text", "x"),
        ("key", "b"),
        ("number", "1"),
        ("key", "c"),
        ("text", "y"),
        ("key", "d"),
    ]
    values = [read_slot(body, s) for s in extraction.slots]
    values[1], values[3], values[4] = "X", "<N>", "<K>"
    write_slots(body, extraction.slots, values)
    assert body == {"a": "X", "b": ["<N>", {"<K>": "y"}], "d": True}


def test_renamed_keys_never_merge_two_fields() -> None:
    body = {"k1": "a", "k2": "b"}
    extraction = extract(json_shape, body)
    values = [read_slot(body, s) for s in extraction.slots]
    values[0] = values[2] = "<MA_CIN>"
    write_slots(body, extraction.slots, values)
    assert body == {"<MA_CIN>": "a", "<MA_CIN>_2": "b"}


def test_minimized_names_stay_openai_names() -> None:
    assert name_safe("<PERSON_3f9a1c2b4d5e>_<PERSON_0a1b2c3d4e5f>") == (
        "PERSON_3f9a1c2b4d5e_PERSON_0a1b2c3d4e5f"
    )
    assert name_safe("<MA_CIN> x*y") == "MA_CIN_x_y"


def test_bodies_nested_past_the_bound_are_refused_before_any_decision() -> None:
    node: Any = "x"
    for _ in range(MAX_DEPTH + 2):
        node = {"k": node}
    with pytest.raises(TooDeep):
        extract(json_shape, node)
    with pytest.raises(TooDeep):
        extract(CHAT, {"model": "m", "messages": [{"role": "user", "content": "x"}], "m": node})


def test_request_body_must_be_an_object() -> None:
    with pytest.raises(SchemaError):
        extract(CHAT, ["not", "an", "object"])
    assert get_at({"a": [0, 1]}, ("a", 1)) == 1


@pytest.mark.parametrize(
    ("text", "view"),
    [
        ("4111111111111111", "4111111111111111"),
        ("4111111111111111.0", "4111111111111111"),
        ("-4111111111111111", "4111111111111111"),
        ("661234567", "0661234567"),
        ("0.661234567", "0661234567"),
        ("0.4111111111111111", "4111111111111111"),
        ("66.1234567", "0661234567"),
        ("0.7", "7"),
        ("0.30000000000000004", "30000000000000004"),
    ],
)
def test_a_structural_number_is_read_for_the_digits_it_spells(text: str, view: str) -> None:
    from compliance.guard.adapters import param_view

    assert param_view(text) == view
