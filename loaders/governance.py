"""How councils record who did what to a plan, read from any committee system's wording.

Three stances are kept apart, because confusing them is the worst error a lineage service
can make about governance:

- an **outcome** ("RESOLVED that the Plan be approved", "Decision Made: That ...", "The
  Cabinet approved ...", "I agree to approve ...", "was adopted by Council at its meeting
  on 23 February 2017");
- a **request** ("is asked to approve", "seeks approval", "Proposed decision:", "Decision
  due:", "before being submitted for approval by Council");
- a **recommendation to another body** ("RECOMMENDED: That Council be recommended to
  endorse and adopt ..."): the recommending body acted, the outcome lies with the other.

The words (verbs, field labels of ModernGov, egenda and other systems, decision statuses,
reference patterns) are data under ``data/reference/``; this module turns them into
patterns and finds, in a document, its *sittings* (the meeting or decision each passage
belongs to) and its *blocks* (the text under a "Decision:", "RESOLVED", "Proposed
decision:" ... marker). Patterns are linear: fixed alternatives and bounded gaps.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass
from functools import cache

from loaders import names
from loaders.dates import DateMention, find_dates
from loaders.document import Document
from loaders.text import finditer, lines_with_offsets
from strategy_lineage.reference import rows

ORGN = names.ORG_PHRASE
# A post that can take a decision alone: "Cabinet Member for Children's Services",
# "Cabinet Member - Children, Schools and Safeguarding", "Corporate Director of ...".
POST = (
    r"(?:(?:the\s)?(?:Cabinet\sMember|Portfolio\sHolder|Executive\sMember|Lead\sMember|Leader\sof\sthe\sCouncil|"
    r"(?:Interim\s|Executive\s|Corporate\s|Strategic\s|Assistant\s)?Director|Chief\sExecutive|Head\sof\sService)"
    r"(?:\s(?:for|of)\s|\s?-\s)[A-Z][\w'&,]*(?:\s(?:[A-Z][\w'&,]*|and|of|for|&)){0,8})"
)


@dataclass(frozen=True)
class Verb:
    verb: str
    base: str
    third: str
    past: str
    noun: str
    outcome: str  # sl: class of the outcome ("Approval")
    request: str  # sl: class of a request for it ("ApprovalRequest")


@cache
def verbs() -> tuple[Verb, ...]:
    return tuple(Verb(**row) for row in rows("governance-verbs.csv"))


def verb_named(word: str) -> Verb | None:
    """The verb a written form belongs to ("approved", "endorses", "adoption")."""
    word = re.sub(r"\s+", " ", word.lower().strip())
    return next((v for v in verbs() if word in {v.base, v.third, v.past, v.noun} - {""}), None)


def _alternation(forms: set[str]) -> str:
    """Forms as written, capitalised and in capitals ("NOTE the report", "Approve the Plan")."""
    written = {variant for f in forms - {""} for variant in (f, f[:1].upper() + f[1:], f.upper())}
    return "|".join(re.escape(f).replace(r"\ ", r"\s") for f in sorted(written, key=len, reverse=True))


@cache
def verb_forms(*kinds: str) -> str:
    """A regex alternation of the verbs' written forms of ``kinds`` (base, third, past, noun)."""
    return _alternation({getattr(v, kind) for v in verbs() for kind in kinds})


@cache
def field_labels() -> dict[str, tuple[str, str]]:
    """Field label (lower case) -> (field, body named by the label, if any)."""
    return {row["label"].lower(): (row["field"], row["body"]) for row in rows("decision-labels.csv")}


@cache
def field_line() -> re.Pattern[str]:
    """A line that starts with a known label: "Decision Maker: Cabinet", "RECOMMENDED:",
    "2. | Record of the Decision", "Is Key decision?: Yes". Table and list residue before it is allowed."""
    labels = _alternation(set(field_labels()))
    return re.compile(
        rf"^[\s|*#\d.()]{{0,12}}(?P<label>{labels})(?:\s?\?)?(?:\s*:|\s*$|\s(?=that\b|That\b))[ \t]*"
        rf"(?P<value>[^\n]*)",
        re.IGNORECASE,
    )


