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
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from loaders import names
from loaders.dates import DateMention, find_dates
from loaders.document import Document
from loaders.kinds import MEETING_BLOCKS
from loaders.text import finditer, folded, lines_with_offsets
from strategy_lineage.reference import rows

ORGN = names.ORG_PHRASE
# A word of a post's portfolio ("Children,", "Schools"): bounded, so that a pass looks only near its cues.
_PORTFOLIO_WORD = rf"[A-Z][\w'&,]{{0,{names.MAX_WORD}}}"
# A post that can take a decision alone: "Cabinet Member for Children's Services",
# "Cabinet Member - Children, Schools and Safeguarding", "Corporate Director of ...".
POST = (
    r"(?:(?:the\s)?(?:Cabinet\sMember|Portfolio\sHolder|Executive\sMember|Lead\sMember|Leader\sof\sthe\sCouncil|"
    # a minister of a government: "the Cabinet Secretary for Net Zero", "the Minister for Local Government"
    r"Cabinet\sSecretary|(?:Deputy\s)?Minister|Secretary\sof\sState|"
    r"(?:Interim\s|Executive\s|Corporate\s|Strategic\s|Assistant\s)?Director|Chief\sExecutive|Head\sof\sService)"
    rf"(?:\s(?:for|of)\s|\s?-\s){_PORTFOLIO_WORD}(?:\s(?:{_PORTFOLIO_WORD}|and|of|for|&)){{0,8}}"
    # a post named by its portfolio before the title: "Safer Communities Cabinet Member", "Housing Portfolio Holder"
    r"|(?<![\w-])(?!(?:The|A|An|This|Each|Every|Any)\s)(?:[A-Z][\w'&]{0,20}\s(?:and\s|&\s)?){1,4}"
    r"(?:Cabinet\sMember|Portfolio\sHolder|Executive\sMember|Lead\sMember)(?![\w-])(?!\s(?:for|of)\s|\s?-\s[A-Z])"
    # the record's own post, named by its title alone: "The Cabinet Member is asked to approve", "the Mayor agreed"
    r"|(?:[Tt]he\s)(?:[Cc]abinet\s[Mm]ember|[Pp]ortfolio\s[Hh]older|Executive\sMember|Lead\sMember|(?:Elected\s)?Mayor)"
    r"(?![\w-])(?!\s(?:for|of|and)\s|\s?-\s[A-Z]|'s)"
    # a news story's lower case: "the cabinet member for transport"
    r"|the\scabinet\smember\sfor\s[a-z][\w'&]{1,20}(?:,?\s(?!(?:on|in|at|by|to|from|with|as|was|is|who|which|that)\b)"
    r"(?:[a-z][\w'&]{0,20}|and|&)){0,5})"
)


@cache
def body_acronyms() -> dict[str, str]:
    """Conventional short names of bodies (data/reference/body-acronyms.csv): "HWB" -> "Health and Wellbeing Board"."""
    return {row["acronym"]: row["body"] for row in rows("body-acronyms.csv")}


@cache
def acronym_body() -> str:
    """A body named by its conventional acronym, with up to two capitalised words before it: "the Shadow HWB",
    "Kent HWB", "the CYPP Board"."""
    written = "|".join(re.escape(a).replace(r"\ ", r"\s") for a in sorted(body_acronyms(), key=len, reverse=True))
    return rf"(?:the\s)?(?:(?<![\w-])[A-Z][\w'&-]{{0,20}}\s){{0,2}}(?<![\w-])(?:{written})(?![\w-])"


# Bodies written in lower case: "the full Council meeting held on", "the council", "full council";
# "The Executive" (a council's executive, not a post: "Executive Member for ..." is one).
LOWER_BODY = (
    # "the council's Policy Committee": the committee, not the council
    rf"the\s(?:county\s|city\s|borough\s)?council['’]s\s{ORGN}"
    r"|(?:the\s)?[Ff]ull\s[Cc]ouncil(?:\smeeting)?|the\s(?:council|cabinet|executive)(?![\w-])(?!\smembers?\b)"
    # a news story's "agreed by cabinet"
    r"|(?<=\bby\s)(?:cabinet|council)(?![\w-])(?!\smembers?\b)"
    r"|(?:[Tt]he\s)?(?<![\w-])Executive(?![\w-])(?!\s[A-Z])"
)


# An authority that decides: "the Authority" (a national park's), "the Combined Authority", "Snowdonia National Park
# Authority" (never "the local authority" or "the planning authority" in lower case, which name no one).
AUTHORITY = r"(?:the\s)?(?:(?<![\w-])[A-Z][\w'&-]{0,20}\s(?:and\s|of\s)?){0,6}(?<![\w-])Authority(?![\w-])"


@cache
def body_phrase() -> str:
    """Any way a body or post is named: a post, a body's name, a conventional acronym, a lower-case "full council",
    a national body ("Scottish Ministers", data/reference/national-bodies.csv), an authority."""
    return rf"(?:{POST}|{ORGN}|{acronym_body()}|{LOWER_BODY}|{national_body()}|{AUTHORITY})"


@cache
def national_body() -> str:
    """A national body as written (data/reference/national-bodies.csv): "Scottish Ministers", "the Secretary of
    State"."""
    written = "|".join(re.escape(row["name"]).replace(r"\ ", r"\s") for row in rows("national-bodies.csv"))
    return rf"(?:the\s)?(?<![\w-])(?:{written})(?![\w-])"


def expand_acronym(written: str) -> str:
    """ "Shadow HWB" -> "Shadow Health and Wellbeing Board"; a name without a known acronym is unchanged."""
    for acronym, body in body_acronyms().items():
        if acronym in written and re.search(rf"(?<![\w-]){re.escape(acronym)}$", written):
            return written[: len(written) - len(acronym)] + body
    return written


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


def _label_alternation() -> str:
    """The labels as a regex alternation for a case-insensitive pattern: each once (written capitalised and in
    capitals as well, it was three times as many forms to try at each place, each matching what the first did),
    longest first."""
    forms = {label.lower() for label in field_labels()} - {""}
    return "|".join(re.escape(f).replace(r"\ ", r"\s") for f in sorted(forms, key=len, reverse=True))


@cache
def field_line() -> re.Pattern[str]:
    """A line that starts with a known label: "Decision Maker: Cabinet", "RECOMMENDED:",
    "2. | Record of the Decision", "Is Key decision?: Yes". Table and list residue before it is allowed."""
    labels = _label_alternation()
    return re.compile(
        rf"^[ \t\u00a0]*[\s|*#\d.()]{{0,12}}(?P<label>{labels})(?:\s?\?)?(?:\s*:|\s*$|\s(?=that\b|That\b))[ \t]*"
        rf"(?P<value>[^\n]*)",
        re.IGNORECASE,
    )


@cache
def inline_label() -> re.Pattern[str]:
    """A label inside a line, after a space: "Decision Maker: Cabinet Decision status: For Determination Date of
    decision: 10/09/2024" (a record whose fields were flattened onto one line). Only with its colon; the caller
    checks that it is written with a capital."""
    labels = _label_alternation()
    return re.compile(rf"(?<=[\s|])(?P<label>{labels})(?:\s?\?)?\s?:[ \t]*", re.IGNORECASE)


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
        for match in finditer(pattern.pattern, text, start, end):
            if not any(r.start < match.end() and match.start() < r.end for r in found):
                found.append(Reference(pattern.kind, match.group("ref"), match.start(), match.end()))
    return sorted(found, key=lambda r: r.start)


@dataclass(frozen=True)
class OwnReferenceForm:
    form: str
    scope: str  # line: read on each line of the original text; text: on the cleaned text
    pattern: re.Pattern[str]


@cache
def own_reference_forms() -> tuple[OwnReferenceForm, ...]:
    """How a record states its *own* decision reference (data/reference/decision-reference-forms.csv):
    the issue's title line ("22/00005 - SEND Strategy"), a register entry ("... ref: 3892"), a label
    ("Decision number: 95/2010", "Key decision reference KD/2021/04", "Record of decision 123")."""
    return tuple(
        OwnReferenceForm(row["form"], row["scope"], re.compile(row["pattern"]))
        for row in rows("decision-reference-forms.csv")
    )


# Bullets and list residue before a title line: "  • Issue details", "| 21/00019 - ...".
_LINE_LEAD = re.compile(r"[\s|*#•·-]{0,12}")


def own_references(doc: Document) -> list[Reference]:
    """The decision references ``doc`` gives as its own (in clean-text offsets, the whole form as
    evidence), in text order. A number merely cited (a minute, a report, another issue) is not one.
    Read once per document (the layout and two rules ask)."""
    if not (_OWN_LAST and _OWN_LAST[0][0] is doc):
        _OWN_LAST[:] = [(doc, _own_references(doc))]
    return list(_OWN_LAST[0][1])


_OWN_LAST: list[tuple[Document, list[Reference]]] = []


def _own_references(doc: Document) -> list[Reference]:
    found: list[Reference] = []
    line_forms = [f for f in own_reference_forms() if f.scope == "line"]
    for offset, line in lines_with_offsets(doc.original):
        lead = _LINE_LEAD.match(line)
        start = lead.end() if lead else 0
        content = line[start:].rstrip()  # one line: slicing it is bounded by its length
        for form in line_forms:
            match = form.pattern.match(content) if content else None
            if match is not None:  # the whole title line is the evidence: it names the decision's plan
                found.append(_own(doc, match.group("ref"), offset + start, offset + start + len(content)))
                break
    for form in own_reference_forms():
        if form.scope == "text":
            for match in finditer(form.pattern, doc.text):
                found.append(Reference("decision", match.group("ref"), match.start(), match.end("ref")))
    kept: list[Reference] = []
    for ref in sorted(found, key=lambda r: r.start):
        if not any(k.start < ref.end and ref.start < k.end for k in kept):
            kept.append(ref)
    return kept


def _own(doc: Document, ref: str, start: int, end: int) -> Reference:
    return Reference("decision", ref, _clean_offset(doc, start), _clean_offset(doc, end - 1) + 1)


