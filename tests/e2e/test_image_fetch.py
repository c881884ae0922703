"""Remote images through the sidecar, over real TLS on loopback.

A media server (uvicorn with a certificate of a test CA, named ``localhost``) holds
a photo with GPS in its EXIF and a redirect to another host. The route lists the
server in ``images.fetch_hosts`` and trusts the CA through ``images.fetch_ca_file``.
What reached the recording upstream is an inline ``data:`` URL without the GPS,
never the URL; hosts and redirects outside the list are refused and nothing leaves.
"""

from __future__ import annotations

import datetime
import io
import ssl
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from fastapi import FastAPI
from fastapi.responses import RedirectResponse, Response
from PIL import Image

from compliance.images.metadata import metadata_kinds
from tests.conftest import LoopbackServer
from tests.e2e.conftest import SidecarFactory
from tests.images.drawing import decoded_url, encoded, gps_exif, plain_product

pytestmark = pytest.mark.slow


def _certificate(
    subject: str, key: ec.EllipticCurvePrivateKey, issuer: x509.Name, signer: Any, *, ca: bool
) -> x509.Certificate:
    now = datetime.datetime.now(datetime.UTC)
    builder = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject)]))
        .issuer_name(issuer)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(hours=1))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
    )
    if not ca:
        builder = builder.add_extension(
            x509.SubjectAlternativeName([x509.DNSName("localhost")]), critical=False
        )
    return builder.sign(signer, hashes.SHA256())


@pytest.fixture(scope="module")
def tls_files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    """(CA certificate, server certificate, server key) of a throw-away test CA."""
    folder = tmp_path_factory.mktemp("tls")
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "cndp-guard test CA")])
    ca = _certificate("cndp-guard test CA", ca_key, ca_name, ca_key, ca=True)
    key = ec.generate_private_key(ec.SECP256R1())
    server = _certificate("localhost", key, ca_name, ca_key, ca=False)
    paths = folder / "ca.pem", folder / "server.pem", folder / "server.key"
    paths[0].write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    paths[1].write_bytes(server.public_bytes(serialization.Encoding.PEM))
    paths[2].write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return paths


@pytest.fixture(scope="module")
def media(tls_files: tuple[Path, Path, Path]) -> Iterator[tuple[str, list[str]]]:
    """The media server's https URL and the paths it was asked for."""
    product = plain_product()
    photo = encoded(product, "JPEG", exif=gps_exif(product))
    asked: list[str] = []
    app = FastAPI()

    @app.get("/photo.jpg")
    async def get_photo() -> Response:
        asked.append("/photo.jpg")
        return Response(photo, media_type="image/jpeg")

    @app.get("/elsewhere.jpg")
    async def elsewhere() -> RedirectResponse:
        asked.append("/elsewhere.jpg")
        return RedirectResponse("https://images.example.org/photo.jpg", status_code=302)

    with LoopbackServer(app, tls=(tls_files[1], tls_files[2])) as server:
        yield server.url, asked


def chat_with(url: str) -> dict[str, Any]:
    return {
        "model": "echo-1",
        "messages": [
            {
                "role": "user",
                "content": [
                    {"type": "text", "text": "Que vois-tu sur cette photo ?"},
                    {"type": "image_url", "image_url": {"url": url}},
                ],
            }
        ],
    }


