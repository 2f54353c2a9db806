"""``strategy-lineage synth``: writes and loads the corpus; bad options give one clear line."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from bench import synthetic
from cli import app
from graph.store import open_store
from strategy_lineage import vocab

runner = CliRunner()


def test_writes_the_same_quads_as_the_generator(tmp_path):
    out = tmp_path / "corpus.nq"
    result = runner.invoke(app, ["synth", "--councils", "1", "--seed", "3", "--out", str(out)])
    assert result.exit_code == 0, result.output
    written = list(ox.parse(path=str(out), format=ox.RdfFormat.N_QUADS))
    assert written == list(synthetic.quads(1, seed=3))
    assert f"wrote {len(written):,} quads" in result.output


def test_loads_into_the_store(tmp_path):
    store_path = tmp_path / "store"
    result = runner.invoke(app, ["synth", "--councils", "1", "--load", "--store", str(store_path)])
    assert result.exit_code == 0, result.output
    store = open_store(store_path, read_only=True)
    in_sources = sum(1 for q in store.quads() if q.graph_name.value.startswith(vocab.source_graph_prefix()))
    assert in_sources == sum(1 for _ in synthetic.quads(1))
    assert {s.source_id for s in store.sources()} == {e.source_id for e in synthetic.sources(1)}
    # Like any load, it leaves the lineage engine's inferences in place and bumps the version.
    assert store.has_graph(vocab.inference_graph()) and store.version >= 1


@pytest.mark.parametrize(
    "args, message",
    [
        (["--councils", "0", "--out", "x.nq"], "--councils must be at least 1"),
        ([], "nothing to do"),
        (["--out", "corpus.ttl"], "must end in .nq"),
        (["--out", "missing/corpus.nq"], "no such folder"),
    ],
)
def test_bad_options_fail_with_one_line(tmp_path, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["synth", *args])
    assert result.exit_code == 1
    assert message in result.output
    assert not list(tmp_path.iterdir())  # nothing written
