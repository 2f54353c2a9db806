"""Rules about who did what to a strategy, and when: governance events and decisions.

Outcomes (agreed, considered, approved, endorsed, adopted, a decision's status) and
requests (a report that *asks* for approval or endorsement) are different classes, so
that a request is never mistaken for an outcome.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import cache

from pyoxigraph import Literal, NamedNode

from loaders import names
from loaders.dates import MONTH_NAME, MONTHS, XsdValue, find_dates, first_date, first_date_mention
from loaders.document import Document, literal
from loaders.facts import Fact
from loaders.governance import (
    AND_BY,
    ASKED,
    AUTHORITY,
    LOWER_GENERIC_BODY,
    MARKER_BODY_RECOMMENDED,
    MARKER_RECOMMENDED_TO,
    MEMBERS,
    MODAL_BEFORE,
    POST,
    RESPECTIVELY,
    SCHEDULED,
    SCHEDULED_ACTIVE,
    SCHEDULED_FUTURE,
    THE_EXECUTIVE,
    THE_RECOMMENDATIONS,
    Block,
    Field,
    Layout,
    Reference,
    Sitting,
    Verb,
    body_phrase,
    clause_patterns,
    clauses,
    expand_acronym,
    field_line,
    for_consultation,
    is_post,
    layout,
    own_references,
    prose_outcomes,
    prose_recommendations,
    prose_requests,
    record_maker,
    respective_outcomes,
    split_bodies,
    status_words,
    statuses,
    verb_forms,
    verb_named,
    verbs,
)
from loaders.kinds import DECISION_FIELDS, REPORT_HEADERS
from loaders.names import StrategyName
from loaders.reading import ANAPHORA, Mention, Reading
from loaders.registry import Rule, register_rules
from loaders.rules_lineage import edition_of_event
from loaders.text import may_match
from strategy_lineage import vocab
from strategy_lineage.reference import rows
from strategy_lineage.vocab import ORG, PROV, RDFS_LABEL, XSD, A

SL = vocab.sl
# `sl:undated true`: the source gives no date for the event (so it is not silently undated).
UNDATED = Literal("true", datatype=NamedNode(XSD + "boolean"))
ORGN = names.ORG_PHRASE
# Dates inside larger patterns: unnamed groups, the date text is re-parsed from the match.
_ANY_DATE = rf"(?P<date>(?:\d{{1,2}}/\d{{1,2}}/\d{{4}}|(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{MONTH_NAME}\s+(?:19|20)\d\d))"


def date_of(text: str) -> XsdValue | None:
    found = first_date(text)
    return found[0] if found else None


def event_iri(strategy: StrategyName, cls: str, qualifier: str) -> NamedNode:
    return NamedNode(f"{strategy.iri.value}/event/{vocab.slugify(cls)}-{vocab.slugify(qualifier)}")


# An event class whose events are also stated as their broader class (and minted under its name, so the IRI of
# a noted plan's event is the one a consideration of it has).
BROADER_EVENT = {"Noting": "Consideration"}
# The acts a body can take on a draft let out for consultation, and what each is then: adopting a draft "for
# consultation" approves the draft; the plan is adopted later, if at all.
DRAFT_ACTS = {
    "Approval": "Approval",
    "Agreement": "Agreement",
    "Endorsement": "Endorsement",
    "Adoption": "Approval",
    "ApprovalRequest": "ApprovalRequest",
    "AgreementRequest": "AgreementRequest",
    "EndorsementRequest": "EndorsementRequest",
    "AdoptionRequest": "ApprovalRequest",
}
# Classes of a body that only discussed or noted a plan: no outcome on it.
DISCUSSION_CLASSES = {"Consideration", "Noting"}


def record_event(
    reading: Reading,
    cls: str,
    strategy: StrategyName,
    rule: str,
    where: re.Match[str] | tuple[int, int],
    body: NamedNode | None = None,
    when: XsdValue | None = None,
    requested_of: NamedNode | None = None,
) -> NamedNode:
    """A governance event (or request) concerning ``strategy``, with what is known of it."""
    doc = reading.doc
    span = (where.start(), where.end()) if isinstance(where, re.Match) else where
    year = int(when.lexical[:4]) if when is not None and when.has_year else None
    strategy = edition_of_event(reading, strategy, span, year)  # "had been adopted" in a text revising the plan
    drafted = None
    if cls in DRAFT_ACTS and for_consultation(doc.text, *span):
        # "the draft X be approved for consultation": an act on the draft, never the plan's adoption
        cls, drafted = DRAFT_ACTS[cls], "DraftForConsultation"
    date_rule, date_where = rule, where
    if when is None and requested_of is not None:
        # A request of a report's addressee is made at the meeting the report is dated for.
        report_date = _report_date(reading, requested_of) or _one_meeting(reading, requested_of)
        if report_date:
            when, date_where = report_date
            date_rule = "report-date"
    agent = body or requested_of
    qualifier = when.lexical if when else (agent.value if agent else doc.source_id).rsplit("/", 1)[-1]
    if cls == "Recommendation" and when is not None and requested_of is not None:
        # one body asked to recommend, another asked to adopt, on one date: two recommendations, not one
        qualifier = f"{qualifier}-{requested_of.value.rsplit('/', 1)[-1]}"
    broader = BROADER_EVENT.get(cls)
    event = event_iri(strategy, broader or cls, qualifier)
    # A request of a record whose decision was abandoned or deleted was made, but will not be decided.
    withdrawn = layout(doc).withdrawal if requested_of is not None else None
    doc.state(event, A, SL(cls), rule, where, modality=withdrawn or drafted)
    if broader is not None:  # a noting is a consideration too (ontology.ttl), for readers that ask for either
        doc.state(event, A, SL(broader), rule, where, modality=withdrawn)
    doc.state(event, SL("concerns"), strategy.iri, rule, where, modality=withdrawn or drafted)
    if body is not None:
        doc.state(event, NamedNode(PROV + "wasAssociatedWith"), body, rule, where)
    if requested_of is not None:
        doc.state(event, SL("requestedOf"), requested_of, rule, where)
    if when is not None and when.has_year:
        doc.state(event, SL("date"), literal(when), date_rule, date_where)
    elif when is not None:  # a plain string: rdflib (SHACL validation) cannot read xsd:gMonthDay's "--MM-DD"
        doc.state(event, SL("monthDay"), literal(when.lexical), date_rule, date_where)
        doc.state(
            event,
            SL("undated"),
            UNDATED,
            rule,
            where,
            reason="the source gives the day and month of this event but not its year (never guessed)",
        )
    else:
        doc.state(event, SL("undated"), UNDATED, rule, where, reason="the source gives no date for this event")
    return event


def _report_date(reading: Reading, body: NamedNode) -> tuple[XsdValue, re.Match[str]] | None:
    """A request of the body a report is addressed to is made at the meeting the report is dated for."""
    doc = reading.doc
    to = doc.search(names.TO_FIELD)
    if (
        to is None
        or reading.organisation(to.group("body"), (to.start("body"), to.end("body")), "report-addressee") != body
    ):
        return None
    dated = to if to.group("date") else doc.search(DATE_FIELD)
    if dated is None:
        return None
    when = date_of(dated.group("date"))
    return (when, dated) if when else None


OUTCOMES = [
    # (class, rule, pattern)
    (
        "Agreement",
        "agreed-by",
        re.compile(rf"\b(?:was\s+)?agreed\s+by\s+(?P<body>{ORGN})\s+on\s+(?:the\s+)?{_ANY_DATE}"),
    ),
    (
        "Consideration",
        "considered-by",
        re.compile(rf"\bconsidered\s+by\s+(?P<body>{ORGN})\s+on\s+(?:the\s+)?{_ANY_DATE}"),
    ),
    ("Approval", "approval-of", re.compile(rf"\b(?:had|received)\s+the\s+approval\s+of\s+(?P<body>{ORGN})")),
    ("Approval", "approval-of", re.compile(rf"\bFollowing\s+approval\s+by\s+(?P<body>{ORGN})")),
    (
        "Adoption",
        "adopted-in",
        re.compile(rf"\b(?:was|were)\s+(?:then\s+)?adopted(?:\s+and\s+rolled\s+out)?\s+(?:in|on)\s+{_ANY_DATE}"),
    ),
]
REQUESTS = [
    (
        "ApprovalRequest",
        "presented-for-approval",
        re.compile(rf"\bpresented\s+for\s+approval\s+by\s+(?P<body>{ORGN})\s+at\s+its\s+meeting\s+on\s+{_ANY_DATE}"),
    ),
    (
        "EndorsementRequest",
        "seeking-endorsement",
        re.compile(rf"\bseeking\s+endorsement\s+(?:by|of)\s+(?P<body>{ORGN})[^.;]*"),
    ),
    (
        "EndorsementRequest",
        "requested-to-endorse",
        re.compile(rf"(?P<body>{ORGN})\s+(?:is|are)\s+(?:requested|asked)\s+to\s+endorse\b[^.;]*"),
    ),
]


def outcome_events(reading: Reading) -> None:
    """ "agreed by the Kent Children's Trust Board on the 11th September 2008", "considered by
    the then Shadow Health and Wellbeing Board on 27 March 2013", "adopted ... in April 2013"."""
    _events(reading, OUTCOMES, body_role="body")


def request_events(reading: Reading) -> None:
    """ "presented for approval by ...", "seeking endorsement by ...": the body asked, not the outcome."""
    _events(reading, REQUESTS, body_role="requested_of")


def _events(reading: Reading, patterns: list[tuple[str, str, re.Pattern[str]]], body_role: str) -> None:
    for cls, rule, pattern in patterns:
        for match in reading.doc.finditer(pattern):
            if body_role == "body" and _modal_before(reading.doc.text, match.start()):
                continue  # "will be considered by the Committee on 5 March": not yet an outcome
            text = reading.doc.text
            sentence_start = max(text.rfind(". ", 0, match.start()) + 2, text.rfind("\n", 0, match.start()) + 1)
            if body_role == "body" and ABOUT_IN_SUBJECT.search(text, sentence_start, match.start()):
                continue  # "The timetable for the Plan was agreed by the Cabinet": the timetable was
            strategy = reading.strategy_near(match.start())
            if strategy is None:
                continue
            when = date_of(match.group("date")) if "date" in pattern.groupindex else None
            if body_role == "body" and not in_its_time(strategy, when):
                continue  # "The Local Plan was adopted in June 2015" beside a new Local Plan 2026-2041: the old one
            record_event(reading, cls, strategy, rule, match, when=when, **{body_role: _body(reading, match, rule)})


# How many years before its period begins a plan is at the earliest adopted, approved or agreed: an outcome dated
# earlier is another plan's (an old plan's adoption in a text about its replacement, written with the same name).
DECIDED_BEFORE_START_YEARS = 3


def in_its_time(strategy: StrategyName, when: XsdValue | None) -> bool:
    """Whether an outcome dated ``when`` can be one of ``strategy``'s: not years before its period begins."""
    start = strategy.period[0] if strategy.period else None
    if when is None or not when.has_year or start is None or not start.has_year:
        return True
    return int(when.lexical[:4]) >= int(start.lexical[:4]) - DECIDED_BEFORE_START_YEARS


def _body(reading: Reading, match: re.Match[str], rule: str) -> NamedNode | None:
    if "body" not in match.re.groupindex or not match.group("body"):
        return None
    return reading.organisation(match.group("body"), (match.start("body"), match.end("body")), rule)


DATE_FIELD = re.compile(rf"\bDate:\s+{_ANY_DATE}")
SEEKS_APPROVAL = re.compile(
    r"\bseeks\s+(?:formal\s+)?approval\b|\bare\s+asked\s+to:?\s*(?:-\s*)?(?:\(\d\)\s*)?Approve\b|\bfor\s+approval\b"
)


def report_addressee(reading: Reading) -> None:
    """A report "To: County Council - 16 October 2008" that "seeks formal approval": an
    approval request of that body on that date (the report does not record the vote)."""
    doc, main = reading.doc, reading.main
    to = doc.search(names.TO_FIELD)
    if not doc.has(REPORT_HEADERS) or to is None or main is None:
        return
    body = reading.organisation(to.group("body"), (to.start("body"), to.end("body")), "report-addressee")
    for match in doc.finditer(SEEKS_APPROVAL):
        if "presented for approval by" in doc.text[match.start() - 5 : match.end() + 20]:
            continue  # a different body's approval, handled by presented-for-approval
        record_event(reading, "ApprovalRequest", main, "report-seeks-approval", match, requested_of=body)
        record_event(reading, "Presentation", main, "report-addressee", to, requested_of=body)
        return


DECISION_REF = re.compile(r"\b(?P<ref>\d{2}/\d{5})\b")
DECISION_BY_POST = re.compile(
    r"\btaken\s+by\s+the\s+(?P<post>Cabinet\s+Member\s+for\s+[A-Z][\w'&, ]+?)\s+to\s+(?P<act>adopt|approve|agree)\b"
)


def decision_iri(ref: str) -> NamedNode:
    return vocab.entity_iri("decision", ref)


def state_decision(reading: Reading, ref: re.Match[str] | Reference, rule: str) -> NamedNode:
    """The decision a reference such as "16/00116" names: its type, reference and label."""
    written, where = (ref.group("ref"), ref) if isinstance(ref, re.Match) else (ref.ref, (ref.start, ref.end))
    decision = decision_iri(written)
    reading.doc.state(decision, A, SL("Decision"), rule, where)
    reading.doc.state(decision, SL("decisionReference"), literal(written), rule, where)
    reading.doc.state(decision, RDFS_LABEL, literal(f"Decision {written}"), rule, where)
    return decision


def own_decisions(reading: Reading) -> None:
    """Each decision reference a record gives as its own, in its council's form ("22/00005 - title",
    "... ref: 3892" in a register, "Decision number: 95/2010", "Key decision reference KD/2021/04"),
    is a decision; it concerns the plan its title line names, or the record's one plan when the record
    gives a single reference. Minute, report and agenda item numbers are never read as decisions."""
    doc = reading.doc
    found = own_references(doc)
    for ref in found:
        decision = state_decision(reading, ref, "own-decision-reference")
        about = strategy_in(reading, ref.start, ref.end)  # a title line names its plan
        if about is None and len({r.ref for r in found}) == 1:
            about = reading.main
        if about is not None:
            doc.state(decision, SL("concerns"), about.iri, "own-decision-reference", (ref.start, ref.end))


def post_iri(reading: Reading, written: str, where: tuple[int, int], original: bool = False) -> NamedNode:
    """A post such as "Cabinet Member for Specialist Children's Services", in the publisher."""
    doc = reading.doc
    label = re.sub(r"\s+", " ", written).strip(" ,")
    post = vocab.entity_iri("post", label)
    doc.state(post, A, NamedNode(ORG + "Post"), "post-name", where, original=original)
    doc.state(post, RDFS_LABEL, literal(label), "post-name", where, original=original)
    if doc.publisher:
        doc.state(
            post,
            NamedNode(ORG + "postIn"),
            names.organisation_iri(doc.publisher),
            "post-name",
            where,
            derivation="inferred",
            reason=f"a post named in a {doc.publisher} document",
            original=original,
        )
    return post


# What each labelled field of a decision record states about the decision (labels: data/reference/decision-labels.csv).
FIELD_PROPERTIES: dict[str, tuple[str, str]] = {
    "decision-type": ("decisionType", "text"),
    "key-decision": ("decisionType", "key-flag"),
    "key-reason": ("keyDecisionReason", "text"),
    "decision-status": ("decisionStatus", "text"),
    "notice-published": ("noticePublished", "date"),
    "decision-date": ("date", "date"),
    "effective-from": ("effectiveFrom", "date"),
    "department": ("department", "department"),
    "decision-maker": ("wasAssociatedWith", "maker"),
    "lead-member": ("wasAssociatedWith", "maker"),
}
PROPOSED = re.compile(r"\b(?:Proposed\s+decision|Decision|Subject):[^.]*")


