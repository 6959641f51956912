"""Property-based fuzzing of every HTTP endpoint from its OpenAPI schema (schemathesis): no input gives a 500.

Ingest and the portal run as real processes on topics of their own (a prefix of this module's, the test
registry loaded), so whatever the fuzzer registers never reaches the rest of the session. Schemathesis runs
its examples, coverage (boundary values, wrong types, missing fields) and fuzzing phases against each, bounded
by FUZZ_MAX_EXAMPLES per operation and FUZZ_MAX_TIME_S per service (the three runs go side by side, so the whole
module takes about a minute); the one check is `not_a_server_error` (a 503 with its reason is allowed).
On failure the answer names every failing operation with a curl line to reproduce it.

`test_no_hostile_value_gives_a_500` then sends, with hypothesis, what schemathesis never generates (see its
comment) to the portal and to ingest: naive and extreme times, lone surrogate escapes, pictures of extreme shapes,
registry files and listings with such text or times.
"""

from __future__ import annotations

import asyncio
import io
import json
import os
import re
import sys
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

import httpx
import pytest
from cryptography.fernet import Fernet
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from PIL import Image

from brandsentry.registry import load_registry
from brandsentry.seed import publish_registry
from brandsentry.settings import Topics
from schemas.portal import Role
from services.portal.admin import create_key
from services.portal.settings import PortalSettings
from tests.support import ARTIFACTS, ROOT, TEST_MARKETPLACES, ServiceProcess, drop_topics, free_port, listing

pytestmark = pytest.mark.integration
FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
CONFIG = Path(__file__).resolve().parent / "schemathesis.toml"  # 503 (documented, with a reason) is not a failure
MAX_EXAMPLES = int(os.environ.get("FUZZ_MAX_EXAMPLES", "12"))
MAX_TIME_S = int(os.environ.get("FUZZ_MAX_TIME_S", "30"))
#: server-sent events never end (covered by the stream tests); the ops endpoints take no input
SKIPPED = "^/(v1/stream/|healthz|readyz|metrics)"


@pytest.fixture(scope="module")
async def fuzz_stack(servers, kafka_settings, redis_settings):
    topics = Topics(topic_prefix=f"fz{uuid.uuid4().hex[:8]}.")
    await publish_registry(load_registry(FIXTURES / "registry.yaml"), kafka=kafka_settings, topics=topics)
    ports = {"ingest": free_port(), "portal": free_port()}
    env = {"BRANDSENTRY_TOPIC_PREFIX": topics.topic_prefix, "KAFKA_BOOTSTRAP_SERVERS": kafka_settings.bootstrap_servers,
           "REDIS_URL": redis_settings.url, "INGEST_PORT": str(ports["ingest"]), "PORTAL_PORT": str(ports["portal"]),
           "PORTAL_SECRETS_KEY": Fernet.generate_key().decode(), "PORTAL_WEBHOOK_MAX_ATTEMPTS": "1",
           "PORTAL_WRITE_TIMEOUT_S": "5"}
    procs = {name: ServiceProcess(f"fuzz-{name}", f"services.{name}", env, f"http://127.0.0.1:{port}/readyz")
             for name, port in ports.items()}
    for p in procs.values():
        p.start()
    try:
        for p in procs.values():
            await p.wait_ready()
        settings = PortalSettings(kafka=kafka_settings, redis=redis_settings, topics=topics)
        tokens = {
            "ingest": (await create_key(settings, name="fuzz-integrator", role=Role.integrator,
                                        marketplaces=TEST_MARKETPLACES))[0],
            "portal": (await create_key(settings, name="fuzz-bose", role=Role.brand, brand_id="bose"))[0],
            "portal-operator": (await create_key(settings, name="fuzz-ops", role=Role.operator))[0],
        }
        yield {name: f"http://127.0.0.1:{port}" for name, port in ports.items()}, tokens, procs
    finally:
        for p in procs.values():
            p.stop()
        await drop_topics(kafka_settings, topics.topic_prefix)


async def schemathesis(base_url: str, token: str, report: str) -> tuple[int, str]:
    """Run schemathesis against one service; (exit code, output)."""
    command = [
        str(Path(sys.executable).parent / "st"), "--config-file", str(CONFIG), "run", f"{base_url}/openapi.json",
        "--checks", "not_a_server_error", "--phases", "examples,coverage,fuzzing",
        "--max-examples", str(MAX_EXAMPLES), "--max-time", str(MAX_TIME_S), "--workers", "1",
        "--request-timeout", "20", "--generation-database", "none", "--no-shrink",
        "--generation-with-security-parameters", "false", "--exclude-path-regex", SKIPPED,
        "--header", f"X-API-Key: {token}", "--no-color", "--output-sanitize", "true",
        "--suppress-health-check", "all", "--max-failures", "20",
        "--report", "junit", "--report-junit-path", str(ARTIFACTS / f"schemathesis-{report}.xml"),
    ]
    proc = await asyncio.create_subprocess_exec(*command, cwd=ROOT, stdout=asyncio.subprocess.PIPE,
                                                stderr=asyncio.subprocess.STDOUT)
    out, _ = await asyncio.wait_for(proc.communicate(), MAX_TIME_S + 120)
    return proc.returncode, out.decode(errors="replace")


