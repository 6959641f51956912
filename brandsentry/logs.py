"""Structured JSON logs on stderr, one object per line, for our own lines and the libraries' alike.

Bind `listing_key` to follow one listing through every service:
    log.bind(listing_key=listing.key).info("match", brand_id=...)
"""

from __future__ import annotations

import functools
import logging
import os
import re
import sys
from pathlib import Path
from typing import IO, Any

import structlog

#: field names whose values never reach a log line
SECRET_FIELDS = re.compile(r"(pass(word)?|secret|token|api[_-]?key|authorization|credential|cookie|sasl)", re.I)
_URL = re.compile(r"(?P<scheme>[a-z][a-z0-9+.-]*://)(?P<userinfo>[^/\s@?#]*@)?(?P<rest>[^\s?#\"']*)"
                  r"(?P<query>\?[^\s#\"']*)?(?P<fragment>#[^\s\"']*)?", re.I)
_TOKENS = re.compile(r"\b(bsk_[A-Za-z0-9_-]{8,}|whsec_[A-Za-z0-9_-]{8,})")


def open_private_log(path: Path | str) -> IO[bytes]:
    """`path` opened for appending, the owner's only: the file 0600 and its directory 0700, made so if they
    exist with wider modes (a mode given to open applies only to a new file).

    Service logs say which listing matched or alerted which brand, and with what evidence: no other local
    account may read them (red team 2026-12-01, finding 5; the same threat as the broker's data and Redis's)."""
    return _private(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, "ab")


def write_private_file(path: Path | str, data: bytes, *, private_from: Path | str | None = None) -> None:
    """`data` as the whole of `path`, the owner's only as open_private_log makes a log; with `private_from`, every
    directory from that one down to the file's is made 0700 too. A brand's uploaded logo or product photo (kept
    when asked) is its confidential fingerprint, like the image hash the registry holds (tenant55, 2026-12-06:
    they were written 0644 in 0755 directories)."""
    path = Path(path)
    if private_from is not None:
        top = Path(private_from)
        for folder in reversed([path.parent, *(p for p in path.parent.parents if p == top or top in p.parents)]):
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            os.chmod(folder, 0o700)
    with _private(path, os.O_WRONLY | os.O_TRUNC | os.O_CREAT, "wb") as fh:
        fh.write(data)


def _private(path: Path | str, flags: int, mode: str) -> IO[bytes]:
    path = Path(path)
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(path.parent, 0o700)
    fd = os.open(path, flags, 0o600)
    os.fchmod(fd, 0o600)
    return os.fdopen(fd, mode)


def _url(m: re.Match) -> str:
    return (m["scheme"] + ("[redacted]@" if m["userinfo"] else "") + m["rest"]
            + ("?[redacted]" if m["query"] else "") + ("#[redacted]" if m["fragment"] else ""))


def redact_text(text: str) -> str:
    """`text` with URLs' credentials, query strings and fragments, and API keys / webhook secrets, replaced:
    `https://user:pw@host/hook?token=x` → `https://[redacted]@host/hook?[redacted]`.

    The patterns run only on text holding what each needs ("://" for a URL, "bsk_"/"whsec_" for a key): the same
    answers, and a log line of ten plain strings no longer pays twenty regular-expression scans (two thirds of a
    line's cost; the alerts service writes a line an alert, issue 16)."""
    if "://" in text:
        text = _URL.sub(_url, text)
    if "bsk_" in text or "whsec_" in text:
        text = _TOKENS.sub("[redacted]", text)
    return text


@functools.lru_cache(maxsize=4096)
def _secret_field(name: str) -> bool:
    """Whether a field of this name never shows its value (SECRET_FIELDS); field names are few, so remembered."""
    return SECRET_FIELDS.search(name) is not None


def _redact(value: Any, depth: int = 0) -> Any:
    if isinstance(value, str):
        return redact_text(value)
    if depth > 4:
        return value
    if isinstance(value, dict):
        return {k: "[redacted]" if isinstance(k, str) and _secret_field(k) else _redact(v, depth + 1)
                for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_redact(v, depth + 1) for v in value]
    return value


def redact(_, __, event_dict: dict) -> dict:
    """structlog processor: secret fields and URLs with credentials or query strings redacted, in our own lines
    and in the libraries' (httpx, uvicorn, aiokafka) alike."""
    return _redact(event_dict)


_SHARED = [
    structlog.contextvars.merge_contextvars,
    structlog.stdlib.add_log_level,
    structlog.processors.TimeStamper(fmt="iso", utc=True),
]


def json_handler(level: str = "INFO") -> logging.Handler:
    """A stdlib handler that writes library log records (aiokafka, uvicorn) as JSON too."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setLevel(level)
    handler.setFormatter(
        structlog.stdlib.ProcessorFormatter(
            foreign_pre_chain=[*_SHARED, structlog.stdlib.add_logger_name],
            processors=[
                structlog.stdlib.ProcessorFormatter.remove_processors_meta,
                structlog.processors.format_exc_info,
                redact,
                structlog.processors.JSONRenderer(ensure_ascii=False),
            ],
        )
    )
    return handler


def configure_logging(service: str, level: str = "INFO") -> structlog.stdlib.BoundLogger:
    root = logging.getLogger()
    root.handlers[:] = [json_handler(level)]
    root.setLevel(level)
    logging.getLogger("aiokafka").setLevel(max(logging.getLevelName(level), logging.WARNING))
    for chatty in ("httpx", "httpcore"):  # one line per request, with the full URL (webhook tokens in queries)
        logging.getLogger(chatty).setLevel(max(logging.getLevelName(level), logging.WARNING))
    structlog.configure(
        processors=[*_SHARED, structlog.processors.format_exc_info, redact,
                    structlog.processors.JSONRenderer(ensure_ascii=False)],
        wrapper_class=structlog.make_filtering_bound_logger(logging.getLevelName(level)),
        logger_factory=structlog.PrintLoggerFactory(sys.stderr),
        cache_logger_on_first_use=True,
    )
    # the logger itself, not structlog's lazy proxy: the proxy binds anew at every call (1.4 us a log call even when
    # its level is off; the alerts service makes one an alert, issue 16)
    return structlog.get_logger(service=service).bind()
