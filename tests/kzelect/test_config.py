"""One configuration object: defaults, then a TOML file, then environment variables."""

from __future__ import annotations

from pathlib import Path

import pytest

from kzelect.config import LIVE_CEC_URL, load_settings


def test_defaults_are_the_live_sites(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # no kzelect.toml here
    settings = load_settings(env={})
    assert settings.cec_url == LIVE_CEC_URL
    assert settings.http.connect_timeout_s > 0 and settings.http.read_timeout_s > 0


def test_file_then_environment(tmp_path: Path) -> None:
    config = tmp_path / "kzelect.toml"
    config.write_text('cec_url = "http://127.0.0.1:1"\nwarehouse = "w.duckdb"\n[http]\nmax_attempts = 7\n')
    settings = load_settings(config, env={"KZELECT_WAREHOUSE": "env.duckdb", "KZELECT_HTTP_MAX_BODY_BYTES": "10",
                                          "KZELECT_SNAPSHOT_PORTS": "9001,9002"})
    assert settings.cec_url == "http://127.0.0.1:1"
    assert settings.warehouse == Path("env.duckdb")  # the environment overrides the file
    assert settings.http.max_attempts == 7 and settings.http.max_body_bytes == 10
    assert settings.snapshot_ports == (9001, 9002)


@pytest.mark.parametrize(
    ("content", "message"),
    [("no_such_setting = 1\n", "unknown setting 'no_such_setting'"),
     ("[http]\nmax_attempts = \"many\"\n", "bad value for 'max_attempts'")],
    ids=["unknown", "bad-type"],
)
def test_bad_settings_say_what_is_wrong(tmp_path: Path, content: str, message: str) -> None:
    config = tmp_path / "kzelect.toml"
    config.write_text(content)
    with pytest.raises(ValueError, match=message):
        load_settings(config, env={})


def test_a_named_config_file_must_exist(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="does not exist"):
        load_settings(env={"KZELECT_CONFIG": str(tmp_path / "missing.toml")})
