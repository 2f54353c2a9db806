"""Cleaning source text for matching while remembering where every character came from.

Council documents arrive as scraped text: sentences wrapped across lines, markdown
residue (``**``, ``## ``, ``<sup>th</sup>``, ``[link](#)``), curly quotes. Rules match
against a cleaned copy in which all of that is gone and every whitespace run is one
space; each cleaned character keeps the index of the original character it came from,
so evidence offsets always point into the file as stored.
"""

from __future__ import annotations

import re
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
    r"|pdf icon PDF \d+ KB",  # ModernGov link residue
    re.MULTILINE,
)
# Ordinal suffixes written as superscripts: "11<sup>th</sup>" -> "11".
_ORDINAL_SUP = re.compile(r"(?<=\d)<sup>(?:st|nd|rd|th)</sup>")


@dataclass(frozen=True)
class CleanText:
    """``text`` is the cleaned copy; ``origin[i]`` is the original index of ``text[i]``."""

    original: str
    text: str
    origin: tuple[int, ...]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a cleaned half-open range back to the original file's half-open range."""
        if end <= start:
            raise ValueError("empty range")
        return self.origin[start], self.origin[end - 1] + 1


def clean(original: str) -> CleanText:
    dropped = [False] * len(original)
    for pattern in (_ORDINAL_SUP, _DROP):
        for match in pattern.finditer(original):
            for i in range(match.start(), match.end()):
                dropped[i] = True
    chars: list[str] = []
    origin: list[int] = []
    pending_space: int | None = None  # index of the whitespace a collapsed run maps back to
    for i, char in enumerate(original):
        if dropped[i]:
            continue
        if char.isspace():
            if chars and pending_space is None:
                pending_space = i
            continue
        if pending_space is not None:
            chars.append(" ")
            origin.append(pending_space)
            pending_space = None
        chars.append(char.translate(_FOLD))
        origin.append(i)
    return CleanText(original=original, text="".join(chars), origin=tuple(origin))


def lines_with_offsets(original: str) -> list[tuple[int, str]]:
    """Original lines with the offset where each starts (for header fields such as ``To:``)."""
    result, offset = [], 0
    for line in original.splitlines(keepends=True):
        result.append((offset, line.rstrip("\r\n")))
        offset += len(line)
    return result
