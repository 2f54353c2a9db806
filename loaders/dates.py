"""Dates, periods and counts as councils write them, turned into XSD values."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

MONTHS = {
    name: number
    for number, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
         ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
         ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"), ("december", "dec")],
        start=1,
    )
    for name in names
}
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"

# "02/11/2016" (UK order), "11th September 2008", "29 May 2013", "the 11 September 2008"
DAY_DATE = re.compile(
    rf"\b(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})/(?P<y>(?:19|20)\d\d)\b"
    rf"|\b(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon>{_MONTH})\.?,?\s+(?P<y2>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
# "April 2013", "March 2013" (no day)
MONTH_DATE = re.compile(rf"\b(?P<mon>{_MONTH})\s+(?P<y>(?:19|20)\d\d)\b", re.IGNORECASE)
# "2016-2019", "2016 - 2019", "2006-08" (dashes are folded to "-" by cleaning)
PERIOD = re.compile(r"\b(?P<start>(?:19|20)\d\d)\s*-\s*(?P<end>(?:19|20)?\d\d)\b")

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
}
COUNT = r"(?:\d{1,4}|" + "|".join(NUMBER_WORDS) + r")"


@dataclass(frozen=True)
class XsdValue:
    """A lexical value and its XSD datatype name ("date", "gYearMonth", "gYear")."""

    lexical: str
    datatype: str

    @property
    def earliest(self) -> date:
        year = int(self.lexical[:4])
        month = int(self.lexical[5:7]) if len(self.lexical) >= 7 else 1
        day = int(self.lexical[8:10]) if len(self.lexical) == 10 else 1
        return date(year, month, day)


def parse_day_date(match: re.Match) -> XsdValue | None:
    """An ``xsd:date`` from a DAY_DATE match, or None when it is not a real date."""
    try:
        if match.group("d"):
            value = date(int(match.group("y")), int(match.group("m")), int(match.group("d")))
        else:
            month = MONTHS[match.group("mon").lower().rstrip(".")]
            value = date(int(match.group("y2")), month, int(match.group("d2")))
    except (ValueError, KeyError):
        return None
    return XsdValue(value.isoformat(), "date")


def parse_month_date(match: re.Match) -> XsdValue:
    month = MONTHS[match.group("mon").lower().rstrip(".")]
    return XsdValue(f"{int(match.group('y')):04d}-{month:02d}", "gYearMonth")


def parse_period(match: re.Match) -> tuple[XsdValue, XsdValue] | None:
    """Start and end years of a period such as 2016-2019 or 2006-08; None if reversed."""
    start = int(match.group("start"))
    end_text = match.group("end")
    end = int(end_text) if len(end_text) == 4 else (start // 100) * 100 + int(end_text)
    if not 0 < end - start <= 25:
        return None
    return XsdValue(str(start), "gYear"), XsdValue(str(end), "gYear")


def parse_count(text: str) -> int:
    text = text.lower()
    return NUMBER_WORDS[text] if text in NUMBER_WORDS else int(text)


def first_date(text: str) -> tuple[XsdValue, re.Match] | None:
    """The first full date in ``text``, else the first month-and-year."""
    for match in DAY_DATE.finditer(text):
        value = parse_day_date(match)
        if value:
            return value, match
    match = MONTH_DATE.search(text)
    if match:
        return parse_month_date(match), match
    return None
