"""The one configuration object: defaults, then a TOML file, then environment variables, then CLI flags.

Every knob (base URLs, paths, HTTP limits) is read here and nowhere else.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

LIVE_CEC_URL = "https://www.election.gov.kz"
LIVE_OSCE_URL = "https://www.osce.org"
CONFIG_FILE_ENV = "KZELECT_CONFIG"
TASK_RUNNERS = ("threads", "dask")
DEFAULT_CONFIG_FILE = "kzelect.toml"


@dataclass(frozen=True)
class HttpSettings:
    """One HTTP session's behaviour (sources/http.py reads nothing else)."""

    connect_timeout_s: float = 10.0
    read_timeout_s: float = 30.0
    total_timeout_s: float = 120.0  # budget for one request (each attempt), headers and body included
    max_attempts: int = 4  # first try + retries on connection errors, timeouts, 429, 5xx
    backoff_base_s: float = 1.0
    backoff_max_s: float = 60.0
    max_body_bytes: int = 50 * 1024 * 1024
    max_concurrency_per_origin: int = 2
    min_delay_per_origin_s: float = 0.0  # between request starts to one origin
    max_redirects: int = 5  # hops per fetch, each within the allowed origins
    respect_robots_txt: bool = True
    user_agent: str = "kzelect/0.1 (+https://github.com/kzelect/kzelect; election-observation data warehouse)"

    def __post_init__(self) -> None:  # refused when read, long before the first request
        _check_limits("http", self, positive=("connect_timeout_s", "read_timeout_s", "total_timeout_s",
                                              "max_attempts", "max_body_bytes", "max_concurrency_per_origin"),
                      non_negative=("backoff_base_s", "backoff_max_s", "min_delay_per_origin_s", "max_redirects"))
        if not self.user_agent.strip():
            raise ValueError("http.user_agent must not be empty")


@dataclass(frozen=True)
class Settings:
    cec_url: str = LIVE_CEC_URL
    osce_url: str = LIVE_OSCE_URL
    warehouse: Path = Path("data/kzelect.duckdb")
    archive: Path = Path("data/archive")
    cec_languages: tuple[str, ...] = ("rus", "kaz", "eng")
    osce_country_path: str = "/odihr/elections/kazakhstan"
    max_listing_pages: int = 200  # per CEC language; a guard against endless pagination
    max_links_per_listing: int = 500  # release links followed from one listing page (the rest: next run)
    max_documents_per_run: int = 2000  # documents fetched per run, newest first (the overflow is recorded)
    parse_time_budget_s: float = 20.0  # one document's parse; over it the document is recorded, not parsed again
    parse_text_budget_bytes: int = 5 * 1024 * 1024  # text extracted from one document
    lock_timeout_s: float = 60.0  # how long a second run waits for the warehouse lock
    fetch_workers: int = 4
    # CEC, OSCE ports for `run --snapshot`; 0 = any free port (document identity does not depend on it)
    snapshot_ports: tuple[int, ...] = (0, 0)
    # Where each source really lives: whichever base URL served a document (a mirror, the snapshot on any
    # port), raw.documents and the marts name it by its URL under this base (`cec_url` → `cec_canonical_url`).
    cec_canonical_url: str = LIVE_CEC_URL
    osce_canonical_url: str = LIVE_OSCE_URL
    # `rebuild` refuses to publish when a claim table would lose more than this share of its rows
    rebuild_max_shrink_pct: float = 5.0
    # Where parsing tasks run: "threads" (this process) or "dask" (worker processes: a local cluster of
    # `dask_workers` processes, or the scheduler at `dask_address`, e.g. "tcp://10.0.0.5:8786").
    task_runner: str = "threads"
    dask_address: str = ""
    dask_workers: int = 2
    # `kzelect watch` (election night): seconds between polls, and listing pages polled per language
    watch_interval_s: float = 30.0
    watch_listing_pages: int = 1
    # Publishing replays the last batch onto a standby file instead of copying the live one, once the live file
    # is at least this large (below it a copy is cheaper); warehouse/standby.py
    incremental_publish: bool = True
    incremental_publish_min_mb: float = 64.0
    http: HttpSettings = field(default_factory=HttpSettings)

    def __post_init__(self) -> None:
        for name in ("cec_url", "osce_url", "cec_canonical_url", "osce_canonical_url"):
            _check_base_url(name, getattr(self, name))
        _check_limits("", self, positive=("max_listing_pages", "max_links_per_listing", "max_documents_per_run",
                                          "parse_time_budget_s", "parse_text_budget_bytes", "fetch_workers",
                                          "dask_workers", "watch_interval_s", "watch_listing_pages"),
                      non_negative=("lock_timeout_s", "incremental_publish_min_mb"))
        if self.task_runner not in TASK_RUNNERS:
            raise ValueError(f"task_runner must be one of {', '.join(TASK_RUNNERS)}, not {self.task_runner!r}")
        if self.dask_address and not urlsplit(self.dask_address).netloc:
            raise ValueError(f"dask_address must be a scheduler address (tcp://host:8786), not {self.dask_address!r}")
        for name in ("warehouse", "archive"):
            if not str(getattr(self, name)).strip() or str(getattr(self, name)) == ".":
                raise ValueError(f"{name} must be a path, not {str(getattr(self, name))!r}")
        if len(self.snapshot_ports) != 2 or not all(0 <= p <= 65535 for p in self.snapshot_ports):
            raise ValueError(f"snapshot_ports must be two ports (0 = any free port), not {self.snapshot_ports!r}")
        if not 0 <= self.rebuild_max_shrink_pct <= 100:
            raise ValueError(f"rebuild_max_shrink_pct must be between 0 and 100, not {self.rebuild_max_shrink_pct}")

    def replace(self, **changes: Any) -> Settings:
        return dataclasses.replace(self, **{k: v for k, v in changes.items() if v is not None})

    def base_urls(self) -> dict[str, tuple[str, str]]:
        """source → (configured base URL, canonical base URL)."""
        return {"cec": (self.cec_url, self.cec_canonical_url), "osce": (self.osce_url, self.osce_canonical_url)}

    def canonical_url(self, url: str, source: str) -> str:
        """The URL of a document on its real site, whichever base URL served it."""
        base, canonical = self.base_urls()[source]
        return rebase_url(url, base, canonical)

    def fetch_url(self, canonical: str, source: str) -> str:
        """Where to request a canonically named document from, under the configured base URL."""
        base, canonical_base = self.base_urls()[source]
        return rebase_url(canonical, canonical_base, base)


