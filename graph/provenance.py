"""Evidence lookups: who says what, where, by which rule, and when it was loaded.

All queries bind a subject, a source or a provision, so Oxigraph answers from its
indexes and the cost follows the size of the answer. Evidence nodes have the shape
written by :mod:`loaders.facts` (and by :mod:`graph.inference` for inferences).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

import pyoxigraph as ox

from graph.labels import labels_of
from graph.records import EvidenceItem, parse_bound, short_id
from graph.store import Store, term_value
from strategy_lineage import vocab


def _value(row: dict, name: str) -> str | None:
    term = row.get(name)
    return term.value if term is not None else None


def _int(row: dict, name: str) -> int | None:
    value = _value(row, name)
    return int(value) if value is not None else None


def evidence_item(row: dict, based_on: tuple[EvidenceItem, ...] = ()) -> EvidenceItem:
    derivation = _value(row, "der") or vocab.SL + "Stated"
    rule = _value(row, "rule") or ""
    return EvidenceItem(
        iri=row["ev"].value,
        derivation=derivation.removeprefix(vocab.SL).lower(),
        rule=rule.removeprefix(vocab.RULE),
        source=_value(row, "srcid"),
        source_iri=_value(row, "src"),
        quote=_value(row, "exact"),
        start=_int(row, "start"),
        end=_int(row, "end"),
        page=_int(row, "page"),
        reason=_value(row, "reason"),
        curator=_value(row, "cur"),
        loaded_at=_value(row, "loaded"),
        based_on=based_on,
    )


_P = {
    name: ox.NamedNode(iri)
    for name, iri in {
        "derivation": vocab.SL + "derivation",
        "rule": vocab.SL + "rule",
        "reason": vocab.SL + "reason",
        "curator": vocab.PROV + "wasAttributedTo",
        "source": vocab.DCTERMS + "source",
        "target": vocab.OA + "hasTarget",
        "selector": vocab.OA + "hasSelector",
        "exact": vocab.OA + "exact",
        "start": vocab.OA + "start",
        "end": vocab.OA + "end",
        "page": vocab.SL + "page",
        "identifier": vocab.DCTERMS + "identifier",
        "loaded": vocab.SL + "loadedAt",
        "based": vocab.PROV + "wasDerivedFrom",
    }.items()
}


class _Reader:
    """Evidence nodes read level by level, each level one batch of look-ups
    (:meth:`Store.properties_of`): the evidence nodes, their targets, the targets' selectors,
    then the sources. On the embedded store a look-up is an index scan of a few microseconds
    whatever the store's size (a SPARQL join with OPTIONALs over VALUES can scan instead); on
    an engine over HTTP a batch is a request per few hundred nodes, not a round trip per node."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._sources: dict[str, tuple[str | None, str | None]] = {}

    def items(self, iris: list[str], with_bases: bool) -> dict[str, EvidenceItem]:
        """Evidence items by IRI, each with the items its inference was based on if ``with_bases``."""
        wanted = list(dict.fromkeys(iris))
        props = self._props([ox.NamedNode(iri) for iri in wanted])
        bases: dict[str, tuple[EvidenceItem, ...]] = {}
        if with_bases:
            based = {iri: [b.value for b in props[iri].get(_P["based"].value, ())] for iri in wanted}
            found = self.items([b for bs in based.values() for b in bs], with_bases=False)
            bases = {
                iri: tuple(sorted((found[b] for b in bs), key=lambda e: (e.source or "", e.start or 0, e.rule, e.iri)))
                for iri, bs in based.items()
            }
        rows = self._rows(wanted, props)
        return {iri: evidence_item(rows[iri], bases.get(iri, ())) for iri in wanted}

    def _props(self, subjects: list, predicates: tuple[ox.NamedNode, ...] = ()) -> dict[str, dict[str, list]]:
        """(predicate IRI -> objects) of each subject node (keyed by IRI), one batch for all of them."""
        found: dict[str, dict[str, list]] = {s.value: defaultdict(list) for s in subjects}
        for subject, pairs in self._store.properties_of(subjects, predicates).items():
            for predicate, obj in pairs:
                found[subject][predicate.value].append(obj)
        return found

    def _rows(self, iris: list[str], props: dict[str, dict[str, list]]) -> dict[str, dict[str, Any]]:
        """evidence_item's row of each evidence node: its own fields, its source's, its quote's."""
        rows: dict[str, dict[str, Any]] = {}
        for iri in iris:
            p = props[iri]
            row: dict[str, Any] = {"ev": ox.NamedNode(iri)}
            for name, var in (
                ("derivation", "der"),
                ("rule", "rule"),
                ("reason", "reason"),
                ("curator", "cur"),
                ("source", "src"),
            ):
                if p.get(_P[name].value):
                    row[var] = p[_P[name].value][0]
            rows[iri] = row
        self._read_sources([row["src"].value for row in rows.values() if "src" in row])
        for row in rows.values():
            if "src" in row:
                srcid, loaded = self._sources[row["src"].value]
                row.update({k: ox.Literal(v) for k, v in (("srcid", srcid), ("loaded", loaded)) if v is not None})
        targets = {iri: props[iri].get(_P["target"].value, []) for iri in iris}
        target_props = self._props(list(dict.fromkeys(t for ts in targets.values() for t in ts)))
        selectors = {t: p.get(_P["selector"].value, []) for t, p in target_props.items()}
        selector_props = self._props(list(dict.fromkeys(s for ss in selectors.values() for s in ss)))
        for iri, row in rows.items():
            for target in targets[iri]:
                for selector in selectors[target.value]:
                    sel = selector_props[selector.value]
                    for name in ("exact", "start", "end", "page"):
                        if sel.get(_P[name].value):
                            row[name] = sel[_P[name].value][0]
        return rows

    def _read_sources(self, iris: list[str]) -> None:
        """Each source's identifier and load time. Targeted look-ups: a source node also holds its
        whole text (sl:content)."""
        unread = [iri for iri in dict.fromkeys(iris) if iri not in self._sources]
        found = self._props([ox.NamedNode(iri) for iri in unread], (_P["identifier"], _P["loaded"]))
        for iri in unread:
            values = [found[iri].get(_P[name].value) for name in ("identifier", "loaded")]
            first = [term_value(v[0]) if v else None for v in values]
            self._sources[iri] = (first[0], first[1])


