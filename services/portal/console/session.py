"""Console sessions: a random session id in an HttpOnly, SameSite=Strict cookie; the portal's Redis maps it to the
API key's SHA-256 (never the key itself) and a CSRF token (synchronizer token, compared on every form post).

Layout, with P = `<topic prefix>portal:`:

    P console:session:<sha256 of session id>   JSON {"key": <sha256 of the API key>, "csrf": <token>, "flash": [...]}
                                               expires `ttl_s` after sign-in
    P console:sessions-of:<sha256 of the key> sorted set: the key's session digests by sign-in time; expires with the
                                               newest session. A key holds at most `max_per_key` sessions: signing
                                               in past it ends the oldest (tenant57: every sign-in kept 12 hours of
                                               Redis and nothing bounded them, so a tenant signing in in a loop could
                                               fill the Redis every portal's view lives in)

Only the hash of the session id is stored, like API keys. The key record is looked up again on every request
(`View.key_by_hash`), so a revoked key ends its sessions at their next request. A Redis wipe ends every session
(sign in again).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import time
from dataclasses import dataclass, field

from redis.asyncio import Redis

COOKIE = "bs_console"
FLASH_KEPT = 5  # messages a session keeps for its next page: the latest (a tenant posting forms without loading a
FLASH_CHARS = 500  # page grew its session record without end: 5 MB after 1,000 posts; tenant57), each cut to this
SIGNIN_CSRF_COOKIE = "bs_console_signin"


def _digest(session_id: str) -> str:
    return hashlib.sha256(session_id.encode()).hexdigest()


def same_token(a: str | None, b: str | None) -> bool:
    return bool(a) and bool(b) and hmac.compare_digest(a.encode(), b.encode())


@dataclass
class Session:
    id: str
    key_sha256: str
    csrf: str
    flash: list[list[str]] = field(default_factory=list)  # [kind, text]: shown once on the next page


class Sessions:
    def __init__(self, redis: Redis, prefix: str, *, ttl_s: int = 12 * 3600, max_per_key: int = 20) -> None:
        self.redis = redis
        self.p = f"{prefix}portal:console:session:"
        self.of_key = f"{prefix}portal:console:sessions-of:"
        self.ttl_s = ttl_s
        self.max_per_key = max_per_key

    async def create(self, key_sha256: str) -> Session:
        """A new session of the key; past `max_per_key` the key's oldest sessions end."""
        session = Session(secrets.token_urlsafe(32), key_sha256, secrets.token_urlsafe(32))
        digest, index = _digest(session.id), self.of_key + key_sha256
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.set(self.p + digest, self._dump(session), ex=self.ttl_s)
            pipe.zadd(index, {digest: time.time()})
            pipe.expire(index, self.ttl_s)
            pipe.zrange(index, 0, -self.max_per_key - 1)  # all but the newest max_per_key
            *_, over = await pipe.execute()
        if over:
            async with self.redis.pipeline(transaction=True) as pipe:
                pipe.delete(*[self.p + (d.decode() if isinstance(d, bytes) else d) for d in over])
                pipe.zrem(index, *over)
                await pipe.execute()
        return session

    async def get(self, session_id: str | None) -> Session | None:
        if not session_id or len(session_id) > 100:
            return None
        raw = await self.redis.get(self.p + _digest(session_id))
        if raw is None:
            return None
        doc = json.loads(raw)
        return Session(session_id, doc["key"], doc["csrf"], doc.get("flash", []))

    async def end(self, session_id: str) -> None:
        raw = await self.redis.getdel(self.p + _digest(session_id))
        if raw is not None:
            await self.redis.zrem(self.of_key + json.loads(raw)["key"], _digest(session_id))

    async def flash(self, session: Session, kind: str, text: str) -> None:
        """A message for the next page of this session (kind: ok | error)."""
        text = text if len(text) <= FLASH_CHARS else text[:FLASH_CHARS - 1] + "…"
        session.flash = [*session.flash, [kind, text]][-FLASH_KEPT:]
        await self.redis.set(self.p + _digest(session.id), self._dump(session), keepttl=True, xx=True)

    async def take_flash(self, session: Session) -> list[list[str]]:
        shown, session.flash = session.flash, []
        if shown:
            await self.redis.set(self.p + _digest(session.id), self._dump(session), keepttl=True, xx=True)
        return shown

    @staticmethod
    def _dump(session: Session) -> str:
        return json.dumps({"key": session.key_sha256, "csrf": session.csrf, "flash": session.flash})
