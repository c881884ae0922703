"""A person in a real browser: Debian's Chromium, driven by Playwright, in French and in Arabic.

Each journey opens a link issued by the host application's API, withdraws a
consent, objects to personalisation, reads and downloads their data, and erases
it, against the real sidecar; the proxied requests of that person are refused
after each step that should refuse them. A screenshot of every page is kept under
``test-artifacts/portal/<lang>/`` (git-ignored). The Arabic pages are checked to
be laid out right to left: computed ``direction`` and where things actually are.
"""

from __future__ import annotations

import json
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from compliance.detect import PresidioDetector
from tests.portal.fixtures import People, sidecar_with_portal

pytestmark = [pytest.mark.slow, pytest.mark.browser]

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "portal"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
CHAT = {
    "model": "echo-1",
    "messages": [{"role": "user", "content": "Bonjour, je suis Omar Alaoui"}],
}
# What the person clicks, in each language (the accessible names the page gives them).
WORDS = {
    "fr": {
        "open": "Ouvrir mon espace",
        "withdraw": "Retirer mon consentement",
        "object_purpose": "Je m'oppose à cet usage",
        "object": "Je m'y oppose",
        "view": "Voir mes données",
        "download": "Télécharger mes données (JSON)",
        "requests": "Mes demandes",
        "confirm": "Je comprends que l'effacement est définitif.",
        "erase": "Effacer mes données",
        "erased": "Vos données ont été effacées",
    },
    "ar": {
        "open": "افتح فضائي",
        "withdraw": "سحب موافقتي",
        "object_purpose": "أتعرض على هذا الاستعمال",
        "object": "أتعرض",
        "view": "عرض معطياتي",
        "download": "تحميل معطياتي (JSON)",
        "requests": "طلباتي",
        "confirm": "أفهم أن المسح نهائي.",
        "erase": "مسح معطياتي",
        "erased": "تم مسح معطياتك",
    },
}


@pytest.fixture(scope="module")
def chromium() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.fail("Debian's Chromium is needed at /usr/bin/chromium: apt-get install -y chromium")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def chat(url: str, subject: str) -> httpx.Response:
    return httpx.post(
        f"{url}/llm/v1/chat/completions", json=CHAT, headers={"X-Subject-Id": subject}, timeout=10
    )


def refused_soon(url: str, subject: str) -> httpx.Response:
    """The proxy sees the portal's writes within its 0.5 s cache epoch check."""
    deadline = time.monotonic() + 3
    while (response := chat(url, subject)).status_code == 200 and time.monotonic() < deadline:
        time.sleep(0.1)
    return response


class Shots:
    """Numbered full-page screenshots of one journey."""

    def __init__(self, language: str) -> None:
        self.directory = ARTIFACTS / language
        shutil.rmtree(self.directory, ignore_errors=True)
        self.directory.mkdir(parents=True)
        self.count = 0

    def take(self, page: Page, name: str) -> Path:
        self.count += 1
        path = self.directory / f"{self.count:02d}-{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path


def box(page: Page, selector: str) -> dict[str, float]:
    found = page.locator(selector).first.bounding_box()
    assert found is not None, selector
    return found


def assert_right_to_left(page: Page) -> None:
    """Computed direction, and positions: Arabic starts on the right."""
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    assert page.evaluate("getComputedStyle(document.querySelector('main h1')).textAlign") in (
        "start",
        "right",
    )
    width = page.viewport_size["width"]  # type: ignore[index]
    brand = box(page, "header .brand")
    assert brand["x"] + brand["width"] > width * 0.6  # the site's name on the right
    if page.locator("nav.languages").count():  # pages reached by a link or a session
        assert brand["x"] > box(page, "nav.languages")["x"]  # languages on the left
        first, second = box(page, "nav.languages li"), box(page, "nav.languages li + li")
        assert first["x"] > second["x"]  # the first language is the rightmost
    heading, card = box(page, "main h1"), box(page, "main")
    assert (
        heading["x"] + heading["width"] > card["x"] + card["width"] - 40
    )  # starts at the right edge


def assert_left_to_right(page: Page) -> None:
    assert page.evaluate("getComputedStyle(document.body).direction") == "ltr"
    assert box(page, "header .brand")["x"] < 100
    if page.locator("nav.languages").count():
        assert box(page, "header .brand")["x"] < box(page, "nav.languages")["x"]


