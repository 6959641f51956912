"""Ingest against a hostile integrator (issue 10): oversized bodies and records, non-finite numbers, credentials.

Every test talks to the real ingest process of the session's pipeline and reads the real topics.
"""

from __future__ import annotations

import asyncio
import hashlib
import json

import httpx
import pytest

from brandsentry.kafka import DEAD_LETTER_MAX_BYTES, RECORD_LIMIT_BYTES
from schemas.portal import Role
from services.portal.admin import create_key
from services.portal.settings import PortalSettings
from tests.integration.portal.conftest import topic_records
from tests.support import ingest_headers, key, listing, post

pytestmark = pytest.mark.integration


def _port(url: str) -> int:
    return int(url.rsplit(":", 1)[1])


def _complete(data: bytes) -> bool:
    head, _, body = data.partition(b"\r\n\r\n")
    length = next((int(line.split(b":")[1]) for line in head.lower().split(b"\r\n")
                   if line.startswith(b"content-length:")), 0)
    return len(body) >= length


async def _raw_request(port: int, head: bytes, body_parts, *, source: str = "127.0.0.1") -> tuple[int, bytes, int]:
    """Send a request by hand; stop sending as soon as the server answers. (status, answer, body bytes sent)."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port, local_addr=(source, 0))
    sent = 0
    writer.write(head)
    answer = asyncio.ensure_future(reader.read(65536))
    try:
        for part in body_parts:
            if answer.done():
                break
            writer.write(part)
            sent += len(part)
            try:
                await writer.drain()
            except ConnectionError:
                break
            await asyncio.sleep(0)
        data = await asyncio.wait_for(answer, 60)
        while b"\r\n\r\n" in data and not _complete(data):
            more = await asyncio.wait_for(reader.read(65536), 60)
            if not more:
                break
            data += more
    finally:
        writer.close()
    status = int(data.split(b" ", 2)[1]) if data.startswith(b"HTTP/") else 0
    return status, data, sent


async def test_finding_listing_over_kafka_record_limit_gives_500_and_no_dead_letter(pipeline):
    doc = listing("Wireless earbuds with a very long spec sheet", attributes={f"spec{i}": "x" * 1000 for i in range(2000)})
    raw = json.dumps(doc).encode()
    answer = await post(pipeline.ingest_url, raw)
    assert answer.status_code == 413, answer.text
    body = answer.json()
    assert body["reason"] == "too_large" and body["limit_bytes"] == RECORD_LIMIT_BYTES
    assert f"the limit is {RECORD_LIMIT_BYTES} bytes" in body["errors"][0]["msg"]

    records = [r for r in await topic_records(pipeline.kafka.bootstrap_servers, pipeline.topics.listings_dlq)
               if r.key == key(doc).encode()]
    assert len(records) == 1
    headers = {k: v.decode() for k, v in records[0].headers}
    assert headers["error.reason"] == "too_large"
    assert headers["error.size"] == str(len(raw))
    assert headers["error.sha256"] == hashlib.sha256(raw).hexdigest()
    assert headers["error.truncated"] == "true"
    assert records[0].value == raw[:DEAD_LETTER_MAX_BYTES]
    listed = await topic_records(pipeline.kafka.bootstrap_servers, pipeline.topics.listings)
    assert not any(r.key == key(doc).encode() for r in listed)


async def test_finding_a_60mb_body_is_refused_without_being_read(pipeline):
    port, size = _port(pipeline.ingest_url), 60 * 1024 * 1024
    token = ingest_headers()["X-API-Key"].encode()
    chunk = b"x" * (1024 * 1024)
    head = (b"POST /v1/listings HTTP/1.1\r\nHost: ingest\r\nContent-Type: application/json\r\nX-API-Key: " + token
            + b"\r\nContent-Length: " + str(size).encode() + b"\r\n\r\n")
    status, data, sent = await _raw_request(port, head, [chunk] * 60)
    assert status == 413 and b"limit" in data
    assert sent < size  # answered before the client had sent it all

    chunked = (b"POST /v1/listings/batch HTTP/1.1\r\nHost: ingest\r\nContent-Type: application/x-ndjson\r\n"
               b"X-API-Key: " + token + b"\r\nTransfer-Encoding: chunked\r\n\r\n")
    part = f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n"
    status, data, sent = await _raw_request(port, chunked, [part] * 60)
    assert status == 413 and b"limit" in data
    assert sent < size


@pytest.mark.parametrize("number", ["Infinity", "NaN", "1e400", "-Infinity"])
async def test_finding_ingest_accepts_price_infinity_or_1e400(pipeline, number):
    doc = listing("Bose QuietComfort headphones")
    raw = json.dumps(doc).replace('"amount": 35.0', f'"amount": {number}').encode()
    assert number.encode() in raw
    answer = await post(pipeline.ingest_url, raw)
    assert answer.status_code == 422, answer.text
    error = answer.json()["errors"][0]
    assert error["loc"] == "price.amount" and error["msg"] == "Input should be a finite number"


async def test_finding_ingest_needs_no_credentials(pipeline):
    doc = listing("Bose QuietComfort 45 headphones")
    async with httpx.AsyncClient(base_url=pipeline.ingest_url, timeout=10) as http:
        none = await http.post("/v1/listings", json=doc)
        wrong = await http.post("/v1/listings", json=doc, headers={"X-API-Key": "bsk_nope_nope"})
    assert none.status_code == 401 and "API key" in none.json()["detail"]
    assert wrong.status_code == 401 and "unknown or revoked" in wrong.json()["detail"]

    settings = PortalSettings(kafka=pipeline.kafka, topics=pipeline.topics)
    brand_token, _ = await create_key(settings, name="bose-member", role=Role.brand, brand_id="bose")
    async with httpx.AsyncClient(base_url=pipeline.ingest_url, timeout=10, headers={"X-API-Key": brand_token}) as http:
        brand = await http.post("/v1/listings", json=doc)
    assert brand.status_code == 403 and "integrator" in brand.json()["detail"]


async def test_an_integrator_pushes_only_for_its_marketplaces_and_nothing_is_written_otherwise(pipeline):
    settings = PortalSettings(kafka=pipeline.kafka, topics=pipeline.topics)
    token, _ = await create_key(settings, name="taobao-feed", role=Role.integrator, marketplaces=["taobao"])
    own, foreign = listing("Bose earbuds", marketplace="taobao"), listing("Bose earbuds", marketplace="ebay")
    async with httpx.AsyncClient(base_url=pipeline.ingest_url, timeout=10, headers={"X-API-Key": token}) as http:
        refused = await http.post("/v1/listings", json=foreign)
        batch = await http.post("/v1/listings/batch", headers={"Content-Type": "application/x-ndjson"},
                                content=json.dumps(own).encode() + b"\n" + json.dumps(foreign).encode() + b"\n")
        accepted = await http.post("/v1/listings", json=own)
    assert refused.status_code == 403 and "'ebay'" in refused.json()["detail"] and "nothing was written" in refused.text
    assert batch.status_code == 403 and "line 2: 'ebay'" in batch.json()["detail"]
    assert accepted.status_code == 202, accepted.text
    written = {r.key for r in await topic_records(pipeline.kafka.bootstrap_servers, pipeline.topics.listings)}
    dead = {r.key for r in await topic_records(pipeline.kafka.bootstrap_servers, pipeline.topics.listings_dlq)}
    assert key(own).encode() in written  # accepted alone, after the refused batch
    assert key(foreign).encode() not in written | dead


async def test_finding_no_limit_on_failed_key_attempts(pipeline):
    """Failed attempts are counted per client address: this test calls from its own loopback address."""
    port = _port(pipeline.ingest_url)
    transport = httpx.AsyncHTTPTransport(local_address="127.0.0.3")
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", transport=transport, timeout=10) as http:
        answers = [await http.post("/v1/listings", json={}, headers={"X-API-Key": f"bsk_guess_{i}"}) for i in range(20)]
        limited = await http.post("/v1/listings", json={}, headers={"X-API-Key": "bsk_guess_21"})
        even_valid = await http.post("/v1/listings", json=listing("Bose"), headers=ingest_headers())
    assert [a.status_code for a in answers] == [401] * 20
    assert limited.status_code == 429 and int(limited.headers["Retry-After"]) >= 1
    assert "too many failed API key attempts" in limited.json()["detail"]
    assert even_valid.status_code == 429  # while limited, no key is looked up at all
    async with httpx.AsyncClient(base_url=pipeline.ingest_url, timeout=10, headers=ingest_headers()) as other:
        assert (await other.post("/v1/listings", json=listing("Bose QC"))).status_code == 202  # other clients unaffected


async def test_an_oversized_line_of_a_batch_is_dead_lettered_and_its_neighbours_accepted(pipeline):
    small = listing("Bose earbuds, small neighbour")
    large = listing("Bose earbuds, huge neighbour", attributes={f"k{i}": "y" * 1000 for i in range(1500)})
    body = json.dumps(small).encode() + b"\n" + json.dumps(large).encode() + b"\n"
    async with httpx.AsyncClient(base_url=pipeline.ingest_url, timeout=30, headers=ingest_headers()) as http:
        answer = await http.post("/v1/listings/batch", content=body, headers={"Content-Type": "application/x-ndjson"})
    assert answer.status_code == 422, answer.text
    result = answer.json()
    assert result["accepted"] == 1 and result["rejected"] == 1 and result["record_limit_bytes"] == RECORD_LIMIT_BYTES
    [line] = result["rejected_lines"]
    assert line["line"] == 2 and line["reason"] == "too_large" and line["key"] == key(large)
    dead = [r for r in await topic_records(pipeline.kafka.bootstrap_servers, pipeline.topics.listings_dlq)
            if r.key == key(large).encode()]
    assert len(dead) == 1 and dict(dead[0].headers)["error.reason"] == b"too_large"
