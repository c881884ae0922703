"""Images through the boundary, end to end: the official OpenAI SDK, a real sidecar on
loopback, the recording echo upstream. What left is read back the way an attacker
would, with the same OCR and face detector: the values drawn in the pictures are gone.
"""

from __future__ import annotations

import io
import json
import logging

import httpx
import openai
import pytest
from PIL import Image
from sqlalchemy import create_engine, text

from compliance.core.logs import configure_logging
from compliance.images.faces import HaarFaces
from compliance.images.metadata import metadata_kinds
from tests.images.drawing import (
    CARD_CIN,
    CARD_NAME,
    LABEL_PHONE,
    cin_card,
    data_url,
    decoded_url,
    delivery_label,
    encoded,
    gps_exif,
    plain_product,
    portrait_on_photo,
)
from tests.images.test_inspector import ocr_text

pytestmark = pytest.mark.slow
BIG = {"max_body_bytes": 8 * 1024 * 1024}
CANARIES = (CARD_CIN, "384721", "Benali", LABEL_PHONE, "SN-CANARY-4242", "Canary Artist")


def sdk(url: str, route: str = "llm", **headers: str) -> openai.OpenAI:
    return openai.OpenAI(
        base_url=f"{url}/{route}/v1",
        api_key="sk-test",
        default_headers={"X-Subject-Id": "customer-42", **headers},
        max_retries=0,
    )


def image_part(url: str) -> dict:
    return {"type": "image_url", "image_url": {"url": url, "detail": "high"}}


def forwarded_images(body: dict) -> list[bytes]:
    """The images of a chat body that reached the upstream, decoded."""
    return [
        decoded_url(part["image_url"]["url"])
        for message in body["messages"]
        if isinstance(message["content"], list)
        for part in message["content"]
        if part["type"] == "image_url"
    ]


def audit_bodies(tmp_path) -> list[dict]:
    engine = create_engine(f"sqlite:///{tmp_path}/cndp.db")
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT body FROM audit_record ORDER BY seq")).all()
    engine.dispose()
    return [json.loads(row[0]) for row in rows]


def test_the_sdks_multimodal_chat_call_forwards_the_card_with_name_and_number_blacked_out(
    sidecar, upstream, tmp_path
) -> None:
    _, received = upstream
    with sidecar(**BIG) as url:
        answer = sdk(url).chat.completions.create(
            model="echo-1",
            messages=[
                {
                    "role": "user",
                    "content": [
                        {"type": "text", "text": "Que dit cette carte ?"},
                        image_part(data_url(encoded(cin_card()))),
                    ],
                }
            ],
        )
    assert answer.choices[0].message.content is not None
    [body] = received
    [image] = forwarded_images(body)
    assert Image.open(io.BytesIO(image)).format == "PNG"
    read_back = ocr_text(image)
    assert CARD_CIN not in read_back
    assert "Benali" not in read_back
    assert "CARTE NATIONALE" in read_back
    assert body["messages"][0]["content"][1]["image_url"]["detail"] == "high"
    [decision] = [b for b in audit_bodies(tmp_path) if b["event"] == "decision"]
    assert decision["allow"] is True
    assert decision["images"]["count"] == 1
    assert decision["images"]["found"]["MA_CIN"] == 1
    assert decision["images"]["done"]["text_blacked_out"] >= 2
    assert decision["entities"]["MA_CIN"] == 1  # counted like a typed CIN
    assert "image.minimized" in decision["reasons"]


def test_a_streamed_multimodal_chat_forwards_the_redacted_image_too(sidecar, upstream) -> None:
    _, received = upstream
    with sidecar(**BIG) as url:
        chunks = list(
            sdk(url).chat.completions.create(
                model="echo-1",
                stream=True,
                messages=[
                    {
                        "role": "user",
                        "content": [
                            {"type": "text", "text": "Lis l'étiquette"},
                            image_part(data_url(encoded(delivery_label()))),
                        ],
                    }
                ],
            )
        )
    assert chunks
    [body] = received
    assert body["stream"] is True
    assert LABEL_PHONE not in ocr_text(forwarded_images(body)[0]).replace(" ", "")


def test_exif_gps_and_a_face_do_not_leave_and_a_label_loses_its_phone(sidecar, upstream) -> None:
    _, received = upstream
    photo = portrait_on_photo()
    with_gps = encoded(photo, "JPEG", quality=92, exif=gps_exif(photo).tobytes())
    label = encoded(delivery_label(), "WEBP", quality=95)
    with sidecar(**BIG) as url:
        sdk(url).chat.completions.create(
            model="echo-1",
            messages=[
                {
                    "role": "user",
                    "content": [
                        image_part(data_url(with_gps, "image/jpeg")),
                        image_part(data_url(label, "image/webp")),
                    ],
                }
            ],
        )
    [body] = received
    face_jpeg, label_webp = forwarded_images(body)
    out = Image.open(io.BytesIO(face_jpeg))
    assert out.format == "JPEG"
    assert not out.getexif().get_ifd(0x8825)
    assert metadata_kinds(out) == ()
    assert HaarFaces(min_face_pixels=24).faces(out.convert("RGB")) == []
    assert Image.open(io.BytesIO(label_webp)).format == "WEBP"
    assert LABEL_PHONE not in ocr_text(label_webp).replace(" ", "")


