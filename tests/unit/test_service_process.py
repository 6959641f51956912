"""ServiceProcess.wait_ready takes only its own process's answer: a reused port answered by another process is not
"ready", and the process exiting (here: its port already in use) fails at once."""

from __future__ import annotations

import pytest
from aiohttp import web

from tests.support import ServiceProcess, free_port


@pytest.fixture
async def imposter():
    """Another process's server on a port: answers 200 on /readyz (it runs in this test process)."""
    async def readyz(_: web.Request) -> web.Response:
        return web.Response(text="ready, but not the service you started")

    app = web.Application()
    app.router.add_get("/readyz", readyz)
    runner = web.AppRunner(app)
    await runner.setup()
    port = free_port()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    try:
        yield port
    finally:
        await runner.cleanup()


def stub(name: str, port: int, delay_s: float) -> ServiceProcess:
    env = {"READY_STUB_PORT": str(port), "READY_STUB_DELAY_S": str(delay_s)}
    return ServiceProcess(name, "tests.unit.ready_stub", env, f"http://127.0.0.1:{port}/readyz")


async def test_another_process_answering_on_the_port_is_not_ready_and_the_exit_fails_at_once(imposter):
    proc = stub("ready-stub-reused-port", imposter, delay_s=1.0)  # alive for a second, then cannot bind, exits 1
    proc.start()
    try:
        with pytest.raises(RuntimeError, match="exited with 1"):  # before: returned at once, on the imposter's 200
            await proc.wait_ready(timeout_s=60)
    finally:
        proc.stop()
    assert "cannot bind" in proc.tail()


async def test_its_own_process_answering_is_ready():
    port = free_port()
    async with stub("ready-stub-own-port", port, delay_s=0.5) as proc:
        assert proc.proc.poll() is None
