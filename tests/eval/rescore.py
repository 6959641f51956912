"""Every committed held-out set scored on one checkout, one table: the check to run before and after a detection change.

    python -m tests.eval.rescore --tree DIR [--out DIR] [--compare DIR] [--only outsider7,outsider8]

Runs each `tests/eval/outsider*/score.py` of this checkout (their command lines differ: the first set takes
`--registry`, the later ones `--tree` and `--save`) one after another on the checkout DIR (PYTHONPATH=DIR, DIR's own
registry), shows a progress bar, and prints a markdown table: listings, recall, precision, innocent listings alerted,
wrong-brand alerts. `--out` keeps each set's report (`<set>.txt`) and saved result (`<set>.json`, the sets that can
save one); `--compare` prints another `--out` folder's figures beside these (before -> after). A set's own README says
what its labels mean; the sets' scores are not comparable with one another (each writer chose its own classes).

Errors: a set whose score.py fails is shown as failed with the end of its stderr; the others still run.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console
from rich.progress import Progress

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Score:
    """A set's totals on one tree: recall and precision in [0, 1], counts of listings."""
    listings: int
    recall: float
    precision: float
    innocents_alerted: int
    innocents: int
    wrong_brand: int | None

    def cells(self) -> str:
        wrong = "—" if self.wrong_brand is None else str(self.wrong_brand)
        return f"{100 * self.recall:.1f} % | {100 * self.precision:.1f} % | {self.innocents_alerted}/{self.innocents} | {wrong}"


def _from_totals(t: dict) -> Score:
    """Totals as outsider2 (flat), outsider3 (cf/inn) and outsider4.. (tests/eval/heldout.py) save them."""
    if "cf" in t:
        return Score(t["cf"] + t["inn"], t["recall"], t["precision"], t["inn_alerted"], t["inn"], t["wrong_brand"])
    if "innocents_alerted" in t:  # outsider2: the totals are the document itself
        return Score(t["listings"], t["recall"], t["precision"], t["innocents_alerted"], t["innocent"], None)
    return Score(t["counterfeit"] + t["innocent"], t["recall"], t["precision"], t["innocent_alerted"], t["innocent"],
                 t["wrong_brand"])


_FIRST = re.compile(r"listings (\d+): evasions \d+, innocent (\d+)\s+recall ([\d.]+)\s+precision ([\d.]+)\s+"
                    r"innocent listings alerted (\d+)/\d+.*?wrong-brand alerts on evasions (\d+)", re.S)


def _from_first_set(stdout: str) -> Score:
    """outsider's score.py prints its totals and saves none."""
    m = _FIRST.search(stdout)
    if m is None:
        raise ValueError("no totals in outsider's output")
    listings, innocents, recall, precision, alerted, wrong = m.groups()
    return Score(int(listings), float(recall), float(precision), int(alerted), int(innocents), int(wrong))


def sets() -> list[str]:
    """The held-out sets of this checkout, in the order they were written."""
    found = [p.name for p in HERE.glob("outsider*") if (p / "score.py").exists()]
    return sorted(found, key=lambda name: int(name.removeprefix("outsider") or 1))


def score(name: str, tree: Path, out: Path) -> Score:
    """Run set `name`'s score.py on `tree`; its report goes to out/<name>.txt, its result to out/<name>.json."""
    saved = out / f"{name}.json"
    args = (["--registry", str(tree / "deploy" / "seed" / "registry.yaml")] if name == "outsider"
            else ["--tree", str(tree), "--save", str(saved)])
    if name == "outsider3":  # its default interpreter is a path on the machine it was written on
        args += ["--python", sys.executable]
    env = dict(os.environ, PYTHONPATH=str(tree), MATCHER_IMAGE_FETCH="false")
    done = subprocess.run([sys.executable, "score.py", *args], cwd=HERE / name, env=env, capture_output=True,
                          text=True)
    (out / f"{name}.txt").write_text(done.stdout + done.stderr[-2000:], encoding="utf-8")
    if done.returncode != 0:
        raise RuntimeError(done.stderr.strip().splitlines()[-1] if done.stderr.strip() else f"exit {done.returncode}")
    if name == "outsider":
        return _from_first_set(done.stdout)
    result = json.loads(saved.read_text(encoding="utf-8"))
    return _from_totals(result.get("totals", result))


def saved_score(name: str, folder: Path) -> Score | None:
    """A set's figures from an earlier `--out` folder, else None."""
    try:
        if name == "outsider":
            return _from_first_set((folder / f"{name}.txt").read_text(encoding="utf-8"))
        result = json.loads((folder / f"{name}.json").read_text(encoding="utf-8"))
        return _from_totals(result.get("totals", result))
    except (OSError, ValueError, KeyError):
        return None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m tests.eval.rescore", description=__doc__.split("\n\n")[0])
    ap.add_argument("--tree", required=True, type=Path, help="the checkout to score (its code and its registry)")
    ap.add_argument("--out", type=Path, help="keep each set's report and result here (default: a temporary folder)")
    ap.add_argument("--compare", type=Path, help="an earlier --out folder: print its figures beside these")
    ap.add_argument("--only", help="comma-separated set names (default: every set)")
    a = ap.parse_args(argv)
    tree = a.tree.resolve()
    if not (tree / "deploy" / "seed" / "registry.yaml").exists():
        ap.error(f"{tree} is not a BrandSentry checkout (no deploy/seed/registry.yaml)")
    names = [n for n in sets() if a.only is None or n in a.only.split(",")]
    out = a.out or Path(os.environ.get("TMPDIR", "/tmp")) / f"rescore-{os.getpid()}"
    out.mkdir(parents=True, exist_ok=True)
    console = Console(stderr=True)
    results: dict[str, Score | str] = {}
    with Progress(console=console, transient=True) as progress:
        task = progress.add_task("scoring", total=len(names))
        for name in names:
            progress.update(task, description=f"scoring {name}")
            try:
                results[name] = score(name, tree, out)
            except (RuntimeError, ValueError, OSError) as exc:
                results[name] = f"failed: {exc}"
            progress.advance(task)
    head = "| set | listings | recall | precision | innocents alerted | wrong brand |"
    rows = [head, "|---|---:|---:|---:|---:|---:|"]
    for name, result in results.items():
        if isinstance(result, str):
            rows.append(f"| {name} | {result} | | | | |")
            continue
        before = saved_score(name, a.compare) if a.compare else None
        cells = result.cells() if before is None else " | ".join(
            f"{b} → {n}" for b, n in zip(before.cells().split(" | "), result.cells().split(" | ")))
        rows.append(f"| {name} | {result.listings} | {cells} |")
    print(f"held-out sets on {tree}" + (f" (before -> after: {a.compare})" if a.compare else "") + f"; reports in {out}")
    print("\n".join(rows))
    return 1 if any(isinstance(r, str) for r in results.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
