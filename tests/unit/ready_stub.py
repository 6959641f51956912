"""A stand-in service for tests/unit/test_service_process.py: after READY_STUB_DELAY_S seconds it binds
127.0.0.1:READY_STUB_PORT and answers 200 on every GET; a port already in use makes it exit 1, like a service."""

import os
import sys
import time
from http.server import BaseHTTPRequestHandler, HTTPServer


class Ready(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"ready")

    def log_message(self, *args) -> None:
        pass


if __name__ == "__main__":
    time.sleep(float(os.environ.get("READY_STUB_DELAY_S", "0")))
    try:
        server = HTTPServer(("127.0.0.1", int(os.environ["READY_STUB_PORT"])), Ready)
    except OSError as exc:
        print(f"cannot bind: {exc}", flush=True)
        sys.exit(1)
    server.serve_forever()
