"""The brand console: server-rendered pages (Jinja2 + htmx, vendored) for brands and working groups, at /console.

Every page and action calls the same `Portal` controller methods as the JSON API, with the `Principal` of the
session's API key, so tenancy is exactly the API's. Sessions and CSRF: services/portal/console/session.py.
Live queue updates come from the portal's Server-Sent Events stream (`routers.stream.stream_alerts`), opened with
the session instead of an API key header. Nothing is loaded from outside the portal.
"""

from __future__ import annotations

import secrets
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Awaitable, Callable, TypeVar
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, FastAPI, Request
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from fastapi.routing import APIRoute
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from pydantic import TypeAdapter, ValidationError
from redis.exceptions import RedisError

from brandsentry.registry import YamlRefused, load_yaml
from schemas import Alert, AlertStatus, Severity
from schemas.portal import DismissReason, SuppressionScope, WebhookEventType
from services.portal import triage
from services.portal.api_models import BrandIdPath, TransitionIn, WebhookIn
from services.portal.auth import Principal
from services.portal.console import present
from services.portal.console.session import COOKIE, SIGNIN_CSRF_COOKIE, Session, Sessions, same_token
from services.portal.controller import Portal
from services.portal.deps import client_of
from services.portal.exceptions import Forbidden, Invalid, NotFound, PortalError, TooManyAttempts
from services.portal.notice import notice_text
from services.portal.registry_cmds import FingerprintIn, FingerprintPatch
from services.portal.routers import stream
from services.portal.routers.registry import MAX_IMPORT_BYTES
from services.portal.view import AlertFilter, seller_of

HERE = Path(__file__).resolve().parent.parent / "console"
PAGE_SIZE = 50
KINDS = ("mark", "model", "image", "price_floor", "authorized_seller")
# the kinds of a brand's vocabulary (MarkFingerprint.vocabulary), as the registry page names them
VOCABULARY_NAMES = {"line": "product line", "logo": "logo name", "nickname": "nickname", "abbreviation": "abbreviation"}
ACTION_LABELS = {"confirmed": "Confirm", "takedown_requested": "Request takedown", "test_buy": "Order a test buy",
                 "dismissed": "Dismiss", "open": "Reopen", "resolved": "Resolve"}
SIGNED_OUT_REASONS = {"revoked": "Your API key was revoked or is unknown: the session ended. Sign in with another key.",
                      "signed-out": "Signed out.", "expired": "Please sign in."}

templates = Jinja2Templates(directory=HERE / "templates")
templates.env.globals.update(present=present, ACTION_LABELS=ACTION_LABELS, KINDS=KINDS,
                             DISMISS_REASONS=[r.value for r in DismissReason],
                             SUPPRESS_SCOPES=[s.value for s in SuppressionScope],
                             SEVERITIES=[s.value for s in Severity], STATUSES=[s.value for s in AlertStatus],
                             EVENT_TYPES=[e.value for e in WebhookEventType], seller_of=seller_of,
                             vocabulary_names=VOCABULARY_NAMES)
#: every console answer: scripts and styles from the portal only, no framing (one-click buttons), no sniffing
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                               "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; "
                               "object-src 'none'",
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}


def web_url(url: str | None) -> str | None:
    """A listing's URL as a link target only when it is http(s): a listing is untrusted input (javascript: …)."""
    return url if url and url.lower().startswith(("https://", "http://")) else None


templates.env.globals["web_url"] = web_url
_fingerprint_in = TypeAdapter(FingerprintIn)
T = TypeVar("T")


class SignedOut(Exception):
    def __init__(self, reason: str = "expired") -> None:
        self.reason = reason


class CsrfRefused(Exception):
    pass


class ConsoleRoute(APIRoute):
    """Errors become pages: no session → the sign-in page; a refused CSRF token → 403; a controller error → its
    status with its message (404 looks the same whether the thing exists or is another tenant's)."""

    def get_route_handler(self) -> Callable:
        handler = super().get_route_handler()

        async def run(request: Request) -> Response:
            response = await self._answer(handler, request)
            response.headers.update(SECURITY_HEADERS)
            return response

        return run

    @staticmethod
    async def _answer(handler: Callable, request: Request) -> Response:
        try:
            return await handler(request)
        except SignedOut as out:
            target = f"/console/sign-in?ended={out.reason}"
            if request.headers.get("HX-Request"):
                return Response(status_code=401, headers={"HX-Redirect": target})
            if request.url.path == "/console/stream":
                return Response("signed out", status_code=401)
            return RedirectResponse(target, status_code=303)
        except CsrfRefused:
            return _error_page(request, 403, "This form was refused: its security token is missing or out of date. "
                                             "Reload the page and try again.")
        except PortalError as exc:
            return _error_page(request, exc.status_code, str(exc))


