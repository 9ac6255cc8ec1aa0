"""The project's vocabularies and lexicons are YAML files beside the code: read each once per process."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

# libyaml's safe loader when PyYAML was built with it: the same documents, parsed several times faster (the data
# files are read on every process's first document, so their parse is part of every run's start).
SAFE_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse_yaml(text: str) -> Any:
    """A YAML document read as `yaml.safe_load` reads it."""
    return yaml.load(text, Loader=SAFE_LOADER)


@cache
def read_yaml(path: Path) -> Any:
    """One data file, parsed (cached: callers must not mutate what it returns)."""
    return parse_yaml(path.read_text(encoding="utf-8"))
