import json

import pytest

from compliance.minimize import StreamRestorer, restore

REVERSE = {"<PERSON_3f9a1c2b4d5e>": "Karim Benali", "<PHONE_NUMBER_0a1b2c3d4e5f>": '06 "61"'}


def test_restore_replaces_only_this_requests_tokens() -> None:
    text = "Bonjour <PERSON_3f9a1c2b4d5e>, pas <PERSON_ffffffffffff>."
    assert restore(text, REVERSE) == "Bonjour Karim Benali, pas <PERSON_ffffffffffff>."


def test_restore_inside_json_escapes_the_value() -> None:
    arguments = json.dumps({"phone": "<PHONE_NUMBER_0a1b2c3d4e5f>"})
    restored = restore(arguments, REVERSE, json_escaped=True)
    assert json.loads(restored) == {"phone": '06 "61"'}


@pytest.mark.parametrize("cut", range(1, len("Salut <PERSON_3f9a1c2b4d5e>!")))
def test_split_pseudonym_across_chunks_is_reidentified_wherever_it_is_cut(cut: int) -> None:
    whole = "Salut <PERSON_3f9a1c2b4d5e>!"
    restorer = StreamRestorer(REVERSE)
    out = restorer.feed(whole[:cut]) + restorer.feed(whole[cut:]) + restorer.flush()
    assert out == "Salut Karim Benali!"


def test_token_split_over_many_single_character_chunks_is_reidentified() -> None:
    restorer = StreamRestorer(REVERSE)
    out = (
        "".join(restorer.feed(c) for c in "<PERSON_3f9a1c2b4d5e><PERSON_3f9a1c2b4d5e>")
        + restorer.flush()
    )
    assert out == "Karim BenaliKarim Benali"


def test_held_text_that_never_becomes_a_token_is_released() -> None:
    restorer = StreamRestorer(REVERSE)
    assert restorer.feed("a <b") == "a "
    assert restorer.feed(">c") == "<b>c"
    assert restorer.feed(" <PERS") == " "
    assert restorer.flush() == "<PERS"


def test_without_pseudonyms_nothing_is_held() -> None:
    restorer = StreamRestorer({})
    assert restorer.feed("<PERS") == "<PERS"
