"""SHACL validation (graph/validate.py + shapes.ttl) on stores built from hand-made facts.

The facts quote the real seed texts in data/sources/, so offsets are checked against
real documents. One conformant store and one store with many distinct problems are
built once per module and validated once each; every test then asserts on one problem.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import replace

import pytest
from pyoxigraph import Literal, NamedNode, Quad
from typer.testing import CliRunner

from cli import app
from graph.ingest import load_paths
from graph.store import Store, memory_store, open_store
from graph.validate import ValidationReport, Violation, data_graph, validate_store
from loaders.facts import Fact, SourceExtraction, Span, to_quads
from strategy_lineage import vocab
from strategy_lineage.vocab import DCTERMS, OA, PROV, RDF, SL, TITLE, XSD, A
from tests.conftest import SOURCES

LOADED_AT = "2026-11-22T09:00:00+00:00"


def sl(local: str) -> NamedNode:
    return vocab.sl(local)


def typed(value: str, datatype: str) -> Literal:
    return Literal(value, datatype=NamedNode(XSD + datatype))


def strategy(name: str) -> NamedNode:
    return vocab.entity_iri("strategy", name)


def event(name: str) -> NamedNode:
    return vocab.entity_iri("event", name)


def org(name: str) -> NamedNode:
    return vocab.entity_iri("organisation", name)


WT = strategy("Working Together to Improve Outcomes")
EDM = strategy("Every Day Matters")
CYPP_2008 = strategy("Kent Children and Young People's Plan 2008-2011")
EDP = strategy("Education Development Plan")
KCC = org("Kent County Council")
HWBB = org("0-25 Health and Wellbeing Board")
CHILDREN_ACT = vocab.legislation_iri("ukpga", 2004, 31)
SECTION_10 = vocab.legislation_iri("ukpga", 2004, 31, "10")
PROV_ASSOCIATED = NamedNode(PROV + "wasAssociatedWith")


class Source:
    """Hand-made facts about one real seed file; spans are found by quoting the file."""

    def __init__(self, file_name: str, kind: str) -> None:
        raw = (SOURCES / file_name).read_bytes()
        self.extraction = SourceExtraction(
            source_id=file_name.split("_")[0],
            kind=kind,
            text=raw.decode("utf-8"),
            metadata={"file_name": file_name},
            sha256=hashlib.sha256(raw).hexdigest(),
        )

    def span(self, quote: str) -> Span:
        start = self.extraction.text.index(quote)
        return Span.of(self.extraction.text, start, start + len(quote))

    def fact(self, s: NamedNode, p: NamedNode, o, rule: str, quote: str, **kw) -> Fact:
        fact = Fact(s, p, o, rule, self.span(quote), **kw)
        self.extraction.facts.append(fact)
        return fact

    def strategy(
        self,
        iri: NamedNode,
        kind: str,
        title: str,
        quote: str,
        period: tuple[str, str | None] | None = None,
        period_quote: str = "",
    ) -> None:
        """Type, title and (gYear) period of a strategy, as a loader would state them."""
        self.fact(iri, A, sl(kind), "title-kind", quote)
        self.fact(iri, TITLE, Literal(title), "quoted-title", quote)
        if period:
            start, end = period
            self.fact(iri, sl("validFrom"), typed(start, "gYear"), "title-period", period_quote)
            if end:
                self.fact(iri, sl("validUntil"), typed(end, "gYear"), "title-period", period_quote)

    def event(
        self,
        iri: NamedNode,
        kinds: tuple[str, ...],
        concerns: NamedNode,
        quote: str,
        date: Literal | None = None,
        by: NamedNode | None = None,
    ) -> None:
        """A governance event; without a date it is stated as explicitly undated."""
        for kind in kinds:
            self.fact(iri, A, sl(kind), "event-phrase", quote)
        self.fact(iri, sl("concerns"), concerns, "event-phrase", quote)
        when = date if date is not None else typed("true", "boolean")
        self.fact(iri, sl("date") if date is not None else sl("undated"), when, "event-phrase", quote)
        if by is not None:
            self.fact(iri, PROV_ASSOCIATED, by, "event-phrase", quote)

    def quads(self) -> list[Quad]:
        return to_quads(self.extraction, LOADED_AT)


def report_002() -> Source:
    src = Source("002_7e30c0936a50fbe4.txt", "committee-report")
    src.strategy(
        WT,
        "Framework",
        "Working Together to Improve Outcomes: Kent Children and Young People's Framework 2016-2019",
        "Working Together to Improve Outcomes: Kent Children and Young People’s \nFramework 2016-2019",
        ("2016", "2019"),
        "2016-2019",
    )
    src.fact(WT, sl("supersedes"), EDM, "replace-phrase", "to replace Every Day Matters")
    src.fact(WT, sl("outcomeCount"), typed("4", "integer"), "count-phrase", "four outcomes")
    src.fact(WT, sl("developedBy"), HWBB, "led-development", "has led the \ndevelopment")
    src.fact(HWBB, A, sl("Board"), "body-kind", "0-25 Health and Wellbeing Board")
    src.event(
        event("approval of working together by the 0-25 hwbb"),
        ("Approval",),
        WT,
        "had the approval of the 0-25 Health and Wellbeing Board",
        by=HWBB,
    )
    src.event(
        event("adoption of every day matters"),
        ("Adoption",),
        EDM,
        "adopted and rolled out in April 2013",
        date=typed("2013-04", "gYearMonth"),
    )
    return src


def report_004() -> Source:
    src = Source("004_e00e668bf0bcf141.txt", "committee-report")
    src.strategy(
        EDM,
        "Plan",
        "Every Day Matters: Kent's Multiagency Strategic Plan for Children and Young People 2013-2016",
        "EVERY DAY MATTERS: KENT'S MULTIAGENCY",
        ("2013", "2016"),
        "2013-2016",
    )
    src.fact(EDM, sl("cites"), SECTION_10, "section-citation", "section 10 of the Children Act 2004")
    src.fact(SECTION_10, A, sl("LegislativeProvision"), "section-citation", "section 10 of the Children Act 2004")
    src.fact(
        SECTION_10,
        NamedNode(vocab.ELI + "is_part_of"),
        CHILDREN_ACT,
        "section-citation",
        "section 10 of the Children Act 2004",
    )
    src.fact(CHILDREN_ACT, A, sl("Legislation"), "section-citation", "Children Act 2004")
    return src


def report_003() -> Source:
    src = Source("003_e8b9a6c9523d440f.txt", "committee-report")
    src.strategy(
        CYPP_2008,
        "Plan",
        "Kent Children and Young People's Plan 2008-2011",
        "Children and Young People's Plan",
        ("2008", None),
        "2008",
    )
    src.strategy(EDP, "StatutoryPlan", "Education Development Plan", "Education Development Plan")
    src.fact(CYPP_2008, sl("partiallySupersedes"), EDP, "replaces-most-of", "replaces most of the previous statutory")
    request = event("approval request for the 2008 plan")
    src.event(
        request, ("ApprovalRequest",), CYPP_2008, "County Council – 16 October 2008", date=typed("2008-10-16", "date")
    )
    src.fact(request, sl("requestedOf"), KCC, "to-header", "County Council")
    src.fact(KCC, A, sl("Council"), "to-header", "County Council")
    return src


def curated_and_inferred() -> list[Quad]:
    """A curated fact (with its curator) and an inferred one in the inference graph."""
    src = Source("003_e8b9a6c9523d440f.txt", "curated")
    src.extraction.source_id = "curated-test"
    src.extraction.facts.append(
        Fact(
            CYPP_2008,
            sl("validUntil"),
            typed("2011", "gYear"),
            "curated-fact",
            derivation="curated",
            curator="A. Officer",
            asserted_at="2026-11-01",
            reason="the plan's own title gives 2008-2011",
        )
    )
    inferred = vocab.inference_graph()
    ev = NamedNode(inferred.value + "/evidence/edm-succeeds-cypp")
    triples = [
        (EDM, sl("succeeds"), CYPP_2008),
        (ev, A, sl("Evidence")),
        (ev, NamedNode(RDF + "subject"), EDM),
        (ev, NamedNode(RDF + "predicate"), sl("succeeds")),
        (ev, NamedNode(RDF + "object"), CYPP_2008),
        (ev, sl("derivation"), sl("Inferred")),
        (ev, sl("rule"), vocab.rule("consecutive-in-series")),
        (ev, sl("reason"), Literal("same publisher, same role, consecutive periods")),
    ]
    return src.quads() + [Quad(s, p, o, inferred) for s, p, o in triples]


def build_store(*sources: Source, extra: list[Quad] = ()) -> Store:
    store = memory_store()
    for src in sources:
        store.replace_graph(src.extraction.graph, src.quads())
    for graph in {q.graph_name for q in extra}:
        edit_graph(store, graph, add=[q for q in extra if q.graph_name == graph])
    return store


def edit_graph(store: Store, graph: NamedNode, add: Iterable[Quad] = (), remove: Iterable[Quad] = ()) -> None:
    """Corrupt a stored graph on purpose, through the store's own write path."""
    dropped = set(remove)
    store.replace_graph(graph, [q for q in store.quads(graph) if q not in dropped] + list(add))


