"""Issue 10: secrets and URLs with tokens never reach a log line (our own lines and the libraries')."""

import json
import logging

import pytest
import structlog

from brandsentry.logs import configure_logging, redact_text


@pytest.fixture(autouse=True)
def _logging_restored():
    """configure_logging binds the root handler and structlog's printer to the sys.stderr of the moment — capsys's
    stand-in here, closed after the test. Restore both, so later tests in the same process do not log into a closed
    file ('I/O operation on closed file')."""
    root = logging.getLogger()
    handlers, level, config = root.handlers[:], root.level, structlog.get_config()
    yield
    root.handlers[:] = handlers
    root.setLevel(level)
    structlog.reset_defaults()
    structlog.configure(**config)


def _lines(capsys) -> list[dict]:
    return [json.loads(line) for line in capsys.readouterr().err.splitlines() if line.startswith("{")]


def test_finding_http_client_logs_full_webhook_urls_with_tokens(capsys):
    log = configure_logging("test-redaction", "INFO")
    log.info("webhook registered", url="https://hooks.example/in?token=s3cr3t-query", secret="whsec_abcdefghijkl",
             api_key="bsk_0123456789ab_zzzzzzzzzzzz", password="hunter2", nested={"authorization": "Bearer x"})
    logging.getLogger("uvicorn.error").warning("calling https://user:pw@internal.example:8443/h?sig=abc#frag")
    logging.getLogger("httpx").info('HTTP Request: POST https://hooks.example/in?token=s3cr3t-query "HTTP/1.1 200 OK"')
    text = capsys.readouterr().err
    for secret in ("s3cr3t-query", "whsec_abcdefghijkl", "bsk_0123456789ab", "hunter2", "Bearer x", "user:pw", "sig=abc"):
        assert secret not in text, secret
    lines = [json.loads(line) for line in text.splitlines() if line.startswith("{")]
    registered = next(line for line in lines if line["event"] == "webhook registered")
    assert registered["url"] == "https://hooks.example/in?[redacted]"
    assert registered["secret"] == registered["api_key"] == registered["password"] == "[redacted]"
    assert any("https://[redacted]@internal.example:8443/h?[redacted]#[redacted]" in line["event"] for line in lines)


def test_urls_without_secrets_are_kept_readable():
    assert redact_text("ingest at http://127.0.0.1:8081/readyz") == "ingest at http://127.0.0.1:8081/readyz"
    assert redact_text("key bsk_1a2b3c4d5e6f_xyzxyzxyzxyz used") == "key [redacted] used"
