"""Where a payload's images are: the shapes' image parts, a route's pointers, and never text."""

from __future__ import annotations

import pytest

from compliance.core.errors import InvalidImage, SchemaError
from compliance.core.settings import Route
from compliance.guard.adapters import extract, json_shape
from compliance.guard.images import claim_images, pointer_paths
from compliance.guard.shapes import CHAT, EMBEDDING, RESPONSE
from tests.images.drawing import data_url, encoded, plain_product

PNG_URL = data_url(encoded(plain_product()))
RAW = PNG_URL.split(",", 1)[1]


def route(*pointers: str) -> Route:
    return Route(upstream="http://127.0.0.1:9", country="MA", images={"pointers": pointers})


@pytest.mark.parametrize(
    ("document", "pointer", "paths"),
    [
        ({"image": "x"}, "/image", [("image",)]),
        (
            {"inputs": [{"image": "a"}, {"image": "b"}]},
            "/inputs/*/image",
            [("inputs", 0, "image"), ("inputs", 1, "image")],
        ),
        ({"input": ["a", "b"]}, "/input/1", [("input", 1)]),
        ({"a/b": {"~": "x"}}, "/a~1b/~0", [("a/b", "~")]),
        # nothing there: nothing claimed
        ({"text": "x"}, "/image", []),
        ({"input": ["a"]}, "/input/3", []),
    ],
)
def test_pointers_reach_their_fields(document, pointer, paths) -> None:
    assert pointer_paths(document, pointer) == paths


def test_a_chat_image_part_is_an_image_not_a_text() -> None:
    body = {
        "model": "m",
        "messages": [
            {
                "role": "user",
                "content": [
                    {"type": "text", "text": "hello"},
                    {"type": "image_url", "image_url": {"url": PNG_URL, "detail": "low"}},
                ],
            }
        ],
    }
    extraction = extract(CHAT, body)
    assert claim_images(extraction, body, route()) == [
        ("messages", 0, "content", 1, "image_url", "url")
    ]
    assert all(slot.path[-1] != "url" for slot in extraction.slots)


def test_a_responses_input_image_is_an_image_and_a_file_id_is_refused() -> None:
    body = {
        "model": "m",
        "input": [{"role": "user", "content": [{"type": "input_image", "image_url": PNG_URL}]}],
    }
    extraction = extract(RESPONSE, body)
    assert extraction.images == [("input", 0, "content", 0, "image_url")]
    with pytest.raises(SchemaError):
        extract(
            RESPONSE,
            {
                "model": "m",
                "input": [
                    {"role": "user", "content": [{"type": "input_image", "file_id": "file-1"}]}
                ],
            },
        )


def test_a_chat_image_part_detail_is_an_enum() -> None:
    body = {
        "model": "m",
        "messages": [
            {
                "role": "user",
                "content": [
                    {"type": "image_url", "image_url": {"url": PNG_URL, "detail": "Karim"}}
                ],
            }
        ],
    }
    with pytest.raises(SchemaError):
        extract(CHAT, body)


def test_audio_and_files_are_still_refused() -> None:
    body = {
        "model": "m",
        "messages": [{"role": "user", "content": [{"type": "input_audio", "input_audio": {}}]}],
    }
    with pytest.raises(SchemaError, match="only text and images"):
        extract(CHAT, body)


def test_an_embedding_input_named_by_a_pointer_is_claimed_from_the_texts() -> None:
    body = {"model": "clip", "input": [PNG_URL, "a red mug"]}
    extraction = extract(EMBEDDING, body)
    assert claim_images(extraction, body, route("/input/0")) == [("input", 0)]
    assert [slot.path for slot in extraction.slots if slot.role == "text"] == [("input", 1)]


def _b64(data: bytes) -> str:
    import base64

    return base64.b64encode(data).decode()


