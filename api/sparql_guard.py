"""Decide on the parsed query what a public endpoint must not run.

pyoxigraph executes ``SERVICE`` by connecting to the IRI in the query, and SPARQL Update
(``LOAD`` fetches URLs, ``INSERT``/``DROP`` change data) must never reach the store from
here. A token scan in front of the engine always loses to some escape, comment or IRI
form, so the decision is taken on a real parse (rdflib's SPARQL 1.1 grammar): a query
is refused when its parse tree holds a ``SERVICE`` pattern, or when the text is an update.

Two parsers (rdflib's here, Oxigraph's in the engine) must read the same query. They
disagree about ``\\u`` escapes: SPARQL 1.1 expands them everywhere before parsing, so
``"\\u0022"`` closes a string for rdflib, while Oxigraph expands them only inside
strings and IRIs. So escapes are expanded once here, as SPARQL 1.1 says, a text that
still holds one (an escaped escape) is refused, and the engine is given the expanded
text: no escapes are left for either parser to read its own way.

This runs in the query worker, which has no network either (:mod:`api.sandbox`): if this
parse and the engine's ever disagree in another way, the result is a failed query, never
a request.

The parse costs milliseconds (4 ms for a short property-path query, 9 ms for a join of
a dozen patterns; the engine answers either in well under one), so it is skipped where
it cannot find anything: a ``SERVICE`` pattern needs the keyword, and the keyword is
ASCII letters that no parser can read anywhere else. A query whose text (escapes
expanded) is ASCII and does not contain "service" in any case after its PREFIX and BASE
declarations cannot hold a ``SERVICE`` pattern for any parser, so it goes to the engine
as it is (``Screened.parsed`` is False); if the engine cannot read it, the worker asks
for the full screen (:func:`explain`) to say why, so an update is still refused as one.
Any other text is parsed, and its verdict kept for the next time the same text comes
(tools repeat their queries).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from pyparsing import ParseBaseException
from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
from rdflib.plugins.sparql.parserutils import CompValue

# Matches rdflib's own expansion and Oxigraph's escapes, in either case.
_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_ANY_ESCAPE = re.compile(r"\\[uU][0-9A-Fa-f]{4}")
_FORMS = {"SelectQuery": "SELECT", "AskQuery": "ASK", "ConstructQuery": "CONSTRUCT", "DescribeQuery": "DESCRIBE"}


class Refused(Exception):
    """A query this endpoint will not run: status, problem kind, title and a one-line detail."""

    def __init__(self, status: int, kind: str, title: str, detail: str) -> None:
        super().__init__(detail)
        self.status, self.kind, self.title, self.detail = status, kind, title, detail


@dataclass(frozen=True)
class Screened:
    text: str  # the query with its escapes expanded: what the engine must run
    form: str | None  # SELECT | ASK | CONSTRUCT | DESCRIBE; None when the text needed no parse
    parsed: bool = True


def malformed(detail: str) -> Refused:
    return Refused(400, "malformed-query", "Malformed query", detail)


def update_refused(form: str = "update") -> Refused:
    return Refused(
        403,
        "update-refused",
        "Read-only endpoint",
        f"SPARQL Update ({form}) is not allowed: this endpoint is read-only; "
        "sources are added through POST /api/sources",
    )


SERVICE_REFUSED = Refused(
    403,
    "service-refused",
    "Federated query refused",
    "SERVICE (federated query) is not allowed: this endpoint never makes outbound requests",
)


def expand_escapes(query: str) -> str:
    """``\\uXXXX``/``\\UXXXXXXXX`` replaced by their characters, once (SPARQL 1.1, 19.2)."""

    def character(match: re.Match[str]) -> str:
        code = int(match.group(1) or match.group(2), 16)
        if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
            raise malformed(f"malformed query: {match.group(0)} is not a Unicode character")
        return chr(code)

    text = _ESCAPE.sub(character, query)
    if _ANY_ESCAPE.search(text):
        raise malformed("malformed query: an escape sequence spells another escape sequence")
    return text


def screen(query: str) -> Screened:
    """The query to run and its form, or :class:`Refused`."""
    if not query.strip():
        raise malformed("the query is empty")
    text = expand_escapes(query)
    if cannot_name_service(text):
        return Screened(text, None, parsed=False)
    return explain(text)


# The prologue's PREFIX and BASE declarations, read from the start of the text: there the
# grammar admits only those keywords, prefix names and IRIs, so an IRI such as the service
# description vocabulary's (".../sparql-service-description#") holds no keyword. Nothing
# after the first thing that is not a declaration (a comment included) is skipped.
_IRIREF = r"<[^<>\"{}|^`\\\x00-\x20]*>"
_PROLOGUE = re.compile(
    rf"(?:\s*(?:PREFIX\s+(?:[A-Za-z](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?)?:|BASE)\s*{_IRIREF})*", re.IGNORECASE
)


def cannot_name_service(text: str) -> bool:
    """Whether no parser can find the SERVICE keyword in ``text`` (escapes already expanded)."""
    if not text.isascii():
        return False
    prologue = _PROLOGUE.match(text)
    body = text[prologue.end() :] if prologue else text
    return "service" not in body.lower()


def explain(text: str) -> Screened:
    """The full screen of an escape-expanded text, on rdflib's parse: the form, or why not."""
    verdict = _verdict(text)
    if isinstance(verdict, Refused):
        raise verdict
    return verdict


@functools.lru_cache(maxsize=256)
def _verdict(text: str) -> Screened | Refused:
    try:
        tree = parseQuery(text)
    except ParseBaseException as err:
        return _not_a_query(text, err)
    if any(node.name == "ServiceGraphPattern" for node in _nodes(tree)):
        return SERVICE_REFUSED
    return Screened(text, _FORMS[tree[1].name])


def _not_a_query(text: str, err: ParseBaseException) -> Refused:
    try:
        update = parseUpdate(text)
    except ParseBaseException:
        return malformed(f"malformed query: {err.msg} at line {err.lineno}, column {err.col}")
    requests = update.get("request") or []
    # The first request's parse node names its form: InsertData -> INSERT DATA.
    form = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", requests[0].name).upper() if requests else "update"
    return update_refused(form)


def _nodes(tree: Any):
    """Every parse node (CompValue) in a parse tree, depth first."""
    stack = [tree]
    while stack:
        item = stack.pop()
        if isinstance(item, CompValue):
            yield item
            stack.extend(item.values())
        elif isinstance(item, (list, tuple)) or hasattr(item, "as_list"):
            stack.extend(item)
