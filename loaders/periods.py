"""The period a plan's name gives, in every form councils write it.

``2016-2019``, ``2016 - 2019``, ``2019-23``, ``2019/23``, ``2018/19 to 2022/23``, ``2020/2021 to 2030/2031``,
``2023 to 2028``, ``to 2014``, ``for 2017-19``, ``for the period 2017 to 2020``, ``to cover the period 2016 to 2020``,
``2013/14`` (one financial year). Cleaning has already folded en and em dashes to ``-``.
An end year before the start year is a typo in the source: the name keeps it as
written and no validity years are given (never inverted, never guessed).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.dates import XsdValue

_YEAR = r"(?:19|20)\d\d"
# A financial year's second half ("/19" in "2018/19") is dropped when a range follows.
_FY = rf"{_YEAR}(?:[/-]\d\d(?!\d)|/{_YEAR}(?!\d))?"  # "2018/19", "2020/2021" (four digits after "/" only)
_SEP = r"\s*(?:-|/|\bto\b|\buntil\b)\s*"
PLAN_PERIOD = re.compile(
    rf"(?:\b(?:for|covering|covers|to\s+cover|(?:that|which)\s+covers|will\s+(?:now\s+)?cover)\s+(?:the\s+(?:period|years)\s+)?(?:from\s+)?)?"
    rf"(?:(?P<start>{_FY}){_SEP}(?P<end>{_YEAR}|\d\d)(?:[/-](?P<end_fy>\d\d)(?!\d)|/(?P<end_fy4>{_YEAR})(?!\d))?(?!\d)"
    rf"|\b(?:to|until)\s+(?P<only_end>{_YEAR})"
    rf"|(?P<single>{_YEAR})(?![-/]?\d)"
    rf")\b"
)


@dataclass(frozen=True)
class Period:
    """Years a name gives; ``written`` is the text as found (kept for typos)."""

    start: int | None
    end: int | None
    written: str

    @property
    def reversed(self) -> bool:
        return self.start is not None and self.end is not None and self.end < self.start

    @property
    def text(self) -> str:
        """The period as a title shows it: "2016-2019", "to 2014", or as written when reversed."""
        if self.reversed or (self.start is None and self.end is None):
            return self.written
        if self.start is None:
            return f"to {self.end}"
        return f"{self.start}-{self.end}"

    @property
    def validity(self) -> tuple[XsdValue | None, XsdValue | None] | None:
        """(validFrom, validUntil) as gYears; None for a reversed period or a single year."""
        if self.reversed or (self.start is None and self.end is None):
            return None
        return (
            XsdValue(str(self.start), "gYear") if self.start is not None else None,
            XsdValue(str(self.end), "gYear") if self.end is not None else None,
        )


def _full_year(start: int, end_text: str) -> int:
    if len(end_text) == 4:
        return int(end_text)
    end = (start // 100) * 100 + int(end_text)
    return end + 100 if end < start and start % 100 > 90 else end


def period_of(match: re.Match[str]) -> Period:
    """The :class:`Period` a ``PLAN_PERIOD`` match gives."""
    written = match.group(0).strip()
    if match.group("only_end"):
        return Period(None, int(match.group("only_end")), written)
    if match.group("single"):  # "Climate Action Plan 2022": part of the name, not a period of validity
        return Period(None, None, written)
    start = int(match.group("start")[:4])
    end = _full_year(start, match.group("end"))
    if match.group("end_fy") or match.group("end_fy4"):  # "to 2022/23", "to 2030/2031": the financial year's end
        end = _full_year(end, match.group("end_fy") or match.group("end_fy4"))
    return Period(start, end, written)


def period_at(text: str, position: int, limit: int = 40) -> tuple[Period, re.Match[str]] | None:
    """A period that starts at ``position`` (after optional spaces, a comma or an opening
    bracket), looking no further than ``limit`` characters."""
    lead = re.compile(r"[ ,(:]{0,3}")  # "Carers Strategy: 2019-23"
    skip = lead.match(text, position, min(len(text), position + 3))
    begin = skip.end() if skip else position
    match = PLAN_PERIOD.match(text, begin, min(len(text), begin + limit))
    if not match:
        return None
    return period_of(match), match


# "Corporate Plan 18-23": two two-digit years right after a plan's name (never read elsewhere: "pages 18-23").
_SHORT_PERIOD = re.compile(r" (?P<start>[0-4]\d) ?- ?(?P<end>[0-4]\d)(?![\d/.-])")
MAX_SHORT_SPAN = 10  # years a period written in two digits may cover


def short_period_at(text: str, position: int) -> tuple[Period, re.Match[str]] | None:
    """A period of this century written with two-digit years just after a plan's name ("18-23": 2018-2023)."""
    match = _SHORT_PERIOD.match(text, position)
    if match is None:
        return None
    start, end = int(match.group("start")), int(match.group("end"))
    if not 0 < end - start <= MAX_SHORT_SPAN:
        return None
    return Period(2000 + start, 2000 + end, match.group(0).strip()), match
