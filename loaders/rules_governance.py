"""Rules about who did what to a strategy, and when: governance events and decisions.

Outcomes (agreed, considered, approved, endorsed, adopted, a decision's status) and
requests (a report that *asks* for approval or endorsement) are different classes, so
that a request is never mistaken for an outcome.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pyoxigraph import Literal, NamedNode

from loaders import names
from loaders.dates import XsdValue, find_dates, first_date
from loaders.document import literal
from loaders.kinds import DECISION_FIELDS, REPORT_HEADERS
from loaders.names import StrategyName
from loaders.reading import Reading
from loaders.registry import Rule, register_rules
from loaders.text import lines_with_offsets
from strategy_lineage import vocab
from strategy_lineage.vocab import ORG, PROV, RDFS_LABEL, XSD, A

SL = vocab.sl
# `sl:undated true`: the source gives no date for the event (so it is not silently undated).
UNDATED = Literal("true", datatype=NamedNode(XSD + "boolean"))
ORGN = names.ORG_PHRASE
# Dates inside larger patterns: unnamed groups, the date text is re-parsed from the match.
_ANY_DATE = r"(?P<date>(?:\d{1,2}/\d{1,2}/\d{4}|(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:19|20)\d\d))"


def date_of(text: str) -> XsdValue | None:
    found = first_date(text)
    return found[0] if found else None


def event_iri(strategy: StrategyName, cls: str, qualifier: str) -> NamedNode:
    return NamedNode(f"{strategy.iri.value}/event/{vocab.slugify(cls)}-{vocab.slugify(qualifier)}")


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
    date_rule, date_where = rule, where
    if when is None and requested_of is not None:
        # A request of a report's addressee is made at the meeting the report is dated for.
        report_date = _report_date(reading, requested_of)
        if report_date:
            when, date_where = report_date
            date_rule = "report-date"
    qualifier = when.lexical if when else str((body or requested_of).value if (body or requested_of) else doc.source_id).rsplit("/", 1)[-1]
    event = event_iri(strategy, cls, qualifier)
    doc.state(event, A, SL(cls), rule, where)
    doc.state(event, SL("concerns"), strategy.iri, rule, where)
    if body is not None:
        doc.state(event, NamedNode(PROV + "wasAssociatedWith"), body, rule, where)
    if requested_of is not None:
        doc.state(event, SL("requestedOf"), requested_of, rule, where)
    if when is not None:
        doc.state(event, SL("date"), literal(when), date_rule, date_where)
    else:
        doc.state(event, SL("undated"), UNDATED, rule, where, reason="the source gives no date for this event")
    return event


def _report_date(reading: Reading, body: NamedNode) -> tuple[XsdValue, re.Match[str]] | None:
    """A request of the body a report is addressed to is made at the meeting the report is dated for."""
    doc = reading.doc
    to = next(doc.finditer(names.TO_FIELD), None)
    if to is None or reading.organisation(to.group("body"), (to.start("body"), to.end("body")), "report-addressee") != body:
        return None
    dated = to if to.group("date") else next(doc.finditer(DATE_FIELD), None)
    when = date_of(dated.group("date")) if dated else None
    return (when, dated) if when else None


OUTCOMES = [
    # (class, rule, pattern)
    ("Agreement", "agreed-by", re.compile(rf"\b(?:was\s+)?agreed\s+by\s+(?P<body>{ORGN})\s+on\s+(?:the\s+)?{_ANY_DATE}")),
    ("Consideration", "considered-by", re.compile(rf"\bconsidered\s+by\s+(?P<body>{ORGN})\s+on\s+(?:the\s+)?{_ANY_DATE}")),
    ("Approval", "approval-of", re.compile(rf"\b(?:had|received)\s+the\s+approval\s+of\s+(?P<body>{ORGN})")),
    ("Approval", "approval-of", re.compile(rf"\bFollowing\s+approval\s+by\s+(?P<body>{ORGN})")),
    ("Adoption", "adopted-in", re.compile(rf"\b(?:was|were)\s+(?:then\s+)?adopted(?:\s+and\s+rolled\s+out)?\s+(?:in|on)\s+{_ANY_DATE}")),
]
REQUESTS = [
    ("ApprovalRequest", "presented-for-approval",
     re.compile(rf"\bpresented\s+for\s+approval\s+by\s+(?P<body>{ORGN})\s+at\s+its\s+meeting\s+on\s+{_ANY_DATE}")),
    ("EndorsementRequest", "seeking-endorsement", re.compile(rf"\bseeking\s+endorsement\s+(?:by|of)\s+(?P<body>{ORGN})[^.;]*")),
    ("EndorsementRequest", "requested-to-endorse",
     re.compile(rf"(?P<body>{ORGN})\s+(?:is|are)\s+(?:requested|asked)\s+to\s+endorse\b[^.;]*")),
]


def outcome_events(reading: Reading) -> None:
    """"agreed by the Kent Children's Trust Board on the 11th September 2008", "considered by
    the then Shadow Health and Wellbeing Board on 27 March 2013", "adopted ... in April 2013"."""
    _events(reading, OUTCOMES, body_role="body")