@cache
def statuses() -> dict[str, str]:
    """Decision status (lower case) -> taken | pending | withdrawn | rejected."""
    return {row["status"].lower(): row["meaning"] for row in rows("decision-statuses.csv")}


@dataclass(frozen=True)
class ReferencePattern:
    kind: str  # decision | report | minute
    pattern: re.Pattern[str]


@cache
def reference_patterns() -> tuple[ReferencePattern, ...]:
    return tuple(ReferencePattern(row["kind"], re.compile(row["pattern"])) for row in rows("reference-patterns.csv"))


@dataclass(frozen=True)
class Reference:
    kind: str
    ref: str
    start: int
    end: int


def references(text: str, start: int = 0, end: int | None = None) -> list[Reference]:
    """Decision, report and minute references written in ``text[start:end]``, each by its own pattern."""
    end = len(text) if end is None else end
    found: list[Reference] = []
    for pattern in reference_patterns():
        for match in pattern.pattern.finditer(text, start, end):
            if not any(r.start < match.end() and match.start() < r.end for r in found):
                found.append(Reference(pattern.kind, match.group("ref"), match.start(), match.end()))
    return sorted(found, key=lambda r: r.start)


# Markers found inside running text (flattened tables, minutes without line breaks).
INLINE_MARKERS: list[tuple[str, re.Pattern[str]]] = [
    ("recommendation-text", re.compile(r"\bRECOMMENDED\s?(?::|-|that\b|That\b)")),
    ("outcome-text", re.compile(r"\b(?:RESOLVED|Resolved|AGREED)\s?(?::|-|that\b|That\b|to\b)")),
    ("outcome-text", re.compile(r"\bDecision\sMade\s?:")),
    ("request-text", re.compile(r"\bProposed\sdecision\s?:", re.IGNORECASE)),
    # "This report makes the following recommendations to this Committee:"
    ("request-text", re.compile(r"\bmakes\sthe\sfollowing\srecommendations?\b[^:.]{0,40}:")),
    # "The report recommended:- that the Committee - (a) approve ...": what a report asks
    ("request-text", re.compile(r"\b(?:[Rr]eport|[Oo]fficers?)\s(?:recommended|recommends)\s?(?::-?|-|that\b)")),
]
# "The Cabinet resolved that", "the Board resolved to": an outcome block whose body is named.
BODY_RESOLVED = re.compile(rf"(?P<body>{ORGN})\s(?:formally\s|unanimously\s)?resolved\s?(?::-?|-|that\b|to\b)")
# "Meeting: 10/11/2016 - Cabinet (Item 180)", "Decided at meeting: 10/11/2016 - Cabinet",
# "Made at meeting: 10/10/2022 - Cabinet" (a decision register's entry)
MEETING_LINE = re.compile(
    rf"\b(?:Meeting|Decided\sat\smeeting|Made\sat\smeeting):\s?(?P<date>\d{{1,2}}/\d{{1,2}}/\d{{4}})\s?-\s?(?P<body>{ORGN})"
    rf"(?:\s?\(Item\s(?P<item>\w{{1,6}})\))?"
)
# A meeting named in a heading or footer line: "Executive Board - Thursday, 6th September, 2007",
# "... Regent Street, Gateshead. Cabinet, Tuesday 14 March 2017."
MEETING_HEADER = re.compile(
    rf"(?:^|[.,;|-]\s)(?P<body>{ORGN})\s?[-,]\s?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s)?"
    rf"(?P<date>\d{{1,2}}(?:st|nd|rd|th)?\s[A-Z][a-z]{{2,8}},?\s(?:19|20)\d\d)\b"
)
# Stockton-style "Cabinet Meeting .......... 13 February 2025"
DOTTED_MEETING = re.compile(
    rf"(?P<body>{ORGN})\sMeeting\s?\.{{3,}}\s?(?P<date>\d{{1,2}}(?:st|nd|rd|th)?\s[A-Z][a-z]{{2,8}},?\s(?:19|20)\d\d)"
)


