"""Structured JSON logs on stderr, one object per line, for our own lines and the libraries' alike.

Bind `listing_key` to follow one listing through every service:
    log.bind(listing_key=listing.key).info("match", brand_id=...)
"""

from __future__ import annotations

import logging
import sys

import structlog

_SHARED = [
    structlog.contextvars.merge_contextvars,
    structlog.stdlib.add_log_level,
    structlog.processors.TimeStamper(fmt="iso", utc=True),
]


def json_handler(level: str = "INFO") -> logging.Handler:
    """A stdlib handler that writes library log records (aiokafka, faust, uvicorn) as JSON too."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setLevel(level)
    handler.setFormatter(
        structlog.stdlib.ProcessorFormatter(
            foreign_pre_chain=[*_SHARED, structlog.stdlib.add_logger_name],
            processors=[
                structlog.stdlib.ProcessorFormatter.remove_processors_meta,
                structlog.processors.format_exc_info,
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
    structlog.configure(
        processors=[*_SHARED, structlog.processors.format_exc_info, structlog.processors.JSONRenderer(ensure_ascii=False)],
        wrapper_class=structlog.make_filtering_bound_logger(logging.getLevelName(level)),
        logger_factory=structlog.PrintLoggerFactory(sys.stderr),
        cache_logger_on_first_use=True,
    )
    return structlog.get_logger(service=service)
