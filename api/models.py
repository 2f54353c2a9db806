"""Pydantic models of the JSON API's payloads: the OpenAPI schema, documentation and examples.

Answers become JSON in one place (:func:`graph.answers.to_json`), for the API and the CLI
alike, and are sent with orjson. The models of the answers declared as a route's
``response_model`` describe that JSON exactly (unknown fields are refused): the routes
validate each body against them when they build it (once per graph version), and
tests/api/test_contract.py checks that API and CLI agree.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field
from pydantic.config import JsonDict

EDM = "http://localhost:8000/id/strategy/kent-county-council/every-day-matters"


class Exact(BaseModel):
    """A shape described field for field: a field the answer gains or loses is an error."""

    model_config = ConfigDict(extra="forbid")


class PeriodOut(Exact):
    start: str | None = Field(None, description="Start as stated (xsd:gYear or xsd:date lexical form)")
    end: str | None = Field(None, description="End as stated")
    start_date: str | None = Field(None, description="First day the stated start allows")
    end_date: str | None = Field(None, description="Last day the stated end allows")
    label: str = Field(..., description="Readable period, e.g. 2013–2016")


class EvidenceOut(Exact):
    source: str | None = Field(None, description="Id of the source document")
    quote: str | None = Field(None, description="The exact quoted passage")
    start: int | None = Field(None, description="Offset of the quote in the file (Unicode code points)")
    end: int | None = None
    page: int | None = Field(None, description="Page of the original file (PDF) where the quote begins")
    rule: str = Field(..., description="Extraction or inference rule that produced the statement")
    derivation: str = Field(..., description="stated | inferred | curated")
    iri: str
    source_iri: str | None = Field(None, description="IRI of the source document")
    reason: str | None = None
    curator: str | None = None
    loaded_at: str | None = None
    based_on: list[EvidenceOut] = Field(default_factory=list, description="For inferences: what the rule used")


NODE_EXAMPLE: JsonDict = {
    "id": "every-day-matters",
    "iri": EDM,
    "title": "Every Day Matters: Kent's Multiagency Strategic Plan for Children and Young People 2013-2016",
    "short_name": "Every Day Matters",
    "type": "Plan",
    "period": {"start": "2013", "end": "2016", "label": "2013–2016"},
    "alternative_titles": ["Every Day Matters"],
    "publisher": "http://localhost:8000/id/organisation/kent-county-council",
    "series": ["kent-partnership-strategy-for-children-and-young-people"],
}


class NodeOut(Exact):
    id: str
    iri: str
    title: str
    short_name: str = Field("", description="The name where space is tight (a worded short title, else the title)")
    type: str = Field(..., description="Most specific class: Plan, Framework, StatutoryPlan, ...")
    period: PeriodOut
    alternative_titles: list[str] = []
    publisher: str | None = None
    series: list[str] = []

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "example": NODE_EXAMPLE,
        },
    )


class EdgeOut(Exact):
    from_: str = Field(..., alias="from", description="Id of the newer strategy")
    to: str = Field(..., description="Id of the older strategy it replaces")
    relation: str = Field(..., description="supersedes | revision_of | partially_supersedes | inferred_succession")
    inferred: bool
    grade: str = Field(..., description="The strongest evidence behind the edge: stated > curated > inferred")
    also: list[str] = []
    evidence: list[EvidenceOut]


class LineageOut(Exact):
    root: str
    direction: str
    depth: int
    evidence: str
    nodes: list[NodeOut]
    edges: list[EdgeOut]
    cycles: list[list[str]] = []
    truncated: bool = False
    series_labels: dict[str, str] = Field({}, description="Label of each succession series the nodes belong to")

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "example": {
                "root": "every-day-matters",
                "direction": "both",
                "depth": 10,
                "evidence": "any",
                "nodes": [{"id": "every-day-matters", "title": "Every Day Matters", "period": {"label": "2013–2016"}}],
                "edges": [
                    {
                        "from": "working-together-to-improve-outcomes",
                        "to": "every-day-matters",
                        "relation": "supersedes",
                        "inferred": False,
                        "grade": "stated",
                        "evidence": [
                            {
                                "source": "002_7e30c0936a50fbe4",
                                "quote": "to replace Every Day Matters as Kent's partnership strategy for children",
                                "start": 1234,
                                "end": 1305,
                                "rule": "replace-statement",
                                "derivation": "stated",
                            }
                        ],
                    }
                ],
                "cycles": [],
                "truncated": False,
            }
        },
    )


class Relation(BaseModel):
    id: str
    title: str
    relation: str
    inferred: bool


class StrategyListOut(BaseModel):
    total: int
    offset: int
    limit: int
    items: list[NodeOut]


class LegalBasisOut(Exact):
    iri: str = Field(..., description="legislation.gov.uk IRI of the Act or provision")
    label: str | None
    relation: str = Field(..., description="basedOn | cites | informedBy")
    inferred: bool
    evidence: list[EvidenceOut]


class ConceptOut(Exact):
    iri: str
    label: str | None
    evidence: list[EvidenceOut]


class StrategyOut(NodeOut):
    status: list[str] = []
    replaces: list[Relation] = []
    replaced_by: list[Relation] = []
    trail: list[TrailEventOut] = Field([], description="Governance events in date order (see /trail)")
    legal_basis: list[LegalBasisOut] = Field([], description="Legislation it is based on or cites, with evidence")
    outcomes: list[ConceptOut] = []
    indicators: list[ConceptOut] = []
    counts: dict[str, int] = Field({}, description="Stated counts: outcomeCount, indicatorCount, ...")
    sources: list[str] = Field([], description="Ids of the sources that say anything about it")


class PathOut(Exact):
    start: str
    end: str
    direction: str = Field(..., description="up: start replaces ... end; down: start is replaced by ... end")
    evidence: str
    nodes: list[NodeOut]
    edges: list[EdgeOut]
    series_labels: dict[str, str] = Field({}, description="Label of each succession series the nodes belong to")


class PartyOut(Exact):
    iri: str
    id: str
    label: str


class TrailEventOut(Exact):
    iri: str
    type: str = Field(..., description="Agreement, ApprovalRequest, Decision, ... (most specific)")
    is_request: bool = Field(..., description="A request for approval or endorsement, not an outcome")
    date: str | None = Field(..., description="As stated: 2013-05-29, 2013-04")
    day: str | None = Field(..., description="First day the stated date allows")
    precision: str | None = Field(..., description="year | month | day")
    bodies: list[PartyOut] = Field(..., description="Bodies or posts that acted")
    requested_of: list[PartyOut]
    meeting: PartyOut | None
    agenda_item: str | None
    decision_reference: str | None
    decision_type: str | None
    decision_status: str | None
    sources: list[str]
    evidence: list[EvidenceOut]


class TrailOut(Exact):
    strategy: str = Field(..., description="Id of the strategy")
    events: list[TrailEventOut] = Field(..., description="In date order (undated last)")


class InForceOut(Exact):
    date: str
    basis: str = Field(..., description="'date', or where the date came from (e.g. decision 16/00116)")
    total: int = Field(..., description="How many strategies are in force (before paging)")
    offset: int
    limit: int
    strategies: list[NodeOut]
    at_year_precision: list[str] = Field([], description="In force only at year precision on that day")

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "example": {
                "date": "2014-06-01",
                "basis": "date",
                "total": 1,
                "offset": 0,
                "limit": 50,
                "strategies": [NODE_EXAMPLE],
                "at_year_precision": [],
            }
        },
    )


class SeriesOut(BaseModel):
    id: str
    iri: str
    label: str
    rule: str
    reason: str
    members: list[NodeOut]
    gaps: list[dict[str, Any]] = Field([], description="Stretches with no member in force")
    overlaps: list[dict[str, Any]] = Field([], description="Consecutive members in force together")
    edges: list[EdgeOut] = []


class SearchHitOut(Exact):
    id: str
    iri: str
    type: str = Field(..., description="Class: Framework, StatutoryGuidance, Board, LegislativeProvision, ...")
    kind: str = Field(..., description="strategy | guidance | legislation | organisation | post | ...")
    label: str
    score: float
    matched: str
    exact: bool


class SearchOut(Exact):
    query: str
    results: list[SearchHitOut]

    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "example": {
                "query": "working together",
                "results": [
                    {
                        "id": "working-together-to-improve-outcomes",
                        "type": "Framework",
                        "kind": "strategy",
                        "label": "Working Together to Improve Outcomes",
                        "score": 0.9,
                        "matched": "Working Together",
                        "exact": False,
                    },
                    {
                        "id": "working-together-to-safeguard-children-2013",
                        "type": "StatutoryGuidance",
                        "kind": "guidance",
                        "label": "Working Together to Safeguard Children",
                        "score": 0.8,
                        "matched": "Working Together",
                        "exact": False,
                    },
                ],
            }
        },
    )


class StatementOut(BaseModel):
    subject: str
    predicate: str
    object: str
    object_is_iri: bool
    evidence: list[EvidenceOut]


class ProvenanceOut(BaseModel):
    subject: str
    predicate: str | None
    object: str | None
    statements: list[StatementOut]

    model_config = ConfigDict(
        json_schema_extra={
            "example": {
                "subject": "http://localhost:8000/id/strategy/kent-county-council/working-together-to-improve-outcomes",
                "predicate": "https://w3id.org/strategy-lineage/def#supersedes",
                "object": None,
                "statements": [
                    {
                        "subject": "http://localhost:8000/id/strategy/kent-county-council/working-together-to-improve-outcomes",
                        "predicate": "https://w3id.org/strategy-lineage/def#supersedes",
                        "object": EDM,
                        "object_is_iri": True,
                        "evidence": [
                            {
                                "source": "002_7e30c0936a50fbe4",
                                "quote": "‘Working Together to \nImprove Outcomes’ to replace Every Day Matters as",
                                "start": 127,
                                "end": 198,
                                "rule": "supersession-replace",
                                "derivation": "stated",
                                "iri": "http://localhost:8000/graph/source/002_7e30c0936a50fbe4/evidence/5a1c...",
                            }
                        ],
                    }
                ],
            }
        }
    )


class SourceOut(BaseModel):
    id: str
    iri: str
    graph: str = Field(..., description="The named graph holding everything this source contributed")
    kind: str = Field(
        ...,
        description="The sl: class of the source: one per document kind (ForwardPlanEntry, "
        "DecisionRecord, IssueMeetingsPage, CommitteeReport, GeneralDocument, ...) or CuratedSource",
    )
    file_name: str
    sha256: str
    loaded_at: str
    title: str | None
    quads: int
    facts: int = Field(..., description="Evidenced statements")
    media_type: str | None = Field(
        None, description="Media type of the original file (text/plain, application/pdf, ...)"
    )
    byte_size: int | None = Field(None, description="Size of the original file in bytes")
    page_count: int | None = Field(None, description="Pages of the original file (PDF)")
    original: str | None = Field(None, description="Where the original file is served (/sources/{id}/original)")

    model_config = ConfigDict(
        json_schema_extra={
            "example": {
                "id": "002_7e30c0936a50fbe4",
                "iri": "http://localhost:8000/id/source/002_7e30c0936a50fbe4",
                "graph": "http://localhost:8000/graph/source/002_7e30c0936a50fbe4",
                "kind": "CommitteeReport",
                "file_name": "002_7e30c0936a50fbe4.txt",
                "sha256": "…",
                "loaded_at": "2026-11-22T16:01:35Z",
                "title": "Working Together to Improve Outcomes: Kent Children and Young People's Framework 2016-2019",
                "quads": 2340,
                "facts": 107,
            }
        }
    )


class SourceDetailOut(SourceOut):
    by_predicate: dict[str, int] = Field({}, description="How many statements of each predicate it contributed")
    statements: list[StatementOut] = []
    text: str | None = Field(None, description="Full text (with ?text=true)")
    spans: list[dict[str, Any]] = Field([], description="Quoted passages: start, end, quote, statements")
    html: str | None = Field(None, description="Text with every quoted span wrapped in <mark> (with ?highlight=true)")


class WriteOut(BaseModel):
    action: str = Field(..., description="load | withdraw")
    source: str
    status: str | None = Field(None, description="For loads: loaded | reloaded | unchanged")
    who: str = Field(..., description="Holder of the bearer token (see STRATEGY_LINEAGE_TOKEN)")
    at: str
    version: int = Field(..., description="Graph version after the write")
    facts: int | None = None
    warnings: list[str] = Field(
        default_factory=list,
        description="For loads: what the reader could not find "
        "(a text with nothing recognised loads with zero facts and a warning)",
    )

    model_config = ConfigDict(
        json_schema_extra={
            "example": {
                "action": "withdraw",
                "source": "004_e00e668bf0bcf141",
                "who": "alice",
                "at": "2026-11-22T16:01:56+00:00",
                "version": 9,
            }
        }
    )


class ConflictSideOut(Exact):
    value: str = Field(..., description="The value this side states (a date, a title, ...)")
    subject: str = Field(..., description="IRI the statement is about (the strategy, or one of its events)")
    label: str = Field(..., description="The side in words: 'Adopted in April 2013'")
    sources: list[str]
    evidence: list[EvidenceOut]


class ConflictOut(Exact):
    rule: str = Field(..., description="differing-values | adopted-before-governance")
    subject: str
    subject_id: str
    predicate: str = Field(..., description="IRI of the predicate in dispute")
    summary: str = Field(..., description="One plain sentence")
    sides: list[ConflictSideOut]


class ConflictsOut(Exact):
    conflicts: list[ConflictOut]


class CitationOut(Exact):
    strategy: NodeOut
    provision: str = Field(..., description="IRI actually cited (the provision itself or a part of it)")
    predicate: str = Field(..., description="basedOn | cites")
    inferred: bool
    evidence: list[EvidenceOut]


class LegislationOut(Exact):
    iri: str
    id: str = Field(..., description="legislation.gov.uk path, e.g. ukpga/2004/31/section/10")
    label: str
    type: str = Field(..., description="Legislation | LegislativeProvision")
    part_of: str | None = Field(..., description="IRI of the Act a provision belongs to")
    parts: list[str] = Field(..., description="IRIs of the provisions of it that are cited")
    citations: list[CitationOut]


class OrganisationEventOut(Exact):
    iri: str
    date: str | None
    role: Literal["acted", "was asked"]
    strategy: str = Field(..., description="Id of the strategy the event concerns")
    strategy_title: str
    types: list[str] = Field(..., description="Most specific event classes: Adoption, ApprovalRequest, ...")


class OrganisationStrategyOut(Exact):
    id: str
    title: str
    role: str = Field(..., description="developed | commissioned | published | ...")


class OrganisationOut(Exact):
    iri: str
    id: str
    label: str
    types: list[str]
    part_of: list[str] = Field(..., description="IRIs of the bodies it is part of (or the post's body)")
    events: list[OrganisationEventOut] = Field(..., description="Events it acted in or was asked to act in")
    strategies: list[OrganisationStrategyOut]


class DescribedOut(Exact):
    """Any other entity: its evidenced statements."""

    iri: str
    id: str
    statements: list[StatementOut]
    types: list[str]


# What /id/... and /graph/... answer as JSON: the API's own view of the entity.
EntityOut = StrategyOut | OrganisationOut | SourceDetailOut | DescribedOut


class HealthOut(Exact):
    status: Literal["ok"]


# The change feed (JSON Feed 1.1, https://jsonfeed.org/version/1.1, with one extension object).
class FeedAuthorOut(Exact):
    name: str


class FeedAttachmentOut(Exact):
    url: str
    mime_type: str
    size_in_bytes: int | None
    title: str


class FeedChangeOut(Exact):
    action: str = Field(..., description="loaded | reloaded | withdrawn")
    source: str
    source_iri: str
    sha256: str | None
    graph_version: int | None


class FeedItemOut(Exact):
    id: str
    title: str
    content_text: str
    date_published: str
    change: FeedChangeOut = Field(..., alias="_strategy_lineage")
    authors: list[FeedAuthorOut] | None = None
    url: str | None = None
    attachments: list[FeedAttachmentOut] | None = None


class FeedPageOut(Exact):
    page: int
    pages: int
    links: dict[str, str] = Field(..., description="self, first, last, and previous/next where they exist")


class ChangeFeedOut(Exact):
    version: str
    title: str
    home_page_url: str
    feed_url: str
    items: list[FeedItemOut]
    paging: FeedPageOut = Field(..., alias="_strategy_lineage")
    next_url: str | None = None


class Problem(BaseModel):
    type: str
    title: str
    status: int
    detail: str
    instance: str | None = None
    candidates: list[Any] | None = None


# FastAPI's `responses=` tables: status -> OpenAPI response object.
ResponseDocs = dict[int | str, dict[str, Any]]

PROBLEMS: ResponseDocs = {
    404: {
        "model": Problem,
        "description": "Unknown id (problem+json, with the nearest candidates)",
        "content": {"application/problem+json": {}},
    },
    422: {
        "model": Problem,
        "description": "Invalid parameter (problem+json)",
        "content": {"application/problem+json": {}},
    },
}
AMBIGUOUS: ResponseDocs = {409: {"model": Problem, "description": "The name matches several things (problem+json)"}}