# "It was moved by Councillor A, seconded by Councillor B and", "Proposed by Cllr A and seconded by Cllr B, and", then
# what was resolved (a line break in the original; the clean text joins the lines), but not a "RESOLVED" of its own
# (that marker heads the block then), "it was RESOLVED", "carried", or a second seconder.
_COUNCILLOR = r"(?:Councillors?|Cllrs?\.?)\s[^\n]{1,80}?"
MOTION_CARRIED = (
    rf"\b(?:[Ii]t\swas\s)?(?:[Mm]oved|[Pp]roposed)\sby\s{_COUNCILLOR},?\s(?:and\s)?[Ss]econded\sby\s{_COUNCILLOR},?"
    r"\sand\b(?:\s?[:-])?(?!\s*(?:RESOLVED|Resolved|AGREED|DECIDED|[Ii]t\swas\b|carried|Councillors?\b|Cllrs?\b))"
)
# Markers found inside running text (flattened tables, minutes without line breaks).
INLINE_MARKERS: list[tuple[str, re.Pattern[str]]] = [
    # "RECOMMENDED: That ...", "RECOMMENDED TO COUNCIL: That ...", "The Executive RECOMMENDED to Full Council that"
    # (the body recommended to, in the marker)
    (
        "recommendation-text",
        re.compile(
            r"\bRECOMMENDED(?:\s\(?TO\s(?:THE\s)?(?:FULL\s)?(?:COUNCIL|CABINET)\)?"
            rf"|\sto\s(?:the\s)?(?:{ORGN}|[Ff]ull\s[Cc]ouncil)(?=\s(?:that|That)\b))?\s?(?::|-|that\b|That\b)"
        ),
    ),
    # "Decision: That Council be recommended to: 1. Approve X": what follows is asked of the Council, not done
    (
        "recommendation-text",
        re.compile(rf"\b(?:That|THAT)\s(?:the\s)?(?:{ORGN}|[Ff]ull\s[Cc]ouncil)\sbe\srecommended\sto\s?:-?"),
    ),
    # "Recommended to Council (budget and policy framework):" heading an issue-decisions entry's recommendations
    ("recommendation-text", re.compile(r"\bRecommended\sto\s(?:the\s)?(?:[Ff]ull\s)?Council\b[^:.;]{0,60}:")),
    ("outcome-text", re.compile(r"\b(?:RESOLVED|Resolved|AGREED)\s?(?::|-|that\b|That\b|to\b|TO(?=\sRECOMMEND\b))")),
    # "DECIDED: That the Strategy be approved" (CMIS minutes of Scottish councils)
    ("outcome-text", re.compile(r"\b(?:DECIDED\s?(?::|-|that\b|That\b)|Decided\s?:(?!\s?\d))")),
    ("outcome-text", re.compile(r"\bDecision\sMade\s?:")),
    # "It was moved by Councillor A, seconded by Councillor B and" / the resolution on the next line: minutes whose
    # "RESOLVED" heading was lost in copying (an image or a styled line) still say the motion was carried
    ("outcome-text", re.compile(MOTION_CARRIED)),
    ("request-text", re.compile(r"\bProposed\sdecision\s?:", re.IGNORECASE)),
    # "This report makes the following recommendations to this Committee:"
    # ... its colon lost at a line's end: "makes the following recommendation to Council / That the Plan is adopted."
    # "The Policy Group has made these recommendations:", "The Panel made the following recommendation to Cabinet:"
    (
        "request-text",
        re.compile(
            r"\b(?:makes|made|has\smade|have\smade)\s(?:the\sfollowing|these|two|three|four)\srecommendations?\b"
            r"[^:.]{0,40}(?::|(?=\s(?:That|THAT)\s))"
        ),
    ),
    # "The report recommended:- that the Committee - (a) approve ...": what a report asks
    ("request-text", re.compile(r"\b(?:[Rr]eport|[Oo]fficers?)\s(?:recommended|recommends)\s?(?::-?|-|that\b)")),
]
# "The Cabinet resolved that", "the Board resolved to": an outcome block whose body is named.
# "The Integration Joint Board agreed:-", "the Mayor and Cabinet agreed that:", "The Committee decided:" head lists too.
BODY_RESOLVED = re.compile(
    rf"(?P<body>{ORGN})\s(?:formally\s|unanimously\s)?"
    rf"(?:resolved\s?(?::-?|-|that\b|to\b)|(?:agreed|decided)\s?(?:that\s?)?(?::-?|\s-\s))"
)
# "RESOLVED: That Cabinet:", "RESOLVED - That the Executive:": the body named after "That" heads the list it resolved.
LISTED_BODY = re.compile(rf"\s?(?:[Tt]hat\s)?(?P<body>(?:the\s)?(?:{POST}|{ORGN}|Executive))\s?(?::-?|\s[-–]\s)")
# "Meeting: 10/11/2016 - Cabinet (Item 180)", "Decided at meeting: 10/11/2016 - Cabinet",
# "Made at meeting: 10/10/2022 - Cabinet" (a decision register's entry)
MEETING_LINE = re.compile(
    rf"\b(?:Meeting|Decided\sat\smeeting|Made\sat\smeeting):\s?(?P<date>\d{{1,2}}/\d{{1,2}}/\d{{4}})\s?-\s?"
    rf"(?:(?P<body>{body_phrase()})(?:\s?\(Item\s(?P<item>\w{{1,6}})\.?\))?)?"
)
# A meeting named in a heading or footer line: "Executive Board - Thursday, 6th September, 2007",
# "... Regent Street, Gateshead. Cabinet, Tuesday 14 March 2017."
# "Safer Communities Cabinet Member – Minutes – 9 January 2020": a heading with the record's kind between.
MEETING_HEADER = re.compile(
    rf"(?:^|[.,;|-]\s)(?P<body>{POST}|{ORGN})\s?[-–—,]\s?(?:(?:Minutes|Decisions|Record\sof\s[Dd]ecisions)\s?[-–—,]\s?)?"
    rf"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s)?"
    rf"(?P<date>\d{{1,2}}(?:st|nd|rd|th)?\s[A-Z][a-z]{{2,8}},?\s(?:19|20)\d\d)\b"
)
# "Minutes of a meeting of the Cabinet held on 9th October, 2023", "Minutes of the Meeting of the Policy Committee
# held on Monday, 18 September 2023": the one meeting a page of minutes records.
# "At a MEETING of the NORTHBURN INTEGRATION JOINT BOARD held remotely on 24th August, 2022" (a Scottish minute).
MINUTES_OF_MEETING = re.compile(
    rf"\b(?:(?:(?:[Mm]inutes|MINUTES)\s(?:of|OF)\s(?:a|the|an|A|THE|AN)|(?:At|AT)\s(?:a|A|the|THE))\s(?:[A-Za-z]{{3,12}}\s)?"
    rf"(?:[Mm]eeting|MEETING)\s(?:of|OF)\s(?:the\s|THE\s)?"
    # "Minutes of the Cabinet held on 4 March 2021": the body right after "Minutes of the"
    rf"|(?:[Mm]inutes|MINUTES)\s(?:of|OF)\s(?:the|THE)\s(?=[A-Z][\w'&-]*(?:\s[\w'&-]+){{0,8}}\s(?:held|HELD)\s)"
    # "Minutes of the Health and Wellbeing Board, 6 June 2023", "Minutes of Mayor and Cabinet - 9 October 2024"
    rf"|(?:[Mm]inutes|MINUTES)\s(?:of|OF)\s(?:the\s|THE\s)?(?=[A-Z][\w'&-]*(?:\s[\w'&-]+){{0,8}}(?:,|\s[-–—])\s"
    rf"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s)?\d))"
    rf"(?P<body>{ORGN}|[A-Z][A-Z'&-]{{1,20}}(?:\s(?:[A-Z][A-Z'&-]{{1,20}}|and|of|for)){{0,12}})(?:,\s|\s[-–—]\s|\s)"
    rf"(?:held\s)?(?:(?:remotely|virtually|in\s[^,.]{{1,60}}?|at\s[^,.]{{1,60}}?)\s)?(?:on\s)?"
    rf"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s)?(?:the\s)?"
    rf"(?P<date>\d{{1,2}}(?:st|nd|rd|th)?\s[A-Z][a-z]{{2,8}},?\s(?:19|20)\d\d)"
)
# "RECORD OF DECISION OF THE CABINET", "Record of decisions taken by the Executive Member for Climate": who decided.
RECORD_OF_DECISION_BY = re.compile(
    r"(?:RECORD|Record)\s(?:OF|of)\s(?:THE\s|the\s)?(?:DECISIONS?|[Dd]ecisions?)\s(?:OF|of|BY|by|TAKEN\sBY|taken\sby|MADE\sBY|made\sby)"
    r"\s(?:THE\s|the\s)?(?P<body>\S[^\n]{2,90})"
)
# The lines a record's heading may take.
HEADING_LINES = 15


def record_maker(doc: Document) -> tuple[str, tuple[int, int]] | None:
    """The body or post a record's heading says decided ("RECORD OF DECISION OF THE CABINET"), as written
    (capitals made title case) with its clean-text span."""
    for offset, line in lines_with_offsets(doc.original)[:HEADING_LINES]:
        content = line.strip()
        match = RECORD_OF_DECISION_BY.fullmatch(content)
        if match is None:
            continue
        written = names.smart_case(match.group("body").strip())
        if re.fullmatch(rf"{POST}|{ORGN}", written):
            start = _clean_offset(doc, offset + len(line) - len(line.lstrip()) + match.start("body"))
            return written, (start, start + len(match.group("body").strip()))
    return None


# Where a page's heading names its meeting: its first characters.
HEADING_REACH = 600
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
    addressed: bool = False  # a report's "Report to: Cabinet": the meeting the report goes to, still to come


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
    # "Abandoned" or "Deleted" when the record's decision was withdrawn: its requests are recorded with that modality.
    withdrawal: str | None = None

    def first(self, field: str) -> Field | None:
        return next((f for f in self.fields if f.field == field), None)

    # Indexes for the lookups rules make once per match (docs/linear-time.md).
    _sitting_starts: list[int] | None = dataclasses.field(default=None, repr=False)
    _references: dict[tuple[int, int], list[Reference]] = dataclasses.field(default_factory=dict, repr=False)
    _outcome_markers: list[int] | None = dataclasses.field(default=None, repr=False)

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

    def next_outcome_marker(self, position: int) -> int | None:
        """Where the first outcome marker at or after ``position`` starts."""
        if self._outcome_markers is None:
            self._outcome_markers = sorted(b.marker[0] for b in self.blocks if b.stance == "outcome")
        at = bisect.bisect_left(self._outcome_markers, position)
        return self._outcome_markers[at] if at < len(self._outcome_markers) else None

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
    if doc.has(MEETING_BLOCKS):
        blocks += _unmarked_resolutions(doc, blocks, sittings)
    blocks = _unreached(doc, sittings, blocks)
    purpose = _purpose(doc, fields, blocks)
    return Layout(
        fields,
        sittings,
        blocks + purpose,
        _header(doc, fields),
        _record_meeting(doc, fields, sittings),
        _withdrawal(doc, fields),
    )


# A meeting's minutes saying its item was never taken: "This item was not reached", "The report was deferred to the next
# meeting", "the matter was not considered".
NOT_REACHED = re.compile(
    r"\b(?:[Tt]his|[Tt]he)\s(?:item|matter|report)\s(?:was|has\sbeen)\s(?:not\s(?:reached|considered|taken)|deferred|postponed)\b"
)


def _unreached(doc: Document, sittings: list[Sitting], blocks: list[Block]) -> list[Block]:
    """Under a meeting whose minutes say its item was not reached or was deferred, what the page prints as resolved
    is only what the meeting was asked to do (the report's recommendation): a request, no outcome."""
    starts = sorted(s.start for s in sittings)
    if not starts:
        return blocks
    unreached = [
        (start, end)
        for start, end in zip(starts, [*starts[1:], len(doc.text)], strict=True)
        if NOT_REACHED.search(doc.text, start, end)
    ]
    if not unreached:
        return blocks
    return [
        dataclasses.replace(b, stance="request")
        if b.stance == "outcome" and any(start <= b.marker[0] < end for start, end in unreached)
        else b
        for b in blocks
    ]


@cache
def withdrawn_note() -> re.Pattern[str]:
    """ "Decision abandoned.", "Note: this decision is no longer required so has been abandoned", "The item has
    been withdrawn from the Cabinet agenda": the record's decision will not be taken. The words are the decision
    statuses meaning withdrawn (data/reference/decision-statuses.csv); a plan "which is withdrawn" is not one."""
    words = "|".join(sorted({s for s, meaning in statuses().items() if meaning == "withdrawn" and " " not in s}))
    return re.compile(
        rf"\b(?:[Dd]ecision|[Ii]tem)\b(?:\s(?!be\b|that\b|to\b)[\w,'-]{{1,20}}){{0,10}}?\s(?P<word>{words})\b"
    )


def status_words(value: str) -> str:
    """ "Recommendations Approved (subject to call-in)" is the status "recommendations approved"."""
    return re.sub(r"\s*\([^)]*\)\s*$", "", value.rstrip(";").strip()).lower()


