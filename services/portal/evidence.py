"""Evidence packs: one ZIP per alert that a lawyer can hand over with its chain of custody.

    listing.json      the listing's record as read from Kafka (its bytes unchanged), else the listing as parsed
    match.json        the match with every signal
    alert.json        the alert's latest snapshot
    history.json      the alert's status changes (who, when, why)
    test-buys.json    the test buys recorded on it (verdicts and the SHA-256 of their files)
    notice.json, notice.txt   the takedown notice with its evidence receipt
    manifest.json     EvidenceManifest: SHA-256 and size of every file above, and the listing's topic/partition/offset

`build_zip` is pure; `read_listing_record` is the one I/O edge (one record read by topic, partition and offset).
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from datetime import datetime

from aiokafka import AIOKafkaConsumer, ConsumerRecord, TopicPartition
from aiokafka.errors import KafkaError

from brandsentry.kafka import client_kwargs
from brandsentry.settings import KafkaSettings
from schemas import Alert
from schemas.models import ListingSource
from schemas.portal import EvidenceManifest, PackFile, TakedownNotice, TestBuy
from services.portal.notice import notice_text

#: a fixed timestamp inside the ZIP: the same files give the same archive bytes
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def _json(value) -> bytes:
    return (json.dumps(value, indent=2, ensure_ascii=False, sort_keys=True) + "\n").encode()


def pack_files(alert: Alert, test_buys: list[TestBuy], notice: TakedownNotice,
               listing_bytes: bytes | None) -> list[tuple[str, bytes, str]]:
    """(name, bytes, description) of every file but the manifest. `listing_bytes`: the Kafka record's value, or
    None when it could not be read (then the listing as the matcher parsed it)."""
    match = alert.match.model_dump(mode="json")
    listing = listing_bytes if listing_bytes is not None else _json(match["listing"])
    return [
        ("listing.json", listing, "the listing as received on Kafka" if listing_bytes is not None
         else "the listing as the matcher parsed it (the Kafka record could not be read)"),
        ("match.json", _json(match), "the match: score, threshold and every signal"),
        ("alert.json", _json(alert.model_dump(mode="json")), "the alert's latest snapshot"),
        ("history.json", _json([c.model_dump(mode="json") for c in alert.history]), "the alert's status changes"),
        ("test-buys.json", _json([t.model_dump(mode="json") for t in test_buys]), "test buys recorded on the alert"),
        ("notice.json", _json(notice.model_dump(mode="json")), "the takedown notice"),
        ("notice.txt", notice_text(notice).encode(), "the takedown notice as text"),
    ]


def build_zip(alert: Alert, files: list[tuple[str, bytes, str]], *, source: ListingSource | None,
              as_received: bool, record_timestamp_ms: int | None, by: str, now: datetime) -> tuple[bytes, EvidenceManifest]:
    """The ZIP (files + manifest.json) and its manifest."""
    manifest = EvidenceManifest(
        alert_id=alert.alert_id, brand_id=alert.brand_id, listing_key=alert.listing_key, listing_source=source,
        listing_as_received=as_received, listing_record_timestamp_ms=record_timestamp_ms,
        files=[PackFile(name=name, sha256=hashlib.sha256(data).hexdigest(), size_bytes=len(data), description=what)
               for name, data, what in files],
        generated_at=now, generated_by=by)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in [*((n, d) for n, d, _ in files), ("manifest.json", _json(manifest.model_dump(mode="json")))]:
            zf.writestr(zipfile.ZipInfo(name, date_time=_ZIP_TIME), data, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue(), manifest


async def read_listing_record(kafka: KafkaSettings, source: ListingSource, *, listing_key: str,
                              timeout_s: float = 5.0) -> ConsumerRecord | None:
    """The record at `source`, if it is still on Kafka and keyed by this listing; None otherwise (retention
    removed it, the topic is gone, the broker did not answer in time)."""
    consumer = AIOKafkaConsumer(bootstrap_servers=kafka.bootstrap_servers, group_id=None, enable_auto_commit=False,
                                client_id="brandsentry-portal-evidence", isolation_level="read_committed",
                                **client_kwargs(kafka))
    try:
        await consumer.start()
        tp = TopicPartition(source.topic, source.partition)
        consumer.assign([tp])
        consumer.seek(tp, source.offset)
        batches = await consumer.getmany(tp, timeout_ms=int(timeout_s * 1000), max_records=1)
        for record in batches.get(tp, []):
            if record.offset == source.offset and record.key is not None and record.key.decode(errors="replace") == listing_key:
                return record
        return None
    except KafkaError:
        return None
    finally:
        await consumer.stop()
