"""Benchmarks: a deterministic corpus generator and a runner (`make bench`).

Speed and memory are measured here, on demand, never asserted by timed tests.
"""
