"""The project's vocabularies and lexicons are YAML files beside the code: read each once per process."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml


@cache
def read_yaml(path: Path) -> Any:
    """One data file, parsed (cached: callers must not mutate what it returns)."""
    with path.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)