@pytest.fixture(scope="module")
def good_report() -> ValidationReport:
    store = build_store(report_002(), report_004(), report_003(), extra=curated_and_inferred())
    return validate_store(store)


# --- the store with problems ------------------------------------------------------

TWO_TITLES = strategy("A strategy with two titles")
NO_PERIOD = strategy("A strategy without a period")
REVERSED = strategy("A strategy whose period ends before it starts")
CYCLE_A, CYCLE_B = strategy("Cycle plan A"), strategy("Cycle plan B")
UNEVIDENCED = strategy("A plan superseded without evidence")
GUIDANCE = vocab.entity_iri("guidance", "Working Together to Safeguard Children")
REQUEST_AS_OUTCOME = event("a request recorded as an approval")
UNDATED = event("an event with no date and no undated flag")
DECISION = event("decision without a reference")
BAD_OFFSETS_QUOTE = "to replace Every Day Matters"


def broken_sources() -> tuple[list[Source], list[Quad]]:
    src = Source("002_7e30c0936a50fbe4.txt", "committee-report")
    src.strategy(
        TWO_TITLES, "Framework", "Working Together to Improve Outcomes", "framework", ("2016", None), "2016-2019"
    )
    src.fact(TWO_TITLES, TITLE, Literal("Working Together"), "quoted-title", "Working Together to \nImprove Outcomes")
    src.strategy(NO_PERIOD, "Plan", "Every Day Matters", "Every Day \nMatters")
    src.strategy(REVERSED, "Framework", "Reversed", "framework", ("2019", "2016"), "2016-2019")
    for a, b in ((CYCLE_A, CYCLE_B), (CYCLE_B, CYCLE_A)):
        src.strategy(a, "Plan", a.value, "framework", ("2016", None), "2016-2019")
        src.fact(a, sl("supersedes"), b, "replace-phrase", BAD_OFFSETS_QUOTE)
    # A quote whose offsets are one character off, and one whose prefix is wrong.
    good = src.span(BAD_OFFSETS_QUOTE)
    src.extraction.facts.append(
        Fact(
            TWO_TITLES,
            sl("role"),
            Literal("partnership strategy"),
            "role-phrase",
            replace(good, start=good.start + 1, end=good.end + 1),
        )
    )
    src.extraction.facts.append(
        Fact(
            TWO_TITLES, sl("status"), Literal("draft"), "status-phrase", replace(good, prefix="not the text before it")
        )
    )
    src.fact(GUIDANCE, A, sl("StatutoryGuidance"), "guidance", "Working Together")
    src.fact(GUIDANCE, A, sl("Framework"), "guidance", "Working Together")
    src.event(REQUEST_AS_OUTCOME, ("ApprovalRequest", "Approval"), TWO_TITLES, "seeking endorsement")
    src.fact(UNDATED, A, sl("Endorsement"), "endorse", "ENDORSE")
    src.fact(UNDATED, sl("concerns"), TWO_TITLES, "endorse", "ENDORSE")
    src.event(DECISION, ("Decision",), TWO_TITLES, "proposed decision", date=typed("2016-11-02", "date"))
    # A curated fact without curator or date.
    src.extraction.facts.append(
        Fact(TWO_TITLES, sl("developmentPeriod"), Literal("2015"), "curated-fact", derivation="curated")
    )
    graph = src.extraction.graph
    bare = [
        # A supersession, and a statement, with no evidence at all.
        Quad(UNEVIDENCED, sl("supersedes"), EDM, graph),
        Quad(UNEVIDENCED, A, sl("Plan"), graph),
    ]
    # The second source gives the 2016 framework another start year: kept, but a warning.
    other = report_002()
    other.extraction.source_id = "other"
    other.fact(WT, sl("validFrom"), typed("2015", "gYear"), "title-period", "In 2015")
    return [src, other, report_004()], bare


