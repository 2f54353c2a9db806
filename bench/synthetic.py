"""A deterministic synthetic national corpus, shaped exactly like the real loaders' output.

Benchmarks must exercise the real model, so this module writes short council documents
(committee reports, decision notices, meeting records) as text, and states every fact
as a :class:`~loaders.facts.Fact` whose span is a real passage of that text. The quads
then come from :func:`loaders.facts.to_quads`, like those of any loaded source: same
ontology, same evidence, one named graph per source.

Each council publishes plans in a few strategy series over twenty years. The corpus
holds what the engine has to cope with: stated supersessions, revisions, partial
supersessions across series, successions that no document states, gaps and overlaps
between consecutive plans, open-ended plans, approval requests next to recorded
outcomes, and sources that disagree about a plan's start year.

Every council draws from its own random stream (seeded by ``seed`` and its index), so a
corpus of N councils is a prefix of the corpus of N + 1 and the output is the same on
every run and every machine.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta

from pyoxigraph import Literal, NamedNode, Quad

from loaders.dates import FULL_MONTHS
from loaders.facts import Fact, SourceExtraction, Span, to_quads
from strategy_lineage import vocab
from strategy_lineage.vocab import ALT_TITLE, ELI, ORG, PROV, PUBLISHER, SCHEMA, TITLE, XSD, A

# Synthetic sources are fixtures: a fixed load time keeps their quads identical per seed.
SYNTHETIC_LOADED_AT = "2026-01-01T00:00:00+00:00"
FIRST_YEAR, LAST_YEAR = 2005, 2025


@dataclass(frozen=True)
class Statute:
    name: str
    kind: str
    year: int
    number: int
    section: str
    duty: str

    @property
    def iri(self) -> NamedNode:
        return vocab.legislation_iri(self.kind, self.year, self.number)

    @property
    def provision(self) -> NamedNode:
        return vocab.legislation_iri(self.kind, self.year, self.number, self.section)


CHILDREN_ACT = Statute(
    "Children Act 2004",
    "ukpga",
    2004,
    31,
    "10",
    "a duty on the council to make arrangements to promote co-operation to improve well-being",
)
STATUTES = {
    "children": CHILDREN_ACT,
    "health": Statute(
        "Health and Social Care Act 2012",
        "ukpga",
        2012,
        7,
        "193",
        "a duty on the council and its partners to prepare a joint health and wellbeing strategy",
    ),
    "send": Statute(
        "Children and Families Act 2014",
        "ukpga",
        2014,
        6,
        "19",
        "a duty to support children and young people with special educational needs",
    ),
    "youth": Statute(
        "Crime and Disorder Act 1998", "ukpga", 1998, 37, "40", "a duty to formulate and implement a youth justice plan"
    ),
    "childcare": Statute(
        "Childcare Act 2006", "ukpga", 2006, 21, "6", "a duty to secure sufficient childcare for working parents"
    ),
    "care": Statute("Care Act 2014", "ukpga", 2014, 23, "1", "a general duty to promote individual well-being"),
}


@dataclass(frozen=True)
class Series:
    """A role that successive plans occupy, with the words its documents use."""

    name: str  # as it appears in titles
    acronym: str
    kind: str  # Plan | Framework | StatutoryPlan | Strategy
    role: str
    audience: str
    statute: str
    board: str
    first_year: int


SERIES = [
    Series(
        "Children and Young People's Plan",
        "CYPP",
        "Plan",
        "partnership strategy for children and young people",
        "children and young people",
        "children",
        "Children's Trust Board",
        FIRST_YEAR,
    ),
    Series(
        "Joint Health and Wellbeing Strategy",
        "JHWS",
        "Strategy",
        "joint health and wellbeing strategy",
        "residents",
        "health",
        "Health and Wellbeing Board",
        2013,
    ),
    Series(
        "Early Help Strategy",
        "EHS",
        "Strategy",
        "strategy for early help and preventative services",
        "children, young people and families",
        "children",
        "Early Help Partnership Board",
        2009,
    ),
    Series(
        "SEND Strategy",
        "SEND",
        "Strategy",
        "strategy for children and young people with special educational needs and disabilities",
        "children and young people with special educational needs",
        "send",
        "SEND Partnership Board",
        2014,
    ),
    Series(
        "Youth Justice Plan",
        "YJP",
        "StatutoryPlan",
        "statutory youth justice plan",
        "young people",
        "youth",
        "Youth Justice Board",
        FIRST_YEAR,
    ),
    Series(
        "Early Years and Childcare Framework",
        "EYCF",
        "Framework",
        "early years and childcare framework",
        "families with young children",
        "childcare",
        "Early Years Partnership",
        2007,
    ),
    Series(
        "Adult Social Care Strategy",
        "ASCS",
        "Strategy",
        "adult social care strategy",
        "adults",
        "care",
        "Adult Social Care Cabinet Committee",
        2015,
    ),
    Series(
        "Children's Safeguarding Framework",
        "CSF",
        "Framework",
        "multi-agency safeguarding arrangements for children",
        "children and young people",
        "children",
        "Safeguarding Children Board",
        2006,
    ),
]

# Short names plans go by, shared across councils on purpose: search must rank them.
NICKNAMES = [
    "Every Day Matters",
    "Positive about our Future",
    "Working Together",
    "Brighter Futures",
    "Growing Up Well",
    "Best Start",
    "Stronger Together",
    "Ambitious for All",
    "Healthy Lives",
    "Living Well",
    "Our Children, Our Future",
    "Think Family",
]
_STEMS = [
    "Ash",
    "Bram",
    "Cal",
    "Dun",
    "Elm",
    "Fen",
    "Gar",
    "Hal",
    "Ick",
    "Kel",
    "Lang",
    "Mar",
    "Nor",
    "Oak",
    "Pen",
    "Rad",
    "Sal",
    "Thorn",
    "Wal",
    "Yar",
]
_ROOTS = ["moor", "field", "wick", "ford", "ham", "bury", "ton", "ley", "worth", "stead"]
_SHIRES = ["shire", " Vale", " Downs", " Fens", " Borough", " Weald", " Marches", " Dales"]
_PEOPLE = [
    "Alex Morgan",
    "Sam Patel",
    "Jo Clarke",
    "Chris Evans",
    "Priya Shah",
    "Lee Walker",
    "Ruth Okafor",
    "Tom Hughes",
    "Nadia Khan",
    "Gareth Lloyd",
]


def council_name(index: int) -> str:
    """A unique, pronounceable county name for council ``index`` (0-based)."""
    stem, rest = _STEMS[index % len(_STEMS)], index // len(_STEMS)
    root, rest = _ROOTS[rest % len(_ROOTS)], rest // len(_ROOTS)
    shire, rest = _SHIRES[rest % len(_SHIRES)], rest // len(_SHIRES)
    suffix = f" {rest + 1}" if rest else ""
    return f"{stem}{root}{shire}{suffix} County Council"


def long_date(day: date) -> str:
    return f"{day.day} {FULL_MONTHS[day.month - 1]} {day.year}"


class _Text:
    """Builds a document and remembers where each marked passage ended up."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self.marks: dict[str, tuple[int, int]] = {}
        self._paragraphs = 0

    def line(self, *pieces: str | tuple[str, str]) -> None:
        for piece in (*pieces, "\n"):
            if isinstance(piece, tuple):
                key, piece = piece
                self.marks[key] = (self._length, self._length + len(piece))
            self._parts.append(piece)
            self._length += len(piece)

    def paragraph(self, *pieces: str | tuple[str, str]) -> None:
        """A numbered paragraph, as committee reports number theirs."""
        self._paragraphs += 1
        self.line(f"{self._paragraphs}. ", *pieces)

    def text(self) -> str:
        return "".join(self._parts)


