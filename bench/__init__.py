"""National-scale benchmarks: ``python -m bench.run`` (``make bench``); see docs/bench.md."""
