"""Content negotiation: pick a representation from an Accept header (q-values, wildcards).

Real clients send combined headers (SPARQLWrapper: four JSON types at once; browsers:
``text/html,...,*/*;q=0.8``), so this parses them properly instead of matching strings.
An Accept header we cannot satisfy falls back to the default rather than a 406.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=512)
def parse_accept(header: str) -> tuple[tuple[str, float, int], ...]:
    """``(media type, q, position)`` per entry, best first (q desc, specific before wildcard)."""
    entries = []
    for position, part in enumerate(header.split(",")):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if not media:
            continue
        q = 1.0
        for param in fields[1:]:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = max(0.0, min(1.0, float(value)))
                except ValueError:
                    q = 0.0
        entries.append((media, q, position))
    specificity = {"*/*": 2}
    entries.sort(key=lambda e: (-e[1], specificity.get(e[0], 1 if e[0].endswith("/*") else 0), e[2]))
    return tuple(entries)


def choose(accept: str | None, offers: dict[str, str], default: str) -> str:
    """The key of ``offers`` (media type -> key) the client prefers; ``default`` otherwise.

    ``offers`` is ordered: on a wildcard the first offer wins.
    """
    if not accept:
        return default
    for media, q, _ in parse_accept(accept):
        if q <= 0:
            continue
        if media in offers:
            return offers[media]
        if media == "*/*":
            return default
        if media.endswith("/*"):
            family = media[:-1]
            for offered, key in offers.items():
                if offered.startswith(family):
                    return key
    return default


def prefers_html(accept: str | None) -> bool:
    """True when a browser asks: text/html ranked above every machine format we serve."""
    if not accept:
        return False
    for media, q, _ in parse_accept(accept):
        if q <= 0:
            continue
        return media in ("text/html", "application/xhtml+xml")
    return False