@dataclass(frozen=True)
class Sitting:
    """The meeting or decision a passage belongs to, from a header at ``start`` (clean offsets)."""

    start: int
    body: str | None  # as written
    body_span: tuple[int, int] | None
    date: DateMention | None
    item: str | None
    where: tuple[int, int]  # the header, for evidence


@dataclass(frozen=True)
class Block:
    """Text under a marker ("RESOLVED", "Decision:", "Proposed decision:") up to the next one."""

    stance: str  # outcome | request | recommendation
    start: int
    end: int
    marker: tuple[int, int]
    body: str | None = None  # a body the marker names ("The Cabinet resolved that")
    body_span: tuple[int, int] | None = None


@dataclass(frozen=True)
class Field:
    field: str
    label_body: str
    value: str
    start: int  # clean offsets of the whole field line
    end: int
    value_start: int


@dataclass
class Layout:
    """What a document's labels say: its fields, sittings and blocks, in clean-text offsets."""

    fields: list[Field]
    sittings: list[Sitting]
    blocks: list[Block]
    header: Sitting | None = None  # a meeting a heading or footer line names, for a page about one meeting
    # A decision record's own meeting ("Decided at meeting: 14/06/2022 - Cabinet"), written below its decision.
    record_meeting: Sitting | None = None

    def first(self, field: str) -> Field | None:
        return next((f for f in self.fields if f.field == field), None)

    # Indexes for the lookups rules make once per match (docs/linear-time.md).
    _sitting_starts: list[int] | None = dataclasses.field(default=None, repr=False)
    _references: dict[tuple[int, int], list[Reference]] = dataclasses.field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        starts = [s.start for s in self.sittings]
        if all(a <= b for a, b in zip(starts, starts[1:], strict=False)):  # in text order: bisect
            self._sitting_starts = starts

    def sitting_at(self, position: int) -> Sitting | None:
        """The sitting whose header is the last one before ``position`` (pages list meetings in
        reverse date order; each resolution belongs to the meeting above it); above the first
        one, the record's own meeting or the page's heading."""
        if self._sitting_starts is None:
            before = [s for s in self.sittings if s.start <= position]
            return before[-1] if before else self.record_meeting or self.header
        at = bisect.bisect_right(self._sitting_starts, position)
        return self.sittings[at - 1] if at else self.record_meeting or self.header

    def references(self, text: str, start: int, end: int) -> list[Reference]:
        """``references(text, start, end)``, read once per passage: every event of a record asks
        for the references above its first sitting, and each event of a sitting for those in it."""
        key = (start, end)
        if key not in self._references:
            self._references[key] = references(text, start, end)
        return self._references[key]


def _clean_offset(doc: Document, original: int) -> int:
    """The cleaned-text offset of the first character at or after ``original``."""
    return bisect.bisect_left(doc.clean.origin, original)


# The layout of the document being read (several rules ask for it; it is read once).
_LAST: list[tuple[Document, Layout]] = []


def layout(doc: Document) -> Layout:
    """The fields, sittings and blocks of ``doc``, read once per document."""
    if _LAST and _LAST[0][0] is doc:
        return _LAST[0][1]
    found = _read_layout(doc)
    _LAST[:] = [(doc, found)]
    return found


def _read_layout(doc: Document) -> Layout:
    fields = _fields(doc)
    sittings = _sittings(doc, fields)
    blocks = _blocks(doc, fields, sittings)
    purpose = _purpose(doc, fields, blocks)
    return Layout(fields, sittings, blocks + purpose, _header(doc, fields), _record_meeting(doc, fields, sittings))


def _record_meeting(doc: Document, fields: list[Field], sittings: list[Sitting]) -> Sitting | None:
    """A record of one decision says at which meeting it was made in one "Decided at meeting:" line,
    usually below the decision itself; a page listing several meetings has no such single line."""
    decided_at = [f for f in fields if f.field == "decided-at"]
    if len(decided_at) != 1:
        return None
    return next((s for s in sittings if s.start == decided_at[0].start), None)


