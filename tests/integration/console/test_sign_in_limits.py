"""Console sign-in as an online guesser meets it (tenant57): failed sign-ins are limited per client address and per
key id (`bsk_<key id>_<secret>`), shared through Redis by every portal replica; the 429 page carries Retry-After and
says the limit; a key id of no key is limited exactly as a real one (the limit says nothing about which keys exist).
Each client is an address of its own on the loopback (127.0.0.x): the session's other tests share 127.0.0.1."""

from __future__ import annotations

import re
import secrets

import httpx
import pytest

from schemas.portal import Role
from tests.integration.console.conftest import csrf_of

pytestmark = pytest.mark.integration


async def sign_in(portal, address: str, api_key: str) -> httpx.Response:
    """One sign-in through the form, as a browser at `address` would (its own sign-in cookie and token)."""
    transport = httpx.AsyncHTTPTransport(local_address=address)
    async with httpx.AsyncClient(base_url=portal.url, transport=transport, timeout=30) as http:
        page = await http.get("/console/sign-in")
        return await http.post("/console/sign-in", data={"csrf": csrf_of(page.text), "api_key": api_key})


async def api_me(portal, address: str, api_key: str) -> httpx.Response:
    transport = httpx.AsyncHTTPTransport(local_address=address)
    async with httpx.AsyncClient(base_url=portal.url, transport=transport, timeout=30) as http:
        return await http.get("/v1/me", headers={"X-API-Key": api_key})


def guess(key_id: str) -> str:
    """A token of the right shape naming `key_id`, with a guessed secret."""
    return f"bsk_{key_id[2:]}_{secrets.token_urlsafe(32)}"


def error_of(page: httpx.Response) -> str:
    found = re.search(r'id="signin-error">(.*?)<', page.text, re.S)
    return (found.group(1) if found else page.text).strip()


async def test_guesses_at_one_key_from_many_addresses_lock_that_key_id_and_say_so(portal):
    limit = portal.settings.auth_max_failures_per_key
    token = await portal.new_key("bose-guessed", Role.brand, brand_id="bose")
    real, unknown = f"k_{token.split('_')[1]}", f"k_{secrets.token_hex(6)}"  # bsk_<key id>_<secret>
    answers = {}
    for name, key_id, base in (("real", real, 100), ("unknown", unknown, 160)):
        # the guesses through the API (one request each; the counters are the same), the last through the form
        failures = [await api_me(portal, f"127.0.1.{base + i}", guess(key_id)) for i in range(limit)]
        assert [f.status_code for f in failures] == [401] * limit
        answers[name] = await sign_in(portal, f"127.0.1.{base + limit}", guess(key_id))
    for answer in answers.values():
        assert answer.status_code == 429 and int(answer.headers["Retry-After"]) >= 1
        assert answer.headers["Cache-Control"] == "no-store"
        assert f"the limit: {limit} failed attempts naming this key" in answer.text
    # a key that exists and one that does not answer alike, figures aside
    assert re.sub(r"\d+", "N", error_of(answers["real"])) == re.sub(r"\d+", "N", error_of(answers["unknown"]))
    # the right secret is refused too while its key id is locked (else the one answer that is not 429 gives it away)
    assert (await sign_in(portal, "127.0.1.250", token)).status_code == 429
    # every other key signs in from anywhere
    assert (await sign_in(portal, "127.0.1.251", portal.tokens["goose-carl"])).status_code == 303


async def test_failed_sign_ins_from_one_address_lock_that_address_with_retry_after(portal):
    limit = portal.settings.auth_max_failures
    address = "127.0.2.1"
    failures = [await sign_in(portal, address, guess(f"k_{secrets.token_hex(6)}")) for _ in range(3)]
    failures += [await api_me(portal, address, guess(f"k_{secrets.token_hex(6)}")) for _ in range(limit - 3)]
    assert [f.status_code for f in failures] == [401] * limit
    locked = await sign_in(portal, address, portal.tokens["goose-carl"])
    assert locked.status_code == 429 and int(locked.headers["Retry-After"]) >= 1
    assert f"the limit: {limit} failed attempts from this client" in locked.text
    assert (await sign_in(portal, "127.0.2.2", portal.tokens["goose-carl"])).status_code == 303



async def test_finding_sign_ins_with_a_valid_key_kept_a_session_each_without_end(portal, redis_settings):
    """Every sign-in kept a session in the shared Redis for 12 hours and nothing bounded how many one key held: a
    tenant signing in in a loop filled the Redis every portal's view lives in (a full Redis holds every tenant's view).
    A key keeps at most PORTAL_CONSOLE_MAX_SESSIONS_PER_KEY sessions; signing in past it ends the oldest. The portal's
    own Sessions on the real Redis, at a limit of 3 (the portal's is 20: 23 sign-ins through the form took 5 s)."""
    from redis.asyncio import Redis

    from services.portal.console.session import Sessions

    assert portal.settings.console_max_sessions_per_key == 20
    redis = Redis.from_url(redis_settings.url)
    try:
        sessions = Sessions(redis, f"t57{secrets.token_hex(4)}.", max_per_key=3)
        made = [await sessions.create("a" * 64) for _ in range(5)]
        other = await sessions.create("b" * 64)
        assert [await sessions.get(s.id) is not None for s in made] == [False, False, True, True, True]
        assert await sessions.get(other.id) is not None  # another key's sessions are its own
        await sessions.end(made[-1].id)
        assert await redis.zcard(sessions.of_key + "a" * 64) == 2
        await sessions.end(made[2].id), await sessions.end(made[3].id), await sessions.end(other.id)
        assert not await redis.keys(f"{sessions.p.split('portal:')[0]}*")  # nothing left behind
    finally:
        await redis.aclose()


async def test_finding_a_session_kept_every_message_its_forms_ever_flashed(redis_settings):
    """A form's outcome is kept in the session for the next page; a tenant posting forms without ever loading a page
    (its own valid session and CSRF token) grew its one session record without end, each post reading and writing all
    of it again. A session keeps its last FLASH_KEPT messages, each cut to FLASH_CHARS."""
    from redis.asyncio import Redis

    from services.portal.console.session import FLASH_CHARS, FLASH_KEPT, Sessions

    redis = Redis.from_url(redis_settings.url)
    try:
        sessions = Sessions(redis, f"t57{secrets.token_hex(4)}.")
        session = await sessions.create("c" * 64)
        for i in range(FLASH_KEPT + 50):
            await sessions.flash(session, "error", f"Not saved #{i}: " + "x" * 5000)
        kept = (await sessions.get(session.id)).flash
        assert len(kept) == FLASH_KEPT and kept[-1][1].startswith(f"Not saved #{FLASH_KEPT + 49}: ")
        assert all(len(text) <= FLASH_CHARS for _, text in kept)
        await sessions.end(session.id)
    finally:
        await redis.aclose()
