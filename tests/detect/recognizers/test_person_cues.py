from __future__ import annotations

import pytest

from compliance.detect.recognizers import CuedNameRecognizer
from compliance.detect.recognizers.person_cues import names_a_firm

from .conftest import Reported


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # valid: field labels and titles, middle initials and particles kept
        ("Directed By:    Sari J. Paavolainen", ["Sari J. Paavolainen"]),
        ("What's your last name? Boyle", ["Boyle"]),
        ("Name: Sieda Batukayev\nPhone: (99) 645-791", ["Sieda Batukayev"]),
        ("Mrs. Barbara Yudina Apt. 675 62314 Mellemvej 32", ["Barbara Yudina"]),
        ("Her maiden name is LeBatelier", ["LeBatelier"]),
        # valid: phrases and verbs that announce a person
        ("my great great grandmother was called Lily Nolan", ["Lily Nolan"]),
        ("I would like to remove my kid Lukas from the will.", ["Lukas"]),
        ("I'm so jealous! said Gladys to Logan", ["Gladys", "Logan"]),
        ("Mehrudin shouted at Todd: stop", ["Mehrudin", "Todd"]),
        ("Jacob lives on 90 Whitchurch Road street.", ["Jacob"]),
        # valid: a text typed in lower case, after the same cues
        ("follow up with patricia desrosiers in a couple of months.", ["patricia desrosiers"]),
        ("sometimes people call me višeslav", ["višeslav"]),
        # valid: the shape of a name, whatever the culture
        ("a Ravil G Yefimov concert", ["Ravil G Yefimov"]),
        ("Willemine ten Pas will be talking", ["Willemine ten Pas"]),
        # valid: dialogue speakers, the one addressed
        ("Ubul: What a wife.\nNicole: Remember me, Mary", ["Nicole", "Ubul"]),
        ("Warrane, can I please speak to your boss?", ["Warrane"]),
        # valid: the name line of a signature block, above a company and an address
        (
            ">Esat Jeknić\n>Marshall, Hernandez and Simpson\n>3378 217 Lovers Lane\n>Suite 680",
            ["Esat Jeknić"],
        ),
        ("Lara Pottinger\n\n3247 Rua Igreja 25\n Apt. 236\n Ribeirão", ["Lara Pottinger"]),
        # valid: siblings of a known name in a list, repeats of a found name
        ("Il y avait Youssef, Efimiya et Jodi.", []),
        ("They had 3: Youssef, Efimiya and Jodi.", ["Efimiya", "Jodi", "Youssef"]),
        (
            "Name: Maciej Borkowski. The film is starring Borkowski",
            ["Borkowski", "Maciej Borkowski"],
        ),
        # look-alike: speakers that are roles, words that follow cues
        ("Caller: sure, DA27964\nAgent: And your date of birth?", []),
        ("Student Said Boukhriss, Massar code J150185835", []),
        ("Hello, I'm Hamza Sqalli and I'm diabetic.", []),
        ("Name: the one on the card", []),
        # valid, deny by default: a list of surnames that may be a firm stays masked
        (
            "He spent a year at Jones, Mitchell and Youssef as an assistant",
            ["Jones", "Mitchell", "Youssef"],
        ),
        # look-alike: a list of genres
        ("Action & Adventure, Comedy, Kids & Family, Mystery & Suspense", []),
        # look-alike: a block headed by a greeting, a single line
        ("Bonjour Madame\nMaroc Telecom\n12 rue Atlas", []),
        ("Service Client", []),
    ],
)
def test_names_are_reported_by_the_cues_around_them(
    reported: Reported, text: str, expected: list[str]
) -> None:
    assert reported(CuedNameRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # valid: a firm's name by the words around it
        ("The Avalara office is at PSC 0413", "Avalara", True),
        ("Lopez, Santos and Coleman is a design agency", "Lopez, Santos and Coleman", True),
        # look-alike: people; a word before is no evidence (deny by default: a name
        # taken for a firm goes out in clear)
        ("Scott is a very sympathetic person.", "Scott", False),
        ("I used to work for Deloitte as Midwife", "Deloitte", False),
        ("I bought a gift for Freja, Ubul and Halldór", "Freja, Ubul and Halldór", False),
        ("It was a done thing between him and Asya's kid", "Asya", False),
        ("Unlike the Sokolov novel, it's not about that.", "Sokolov", False),
    ],
)
def test_firms_are_told_from_people_by_their_context(
    text: str, name: str, *, expected: bool
) -> None:
    start = text.index(name)
    assert names_a_firm(text, start + len(name)) is expected


# Long inputs: the list, block and repeat rules read a text in about linear time (they
# were quadratic on comma lists with no "and", on many blank-line blocks and on many
# names); these cases pin what the bounded readings still find.


def test_a_long_comma_list_ending_in_and_still_names_its_last_items(reported: Reported) -> None:
    items = [f"Aab{chr(97 + i % 26)}{chr(97 + i // 26)}" for i in range(30)]
    text = "They invited " + ", ".join(items) + ", Karim and Nadia."
    found = reported(CuedNameRecognizer(), text)
    assert {"Karim", "Nadia", items[-1]} <= set(found)


def test_a_comma_list_with_no_and_names_nobody() -> None:
    text = ", ".join(["Aab"] * 2_000)
    assert CuedNameRecognizer().analyze(text, [], None) == []


def test_a_block_name_line_repeated_below_is_reported_once_per_block(
    reported: Reported,
) -> None:
    block = "Esat Jeknic\nMarshall Hernandez\nPort Whangarei\nEsat Jeknic\n"
    assert "Esat Jeknic" in reported(CuedNameRecognizer(), "\n" + block)


def test_mentions_inside_a_found_name_are_not_reported_again() -> None:
    recognizer = CuedNameRecognizer()
    text = "Name: Maciej Borkowski. Later Borkowski called."
    spans = {(r.start, r.end) for r in recognizer.analyze(text, ["PERSON"], None)}
    start = text.index("Maciej")
    later = text.rindex("Borkowski")
    assert (start, start + len("Maciej Borkowski")) in spans
    assert (later, later + len("Borkowski")) in spans
    assert (text.index("Borkowski"), text.index("Borkowski") + 9) not in spans
