"""Minimal server-rendered HTML for the service's own pages (query page, IRI pages).

Plain, accessible and dependency-free; the pages engineer may restyle it with the
project's templates. Every value goes through :func:`esc`.
"""

from __future__ import annotations

from html import escape
from typing import Iterable

_STYLE = """
body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;max-width:72rem;padding:1rem;color:#1b1b1b}
a{color:#0b4f9c} table{border-collapse:collapse;width:100%;margin:1rem 0}
th,td{border:1px solid #bbb;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#eef2f7} textarea{width:100%;font:14px/1.4 monospace}
pre{background:#f6f8fa;padding:.75rem;overflow:auto} .muted{color:#555}
button{font-size:1rem;padding:.4rem 1rem} mark{background:#fff3a3}
"""


def esc(value: object) -> str:
    return escape(str(value), quote=True)


def page(title: str, body: str, head: str = "") -> str:
    return (
        "<!doctype html><html lang=en><head><meta charset=utf-8>"
        '<meta name=viewport content="width=device-width, initial-scale=1">'
        f"<title>{esc(title)} · Strategy Lineage</title><link rel=icon href='data:,'><style>{_STYLE}</style>{head}</head>"
        f'<body><header><a href="/">Strategy Lineage</a> · <a href="/sparql">SPARQL</a> · '
        f'<a href="/docs">API</a></header><main><h1>{esc(title)}</h1>{body}</main></body></html>'
    )


def link_or_text(value: str, is_iri: bool) -> str:
    return f'<a href="{esc(value)}">{esc(value)}</a>' if is_iri else esc(value)


def table(headers: Iterable[str], rows: Iterable[Iterable[str]]) -> str:
    """Rows are already-escaped HTML cells."""
    head = "".join(f"<th scope=col>{esc(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