def request_events(reading: Reading) -> None:
    """"presented for approval by ...", "seeking endorsement by ...": the body asked, not the outcome."""
    _events(reading, REQUESTS, body_role="requested_of")


def _events(reading: Reading, patterns: list[tuple[str, str, re.Pattern[str]]], body_role: str) -> None:
    for cls, rule, pattern in patterns:
        for match in reading.doc.finditer(pattern):
            strategy = reading.strategy_near(match.start())
            if strategy is None:
                continue
            when = date_of(match.group("date")) if "date" in pattern.groupindex else None
            record_event(reading, cls, strategy, rule, match, when=when, **{body_role: _body(reading, match, rule)})


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
    to = next(doc.finditer(names.TO_FIELD), None)
    if not doc.has(REPORT_HEADERS) or to is None or main is None:
        return
    body = reading.organisation(to.group("body"), (to.start("body"), to.end("body")), "report-addressee")
    for match in doc.finditer(SEEKS_APPROVAL):
        if "presented for approval by" in doc.text[match.start() - 5 : match.end() + 20]:
            continue  # a different body's approval, handled by presented-for-approval
        record_event(reading, "ApprovalRequest", main, "report-seeks-approval", match, requested_of=body)
        record_event(reading, "Presentation", main, "report-addressee", to, requested_of=body)
        return


MEETING_LINE = re.compile(
    rf"\bMeeting:\s*(?P<date>\d{{1,2}}/\d{{1,2}}/\d{{4}})\s*-\s*(?P<body>{ORGN})\s*\(Item\s+(?P<item>\w+)\)"
)
RESOLVED = re.compile(
    r"\bRESOLVED:?\s+(?:that|That)\s+(?P<what>.{1,1000}?)\s+be\s+(?P<verb>endorsed|approved|agreed|adopted|noted)\b"
)
VERB_CLASSES = {"endorsed": "Endorsement", "approved": "Approval", "agreed": "Agreement", "adopted": "Adoption",
                "noted": "Consideration"}
DECISION_REF = re.compile(r"\b(?P<ref>\d{2}/\d{5})\b")
DECISION_BY_POST = re.compile(r"\btaken\s+by\s+the\s+(?P<post>Cabinet\s+Member\s+for\s+[A-Z][\w'&, ]+?)\s+to\s+(?P<act>adopt|approve|agree)\b")


def decision_iri(ref: str) -> NamedNode:
    return vocab.entity_iri("decision", ref)


def state_decision(reading: Reading, ref: re.Match[str], rule: str) -> NamedNode:
    """The decision a reference such as "16/00116" names: its type, reference and label."""
    decision = decision_iri(ref.group("ref"))
    reading.doc.state(decision, A, SL("Decision"), rule, ref)
    reading.doc.state(decision, SL("decisionReference"), literal(ref.group("ref")), rule, ref)
    reading.doc.state(decision, RDFS_LABEL, literal(f"Decision {ref.group('ref')}"), rule, ref)
    return decision


@dataclass(frozen=True)
class _Meeting:
    line: re.Match[str]
    body: NamedNode
    iri: NamedNode | None
    when: XsdValue | None