def decision_notice(reading: Reading) -> None:
    """A decision record or forward-plan entry (ModernGov, egenda, ...): one decision, its
    reference, type, status, maker and dates, read from the labelled fields."""
    doc, main = reading.doc, reading.main
    own = own_references(doc)  # the record's own reference in its council's form, when it gives exactly one
    ref: re.Match[str] | Reference | None = own[0] if len({r.ref for r in own}) == 1 else None
    ref = ref or doc.search(DECISION_REF)
    if not doc.has(DECISION_FIELDS) or ref is None or main is None:
        return
    decision = state_decision(reading, ref, "decision-notice")
    proposed = doc.search(PROPOSED)
    if proposed:
        doc.state(decision, SL("concerns"), main.iri, "decision-notice", proposed)
    dated = False
    for field in layout(doc).fields:
        if field.field in FIELD_PROPERTIES and field.value:
            dated |= _notice_field(reading, decision, field)
    if not dated:
        doc.state(
            decision,
            SL("undated"),
            UNDATED,
            "decision-notice",
            ref if isinstance(ref, re.Match) else (ref.start, ref.end),
            reason="the notice gives the date it was published, not the date of the decision",
        )


def _notice_field(reading: Reading, decision: NamedNode, field: Field) -> bool:
    """State one labelled field of a notice; True when it dates the decision itself."""
    doc = reading.doc
    prop, kind = FIELD_PROPERTIES[field.field]
    where = (field.start, field.end)
    value = field.value.rstrip(";").strip()
    predicate = NamedNode(PROV + prop) if prop == "wasAssociatedWith" else SL(prop)
    if kind == "date":
        parsed = next((m.value for m in find_dates(doc.text, field.value_start, field.end) if m.value), None)
        if parsed is None or not parsed.has_year:
            return False
        doc.state(decision, predicate, literal(parsed), "decision-notice", where)
        return prop == "date"
    if kind == "department":
        obj = names.organisation_iri(value)
        for subject, kind_or_label, value_term in (
            (obj, A, SL("Department")),
            (obj, A, NamedNode(ORG + "OrganizationalUnit")),
            (obj, RDFS_LABEL, literal(value)),
        ):
            doc.state(subject, kind_or_label, value_term, "decision-notice", where)
        doc.state(decision, predicate, obj, "decision-notice", where)
    elif kind == "maker":
        for maker in decision_makers(reading, field):
            doc.state(decision, predicate, maker, "decision-notice", where)
    elif kind == "key-flag":
        flag = value.lower()
        if flag in {"yes", "no"}:
            doc.state(decision, predicate, literal("Key" if flag == "yes" else "Non-key"), "decision-notice", where)
    else:
        doc.state(decision, predicate, literal(value), "decision-notice", where)
    return False


def decision_makers(reading: Reading, field: Field) -> list[NamedNode]:
    """ "Decision Maker: Cabinet, Council" -> the Cabinet and the Council; a post by its title."""
    value = field.value.rstrip(";").strip()
    makers, offset = [], field.value_start
    for part in [value] if is_post(value) else split_bodies(value):
        start = reading.doc.text.find(part, offset)
        where = (start, start + len(part)) if start >= 0 else (field.start, field.end)
        makers.append(actor(reading, part, where, "decision-maker"))
    return makers


def actor(reading: Reading, written: str, where: tuple[int, int], rule: str) -> NamedNode:
    """The one who acted or is asked to: a post ("Cabinet Member for ...") or a body. A body's conventional
    acronym is written out ("the Shadow HWB" is the Shadow Health and Wellbeing Board); "the Council's Corporate
    Overview and Scrutiny Committee" is that committee; "the full Council meeting" and "the council" are the Council."""
    written, where = _last_line(reading, written, where)
    written = re.sub(r"^(?:[Tt]hat|[Ii]t|[Aa]nd|[Ww]hen|[Ii]f|[Oo]nce)\s+", "", written.strip())
    if written.isupper() and len(written) > 6:  # "FULL COUNCIL", "CABINET" in a resolution written in capitals
        written = re.sub(r"\b(Of|And|For|The)\b", lambda m: m.group(1).lower(), written.title())
    written = re.sub(r"^(?:the\s+)?[Ff]ull\s+(?=[Cc]ouncil\b)", "", written)
    # "the Council's Policy Committee", "Reading Borough Council's Policy Committee": the committee
    written = re.sub(
        r"^(?:the\s+)?(?:[A-Z][\w'-]*\s+){0,3}?(?:(?:[Cc]ounty|[Cc]ity|[Bb]orough|[Dd]istrict)\s+)?[Cc]ouncil['’]s\s+(?=[A-Z])",
        "",
        written,
    )
    written = re.sub(
        r"^(?:the\s+)?(council|cabinet|executive)(?:\s+meeting)?$", lambda m: m.group(1).capitalize(), written
    )
    written = re.sub(r"(?<=[Cc]ouncil)\s+meeting$", "", expand_acronym(written))
    titled = _titled_post(reading, written)
    if titled is not None:
        return titled
    if is_post(written):  # "the cabinet member" (lower case in news) is the Cabinet Member
        label = re.sub(r"^[Tt]he\s+", "", written)
        return post_iri(reading, label[:1].upper() + label[1:] if label.islower() else label, where)
    return reading.organisation(written, where, rule)


# A post named by its title alone; in a record whose decision maker holds such a post, it is that post.
BARE_POST = re.compile(
    r"(?i)(?:the\s+)?(?P<title>cabinet\s+member|portfolio\s+holder|executive\s+member|lead\s+member)"
)


def _titled_post(reading: Reading, written: str) -> NamedNode | None:
    """ "The Cabinet Member approved the Strategy" in a record whose "Decision Maker: Cabinet Member for Adult Social
    Care" is that Cabinet Member."""
    bare = BARE_POST.fullmatch(written.strip())
    if bare is None:
        return None
    lay = layout(reading.doc)
    field = lay.first("decision-maker") or lay.first("lead-member")
    title = re.sub(r"\s+", " ", bare.group("title")).lower()
    if field is None or not field.value.lower().startswith(title) or not is_post(field.value.rstrip(";").strip()):
        return None
    value = field.value.rstrip(";").strip()
    return post_iri(reading, value, (field.value_start, field.value_start + len(value)))


# A blank line; or a line that opens with an article: a heading above a sentence ("8. Sport\nThe Cabinet received").
PARAGRAPH_BREAK = re.compile(r"\n[ \t\u00a0]{0,40}\n|\n[ \t\u00a0]{0,40}(?=[Tt]he\s)")


def _after_a_label(doc: Document, start: int, end: int) -> list[int]:
    """Where lines start in ``doc.original[start:end]`` below a line holding only a field label ("Reasons for the
    Decision" above "Cabinet is asked to approve ..."): the label is no part of the body named after it."""
    found = []
    newline = doc.original.find("\n", start, end)
    while newline >= 0:
        line_start = doc.original.rfind("\n", 0, newline) + 1
        label = field_line().match(doc.original[line_start:newline])  # one line: bounded by its length
        if label is not None and not label.group("value").strip():
            found.append(newline + 1)
        newline = doc.original.find("\n", newline + 1, end)
    return found


def _last_line(reading: Reading, written: str, where: tuple[int, int]) -> tuple[str, tuple[int, int]]:
    """A body's name read across a paragraph break of the original ("Cabinet\n\nThe Executive Board is asked ...")
    is the part in the paragraph where the sentence goes on; the clean text has no breaks to stop it. A name
    wrapped over one line break ("the Children's Social Care and Health\nCabinet Committee") stays whole."""
    doc = reading.doc
    if where[1] <= where[0] or doc.text[where[0] : where[1]] != written:
        return written, where
    original_start, original_end = doc.clean.to_original(*where)
    breaks = [m.end() for m in PARAGRAPH_BREAK.finditer(doc.original, original_start, original_end)]
    breaks += _after_a_label(doc, original_start, original_end)
    if not breaks:
        return written, where
    start = bisect.bisect_left(doc.clean.origin, max(breaks))
    if not where[0] < start < where[1]:
        return written, where
    return doc.text[start : where[1]], (start, where[1])


# ---------------------------------------------------------------------------------------------
# Outcomes, requests and recommendations under markers ("RESOLVED", "Decision:", "Proposed decision:")


@dataclass(frozen=True)
class _Context:
    """What the document says once for all its passages: decision makers, date, status, due date."""

    makers: list[NamedNode]
    decided: XsdValue | None
    due: XsdValue | None
    due_body: NamedNode | None
    withdrawn: bool
    taken: bool
    recorded: bool  # the record states its outcome under a marker ("Decision:", "RESOLVED")


# Who a forward-plan entry's decision is due from: "Decision due: 29 Jul 2021 by Cabinet", or the body first: "Decision
# due: Full Council, 12 Nov 2024", "Decision due: Cabinet - 4 March 2025".
DUE_BY = re.compile(r"\bby\s+(?P<body>.+?)\s*$")
DUE_BODY_FIRST = re.compile(
    r"\s*(?P<body>[A-Z][^,;\n\d]{1,80}?)\s*(?:,|\s[-–])\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?\d"
)


def _context(reading: Reading, lay: Layout) -> _Context:
    due_field = lay.first("decision-due")
    due = _field_date(reading.doc, due_field)
    due_body = None
    if due_field is not None:
        by = DUE_BY.search(due_field.value) or DUE_BODY_FIRST.match(due_field.value)
        if by:
            start = due_field.value_start + by.start("body")
            due_body = actor(reading, by.group("body"), (start, start + len(by.group("body"))), "decision-due")
    # Who decided: the record's decision maker; in a forward-plan entry, the body the decision is due from (its
    # "Lead member" only presents it); the lead member when nothing else says.
    maker_field = lay.first("decision-maker")
    makers = decision_makers(reading, maker_field) if maker_field and maker_field.value else []
    if len(makers) > 1:  # "Decision Maker: Council, Cabinet" over "Decided at meeting: 16/02/2023 - Cabinet"
        makers = _deciding_first(reading, lay, makers)
    if not makers and due_body is not None:
        makers = [due_body]
    lead = lay.first("lead-member")
    if not makers and lead is not None and lead.value:
        makers = decision_makers(reading, lead)
    heading = record_maker(reading.doc) if not makers else None
    if heading is not None:  # "RECORD OF DECISION OF THE CABINET"
        makers = [actor(reading, heading[0], heading[1], "decision-maker")]
    # "Date of decision:", else the date of the meeting the record is for ("Meeting date: 14/03/2023")
    decided = _field_date(reading.doc, lay.first("decision-date")) or _field_date(
        reading.doc, lay.first("meeting-date")
    )
    status = lay.first("decision-status")
    meaning = statuses().get(status_words(status.value)) if status else None
    recorded = any(b.stance == "outcome" for b in lay.blocks)
    return _Context(makers, decided, due, due_body, meaning == "withdrawn", meaning == "taken", recorded)


def _deciding_first(reading: Reading, lay: Layout, makers: list[NamedNode]) -> list[NamedNode]:
    """Several decision makers listed (a decision taken by one body and recommended to another): the one the
    record's meeting line names decided, so it comes first; the order as written otherwise."""
    sat = [body for s in lay.sittings if not s.addressed and (body := _sitting_body(reading, s)) in makers]
    return [sat[0], *(m for m in makers if m != sat[0])] if sat else makers


def _field_date(doc: Document, field: Field | None) -> XsdValue | None:
    if field is None:
        return None
    return next((m.value for m in find_dates(doc.text, field.value_start, field.end) if m.value), None)


def governance_blocks(reading: Reading) -> None:
    """Each clause under an outcome, request or recommendation marker becomes an event of its
    stance, tied to the sitting above it (the meeting line, "Decided at meeting", "Cabinet
    Decision: <date>") or to the record's own decision maker and date."""
    doc = reading.doc
    lay = layout(doc)
    context = _context(reading, lay)
    for block in lay.blocks:
        if block.stance == "outcome" and context.withdrawn:
            continue  # an abandoned or deleted decision records no outcome
        sitting = lay.sitting_at(block.marker[0])
        previous: StrategyName | None = None
        for index, clause in enumerate(clauses(doc.text, block.start, block.end)):
            where = (block.marker[0], clause[1]) if index == 0 else clause
            previous = _clause(reading, lay, context, block, sitting, clause, where, previous) or previous


# "and recommends it to Council", "prior to recommendation to Council": the plan of the clause before.
# "... and recommends its adoption by Council" (its act, not "make its recommendation to Council").
CONTINUATION = re.compile(
    rf"\b(?:it|them)\b|\b(?:its|their)\s(?:{verb_forms('noun')})\b|\b(?:prior\sto|ahead\sof)\s(?:its\s|the\s)?recommendation\b"
)
# "... be approved and recommended to Full Council for adoption": a clause with no subject of its own.
PARTICIPLE_START = re.compile(r"(?:be\s)?(?:[a-z]+ed|signed\soff)\s(?:to|by|for|at|on)\b")


def _clause(
    reading: Reading,
    lay: Layout,
    context: _Context,
    block: Block,
    sitting: Sitting | None,
    clause: tuple[int, int],
    where: tuple[int, int],
    previous: StrategyName | None,
) -> StrategyName | None:
    """The events one clause states; returns the plan it is about (for "it" in the next clause)."""
    doc = reading.doc
    strategy = (
        strategy_in(reading, *clause)
        or _recommended_strategy(reading, lay, block, clause)
        or _noted_report_plan(reading, block, sitting, clause)
    )
    if (
        strategy is None
        and previous is not None
        and (CONTINUATION.search(doc.text, *clause) or PARTICIPLE_START.match(doc.text, *clause))
    ):
        strategy = previous  # "... and recommends it to Council", "... be approved and recommended to Council"
    if strategy is None:
        return None  # a clause about no plan states no event of one (whatever its shape)
    found = next(
        (
            (shape, m)
            for shape, pattern in clause_patterns()
            if may_match(pattern, doc.text, *clause)
            and (m := (pattern.match if shape in AT_CLAUSE_START else pattern.search)(doc.text, *clause)) is not None
        ),
        None,
    )
    if found is None:
        return strategy
    shape, match = found
    if shape == "put-to" and block.stance != "request":
        return strategy  # "to delegate authority to submit the Plan to the Board for approval": not an act here
    historic = shape == "passive" and re.match(r"w(?:as|ere)\s|(?:had|has|have)\sbeen\s", match.group(0)) is not None
    if historic and block.stance != "outcome":
        return strategy  # "The Plan was adopted by Council in 2015" under a request heading is its history
    if re.match(r"\s(?:that|whether)\b", doc.text[match.end() : match.end() + 9]):
        return strategy  # "note that the plan will be submitted": noting a fact, not acting on the plan
    named = _named_body(reading, match, sitting)
    addressed = False  # the request heading itself names who is asked
    if named is None and block.stance == "request":
        asked = ASKED.search(doc.text, block.marker[0], block.end)
        if asked:
            named = _named_body(reading, asked, sitting, "body" if asked.group("body") else "listed")
        else:  # "This report makes the following recommendation to Council:"
            to = MARKER_ADDRESSEE.search(doc.text, block.marker[0], block.marker[1] + len(" That "))
            named = _named_body(reading, to, sitting) if to else None
            addressed = named is not None
    if named is None and block.stance == "recommendation":  # "Resolved to RECOMMEND (to Council) that X be approved"
        to = MARKER_RECOMMENDED_TO.search(doc.text, *block.marker) or MARKER_BODY_RECOMMENDED.search(
            doc.text, *block.marker
        )
        named = _named_body(reading, to, sitting) if to else None
    sitting_body = _sitting_body(reading, sitting) if sitting else None
    stance = block.stance
    recommends = stance == "request" and shape == "recommend"  # "Proposed decision: That Cabinet recommends ..."
    decider = sitting_body or (context.makers[0] if context.makers else None)
    if (
        shape == "passive"
        and not historic
        and stance == "outcome"
        and named is not None
        and decider is not None
        and named != decider
    ):
        stance = "delegated"  # the Deputy Mayor resolved "that the final draft be agreed by the Mayor": asked of him
    if shape == "recommend" or (
        stance == "outcome"
        and not historic
        and named is not None
        and sitting_body is not None
        and named != sitting_body
    ):
        stance = "recommendation"  # "That Council adopt ..." resolved by another body
    when = sitting.date.value if sitting and sitting.date and sitting.date.value else context.decided
    if addressed and sitting is not None and sitting is lay.header and named != sitting_body:
        when = None  # a report to the Committee recommending to Council: the Committee's date is not the Council's
    if stance != "outcome":  # "recommended to Council for adoption at its meeting on 24 April 2018"
        when = _date_not_of_a_name(reading, *clause) or when
    if historic:  # "the Plan was adopted by Council in February 2015": its own date or none (with a body named)
        when = _event_date(doc.text, *clause) or (when if named is None else None)
    meeting = _sitting_meeting(reading, sitting) if sitting else None
    for verb, target in _acts(reading, shape, match, clause, strategy):
        if verb.verb != "note" and _on_a_report_about(reading, clause, target):
            continue  # "the annual update report on X be approved": the report, not X (noting it notes X's progress)
        if (
            verb.verb in DISCUSSING
            and stance == "outcome"
            and (
                not _presented_for_consideration(reading, match.start(), clause[1], target)
                # "The plan had been considered by the Committee on 6 July": the plan's dated history stays
                or (not (historic and _event_date(doc.text, *clause)) and _resolved_after(lay, clause[1], sitting))
            )
        ):
            # "Consideration was given to a report on the progress of X" (a plan in force), or the preamble of
            # "RESOLVED that X be approved": no consideration of the plan of its own
            continue
        event = _event(reading, stance, verb, target, where, named, sitting, context, when, block, clause, recommends)
        if event is None:
            continue
        if meeting is not None:
            doc.state(event, SL("meeting"), meeting, "resolution", where)
        if sitting and sitting.item:
            doc.state(event, SL("agendaItem"), literal(sitting.item), "meeting-line", sitting.where)
        _references(reading, lay, event, sitting, block, where)
    _decision_by_post(reading, strategy, clause)
    return strategy