@dataclass
class _Plan:
    council: str
    series: Series
    start: int
    end: int | None
    nickname: str | None
    number: int  # position in its series, from 0

    @property
    def period(self) -> str:
        return f"{self.start}-{self.end}" if self.end else f"{self.start} onwards"

    @property
    def title(self) -> str:
        short = self.council.removesuffix(" County Council")
        return f"{short} {self.series.name} {self.period}"

    @property
    def iri(self) -> NamedNode:
        return vocab.entity_iri("strategy", self.title)


@dataclass
class _Council:
    index: int
    name: str
    rng: random.Random
    plans: list[list[_Plan]] = field(default_factory=list)  # one list per series

    @property
    def short(self) -> str:
        return self.name.removesuffix(" County Council")

    @property
    def iri(self) -> NamedNode:
        return vocab.entity_iri("organisation", self.name)


def _periods(rng: random.Random, first_year: int) -> list[tuple[int, int | None]]:
    """Successive periods with the odd gap, overlap and an open-ended last plan."""
    periods: list[tuple[int, int | None]] = []
    start = first_year + rng.randint(0, 3)
    while start < LAST_YEAR:
        end = start + rng.choice((2, 3, 3, 4))
        periods.append((start, end))
        roll = rng.random()
        # Plans usually follow on; sometimes a year or two pass with none, or they overlap.
        start = end + rng.choice((1, 2)) if roll < 0.15 else end - 1 if roll < 0.3 else end
    if periods and rng.random() < 0.3:
        periods[-1] = (periods[-1][0], None)
    return periods


