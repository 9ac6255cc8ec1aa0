"""Scale benchmarks, each measured against its baseline in the same run (bench/corpus.py generates the harvests):

- `scale_10x_cost_ratio`: the `kzelect-harvest` flow (what `kzelect run` runs) over the 1× and the 10× corpus,
  fresh warehouse each, one Prefect server for both (its start is `run_over_prefect_floor_s`'s business):
  wall(10×) ÷ wall(1×), goal ≈ 10 (linear, no superlinear step); with the Prefect overhead per document at 10×
  (the flow's wall time outside the timed steps — walks and fetches, extract, prepare, publish —, ÷ documents: an
  upper bound, since the few untimed glue calls such as the version frame and the staged Parquet count too).
- `harvest_vs_ideal`: bench/harvest.py's (discovery and fetching of the 10× corpus served with a per-request
  latency, against the per-origin bound and the issue's N × latency ÷ concurrency), run here only with `--only harvest`.
- `run_over_prefect_floor_s`: `kzelect run --snapshot snapshot` (fresh Prefect home, warehouse and archive)
  minus Prefect's own floor: a one-task flow on a fresh Prefect home, with the CLI's settings, as a process.
Run: `.venv/bin/python -m bench.scale [--scales 1 10] [--latency 0.05]` (about 4 minutes).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.corpus import CACHE, ROOT, CorpusInfo, cached_corpus
from bench.harvest import harvest_vs_ideal
from bench.report import record

PYTHON = Path(sys.executable)
KZELECT = PYTHON.with_name("kzelect")
SNAPSHOT = ROOT / "snapshot"
WARM_UP_SCALE = 0.5  # one vote: pays imports, the gate's first start and the first flow run before measuring


def _child_env(home: Path) -> dict[str, str]:
    """A child process with a fresh Prefect home and the repository importable; no inherited Prefect API."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update({"PREFECT_HOME": str(home), "KZELECT_PREFECT_HOME": str(home),
                "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))})
    return env


def _timed_process(command: list[str], env: dict[str, str], timeout_s: float = 900) -> tuple[float, str]:
    started = time.perf_counter()
    done = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True, timeout=timeout_s)
    wall = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command[:3])}… exited {done.returncode}: {done.stderr[-2000:]}")
    return wall, done.stdout


def flow_runs(corpora: list[CorpusInfo], warm_up: CorpusInfo | None) -> list[dict]:
    """The harvest flow over each corpus in one child process (bench/flow_runs.py): one JSON dict each,
    echoed as each run ends."""
    runs = []
    with tempfile.TemporaryDirectory(prefix="kzelect-prefect-") as home, tempfile.TemporaryFile("w+") as errors:
        command = [str(PYTHON), "-m", "bench.flow_runs", "harvest", *(c.root for c in corpora)]
        if warm_up is not None:
            command += ["--warm-up", warm_up.root]
        # stderr to a file: a pipe nobody reads while stdout is followed could fill and stall the child
        with subprocess.Popen(command, env=_child_env(Path(home)), cwd=ROOT, stdout=subprocess.PIPE, stderr=errors,
                              text=True) as child:
            assert child.stdout is not None
            for line in child.stdout:
                if line.startswith("{"):
                    runs.append(json.loads(line))
                    print(f"    flow run {len(runs)} of {len(corpora)} done: {runs[-1]['wall_s']:.1f} s", flush=True)
        if child.returncode != 0 or len(runs) != len(corpora):
            errors.seek(0)
            raise RuntimeError(f"bench.flow_runs exited {child.returncode}: {errors.read()[-2000:]}")
    return runs


