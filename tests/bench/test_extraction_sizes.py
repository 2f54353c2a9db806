"""The bench's extraction rows measure each text in a fresh process with its own peak memory."""

from __future__ import annotations

from pathlib import Path

from bench.extraction import measure_sizes

# The bench process is large by the time it measures extraction (2 GB after serving 10^6 quads);
# this test makes its own process large enough to tell the two apart.
PARENT_MB = 400


def test_a_small_text_reports_its_own_small_peak_not_the_bench_process(tmp_path: Path) -> None:
    ballast = b"\x01" * (PARENT_MB << 20)  # written, so resident in this process
    result = measure_sizes(tmp_path, {"10 KB": 10_000}, load_sizes=("10 KB",))
    (row,) = result["rows"]
    assert len(ballast) == PARENT_MB << 20
    assert row["facts"] > 0 and row["quads"] > row["facts"]
    for phase in ("extraction", "with_quads", "load"):
        assert 10 < row[phase]["peak_rss_mb"] < PARENT_MB / 2, (phase, row[phase])
    assert row["peak_rss_mb"] == row["with_quads"]["peak_rss_mb"]