def _council(index: int, seed: int) -> _Council:
    rng = random.Random(f"strategy-lineage-synthetic:{seed}:{index}")
    council = _Council(index, council_name(index), rng)
    for series in rng.sample(SERIES, rng.randint(3, 5)):
        plans = [
            _Plan(council.name, series, start, end, rng.choice(NICKNAMES) if rng.random() < 0.4 else None, number)
            for number, (start, end) in enumerate(_periods(rng, series.first_year))
        ]
        council.plans.append(plans)
    return council


class _Source:
    """One synthetic source: its text, and facts whose spans point into that text."""

    def __init__(self, council: _Council, kind: str, number: int, text: _Text) -> None:
        self.council = council
        self.kind = kind
        self.source_id = f"synthetic-{vocab.slugify(council.short)}-{number:03d}-{kind}"
        self.body = text.text()
        self.marks = text.marks
        self.facts: list[Fact] = []

    def span(self, key: str) -> Span:
        start, end = self.marks[key]
        return Span.of(self.body, start, end)

    def state(self, s: NamedNode, p: NamedNode, o: NamedNode | Literal, rule: str, key: str) -> None:
        self.facts.append(Fact(s, p, o, rule, self.span(key)))

    def infer(self, s: NamedNode, p: NamedNode, o: NamedNode | Literal, rule: str, key: str, reason: str) -> None:
        self.facts.append(Fact(s, p, o, rule, self.span(key), derivation="inferred", reason=reason))

    def extraction(self, title: str, day: date, kind_label: str) -> SourceExtraction:
        return SourceExtraction(
            source_id=self.source_id,
            kind=self.kind,
            text=self.body,
            metadata={
                "file_name": f"synthetic/{vocab.slugify(self.council.short)}/{self.source_id}.txt",
                "title": title,
                "kind_label": kind_label,
                "publisher": self.council.name,
                "date": day.isoformat(),
            },
            sha256=vocab.stable_hash(self.body, length=64),
            facts=self.facts,
        )


def _lit(value: str, datatype: str | None = None) -> Literal:
    return Literal(value, datatype=NamedNode(XSD + datatype)) if datatype else Literal(value)


def _org(name: str) -> NamedNode:
    return vocab.entity_iri("organisation", name)


def _board_facts(src: _Source, board: NamedNode, key: str) -> None:
    src.state(board, A, vocab.sl("Board"), "board-name", key)
    src.state(board, NamedNode(ORG + "subOrganizationOf"), src.council.iri, "board-of-council", key)


def _legal_basis(src: _Source, plan: _Plan, statute: Statute) -> None:
    src.state(statute.iri, A, vocab.sl("Legislation"), "legislation-name", "act")
    src.state(statute.iri, TITLE, _lit(statute.name), "legislation-name", "act")
    src.state(plan.iri, vocab.sl("basedOn"), statute.iri, "legal-basis", "act")
    if "section" in src.marks:
        src.state(statute.provision, A, vocab.sl("LegislativeProvision"), "legislation-section", "section")
        src.state(statute.provision, NamedNode(ELI + "is_part_of"), statute.iri, "legislation-section", "section")
        src.state(plan.iri, vocab.sl("cites"), statute.provision, "legislation-section", "section")
    else:  # only the duty is described: the provision is inferred, as the real rules do for s.10
        src.infer(
            plan.iri,
            vocab.sl("cites"),
            statute.provision,
            "duty-to-provision",
            "duty",
            f"the duty described is the one section {statute.section} imposes",
        )