def test_an_allowed_https_image_is_fetched_read_and_forwarded_inline_without_its_gps(
    sidecar: SidecarFactory,
    upstream: tuple[str, list[dict[str, Any]]],
    media: tuple[str, list[str]],
    tls_files: tuple[Path, Path, Path],
) -> None:
    upstream_url, received = upstream
    media_url, asked = media
    host = media_url.removeprefix("https://")
    trusted = ssl.create_default_context(cafile=str(tls_files[0]))
    served = httpx.get(f"{media_url}/photo.jpg", verify=trusted).content
    assert "gps" in metadata_kinds(Image.open(io.BytesIO(served)))  # the server's photo has it
    asked.clear()
    routes = {"cdn": {"upstream": upstream_url, "country": "MA", "images": {"fetch_hosts": [host]}}}
    settings = {"routes": routes, "images": {"fetch_ca_file": str(tls_files[0])}}
    with sidecar(**settings) as url:
        answer = httpx.post(
            f"{url}/cdn/v1/chat/completions", json=chat_with(f"{media_url}/photo.jpg"), timeout=120
        )
        # A redirect to a host off the list is not followed: nothing is forwarded.
        redirected = httpx.post(
            f"{url}/cdn/v1/chat/completions",
            json=chat_with(f"{media_url}/elsewhere.jpg"),
            timeout=120,
        )
        # A host off the list is not even asked.
        other = httpx.post(
            f"{url}/cdn/v1/chat/completions",
            json=chat_with("https://images.example.org/photo.jpg"),
            timeout=120,
        )
    assert answer.status_code == 200, answer.text
    assert len(received) == 1
    [part] = [p for p in received[0]["messages"][0]["content"] if p["type"] == "image_url"]
    sent = part["image_url"]["url"]
    assert sent.startswith("data:image/jpeg;base64,")
    assert media_url not in str(received[0])
    assert "gps" not in metadata_kinds(Image.open(io.BytesIO(decoded_url(sent))))
    assert redirected.status_code == 422
    assert redirected.json()["error"]["code"] == "image_fetch_failed"
    assert other.status_code == 422
    assert other.json()["error"]["code"] == "image_url_refused"
    assert asked == ["/photo.jpg", "/elsewhere.jpg"]


def test_without_the_private_ca_the_certificate_is_refused_and_nothing_leaves(
    sidecar: SidecarFactory,
    upstream: tuple[str, list[dict[str, Any]]],
    media: tuple[str, list[str]],
) -> None:
    upstream_url, received = upstream
    media_url, _ = media
    host = media_url.removeprefix("https://")
    routes = {"cdn": {"upstream": upstream_url, "country": "MA", "images": {"fetch_hosts": [host]}}}
    with sidecar(routes=routes) as url:
        refused = httpx.post(
            f"{url}/cdn/v1/chat/completions", json=chat_with(f"{media_url}/photo.jpg"), timeout=120
        )
    assert refused.status_code == 422
    assert refused.json()["error"]["code"] == "image_fetch_failed"
    assert received == []


def test_a_url_with_personal_data_or_a_query_is_refused_before_the_host_is_asked(
    sidecar: SidecarFactory,
    upstream: tuple[str, list[dict[str, Any]]],
    media: tuple[str, list[str]],
    tls_files: tuple[Path, Path, Path],
) -> None:
    upstream_url, received = upstream
    media_url, asked = media
    asked.clear()
    host = media_url.removeprefix("https://")
    routes = {"cdn": {"upstream": upstream_url, "country": "MA", "images": {"fetch_hosts": [host]}}}
    settings = {"routes": routes, "images": {"fetch_ca_file": str(tls_files[0])}}
    with sidecar(**settings) as url:
        personal = httpx.post(
            f"{url}/cdn/v1/chat/completions",
            json=chat_with(f"{media_url}/u/Karim-Benali/CIN-BE384721.jpg"),
            timeout=120,
        )
        query = httpx.post(
            f"{url}/cdn/v1/chat/completions",
            json=chat_with(f"{media_url}/photo.jpg?tel=0661234567"),
            timeout=120,
        )
    assert personal.status_code == 422
    assert personal.json()["error"]["code"] == "personal_data_in_path"
    assert "BE384721" not in personal.text
    assert "Benali" not in personal.text
    assert query.status_code == 422
    assert query.json()["error"]["code"] == "image_url_refused"
    assert "0661234567" not in query.text
    assert asked == []
    assert received == []
