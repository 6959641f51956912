"""deploy/Dockerfile (no Docker on the development machines, so read, not built): multi-stage, an exactly pinned
base, no build tools in the stage that runs, an unprivileged numeric user."""

from __future__ import annotations

import re
from pathlib import Path

DOCKERFILE = Path(__file__).resolve().parents[3] / "deploy" / "Dockerfile"


def stages() -> list[list[str]]:
    lines = [line.strip() for line in DOCKERFILE.read_text().splitlines() if line.strip() and not line.lstrip().startswith("#")]
    args = dict(re.findall(r"^ARG (\w+)=(\S+)$", "\n".join(lines), re.M))
    out: list[list[str]] = []
    for line in lines:
        line = re.sub(r"\$\{(\w+)\}", lambda m: args.get(m.group(1), m.group(0)), line)
        if line.startswith("FROM "):
            out.append([])
        if out:
            out[-1].append(line)
    return out


def test_multi_stage_with_an_exactly_pinned_base() -> None:
    all_stages = stages()
    assert len(all_stages) >= 2
    for stage in all_stages:
        image = stage[0].split()[1]
        assert re.search(r"@sha256:[0-9a-f]{64}$", image) or re.search(r":\d+\.\d+\.\d+-[a-z]+-[a-z]+$", image), image


def test_the_run_stage_has_no_build_tools_and_a_non_root_user() -> None:
    run = stages()[-1]
    text = "\n".join(run)
    assert not re.search(r"build-essential|gcc|apt-get install|pip install", text)
    assert "COPY --from=build /opt/venv /opt/venv" in text
    (user,) = [line.split()[1] for line in run if line.startswith("USER ")]
    uid = user.split(":")[0]
    assert uid.isdigit() and int(uid) > 0