router = APIRouter(prefix="/console", include_in_schema=False, route_class=ConsoleRoute)


def mount(app: FastAPI) -> None:
    """Add the console's pages and its static files (htmx, script, style) to the portal app."""
    app.include_router(router)
    app.mount("/console/static", StaticFiles(directory=HERE / "static"), name="console-static")


@dataclass
class Ctx:
    """The signed-in caller of a console request."""

    request: Request
    portal: Portal
    who: Principal
    session: Session
    sessions: Sessions

    async def page(self, name: str, status_code: int = 200, **values: Any) -> HTMLResponse:
        """A whole page (it shows the session's messages) or, for a name starting with `_`, a piece of one (htmx)."""
        flash = [] if name.startswith("_") else await self.sessions.take_flash(self.session)
        response = templates.TemplateResponse(self.request, name, {"who": self.who, "csrf": self.session.csrf,
                                                                   "flash": flash, **values}, status_code=status_code)
        response.headers["Cache-Control"] = "no-store"
        return response

    async def back(self, url: str, kind: str | None = None, text: str | None = None) -> RedirectResponse:
        if kind and text:
            await self.sessions.flash(self.session, kind, text)
        return RedirectResponse(url, status_code=303)

    async def attempt(self, here: str, refused: str, action: Callable[[], Awaitable[T]]) -> T | RedirectResponse:
        """Run a controller action; a refusal (bad input, illegal move) goes back to `here` with the reason. Not
        found and forbidden stay errors (the error page, the same answers as the API's)."""
        try:
            return await action()
        except (NotFound, Forbidden):
            raise
        except ValidationError as exc:
            return await self.back(here, "error", f"{refused}: {_validation_text(exc)}")
        except (PortalError, YamlRefused) as exc:
            return await self.back(here, "error", f"{refused}: {exc}")


def _sessions(request: Request) -> Sessions:
    state = request.app.state
    if getattr(state, "console_sessions", None) is None:
        state.console_sessions = Sessions(state.portal.redis, state.portal.topics.topic_prefix,
                                          max_per_key=state.portal.settings.console_max_sessions_per_key)
    return state.console_sessions


def _error_page(request: Request, status_code: int, message: str) -> HTMLResponse:
    return templates.TemplateResponse(request, "error.html", {"who": None, "csrf": "", "flash": [],
                                                              "status_code": status_code, "message": message},
                                      status_code=status_code, headers={"Cache-Control": "no-store"})


async def signed_in(request: Request) -> Ctx:
    """The session's key, looked up again on every request (a revoked key ends the session); a POST must carry
    the session's CSRF token in the form field `csrf` or the header `X-CSRF-Token`."""
    sessions = _sessions(request)
    session = await sessions.get(request.cookies.get(COOKIE))
    if session is None:
        raise SignedOut("expired")
    portal: Portal = request.app.state.portal
    record = await portal.view.key_by_hash(session.key_sha256)
    if record is None or record.revoked:  # the session stays refused until it expires; it never works again
        raise SignedOut("revoked")
    if request.method == "POST":
        token = request.headers.get("X-CSRF-Token")
        if token is None:
            token = (await request.form()).get("csrf")
        if not same_token(token if isinstance(token, str) else None, session.csrf):
            raise CsrfRefused()
    return Ctx(request, portal, Principal.of(record), session, sessions)


def _secure(request: Request) -> bool:
    return request.url.scheme == "https"


# ---------------------------------------------------------------------------------------------- sign-in / sign-out


@router.get("")
@router.get("/")
async def home() -> RedirectResponse:
    return RedirectResponse("/console/queue", status_code=303)


