"""`python -m bench`: every benchmark, each printing its ratio against a baseline measured in the same run."""

from __future__ import annotations

import sys

from bench import extract, harvest, load, text

if __name__ == "__main__":
    for module in (harvest, load, text, extract):
        sys.argv = [module.__name__]
        module.main()
        print()