@pytest.mark.parametrize(
    "body",
    [
        # images in the formats the sidecar reads
        {"note": PNG_URL},
        {"note": RAW},
        {"nested": [{"x": "  DATA:image/jpeg;base64,/9j/4AAQ"}]},
        # and in formats it does not read: not text either
        {"note": _b64(encoded(plain_product(), "GIF"))},
        {"note": _b64(encoded(plain_product(), "BMP"))},
        {"note": _b64(encoded(plain_product(), "TIFF"))},
        {"note": "data:application/pdf;base64,JVBERi0xLjQK"},
        {"note": _b64(b"%PDF-1.7\n" + b"x" * 200)},
        # disguised: wrapped as the base64 command prints it, URL-safe alphabet, after
        # other text or an invisible character, parameters after the base64 flag, no flag
        {"note": "\n".join(RAW[i : i + 76] for i in range(0, len(RAW), 76))},
        {"note": RAW.replace("+", "-").replace("/", "_")},
        {"note": "Voici ma carte : " + PNG_URL},
        {"note": "\u200b" + PNG_URL},
        {"note": "data:image/jpeg;base64;name=card.jpg," + RAW},
        {"note": "data:image/png," + RAW},
        {"note": "data:image/svg+xml;utf8,<svg xmlns='http://www.w3.org/2000/svg'/>"},
        # in a key, and in a JSON-looking string
        {"meta": {PNG_URL: "x"}},
        {"args": '{"file": "' + PNG_URL + '"}'},
        # formats the sidecar never reads: audio, archives, ISO media boxes
        {"note": _b64(b"ID3\x04\x00" + b"\x00" * 200)},
        {"note": _b64(b"PK\x03\x04" + b"\x14" * 200)},
        {"note": _b64(b"OggS\x00\x02" + b"\x00" * 200)},
        {"note": _b64(b"\x00\x00\x00\x20ftypavis" + b"\x00" * 200)},
        # cut into pieces under any single text's reach
        {"parts": [RAW[i : i + 40] for i in range(0, 400, 40)]},
    ],
)
def test_an_image_in_a_text_no_pointer_names_is_refused(body) -> None:
    extraction = extract(json_shape, body)
    with pytest.raises(InvalidImage) as info:
        claim_images(extraction, body, route())
    assert info.value.code == "invalid_image"
    assert RAW[:20] not in info.value.message


def test_text_that_merely_mentions_data_urls_is_not_an_image() -> None:
    body = {
        "note": "Use a data: URL such as data:text/plain,hello",
        "b64": "aGVsbG8gd29ybGQ=",
        # base64 of text is text's business (it is scanned as it is), not a file's
        "long": _b64(b"Bonjour, ceci est un long texte encode en base64 pour le test. " * 3),
        "hash": "3f1c0a9b" * 16,
        "prose": "check the site/women collection and tell me what you think of the new styles",
        "url": "https://example.ma/catalogue/2025/ete/lampes-en-laiton-martele-de-fes.html",
    }
    extraction = extract(json_shape, body)
    assert claim_images(extraction, body, route()) == []


def test_a_pointer_at_a_non_string_is_a_schema_error() -> None:
    body = {"image": {"bytes": [1, 2]}}
    extraction = extract(json_shape, body)
    with pytest.raises(SchemaError):
        claim_images(extraction, body, route("/image"))


def test_a_sidecar_without_a_tesseract_model_does_not_start() -> None:
    from compliance.core.errors import ConfigError
    from compliance.core.settings import parse_settings
    from compliance.wiring import image_guard

    settings = parse_settings(
        {
            "routes": {"llm": {"upstream": "http://127.0.0.1:9", "country": "MA"}},
            "images": {"ocr_languages": ["fra", "zzz"]},
        }
    )
    with pytest.raises(ConfigError, match="tesseract-ocr-zzz") as info:
        image_guard(settings, detector=None)  # type: ignore[arg-type]
    assert info.value.exit_code == 2


@pytest.mark.slow
def test_a_fetched_image_is_read_like_an_inline_one_and_forwarded_inline() -> None:
    """The allowed https image is fetched once, read, and written back as a data: URL."""
    import asyncio

    import httpx

    from compliance.core.settings import ImageSettings
    from compliance.detect import PresidioDetector
    from compliance.guard.images import ImageGuard
    from compliance.images import ImageFetcher, ImageInspector
    from tests.images.drawing import CARD_CIN, cin_card, decoded_url
    from tests.images.test_inspector import ocr_text

    card = encoded(cin_card())
    seen: list[str] = []

    def host(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(200, headers={"content-type": "image/png"}, content=card)

    detector = PresidioDetector()
    detector.warm_up()
    inspector = ImageInspector(detector=detector, settings=ImageSettings())
    fetched_route = Route(
        upstream="http://127.0.0.1:9",
        country="MA",
        images={"fetch_hosts": ["img.example.ma"]},
    )
    body = {"messages": [{"content": [{"image_url": {"url": "https://img.example.ma/c.png"}}]}]}
    path = ("messages", 0, "content", 0, "image_url", "url")

    async def detect(texts):
        return detector.analyze(texts)

    async def run():
        client = httpx.AsyncClient(transport=httpx.MockTransport(host))
        guard = ImageGuard(inspector=inspector, fetcher=ImageFetcher(client=client))
        read = await guard.read(body, [path], fetched_route, detect=detect)
        done = await guard.write(body, read, {"default": "redact"})
        await client.aclose()
        return read, done

    read, done = asyncio.run(run())
    inspector.close()
    assert seen == ["https://img.example.ma/c.png"]
    assert read.summary(done)["fetched"] == 1
    assert read.counts()["MA_CIN"] == 1
    url = body["messages"][0]["content"][0]["image_url"]["url"]
    assert url.startswith("data:image/png;base64,")
    assert CARD_CIN not in ocr_text(decoded_url(url))