@router.get("/sign-in")
async def sign_in_page(request: Request, ended: str | None = None) -> HTMLResponse:
    token = secrets.token_urlsafe(32)
    response = templates.TemplateResponse(request, "sign_in.html", {
        "who": None, "csrf": "", "signin_csrf": token, "flash": [], "error": None,
        "notice": SIGNED_OUT_REASONS.get(ended or "")}, headers={"Cache-Control": "no-store"})
    response.set_cookie(SIGNIN_CSRF_COOKIE, token, httponly=True, samesite="strict", path="/console",
                        secure=_secure(request), max_age=3600)
    return response


@router.post("/sign-in")
async def sign_in(request: Request) -> Response:
    """Double-submit check (the form's token equals the sign-in cookie), then the key as the API checks it
    (KeyGate: unknown or revoked → 401 page, too many failures from this client or naming this key → 429 page with
    Retry-After, saying the limit)."""
    form = await request.form()
    if not same_token(form.get("csrf"), request.cookies.get(SIGNIN_CSRF_COOKIE)):
        return _error_page(request, 403, "This form was refused: its security token is missing or out of date. "
                                         "Reload the sign-in page and try again.")
    portal: Portal = request.app.state.portal
    api_key = str(form.get("api_key") or "").strip()
    try:
        record = await portal.gate.authenticate(api_key, client_of(request))
    except PortalError as exc:
        retry = {"Retry-After": str(exc.retry_after_s)} if isinstance(exc, TooManyAttempts) else {}
        response = templates.TemplateResponse(request, "sign_in.html", {
            "who": None, "csrf": "", "signin_csrf": form.get("csrf"), "flash": [], "notice": None,
            "error": "That API key is unknown or revoked." if exc.status_code == 401 else str(exc)},
            status_code=exc.status_code, headers={"Cache-Control": "no-store", **retry})
        return response
    if record.role.value == "integrator":
        return _error_page(request, 403, "An integrator key pushes listings to ingest; it cannot use the console.")
    session = await _sessions(request).create(record.token_sha256)
    portal.log.info("console sign-in", key_id=record.key_id, name=record.name)
    response = RedirectResponse("/console/queue", status_code=303)
    response.set_cookie(COOKIE, session.id, httponly=True, samesite="strict", path="/console",
                        secure=_secure(request), max_age=_sessions(request).ttl_s)
    response.delete_cookie(SIGNIN_CSRF_COOKIE, path="/console")
    return response


@router.post("/sign-out")
async def sign_out(ctx: Ctx = Depends(signed_in)) -> RedirectResponse:
    await ctx.sessions.end(ctx.session.id)
    response = RedirectResponse("/console/sign-in?ended=signed-out", status_code=303)
    response.delete_cookie(COOKIE, path="/console")
    return response


# ---------------------------------------------------------------------------------------------- queue


class QueueFilter(AlertFilter):
    """The API's alert filter plus free text (title, description, seller id or name, listing key)."""

    def __init__(self, *, text: str | None = None, **kw) -> None:
        super().__init__(**kw)
        self.text = (text or "").casefold().strip()

    def accepts(self, alert: Alert) -> bool:
        if not super().accepts(alert):
            return False
        if not self.text:
            return True
        listing = alert.match.listing
        return any(self.text in s.casefold() for s in (listing.title, listing.description, listing.seller.id,
                                                       listing.seller.name, alert.listing_key))


def _queue_query(request: Request) -> dict[str, str]:
    q = request.query_params
    return {k: q.get(k, "").strip() for k in ("status", "severity", "marketplace", "seller", "brand", "q")}


def _queue_filter(query: dict[str, str]) -> QueueFilter:
    return QueueFilter(status={query["status"]} if query["status"] else None,
                       severity={query["severity"]} if query["severity"] else None,
                       marketplace=query["marketplace"] or None, brand_id=query["brand"] or None, text=query["q"])


async def _queue_page(ctx: Ctx, query: dict[str, str], cursor: str | None) -> tuple[list[Alert], str | None]:
    return await ctx.portal.alerts(ctx.who, _queue_filter(query), seller=query["seller"] or None, limit=PAGE_SIZE,
                                   cursor=cursor)


