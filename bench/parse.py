"""Parse benchmark: documents/s and MB/s of the same archived documents parsed by the default task runner (the
flow process's threads: one interpreter, one core for CPU-bound parsing) and by the Dask runner on a local cluster
of 2 worker processes, measured side by side in one run, rounds alternating, best of each kept.

The documents: a harvest of the synthetic corpus (bench/corpus.py; the bundled snapshot with `--corpus snapshot`
or when the generator fails) served on loopback and archived in-process (no Prefect), then repeated until one
single-process pass lasts about `--seconds`. Both sides run the same flow (`flows.harvest.parse_flow`)
with the same tasks; the Dask cluster is started and warmed (imports, vocabularies) before the clock starts, and
its start-up is printed on its own. Load is printed with every round: on a shared machine a ratio measured while
other work holds a core says little about what 2 free cores give.
Run: `.venv/bin/python -m bench.parse`.
"""

from __future__ import annotations

import argparse
import math
import os
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from bench.report import record
from kzelect import pipeline
from kzelect.config import Settings
from kzelect.mirror import serve_snapshot
from kzelect.versions import Target
from sources.archive import Archive

SNAPSHOT = Path(__file__).resolve().parent.parent / "snapshot"
GOAL = 1.7


def mirror_tree(kind: str, scale: float, folder: Path) -> tuple[Path, str]:
    """The site tree to harvest and what it is: the synthetic corpus at `scale`, or the bundled snapshot."""
    if kind == "corpus":
        try:
            from bench.corpus import build_corpus

            info = build_corpus(folder / "corpus", scale)
            return folder / "corpus", f"synthetic corpus ×{scale:g} ({info.documents} files)"
        except Exception as exc:  # another helper's generator, still changing: the snapshot keeps this bench running
            print(f"  (bench.corpus unusable: {type(exc).__name__}: {exc}; using the bundled snapshot)")
    return SNAPSHOT, "bundled snapshot"


def harvest_archive(tree: Path, archive: Path) -> list[Target]:
    """Every document of `tree`, fetched from loopback into `archive` by the pipeline's own functions."""
    with serve_snapshot(tree) as (cec_url, osce_url):
        settings = Settings(cec_url=cec_url, osce_url=osce_url, archive=archive, warehouse=archive.parent / "w.duckdb")
        found = pipeline.discover(settings)
        with ThreadPoolExecutor(4) as pool:
            list(pool.map(lambda ref: pipeline.fetch(settings, ref), found.documents))
    return [Target(r.url, r.document_id, r) for r in Archive(archive).records()]


def parse_here(archive: Path, targets: list[Target]) -> float:
    """Seconds to parse `targets` one after another in this process, without Prefect."""
    store, limits = Archive(archive), pipeline.parse_budget(Settings(archive=archive))
    started = time.perf_counter()
    for target in targets:
        pipeline.parse_record(store, target.record, limits)
    return time.perf_counter() - started


class CpuMeter:
    """CPU seconds spent by this process, the Dask workers and the Prefect server: on a shared machine, how many
    cores a side actually got (CPU / wall) says whether its wall time measured the runner or the neighbours."""

    def __init__(self, dask_address: str) -> None:
        import distributed
        import psutil
        from prefect.server.api.server import SubprocessASGIServer

        self.client = distributed.Client(dask_address, set_as_default=False)
        server = SubprocessASGIServer().server_process
        self.server = psutil.Process(server.pid) if server is not None else None

    def read(self) -> dict[str, float]:
        workers = self.client.run(time.process_time)
        server = 0.0
        if self.server is not None:
            times = self.server.cpu_times()
            server = times.user + times.system + times.children_user + times.children_system
        busiest = {f"worker {i}": cpu for i, (_address, cpu) in enumerate(sorted(workers.items()))}
        return {"flow process": time.process_time(), "Dask workers": sum(workers.values()), "Prefect server": server,
                **busiest}

    def close(self) -> None:
        self.client.close()


def spent(before: dict[str, float], after: dict[str, float]) -> dict[str, float]:
    return {k: after[k] - before[k] for k in before}


def cores_used(cpu: dict[str, float], wall: float) -> float:
    return sum(v for k, v in cpu.items() if not k.startswith("worker ")) / wall


