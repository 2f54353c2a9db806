"""National-scale benchmarks: ``python -m bench.run`` (``make bench``); see docs/readme/bench.md."""