def _report(council: _Council, plan: _Plan, prev: _Plan | None, other: _Plan | None, number: int) -> SourceExtraction:
    """A committee report presenting ``plan`` to its board and asking for approval."""
    rng, series, statute = council.rng, plan.series, STATUTES[plan.series.statute]
    day = date(plan.start - 1, rng.randint(1, 12), rng.randint(1, 28))
    board_name = f"{council.short} {series.board}"
    author = rng.choice(_PEOPLE)
    t = _Text()
    t.line(f"By: {author}, Director of Strategy, {council.short}")
    t.line("To: ", ("board", board_name), f" – {long_date(day)}")
    t.line("Subject: ", ("title", plan.title))
    t.line("Classification: Unrestricted")
    t.line()
    nickname = (" – “", ("nickname", plan.nickname), "”") if plan.nickname else ()
    t.line(
        "Summary: This paper presents the ",
        plan.title,
        *nickname,
        ", ",
        ("council", council.name),
        "’s ",
        ("role", series.role),
        " (the ",
        ("acronym", series.acronym),
        "), and seeks approval of the plan.",
    )
    t.line()
    mention_section = rng.random() < 0.6
    section = (
        (("section", f"section {statute.section} of the {statute.name}"),)
        if mention_section
        else ("the ", ("act", statute.name))
    )
    t.paragraph(
        "The plan is written for ",
        ("audience", series.audience),
        ". It rests on ",
        *section,
        ", which places ",
        ("duty", statute.duty),
        ".",
    )
    if mention_section:  # the Act is still named, so both facts keep a quote
        t.line("The ", ("act", statute.name), " provides the legislation underpinning this work.")
    relation = None
    if prev is not None:
        relation = rng.choices(("supersedes", "revision", "unstated"), (0.45, 0.2, 0.35))[0]
        if relation == "supersedes":
            t.paragraph(("supersedes", f"The {plan.title} replaces the {prev.title}"), ".")
        elif relation == "revision":
            t.paragraph(("revision", f"The {prev.title} has been updated"), " to reflect the latest needs assessment.")
        else:
            t.paragraph("It builds on what partners learnt from earlier plans.")
    if other is not None:
        t.paragraph(("partial", f"It also replaces most of the {other.title}"), ".")
    until = ("until ", ("end", str(plan.end))) if plan.end else ("with no fixed end date",)
    t.paragraph("The plan runs from ", ("start", str(plan.start)), " ", *until, ".")
    t.paragraph(f"Recommendation: the {board_name} is asked to ", ("request", f"approve the {plan.title}"), ".")

    src = _Source(council, "committee-report", number, t)
    p = plan.iri
    src.state(p, A, vocab.sl("Strategy"), "report-subject-title", "title")
    if series.kind != "Strategy":  # the word in the title names the subclass
        src.state(p, A, vocab.sl(series.kind), "title-kind-word", "title")
    src.state(p, TITLE, _lit(plan.title), "report-subject-title", "title")
    src.state(p, ALT_TITLE, _lit(series.acronym), "acronym-in-brackets", "acronym")
    if plan.nickname:
        src.state(p, ALT_TITLE, _lit(plan.nickname), "quoted-subtitle", "nickname")
    src.state(p, PUBLISHER, council.iri, "summary-council", "council")
    src.state(council.iri, A, vocab.sl("Council"), "summary-council", "council")
    src.state(council.iri, vocab.RDFS_LABEL, _lit(council.name), "summary-council", "council")
    src.state(p, vocab.sl("role"), _lit(series.role), "summary-role", "role")
    src.state(p, vocab.sl("audience"), vocab.entity_iri("concept", series.audience), "audience-phrase", "audience")
    src.state(p, vocab.sl("validFrom"), _lit(str(plan.start), "gYear"), "period-from", "start")
    if plan.end:
        src.state(p, vocab.sl("validUntil"), _lit(str(plan.end), "gYear"), "period-until", "end")
    if prev is not None and relation == "supersedes":
        src.state(p, vocab.sl("supersedes"), prev.iri, "replaces-sentence", "supersedes")
    elif prev is not None and relation == "revision":
        src.state(p, vocab.sl("isRevisionOf"), prev.iri, "has-been-updated", "revision")
    if other is not None:
        src.state(p, vocab.sl("partiallySupersedes"), other.iri, "replaces-most-of", "partial")
    _legal_basis(src, plan, statute)
    board = _org(board_name)
    _board_facts(src, board, "board")
    request = vocab.entity_iri("event", f"approval request {plan.title} {day.isoformat()}")
    src.state(request, A, vocab.sl("ApprovalRequest"), "seeks-approval", "request")
    src.state(request, vocab.sl("concerns"), p, "seeks-approval", "request")
    src.state(request, vocab.sl("requestedOf"), board, "seeks-approval", "board")
    src.state(request, vocab.sl("date"), _lit(day.isoformat(), "date"), "report-to-date", "board")
    return src.extraction(plan.title, day, "Committee report")