def _withdrawal(doc: Document, fields: list[Field]) -> str | None:
    """ "Abandoned" or "Deleted" when the record's decision was withdrawn (by its status field or a note saying so)."""
    status = next((f for f in fields if f.field == "decision-status"), None)
    written = status_words(status.value) if status else ""
    if statuses().get(written) != "withdrawn":
        note = withdrawn_note().search(doc.text)
        written = note.group("word").lower() if note else ""
    if not written:
        return None
    return "Deleted" if written == "deleted" else "Abandoned"


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
    bases = "|".join(sorted({v.base for v in verbs()} | PUTTING, key=len, reverse=True)).replace(" ", r"\s")
    return re.compile(rf"^[ \t]*(?P<purpose>(?:To\s(?:{bases})|(?:{nouns})\sof)\b[^\n]*)")


# Verbs of putting a plan to a body ("To present the Plan to Cabinet for approval"): a purpose, never an act.
PUTTING = {"present", "submit", "bring", "refer"}


# The purpose line comes right under the entry's title: it is looked for in its first lines only.
PURPOSE_LINES = 12


def _purpose(doc: Document, fields: list[Field], blocks: list[Block]) -> list[Block]:
    """A forward-plan entry ("Decision due: 16 Dec 2010 by County Council") with no "Proposed
    decision:" heading says what is proposed in its opening line: that line is its request. So does a decision
    record whose "Purpose:" and "Decision:" labels were lost ("Decision Maker: Cabinet", then "To present the Plan
    to Cabinet for approval ...", then "Recommendations approved.")."""
    if any(b.stance == "request" for b in blocks):
        return []
    record = any(f.field == "decision-maker" for f in fields) and not any(b.stance == "outcome" for b in blocks)
    if not record and not any(f.field == "decision-due" for f in fields):
        return []
    lines = [(offset, line) for offset, line in lines_with_offsets(doc.original) if line.strip()][:PURPOSE_LINES]
    for offset, line in lines:
        match = purpose_line().match(line)
        if match is not None:
            start = _clean_offset(doc, offset + match.start("purpose"))
            end = _clean_offset(doc, offset + match.end("purpose"))
            if not re.search(r"[.;:]\s*$", match.group("purpose")):  # a sentence wrapped onto the next lines
                stop = PURPOSE_END.search(doc.text, end, end + PURPOSE_REACH)
                end = stop.end() if stop else end
            return [Block("request", start, end, (start, start))] if end > start else []
    return []


# A purpose wrapped over lines ends with its sentence, within a few lines.
PURPOSE_END = re.compile(r"[.;](?=\s|$)")
PURPOSE_REACH = 300


# Markup around a cover line: "**POLICY AND RESOURCES COMMITTEE**", "## Cabinet".
_COVER_TRIM = re.compile(r"^[\s*#|_]*(?P<content>.*?)[\s*#|_]*$")
COVER_LINES = 8


# What may come before a cover's date on its line: "Minutes of the meeting held on Tuesday", "Meeting held on".
MEETING_DATE_LEAD = re.compile(
    r"(?i)(?:(?:minutes\s(?:of\s)?(?:the\s|a\s)?)?(?:meeting|sitting)\s)?(?:held\s)?(?:on\s)?"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s)?(?:the\s)?"
)


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
            # the date alone, or "Minutes of the meeting held on Tuesday 8 July 2025" (the body is the line above)
            lead = MEETING_DATE_LEAD.match(trimmed.group("content"))
            lead_end = lead.end() if lead else 0  # (the lead is all optional: it always matches)
            dated = trimmed.group("content")[lead_end:]
            found = find_dates(dated)
            if len(found) == 1 and found[0].value and found[0].written == dated:
                start = _clean_offset(doc, offset + content.start("content"))
                date_start = _clean_offset(doc, date_offset + trimmed.start("content") + lead_end)
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
    dated = next((f for f in fields if f.field in ("report-date", "meeting-date") and f.value), None)
    if to is not None and dated is not None:
        body = re.split(r"\s+-\s+", to.value)[0].strip()
        dates = [m for m in find_dates(doc.text, dated.value_start, dated.end) if m.value]
        if body and dates:
            return Sitting(
                to.start, body, (to.value_start, to.value_start + len(body)), dates[0], None, (to.start, to.end), True
            )
    cover = _cover(doc)
    if cover is not None:
        return cover
    minutes = MINUTES_OF_MEETING.search(doc.text, 0, HEADING_REACH)
    if minutes is not None:
        dates = [m for m in find_dates(doc.text, *minutes.span("date")) if m.value]
        if dates:
            body = names.smart_case(minutes.group("body"))  # "INTEGRATION JOINT BOARD" is the Integration Joint Board
            return Sitting(minutes.start(), body, minutes.span("body"), dates[0], None, minutes.span())
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
    lines = lines_with_offsets(doc.original)
    for index, (offset, line) in enumerate(lines):
        for label, label_start, value_start, value_end in _labels_in(line):
            field, body = field_labels()[re.sub(r"\s+", " ", label.lower())]
            start = _clean_offset(doc, offset + label_start)
            end = _clean_offset(doc, offset + value_end)
            value_at = _clean_offset(doc, offset + value_start)
            value = doc.text[value_at:end].strip() if value_at < end else ""
            if not value and field not in BLOCK_FIELDS:
                below = _value_below(doc, lines, index)
                if below is not None:
                    value_at, end = below
                    value = doc.text[value_at:end]
            if field == "outcome-text" and _only_a_date(value):
                field = "decision-date"  # "Decision Made: 11 March 2015" dates the record; the decision is below
            found.append(Field(field, body, value, start, max(end, start), value_at))
    return found


# Fields whose text is read as a block up to the next marker, not as a one-line value.
BLOCK_FIELDS = {"outcome-text", "request-text", "recommendation-text", "section-end", "decision-reasons"}
# How many lines below an empty label its value may be ("Decision Maker:" then blank lines, then "Cabinet").
VALUE_LOOKAHEAD = 10


# The opening of a resolution's text: "That the Housing Committee: ..." (what follows names a body, not a label).
RESOLUTION_OPENING = re.compile(r"\s*(?:-\s)?(?:[Tt]hat|THAT)\s[^:]*$")


def _labels_in(line: str) -> list[tuple[str, int, int, int]]:
    """Each label of a line as (label, where it starts, where its value starts, where its value ends): the label
    the line opens with, then any written with a capital after it ("Decision Maker: Cabinet Decision status: For
    Determination"). A line that opens with no label holds labels only from the first of two or more words
    ("... Decision Maker: Cabinet"), which prose does not write with a capital and a colon."""
    spots: list[tuple[str, int, int]] = []
    first = field_line().match(line) if _may_open_with_label(line) else None
    if first is not None:
        spots.append((first.group("label"), first.start("label"), first.start("value")))
    after = first.start("value") if first else 0
    for match in _inline_labels(line, after) if line.find(":", after) >= 0 else ():  # a label has its colon
        written = match.group("label")
        if RESOLUTION_OPENING.match(line, after, match.start("label")):
            continue  # "RESOLVED: That the Housing Committee:": the body that resolved, no "Committee:" label
        if written[:1].isupper() and (spots or " " in written or written.endswith("?")):
            spots.append((written, match.start("label"), match.end()))
    if not spots:
        return []
    ends = [start for _, start, _ in spots[1:]] + [len(line)]
    return [
        (label, start, value_start, max(value_start, len(line[:end].rstrip())))
        for (label, start, value_start), end in zip(spots, ends, strict=True)
    ]


# What may come before a label that opens a line (as ``field_line`` reads it): a label starts with a letter, so where
# this stops is the only place it can start.
_LABEL_LEAD = re.compile(r"[ \t\u00a0]*[\s|*#\d.()]{0,12}")


@cache
def _label_openings() -> frozenset[str]:
    """The first two characters of every label, folded as ``loaders.text.folded`` folds (case-insensitive)."""
    return frozenset(folded(label[:2]) for label in field_labels())


def _may_open_with_label(line: str) -> bool:
    """Whether ``field_line`` can match ``line``: the line's first two characters after its lead open a label. Asked of
    each of a megabyte's 15,000 lines, where matching the label alternation (200 forms) costs 3 us a line."""
    lead = _LABEL_LEAD.match(line)  # it matches the empty string: never None
    at = lead.end() if lead else 0
    return folded(line[at : at + 2]) in _label_openings()


@cache
def _label_reach() -> int:
    """How far before its colon a label written in a line starts: the longest label and ``(?:\s?\?)?\s?``."""
    return max(map(len, field_labels())) + 3


def _inline_labels(line: str, after: int) -> Iterator[re.Match[str]]:
    """``inline_label().finditer(line, after)``: the same matches, tried only in the stretch before each colon (a
    label ends at most three characters before its colon) and the spaces after it, overlapping stretches merged."""
    windows: list[tuple[int, int]] = []
    colon = line.find(":", after)
    while colon >= 0:
        start, end = max(after, colon - _label_reach()), colon + 1
        while end < len(line) and line[end] in " \t":
            end += 1  # the [ \t]* a match ends with
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
        colon = line.find(":", colon + 1)
    for start, end in windows:
        yield from inline_label().finditer(line, start, end)


def _value_below(doc: Document, lines: list[tuple[int, str]], index: int) -> tuple[int, int] | None:
    """The value of a label that ends its line, on the first non-blank line below ("Decision Maker:" / "Cabinet"),
    unless that line is a label of its own. Clean-text span."""
    for offset, line in lines[index + 1 : index + 1 + VALUE_LOOKAHEAD]:
        content = line.strip()
        if not content:
            continue
        if field_line().match(line) is not None:
            return None
        start = offset + line.index(content)
        return _clean_offset(doc, start), _clean_offset(doc, start + len(content))
    return None


# The date an issue-decisions or register entry line opens with: "02/03/2022 - 22/00005 - ...".
ENTRY_DATE = re.compile(r"\d{1,2}/\d{1,2}/\d{4}(?=\s?-\s)")


def _within_line(doc: Document, start: int, end: int) -> tuple[int, int]:
    """A clean-text span cut at the first line break of the original ("Cabinet" of "Cabinet\n\nThe Board is ..."):
    the clean text has none, so a name read there may run on into the next line."""
    original_start, original_end = doc.clean.to_original(start, end)
    newline = doc.original.find("\n", original_start, original_end)
    if newline < 0:
        return start, end
    cut = _clean_offset(doc, newline)
    return (start, cut) if cut > start else (start, end)


def _only_a_date(value: str) -> bool:
    dates = find_dates(value)
    return len(dates) == 1 and dates[0].value is not None and dates[0].written == value.rstrip(".")


