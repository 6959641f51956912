"""Who is calling: API-key lookup with failed attempts rate-limited per client and per key. Used by the portal
(its API and the console's sign-in form), ingest and ops.

A client (its address as the HTTP server sees it) that presents `max_failures` unknown or revoked keys within
`window_s` seconds is answered 429 with `Retry-After` for every request until the window ends, before any key
is looked up: guessing keys is slowed to `max_failures` per window per address. The key id a token names
(`bsk_<key id>_<secret>`, auth.new_key) is limited too: `max_key_failures` failed attempts naming one key id, from
any number of clients, answer 429 for that key id (its right secret included: else a guesser spread over many
addresses would learn it by the one answer that is not 429) until the window ends. The per-key count is kept for
every well-formed key id, whether a key of that id exists or not, and answers alike: the limit says nothing about
which keys exist (tenant57). Only the portal locks key ids (`max_key_failures`, None: off): ingest does not, so
that no one who learns an integrator's key id can hold its connector's listings back. A request without a key is answered 401 and not counted (nothing is guessed).
Counters live in Redis, so every replica shares them.
When Redis holds no key at all (it was wiped; the portal rebuilds the lookup from the api-keys topic), an unknown
key is answered 503 with Retry-After instead of 401, and not counted: a wipe never locks an integrator out.
When Redis does not answer at all (down, frozen: the client's timeout), a key the service knows from memory (the
api-keys topic) is taken and any other answered 503 with Retry-After, nothing counted: Redis is a cache, its outage
must not refuse the keys in hand (ingest answered 500 to every POST while Redis was away, faults 2026-12-01).
"""

from __future__ import annotations

import re

from redis.exceptions import RedisError

from schemas.portal import ApiKeyRecord
from services.portal.auth import hash_token
from services.portal.exceptions import TooManyAttempts, Unauthorized
from services.portal.view import View


#: the key id of a token as auth.new_key makes them (`bsk_<12 hex>_<43 url-safe>`); nothing else names a key
_KEY_ID = re.compile(r"bsk_([0-9a-f]{12})_[A-Za-z0-9_-]{43}")


def key_id_of(token: str) -> str | None:
    """The key id a token names, whether or not a key of that id exists; None for a token of no key's shape."""
    found = _KEY_ID.fullmatch(token)
    return f"k_{found.group(1)}" if found else None


class KeyGate:
    def __init__(self, view: View, *, max_failures: int = 20, window_s: int = 60,
                 max_key_failures: int | None = None) -> None:
        self.view = view
        self.max_failures = max_failures
        self.max_key_failures = max_key_failures
        self.window_s = window_s

    def _counter(self, client: str) -> str:
        return f"{self.view.p}authfail:{client}"

    def _key_counter(self, key_id: str) -> str:
        return f"{self.view.p}authfail-key:{key_id}"

    async def _refuse_when_over(self, counter: str, limit: int, what: str) -> None:
        redis = self.view.redis
        failures = await redis.get(counter)
        if failures is not None and int(failures) >= limit:
            ttl = max(await redis.ttl(counter), 1)
            raise TooManyAttempts(f"too many failed API key attempts {what}; retry in {ttl} s (the limit: {limit} "
                                  f"failed attempts {what} in {self.window_s} s)", retry_after_s=ttl)

    async def authenticate(self, token: str | None, client: str) -> ApiKeyRecord:
        """The active key record of `token`; Unauthorized (401) or TooManyAttempts (429, with retry_after_s; 503
        while the key store is rebuilt or Redis is away and the key is not known from memory)."""
        try:
            return await self._authenticate(token, client)
        except RedisError:
            known = self.view.known_keys.get(hash_token(token.strip())) if token else None
            if known is not None and not known.revoked:
                return known
            if not token:
                raise Unauthorized("send an API key (X-API-Key header or Authorization: Bearer)") from None
            raise TooManyAttempts("the key store does not answer; retry shortly", retry_after_s=2,
                                  status_code=503) from None

    async def _authenticate(self, token: str | None, client: str) -> ApiKeyRecord:
        redis = self.view.redis
        await self._refuse_when_over(self._counter(client), self.max_failures, "from this client")
        if not token:
            raise Unauthorized("send an API key (X-API-Key header or Authorization: Bearer)")
        token = token.strip()
        key_id = key_id_of(token)
        if key_id is not None and self.max_key_failures is not None:
            await self._refuse_when_over(self._key_counter(key_id), self.max_key_failures, "naming this key")
        record = await self.view.key_by_hash(hash_token(token))
        if record is None and not await redis.exists(f"{self.view.p}keys"):
            # no key at all in Redis: it lost the view (a wipe); the portal rebuilds it from the api-keys topic
            raise TooManyAttempts("the key store is being rebuilt; retry shortly", retry_after_s=2, status_code=503)
        if record is None or record.revoked:
            counted = key_id is not None and self.max_key_failures is not None
            async with redis.pipeline(transaction=True) as pipe:
                for counter in (self._counter(client), *([self._key_counter(key_id)] if counted else [])):
                    pipe.incr(counter)
                    pipe.expire(counter, self.window_s, nx=True)
                await pipe.execute()
            raise Unauthorized("unknown or revoked API key")
        return record