def _meeting(reading: Reading, line: re.Match[str]) -> _Meeting:
    """A meeting from its "Meeting: 10/11/2016 - <Committee> (Item 180)" line; a line whose date
    cannot exist (31/02/2016) names the body but no meeting (the date is reported, not stored)."""
    doc = reading.doc
    body = reading.organisation(line.group("body"), (line.start("body"), line.end("body")), "meeting-line")
    when = date_of(line.group("date"))
    if when is None:
        return _Meeting(line, body, None, None)
    meeting = NamedNode(f"{body.value}/meeting/{when.lexical}")
    doc.state(meeting, A, SL("Meeting"), "meeting-line", line)
    doc.state(meeting, vocab.term(vocab.SCHEMA, "organizer"), body, "meeting-line", line)
    doc.state(meeting, vocab.term(vocab.SCHEMA, "startDate"), literal(when), "meeting-line", line)
    return _Meeting(line, body, meeting, when)


def meeting_resolutions(reading: Reading) -> None:
    """"Meeting: 10/11/2016 - <Committee> (Item 180)" + "RESOLVED that ... be endorsed". A page
    may list several meetings; each resolution belongs to the meeting line above it."""
    doc = reading.doc
    meetings = [_meeting(reading, line) for line in doc.finditer(MEETING_LINE)]
    if not meetings:
        return
    ref = next(doc.finditer(DECISION_REF), None)
    for match in doc.finditer(RESOLVED):
        strategy = reading.strategy_near(match.end()) or reading.main
        if strategy is None:
            continue
        meeting = next((m for m in reversed(meetings) if m.line.start() < match.start()), meetings[0])
        event = record_event(reading, VERB_CLASSES[match.group("verb")], strategy, "resolution", match,
                             body=meeting.body, when=meeting.when)
        if meeting.iri is not None:
            doc.state(event, SL("meeting"), meeting.iri, "resolution", match)
        doc.state(event, SL("agendaItem"), literal(meeting.line.group("item")), "meeting-line", meeting.line)
        if ref:
            doc.state(event, SL("decisionReference"), literal(ref.group("ref")), "resolution", match)
            _decision_maker(reading, strategy, match, ref)


def _decision_maker(reading: Reading, strategy: StrategyName, match: re.Match[str], ref: re.Match[str]) -> None:
    """"the decision proposed to be taken by the Cabinet Member for X to adopt ...": who decides."""
    doc = reading.doc
    post_match = DECISION_BY_POST.search(match.group("what"))
    if post_match is None:
        return
    offset = match.start("what")
    where = (offset + post_match.start(), offset + post_match.end())
    post = post_iri(reading, post_match.group("post"), where)
    decision = state_decision(reading, ref, "decision-maker")
    doc.state(decision, SL("concerns"), strategy.iri, "decision-maker", where)
    doc.state(decision, NamedNode(PROV + "wasAssociatedWith"), post, "decision-maker", where)


def post_iri(reading: Reading, written: str, where: tuple[int, int], original: bool = False) -> NamedNode:
    """A post such as "Cabinet Member for Specialist Children's Services", in the publisher."""
    doc = reading.doc
    label = re.sub(r"\s+", " ", written).strip(" ,")
    post = vocab.entity_iri("post", label)
    doc.state(post, A, NamedNode(ORG + "Post"), "post-name", where, original=original)
    doc.state(post, RDFS_LABEL, literal(label), "post-name", where, original=original)
    if doc.publisher:
        doc.state(post, NamedNode(ORG + "postIn"), names.organisation_iri(doc.publisher), "post-name", where,
                  derivation="inferred", reason=f"a post named in a {doc.publisher} document", original=original)
    return post


# Decision notice fields, one per line ("Decision type: Key"), as ModernGov councils label them.
NOTICE_FIELDS = {
    "decision type": ("decisionType", "text"),
    "reason key": ("keyDecisionReason", "text"),
    "decision status": ("decisionStatus", "text"),
    "notice of proposed decision first published": ("noticePublished", "date"),
    "decision published": ("noticePublished", "date"),
    "date of decision": ("date", "date"),
    "decision date": ("date", "date"),
    "department": ("department", "department"),
    "decision maker": ("wasAssociatedWith", "post"),
    "lead member": ("wasAssociatedWith", "post"),
}
FIELD_LINE = re.compile(r"^\s*(?P<label>[A-Z][A-Za-z ]+?)\s*:\s*(?P<value>.+?)\s*;?\s*$")
PROPOSED = re.compile(r"\b(?:Proposed\s+decision|Decision|Subject):[^.]*")