def _sittings(doc: Document, fields: list[Field]) -> list[Sitting]:
    text = doc.text
    found: list[Sitting] = []
    for match in finditer(MEETING_LINE, text):
        if match.group("body") is None:  # "Meeting: 14/03/2023 - Executive Member Decisions": its date only
            dates = find_dates(text, match.start("date"), match.end("date"))
            found.append(Sitting(match.start(), None, None, dates[0] if dates else None, None, match.span("date")))
            continue
        dates = find_dates(text, match.start("date"), match.end("date"))
        body_span = _within_line(doc, *match.span("body"))
        found.append(
            Sitting(
                match.start(),
                text[body_span[0] : body_span[1]],
                body_span,
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
    for ref in own_references(doc):  # "04/07/2022 - Play Strategy ref: 1822": the entry's decision date
        dated = ENTRY_DATE.match(text, ref.start)
        dates = find_dates(text, ref.start, dated.end()) if dated else []
        if dates and dates[0].value:
            found.append(Sitting(ref.start, None, None, dates[0], None, (ref.start, ref.end)))
    found += _entry_lines(doc, {s.start for s in found})
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


# An issue-decisions page's entry line: "28/02/2023 - Council Plan refresh", "10/11/2016 - Cabinet".
ENTRY_LINE = re.compile(r"(?P<date>\d{1,2}/\d{1,2}/\d{4})\s?[-–]\s?(?P<rest>\S[^\n]{0,200})")


def _entry_lines(doc: Document, known: set[int]) -> list[Sitting]:
    """Each dated entry line of an issue-decisions page or register heads the decisions below it: their date, and
    their body when the line names one ("10/11/2016 - Cabinet") rather than the issue's title."""
    found = []
    for offset, line in lines_with_offsets(doc.original):
        lead = _LINE_LEAD.match(line)
        start_in_line = lead.end() if lead else 0
        match = ENTRY_LINE.fullmatch(line.rstrip(), start_in_line)
        if match is None:
            continue
        start = _clean_offset(doc, offset + start_in_line)
        dates = find_dates(doc.text, start, _clean_offset(doc, offset + match.end("date")))
        if start in known or not dates or not dates[0].value:
            continue
        rest = match.group("rest").strip()
        body_start = _clean_offset(doc, offset + match.start("rest"))
        named = re.fullmatch(ORGN, rest) is not None and doc.text[body_start : body_start + len(rest)] == rest
        found.append(
            Sitting(
                start,
                rest if named else None,
                (body_start, body_start + len(rest)) if named else None,
                dates[0],
                None,
                (start, _clean_offset(doc, offset + match.end())),
            )
        )
    return found


TEXT_FIELDS = {"outcome-text": "outcome", "request-text": "request", "recommendation-text": "recommendation"}
# A block never runs further than this: minutes are short; a marker's reach must be bounded.
BLOCK_REACH = 3000


def _blocks(doc: Document, fields: list[Field], sittings: list[Sitting]) -> list[Block]:
    text = doc.text
    starts: list[tuple[int, int, str, str | None, tuple[int, int] | None]] = []
    for field in fields:
        stance = TEXT_FIELDS.get(field.field)
        starts.append((field.start, field.value_start, stance or "", None, None))
    field_starts = {field.start for field in fields}
    for field_name, pattern in INLINE_MARKERS:
        for match in finditer(pattern, text):
            if match.start() not in field_starts:  # a label line read inline is the field already read
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
        marker_end = content
        recommending = RECOMMENDING.match(text, content) if stance == "outcome" else None
        if recommending is not None and recommending.end() < end:
            # "Resolved to RECOMMEND (to Council) that X be approved": a recommendation to the body the marker names
            stance, marker_end = "recommendation", recommending.end()
        if stance in ("outcome", "recommendation") and RESOLVING_MARKER.search(text, start, content):
            end = _resolution_end(text, marker_end, end)  # not a record's "Decision:" field, whose text is all its
        if end > content:
            listed = LISTED_BODY.match(text, content) if stance == "outcome" and body is None else None
            if listed is not None:  # "RESOLVED: That Cabinet: (1) Noted ... (2) Approved ...": Cabinet resolved
                body, body_span = listed.group("body"), listed.span("body")
            blocks.append(Block(stance, content, end, (start, marker_end), body, body_span))
    return (
        blocks
        + _entry_resolutions(doc, sittings, markers, boundaries)
        + _unlabelled_decisions(fields, sittings, blocks, boundaries)
    )


# A sentence that goes on with the resolution: the next item of its list, "That ...", "to note ...", an act in the
# imperative or past ("Approve ...", "Noted ..."), or its body ("The Cabinet also agreed ...", "Members ...").
_SENTENCE_BREAK = re.compile(r"(?<![\s(]\d)(?<![\s(]\d\d)(?<![\s(][a-hivx])[.!?]\s(?=\S)")  # not "1. ", "(b). "
# Resolutions' other verbs, as a clause may open with them ("Recommended X to Council", "Delegated authority to ...").
RESOLVING_VERBS = (
    r"(?:[Rr]ecommend|[Cc]ommend|[Rr]equest|[Dd]elegate|[Aa]uthori[sz]e|[Ii]nstruct|[Aa]sk|[Ww]elcome|[Ss]upport"
    r"|[Aa]ccept|[Rr]eceive|[Rr]efer|RECOMMEND|REQUEST|DELEGATE)\w{0,6}\b"
)


@cache
def resolution_continues() -> re.Pattern[str]:
    acts = verb_forms("base", "third", "past")
    # a list item goes on with the resolution when it resolves ("(2) That ...", "2.1 Recommended ..."), not when it is
    # the next agenda item's heading ("8. Holmfirth Strategic Plan")
    item = r"(?:\(?(?:[ivx]{1,5}|[a-h]|\d{1,2})[.)]\s|\d{1,2}(?:\.\d{1,2}){1,2}[.)]?\s|[·•*-]\s)"
    opening = (
        r"(?:That|THAT|that|To|TO|And|and)\s|RESOLVED|Resolved|AGREED"
        rf"|(?:{acts})\b|(?:He|She|They|It|Members|The\s(?:Cabinet|Committee|Board|Executive|Council|Panel|Leader|Mayor))\b"
        rf"|(?:FURTHER|Further)\s|{RESOLVING_VERBS}"
    )
    return re.compile(rf"{item}(?=[a-z]|{opening})|{opening}")


# The markers of a resolution ("RESOLVED:", "Resolution:", "AGREED that", "The Board resolved to"), whose block is
# the resolution's sentences only (a record's "Decision:" / "Decisions:" field holds the record's whole minute).
RESOLVING_MARKER = re.compile(r"(?i)\b(?:resolved|resolution|agreed|decided|seconded)\b")


@cache
def resolution_acts() -> re.Pattern[str]:
    """A sentence that acts as a resolution does (any form of a governance verb, "recommend", "delegate", ...)."""
    return re.compile(rf"(?<![\w-])(?:{verb_forms('base', 'third', 'past')}|{RESOLVING_VERBS})(?![\w-])")


# What tells a sentence is the minute's narrative, not the resolution: a past or future tense of its own, a past date
# ("The Forum had endorsed X", "X was agreed by the Board in May 2025", "the Council will be asked to adopt it").
NARRATIVE = re.compile(
    r"\b(?:had|has\sbeen|have\sbeen|was|were|will|would)\b|\b(?:in|since|during)\s(?:[A-Z][a-z]{2,8}\s)?(?:19|20)\d\d\b"
)
# How much of the next sentence is read to tell whether it still resolves.
NEXT_SENTENCE_REACH = 250


def _resolution_end(text: str, content: int, end: int) -> int:
    """Where a resolution's block ends: at the first full stop after which the text no longer resolves ("RESOLVED:
    That the update be noted. The Forum had endorsed X in May" ends at "noted."), else at ``end``. A sentence goes on
    with the resolution when it opens as a resolution's item does, or acts (a governance or resolving verb) in no
    narrative tense and with no past date of its own ("Cabinet recommends Full Council to adopt X")."""
    continues = resolution_continues()
    breaks = list(_SENTENCE_BREAK.finditer(text, content, end))
    for index, stop in enumerate(breaks):
        if continues.match(text, stop.end()):
            continue
        sentence_end = min(
            breaks[index + 1].start() if index + 1 < len(breaks) else end, stop.end() + NEXT_SENTENCE_REACH
        )
        if resolution_acts().search(text, stop.end(), sentence_end) and not NARRATIVE.search(
            text, stop.end(), sentence_end
        ):
            continue
        return stop.start() + 1
    return end


# What turns a resolution into a recommendation to another body: "Resolved to RECOMMEND: (to Council) that ...",
# "RESOLVED TO RECOMMEND to Full Council:", "RESOLVED - To recommend to the Council that ...", "The Cabinet resolved to
# recommend:" (the outcome marker ends before or after its "to"; the body recommended to stays in the marker).
# Only a recommending opening that names its body, ends at a colon or dash, or goes on with "that" heads the block
# ("Resolved to recommend Full Council to approve X" is read by the clause's own shape).
RECOMMENDING = re.compile(
    r"(?:\s?[-–:]?\s?(?:[Tt]o|TO)(?=\s))?\s(?:RECOMMEND|[Rr]ecommend)(?![\w-])"
    rf"(?:(?:\s?:-?)?\s\(?(?:to|TO)\s(?:the\s|THE\s)?(?:{ORGN}|(?:FULL\s)?COUNCIL|CABINET)\)?\s?(?::-?|[-–](?=\s))?"
    r"|\s?(?::-?|[-–](?=\s))|(?=\s(?:that|That|THAT)\s))"
)
# The body a recommending marker names: "(to Council)", "TO FULL COUNCIL", "to the Executive".
# "That Council be recommended to:": the body named before "be recommended".
MARKER_BODY_RECOMMENDED = re.compile(rf"(?P<body>{ORGN}|[Ff]ull\s[Cc]ouncil)\sbe\srecommended\sto\b")
MARKER_RECOMMENDED_TO = re.compile(
    rf"\(?(?:to|TO)\s(?P<body>(?:the\s|THE\s)?(?:{ORGN}|(?:FULL\s)?COUNCIL|CABINET|[Ff]ull\s[Cc]ouncil))\)?"
    r"(?:\s?(?::-?|[-–]\s|$)|\s(?=(?:that|That|THAT)\b))"
)


# "That the Cabinet:" opening what a dated entry line heads ("03/03/2024 - Corporate Plan 2024-2028").
THAT_BODY = re.compile(rf"(?:[Tt]hat|THAT)\s(?P<body>(?:the\s)?(?:{POST}|{ORGN}|Executive))\s?:-?")


def _entry_resolutions(doc: Document, sittings: list[Sitting], markers: set[int], boundaries: list[int]) -> list[Block]:
    """A decision list's entry: a dated line ("03/03/2024 - Corporate Plan 2024-2028") with "That the Cabinet:" right
    below it heads what that body resolved, though no "RESOLVED" marks it (decision registers that print only the
    resolution's words)."""
    blocks = []
    for sitting in sittings:
        line_end = sitting.where[1]
        listed = THAT_BODY.match(doc.text, line_end + (doc.text[line_end : line_end + 1] == " "))
        if listed is None or listed.start("body") in markers or not ENTRY_DATE.match(doc.text, sitting.start):
            continue
        following = boundaries[bisect.bisect_right(boundaries, listed.end())]
        end = min(following, listed.end() + BLOCK_REACH)
        blocks.append(
            Block(
                "outcome", listed.end(), end, (listed.start(), listed.end()), listed.group("body"), listed.span("body")
            )
        )
    return blocks


@cache
def unmarked_resolution() -> re.Pattern[str]:
    """A list item of minutes that resolves without a "RESOLVED" marker (the marker lost in a flattened page):
    "a) the Strategy 2024-2029, as appended to the report, be approved;", "1. Approved the draft Housing Strategy",
    "(2) To approve the draft Council Plan" (an issue-decisions entry's items under "(Key decision):")."""
    past = verb_forms("past")
    base = verb_forms("base")
    # not the item number a meeting line ends with: "Meeting: 14/07/2022 - Cabinet (Item 12)"
    marker = r"(?:(?<=\s)|^)(?<!Item\s)(?<!ITEM\s)(?:\(?[a-h]\)|\(?[ivx]{1,4}\)|\(?\d{1,2}[.)])\s"
    return re.compile(
        rf"{marker}(?:(?:That\s|that\s)?[^.;:]{{3,300}}?\s(?:be|is|are)\s(?:formally\s)?(?:{past})\b"
        rf"|(?:{past})\s(?:the|its|their)\b|To\s(?:{base})\s(?:the|its|their)\b)"
    )


@cache
def unmarked_recommendations() -> re.Pattern[str]:
    """ "That the recommendations set out in the report be agreed." under any heading ("Decision of the Cabinet",
    "Minutes:"): the item's resolution, though unmarked and unnumbered (a pattern of its own, tried only where
    "recommendations" is)."""
    return re.compile(
        r"(?<![\w-])(?:That|THAT)\sthe\s(?:above\s|report['’]s\s)?recommendations\b[^.;:]{0,80}?"
        rf"\s(?:be|are)\s(?:formally\s)?(?:{verb_forms('past')})\b"
    )


def _unmarked_resolutions(doc: Document, blocks: list[Block], sittings: list[Sitting]) -> list[Block]:
    """In minutes (issue-meetings pages, agenda items) a run of list items that resolve, outside every marked
    block, is an outcome block from its first item to the end of its last (never across a meeting's header)."""
    headers = sorted(s.start for s in sittings)
    spans = sorted((b.start, b.end) for b in blocks)
    starts = [start for start, _ in spans]
    reach = list(itertools.accumulate((end for _, end in spans), max))  # the furthest end of the blocks so far
    found: list[Block] = []
    items = sorted(
        [*finditer(unmarked_resolution(), doc.text), *finditer(unmarked_recommendations(), doc.text)],
        key=lambda m: m.start(),
    )
    for match in items:
        at = bisect.bisect_right(starts, match.start())
        inside = bool(at) and reach[at - 1] > match.start()
        if inside or (found and found[-1].start <= match.start() < found[-1].end):
            continue
        between = (
            bisect.bisect_right(headers, match.start()) - bisect.bisect_left(headers, found[-1].end) if found else 1
        )
        if found and match.start() - found[-1].end <= UNMARKED_GAP and not between:
            last = found.pop()  # the next item of the same list
            found.append(Block("outcome", last.start, _item_end(doc.text, match.end()), last.marker))
        else:
            found.append(
                Block("outcome", match.start(), _item_end(doc.text, match.end()), (match.start(), match.start()))
            )
    return found


# How far apart two resolving items of one list may be; an item ends at its semicolon or full stop.
UNMARKED_GAP = 400
_ITEM_END = re.compile(r"[;.](?:\s|$)|$")


def _item_end(text: str, position: int) -> int:
    end = _ITEM_END.search(text, position, min(len(text), position + 400))
    return end.end() if end else min(len(text), position + 400)


def _unlabelled_decisions(
    fields: list[Field], sittings: list[Sitting], blocks: list[Block], boundaries: list[int]
) -> list[Block]:
    """ "1. The Corporate Plan 2022-2027 be approved; 2. ... Reason for Decisions:": a record whose "Decision:"
    label was lost still gives its decisions right before their reasons. The text from the boundary before the
    reasons label (a field, a meeting line, or the start) is then an outcome block, unless a block ends there."""
    ends = {b.end for b in blocks}
    # What may open the decisions: the end of a field line or of a meeting line (sorted, found by bisection).
    openings = sorted({f.end for f in fields} | {s.where[1] for s in sittings})
    found = []
    for field in fields:
        if field.field != "decision-reasons" or field.start in ends:
            continue
        at = bisect.bisect_left(boundaries, field.start)
        start = max(boundaries[at - 1] if at else 0, field.start - BLOCK_REACH, 0)
        opened = bisect.bisect_right(openings, field.start)
        if opened and openings[opened - 1] > start:
            start = openings[opened - 1]
        if field.start > start:
            found.append(Block("outcome", start, field.start, (start, start)))
    return found


# Clauses inside a block: "(i) That the X be noted;", "(ii) to approve the Y", "1. the board approves Z".
CLAUSE_BREAK = re.compile(
    r"(?:;|\.\s|,?\sand\s(?=that\s|(?:re)?commends?\s|(?:re)?commended\s)|\s(?=\((?:[ivx]{1,5}|[a-h]|\d{1,2})\)\s)"
    r"|\s(?=(?:prior\sto|ahead\sof|before)\s(?:(?:its\s|the\s)?recommendation|it\sis\s(?:re)?commended)\s)"
    r"|\s(?=(?:[a-h]|\d{1,2})[.)]\s[A-Za-z])|\s(?=[·•]\s))"
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
    # a clause starts at its first word, not at the space a line break became
    return [(a + 1, b) if text.startswith(" ", a) and b > a + 1 else (a, b) for a, b in spans]


# "recommend", "RECOMMENDED", "Recommends" (resolutions are often in capitals), and the body recommended to:
# "to Council", "(to Council)", "TO FULL COUNCIL".
RECOMMEND = r"(?:[Rr]ecommend(?:s|ed)?|RECOMMEND(?:S|ED)?)(?:\s?:-?)?"
TO_BODY = rf"\(?(?:to|TO)\s(?P<body>{ORGN}|(?:FULL\s)?COUNCIL|CABINET)\)?"


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
            # "To recommend to Full Council that it adopts X"
            re.compile(
                rf"\b{RECOMMEND}\s{TO_BODY}\s(?:that\s)?(?:it\s)?(?:to\s)?{joined(verb_forms('base', 'third'))}\b"
            ),
        ),
        # "RECOMMEND TO FULL COUNCIL the adoption of the Plan": the act named as a noun
        (
            "recommend",
            re.compile(rf"\b{RECOMMEND}\s{TO_BODY}\s(?:the\s)?(?P<verbs>{verb_forms('noun')})\sof\b"),
        ),
        (
            "recommend",
            re.compile(
                rf"\bbe\s(?:(?:re)?commended|referred)\sto\s(?P<body>{ORGN})"
                rf"(?:\son\s(?:the\s)?\d{{1,2}}\w{{0,2}}\s[A-Z][a-z]{{2,8}}\s(?:19|20)\d\d)?\sfor\s(?P<verbs>{verb_forms('noun')})\b"
            ),
        ),
        # "b) Requests Full Council to adopt the Strategy", "asks the Board to endorse X": a request of that body
        (
            "recommend",
            re.compile(
                rf"(?<![\w-])(?:[Rr]equests?|REQUESTS?|[Aa]sks?|[Ii]nvites?)\s(?P<body>{ORGN}|[Ff]ull\s[Cc]ouncil)\sto\s"
                rf"(?:formally\s)?{joined(base)}\b"
            ),
        ),
        # "agreed to recommend to Full Council that the Strategy be adopted": a request of the Council, not an adoption
        (
            "recommend",
            re.compile(
                rf"\b{RECOMMEND}\s{TO_BODY}\s(?:that|THAT)\s[^.;]{{0,150}}?\s(?:be|is|are)\s(?:formally\s)?{joined(past)}\b"
            ),
        ),
        # "recommends its adoption by Council", "recommend the Plan for approval by the Council"
        (
            "recommend",
            re.compile(
                rf"\b(?:[Rr]ecommend|[Cc]ommend)(?:s|ed)?\s(?:its|their|[^.;]{{0,120}}?\sfor)\s(?P<verbs>{verb_forms('noun')})"
                rf"\s(?:to|by)\s(?P<body>{ORGN})"
            ),
        ),
        # "recommend the Assembly to approve the Plan", "recommends that Council adopt the Strategy"
        (
            "recommend",
            # ("Recommend that Full Council adopts X": the other body's act, in any form, is still only asked of it)
            re.compile(
                rf"\b(?:[Rr]ecommend|RECOMMEND)(?:s|ed|S|ED)?\s(?:that\s)?(?P<body>{ORGN})\s(?:to\s)?"
                rf"{joined(verb_forms('base', 'third'))}\b"
            ),
        ),
        # "That the Plan be approved", "That the Strategic Plan (Appendix A) is adopted"
        # "... be agreed by the Mayor ahead of ...": the agent, when named, is who is to act
        (
            "passive",
            re.compile(
                rf"\b(?:be|is|are|was|were|(?:had|has|have)\sbeen)\s(?:formally\s|duly\s|hereby\s)?"
                # "be accepted and adopted by Cabinet": a first verb the table does not hold, joined to one it does
                rf"(?:(?:accepted|received|supported|welcomed|ratified)\s(?:and|&)\s)?{joined(past)}\b"
                rf"(?:\sby\s(?P<body>{POST}|{ORGN}|{AUTHORITY}|{THE_EXECUTIVE}))?"
            ),
        ),
        # "AGREED: that approval be given to the Play Strategy": the noun of the act, given
        ("given", re.compile(rf"(?P<verbs>{verb_forms('noun')})\s(?:be|is|was)\s(?:given|granted)\s(?:to|for)\b")),
        # "Approval of Bold Steps for Kent", "Adoption of the Plan": a forward-plan entry's purpose
        ("nominal", re.compile(rf"(?:\(?[a-z0-9ivx]{{1,4}}[.)]\s)?(?P<verbs>{verb_forms('noun')})\sof\b")),
        # "a) NOTE the content of the Plan", "(ii) Approve the Strategy", "1. Agreed the Strategy", "· Adopt the Plan"
        (
            "imperative",
            re.compile(
                rf"(?:\(?[a-z0-9ivx]{{1,4}}[.)]\s|[·•*-]\s)?(?:(?:CONSIDER|[Cc]onsider)\sand\s)?{joined(third)}\b"
            ),
        ),
        # "The Cabinet recommended the Plan, set out at Appendix 1, to Full Council for approval"
        (
            "recommend",
            re.compile(
                rf"\b(?:[Rr]ecommend|[Cc]ommend)(?:s|ed)?(?:\s[^.;]{{0,120}}?)?\sto\s(?P<body>{ORGN})\sfor\s(?P<verbs>{verb_forms('noun')})\b"
            ),
        ),
        # "To present the Plan to Cabinet for approval": asked of that body
        (
            "put-to",
            re.compile(
                rf"\b(?:{'|'.join(sorted(PUTTING))})(?:s|ed)?\s[^.;]{{0,150}}?\sto\s(?P<body>{body_phrase()})\sfor\s(?:its\s)?"
                rf"(?P<verbs>{verb_forms('noun')})\b"
            ),
        ),
        # "... prior to recommendation to Council for adoption in November 2025"
        (
            "recommend",
            re.compile(rf"\brecommendation\sto\s(?P<body>{body_phrase()})\sfor\s(?P<verbs>{verb_forms('noun')})\b"),
        ),
        ("infinitive", re.compile(rf"\b[Tt]o\s{joined(base)}\b")),
        # "I agree to the adoption of the Strategy" (an officer's or Cabinet Member's own decision)
        ("agree-to", re.compile(rf"\bI\s(?:hereby\s)?agree\sto\sthe\s(?P<verbs>{verb_forms('noun')})\sof\b")),
        # "That the Authority approve X", "That the Executive endorses X for publication"
        (
            "active",
            re.compile(
                rf"(?P<body>{POST}|{ORGN}|{AUTHORITY}|{THE_EXECUTIVE})\s(?:formally\s|hereby\s)?{joined(third)}\b"
            ),
        ),
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
    # "may", not the month ("In May 2021", "on 4 May")
    r"\b(?:will|would|shall|should|(?<!\d\s)may(?!\s\d)|might|could|must|once|if|when|until|unless|subject\sto|before|expected|"
    r"intended|due|planned|proposed|asked|requested|invited|seek\w*|sought|to\sbe|not|never)\b[^.;]{0,40}$",
    re.IGNORECASE,
)


# The members of the body a text is about, as the subject of what it did: "Councillors backed the new Plan".
# "Cabinet members agreed": the members of a named body are that body.
MEMBERS = (
    r"(?:(?<![\w-])(?:[Cc]abinet|[Ee]xecutive)\s(?:[Cc]ouncillors|[Mm]embers)|(?<![\w-])[Ee]lected\s(?:councillors|members)"
    # not "the members", "members of", "two members", "Board members" (someone's members, or some of them)
    r"|(?<![\w-])(?<!the\s)(?<!of\s)(?<!and\s)(?:Councillors|councillors|Members))(?![\w-])(?!\sof\b)"
)
# A council's executive acting as a body: "The Executive approved X" (not "Chief Executive", "Executive Member ...").
THE_EXECUTIVE = r"(?:[Tt]he\s)?(?<![\w-])(?<!Chief\s)Executive(?![\w-])(?!\s[A-Z])"
# A body named in lower case by its kind: "the scrutiny panel agreed", "the board endorsed" (no name to give it).
LOWER_GENERIC_BODY = r"[Tt]he\s(?:[a-z]{3,15}\s)?(?:panel|committee|board|partnership)(?![\w-])"


# What a body approves a draft for when it only lets it out for comment: "approved for consultation (purposes)",
# "agreed the draft for public consultation", "approved the draft X for engagement", "agreed as the basis for
# consultation", "endorsed for publication and consultation": an act on the draft, never the plan's adoption.
FOR_CONSULTATION = (
    r"(?:for|as\sthe\sbasis\sfor|to\sgo\s(?:out\s)?to)\s(?:the\s)?(?:purposes?\sof\s)?(?:publication\sand\s)?"
    r"(?:(?:public|formal|further|statutory|wider|stakeholder|community|informal)\s)?(?:consultation|engagement)(?![\w-])"
    r"(?:\spurposes)?"
)
# Where a clause that acts on a plan stops: its sentence, semicolon, the next list item, "and that ...".
_OWN_CLAUSE_END = re.compile(r"[.;](?:\s|$)|\n\s*\n|\s\(?(?:[ivx]{1,4}|[a-h]|\d{1,2})\)\s|,?\sand\sthat\s")
CONSULTATION_REACH = 200


def for_consultation(text: str, start: int, end: int) -> bool:
    """Whether the act quoted at ``text[start:end]`` is on a draft let out for consultation: its clause (up to its
    sentence's end, a semicolon or the next list item) says what for."""
    limit = min(len(text), end + CONSULTATION_REACH)
    stop = _OWN_CLAUSE_END.search(text, end, limit)
    return _FOR_CONSULTATION.search(text, start, stop.start() if stop else limit) is not None


_FOR_CONSULTATION = re.compile(rf"(?<![\w-]){FOR_CONSULTATION}")


# The page's own voice acting on a plan ("We adopted the current Area Plan on 12 May 2013"): someone acted, the
# page does not say which body.
WE = r"(?<![\w-])(?:We|we)(?=\s(?:have\s|had\s)?(?:formally\s)?(?:adopted|approved|agreed|endorsed|ratified)\s)"


# Who acted in a passive outcome, and at which sitting: "by", "by resolution of", "at a meeting of", "at today's
# meeting of", "at today's" (Council meeting), "at the Tuesday, June 11 meeting of", "at the Thursday, March 9 full
# council meeting" (the meeting's date between).
DAY_WORD = r"(?:today|yesterday|tonight|this\sweek|this\s(?:morning|afternoon|evening))['’]s"
PASSIVE_AGENT = (
    # "by both the Place Committee on 2 April and Cabinet on 16 April" (AND_BY reads the second), "by our Board"
    r"(?:by(?:\s(?:a\s)?(?:resolution|decision)\sof|\sboth|\s(?:our|its|their)(?=\s[A-Z]))?"
    rf"|at(?:\s(?:a|the|{DAY_WORD})(?:\s(?P<when>[^.;\d]{{0,20}}\d[^.;]{{0,16}}?))?(?:\smeeting\sof)?)?"
    rf"|at\s{DAY_WORD})"
)


# What a passive outcome says after its body, up to the next passive act (timeline lines run together once the
# text is cleaned: "... discussed by the Board 12 March 2020 - The Plan was approved by Council").
PASSIVE_TAIL = r"(?:(?!\s(?:was|were|has\sbeen|have\sbeen|had\sbeen)\s)[^.;]){0,90}"


@cache
def prose_outcomes() -> list[tuple[str, re.Pattern[str]]]:
    past = verb_forms("past")
    verbs_group = rf"(?P<verbs>(?:considered\sand\s)?(?:{past})(?:\s(?:and|&)\s(?:{past})){{0,2}})"
    # what an authority or the page's "we" decided (its discussions are read where a meeting's minutes tell them)
    decided = (
        r"(?P<verbs>(?:adopted|approved|agreed|endorsed|ratified)(?:\s(?:and|&)\s(?:adopted|approved|endorsed)){0,2})"
    )
    return [
        (
            "passive",
            re.compile(
                # "had originally been adopted by", "was first approved by": the earlier edition's event, of its date
                # "..., having been agreed by the Council's Cabinet last month": the same act told in a participle
                rf"\b(?:was|were|having\sbeen|(?:has|have|had)(?:\s(?:originally|first|initially|previously|already|now|since|also))?"
                rf"\sbeen)\s(?:formally\s|duly\s|unanimously\s|subsequently\s|originally\s|first\s|initially\s|also\s"
                rf"|previously\s|now\s)?{verbs_group}\s(?:unanimously\s|formally\s)?(?:{FOR_CONSULTATION}\s)?{PASSIVE_AGENT}\s"
                rf"(?P<body>{body_phrase()}|{MEMBERS}|{LOWER_GENERIC_BODY})(?P<tail>{PASSIVE_TAIL})"
            ),
        ),
        # "At the council meeting held on 4 May 2020, the plan for 2020-24 was adopted": the sitting opens the sentence
        (
            "sitting-first",
            re.compile(
                rf"\bAt\s(?P<body>{body_phrase()})(?:\smeeting)?\s(?:held\s)?on\s"
                rf"(?P<when>[^,;.\n]{{4,30}}),\s(?P<subject>[^.;]{{3,140}}?)\s(?:was|were|has\sbeen|have\sbeen)\s"
                rf"(?:formally\s|duly\s|unanimously\s)?{verbs_group}\b(?P<tail>)"
            ),
        ),
        # "The Heritage Strategy 2020-2025 was agreed on 3rd March 2020", "was approved in 2019": dated, no body named
        (
            "dated",
            re.compile(
                rf"\b(?:was|were|(?:has|have|had)\sbeen)\s(?:formally\s|duly\s|unanimously\s|subsequently\s)?"
                rf"{verbs_group}(?P<tail>\s(?:on|in)\s(?:\w+day,?\s)?(?:the\s)?(?:\d{{1,2}}\w{{0,2}}\s)?"
                rf"(?:[A-Z][a-z]{{2,8}}\s(?:\d{{1,2}},?\s)?)?(?:19|20)\d\d)\b"
            ),
        ),
        # "Adopted by resolution of the Authority 9th June 2012": a line under the plan's title on a web page
        (
            "line",
            re.compile(
                rf"\b(?:Formally\s)?(?=[A-Z])(?P<verbs>{verb_forms('past')})\s{PASSIVE_AGENT}\s"
                rf"(?P<body>{body_phrase()})(?P<tail>[^.;\n]{{0,60}})"
            ),
        ),
        # "Approved the Tree Strategy 2024-2034." as a line of a meeting's minutes: the meeting's body acted
        (
            "bare",
            re.compile(
                r"(?<![\w-])(?P<verbs>Approved|Agreed|Endorsed|Adopted|Noted|Ratified)\s"
                r"(?P<tail>(?:the|its|our)\s[^.;\n]{3,160})"
            ),
        ),
        # "LDP1 (adopted 2016)", "the Plan (approved by Cabinet in March 2019)": an aside in brackets after the name
        (
            "bracket",
            re.compile(
                rf"\((?:formally\s)?{verbs_group}(?:\sby\s(?P<body>{body_phrase()}))?(?P<tail>\s[^()\n]{{4,24}})\)"
            ),
        ),
        # "LDP2 now constitutes the adopted plan": the plan the sentence is about is adopted (no date given)
        (
            "constitutes",
            re.compile(
                r"\s(?:now\s)?(?:constitutes|forms|has\sbecome|became|is\snow)\sthe\s(?:formally\s)?(?P<verbs>adopted)"
                r"\s(?:[a-z]{3,12}\s){0,2}(?:plan|strategy)\b(?P<tail>)"
            ),
        ),
        # "the Council Strategy 2017-2020, which the Council adopted in March 2017"
        (
            "which",
            re.compile(
                rf"(?<=\d\d,\s)which\s(?P<body>{ORGN})\s(?:formally\s|subsequently\s)?{verbs_group}(?P<tail>[^.;]{{0,60}})"
            ),
        ),
        # "the outline draft of the Strategy 2018-23 as discussed at the Kent HWB on 22nd March 2017"
        (
            "as",
            re.compile(
                rf"\bas\s(?:previously\s)?{verbs_group}\s(?:by|at(?:\s(?:a|the)\smeeting\sof)?)\s(?P<body>{body_phrase()})"
                rf"(?P<tail>[^.;]{{0,60}})"
            ),
        ),
        # "It is a rolling five-year Strategy, agreed by Council, and is reviewed annually": an aside between commas
        (
            "aside",
            re.compile(
                # "The Core Strategy, adopted in 2011, sets ...": no body named, then the date must be
                rf",\s{verbs_group}(?:\sby\s(?P<body>{body_phrase()}))?(?P<tail>(?:\s(?:in|on)\s[^,.;]{{4,30}})?),\s"
            ),
        ),
        # "the Climate Change Strategy 2020-2030 adopted by the Council in 2020" (dated, right after the name)
        (
            "participle",
            re.compile(
                # "the Heritage Strategy 2019-2029 adopted in 2019": no body named
                rf"(?<=\d\d\s){verbs_group}(?:\sby\s(?P<body>{POST}|{ORGN}))?(?P<tail>\s(?:in|on|at\sits\smeeting\son)\s"
                rf"(?:the\s)?(?:\d{{1,2}}\w{{0,2}}\s)?(?:[A-Z][a-z]{{2,8}}\s)?(?:19|20)\d\d)"
            ),
        ),
        # "Adopted in 2004, the Community Strategy was ...": a participle opening the sentence, with its date
        (
            "opening",
            re.compile(
                # (opening a sentence or a line: read by the rule)
                r"(?<![\w-])(?:(?:First|Originally|Formally)\s)?(?P<verbs>[Aa]dopted|[Aa]pproved|[Aa]greed|[Ee]ndorsed)\s"
                r"(?P<tail>(?:in|on)\s[^,.;]{4,30}),\s"
            ),
        ),
        # "The Plan received final sign-off by the PSB on 12 July 2022", "gained the approval of the Board"
        (
            "nominal",
            re.compile(
                rf"\b(?:received|gained|secured|got|was\sgiven|were\sgiven|[Ff]ollowing)\s(?:the\s|its\s|their\s)?"
                rf"(?:final\s|formal\s|full\s)?(?P<verbs>{verb_forms('noun')})\s(?:by|from|of)\s(?P<body>{body_phrase()})"
                rf"(?P<tail>[^.;]{{0,60}})"
            ),
        ),
        # A document's version table: "| 1.0 | Adopted | Full Council | 25 March 2015 |" (the plan the page presents)
        (
            "table-row",
            re.compile(
                r"\|\s?(?P<verbs>Adopted|Approved|Agreed|Endorsed|Ratified)\s?\|\s?"
                rf"(?P<body>{body_phrase()})\s?\|\s?(?P<when>[^|\n]{{4,40}})\|(?P<tail>)"
            ),
        ),
        # "The Board were given an update on the development of X": the body considered the plan
        (
            "given-update",
            re.compile(
                rf"(?P<body>{ORGN}|{THE_EXECUTIVE}|{AUTHORITY}|Members|Councillors)\s(?:was|were)\s(?:also\s)?"
                r"(?:given|provided\swith|presented\swith|received)\s(?:an?\s|the\s)?(?:(?:verbal|oral|further|detailed)\s)?"
                r"(?:update|presentation|briefing)\s(?:on|about|regarding)\s(?P<verbs>)(?P<tail>[^.;]{3,160})"
            ),
        ),
        # "The previous strategy got Council approval in October 2014", "we received Ministerial approval for the
        # revised strategy": the body named before the noun of its act
        (
            "nominal-body",
            re.compile(
                r"\b(?:received|gained|secured|got|obtained)\s(?:final\s|formal\s|full\s)?"
                rf"(?P<body>Ministerial|(?:the\s)?(?:Council|Cabinet|Board|Executive)|{ORGN})(?:['’]s)?\s"
                rf"(?:final\s|formal\s)?(?P<verbs>{verb_forms('noun')})\b(?P<tail>(?:(?!,?\s(?:and|but|while)\s)[^.;]){{0,80}})"
            ),
        ),
        # "The Cabinet approved the refreshed Plan"; a news release's "Kelsey Council today (Tuesday 4 March) agreed
        # X", "Councillors have given the go-ahead to X", "The scrutiny panel endorsed X"
        (
            "active",
            re.compile(
                # "The Planning Committee on the 20th July 2021 agreed to adopt X": the sitting's date after the body
                # "Scottish Ministers have now approved the plan": a national body acts on the plan sent to it
                rf"(?P<body>{ORGN}|{MEMBERS}|{LOWER_GENERIC_BODY}|{THE_EXECUTIVE}|{national_body()})"
                rf"(?:\s(?:on|in)\s(?:the\s)?(?P<when>[^,.;\n\d]{{0,14}}\d[^,.;\n]{{0,20}}?),?)?"
                rf"\s(?:have\s|has\s|had\s)?(?:now\s)?"
                rf"(?:(?:today|yesterday|tonight|last\snight|this\sweek)\s(?P<today>\([^()]{{3,40}}\)\s)?)?"
                rf"(?:formally\s|unanimously\s|subsequently\s)?{verbs_group}\s(?:to\s|for\s)?(?P<tail>[^.;]{{0,160}})"
            ),
        ),
        # "Full Council voted to adopt the Local Plan on Thursday 12 October", "The Executive Board on 19 September 2017
        # resolved to approve the publication of the draft X for consultation": the act voted for is the outcome
        (
            "active",
            re.compile(
                rf"(?P<body>{ORGN}|{MEMBERS}|{LOWER_GENERIC_BODY}|{THE_EXECUTIVE})"
                rf"(?:\son\s(?:the\s)?(?P<when>\d{{1,2}}(?:st|nd|rd|th)?\s[A-Z][a-z]{{2,8}}\s(?:19|20)\d\d))?"
                rf"\s(?:have\s|has\s)?(?:then\s|also\s)?(?:voted|resolved|decided)\s"
                rf"(?:unanimously\s)?(?:in\sfavour\s)?to\s(?P<verbs>{verb_forms('base')})\s(?P<tail>[^.;]{{0,160}})"
            ),
        ),
        # "The Authority adopted X", "We adopted the current Area Plan on 12 May 2013": the same shape, each tried
        # only where its own word is (a pattern opening with a run of capitalised words costs a whole pass)
        (
            "active",
            re.compile(
                rf"(?P<body>{AUTHORITY})\s(?:has\s|had\s)?(?:formally\s|unanimously\s)?{decided}\s(?:to\s)?"
                r"(?P<tail>[^.;]{0,160})"
            ),
        ),
        (
            "active",
            re.compile(
                rf"(?P<body>{WE})\s(?:have\s|had\s)?(?:formally\s)?{decided}\s(?:to\s)?(?P<tail>[^.;]{{0,160}})"
            ),
        ),
    ]


@cache
def respective_outcomes() -> list[tuple[str, re.Pattern[str]]]:
    """Two bodies' acts on one plan told in one sentence with "respectively": "On 2 and 9 May the Cabinet and the
    Council respectively adopted X", "X was endorsed by the Board and the Council in May and June 2021 respectively"
    (each body its own act, on the date in the same place of the list)."""
    past = verb_forms("past")
    verbs_group = rf"(?P<verbs>(?:{past})(?:\s(?:and|&)\s(?:{past})){{0,2}})"
    pair = rf"(?P<body>{body_phrase()})\s(?:and|&)\s(?:by\s|at\s)?(?P<body2>{body_phrase()})"
    return [
        (
            "active",
            re.compile(rf"{pair}\s(?:have\s|had\s)?respectively\s{verbs_group}\s(?P<tail>[^.;]{{0,160}})"),
        ),
        (
            "passive",
            re.compile(
                rf"\b(?:was|were|(?:has|have|had)\sbeen)\s(?:formally\s)?{verbs_group}\s(?:by|at)\s{pair}"
                rf"(?P<tail>[^.;]{{0,60}}?\srespectively(?:\s[^.;]{{0,40}})?)"
            ),
        ),
        # "X was endorsed by the Cabinet and adopted by the Council on 2 and 16 March respectively"
        (
            "passive",
            re.compile(
                rf"\b(?:was|were|(?:has|have|had)\sbeen)\s(?:formally\s)?(?P<verbs>{past})\s(?:by|at)\s"
                rf"(?P<body>{body_phrase()})\s(?:and|&)\s(?:(?:was|were)\s)?(?:then\s)?(?P<verbs2>{past})\s(?:by|at)\s"
                rf"(?P<body2>{body_phrase()})(?P<tail>[^.;]{{0,60}}?\srespectively(?:\s[^.;]{{0,40}})?)"
            ),
        ),
    ]


RESPECTIVELY = re.compile(r"\brespectively\b")


# "... was agreed by the Partnership Board on 14 September 2017 and by the Council's Policy Committee on 28 September"
# "... discussed at Cabinet on 16 March 2016 and at the meeting of full council on 13 April 2016"
# "... endorsed by the Brackford HWB on 28 February 2019 and adopted at the full Council meeting on 7 March 2019"
AND_BY = re.compile(
    rf"\sand\s(?:then\s|later\s)?(?:(?P<verbs>{verb_forms('past')})\s)?"
    # "... by both the Committee on 2 April and Cabinet on 16 April": the second body needs no "by"
    rf"(?:(?:by|at(?:\s(?:a|the)\smeeting\sof)?)\s|(?<=\sand\s)(?=(?:the\s)?[A-Z][\w ]{{2,60}}?\son\s\d))"
    rf"(?P<body>{body_phrase()})(?![\w'])"
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
                rf"(?P<body>{body_phrase()}(?:\s(?:and|&)\s{body_phrase()})?|Members|Councillors)"
                # "Cabinet, at its meeting on 14 April, will be asked to approve X"; "which Members were asked to adopt"
                r"(?:,\s(?P<at>(?:at|on|when)\s[^,.;]{3,40}),)?"
                r"\s(?:is|are|was|were|will\s(?:then\s|also\s|now\s)?be)\s(?:being\s)?"
                rf"(?:asked|aksed|requested|invited|recommended)"
                rf"\sto:?\s(?:\(\w{{1,4}}\)\s)?(?:consider\sand\s)?(?P<verbs>{base})\b"
            ),
        ),
        # "Executive Board are being asked to refer the CYPP to Full Council for adoption"
        (
            "asked-to-refer",
            re.compile(
                rf"(?P<body>{body_phrase()})\s(?:is|are)\s(?:being\s)?(?:asked|requested|invited)\sto\s(?:refer|recommend|commend)"
                rf"\s(?:the|this|it|its)\b[^.;]{{0,120}}?\sto\s(?P<other>{ORGN}|[Ff]ull\s[Cc]ouncil)\sfor\s(?P<verbs>{noun})\b"
            ),
        ),
        (
            "seeks",
            re.compile(
                rf"\b(?:seeks?|seeking|sought)\s(?:the\s)?(?:(?P<body>{ORGN}|Members(?=['’])|Councillors(?=['’]))(?:['’]s?)?\s)?"
                rf"(?:formal\s)?(?P<verbs>{noun})\b"
                rf"(?:\s(?:of|from|by)\s(?P<body2>{ORGN}))?"
            ),
        ),
        # "will go to Full Council for approval in March 2022", "were forwarded on Monday 3rd August to the Scottish
        # Ministers for adoption": a plan put to a body for its act (the day it went, if the words say so)
        (
            "submitted",
            re.compile(
                rf"\b(?:submitted|presented|referred|put|forwarded|sent|taken|brought|go|goes|going)\s"
                rf"(?:on\s(?P<when>[^.;,]{{4,30}}?)\s)?"
                rf"(?:to\s(?P<body>{ORGN}|{national_body()}|[Ff]ull\s[Cc]ouncil|{AUTHORITY}|{THE_EXECUTIVE})\s)?"
                # "to be presented to Council in February for approval": the month it goes, if the words say so
                rf"(?:(?P<at>(?:in|on)\s[^.;,]{{3,30}}?)\s)?for\s(?:final\s|formal\s)?(?P<verbs>{noun})(?:\sby\s(?P<body2>{ORGN}))?(?P<tail>[^.;]{{0,60}})"
            ),
        ),
        # "Once approved by the Executive, the draft will be consulted on": an approval still to come
        (
            "once",
            re.compile(
                rf"\b(?:[Oo]nce|[Ii]f|[Uu]ntil)\s(?:it\s(?:is|has\sbeen)\s)?(?:formally\s)?"
                rf"(?P<verbs>{verb_forms('past')})\sby\s(?P<body>{body_phrase()})(?P<tail>[^.;,]{{0,40}})"
            ),
        ),
        # "recommends adoption of the Plan to Full Council at its meeting on 28th June 2022"
        (
            "recommends-noun",
            re.compile(
                rf"\b(?:recommends?|recommended|recommending)\s(?:the\s)?(?:formal\s)?(?P<verbs>{noun})\sof\s[^.;]{{3,100}}?"
                rf"\sto\s(?P<body>{ORGN}|[Ff]ull\s[Cc]ouncil)(?P<tail>[^.;]{{0,60}})"
            ),
        ),
        ("for-body", re.compile(rf"\bfor\s(?P<verbs>{noun})\sby\s(?P<body>{ORGN})(?P<tail>[^.;]{{0,40}})")),
        # "culminating with final approval at Full Council in March", "ahead of its adoption by Council on D"
        (
            "ahead",
            re.compile(
                rf"\b(?:culminating\s(?:with|in)|ahead\sof|prior\sto|before|pending)\s(?:the\s|its\s|their\s)?"
                rf"(?:final\s|formal\s)?(?P<verbs>{noun})\s(?:at|by)\s(?P<body>{body_phrase()})(?P<tail>[^.;]{{0,40}})"
            ),
        ),
        # "Cabinet is set to approve the new Plan next week", "the Board is due to adopt the Strategy", "the Council
        # will then adopt the Plan"
        (
            "set-to",
            re.compile(
                rf"(?P<body>{body_phrase()})\s(?:(?:is|are)\s(?:set|due|expected|scheduled|to)\sto|will|shall)\s"
                rf"(?:then\s|now\s|also\s|formally\s){{0,2}}(?P<verbs>{base})\b"
            ),
        ),
        # "The final Plan will then be approved via a Cabinet Member decision", "X is due to be adopted in Spring
        # 2026", "is expected to be endorsed by the Board in May": an act still to come, with its body if named
        (
            "to-be",
            re.compile(
                rf"\b(?:will|would|(?:is|are|was|were)\s(?:due|expected|scheduled|set|intended|planned)\sto)\s"
                rf"(?:then\s|now\s|also\s|formally\s){{0,2}}be\s(?:formally\s)?(?P<verbs>{verb_forms('past')})"
                rf"(?:\s(?:by|at|via)\s(?:a\s|an\s)?(?P<body>{DECIDING_POST}|{body_phrase()}))?(?P<tail>[^.;]{{0,60}})"
            ),
        ),
        # "the draft refresh ... prior to submission to Council on 23 November", "ahead of its referral to Full
        # Council": the body it goes to next is asked to approve it (on the day the words give; no year is guessed)
        (
            "submission",
            re.compile(
                r"\b(?:prior\sto|ahead\sof|before|pending|following|after)\s(?:its\s|their\s|the\s)?(?:formal\s|final\s)?"
                rf"(?:submission|referral)\sto\s(?P<body>{body_phrase()}|[Ff]ull\s[Cc]ouncil)"
                rf"(?:\sfor\s(?:its\s|their\s)?(?:final\s|formal\s)?(?P<verbs>{noun}))?(?P<tail>[^.;]{{0,40}})"
            ),
        ),
        # "This report asks Council to approve X", "The paper invites the Board to endorse X"
        (
            "report-asks",
            re.compile(
                r"\b(?:[Rr]eport|[Pp]aper|[Ii]t)\s(?:asks|invites|requests)\s"
                rf"(?P<body>{body_phrase()}|{THE_EXECUTIVE}|Members|Councillors)\sto\s(?:consider\sand\s)?(?P<verbs>{base})\b"
            ),
        ),
        # "To present the final draft of X to the Board for approval" (a report's purpose)
        (
            "to-present",
            re.compile(
                r"(?<![\w-])To\s(?:present|submit|bring|refer)\s(?:the|a|this|our)\b[^.;]{0,150}?\sto\s"
                rf"(?P<body>{body_phrase()}|{THE_EXECUTIVE})\sfor\s(?:its\s|their\s)?(?:final\s|formal\s)?(?P<verbs>{noun})\b"
                r"(?P<tail>[^.;]{0,40})"
            ),
        ),
        # "The proposed Plan was submitted to Scottish Ministers in October 2025": put to ministers, for their approval
        (
            "to-ministers",
            re.compile(
                rf"\b(?:submitted|sent|forwarded)\s(?:on\s(?P<when>[^.;,]{{4,30}}?)\s)?to\s"
                rf"(?P<body>{MINISTERS})(?P<verbs>)(?P<tail>[^.;]{{0,60}})"
            ),
        ),
        # "This report presents the draft X for approval", "presenting the refreshed Plan for endorsement"
        (
            "presents",
            re.compile(
                r"\b(?:presents|presenting|brings|bringing)\s(?:the|a|this|our)\b[^.;]{0,120}?\sfor\s"
                rf"(?:final\s|formal\s)?(?P<verbs>{noun})\b(?P<tail>[^.;]{{0,60}})"
            ),
        ),
    ]


