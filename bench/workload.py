"""What the benchmark asks: request paths drawn from the loaded corpus itself.

Requests cycle over many different strategies, names and dates, so that no endpoint is
measured on one cached answer. The SPARQL texts are the same for the real endpoint and
the rdflib baseline.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from urllib.parse import quote, urlencode

from bench.synthetic import NICKNAMES
from graph.records import short_id
from graph.store import Store
from strategy_lineage.vocab import sparql_prefixes

SAMPLE = 64
SPARQL_JSON = "application/sparql-results+json"

# Every strategy this one replaces, transitively: stated supersessions and the engine's
# inferred successions (in the inference graph, part of the default union graph).
ANCESTORS = """SELECT ?ancestor WHERE {
  <%s> (sl:supersedes|sl:isRevisionOf|sl:partiallySupersedes|sl:succeeds)+ ?ancestor
}"""

# Every statement about the strategy with its source graph, quote and offsets.
PROVENANCE = """SELECT ?g ?p ?o ?rule ?exact ?start ?end WHERE {
  GRAPH ?g {
    ?e rdf:subject <%s> ; rdf:predicate ?p ; rdf:object ?o ; sl:rule ?rule ; oa:hasTarget ?t .
    ?t oa:hasSelector ?q, ?pos .
    ?q oa:exact ?exact .
    ?pos oa:start ?start ; oa:end ?end .
  }
}"""

# The newest plan of each line, with at least one predecessor: the deepest lineages.
_HEADS = """SELECT DISTINCT ?s ?title WHERE {
  ?s a sl:Strategy ; dcterms:title ?title ;
     sl:supersedes|sl:isRevisionOf|sl:partiallySupersedes|sl:succeeds ?old .
  FILTER NOT EXISTS { ?newer sl:supersedes|sl:isRevisionOf|sl:succeeds ?s }
} ORDER BY ?s"""
_ANY = "SELECT ?s ?title WHERE { ?s a sl:Strategy ; dcterms:title ?title } ORDER BY ?s"


@dataclass(frozen=True)
class Workload:
    strategies: list[str]  # IRIs of plans with at least two generations behind them
    titles: list[str]
    dates: list[str]

    def lineage_paths(self) -> list[str]:
        return [f"/api/strategies/{quote(short_id(s), safe='')}/lineage?depth=10" for s in self.strategies]

    def trail_paths(self) -> list[str]:
        return [f"/api/strategies/{quote(short_id(s), safe='')}/trail" for s in self.strategies]

    def search_paths(self) -> list[str]:
        # What officers type: a short name, or a council and the kind of plan.
        words = [" ".join(t.split()[:3]) for t in self.titles] + [n.lower() for n in NICKNAMES]
        return [f"/api/search?{urlencode({'q': w})}" for w in words]

    def in_force_paths(self) -> list[str]:
        return [f"/api/in-force?date={d}" for d in self.dates]

    def sparql_paths(self, template: str, endpoint: str = "/sparql") -> list[str]:
        return [f"{endpoint}?{urlencode({'query': sparql_prefixes() + template % s})}" for s in self.strategies]


def build_workload(store: Store, seed: int = 0) -> Workload:
    # A corpus cut short (smoke runs) may have no lineage yet: then any strategy will do.
    rows = store.select(_HEADS) or store.select(_ANY)
    if not rows:
        raise RuntimeError("the corpus has no strategy to ask about")
    rng = random.Random(seed)
    picked = rng.sample(rows, min(SAMPLE, len(rows)))
    dates = [f"{rng.randint(2006, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}" for _ in range(SAMPLE)]
    return Workload(
        strategies=[row["s"].value for row in picked],
        titles=[row["title"].value for row in picked],
        dates=dates,
    )