def _resolved_after(lay: Layout, position: int, sitting: Sitting | None) -> bool:
    """Whether the next outcome marker after ``position`` is at the same sitting (the resolution a discussion
    led to); found by bisection (docs/linear-time.md)."""
    following = lay.next_outcome_marker(position)
    return following is not None and lay.sitting_at(following) == sitting


# What a report a body considered is, when it is not the plan itself: a progress, update or monitoring report on a
# plan in force, or a timetable or approach for one ("the timeline and principles for updating the Strategy").
REPORT_ON_PLAN = re.compile(
    r"(?i)\b(?:progress|updates?\s(?:on|of|to)|updating|monitoring|annual|performance|implementation|delivery|"
    r"outturn|achievements?|position|timeline|timetable|principles|approach|review\sof|action\splan|evaluation|"
    # an examination's or a committee's changes to the plan ("agreed the Reporter's modifications to X"), a
    # recommendation to another body ("approved a recommendation to Council that X be adopted")
    r"modifications|amendments|changes\sto|recommendations?\sto)\b"
)
# What says a report puts the plan before the body: "for approval", "for comment", "for consultation".
FOR_DECISION = re.compile(
    r"(?i)\bfor\s(?:its\s|their\s|formal\s|final\s)?(?:approval|endorsement|comments?|consultation|adoption|agreement|"
    r"sign-off|consideration|ratification)\b"
    # "considered the report, which recommended adoption of X"
    r"|\brecommend(?:s|ed|ing)?\s(?:the\s|its\s|formal\s)?(?:approval|adoption|endorsement)\b"
)


def _presented_for_consideration(reading: Reading, start: int, end: int, plan: StrategyName) -> bool:
    """Whether what a body considered between ``start`` and ``end`` is the plan itself: a report presenting it (the
    draft, a new, refreshed or revised plan, one put "for approval" or "for comment", or the plan the document
    presents), not a progress, update or monitoring report on a plan in force ("the current Strategy")."""
    text = reading.doc.text
    named = reading.overlapping(start, end)
    anaphor = ANAPHORA.search(text, start, end)
    at = min(p for p in (named.start if named else end, anaphor.start() if anaphor else end, end))
    lead = text[start : at + (len(anaphor.group(0)) if anaphor and anaphor.start() == at else 0)]
    if REPORT_ON_PLAN.search(lead) or STANDING.search(lead):
        return False
    return plan == reading.main or bool(PRESENTED.search(lead)) or FOR_DECISION.search(text, start, end) is not None


# The body a request heading is addressed to: "makes the following recommendation to Council:".
MARKER_ADDRESSEE = re.compile(rf"\bto\s(?P<body>{ORGN})(?:\s?:|(?=\s(?:That|THAT)\s))")
# Shapes read only where a clause begins ("Approve the Strategy", "Approval of the Plan").
AT_CLAUSE_START = {"imperative", "nominal"}
# "to note the progress on X and approve Y": each verb of an infinitive clause with the plan after it.
INFINITIVE_VERB = re.compile(r"\b(?:[Tt]o|and)\s(?:to\s)?(?P<verb>[a-z]+(?:\soff)?)\b")
# Between two plans approved together: "X (Appendix 1), and the associated Y", "X and accompanying Y".
# "X, February 2023, and the draft Y": each plan's edition, and the second one called draft.
COORDINATED = re.compile(
    r"[\s,]*(?:\([^()]{0,40}\)[\s,]*|(?:[A-Z][a-z]{2,8}\s)?(?:19|20)\d\d,\s)?(?:and|&)\s(?:the\s)?"
    r"(?:(?:associated|accompanying|related|supporting)\s)?(?:(?:draft|new|revised|updated|refreshed)\s){0,2}"
)


def _acts(
    reading: Reading, shape: str, match: re.Match[str], clause: tuple[int, int], strategy: StrategyName
) -> list[tuple[Verb, StrategyName]]:
    """What a clause does to which plan: each verb of "to note X and approve Y" to the plan that
    follows it; each plan of "That X and the associated Y be approved" gets the verb; otherwise
    every verb of the match to the clause's plan."""
    acts = [(verb, strategy) for verb in _verbs(match.group("verbs"))]
    if shape == "infinitive":
        chained = _infinitive_chain(reading, match.start(), clause[1])
        return chained if len(chained) > 1 else acts
    if shape in ("passive", "recommend"):
        # "That X and Y be adopted"; "recommend to Council that X, <date>, and Y, <date>, be adopted" (inside the match)
        subjects = _coordinated_subjects(reading, *((clause[0], match.start()) if shape == "passive" else match.span()))
        if len(subjects) > 1:
            return [(verb, subject) for subject in subjects for verb in _verbs(match.group("verbs"))]
    return acts


def _infinitive_chain(reading: Reading, start: int, end: int) -> list[tuple[Verb, StrategyName]]:
    text = reading.doc.text
    found = [(m, verb_named(m.group("verb"))) for m in INFINITIVE_VERB.finditer(text, start, end)]
    found = [(m, v) for m, v in found if v is not None]
    acts: list[tuple[Verb, StrategyName]] = []
    for index, (m, verb) in enumerate(found):
        until = found[index + 1][0].start() if index + 1 < len(found) else end
        after = reading.between(m.end(), until)
        if after and verb is not None:
            acts.append((verb, after[0].name))
    return acts


def _coordinated_subjects(reading: Reading, start: int, end: int) -> list[StrategyName]:
    """The plans named before a passive verb, as long as each is joined to the one before by "and"."""
    text = reading.doc.text
    before = [m for m in reading.between(start, end) if m.end <= end]
    if not before:
        return []
    subjects = [before[0]]
    for mention in before[1:]:
        if COORDINATED.fullmatch(text, subjects[-1].end, mention.start) is None:
            break
        subjects.append(mention)
    return [m.name for m in subjects]


def _recommended_strategy(reading: Reading, lay: Layout, block: Block, clause: tuple[int, int]) -> StrategyName | None:
    """ "(i) to approve the recommendations": the plan the request block just before named."""
    if not THE_RECOMMENDATIONS.search(reading.doc.text, *clause):
        return None
    sitting = lay.sitting_at(block.marker[0])
    earlier = [
        b
        for b in lay.blocks
        if b.stance == "request" and b.end <= block.marker[0] and lay.sitting_at(b.marker[0]) == sitting
    ]
    if earlier:
        return strategy_in(reading, earlier[-1].start, earlier[-1].end)
    # "The Cabinet considered a report seeking approval of X. RESOLVED: That the recommendations be approved": the one
    # plan the item names before its resolution
    opened = sitting.start if sitting is not None else max(0, block.marker[0] - RECOMMENDATIONS_REACH)
    named = {mention.name for mention in reading.between(opened, block.marker[0])}
    return named.pop() if len(named) == 1 else None


# "RESOLVED that the report be noted": noting the report received just before, on the plan it named.
THE_REPORT_NOTED = re.compile(
    r"\bthe\s(?:above\s)?(?:report|update|presentation)\s(?:be|is|are|was|were)\s(?:duly\s)?noted\b"
)


def _noted_report_plan(
    reading: Reading, block: Block, sitting: Sitting | None, clause: tuple[int, int]
) -> StrategyName | None:
    """ "The Board received a report on X. RESOLVED that the report be noted": the plan the report was on (a noting of
    it, as noting a report on a plan is)."""
    if not THE_REPORT_NOTED.search(reading.doc.text, *clause):
        return None
    start = max(0, block.marker[0] - RECEIVED_REACH, sitting.start if sitting else 0)
    received = list(RECEIVED_REPORT.finditer(reading.doc.text, start, block.marker[0]))
    if not received:
        return None
    return strategy_in(reading, received[-1].end(), _sentence_end(reading.doc.text, received[-1].end()))


# How far before a resolution an item without a sitting may name the plan its recommendations are about.
RECOMMENDATIONS_REACH = 1500


def _event(
    reading: Reading,
    stance: str,
    verb: Verb,
    strategy: StrategyName,
    where: tuple[int, int],
    named: NamedNode | None,
    sitting: Sitting | None,
    context: _Context,
    when: XsdValue | None,
    block: Block,
    clause: tuple[int, int],
    recommends: bool = False,
) -> NamedNode | None:
    sitting_body = _sitting_body(reading, sitting) if sitting else None
    if stance == "recommendation":
        # "The Cabinet noted the comments ... and recommended the Plan to Council": the clause's own subject
        subject = SENTENCE_SUBJECT.match(reading.doc.text, *clause)
        opener = actor(reading, subject.group("body"), subject.span("body"), "recommendation") if subject else None
        by = (opener if opener != named else None) or sitting_body or (context.makers[0] if context.makers else None)
        if recommends:  # a proposed recommendation: made by the body the decision is due from
            by = context.due_body or by
            when = when if when is not None and when != context.decided else context.due or when
        return record_event(
            reading,
            "Recommendation",
            strategy,
            "recommendation",
            where,
            body=by if by != named else None,
            when=when,
            requested_of=named,
        )
    if stance == "delegated":  # dated only by its own words: "be approved by Council (14 July 2025)"
        own = _first_date(reading.doc.text, *clause)
        return record_event(reading, verb.request, strategy, "resolution", where, requested_of=named, when=own)
    if stance == "request":
        asked = named or context.due_body or (context.makers[0] if context.makers else None) or sitting_body
        # the record's status says the proposed decision was taken (and the record does not say what was decided)
        if context.taken and not recommends and not context.recorded:
            record_event(reading, verb.outcome, strategy, "decision-status", where, body=asked, when=context.decided)
        return record_event(
            reading, verb.request, strategy, "proposed-decision", where, when=context.due or when, requested_of=asked
        )
    block_body = body_named(reading, block.body, block.body_span, sitting, "resolution") if block.body_span else None
    body = named or block_body or _actor_in(reading, *clause) or sitting_body
    if body is None and context.makers:
        body = context.makers[0]
    if body is None:
        body = _receiving_body(reading, block.marker[0], sitting)
    if body is None and block.body and block.body_span:
        # "The Committee agreed:-" in a record that names the committee only in prose ("a report ... to the
        # Communities and Housing Committee"): the one it named before
        body = _named_before(reading, block.body, block.body_span)
    return record_event(reading, verb.outcome, strategy, "resolution", where, body=body, when=when)


# "Cabinet received a report on the Strategy. RESOLVED that ...", "The Executive Board considered a report on ...",
# "The Committee had before it a report by ...": the body that received the report is the one that resolved.
RECEIVED_REPORT = re.compile(
    rf"(?P<body>{body_phrase()})\s(?:received|considered|noted|had\sbefore\sit|gave\sconsideration\sto)\s"
    r"(?:a|an|the)\s(?:(?:joint|further|verbal|oral|written|detailed)\s)?(?:report|update|presentation)\b"
)
# How far before a resolution the sentence about the report may be.
RECEIVED_REACH = 800


def _receiving_body(reading: Reading, marker: int, sitting: Sitting | None) -> NamedNode | None:
    """The body that received the report a resolution follows, named in the sentences just before it."""
    start = max(0, marker - RECEIVED_REACH, sitting.start if sitting else 0)
    found = [m for m in RECEIVED_REPORT.finditer(reading.doc.text, start, marker)]
    if not found:
        return None
    last = found[-1]
    return body_named(reading, last.group("body"), last.span("body"), sitting, "resolution")


def _verbs(written: str) -> list[Verb]:
    """The verbs of "approved", "endorsed and adopted", "consider and approve": considering on the way
    to another act is not an act of its own ("consider and approve" is an approval)."""
    parts = re.split(r"\s?(?:,|\band\b|&)\s(?:be\s)?", written)
    found = [v for v in (verb_named(p) for p in parts) if v is not None]
    acts = [v for v in found if v.outcome not in DISCUSSION_CLASSES or v.verb == "note"]
    return acts if acts and len(acts) < len(found) else found


def _named_body(
    reading: Reading, match: re.Match[str], sitting: Sitting | None, group: str = "body", rule: str = "resolution"
) -> NamedNode | None:
    if group not in match.re.groupindex or not match.group(group):
        return None
    return body_named(reading, match.group(group), match.span(group), sitting, rule)


def body_named(
    reading: Reading, written: str | None, where: tuple[int, int], sitting: Sitting | None, rule: str
) -> NamedNode | None:
    """The body a passage names: "Members" name none; "the Board" in the minutes of an Executive
    Board meeting is that Executive Board; anything else is the body (or post) as written."""
    if written is None or re.fullmatch(r"(?i)(?:the\s+)?(?:members|councillors)", written):
        return None
    short = re.sub(r"^(?:[Tt]hat|[Tt]he)\s+", "", written.strip()).lower()
    full = re.sub(r"\s+", " ", sitting.body).lower() if sitting and sitting.body else ""
    if full and full != short and full.endswith(" " + short):
        return _sitting_body(reading, sitting) if sitting else None
    if short in GENERIC_BODIES:
        return None  # "the Committee" with no meeting to say which: naming it would invent a body
    return actor(reading, written, where, rule)


# Heads that name no body on their own ("the Cabinet" and "the Council" do: the publisher's).
GENERIC_BODIES = {"committee", "board", "group", "partnership", "forum", "panel", "sub-committee"}


def _actor_in(reading: Reading, start: int, end: int) -> NamedNode | None:
    """ "As Cabinet Member for Education, I agree to approve ...": the post that decided."""
    match = re.search(rf"\b[Aa]s\s+(?P<post>{POST})\s*,\s*I\b", reading.doc.text[start:end])
    if match is None:
        return None
    return post_iri(reading, match.group("post"), (start + match.start("post"), start + match.end("post")))


