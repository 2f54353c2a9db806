"""Pieces of SPARQL text that the inference rules share."""

from collections.abc import Iterable

from strategy_lineage import vocab


def iri_list(iris: Iterable[str]) -> str:
    """The IRIs as the body of a ``VALUES`` block, sorted so that one set always gives one query text."""
    return " ".join(f"<{i}>" for i in sorted(iris))


def outside_inference(pattern: str) -> str:
    """``pattern`` matched in any graph but the inference graph (the stated facts only)."""
    return f"GRAPH ?g {{ {pattern} }} FILTER(?g != {vocab.inference_graph()})"