@router.get("/queue")
async def queue(request: Request, cursor: str | None = None, ctx: Ctx = Depends(signed_in)) -> HTMLResponse:
    query = _queue_query(request)
    alerts, next_cursor = await _queue_page(ctx, query, cursor)
    active = {k: v for k, v in query.items() if v}
    values = dict(alerts=alerts, next_cursor=next_cursor, query=query, cursor=cursor, brands=ctx.portal.brands(ctx.who),
                  next_url="/console/queue?" + urlencode({**active, "cursor": next_cursor}) if next_cursor else None,
                  first_url="/console/queue?" + urlencode(active))
    if request.headers.get("HX-Request") and request.headers.get("HX-Target") == "queue-results":
        return await ctx.page("_queue_results.html", **values)
    return await ctx.page("queue.html", **values)


@router.get("/queue/row/{alert_id}")
async def queue_row(alert_id: str, request: Request, ctx: Ctx = Depends(signed_in)) -> Response:
    """One queue row, for a live update: empty (204) when the alert is not the caller's or not in the filters."""
    try:
        alert, _ = await ctx.portal.alert(ctx.who, alert_id)
    except NotFound:
        return Response(status_code=204)
    query = _queue_query(request)
    if not _queue_filter(query).accepts(alert) or (query["seller"] and seller_of(alert) != query["seller"]):
        return Response(status_code=204)
    return await ctx.page("_queue_row.html", a=alert, live=True)


@router.get("/stream")
async def live(request: Request, ctx: Ctx = Depends(signed_in)) -> Response:
    """The portal's alert stream (new alerts and status changes), for the session's key; ends when it is revoked."""
    return await stream.stream_alerts(request, status_changes=True, who=ctx.who)


# ---------------------------------------------------------------------------------------------- one alert


async def _logo_boxes(p, signals) -> dict[int, Any]:
    """Signal position -> the photo with the logo's box drawn, for logo signals whose photo the matcher still has
    cached (services/matcher/photo_fetch.py); a photo no longer cached shows the box as numbers only."""
    from services.matcher.core.photos import PhotoError, unpack_photo
    from services.matcher.photo_fetch import content_key

    boxes = {}
    for n, s in enumerate(signals):
        if s.rule != "logo" or not s.box or not s.content_hash:
            continue
        try:
            cached = await p.redis.get(content_key(p.topics.topic_prefix, s.content_hash))
            photo = unpack_photo(cached) if cached else None
        except (PhotoError, OSError, RedisError):
            photo = None
        if photo is not None and photo.thumbnail:
            boxes[n] = present.logo_box_svg(photo.thumbnail, (photo.features.width, photo.features.height), s.box,
                                            s.detail)
    return boxes


@router.get("/alerts/{alert_id}")
async def alert_page(alert_id: str, ctx: Ctx = Depends(signed_in)) -> HTMLResponse:
    p, who = ctx.portal, ctx.who
    alert, seller_count = await p.alert(who, alert_id)
    history, _ = await p.alerts(who, AlertFilter(brand_id=alert.brand_id), seller=seller_of(alert), limit=20, cursor=None)
    can_triage = who.can_triage(alert)
    notice = notice_text(await p.notice(who, alert_id)) if can_triage else None
    listing = alert.match.listing
    signals = alert.match.signals
    boxes = await _logo_boxes(p, signals)
    return await ctx.page(
        "alert.html", a=alert, listing=listing, signals=signals, seller_count=seller_count, boxes=boxes,
        seller_history=[h for h in history if h.alert_id != alert.alert_id],
        title_spans=present.spans(listing.title, signals, "title"),
        description_spans=present.spans(listing.description, signals, "description"),
        images=present.image_rows(alert), allowed=triage.allowed(alert.status) if can_triage else [],
        marks=triage.marks_of(alert), notice=notice, can_triage=can_triage)


@router.post("/alerts/{alert_id}/transition")
async def transition(alert_id: str, request: Request, ctx: Ctx = Depends(signed_in)) -> Response:
    form = await request.form()
    here = f"/console/alerts/{alert_id}"
    body: TransitionIn | None = None

    async def decide() -> Alert:
        nonlocal body
        body = TransitionIn.model_validate({
            "status": form.get("status"), "reason": form.get("reason") or None, "note": form.get("note") or None,
            "suppress": form.get("suppress") or None, "marks": form.getlist("marks") or None})
        return await ctx.portal.transition(ctx.who, alert_id, body.status, reason=body.reason, note=body.note,
                                           suppress=body.suppress, marks=body.marks)

    new = await ctx.attempt(here, "Not done", decide)
    if isinstance(new, Response):
        return new
    done = f"Alert is now {new.status.value.replace('_', ' ')}."
    if body.suppress:
        done += f" Suppressed: {body.suppress.value.replace('_', ' and ')}."
    return await ctx.back(here, "ok", done)