@pytest.fixture(scope="module")
def broken_report() -> ValidationReport:
    sources, bare = broken_sources()
    store = build_store(*sources, extra=bare)
    # Evidence whose statement is missing: drop one supported triple from the store.
    graph = sources[1].extraction.graph
    edit_graph(store, graph, remove=[Quad(WT, sl("outcomeCount"), typed("4", "integer"), graph)])
    # A character count that does not match the stored text.
    doc = sources[2].extraction.iri
    count = sl("characterCount")
    graph = sources[2].extraction.graph
    stated = [q for q in store.quads(graph) if q.subject == doc and q.predicate == count]
    edit_graph(store, graph, add=[Quad(doc, count, typed("12", "integer"), graph)], remove=stated)
    return validate_store(store)


def results(
    report: ValidationReport, focus: NamedNode, path: str | None = None, severity: str = "Violation"
) -> list[Violation]:
    return [
        v
        for v in report.violations
        if v.focus_node == focus.value and v.severity == severity and (path is None or v.path == path)
    ]


def messages(found: list[Violation]) -> str:
    return " | ".join(v.message for v in found)


# --- tests -------------------------------------------------------------------------


def test_correct_graph_conforms(good_report):
    assert good_report.conforms, good_report.text
    assert good_report.violations == []
    assert good_report.text.splitlines()[0].endswith("conforms to shapes.ttl: 0 violation(s), 0 warning(s)")