async def test_no_input_gives_a_500(fuzz_stack):
    """Ingest with an integrator key, the portal with a brand key and with an operator key, side by side."""
    urls, tokens, procs = fuzz_stack
    runs = {"ingest": ("ingest", "ingest"), "portal-brand": ("portal", "portal"),
            "portal-operator": ("portal", "portal-operator")}
    results = await asyncio.gather(*(schemathesis(urls[service], tokens[who], name)
                                     for name, (service, who) in runs.items()))
    failed = {name: out[-6000:] for name, (code, out) in zip(runs, results) if code != 0}
    assert not failed, "\n\n".join(f"=== {name}\n{out}" for name, out in failed.items())
    for name, (_, out) in zip(runs, results):
        assert "operations" in out.lower() or "passed" in out.lower(), f"{name}: nothing was tested\n{out[-2000:]}"
    for p in procs.values():
        assert p.proc.poll() is None, f"{p.name} died:\n{p.tail(40)}"
        assert "Traceback" not in p.tail(400), p.tail(80)


# ------------------------------------------------------------------------------------------------------------------
# What schemathesis does not send (red team 2026-12-01, finding 6: seven inputs answered 500 after the run above
# passed). Its date-times are RFC 3339 with a zone and years near today; its text is UTF-8, which cannot hold a lone
# surrogate, but a JSON escape can ("\ud800", and json.loads lets it through); its files are random bytes, never a
# decodable picture of an extreme shape; and the registry import's body is not in the OpenAPI document at all (the
# handler reads it raw), so it only ever got empty or random bodies. The sweep below sends those, to every
# operation of the portal's OpenAPI document that takes them, and holds the same "no 500" rule.

SWEEP_EXAMPLES = int(os.environ.get("FUZZ_SWEEP_EXAMPLES", "60"))
_OFFSETS = st.integers(-1439, 1439).map(lambda m: timezone(timedelta(minutes=m)))
#: naive and zoned times over the whole range Python knows (year 1 to 9999), dates alone, and odd spellings
TIMES = st.one_of(
    st.datetimes(min_value=datetime.min, max_value=datetime.max, timezones=st.none() | _OFFSETS).map(
        lambda t: t.isoformat()),
    st.dates().map(lambda d: d.isoformat()),
    st.sampled_from(["0001-01-01", "9999-12-31T23:59:59", "0000-01-01T00:00:00Z", "1970-01-01T00:00:00+24:00",
                     "-0001-01-01T00:00:00Z", "2026-13-01", "99999-01-01T00:00:00Z", "1e400", "now"]))
#: text with lone and paired surrogates, sent as JSON escapes (ensure_ascii)
TEXT = st.text(st.one_of(st.characters(categories=["Cs"]), st.characters(max_codepoint=0x1F600)), max_size=20)


def _schema(openapi: dict, schema: dict) -> dict:
    ref = schema.get("$ref")
    return openapi["components"]["schemas"][ref.rsplit("/", 1)[1]] if ref else schema


def _fields(openapi: dict, schema: dict, seen: set[str] | None = None) -> dict[str, list]:
    """Property name -> the constant or enum values its schemas allow (for discriminators such as `kind`)."""
    seen = set() if seen is None else seen
    ref = schema.get("$ref")
    if ref:
        if ref in seen:
            return {}
        seen.add(ref)
    schema = _schema(openapi, schema)
    out: dict[str, list] = {}
    for sub in schema.get("oneOf", []) + schema.get("anyOf", []) + schema.get("allOf", []):
        for name, values in _fields(openapi, sub, seen).items():
            out.setdefault(name, []).extend(values)
    for name, prop in schema.get("properties", {}).items():
        prop = _schema(openapi, prop)
        values = ([prop["const"]] if "const" in prop else []) + list(prop.get("enum", []))
        out.setdefault(name, []).extend(values)
    return out


def _path(template: str) -> str:
    return re.sub(r"\{brand_id\}", "bose", re.sub(r"\{(?!brand_id)[^}]+\}", "0" * 24, template))


