"""Bad files are refused with a clear message, and nothing already stored changes."""

from __future__ import annotations

import gc
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli import app
from graph.ingest import load_paths, withdraw
from graph.store import Store, open_store
from loaders.sources import SourceError
from strategy_lineage import vocab
from tests.conftest import DATA, SOURCES

runner = CliRunner()

BAD_FILES = {
    "empty.txt": (b"   \n", "empty"),
    "binary.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
    "japanese.txt": (
        "会議の議事録です。計画は承認されました。".encode("shift_jis"),
        "not UTF-8 text .* looks like cp932",
    ),
    "utf16-no-bom.txt": ("Subject: plan\nTo: Council\n".encode("utf-16-le"), "UTF-16 .* without a byte-order mark"),
    "facts.csv": (b"subject,relation\nx,y\n", "lacks column"),
}


@pytest.fixture()
def loaded_store(tmp_path: Path) -> Store:
    store = open_store(tmp_path / "store")
    load_paths(store, [SOURCES])
    return store


def snapshot(store: Store) -> tuple[int, int, frozenset]:
    return store.version, len(store), frozenset(str(q) for q in store.quads())


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_file_is_refused_and_store_unchanged(loaded_store: Store, tmp_path: Path, name: str) -> None:
    content, message = BAD_FILES[name]
    folder = tmp_path / "incoming"
    folder.mkdir()
    shutil.copy(SOURCES / "000_e0d006e98f43459c.txt", folder / "good_copy.txt")
    (folder / name).write_bytes(content)
    before = snapshot(loaded_store)
    with pytest.raises(SourceError, match=message) as raised:
        load_paths(loaded_store, [folder])
    assert name in str(raised.value)
    assert snapshot(loaded_store) == before  # not even the good file in the same batch was written


def test_cli_reports_bad_file_in_one_line_with_nonzero_exit(tmp_path: Path) -> None:
    bad = tmp_path / "empty.txt"
    bad.write_text("")
    result = runner.invoke(app, ["load", str(bad), "--store", str(tmp_path / "store")])
    assert result.exit_code == 1
    assert "empty.txt: the file is empty (nothing was written)" in result.output


def test_missing_path_and_malformed_query(tmp_path: Path) -> None:
    store = str(tmp_path / "store")
    result = runner.invoke(app, ["load", str(tmp_path / "nope.txt"), "--store", store])
    assert result.exit_code == 1 and "no such file or folder" in result.output
    runner.invoke(app, ["load", str(SOURCES / "000_e0d006e98f43459c.txt"), "--store", store])
    query = tmp_path / "bad.rq"
    query.write_text("SELECT ?s WHERE { ?s ?p }")
    result = runner.invoke(app, ["query", str(query), "--store", store])
    assert result.exit_code == 1 and "malformed SPARQL query" in result.output


def test_loading_twice_changes_nothing(loaded_store: Store) -> None:
    before = snapshot(loaded_store)
    results = load_paths(loaded_store, [SOURCES])
    assert {r.status for r in results} == {"unchanged"}
    assert snapshot(loaded_store) == before


def test_forced_reload_mints_the_same_triples(loaded_store: Store) -> None:
    def without_load_time(store: Store) -> frozenset:
        # The meta graph's write log records the reload itself; the sources' graphs must not change.
        return frozenset(
            str(q)
            for q in store.quads()
            if not q.predicate.value.endswith(("loadedAt", "graphVersion")) and q.graph_name != vocab.meta_graph()
        )

    before = without_load_time(loaded_store)
    results = load_paths(loaded_store, [SOURCES], force=True)
    assert {r.status for r in results} == {"reloaded"}
    assert without_load_time(loaded_store) == before


def test_withdraw_removes_exactly_one_source(loaded_store: Store) -> None:
    graphs_before = {str(g) for g in loaded_store.graphs()}
    assert withdraw(loaded_store, "002_7e30c0936a50fbe4")
    graphs_after = {str(g) for g in loaded_store.graphs()}
    assert graphs_before - graphs_after == {"<http://localhost:8000/graph/source/002_7e30c0936a50fbe4>"}
    assert not loaded_store.query("ASK { ?e dcterms:source/dcterms:identifier '002_7e30c0936a50fbe4' }")
    assert not withdraw(loaded_store, "002_7e30c0936a50fbe4")


def test_cli_walkthrough(tmp_path: Path) -> None:
    store = str(tmp_path / "store")
    result = runner.invoke(app, ["load", str(DATA), "--store", store])
    assert result.exit_code == 0, result.output
    assert "loaded     003_e8b9a6c9523d440f" in result.output
    listing = runner.invoke(app, ["sources", "--store", store])
    assert "004_e00e668bf0bcf141" in listing.output and "CuratedSource" in listing.output
    exported = runner.invoke(app, ["export", "--format", "nquads", "--store", store])
    assert "<http://localhost:8000/graph/source/000_e0d006e98f43459c>" in exported.output
    assert runner.invoke(app, ["export", "--format", "yaml", "--store", store]).exit_code == 1
    withdrawn = runner.invoke(app, ["withdraw", "nothing-here", "--store", store])
    assert withdrawn.exit_code == 1 and "no source 'nothing-here'" in withdrawn.output


def test_keep_going_loads_the_good_files_and_reports_the_bad(tmp_path: Path) -> None:
    folder = tmp_path / "incoming"
    folder.mkdir()
    shutil.copy(SOURCES / "000_e0d006e98f43459c.txt", folder / "good_copy.txt")
    (folder / "shopping.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    store = str(tmp_path / "store")
    result = runner.invoke(app, ["load", str(folder), "--keep-going", "--store", store])
    assert result.exit_code == 1
    assert "loaded     good_copy" in result.output
    assert "shopping.txt: looks like a binary file" in result.output and "(skipped)" in result.output
    del result  # its traceback holds the command's open store; a real CLI process would have exited
    gc.collect()
    assert "good_copy" in runner.invoke(app, ["sources", "--store", store]).output
