"""The facts the five seed documents must yield, each with its quote found at its offsets."""

from __future__ import annotations

from graph.store import Store
from tests.loaders.evidence import ID, assert_evidenced, evidence

WT = "strategy/kent-county-council/working-together-to-improve-outcomes"
EDM = "strategy/kent-county-council/every-day-matters"
CYPP08 = "strategy/kent-county-council/kent-children-and-young-peoples-plan-2008-2011"
CYPP06 = "strategy/kent-county-council/kent-children-and-young-peoples-plan-2006-2008"
ACT = "http://www.legislation.gov.uk/id/ukpga/2004/31"
S10 = ACT + "/section/10"
DECISION = "decision/kent-county-council/16-00116"


def test_working_together_supersedes_every_day_matters(seed_store: Store) -> None:
    assert_evidenced(seed_store, WT, "sl:supersedes", EDM, source="002", quote="to replace Every Day Matters as")
    # Materialised in the standard vocabulary, with the same quote.
    assert_evidenced(seed_store, WT, "dcterms:replaces", EDM, source="002", quote="to replace Every Day Matters")
    assert_evidenced(seed_store, EDM, "dcterms:isReplacedBy", WT, source="002", quote="to replace Every Day Matters")


def test_full_titles_and_periods(seed_store: Store) -> None:
    assert_evidenced(
        seed_store,
        WT,
        "dcterms:title",
        '"Working Together to Improve Outcomes: Kent Children and Young People\'s Framework 2016-2019"',
        source="001",
        quote="Kent Children and Young People's Framework 2016 - 2019",
    )
    assert_evidenced(seed_store, WT, "sl:validFrom", '"2016"^^xsd:gYear', source="000", quote="2016 – 2019")
    assert_evidenced(
        seed_store,
        EDM,
        "dcterms:title",
        '"Every Day Matters: Kent\'s Multiagency Strategic Plan for Children and Young People 2013-2016"',
        source="004",
        quote="Every Day Matters: Kent's Multiagency Strategic Plan for Children and Young People 2013-2016",
    )
    assert_evidenced(
        seed_store,
        CYPP08,
        "dcterms:alternative",
        '"Positive about our Future"',
        source="003",
        quote="Plan 2008-2011 – Positive about our Future",
    )
    assert_evidenced(
        seed_store,
        CYPP08,
        "dcterms:alternative",
        '"CYPP"',
        source="003",
        quote="Children and Young People's Plan (CYPP)",
    )


def test_one_title_per_strategy_across_sources(seed_store: Store) -> None:
    rows = seed_store.select("""
        SELECT ?s (COUNT(DISTINCT ?t) AS ?n) WHERE { ?s a sl:Strategy ; dcterms:title ?t }
        GROUP BY ?s HAVING (?n > 1)""")
    assert rows == []


def test_2008_plan_is_a_revision_of_the_2006_plan(seed_store: Store) -> None:
    assert_evidenced(seed_store, CYPP08, "sl:isRevisionOf", CYPP06, source="003", quote="2006-2008 has been updated")
    assert_evidenced(seed_store, CYPP08, "prov:wasRevisionOf", CYPP06, source="003", quote="has been updated")


def test_2008_plan_partially_supersedes_statutory_plans(seed_store: Store) -> None:
    for plan in ("education-development-plan", "behaviour-support-plan", "early-years-and-childcare-plan"):
        found = assert_evidenced(
            seed_store,
            CYPP08,
            "sl:partiallySupersedes",
            f"strategy/kent-county-council/{plan}",
            source="003",
            quote="replaces most of the previous statutory children's services plans",
        )
        assert found.rule == "partial-supersession"
        assert seed_store.query(f"ASK {{ <{ID}strategy/kent-county-council/{plan}> a sl:StatutoryPlan }}")


