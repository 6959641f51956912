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
        failures = [await sign_in(portal, f"127.0.1.{base + i}", guess(key_id)) for i in range(limit)]
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
    failures = [await sign_in(portal, address, guess(f"k_{secrets.token_hex(6)}")) for _ in range(limit)]
    assert [f.status_code for f in failures] == [401] * limit
    locked = await sign_in(portal, address, portal.tokens["goose-carl"])
    assert locked.status_code == 429 and int(locked.headers["Retry-After"]) >= 1
    assert f"the limit: {limit} failed attempts from this client" in locked.text
    assert (await sign_in(portal, "127.0.2.2", portal.tokens["goose-carl"])).status_code == 303
