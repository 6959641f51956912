"""Debian's headless Chromium driven over the Chrome DevTools Protocol (aiohttp websocket; nothing downloaded)."""

from __future__ import annotations

import asyncio
import base64
import itertools
import json
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path

import aiohttp

from tests.support import ARTIFACTS, free_port

FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage", "--hide-scrollbars", "--remote-allow-origins=*",
]


class Chromium:
    def __init__(self, *, width: int = 1600, height: int = 1000) -> None:
        self.binary = shutil.which("chromium") or "/usr/bin/chromium"
        self.port = free_port()
        self.width, self.height = width, height
        self.profile = tempfile.TemporaryDirectory(prefix="chromium-", ignore_cleanup_errors=True)  # its helpers may still write
        self.proc: subprocess.Popen | None = None
        self._session: aiohttp.ClientSession | None = None
        self._ws = None
        self._ids = itertools.count(1)

    async def __aenter__(self) -> "Chromium":
        ARTIFACTS.mkdir(exist_ok=True)
        self.proc = subprocess.Popen(
            [self.binary, *FLAGS, f"--user-data-dir={self.profile.name}", f"--remote-debugging-port={self.port}",
             f"--window-size={self.width},{self.height}", "about:blank"],
            stdout=open(ARTIFACTS / "chromium.log", "ab"), stderr=subprocess.STDOUT, start_new_session=True,
        )
        self._session = aiohttp.ClientSession()
        deadline = time.monotonic() + 30
        while True:
            if self.proc.poll() is not None:
                raise RuntimeError(f"chromium exited with {self.proc.returncode}; see {ARTIFACTS / 'chromium.log'}")
            try:
                async with self._session.get(f"http://127.0.0.1:{self.port}/json/list") as answer:
                    pages = [p for p in await answer.json() if p.get("type") == "page"]
                if pages:
                    break
            except aiohttp.ClientError:
                pass
            if time.monotonic() > deadline:
                raise TimeoutError("chromium's DevTools endpoint did not answer")
            await asyncio.sleep(0.2)
        self._ws = await self._session.ws_connect(pages[0]["webSocketDebuggerUrl"], max_msg_size=0)
        await self.send("Emulation.setDeviceMetricsOverride",
                        width=self.width, height=self.height, deviceScaleFactor=1, mobile=False)
        return self

    async def __aexit__(self, *exc) -> None:
        if self._ws is not None:
            await self._ws.close()
        if self._session is not None:
            await self._session.close()
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.profile.cleanup()

    async def send(self, method: str, **params) -> dict:
        ident = next(self._ids)
        await self._ws.send_str(json.dumps({"id": ident, "method": method, "params": params}))
        while True:
            message = json.loads((await self._ws.receive()).data)
            if message.get("id") == ident:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})

    async def goto(self, url: str) -> None:
        await self.send("Page.enable")
        await self.send("Page.navigate", url=url)

    async def evaluate(self, expression: str):
        result = await self.send("Runtime.evaluate", expression=expression, returnByValue=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    async def wait_for(self, expression: str, *, timeout_s: float = 60, every_s: float = 0.5):
        """Poll a JavaScript expression until it is truthy; returns its value."""
        deadline = time.monotonic() + timeout_s
        value = None
        while time.monotonic() < deadline:
            try:
                value = await self.evaluate(expression)
            except RuntimeError as exc:  # the page may still be loading
                value = exc
            if value and not isinstance(value, Exception):
                return value
            await asyncio.sleep(every_s)
        raise TimeoutError(f"{expression!r} still {value!r} after {timeout_s}s")

    async def screenshot(self, path: Path) -> Path:
        shot = await self.send("Page.captureScreenshot", format="png", captureBeyondViewport=True)
        path.write_bytes(base64.b64decode(shot["data"]))
        return path
