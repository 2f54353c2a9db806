"""Read a SPARQL request just enough to refuse what a public endpoint must not run.

pyoxigraph executes ``SERVICE`` by making HTTP requests to the IRI in the query
(checked: it POSTs to the named URL), and SPARQL Update (``LOAD`` fetches URLs,
``INSERT``/``DROP`` change data) must never reach the store from here. A full parse
per request would cost more than most queries, so this is a small lexer that skips
comments, strings and IRIs and looks at the keywords that are left: a keyword cannot
hide inside a literal, an IRI, a variable or a prefixed name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from api.problems import Problem

_TOKEN = re.compile(
    r"""
      (?P<comment>\#[^\n]*)
    | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
                |'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")
    | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
    | (?P<var>[?$][A-Za-z0-9_\u00b7-\uffff]+)
    | (?P<pname>[A-Za-z0-9_\u00c0-\uffff.-]*:[A-Za-z0-9_\u00c0-\uffff.%:\\-]*)
    | (?P<word>[A-Za-z_][A-Za-z0-9_]*)
    | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)

QUERY_FORMS = {"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"}
UPDATE_FORMS = {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"}


@dataclass(frozen=True)
class QueryInfo:
    form: str  # SELECT | ASK | CONSTRUCT | DESCRIBE

    @property
    def is_graph(self) -> bool:
        return self.form in ("CONSTRUCT", "DESCRIBE")


_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def _unescape(text: str) -> str:
    # SPARQL allows \u escapes anywhere in a query, so "\u0053ERVICE" must read as SERVICE.
    return _ESCAPE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), text)


def keywords(text: str) -> list[str]:
    """Upper-cased bare words of a SPARQL text, outside comments, strings and IRIs."""
    text = _unescape(text)
    return [m.group("word").upper() for m in _TOKEN.finditer(text) if m.lastgroup == "word"]


def inspect(query: str) -> QueryInfo:
    """The query's form, or a 4xx :class:`Problem` for what this endpoint refuses."""
    if not query.strip():
        raise Problem(400, "the query is empty", kind="malformed-query", title="Malformed query")
    words = keywords(query)
    form = next((w for w in words if w in QUERY_FORMS or w in UPDATE_FORMS), None)
    if form in UPDATE_FORMS:
        raise update_refused(form)
    if "SERVICE" in words:
        raise Problem(
            403,
            "SERVICE (federated query) is not allowed: this endpoint never makes outbound requests",
            kind="service-refused",
            title="Federated query refused",
        )
    if form is None:
        raise Problem(
            400, "not a SPARQL query: expected SELECT, ASK, CONSTRUCT or DESCRIBE",
            kind="malformed-query", title="Malformed query",
        )
    return QueryInfo(form)


def update_refused(form: str = "update") -> Problem:
    return Problem(
        403,
        f"SPARQL Update ({form}) is not allowed: this endpoint is read-only; "
        "sources are added through POST /api/sources",
        kind="update-refused",
        title="Read-only endpoint",
    )
