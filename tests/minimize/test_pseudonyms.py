from compliance.minimize import TOKEN_RE, PseudonymMap, keyed_hash

KEY_A = b"a" * 32
KEY_B = b"b" * 32


def test_same_value_gets_same_token_across_requests_of_one_subject() -> None:
    first = PseudonymMap(key=KEY_A).token_for("PERSON", "Karim Benali")
    second = PseudonymMap(key=KEY_A).token_for("PERSON", "karim  BENALI")
    assert first == second
    assert TOKEN_RE.fullmatch(first)
    assert first.startswith("<PERSON_")


def test_tokens_of_two_subjects_cannot_be_linked() -> None:
    assert PseudonymMap(key=KEY_A).token_for("PERSON", "Karim Benali") != PseudonymMap(
        key=KEY_B
    ).token_for("PERSON", "Karim Benali")


def test_reverse_map_keeps_the_value_as_the_caller_first_wrote_it() -> None:
    pseudonyms = PseudonymMap(key=KEY_A)
    token = pseudonyms.token_for("PERSON", "Karim Benali")
    pseudonyms.token_for("PERSON", "KARIM BENALI")
    assert pseudonyms.reverse == {token: "Karim Benali"}


def test_colliding_short_tokens_fall_back_to_long_tokens(monkeypatch) -> None:
    import compliance.minimize.pseudonyms as module

    monkeypatch.setattr(module, "TOKEN_HEX", 0)  # every short token collides: "<PERSON_>"
    pseudonyms = PseudonymMap(key=KEY_A)
    first = pseudonyms.token_for("PERSON", "Karim")
    second = pseudonyms.token_for("PERSON", "Salma")
    assert first != second
    assert pseudonyms.reverse[second] == "Salma"


def test_keyed_hash_is_stable_and_depends_on_the_key() -> None:
    one = keyed_hash(key=KEY_A, entity_type="PHONE_NUMBER", value="0661234567")
    assert one == keyed_hash(key=KEY_A, entity_type="PHONE_NUMBER", value="0661234567")
    assert one != keyed_hash(key=KEY_B, entity_type="PHONE_NUMBER", value="0661234567")
    assert "0661234567" not in one