def critical_path(side: str, cpu: dict[str, float]) -> float:
    """CPU seconds of the busiest process of a side: its wall time if every process had a core of its own."""
    if side == "threads":
        return cpu["flow process"]
    return max(v for k, v in cpu.items() if k.startswith("worker "))


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"load {one:.1f}/{five:.1f} on {os.cpu_count()} cores"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", choices=("corpus", "snapshot"), default="corpus")
    parser.add_argument("--scale", type=float, default=2.0, help="synthetic corpus scale (bench/corpus.py)")
    parser.add_argument("--seconds", type=float, default=12.0, help="single-process time of one measured pass")
    parser.add_argument("--rounds", type=int, default=2, help="alternating rounds; the best of each side is kept")
    parser.add_argument("--workers", type=int, default=2, help="Dask worker processes")
    args = parser.parse_args(argv)
    os.environ.setdefault("PREFECT_HOME", tempfile.mkdtemp(prefix="kzelect-bench-prefect-"))
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    from flows.harvest import dealt, parse_flow, undealt  # Prefect reads the variables above when imported
    from flows.runner import TASK_WORKERS, open_parse_runner, thread_runner
    from flows.server import start_server

    with tempfile.TemporaryDirectory(prefix="kzelect-bench-parse-") as tmp:
        tree, what = mirror_tree(args.corpus, args.scale, Path(tmp))
        archive = Path(tmp) / "archive"
        unique = harvest_archive(tree, archive)
        megabytes = sum(t.record.byte_size for t in unique) / 1e6
        one_pass = parse_here(archive, unique)  # cold (vocabularies, lazy imports): sizes the passes, no more
        copies = max(1, math.ceil(args.seconds / max(one_pass, 1e-3)))
        targets, total_mb = unique * copies, megabytes * copies
        print(f"parse throughput: {what}: {len(unique)} documents, {megabytes:.2f} MB, ×{copies} = "
              f"{len(targets)} documents, {total_mb:.1f} MB per pass (one cold plain pass: {one_pass:.2f} s)")
        start_server()
        settings = Settings(archive=archive, task_runner="dask", dask_workers=args.workers)
        started = time.perf_counter()
        with open_parse_runner(settings) as dask:
            parse_flow.with_options(task_runner=dask.task_runner)(dask.settings, [], dealt(unique, dask.slots))
            print(f"  Dask: {dask.where}, started and warmed in {time.perf_counter() - started:.1f} s ({load()})")
            sides = {"threads": (thread_runner(), settings.replace(task_runner="threads"), TASK_WORKERS),
                     "dask": (dask.task_runner, dask.settings, dask.batch_count)}
            best: dict[str, float] = {}
            cores: dict[str, float] = {}
            critical: dict[str, float] = {}
            meter = CpuMeter(dask.task_runner.address)  # type: ignore[union-attr]
            for round_ in range(1, args.rounds + 1):
                for side, (task_runner, side_settings, count) in sides.items():
                    cpu, began = meter.read(), time.perf_counter()
                    _, per_batch = parse_flow.with_options(task_runner=task_runner)(side_settings, [],
                                                                                    dealt(targets, count))
                    parsed = undealt(per_batch)
                    wall, cpu = time.perf_counter() - began, spent(cpu, meter.read())
                    assert len(parsed) == len(targets), (side, len(parsed))
                    if wall < best.get(side, math.inf):
                        best[side], cores[side], critical[side] = wall, cores_used(cpu, wall), critical_path(side, cpu)
                    print(f"  round {round_} {side:7s}: {wall:6.2f} s = {len(targets) / wall:6.1f} documents/s, "
                          f"{total_mb / wall:5.2f} MB/s; CPU s " + ", ".join(f"{k} {v:.1f}" for k, v in cpu.items())
                          + f" = {cores_used(cpu, wall):.2f} cores  ({load()})")
            meter.close()
    speedup = best["threads"] / best["dask"]
    projected = critical["threads"] / critical["dask"]
    print(f"  best: threads {best['threads']:.2f} s, Dask ×{args.workers} {best['dask']:.2f} s; cores used: "
          f"threads {cores['threads']:.2f}, Dask {cores['dask']:.2f}")
    print(f"  with a core per process (CPU s of the busiest process per side): ×{projected:.2f} — an estimate, "
          "not the measured ratio")
    detail = {"documents": len(targets), "megabytes": round(total_mb, 3), "threads_s": round(best["threads"], 3),
              "dask_s": round(best["dask"], 3), "cold_plain_pass_s": round(one_pass, 3),
              "workers": args.workers, "corpus": what, "load_after": load(),
              "threads_cores_used": round(cores["threads"], 2), "dask_cores_used": round(cores["dask"], 2),
              "cpu_critical_path_ratio": round(projected, 3)}
    record("dask_speedup", speedup, f">= {GOAL}x (Dask {args.workers} processes vs the thread runner)", detail)
    record("parse_mb_per_s", total_mb / best["dask"],
           f"reported: Dask {args.workers} processes (threads: {total_mb / best['threads']:.2f} MB/s)", detail)


if __name__ == "__main__":
    main()