def _sitting_body(reading: Reading, sitting: Sitting) -> NamedNode | None:
    if sitting.body is None or sitting.body_span is None:
        return None
    return actor(reading, sitting.body, sitting.body_span, "meeting-line")


def _sitting_meeting(reading: Reading, sitting: Sitting) -> NamedNode | None:
    """The meeting a sitting's header names, when it gives a body and a real full date."""
    body = _sitting_body(reading, sitting)
    when = sitting.date.value if sitting.date else None
    if body is None or when is None or when.datatype != "date":
        return None
    doc = reading.doc
    meeting = NamedNode(f"{body.value}/meeting/{when.lexical}")
    doc.state(meeting, A, SL("Meeting"), "meeting-line", sitting.where)
    doc.state(meeting, vocab.term(vocab.SCHEMA, "organizer"), body, "meeting-line", sitting.where)
    doc.state(meeting, vocab.term(vocab.SCHEMA, "startDate"), literal(when), "meeting-line", sitting.where)
    return meeting


REFERENCE_PROPERTIES = {"decision": "decisionReference", "report": "reportReference", "minute": "minuteReference"}


def _references(
    reading: Reading, lay: Layout, event: NamedNode, sitting: Sitting | None, block: Block, where: tuple[int, int]
) -> None:
    """References written with the item the event belongs to (its heading, the page title)
    each in its own property: a report or minute number is not the decision's reference."""
    doc = reading.doc
    first_sitting = lay.sittings[0].start if lay.sittings else block.marker[0]
    regions = [(0, min(first_sitting, block.marker[0]))]
    if sitting is not None:
        regions.append((sitting.start, block.marker[0]))
    for start, end in regions:
        for ref in lay.references(doc.text, start, end):
            doc.state(event, SL(REFERENCE_PROPERTIES[ref.kind]), literal(ref.ref), "reference", (ref.start, ref.end))


def _decision_by_post(reading: Reading, strategy: StrategyName, clause: tuple[int, int]) -> None:
    """ "the decision proposed to be taken by the Cabinet Member for X to adopt ...": who decides."""
    doc = reading.doc
    post_match = DECISION_BY_POST.search(doc.text, *clause)
    ref = doc.search(DECISION_REF)
    if post_match is None or ref is None:
        return
    post = post_iri(reading, post_match.group("post"), post_match.span())
    decision = state_decision(reading, ref, "decision-maker")
    doc.state(decision, SL("concerns"), strategy.iri, "decision-maker", post_match.span())
    doc.state(decision, NamedNode(PROV + "wasAssociatedWith"), post, "decision-maker", post_match.span())
    doc.state(
        decision,
        SL("undated"),
        UNDATED,
        "decision-maker",
        post_match.span(),
        reason="the text names a decision to be taken, not when it is taken",
    )


def strategy_in(reading: Reading, start: int, end: int) -> StrategyName | None:
    """The strategy a clause is about: one it names, else the one "the Plan" / "the strategy"
    refers to; None when the clause is about something else (minutes, a budget, a report)."""
    named = reading.overlapping(start, end)  # a name may begin before the clause
    if named:
        return named.name
    anaphor = ANAPHORA.search(reading.doc.text, start, end)
    return _antecedent(reading, start, anaphor.group(0)) if anaphor else _presented_by_base(reading, start, end)


@cache
def _presented_base(base: str) -> re.Pattern[str]:
    """ "the new Five Year Strategy", "the refreshed Council Plan", "The housing strategy for adoption": the plan a
    document presents, by its name without its period, in any case (minutes write the title they head in lower case)."""
    written = r"\s".join(re.escape(word) for word in base.split())
    return re.compile(rf"\b[Tt]he\s(?:(?i:new|revised|updated|refreshed|draft|final)\s)?(?i:{written})(?![\w-])")


def _presented_by_base(reading: Reading, start: int, end: int) -> StrategyName | None:
    """The plan the document presents, when the clause calls it by its name without its period, perhaps new, revised
    or draft ("the new Five Year Strategy" on a page about the Five Year Strategy 2022-2027; "the allotments strategy
    be endorsed" under the heading "Allotments Strategy")."""
    main = reading.main
    if main is None or not main.base:
        return None
    return main if _presented_base(main.base).search(reading.doc.text, start, end) else None


# "the new plan", "the revised Strategy": the plan the document presents, not the one named last.
PRESENTED = re.compile(r"(?i)\b(?:new|revised|updated|refreshed|draft|final)\b")


def _antecedent(reading: Reading, position: int, anaphor: str = "") -> StrategyName | None:
    """What "the plan" or "It" at ``position`` refers to: a plan named before it, never one the
    text only names later (a later plan is often another one: "a draft plan, paused"). "The Plan"
    written as a defined term, or "the new plan", is the plan the document presents."""
    if not reading.named_before(position):
        return None
    if STANDING.search(anaphor):  # "The current strategy was adopted in 2018", in a record presenting a new one
        return _standing_plan(reading, position)
    head = anaphor.split()[-1] if anaphor else ""
    if PRESENTED.search(anaphor) or (head[:1].isupper() and head not in {"CYPP"}):
        return _newest_of_head(reading, position, head) or reading.main
    return reading.strategy_near(position)


def _newest_of_head(reading: Reading, position: int, head: str) -> StrategyName | None:
    """ "the new strategy" on a page presenting a Local Plan: not the page's plan (another head noun) but the latest
    strategy named before it; None when the document's own plan has that head (or no head is known)."""
    main = reading.main
    said = head.lower()
    if main is None or not main.head or said == main.head.lower() or said not in {"plan", "strategy", "framework"}:
        return None
    named = [m.name for m in reading.between(0, position) if m.name.head and m.name.head.lower() == said]
    return max(named, key=_start_year, default=None)


def _start_year(strategy: StrategyName) -> int:
    start = strategy.period[0] if strategy.period else None
    return int(start.lexical[:4]) if start is not None and start.has_year else 0


# "the current strategy", "the existing plan": the plan in force, not the one the document presents.
STANDING = re.compile(r"(?i)\b(?:current|existing|previous|former|old)\b")
# How many characters before a plan's name may say it is the new one ("the draft", "a refreshed").
PRESENTED_REACH = 14


def _standing_plan(reading: Reading, position: int) -> StrategyName | None:
    """The plan in force that "the current strategy" refers to: the last one named before it that is neither the
    plan the document presents nor named as new ("the draft X", "the refreshed X"); none when there is no such plan
    (the new plan's adoption is never read from its predecessor's)."""
    text = reading.doc.text
    for mention in reversed(reading.between(0, position)):
        lead = text[max(0, mention.start - PRESENTED_REACH) : mention.end]
        if mention.name != reading.main and not PRESENTED.search(lead):
            return mention.name
    return None


def _may_be(written: str, named: StrategyName) -> bool:
    """Whether a plan described in lower case ("the previous climate strategy") may be a named one: every word of the
    description is in the name ("the previous housing strategy" may be the Holmbury Housing Strategy 2018-2023)."""
    if written != written.lower():
        return True
    name = (named.title or named.key).lower()
    return all(word in name for word in written.replace("-", " ").split())


# ---------------------------------------------------------------------------------------------
# Outcomes and requests in running prose


def prose_outcomes_rule(reading: Reading) -> None:
    """ "was approved by County Council on December 10", "adopted by Council at its meeting on
    23 February 2017", "The Cabinet approved the refreshed Plan", "The Board agreed to refresh
    the strategy": outcomes, unless a modal or conditional word comes just before."""
    doc = reading.doc
    lay = layout(doc)
    outcome_blocks = [b for b in lay.blocks if b.stance == "outcome"]
    for shape, pattern in prose_outcomes():
        for match in doc.finditer(pattern):
            if any(
                b.start <= match.start() < b.end or b.marker[0] <= match.start("verbs") < b.marker[1]
                for b in outcome_blocks
            ) or _modal_before(doc.text, match.start()):
                continue  # inside a resolution, or heading one ("the Cabinet agreed that: (1) ..."): read as a block
            if shape == "aside" and not match.group("body") and not match.group("tail"):
                continue  # ", agreed, ": an aside with neither a body nor a date tells nothing
            if shape in LINE_SHAPES and not _opens_sentence(doc, match.start()):
                continue  # "At the meeting", "Adopted by" open a sentence or a line, else they are inside another
            if _respectively(doc.text, match.start(), match.end()):
                continue  # "the Cabinet and the Council respectively approved X": read by respective_outcomes_rule
            if shape == "active" and _across_lines(doc, match.end("body"), match.start("verbs")):
                continue  # a title line "Kestrel Council" over "Adopted in 2004, the Strategy ...": no one acted
            if shape == "active" and _relative_object(doc.text, match.start()):
                continue  # "the priorities which the Board has agreed to focus on": not the plan's
            strategy = _prose_strategy(reading, shape, match)
            if strategy is None:
                continue
            # "The Cabinet approved X (Appendix A), and the associated Y": each plan approved together
            together = _coordinated_subjects(reading, *match.span("tail")) if shape == "active" else []
            plans = together if strategy in together else [strategy]
            verbs = _verbs(re.sub(r"^considered\s+and\s+", "", match.group("verbs")))
            if shape == "given-update":  # "The Board were given an update on X": a consideration of X
                verbs = [v for v in (verb_named("consider"),) if v is not None]
            if shape == "active":  # "The panel agreed the findings and endorsed X": the verb that has the plan
                verbs = _verb_before_plan(reading, match) or verbs
            if shape in ("active", "bare"):  # "The Committee agreed to adopt X": the act agreed to is the outcome
                verbs = _agreed_act(match.group("tail"), verbs)
                if _about_the_plan(reading, match):  # "approved the annual update report on X": the report, not X
                    verbs = [verb for verb in verbs if verb.verb == "note"]  # noting it notes X's progress
                if FOR_RECOMMENDATION.search(doc.text, *match.span("tail")):
                    verbs = []  # "approved X for recommendation to Council": read as a recommendation
                # "noted the update on X and approved the refreshed actions": the plan's new content, approved
                verbs = verbs + [v for v in _act_on_its_contents(reading, match) if v not in verbs]
            named_body = "body" in match.re.groupindex and match.group("body") is not None
            by_span = match.span("body") if named_body else (match.start(), match.start())
            written_by = match.group("body") if named_body else None  # "was agreed on 2 April 2022": no body named
            end = _line_end(doc, match.start(), match.end()) if shape == "line" else match.end()
            acted = [
                (written_by, by_span, (match.start("tail"), max(match.start("tail"), end)), (match.start(), end), verbs)
            ]
            more = AND_BY.search(doc.text, by_span[1], match.end() + 80) if shape != "active" and named_body else None
            if more is not None:  # "... and by the Council's Policy Committee on 28 September 2017", "and adopted at"
                also = _verbs(more.group("verbs")) if more.group("verbs") else verbs
                acted.append(
                    (more.group("body"), more.span("body"), more.span("tail"), (match.start(), more.end()), also)
                )
            for written, span, tail, where, verbs in acted:
                sitting = lay.sitting_at(match.start())
                if sitting is not None and sitting.addressed:
                    sitting = None  # a report's addressee has not met yet: nothing the report tells is its act
                body = _prose_body(reading, written, span, sitting) if written else None
                if shape == "bare":  # a minute's line tells what its meeting's body did; with no meeting, no one
                    body = _sitting_body(reading, sitting) if sitting else None
                    if body is None:
                        continue
                tail_end = min(tail[1], more.start() if more and tail == acted[0][2] else tail[1])
                later = LATER_STAGE.search(doc.text, tail[0], tail_end)  # "... before its adoption by Council on D"
                own_date = _event_date(doc.text, tail[0], later.start() if later else tail_end) or _told_date(
                    doc.text, shape, match
                )
                when = own_date or _sentence_date(doc, match.start()) or _date_before(doc, span[0])
                if when is None and "today" in match.re.groupindex and match.group("today"):
                    when = _first_date(doc.text, *match.span("today"))  # "today (Wednesday 3 March)": no year given
                if when is None:  # a timeline's line: "4 October 2018 - The Draft Plan was discussed by the Board"
                    when = _line_date(doc, match.start())
                if when is None and body is not None and doc.kind in PUBLIC_KINDS:
                    when = _reported_meeting(reading, body)  # "... at a full council meeting held on July 18"
                if when is None and TODAY.search(match.group(0)):
                    when = dateline(doc)  # "was adopted at today's Council meeting" under "Published: 3 May 2015"
                if when is None and THIS_WEEK.search(match.group(0)):
                    when = week_month(dateline(doc))  # "approved ... this week" under "Published: 18 October 2024"
                if (
                    when is None
                    and sitting
                    and sitting.date
                    and sitting.date.value
                    and _sitting_body(reading, sitting) == body
                ):
                    when = sitting.date.value  # the minutes of a meeting say what its body did there
                # a passive consideration dated by its own words is the plan's history, not this meeting's preamble
                history = shape != "active" and own_date is not None
                for verb in verbs:
                    for plan in plans:
                        if verb.verb in DISCUSSING and (
                            (
                                shape == "active"
                                and not _presented_for_consideration(reading, match.start("tail"), match.end(), plan)
                            )
                            or (
                                not history  # "had been considered by the Committee on 6 July": its own history
                                and (
                                    _resolved_after(lay, match.end(), sitting)
                                    or (body is not None and _decided(reading, plan, body, DISCUSSING))
                                )
                            )
                        ):
                            # "The Board considered a progress report on X" (a plan in force); "The Cabinet
                            # considered the report ... RESOLVED that X be approved" (the resolution's preamble)
                            continue
                        if not in_its_time(plan, when):
                            continue  # an old plan's adoption told beside its successor's name: not the successor's
                        record_event(reading, verb.outcome, plan, "prose-outcome", where, body=body, when=when)


def _across_lines(doc: Document, start: int, end: int) -> bool:
    """Whether the original text breaks a line between two points of the cleaned text (a short passage)."""
    return end > start and "\n" in doc.original[slice(*doc.clean.to_original(start, end))]


def _respectively(text: str, start: int, end: int) -> bool:
    """Whether a match pairs its bodies with their acts or dates by "respectively" (in it, or just after it in its
    sentence: "was agreed by the Board and the Council in May and June respectively")."""
    return RESPECTIVELY.search(text, start, min(_sentence_end(text, end), end + RESPECTIVELY_REACH)) is not None


RESPECTIVELY_REACH = 40


def respective_outcomes_rule(reading: Reading) -> None:
    """ "On 2 and 9 May the Cabinet and the Council respectively adopted X", "X was approved by the Board and by
    Council in June and July 2021 respectively": two outcomes, each body with the date in its place of the list."""
    doc = reading.doc
    for shape, pattern in respective_outcomes():
        for match in doc.finditer(pattern):
            if _modal_before(doc.text, match.start()):
                continue  # "will be approved by the Board and the Council respectively in May and June"
            if shape == "active":
                plan = strategy_in(reading, *match.span("tail"))
                sentence_start = doc.text.rfind(". ", max(0, match.start() - SENTENCE_REACH), match.start()) + 1
                dates = paired_dates(doc.text, max(sentence_start, _line_start(doc, match.start())), match.start())
                dates = dates if dates != (None, None) else paired_dates(doc.text, *match.span("tail"))
            else:
                plan = _prose_strategy(reading, "passive", match)
                dates = paired_dates(doc.text, *match.span("tail"))
            if plan is None:
                continue
            sitting = layout(doc).sitting_at(match.start())
            # "endorsed by the Cabinet and adopted by the Council": the second body's own verb, else the shared one
            second = match.group("verbs2") if "verbs2" in match.re.groupindex else match.group("verbs")
            for group, acted, when in zip(("body", "body2"), (match.group("verbs"), second), dates, strict=True):
                body = _prose_body(reading, match.group(group), match.span(group), sitting)
                for verb in _verbs(acted):
                    if in_its_time(plan, when):
                        record_event(reading, verb.outcome, plan, "prose-outcome", match, body=body, when=when)