def evidence_by_iri(store: Store, iris: list[str], with_bases: bool = True) -> dict[str, EvidenceItem]:
    """Evidence items by IRI, with what each inference was based on (one level) unless
    ``with_bases`` is False (the projection reads bases only when an answer shows them)."""
    return _Reader(store).items(iris, with_bases)


def _term(text: str) -> str:
    """SPARQL form of a caller-supplied IRI; NamedNode refuses anything that is not an IRI."""
    return str(ox.NamedNode(text))


def _object_filter(obj: str | None) -> tuple[str, str]:
    """(pattern term for the object, extra FILTER) for an IRI or a literal's text."""
    if obj is None:
        return "?o", ""
    if obj.startswith(("http://", "https://", "urn:")):
        return _term(obj), ""
    literal = ox.Literal(obj)
    return "?o", f"FILTER(STR(?o) = {literal})"


def statements(
    store: Store,
    subject: str | None = None,
    predicate: str | None = None,
    object: str | None = None,
    source: str | None = None,
) -> list[dict[str, Any]]:
    """Evidenced statements matching the bound parts, grouped with all their evidence."""
    s = _term(subject) if subject else "?s"
    p = _term(predicate) if predicate else "?p"
    o, obj_filter = _object_filter(object)
    src = f"?ev dcterms:source {_term(source)} ." if source else ""
    rows = store.select(
        f"""SELECT ?ev ?s ?p ?o WHERE {{
              ?ev rdf:subject {s} ; rdf:predicate {p} ; rdf:object {o} . {src}
              ?ev a sl:Evidence .
              {"BIND(" + s + " AS ?s)" if subject else ""}
              {"BIND(" + p + " AS ?p)" if predicate else ""}
              {"BIND(" + o + " AS ?o)" if o != "?o" else obj_filter}
            }}"""
    )
    evidence = evidence_by_iri(store, [r["ev"].value for r in rows])
    grouped: dict[tuple, list[EvidenceItem]] = defaultdict(list)
    kinds: dict[tuple, bool] = {}
    for row in rows:
        key = (row["s"].value, row["p"].value, row["o"].value)
        kinds[key] = isinstance(row["o"], ox.NamedNode)
        grouped[key].append(evidence[row["ev"].value])
    out = []
    for key in sorted(grouped):
        items = sorted(grouped[key], key=lambda e: (e.derivation != "stated", e.source or "", e.start or 0))
        out.append(
            dict(subject=key[0], predicate=key[1], object=key[2], object_is_iri=kinds[key], evidence=tuple(items))
        )
    return out


