"""Source ids are safe in IRIs and URLs whatever the file is called, and a curated CSV's bad
cell is a one-line error naming its row and column."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pyoxigraph import NamedNode

from graph.ingest import load_paths
from graph.store import open_store
from graph.validate import validate_store
from loaders.sources import SAFE_SOURCE_ID, SourceError, source_id_of
from strategy_lineage import vocab
from tests.conftest import SOURCES

SEED = SOURCES / "000_e0d006e98f43459c.txt"
ODD_NAMES = [
    "Cabinet report 2016.txt",
    "Strategaeth Gymraeg – ŵ.txt",
    "q?x=1.txt",
    "50% #2.md",
    "..txt",
    "日本語の計画.txt",
    "tab\there.txt",
    "a" * 240 + ".txt",
    "-leading dash.txt",
    "trailing dot..txt",
]


@pytest.mark.parametrize("name", ["002_7e30c0936a50fbe4.txt", "v1.2-final_draft.md", "Plan2016.text"])
def test_a_safe_file_name_is_its_own_id(name: str) -> None:
    assert source_id_of(Path(name)) == Path(name).stem


@pytest.mark.parametrize("name", ODD_NAMES)
def test_any_file_name_gives_a_safe_deterministic_id(name: str) -> None:
    source_id = source_id_of(Path(name))
    assert SAFE_SOURCE_ID.fullmatch(source_id) and not source_id.endswith(".")
    assert source_id == source_id_of(name) == source_id_of(Path("elsewhere") / name)
    assert source_id_of(source_id + ".txt") == source_id  # a safe id is its own id
    NamedNode(vocab.source_iri(source_id).value)  # a valid IRI


def test_names_that_slug_alike_keep_distinct_ids() -> None:
    names = [
        "Cabinet report 2016.txt",
        "Cabinet-report-2016.txt",
        "Cabinet  report 2016.txt",
        "Cabinet_report?2016.txt",
    ]
    assert len({source_id_of(name) for name in names}) == len(names)


def test_documents_with_odd_names_load_and_validate(tmp_path: Path) -> None:
    folder = tmp_path / "incoming"
    folder.mkdir()
    for name in ODD_NAMES:
        shutil.copyfile(SEED, folder / name)
        shutil.copyfile(SEED.with_suffix(".toml"), (folder / name).with_suffix(".toml"))
    store = open_store(tmp_path / "store")
    results = load_paths(store, [SOURCES, folder])  # with the seeds, so that the whole store validates
    assert {r.source_id for r in results} >= {source_id_of(name) for name in ODD_NAMES}
    by_id = {s.source_id: s.file_name for s in store.sources()}
    assert {source_id_of(name): name for name in ODD_NAMES}.items() <= by_id.items()  # the name as written is kept
    assert validate_store(store).conforms


HEADER = "subject,relation,object,curator,asserted_at,reason,citation\n"
BAD_CELLS = [
    ("http://example.org/a plan,sl:supersedes,strategy:x,An Officer,2024-01-02,known,\n", "row 2, column subject"),
    ("strategy:a,sl:super sedes,strategy:x,An Officer,2024-01-02,known,\n", "row 2, column relation"),
    ("strategy:a,sl:supersedes,https://example.org/<b>,An Officer,2024-01-02,known,\n", "row 2, column object"),
    ("strategy:a,sl:supersedes,strategy:b,An Officer,02/01/2024,known,\n", "row 2, column asserted_at"),
]


@pytest.mark.parametrize("row,where", BAD_CELLS)
def test_a_bad_curated_cell_names_its_row_and_column(tmp_path: Path, row: str, where: str) -> None:
    good = "strategy:a,sl:supersedes,strategy:b,An Officer,2024-01-02,known,\n"
    path = tmp_path / "curated facts 2024.csv"
    path.write_text(HEADER + row + good, encoding="utf-8")
    store = open_store(tmp_path / "store")
    with pytest.raises(SourceError) as raised:
        load_paths(store, [path])
    message = str(raised.value)
    assert where in message and "\n" not in message
    assert len(store) == 0


def test_an_unreadable_csv_is_a_source_error(tmp_path: Path) -> None:
    path = tmp_path / "huge cell.csv"
    path.write_text(HEADER + 'strategy:a,sl:supersedes,"' + "x" * 200_000 + '",An Officer,2024-01-02,known,\n')
    with pytest.raises(SourceError, match="not a readable CSV"):
        load_paths(open_store(tmp_path / "store"), [path])