def test_every_day_matters_development_and_governance(seed_store: Store) -> None:
    assert_evidenced(
        seed_store,
        EDM,
        "sl:developmentPeriod",
        '"late 2012"',
        source="002",
        quote="developed in late 2012 from Kent's Children's Services Peer Review",
    )
    adoption = f"{EDM}/event/adoption-2013-04"
    assert_evidenced(
        seed_store,
        adoption,
        "sl:date",
        '"2013-04"^^xsd:gYearMonth',
        source="002",
        quote="adopted and rolled out in April 2013",
    )
    considered = f"{EDM}/event/consideration-2013-03-27"
    assert_evidenced(
        seed_store,
        considered,
        "prov:wasAssociatedWith",
        "organisation/kent-county-council/shadow-health-and-wellbeing-board",
        source="004",
        quote="considered by the then Shadow Health and Wellbeing Board on 27 March 2013",
    )
    endorsement = f"{EDM}/event/endorsementrequest-2013-05-29"
    assert_evidenced(
        seed_store,
        endorsement,
        "sl:requestedOf",
        "organisation/kent-county-council/kent-health-and-wellbeing-board",
        source="004",
        quote="requested to endorse the Plan as co-signatory",
    )
    assert_evidenced(
        seed_store,
        f"{EDM}/event/approvalrequest-2013-05-30",
        "sl:requestedOf",
        "organisation/kent-county-council/kent-children-and-young-peoples-joint-commissioning-board",
        source="004",
        quote="at its meeting on 30 May 2013",
    )
    assert_evidenced(
        seed_store,
        EDM,
        "sl:commissionedBy",
        "organisation/kent-county-council/kent-children-and-young-peoples-joint-commissioning-board",
        source="004",
        quote="commissioned by the Kent Children and Young People's Joint Commissioning Board",
    )
    guidance = "guidance/working-together-to-safeguard-children-2013"
    assert_evidenced(
        seed_store,
        EDM,
        "sl:informedBy",
        guidance,
        source="004",
        quote="informed by 'Working Together to Safeguard Children",
    )
    assert_evidenced(
        seed_store,
        guidance,
        "dcterms:publisher",
        "organisation/department-for-education",
        source="004",
        quote="published by Department for Education in March 2013",
    )


def test_requests_are_not_outcomes(seed_store: Store) -> None:
    """A report that asks for approval records a request; only the minutes record an endorsement."""
    assert seed_store.query(
        f"ASK {{ ?e a sl:ApprovalRequest ; sl:concerns <{ID}{CYPP08}> ; sl:date '2008-10-16'^^xsd:date }}"
    )
    assert not seed_store.query(f"ASK {{ ?e a sl:Approval ; sl:concerns <{ID}{CYPP08}> }}")