def decision_notice(reading: Reading) -> None:
    """A ModernGov decision notice: one decision, its reference, type, status, maker and dates."""
    doc, main = reading.doc, reading.main
    ref = next(doc.finditer(DECISION_REF), None)
    if not doc.has(DECISION_FIELDS) or ref is None or main is None:
        return
    decision = state_decision(reading, ref, "decision-notice")
    proposed = next(doc.finditer(PROPOSED), None)
    if proposed:
        doc.state(decision, SL("concerns"), main.iri, "decision-notice", proposed)
    dated = False
    for offset, line in lines_with_offsets(doc.original):
        match = FIELD_LINE.match(line)
        if match and match.group("label").lower() in NOTICE_FIELDS:
            dated |= _notice_field(reading, decision, match, offset)
    if not dated:
        doc.state(decision, SL("undated"), UNDATED, "decision-notice", ref,
                  reason="the notice gives the date it was published, not the date of the decision")


def _notice_field(reading: Reading, decision: NamedNode, match: re.Match[str], offset: int) -> bool:
    """State one labelled field of a notice; True when it dates the decision itself."""
    doc = reading.doc
    prop, kind = NOTICE_FIELDS[match.group("label").lower()]
    where = (offset + match.start(), offset + match.end("value"))
    value = match.group("value").rstrip(";").strip()
    predicate = NamedNode(PROV + prop) if prop == "wasAssociatedWith" else SL(prop)
    if kind == "date":
        parsed = date_of(value)
        if parsed is None:
            return False
        doc.state(decision, predicate, literal(parsed), "decision-notice", where, original=True)
        return prop == "date"
    if kind == "department":
        obj = names.organisation_iri(value)
        for triple in ((obj, A, SL("Department")), (obj, A, NamedNode(ORG + "OrganizationalUnit")),
                       (obj, RDFS_LABEL, literal(value))):
            doc.state(*triple, "decision-notice", where, original=True)
    elif kind == "post":
        obj = post_iri(reading, value, where, original=True)
    else:
        obj = literal(value)
    doc.state(decision, predicate, obj, "decision-notice", where, original=True)
    return False


