"""The Prefect side of the scale benchmarks, run in a child process of its own (Prefect reads its settings at
import, and each benchmark wants a fresh `PREFECT_HOME`): `python -m bench.flow_runs floor|harvest ...`.

- `floor`: Prefect's own cost for a run: start the temporary API server as `kzelect run` does
  (flows.server.start_server, the CLI's Prefect settings) and run a flow of one task. The parent times the
  whole process, interpreter start included, exactly as it times `kzelect run`.
- `harvest ROOT...`: one server, a warm-up run, then the `kzelect-harvest` flow over each corpus tree (fresh
  warehouse and archive each), served on loopback. Each step of the pipeline is timed where the flow calls it
  (first start to last end of the listing walks and fetches, of the parses, …), so what is left of the wall
  time is Prefect's: flow and task runs, their states, the summary artifact. Prints one JSON line per corpus.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

from kzelect.cli import PREFECT_DEFAULTS


def prefect_env(home: Path) -> None:
    """The CLI's Prefect settings (kzelect/cli.py `_prefect_env`), with `home` as PREFECT_HOME."""
    os.environ["PREFECT_HOME"] = str(home)
    home.mkdir(parents=True, exist_ok=True)
    for key, value in PREFECT_DEFAULTS.items():
        os.environ.setdefault(key, value)
    os.environ.setdefault("PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL", "CRITICAL")


def floor() -> None:
    from prefect import flow, task

    from flows.server import start_server

    @task
    def one() -> int:
        return 1

    @flow(name="prefect-floor")
    def floor_flow() -> int:
        return one()

    start_server()
    assert floor_flow() == 1


class Spans:
    """First start and last end of every call of some functions, across threads: the span of each step."""

    def __init__(self) -> None:
        self.lock, self.spans = threading.Lock(), {}  # name → [first start, last end, calls]

    def wrap(self, name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                end = time.perf_counter()
                with self.lock:
                    span = self.spans.setdefault(name, [start, end, 0])
                    span[0], span[1], span[2] = min(span[0], start), max(span[1], end), span[2] + 1

        return timed

    def seconds(self) -> dict[str, float]:
        return {name: round(end - start, 4) for name, (start, end, _calls) in self.spans.items()}


def harvest(roots: list[Path], warm_up: Path | None) -> None:
    from bench.harness import served
    from flows import harvest as flows_harvest
    from flows.server import start_server
    from kzelect import pipeline

    start_server()
    # `harvest` walks the listings and fetches as one pipeline (kzelect.discovery); `discover`/`fetch` are timed too
    # for a flow that still calls them one after the other
    originals = {name: getattr(pipeline, name) for name in ("harvest", "discover", "fetch", "extract", "prepare")}
    # `publish` is called where the flow's publishing step imported it (flows.harvest or kzelect.publishing)
    publishers = [m for m in (flows_harvest, _module("kzelect.publishing")) if m is not None and hasattr(m, "publish")]
    original_publish = {m: m.publish for m in publishers}
    for root in ([warm_up] if warm_up else []) + roots:
        spans = Spans()
        for name, fn in originals.items():
            setattr(pipeline, name, spans.wrap(name, fn))
        for module, fn in original_publish.items():
            module.publish = spans.wrap("publish", fn)
        home = Path(tempfile.mkdtemp(prefix="kzelect-scale-"))
        with served(root) as (cec_url, osce_url):
            started = time.perf_counter()
            state = flows_harvest.harvest(cec_url=cec_url, osce_url=osce_url, warehouse=str(home / "kzelect.duckdb"),
                                          archive=str(home / "archive"), return_state=True)
            wall = time.perf_counter() - started
        shutil.rmtree(home, ignore_errors=True)
        summary = flows_harvest.summary_of(state)
        if root == warm_up:
            continue
        steps = spans.seconds()
        print(json.dumps({"root": str(root), "wall_s": round(wall, 3), "steps": steps,
                          "outside_steps_s": round(wall - sum(steps.values()), 3), "ok": summary.ok,
                          "parsed": summary.parsed, "fetched": summary.fetched,
                          "refused": len(summary.refused), "rows": summary.rows_loaded}), flush=True)
    for name, fn in originals.items():
        setattr(pipeline, name, fn)
    for module, fn in original_publish.items():
        module.publish = fn


def _module(name: str) -> ModuleType | None:
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=("floor", "harvest"))
    parser.add_argument("roots", nargs="*", type=Path)
    parser.add_argument("--warm-up", type=Path, help="a corpus run once first and not reported")
    parser.add_argument("--prefect-home", type=Path, help="default: a fresh temporary folder")
    args = parser.parse_args(argv)
    prefect_env(args.prefect_home or Path(tempfile.mkdtemp(prefix="kzelect-prefect-")))
    if args.what == "floor":
        floor()
    else:
        harvest(args.roots, args.warm_up)
    sys.stdout.flush()


if __name__ == "__main__":
    main()
