"""Loading sources into the store: one transaction per source, idempotent, all-or-nothing.

``load_paths`` reads every file first (so a bad file is reported before anything is
written), then replaces each changed source's named graph atomically. A source whose
bytes are unchanged since it was loaded is skipped, so loading the same folder twice
changes nothing.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from pyoxigraph import NamedNode, Quad

from graph.changes import change_log
from graph.inference import inference_inputs, inferences_current, refresh_inferences, touched_by
from graph.store import SourceInfo, Store, now_iso
from graph.touched import recorded_write
from loaders import formats, registry
from loaders.curated import CURATED_SUFFIXES, extract_curated
from loaders.extract import extract, extract_stored
from loaders.facts import LazyQuads, SourceExtraction, evidence_count, rule_description
from loaders.sources import METADATA_SUFFIX, SourceError, source_id_of
from strategy_lineage import vocab

LOADABLE = formats.SUFFIXES | CURATED_SUFFIXES
# Folders of reference data the loaders read (lexicons, tables of Acts): never sources.
REFERENCE_FOLDER = "reference"


@dataclass(frozen=True)
class LoadResult:
    source_id: str
    status: str  # "loaded" | "reloaded" | "unchanged"
    facts: int
    quads: int
    warnings: tuple[str, ...] = ()


def find_sources(paths: Iterable[Path], passed_over: list[tuple[Path, str]] | None = None) -> list[Path]:
    """Files to load: the files named, and loadable files anywhere under the folders named.
    Every other file under those folders goes into ``passed_over`` with the reason."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(_folder_sources(path, passed_over if passed_over is not None else []))
        elif path.exists():
            found.append(path)
        else:
            raise SourceError(f"{path}: no such file or folder")
    if not found:
        raise SourceError("no loadable files found (expected .txt/.md sources or curated .csv files)")
    ids: dict[str, Path] = {}
    for path in found:
        other = ids.setdefault(source_id_of(path), path)
        if other != path:
            raise SourceError(f"{path}: same source id as {other}; source file names must be unique")
    return found


def _folder_sources(folder: Path, passed_over: list[tuple[Path, str]]) -> list[Path]:
    found, metadata = [], []
    for root, dirs, files in os.walk(folder):
        for name in sorted(d for d in dirs if d.startswith(".")):
            passed_over.append((Path(root) / name, "hidden folder"))
        # Reference data the loaders read (data/reference) is the project's own, not a source.
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d != REFERENCE_FOLDER)
        for name in sorted(files):
            path = Path(root) / name
            suffix = path.suffix.lower()
            if name.startswith("~$"):
                passed_over.append((path, "a word processor's temporary lock file"))
            elif suffix in LOADABLE:
                found.append(path)
            elif suffix == METADATA_SUFFIX:
                metadata.append(path)
            else:
                passed_over.append(
                    (
                        path,
                        f"{suffix or 'no extension'}: not a format that is read "
                        f"(expected one of {', '.join(sorted(LOADABLE))})",
                    )
                )
    stems = {(p.parent, p.stem) for p in found}
    passed_over.extend(
        (m, "metadata with no source file of the same name beside it")
        for m in metadata
        if (m.parent, m.stem) not in stems
    )
    return sorted(found)


def extract_any(path: Path) -> SourceExtraction:
    if path.suffix.lower() in CURATED_SUFFIXES:
        return extract_curated(path)
    return extract(path)


def store_extraction(
    store: Store,
    extraction: SourceExtraction,
    force: bool = False,
    who: str | None = None,
    touched: set[str] | None = None,
) -> LoadResult:
    """Replace one source's named graph with this extraction (skipped when unchanged), keep
    the original file, and log the write (by ``who``: a token's name or how it was made; None
    leaves the writer out of the log). What the write changed for the inference rules is
    added to ``touched`` (see graph.inference.touched_by)."""
    previous = store.source_sha256(extraction.source_id)
    # Facts as `sources` counts them: one per evidence node (standard-vocabulary twins included).
    facts = evidence_count(extraction)
    if previous == extraction.sha256 and not force:
        return LoadResult(extraction.source_id, "unchanged", facts, 0, tuple(extraction.warnings))
    if extraction.source_file is not None:
        store.originals.put(extraction.source_file.data)
    at = now_iso()
    quads = LazyQuads(extraction, at)  # made as the store writes them: never all held at once
    log = change_log(
        "replace" if previous else "load", extraction.source_id, who, at, extraction.sha256, store.version + 1
    )
    graph = vocab.source_graph(extraction.source_id)
    before = inference_inputs(store, graph) if touched is not None else set()
    recorded_write(store, [graph], lambda: store.replace_graph(graph, quads, log))
    if touched is not None:
        touched |= touched_by(store, graph, before, inference_inputs(store, graph))
    return LoadResult(
        extraction.source_id, "reloaded" if previous else "loaded", facts, len(quads), tuple(extraction.warnings)
    )


def load_paths(
    store: Store,
    paths: Iterable[Path],
    force: bool = False,
    who: str | None = None,
) -> list[LoadResult]:
    """Load the files named and every loadable file under the folders named (see load_files)."""
    return load_files(store, find_sources(paths), force=force, who=who)


