"""JSON decoding for the data files read on every run (the bank's index, the kept verdicts):
orjson where it is installed, the standard library's decoder otherwise (the same objects).

A draft decodes ~2.3 MB of the index's blocks (38 ms with json, 17 ms with orjson) and ~16
files of kept answers (~25 ms with json): benchmarks/RESULTS.md, 7 December."""

from __future__ import annotations

try:
    from orjson import loads
except ImportError:  # pragma: no cover - a platform without an orjson wheel
    from json import loads  # type: ignore[assignment]

__all__ = ["loads"]
