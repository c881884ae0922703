"""The adversarial cases, by family: where a value is put, and in what form it is written.

Values carry the words that name them ("CIN", "tel"), as they do in prose: these
cases test where a value goes and how it is spelled, not detection without any
context (a bare "BE384721" in an id), which bench/detect_eval.py measures.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from tests.e2e.boundary.canaries import CARD, CIN, EMAIL, IBAN, NAME, PHONE

ALL = f"Je suis {NAME}, CIN {CIN}, tel {PHONE}, email {EMAIL}, IBAN {IBAN}, carte {CARD}."
HELLO = [{"role": "user", "content": "Bonjour"}]


@dataclass(frozen=True)
class Case:
    id: str
    endpoint: str
    body: Any
    headers: dict[str, str] = field(default_factory=dict)


def chat(**extra: Any) -> dict[str, Any]:
    return {"model": "m", "messages": HELLO, **extra}


def said(*contents: Any) -> dict[str, Any]:
    return {"model": "m", "messages": [{"role": "user", "content": c} for c in contents]}


_SCHEMA = {
    "type": "object",
    "description": ALL,
    "properties": {
        f"cin_{CIN}": {"type": "string", "description": ALL},
        "who": {"type": "string", "enum": [NAME, PHONE], "default": EMAIL, "examples": [IBAN]},
        "card": {"type": "string", "title": f"carte {CARD}"},
    },
}
_ARGS = json.dumps({"who": NAME, "tel": PHONE, "cin": CIN, "mail": EMAIL})
_ESCAPED_ARGS = '{"tel": "' + "".join(f"\\u{ord(c):04x}" for c in PHONE) + '"}'

PLACEMENT = [
    Case(
        "tool-description",
        "chat/completions",
        chat(tools=[{"type": "function", "function": {"name": "f", "description": ALL}}]),
    ),
    Case(
        "tool-name",
        "chat/completions",
        chat(tools=[{"type": "function", "function": {"name": f"send_tel_{PHONE}_cin_{CIN}"}}]),
    ),
    Case(
        "tool-parameters-schema",
        "chat/completions",
        chat(tools=[{"type": "function", "function": {"name": "f", "parameters": _SCHEMA}}]),
    ),
    Case(
        "tool-choice-name",
        "chat/completions",
        chat(tool_choice={"type": "function", "function": {"name": f"call_{PHONE}"}}),
    ),
    Case(
        "response-format-schema",
        "chat/completions",
        chat(
            response_format={
                "type": "json_schema",
                "json_schema": {"name": "out", "description": ALL, "schema": _SCHEMA},
            }
        ),
    ),
    Case("metadata-value", "chat/completions", chat(metadata={"note": ALL})),
    Case(
        "metadata-key",
        "chat/completions",
        chat(metadata={EMAIL: "x", f"tel {PHONE}": "y", f"CIN {CIN}": "z"}),
    ),
    Case("stop", "chat/completions", chat(stop=[ALL])),
    Case("logit-bias-key", "chat/completions", chat(logit_bias={PHONE: 1})),
    Case("prediction", "chat/completions", chat(prediction={"type": "content", "content": ALL})),
    Case(
        "stream-options-extra",
        "chat/completions",
        chat(stream_options={"include_usage": True, "note": ALL}),
    ),
    Case("safety-identifier", "chat/completions", chat(safety_identifier=EMAIL, user=PHONE)),
    Case("unknown-top-level", "chat/completions", chat(x_extra=ALL, x_list=[ALL])),
    Case(
        "message-extra-key",
        "chat/completions",
        {"model": "m", "messages": [{"role": "user", "content": "hi", "x_note": ALL}]},
    ),
    Case(
        "part-extra-key", "chat/completions", said([{"type": "text", "text": "hi", "x_note": ALL}])
    ),
    Case(
        "role-value",
        "chat/completions",
        {"model": "m", "messages": [{"role": ALL, "content": "hi"}]},
    ),
    Case(
        "tool-call-ids",
        "chat/completions",
        {
            "model": "m",
            "messages": [
                {"role": "user", "content": "hi"},
                {
                    "role": "assistant",
                    "content": None,
                    "tool_calls": [
                        {
                            "id": f"call_tel_{PHONE}_cin_{CIN}",
                            "type": "function",
                            "function": {"name": "f", "arguments": "{}"},
                        }
                    ],
                },
                {"role": "tool", "tool_call_id": f"call_tel_{PHONE}_cin_{CIN}", "content": "done"},
            ],
        },
    ),
    Case(
        "tool-call-arguments",
        "chat/completions",
        {
            "model": "m",
            "messages": [
                {
                    "role": "assistant",
                    "content": None,
                    "tool_calls": [
                        {
                            "id": "c1",
                            "type": "function",
                            "function": {"name": "f", "arguments": _ARGS},
                        }
                    ],
                },
            ],
        },
    ),
    Case(
        "tool-call-arguments-escaped",
        "chat/completions",
        {
            "model": "m",
            "messages": [
                {
                    "role": "assistant",
                    "content": None,
                    "tool_calls": [
                        {
                            "id": "c1",
                            "type": "function",
                            "function": {"name": "f", "arguments": "tel " + _ESCAPED_ARGS},
                        }
                    ],
                },
            ],
        },
    ),
    Case(
        "legacy-functions",
        "chat/completions",
        chat(
            functions=[{"name": "f", "description": ALL, "parameters": _SCHEMA}],
            function_call={"name": "f"},
        ),
    ),
    Case(
        "legacy-function-call-arguments",
        "chat/completions",
        {
            "model": "m",
            "messages": [
                {
                    "role": "assistant",
                    "content": None,
                    "function_call": {"name": "f", "arguments": _ARGS},
                },
                {"role": "function", "name": "f", "content": ALL},
            ],
        },
    ),
    Case(
        "message-name",
        "chat/completions",
        {"model": "m", "messages": [{"role": "user", "name": "Karim_Benali", "content": "hi"}]},
    ),
    Case("model-id", "chat/completions", {"model": f"m-{PHONE}", "messages": HELLO}),
    Case("model-id-free-text", "chat/completions", {"model": ALL, "messages": HELLO}),
    Case(
        "embeddings-extra",
        "embeddings",
        {"model": "m", "input": "hi", "x_note": ALL, "user": EMAIL},
    ),
    Case("embeddings-input", "embeddings", {"model": "m", "input": [ALL, "hi"]}),
    Case(
        "completions-extra",
        "completions",
        {"model": "m", "prompt": "hi", "suffix": ALL, "x_note": ALL, "stop": ALL},
    ),
    Case("responses-instructions", "responses", {"model": "m", "input": "hi", "instructions": ALL}),
    Case("responses-input-string", "responses", {"model": "m", "input": ALL}),
    Case(
        "responses-items",
        "responses",
        {
            "model": "m",
            "input": [
                {"role": "user", "content": [{"type": "input_text", "text": ALL}]},
                {"type": "function_call", "call_id": f"c_{PHONE}", "name": "f", "arguments": _ARGS},
                {"type": "function_call_output", "call_id": f"c_{PHONE}", "output": ALL},
            ],
        },
    ),
    Case(
        "responses-format-schema",
        "responses",
        {
            "model": "m",
            "input": "hi",
            "text": {"format": {"type": "json_schema", "name": "o", "schema": _SCHEMA}},
        },
    ),
    Case(
        "responses-tools",
        "responses",
        {
            "model": "m",
            "input": "hi",
            "tools": [{"type": "function", "name": "f", "description": ALL, "parameters": _SCHEMA}],
            "metadata": {"n": ALL},
        },
    ),
    Case("query-string", f"chat/completions?tel={PHONE}&cin={CIN}", chat()),
]

HEADERS = [
    Case(f"header-{name.lower()}", "chat/completions", chat(), {name: value})
    for name, value in (
        ("OpenAI-Organization", f"org-{PHONE}-{CIN}"),
        ("OpenAI-Project", f"proj {EMAIL}"),
        ("Accept", f"application/json, text/{PHONE}"),
        ("X-Custom-Note", f"{CIN} {PHONE}"),
        ("Authorization", f"Bearer {PHONE}{CIN}"),
        ("Cookie", f"who={EMAIL}"),
        ("User-Agent", f"agent {PHONE}"),
        ("X-Request-Id", f"{CIN}-{PHONE}"),
        ("X-Forwarded-For", f"{PHONE}"),
        ("Referer", f"http://x/{EMAIL}"),
    )
]


_MARKS = {
    "tilde": "~",
    "plus": "+",
    "hash": "#",
    "equals": "=",
    "ampersand": "&",
    "backslash": "\\",
    "backtick": "`",
    "caret": "^",
    "bang": "!",
    "question": "?",
    "percent": "%",
    "dollar": "$",
    "emoji": "\U0001f600",
}
_UNICODE_SEPARATORS = {
    "prolonged-sound-mark": "\u30fc",
    "hyphen-bullet": "\u2043",
    "middle-dot": "\u00b7",
    "bullet": "\u2022",
    "dot-operator": "\u22c5",
    "modifier-minus": "\u02d7",
    "heavy-minus": "\u2796",
    "ideographic-comma": "\u3001",
    "full-width-comma": "\uff0c",
    "braille-blank": "\u2800",
}


def _between(value: str, mark: str) -> str:
    return mark.join(value)


_FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
_BOLD = str.maketrans("0123456789", "𝟎𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗")
_ARABIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
_CYRILLIC = str.maketrans("BEAMKHOPCTX", "ВЕАМКНОРСТХ")
_GREEK = str.maketrans("BEAMKHOPTX", "ΒΕΑΜΚΗΟΡΤΧ")
# ⑴..⑼ for 1-9 (zero has no parenthesized form), ❶..❾ and 🄌, ➀..➈ and 🄋.
_PARENTHESIZED = str.maketrans({str(d): chr(0x2473 + d) for d in range(1, 10)})
_DINGBAT = str.maketrans({"0": "\U0001f10c", **{str(d): chr(0x2775 + d) for d in range(1, 10)}})
_DINGBAT_SANS = str.maketrans(
    {"0": "\U0001f10b", **{str(d): chr(0x277F + d) for d in range(1, 10)}}
)
_LOOKALIKES = {
    "cherokee": str.maketrans("BEMAKC", "ᏴᎬᎷᎪᏦᏟ"),
    "lisu": str.maketrans("BEMAKCli", "ꓐꓰꓟꓮꓗꓚꓲꓲ"),
    "coptic": str.maketrans("oaBE", "ⲟⲁⲂⲈ"),
    "armenian": str.maketrans("ogh", "օցհ"),
    "small-capitals": str.maketrans("BEabcegik", "ʙᴇᴀʙᴄᴇɢɪᴋ"),
}


def _unicode_cases() -> list[Case]:
    cases = []
    marks = {
        "word-joiner": "\u2060",
        "soft-hyphen": "\u00ad",
        "cgj": "\u034f",
        "zwsp": "\u200b",
        "rlm": "\u200f",
        "variation-selector": "\ufe0f",
        "combining-dot": "\u0307",
    }
    values = {
        "phone": "tel {}",
        "cin": "mon CIN {}",
        "iban": "IBAN {}",
        "email": "email {}",
        "card": "carte {}",
    }
    raw = {"phone": PHONE, "cin": CIN, "iban": IBAN, "email": EMAIL, "card": CARD}
    for mark_name, mark in marks.items():
        for kind in ("phone", "cin", "iban", "email"):
            cases.append(
                Case(
                    f"{mark_name}-{kind}",
                    "chat/completions",
                    said(values[kind].format(_between(raw[kind], mark))),
                )
            )
    for form, table in (
        ("full-width", _FULL_WIDTH),
        ("math-bold", _BOLD),
        ("arabic-indic", _ARABIC),
    ):
        for kind in ("phone", "cin", "iban", "card"):
            cases.append(
                Case(
                    f"{form}-{kind}",
                    "chat/completions",
                    said(values[kind].format(raw[kind].translate(table))),
                )
            )
    for form, table in (("cyrillic", _CYRILLIC), ("greek", _GREEK)):
        for kind in ("cin", "iban"):
            cases.append(
                Case(
                    f"{form}-{kind}",
                    "chat/completions",
                    said(values[kind].format(raw[kind].translate(table))),
                )
            )
    cases.append(
        Case("full-width-letters-cin", "chat/completions", said("mon CIN ＢＥ３８４７２１"))
    )
    # Digits NFKC leaves as they are, or turns into "(6)".
    for form, table in (
        ("parenthesized", _PARENTHESIZED),
        ("dingbat-negative", _DINGBAT),
        ("dingbat-sans-serif", _DINGBAT_SANS),
    ):
        for kind in ("phone", "card"):
            cases.append(
                Case(
                    f"{form}-{kind}",
                    "chat/completions",
                    said(values[kind].format(raw[kind].translate(table))),
                )
            )
    # Look-alike letters of scripts beyond Cyrillic and Greek, and Latin small capitals.
    for form, table in _LOOKALIKES.items():
        cases.append(
            Case(
                f"{form}-cin", "chat/completions", said(values["cin"].format(CIN.translate(table)))
            )
        )
        cases.append(
            Case(
                f"{form}-email",
                "chat/completions",
                said(values["email"].format(EMAIL.translate(table))),
            )
        )
    cases.append(
        Case(
            "ideographic-full-stop-email",
            "chat/completions",
            said("email " + EMAIL.replace(".", "。")),
        )
    )
    cases.append(
        Case(
            "escape-in-text",
            "chat/completions",
            said("tel " + "".join(f"\\u{ord(c):04x}" for c in PHONE)),
        )
    )
    return cases


UNICODE = _unicode_cases()

SEPARATORS = [
    Case(cid, "chat/completions", said(text))
    for cid, text in (
        ("cin-dashes", "mon CIN BE-384-721"),
        ("cin-dot", "mon CIN BE.384721"),
        ("cin-spaces", "mon CIN BE 384 721"),
        ("cin-lower", "mon cin be384721"),
        ("cin-lower-space", "l cin dyali be 384721"),
        ("cin-every-char", "mon CIN B E 3 8 4 7 2 1"),
        ("iban-dots", "IBAN MA64.0115.1900.0001.2345.6789.0136"),
        ("iban-dashes", "IBAN MA64-0115-1900-0001-2345-6789-0136"),
        ("iban-lower-spaces", "iban ma64 0115 1900 0001 2345 6789 0136"),
        ("iban-slashes", "IBAN MA64/0115/1900/0001/2345/6789/0136"),
        ("iban-newline", "IBAN MA64 0115 1900\n0001 2345 6789 0136"),
        ("card-odd-groups", "carte 41 111 111 1111 1111"),
        ("card-dots", "carte 4111.1111.1111.1111"),
        ("phone-mixed", "tel 06 61.23-45/67"),
        ("phone-newline", "tel 0661\n234567"),
        ("phone-every-char", "tel 0 6 6 1 2 3 4 5 6 7"),
        ("phone-intl-dots", "tel +212.6.61.23.45.67"),
        ("email-spaced", "email k a r i m . b e n a l i @ g m a i l . c o m"),
        ("email-around-at", "email karim.benali @ gmail.com"),
        ("email-upper", "email KARIM.BENALI@GMAIL.COM"),
        ("phone-many-spaces", "tel 06    61    23    45    67"),
        ("phone-many-dashes", "tel 06-----61-----23-----45-----67"),
        ("cin-dash-every-char", "mon CIN B-E-3-8-4-7-2-1"),
        ("cin-dot-every-char", "mon CIN B.E.3.8.4.7.2.1"),
        ("email-spaced-dots", "email karim . benali @ gmail . com"),
        ("phone-commas", "tel 06,61,23,45,67"),
        ("phone-colons", "tel 06:61:23:45:67"),
        ("phone-pipes", "tel 06|61|23|45|67"),
        ("phone-stars", "tel 06*61*23*45*67"),
        ("phone-parentheses", "tel (06) (61) (23) (45) (67)"),
        ("phone-quotes", "tel '06' '61' '23' '45' '67'"),
        ("phone-double-quotes", 'tel "06" "61" "23" "45" "67"'),
        ("card-brackets", "carte [4111] [1111] [1111] [1111]"),
        ("iban-semicolons", "IBAN MA64;0115;1900;0001;2345;6789;0136"),
        # any mark between the characters (red team, second round)
        *((f"phone-every-char-{name}", "tel " + mark.join(PHONE)) for name, mark in _MARKS.items()),
        *(
            (f"card-groups-{name}", "carte " + mark.join(("4111",) * 4))
            for name, mark in _MARKS.items()
        ),
        ("cin-every-char-hash", "mon CIN " + "#".join(CIN)),
        ("iban-ampersand", "IBAN MA64&0115&1900&0001&2345&6789&0136"),
        ("phone-forty-spaces", "tel 0661" + " " * 40 + "234567"),
        ("phone-stray-plus", f"tel +{PHONE}"),
        ("email-quoted-local-part", 'email "karim.benali"@gmail.com'),
        *(
            (f"phone-{name}", f"tel 06{sep}61{sep}23{sep}45{sep}67")
            for name, sep in _UNICODE_SEPARATORS.items()
        ),
        *(
            (f"card-{name}", f"carte 4111{sep}1111{sep}1111{sep}1111")
            for name, sep in _UNICODE_SEPARATORS.items()
        ),
    )
]

# Glued to a word or an underscore: no space before or after the value.
GLUED = [
    Case(cid, "chat/completions", said(text))
    for cid, text in (
        ("phone-underscore", f"tel_{PHONE}"),
        ("phone-underscores-around", f"appelle_{PHONE}_vite"),
        ("phone-glued-word", f"tel{PHONE}"),
        ("phone-trailing-underscore", f"{PHONE}_"),
        ("cin-glued-label", f"mon CIN{CIN}"),
        ("cin-glued-lower", f"cin{CIN.lower()}"),
        ("card-glued-letter", f"carte x{CARD}"),
        ("card-glued-after", f"carte {CARD}x"),
        ("iban-glued-label", f"IBAN{IBAN}"),
        ("email-underscore-before", f"mail_{EMAIL}"),
        ("email-file-extension", f"pièce jointe {EMAIL}.pdf"),
        ("card-at-signs", "carte " + "@".join(CARD)),
        ("card-groups-at-signs", "carte 4111@1111@1111@1111"),
        ("card-zero-fraction", f"carte {CARD}.0"),
        ("iban-glued-both-sides", f"compte{IBAN}fin"),
        ("cin-glued-after", f"CIN: {CIN}X"),
        ("email-glued-digits", f"email {EMAIL}2024"),
    )
] + [
    Case(
        "tool-name-glued",
        "chat/completions",
        chat(tools=[{"type": "function", "function": {"name": f"tel{PHONE}"}}]),
    ),
    Case(
        "tool-name-trailing-underscore",
        "chat/completions",
        chat(tools=[{"type": "function", "function": {"name": f"send_{PHONE}_"}}]),
    ),
]

SPLIT = [
    Case(
        "phone-two-messages", "chat/completions", said("mon numéro est le 06 61 23", "45 67, merci")
    ),
    Case(
        "phone-two-messages-no-space",
        "chat/completions",
        said("mon numéro est le 066123", "4567 merci"),
    ),
    Case(
        "phone-two-parts",
        "chat/completions",
        said([{"type": "text", "text": "tel 0661"}, {"type": "text", "text": "234567"}]),
    ),
    Case("cin-two-messages", "chat/completions", said("mon CIN est BE38", "4721")),
    Case("card-two-messages", "chat/completions", said("carte 4111 1111", "1111 1111")),
    Case(
        "iban-two-parts",
        "chat/completions",
        said(
            [
                {"type": "text", "text": "IBAN MA64 0115 1900 0001"},
                {"type": "text", "text": "2345 6789 0136"},
            ]
        ),
    ),
    Case("email-two-messages", "chat/completions", said("email karim.benali@", "gmail.com")),
    Case("name-two-messages", "chat/completions", said("Je suis Karim", "Benali, bonjour")),
    Case("phone-prompt-list", "completions", {"model": "m", "prompt": ["tel 06 61 23", "45 67"]}),
    Case("phone-embeddings-list", "embeddings", {"model": "m", "input": ["tel 06 61 23", "45 67"]}),
    Case(
        "phone-instructions-and-input",
        "responses",
        {"model": "m", "instructions": "tel 06 61 23", "input": "45 67"},
    ),
    # The label in one text, the value in the next.
    Case("cin-label-then-value", "chat/completions", said("mon CIN est", CIN)),
    Case(
        "cin-label-then-value-parts",
        "chat/completions",
        said([{"type": "text", "text": "numero de CIN"}, {"type": "text", "text": CIN}]),
    ),
    # More than two pieces, and pieces with something between them.
    Case("phone-five-messages", "chat/completions", said("tel 06", "61", "23", "45", "67")),
    Case("card-four-messages", "chat/completions", said("carte 4111", "1111", "1111", "1111")),
    Case(
        "phone-message-between", "chat/completions", said("tel 0661", "ok, et ensuite ?", "234567")
    ),
    Case(
        "phone-name-between",
        "chat/completions",
        {
            "model": "m",
            "messages": [
                {"role": "user", "content": "tel 0661", "name": "bob"},
                {"role": "user", "content": "234567"},
            ],
        },
    ),
    Case(
        "phone-extra-key-between",
        "chat/completions",
        chat(metadata={"a": "tel 0661", "b": "rien", "c": "234567"}),
    ),
    Case(
        "iban-three-parts",
        "chat/completions",
        said(
            [
                {"type": "text", "text": "IBAN MA64 0115 1900"},
                {"type": "text", "text": "0001 2345"},
                {"type": "text", "text": "6789 0136"},
            ]
        ),
    ),
    Case(
        "phone-embeddings-three",
        "embeddings",
        {"model": "m", "input": ["tel 06 61", "23 45", "67"]},
    ),
]

# Numbers of structural fields: never rewritten, so refused when their digits spell a value.
PARAMS = [
    Case(cid, endpoint, body)
    for cid, endpoint, body in (
        ("seed-card", "chat/completions", chat(seed=int(CARD))),
        ("max-tokens-phone", "chat/completions", chat(max_tokens=int(PHONE))),
        ("temperature-phone", "chat/completions", chat(temperature=float("0." + PHONE[1:]))),
        ("top-p-card", "chat/completions", chat(top_p=float("0." + CARD))),
        ("penalty-phone", "chat/completions", chat(frequency_penalty=float("0.0" + PHONE[1:]))),
        ("logit-bias-key", "chat/completions", chat(logit_bias={PHONE[1:]: 1})),
        ("logit-bias-value", "chat/completions", chat(logit_bias={"1": float("66.1234567")})),
        ("n-phone", "chat/completions", chat(n=int(PHONE))),
        ("top-logprobs-phone", "chat/completions", chat(top_logprobs=int(PHONE))),
        ("dimensions-phone", "embeddings", {"model": "m", "input": "x", "dimensions": int(PHONE)}),
        ("best-of-card", "completions", {"model": "m", "prompt": "x", "best_of": int(CARD)}),
        (
            "max-output-tokens-card",
            "responses",
            {"model": "m", "input": "x", "max_output_tokens": int(CARD)},
        ),
    )
]
# ... and left alone when they spell nothing: the numbers clients send.
ORDINARY_PARAMS = [
    chat(seed=42, temperature=0.7, top_p=0.95, max_tokens=4096, n=1),
    chat(seed=1234567890, temperature=0.30000000000000004, frequency_penalty=-0.5),
    chat(logit_bias={"50256": -100, "198": 2.5}, top_logprobs=5, presence_penalty=0.6),
]
