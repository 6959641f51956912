"""Read the services' /metrics endpoints (all at once, each with a short timeout)."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping

import httpx


async def scrape_targets(client: httpx.AsyncClient, targets: Mapping[str, str]) -> tuple[dict[str, str | None], dict[str, str]]:
    """{name: metrics text or None}, {name: why it failed}."""
    errors: dict[str, str] = {}

    async def one(name: str, url: str) -> str | None:
        try:
            answer = await client.get(url)
            answer.raise_for_status()
            return answer.text
        except Exception as exc:
            errors[name] = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
            return None

    texts = await asyncio.gather(*(one(n, u) for n, u in targets.items()))
    return dict(zip(targets, texts)), errors