@cache
def purpose_line() -> re.Pattern[str]:
    """The line a forward-plan entry opens with to say what it is for: "Approval of Bold Steps
    for Kent", "To note the progress ... and approve the revised Strategy", "Adoption of the Plan"."""
    nouns = "|".join(sorted({v.noun[:1].upper() + v.noun[1:] for v in verbs() if v.noun}, key=len, reverse=True))
    bases = "|".join(sorted({v.base for v in verbs()}, key=len, reverse=True)).replace(" ", r"\s")
    return re.compile(rf"^[ \t]*(?P<purpose>(?:To\s(?:{bases})|(?:{nouns})\sof)\b[^\n]*)")


# The purpose line comes right under the entry's title: it is looked for in its first lines only.
PURPOSE_LINES = 12


def _purpose(doc: Document, fields: list[Field], blocks: list[Block]) -> list[Block]:
    """A forward-plan entry ("Decision due: 16 Dec 2010 by County Council") with no "Proposed
    decision:" heading says what is proposed in its opening line: that line is its request."""
    if not any(f.field == "decision-due" for f in fields) or any(b.stance == "request" for b in blocks):
        return []
    lines = [(offset, line) for offset, line in lines_with_offsets(doc.original) if line.strip()][:PURPOSE_LINES]
    for offset, line in lines:
        match = purpose_line().match(line)
        if match is not None:
            start = _clean_offset(doc, offset + match.start("purpose"))
            end = _clean_offset(doc, offset + match.end("purpose"))
            return [Block("request", start, end, (start, start))] if end > start else []
    return []


# Markup around a cover line: "**POLICY AND RESOURCES COMMITTEE**", "## Cabinet".
_COVER_TRIM = re.compile(r"^[\s*#|_]*(?P<content>.*?)[\s*#|_]*$")
COVER_LINES = 8


def _cover(doc: Document) -> Sitting | None:
    """A report's cover: a line naming the body ("POLICY AND RESOURCES COMMITTEE") and, within the
    next two lines, a line that is only the meeting's date ("22 FEBRUARY 2017")."""
    lines = [(offset, line) for offset, line in lines_with_offsets(doc.original) if line.strip()][:COVER_LINES]
    for index, (offset, line) in enumerate(lines):
        content = _COVER_TRIM.match(line)
        written = names.smart_case(content.group("content")) if content else ""
        if content is None or not written or not re.fullmatch(ORGN, written):
            continue
        for date_offset, date_line in lines[index + 1 : index + 3]:
            trimmed = _COVER_TRIM.match(date_line)
            if trimmed is None:
                continue
            found = find_dates(trimmed.group("content"))
            if len(found) == 1 and found[0].value and found[0].written == trimmed.group("content"):
                start = _clean_offset(doc, offset + content.start("content"))
                date_start = _clean_offset(doc, date_offset + trimmed.start("content"))
                dates = find_dates(doc.text, date_start, date_start + len(found[0].written))
                if dates and dates[0].value:
                    return Sitting(
                        start, written, (start, start + len(written)), dates[0], None, (start, start + len(written))
                    )
    return None


def _header(doc: Document, fields: list[Field]) -> Sitting | None:
    """The one meeting a page is for: a report's "Report to: Executive" with its "Date: 6 February
    2018", or a heading or footer line that names it ("Cabinet, Tuesday 14 March 2017")."""
    to = next((f for f in fields if f.field == "report-to" and f.value), None)
    dated = next((f for f in fields if f.field == "report-date" and f.value), None)
    if to is not None and dated is not None:
        body = re.split(r"\s+-\s+", to.value)[0].strip()
        dates = [m for m in find_dates(doc.text, dated.value_start, dated.end) if m.value]
        if body and dates:
            return Sitting(
                to.start, body, (to.value_start, to.value_start + len(body)), dates[0], None, (to.start, to.end)
            )
    cover = _cover(doc)
    if cover is not None:
        return cover
    for offset, line in lines_with_offsets(doc.original):
        match = MEETING_HEADER.search(line.strip())
        if match is None:
            continue
        start = _clean_offset(doc, offset + len(line) - len(line.lstrip()))
        dates = find_dates(doc.text, start + match.start("date"), start + match.end("date"))
        body_span = (start + match.start("body"), start + match.end("body"))
        if dates and dates[0].value and doc.text[body_span[0] : body_span[1]] == match.group("body"):
            return Sitting(start, match.group("body"), body_span, dates[0], None, (body_span[0], start + match.end()))
    return None