# A government's ministers, who approve some plans (a plan sent to "the Scottish Government" is for its information).
MINISTERS = r"(?:the\s)?(?:(?:Scottish|Welsh)\s)?(?<![\w-])Ministers(?![\w-])|(?:the\s)?Secretary\sof\sState(?![\w-])"


# A post named by its title alone before "decision": "via a Cabinet Member decision", "by a Portfolio Holder decision".
DECIDING_POST = r"(?:Cabinet|Executive|Lead)\sMember(?=\sdecision)|Portfolio\sHolder(?=\sdecision)"


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
                rf"\b(?:be|been|was|were|is|are)\s(?:considered\sand\s)?(?:(?:re)?commended|referred)\sto\s(?P<body>{ORGN})"
                rf"(?:\son\s(?:the\s)?\d{{1,2}}\w{{0,2}}\s[A-Z][a-z]{{2,8}}\s(?:19|20)\d\d)?(?:\sfor\s(?P<verbs>{noun})\b)?"
            ),
        ),
        (
            "active",
            re.compile(
                rf"\b(?:(?:re)?commend(?:s|ed)?|refer(?:s|red)?)\s(?:the|this|it|its)\b[^.;]{{0,120}}?\sto\s"
                rf"(?P<body>{ORGN})\sfor\s(?P<verbs>{noun})\b"
            ),
        ),
        # "agreed to refer X to the meeting of the Council on 14 July", "referred the Plan to Council on 3 May 2024":
        # put to a meeting of the other body, its act not said
        *(
            (
                "to-meeting",
                re.compile(
                    rf"\b(?:(?:re)?commend(?:s|ed)?|refer(?:s|red)?)\s(?:the|this|it|its)\b[^.;]{{0,120}}?\sto\s{meeting}"
                ),
            )
            for meeting in (
                rf"the\s(?:next\s)?meeting\sof\s(?P<body>{ORGN})",
                rf"(?P<body>{ORGN})(?=\s(?:on|at\sits\smeeting\son)\s(?:\w+day,?\s)?(?:the\s)?\d)",
            )
        ),
        # "The Executive will be asked to recommend that Council approve the Plan": a request of the Council
        (
            "asked-to-recommend",
            re.compile(
                rf"\b(?:asked|invited|requested)\sto\s{RECOMMEND}\s(?:that\s)?(?:the\s)?(?P<body>{ORGN})\s(?:should\s)?"
                rf"(?:to\s)?(?P<verbs>{verb_forms('base')})\b"
            ),
        ),
        # "The Cabinet recommends Council to adopt the Plan", "recommended that the Assembly approve X": of that body
        (
            "recommends-body",
            re.compile(
                rf"\b{RECOMMEND}\s(?:that\s)?(?:the\s)?(?P<body>{ORGN})\s(?:should\s|to\s)?(?:formally\s)?"
                rf"(?P<verbs>{verb_forms('base')})\b"
            ),
        ),
        # "approved the Plan for recommendation to Council", "endorsed X for referral to the Assembly": the act is on
        # the way to the other body, whose act is asked
        (
            "for-recommendation",
            re.compile(
                rf"\b(?:for|with\sa\sview\sto)\s(?:its\s)?(?:recommendation|referral)\sto\s(?P<body>{ORGN})(?P<verbs>)"
            ),
        ),
        # "approved a recommendation to Council that X be adopted"
        (
            "recommendation-to",
            re.compile(
                rf"\brecommendations?\sto\s(?P<body>{ORGN})\sthat\s[^.;]{{0,150}}?\s(?:be|is|are)\s(?:formally\s)?"
                rf"(?P<verbs>{verb_forms('past')})\b"
            ),
        ),
        # "a recommendation from the Coastal Committee that the Strategy be formally adopted": of the body it went to
        (
            "from",
            re.compile(
                rf"\brecommendations?\sfrom\s(?P<by>(?:the\s)?{ORGN})\sthat\s[^.;]{{0,150}}?\s(?:be|is|are)\s"
                rf"(?:formally\s)?(?P<verbs>{verb_forms('past')})\b"
            ),
        ),
        # "the submission of the refreshed Plan 2023 to 2028 to Full Council with the recommendation of formal adoption"
        (
            "submission",
            re.compile(
                rf"\bsubmission\sof\s(?:the|this|it|its)\b[^.;]{{0,120}}?\sto\s(?P<body>{ORGN})\s"
                rf"(?:for|with\s(?:the|a)\srecommendation\s(?:of|for|to))\s(?:formal\s)?(?P<verbs>{noun}|{verb_forms('base')})\b"
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

# "The Environment & Transport Cabinet Committee will consider this matter on 31st January 2018": the same, active.
SCHEDULED_ACTIVE = re.compile(
    rf"(?P<body>{POST}|{ORGN})\s(?:will|is\sdue\sto|is\sto|are\sto|are\sdue\sto)\s(?:consider|discuss|receive|scrutinise)"
    rf"\s(?:this\s(?:matter|item|issue|decision|proposal)|the\s(?:draft\s|proposed\s|refreshed\s|new\s)?[A-Za-z]{{3,14}})"
    rf"(?P<tail>\son\s(?:\w+day\s)?(?:the\s)?\d{{1,2}}\w{{0,2}}\s[A-Z][a-z]{{2,8}}\s?\d{{0,4}})"
    rf"(?:\sand\s(?:by\s)?(?P<body2>{ORGN})(?P<tail2>\son\s(?:\w+day\s)?(?:the\s)?\d{{1,2}}\w{{0,2}}\s[A-Z][a-z]{{2,8}}\s?\d{{0,4}})?)?"
)


# "Cabinet Members will discuss X at their meeting on Tuesday 5 May", "Councillors will debate the draft X on Thursday",
# "The Executive is due to consider X next week": a meeting still to come that a news item or page announces.
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
SCHEDULED_FUTURE = re.compile(
    rf"(?P<body>{POST}|{ORGN}|{MEMBERS}|{THE_EXECUTIVE})\s(?:will|(?:is|are)\s(?:due\s|set\s|expected\s)?to)\s"
    r"(?:then\s|now\s|also\s){0,2}(?:consider|discuss|debate|receive|scrutinise)\s[^.;]{3,160}?"
    rf"(?P<tail>\s(?:at\s(?:its|their|the)\s(?:next\s)?meeting\s)?on\s(?:{_WEEKDAY},?\s)?(?:the\s)?\d{{1,2}}\w{{0,2}}\s"
    rf"[A-Z][a-z]{{2,8}}(?:\s(?:19|20)\d\d)?|\sat\s(?:its|their)\s(?:next\s)?meeting|\son\s{_WEEKDAY}|\snext\s(?:week|month)"
    r"|\slater\sthis\s(?:week|month)|\swhen\s(?:it|they)\smeets?)(?P<body2>)(?P<tail2>)"
)


BODY_SEPARATOR = re.compile(r",\s|\sand\s(?=(?:the\s)?[A-Z])|;\s|\.\s(?=[A-Z])")


def split_bodies(written: str) -> list[str]:
    """ "Cabinet, Council" -> ["Cabinet", "Council"] (a decision taken in two stages); a body whose
    own name has commas stays whole ("Regeneration, Community and Culture Overview and Scrutiny
    Committee, Cabinet" -> that committee and the Cabinet): a cut is made only after a whole body."""
    bodies, start = [], 0
    for cut in BODY_SEPARATOR.finditer(written):
        candidate = written[start : cut.start()].strip()
        # "Decision Maker: Executive, Full Council": a council run by a leader and executive writes "Executive" where
        # others write "Cabinet" (not a head of names.ORG_HEADS: plans are never named "... Executive")
        whole = names.ORG_TAIL.search(candidate) or re.fullmatch(THE_EXECUTIVE, candidate) or is_post(candidate)
        if candidate and whole:
            bodies.append(candidate)
            start = cut.end()
    rest = written[start:].strip()
    return [*bodies, rest] if rest else bodies


def is_post(written: str) -> bool:
    return re.fullmatch(POST, written.strip()) is not None