def _check_limits(section: str, obj: object, positive: tuple[str, ...], non_negative: tuple[str, ...]) -> None:
    prefix = f"{section}." if section else ""
    for name in positive:
        if not getattr(obj, name) > 0:
            raise ValueError(f"{prefix}{name} must be positive, not {getattr(obj, name)!r}")
    for name in non_negative:
        if not getattr(obj, name) >= 0:
            raise ValueError(f"{prefix}{name} must be zero or more, not {getattr(obj, name)!r}")


class Unusable(RuntimeError):
    """A folder the run must write is not writable (or not a folder): said in one line before anything starts."""


def check_writable(folder: Path, what: str) -> None:
    """`folder` (created when missing) must be a folder this process can create files in: probed by creating
    one, since permission bits say nothing on a read-only mount or to root."""
    import tempfile

    existing = folder
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if not existing.is_dir():
        raise Unusable(f"{what} {folder}: {existing} is not a folder")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as exc:
        raise Unusable(f"{what} {folder} is not writable ({(exc.strerror or str(exc)).lower()})") from None


def check_snapshot(path: Path) -> Path:
    """The `--snapshot` folder: it must exist and hold cec/ and/or osce/ (else every URL would be a 404)."""
    if not path.is_dir():
        raise ValueError(f"snapshot {path}: no such directory")
    if not any((path / site).is_dir() for site in ("cec", "osce")):
        raise ValueError(f"snapshot {path}: holds neither cec/ nor osce/ (not a mirror of the two sites)")
    return path


def _check_base_url(name: str, value: str) -> None:
    parts = urlsplit(value)
    if parts.scheme not in {"http", "https"} or not parts.netloc or parts.query or parts.fragment:
        raise ValueError(f"{name} must be an http(s) base URL without query or fragment, not {value!r}")


