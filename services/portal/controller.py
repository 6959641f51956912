"""The portal's use cases: check who may, decide with the pure modules, write events, wait for the view.

Routers call these methods and nothing else; they hold no HTTP concerns.
"""

from __future__ import annotations

import asyncio
import errno
import os
import secrets
from collections import Counter
from contextlib import asynccontextmanager, suppress
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from redis.asyncio import Redis
from redis.exceptions import RedisError

from brandsentry.kafka import JsonProducer, ensure_topics
from brandsentry.logs import write_private_file
from brandsentry.registry import Registry, dump_registry
from schemas import Alert, AlertStatus, Fingerprint
from schemas.portal import (
    EvidenceManifest,
    PrecisionSettings,
    RegistryChange,
    Role,
    Suppression,
    SuppressionScope,
    TakedownNotice,
    TestBuy,
    WebhookDeadLetter,
    WebhookEventType,
    WebhookSubscription,
    WebhookSubscriptionRecord,
    make_test_buy_id,
)
from services.portal import evidence, images, metrics, precision, registry_cmds, rescan, triage
from services.portal.api_models import (AlertSummary, BrandPrecision, FingerprintPrecision, GroupSellers,
                                        PrecisionFigure, RulePrecision, SellerOfGroup, TestBuyIn)
from services.portal.access import KeyGate
from services.portal.auth import Principal
from services.portal.delivery import Deliverer
from services.portal.exceptions import (Conflict, Forbidden, Invalid, NotFound, OverLimit, TooManyAttempts, Unavailable,
                                        redis_unavailable)
from services.portal.notice import render_notice
from services.portal.projector import Projector
from services.portal.rescan import RescanStatus
from services.portal.secretbox import SecretBox
from services.portal.settings import PortalSettings
from services.portal.signing import new_secret
from services.portal.urlcheck import check_url
from services.portal.view import RESCAN_TTL_S, AlertFilter, View, seller_of


def now() -> datetime:
    return datetime.now(timezone.utc)


RESCANS_KEPT = 50  # a brand's latest rescans kept and listed (GET /v1/brands/{id}/rescans)