@router.get("/alerts/{alert_id}/notice.txt")
async def notice_download(alert_id: str, ctx: Ctx = Depends(signed_in)) -> PlainTextResponse:
    text = notice_text(await ctx.portal.notice(ctx.who, alert_id))
    return PlainTextResponse(text, headers={"Content-Disposition": f'attachment; filename="takedown-{alert_id}.txt"',
                                            "Cache-Control": "no-store"})


# ---------------------------------------------------------------------------------------------- registry


@router.get("/registry")
async def registry_home(ctx: Ctx = Depends(signed_in)) -> Response:
    if ctx.who.brand_id:
        return RedirectResponse(f"/console/registry/{ctx.who.brand_id}", status_code=303)
    brands = ctx.portal.brands(ctx.who) if ctx.who.is_operator else []
    return await ctx.page("registry_pick.html", brands=brands)


@router.get("/registry/{brand_id}")
async def registry(brand_id: BrandIdPath, ctx: Ctx = Depends(signed_in)) -> HTMLResponse:
    fps = ctx.portal.fingerprints(ctx.who, brand_id, include_inactive=True)
    by_kind: dict[str, list] = defaultdict(list)
    for fp in fps:
        by_kind[fp.kind].append(fp)
    figures = await ctx.portal.brand_precision(ctx.who, brand_id)
    return await ctx.page("registry.html", brand=ctx.portal.brand(ctx.who, brand_id), by_kind=by_kind,
                          suppressions=await ctx.portal.suppressions(ctx.who, brand_id, include_lifted=False),
                          precision=figures, fp_precision={f.fingerprint_id: f for f in figures.fingerprints},
                          rescans=await ctx.portal.rescans(ctx.who, brand_id))


@router.get("/registry/{brand_id}/rescans")
async def rescans_part(brand_id: BrandIdPath, ctx: Ctx = Depends(signed_in)) -> HTMLResponse:
    """The rescans table alone: the registry page polls it (htmx) while a rescan runs."""
    return await ctx.page("_rescans.html", brand=ctx.portal.brand(ctx.who, brand_id),
                          rescans=await ctx.portal.rescans(ctx.who, brand_id))


@router.post("/registry/{brand_id}/rescans")
async def start_rescan(brand_id: BrandIdPath, request: Request, ctx: Ctx = Depends(signed_in)) -> Response:
    here = f"/console/registry/{brand_id}#h-rescans"
    form = await request.form()
    try:
        days = float(form.get("days") or 7)
    except ValueError:
        days = -1
    if not 0 < days <= 365:
        return await ctx.back(here, "error", "Not started: days back must be a number above 0 and at most 365")
    dry_run = form.get("dry_run") == "on"
    status = await ctx.attempt(here, "Not started", lambda: ctx.portal.start_rescan(
        ctx.who, brand_id, since=datetime.now(timezone.utc) - timedelta(days=days), dry_run=dry_run))
    if isinstance(status, Response):
        return status
    what = "Dry run" if dry_run else "Rescan"
    return await ctx.back(here, "ok", f"{what} {status.id} started over the last {days:g} days of listings.")


@router.post("/registry/{brand_id}/suppressions/{suppression_id}/lift")
async def lift(brand_id: BrandIdPath, suppression_id: str, ctx: Ctx = Depends(signed_in)) -> Response:
    s = await ctx.portal.lift(ctx.who, brand_id, suppression_id)
    what = s.listing_key if s.scope == SuppressionScope.listing else f"{s.marketplace}/{s.seller_id} with “{s.mark}”"
    return await ctx.back(f"/console/registry/{brand_id}#h-suppressions", "ok", f"Lifted: {what} alerts again.")


def _money(amount: Any, currency: Any) -> dict | None:
    if not amount:
        return None
    return {"amount": amount, "currency": str(currency or "").strip().upper()}


