"""Benchmarks of Samenwerk: `make bench` runs every bench_*.py module here."""