# "3 and 10 March 2022", "June and July 2021": the second date's month and year written once for both.
SHARED_DAY = re.compile(r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s(?:and|&)\s$")
SHARED_MONTH = re.compile(rf"(?P<month>{MONTH_NAME})\s(?:and|&)\s$")


def paired_dates(text: str, start: int, end: int) -> tuple[XsdValue | None, XsdValue | None]:
    """The two dates a "respectively" sentence lists, in order: each as written, or sharing the month and year the
    list writes once ("3 and 10 March 2022"); a day and month with no year keep none ("2nd May and 9th May")."""
    found = [(m.start, m.value) for m in find_dates(text, start, end) if m.value]
    values = [value for _, value in found if value is not None]
    if len(values) >= 2:
        first, second = values[0], values[1]
        if not first.has_year and second.has_year and first.lexical[2:4] <= second.lexical[5:7]:
            first = XsdValue(f"{second.lexical[:4]}{first.lexical[1:]}", "date")  # "3 March and 10 March 2022"
        return first, second
    if len(values) != 1:
        return None, None
    only, before = values[0], text[max(start, found[0][0] - 16) : found[0][0]]
    day = SHARED_DAY.search(before)
    if day is not None and only.datatype in ("date", "gMonthDay"):
        return XsdValue(f"{only.lexical[:-2]}{int(day.group('day')):02d}", only.datatype), only
    month = SHARED_MONTH.search(before)
    if month is not None and only.datatype == "gYearMonth":
        number = MONTHS[month.group("month").lower()]
        return XsdValue(f"{only.lexical[:4]}-{number:02d}", "gYearMonth"), only
    return None, only


# "The Director introduced a report presenting the new draft X", "The Board received a report on the new X", "had
# before it the report setting out the refreshed X": a report that presents the plan, put before the meeting.
PRESENTING_REPORT = re.compile(
    rf"(?:(?P<body>{ORGN})\s)?\b(?:introduced|presented|submitted|received|had\sbefore\sit|tabled)\s(?:a|the)\s"
    r"(?:covering\s|joint\s)?report\s(?:(?:of|from|by)\s[^.;,]{3,60}?\s)?"
    r"(?:presenting|introducing|on|setting\sout|containing|with|about)\s(?:the\s|a\s|its\s|our\s)?"
    r"(?P<presented>(?:(?:new|draft|refreshed|revised|updated|proposed|final)\s){1,3})"
)


# Who presents a report to a meeting rather than sits as one: "The Leader of Council", "the Director of Place".
PRESENTER = re.compile(r"(?:[Tt]he\s)?(?:Deputy\s)?(?:Leader|Director|Head|Chief|Mayor|Councillor|Cllr|Officer)\b")
# How far after "the new" / "the draft" the plan's name may begin ("the new draft Housing Strategy", "the draft
# Borough-wide Housing and Homelessness Strategy").
PRESENTED_GAP = 40


def presented_reports(reading: Reading) -> None:
    """A report presenting a draft, new or refreshed plan, put before a meeting: the meeting's body considered the
    plan (a progress or update report on a plan in force is not one; a resolution that follows at the same sitting
    is the outcome, the report its preamble)."""
    doc = reading.doc
    lay = layout(doc)
    for match in doc.finditer(PRESENTING_REPORT):
        named = reading.overlapping(match.start("presented"), _sentence_end(doc.text, match.end()))
        if named is None or named.start > match.end() + PRESENTED_GAP or _modal_before(doc.text, match.start()):
            continue
        plan = named.name
        sitting = lay.sitting_at(match.start())
        written, by_span = match.group("body"), match.span("body")
        if written:  # a heading above the sentence is no part of the body's name ("8. Sport\nThe Cabinet")
            written, by_span = _last_line(reading, written, by_span)
        if written and (is_post(written) or PRESENTER.match(written)):
            written = None  # "The Leader of Council introduced the report": who presented, not who considered
        body = (
            _prose_body(reading, written, by_span, sitting)
            if written
            else (_sitting_body(reading, sitting) if sitting else None)
        )
        if (
            body is None
            or _preamble(reading, lay, named.end, sitting, plan)
            or _decided(reading, plan, body, DISCUSSING)
        ):
            continue
        when = _event_date(doc.text, match.end(), _sentence_end(doc.text, match.end())) or _line_date(
            doc, match.start()
        )
        if when is None and sitting is not None and sitting.date and _sitting_body(reading, sitting) == body:
            when = sitting.date.value
        start = by_span[0] if written else match.start()
        record_event(reading, "Consideration", plan, "presented-report", (start, named.end), body=body, when=when)


def _preamble(reading: Reading, lay: Layout, position: int, sitting: Sitting | None, plan: StrategyName) -> bool:
    """Whether the resolution after ``position`` at the same sitting is on this item: no other plan is named before
    it ("The Cabinet received a report on the new X. RESOLVED that X be approved"); a resolution under a later item
    ("33. Housing Strategy ... RESOLVED") leaves the report an event of its own."""
    following = lay.next_outcome_marker(position)
    if following is None or lay.sitting_at(following) != sitting:
        return False
    return all(mention.name == plan for mention in reading.between(position, following))


# A report about a plan, right before the plan's name: "the annual update report on", "the outturn report for",
# "progress against".
REPORT_ABOUT = re.compile(
    r"(?i)\b(?:(?:annual|progress|update|outturn|monitoring|performance|year-end|quarterly|mid-year|highlight|delivery)"
    r"\s(?:[a-z-]+\s)?(?:report|update|statement|review)\s(?:on|of|for|about|into)|(?:an\s)?update\s(?:on|about)"
    r"|progress\s(?:on|against|with|in\sdelivering|made\s(?:on|against|with)))\s(?:the\s|a\s|its\s|our\s)?$"
)


# A by-product of a plan or a step towards one, right before its name: "the proposed process for monitoring ... the
# progress of", "the preparation of an", "the intention for future policies and changes to" (never the plan's own
# refresh, revision, amendments or publication, which act on an edition of it: "the amendments to X be agreed").
PART_OF = re.compile(
    r"(?i)\b(?:process(?:es)?|preparation|development|intention|timetable|timeline|"
    r"approach|arrangements|monitoring)\b[^.;:]{0,80}\b(?:to|of|for|on|in)\s(?:the\s|an?\s|its\s|our\s|this\s)?"
    r"(?:(?:draft|new|current|existing|proposed|adopted)\s)?$"
)


# A by-product named after the plan's name: "the X Progress Report", "the X Action Plan", "the X Annual Update".
@cache
def by_product_after() -> re.Pattern[str]:
    """What follows a plan's name when a by-product of it is meant (``data/reference/plan-by-products.csv``)."""
    written = sorted((r["words"] for r in rows("plan-by-products.csv")), key=len, reverse=True)
    return re.compile(r"\s(?:" + "|".join(r"\s".join(map(re.escape, w.split())) for w in written) + r")\b")


def _on_a_report_about(reading: Reading, clause: tuple[int, int], plan: StrategyName) -> bool:
    """Whether a resolution's clause acts on a report about ``plan``, or on a part or by-product of it ("approve the
    changes to X", "agree the publication of the X Progress Report"), rather than on the plan."""
    text = reading.doc.text
    named = next((m for m in reading.between(*clause) if m.name == plan), None)
    if named is None:  # "agree the process for monitoring the progress of the Plan": the plan by its anaphor
        anaphor = ANAPHORA.search(text, *clause)
        before = max(clause[0], anaphor.start() - 120) if anaphor else 0
        return anaphor is not None and PART_OF.search(text, before, anaphor.start()) is not None
    return (
        REPORT_ABOUT.search(text, max(clause[0], named.start - 80), named.start) is not None
        or PART_OF.search(text, max(clause[0], named.start - 120), named.start) is not None
        or by_product_after().match(text, named.end, clause[1]) is not None
    )


def _relative_object(text: str, position: int) -> bool:
    """ "the priorities which the Partnership has agreed to focus on": the act is on what "which" stands for (a plan
    named just before ", which" is read by the "which" shape)."""
    return text[max(0, position - 6) : position] == "which "


def _about_the_plan(reading: Reading, match: re.Match[str]) -> bool:
    """Whether an active act is on a report about the plan, not on the plan: "noted the outturn report on X",
    "approved the annual update report on X", "agreed the delivery timetable for X"."""
    named = reading.overlapping(*match.span("tail"))
    if named is None or named.start <= match.start("tail"):
        return False
    return REPORT_ON_PLAN.search(reading.doc.text, match.start("tail"), named.start) is not None


# Shapes whose first word opens a sentence or a line ("At the Council meeting on D, X was adopted", "Adopted by
# resolution of the Authority D" under a plan's title).
LINE_SHAPES = {"sitting-first", "line", "bare", "opening"}


def _line_end(doc: Document, start: int, end: int) -> int:
    """Where the original line holding ``start`` ends, in clean offsets (at most ``end``)."""
    stop = doc.original.find("\n", doc.clean.origin[start])
    return end if stop < 0 else min(end, bisect.bisect_left(doc.clean.origin, stop))


def _opens_sentence(doc: Document, position: int) -> bool:
    """Whether ``position`` opens a line of the original or follows a sentence's end."""
    if position == 0 or doc.text[max(0, position - 2) : position] in {". ", "! ", "? "}:
        return True
    at = doc.clean.origin[position]  # back over the spaces before it, never over the whole text (rule 8)
    while at > 0 and doc.original[at - 1] in " \t":
        at -= 1
    return at == 0 or doc.original[at - 1] == "\n"


# The day a news item was published on, when its words say "today": "at today's Council meeting", "has today agreed".
TODAY = re.compile(r"\btoday\b")
THIS_WEEK = re.compile(r"\bthis\sweek\b")


def week_month(dated: XsdValue | None) -> XsdValue | None:
    """The month of the week a dateline falls in ("this week" under "18 October 2024": October 2024), when the whole
    week lies in that month (from the 7th: the Monday before is in the same month); the day is never guessed."""
    if dated is None or dated.datatype != "date" or int(dated.lexical[8:10]) < WEEK:
        return None
    return XsdValue(dated.lexical[:7], "gYearMonth")


WEEK = 7
# A dateline in a news item's or web page's first lines: "Published: 3 May 2015", "Posted on 12 June 2014",
# "Last updated: Thursday 9 March 2023", or a line that is only a date.
DATELINE = re.compile(
    r"^[ \t]*(?:(?:Published|Posted|Date|Issued|Released|(?:Press|News|Media)\s(?:[Rr]elease|[Ss]tatement))"
    r"(?:\son)?\s?[:,]?\s*)?"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s)?"
    rf"(?P<date>\d{{1,2}}(?:st|nd|rd|th)?\s{MONTH_NAME},?\s(?:19|20)\d\d|{MONTH_NAME}\s\d{{1,2}},?\s(?:19|20)\d\d"
    r"|\d{1,2}/\d{1,2}/(?:19|20)\d\d)[ \t]*$",
    re.MULTILINE,
)
DATELINE_LINES = 12


def dateline(doc: Document) -> XsdValue | None:
    """The full date a news item or web page gives itself in its first lines, if any (a date without a year is no
    dateline: "today" is then left undated)."""
    head = "\n".join(doc.original.splitlines()[:DATELINE_LINES])
    found = DATELINE.search(head)
    if found is None:
        return None
    value = _first_date(found.group("date"), 0, len(found.group("date")))
    return value if value is not None and value.has_year else None


# A line that opens with a date and a dash or colon: a timeline's or decision list's entry.
LINE_DATE = re.compile(
    rf"[ \t]*[-*•·]?[ \t]*(?P<date>\d{{1,2}}(?:st|nd|rd|th)?\s{MONTH_NAME},?\s(?:19|20)\d\d"
    rf"|\d{{1,2}}/\d{{1,2}}/(?:19|20)\d\d|{MONTH_NAME}\s(?:19|20)\d\d)\s?[-–:]\s"
)


def _entry_start(doc: Document, position: int) -> int:
    """Where the text of a dated line holding ``position`` begins, after its date and dash (0 when the line opens with
    no date): a timeline's entry is a sentence of its own ("12 September 2023 - The review findings were discussed")."""
    at = doc.clean.origin[position]
    line_start = doc.original.rfind("\n", 0, at) + 1
    opening = LINE_DATE.match(doc.original, line_start, at)
    return bisect.bisect_left(doc.clean.origin, opening.end()) if opening else 0


def _line_start(doc: Document, position: int) -> int:
    """Where the original's line holding ``position`` starts, as an offset into the cleaned text (looked for at most
    ``SENTENCE_REACH`` characters back: a text without line breaks is not searched from its start)."""
    at = doc.clean.origin[position]
    found = doc.original.rfind("\n", max(0, at - SENTENCE_REACH), at)
    return bisect.bisect_left(doc.clean.origin, found + 1) if found >= 0 else 0


SENTENCE_REACH = 1000


def _line_date(doc: Document, position: int) -> XsdValue | None:
    """The date a line of the original opens with, when the passage at ``position`` is on it."""
    at = doc.clean.origin[position]
    line_start = doc.original.rfind("\n", 0, at) + 1
    opening = LINE_DATE.match(doc.original, line_start, at)
    return _first_date(opening.group("date"), 0, len(opening.group("date"))) if opening else None


# A meeting a text names with its date: "at a full council meeting held on July 18", "the Cabinet meeting on 3 May
# 2023", "consideration at Council which takes place on the 1st March 2022".
REPORTED_MEETING = re.compile(
    rf"\b(?:at|to|before)\s(?:(?:a|the|its)\s)?(?P<body>{body_phrase()})(?:\smeeting)?"
    r"(?:,?\swhich\s(?:takes|took|will\stake)\splace)?\s(?:held\s)?on\s"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s\(?)?(?:the\s)?(?P<date>[^,.;()]{4,22})"
)


def _reported_meeting(reading: Reading, body: NamedNode) -> XsdValue | None:
    """The date of the one meeting of ``body`` a news item names: the meeting the item reports."""
    found = _one_meeting(reading, body)
    return found[0] if found else None


def _one_meeting(reading: Reading, body: NamedNode) -> tuple[XsdValue, tuple[int, int]] | None:
    """The date of the one meeting of ``body`` the text names (and where); two meetings of the body with different
    dates date nothing."""
    if not (_MEETINGS and _MEETINGS[0][0] is reading):
        _MEETINGS[:] = [(reading, _named_meetings(reading))]
    dated = {(value, where) for named, value, where in _MEETINGS[0][1] if named == body}
    return dated.pop() if len({value for value, _ in dated}) == 1 and len(dated) == 1 else None


def _named_meetings(reading: Reading) -> list[tuple[NamedNode, XsdValue, tuple[int, int]]]:
    doc = reading.doc
    return [
        (actor(reading, meeting.group("body"), meeting.span("body"), "prose-outcome"), value, meeting.span())
        for meeting in doc.finditer(REPORTED_MEETING)
        if (value := _first_date(doc.text, *meeting.span("date"))) is not None
    ]


# The meetings of the document read last (a rule asks once per event).
_MEETINGS: list[tuple[Reading, list[tuple[NamedNode, XsdValue, tuple[int, int]]]]] = []


# A bare year in a bracketed aside: "LDP1 (adopted 2016)".
BARE_YEAR = re.compile(r"\s(?P<year>(?:19|20)\d\d)$")


