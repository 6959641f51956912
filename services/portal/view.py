"""The portal's derived state in Redis: API-key lookup, the queryable alert view, suppressions.

Everything here is a cache of Kafka, rebuilt by the projector: by itself when the generation key is
gone (FLUSHALL, an empty Redis), or on demand (`brandsentry alerts rebuild-view`). API keys are also
held in memory (`known_keys`, from the api-keys topic): a lookup never depends on Redis alone, so
a wiped Redis never locks a key out. Key layout, with P = `<topic prefix>portal:`:

    P generation                     set when a projection starts; missing = Redis lost the view

    P key:<sha256 of token>          API key record (JSON) — the lookup
    P keys                           hash key id → record, for listing
    P alert:<alert id>               hash {json, off}: the latest snapshot and its alert-events offset
    P idx:all | idx:brand:<b> | idx:iwg:<g> [ :seller:<marketplace>/<seller id> ]
                                     sorted sets (lexicographic) of `<created ms, 13 digits>:<alert id>`
    P suppressions:<brand>           hash suppression id → record
    P testbuys:<alert id>            hash test buy id → TestBuy (the test-buys topic)
    <prefix>suppress:<brand>:…       one key per active suppression, read by the alerts service
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from redis.asyncio import Redis

from schemas import Alert
from schemas.portal import ApiKeyRecord, Suppression, SuppressionScope, TestBuy
from services.alerts.core import suppression_listing_key, suppression_seller_key

APPLY_ALERT = """
local cur = redis.call('HGET', KEYS[1], 'off')
if cur and tonumber(cur) >= tonumber(ARGV[2]) then return 0 end
redis.call('HSET', KEYS[1], 'json', ARGV[1], 'off', ARGV[2])
if cur then return 1 end
for i = 2, #KEYS do redis.call('ZADD', KEYS[i], 0, ARGV[3]) end
return 2
"""
APPLIED_NEW, APPLIED_UPDATE, APPLIED_STALE = 2, 1, 0


def index_member(alert: Alert) -> str:
    return f"{int(alert.created_at.timestamp() * 1000):013d}:{alert.alert_id}"


def seller_of(alert: Alert) -> str:
    return f"{alert.match.listing.marketplace}/{alert.match.listing.seller.id}"


@dataclass
class AlertFilter:
    status: set[str] | None = None
    severity: set[str] | None = None
    marketplace: str | None = None
    brand_id: str | None = None
    since_ms: int | None = None
    until_ms: int | None = None

    def accepts(self, alert: Alert) -> bool:
        if self.status and alert.status.value not in self.status:
            return False
        if self.severity and alert.severity.value not in self.severity:
            return False
        if self.marketplace and alert.match.listing.marketplace != self.marketplace:
            return False
        if self.brand_id and alert.brand_id != self.brand_id:
            return False
        return True


class View:
    def __init__(self, redis: Redis, topic_prefix: str) -> None:
        self.redis = redis
        self.prefix = topic_prefix
        self.p = f"{topic_prefix}portal:"
        self._apply_alert = redis.register_script(APPLY_ALERT)
        self.known_keys: dict[str, ApiKeyRecord] = {}  # token sha256 → record, from the api-keys topic
        self._known_hash: dict[str, str] = {}  # key id → token sha256

    # ------------------------------------------------------------------ generation (is the view there?)

    async def set_generation(self) -> str:
        generation = uuid.uuid4().hex
        await self.redis.set(f"{self.p}generation", generation)
        return generation

    async def generation(self) -> str | None:
        raw = await self.redis.get(f"{self.p}generation")
        return None if raw is None else raw.decode()

    # ------------------------------------------------------------------ keys

    async def apply_key(self, record: ApiKeyRecord | None, key_id: str) -> None:
        old = await self.redis.hget(f"{self.p}keys", key_id)
        async with self.redis.pipeline(transaction=True) as pipe:
            if old is not None:
                pipe.delete(f"{self.p}key:{ApiKeyRecord.model_validate_json(old).token_sha256}")
            if record is None:
                pipe.hdel(f"{self.p}keys", key_id)
            else:
                pipe.hset(f"{self.p}keys", key_id, record.model_dump_json())
                if not record.revoked:
                    pipe.set(f"{self.p}key:{record.token_sha256}", record.model_dump_json())
            await pipe.execute()

    def remember_key(self, record: ApiKeyRecord | None, key_id: str) -> None:
        """The in-memory lookup, kept by the projector from the api-keys topic."""
        old = self._known_hash.pop(key_id, None)
        if old is not None:
            self.known_keys.pop(old, None)
        if record is not None:
            self.known_keys[record.token_sha256] = record
            self._known_hash[key_id] = record.token_sha256

    async def key_by_hash(self, token_sha256: str) -> ApiKeyRecord | None:
        """From memory (what the api-keys topic says); else Redis (a key written by `create_key` a moment ago)."""
        known = self.known_keys.get(token_sha256)
        if known is not None:
            return known
        raw = await self.redis.get(f"{self.p}key:{token_sha256}")
        return None if raw is None else ApiKeyRecord.model_validate_json(raw)

    async def keys(self) -> list[ApiKeyRecord]:
        return sorted((ApiKeyRecord.model_validate_json(v) for v in (await self.redis.hgetall(f"{self.p}keys")).values()),
                      key=lambda r: r.created_at)

    # ------------------------------------------------------------------ alerts

    def _indexes(self, alert: Alert) -> list[str]:
        seller = seller_of(alert)
        return [
            f"{self.p}idx:all",
            f"{self.p}idx:brand:{alert.brand_id}",
            f"{self.p}idx:iwg:{alert.iwg}",
            f"{self.p}idx:brand:{alert.brand_id}:seller:{seller}",
            f"{self.p}idx:iwg:{alert.iwg}:seller:{seller}",
        ]

    async def apply_alerts(self, batch: Iterable[tuple[Alert, bytes, int]]) -> list[int]:
        """Apply (alert, raw json, offset) snapshots; each answer is APPLIED_NEW, APPLIED_UPDATE or APPLIED_STALE."""
        items = list(batch)
        if not items:
            return []
        async with self.redis.pipeline(transaction=False) as pipe:
            for alert, raw, offset in items:
                await self._apply_alert(keys=[f"{self.p}alert:{alert.alert_id}", *self._indexes(alert)],
                                        args=[raw, offset, index_member(alert)], client=pipe)
            return [int(x) for x in await pipe.execute()]

    async def alert(self, alert_id: str) -> Alert | None:
        raw = await self.redis.hget(f"{self.p}alert:{alert_id}", "json")
        return None if raw is None else Alert.model_validate_json(raw)

    def index_name(self, scope: str, ident: str | None, seller: str | None = None) -> str:
        base = f"{self.p}idx:all" if scope == "all" else f"{self.p}idx:{scope}:{ident}"
        if seller:
            if scope == "all":
                raise ValueError("the seller index exists per brand and per working group")
            base += f":seller:{seller}"
        return base

    async def count(self, index: str) -> int:
        return await self.redis.zcard(index)

    async def list_alerts(self, index: str, flt: AlertFilter, *, limit: int, cursor: str | None,
                          chunk: int = 200) -> tuple[list[Alert], str | None]:
        """Newest first. The cursor is the index member of the last alert returned; None when there is no more."""
        upper = f"({cursor}" if cursor else "+"
        if flt.until_ms is not None:
            until = f"({flt.until_ms:013d}:"
            upper = until if upper == "+" or until < upper else upper
        lower = f"[{flt.since_ms:013d}:" if flt.since_ms is not None else "-"
        out: list[Alert] = []
        last: str | None = None
        while len(out) < limit:
            members = [m.decode() for m in await self.redis.zrevrangebylex(index, upper, lower, start=0, num=chunk)]
            if not members:
                return out, None
            async with self.redis.pipeline(transaction=False) as pipe:
                for m in members:
                    pipe.hget(f"{self.p}alert:{m.split(':', 1)[1]}", "json")
                raws = await pipe.execute()
            for member, raw in zip(members, raws):
                last = member
                if raw is None:
                    continue
                alert = Alert.model_validate_json(raw)
                if flt.accepts(alert):
                    out.append(alert)
                    if len(out) == limit:
                        break
            upper = f"({last}"
            if len(members) < chunk and len(out) < limit:
                return out, None
        return out, last

    # ------------------------------------------------------------------ suppressions

    def _suppression_key(self, s: Suppression) -> str:
        if s.scope == SuppressionScope.listing:
            return suppression_listing_key(self.prefix, s.brand_id, s.listing_key)
        return suppression_seller_key(self.prefix, s.brand_id, s.marketplace, s.seller_id, s.mark)

    async def apply_suppression(self, s: Suppression | None, ident: str, brand_id: str | None = None) -> None:
        async with self.redis.pipeline(transaction=True) as pipe:
            if s is None:
                if brand_id:
                    pipe.hdel(f"{self.p}suppressions:{brand_id}", ident)
            else:
                pipe.hset(f"{self.p}suppressions:{s.brand_id}", s.id, s.model_dump_json())
                if s.lifted:
                    pipe.delete(self._suppression_key(s))
                else:
                    pipe.set(self._suppression_key(s), s.id)
            await pipe.execute()

    async def suppressions(self, brand_id: str) -> list[Suppression]:
        raw = await self.redis.hgetall(f"{self.p}suppressions:{brand_id}")
        return sorted((Suppression.model_validate_json(v) for v in raw.values()), key=lambda s: s.created_at)

    async def suppression(self, brand_id: str, ident: str) -> Suppression | None:
        raw = await self.redis.hget(f"{self.p}suppressions:{brand_id}", ident)
        return None if raw is None else Suppression.model_validate_json(raw)

    async def alerts_of(self, index: str) -> list[Alert]:
        """Every alert of an index, newest first."""
        members = [m.decode() for m in await self.redis.zrevrangebylex(index, "+", "-")]
        async with self.redis.pipeline(transaction=False) as pipe:
            for m in members:
                pipe.hget(f"{self.p}alert:{m.split(':', 1)[1]}", "json")
            raws = await pipe.execute()
        return [Alert.model_validate_json(raw) for raw in raws if raw is not None]

    async def seller_indexes(self, scope: str, ident: str) -> dict[str, str]:
        """seller ("marketplace/seller id") → its index, for one brand or working group."""
        base = f"{self.p}idx:{scope}:{ident}:seller:"
        return {key.decode()[len(base):]: key.decode()
                async for key in self.redis.scan_iter(match=f"{_glob(base)}*", count=1000)}

    # ------------------------------------------------------------------ test buys

    async def apply_test_buy(self, tb: TestBuy) -> None:
        await self.redis.hset(f"{self.p}testbuys:{tb.alert_id}", tb.id, tb.model_dump_json())

    async def test_buys(self, alert_id: str) -> list[TestBuy]:
        raw = await self.redis.hgetall(f"{self.p}testbuys:{alert_id}")
        return sorted((TestBuy.model_validate_json(v) for v in raw.values()), key=lambda t: (t.recorded_at, t.id))

    # ------------------------------------------------------------------ wipe (rebuild)

    # ------------------------------------------------------------------ rescans (their status; the runs are the portal's)

    def rescan_key(self, rescan_id: str) -> str:
        return f"{self.p}rescan:{rescan_id}"

    def rescans_index(self, brand_id: str) -> str:
        return f"{self.p}rescans:{brand_id}"

    async def apply_rescan(self, raw: bytes, rescan_id: str, brand_id: str, started_ts: float, running: bool) -> None:
        """A rescan's status from the rescans topic: an ended one as it ended; a running one only where Redis has no
        status of it (the running portal's, with its progress). A running one without a lease is taken over by a live
        portal (Portal.take_over_rescans): a Redis emptied while no portal ran loses no rescan that was answered."""
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.set(self.rescan_key(rescan_id), raw, ex=RESCAN_TTL_S, nx=running)
            pipe.zadd(self.rescans_index(brand_id), {rescan_id: started_ts})
            pipe.expire(self.rescans_index(brand_id), RESCAN_TTL_S)
            await pipe.execute()

    async def wipe(self) -> int:
        """Delete every key of the portal's view (and the suppression keys the alerts service reads)."""
        deleted = 0
        for pattern in (f"{_glob(self.p)}*", f"{_glob(self.prefix)}suppress:*"):
            batch: list[bytes] = []
            async for key in self.redis.scan_iter(match=pattern, count=1000):
                batch.append(key)
                if len(batch) >= 1000:
                    deleted += await self.redis.delete(*batch)
                    batch = []
            if batch:
                deleted += await self.redis.delete(*batch)
        return deleted


RESCAN_TTL_S = 30 * 24 * 3600  # how long a rescan's status is kept in Redis


def _glob(text: str) -> str:
    return "".join(f"\\{c}" if c in "*?[]\\" else c for c in text)