def source_info(store: Store, source_id: str) -> dict[str, Any] | None:
    """The loaded source called ``source_id`` (id, file name or IRI), or None."""
    key = ox.Literal(source_id)
    rows = store.select(
        f"""SELECT ?doc ?id ?file ?kind ?loaded WHERE {{
              ?doc a sl:SourceDocument ; dcterms:identifier ?id .
              OPTIONAL {{ ?doc sl:fileName ?file }}
              OPTIONAL {{ ?doc sl:loadedAt ?loaded }}
              OPTIONAL {{ ?doc a ?kind . FILTER(?kind != sl:SourceDocument) }}
              FILTER(?id = {key} || ?file = {key} || STR(?doc) = {key})
            }} LIMIT 1"""
    )
    if not rows:
        return None
    row = rows[0]
    kind = _value(row, "kind")
    return dict(
        source=row["id"].value,
        source_iri=row["doc"].value,
        file_name=_value(row, "file"),
        kind=kind.removeprefix(vocab.SL) if kind else None,
        loaded_at=_value(row, "loaded"),
    )


EVENT_DATE_PROPERTIES = "sl:date schema:startDate"


def date_of_event(store: Store, text: str) -> tuple[date, str] | None:
    """The day of a decision (by reference, e.g. "16/00116"), meeting or governance event
    (by IRI or short id), and a label saying where the date came from."""
    literal = ox.Literal(text)
    rows = store.select(f"SELECT ?d WHERE {{ ?e sl:decisionReference {literal} ; sl:date ?d }} ORDER BY ?d LIMIT 1")
    basis = f"decision {text}"
    if not rows:
        target = (
            f"VALUES ?e {{ {_term(text)} }}"
            if text.startswith(("http://", "https://"))
            else (f"FILTER(STRENDS(STR(?e), {ox.Literal('/' + text)}))")
        )
        rows = store.select(
            f"""SELECT ?d ?e WHERE {{
                  VALUES ?p {{ {EVENT_DATE_PROPERTIES} }}
                  ?e ?p ?d . {target}
                }} ORDER BY ?d LIMIT 1"""
        )
        basis = f"date of {short_id(text)}"
    if not rows:
        return None
    day, precision = parse_bound(rows[0]["d"].value, upper=False)
    if precision != "day":
        basis += f" (stated to the {precision} only; first day used)"
    return day, basis


def legislation_view(store: Store, iri: str) -> dict[str, Any] | None:
    """A provision with its label, its parts and the strategies citing it or its parts."""
    node = _term(iri)
    info = store.select(
        f"""SELECT ?type ?parent WHERE {{
              OPTIONAL {{ {node} a ?type }}
              OPTIONAL {{ {node} eli:is_part_of ?parent }}
            }}"""
    )
    parts = [
        r["part"].value
        for r in store.select(f"SELECT DISTINCT ?part WHERE {{ ?part eli:is_part_of+ {node} }} ORDER BY ?part")
    ]
    cited = store.select(
        f"""SELECT DISTINCT ?s ?p ?prov WHERE {{
              VALUES ?p {{ sl:basedOn sl:cites }}
              VALUES ?prov {{ {" ".join(_term(x) for x in [iri, *parts])} }}
              ?s ?p ?prov .
            }}"""
    )
    label = labels_of(store, [iri]).get(iri)
    known = label or any(len(r) for r in info) or cited or parts
    if not known:
        return None
    types = [r["type"].value for r in info if "type" in r]
    citations = []
    for c in cited:
        evidence = statements(store, c["s"].value, c["p"].value, c["prov"].value)
        items = evidence[0]["evidence"] if evidence else ()
        citations.append(
            dict(
                strategy_iri=c["s"].value,
                provision=c["prov"].value,
                predicate=c["p"].value.removeprefix(vocab.SL),
                inferred=bool(items) and all(e.derivation == "inferred" for e in items),
                evidence=items,
            )
        )
    citations.sort(key=lambda c: (c["inferred"], c["strategy_iri"], c["provision"]))
    return dict(
        iri=iri,
        id=short_id(iri),
        label=label or short_id(iri),
        type=_local(types[0]) if types else "Legislation",
        part_of=next((r["parent"].value for r in info if "parent" in r), None),
        parts=tuple(parts),
        citations=citations,
    )


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