def scale_cost(scales: list[float], seed: int, cache: Path = CACHE, warm: bool = True) -> None:
    corpora = [cached_corpus(s, seed, cache) for s in scales]
    warm_up = cached_corpus(WARM_UP_SCALE, seed, cache) if warm else None
    for c in corpora:
        print(f"  corpus ×{c.scale:g}: {c.release_documents} releases and reports, {c.documents} files, "
              f"{c.bytes / 1e6:.1f} MB", flush=True)
    print("  running the harvest flow over each (one Prefect server, a warm-up run first)…", flush=True)
    runs = flow_runs(corpora, warm_up)
    for c, run in zip(corpora, runs, strict=True):
        steps = ", ".join(f"{k} {v:.1f}" for k, v in run["steps"].items())
        print(f"  ×{c.scale:g}: {run['wall_s']:7.1f} s for {run['parsed']} parsed documents "
              f"({run['wall_s'] / max(1, run['parsed']) * 1000:.0f} ms each); steps (s): {steps}; "
              f"outside the steps {run['outside_steps_s']:.1f} s; refused {run['refused']}", flush=True)
    small, large = runs[0], runs[-1]
    size_ratio = large["parsed"] / max(1, small["parsed"])
    ratio = large["wall_s"] / small["wall_s"]
    overhead_ms = large["outside_steps_s"] / max(1, large["parsed"]) * 1000
    print(f"  documents ×{size_ratio:.1f}, wall time ×{ratio:.2f}; Prefect overhead at ×{corpora[-1].scale:g}: "
          f"at most {overhead_ms:.1f} ms per document")
    record("scale_10x_cost_ratio", ratio, "≈ 10 (linear in the corpus, no superlinear step)", {
        "scale_small": corpora[0].scale, "scale_large": corpora[-1].scale,
        "documents_small": small["parsed"], "documents_large": large["parsed"], "document_ratio": round(size_ratio, 2),
        "wall_small_s": small["wall_s"], "wall_large_s": large["wall_s"],
        "prefect_overhead_ms_per_document": round(overhead_ms, 2),
        "refused_small": small["refused"], "refused_large": large["refused"]})


def run_over_floor(snapshot: Path, repeat: int = 1) -> None:
    """`make run`'s job and Prefect's floor, each a process on a fresh Prefect home, measured back to back
    (`repeat` times, alternating; the best of each counts: a fresh home's server start varies by tens of seconds
    on a busy machine)."""
    floors, runs = [], []
    for _ in range(repeat):
        with tempfile.TemporaryDirectory(prefix="kzelect-floor-") as tmp:
            floor_s, _ = _timed_process([str(PYTHON), "-m", "bench.flow_runs", "floor"], _child_env(Path(tmp) / "p1"))
            print(f"  Prefect floor (one-task flow, fresh home): {floor_s:.1f} s", flush=True)
            run_s, _ = _timed_process(
                [str(KZELECT), "run", "--snapshot", str(snapshot), "--warehouse", str(Path(tmp) / "kzelect.duckdb"),
                 "--archive", str(Path(tmp) / "archive")], _child_env(Path(tmp) / "p2"))
            print(f"  kzelect run --snapshot (fresh home, warehouse, archive): {run_s:.1f} s", flush=True)
        floors.append(floor_s)
        runs.append(run_s)
    record("run_over_prefect_floor_s", min(runs) - min(floors), "≤ 5 s",
           {"run_s": round(min(runs), 2), "floor_s": round(min(floors), 2), "repeat": repeat,
            "runs_s": " ".join(f"{r:.1f}" for r in runs), "floors_s": " ".join(f"{f:.1f}" for f in floors)})


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scales", type=float, nargs=2, default=[1.0, 10.0], metavar=("SMALL", "LARGE"))
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--latency", type=float, default=0.05, help="seconds per answer for harvest_vs_ideal")
    parser.add_argument("--snapshot", type=Path, default=SNAPSHOT, help="what `make run` harvests")
    # `harvest` is bench/harvest.py's own measurement (`make bench` runs that module first): not repeated here
    parser.add_argument("--only", choices=("scale", "harvest", "floor"), nargs="+", default=["floor", "scale"])
    parser.add_argument("--corpus-cache", type=Path, default=CACHE, help="where generated corpora are kept")
    parser.add_argument("--no-warm-up", action="store_true", help="measure the first flow run too")
    parser.add_argument("--repeat", type=int, default=1, help="floor and run pairs (the best of each counts)")
    args = parser.parse_args(argv)
    if "floor" in args.only:
        print("make run against Prefect's floor", flush=True)
        run_over_floor(args.snapshot, args.repeat)
    if "harvest" in args.only:
        print(f"harvest against the ideal (corpus ×{args.scales[1]:g}, {args.latency * 1000:.0f} ms latency)",
              flush=True)
        harvest_vs_ideal(cached_corpus(args.scales[1], args.seed, args.corpus_cache), args.latency)
    if "scale" in args.only:
        print(f"end-to-end harvest flow at ×{args.scales[0]:g} and ×{args.scales[1]:g}", flush=True)
        scale_cost(list(args.scales), args.seed, args.corpus_cache, warm=not args.no_warm_up)


if __name__ == "__main__":
    main()