def journey(browser: Browser, url: str, people: People, language: str) -> dict[str, Any]:
    words, shots = WORDS[language], Shots(language)
    subject = f"browser-{language}-customer"
    direction_check = assert_right_to_left if language == "ar" else assert_left_to_right
    assert chat(url, subject).status_code == 200
    with httpx.Client(base_url=url) as api:
        link = people.link(api, subject, language)
    context = browser.new_context(viewport={"width": 1000, "height": 800}, accept_downloads=True)
    context.set_default_timeout(10_000)
    page = context.new_page()
    timings: dict[str, float] = {}

    # 1. the link's landing page, then its one button
    page.goto(url + link)
    assert page.locator("html").get_attribute("lang") == language
    shots.take(page, "open")
    direction_check(page)
    page.get_by_role("button", name=words["open"]).click()
    page.wait_for_url(f"**/portal/{language}/")
    shots.take(page, "home")
    direction_check(page)
    page.keyboard.press("Tab")  # keyboard users land on the skip link first
    assert page.evaluate("document.activeElement.className") == "skip"

    # 2. withdraw consent to the assistant
    assistant = page.locator("#purpose-assistant")
    assistant.get_by_role("button").click()
    page.wait_for_url("**done=consent_withdrawn**")
    assert (
        page.locator("#purpose-assistant [data-state]").get_attribute("data-state") == "withdrawn"
    )
    assert page.get_by_role("status").is_visible()
    shots.take(page, "consent-withdrawn")
    refused = refused_soon(url, subject)
    assert refused.status_code == 403
    assert "consent.withdrawn" in refused.json()["error"]["reasons"]

    # 3. object to personalisation (art. 9)
    page.locator("#opt-out-personalization").get_by_role("button", name=words["object"]).click()
    page.wait_for_url("**done=opted_out**")
    assert (
        page.locator("#opt-out-personalization [data-state]").get_attribute("data-state")
        == "objected"
    )
    shots.take(page, "opted-out")

    # 4. the readable page of their data, then the JSON download
    page.get_by_role("link", name=words["view"]).click()
    page.wait_for_url(f"**/portal/{language}/data")
    assert page.locator("h1").is_visible()
    shots.take(page, "data")
    direction_check(page)
    with page.expect_download() as download_info:
        page.get_by_role("link", name=words["download"]).click()
    download = download_info.value
    saved = shots.directory / "my-data.json"
    download.save_as(str(saved))
    document = json.loads(saved.read_text("utf-8"))
    assert document["consents"]["current"]["assistant"] == "withdrawn"
    assert document["opt_outs"]["current"] == ["personalization"]
    assert [p["allow"] for p in document["processing"]][:2] == [True, False]

    # 5. erasure, from the requests page
    page.get_by_role("navigation", name=None).get_by_role(
        "link", name=words["requests"]
    ).first.click()
    page.wait_for_url(f"**/portal/{language}/rights")
    shots.take(page, "rights")
    direction_check(page)
    page.get_by_label(words["confirm"]).check()
    started = time.perf_counter()
    page.get_by_role("button", name=words["erase"]).click()
    page.wait_for_load_state()
    timings["erase"] = time.perf_counter() - started
    assert page.get_by_role("heading", level=1).inner_text() == words["erased"]
    shots.take(page, "erased")
    direction_check(page)
    gone = refused_soon(url, subject)
    assert gone.status_code == 410

    # 6. the same link, used again after erasure
    page.goto(url + link)
    assert page.locator("[data-code]").get_attribute("data-code") == "subject_erased"
    shots.take(page, "link-after-erasure")
    context.close()
    return {"shots": shots.count, "document": document, **timings}


@pytest.fixture(scope="module")
def stack(
    tmp_path_factory: pytest.TempPathFactory,
    detector: PresidioDetector,
    upstream: tuple[str, list[dict[str, Any]]],
) -> Iterator[tuple[str, People]]:
    with sidecar_with_portal(
        tmp_path_factory.mktemp("browser"), detector=detector, upstream_url=upstream[0]
    ) as running:
        yield running


def test_a_person_manages_their_data_in_french(chromium: Browser, stack) -> None:
    url, people = stack
    result = journey(chromium, url, people, "fr")
    assert result["shots"] == 8
    assert sorted(p.name for p in (ARTIFACTS / "fr").glob("*.png"))[0] == "01-open.png"


def test_a_person_manages_their_data_in_arabic_right_to_left(chromium: Browser, stack) -> None:
    url, people = stack
    result = journey(chromium, url, people, "ar")
    assert result["shots"] == 8
