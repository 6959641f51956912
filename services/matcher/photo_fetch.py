"""Listing photos fetched, bounded, guarded and cached: the I/O edge in front of the image detectors.

For each listing of a batch, up to `MATCHER_IMAGE_MAX_PER_LISTING` image URLs are fetched concurrently
(at most `MATCHER_IMAGE_CONCURRENCY` at once per worker):
- guard: every request, each redirect hop included (at most `MATCHER_IMAGE_MAX_REDIRECTS`), goes through
  brandsentry/urlguard.py (public addresses only unless allow-listed in `MATCHER_IMAGE_ALLOW_HOSTS`;
  every IPv4-embedding IPv6 form and numeric IPv4 spelling refused). The request is sent to the address
  that was checked (host header and TLS SNI keep the name), so a DNS answer cannot change between check
  and connect;
- bounds: `MATCHER_IMAGE_MAX_BYTES` read at most (streamed, cut off beyond), `MATCHER_IMAGE_TIMEOUT_S` for
  the whole fetch, `MATCHER_IMAGE_MAX_PIXELS` decoded pixels (photos.decode refuses bombs before decoding);
- cache (Redis, shared by every worker): `<prefix>img:url:<sha256(url)>` -> the content's SHA-256, and
  `<prefix>img:sha:<sha256>` -> pHash, PDQ variants and ORB features (photos.pack_photo); a URL seen
  before is not fetched again, nor a URL whose listing image carries the SHA-256 of a cached photo (the
  sender's content hash, e.g. a marketplace that hashes its uploads); the same bytes under another URL
  without it are downloaded (the URL alone cannot say what it holds) but not hashed again
  (`fetched_known_bytes`). Failures are
  remembered for `MATCHER_IMAGE_FAILURE_TTL_S` so a dead host is not asked once per listing.

A failure never blocks or loses the listing: the image gets `fetch_error` (shown in the Match), the
listing is matched on its text and its other images, and `brandsentry_matcher_image_fetches_total`
counts the outcome. Redis being away only costs the cache.
"""

from __future__ import annotations

import asyncio
import hashlib
import ipaddress
from urllib.parse import urljoin, urlsplit, urlunsplit

import httpx

from brandsentry import urlguard
from schemas import Listing, ListingImage
from services.matcher import metrics
from services.matcher.core.photos import Photo, PhotoError, pack_photo, photo_of, unpack_photo

FAILED = b"!"  # url key value prefix of a remembered failure


def content_key(key_prefix: str, sha256: str) -> str:
    """The Redis key of a photo's cached hashes, features and thumbnail (photos.pack_photo)."""
    return f"{key_prefix}img:sha:{sha256}"


class FetchError(Exception):
    """Why a photo could not be used: `outcome` is the counter label, str() the reason for the evidence."""

    def __init__(self, outcome: str, reason: str) -> None:
        super().__init__(reason)
        self.outcome = outcome


