"""Dates, periods and counts as councils write them, turned into XSD values.

Councils write a date in many ways: ``02/11/2016``, ``11th February 2016``, ``16 Dec 2010``,
``December 10, 2020``, ``December 10`` (no year), ``in April 2013``, ``late 2012``, ``early
in 2017``. :func:`find_dates` reads all of them, each at its offsets, to the precision the
text gives: a day with no year becomes an ``xsd:gMonthDay`` and is never given a year by
guessing; a day that does not exist (``31/02/2016``) is reported as impossible, never turned
into an ``xsd:date``.

Every pattern here is linear: alternatives of fixed words, bounded repetitions, no nested
quantifiers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from loaders.spans import Spans
from loaders.text import finditer

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
# Month names as written in running text: capitalised ("May" the month, not "may" the verb), or in
# capitals on a report's cover ("22 FEBRUARY 2017").
FULL_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
# A full month name, as a regex group (case is the caller's choice).
MONTH_NAME = rf"(?:{'|'.join(FULL_MONTHS)})"
_MONTH = rf"(?:{'|'.join(FULL_MONTHS)}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
_MONTH_CAP = (
    rf"(?:{'|'.join(FULL_MONTHS)}|{'|'.join(m.upper() for m in FULL_MONTHS)}"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?"
)
_YEAR = r"(?:19|20)\d\d"
_ORDINAL = r"(?:st|nd|rd|th)"

# "02/11/2016" (UK order), "11th September 2008", "29 May 2013", "the 11 September 2008"
DAY_DATE = re.compile(
    rf"\b(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})/(?P<y>{_YEAR})\b"
    rf"|\b(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon>{_MONTH})\.?,?\s+(?P<y2>{_YEAR})\b",
    re.IGNORECASE,
)
# "April 2013", "March 2013" (no day)
MONTH_DATE = re.compile(rf"\b(?P<mon>{_MONTH})\s+(?P<y>{_YEAR})\b", re.IGNORECASE)
# "2016-2019", "2016 - 2019", "2006-08" (dashes are folded to "-" by cleaning)
PERIOD = re.compile(r"\b(?P<start>(?:19|20)\d\d)\s*-\s*(?P<end>(?:19|20)?\d\d)\b")

NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
}
COUNT = r"(?:\d{1,4}|" + "|".join(NUMBER_WORDS) + r")"

# Years a council document can plausibly date an event in; anything else is a slip.
EARLIEST_YEAR, LATEST_YEAR = 1800, 2199


@dataclass(frozen=True)
class XsdValue:
    """A lexical value and its XSD datatype name ("date", "gYearMonth", "gYear", "gMonthDay")."""

    lexical: str
    datatype: str

    @property
    def has_year(self) -> bool:
        return self.datatype != "gMonthDay"

    @property
    def earliest(self) -> date:
        if not self.has_year:
            raise ValueError(f"{self.lexical} has no year")
        year = int(self.lexical[:4])
        month = int(self.lexical[5:7]) if len(self.lexical) >= 7 else 1
        day = int(self.lexical[8:10]) if len(self.lexical) == 10 else 1
        return date(year, month, day)


@dataclass(frozen=True)
class DateMention:
    """A date as written at ``start``-``end`` of the text searched. ``value`` is None when the
    written date cannot exist (``problem`` says why); ``qualifier`` keeps "late", "early in" ..."""

    start: int
    end: int
    written: str
    value: XsdValue | None
    problem: str | None = None
    qualifier: str | None = None


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def calendar_date(year: int, month: int, day: int) -> XsdValue | str:
    """An ``xsd:date``, or a one-line reason why year-month-day is not a real date."""
    if not EARLIEST_YEAR <= year <= LATEST_YEAR:
        return f"year {year} is not a plausible year"
    try:
        return XsdValue(date(year, month, day).isoformat(), "date")
    except ValueError as err:
        return str(err)


def month_day(month: int, day: int) -> XsdValue | str:
    """An ``xsd:gMonthDay`` ("--12-10"), checked against a leap year so 29 February is allowed."""
    checked = calendar_date(2000, month, day)
    return XsdValue(f"--{month:02d}-{day:02d}", "gMonthDay") if isinstance(checked, XsdValue) else checked


# One pattern per form, tried in this order; a later form never overlaps an earlier one's match.
_FORMS: list[tuple[str, re.Pattern[str]]] = [
    # 02/11/2016, 2.11.2016, 31/02/2016 (checked after matching)
    ("numeric", re.compile(r"(?<![\d/.])(?P<d>\d{1,2})(?P<sep>[/.])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4})(?![\d/])")),
    # 2016-11-02
    ("iso", re.compile(r"(?<![\d-])(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)(?![\d-])")),
    # 11th February 2016, 16 Dec 2010, 30thMarch 2017 (spaces lost in scraping), 1st of May, 2019
    (
        "day-month-year",
        re.compile(rf"\b(?P<d>\d{{1,2}})(?:{_ORDINAL}\s*|\s+)(?:of\s+)?(?P<mon>{_MONTH_CAP}),?\s+(?P<y>{_YEAR})\b"),
    ),
    # December 10, 2020; February 11th 2016
    ("month-day-year", re.compile(rf"\b(?P<mon>{_MONTH_CAP})\s+(?P<d>\d{{1,2}})(?:{_ORDINAL})?,?\s+(?P<y>{_YEAR})\b")),
    # April 2013, April of 2013
    ("month-year", re.compile(rf"\b(?P<mon>{_MONTH_CAP})\s+(?:of\s+)?(?P<y>{_YEAR})\b")),
    # 30 April, 10th December (no year)
    ("day-month", re.compile(rf"\b(?P<d>\d{{1,2}})(?:{_ORDINAL}\s*|\s+)(?:of\s+)?(?P<mon>{_MONTH_CAP})(?![\w/-])")),
    # December 10 (no year)
    (
        "month-day",
        re.compile(rf"\b(?P<mon>{_MONTH_CAP})\s+(?P<d>\d{{1,2}})(?:{_ORDINAL})?(?![\d/:.-]|\s*(?:-|to)\s*\d)"),
    ),
    # late 2012, early in 2017, mid-2015, the end of 2020, spring 2019, in 2004
    (
        "year",
        re.compile(
            rf"\b(?P<q>(?i:(?:late|early|mid)(?:\s+in|-)?|(?:the\s+)?(?:end|start|beginning|middle)\s+of|"
            rf"(?:spring|summer|autumn|winter)(?:\s+of)?|in|during)\s*)(?P<y>{_YEAR})\b(?!\s*[-/]\s*\d)"
        ),
    ),
]


def _value(form: str, match: re.Match[str]) -> XsdValue | str:
    groups = match.groupdict()
    month = int(groups["m"]) if groups.get("m") else _month(groups["mon"]) if groups.get("mon") else 0
    if form in {"numeric", "iso", "day-month-year", "month-day-year"}:
        return calendar_date(int(groups["y"]), month, int(groups["d"]))
    if form == "month-year":
        return XsdValue(f"{int(groups['y']):04d}-{month:02d}", "gYearMonth")
    if form in {"day-month", "month-day"}:
        return month_day(month, int(groups["d"]))
    return XsdValue(groups["y"], "gYear")


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[DateMention]:
    """Every date written in ``text[start:end]``, in order, with offsets into ``text``."""
    end = len(text) if end is None else end
    taken: list[DateMention] = []
    spans = Spans()  # the ranges of ``taken``, for an O(log n) overlap test
    whole = start == 0 and end == len(text)  # a pass over the whole text is tried only where it can match
    for form, pattern in _FORMS:
        for match in finditer(pattern, text) if whole else pattern.finditer(text, start, end):
            if not spans.free(match.start(), match.end()):
                continue
            value = _value(form, match)
            qualifier = match.group("q").strip() if form == "year" else None
            first = match.start()
            if qualifier is not None and qualifier.lower() in {"in", "during"}:  # "in 2004" is the year itself
                qualifier, first = None, match.start("y")
            spans.add(first, match.end())
            taken.append(
                DateMention(
                    first,
                    match.end(),
                    text[first : match.end()],
                    value if isinstance(value, XsdValue) else None,
                    None if isinstance(value, XsdValue) else f"impossible date {match.group(0)!r}: {value}",
                    qualifier,
                )
            )
    return sorted(taken, key=lambda m: m.start)


def first_date_mention(text: str, start: int = 0, end: int | None = None) -> DateMention | None:
    """The first date written in ``text[start:end]`` (possible or not)."""
    found = find_dates(text, start, end)
    return found[0] if found else None


def parse_day_date(match: re.Match) -> XsdValue | None:
    """An ``xsd:date`` from a DAY_DATE match, or None when it is not a real date."""
    try:
        if match.group("d"):
            value = date(int(match.group("y")), int(match.group("m")), int(match.group("d")))
        else:
            value = date(int(match.group("y2")), _month(match.group("mon")), int(match.group("d2")))
    except (ValueError, KeyError):
        return None
    return XsdValue(value.isoformat(), "date")


def parse_month_date(match: re.Match) -> XsdValue:
    return XsdValue(f"{int(match.group('y')):04d}-{_month(match.group('mon')):02d}", "gYearMonth")


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
    month = MONTH_DATE.search(text)
    if month:
        return parse_month_date(month), month
    return None


# Metadata dates: what a NAME.toml may give as a source's date.
_METADATA_DATE = re.compile(
    r"(?P<y>\d{4})(?:-(?P<m>\d\d)(?:-(?P<d>\d\d))?)?|(?P<d2>\d{1,2})/(?P<m2>\d{1,2})/(?P<y2>\d{4})"
)


def metadata_date(written: str) -> XsdValue | str:
    """The value of a metadata ``date`` (``2016-11-02``, ``2016-11``, ``2016`` or ``02/11/2016``),
    or a one-line reason it is not a date."""
    match = _METADATA_DATE.fullmatch(written.strip())
    if match is None:
        return f"{written!r} is not a date (expected YYYY-MM-DD, YYYY-MM, YYYY or DD/MM/YYYY)"
    if match.group("y2"):
        result = calendar_date(int(match.group("y2")), int(match.group("m2")), int(match.group("d2")))
    elif match.group("d"):
        result = calendar_date(int(match.group("y")), int(match.group("m")), int(match.group("d")))
    elif match.group("m"):
        checked = calendar_date(int(match.group("y")), int(match.group("m")), 1)
        result = XsdValue(written.strip(), "gYearMonth") if isinstance(checked, XsdValue) else checked
    else:
        checked = calendar_date(int(match.group("y")), 1, 1)
        result = XsdValue(written.strip(), "gYear") if isinstance(checked, XsdValue) else checked
    return result if isinstance(result, XsdValue) else f"{written!r} is not a real date ({result})"
