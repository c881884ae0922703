import pytest

from compliance.errors import SchemaError
from compliance.proxy.adapters import (
    chat_texts,
    completion_texts,
    embedding_texts,
    get_at,
    json_texts,
    set_at,
)


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
    slots = chat_texts(body)
    assert [get_at(body, s.path) for s in slots] == ["sys", "part", "karim", "{}", "result"]
    assert [s.json_encoded for s in slots] == [False, False, False, True, False]


@pytest.mark.parametrize(
    ("body", "param"),
    [
        # wrong types
        ({"model": "m", "messages": "hi"}, "messages"),
        ({"model": "m", "messages": []}, "messages"),
        ({"messages": [{"role": "user", "content": "x"}]}, "model"),
        ({"model": "m", "messages": [{"role": "user", "content": 3}]}, "messages[0].content"),
        ({"model": "m", "messages": [{"content": "x"}]}, "messages[0].role"),
        # unscannable content is refused, not forwarded
        (
            {
                "model": "m",
                "messages": [{"role": "user", "content": [{"type": "image_url", "image_url": {}}]}],
            },
            "messages[0].content[0]",
        ),
    ],
)
def test_chat_schema_errors_name_the_bad_field(body: dict, param: str) -> None:
    with pytest.raises(SchemaError) as info:
        chat_texts(body)
    assert info.value.param == param
    assert info.value.status == 422


def test_completion_prompt_list_and_suffix_are_texts() -> None:
    body = {"model": "m", "prompt": ["a", "b"], "suffix": "c"}
    assert [get_at(body, s.path) for s in completion_texts(body)] == ["a", "b", "c"]


def test_token_id_inputs_are_refused_because_they_cannot_be_scanned() -> None:
    with pytest.raises(SchemaError):
        embedding_texts({"model": "m", "input": [[1, 2, 3]]})
    with pytest.raises(SchemaError):
        completion_texts({"model": "m", "prompt": [1, 2]})


def test_generic_json_counts_every_string_value_and_can_write_back() -> None:
    body = {"a": "x", "b": [1, {"c": "y"}], "d": True}
    slots = json_texts(body)
    assert [s.path for s in slots] == [("a",), ("b", 1, "c")]
    set_at(body, slots[1].path, "z")
    assert body["b"][1]["c"] == "z"


def test_request_body_must_be_an_object() -> None:
    with pytest.raises(SchemaError):
        chat_texts(["not", "an", "object"])