def test_broken_graph_does_not_conform(broken_report):
    assert not broken_report.conforms
    assert "does NOT conform" in broken_report.text


def test_two_titles_reported(broken_report):
    found = results(broken_report, TWO_TITLES, DCTERMS + "title")
    assert "at most one title" in messages(found)


def test_supersession_without_evidence_reported(broken_report):
    found = results(broken_report, UNEVIDENCED, SL + "supersedes")
    assert len(found) == 1 and "no sl:Evidence supports this supersession" in found[0].message
    assert found[0].value == EDM.value
    # Any other statement without evidence is reported too.
    assert "no sl:Evidence supports this statement" in messages(results(broken_report, UNEVIDENCED, RDF + "type"))


def test_quote_at_wrong_offsets_reported(broken_report):
    quote_errors = [v for v in broken_report.violations if v.path == OA + "exact"]
    assert len(quote_errors) == 1
    error = quote_errors[0]
    assert error.focus_node == vocab.source_iri("002").value  # the document whose text disagrees
    assert "/graph/source/002/evidence/" in error.value  # the evidence that is wrong
    # The message shows the quote and what the offsets really point at: the quote shifted by one.
    assert f'quotes "{BAD_OFFSETS_QUOTE}"' in error.message
    assert f'which hold "{BAD_OFFSETS_QUOTE[1:]} "' in error.message


def test_wrong_quote_context_reported(broken_report):
    found = [v.message for v in broken_report.violations if v.path == OA + "prefix"]
    assert any('the prefix of its quote, "not the text before it", is not the text next to it' in m for m in found)


def test_missing_period_reported_but_statutory_plans_exempt(broken_report, good_report):
    # A warning, not a violation: councils often name a plan without its period.
    assert "has a period" in messages(results(broken_report, NO_PERIOD, severity="Warning"))
    # The Education Development Plan (a statutory plan, no period in any source) is fine.
    assert results(good_report, EDP) == []


def test_reversed_period_reported(broken_report):
    found = results(broken_report, REVERSED, SL + "validFrom")
    assert "starts (2019) after it ends (2016)" in messages(found)


def test_supersession_cycle_reported(broken_report):
    for node in (CYCLE_A, CYCLE_B):
        assert "circular" in messages(results(broken_report, node))


def test_request_is_not_an_outcome(broken_report):
    assert "a request is not an outcome" in messages(results(broken_report, REQUEST_AS_OUTCOME))