def _fields(doc: Document) -> list[Field]:
    found = []
    pattern = field_line()
    for offset, line in lines_with_offsets(doc.original):
        match = pattern.match(line)
        if match is None:
            continue
        field, body = field_labels()[re.sub(r"\s+", " ", match.group("label").lower())]
        start = _clean_offset(doc, offset + match.start("label"))
        end = _clean_offset(doc, offset + len(line.rstrip()))
        value_start = _clean_offset(doc, offset + match.start("value"))
        value = doc.text[value_start:end].strip() if value_start < end else ""
        found.append(Field(field, body, value, start, max(end, start), value_start))
    return found


def _sittings(doc: Document, fields: list[Field]) -> list[Sitting]:
    text = doc.text
    found: list[Sitting] = []
    for match in MEETING_LINE.finditer(text):
        dates = find_dates(text, match.start("date"), match.end("date"))
        found.append(
            Sitting(
                match.start(),
                match.group("body"),
                match.span("body"),
                dates[0] if dates else None,
                match.group("item"),
                match.span(),
            )
        )
    for offset, line in lines_with_offsets(doc.original):  # a dotted leader line: the body starts the line
        dotted = DOTTED_MEETING.match(line.strip())
        if dotted is None:
            continue
        start = _clean_offset(doc, offset + len(line) - len(line.lstrip()))
        body_span = (start + dotted.start("body"), start + dotted.end("body"))
        dates = find_dates(text, start + dotted.start("date"), start + dotted.end("date"))
        found.append(
            Sitting(
                start, dotted.group("body"), body_span, dates[0] if dates else None, None, (start, start + dotted.end())
            )
        )
    for field in fields:
        if field.field == "body-decision-date":
            dates = find_dates(text, field.value_start, field.end)
            found.append(
                Sitting(
                    field.start,
                    field.label_body,
                    (field.start, field.start + len(field.label_body)),
                    dates[0] if dates else None,
                    None,
                    (field.start, field.end),
                )
            )
    return sorted(found, key=lambda s: s.start)


TEXT_FIELDS = {"outcome-text": "outcome", "request-text": "request", "recommendation-text": "recommendation"}
# A block never runs further than this: minutes are short; a marker's reach must be bounded.
BLOCK_REACH = 3000


def _blocks(doc: Document, fields: list[Field], sittings: list[Sitting]) -> list[Block]:
    text = doc.text
    starts: list[tuple[int, int, str, str | None, tuple[int, int] | None]] = []
    for field in fields:
        stance = TEXT_FIELDS.get(field.field)
        starts.append((field.start, field.value_start, stance or "", None, None))
    for field_name, pattern in INLINE_MARKERS:
        for match in finditer(pattern, text):
            starts.append((match.start(), match.end(), TEXT_FIELDS[field_name], None, None))
    for match in finditer(BODY_RESOLVED, text):
        starts.append((match.start(), match.end(), "outcome", match.group("body"), match.span("body")))
    boundaries = sorted({s[0] for s in starts} | {s.start for s in sittings} | {len(text)})
    blocks: list[Block] = []
    markers: set[int] = set()
    for start, content, stance, body, body_span in sorted(starts):
        if not stance or start in markers:
            continue  # a label line and the same marker read inline are one block
        markers.add(start)
        following = boundaries[bisect.bisect_right(boundaries, max(start, content - 1))]
        end = min(following, content + BLOCK_REACH)
        if end > content:
            blocks.append(Block(stance, content, end, (start, content), body, body_span))
    return blocks


# Clauses inside a block: "(i) That the X be noted;", "(ii) to approve the Y", "1. the board approves Z".
CLAUSE_BREAK = re.compile(
    r"(?:;|\.\s|,?\sand\s(?=that\s|(?:re)?commends?\s|(?:re)?commended\s)|\s(?=\((?:[ivx]{1,5}|[a-h]|\d{1,2})\)\s)|\s(?=(?:[a-h]|\d{1,2})[.)]\s[A-Za-z]))"
)