def _told_date(text: str, shape: str, match: re.Match[str]) -> XsdValue | None:
    """A date the outcome's own words give outside its tail: the sitting's ("at the Tuesday, June 11 meeting of",
    "The Committee on the 20th July 2021 agreed"), or the bare year of a bracketed aside ("(adopted 2016)")."""
    if "when" in match.re.groupindex and match.group("when"):
        return _first_date(text, *match.span("when"))
    if shape == "line":  # right after the body, on its line: "Adopted by resolution of the Authority 9th June 2012"
        after = first_date_mention(text, match.start("tail"), match.end("tail"))
        if after is not None and not text[match.start("tail") : after.start].strip(" ,"):
            return after.value
    if shape == "bracket":  # "(adopted January 2024)", "(adopted 2016)"
        written = _first_date(text, *match.span("tail"))
        bare = BARE_YEAR.search(match.group("tail"))
        return written or (XsdValue(bare.group("year"), "gYear") if bare else None)
    return None


# "agreed to adopt X", "agreed to formally approve X": the act agreed to.
AGREED_ACT = re.compile(rf"(?:formally\s)?(?P<verb>{verb_forms('base')})\b")


# "approved the Plan for recommendation to Council": the step before the other body's act (prose_recommendations).
FOR_RECOMMENDATION = re.compile(r"\b(?:for|with\sa\sview\sto)\s(?:its\s)?(?:recommendation|referral)\sto\b")


# "agreed to refer X to Council", "agreed to recommend X to the Assembly": a recommendation to another body (read by
# prose_recommendations_rule), not the agreement of X.
AGREED_REFERRAL = re.compile(r"(?:formally\s)?(?:refer|recommend|commend|submit|forward)\b")


def _agreed_act(tail: str, verbs: list[Verb]) -> list[Verb]:
    if [v.verb for v in verbs] != ["agree"]:
        return verbs
    if AGREED_REFERRAL.match(tail):
        return []
    act = AGREED_ACT.match(tail)
    named = verb_named(act.group("verb")) if act else None
    return [named] if named is not None and named.verb != "note" and named.verb not in DISCUSSING else verbs


# Where a sentence turns to a later stage than the act it reports: "approved by Cabinet before its adoption by
# Council on 4 March" (the date is the adoption's).
LATER_STAGE = re.compile(r"\s(?:before|ahead\sof|prior\sto|pending|culminating)\s")


# A second act in an active sentence, before the plan it acts on: "agreed the findings and endorsed X".
SECOND_ACT = re.compile(rf"\s(?:and|then)\s(?:also\s)?(?P<verbs>{verb_forms('past')})\s(?:the\s|a\s|its\s|our\s)?$")


def _verb_before_plan(reading: Reading, match: re.Match[str]) -> list[Verb]:
    """The verbs of a second act written just before the plan in an active sentence's tail (none if there is none)."""
    named = reading.overlapping(*match.span("tail"))
    if named is None or named.start <= match.start("tail"):
        return []
    second = SECOND_ACT.search(reading.doc.text, match.start("tail"), named.start)
    return _verbs(second.group("verbs")) if second else []


# An act on the new contents of the plan just named, after it in the same sentence: "... noted the update on X and
# approved the refreshed actions", "... and endorsed its revised priorities".
CONTENTS_ACT = re.compile(
    rf"^[^.;]{{0,40}}?\s(?:and|then)\s(?:also\s)?(?P<verbs>{verb_forms('past')})\s(?:the|its|their)\s"
    r"(?:refreshed|revised|updated|new|proposed)\s(?:actions|action\splan|priorities|objectives|targets|commitments)\b"
)


def _act_on_its_contents(reading: Reading, match: re.Match[str]) -> list[Verb]:
    """The verbs of a second act on the named plan's refreshed or revised contents, right after the plan."""
    named = reading.overlapping(*match.span("tail"))
    if named is None or named.end > match.end("tail"):
        return []
    found = CONTENTS_ACT.search(reading.doc.text[named.end : match.end("tail") + 120])
    return [v for v in _verbs(found.group("verbs")) if v.verb not in DISCUSSING and v.verb != "note"] if found else []


# Kinds of document written for the public, in which "councillors" or "members" are the council's.
PUBLIC_KINDS = {"news-release", "strategy-web-page", "strategy-opening-pages", "document"}


def _prose_body(reading: Reading, written: str, span: tuple[int, int], sitting: Sitting | None) -> NamedNode | None:
    """Who acted in a prose outcome: "the Board" once "the Health and Wellbeing Board" is named is that board;
    "Councillors" or "Members" are the meeting's body, else the Council; a body named only by its kind in lower case
    ("the scrutiny panel") is the meeting's body or none (naming it would invent one)."""
    if re.fullmatch(MEMBERS, written):
        of = re.match(r"(?i)(cabinet|executive)\s", written)
        if of is not None:  # "Cabinet members agreed the new strategy"
            return actor(reading, of.group(1).capitalize(), (span[0], span[0] + of.end(1)), "prose-outcome")
        if sitting is not None:
            return _sitting_body(reading, sitting)
        # a news story's or web page's "councillors" are the council's; a committee's minutes' "Members" are the
        # committee's, which the text does not name here
        told = reading.doc.kind in PUBLIC_KINDS
        return actor(reading, "Council", span, "prose-outcome") if told else None
    if written in ("We", "we"):
        return None  # "We adopted X": the page's own voice names no body
    if written == "Ministerial":  # "received Ministerial approval"
        return actor(reading, "Ministers", span, "prose-outcome")
    if re.fullmatch(LOWER_GENERIC_BODY, written):
        return _named_before(reading, written, span) or (_sitting_body(reading, sitting) if sitting else None)
    return _named_before(reading, written, span) or actor(reading, written, span, "prose-outcome")


# What a passive sentence's subject can be about a plan without being the plan: "A radical approach to the
# Strategy was approved", "The timetable for the Plan was agreed", "The consultation on the Strategy was endorsed".
ABOUT_THE_PLAN = re.compile(
    r"\b(?:approach|consultation|timetable|timeline|principles|progress|engagement\splan|update|report|modifications|"
    r"amendments|changes)\s(?:to|on|for|of|about)\s(?:the\s|a\s|its\s|our\s)?(?:draft\s|new\s|refreshed\s|proposed\s)?$"
)
ABOUT_IN_SUBJECT = re.compile(
    r"\b(?:approach|consultation|timetable|timeline|principles|engagement\splan)\s(?:to|on|for|of|about)\b"
)
# "In 2017 the Board agreed ...", "On 3 May the Partnership approved ...": a date opening the sentence.
# "In March 2025 a new Plan was agreed": an article may open the rest of the sentence.
SENTENCE_DATE = re.compile(
    # "On Wednesday, April 24, Full Council agreed": the weekday before the date has a comma of its own
    r"(?P<date>(?:In|On|During)\s(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s)?[^,.;]{4,30}?),?\s"
    r"(?:(?:the\s)?[A-Z]|(?:a|an|our|its|this|their|the|we)\s)"
)
# The heads a body is called by for short ("the Board", "the Committee") once its full name is given.
SHORT_BODY = re.compile(r"(?i)^(?:the\s)?(?P<head>board|committee|partnership|group|forum|panel|trust|authority)$")


def _sentence_date(doc: Document, position: int) -> XsdValue | None:
    """The date opening the sentence (or the line: a heading over it has no full stop) that holds ``position``."""
    text = doc.text
    full_stop = text.rfind(". ", max(0, position - SENTENCE_REACH), position)
    start = max(full_stop + 2 if full_stop >= 0 else 0, _line_start(doc, position))
    opening = SENTENCE_DATE.match(text, start)
    if opening is None or opening.end("date") > position:
        return None
    return _first_date(text, *opening.span("date"))


# "... confirmed that in January 2018, the Council's Committee considered the draft Plan": a date just before the body.
DATE_BEFORE_BODY = re.compile(r"\b(?:[Ii]n|[Oo]n|[Dd]uring)\s(?P<date>[^,;.]{4,30}),?\s$")


def _date_before(doc: Document, body_start: int) -> XsdValue | None:
    """ "In March 2021, the Committee approved ...": a date on the body's own line ("Posted on 3 May 2018" over a
    news release's first paragraph dates the release, not what it reports)."""
    before = DATE_BEFORE_BODY.search(doc.text, max(0, body_start - 40), body_start)
    if before is None or "\n" in doc.original[slice(*doc.clean.to_original(before.start("date"), body_start))]:
        return None
    return _first_date(doc.text, *before.span("date"))


# Words before a body's head that do not name it ("The Committee", "the Council's Committee" name no committee).
_NAME_WORDS = re.compile(
    r"^(?:[Tt]he\s+)?(?:(?:[A-Z][\w'-]*\s+){0,3}?(?:[Cc]ounty\s+|[Bb]orough\s+)?[Cc]ouncil['’]s\s+)?"
)


def _named_before(reading: Reading, written: str, where: tuple[int, int]) -> NamedNode | None:
    """ "the Board" after the text has named "the Health and Wellbeing Board": that board."""
    short = SHORT_BODY.match(written.strip())
    if short is None:
        return None
    head = short.group("head").lower()
    window = reading.doc.text[max(0, where[0] - 3000) : where[0]]
    named = [
        m
        for m in re.finditer(rf"(?P<body>{names.ORG_PHRASE}|{AUTHORITY})", window)
        if m.group("body").split()[-1].lower() == head and len(_NAME_WORDS.sub("", m.group("body")).split()) > 1
    ]
    publisher = reading.doc.publisher
    if not named and publisher and publisher.split()[-1].lower() == head:
        # "The Authority adopted X" on a paper headed "SKELLDALE NATIONAL PARK AUTHORITY": its publisher
        return actor(reading, publisher, where, "prose-outcome")
    if not named:
        return None
    last = named[-1]
    offset = where[0] - len(window)
    return actor(reading, last.group("body"), (offset + last.start("body"), offset + last.end("body")), "prose-outcome")


# What a forward-plan entry or decision record calls its own decision: it concerns the plan the record presents.
THE_RECORDS_DECISION = re.compile(
    r"(?i)\s*(?:the\sproposed\sdecision|this\s(?:matter|item|issue|proposed\sdecision))\b"
)
# ... as the subject just before a passive verb (a heading line without a full stop may come before it)
RECORDS_DECISION_SUBJECT = re.compile(
    r"(?i)\b(?:the\sproposed\sdecision|this\s(?:matter|item|issue|proposed\sdecision))\s*$"
)


def _prose_strategy(reading: Reading, shape: str, match: re.Match[str]) -> StrategyName | None:
    if shape == "table-row":  # a version table's row: the plan the document presents
        return reading.main
    if shape == "given-update":  # on the plan or its making, not on its consultation or its progress
        briefed = reading.overlapping(*match.span("tail"))
        if briefed is None or UPDATE_ON_SOMETHING_ELSE.search(reading.doc.text, match.start("tail"), briefed.start):
            return None
        return briefed.name
    if shape in ("active", "bare"):
        if re.match(r"\s*that\b", match.group("tail")) and re.match(r"not|consid|discuss", match.group("verbs")):
            return None  # "The Cabinet noted (considered) that the plan had been ..." reports, it does not act on it
        named = strategy_in(reading, match.start("tail"), match.end("tail"))
        if named is None and THE_RECORDS_DECISION.match(match.group("tail")):
            return reading.main  # "The Cabinet Committee endorsed the proposed decision on 12 March 2024"
        return named
    if shape == "nominal-body" and re.match(r"\s(?:for|of)\s", match.group("tail")):
        after = strategy_in(reading, *match.span("tail"))  # "received Ministerial approval for the revised X"
        if after is not None:
            return after
    bodiless_aside = shape == "aside" and not match.group("body")  # "The Core Strategy, adopted in 2011, sets ..."
    if shape in ("which", "as", "bracket") or bodiless_aside:  # the plan named just before ", which" / "(adopted"
        just_before = reading.last_ending_by(match.start())
        return just_before.name if just_before and match.start() - just_before.end <= 3 else None
    if shape == "sitting-first":  # "At the Council meeting on D, X was adopted": the plan between
        return strategy_in(reading, *match.span("subject"))
    if shape == "opening":  # "Adopted in 2004, the Community Strategy was ...": the plan the sentence goes on to name
        return strategy_in(reading, match.end(), _sentence_end(reading.doc.text, match.end()))
    if shape == "line":  # a line under the plan's title: the plan named on the lines just above, or the page's
        above = reading.last_ending_by(match.start())
        return above.name if above and match.start() - above.end <= LINE_REACH else reading.main
    sentence_start = max(reading.doc.text.rfind(". ", 0, match.start()) + 2, _entry_start(reading.doc, match.start()))
    before = reading.last_ending_by(match.start())
    if before and sentence_start <= before.start:
        between = ANAPHORA.search(reading.doc.text, before.end, match.start())
        if between is not None:  # "X 2025-2030 replaces X 2015-2020, and the new strategy was endorsed"
            return _antecedent(reading, match.start(), between.group(0))  # the subject nearest the verb
        if ABOUT_THE_PLAN.search(reading.doc.text, max(sentence_start, before.start - 40), before.start):
            return None  # "A new approach to the Strategy was approved": the approach was, not the plan
        # "the current Council Plan 2017-20" names its plan; "the previous housing strategy" points at one
        pointing = (
            before.start if _names_its_plan(reading, before) else max(sentence_start, before.start - PRESENTED_REACH)
        )
        if STANDING.search(reading.doc.text, pointing, before.end):
            # "The current strategy was adopted in March 2018": the plan in force, not the new one presented
            standing = _standing_plan(reading, before.start)
            written = reading.doc.text[before.start : before.end]
            return standing if standing is None or _may_be(written, standing) else None
        return before.name
    subject = reading.doc.text[sentence_start : match.start()]
    if RECORDS_DECISION_SUBJECT.search(subject):
        return reading.main  # "This matter was considered and endorsed by the Cabinet Committee on 30 March 2017"
    anaphor = ANAPHORA.search(subject)
    if anaphor is None and not re.match(r"\s*It\b", subject):
        return None
    return _antecedent(reading, match.start(), anaphor.group(0) if anaphor else "")


# "given a presentation on the consultation on the draft X", "an update on progress against X": not on the plan.
UPDATE_ON_SOMETHING_ELSE = re.compile(
    r"\b(?:consultation|engagement|survey|progress|performance|monitoring|delivery|implementation|annual\sreport)\b"
)


# How far above a label line ("Adopted by resolution of ...") the plan's title may end.
LINE_REACH = 200


def _names_its_plan(reading: Reading, mention: Mention) -> bool:
    """Whether a mention names its plan by a title (capitalised), not in passing ("the housing strategy")."""
    written = reading.doc.text[mention.start : mention.end]
    return not mention.name.in_passing and written != written.lower()


def _modal_before(text: str, position: int) -> bool:
    return MODAL_BEFORE.search(text, max(0, position - 60), position) is not None


# What may stand between a plan's name and the month or year that says which edition it is: "X, February 2023".
EDITION_GAP = re.compile(r"[\s,(]{1,3}")


def _date_not_of_a_name(reading: Reading, start: int, end: int) -> XsdValue | None:
    """The first date of a passage that is not a plan's edition written after its name ("recommend to Council that
    the draft Clean Air Strategy, February 2023, be adopted" gives no date to the recommendation)."""
    for mention in find_dates(reading.doc.text, start, end):
        named = reading.overlapping(max(start, mention.start - 3), mention.start)
        if mention.value and not (named and EDITION_GAP.fullmatch(reading.doc.text, named.end, mention.start)):
            return mention.value
    return None


def _first_date(text: str, start: int, end: int) -> XsdValue | None:
    """The date of a passage; one that cannot exist is skipped (impossible_dates reports it)."""
    return next((m.value for m in find_dates(text, start, end) if m.value), None)


