"""Reading a fact's evidence back out of the store, and checking it against the file."""

from __future__ import annotations

from dataclasses import dataclass

from graph.store import Store
from strategy_lineage import vocab
from tests.conftest import SOURCES

ID = vocab.base_iri() + "id/"


@dataclass(frozen=True)
class Evidence:
    source_id: str
    exact: str
    start: int
    end: int
    rule: str
    derivation: str


def term(value: str) -> str:
    """SPARQL form of an IRI (``strategy/every-day-matters`` is relative to ``{base}id/``) or a literal."""
    if value.startswith(("http://", "https://")):
        return f"<{value}>"
    if value.startswith('"'):
        return value
    if ":" in value.split("/")[0]:
        return value  # prefixed name such as sl:supersedes
    return f"<{ID}{value}>"


def evidence(store: Store, subject: str, predicate: str, obj: str) -> list[Evidence]:
    rows = store.select(f"""
        SELECT ?id ?exact ?start ?end ?rule ?derivation WHERE {{
          ?e a sl:Evidence ; rdf:subject {term(subject)} ; rdf:predicate {term(predicate)} ;
             rdf:object {term(obj)} ; sl:rule ?rule ; sl:derivation ?derivation ;
             dcterms:source ?doc .
          ?doc dcterms:identifier ?id .
          OPTIONAL {{ ?e oa:hasTarget/oa:hasSelector ?q . ?q oa:exact ?exact .
                     ?e oa:hasTarget/oa:hasSelector ?p . ?p oa:start ?start ; oa:end ?end . }}
        }}""")
    return [
        Evidence(
            source_id=row["id"].value,
            exact=row["exact"].value if "exact" in row else "",
            start=int(row["start"].value) if "start" in row else -1,
            end=int(row["end"].value) if "end" in row else -1,
            rule=row["rule"].value.removeprefix(vocab.RULE),
            derivation=row["derivation"].value.removeprefix(vocab.SL),
        )
        for row in rows
    ]


def source_text(source_id: str) -> str:
    return (SOURCES / f"{source_id}.txt").read_text(encoding="utf-8")


def assert_evidenced(
    store: Store,
    subject: str,
    predicate: str,
    obj: str,
    *,
    source: str,
    quote: str,
    derivation: str = "Stated",
) -> Evidence:
    """The triple is in the graph with evidence from ``source`` whose quote contains ``quote``
    (whitespace-insensitive) and sits at its offsets in the file as stored."""
    found = evidence(store, subject, predicate, obj)
    assert found, f"no evidence for {subject} {predicate} {obj}"
    squash = lambda text: " ".join(text.replace("’", "'").replace("‘", "'").split())  # noqa: E731
    matching = [e for e in found if e.source_id.startswith(source) and squash(quote) in squash(e.exact)]
    assert matching, f"none of {[(e.source_id, e.exact) for e in found]} quotes {quote!r} from {source}"
    chosen = matching[0]
    assert source_text(chosen.source_id)[chosen.start : chosen.end] == chosen.exact
    assert chosen.derivation == derivation, chosen
    return chosen
