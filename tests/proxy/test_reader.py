import pytest

from compliance.core.errors import InvalidEncoding, InvalidJSON
from compliance.proxy.reader import parse_json


def test_bad_utf8_is_told_apart_from_bad_json() -> None:
    with pytest.raises(InvalidEncoding) as info:
        parse_json(b'{"a": "\xff"}')
    assert info.value.code == "invalid_utf8"
    with pytest.raises(InvalidJSON) as info2:
        parse_json(b'{"a": ')
    assert info2.value.code == "invalid_json"


def test_json_error_message_gives_the_position_not_the_content() -> None:
    with pytest.raises(InvalidJSON) as info:
        parse_json(b'{"secret": "Karim Benali" oops}')
    assert "Karim" not in info.value.message
    assert "line 1" in info.value.message
