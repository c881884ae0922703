"""The portal's pages: server-rendered HTML, forms without JavaScript, fr / ar (RTL) / en.

Every page but the link's landing page needs a session (a cookie set when the link
is opened); nothing personal ever appears in a URL: paths carry the language and
the page, query strings only a confirmation code (``?done=consent_withdrawn``).
Every form carries a CSRF token bound to the session and answers with a redirect
(post/redirect/get), so reloading a page never repeats an action.
"""

from __future__ import annotations

import asyncio
import secrets
import time
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from ipaddress import ip_address
from typing import Annotated, Any, cast

import orjson
import structlog
from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.routing import APIRoute

from compliance.core.errors import GuardError
from compliance.core.portal_settings import LANGUAGES
from compliance.crypto import SubjectErased
from compliance.people.errors import FormError, PageNotFound, RateLimited
from compliance.people.service import SUBJECT
from compliance.people.sessions import SessionInfo
from compliance.portal.runtime import PortalRuntime
from compliance.portal.security import PORTAL_HEADERS, client_address, read_form
from compliance.portal.texts import Translator
from compliance.portal.views import opt_out_cards, processing_rows, purpose_cards
from compliance.store.models import ConsentState

log = structlog.get_logger(__name__)

PAGES = {"": "home", "data": "data", "rights": "rights"}
_DONE = frozenset(
    {"consent_granted", "consent_withdrawn", "opted_out", "opt_out_lifted", "request_received"}
)
_SHOWN_RECORDS = 200  # rows of processing and of activity on the page; the download has all


def _runtime(request: Request) -> PortalRuntime:
    return cast(PortalRuntime, request.app.state.portal)


PortalDep = Annotated[PortalRuntime, Depends(_runtime)]


def _language(request: Request, runtime: PortalRuntime) -> str:
    for candidate in (request.path_params.get("lang"), request.query_params.get("lang")):
        if candidate in LANGUAGES:
            return str(candidate)
    header = request.headers.get("accept-language", "")
    for part in header.split(","):
        code = part.split(";")[0].strip()[:2].lower()
        if code in LANGUAGES:
            return code
    return runtime.settings.default_language


def _secure(request: Request, runtime: PortalRuntime) -> bool:
    if runtime.settings.secure_cookies is not None:
        return runtime.settings.secure_cookies
    host = request.url.hostname or ""
    try:
        loopback = host == "localhost" or ip_address(host).is_loopback
    except ValueError:
        loopback = False
    return not (request.url.scheme == "http" and loopback)


def _cookie(request: Request, runtime: PortalRuntime, name: str) -> str:
    # __Host-: only ever set by this host, over HTTPS, for the whole site.
    return f"__Host-{name}" if _secure(request, runtime) else name


def render(
    runtime: PortalRuntime,
    request: Request,
    template: str,
    *,
    t: Translator,
    page: str | None = None,
    switch: str | None = None,
    status: int = 200,
    **context: Any,
) -> HTMLResponse:
    """Render ``template``; ``switch`` is the URL pattern of this page in another ``{lang}``."""
    controller = runtime.settings.controller
    if switch is None and page is not None:
        switch = f"/portal/{{lang}}/{page}"
    html = runtime.templates.get_template(template).render(
        t=t,
        lang=t.language,
        dir=t.direction,
        languages=[
            (
                code,
                runtime.texts[code]("language_name"),
                switch.format(lang=code) if switch else None,
            )
            for code in LANGUAGES
        ],
        page=page,
        controller=controller,
        controller_name=controller.name or t("ui.controller_default"),
        **context,
    )
    return HTMLResponse(html, status_code=status)


