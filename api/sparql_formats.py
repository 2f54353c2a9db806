"""SPARQL result formats: which media types we serve and how results are written.

Solutions are written here (not by pyoxigraph's serializer) because the rows have to be
counted against the result cap and the clock while they are produced; RDF results go
through pyoxigraph's own serializers once the triples are in hand.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from xml.sax.saxutils import escape, quoteattr

import orjson

from graph import rdf
from strategy_lineage import vocab

XSD_STRING = vocab.XSD + "string"

# format key -> media type (what the response says it is)
RESULT_TYPES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv; charset=utf-8",
    "tsv": "text/tab-separated-values; charset=utf-8",
}
GRAPH_TYPES = {
    "turtle": "text/turtle; charset=utf-8",
    "ntriples": "application/n-triples",
    "jsonld": "application/ld+json",
    "rdfxml": "application/rdf+xml",
}
RDF_FORMATS = {
    "turtle": rdf.RdfFormat.TURTLE,
    "ntriples": rdf.RdfFormat.N_TRIPLES,
    "jsonld": rdf.RdfFormat.JSON_LD,
    "rdfxml": rdf.RdfFormat.RDF_XML,
}

# Accept media type -> format key. Order matters: the first entry wins on a wildcard.
RESULT_OFFERS = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
GRAPH_OFFERS = {
    "text/turtle": "turtle",
    "application/x-turtle": "turtle",
    "application/n-triples": "ntriples",
    "text/plain": "ntriples",
    "application/ld+json": "jsonld",
    "application/json": "jsonld",
    "application/rdf+xml": "rdfxml",
    "application/xml": "rdfxml",
    "text/xml": "rdfxml",
    # A client that guessed the query form wrong (SPARQLWrapper does, after some prologues)
    # still gets the family it asked for: XML or JSON.
    "application/sparql-results+xml": "rdfxml",
    "application/sparql-results+json": "jsonld",
}
# ?format= values people type, mapped to our keys.
FORMAT_ALIASES = {
    "json": "json",
    "srj": "json",
    "xml": "xml",
    "srx": "xml",
    "csv": "csv",
    "tsv": "tsv",
    "turtle": "turtle",
    "ttl": "turtle",
    "ntriples": "ntriples",
    "nt": "ntriples",
    "jsonld": "jsonld",
    "json-ld": "jsonld",
    "rdfxml": "rdfxml",
    "rdf": "rdfxml",
}


# --- terms -----------------------------------------------------------------
def term_json(term: rdf.NamedNode | rdf.BlankNode | rdf.Literal | rdf.Triple) -> dict:
    if isinstance(term, rdf.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, rdf.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, rdf.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    return {
        "type": "triple",
        "value": {
            "subject": term_json(term.subject),
            "predicate": term_json(term.predicate),
            "object": term_json(term.object),
        },
    }


def _term_xml(term) -> str:
    if isinstance(term, rdf.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, rdf.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if isinstance(term, rdf.Literal):
        if term.language:
            return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
        if term.datatype.value != XSD_STRING:
            return f"<literal datatype={quoteattr(term.datatype.value)}>{escape(term.value)}</literal>"
        return f"<literal>{escape(term.value)}</literal>"
    return f"<literal>{escape(str(term))}</literal>"


def _csv_field(term) -> str:
    if term is None:
        return ""
    value = f"_:{term.value}" if isinstance(term, rdf.BlankNode) else getattr(term, "value", str(term))
    if any(c in value for c in ',"\r\n'):
        return '"' + value.replace('"', '""') + '"'
    return value


# --- solutions --------------------------------------------------------------
Row = Sequence  # one value (or None) per variable


def write_solutions(fmt: str, variables: list[str], rows: Iterable[Row]) -> bytes:
    if fmt == "json":
        bindings = [{v: term_json(t) for v, t in zip(variables, row, strict=True) if t is not None} for row in rows]
        return orjson.dumps({"head": {"vars": variables}, "results": {"bindings": bindings}})
    if fmt == "xml":
        out = io.StringIO()
        out.write('<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n<head>')
        out.write("".join(f"<variable name={quoteattr(v)}/>" for v in variables))
        out.write("</head>\n<results>\n")
        for row in rows:
            out.write("<result>")
            out.write(
                "".join(
                    f"<binding name={quoteattr(v)}>{_term_xml(t)}</binding>"
                    for v, t in zip(variables, row, strict=True)
                    if t is not None
                )
            )
            out.write("</result>\n")
        out.write("</results>\n</sparql>\n")
        return out.getvalue().encode()
    if fmt == "csv":
        lines = [",".join(variables)] + [",".join(_csv_field(t) for t in row) for row in rows]
        return ("\r\n".join(lines) + "\r\n").encode()
    if fmt == "tsv":
        lines = ["\t".join("?" + v for v in variables)]
        lines += ["\t".join("" if t is None else str(t) for t in row) for row in rows]
        return ("\n".join(lines) + "\n").encode()
    raise ValueError(f"unknown results format {fmt!r}")


def write_boolean(fmt: str, value: bool) -> bytes:
    if fmt == "json":
        return orjson.dumps({"head": {}, "boolean": value})
    if fmt == "xml":
        return (
            '<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">'
            f"<head/><boolean>{'true' if value else 'false'}</boolean></sparql>\n"
        ).encode()
    # CSV/TSV have no boolean form in the standard; one cell is what tools expect.
    return (("_askResult\r\n" if fmt == "csv" else "?_askResult\n") + ("true" if value else "false") + "\n").encode()


def write_triples(fmt: str, triples: Iterable[rdf.Triple]) -> bytes:
    out = io.BytesIO()
    rdf.serialize(triples, out, RDF_FORMATS[fmt], prefixes=vocab.PREFIXES)
    return out.getvalue()
