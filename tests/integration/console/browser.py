"""The ops tests' headless Chromium (CDP) with what a console user does: type, click, wait for the next page."""

from __future__ import annotations

import json
from pathlib import Path

from tests.integration.ops.browser import Chromium


class Browser(Chromium):
    async def open(self, url: str) -> None:
        await self._mark()
        await self.goto(url)
        await self._loaded()

    async def type(self, selector: str, text: str) -> None:
        """Focus the field, select what it holds, and type `text` as keyboard input."""
        await self.evaluate(f"(() => {{ const e = document.querySelector({json.dumps(selector)}); e.focus(); "
                            f"if (e.select) e.select(); return true; }})()")
        await self.send("Input.insertText", text=text)

    async def choose(self, selector: str, value: str) -> None:
        await self.evaluate(f"(() => {{ const e = document.querySelector({json.dumps(selector)}); e.value = "
                            f"{json.dumps(value)}; e.dispatchEvent(new Event('change', {{bubbles: true}})); return true; }})()")

    async def click(self, selector: str) -> None:
        """Click, then wait until the next page has loaded (for buttons and links that leave the page)."""
        await self._mark()
        await self.evaluate(f"document.querySelector({json.dumps(selector)}).click()")
        await self._loaded()

    async def press_enter_in(self, selector: str, *, new_page: bool = True) -> None:
        """Keyboard: focus the field and press Enter (submits its form), then wait for the next page (unless the
        page itself handles the submit, as htmx does)."""
        await self._mark()
        await self.evaluate(f"document.querySelector({json.dumps(selector)}).focus()")
        for kind in ("keyDown", "keyUp"):
            await self.send("Input.dispatchKeyEvent", type=kind, key="Enter", code="Enter",
                            windowsVirtualKeyCode=13, nativeVirtualKeyCode=13, text="\r" if kind == "keyDown" else "")
        if new_page:
            await self._loaded()

    async def text(self, selector: str) -> str:
        return await self.evaluate(f"(document.querySelector({json.dumps(selector)}) || {{}}).textContent || ''")

    async def texts(self, selector: str) -> list[str]:
        return await self.evaluate(f"[...document.querySelectorAll({json.dumps(selector)})].map(e => e.textContent)")

    async def upload(self, selector: str, path: Path) -> None:
        root = await self.send("DOM.getDocument")
        node = await self.send("DOM.querySelector", nodeId=root["root"]["nodeId"], selector=selector)
        await self.send("DOM.setFileInputFiles", files=[str(path)], nodeId=node["nodeId"])

    async def cookies(self) -> list[dict]:
        return (await self.send("Network.getAllCookies"))["cookies"]

    async def resize(self, width: int, height: int, *, mobile: bool = False) -> None:
        await self.send("Emulation.setDeviceMetricsOverride", width=width, height=height, deviceScaleFactor=1,
                        mobile=mobile)

    async def _mark(self) -> None:
        try:
            await self.evaluate("window.__stillHere = true")
        except RuntimeError:
            pass

    async def _loaded(self) -> None:
        await self.wait_for("!window.__stillHere && document.readyState === 'complete'", timeout_s=30, every_s=0.1)