def test_statutory_guidance_is_not_a_strategy(broken_report):
    assert "statutory guidance is not a strategy" in messages(results(broken_report, GUIDANCE))


def test_event_without_date_or_undated_flag_reported(broken_report):
    assert "has a date (sl:date) or a source saying it gives none" in messages(results(broken_report, UNDATED))


def test_decision_without_reference_reported(broken_report):
    found = results(broken_report, DECISION, SL + "decisionReference")
    assert "exactly one reference" in messages(found)


def test_curated_fact_without_curator_reported(broken_report):
    curated = [v for v in broken_report.violations if "curated fact says who asserted it" in v.message]
    assert len(curated) == 1
    assert curated[0].focus_node == SL + "Curated" and "/graph/source/002/evidence/" in curated[0].value
    # Its missing reason is only a warning.
    assert "should say why" in messages(results(broken_report, sl("Curated"), severity="Warning"))


def test_evidence_for_missing_statement_reported(broken_report):
    found = [v for v in broken_report.violations if "is not in the graph" in v.message]
    assert len(found) == 1 and "/graph/source/other/evidence/" in found[0].focus_node


def test_character_count_mismatch_reported(broken_report):
    found = [v for v in broken_report.violations if v.path == SL + "characterCount"]
    assert (
        len(found) == 1
        and f"the text has {(SOURCES / '004_e00e668bf0bcf141.txt').read_text().__len__()}" in found[0].message
    )


def test_disagreeing_sources_are_a_warning_not_a_violation(broken_report):
    warnings = results(broken_report, WT, SL + "validFrom", severity="Warning")
    assert "more than one start" in messages(warnings)
    assert results(broken_report, WT, SL + "validFrom") == []


def test_report_text_names_each_problem_once_per_line(broken_report):
    lines = broken_report.text.splitlines()
    assert len(lines) == 1 + len(broken_report.violations)
    assert any(line.startswith("Violation: ") and "sl:supersedes" in line for line in lines)


def test_data_graph_is_the_union_of_source_and_inferred_graphs():
    store = build_store(report_004(), extra=curated_and_inferred())
    store.append_meta([(KCC, sl("graphVersion"), typed("7", "integer"))])
    graph = data_graph(store)
    subjects = {str(s) for s in graph.subjects()}
    assert EDM.value in subjects  # a source graph
    assert f"{vocab.inference_graph().value}/evidence/edm-succeeds-cypp" in subjects  # the inferred graph
    assert KCC.value not in subjects  # the meta graph is bookkeeping, not data


def test_unknown_inference_mode_is_refused():
    with pytest.raises(ValueError, match="unknown inference mode 'owl'"):
        validate_store(memory_store(), inference="owl")


def test_rdfs_entailment_does_not_create_false_violations():
    store = build_store(report_002(), report_004(), report_003(), extra=curated_and_inferred())
    report = validate_store(store, inference="rdfs")
    assert report.conforms, report.text


# --- the real seed graph --------------------------------------------------------------


def test_seed_graph_conforms(store):  # the bundled data/ in each engine (tests/conftest.py)
    report = validate_store(store)
    assert report.triples > 1000
    assert report.conforms, report.text


def test_cli_validate_exits_non_zero_on_violations(tmp_path):
    path = tmp_path / "store"
    store = open_store(path)
    for src in (report_002(), report_004()):
        store.replace_graph(src.extraction.graph, src.quads())
    runner = CliRunner()
    store.flush()
    del store  # release the database for the command
    assert runner.invoke(app, ["validate", "--store", str(path)]).exit_code == 0

    store = open_store(path)
    graph = report_004().extraction.graph
    edit_graph(store, graph, add=[Quad(EDM, sl("supersedes"), WT, graph)])
    store.flush()
    del store
    result = runner.invoke(app, ["validate", "--store", str(path)])
    assert result.exit_code == 1
    assert "does NOT conform" in result.output
    assert "sl:supersedes: no sl:Evidence supports this supersession" in result.output


def test_each_seed_alone_conforms(tmp_path):
    """A document that names a plan only in passing, and a publisher given by metadata, still conform."""
    for source in sorted(SOURCES.glob("*.txt")):
        store = open_store(tmp_path / source.stem)
        load_paths(store, [source])
        report = validate_store(store)
        assert report.conforms, f"{source.name}: {report.text}"
