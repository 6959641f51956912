"""Redis runs with a password (issue 10: "Redis has no password"): its default user is off, the services'
ACL user needs the password that REDIS_URL carries."""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

import pytest
from redis.asyncio import Redis
from redis.exceptions import AuthenticationError, ResponseError

from brandsentry.settings import RedisSettings

pytestmark = pytest.mark.integration


def without_credentials(url: str, userinfo: str = "") -> str:
    parts = urlsplit(url)
    host = parts.netloc.rpartition("@")[2]
    return urlunsplit(parts._replace(netloc=f"{userinfo}@{host}" if userinfo else host))


async def answers(url: str) -> str:
    redis = Redis.from_url(url)
    try:
        return str(await redis.ping())
    except (AuthenticationError, ResponseError) as exc:
        return f"refused: {type(exc).__name__}: {exc}"
    finally:
        await redis.aclose()


async def test_redis_refuses_whoever_lacks_the_password(redis_settings: RedisSettings, servers):
    assert urlsplit(redis_settings.url).password, f"REDIS_URL {without_credentials(redis_settings.url)} carries no password"
    assert await answers(redis_settings.url) == "True"
    attempts = {
        "no credentials": without_credentials(redis_settings.url),
        "the right user, a guessed password": without_credentials(redis_settings.url, "brandsentry:guessed"),
        "the default user with the real password": without_credentials(
            redis_settings.url, f"default:{urlsplit(redis_settings.url).password}"),
    }
    answered = {what: await answers(url) for what, url in attempts.items()}
    assert all(a.startswith("refused") for a in answered.values()), answered