class PortalRoute(APIRoute):
    """Adds the security headers to every answer and turns errors into pages."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def route(request: Request) -> Response:
            started = time.perf_counter()
            try:
                response = await handler(request)
            except GuardError as exc:
                response = _error_page(request, exc)
            except Exception as exc:
                log.error("portal.unexpected_error", error=type(exc).__name__)
                response = _error_page(request, GuardError("internal error"))
            response.headers.update(PORTAL_HEADERS)
            elapsed = (time.perf_counter() - started) * 1000
            response.headers["Server-Timing"] = f"app;dur={elapsed:.1f}"
            return response

        return route


def _error_page(request: Request, exc: GuardError) -> Response:
    runtime = _runtime(request)
    t = runtime.texts[_language(request, runtime)]
    code = exc.code if t.has(f"error.{exc.code}") else "internal"
    response = render(
        runtime,
        request,
        "error.html",
        t=t,
        status=exc.status,
        title=t("error.title"),
        code=code,
        message=t(f"error.{code}"),
    )
    if isinstance(exc, RateLimited):
        response.headers["Retry-After"] = str(exc.retry_after)
    if isinstance(exc, SubjectErased):
        response.delete_cookie(_cookie(request, runtime, "cndp_portal"), path="/")
    return response


@dataclass(frozen=True, slots=True)
class Visit:
    """One request of a person with a live session."""

    runtime: PortalRuntime
    row: SessionInfo
    t: Translator
    csrf: str


async def _visit(request: Request, runtime: PortalRuntime, lang: str) -> Visit:
    if lang not in LANGUAGES:
        raise PageNotFound()
    row = await runtime.service.load_session(
        request.cookies.get(_cookie(request, runtime, "cndp_portal"))
    )
    runtime.limiter.hit(f"session:{row.id_hash}", limit=runtime.settings.rate_limit_per_session)
    return Visit(runtime, row, runtime.texts[lang], runtime.csrf.token(row.id_hash))


async def _form(request: Request, visit: Visit) -> dict[str, str]:
    form = await read_form(request)
    visit.runtime.csrf.check(visit.row.id_hash, form.get("csrf"))
    return form


def _back(lang: str, page: str, done: str, anchor: str = "") -> RedirectResponse:
    suffix = f"#{anchor}" if anchor else ""
    return RedirectResponse(f"/portal/{lang}/{page}?done={done}{suffix}", status_code=303)


def _done(request: Request) -> str | None:
    done = request.query_params.get("done")
    return done if done in _DONE else None


_routes = APIRouter(route_class=PortalRoute, include_in_schema=False)


@_routes.get("/static/portal.css")
async def stylesheet(runtime: PortalDep) -> Response:
    return Response(runtime.stylesheet, media_type="text/css; charset=utf-8")


@_routes.get("/open/{token}")
async def landing(token: str, request: Request, runtime: PortalDep) -> Response:
    runtime.limiter.hit(f"ip:{client_address(request)}", limit=runtime.settings.rate_limit_per_ip)
    link = await runtime.service.inspect_link(token)
    runtime.limiter.hit(f"link:{link.id}", limit=runtime.settings.rate_limit_per_link)
    lang = request.query_params.get("lang")
    t = runtime.texts[lang if lang in LANGUAGES else link.language]
    nonce = secrets.token_urlsafe(16)
    response = render(
        runtime,
        request,
        "open.html",
        t=t,
        switch=f"/portal/open/{token}?lang={{lang}}",
        token=token,
        csrf=runtime.csrf.token(f"pre:{nonce}"),
        expires=t.when(link.expires_at),
    )
    response.set_cookie(
        _cookie(request, runtime, "cndp_portal_pre"),
        nonce,
        max_age=3600,
        path="/",
        secure=_secure(request, runtime),
        httponly=True,
        samesite="strict",
    )
    return response


@_routes.post("/open")
async def open_link(request: Request, runtime: PortalDep) -> Response:
    runtime.limiter.hit(f"ip:{client_address(request)}", limit=runtime.settings.rate_limit_per_ip)
    form = await read_form(request)
    nonce = request.cookies.get(_cookie(request, runtime, "cndp_portal_pre"), "")
    runtime.csrf.check(f"pre:{nonce}", form.get("csrf") if nonce else None)
    token = form.get("token", "")
    link_id = token.split(".", 1)[0][:32]
    runtime.limiter.hit(f"link:{link_id}", limit=runtime.settings.rate_limit_per_link)
    opened = await runtime.service.open_link(token)
    lang = form.get("lang") if form.get("lang") in LANGUAGES else opened.row.language
    response = RedirectResponse(f"/portal/{lang}/", status_code=303)
    secure = _secure(request, runtime)
    response.delete_cookie(_cookie(request, runtime, "cndp_portal_pre"), path="/")
    response.set_cookie(
        _cookie(request, runtime, "cndp_portal"),
        opened.cookie,
        max_age=runtime.settings.session_ttl_seconds,
        path="/",
        secure=secure,
        httponly=True,
        samesite="strict",
    )
    return response


@_routes.get("/{lang}/")
async def home(lang: str, request: Request, runtime: PortalDep) -> Response:
    visit = await _visit(request, runtime, lang)
    consents, opt_outs = await asyncio.to_thread(runtime.service.choices, visit.row.subject_hash)
    done = _done(request)
    return render(
        runtime,
        request,
        "home.html",
        t=visit.t,
        page="",
        csrf=visit.csrf,
        done=visit.t(f"done.{done}") if done and done != "request_received" else None,
        purposes=purpose_cards(visit.t, runtime.catalog, consents, opt_outs),
        opt_outs=opt_out_cards(visit.t, runtime.catalog, opt_outs),
    )


@_routes.post("/{lang}/consents")
async def consent(lang: str, request: Request, runtime: PortalDep) -> Response:
    visit = await _visit(request, runtime, lang)
    form = await _form(request, visit)
    action, purpose = form.get("action"), form.get("purpose", "")
    if action not in ("grant", "withdraw"):
        raise FormError("action must be grant or withdraw", param="action")
    entry = runtime.catalog.purposes.get(purpose)
    if entry is None or (action == "withdraw" and not entry.withdrawable):
        raise FormError("this purpose cannot be changed here", param="purpose")
    state: ConsentState = "granted" if action == "grant" else "withdrawn"
    await runtime.service.set_consent(
        subject_hash=visit.row.subject_hash,
        purpose=purpose,
        state=state,
        actor=SUBJECT,
        language=lang,
    )
    return _back(lang, "", f"consent_{state}", f"purpose-{purpose}")


@_routes.post("/{lang}/opt-outs")
async def opt_out(lang: str, request: Request, runtime: PortalDep) -> Response:
    visit = await _visit(request, runtime, lang)
    form = await _form(request, visit)
    action, kind = form.get("action"), form.get("kind", "")
    if action not in ("object", "lift") or kind not in runtime.catalog.opt_out_kinds:
        raise FormError("action must be object or lift, for a listed kind", param="kind")
    await runtime.service.set_opt_out(
        subject_hash=visit.row.subject_hash,
        kind=kind,
        opted_out=action == "object",
        actor=SUBJECT,
    )
    return _back(
        lang, "", "opted_out" if action == "object" else "opt_out_lifted", f"opt-out-{kind}"
    )


@_routes.get("/{lang}/data")
async def data(lang: str, request: Request, runtime: PortalDep) -> Response:
    visit = await _visit(request, runtime, lang)
    document = await runtime.service.export(
        actor=SUBJECT, subject_hash=visit.row.subject_hash, shown=_SHOWN_RECORDS
    )
    return render(
        runtime,
        request,
        "data.html",
        t=visit.t,
        page="data",
        csrf=visit.csrf,
        document=document,
        processing=processing_rows(visit.t, runtime.catalog, document, _SHOWN_RECORDS),
        processed=document["processing_total"],
        activity=document["activity"][::-1],
        shown_truncated=document["truncated"],
        max_records=runtime.settings.export_max_records,
    )


@_routes.get("/{lang}/data.json")
async def data_json(lang: str, request: Request, runtime: PortalDep) -> Response:
    visit = await _visit(request, runtime, lang)
    document = await runtime.service.export(actor=SUBJECT, subject_hash=visit.row.subject_hash)
    return Response(
        orjson.dumps(document, option=orjson.OPT_INDENT_2),
        media_type="application/json",
        headers={"Content-Disposition": 'attachment; filename="my-data.json"'},
    )


@_routes.get("/{lang}/rights")
async def rights_page(lang: str, request: Request, runtime: PortalDep) -> Response:
    visit = await _visit(request, runtime, lang)
    requests = await asyncio.to_thread(runtime.service.requests_of, visit.row.subject_hash)
    done = None
    if _done(request) == "request_received" and requests:
        newest = max(requests, key=lambda r: r.received_at)
        done = visit.t("done.request_received", deadline=visit.t.when(newest.due_at))
    return render(
        runtime,
        request,
        "rights.html",
        t=visit.t,
        page="rights",
        csrf=visit.csrf,
        done=done,
        requests=sorted(requests, key=lambda r: r.received_at, reverse=True),
    )


@_routes.post("/{lang}/rights")
async def submit(lang: str, request: Request, runtime: PortalDep) -> Response:
    visit = await _visit(request, runtime, lang)
    form = await _form(request, visit)
    kind, details = form.get("kind"), form.get("details", "").strip()
    if kind not in ("rectification", "review") or not details:
        raise FormError("choose a kind of request and describe it", param="details")
    await runtime.service.submit_request(
        kind=kind, details=details, subject_hash=visit.row.subject_hash, actor=SUBJECT
    )
    return _back(lang, "rights", "request_received")


@_routes.post("/{lang}/erasure")
async def erase(lang: str, request: Request, runtime: PortalDep) -> Response:
    visit = await _visit(request, runtime, lang)
    form = await _form(request, visit)
    if form.get("confirm") != "yes":
        raise FormError("tick the box to confirm the erasure", param="confirm")
    erased = await runtime.service.erase(subject_hash=visit.row.subject_hash, actor=SUBJECT)
    response = render(
        runtime,
        request,
        "erased.html",
        t=visit.t,
        erased_at=visit.t.when(erased.erasure.erased_at),
        reference=str(erased.request.id)[:8],
    )
    response.delete_cookie(_cookie(request, runtime, "cndp_portal"), path="/")
    return response


@_routes.post("/{lang}/sign-out")
async def sign_out(lang: str, request: Request, runtime: PortalDep) -> Response:
    visit = await _visit(request, runtime, lang)
    await _form(request, visit)
    await runtime.service.end_session(visit.row)
    response = render(
        runtime,
        request,
        "error.html",
        t=visit.t,
        title=visit.t("ui.signed_out_title"),
        code="signed_out",
        message=visit.t("ui.signed_out"),
    )
    response.delete_cookie(_cookie(request, runtime, "cndp_portal"), path="/")
    return response


def portal_router() -> APIRouter:
    """The portal's routes under ``/portal`` (kept out of the OpenAPI document)."""
    router = APIRouter(prefix="/portal", include_in_schema=False)
    router.include_router(_routes)
    return router