# What introduces the date of the event itself: "on", "at its meeting on Tuesday", "in".
DATE_INTRODUCED = re.compile(
    r"\b(?:on|in|at\s+(?:its|their|the)\s+meeting\s+(?:held\s+)?on|meeting\s+(?:held\s+)?on)\s+"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:the\s+)?$"
    # the meeting's date in brackets after the body: "be approved by Council (14 July 2025)"
    rf"|\b{names.ORG_HEADS}\s\($"
)


def _event_date(text: str, start: int, end: int) -> XsdValue | None:
    """The date a prose outcome gives for itself ("approved ... at its meeting on 9 July"), not
    another date in the sentence ("a strategy which runs from 1 April 2019")."""
    for mention in find_dates(text, start, end):
        if mention.value and DATE_INTRODUCED.search(text, max(start, mention.start - 40), mention.start):
            return mention.value
    return None


# A date another plan's act is told with: "in place of the Framework agreed in 2020", "the plan adopted on 3 May".
ANOTHER_ACT_DATE = re.compile(rf"\s(?:{verb_forms('past')}|published|launched|written)\s(?:in|on)\s(?:the\s)?$")


def _request_date(text: str, start: int, end: int) -> XsdValue | None:
    """The date a request in prose gives for the act it asks for ("asked to adopt X when they meet on 27 June"),
    never the date of an act already done that the sentence tells of another plan ("in place of X agreed in 2020")."""
    for mention in find_dates(text, start, end):
        before = max(start, mention.start - 40)
        if mention.value and DATE_INTRODUCED.search(text, before, mention.start):
            return None if ANOTHER_ACT_DATE.search(text, before, mention.start) else mention.value
    return None


def prose_recommendations_rule(reading: Reading) -> None:
    """ "That the Plan be recommended to Council for adoption", "commended to Council ... by the Cabinet
    held on 27 September 2017", "recommended the Plan to Council for approval" in running text: a
    recommendation, i.e. a request of the other body, dated by the sentence or the meeting it was made at."""
    doc = reading.doc
    lay = layout(doc)
    context = _context(reading, lay)
    for shape, pattern in prose_recommendations():
        for match in doc.finditer(pattern):
            if any(b.start <= match.start() < b.end for b in lay.blocks):
                continue  # under a "RESOLVED" or "Decision:" marker the block reading has it
            sitting = lay.sitting_at(match.start())
            if shape == "from":  # "a recommendation from the Committee that X be adopted", before the body it went to
                strategy = strategy_in(reading, match.end("by"), match.end())
                by = _named_body(reading, match, None, "by", "recommendation")
                asked = _subject_body(reading, match) or (_sitting_body(reading, sitting) if sitting else None)
                asked = asked if asked != by else None
            else:
                strategy = _recommended_plan(reading, match)
                asked = _named_body(reading, match, None, "body", "recommendation")
                by = _subject_body(reading, match) or (_sitting_body(reading, sitting) if sitting else None)
            if strategy is None or asked is None:
                continue
            by = by or context.due_body or (context.makers[0] if context.makers else None)
            sentence_end = _sentence_end(doc.text, match.end())
            after = match.end("body") if "body" in match.re.groupindex else match.end()
            when = _event_date(doc.text, after, sentence_end)  # "referred to Council on 29 July 2010"
            when = when or (sitting.date.value if sitting and sitting.date and sitting.date.value else context.decided)
            record_event(
                reading,
                "Recommendation",
                strategy,
                "recommendation",
                match,
                body=by if by != asked else None,
                when=when,
                requested_of=asked,
            )


# The body a sentence opens with: "The Cabinet noted the comments ... and recommended the Plan to Council".
SENTENCE_SUBJECT = re.compile(rf"(?P<body>{POST}|{ORGN})\s(?!(?:is|are|be|was|were)\b)")


def _subject_body(reading: Reading, match: re.Match[str]) -> NamedNode | None:
    """The body that recommends, when the sentence opens with it (an active recommendation, not "X be commended")."""
    text = reading.doc.text
    if not re.match(
        r"(?:re)?commend|refer|(?:asked|invited|requested)\sto|recommendations?\sfrom", text[match.start() :]
    ):
        return None
    sentence_start = max(text.rfind(". ", max(0, match.start() - 300), match.start()) + 2, max(0, match.start() - 300))
    subject = SENTENCE_SUBJECT.match(text, sentence_start, match.start())
    if subject is None:
        return None
    return actor(reading, subject.group("body"), subject.span("body"), "recommendation")


def _recommended_plan(reading: Reading, match: re.Match[str]) -> StrategyName | None:
    """The plan a recommendation is about: named inside it ("recommended the Plan to Council"), else
    the subject of its sentence ("That the Corporate Plan be commended to Council"), else "it"."""
    inside = strategy_in(reading, match.start(), match.start("body"))
    if inside is not None:
        return inside
    sentence_start = max(reading.doc.text.rfind(". ", 0, match.start()) + 2, 0)
    return strategy_in(reading, *_clause_around(reading.doc.text, match.start(), match.start())) or (
        _antecedent(reading, match.start()) if sentence_start < match.start() else None
    )


# Where a request's own part of its sentence ends: "approve X and to recommend it to Council for adoption on D".
NEXT_ACT = re.compile(r"\sand\s(?:then\s)?to\s|;\s")


def _own_part_end(text: str, position: int) -> int:
    end = _sentence_end(text, position)
    following = NEXT_ACT.search(text, position, end)
    return following.start() if following else end


def _sentence_end(text: str, position: int) -> int:
    stop = text.find(". ", position, position + 300)
    return stop if stop >= 0 else min(len(text), position + 300)


def prose_requests_rule(reading: Reading) -> None:
    """ "Members are asked to approve", "seeks the Board's approval", "before being submitted for
    approval by Council on 23 March", "for agreement by County Council", "Executive Board are being asked to
    refer the Plan to Full Council for adoption": requests, never outcomes. In a forward-plan entry a request
    of the body the decision is due from is made on the due date, and a status saying the recommendations
    were approved records that body's (undated) approval."""
    doc = reading.doc
    lay = layout(doc)
    context = _context(reading, lay)
    # A decision record's Purpose restates what its maker then decided; in minutes, the report "seeking approval"
    # is what was put to the meeting, a request of that meeting beside the outcome it got.
    restating = lay.first("decision-maker") is not None
    for shape, pattern in prose_requests():
        for match in doc.finditer(pattern):
            strategy = strategy_in(reading, *_clause_around(doc.text, match.start(), match.end())) or _antecedent(
                reading, match.start()
            )
            # "submitted to Scottish Ministers": put to them for their approval
            # "prior to submission to Council": put to the Council for its approval
            verb = (
                verb_named("approve")
                if shape == "to-ministers" or (shape == "submission" and not match.group("verbs"))
                else next(iter(_verbs(match.group("verbs"))), None)
            )
            if strategy is None or verb is None or verb.verb in DISCUSSING:
                continue  # "asked to consider": read as a consideration request only where scheduled
            if _acts_on_something_else(reading, match.end(), strategy):
                continue  # "will be asked to endorse any modifications, and X is due to be adopted"
            if shape in SENT and _sent_thing_not_a_plan(reading, match):
                continue  # "the Single Outcome Agreement document which is submitted to the Scottish Government"
            sitting = lay.sitting_at(match.start())
            for asked in _asked_bodies(reading, match, sitting):
                if asked is not None and (restating or shape in SENT) and _decided(reading, strategy, asked):
                    # a record's Purpose or Reasons restating what the body then decided; a plan "submitted to
                    # Scottish Ministers" whom the text then says approved it: the submission's answer is told
                    continue
                if shape == "once" and asked is not None and _asked_already(reading, strategy, asked):
                    continue  # "seeks formal approval ... Once endorsed by County Council, ...": the same request again
                tail = match.span("tail") if "tail" in match.re.groupindex and match.group("tail") else None
                when = _first_date(doc.text, *tail) if tail else None
                for group in ("when", "at"):  # "forwarded on Monday 3rd August to ...", "to Council in May 2025 for"
                    if when is None and group in match.re.groupindex and match.group(group):
                        when = _first_date(doc.text, *match.span(group))
                if when is None and shape in (
                    "asked",
                    "asked-to-refer",
                ):  # "... asked to approve X when they meet on 27 June"
                    when = _request_date(doc.text, match.end(), _own_part_end(doc.text, match.end()))
                if when is None and sitting is not None and sitting.date and _sitting_body(reading, sitting) == asked:
                    when = sitting.date.value  # "The report sought the Board's approval": put at that meeting
                due = asked is not None and asked == context.due_body
                if when is None and due:
                    when = context.due  # "Decision due: 15 Mar 2023 by Executive Board"
                if asked is not None and when is not None and _requested(reading, strategy, asked, when):
                    continue  # "would be referred to Council on 14 May for approval": the recommendation read it
                cls = "Recommendation" if shape in ("asked-to-refer", "recommends-noun") else verb.request
                record_event(reading, cls, strategy, f"request-{shape}", match, requested_of=asked, when=when)
                if due and context.taken and not lay.blocks:
                    approval = "Approval" if shape == "asked-to-refer" else verb.outcome
                    record_event(
                        reading, approval, strategy, "decision-status", match, body=asked, when=context.decided
                    )


# Shapes that say a thing was sent to a body ("submitted to the Scottish Government for approval").
SENT = frozenset({"submitted", "to-ministers"})
# "<thing> which is submitted", "<thing> that was sent": the thing sent is the noun before the relative pronoun.
SENT_RELATIVE = re.compile(r"(?P<thing>[\w'’-]+)\s(?:which|that)\s(?:is|was|are|were|has\sbeen|have\sbeen|will\sbe)\s$")


def _sent_thing_not_a_plan(reading: Reading, match: re.Match[str]) -> bool:
    """Whether what was sent is named right before the relative clause that says so, and is no plan ("the Single
    Outcome Agreement document which is submitted to ..."): the plan named earlier was not sent."""
    relative = SENT_RELATIVE.search(reading.doc.text, max(0, match.start() - 60), match.start())
    return relative is not None and reading.overlapping(*relative.span("thing")) is None


def _acts_on_something_else(reading: Reading, verb_end: int, plan: StrategyName) -> bool:
    """Whether the act a request names is on something about the plan written before it, not on the plan: "asked to
    endorse the modifications to X", "is to approve the delivery timetable for X"."""
    named = next(
        (m for m in reading.between(verb_end, _sentence_end(reading.doc.text, verb_end)) if m.name == plan), None
    )
    return named is not None and REPORT_ON_PLAN.search(reading.doc.text, verb_end, named.start) is not None


def _asked_bodies(reading: Reading, match: re.Match[str], sitting: Sitting | None) -> list[NamedNode | None]:
    """Who a request in prose is put to: each body of "the Cabinet and County Council will be asked to agree", else the
    body named, the meeting's, or the one that received the report ("Cabinet received a report ... seeking
    endorsement")."""
    written = match.group("body") if "body" in match.re.groupindex else None
    each = split_bodies(written) if written and " and " in written else []
    if len(each) > 1:
        return [actor(reading, name, match.span("body"), "request") for name in each]
    if written and re.fullmatch(MEMBERS, written):  # "Councillors will be asked to approve": the council's
        return [_prose_body(reading, written, match.span("body"), sitting)]
    asked = _requested_body(reading, match, sitting) or (_sitting_body(reading, sitting) if sitting else None)
    return [asked or _receiving_body(reading, match.start(), sitting)]


def _asked_already(reading: Reading, strategy: StrategyName, body: NamedNode) -> bool:
    """Whether this document already records a request of ``body`` on ``strategy``."""
    doc = reading.doc
    return bool(doc.subjects(SL("requestedOf"), body) & doc.subjects(SL("concerns"), strategy.iri))


# A body that only considered or discussed a plan recorded no outcome (sl:Consideration); when the
# same body's decision on it is recorded, the discussion before it is not an event of its own.
DISCUSSING = frozenset(v.verb for v in verbs() if v.outcome == "Consideration")  # consider, discuss, scrutinise ...


def _decided(
    reading: Reading, strategy: StrategyName, body: NamedNode, besides: AbstractSet[str] = frozenset()
) -> bool:
    """Whether this document records an outcome of ``body`` on ``strategy`` (other than by ``besides`` verbs)."""
    doc = reading.doc
    outcomes = {
        SL(v.outcome) for v in verbs() if v.verb not in besides and not (besides and v.outcome in DISCUSSION_CLASSES)
    }
    events = set().union(*(doc.subjects(A, outcome) for outcome in outcomes))
    return bool(events & doc.subjects(PROV_ASSOCIATED, body) & doc.subjects(SL("concerns"), strategy.iri))


PROV_ASSOCIATED = NamedNode(PROV + "wasAssociatedWith")


def scheduled_consideration(reading: Reading) -> None:
    """ "before the plan is considered by Cabinet on 6 December 2010 and by County Council on 16 Dec
    2010": the plan is put to each body for consideration on that date (a request, not an outcome)."""
    doc = reading.doc
    context = _context(reading, layout(doc))
    scheduled = [*doc.finditer(SCHEDULED), *doc.finditer(SCHEDULED_ACTIVE), *doc.finditer(SCHEDULED_FUTURE)]
    if context.due_body is not None:  # a forward-plan entry: "Cabinet considers the draft X" is what is planned
        scheduled += doc.finditer(PLANNED_CONSIDERATION)
    for match in scheduled:
        strategy = strategy_in(reading, *_clause_around(doc.text, match.start(), match.end())) or _antecedent(
            reading, match.start()
        )
        if strategy is None and THIS_MATTER.search(doc.text, match.start(), match.end()):
            strategy = reading.main  # "will consider this matter": the item the page is about
        if strategy is None:
            continue
        for body, tail in (("body", "tail"), ("body2", "tail2")):
            written = match.group(body)
            if written and re.fullmatch(MEMBERS, written):  # "Cabinet members will discuss": the Cabinet
                asked = _prose_body(reading, written, match.span(body), None)
            else:
                asked = _named_body(reading, match, None, body, "scheduled-consideration")
            if asked is None:
                continue
            when = _first_date(doc.text, *match.span(tail)) if match.group(tail) else None
            if when is None and asked == context.due_body:
                when = context.due  # "Decision due: 17 Feb 2023 by Cabinet"
            if when is not None and _requested(reading, strategy, asked, when):
                continue  # the same meeting as a request already read ("Decision due: 6 Dec 2010 by Cabinet")
            if when is None and _asked_already(reading, strategy, asked):
                continue  # "to be presented to Council for approval": the approval asked is the request

            record_event(
                reading,
                "ConsiderationRequest",
                strategy,
                "scheduled-consideration",
                _with_its_plan(reading, match),
                requested_of=asked,
                when=when,
            )


def _with_its_plan(reading: Reading, match: re.Match[str]) -> tuple[int, int]:
    """The passage up to the end of the plan it names right after ("Cabinet considers the draft X"), as evidence."""
    named = reading.overlapping(match.end(), _sentence_end(reading.doc.text, match.end()))
    return (match.start(), max(match.end(), named.end if named and named.start - match.end() <= 3 else 0))


# What a forward-plan entry says its decision maker will do: "Cabinet considers the draft X", "The Executive to
# consider the proposed X" (dated by the entry's "Decision due").
PLANNED_CONSIDERATION = re.compile(
    rf"(?P<body>{POST}|{ORGN}|{THE_EXECUTIVE})\s(?:considers|to\sconsider|will\sconsider)\s(?:the\s)?"
    r"(?:draft\s|proposed\s|refreshed\s|new\s|revised\s)?(?P<tail>)(?P<body2>)(?P<tail2>)"
)
THIS_MATTER = re.compile(r"\bthis\s(?:matter|item|issue|decision|proposal)\b")


def _requested(reading: Reading, strategy: StrategyName, body: NamedNode, when: XsdValue) -> bool:
    """Whether this document already records a request of ``body`` on ``strategy`` on ``when``."""
    doc = reading.doc
    asked = doc.subjects(SL("requestedOf"), body)
    return bool(asked & doc.subjects(SL("date"), literal(when)) & doc.subjects(SL("concerns"), strategy.iri))