class Portal:
    def __init__(self, settings: PortalSettings, log) -> None:
        self.settings = settings
        self.topics = settings.topics
        self.ptopics = settings.portal_topics
        self.log = log
        self.redis = Redis.from_url(settings.redis.url)
        self.view = View(self.redis, self.topics.topic_prefix)
        self.gate = KeyGate(self.view, max_failures=settings.auth_max_failures, window_s=settings.auth_window_s,
                            max_key_failures=settings.auth_max_failures_per_key)
        self.producer = JsonProducer(settings.kafka, client_id="brandsentry-portal")
        self.secrets = SecretBox.from_settings(settings.secrets_key, settings.secrets_key_file)
        self.projector = Projector(kafka=settings.kafka, topics=self.ptopics, view=self.view, log=log,
                                   secrets=self.secrets)
        self.deliverer = Deliverer(settings, self.producer, self.redis, log)
        self._rescans: set[asyncio.Task] = set()
        self._auto_pending: dict[str, list[str]] = {}  # brand → fingerprints changed since its automatic rescan was asked
        self._instance = secrets.token_hex(6)  # holds the leases of the rescans this portal runs

    async def start(self) -> None:
        await ensure_topics(self.settings.kafka, self.ptopics.all())
        await self.producer.start()

    async def stop(self) -> None:
        for task in list(self._rescans):
            task.cancel()
        for task in list(self._rescans):
            with suppress(asyncio.CancelledError, Exception):
                await task
        await self.deliverer.close()
        await self.producer.stop()
        await self.redis.aclose()

    @property
    def registry(self) -> Registry:
        return self.projector.registry

    async def _write(self, records: list[tuple[str, BaseModel | None, str]]) -> None:
        """Publish records and wait until the view shows them (read your writes)."""
        if not records:
            return
        futures = [await self.producer.enqueue(topic, value, key=key) for topic, value, key in records]
        metas = await asyncio.gather(*futures)
        await self.projector.wait_applied(list(metas), self.settings.write_timeout_s)

    async def _write_change(self, change: registry_cmds.Change) -> None:
        await ensure_topics(self.settings.kafka, {self.topics.alerts_brand(r.brand.id): {} for r in change.records
                                                  if r.type == "brand"}
                            | {self.topics.alerts_iwg(r.iwg.id): {} for r in change.records if r.type == "iwg"})
        await self._write([(self.topics.fingerprints, r, r.key()) for r in change.records]
                          + [(self.ptopics.registry_changes, c, c.key) for c in change.changes])
        for c in change.changes:
            metrics.REGISTRY_CHANGES.labels(c.action).inc()

    @asynccontextmanager
    async def _lock(self, what: str):
        """The write lock of `what` (a brand's registry, an alert, a brand's rescans), in Redis. Redis full or away,
        or the lock held by another change past 15 s: Unavailable (503, Retry-After) before anything is written. A
        lock that cannot be given back after the write (Redis gone meanwhile) lapses by itself in 30 s: the write
        is answered as done, since it is (a 503 then would make the client's retry a 409). Until faults57 each of
        these was a 500."""
        lock = self.redis.lock(f"{self.view.p}lock:{what}", timeout=30, blocking_timeout=15)
        try:
            acquired = await lock.acquire()
        except RedisError as exc:
            raise redis_unavailable(exc, "the portal's write locks", written=": nothing was written") from exc
        if not acquired:
            raise Unavailable(f"another change of {what.split(':')[0]} {what.partition(':')[2]!r} is in progress: "
                              "nothing was written; try again in a moment", retry_after_s=2)
        try:
            yield
        finally:
            with suppress(RedisError, OSError):
                await lock.release()

    # ------------------------------------------------------------------ brands

    def brand_visible(self, who: Principal, brand_id: str) -> bool:
        brand = self.registry.brands.get(brand_id)
        return brand is not None and who.can_read_brand_profile(brand_id, brand.iwg)

    def brands(self, who: Principal) -> list[dict]:
        return [who.brand_profile(b) for b in sorted(self.registry.brands.values(), key=lambda b: b.id)
                if who.can_read_brand_profile(b.id, b.iwg)]

    def brand(self, who: Principal, brand_id: str) -> dict:
        if not self.brand_visible(who, brand_id):
            raise NotFound("not found")
        return who.brand_profile(self.registry.brands[brand_id])

    async def create_brand(self, who: Principal, spec: registry_cmds.BrandIn) -> dict:
        who.require_operator()
        async with self._lock("registry-brands"):
            change = registry_cmds.create_brand(self.registry, spec, by=who.name, now=now())
            await self._write_change(change)
        return self.registry.brands[spec.id].model_dump(mode="json")

    # ------------------------------------------------------------------ fingerprints

    def _managed(self, who: Principal, brand_id: str) -> None:
        who.require_manage_brand(brand_id, brand_id in self.registry.brands)

    async def _within_limit(self, who: Principal, brand_id: str, change: registry_cmds.Change) -> None:
        """A brand's key: its brand's fingerprints within the limits (registry_cmds.require_within), and its changes
        within PORTAL_REGISTRY_CHANGES_PER_DAY: each is kept for ever on registry-changes and in every portal's
        memory and rebuilds every matcher's index; a key toggling a fingerprint or syncing two files in turn had no
        bound (tenant57). The day's count is taken (in Redis, every portal's) when the change is allowed."""
        if who.is_operator:
            return
        registry_cmds.require_within(self.registry, brand_id, change, self.settings.max_fingerprints_per_brand,
                                     self.settings.max_fingerprints_kept_per_brand)
        if not change.changes:
            return
        at, limit = now(), self.settings.registry_changes_per_day
        counter = f"{self.view.p}registry-changes:{brand_id}:{at:%Y%m%d}"
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.incrby(counter, len(change.changes))
            pipe.expire(counter, 2 * 24 * 3600)
            total, _ = await pipe.execute()
        if total > limit:
            await self.redis.decrby(counter, len(change.changes))  # not made: not counted
            midnight = (at + timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
            raise TooManyAttempts(f"brand {brand_id!r} has made {total - len(change.changes)} fingerprint changes today "
                                  f"and this one makes {len(change.changes)}; a brand's key makes at most {limit} "
                                  f"fingerprint changes a day (PORTAL_REGISTRY_CHANGES_PER_DAY): retry after midnight "
                                  f"UTC, or ask an operator", retry_after_s=max(1, int((midnight - at).total_seconds())))

    def fingerprints(self, who: Principal, brand_id: str, *, include_inactive: bool) -> list[Fingerprint]:
        self._managed(who, brand_id)
        fps = self.registry.fingerprints_of(brand_id)
        return sorted((f for f in fps if include_inactive or f.active), key=lambda f: (f.kind, f.id))

    def fingerprint(self, who: Principal, brand_id: str, fp_id: str) -> Fingerprint:
        self._managed(who, brand_id)
        return registry_cmds.find(self.registry, brand_id, fp_id)

    def history(self, who: Principal, brand_id: str, fp_id: str) -> list[RegistryChange]:
        fp = self.fingerprint(who, brand_id, fp_id)
        recorded = list(self.projector.history.get(fp_id, []))
        if not recorded:  # loaded from a registry file, not through the portal: its current version is all we know
            recorded = [RegistryChange(key=f"fp:{brand_id}:{fp_id}", brand_id=brand_id, fingerprint_id=fp_id,
                                       action="created", version=fp.version, by=fp.updated_by, at=fp.updated_at,
                                       fingerprint=fp)]
        return recorded

    async def create_fingerprint(self, who: Principal, brand_id: str, spec: BaseModel) -> Fingerprint:
        self._managed(who, brand_id)
        async with self._lock(f"brand:{brand_id}"):
            fp, change = registry_cmds.create_fingerprint(self.registry, brand_id, spec, by=who.name, now=now())
            await self._within_limit(who, brand_id, change)
            await self._write_change(change)
        await self._fingerprint_changed(who, fp)
        return fp

    async def update_fingerprint(self, who: Principal, brand_id: str, fp_id: str,
                                 patch: registry_cmds.FingerprintPatch) -> Fingerprint:
        self._managed(who, brand_id)
        async with self._lock(f"brand:{brand_id}"):
            fp, change = registry_cmds.update_fingerprint(self.registry, brand_id, fp_id, patch, by=who.name, now=now())
            await self._within_limit(who, brand_id, change)
            await self._write_change(change)
        await self._fingerprint_changed(who, fp)
        return fp

    async def deactivate(self, who: Principal, brand_id: str, fp_id: str) -> Fingerprint:
        return await self.update_fingerprint(who, brand_id, fp_id, registry_cmds.FingerprintPatch(active=False))

    async def upload_image(self, who: Principal, brand_id: str, data: bytes, *, label: str, max_distance: int,
                           keep: bool, algorithm: str = "phash") -> tuple[Fingerprint, str | None, bool]:
        """algorithm: phash (64-bit, max_distance ≤ 64), pdq (256-bit, typically 31) or logo (found inside photos).
        (fingerprint, where the image is kept or None, whether it was registered before by the same upload).

        A kept image is written before its fingerprint is published (faults57, 2026-12-06: the fingerprint went to
        Kafka first, the file write then failed on a full disk: a 500, a fingerprint without its file, and the
        client's retry a 409 with the file never kept). A full disk answers 507 with nothing registered; the same
        upload sent again (same image, algorithm, label, distance) answers the fingerprint it made, 200, and keeps
        the image if it was not kept yet."""
        self._managed(who, brand_id)
        if len(data) > self.settings.max_image_bytes:
            raise Invalid(f"image larger than {self.settings.max_image_bytes} bytes")
        if algorithm not in ("phash", "pdq", "logo"):
            raise Invalid(f"algorithm must be phash, pdq or logo, not {algorithm!r}")
        if algorithm == "phash" and max_distance > 64:
            raise Invalid("a pHash has 64 bits: max_distance is at most 64")
        image_hash, features = images.hashes_of(data, algorithm)
        spec = registry_cmds.ImageIn(kind="image", label=label, algorithm=algorithm, hash=image_hash,
                                     max_distance=max_distance, features=features)
        fp_id, same = registry_cmds.registered_as(self.registry, brand_id, spec)
        stored, new_file = self._keep_image(brand_id, fp_id, data) if keep else (None, None)
        if same is not None:
            return same, stored, True
        try:
            fp = await self.create_fingerprint(who, brand_id, spec)
        except (Conflict, Invalid, Forbidden, OverLimit, Unavailable):  # refused before anything was published
            if new_file is not None:
                new_file.unlink(missing_ok=True)
            raise
        return fp, stored, False

    def _keep_image(self, brand_id: str, fp_id: str, data: bytes) -> tuple[str, Path | None]:
        """Write the brand's image as `<image_dir>/<brand>/<fingerprint id>.<ext>` whole or not at all (a part file
        renamed over it): (its name under the image directory, its path when this call created it, else None). Disk
        full: Unavailable 507, no part file left."""
        path = Path(self.settings.image_dir) / brand_id / f"{fp_id}.{images.extension_of(data)}"
        stored = f"{brand_id}/{path.name}"  # under the image directory: the server's own paths are not the caller's
        if path.is_file() and path.read_bytes() == data:
            return stored, None
        part = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
        try:  # the brand's confidential image: the owner's only (0600 in 0700 directories)
            write_private_file(part, data, private_from=self.settings.image_dir)
            os.replace(part, path)
        except OSError as exc:
            with suppress(OSError):
                part.unlink(missing_ok=True)
            if exc.errno in (errno.ENOSPC, errno.EDQUOT):
                raise Unavailable("no space left on the server to keep the image: nothing was registered; try again "
                                  "later, or upload it without keep", retry_after_s=60, status_code=507) from exc
            raise Unavailable(f"the image could not be kept ({exc.strerror or type(exc).__name__}): nothing was "
                              "registered; try again later", retry_after_s=30) from exc
        return stored, path

    def export(self, who: Principal, brand_id: str) -> str:
        self._managed(who, brand_id)
        return dump_registry(self.registry, brand_ids={brand_id})

    async def import_file(self, who: Principal, brand_id: str, data: Any, *, deactivate_missing: bool) -> dict[str, int]:
        self._managed(who, brand_id)
        async with self._lock(f"brand:{brand_id}"):
            change = registry_cmds.import_brand(self.registry, brand_id, data, by=who.name, now=now(),
                                                deactivate_missing=deactivate_missing, operator=who.is_operator)
            await self._within_limit(who, brand_id, change)
            await self._write_change(change)
        return change.summary

    # ------------------------------------------------------------------ alerts

    async def _visible_alert(self, who: Principal, alert_id: str) -> Alert:
        alert = await self.view.alert(alert_id) if len(alert_id) == 24 else None
        if alert is None or not who.can_read_alert(alert):
            raise NotFound("not found")
        return alert

    async def alert(self, who: Principal, alert_id: str) -> tuple[Alert, int]:
        alert = await self._visible_alert(who, alert_id)
        return alert, await self.view.count(self.view.index_name("brand", alert.brand_id, seller_of(alert)))

    async def alerts(self, who: Principal, flt: AlertFilter, *, seller: str | None, limit: int,
                     cursor: str | None) -> tuple[list[Alert], str | None]:
        scope, ident = who.alert_scope()
        if flt.brand_id and scope == "all":
            scope, ident, flt.brand_id = "brand", flt.brand_id, None
        if seller and scope == "all":
            raise Invalid("filter by brand too when filtering by seller (brand=<id>)")
        return await self.view.list_alerts(self.view.index_name(scope, ident, seller), flt, limit=limit, cursor=cursor)

    async def seller_count(self, who: Principal, brand_id: str, seller: str) -> int:
        if not self.brand_visible(who, brand_id):
            raise NotFound("not found")
        return await self.view.count(self.view.index_name("brand", brand_id, seller))

    async def transition(self, who: Principal, alert_id: str, to: AlertStatus, *, reason: str | None,
                         note: str | None, suppress: SuppressionScope | None, marks: list[str] | None) -> Alert:
        alert = await self._visible_alert(who, alert_id)
        if not who.can_triage(alert):
            raise Forbidden("working-group members read alerts; the brand triages them")
        if suppress is not None and not (to == AlertStatus.dismissed and reason == "not_infringing"):
            raise Invalid("suppress goes with a dismissal whose reason is not_infringing")
        async with self._lock(f"alert:{alert_id}"):
            alert = await self._visible_alert(who, alert_id)
            at = now()
            new = triage.transition(alert, to, by=who.name, now=at, reason=reason, note=note)
            suppressions = (triage.suppressions_for(alert, suppress, by=who.name, now=at, note=note, marks=marks)
                            if suppress else [])
            await self._write([(self.topics.alert_events, new, new.alert_id)]
                              + [(self.ptopics.suppressions, s, s.id) for s in suppressions])
        metrics.TRIAGE.labels(to.value).inc()
        self.log.info("alert triaged", alert_id=alert_id, status=to.value, by=who.name,
                      suppressions=[s.id for s in suppressions])
        return new

    async def notice(self, who: Principal, alert_id: str) -> TakedownNotice:
        alert = await self._visible_alert(who, alert_id)
        if not who.can_triage(alert):
            raise Forbidden("takedown notices are the brand's to send")
        return render_notice(alert, requested_by=who.name, now=now())

    # ------------------------------------------------------------------ test buys, evidence packs

    async def record_test_buy(self, who: Principal, alert_id: str, spec: TestBuyIn) -> tuple[TestBuy, Alert]:
        """Record a test buy; its verdict moves the alert by the triage rules (triage.after_test_buy).
        409 when the same order is already recorded on the alert, or the move is not allowed."""
        alert = await self._visible_alert(who, alert_id)
        if not who.can_triage(alert):
            raise Forbidden("working-group members read alerts; the brand records test buys")
        async with self._lock(f"alert:{alert_id}"):
            alert = await self._visible_alert(who, alert_id)
            ident = make_test_buy_id(alert_id, spec.marketplace_order_id)
            recorded = await self.view.test_buys(alert_id)
            if any(t.id == ident for t in recorded):
                raise Conflict(f"order {spec.marketplace_order_id} is already recorded on this alert ({ident})")
            triage.require_room_for_test_buy(len(recorded))
            at = now()
            tb = TestBuy(id=ident, alert_id=alert_id, brand_id=alert.brand_id, iwg=alert.iwg, recorded_by=who.name,
                         recorded_at=at, **spec.model_dump())
            moved = triage.after_test_buy(alert, tb.verdict, tb.id, by=who.name, now=at)
            await self._write([(self.ptopics.test_buys, tb, tb.id)]
                              + ([(self.topics.alert_events, moved, moved.alert_id)] if moved else []))
        self.log.info("test buy recorded", alert_id=alert_id, test_buy_id=tb.id, verdict=tb.verdict.value,
                      status=(moved or alert).status.value, by=who.name)
        return tb, moved or alert

    async def test_buys(self, who: Principal, alert_id: str) -> list[TestBuy]:
        await self._visible_alert(who, alert_id)
        return await self.view.test_buys(alert_id)

    async def evidence_pack(self, who: Principal, alert_id: str) -> tuple[bytes, EvidenceManifest]:
        """The ZIP of evidence.py for whoever may read the alert (404 otherwise, as GET /v1/alerts/{id})."""
        alert = await self._visible_alert(who, alert_id)
        source = alert.match.source
        record = (await evidence.read_listing_record(self.settings.kafka, source, listing_key=alert.listing_key)
                  if source else None)
        at = now()
        files = evidence.pack_files(alert, await self.view.test_buys(alert_id),
                                    render_notice(alert, requested_by=who.name, now=at),
                                    record.value if record is not None else None)
        return evidence.build_zip(alert, files, source=source, as_received=record is not None,
                                  record_timestamp_ms=record.timestamp if record is not None else None,
                                  by=who.name, now=at)

    # ------------------------------------------------------------------ precision, a working group's sellers

    def precision_settings(self, who: Principal, brand_id: str) -> PrecisionSettings:
        """The brand's settings (defaults until it sets them); the brand, its working group, operators."""
        if not self.brand_visible(who, brand_id):
            raise NotFound("not found")
        return self.projector.precision_settings.get(brand_id) or PrecisionSettings(brand_id=brand_id)

    async def set_precision_settings(self, who: Principal, brand_id: str, *, review_below: float, min_decided: int,
                                     window_days: float) -> PrecisionSettings:
        self._managed(who, brand_id)
        chosen = PrecisionSettings(brand_id=brand_id, review_below=review_below, min_decided=min_decided,
                                   window_days=window_days, updated_by=who.name, updated_at=now())
        await self._write([(self.ptopics.precision_settings, chosen, brand_id)])
        return chosen

    async def brand_precision(self, who: Principal, brand_id: str, *, window_days: float | None = None,
                              review_below: float | None = None, min_decided: int | None = None) -> BrandPrecision:
        """precision.py over the brand's alerts, with the brand's settings unless the caller overrides them;
        the brand, its working group and operators (404 for others). A fingerprint's value (the mark, model or label)
        only for the brand and operators: to the group it is as confidential as the aliases (tenant56)."""
        chosen = self.precision_settings(who, brand_id)
        window_days = chosen.window_days if window_days is None else window_days
        review_below = chosen.review_below if review_below is None else review_below
        min_decided = chosen.min_decided if min_decided is None else min_decided
        at = now()
        report = precision.precision(await self.view.alerts_of(self.view.index_name("brand", brand_id)),
                                     now=at, window_days=window_days)
        known = {f.id: f for f in self.registry.fingerprints_of(brand_id)}
        shows_values = who.can_manage_brand(brand_id)  # a working group reads the figures, never the fingerprints

        def described(fp_id: str) -> dict:
            fp = known.get(fp_id)
            if fp is None:
                return {}
            value = (getattr(fp, "value", None) or getattr(fp, "label", None)) if shows_values else None
            return {"kind": fp.kind, "value": value, "version": fp.version}

        return BrandPrecision(
            brand_id=brand_id, window_days=window_days, since=at - timedelta(days=window_days), until=at,
            review_below=review_below, min_decided=min_decided, overall=PrecisionFigure(**report.overall.as_dict()),
            rules=[RulePrecision(rule=r, **f.as_dict()) for r, f in sorted(report.rules.items())],
            fingerprints=[FingerprintPrecision(fingerprint_id=i, **described(i), **f.as_dict(),
                                               review=precision.needs_review(f, below=review_below,
                                                                             min_decided=min_decided))
                          for i, f in sorted(report.fingerprints.items())])

    async def group_sellers(self, who: Principal, iwg: str, *, min_brands: int, latest: int) -> GroupSellers:
        """Sellers with alerts of at least `min_brands` brands of the group; the group's key (and operators) only."""
        if not (who.is_operator or (who.role == Role.iwg and who.iwg == iwg)) or iwg not in self.registry.working_groups:
            raise NotFound("not found")
        out: list[SellerOfGroup] = []
        for seller, index in (await self.view.seller_indexes("iwg", iwg)).items():
            alerts = await self.view.alerts_of(index)
            brands = Counter(a.brand_id for a in alerts)
            if len(brands) >= min_brands:
                out.append(SellerOfGroup(seller=seller, seller_name=alerts[0].match.listing.seller.name,
                                         brands=dict(sorted(brands.items())), alert_count=len(alerts),
                                         latest_alerts=[AlertSummary.of(a) for a in alerts[:latest]]))
        out.sort(key=lambda s: (-len(s.brands), -s.alert_count, s.seller))
        return GroupSellers(iwg=iwg, min_brands=min_brands, sellers=out)

    # ------------------------------------------------------------------ rescans

    def _rescan_key(self, rescan_id: str) -> str:
        return self.view.rescan_key(rescan_id)

    def _lease_key(self, rescan_id: str) -> str:
        return f"{self.view.p}rescan-lease:{rescan_id}"

    async def _save_rescan(self, status: RescanStatus) -> None:
        """Keep the status; while it runs, renew this portal's lease on it (rescan.py: a lapsed lease is taken over).
        A brand keeps its RESCANS_KEPT latest rescans (statuses 30 days, the list as long as it is written to): a
        brand asking for one small rescan after another piled up statuses without end, every one read by every
        portal every few seconds looking for orphans (take_over_rescans; tenant57)."""
        listed = self.view.rescans_index(status.brand_id)
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.set(self._rescan_key(status.id), status.model_dump_json(), ex=RESCAN_TTL_S)
            pipe.zadd(listed, {status.id: status.started_at.timestamp()})
            pipe.expire(listed, RESCAN_TTL_S)
            if status.state == "running":
                pipe.set(self._lease_key(status.id), self._instance, px=int(self.settings.rescan_lease_s * 1000))
            else:
                pipe.delete(self._lease_key(status.id))
            pipe.zrange(listed, 0, -RESCANS_KEPT - 1)  # older than the latest RESCANS_KEPT (at most 2 run at once)
            *_, dropped = await pipe.execute()
        if dropped:
            async with self.redis.pipeline(transaction=True) as pipe:
                pipe.delete(*[self._rescan_key(i.decode()) for i in dropped])
                pipe.zrem(listed, *dropped)
                await pipe.execute()

    async def _record_rescan(self, status: RescanStatus) -> None:
        """The status on the rescans topic (compacted, by id), once asked for and once ended: Redis keeps its
        progress, Kafka that it was answered. Written after the status and its lease are in Redis, so that no portal
        takes a rescan over that its own portal is about to run (faults57: a rescan answered 201/202 was lost when
        Redis was emptied while no portal ran: 2 of 2 in tests/faults/test_portal_storage.py)."""
        await self._write([(self.ptopics.rescans, status, status.id)])

    def _spawn(self, work) -> None:
        task = asyncio.ensure_future(work)
        self._rescans.add(task)
        task.add_done_callback(self._rescans.discard)

    async def _running_rescans(self, brand_id: str) -> list[str]:
        """The ids of the brand's rescans that are running (on any portal: their status is in Redis)."""
        return [s.id for s in await self._latest_rescans(brand_id) if s.state == "running"]

    async def start_rescan(self, who: Principal, brand_id: str, *, since: datetime, dry_run: bool) -> RescanStatus:
        """Start a rescan of the listings since `since` for this brand (rescan.py) in the background; 429 while the
        brand has `rescan_max_running` running. Each reads and matches the whole window (up to the listings topic's
        retention) in the portal: one brand's key asking for rescans in a loop had every portal matching for it at
        once, unbounded (tenant55, 2026-12-06)."""
        self._managed(who, brand_id)
        at = now()
        if since >= at:
            raise Invalid("since is in the future: nothing to rescan")
        async with self._lock(f"rescans:{brand_id}"):
            running = await self._running_rescans(brand_id)
            if len(running) >= self.settings.rescan_max_running:
                raise TooManyAttempts(f"brand {brand_id!r} has {len(running)} rescans running ({', '.join(running)}), "
                                      f"at most {self.settings.rescan_max_running} at once: follow them at "
                                      f"GET /v1/brands/{brand_id}/rescans/<id>",
                                      retry_after_s=max(1, int(self.settings.rescan_lease_s)))
            status = RescanStatus(id=f"rs_{secrets.token_hex(8)}", brand_id=brand_id, since=since, dry_run=dry_run,
                                  started_by=who.name, started_at=at)
            await self._save_rescan(status)
            try:
                await self._record_rescan(status)
            except BaseException:  # not answered: not run either
                with suppress(RedisError, OSError):
                    await self.redis.delete(self._rescan_key(status.id), self._lease_key(status.id))
                raise
        self._spawn(self._run_rescan(status))
        return status

    async def _fingerprint_changed(self, who: Principal, fp: Fingerprint) -> None:
        """An active fingerprint was added or changed: rescan the brand's recent listings (debounced per brand).

        The automatic rescan is kept in Redis (`running`, with this portal's lease) before the change is answered, and
        its lease renewed while it waits (the debounce; the brand's running rescans): a portal that stops meanwhile
        (kill -9, a rollout) leaves it for a live portal to take over (`take_over_rescans`). Held in this portal's
        memory only, it was lost with the process, and the listings before the new fingerprint were never matched
        with it (faults56). Redis away: memory only, as before."""
        if not fp.active or self.settings.rescan_on_change_hours <= 0:
            return
        if fp.brand_id in self._auto_pending:
            self._auto_pending[fp.brand_id].append(fp.id)
            return
        self._auto_pending[fp.brand_id] = [fp.id]
        at = now()
        status = RescanStatus(id=f"rs_{secrets.token_hex(8)}", brand_id=fp.brand_id, dry_run=False, started_by=who.name,
                              started_at=at, since=at - timedelta(hours=self.settings.rescan_on_change_hours),
                              trigger="fingerprint_change", fingerprint_ids=[fp.id])
        try:
            await self._save_rescan(status)
        except RedisError as exc:
            self.log.warning("automatic rescan kept in memory only: Redis away", brand_id=fp.brand_id,
                             rescan_id=status.id, error=type(exc).__name__)
        try:  # the change is written: its rescan is recorded if Kafka lets it, and runs from memory anyway
            await self._record_rescan(status)
        except Exception as exc:
            self.log.warning("automatic rescan not recorded on Kafka", brand_id=fp.brand_id, rescan_id=status.id,
                             error=f"{type(exc).__name__}: {str(exc)[:200]}")
        self._spawn(self._auto_rescan(status))

    async def _auto_rescan(self, status: RescanStatus) -> None:
        brand_id = status.brand_id
        renew_s = max(0.5, self.settings.rescan_lease_s / 3)
        try:
            waited = 0.0
            while waited < self.settings.rescan_debounce_s:  # changes meanwhile join this one
                step = min(renew_s, self.settings.rescan_debounce_s - waited)
                await asyncio.sleep(step)
                waited += step
                with suppress(RedisError):
                    await self._save_rescan(status)  # the lease renewed
            with suppress(RedisError):  # Redis away: no count to wait for (the brand's changes must not stay pending)
                while len([i for i in await self._running_rescans(brand_id) if i != status.id]) \
                        >= self.settings.rescan_max_running:
                    await asyncio.sleep(renew_s)  # changes meanwhile join this one
                    await self._save_rescan(status)
        except asyncio.CancelledError:  # this portal stops: give the lease up at once, a live portal takes it over
            with suppress(Exception):
                await asyncio.shield(self.redis.delete(self._lease_key(status.id)))
            raise
        status.fingerprint_ids = sorted(set(self._auto_pending.pop(brand_id, status.fingerprint_ids)))
        await self._run_rescan(status)

    async def _keep_lease(self, rescan_id: str) -> None:
        """Renew this portal's lease on a rescan it runs every third of the lease, whatever the rescan does meanwhile.
        Renewed only when the rescan reported progress, the lease lapsed while it waited for the process's one index
        build at a time (rescan._BUILDING) or built a slow index: a live portal, this one too, then took over a
        rescan still running and ran it again beside it (seen as `resumed` 4 with a 3 s lease at load 20; faults56).
        A lease another portal holds (taken over while Redis was away) is left to it."""
        key, lease_ms = self._lease_key(rescan_id), int(self.settings.rescan_lease_s * 1000)
        while True:
            await asyncio.sleep(self.settings.rescan_lease_s / 3)
            with suppress(RedisError, OSError):
                if not await self.redis.set(key, self._instance, px=lease_ms, nx=True):
                    if await self.redis.get(key) == self._instance.encode():
                        await self.redis.pexpire(key, lease_ms)

    async def take_over_rescans(self) -> None:
        """Forever: run again every rescan left `running` by a portal that stopped (its lease lapsed)."""
        await self.projector.caught_up.wait()
        while True:
            try:
                async for key in self.redis.scan_iter(match=f"{self.view.p}rescan:rs_*", count=500):
                    raw = await self.redis.get(key)
                    status = None if raw is None else RescanStatus.model_validate_json(raw)
                    if status is None or status.state != "running" or status.brand_id not in self.registry.brands:
                        continue
                    if await self.redis.set(self._lease_key(status.id), self._instance, nx=True,
                                            px=int(self.settings.rescan_lease_s * 1000)):
                        self.log.warning("rescan taken over from a portal that stopped", rescan_id=status.id,
                                         brand_id=status.brand_id, resumed=status.resumed + 1)
                        self._spawn(self._run_rescan(status.restarted()))
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # Redis away: try again next round
                self.log.warning("looking for orphaned rescans failed", error=f"{type(exc).__name__}: {exc}"[:300])
            await asyncio.sleep(max(1.0, self.settings.rescan_lease_s / 3))

    async def _run_rescan(self, status: RescanStatus) -> None:
        async def write(match) -> None:
            await self.producer.send(self.topics.matches, match, key=match.listing_key)

        self.log.info("rescan started", rescan_id=status.id, brand_id=status.brand_id, since=status.since.isoformat(),
                      dry_run=status.dry_run, by=status.started_by, trigger=status.trigger, resumed=status.resumed)
        counted = 0

        async def report(now_status: RescanStatus) -> None:  # the ops dashboard's rescan figures, then the status
            nonlocal counted
            metrics.RESCAN_LISTINGS.inc(max(0, now_status.listings_read - counted))
            counted = now_status.listings_read
            await self._save_rescan(now_status)

        metrics.RESCANS_RUNNING.inc()
        keeper = asyncio.ensure_future(self._keep_lease(status.id))
        try:
            registry, version = rescan.snapshot(self.registry), self.projector.registry_version
            await self._save_rescan(status)
            await rescan.run(status, kafka=self.settings.kafka, listings_topic=self.topics.listings, registry=registry,
                             write=None if status.dry_run else write, report=report, registry_version=version)
        except asyncio.CancelledError:  # this portal stops: the rescan stays running, its lease is given up at
            with suppress(Exception):   # once, and a live portal (or this one restarted) runs it again
                await asyncio.shield(self.redis.delete(self._lease_key(status.id)))
            raise
        except Exception as exc:  # a failed rescan says why in its status, never kills the portal
            status.state, status.error = "failed", f"{type(exc).__name__}: {str(exc)[:300]}"
            self.log.error("rescan failed", rescan_id=status.id, error=status.error)
        finally:
            keeper.cancel()
            metrics.RESCANS_RUNNING.dec()
        metrics.RESCAN_LISTINGS.inc(max(0, status.listings_read - counted))
        metrics.RESCANS_ENDED.labels(status.state).inc()
        status.finished_at = now()
        with suppress(Exception):
            await self._save_rescan(status)
        try:  # ended: a Redis emptied later shows it as it ended, not as running (which would run it again)
            await self._record_rescan(status)
        except Exception as exc:
            self.log.warning("rescan's end not recorded on Kafka", rescan_id=status.id,
                             error=f"{type(exc).__name__}: {str(exc)[:200]}")
        self.log.info("rescan finished", rescan_id=status.id, brand_id=status.brand_id, state=status.state,
                      read=status.listings_read, matches=status.matches, written=status.written)

    async def rescan(self, who: Principal, brand_id: str, rescan_id: str) -> RescanStatus:
        self._managed(who, brand_id)
        raw = await self.redis.get(self._rescan_key(rescan_id)) if rescan_id.startswith("rs_") else None
        status = None if raw is None else RescanStatus.model_validate_json(raw)
        if status is None or status.brand_id != brand_id:
            raise NotFound("not found")
        return status

    async def rescans(self, who: Principal, brand_id: str) -> list[RescanStatus]:
        self._managed(who, brand_id)
        return await self._latest_rescans(brand_id)

    async def _latest_rescans(self, brand_id: str) -> list[RescanStatus]:
        ids = [i.decode() for i in await self.redis.zrevrange(self.view.rescans_index(brand_id), 0, RESCANS_KEPT - 1)]
        raws = await self.redis.mget([self._rescan_key(i) for i in ids]) if ids else []
        return [RescanStatus.model_validate_json(r) for r in raws if r is not None]

    # ------------------------------------------------------------------ suppressions

    async def suppressions(self, who: Principal, brand_id: str, *, include_lifted: bool) -> list[Suppression]:
        self._managed(who, brand_id)
        return [s for s in await self.view.suppressions(brand_id) if include_lifted or not s.lifted]

    async def lift(self, who: Principal, brand_id: str, suppression_id: str) -> Suppression:
        self._managed(who, brand_id)
        s = await self.view.suppression(brand_id, suppression_id)
        if s is None:
            raise NotFound("not found")
        if s.lifted:
            return s
        lifted = s.model_copy(update={"lifted": True, "lifted_by": who.name, "lifted_at": now()})
        await self._write([(self.ptopics.suppressions, lifted, lifted.id)])
        return lifted

    # ------------------------------------------------------------------ webhooks

    def _subscription(self, who: Principal, sub_id: str) -> WebhookSubscriptionRecord:
        sub = self.projector.webhooks.get(sub_id)
        if sub is None or not sub.active or not who.owns_subscription(sub.brand_id, sub.iwg):
            raise NotFound("not found")
        return sub

    async def create_webhook(self, who: Principal, *, url: str, events: list[WebhookEventType], min_severity: str,
                             statuses: list[AlertStatus], description: str, brand_id: str | None,
                             iwg: str | None) -> WebhookSubscriptionRecord:
        if who.role == "brand":
            if (brand_id and brand_id != who.brand_id) or iwg:
                raise NotFound("not found")
            brand_id, iwg = who.brand_id, None
        elif who.role == "iwg":
            if (iwg and iwg != who.iwg) or brand_id:
                raise NotFound("not found")
            brand_id, iwg = None, who.iwg
        else:
            if bool(brand_id) == bool(iwg):
                raise Invalid("an operator names the brand_id or the iwg the subscription is for")
            if brand_id and brand_id not in self.registry.brands or iwg and iwg not in self.registry.working_groups:
                raise NotFound("not found")
        limit = self.settings.webhook_max_per_tenant
        if sum(s.active and s.brand_id == brand_id and s.iwg == iwg for s in self.projector.webhooks.values()) >= limit:
            raise OverLimit(f"{'brand ' + brand_id if brand_id else 'working group ' + str(iwg)} already has {limit} "
                            f"webhook subscriptions, the most one tenant may have (PORTAL_WEBHOOK_MAX_PER_TENANT); "
                            "delete one first")
        await check_url(url, self.settings.allow_hosts)
        sub = WebhookSubscriptionRecord(
            id=f"wh_{secrets.token_hex(8)}", brand_id=brand_id, iwg=iwg, url=url, events=events,
            min_severity=min_severity, statuses=statuses, description=description, created_by=who.name,
            created_at=now(), secret=new_secret())
        await self._write([(self.ptopics.webhooks, self.secrets.seal(sub), sub.id)])
        self.log.info("webhook registered", subscription_id=sub.id, brand_id=brand_id, iwg=iwg, by=who.name)
        return sub

    def webhooks(self, who: Principal) -> list[WebhookSubscription]:
        return [public(s) for s in sorted(self.projector.webhooks.values(), key=lambda s: s.created_at)
                if s.active and who.owns_subscription(s.brand_id, s.iwg)]

    def webhook(self, who: Principal, sub_id: str) -> WebhookSubscription:
        return public(self._subscription(who, sub_id))

    async def delete_webhook(self, who: Principal, sub_id: str) -> None:
        sub = self._subscription(who, sub_id)
        await self._write([(self.ptopics.webhooks, self.secrets.seal(sub.model_copy(update={"active": False})), sub.id)])

    async def dead_letters(self, who: Principal, sub_id: str) -> list[WebhookDeadLetter]:
        return await self.deliverer.dead_letters(self._subscription(who, sub_id).id)

    async def replay(self, who: Principal, sub_id: str) -> dict[str, int]:
        sub = self._subscription(who, sub_id)
        counts = await self.deliverer.replay(sub)
        self.log.info("webhook dead letters replayed", subscription_id=sub_id, by=who.name, **counts)
        return counts


def public(sub: WebhookSubscriptionRecord) -> WebhookSubscription:
    return WebhookSubscription.model_validate(sub.model_dump(exclude={"secret"}))