def test_the_responses_api_takes_input_image_parts(sidecar, upstream) -> None:
    _, received = upstream
    with sidecar(**BIG) as url:
        response = httpx.post(
            f"{url}/llm/v1/responses",
            json={
                "model": "echo-1",
                "input": [
                    {
                        "role": "user",
                        "content": [
                            {"type": "input_text", "text": "Décris"},
                            {"type": "input_image", "image_url": data_url(encoded(cin_card()))},
                        ],
                    }
                ],
            },
            headers={"X-Subject-Id": "customer-42"},
            timeout=120,
        )
    assert response.status_code == 200, response.text
    [body] = received
    image = decoded_url(body["input"][0]["content"][1]["image_url"])
    assert CARD_CIN not in ocr_text(image)


def test_an_image_of_a_purpose_that_declares_none_is_refused_and_nothing_leaves(
    sidecar, upstream, tmp_path
) -> None:
    _, received = upstream
    with sidecar(**BIG) as url, pytest.raises(openai.PermissionDeniedError) as info:
        sdk(url, **{"X-Purpose": "credit_scoring"}).chat.completions.create(
            model="echo-1",
            messages=[{"role": "user", "content": [image_part(data_url(encoded(cin_card())))]}],
        )
    assert info.value.status_code == 403
    assert "image.not_declared" in info.value.response.text
    assert received == []
    [decision] = [b for b in audit_bodies(tmp_path) if b["event"] == "decision"]
    assert decision["allow"] is False
    assert decision["images"]["found"]["MA_CIN"] == 1
    assert "done" not in decision["images"]


def test_an_identity_card_image_does_not_leave_morocco(sidecar, upstream) -> None:
    _, received = upstream
    with sidecar(**BIG) as url, pytest.raises(openai.PermissionDeniedError) as info:
        sdk(url, "eu", **{"X-Purpose": "identity_check"}).chat.completions.create(
            model="echo-1",
            messages=[{"role": "user", "content": [image_part(data_url(encoded(cin_card())))]}],
        )
    assert "image.domestic_only" in info.value.response.text
    assert received == []


def test_an_identity_check_in_morocco_forwards_the_card_readable(sidecar, upstream) -> None:
    _, received = upstream
    with sidecar(**BIG) as url:
        sdk(url, **{"X-Purpose": "identity_check"}).chat.completions.create(
            model="echo-1",
            messages=[{"role": "user", "content": [image_part(data_url(encoded(cin_card())))]}],
        )
    [body] = received
    assert CARD_CIN in ocr_text(forwarded_images(body)[0])


@pytest.mark.parametrize(
    ("part", "status", "code"),
    [
        (image_part("data:image/png;base64,bm90IGFuIGltYWdl"), 422, "invalid_image"),
        (image_part(data_url(encoded(plain_product(), "GIF"), "image/png")), 422, "invalid_image"),
        (image_part("https://img.example.ma/a.png"), 422, "image_url_refused"),
        (image_part("http://169.254.169.254/latest"), 422, "image_url_refused"),
        ({"type": "image_url", "image_url": {"url": 7}}, 422, "invalid_request"),
        (
            image_part(data_url(encoded(Image.new("RGB", (4000, 4000)), "PNG"))),
            413,
            "image_too_large",
        ),
    ],
)
def test_a_bad_image_gets_a_clear_4xx_and_nothing_is_forwarded(
    sidecar, upstream, part, status, code
) -> None:
    _, received = upstream
    with sidecar(**BIG, images={"max_pixels": 10_000_000}) as url:
        response = httpx.post(
            f"{url}/llm/v1/chat/completions",
            json={"model": "echo-1", "messages": [{"role": "user", "content": [part]}]},
            timeout=60,
        )
    assert response.status_code == status, response.text
    assert response.json()["error"]["code"] == code
    assert received == []


def test_more_images_than_the_budget_are_refused(sidecar, upstream) -> None:
    _, received = upstream
    part = image_part(data_url(encoded(plain_product())))
    with sidecar(**BIG, images={"max_images": 2}) as url:
        response = httpx.post(
            f"{url}/llm/v1/chat/completions",
            json={"model": "echo-1", "messages": [{"role": "user", "content": [part] * 3}]},
            timeout=60,
        )
    assert (response.status_code, response.json()["error"]["code"]) == (413, "too_many_images")
    assert received == []