def hostile_requests(openapi: dict) -> st.SearchStrategy[tuple[str, str, dict]]:
    """(method, path, httpx keyword arguments) of requests schemathesis does not make."""
    strategies = []
    for template, ops in openapi["paths"].items():
        if re.search(SKIPPED, template):
            continue
        for method, op in ops.items():
            times = [p["name"] for p in op.get("parameters", []) if p["in"] == "query"
                     and "date-time" in json.dumps(p.get("schema", {}))]
            if times:
                strategies.append(st.tuples(st.just(method), st.just(_path(template)), st.fixed_dictionaries(
                    {"params": st.dictionaries(st.sampled_from(times), TIMES, min_size=1)})))
            content = op.get("requestBody", {}).get("content", {})
            if "application/json" in content:
                fields = _fields(openapi, content["application/json"]["schema"])
                value = st.one_of(TEXT, st.lists(TEXT, max_size=3), *(
                    [st.sampled_from([v for vs in fields.values() for v in vs])] if any(fields.values()) else []))
                bodies = st.dictionaries(st.sampled_from(sorted(fields)) | TEXT, value, max_size=6) if fields else TEXT
                strategies.append(st.tuples(st.just(method), st.just(_path(template)), bodies.map(lambda b: {
                    "content": json.dumps(b).encode(), "headers": {"Content-Type": "application/json"}})))
            if "multipart/form-data" in content and template.endswith("/image"):
                shapes = st.tuples(st.integers(1, 4000), st.integers(1, 4)).flatmap(
                    lambda wh: st.sampled_from([wh, wh[::-1]]))
                strategies.append(st.tuples(st.just(method), st.just(_path(template)), st.tuples(
                    shapes, st.sampled_from(["phash", "pdq", "logo"])).map(lambda a: {
                        "files": {"file": ("x.png", _png(*a[0]), "image/png")}, "data": {"algorithm": a[1]}})))
    registry_values = st.recursive(st.none() | st.booleans() | st.integers() | TEXT | st.just("bose"),
                                   lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
                                       st.sampled_from(["id", "name", "iwg", "marks", "models", "categories"]) | TEXT,
                                       inner, max_size=4), max_leaves=10)
    strategies.append(st.tuples(st.just("post"), st.just("/v1/brands/bose/registry/import"), st.one_of(
        registry_values.map(lambda v: {"brands": v}), registry_values).map(lambda doc: {
            "content": json.dumps(doc).encode(), "headers": {"Content-Type": "application/json"}})))
    if "/v1/listings" in openapi["paths"]:  # ingest reads its bodies raw: not in the document either
        listings = st.builds(lambda title, seller, at: listing(title, seller=seller, observed_at=at),
                             TEXT, TEXT.filter(bool), TIMES)
        strategies.append(st.tuples(st.just("post"), st.just("/v1/listings"), listings.map(lambda doc: {
            "content": json.dumps(doc).encode(), "headers": {"Content-Type": "application/json"}})))
        strategies.append(st.tuples(st.just("post"), st.just("/v1/listings/batch"), st.lists(listings, max_size=3).map(
            lambda docs: {"content": b"\n".join(json.dumps(d).encode() for d in docs),
                          "headers": {"Content-Type": "application/x-ndjson"}})))
    return st.one_of(strategies)


def _png(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (120, 30, 200)).save(out, "PNG")
    return out.getvalue()


def sweep(base_url: str, token: str) -> list[str]:
    """Send hostile_requests; every answer that is a server error (503 allowed, as above)."""
    failures: list[str] = []
    with httpx.Client(base_url=base_url, headers={"X-API-Key": token}, timeout=30) as http:
        openapi = http.get("/openapi.json").json()

        @settings(max_examples=SWEEP_EXAMPLES, deadline=None, database=None, phases=[Phase.generate],
                  suppress_health_check=list(HealthCheck))
        @given(hostile_requests(openapi))
        def send(request):
            method, path, kwargs = request
            try:
                answer = http.request(method.upper(), path, **kwargs)
            except httpx.TransportError as exc:  # uvicorn drops the connection after a 500 it could not send
                failures.append(f"{exc!r} {method.upper()} {path} {str(kwargs)[:300]}")
                return
            if answer.status_code >= 500 and answer.status_code != 503:
                failures.append(f"{answer.status_code} {method.upper()} {path} {str(kwargs)[:300]}: {answer.text[:200]}")

        send()
    return failures


async def test_no_hostile_value_gives_a_500(fuzz_stack):
    """Naive and extreme times, lone surrogates, pictures of extreme shapes and registry files of any shape."""
    urls, tokens, procs = fuzz_stack
    for service in ("portal", "ingest"):
        failures = await asyncio.to_thread(sweep, urls[service], tokens[service])
        assert not failures, f"{service}:\n" + "\n".join(failures[:20])
        assert procs[service].proc.poll() is None and "Traceback" not in procs[service].tail(400), procs[service].tail(80)


async def test_the_portal_believes_no_x_forwarded_for_by_default(fuzz_stack):
    """Red team 2026-12-01, finding 4, on the portal (ingest: tests/integration/ingest/test_forwarded_for.py).
    uvicorn alone believes X-Forwarded-For from 127.0.0.1: every guess below named another client and none was
    ever limited. Last in this module: it locks 127.0.0.1 out of this module's stack (its own topic prefix) for
    the failed-key window."""
    urls, _, _ = fuzz_stack
    async with httpx.AsyncClient(base_url=urls["portal"], timeout=10) as http:
        answers = [(await http.get("/v1/me", headers={"X-API-Key": f"bsk_guess_{i}",
                                                     "X-Forwarded-For": f"198.51.100.{i}"})).status_code
                   for i in range(24)]
    assert answers == [401] * 20 + [429] * 4
