"""`python -m bench` (`make bench`): every benchmark, each printing its ratio against a baseline measured in the
same run and its goal; the headline ratios are kept in data/bench.json (bench/report.py).

`python -m bench NAME …` runs only those (harvest, load, text, extract, parse, scale, election_night).
"""

from __future__ import annotations

import importlib
import sys
import time

ORDER = ("harvest", "load", "text", "extract", "parse", "scale", "election_night")

if __name__ == "__main__":
    chosen = sys.argv[1:] or list(ORDER)
    unknown = [name for name in chosen if name not in ORDER]
    if unknown:
        sys.exit(f"bench: no benchmark {', '.join(unknown)} (choose from {', '.join(ORDER)})")
    began = time.perf_counter()
    for name in chosen:
        module = importlib.import_module(f"bench.{name}")
        print(f"== bench.{name} ==", flush=True)
        started = time.perf_counter()
        sys.argv = [module.__name__]  # each benchmark's defaults
        module.main()
        print(f"== bench.{name}: {time.perf_counter() - started:.0f} s ==\n", flush=True)
    print(f"all benchmarks: {time.perf_counter() - began:.0f} s; ratios in data/bench.json")
