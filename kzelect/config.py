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


@dataclass(frozen=True)
class Settings:
    cec_url: str = LIVE_CEC_URL
    osce_url: str = LIVE_OSCE_URL
    warehouse: Path = Path("data/kzelect.duckdb")
    archive: Path = Path("data/archive")
    cec_languages: tuple[str, ...] = ("rus", "kaz", "eng")
    osce_country_path: str = "/odihr/elections/kazakhstan"
    max_listing_pages: int = 200  # per CEC language; a guard against endless pagination
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
    http: HttpSettings = field(default_factory=HttpSettings)

    def __post_init__(self) -> None:
        for name in ("cec_url", "osce_url", "cec_canonical_url", "osce_canonical_url"):
            _check_base_url(name, getattr(self, name))
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
    return dataclasses.replace(obj, **changes)


def load_settings(config_file: Path | None = None, env: dict[str, str] | None = None) -> Settings:
    """Defaults, overridden by the config file (if any), overridden by environment variables."""
    env = dict(os.environ if env is None else env)
    settings = Settings()
    path = config_file or Path(env.get(CONFIG_FILE_ENV, DEFAULT_CONFIG_FILE))
    if path.is_file():
        with path.open("rb") as fh:
            settings = _apply(settings, tomllib.load(fh), str(path))
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