def _fingerprint_spec(form) -> dict:
    kind = form.get("kind")
    spec: dict[str, Any] = {"kind": kind}
    if kind == "mark":
        spec.update(value=form.get("value"), everyday_word=form.get("everyday_word") == "on",
                    vocabulary=form.get("vocabulary") or None, price_floor=_money(form.get("amount"), form.get("currency")))
    elif kind == "model":
        spec.update(value=form.get("value"), name=form.get("name") or "",
                    price_floor=_money(form.get("amount"), form.get("currency")))
    elif kind == "price_floor":
        spec.update(category=form.get("category") or None, floor=_money(form.get("amount"), form.get("currency")))
    elif kind == "authorized_seller":
        spec.update(marketplace=form.get("marketplace"), seller_id=form.get("seller_id"), name=form.get("name") or "")
    return spec


async def _uploaded(form, limit: int) -> bytes | None:
    """The form's `file` (at most `limit` + 1 bytes, so that an oversized one shows); None when none was chosen."""
    upload = form.get("file")
    if upload is None or isinstance(upload, str):
        return None
    return await upload.read(limit + 1)


def _distance(value: Any) -> int:
    try:
        distance = int(value or 10)
    except ValueError:
        distance = -1
    if not 0 <= distance <= 256:
        raise Invalid("largest distance must be a whole number from 0 to 256 (64 for a pHash)")
    return distance


def _validation_text(exc: ValidationError) -> str:
    return "; ".join(f"{'.'.join(str(x) for x in e['loc'][1:] or e['loc'])}: {e['msg']}" for e in exc.errors())


@router.post("/registry/{brand_id}/fingerprints")
async def add_fingerprint(brand_id: BrandIdPath, request: Request, ctx: Ctx = Depends(signed_in)) -> Response:
    here = f"/console/registry/{brand_id}"
    form = await request.form()
    fp = await ctx.attempt(here, "Not registered", lambda: ctx.portal.create_fingerprint(
        ctx.who, brand_id, _fingerprint_in.validate_python(_fingerprint_spec(form))))
    if isinstance(fp, Response):
        return fp
    return await ctx.back(here, "ok", f"Registered {fp.kind.replace('_', ' ')} {fp.id}; the matcher applies it now.")


@router.post("/registry/{brand_id}/image")
async def add_image(brand_id: BrandIdPath, request: Request, ctx: Ctx = Depends(signed_in)) -> Response:
    here = f"/console/registry/{brand_id}"
    form = await request.form()
    data = await _uploaded(form, ctx.portal.settings.max_image_bytes)
    if data is None:
        return await ctx.back(here, "error", "Choose an image file to upload.")
    fp = await ctx.attempt(here, "Image not registered", lambda: ctx.portal.upload_image(
        ctx.who, brand_id, data, label=str(form.get("label") or ""), max_distance=_distance(form.get("max_distance")),
        keep=False, algorithm=str(form.get("algorithm") or "phash")))
    if isinstance(fp, Response):
        return fp
    fp, _, _ = fp
    return await ctx.back(here, "ok", f"Image registered as {fp.id}: {fp.algorithm} {fp.hash}.")


@router.get("/registry/{brand_id}/fingerprints/{fp_id}")
async def fingerprint_page(brand_id: BrandIdPath, fp_id: str, ctx: Ctx = Depends(signed_in)) -> HTMLResponse:
    fp = ctx.portal.fingerprint(ctx.who, brand_id, fp_id)
    return await ctx.page("fingerprint.html", brand_id=brand_id, fp=fp,
                          history=list(reversed(ctx.portal.history(ctx.who, brand_id, fp_id))))


@router.post("/registry/{brand_id}/fingerprints/{fp_id}")
async def change_fingerprint(brand_id: BrandIdPath, fp_id: str, request: Request, ctx: Ctx = Depends(signed_in)) -> Response:
    here = f"/console/registry/{brand_id}/fingerprints/{fp_id}"
    form = await request.form()
    fp = ctx.portal.fingerprint(ctx.who, brand_id, fp_id)
    patch: dict[str, Any] = {}
    if form.get("action") in ("deactivate", "activate"):
        patch["active"] = form.get("action") == "activate"
    else:
        if fp.kind == "mark":
            patch["everyday_word"] = form.get("everyday_word") == "on"
            if "amount" in form:  # a line's floor (forms without the field leave it as it is)
                patch["price_floor"] = _money(form.get("amount"), form.get("currency"))
        if fp.kind in ("model", "authorized_seller") and "name" in form:
            patch["name"] = form.get("name")
        if fp.kind == "model":
            patch["price_floor"] = _money(form.get("amount"), form.get("currency"))
        if fp.kind == "image":
            patch.update(label=form.get("label"), max_distance=form.get("max_distance") or None)
        if fp.kind == "price_floor":
            patch["floor"] = _money(form.get("amount"), form.get("currency"))
    new = await ctx.attempt(here, "Not changed", lambda: ctx.portal.update_fingerprint(
        ctx.who, brand_id, fp_id, FingerprintPatch.model_validate(patch)))
    if isinstance(new, Response):
        return new
    state = "" if new.active else " (inactive)"
    return await ctx.back(here, "ok", f"Saved: version {new.version}{state}.")


