"""Who is calling: API-key lookup with failed attempts rate-limited per client. Used by the portal and ingest.

A client (its address as the HTTP server sees it) that presents `max_failures` unknown or revoked keys within
`window_s` seconds is answered 429 with `Retry-After` for every request until the window ends, before any key
is looked up: guessing keys is slowed to `max_failures` per window per address. A request without a key is
answered 401 and not counted (nothing is guessed). Counters live in Redis, so every replica shares them.
When Redis holds no key at all (it was wiped; the portal rebuilds the lookup from the api-keys topic), an unknown
key is answered 503 with Retry-After instead of 401, and not counted: a wipe never locks an integrator out.
When Redis does not answer at all (down, frozen: the client's timeout), a key the service knows from memory (the
api-keys topic) is taken and any other answered 503 with Retry-After, nothing counted: Redis is a cache, its outage
must not refuse the keys in hand (ingest answered 500 to every POST while Redis was away, faults 2026-12-01).
"""

from __future__ import annotations

from redis.exceptions import RedisError

from schemas.portal import ApiKeyRecord
from services.portal.auth import hash_token
from services.portal.exceptions import TooManyAttempts, Unauthorized
from services.portal.view import View


class KeyGate:
    def __init__(self, view: View, *, max_failures: int = 20, window_s: int = 60) -> None:
        self.view = view
        self.max_failures = max_failures
        self.window_s = window_s

    def _counter(self, client: str) -> str:
        return f"{self.view.p}authfail:{client}"

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
        failures = await redis.get(self._counter(client))
        if failures is not None and int(failures) >= self.max_failures:
            ttl = await redis.ttl(self._counter(client))
            raise TooManyAttempts(f"too many failed API key attempts from this client; retry in {max(ttl, 1)} s",
                                  retry_after_s=max(ttl, 1))
        if not token:
            raise Unauthorized("send an API key (X-API-Key header or Authorization: Bearer)")
        record = await self.view.key_by_hash(hash_token(token.strip()))
        if record is None and not await redis.exists(f"{self.view.p}keys"):
            # no key at all in Redis: it lost the view (a wipe); the portal rebuilds it from the api-keys topic
            raise TooManyAttempts("the key store is being rebuilt; retry shortly", retry_after_s=2, status_code=503)
        if record is None or record.revoked:
            async with redis.pipeline(transaction=True) as pipe:
                pipe.incr(self._counter(client))
                pipe.expire(self._counter(client), self.window_s, nx=True)
                await pipe.execute()
            raise Unauthorized("unknown or revoked API key")
        return record
