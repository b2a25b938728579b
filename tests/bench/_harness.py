"""Shared helpers of the benchmarks: time a call, compare with a same-run baseline.

The machines are shared and noisy, so a figure alone proves little: every
benchmark also measures, in the same run, a *baseline* — the least a program
must do for the same result on this machine — and reports the ratio. Each
result is printed as one line and appended as a JSON line to
``.bench/results.jsonl`` (name, value, unit, baseline, ratio, target, date,
git revision).
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import statistics
import subprocess
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
RESULTS = ROOT / ".bench" / "results.jsonl"


@dataclass(frozen=True)
class Timing:
    """Seconds of ``runs`` calls of one callable."""

    samples: tuple[float, ...]

    @property
    def best(self) -> float:
        return min(self.samples)

    @property
    def median(self) -> float:
        return statistics.median(self.samples)


def timeit(call: Callable[[], object], runs: int = 5, warmup: int = 0) -> Timing:
    """Call ``call`` ``warmup`` times untimed, then ``runs`` times timed."""
    for _ in range(warmup):
        call()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        samples.append(time.perf_counter() - start)
    return Timing(tuple(samples))


def git_revision() -> str:
    try:
        done = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT,
                              capture_output=True, text=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return done.stdout.strip()


def record(name: str, value: float, unit: str, *, baseline: float | None = None,
           target: str | None = None, note: str | None = None) -> dict[str, object]:
    """Print one result line and append it to ``.bench/results.jsonl``.

    ``target`` is a readable goal such as ``"≤ 2×"`` or ``"≤ 0.5 s"``; the
    ratio is ``value / baseline`` when a baseline was measured.
    """
    ratio = value / baseline if baseline else None
    entry: dict[str, object] = {
        "name": name,
        "value": round(value, 4),
        "unit": unit,
        "baseline": None if baseline is None else round(baseline, 4),
        "ratio": None if ratio is None else round(ratio, 2),
        "target": target,
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "git_revision": git_revision(),
    }
    if note:
        entry["note"] = note
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    with RESULTS.open("a", encoding="utf-8") as fh:
        fh.write(json.dumps(entry, ensure_ascii=False) + "\n")
    base = "—" if baseline is None else f"{baseline:.4g} {unit}"
    ratio_text = "—" if ratio is None else f"{ratio:.2f}×"
    print(f"{name}: {value:.4g} {unit}; baseline {base}; ratio {ratio_text}; "
          f"target {target or '—'}", flush=True)
    return entry


def replay(path: str | Path, statements: Sequence[tuple[str, Any]]) -> float:
    """Seconds plain ``sqlite3`` takes to run and fetch ``(sql, parameters)`` statements
    on a fresh read-only connection to the database at ``path``: the baseline of a
    benchmark that recorded the statements the program ran."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        start = time.perf_counter()
        for sql, parameters in statements:
            con.execute(sql, parameters).fetchall()
        return time.perf_counter() - start
    finally:
        con.close()