DEVELOPERS = [
    ("led-development", re.compile(rf"(?P<body>{ORGN})\s+has\s+led\s+the\s+development\s+of")),
    ("developed-on-behalf", re.compile(rf"\bdeveloped\s+on\s+behalf\s+of\s+(?P<body>{ORGN})")),
    ("working-with-to-develop", re.compile(
        rf"\bworking\s+with\s+(?P<body>{ORGN})\s+and\s+(?P<other>{ORGN})\s+(?:to\s+develop|on\s+developing)\b")),
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
            body = reading.organisation(match.group("body"), (match.start("body"), match.end("body")), "commissioned-by")
            reading.doc.state(strategy.iri, SL("commissionedBy"), body, "commissioned-by", match)


BY_FIELD = re.compile(r"\bBy:\s+(?P<block>.{1,600}?)\s+To:")
_PERSON = r"[A-Z][a-z]+\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
_POST_WORDS = r"(?:Cabinet\s+Member|Corporate\s+Director|Director|Leader|Head|Chief\s+Executive|Planning\s+Manager)\b"
PERSON_AND_POST = re.compile(
    rf"(?P<person>{_PERSON}),\s+(?P<post>{_POST_WORDS}.+?)(?=\s+{_PERSON},\s+{_POST_WORDS}|$)"
)


def report_authors(reading: Reading) -> None:
    """"By: Jenny Whittle, Cabinet Member for Specialist Children's Services": who holds which post."""
    doc = reading.doc
    block = next(doc.finditer(BY_FIELD), None)
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


REPORT_DECISION = re.compile(r"\bDecision\s+(?:No\.?|Number|Ref(?:erence)?)\s*:?\s*(?P<ref>\d{2}/\d{5})\b", re.IGNORECASE)


def report_decision_number(reading: Reading) -> None:
    """A committee report headed "Decision No: 16/00116": the decision it prepares concerns
    the report's strategy."""
    doc, main = reading.doc, reading.main
    match = next(doc.finditer(REPORT_DECISION), None)
    if not doc.has(REPORT_HEADERS) or match is None or main is None:
        return
    decision = state_decision(reading, match, "report-decision-number")
    doc.state(decision, SL("concerns"), main.iri, "report-decision-number", match)
    doc.state(decision, SL("undated"), UNDATED, "report-decision-number", match,
              reason="a report names the decision it prepares, not when it is taken")


def impossible_dates(reading: Reading) -> None:
    """A date that cannot exist ("31/02/2016", "30 February") is reported with its quote and
    never stored: the rules that read dates skip it."""
    for mention in find_dates(reading.doc.text):
        if mention.problem:
            reading.doc.warn(mention.problem, (mention.start, mention.end))


RULES = [impossible_dates, report_authors, report_decision_number, decision_notice, meeting_resolutions, outcome_events, request_events, report_addressee, developers]

register_rules(
    __name__,
    Rule("report-date", "the date of the meeting a report is addressed to, for a request made by the report",
         "To: Cabinet - 12 March 2024 ... Cabinet is asked to endorse the strategy."),
    Rule("agreed-by", "an agreement by a named body on a date", "was agreed by the Riverside Partnership Board on 3 May 2019"),
    Rule("considered-by", "a body considering a strategy on a date", "considered by the Health and Wellbeing Board on 2 March 2018"),
    Rule("approval-of", "an approval by a named body", "Following approval by the County Council, the plan took effect."),
    Rule("adopted-in", "an adoption in a month or on a date", "The plan was adopted in June 2017."),
    Rule("presented-for-approval", "a request: a strategy to be presented to a body at a dated meeting",
         "it will be presented for approval by the Cabinet at its meeting on 4 July 2024"),
    Rule("seeking-endorsement", "a request for endorsement by a body", "seeking endorsement by the Schools Forum"),
    Rule("requested-to-endorse", "a body asked or requested to endorse", "The Board is asked to endorse the strategy."),
    Rule("report-addressee", "the body a report is addressed to (To:) and its presentation there",
         "To: Children's Services Committee - 5 June 2023"),
    Rule("report-seeks-approval", "a report to a body that seeks approval of its strategy",
         "This report seeks formal approval of the Riverside Early Help Strategy."),
    Rule("meeting-line", "a meeting of an issue page: its date, body and agenda item",
         "Meeting: 14/02/2024 - Cabinet (Item 6)"),
    Rule("resolution", "a resolution of the meeting above it (approved, agreed, endorsed, adopted, noted)",
         "RESOLVED that the Housing Strategy 2024-2029 be approved."),
    Rule("decision-maker", "the post that is to take a decision, and the decision's strategy",
         "the decision proposed to be taken by the Cabinet Member for Housing to adopt the strategy"),
    Rule("post-name", "a post such as a Cabinet Member by portfolio, within the publisher",
         "Cabinet Member for Adult Social Care"),
    Rule("decision-notice", "the labelled fields of a decision notice or record: reference, type, status, dates, maker",
         "Decision type: Key / Decision status: Implemented / Date of decision: 04/06/2024"),
    Rule("led-development", "a body that led a strategy's development",
         "The Community Safety Partnership has led the development of the plan."),
    Rule("developed-on-behalf", "a strategy developed on behalf of a body", "developed on behalf of the Children's Trust Board"),
    Rule("working-with-to-develop", "two bodies working together to develop a strategy",
         "working with the Clinical Commissioning Group and the Police Partnership to develop the strategy"),
    Rule("commissioned-by", "the body that commissioned a strategy", "commissioned by the Joint Commissioning Board"),
    Rule("report-author", "the people who wrote a report and the posts they hold (By:)",
         "By: Sam Patel, Corporate Director of Children's Services"),
    Rule("report-decision-number", "the decision a report prepares (Decision No:) and its strategy",
         "Decision No: 24/00071"),
)
