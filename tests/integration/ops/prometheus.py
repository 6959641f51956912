"""Run Debian's Prometheus (/usr/bin/prometheus) on a free port with a config naming the test's scrape targets."""

from __future__ import annotations

import shutil
import subprocess
import time
from pathlib import Path

import httpx
import yaml

from brandsentry.demo import stop_processes
from tests.support import ARTIFACTS, free_port


def scrape_config(targets: dict[str, str], *, scrape_interval_s: float) -> dict:
    """One job per service (job = service name), each scraping base_url/metrics."""
    return {
        "global": {"scrape_interval": f"{scrape_interval_s:g}s", "evaluation_interval": f"{scrape_interval_s:g}s"},
        "scrape_configs": [
            {"job_name": name, "metrics_path": "/metrics",
             "static_configs": [{"targets": [url.removeprefix("http://").removeprefix("https://").rstrip("/")]}]}
            for name, url in targets.items()
        ],
    }


class PrometheusServer:
    def __init__(self, targets: dict[str, str], *, workdir: Path, scrape_interval_s: float = 1) -> None:
        self.binary = shutil.which("prometheus") or "/usr/bin/prometheus"
        self.workdir = workdir
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.config = workdir / "prometheus.yml"
        self.config.write_text(yaml.safe_dump(scrape_config(targets, scrape_interval_s=scrape_interval_s)))
        self.log_path = ARTIFACTS / "prometheus.log"
        self.proc: subprocess.Popen | None = None

    def start(self) -> None:
        if not Path(self.binary).exists():
            raise RuntimeError("prometheus is not installed; `make deps` installs Debian's package")
        ARTIFACTS.mkdir(exist_ok=True)
        self.proc = subprocess.Popen(
            [self.binary, f"--config.file={self.config}", f"--storage.tsdb.path={self.workdir / 'data'}",
             f"--web.listen-address=127.0.0.1:{self.port}", "--storage.tsdb.retention.time=1h"],
            stdout=open(self.log_path, "ab"), stderr=subprocess.STDOUT, start_new_session=True,
        )

    def wait_ready(self, timeout_s: float = 60) -> None:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"prometheus exited with {self.proc.returncode}; see {self.log_path}")
            try:
                if httpx.get(f"{self.url}/-/ready", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        raise TimeoutError(f"prometheus not ready after {timeout_s}s; see {self.log_path}")

    async def query(self, promql: str) -> list[dict]:
        async with httpx.AsyncClient(timeout=5) as http:
            answer = await http.get(f"{self.url}/api/v1/query", params={"query": promql})
        body = answer.json()
        assert body["status"] == "success", body
        return body["data"]["result"]

    def stop(self) -> None:
        if self.proc:
            stop_processes([self.proc], timeout_s=15)
