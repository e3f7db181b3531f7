"""`make bench`: run every bench/bench_*.py module's main() in turn (or only those named)."""

from __future__ import annotations

import importlib
import pkgutil
import sys

import bench


def main(names: list[str]) -> int:
    for info in sorted(pkgutil.iter_modules(bench.__path__), key=lambda m: m.name):
        if not info.name.startswith("bench_"):
            continue
        if names and not any(n in info.name for n in names):
            continue
        print(f"== {info.name}")
        importlib.import_module(f"bench.{info.name}").main()
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
