"""`kzelect`: run the pipeline, rebuild from the archive, migrate, serve the bundled snapshot.

Exit code 0 when everything loaded; non-zero with a one-line reason otherwise.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
import traceback
from collections.abc import Iterator
from pathlib import Path

from kzelect import interrupts
from kzelect.config import TASK_RUNNERS, Settings, Unusable, check_snapshot, check_writable, load_settings
from kzelect.summary import RunSummary  # light: no Prefect, no GX

# Prefect reads these at import: a local, quiet, patient ephemeral API (see STACK.md).
PREFECT_DEFAULTS = {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
    "PREFECT_LOGGING_LEVEL": "WARNING",
}
EXIT_FAILED = 1
EXIT_USAGE = 2
QUIET_LOGGERS = ("great_expectations", "prefect", "httpx", "urllib3", "asyncio")  # chatter, never the pipeline's
# Per-request HTTP warnings (robots.txt unreachable, retries): the summary counts each failure once, by cause.
DETAIL_LOGGERS = ("sources.http",)


def _prefect_env(settings_home: Path, verbose: bool) -> None:
    os.environ.setdefault("PREFECT_HOME", str(settings_home))
    Path(os.environ["PREFECT_HOME"]).mkdir(parents=True, exist_ok=True)  # its SQLite file needs the folder
    for key, value in PREFECT_DEFAULTS.items():
        os.environ.setdefault(key, value)
    # Prefect's own terminal output (state changes, its tracebacks of a failure we report in one line, event
    # flushing) only under -v; its logs still reach the Prefect API.
    os.environ.setdefault("PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL", "WARNING" if verbose else "CRITICAL")


@contextlib.contextmanager
def _sites(args: argparse.Namespace) -> Iterator[tuple[str | None, str | None]]:
    """The base URLs to harvest: the bundled snapshot served on loopback, or the given/configured ones."""
    if args.snapshot:
        from kzelect.mirror import serve_snapshot

        ports = load_settings().snapshot_ports
        with serve_snapshot(Path(args.snapshot), (ports[0], ports[1])) as (cec_url, osce_url):
            print(f"serving the snapshot {args.snapshot}: CEC at {cec_url}, OSCE at {osce_url}", file=sys.stderr)
            yield cec_url, osce_url
    else:
        yield args.cec_url, args.osce_url


def _report(summary: RunSummary) -> int:
    for line in summary.lines():
        print(line)
    if summary.ok:
        return 0
    print(f"kzelect: {summary.reason}", file=sys.stderr)
    return EXIT_FAILED


def _check_warehouse(args: argparse.Namespace) -> None:
    """Refuse at once (one line, nothing modified) a warehouse that is unreadable or newer than this code."""
    from warehouse.migrate import check_warehouse

    check_warehouse(load_settings().replace(warehouse=Path(args.warehouse) if args.warehouse else None).warehouse)


READERS = ("docs", "dashboard", "export")  # commands that only read the warehouse
WRITERS = ("run", "rebuild", "migrate")  # commands that stop cleanly on SIGINT/SIGTERM (kzelect.interrupts)


def _check_readable(args: argparse.Namespace) -> None:
    """A reader may open a warehouse migrated by a newer kzelect (it writes nothing), not an unreadable one."""
    from warehouse.migrate import WarehouseTooNew

    with contextlib.suppress(WarehouseTooNew):
        _check_warehouse(args)


def _writer_settings(args: argparse.Namespace) -> Settings:
    """Every setting of a writing command checked before Prefect starts: values, the snapshot folder, and that
    the warehouse and archive folders can be written (read-only, not a folder: one line, nothing started)."""
    settings = load_settings().replace(
        cec_url=getattr(args, "cec_url", None), osce_url=getattr(args, "osce_url", None),
        warehouse=Path(args.warehouse) if args.warehouse else None,
        archive=Path(args.archive) if getattr(args, "archive", None) else None)
    if getattr(args, "snapshot", None):
        check_snapshot(Path(args.snapshot))
    check_writable(settings.warehouse.parent, "warehouse folder")
    if args.command == "run":  # rebuild only reads the archive (and refuses a missing one itself)
        check_writable(settings.archive, "archive")
    interrupts.watch(settings)
    return settings


def _start_prefect() -> None:
    from expectations.gate import warm_up_in_background
    from flows.server import chain_sigterm, start_server

    # Both overlap the server's start, which is mostly waiting (bench.scale: the floor).
    warm_up_in_background("run", "kzelect.pipeline", "flows.harvest")
    chain_sigterm(interrupts.arm)  # SIGTERM during a flow: Prefect's handler runs, after ours
    start_server()  # in its own session: Ctrl-C reaches this process, not the server


def cmd_run(args: argparse.Namespace) -> int:
    _writer_settings(args)
    _check_warehouse(args)
    with _sites(args) as (cec_url, osce_url):
        _start_prefect()
        from flows.harvest import harvest, summary_of

        summary = summary_of(harvest(cec_url=cec_url, osce_url=osce_url, warehouse=args.warehouse,
                                     archive=args.archive, reparse=args.reparse, task_runner=args.task_runner,
                                     return_state=True))
    return _report(summary)


def cmd_rebuild(args: argparse.Namespace) -> int:
    from kzelect.rebuild import RebuildSummary, preflight

    settings = _writer_settings(args)
    refused = RebuildSummary("preflight", str(settings.warehouse), dry_run=args.dry_run)
    if preflight(settings, refused) is None:  # refused before Prefect starts: seconds saved, nothing touched
        return _report(refused)
    _start_prefect()
    from flows.harvest import rebuild, summary_of

    return _report(summary_of(rebuild(warehouse=args.warehouse, archive=args.archive,
                                      allow_shrink=args.allow_shrink, dry_run=args.dry_run,
                                      task_runner=args.task_runner, return_state=True)))


def cmd_migrate(args: argparse.Namespace) -> int:
    from warehouse.load import migrate_published

    settings = _writer_settings(args)
    settings.warehouse.parent.mkdir(parents=True, exist_ok=True)
    applied = migrate_published(settings.warehouse, settings.lock_timeout_s)
    print(f"{settings.warehouse}: " + (f"applied {', '.join(applied)}" if applied else "up to date"))
    return 0


def cmd_docs(args: argparse.Namespace) -> int:
    from kzelect.pipeline import build_docs

    settings = load_settings().replace(warehouse=Path(args.warehouse) if args.warehouse else None)
    try:
        index = build_docs(settings)
    except FileNotFoundError as exc:
        print(f"kzelect: {exc}", file=sys.stderr)
        return EXIT_FAILED
    print(index.resolve())
    if args.open:
        import webbrowser

        webbrowser.open(index.resolve().as_uri())
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    import time

    from kzelect.mirror import serve_snapshot

    with serve_snapshot(Path(args.snapshot)) as (cec_url, osce_url):
        print(f"CEC:  {cec_url}\nOSCE: {osce_url}\n(Ctrl-C to stop)", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            while True:
                time.sleep(3600)
    return 0


def cmd_watch(args: argparse.Namespace) -> int:
    """Election night (kzelect.watch): plain Python between and during cycles; Prefect is never started."""
    from kzelect import watch

    settings = _writer_settings(args)
    check_writable(settings.archive, "archive")
    _check_warehouse(args)
    stop = watch.stop_on_signals()
    with _sites(args) as (cec_url, osce_url):
        settings = settings.replace(cec_url=cec_url, osce_url=osce_url, watch_interval_s=args.interval)
        print(f"watching {settings.cec_url}: {settings.watch_listing_pages} listing page(s) x "
              f"{len(settings.cec_languages)} language(s) every {settings.watch_interval_s:g} s → "
              f"{settings.warehouse}", file=sys.stderr, flush=True)
        cycles: list[watch.Cycle] = []

        def report(cycle: watch.Cycle) -> None:
            cycles.append(cycle)
            print(cycle.line(), flush=True)

        watch.run(watch.Watcher(settings), settings.watch_interval_s, report, stop, once=args.once)
    if stop.is_set():
        print(f"kzelect: watch stopped ({watch.stop_signal(stop)}) after {len(cycles)} cycle(s), between cycles; "
              "the warehouse is whole", file=sys.stderr)
    return EXIT_FAILED if args.once and cycles and not cycles[-1].ok else 0


def cmd_dashboard(args: argparse.Namespace) -> int:
    # dashboard/ sits beside the package in the checkout (it is not installed): make it importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from dashboard.launch import dashboard_port, serve

    settings = load_settings().replace(warehouse=Path(args.warehouse) if args.warehouse else None,
                                       archive=Path(args.archive) if args.archive else None)
    return serve(settings.warehouse, settings.archive, dashboard_port(args.port), args.address, args.documents_port)


def cmd_export(args: argparse.Namespace) -> int:
    from kzelect.export import export_marts

    settings = load_settings().replace(warehouse=Path(args.warehouse) if args.warehouse else None)
    try:
        exported = export_marts(settings.warehouse, Path(args.out), args.format)
    except FileNotFoundError as exc:
        print(f"kzelect: {exc}", file=sys.stderr)
        return EXIT_FAILED
    for item in exported:
        print(f"marts.{item.mart}: {item.rows} rows → {item.path}")
    print(f"data dictionary → {Path(args.out) / 'data_dictionary.md'}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kzelect",
        description="Harvest the CEC of Kazakhstan and OSCE/ODIHR publications into a DuckDB warehouse of "
        "results, turnout, detentions and infractions. Settings come from defaults, kzelect.toml "
        "(or $KZELECT_CONFIG), KZELECT_* environment variables, then these flags.",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log what each step does")
    sub = parser.add_subparsers(dest="command", required=True)
    verbose = argparse.ArgumentParser(add_help=False)  # -v after the subcommand too (`kzelect run -v`)
    verbose.add_argument("-v", "--verbose", action="store_true", default=argparse.SUPPRESS,
                         help="log what each step does (full tracebacks on failure)")
    sub_parser = sub.add_parser

    def add_parser(name: str, **kwargs: object) -> argparse.ArgumentParser:
        return sub_parser(name, parents=[verbose], **kwargs)  # type: ignore[arg-type]

    sub.add_parser = add_parser  # type: ignore[method-assign]

    run = sub.add_parser("run", help="crawl both sites, archive, extract, validate and publish the warehouse",
                         description="Run the whole pipeline against a pair of base URLs (the live sites by "
                         "default) or against the bundled snapshot served on loopback (--snapshot).")
    run.add_argument("--cec-url", help="CEC base URL [$KZELECT_CEC_URL, default https://www.election.gov.kz]")
    run.add_argument("--osce-url", help="OSCE base URL [$KZELECT_OSCE_URL, default https://www.osce.org]")
    run.add_argument("--snapshot", metavar="DIR",
                     help="serve DIR/cec and DIR/osce on loopback ports and harvest them instead")
    run.add_argument("--reparse", action="store_true", help="re-parse every document, changed or not")
    rebuild = sub.add_parser("rebuild", help="rebuild the warehouse from the raw archive alone (no network)",
                             description="Re-parse every archived body and publish a fresh warehouse.")
    rebuild.add_argument("--allow-shrink", action="store_true",
                         help="publish even when a claim table would lose more than rebuild_max_shrink_pct "
                         "[$KZELECT_REBUILD_MAX_SHRINK_PCT, default 5] of its rows")
    rebuild.add_argument("--dry-run", action="store_true", help="check and compare only: say what would change")
    for p in (run, rebuild):
        p.add_argument("--warehouse", metavar="PATH", help="DuckDB file [$KZELECT_WAREHOUSE, data/kzelect.duckdb]")
        p.add_argument("--archive", metavar="DIR", help="raw archive folder [$KZELECT_ARCHIVE, data/archive]")
        p.add_argument("--task-runner", choices=TASK_RUNNERS, help="where parsing runs: this process's threads, or "
                       "Dask worker processes [$KZELECT_TASK_RUNNER, default threads; $KZELECT_DASK_ADDRESS]")
    migrate = sub.add_parser("migrate", help="apply pending SQL migrations to the warehouse (idempotent)")
    migrate.add_argument("--warehouse", metavar="PATH", help="DuckDB file [$KZELECT_WAREHOUSE]")
    docs = sub.add_parser("docs", help="build the Great Expectations Data Docs of the latest run; print their path",
                          description="Validate the latest run's staged tables again in a GX file context "
                          "beside the warehouse and build its Data Docs (about 10 s).")
    docs.add_argument("--warehouse", metavar="PATH", help="DuckDB file whose run to show [$KZELECT_WAREHOUSE]")
    docs.add_argument("--open", action="store_true", help="open them in a browser")
    docs.set_defaults(handler=cmd_docs)
    serve = sub.add_parser("serve-snapshot", help="serve a snapshot of the two sites on loopback until Ctrl-C")
    serve.add_argument("--snapshot", metavar="DIR", default="snapshot", help="mirror tree (default: snapshot)")
    run.set_defaults(handler=cmd_run)
    rebuild.set_defaults(handler=cmd_rebuild)
    migrate.set_defaults(handler=cmd_migrate)
    serve.set_defaults(handler=cmd_serve)
    dash = sub.add_parser("dashboard", help="serve the analysts' dashboard over the warehouse (read-only)",
                          description="Streamlit pages over the published warehouse (elections, one election, "
                          "detentions and infractions, run health), on loopback; archived documents are served "
                          "on a second loopback port. Each page load reads the latest published warehouse.")
    dash.add_argument("--port", type=int, help="port [$KZELECT_DASHBOARD_PORT, default 8501]")
    dash.add_argument("--address", default="127.0.0.1", help="address to bind (default: loopback only)")
    dash.add_argument("--documents-port", type=int, default=0,
                      help="port of the archived-document server (default: a free one)")
    dash.add_argument("--warehouse", metavar="PATH", help="DuckDB file [$KZELECT_WAREHOUSE, data/kzelect.duckdb]")
    dash.add_argument("--archive", metavar="DIR", help="raw archive folder [$KZELECT_ARCHIVE, data/archive]")
    dash.set_defaults(handler=cmd_dashboard)
    export = sub.add_parser("export", help="write every mart as Parquet (by election) or CSV, with a data dictionary",
                            description="Export every marts view of the warehouse (opened read-only) under DIR.")
    export.add_argument("--format", choices=("parquet", "csv"), default="parquet", help="default: parquet")
    export.add_argument("--out", metavar="DIR", required=True, help="output folder (created when missing)")
    export.add_argument("--warehouse", metavar="PATH", help="DuckDB file [$KZELECT_WAREHOUSE, data/kzelect.duckdb]")
    export.set_defaults(handler=cmd_export)
    watch = sub.add_parser("watch", help="election night: poll the CEC listings, publish each new release at once",
                           description="Poll the first pages of the CEC release listings with conditional requests "
                           "every --interval seconds and fetch, validate and publish only what changed. An idle "
                           "cycle costs one request per listing page and starts no Prefect server. Ctrl-C or "
                           "SIGTERM stops it between cycles.")
    watch.add_argument("--interval", type=float, metavar="S",
                       help="seconds between polls [$KZELECT_WATCH_INTERVAL_S, default 30]")
    watch.add_argument("--once", action="store_true", help="one cycle, then exit (non-zero if it failed)")
    watch.add_argument("--snapshot", metavar="DIR", help="serve DIR/cec and DIR/osce on loopback and watch them")
    watch.add_argument("--cec-url", help="CEC base URL [$KZELECT_CEC_URL, default https://www.election.gov.kz]")
    watch.add_argument("--osce-url", help="OSCE base URL [$KZELECT_OSCE_URL] (its origin is allowed, not polled)")
    watch.add_argument("--warehouse", metavar="PATH", help="DuckDB file [$KZELECT_WAREHOUSE, data/kzelect.duckdb]")
    watch.add_argument("--archive", metavar="DIR", help="raw archive folder [$KZELECT_ARCHIVE, data/archive]")
    watch.set_defaults(handler=cmd_watch)
    return parser


def _one_line(exc: BaseException) -> tuple[str, int]:
    """An expected failure → (the line naming the thing and the cause, exit code)."""
    import duckdb

    from warehouse.load import WarehouseBusy
    from warehouse.migrate import WarehouseRefused  # light: duckdb only

    first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    if isinstance(exc, ValueError) and not isinstance(exc, UnicodeError):  # bad settings (file, environment, flags)
        return first, EXIT_USAGE
    if isinstance(exc, WarehouseRefused | WarehouseBusy | Unusable):  # nothing was modified
        return first, EXIT_FAILED
    if isinstance(exc, OSError) and exc.strerror:
        where = f"{exc.filename}: " if exc.filename else ""
        return f"{where}{exc.strerror.lower()}", EXIT_FAILED
    if isinstance(exc, duckdb.Error):
        if "lock" in first.lower():
            return f"the warehouse is held by another process ({first})", EXIT_FAILED
        return f"warehouse: {type(exc).__name__}: {first}", EXIT_FAILED
    return f"unexpected {type(exc).__name__}: {first} (run with -v for the traceback)", EXIT_FAILED


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    verbose = bool(getattr(args, "verbose", False))
    level = logging.INFO if verbose else logging.WARNING
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
    for handler in logging.getLogger().handlers:  # libraries that set their own loggers to INFO stay quiet too
        handler.setLevel(level)
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING if verbose else logging.ERROR)
    for name in DETAIL_LOGGERS:
        logging.getLogger(name).setLevel(logging.INFO if verbose else logging.ERROR)
    _prefect_env(Path(os.environ.get("KZELECT_PREFECT_HOME", "data/prefect")).resolve(), verbose)
    if args.command in WRITERS:  # the others keep Python's own Ctrl-C (a KeyboardInterrupt they handle)
        interrupts.install()
    try:
        if args.command in READERS:
            _check_readable(args)
        return args.handler(args)
    except interrupts.Interrupted as exc:
        return interrupts.finish(exc.signum)
    except KeyboardInterrupt:  # raised by a library before our handler was installed
        return interrupts.finish(interrupts.signal.SIGINT)
    except Exception as exc:  # every failure ends in one line; the traceback only under -v
        message, code = _one_line(exc)
        if verbose:
            traceback.print_exc()
        print(f"kzelect: {message}", file=sys.stderr)
        return code


if __name__ == "__main__":
    sys.exit(main())
