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
    snapshot_ports: tuple[int, ...] = (8401, 8402)  # CEC, OSCE: `run --snapshot` serves the mirror there
    http: HttpSettings = field(default_factory=HttpSettings)

    def replace(self, **changes: Any) -> Settings:
        return dataclasses.replace(self, **{k: v for k, v in changes.items() if v is not None})


# Environment variable → Settings field (HTTP fields are KZELECT_HTTP_<FIELD>).
ENV_VARS = {
    "KZELECT_CEC_URL": "cec_url",
    "KZELECT_OSCE_URL": "osce_url",
    "KZELECT_WAREHOUSE": "warehouse",
    "KZELECT_ARCHIVE": "archive",
    "KZELECT_LOCK_TIMEOUT": "lock_timeout_s",
    "KZELECT_FETCH_WORKERS": "fetch_workers",
    "KZELECT_SNAPSHOT_PORTS": "snapshot_ports",
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