@router.get("/registry/{brand_id}/export")
async def export(brand_id: BrandIdPath, ctx: Ctx = Depends(signed_in)) -> PlainTextResponse:
    return PlainTextResponse(ctx.portal.export(ctx.who, brand_id), media_type="application/yaml",
                             headers={"Content-Disposition": f'attachment; filename="{brand_id}-registry.yaml"'})


@router.post("/registry/{brand_id}/import")
async def import_file(brand_id: BrandIdPath, request: Request, ctx: Ctx = Depends(signed_in)) -> Response:
    here = f"/console/registry/{brand_id}"
    form = await request.form()
    body = await _uploaded(form, MAX_IMPORT_BYTES)
    if body is None:
        return await ctx.back(here, "error", "Choose a registry file to import.")
    if len(body) > MAX_IMPORT_BYTES:
        return await ctx.back(here, "error", f"Registry file larger than {MAX_IMPORT_BYTES} bytes.")
    summary = await ctx.attempt(here, "Not imported", lambda: ctx.portal.import_file(
        ctx.who, brand_id, load_yaml(body), deactivate_missing=form.get("deactivate_missing") == "on"))
    if isinstance(summary, Response):
        return summary
    return await ctx.back(here, "ok", "Imported: " + ", ".join(f"{v} {k}" for k, v in summary.items()) + ".")


# ---------------------------------------------------------------------------------------------- subscriptions


@router.get("/subscriptions")
async def subscriptions(ctx: Ctx = Depends(signed_in)) -> HTMLResponse:
    return await ctx.page("subscriptions.html", subs=ctx.portal.webhooks(ctx.who))


@router.post("/subscriptions")
async def create_subscription(request: Request, ctx: Ctx = Depends(signed_in)) -> Response:
    form = await request.form()

    async def create():
        body = WebhookIn.model_validate({
            "url": form.get("url"), "events": form.getlist("events") or [WebhookEventType.alert_created.value],
            "min_severity": form.get("min_severity") or "low", "description": form.get("description") or "",
            "brand_id": form.get("brand_id") or None, "iwg": form.get("iwg") or None})
        return await ctx.portal.create_webhook(ctx.who, url=body.url, events=body.events,
                                               min_severity=body.min_severity, statuses=body.statuses,
                                               description=body.description, brand_id=body.brand_id, iwg=body.iwg)

    sub = await ctx.attempt("/console/subscriptions", "Not created", create)
    if isinstance(sub, Response):
        return sub
    # the secret is in this answer only (no redirect: it is never stored for a later page)
    return await ctx.page("subscription_created.html", sub=sub, secret=sub.secret)


@router.get("/subscriptions/{sub_id}")
async def subscription(sub_id: str, ctx: Ctx = Depends(signed_in)) -> HTMLResponse:
    sub = ctx.portal.webhook(ctx.who, sub_id)
    return await ctx.page("subscription.html", sub=sub, parked=await ctx.portal.dead_letters(ctx.who, sub_id))


@router.post("/subscriptions/{sub_id}/replay")
async def replay(sub_id: str, ctx: Ctx = Depends(signed_in)) -> Response:
    counts = await ctx.portal.replay(ctx.who, sub_id)
    return await ctx.back(f"/console/subscriptions/{sub_id}", "ok",
                          "Replayed: " + (", ".join(f"{v} {k.replace('_', ' ')}" for k, v in counts.items()) or "nothing parked") + ".")


@router.post("/subscriptions/{sub_id}/delete")
async def delete_subscription(sub_id: str, ctx: Ctx = Depends(signed_in)) -> Response:
    await ctx.portal.delete_webhook(ctx.who, sub_id)
    return await ctx.back("/console/subscriptions", "ok", f"Subscription {sub_id} deleted.")