def _decision(council: _Council, plan: _Plan, number: int) -> SourceExtraction:
    """A ModernGov-style decision notice adopting ``plan``; one in ten disagrees on the start year."""
    rng = council.rng
    published = date(plan.start - 1, rng.randint(1, 11), rng.randint(1, 28))
    decided = published + timedelta(days=rng.randint(14, 40))
    reference = f"{published.year % 100:02d}/{rng.randint(1, 999):05d}"
    post_name = f"Cabinet Member for {plan.series.name.replace('Plan', 'Services')}"
    conflicting = rng.random() < 0.1
    start = plan.start + 1 if conflicting else plan.start
    t = _Text()
    t.line("Proposed decision: ", ("adopt", f"To adopt the {plan.title}"), f" as {council.short}’s {plan.series.role}.")
    t.line("The plan will take effect from ", ("start", str(start)), ".")
    t.line("Decision maker: ", ("post", post_name))
    t.line("Decision type: ", ("type", "Key"))
    t.line("Reason Key: ", ("reason", "Affects more than two Electoral Divisions"), ";")
    t.line("Decision status: ", ("status", "Recommendations Approved"))
    t.line("Notice of proposed decision first published: ", ("published", published.strftime("%d/%m/%Y")))
    t.line("Decision: ", ("reference", reference), " taken on ", ("decided", decided.strftime("%d/%m/%Y")))
    t.line("Department: ", ("department", "Children, Young People and Education"))

    src = _Source(council, "decision-notice", number, t)
    d = vocab.entity_iri("decision", f"{council.short} {reference}")
    post = vocab.entity_iri("post", f"{council.short} {post_name}")
    department = _org(f"{council.short} Children, Young People and Education")
    src.state(d, A, vocab.sl("Decision"), "proposed-decision", "adopt")
    src.state(d, vocab.sl("concerns"), plan.iri, "proposed-decision", "adopt")
    src.state(plan.iri, TITLE, _lit(plan.title), "proposed-decision", "adopt")
    src.state(plan.iri, vocab.sl("validFrom"), _lit(str(start), "gYear"), "takes-effect-from", "start")
    src.state(d, NamedNode(PROV + "wasAssociatedWith"), post, "decision-maker", "post")
    src.state(post, A, NamedNode(ORG + "Post"), "decision-maker", "post")
    src.state(post, NamedNode(ORG + "postIn"), council.iri, "decision-maker", "post")
    src.state(d, vocab.sl("decisionType"), _lit("Key"), "decision-type", "type")
    src.state(
        d, vocab.sl("keyDecisionReason"), _lit("Affects more than two Electoral Divisions"), "reason-key", "reason"
    )
    src.state(d, vocab.sl("decisionStatus"), _lit("Recommendations Approved"), "decision-status", "status")
    src.state(d, vocab.sl("noticePublished"), _lit(published.isoformat(), "date"), "notice-published", "published")
    src.state(d, vocab.sl("decisionReference"), _lit(reference), "decision-reference", "reference")
    src.state(d, vocab.sl("date"), _lit(decided.isoformat(), "date"), "decision-date", "decided")
    src.state(d, vocab.sl("department"), department, "department-line", "department")
    src.state(department, A, vocab.sl("Department"), "department-line", "department")
    return src.extraction(f"{reference} - {plan.title}", published, "Decision notice")