def test_working_together_governance(seed_store: Store) -> None:
    assert_evidenced(
        seed_store,
        WT,
        "sl:developedBy",
        "organisation/kent-county-council/0-25-health-and-wellbeing-board",
        source="002",
        quote="0-25 Health and Wellbeing Board has led the development",
    )
    approval = f"{WT}/event/approval-0-25-health-and-wellbeing-board"
    assert_evidenced(
        seed_store,
        approval,
        "prov:wasAssociatedWith",
        "organisation/kent-county-council/0-25-health-and-wellbeing-board",
        source="002",
        quote="had the approval of the 0-25 Health and Wellbeing Board",
    )
    endorsement = f"{WT}/event/endorsement-2016-11-10"
    assert_evidenced(
        seed_store,
        endorsement,
        "prov:wasAssociatedWith",
        "organisation/kent-county-council/childrens-social-care-and-health-cabinet-committee",
        source="001",
        quote="RESOLVED that the decision proposed to be taken",
    )
    assert_evidenced(seed_store, endorsement, "sl:agendaItem", '"180"', source="001", quote="(Item 180)")
    assert_evidenced(
        seed_store,
        DECISION,
        "prov:wasAssociatedWith",
        "post/kent-county-council/cabinet-member-for-specialist-childrens-services",
        source="001",
        quote="taken by the Cabinet Member for Specialist Children’s Services to adopt",
    )
    for predicate, value, quote in [
        ("sl:decisionType", '"Key"', "Decision type: Key"),
        (
            "sl:keyDecisionReason",
            '"Affects more than two Electoral Divisions"',
            "Affects more than two Electoral Divisions",
        ),
        ("sl:decisionStatus", '"Recommendations Approved"', "Decision status: Recommendations Approved"),
        ("sl:noticePublished", '"2016-11-02"^^xsd:date', "first published: 02/11/2016"),
        (
            "sl:department",
            "organisation/kent-county-council/social-care-health-and-wellbeing",
            "Department: Social Care, Health & Wellbeing",
        ),
    ]:
        assert_evidenced(seed_store, DECISION, predicate, value, source="000", quote=quote)
    assert_evidenced(seed_store, WT, "sl:outcomeCount", '"4"^^xsd:integer', source="002", quote="four outcomes")
    assert_evidenced(
        seed_store, WT, "sl:indicatorCount", '"17"^^xsd:integer', source="002", quote="seventeen indicators"
    )
    assert_evidenced(
        seed_store, WT, "sl:indicatorCount", '"17"^^xsd:integer', source="001", quote="set of 17 indicators"
    )
    outcomes = seed_store.select(f"SELECT ?label WHERE {{ <{ID}{WT}> sl:hasOutcome/skos:prefLabel ?label }}")
    assert {r["label"].value for r in outcomes} == {
        "Grow up in safe families and communities",
        "Have good physical, mental and emotional health",
        "Learn and have opportunities to achieve throughout their lives",
        "Make safe and positive decisions",
    }
    assert_evidenced(
        seed_store,
        "organisation/kent-county-council/local-childrens-partnership-groups",
        "sl:memberCount",
        '"12"^^xsd:integer',
        source="001",
        quote="There were 12 LCPGs across the county",
    )


def test_2008_plan_governance_and_partnerships(seed_store: Store) -> None:
    assert_evidenced(
        seed_store,
        f"{CYPP08}/event/agreement-2008-09-11",
        "prov:wasAssociatedWith",
        "organisation/kent-county-council/kent-childrens-trust-board",
        source="003",
        quote="agreed by the Kent Children's Trust Board on the 11<sup>th</sup> September 2008",
    )
    assert_evidenced(
        seed_store,
        f"{CYPP08}/event/approvalrequest-2008-10-16",
        "sl:requestedOf",
        "organisation/kent-county-council",
        source="003",
        quote="seeks formal approval",
    )
    assert_evidenced(
        seed_store,
        "organisation/kent-county-council/local-childrens-services-partnerships",
        "sl:memberCount",
        '"23"^^xsd:integer',
        source="003",
        quote="underpinned by the 23 Local Children's Services Partnership",
    )


def test_legal_basis(seed_store: Store) -> None:
    assert_evidenced(seed_store, WT, "sl:basedOn", ACT, source="000", quote="Under the Children’s Act 2004")
    assert_evidenced(seed_store, CYPP08, "sl:basedOn", ACT, source="003", quote="provides the legislative foundation")
    assert_evidenced(seed_store, EDM, "sl:cites", S10, source="004", quote="section 10 of the Children Act 2004")
    inferred = assert_evidenced(
        seed_store,
        WT,
        "sl:cites",
        S10,
        source="002",
        derivation="Inferred",
        quote="duty to ensure that partner organisations in Kent co-operate",
    )
    assert inferred.rule == "section-10-cooperation-duty"
    assert seed_store.query(
        f"ASK {{ <{S10}> dcterms:title 'Co-operation to improve well-being' ; eli:is_part_of <{ACT}> }}"
    )


