"""Cleaning source text for matching while remembering where every character came from.

Council documents arrive as scraped text: sentences wrapped across lines, markdown
residue (``**``, ``## ``, ``<sup>th</sup>``, ``[link](#)``), curly quotes. Rules match
against a cleaned copy in which all of that is gone and every whitespace run is one
space; each cleaned character keeps the index of the original character it came from,
so evidence offsets always point into the file as stored.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Sequence
from dataclasses import dataclass

# Characters folded one-to-one so that rules need only spell straight quotes and dashes.
_FOLD = str.maketrans(
    {
        "’": "'",
        "‘": "'",
        "“": '"',
        "”": '"',
        "–": "-",
        "—": "-",
        "\u00a0": " ",
        "\uf0b7": "•",
        "\u2022": "•",
    }
)

# Markup dropped entirely (the text between tags stays).
_DROP = re.compile(
    r"</?(?:sup|sub|u|b|i|em|strong)>"  # inline HTML tags
    r"|\*\*?|__"  # markdown emphasis
    r"|^[ \t]*#{1,6}[ \t]*"  # heading markers
    r"|^[ \t]*-{3,}[ \t]*$"  # horizontal rules
    r"|\]\(#?[^)\s]*\)|\["  # markdown links: keep the link text
    r"|pdf icon PDF \d+ KB"  # ModernGov link residue
    r"|(?<=[a-z])-[ \t]*\n[ \t]*(?=[a-z])",  # a word broken by a hyphen at a line end: "Strat-\negy"
    re.MULTILINE,
)
# Ordinal suffixes written as superscripts: "11<sup>th</sup>" -> "11".
_ORDINAL_SUP = re.compile(r"(?<=\d)<sup>(?:st|nd|rd|th)</sup>")


# A whitespace run that is not already one plain space (``\s`` in a str pattern is the class
# ``str.isspace`` tests): only those need rewriting.
_ODD_SPACE_RUN = re.compile(r"\s{2,}|[^\S ]")


@dataclass(frozen=True)
class CleanText:
    """``text`` is the cleaned copy; ``origin[i]`` is the original index of ``text[i]`` (an
    array of machine integers: a tuple of Python ints costs 36 bytes a character)."""

    original: str
    text: str
    origin: Sequence[int]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a cleaned half-open range back to the original file's half-open range."""
        if end <= start:
            raise ValueError("empty range")
        return self.origin[start], self.origin[end - 1] + 1


def clean(original: str) -> CleanText:
    """Drop markup, make each whitespace run one space (none at either end) and fold quotes and
    dashes, keeping where each character came from. Done with slices and regular expressions,
    not a loop over characters: a 5 MB text is cleaned in well under a second."""
    kept, kept_origin = _without_markup(original)
    first, last = len(kept) - len(kept.lstrip()), len(kept.rstrip())  # no space at either end
    pieces: list[str] = []
    origin = array("q")
    position = first
    for run in _ODD_SPACE_RUN.finditer(kept, first, max(first, last)):
        start, end = run.span()
        pieces.append(kept[position:start] + " ")  # the run becomes one space, at its first character
        origin.extend(kept_origin[position : start + 1])
        position = end
    pieces.append(kept[position:last])
    origin.extend(kept_origin[position:last])
    return CleanText(original=original, text="".join(pieces).translate(_FOLD), origin=origin)


def _without_markup(original: str) -> tuple[str, array[int]]:
    """The text with every match of the markup patterns removed, and where each character came from."""
    spans = sorted(m.span() for pattern in (_ORDINAL_SUP, _DROP) for m in pattern.finditer(original))
    pieces: list[str] = []
    origin = array("q")
    position = 0
    for start, end in spans:
        if start > position:
            pieces.append(original[position:start])
            origin.extend(range(position, start))
        position = max(position, end)
    pieces.append(original[position:])
    origin.extend(range(position, len(original)))
    return "".join(pieces), origin


def lines_with_offsets(original: str) -> list[tuple[int, str]]:
    """Original lines with the offset where each starts (for header fields such as ``To:``)."""
    result, offset = [], 0
    for line in original.splitlines(keepends=True):
        result.append((offset, line.rstrip("\r\n")))
        offset += len(line)
    return result