def _meeting(council: _Council, plan: _Plan, number: int) -> SourceExtraction:
    """Minutes of a board meeting that endorsed ``plan`` (a recorded outcome, not a request)."""
    rng = council.rng
    day = date(plan.start, rng.randint(1, 6), rng.randint(1, 28))
    board_name = f"{council.short} {plan.series.board}"
    item = str(rng.randint(1, 250))
    t = _Text()
    t.line("Issue - meetings")
    t.line(
        "Meeting: ", ("date", day.strftime("%d/%m/%Y")), " - ", ("board", board_name), " (Item ", ("item", item), ")"
    )
    t.line(f"{item} {plan.title}")
    t.line("RESOLVED that ", ("resolved", f"the {plan.title} be endorsed"), ".")

    src = _Source(council, "meeting-record", number, t)
    board = _org(board_name)
    meeting = vocab.entity_iri("meeting", f"{board_name} {day.isoformat()}")
    event = vocab.entity_iri("event", f"endorsement {plan.title} {day.isoformat()}")
    _board_facts(src, board, "board")
    src.state(meeting, A, vocab.sl("Meeting"), "meeting-line", "date")
    src.state(meeting, NamedNode(SCHEMA + "startDate"), _lit(day.isoformat(), "date"), "meeting-line", "date")
    src.state(meeting, NamedNode(SCHEMA + "organizer"), board, "meeting-line", "board")
    src.state(event, A, vocab.sl("Endorsement"), "resolved-endorsed", "resolved")
    src.state(event, vocab.sl("concerns"), plan.iri, "resolved-endorsed", "resolved")
    src.state(event, vocab.sl("meeting"), meeting, "meeting-line", "date")
    src.state(event, vocab.sl("agendaItem"), _lit(item), "meeting-item", "item")
    src.state(event, vocab.sl("date"), _lit(day.isoformat(), "date"), "meeting-line", "date")
    src.state(event, NamedNode(PROV + "wasAssociatedWith"), board, "meeting-line", "board")
    return src.extraction(f"{board_name}, {long_date(day)}", day, "Meeting record")


def council_sources(index: int, seed: int) -> Iterator[SourceExtraction]:
    """Every source one council contributes, in a fixed order."""
    council = _council(index, seed)
    rng, number = council.rng, 0
    every_plan = [plan for plans in council.plans for plan in plans]
    for plans in council.plans:
        for plan in plans:
            prev = plans[plan.number - 1] if plan.number else None
            # Now and then a plan absorbs most of an older plan from another series.
            older = [o for o in every_plan if o.series != plan.series and o.end and o.end <= plan.start]
            other = rng.choice(older) if older and rng.random() < 0.08 else None
            yield _report(council, plan, prev, other, number)
            number += 1
            if rng.random() < 0.5:
                yield _decision(council, plan, number)
                number += 1
            if rng.random() < 0.4:
                yield _meeting(council, plan, number)
                number += 1


def sources(councils: int, seed: int = 0) -> Iterator[SourceExtraction]:
    """The whole corpus: every source of councils ``0 .. councils - 1``."""
    if councils < 1:
        raise ValueError("councils must be at least 1")
    for index in range(councils):
        yield from council_sources(index, seed)


def quads(councils: int, seed: int = 0, loaded_at: str = SYNTHETIC_LOADED_AT) -> Iterator[Quad]:
    """All quads of the corpus, source by source, as the loaders would write them."""
    for extraction in sources(councils, seed):
        yield from to_quads(extraction, loaded_at)


# Councils for each order of magnitude (seed 0): 1 -> 16,207 quads, 5 -> 107,001, 50 -> 991,716.
COUNCILS_FOR_SIZE = {10_000: 1, 100_000: 5, 1_000_000: 50, 10_000_000: 500}
