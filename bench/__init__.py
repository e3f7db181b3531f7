"""Benchmarks: each bench_*.py prints its figures beside a baseline measured in the same run."""