# A short aside in brackets that is not itself a list marker: "(Appendix 2)", "(as amended)".
PARENTHETICAL = re.compile(r"\((?!(?:[ivx]{1,5}|[a-h]|\d{1,2})\))[^()\n]{1,40}\)")


def clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The clauses of ``text[start:end]``, split at list markers, semicolons and full stops;
    never inside a bracketed aside ("the Plan (Appendix 2) be approved" is one clause)."""
    asides = [m.span() for m in PARENTHETICAL.finditer(text, start, end)]
    spans, left = [], start
    for match in CLAUSE_BREAK.finditer(text, start, end):
        if any(a_start < match.start() < a_end for a_start, a_end in asides):
            continue
        if match.start() > left:
            spans.append((left, match.start()))
        left = match.end()
    if end > left:
        spans.append((left, end))
    return spans


@cache
def clause_patterns() -> list[tuple[str, re.Pattern[str]]]:
    """How a clause under a marker says what was done, by shape:

    - ``recommend``: "Council be recommended to endorse and adopt X", "recommend to Council that it adopt X";
    - ``passive``: "That X be endorsed and adopted", "the minutes be noted";
    - ``nominal``: "Approval of X" opening a clause (what a forward-plan entry is for);
    - ``infinitive``: "to note the progress on X", "I agree to approve X";
    - ``active``: "That Council endorse and adopt X", "the board approves X"."""
    base, past, third = verb_forms("base"), verb_forms("past"), verb_forms("base", "third", "past")
    joined = lambda forms: rf"(?P<verbs>(?:{forms})(?:\s?(?:,|and|&)\s(?:be\s)?(?:{forms})){{0,3}})"  # noqa: E731
    return [
        ("recommend", re.compile(rf"(?P<body>{ORGN})\sbe\srecommended\sto\s{joined(base)}\b")),
        (
            "recommend",
            re.compile(rf"\brecommend(?:s|ed)?\sto\s(?P<body>{ORGN})\s(?:that\s)?(?:it\s)?(?:to\s)?{joined(base)}\b"),
        ),
        (
            "recommend",
            re.compile(rf"\bbe\s(?:re)?commended\sto\s(?P<body>{ORGN})\sfor\s(?P<verbs>{verb_forms('noun')})\b"),
        ),
        # "recommend the Assembly to approve the Plan", "recommends that Council adopt the Strategy"
        (
            "recommend",
            re.compile(rf"\brecommend(?:s|ed)?\s(?:that\s)?(?P<body>{ORGN})\s(?:to\s)?{joined(base)}\b"),
        ),
        # "That the Plan be approved", "That the Strategic Plan (Appendix A) is adopted"
        ("passive", re.compile(rf"\b(?:be|is|are)\s(?:formally\s|duly\s|hereby\s)?{joined(past)}\b")),
        # "Approval of Bold Steps for Kent", "Adoption of the Plan": a forward-plan entry's purpose
        ("nominal", re.compile(rf"(?:\(?[a-z0-9ivx]{{1,4}}[.)]\s)?(?P<verbs>{verb_forms('noun')})\sof\b")),
        # "a) NOTE the content of the Plan", "(ii) Approve the Strategy", "1. Agreed the Housing Strategy"
        (
            "imperative",
            re.compile(rf"(?:\(?[a-z0-9ivx]{{1,4}}[.)]\s)?(?:(?:CONSIDER|[Cc]onsider)\sand\s)?{joined(third)}\b"),
        ),
        # "The Cabinet recommended the Plan, set out at Appendix 1, to Full Council for approval"
        (
            "recommend",
            re.compile(
                rf"\b(?:[Rr]ecommend|[Cc]ommend)(?:s|ed)?\s[^.;]{{0,120}}?\sto\s(?P<body>{ORGN})\sfor\s(?P<verbs>{verb_forms('noun')})\b"
            ),
        ),
        ("infinitive", re.compile(rf"\b[Tt]o\s{joined(base)}\b")),
        ("active", re.compile(rf"(?P<body>{POST}|{ORGN})\s(?:formally\s|hereby\s)?{joined(third)}\b")),
    ]


# "The Cabinet Committee is asked to:" heading a list of requests.
ASKED = re.compile(
    rf"(?P<body>{POST}|{ORGN})\s(?:is|are)\s(?:being\s)?(?:asked|requested|invited)\sto\b"
    rf"|\bthat\s(?P<listed>{ORGN})\s?[-:]"
)
# "to approve the recommendations": the plans the report's recommendations named.
THE_RECOMMENDATIONS = re.compile(r"\bthe\s(?:above\s|report's\s)?recommendations\b")
# A body named in a clause as the one acting or being asked: "Council", "the Cabinet", a post.
ACTOR = re.compile(rf"(?P<body>{POST}|{ORGN})")
# Prose outcomes anywhere: "was approved by County Council on December 10", "The Cabinet approved the Plan".
MODAL_BEFORE = re.compile(
    r"\b(?:will|would|shall|should|may|might|could|must|once|if|when|until|unless|subject\sto|before|expected|"
    r"intended|due|planned|proposed|asked|requested|invited|seek\w*|sought|to\sbe|not|never)\b[^.;]{0,40}$",
    re.IGNORECASE,
)


@cache
def prose_outcomes() -> list[tuple[str, re.Pattern[str]]]:
    past = verb_forms("past")
    verbs_group = rf"(?P<verbs>(?:considered\sand\s)?(?:{past})(?:\s(?:and|&)\s(?:{past})){{0,2}})"
    return [
        (
            "passive",
            re.compile(
                rf"\b(?:was|were|has\sbeen|have\sbeen|had\sbeen)\s(?:formally\s|duly\s|unanimously\s|subsequently\s)?"
                rf"{verbs_group}\s(?:by|at(?:\s(?:a|the)\smeeting\sof)?)\s(?P<body>{POST}|{ORGN})(?P<tail>[^.;]{{0,90}})"
            ),
        ),
        # "the Council Strategy 2017-2020, which the Council adopted in March 2017"
        (
            "which",
            re.compile(
                rf"(?<=\d\d,\s)which\s(?P<body>{ORGN})\s(?:formally\s|subsequently\s)?{verbs_group}(?P<tail>[^.;]{{0,60}})"
            ),
        ),
        # "the Climate Change Strategy 2020-2030 adopted by the Council in 2020" (dated, right after the name)
        (
            "participle",
            re.compile(
                rf"(?<=\d\d\s){verbs_group}\sby\s(?P<body>{POST}|{ORGN})(?P<tail>\s(?:in|on|at\sits\smeeting\son)\s"
                rf"(?:the\s)?(?:\d{{1,2}}\w{{0,2}}\s)?(?:[A-Z][a-z]{{2,8}}\s)?(?:19|20)\d\d)"
            ),
        ),
        (
            "active",
            re.compile(
                rf"(?P<body>{ORGN})\s(?:has\s|had\s)?(?:formally\s|unanimously\s|subsequently\s)?{verbs_group}\s"
                rf"(?P<tail>[^.;]{{0,160}})"
            ),
        ),
    ]


# "... was agreed by the Partnership Board on 14 September 2017 and by the Council's Policy Committee on 28 September"
# "... discussed at Cabinet on 16 March 2016 and at the meeting of full council on 13 April 2016"
AND_BY = re.compile(
    rf"\sand\s(?:then\s|later\s)?(?:by|at(?:\s(?:a|the)\smeeting\sof)?)\s(?P<body>{POST}|{ORGN}|[Ff]ull\s[Cc]ouncil)(?![\w'])"
    rf"(?P<tail>[^.;]{{0,60}})"
)


@cache
def prose_requests() -> list[tuple[str, re.Pattern[str]]]:
    """Requests in running text: "Members are asked to approve", "seeks the Board's approval",
    "before being submitted for approval by Council on 23 March", "for agreement by County Council"."""
    base, noun = verb_forms("base"), verb_forms("noun")
    return [
        (
            "asked",
            re.compile(
                rf"(?P<body>{POST}|{ORGN}|Members|Councillors)\s(?:is|are)\s(?:being\s)?(?:asked|requested|invited|recommended)"
                rf"\sto:?\s(?:\(\w{{1,4}}\)\s)?(?:consider\sand\s)?(?P<verbs>{base})\b"
            ),
        ),
        (
            "seeks",
            re.compile(
                rf"\b(?:seeks?|seeking|sought)\s(?:the\s)?(?:(?P<body>{ORGN})(?:'s)?\s)?(?:formal\s)?(?P<verbs>{noun})\b"
                rf"(?:\s(?:of|from|by)\s(?P<body2>{ORGN}))?"
            ),
        ),
        (
            "submitted",
            re.compile(
                rf"\b(?:submitted|presented|referred|put)\s(?:to\s(?P<body>{ORGN})\s)?for\s(?P<verbs>{noun})"
                rf"(?:\sby\s(?P<body2>{ORGN}))?(?P<tail>[^.;]{{0,60}})"
            ),
        ),
        ("for-body", re.compile(rf"\bfor\s(?P<verbs>{noun})\sby\s(?P<body>{ORGN})(?P<tail>[^.;]{{0,40}})")),
    ]


@cache
def prose_recommendations() -> list[tuple[str, re.Pattern[str]]]:
    """Recommendations to another body in running text, outside any "RESOLVED" or "Decision:" block:
    "That the Corporate Plan be recommended to Council for adoption", "was commended to Council, with
    amendments, by the Committee", "recommended the Plan to Council for approval", "asked to refer the
    CYPP to Full Council for adoption". The recommending body acted; the outcome lies with the other."""
    noun = verb_forms("noun")
    return [
        (
            "passive",
            re.compile(
                rf"\b(?:be|been|was|were|is|are)\s(?:considered\sand\s)?(?:re)?commended\sto\s(?P<body>{ORGN})"
                rf"(?:\sfor\s(?P<verbs>{noun})\b)?"
            ),
        ),
        (
            "active",
            re.compile(
                rf"\b(?:(?:re)?commend(?:s|ed)?|refer(?:s|red)?)\s(?:the|this|it|its)\b[^.;]{{0,120}}?\sto\s"
                rf"(?P<body>{ORGN})\sfor\s(?P<verbs>{noun})\b"
            ),
        ),
    ]