def test_disagreeing_sources_are_both_kept(seed_store: Store) -> None:
    """Every Day Matters 'adopted in April 2013' (002) vs a final draft still going to boards in May 2013 (004)."""
    rows = seed_store.select(f"""
        SELECT ?event ?class ?date ?source WHERE {{
          ?event sl:concerns <{ID}{EDM}> ; a ?class ; sl:date ?date .
          ?e rdf:subject ?event ; rdf:predicate sl:date ; dcterms:source/dcterms:identifier ?source .
          FILTER(?class IN (sl:Adoption, sl:ApprovalRequest))
        }}""")
    found = {(r["class"].value.rsplit("#")[-1], r["date"].value, r["source"].value[:3]) for r in rows}
    assert ("Adoption", "2013-04", "002") in found
    assert ("ApprovalRequest", "2013-05-30", "004") in found


def test_different_things_with_similar_names_stay_apart(seed_store: Store) -> None:
    rows = seed_store.select("""SELECT ?s ?type WHERE { ?s dcterms:title ?t ; a ?type .
        FILTER(STRSTARTS(?t, "Working Together") && ?type IN (sl:Strategy, sl:StatutoryGuidance)) }""")
    kinds = {(r["s"].value.split("/id/")[1], r["type"].value.rsplit("#")[-1]) for r in rows}
    assert kinds == {
        ("strategy/kent-county-council/working-together-to-improve-outcomes", "Strategy"),
        ("guidance/working-together-to-safeguard-children-2013", "StatutoryGuidance"),
    }


def test_curated_facts_are_marked_as_curated(seed_store: Store) -> None:
    found = evidence(seed_store, CYPP06, "sl:basedOn", ACT)
    assert [(e.source_id, e.derivation, e.rule) for e in found] == [
        ("kent-cypp-legal-basis", "Curated", "curated-assertion")
    ]
    assert seed_store.query(f"""ASK {{ ?e rdf:subject <{ID}{CYPP06}> ; rdf:predicate sl:basedOn ;
        prov:wasAttributedTo "Strategy Lineage maintainers" ; sl:reason ?why ;
        dcterms:bibliographicCitation ?cite }}""")


def test_every_evidence_quote_is_at_its_offsets(seed_store: Store) -> None:
    rows = seed_store.select("""
        SELECT ?content ?exact ?start ?end WHERE {
          ?e a sl:Evidence ; dcterms:source ?doc ; oa:hasTarget/oa:hasSelector ?q, ?p .
          ?doc sl:content ?content . ?q oa:exact ?exact . ?p oa:start ?start ; oa:end ?end .
        }""")
    assert len(rows) > 300
    for row in rows:
        start, end = int(row["start"].value), int(row["end"].value)
        assert row["content"].value[start:end] == row["exact"].value


def test_report_authors_hold_posts(seed_store: Store) -> None:
    """The post in 004's By: line is the same post that took decision 16/00116 in 2016."""
    assert_evidenced(
        seed_store,
        "person/kent-county-council/jenny-whittle",
        "org:holds",
        "post/kent-county-council/cabinet-member-for-specialist-childrens-services",
        source="004",
        quote="Jenny Whittle, Cabinet Member for Specialist Children's",
    )


def test_each_body_is_one_organisation(seed_store: Store) -> None:
    """However the documents write them ("the 0-25 HWBB", "the Kent Children's Trust board",
    "The Health and Wellbeing Board" in a report to it), bodies resolve to one IRI each."""
    rows = seed_store.select("SELECT DISTINCT ?label WHERE { ?o a org:Organization ; rdfs:label ?label }")
    assert {r["label"].value for r in rows} == {
        "0-25 Health and Wellbeing Board",
        "Children's Social Care and Health Cabinet Committee",
        "Kent Children and Young People's Joint Commissioning Board",
        "Kent Children's Trust Board",
        "Kent County Council",
        "Kent Health and Wellbeing Board",
        "Local Children's Partnership Groups",
        "Local Children's Services Partnerships",
        "Shadow Health and Wellbeing Board",
    }
