"""A seed-like graph built directly from Facts over the real source texts.

It mirrors what the loaders extract from the five seeds (same IRIs, same evidence
shape, quotes found at their offsets), so the engine can be tested on its own; the
tests in test_seed_graph.py run the same questions on the graph the real loaders build.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from pyoxigraph import Literal, NamedNode

from graph.inference import refresh_inferences
from graph.store import Store, memory_store, now_iso
from loaders.facts import Fact, SourceExtraction, Span, to_quads
from strategy_lineage import vocab
from strategy_lineage.vocab import ALT_TITLE, PUBLISHER, RDFS_LABEL, TITLE, XSD, A

SOURCES = Path(__file__).resolve().parents[2] / "data" / "sources"

S2006 = vocab.entity_iri("strategy", "Kent Children and Young People's Plan 2006-2008")
S2008 = vocab.entity_iri("strategy", "Kent Children and Young People's Plan 2008-2011")
EDM = vocab.entity_iri("strategy", "Every Day Matters")
WT = vocab.entity_iri("strategy", "Working Together to Improve Outcomes")
EDP = vocab.entity_iri("strategy", "Education Development Plan")
BSP = vocab.entity_iri("strategy", "Behaviour Support Plan")
EYCP = vocab.entity_iri("strategy", "Early Years and Childcare Plan")
GUIDANCE = vocab.entity_iri("guidance", "Working Together to Safeguard Children")
KCC = vocab.entity_iri("organisation", "Kent County Council")
TRUST_BOARD = vocab.entity_iri("organisation", "Kent Children's Trust Board")
SHADOW = vocab.entity_iri("organisation", "Shadow Health and Wellbeing Board")
HWB = vocab.entity_iri("organisation", "Kent Health and Wellbeing Board")
JCB = vocab.entity_iri("organisation", "Kent Children and Young People's Joint Commissioning Board")
ACT = vocab.legislation_iri("ukpga", 2004, 31)
S10 = vocab.legislation_iri("ukpga", 2004, 31, "10")
ROLE = "partnership strategy for children and young people"


def lit(value: str, datatype: str | None = None) -> Literal:
    return Literal(value, datatype=NamedNode(XSD + datatype)) if datatype else Literal(value)


class Source:
    """Facts of one source, each quoting the file at the place the quote occurs."""

    def __init__(self, file_name: str, kind: str, title: str) -> None:
        self.text = (SOURCES / file_name).read_text(encoding="utf-8")
        self.extraction = SourceExtraction(
            source_id=file_name.removesuffix(".txt"),
            kind=kind,
            text=self.text,
            metadata={"file_name": file_name, "title": title},
            sha256=hashlib.sha256(self.text.encode()).hexdigest(),
        )

    def state(self, s, p, o, quote: str, rule: str, derivation: str = "stated", reason: str | None = None) -> None:
        start = self.text.index(quote)
        span = Span.of(self.text, start, start + len(quote))
        self.extraction.facts.append(Fact(s, p, o, rule, span, derivation, reason))


def event(kind: str, key: str) -> NamedNode:
    return vocab.entity_iri("event", key)


def seed_like_sources() -> list[SourceExtraction]:
    sl = vocab.sl
    r003 = Source("003_e8b9a6c9523d440f.txt", "committee-report", "Kent Children and Young People's Plan 2008-2011")
    q = "Kent Children and Young People's Plan 2008-2011"
    r003.state(S2008, A, sl("Plan"), q, "report-subject-title")
    r003.state(S2008, TITLE, lit(q), q, "report-subject-title")
    r003.state(S2008, ALT_TITLE, lit("Positive about our Future"), "POSITIVE ABOUT OUR FUTURE", "subject-subtitle")
    r003.state(S2008, ALT_TITLE, lit("CYPP"), "Children and Young People's Plan (CYPP)", "acronym-in-brackets")
    r003.state(S2008, sl("validFrom"), lit("2008", "gYear"), "2008-2011", "period-in-title")
    r003.state(S2008, sl("validUntil"), lit("2011", "gYear"), "2008-2011", "period-in-title")
    r003.state(S2008, PUBLISHER, KCC, "Members of the County Council", "council-of-report")
    r003.state(S2008, sl("role"), lit(ROLE), "single, strategic, plan outlining partnership priorities", "role-phrase")
    q6 = "The Kent Children and Young People's Plan 2006-2008"
    r003.state(S2006, A, sl("Plan"), q6, "title-kind-word")
    r003.state(S2006, TITLE, lit("Kent Children and Young People's Plan 2006-2008"), q6, "title-mention")
    r003.state(S2006, sl("validFrom"), lit("2006", "gYear"), "2006-2008", "period-in-title")
    r003.state(S2006, sl("validUntil"), lit("2008", "gYear"), "2006-2008", "period-in-title")
    r003.state(S2006, PUBLISHER, KCC, q6, "council-of-report")
    r003.state(S2006, sl("role"), lit(ROLE), q6, "role-phrase")
    r003.state(S2008, sl("isRevisionOf"), S2006, q6 + " has been updated", "updated-plan")
    for iri, name in (
        (EDP, "Education Development Plan"),
        (BSP, "Behaviour Support Plan"),
        (EYCP, "Early Years & Childcare Plan"),
    ):
        r003.state(iri, A, sl("StatutoryPlan"), name, "statutory-plan-list")
        r003.state(iri, TITLE, lit(name), name, "statutory-plan-list")
        r003.state(
            S2008,
            sl("partiallySupersedes"),
            iri,
            "replaces most of the previous statutory children's services plans",
            "replaces-most-of",
        )
    agree = event("Agreement", "cypp-2008-agreed")
    r003.state(agree, A, sl("Agreement"), "agreed", "agreed-by-board")
    r003.state(agree, sl("concerns"), S2008, "Kent Children's Trust Board", "agreed-by-board")
    r003.state(agree, sl("date"), lit("2008-09-11", "date"), "11<sup>th</sup> September 2008", "agreed-by-board")
    r003.state(
        agree,
        vocab.term(vocab.PROV, "wasAssociatedWith"),
        TRUST_BOARD,
        "Kent Children's Trust Board",
        "agreed-by-board",
    )
    r003.state(TRUST_BOARD, A, sl("Board"), "Kent Children's Trust Board", "board-name")
    r003.state(TRUST_BOARD, RDFS_LABEL, lit("Kent Children's Trust Board"), "Kent Children's Trust Board", "board-name")
    ask = event("ApprovalRequest", "cypp-2008-approval-request")
    r003.state(ask, A, sl("ApprovalRequest"), "seeks formal approval to the plan", "seeks-approval")
    r003.state(ask, sl("concerns"), S2008, "seeks formal approval to the plan", "seeks-approval")
    r003.state(ask, sl("date"), lit("2008-10-16", "date"), "16 October 2008", "report-date")
    r003.state(ask, sl("requestedOf"), KCC, "County Council", "report-to")
    r003.state(KCC, A, sl("Council"), "the County Council", "council-name")
    r003.state(KCC, RDFS_LABEL, lit("Kent County Council"), "the County Council", "council-name")
    r003.state(S2008, sl("basedOn"), ACT, "The Children Act 2004 provides the legislative foundation", "legal-basis")
    r003.state(ACT, A, sl("Legislation"), "Children Act 2004", "legislation-name")
    r003.state(ACT, RDFS_LABEL, lit("Children Act 2004"), "Children Act 2004", "legislation-name")

    r004 = Source("004_e00e668bf0bcf141.txt", "committee-report", "Every Day Matters")
    q = "Every Day Matters: Kent's Multiagency Strategic Plan for Summary"
    title = "Every Day Matters: Kent's Multiagency Strategic Plan for Children and Young People 2013-2016"
    r004.state(EDM, A, sl("Plan"), q, "report-subject-title")
    r004.state(EDM, TITLE, lit(title), q, "report-subject-title")
    r004.state(EDM, ALT_TITLE, lit("Every Day Matters"), "Every Day Matters has been informed", "short-name")
    r004.state(EDM, sl("validFrom"), lit("2013", "gYear"), "2013-2016", "period-in-title")
    r004.state(EDM, sl("validUntil"), lit("2016", "gYear"), "2013-2016", "period-in-title")
    r004.state(EDM, PUBLISHER, KCC, "children's services in Kent", "council-of-report")
    r004.state(EDM, sl("role"), lit(ROLE), "Multiagency Strategic Plan", "role-phrase")
    r004.state(
        EDM,
        sl("informedBy"),
        GUIDANCE,
        "Every Day Matters has been informed by 'Working Together to Safeguard Children",
        "informed-by",
    )
    r004.state(GUIDANCE, A, sl("StatutoryGuidance"), "statutory guidance (Working Together, 2013)", "guidance-name")
    r004.state(
        GUIDANCE,
        TITLE,
        lit("Working Together to Safeguard Children"),
        "Working Together to Safeguard Children",
        "guidance-name",
    )
    r004.state(GUIDANCE, ALT_TITLE, lit("Working Together"), "Working Together, 2013", "guidance-name")
    r004.state(EDM, sl("cites"), S10, "section 10 of the Children Act 2004", "section-quoted")
    r004.state(S10, A, sl("LegislativeProvision"), "section 10 of the Children Act 2004", "section-quoted")
    r004.state(
        S10, RDFS_LABEL, lit("Children Act 2004, section 10"), "section 10 of the Children Act 2004", "section-quoted"
    )
    r004.state(S10, vocab.term(vocab.ELI, "is_part_of"), ACT, "section 10 of the Children Act 2004", "section-quoted")
    for key, cls, day, body, quote, rule in (
        ("edm-considered-shadow", "Consideration", "2013-03-27", SHADOW, "27 March 2013", "considered-by"),
        ("edm-presented-hwb", "Presentation", "2013-05-29", HWB, "29 May 2013", "report-date"),
        ("edm-presented-jcb", "Presentation", "2013-05-30", JCB, "30 May 2013", "presented-at-meeting"),
    ):
        e = event(cls, key)
        r004.state(e, A, sl(cls), quote, rule)
        r004.state(e, sl("concerns"), EDM, quote, rule)
        r004.state(e, sl("date"), lit(day, "date"), quote, rule)
        r004.state(e, vocab.term(vocab.PROV, "wasAssociatedWith"), body, quote, rule)

    r002 = Source("002_7e30c0936a50fbe4.txt", "committee-report", "Working Together to Improve Outcomes")
    r002.state(WT, A, sl("Framework"), "Children and Young People’s Framework", "title-kind-word")
    r002.state(
        WT,
        TITLE,
        lit("Working Together to Improve Outcomes: Kent Children and Young People's Framework 2016-2019"),
        "Working Together to Improve Outcomes: Kent Children and Young People’s \nFramework 2016-2019",
        "quoted-title",
    )
    r002.state(
        WT,
        ALT_TITLE,
        lit("Working Together to Improve Outcomes"),
        "Working Together to \nImprove Outcomes",
        "short-name",
    )
    r002.state(WT, sl("validFrom"), lit("2016", "gYear"), "2016-2019", "period-in-title")
    r002.state(WT, sl("validUntil"), lit("2019", "gYear"), "2016-2019", "period-in-title")
    r002.state(WT, PUBLISHER, KCC, "Kent County Council’s", "council-of-report")
    r002.state(WT, sl("role"), lit(ROLE), "Kent’s partnership strategy for children and young \npeople", "role-phrase")
    r002.state(
        WT, sl("supersedes"), EDM, "to replace Every Day Matters as Kent’s partnership strategy", "replaces-sentence"
    )
    r002.state(EDM, ALT_TITLE, lit("Every Day Matters"), "Every Day Matters", "short-name")
    adopt = event("Adoption", "edm-adopted")
    r002.state(adopt, A, sl("Adoption"), "adopted and rolled out in April 2013", "adopted-in")
    r002.state(adopt, sl("concerns"), EDM, "This framework was \nthen adopted", "adopted-in")
    r002.state(adopt, sl("date"), lit("2013-04", "gYearMonth"), "April 2013", "adopted-in")
    r002.state(
        WT,
        sl("cites"),
        S10,
        "a duty to ensure that partner organisations in Kent \nco-operate",
        "section-10-duty",
        derivation="inferred",
        reason="the duty described is the section 10 co-operation duty",
    )
    return [r.extraction for r in (r003, r004, r002)]


def seed_like_store() -> Store:
    store = memory_store()
    loaded = now_iso()
    for extraction in seed_like_sources():
        store.replace_graph(extraction.graph, to_quads(extraction, loaded))
    refresh_inferences(store)
    return store