def load_files(
    store: Store,
    files: list[Path],
    force: bool = False,
    progress: Callable[[Path], None] | None = None,
    skipped: list[SourceError] | None = None,
    who: str | None = None,
) -> list[LoadResult]:
    """Extract every file, then store each. By default a bad file raises SourceError before
    anything is written; with a ``skipped`` list, bad files are recorded there instead and
    the good ones are loaded (each still in its own transaction)."""
    extractions = []
    for path in files:
        try:
            extractions.append(extract_any(path))
        except SourceError as err:
            if skipped is None:
                raise
            skipped.append(err)
        if progress:
            progress(path)
    return store_extractions(store, extractions, force, who)


def store_extractions(
    store: Store, extractions: list[SourceExtraction], force: bool = False, who: str | None = None
) -> list[LoadResult]:
    """Store each extraction (one transaction each, logged as ``who``'s), then refresh what
    depends on all sources."""
    # In full when the last refresh did not see the store as it is (a load killed after writing
    # a source but before its refresh: its series are brought up to date by the next load).
    current = inferences_current(store)
    touched: set[str] = set()
    results = [store_extraction(store, extraction, force, who, touched) for extraction in extractions]
    describe_rules(store)  # first: the refresh's stamp is then of the version the load leaves
    after_write(store, touched if current else None)
    store.flush()
    return results


def withdraw(store: Store, source_id: str, who: str | None = None) -> bool:
    """Remove exactly the named graph of ``source_id`` (and log it); False if it was not loaded."""
    log = change_log("withdraw", source_id, who, now_iso(), store.source_sha256(source_id), store.version + 1)
    graph = vocab.source_graph(source_id)
    current, before = inferences_current(store), inference_inputs(store, graph)
    removed = recorded_write(store, [graph], lambda: store.drop_graph(graph, log))
    if removed:
        after_write(store, touched_by(store, graph, before, set()) if current else None)
        store.flush()
    return removed


def describe_rules(store: Store) -> bool:
    """Keep the rules graph equal to the registry: each rule evidence may cite, with its label,
    description and example (rewritten only when the registry changed)."""
    wanted = {triple for rule in registry.rules() for triple in rule_description(rule.name)}
    graph = vocab.rules_graph()
    if {(q.subject, q.predicate, q.object) for q in store.quads(graph)} == wanted:
        return False
    quads = [Quad(s, p, o, graph) for s, p, o in sorted(wanted, key=str)]
    recorded_write(store, [graph], lambda: store.replace_graph(graph, quads))
    return True


# The classes older stores gave sources of kinds since renamed.
_LEGACY_CLASSES = {"DecisionNotice": "forward-plan-entry", "MeetingRecord": "issue-meetings"}


def reread_sources(store: Store) -> list[str]:
    """Read every stored document again from the text and metadata the store holds for it, and
    replace all their graphs in one transaction (a store upgrade: how IRIs are minted changed).
    Curated and generated sources are kept as they are. Returns the source ids read again."""
    graphs: dict[NamedNode, LazyQuads] = {}
    for info in store.sources():
        stored = _stored_document(store, info)
        if stored is None:
            continue
        text, metadata = stored
        metadata["sha256"] = info.sha256  # of the file's bytes, as first loaded
        extraction = extract_stored(info.source_id, info.file_name, text, metadata)
        original = store.originals.get(info.sha256)
        if original is not None:  # the file it was read from is kept: its media type, size and pages too
            extraction.source_file = formats.read(original, info.file_name)
        graphs[extraction.graph] = LazyQuads(extraction, info.loaded_at)
    store.replace_graphs(graphs)
    describe_rules(store)
    after_write(store)
    store.flush()
    return [g.value.rsplit("/", 1)[-1] for g in graphs]


def _stored_document(store: Store, info: SourceInfo) -> tuple[str, dict[str, str]] | None:
    """The text and metadata a source was loaded with, as its graph records them; None for
    sources not read from a text (curated facts, generated benchmark sources)."""
    kinds = {cls: name for name, cls in registry.source_classes().items()} | _LEGACY_CLASSES
    if info.kind not in kinds or info.file_name.startswith("synthetic/"):
        return None
    doc = f"<{info.iri}>"
    rows = store.select(f"""
        SELECT ?content ?title ?date ?url ?description ?label ?publisher WHERE {{
          GRAPH <{info.graph}> {{ {doc} sl:content ?content .
            OPTIONAL {{ {doc} dcterms:title ?title }} OPTIONAL {{ {doc} dcterms:date ?date }}
            OPTIONAL {{ {doc} schema:url ?url }} OPTIONAL {{ {doc} dcterms:description ?description }}
            OPTIONAL {{ {doc} dcterms:type ?label }} OPTIONAL {{ {doc} dcterms:publisher ?iri }} }}
          OPTIONAL {{ ?iri rdfs:label ?publisher }}
        }} LIMIT 1""")
    if not rows:
        return None
    row = rows[0]
    metadata: dict[str, str] = {
        key: row[key].value for key in ("title", "date", "url", "description", "publisher") if key in row
    }
    metadata["kind"] = kinds[info.kind]
    if "label" in row:
        metadata["kind_label"] = row["label"].value
    return row["content"].value, metadata


def after_write(store: Store, touched: set[str] | None = None) -> None:
    """Cross-source inferences depend on every source: bring them up to date after each write
    (only the series the write ``touched`` can change, when known; see graph.inference)."""
    refresh_inferences(store, touched)