CLAUSE_EDGE = re.compile(r"[.;:!?]\s|\s(?=\(?(?:[ivx]{1,4}|[a-h]|\d{1,2})[.)]\s)")


def _clause_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause holding ``text[start:end]``: from the last stop, semicolon, colon or list marker
    before it (at most 200 characters back) to the next stop or semicolon (at most 200 on)."""
    left = max((m.end() for m in CLAUSE_EDGE.finditer(text, max(0, start - 200), start)), default=max(0, start - 200))
    right = next(
        (m.start() for m in CLAUSE_EDGE.finditer(text, end, min(len(text), end + 200))), min(len(text), end + 200)
    )
    return left, right


def _requested_body(reading: Reading, match: re.Match[str], sitting: Sitting | None) -> NamedNode | None:
    for group in ("body2", "body"):
        named = _named_body(reading, match, sitting, group, "request")
        if named is None and group in match.re.groupindex and match.group(group):
            # "seeks the Partnership's endorsement" once the text has named the Greenvale Community Planning Partnership
            named = _named_before(reading, match.group(group), match.span(group))
        if named is not None:
            return named
    addressee = reading.doc.search(names.TO_FIELD)
    if addressee:
        return reading.organisation(addressee.group("body"), addressee.span("body"), "report-addressee")
    return None


DEVELOPERS = [
    ("led-development", re.compile(rf"(?P<body>{ORGN})\s+has\s+led\s+the\s+development\s+of")),
    ("developed-on-behalf", re.compile(rf"\bdeveloped\s+on\s+behalf\s+of\s+(?P<body>{ORGN})")),
    (
        "working-with-to-develop",
        re.compile(
            rf"\bworking\s+with\s+(?P<body>{ORGN})\s+and\s+(?P<other>{ORGN})\s+(?:to\s+develop|on\s+developing)\b"
        ),
    ),
]
COMMISSIONED = re.compile(rf"\bcommissioned\s+by\s+(?P<body>{ORGN})")


def developers(reading: Reading) -> None:
    """Who developed or commissioned the strategy."""
    for rule, pattern in DEVELOPERS:
        for match in reading.doc.finditer(pattern):
            strategy = reading.strategy_near(match.end()) if rule == "led-development" else reading.main
            if strategy is None:
                continue
            for group in ("body", "other"):
                if group in pattern.groupindex:
                    body = reading.organisation(match.group(group), (match.start(group), match.end(group)), rule)
                    reading.doc.state(strategy.iri, SL("developedBy"), body, rule, match)
    for match in reading.doc.finditer(COMMISSIONED):
        strategy = reading.strategy_near(match.start())
        if strategy:
            body = reading.organisation(
                match.group("body"), (match.start("body"), match.end("body")), "commissioned-by"
            )
            reading.doc.state(strategy.iri, SL("commissionedBy"), body, "commissioned-by", match)


BY_FIELD = re.compile(r"\bBy:\s+(?P<block>.{1,600}?)\s+To:")
_PERSON = r"[A-Z][a-z]+\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
_POST_WORDS = r"(?:Cabinet\s+Member|Corporate\s+Director|Director|Leader|Head|Chief\s+Executive|Planning\s+Manager)\b"
PERSON_AND_POST = re.compile(rf"(?P<person>{_PERSON}),\s+(?P<post>{_POST_WORDS}.+?)(?=\s+{_PERSON},\s+{_POST_WORDS}|$)")


def report_authors(reading: Reading) -> None:
    """ "By: Jenny Whittle, Cabinet Member for Specialist Children's Services": who holds which post."""
    doc = reading.doc
    block = doc.search(BY_FIELD)
    if block is None:
        return
    offset = block.start("block")
    for match in PERSON_AND_POST.finditer(block.group("block")):
        where = (offset + match.start(), offset + match.end())
        post_text = re.sub(r",\s*[A-Z]{2,5}$", "", match.group("post").strip(" ,"))  # drop a directorate code
        post = post_iri(reading, post_text, (offset + match.start("post"), offset + match.end("post")))
        person = vocab.entity_iri("person", match.group("person"))
        doc.state(person, A, vocab.term(vocab.FOAF, "Person"), "report-author", where)
        doc.state(person, RDFS_LABEL, literal(match.group("person")), "report-author", where)
        doc.state(person, NamedNode(ORG + "holds"), post, "report-author", where)


REPORT_DECISION = re.compile(
    r"\bDecision\s+(?:No\.?|Number|Ref(?:erence)?)\s*:?\s*(?P<ref>\d{2}/\d{5})\b", re.IGNORECASE
)


def report_decision_number(reading: Reading) -> None:
    """A committee report headed "Decision No: 16/00116": the decision it prepares concerns
    the report's strategy."""
    doc, main = reading.doc, reading.main
    match = doc.search(REPORT_DECISION)
    if not doc.has(REPORT_HEADERS) or match is None or main is None:
        return
    decision = state_decision(reading, match, "report-decision-number")
    doc.state(decision, SL("concerns"), main.iri, "report-decision-number", match)
    doc.state(
        decision,
        SL("undated"),
        UNDATED,
        "report-decision-number",
        match,
        reason="a report names the decision it prepares, not when it is taken",
    )


def impossible_dates(reading: Reading) -> None:
    """A date that cannot exist ("31/02/2016", "30 February") is reported with its quote and
    never stored: the rules that read dates skip it."""
    for mention in find_dates(reading.doc.text):
        if mention.problem:
            reading.doc.warn(mention.problem, (mention.start, mention.end))


def undated_twins(reading: Reading) -> None:
    """ "The Board has agreed the Plan" in a news release, then "The Board agreed the plan at its meeting on 1 May":
    one outcome told twice. An undated outcome of a body on a plan is the same event as its dated outcome of the same
    kind on that plan, so only the dated one is kept; so with a request of one body ("would be referred to Council on
    29 July for approval" and "recommended the Plan to Council for approval")."""
    doc = reading.doc
    about: dict[NamedNode, list[Fact]] = {}
    for fact in doc.facts:  # one pass over the facts (docs/linear-time.md)
        if "/event/" in fact.subject.value:
            about.setdefault(fact.subject, []).append(fact)
    keys = {event: _outcome_key(facts) for event, facts in about.items()}
    when = {event for event, facts in about.items() if any(f.predicate in DATED for f in facts)}
    dated = {key for event, key in keys.items() if key is not None and event in when}
    twins = {event for event, key in keys.items() if key is not None and key in dated and event not in when}
    if twins:
        doc.forget(twins)


# What dates an event: its date, or the day and month when the text gives no year ("at its meeting on 1 May").
DATED = {SL("date"), SL("monthDay")}


def _outcome_key(about: list[Fact]) -> tuple[str, ...] | None:
    """What makes two events one: their kinds, the plan and the body that acted or is asked (a request of the
    Council on the plan is one request, whoever the text says made it and whatever act it names); None for an event
    of no body."""
    asked = sorted({f.object.value for f in about if f.predicate == SL("requestedOf")})
    bodies = asked or sorted({f.object.value for f in about if f.predicate == PROV_ASSOCIATED})
    plans = sorted({f.object.value for f in about if f.predicate == SL("concerns")})
    # one request of a body on a plan whatever it is asked to do: "will be asked to agree X" and "X will be considered
    # by Council on 16 May" put X to the same meeting
    kinds = ["request"] if asked else sorted({f.object.value for f in about if f.predicate == A})
    return (*kinds, "|", *plans, "|", "asked" if asked else "by", *bodies) if bodies else None


RULES = [
    impossible_dates,
    report_authors,
    report_decision_number,
    own_decisions,
    decision_notice,
    governance_blocks,
    prose_outcomes_rule,
    respective_outcomes_rule,
    presented_reports,
    prose_recommendations_rule,
    prose_requests_rule,
    scheduled_consideration,
    outcome_events,
    request_events,
    report_addressee,
    developers,
    undated_twins,
]

register_rules(
    __name__,
    Rule(
        "recommendation",
        "a recommendation to another body: a request of that body, never its outcome",
        "RECOMMENDED: That Council be recommended to endorse and adopt the Plan.",
    ),
    Rule(
        "proposed-decision",
        "a request under a Proposed decision / Recommendations heading, of the body asked or the decision due",
        "Proposed decision: To adopt the Housing Strategy 2024-2029. Decision due: 12 Mar 2024 by Cabinet",
    ),
    Rule(
        "decision-status",
        "a proposed decision whose record's status says it was taken (Recommendations Approved)",
        "Proposed decision: To approve the Plan. ... Decision status: Recommendations Approved",
    ),
    Rule(
        "decision-due", "the body or post a forward-plan entry says will decide", "Decision due: 29 Jul 2021 by Cabinet"
    ),
    Rule(
        "prose-outcome",
        "an outcome said in running prose, unless a modal or conditional word comes just before",
        "The Plan was approved by County Council on December 10.",
    ),
    Rule(
        "request-asked",
        "a body or post asked, requested or invited to act on a strategy",
        "The Cabinet is asked to approve the Transport Plan 2020-2025.",
    ),
    Rule(
        "request-asked-to-refer",
        "a body asked to refer or recommend a strategy to another body: a recommendation requested of it",
        "Executive Board are being asked to refer the CYPP to Full Council for adoption.",
    ),
    Rule(
        "request-seeks",
        "a report seeking or having sought a body's approval or endorsement",
        "The report sought the Board's approval for the submission of the refreshed plan.",
    ),
    Rule(
        "request-submitted",
        "a strategy submitted or presented to a body for approval",
        "before being submitted for approval by Council on 30 April",
    ),
    Rule(
        "request-for-body", "a strategy put forward for a body's agreement", "endorsed for agreement by County Council"
    ),
    Rule(
        "request-ahead",
        "a body's act still to come on a strategy, written as what a process leads to",
        "culminating with final approval at Full Council in March 2026",
    ),
    Rule(
        "request-set-to",
        "a body said to be set or due to act on a strategy, or that it will",
        "Cabinet is set to approve the Plan.",
    ),
    Rule(
        "request-to-be",
        "a strategy said to be due to be approved, adopted or endorsed (by a body, if named): an act still to come",
        "The final strategy will then be approved via a Cabinet Member decision.",
    ),
    Rule(
        "request-submission",
        "a strategy going next to a body (prior to / ahead of its submission or referral to it): put to that body"
        " for its approval, on the day the words give",
        "The draft refresh is presented to Cabinet prior to submission to Council on 23 November.",
    ),
    Rule(
        "request-report-asks",
        "a report or paper asking a body to act on a strategy",
        "This report asks Council to approve the Community Safety Plan 2025-2028.",
    ),
    Rule(
        "request-to-present",
        "a report's purpose: to present a strategy to a body for its approval or endorsement",
        "To present the final draft of the Wellbeing Strategy to the Board for approval.",
    ),
    Rule(
        "request-to-ministers",
        "a strategy submitted to a government's ministers: put to them for their approval",
        "The proposed plan was submitted to Scottish Ministers in October 2025.",
    ),
    Rule(
        "request-presents",
        "a report presenting a strategy for a body's approval or endorsement",
        "This report presents the draft Parks Strategy for approval.",
    ),
    Rule(
        "presented-report",
        "a report presenting a draft, new or refreshed plan, put before a meeting: the meeting considered the plan",
        "The Director introduced a report presenting the new draft Housing Strategy 2025-2030.",
    ),
    Rule(
        "request-once",
        "an act of a body a sentence makes a condition of what follows: still to come",
        "Once approved by the Executive, the draft Plan will be published for consultation.",
    ),
    Rule(
        "request-recommends-noun",
        "a recommendation of an act to another body, named by its noun",
        "It recommends adoption of the Plan to Full Council at its meeting on 28th June 2022.",
    ),
    Rule("request", "the body a request in running prose is put to", "seeks the Board's approval"),
    Rule(
        "scheduled-consideration",
        "a strategy to be considered by one or more bodies on given dates",
        "before the plan is considered by Cabinet on 6 December 2010 and by County Council on 16 Dec 2010",
    ),
    Rule(
        "reference",
        "a report or minute reference written with the item an event belongs to, kept apart from the "
        "decision's own reference",
        "Integrated Children's Services Plan - CFS/23/077; Minute EXB 19 refers",
    ),
    Rule(
        "report-date",
        "the date of the meeting a report is addressed to, for a request made by the report",
        "To: Cabinet - 12 March 2024 ... Cabinet is asked to endorse the strategy.",
    ),
    Rule(
        "agreed-by",
        "an agreement by a named body on a date",
        "was agreed by the Riverside Partnership Board on 3 May 2019",
    ),
    Rule(
        "considered-by",
        "a body considering a strategy on a date",
        "considered by the Health and Wellbeing Board on 2 March 2018",
    ),
    Rule(
        "approval-of", "an approval by a named body", "Following approval by the County Council, the plan took effect."
    ),
    Rule("adopted-in", "an adoption in a month or on a date", "The plan was adopted in June 2017."),
    Rule(
        "presented-for-approval",
        "a request: a strategy to be presented to a body at a dated meeting",
        "it will be presented for approval by the Cabinet at its meeting on 4 July 2024",
    ),
    Rule("seeking-endorsement", "a request for endorsement by a body", "seeking endorsement by the Schools Forum"),
    Rule("requested-to-endorse", "a body asked or requested to endorse", "The Board is asked to endorse the strategy."),
    Rule(
        "report-addressee",
        "the body a report is addressed to (To:) and its presentation there",
        "To: Children's Services Committee - 5 June 2023",
    ),
    Rule(
        "report-seeks-approval",
        "a report to a body that seeks approval of its strategy",
        "This report seeks formal approval of the Riverside Early Help Strategy.",
    ),
    Rule(
        "meeting-line",
        "a meeting of an issue page: its date, body and agenda item",
        "Meeting: 14/02/2024 - Cabinet (Item 6)",
    ),
    Rule(
        "resolution",
        "a resolution of the meeting above it (approved, agreed, endorsed, adopted, noted)",
        "RESOLVED that the Housing Strategy 2024-2029 be approved.",
    ),
    Rule(
        "decision-maker",
        "the post that is to take a decision, and the decision's strategy",
        "the decision proposed to be taken by the Cabinet Member for Housing to adopt the strategy",
    ),
    Rule(
        "post-name",
        "a post such as a Cabinet Member by portfolio, within the publisher",
        "Cabinet Member for Adult Social Care",
    ),
    Rule(
        "decision-notice",
        "the labelled fields of a decision notice or record: reference, type, status, dates, maker",
        "Decision type: Key / Decision status: Implemented / Date of decision: 04/06/2024",
    ),
    Rule(
        "led-development",
        "a body that led a strategy's development",
        "The Community Safety Partnership has led the development of the plan.",
    ),
    Rule(
        "developed-on-behalf",
        "a strategy developed on behalf of a body",
        "developed on behalf of the Children's Trust Board",
    ),
    Rule(
        "working-with-to-develop",
        "two bodies working together to develop a strategy",
        "working with the Clinical Commissioning Group and the Police Partnership to develop the strategy",
    ),
    Rule("commissioned-by", "the body that commissioned a strategy", "commissioned by the Joint Commissioning Board"),
    Rule(
        "report-author",
        "the people who wrote a report and the posts they hold (By:)",
        "By: Sam Patel, Corporate Director of Children's Services",
    ),
    Rule(
        "own-decision-reference",
        "a decision reference a record gives as its own: the issue title, a register entry's ref, a label",
        "10/10/2022 - Corporate Plan 2023 - 2027 ref: 3892; Decision number: 95/2010; Key decision reference KD/21/04",
    ),
    Rule(
        "report-decision-number",
        "the decision a report prepares (Decision No:) and its strategy",
        "Decision No: 24/00071",
    ),
)
