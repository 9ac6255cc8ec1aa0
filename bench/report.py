"""Every benchmark's headline ratio, printed with its goal and kept in `data/bench.json` for other tools.

`record` merges one key into the file (written atomically), so benchmarks run alone or by `make bench`
add to the same file; `KZELECT_BENCH_JSON` names another file.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

DEFAULT_PATH = Path("data/bench.json")


def bench_path() -> Path:
    return Path(os.environ.get("KZELECT_BENCH_JSON", DEFAULT_PATH))


def record(key: str, value: float, goal: str, detail: dict[str, float | int | str] | None = None) -> None:
    """Print `key = value (goal: …)` and store it, with the goal, details and time, under `key`."""
    print(f"  {key} = {value:.3f}   (goal: {goal})")
    path = bench_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        results = json.loads(path.read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError):  # first benchmark, or a file cut short by a killed run
        results = {}
    results[key] = {"value": round(value, 6), "goal": goal, "measured_at": dt.datetime.now(dt.UTC).isoformat(),
                    **({"detail": detail} if detail else {})}
    staged = path.with_suffix(".json.tmp")
    staged.write_text(json.dumps(results, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    os.replace(staged, path)


def read() -> dict[str, dict]:
    """What `record` wrote: key → {value, goal, measured_at[, detail]}."""
    return json.loads(bench_path().read_text(encoding="utf-8"))