class PhotoFetcher:
    def __init__(self, settings, redis, log, *, key_prefix: str = "") -> None:
        """settings: services.matcher.settings.ImageSettings; redis: a redis.asyncio client or None."""
        self.settings = settings
        self.redis = redis
        self._log = log
        self._key_prefix = key_prefix
        self._prefix = f"{key_prefix}img:"
        self._slots = asyncio.Semaphore(settings.concurrency)  # cache look-ups, downloads and hashing at once
        self._inflight: dict[str, asyncio.Task] = {}  # one fetch per URL at a time, shared by its listings
        self._client = httpx.AsyncClient(follow_redirects=False, trust_env=False,
                                         timeout=httpx.Timeout(settings.timeout_s))

    async def close(self) -> None:
        await self._client.aclose()

    async def enrich(self, listings: list[Listing]) -> None:
        """Fill phash, pdq, sha256 (or fetch_error) and the private features of every fetchable image. Never raises.

        Waits `batch_budget_s` at most: an image not done by then is marked (outcome `deferred`) and its fetch
        goes on in the background into the cache, so a slow host delays one batch by the budget, not by its
        timeout times its images."""
        images = [image for listing in listings for image in [i for i in listing.images if i.url][: self.settings.max_per_listing]]
        if not images:
            return
        jobs = {asyncio.ensure_future(self._enrich_image(image)): image for image in images}
        _, late = await asyncio.wait(jobs, timeout=self.settings.batch_budget_s)
        for job in late:
            job.cancel()  # only this listing's wait: the shared fetch itself is shielded and finishes into the cache
            jobs[job].fetch_error = f"not fetched within the batch's {self.settings.batch_budget_s:g} s budget"
            metrics.IMAGE_FETCHES.labels("deferred").inc()

    async def _enrich_image(self, image: ListingImage) -> None:
        try:
            task = self._inflight.get(image.url)
            if task is None:
                task = self._inflight[image.url] = asyncio.ensure_future(self._bounded_photo(image.url, image.sha256))
                task.add_done_callback(lambda done, url=image.url: self._finished(url, done))
            sha, photo = await asyncio.shield(task)
        except FetchError as exc:
            image.fetch_error = str(exc)[:300]
            metrics.IMAGE_FETCHES.labels(exc.outcome).inc()
            return
        except Exception as exc:  # a bug here must not cost the listing
            self._log.exception("image fetch failed", url=image.url)
            image.fetch_error = f"internal error ({type(exc).__name__})"
            metrics.IMAGE_FETCHES.labels("error").inc()
            return
        image.sha256 = sha
        image.phash = image.phash or photo.phash
        image.pdq = photo.pdq
        image._features = photo

    def _finished(self, url: str, task: asyncio.Task) -> None:
        self._inflight.pop(url, None)
        if not task.cancelled():
            task.exception()  # retrieved here: a fetch nobody waits for any more (over the budget) fails quietly

    async def _bounded_photo(self, url: str, sha256: str | None = None) -> tuple[str, Photo]:
        async with self._slots:
            return await self.photo(url, sha256)

    async def photo(self, url: str, sha256: str | None = None) -> tuple[str, Photo]:
        """(SHA-256 of the bytes, Photo) from the cache or the network; FetchError otherwise.

        `sha256`: the content hash the listing's sender gave for the image (ListingImage.sha256), taken at its
        word as its pHash is: when the cache holds that content the URL is not downloaded (outcome `cached`)."""
        if sha256:
            cached = await self._get(content_key(self._key_prefix, sha256))
            if cached is not None:
                try:
                    photo = unpack_photo(cached)
                    metrics.IMAGE_FETCHES.labels("cached").inc()
                    return sha256, photo
                except PhotoError:
                    pass
        url_key = self._prefix + "url:" + hashlib.sha256(url.encode()).hexdigest()
        known = await self._get(url_key)
        if known is not None:
            if known.startswith(FAILED):
                outcome, _, reason = known[1:].decode(errors="replace").partition(":")
                raise FetchError(outcome, reason + " (remembered)")
            cached = await self._get(content_key(self._key_prefix, known.decode()))
            if cached is not None:
                try:
                    metrics.IMAGE_FETCHES.labels("cached").inc()
                    return known.decode(), unpack_photo(cached)
                except PhotoError:
                    pass
        try:
            data = await asyncio.wait_for(self._download(url), self.settings.timeout_s)
        except FetchError as exc:
            await self._set(url_key, FAILED + f"{exc.outcome}:{exc}".encode(), self.settings.failure_ttl_s)
            raise
        except (TimeoutError, asyncio.TimeoutError):
            await self._set(url_key, FAILED + b"timeout:no answer in time", self.settings.failure_ttl_s)
            raise FetchError("timeout", f"no complete answer within {self.settings.timeout_s} s") from None
        sha = hashlib.sha256(data).hexdigest()
        sha_key = content_key(self._key_prefix, sha)
        cached = await self._get(sha_key)
        if cached is not None:
            photo = unpack_photo(cached)
            metrics.IMAGE_FETCHES.labels("fetched_known_bytes").inc()
        else:
            try:
                photo = await asyncio.to_thread(photo_of, data, self.settings.max_pixels)
            except PhotoError as exc:
                await self._set(url_key, FAILED + f"not_image:{exc}".encode(), self.settings.failure_ttl_s)
                raise FetchError("not_image", str(exc)) from None
            await self._set(sha_key, pack_photo(photo), self.settings.cache_ttl_s)
            metrics.IMAGE_FETCHES.labels("fetched").inc()
        await self._set(url_key, sha.encode(), self.settings.cache_ttl_s)
        return sha, photo

    async def _download(self, url: str) -> bytes:
        for _ in range(self.settings.max_redirects + 1):
            try:
                addresses = await urlguard.check_url(url, self.settings.allow_hosts, urlguard.IMAGES)
            except urlguard.UnsafeUrl as exc:
                raise FetchError("refused", str(exc)) from None
            request = self._pinned_request(url, addresses[0])
            try:
                response = await self._client.send(request, stream=True)
            except httpx.HTTPError as exc:
                raise FetchError("failed", f"request failed ({type(exc).__name__})") from None
            try:
                if response.is_redirect:
                    location = response.headers.get("location")
                    if not location:
                        raise FetchError("failed", f"redirect {response.status_code} without a location")
                    url = urljoin(url, location)
                    continue
                if response.status_code != 200:
                    raise FetchError("failed", f"HTTP {response.status_code}")
                declared = response.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > self.settings.max_bytes:
                    raise FetchError("too_large", f"{declared} bytes, at most {self.settings.max_bytes}")
                chunks, size = [], 0
                async for chunk in response.aiter_bytes():  # decoded (gzip …) bytes are what is bounded
                    size += len(chunk)
                    if size > self.settings.max_bytes:
                        raise FetchError("too_large", f"more than {self.settings.max_bytes} bytes")
                    chunks.append(chunk)
                return b"".join(chunks)
            except httpx.HTTPError as exc:
                raise FetchError("failed", f"reading the answer failed ({type(exc).__name__})") from None
            finally:
                await response.aclose()
        raise FetchError("failed", f"more than {self.settings.max_redirects} redirects")

    def _pinned_request(self, url: str, address: str) -> httpx.Request:
        """The request to the checked address: the URL's host in the Host header and TLS SNI."""
        parts = urlsplit(url)
        host = parts.hostname or ""
        ip = ipaddress.ip_address(address)
        literal = f"[{ip}]" if ip.version == 6 else str(ip)
        netloc = literal + (f":{parts.port}" if parts.port else "")
        pinned = urlunsplit((parts.scheme, netloc, parts.path or "/", parts.query, ""))
        extensions = {"sni_hostname": host} if parts.scheme == "https" else {}
        headers = {"host": parts.netloc.rpartition("@")[2], "accept": "image/*"}
        return self._client.build_request("GET", pinned, headers=headers, extensions=extensions)

    async def _get(self, key: str) -> bytes | None:
        if self.redis is None:
            return None
        try:
            return await self.redis.get(key)
        except Exception as exc:  # the cache being away costs speed, not listings
            metrics.IMAGE_CACHE_ERRORS.inc()
            self._log.warning("image cache unavailable", error=type(exc).__name__)
            return None

    async def _set(self, key: str, value: bytes, ttl_s: int) -> None:
        if self.redis is None:
            return
        try:
            await self.redis.set(key, value, ex=ttl_s)
        except Exception as exc:
            metrics.IMAGE_CACHE_ERRORS.inc()
            self._log.warning("image cache unavailable", error=type(exc).__name__)