def test_a_clip_style_json_route_reads_the_image_at_its_pointer(sidecar, upstream) -> None:
    """A generic JSON route names its image field; raw base64 there comes back as base64."""
    _, received = upstream
    routes = {
        "clip": {
            "upstream": upstream[0],
            "country": "MA",
            "kind": "json",
            "purpose": "visual_search",
            "images": {"pointers": ["/inputs/*/image"]},
        }
    }
    import base64

    raw = base64.b64encode(encoded(cin_card())).decode()
    with sidecar(**BIG, routes=routes) as url:
        response = httpx.post(
            f"{url}/clip/embed",
            json={"inputs": [{"image": raw}, {"image": data_url(encoded(plain_product()))}]},
            timeout=120,
        )
        unnamed = httpx.post(f"{url}/clip/embed", json={"picture": raw}, timeout=60)
    assert response.status_code == 200, response.text
    [body] = received
    card = base64.b64decode(body["inputs"][0]["image"])
    assert CARD_CIN not in ocr_text(card)
    assert body["inputs"][1]["image"].startswith("data:image/png;base64,")
    # An image in a field no pointer names is refused, not forwarded as text.
    assert unnamed.status_code == 422
    assert unnamed.json()["error"]["code"] == "invalid_image"


def test_the_sdks_embeddings_of_images_on_a_visual_search_route(sidecar, upstream) -> None:
    """A CLIP-style embeddings route names its image inputs; the texts beside them are texts."""
    _, received = upstream
    routes = {
        "clip": {
            "upstream": upstream[0],
            "country": "MA",
            "purpose": "visual_search",
            "images": {"pointers": ["/input/0"]},
        }
    }
    with sidecar(**BIG, routes=routes) as url:
        vectors = sdk(url, "clip").embeddings.create(
            model="clip-vit", input=[data_url(encoded(delivery_label())), "un colis"]
        )
    assert len(vectors.data) == 2
    [body] = received
    assert LABEL_PHONE not in ocr_text(decoded_url(body["input"][0])).replace(" ", "")
    assert body["input"][1] == "un colis"


def test_no_drawn_value_reaches_logs_metrics_errors_or_the_trail(
    sidecar, upstream, tmp_path, capfd, mint_token
) -> None:
    scraper = mint_token("metrics:read")
    photo = plain_product()
    with_exif = encoded(photo, "JPEG", exif=gps_exif(photo).tobytes())
    configure_logging("DEBUG")
    try:
        with sidecar(**BIG, log_level="DEBUG") as url:
            client = sdk(url)
            for picture in (data_url(encoded(cin_card())), data_url(with_exif, "image/jpeg")):
                client.chat.completions.create(
                    model="echo-1", messages=[{"role": "user", "content": [image_part(picture)]}]
                )
            refused = httpx.post(
                f"{url}/llm/v1/chat/completions",
                headers={"X-Purpose": "credit_scoring"},
                json={
                    "model": "echo-1",
                    "messages": [
                        {"role": "user", "content": [image_part(data_url(encoded(cin_card())))]}
                    ],
                },
                timeout=60,
            )
            metrics = httpx.get(
                f"{url}/metrics", headers={"Authorization": f"Bearer {scraper}"}
            ).text
    finally:
        configure_logging("INFO")
        logging.getLogger().setLevel(logging.WARNING)
    assert refused.status_code == 403
    captured = capfd.readouterr()
    assert "guard.inspected" in captured.err  # the DEBUG events were really captured
    blobs = {
        "logs": captured.out + captured.err,
        "metrics": metrics,
        "error": refused.text,
        "trail": json.dumps(audit_bodies(tmp_path)),
    }
    assert {name: [c for c in CANARIES if c in blob] for name, blob in blobs.items()} == {
        name: [] for name in blobs
    }
    assert "cndp_guard_entities_total" in metrics
    assert CARD_NAME not in blobs["trail"]


def test_an_image_the_model_answers_with_is_withheld_not_released_unread(sidecar) -> None:
    from fastapi import FastAPI

    from tests.conftest import LoopbackServer

    card = data_url(encoded(cin_card()))
    app = FastAPI()

    @app.post("/v1/chat/completions")
    async def answer_with_an_image() -> dict:
        content = [
            {"type": "text", "text": "Voici"},
            {"type": "image_url", "image_url": {"url": card}},
        ]
        return {
            "id": "chatcmpl-1",
            "object": "chat.completion",
            "model": "echo-1",
            "choices": [{"index": 0, "message": {"role": "assistant", "content": content}}],
        }

    with LoopbackServer(app) as model:
        routes = {"pics": {"upstream": model.url, "country": "MA"}}
        with sidecar(routes=routes) as url:
            answer = httpx.post(
                f"{url}/pics/v1/chat/completions",
                json={"model": "echo-1", "messages": [{"role": "user", "content": "Une photo ?"}]},
                timeout=120,
            )
    assert answer.status_code == 503
    assert answer.json()["error"]["code"] == "answer_holds_file"
    assert card[30:90] not in answer.text
