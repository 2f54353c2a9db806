"""A source's text as HTML with every quoted passage marked, overlaps included.

Passages may overlap or nest (a title inside a sentence), so the text is cut at every
passage boundary; each piece is marked once, linked to the innermost passage covering
it, and pieces inside the passage being looked at get the ``focus`` class. An empty
anchor ``#span-START-END`` sits where each passage begins, so a link can scroll to it.
"""

from __future__ import annotations

from html import escape
from typing import Any

QUOTE_MARKS = "\"'“”‘’«»„"


def quoted(text: str) -> str:
    """``text`` in curly quotes, unless the passage already opens and closes with quote
    marks of its own (a quoted title), which would double them."""
    text = text.strip()
    if len(text) > 1 and text[0] in QUOTE_MARKS and text[-1] in QUOTE_MARKS:
        return text
    return f"“{text}”"


def parse_range(text: str | None, length: int) -> tuple[int, int] | None:
    """``"2295-2330"`` -> (2295, 2330); ValueError for anything that is not a range in the text."""
    if not text:
        return None
    start_text, sep, end_text = text.partition("-")
    if not sep or not start_text.isdigit() or not end_text.isdigit():
        raise ValueError(f"highlight must look like START-END (character offsets), got {text!r}")
    start, end = int(start_text), int(end_text)
    if not 0 <= start < end <= length:
        raise ValueError(f"highlight {text!r} is outside the text (0-{length})")
    return start, end


def marked_html(text: str, spans: list[dict[str, Any]], focus: tuple[int, int] | None = None) -> str:
    """HTML of ``text`` with a <mark> per piece covered by passages (``spans``: start, end)."""
    ranges = sorted({(s["start"], s["end"]) for s in spans if 0 <= s["start"] < s["end"] <= len(text)})
    cuts = sorted({0, len(text), *(b for r in ranges for b in r), *(focus or ())})
    starts: dict[int, list[tuple[int, int]]] = {}
    for r in ranges:
        starts.setdefault(r[0], []).append(r)
    out = []
    for left, right in zip(cuts, cuts[1:], strict=False):
        out += [f'<span class="anchor" id="span-{s}-{e}"></span>' for s, e in starts.get(left, ())]
        piece = escape(text[left:right])
        covering = [r for r in ranges if r[0] <= left and right <= r[1]]
        focused = focus is not None and focus[0] <= left and right <= focus[1]
        if not covering and not focused:
            out.append(piece)
            continue
        mark = '<mark class="focus">' if focused else "<mark>"
        if covering and piece.strip():  # a link needs text a screen reader can name
            s, e = min(covering, key=lambda r: r[1] - r[0])
            out.append(f'<a class="ev" href="#passage-{s}-{e}">{mark}{piece}</mark></a>')
        else:
            out.append(f"{mark}{piece}</mark>")
    return "".join(out)