# "before the plan is considered by Cabinet on 6 December 2010 and by County Council on 16 Dec 2010",
# "will be discussed at the Cabinet Committee meeting on 10 November 2016": a plan put to a body.
SCHEDULED = re.compile(
    rf"\b(?:is|are|will\sbe|to\sbe|being)\s(?:considered|discussed|presented|reported)\s(?:by|at|to)\s"
    rf"(?P<body>{POST}|{ORGN})(?:\smeeting)?"
    rf"(?P<tail>(?:\sfor\s[a-z]{{4,12}})?\son\s(?:\w+day\s)?(?:the\s)?\d{{1,2}}\w{{0,2}}\s[A-Z][a-z]{{2,8}}\s?\d{{0,4}})?"
    rf"(?:\sand\s(?:by|to|at)\s(?P<body2>{ORGN})(?:\smeeting)?"
    rf"(?P<tail2>\son\s(?:\w+day\s)?(?:the\s)?\d{{1,2}}\w{{0,2}}\s[A-Z][a-z]{{2,8}}\s?\d{{0,4}})?)?"
)


BODY_SEPARATOR = re.compile(r",\s|\sand\s(?=(?:the\s)?[A-Z])|;\s")


def split_bodies(written: str) -> list[str]:
    """ "Cabinet, Council" -> ["Cabinet", "Council"] (a decision taken in two stages); a body whose
    own name has commas stays whole ("Regeneration, Community and Culture Overview and Scrutiny
    Committee, Cabinet" -> that committee and the Cabinet): a cut is made only after a whole body."""
    bodies, start = [], 0
    for cut in BODY_SEPARATOR.finditer(written):
        candidate = written[start : cut.start()].strip()
        if candidate and (names.ORG_TAIL.search(candidate) or is_post(candidate)):
            bodies.append(candidate)
            start = cut.end()
    rest = written[start:].strip()
    return [*bodies, rest] if rest else bodies


def is_post(written: str) -> bool:
    return re.fullmatch(POST, written.strip()) is not None
