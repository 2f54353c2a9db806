"""Minimal server-rendered HTML for the service's own pages (query page, IRI pages).

Plain, accessible and dependency-free; the pages engineer may restyle it with the
project's templates. Every value goes through :func:`esc`.
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

# What these pages need beyond the site stylesheet (api/static/pages.css).
_STYLE = """
textarea{width:100%;font:14px/1.4 monospace;box-sizing:border-box}
pre{background:#f6f8fa;padding:.75rem;overflow:auto} .muted{color:#555}
button{font-size:1rem;padding:.4rem 1rem} mark{background:#fff3a3}
"""
# The same header, navigation and footer as the officers' pages (api/templates/base.html).
_NAV = [
    ("/", "Search"),
    ("/in-force", "In force on a date"),
    ("/conflicts", "Conflicts and gaps"),
    ("/sources", "Sources"),
    ("/sparql", "SPARQL"),
    ("/docs", "API"),
]


def esc(value: object) -> str:
    return escape(str(value), quote=True)


def page(title: str, body: str, head: str = "") -> str:
    nav = "".join(f'<li><a href="{href}">{esc(label)}</a></li>' for href, label in _NAV)
    return (
        '<!doctype html><html lang="en-GB"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(title)} · Strategy Lineage</title>"
        '<link rel="stylesheet" href="/static/pages.css"><link rel="icon" href="data:,">'
        f"<style>{_STYLE}</style>{head}</head><body>"
        '<a class="skip" href="#main">Skip to content</a>'
        '<header class="site"><nav aria-label="Main"><a class="brand" href="/">Strategy Lineage</a>'
        f"<ul>{nav}</ul></nav></header>"
        f'<main id="main" tabindex="-1"><h1>{esc(title)}</h1>{body}</main>'
        '<footer class="site"><p>Every statement links to the passage of the council document it comes from. '
        'Data as JSON under <a href="/api/strategies">/api</a>, RDF under <a href="/sparql">/sparql</a>.</p>'
        "</footer></body></html>"
    )


def link_or_text(value: str, is_iri: bool) -> str:
    return f'<a href="{esc(value)}">{esc(value)}</a>' if is_iri else esc(value)


def table(headers: Iterable[str], rows: Iterable[Iterable[str]]) -> str:
    """Rows are already-escaped HTML cells."""
    head = "".join(f"<th scope=col>{esc(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return f"<div class=table-wrap><table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>"