def rebase_url(url: str, base: str, target: str) -> str:
    """`url` under `base` → the same path under `target`. A URL outside `base` (an archive record written
    by a mirror on another port) keeps its path and query and takes `target`'s origin."""
    base, target = base.rstrip("/"), target.rstrip("/")
    if url == base or url.startswith(base + "/"):
        return target + url[len(base):]
    parts = urlsplit(url)
    return target + (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


# Environment variable → Settings field (HTTP fields are KZELECT_HTTP_<FIELD>).
ENV_VARS = {
    "KZELECT_CEC_URL": "cec_url",
    "KZELECT_OSCE_URL": "osce_url",
    "KZELECT_WAREHOUSE": "warehouse",
    "KZELECT_ARCHIVE": "archive",
    "KZELECT_LOCK_TIMEOUT": "lock_timeout_s",
    "KZELECT_FETCH_WORKERS": "fetch_workers",
    "KZELECT_SNAPSHOT_PORTS": "snapshot_ports",
    "KZELECT_CEC_CANONICAL_URL": "cec_canonical_url",
    "KZELECT_OSCE_CANONICAL_URL": "osce_canonical_url",
    "KZELECT_REBUILD_MAX_SHRINK_PCT": "rebuild_max_shrink_pct",
    "KZELECT_MAX_LISTING_PAGES": "max_listing_pages",
    "KZELECT_MAX_LINKS_PER_LISTING": "max_links_per_listing",
    "KZELECT_MAX_DOCUMENTS_PER_RUN": "max_documents_per_run",
    "KZELECT_PARSE_TIME_BUDGET_S": "parse_time_budget_s",
    "KZELECT_PARSE_TEXT_BUDGET_BYTES": "parse_text_budget_bytes",
    "KZELECT_TASK_RUNNER": "task_runner",
    "KZELECT_DASK_ADDRESS": "dask_address",
    "KZELECT_DASK_WORKERS": "dask_workers",
    "KZELECT_WATCH_INTERVAL_S": "watch_interval_s",
    "KZELECT_WATCH_LISTING_PAGES": "watch_listing_pages",
    "KZELECT_INCREMENTAL_PUBLISH": "incremental_publish",
    "KZELECT_INCREMENTAL_PUBLISH_MIN_MB": "incremental_publish_min_mb",
}


def _coerce(template: Any, value: Any) -> Any:
    if isinstance(template, bool):
        return value if isinstance(value, bool) else str(value).lower() in {"1", "true", "yes", "on"}
    if isinstance(template, Path):
        return Path(value)
    if isinstance(template, tuple):
        items = value if isinstance(value, list | tuple) else str(value).split(",")
        return tuple(type(template[0])(v) for v in items) if template else tuple(items)
    if isinstance(template, int):
        if isinstance(value, float) and not value.is_integer():
            raise ValueError(f"{value!r} is not a whole number")
        return int(value)
    if isinstance(template, float):
        return float(value)
    return str(value)


def _apply(obj: Any, values: dict[str, Any], origin: str) -> Any:
    known = {f.name: f for f in fields(obj)}
    changes: dict[str, Any] = {}
    for key, value in values.items():
        if key not in known:
            raise ValueError(f"{origin}: unknown setting {key!r}")
        current = getattr(obj, key)
        if dataclasses.is_dataclass(current):
            if not isinstance(value, dict):
                raise ValueError(f"{origin}: [{key}] must be a table")
            changes[key] = _apply(current, value, f"{origin} [{key}]")
        else:
            try:
                changes[key] = _coerce(current, value)
            except (TypeError, ValueError) as exc:
                raise ValueError(f"{origin}: bad value for {key!r}: {value!r}") from exc
    try:
        return dataclasses.replace(obj, **changes)
    except ValueError as exc:  # a value of the right type but out of range: say where it came from
        raise ValueError(f"{origin}: {exc}") from None


def load_settings(config_file: Path | None = None, env: dict[str, str] | None = None) -> Settings:
    """Defaults, overridden by the config file (if any), overridden by environment variables."""
    env = dict(os.environ if env is None else env)
    settings = Settings()
    path = config_file or Path(env.get(CONFIG_FILE_ENV, DEFAULT_CONFIG_FILE))
    if path.is_file():
        try:
            with path.open("rb") as fh:
                values = tomllib.load(fh)
        except tomllib.TOMLDecodeError as exc:  # its message ends "(at line L, column C)"
            raise ValueError(f"{path}: TOML syntax error: {exc}") from None
        except OSError as exc:
            raise ValueError(f"config file {path}: {exc.strerror or exc}") from None
        settings = _apply(settings, values, str(path))
    elif config_file is not None or CONFIG_FILE_ENV in env:
        raise ValueError(f"config file {path} does not exist")
    from_env: dict[str, Any] = {name: env[var] for var, name in ENV_VARS.items() if var in env}
    http_env = {
        f.name: env[f"KZELECT_HTTP_{f.name.upper()}"]
        for f in fields(HttpSettings)
        if f"KZELECT_HTTP_{f.name.upper()}" in env
    }
    if http_env:
        from_env["http"] = http_env
    return _apply(settings, from_env, "environment")
