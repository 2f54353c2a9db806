"""Which plan replaces, revises, refreshes, succeeds or extends which, read from the cue lexicon.

Every document here is invented (councils and plans alike), written in wordings other than the
ones the rules were developed against. Each relation is checked with its direction, rule,
derivation, modality and the quote found at its offsets in the file as stored.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from loaders.extract import extract
from loaders.facts import Fact, SourceExtraction
from strategy_lineage import vocab

TITLE = vocab.DCTERMS + "title"
ALT_LABEL = vocab.SKOS + "altLabel"
LINEAGE = {"supersedes", "partiallySupersedes", "isRevisionOf", "isRefreshOf", "isSuccessorOf", "extendedUntil"}


@dataclass(frozen=True)
class Read:
    extraction: SourceExtraction

    @property
    def titles(self) -> dict[str, str]:
        """Each plan's title, else (a title missing the publisher's place is a label) its key's form."""
        keyed = {f.subject.value: f.object.value for f in self.extraction.facts if f.predicate.value == ALT_LABEL}
        return keyed | {f.subject.value: f.object.value for f in self.extraction.facts if f.predicate.value == TITLE}

    def strategies(self) -> set[str]:
        typed = {
            f.subject.value
            for f in self.extraction.facts
            if f.predicate.value.endswith("#type") and f.object.value == vocab.SL + "Strategy"
        }
        return {self.titles.get(iri, iri) for iri in typed}

    def relations(self) -> list[tuple[str, str, str]]:
        """(newer title, relation, older title or value) of every lineage fact a lineage rule states."""
        return [
            (
                self.titles.get(f.subject.value, f.subject.value),
                f.predicate.value.removeprefix(vocab.SL),
                self.titles.get(f.object.value, f.object.value),
            )
            for f in self._lineage()
        ]

    def fact(self, newer: str, relation: str, older: str) -> Fact:
        for f in self._lineage():
            found = (
                self.titles.get(f.subject.value),
                f.predicate.value.removeprefix(vocab.SL),
                self.titles.get(f.object.value, f.object.value),
            )
            if found == (newer, relation, older):
                return f
        raise AssertionError(f"no {newer!r} {relation} {older!r} in {self.relations()}")

    def said_of(self, title: str) -> dict[str, str]:
        """What the facts say of the plan titled ``title`` apart from its type, title and sources: its period
        (``validFrom``, ``validUntil``) and the year it was issued, by local name."""
        iris = {iri for iri, t in self.titles.items() if t == title}
        wanted = {"validFrom", "validUntil", "issued"}
        return {
            f.predicate.value.rsplit("/", 1)[-1].rsplit("#", 1)[-1]: f.object.value
            for f in self.extraction.facts
            if f.subject.value in iris and f.predicate.value.rsplit("/", 1)[-1].rsplit("#", 1)[-1] in wanted
        }

    def _lineage(self) -> list[Fact]:
        return [
            f
            for f in self.extraction.facts
            if f.rule != "ontology-alignment" and f.predicate.value.removeprefix(vocab.SL) in LINEAGE
        ]


def read(tmp_path: Path, text: str, publisher: str, name: str = "doc") -> Read:
    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    path.with_suffix(".toml").write_text(f'publisher = "{publisher}"\n', encoding="utf-8")
    return Read(extract(path))


def assert_quoted(doc: Read, fact: Fact, *words: str) -> None:
    """The quote is the file's text at its offsets, and says what the fact rests on."""
    span = fact.span
    assert span is not None
    assert doc.extraction.text[span.start : span.end] == span.exact
    for word in words:
        assert word in span.exact, (word, span.exact)


# --- replace and supersede: active, future, relative, nominal, passive ----------------------------


def test_active_replaces(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Purpose:\nThe Greenvale Play Strategy 2022-2026 replaces the Play Strategy 2017-2021 "
        "and sets out where new play areas will go.\n",
        "Greenvale Borough Council",
    )
    fact = doc.fact("Greenvale Play Strategy 2022-2026", "supersedes", "Greenvale Play Strategy 2017-2021")
    assert (fact.rule, fact.derivation, fact.modality) == ("supersession-replace", "stated", None)
    assert_quoted(doc, fact, "replaces the Play Strategy 2017-2021")


def test_a_replacement_on_a_condition_is_recorded_with_its_modality(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "The Northmoor Leisure Strategy 2024-2028 will replace the Leisure Strategy 2019-2023 "
        "once approved by full Council in July.\n",
        "Northmoor County Council",
    )
    fact = doc.fact("Northmoor Leisure Strategy 2024-2028", "supersedes", "Northmoor Leisure Strategy 2019-2023")
    assert fact.modality == "Conditional"
    assert_quoted(doc, fact, "will replace", "once approved")


def test_would_replace_the_previous_named_plan_is_a_proposal(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Officers described how the new Digital Strategy would replace the previous Digital "
        "Inclusion Plan, which ran out last year.\n",
        "Eastwick District Council",
    )
    fact = doc.fact("Digital Strategy", "supersedes", "Digital Inclusion Plan")
    assert fact.modality == "Proposed"
    assert_quoted(doc, fact, "would replace the previous Digital Inclusion Plan")


@pytest.mark.parametrize(
    "sentence",
    [
        "The Fenwold Parking Strategy 2025-2030 will shortly replace the Parking Strategy 2020-2025.",
        "The Fenwold Parking Strategy 2020-2025 is due to be superseded by the Parking Strategy 2025-2030.",
        "The Fenwold Parking Strategy 2025-2030 will supersede the Parking Strategy 2020-2025 next spring.",
    ],
)
def test_a_replacement_still_to_come_is_a_proposal(tmp_path: Path, sentence: str) -> None:
    doc = read(tmp_path, f"Transport Committee, 2 October 2024\n\n{sentence}\n", "Fenwold District Council")
    fact = doc.fact("Fenwold Parking Strategy 2025-2030", "supersedes", "Fenwold Parking Strategy 2020-2025")
    assert fact.modality == "Proposed"


def test_relative_clause_which_replaces(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Cabinet noted that the Riverford Parks Plan 2021-2031, which replaces the Open Spaces "
        "Plan 2011-2021, had been welcomed by friends groups.\n",
        "Riverford City Council",
    )
    fact = doc.fact("Riverford Parks Plan 2021-2031", "supersedes", "Riverford Open Spaces Plan 2011-2021")
    assert_quoted(doc, fact, "which replaces the Open Spaces Plan 2011-2021")


def test_nominal_the_replacement_for(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "The Ashbury Transport Plan 2025-2030 is the replacement for the Local Transport Plan "
        "2015-2025 and was shaped by the bus users' survey.\n",
        "Ashbury Council",
    )
    fact = doc.fact("Ashbury Transport Plan 2025-2030", "supersedes", "Ashbury Local Transport Plan 2015-2025")
    assert_quoted(doc, fact, "is the replacement for the Local Transport Plan")


def test_superseding_after_a_comma(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Decision:\nThat the Economic Growth Strategy 2020-2025 be adopted, superseding the "
        "Economic Growth Strategy 2015-2020.\n",
        "Greenvale Borough Council",
    )
    fact = doc.fact(
        "Greenvale Economic Growth Strategy 2020-2025", "supersedes", "Greenvale Economic Growth Strategy 2015-2020"
    )
    assert fact.rule == "supersession-supersede"
    assert_quoted(doc, fact, "superseding the Economic Growth Strategy 2015-2020")


def test_passive_superseded_by_keeps_the_direction(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "In March 2017 the Arts Strategy 2012-2016 was superseded by the Culture Strategy 2017-2022.\n",
        "Northmoor County Council",
    )
    newer, older = "Northmoor Culture Strategy 2017-2022", "Northmoor Arts Strategy 2012-2016"
    assert doc.relations() == [(newer, "supersedes", older)]
    assert_quoted(
        doc,
        doc.fact("Northmoor Culture Strategy 2017-2022", "supersedes", "Northmoor Arts Strategy 2012-2016"),
        "was superseded by",
    )


def test_passive_now_replaced_by(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "The Waste Plan 2010-2015, now replaced by the Resources Plan 2016-2021, set the first recycling targets.\n",
        "Eastwick District Council",
    )
    fact = doc.fact("Eastwick Resources Plan 2016-2021", "supersedes", "Eastwick Waste Plan 2010-2015")
    assert_quoted(doc, fact, "now replaced by the Resources Plan")


def test_a_replacement_read_backwards_in_time_is_not_recorded(tmp_path: Path) -> None:
    doc = read(tmp_path, "The Youth Plan 2014-2017 replaces the Youth Plan 2018-2021.\n", "Ashbury Council")
    assert doc.relations() == []


# --- update, revise, refresh ------------------------------------------------------------------------


def test_has_been_updated_into_the_plan_named_later_in_the_sentence(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "The Carers Strategy 2016-2019 has been updated and rolled forward a year to become the "
        "Carers Strategy 2017-2020.\n",
        "Riverford City Council",
    )
    fact = doc.fact("Riverford Carers Strategy 2017-2020", "isRevisionOf", "Riverford Carers Strategy 2016-2019")
    assert fact.rule == "revision-updated"
    assert_quoted(doc, fact, "has been updated and rolled forward")


def test_reviewed_and_revised_into_the_plan_the_document_presents(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Leisure Strategy 2022-2026\n\nThe Leisure Strategy 2018-2022 has been reviewed and revised by officers. "
        "A revised version covering 2022 to 2026 is attached for Members to agree.\n",
        "Hollowmere District Council",
    )
    fact = doc.fact("Hollowmere Leisure Strategy 2022-2026", "isRevisionOf", "Hollowmere Leisure Strategy 2018-2022")
    assert_quoted(doc, fact, "has been reviewed and revised")


def test_a_plan_reviewed_and_updated_with_no_new_edition_revises_nothing(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "The Leisure Strategy 2018-2022 has been reviewed and updated with new contact details.\n",
        "Hollowmere District Council",
    )
    assert doc.relations() == []


def test_revised_the_earlier_strategy_named_in_apposition(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Tourism Strategy 2019-2023\n\nOfficers have fully revised the earlier strategy, the "
        "Tourism Strategy 2014-2018, to reflect the new visitor economy.\n",
        "Greenvale Borough Council",
    )
    fact = doc.fact("Greenvale Tourism Strategy 2019-2023", "isRevisionOf", "Greenvale Tourism Strategy 2014-2018")
    assert_quoted(doc, fact, "revised the earlier strategy, the Tourism Strategy 2014-2018")


def test_a_refreshed_version_of(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "The Board endorsed the Health Improvement Plan 2022-2025, a refreshed version of the "
        "Health Improvement Plan 2019-2022.\n",
        "Glenmuir Council",
    )
    fact = doc.fact(
        "Glenmuir Health Improvement Plan 2022-2025", "isRefreshOf", "Glenmuir Health Improvement Plan 2019-2022"
    )
    assert fact.rule == "revision-refresh"
    assert_quoted(doc, fact, "a refreshed version of the")


def test_the_refreshed_plan_beside_the_earlier_edition(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Members welcomed the refreshed Anti-Poverty Strategy 2023-2026.\n\nIt keeps the three "
        "themes of the Anti-Poverty Strategy 2020-2023.\n",
        "Caerwen County Borough Council",
    )
    fact = doc.fact("Caerwen Anti-Poverty Strategy 2023-2026", "isRefreshOf", "Caerwen Anti-Poverty Strategy 2020-2023")
    assert fact.derivation == "inferred"
    assert_quoted(doc, fact, "refreshed Anti-Poverty Strategy 2023-2026")


def test_an_edition_that_keeps_the_period(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "The committee is asked to agree the Council Plan 2020-2025 (2022-23 Refresh) and recommend it to Council.\n",
        "Ashbury Council",
    )
    fact = doc.fact("Ashbury Council Plan 2020-2025, 2022-23 Refresh", "isRefreshOf", "Ashbury Council Plan 2020-2025")
    assert fact.modality == "Proposed"
    assert_quoted(doc, fact, "(2022-23 Refresh)")


# --- succeed, follow on, build on, previous -----------------------------------------------------------


def test_follows_on_from(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "The Housing Plan 2025-2030 follows on from the Housing Plan 2020-2025 and keeps its focus on empty homes.\n",
        "Eastwick District Council",
    )
    fact = doc.fact("Eastwick Housing Plan 2025-2030", "isSuccessorOf", "Eastwick Housing Plan 2020-2025")
    assert fact.rule == "succession-stated"
    assert_quoted(doc, fact, "follows on from")


def test_the_new_strategy_succeeds_it(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Cabinet approved the Homelessness Prevention Strategy 2025-2030.\n\nThe Homelessness "
        "Strategy 2020-2025 ends in March and the new strategy succeeds it.\n",
        "Northmoor County Council",
    )
    fact = doc.fact(
        "Northmoor Homelessness Prevention Strategy 2025-2030",
        "isSuccessorOf",
        "Northmoor Homelessness Strategy 2020-2025",
    )
    assert_quoted(doc, fact, "the new strategy succeeds it")


def test_builds_on_an_unnamed_predecessor(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "The Early Years Strategy 2024-2027 builds on the previous strategy, which was published "
        "in 2020, and on what parents told us.\n",
        "Riverford City Council",
    )
    newer = "Riverford Early Years Strategy 2024-2027"
    fact = doc.fact(newer, "isSuccessorOf", f"Predecessor of {newer}")
    assert (fact.rule, fact.derivation) == ("succession-builds-on", "inferred")
    assert_quoted(doc, fact, "builds on the previous strategy, which was published in 2020")
    predecessor = fact.object.value
    said = {
        (f.predicate.value, getattr(f.object, "value", None), f.rule, f.derivation)
        for f in doc.extraction.facts
        if f.subject.value == predecessor
    }
    assert (vocab.DCTERMS + "issued", "2020", "unnamed-predecessor", "inferred") in said
    assert (
        vocab.DCTERMS + "publisher",
        vocab.entity_iri("organisation", "Riverford City Council").value,
        "unnamed-predecessor",
        "inferred",
    ) in said


def test_our_previous_plan_by_acronym_and_period(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Local Outcomes Improvement Plan\n\nOur Local Outcomes Improvement Plan 2023-2033 sets ten "
        "year goals for the area. Our previous LOIP (2017-2027) is kept here for reference.\n",
        "Glenmuir Council",
    )
    fact = doc.fact(
        "Glenmuir Local Outcomes Improvement Plan 2023-2033",
        "isSuccessorOf",
        "Glenmuir Local Outcomes Improvement Plan 2017-2027",
    )
    assert (fact.rule, fact.derivation) == ("previous-edition", "inferred")
    assert_quoted(doc, fact, "previous LOIP (2017-2027)")


def test_a_whole_series_in_one_paragraph(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Sport and physical activity\n\nThe first Riverford Sport Strategy was agreed in 2009, with "
        "revisions in 2012 and 2015. The current strategy runs from 2018 to 2022 and is being "
        "reviewed.\n",
        "Riverford City Council",
    )
    chain = doc.relations()
    first = "Riverford Sport Strategy (first version 2009)"
    assert ("Riverford Sport Strategy (update 2012)", "isRevisionOf", first) in chain
    assert ("Riverford Sport Strategy (update 2015)", "isRevisionOf", "Riverford Sport Strategy (update 2012)") in chain
    current = [c for c in chain if c[2] == "Riverford Sport Strategy (update 2015)"]
    assert len(current) == 1 and current[0][1] == "supersedes"
    fact = doc.fact("Riverford Sport Strategy (update 2015)", "isRevisionOf", "Riverford Sport Strategy (update 2012)")
    assert (fact.rule, fact.derivation) == ("series-in-one-paragraph", "inferred")
    assert_quoted(doc, fact, "first Riverford Sport Strategy was agreed in 2009", "2012 and 2015")


def test_a_series_of_refreshes_ending_in_the_named_latest_version(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Since launching our first Dementia Plan in March 2016, we refreshed it in March 2017 and "
        "again in March 2019. The latest version, the Dementia Plan 2019 Refresh, adds support for "
        "carers.\n",
        "Ashbury Council",
    )
    chain = doc.relations()
    assert ("Dementia Plan (refresh March 2017)", "isRefreshOf", "Dementia Plan (first version March 2016)") in chain
    assert ("Ashbury Dementia Plan 2019 Refresh", "isRefreshOf", "Dementia Plan (refresh March 2017)") in chain


# --- extension, modality, negatives -------------------------------------------------------------------


def test_extended_until_is_not_a_replacement(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "The Older People's Strategy 2015-2020 has been extended until 2022 while partners agree the next one.\n",
        "Northmoor County Council",
    )
    assert doc.relations() == [("Northmoor Older People's Strategy 2015-2020", "extendedUntil", "2022")]
    assert_quoted(
        doc,
        doc.fact("Northmoor Older People's Strategy 2015-2020", "extendedUntil", "2022"),
        "has been extended until 2022",
    )


def test_a_draft_for_consultation_is_recorded_as_such(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Cabinet agreed that a draft Parking Strategy 2024-2029 be published for consultation. "
        "The new strategy will replace the Parking Strategy 2018-2023.\n",
        "Greenvale Borough Council",
    )
    fact = doc.fact("Greenvale Parking Strategy 2024-2029", "supersedes", "Greenvale Parking Strategy 2018-2023")
    assert fact.modality == "DraftForConsultation"


def test_a_deleted_decision_keeps_its_replacement_with_its_status(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Issue details\n\nThe Tree Strategy 2025-2035 would replace the Tree Strategy 2015-2025.\n\n"
        "Decision status: Deleted\n",
        "Eastwick District Council",
    )
    fact = doc.fact("Eastwick Tree Strategy 2025-2035", "supersedes", "Eastwick Tree Strategy 2015-2025")
    assert fact.modality == "Deleted"


@pytest.mark.parametrize(
    "text",
    [
        "The Wellbeing Strategy 2022-2027 aligns with the NHS Long Term Plan and the Integrated Care Strategy.",
        "The Arts Plan 2023-2026 supports the Corporate Plan 2022-2026 and is informed by the Cultural Needs Review.",
        "The Early Help Strategy 2021-2024 builds on the findings of the Joint Strategic Needs Assessment.",
        "The Safeguarding Strategy 2023-2025 builds on Working Together to Safeguard Children 2023.",
        "The Inclusion Strategy 2022-2025 builds on the Written Statement of Action agreed after the inspection.",
        "In 2013 the Shadow Health and Wellbeing Board was replaced by the Health and Wellbeing Board.",
        "Section 4 of the Corporate Plan 2020-2024 replaces the previous section on funding.",
        "Paragraph 3.2 has been updated to reflect comments from Members.",
        "The Play Charter 2024 works beside the Leisure Strategy 2021-2026 and does not replace it.",
        "The Leisure Strategy 2021-2026 will not be superseded by the Play Charter 2024.",
        "Our Parks Plan 2020-2025 hasn't replaced the Open Spaces Strategy 2016-2021; both stay in force.",
    ],
)
def test_wordings_that_are_not_supersessions(tmp_path: Path, text: str) -> None:
    doc = read(tmp_path, text + "\n", "Riverford City Council")
    assert [r for r in doc.relations() if r[1] != "extendedUntil"] == []


def test_guidance_acts_assessments_and_boards_are_not_typed_as_strategies(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "The Safer Ashbury Plan 2022-2025 follows Working Together to Safeguard Children, the Crime "
        "and Disorder Act 1998, the Joint Strategic Needs Assessment, the Equality Impact Assessment "
        "and the Written Statement of Action, and was agreed by the Community Safety Partnership.\n",
        "Ashbury Council",
    )
    assert doc.strategies() == {"Safer Ashbury Plan 2022-2025"}


def test_it_after_a_semicolon_is_the_subject_of_the_clause_before(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "The Libraries Strategy 2016-2020 had been the successor to the Libraries Plan 2011-2015; "
        "it is now replaced by the Libraries Strategy 2021-2026.\n",
        "Northmoor County Council",
    )
    assert (
        "Northmoor Libraries Strategy 2021-2026",
        "supersedes",
        "Northmoor Libraries Strategy 2016-2020",
    ) in doc.relations()
    assert (
        "Northmoor Libraries Strategy 2021-2026",
        "supersedes",
        "Northmoor Libraries Plan 2011-2015",
    ) not in doc.relations()


def test_an_edition_of_another_plan_is_not_the_documents_predecessor(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Councillors adopted the refreshed Harbour City Plan.\n\nThe 2024 edition takes over from the "
        "first Harbour City Plan, which was launched in 2021. It sits beside the Council's own "
        "Corporate Strategy 2022-2027.\n",
        "Greenvale Borough Council",
    )
    assert not [r for r in doc.relations() if r[0] == "Greenvale Corporate Strategy 2022-2027"]


# --- in place of, lists of plans, fronted clauses, merges, reviews, described editions -----------------


def test_adopted_to_take_the_place_of(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Minutes\n\nThe Board adopted the Active Lives Plan 2025-2030 to take the place of the Sport and "
        "Leisure Strategy 2019-2024, which ends in March.\n",
        "Northmoor County Council",
    )
    fact = doc.fact(
        "Northmoor Active Lives Plan 2025-2030", "supersedes", "Northmoor Sport and Leisure Strategy 2019-2024"
    )
    assert (fact.rule, fact.derivation, fact.modality) == ("supersession-replace", "stated", None)
    assert_quoted(doc, fact, "to take the place of the Sport and Leisure Strategy 2019-2024")


def test_one_plan_replacing_a_list_of_plans(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "The Riverford Homes Strategy 2024-2029 replaces the Housing Strategy 2018-2023, the Empty Homes "
        "Plan 2019-2022 and the Tenancy Strategy 2017-2022.\n",
        "Riverford City Council",
    )
    newer = "Riverford Homes Strategy 2024-2029"
    for older in (
        "Riverford Housing Strategy 2018-2023",
        "Riverford Empty Homes Plan 2019-2022",
        "Riverford Tenancy Strategy 2017-2022",
    ):
        assert_quoted(doc, doc.fact(newer, "supersedes", older), "replaces the Housing Strategy 2018-2023", older[10:])
    assert len(doc.relations()) == 3


def test_supersedes_both_and_the_successor_to_two_plans(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Decision:\nThat the Young Ashbury Plan 2024-2027, which supersedes both the Youth Plan 2020-2023 and "
        "the Play Plan 2021-2023, be approved.\n\nThe Ashbury Care Leavers Offer 2024 Strategy 2024-2026 is the "
        "successor to the Leaving Care Strategy 2019-2022 as well as the Staying Put Policy 2018-2022.\n",
        "Ashbury Council",
    )
    relations = doc.relations()
    assert ("Young Ashbury Plan 2024-2027", "supersedes", "Ashbury Youth Plan 2020-2023") in relations
    assert ("Young Ashbury Plan 2024-2027", "supersedes", "Ashbury Play Plan 2021-2023") in relations
    successor = [r for r in relations if r[1] == "isSuccessorOf"]
    assert {r[2] for r in successor} == {
        "Ashbury Leaving Care Strategy 2019-2022",
        "Ashbury Staying Put Policy 2018-2022",
    }


def test_a_plan_after_and_that_opens_a_new_clause_is_not_replaced(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "The Greenvale Waste Strategy 2025-2030 replaces the Waste Strategy 2018-2024 and the Greenvale "
        "Council Plan 2023-2027 sets the recycling target it works to.\n",
        "Greenvale Borough Council",
    )
    assert doc.relations() == [
        ("Greenvale Waste Strategy 2025-2030", "supersedes", "Greenvale Waste Strategy 2018-2024")
    ]


def test_listed_plans_superseded_by_the_document_plan(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Green Spaces Strategy 2023-2028\n\nReport to Cabinet\n\nOnce it is adopted, the Play Strategy "
        "2016-2021 and the Parks Plan 2017-2022 are to be replaced by this strategy.\n",
        "Eastwick District Council",
    )
    newer = "Eastwick Green Spaces Strategy 2023-2028"
    play = doc.fact(newer, "supersedes", "Eastwick Play Strategy 2016-2021")
    parks = doc.fact(newer, "supersedes", "Eastwick Parks Plan 2017-2022")
    assert play.modality == parks.modality == "Conditional"
    assert_quoted(doc, parks, "are to be replaced by this strategy")
    assert len(doc.relations()) == 2  # the two older plans do not replace each other


def test_a_fronted_clause_names_the_older_plan_by_its_year(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Northmoor news\n\nSuperseding our 2016 leisure strategy, the Active Northmoor Strategy 2022-2027 was "
        "agreed by Cabinet last night.\n",
        "Northmoor County Council",
    )
    newer = "Active Northmoor Strategy 2022-2027"
    fact = doc.fact(newer, "supersedes", f"Predecessor of {newer}")
    assert (fact.rule, fact.derivation) == ("supersession-supersede", "inferred")
    assert_quoted(doc, fact, "Superseding our 2016 leisure strategy")
    said = {
        (f.predicate.value, getattr(f.object, "value", None)) for f in doc.extraction.facts if f.subject == fact.object
    }
    assert (vocab.DCTERMS + "issued", "2016") in said


def test_a_fronted_clause_listing_two_named_plans(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Libraries Strategy 2024-2028\n\nBuilding on the Libraries Plan 2015-2019 and the Reading Plan "
        "2019-2023, the new strategy opens two community hubs.\n",
        "Glenmuir Council",
    )
    newer = "Glenmuir Libraries Strategy 2024-2028"
    assert {r[2] for r in doc.relations() if r[0] == newer} == {
        "Glenmuir Libraries Plan 2015-2019",
        "Glenmuir Reading Plan 2019-2023",
    }


def test_replaces_an_earlier_edition_described_by_its_number(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Greenvale Young Carers' Charter\n\nThis fourth edition of the Greenvale Young Carers' Charter was "
        "signed in 2024. It replaces the third edition, which was published in 2020.\n",
        "Greenvale Borough Council",
    )
    [(newer, relation, older)] = doc.relations()
    assert (relation, older) == ("supersedes", f"Predecessor of {newer}")
    fact = doc.fact(newer, relation, older)
    assert_quoted(doc, fact, "It replaces the third edition, which was published in 2020")


def test_plans_merged_into_one(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "The Carers Plan 2019-2022 and the Young Carers Strategy 2020-2023 have been combined into the "
        "All-Age Carers Strategy 2024-2029. The Families Plan 2024-2027 merges the Early Help Strategy "
        "2020-2023 with the Parenting Strategy 2021-2024.\n",
        "Caerwen County Borough Council",
    )
    relations = doc.relations()
    carers = "Caerwen All-Age Carers Strategy 2024-2029"
    assert (carers, "supersedes", "Caerwen Carers Plan 2019-2022") in relations
    assert (carers, "supersedes", "Caerwen Young Carers Strategy 2020-2023") in relations
    families = "Caerwen Families Plan 2024-2027"
    assert (families, "supersedes", "Caerwen Early Help Strategy 2020-2023") in relations
    assert (families, "supersedes", "Caerwen Parenting Strategy 2021-2024") in relations
    assert len(relations) == 4


def test_a_review_that_ends_in_the_next_edition(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Members reviewed the Play Sufficiency Strategy 2019-2022 over the summer and approved a Play "
        "Sufficiency Strategy 2023-2026 in October.\n",
        "Caerwen County Borough Council",
    )
    fact = doc.fact(
        "Caerwen Play Sufficiency Strategy 2023-2026", "isRevisionOf", "Caerwen Play Sufficiency Strategy 2019-2022"
    )
    assert_quoted(doc, fact, "reviewed the Play Sufficiency Strategy 2019-2022")


def test_a_successor_described_but_not_named(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "The Tourism Strategy 2021-2025 runs out next year.\n\nMembers resolved to refresh the Tourism "
        "Strategy, and a new plan covering 2026-2030 will come to Cabinet in the spring.\n",
        "Northmoor County Council",
    )
    older = "Northmoor Tourism Strategy 2021-2025"
    fact = doc.fact(f"Successor of {older}", "isRefreshOf", older)
    assert (fact.derivation, fact.modality) == ("inferred", "Proposed")
    assert_quoted(doc, fact, "a new plan covering 2026-2030")
    said = {
        (f.predicate.value, getattr(f.object, "value", None), f.rule)
        for f in doc.extraction.facts
        if f.subject == fact.subject
    }
    assert (vocab.SL + "validFrom", "2026", "unnamed-successor") in said
    assert (vocab.SL + "validUntil", "2030", "unnamed-successor") in said


def test_a_revised_plan_named_like_the_one_it_replaces(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Forward plan\n\nA revised Libraries Strategy, which would replace the Libraries Strategy 2019-2024, "
        "will be brought to Cabinet.\n",
        "Riverford City Council",
    )
    older = "Riverford Libraries Strategy 2019-2024"
    fact = doc.fact(f"Successor of {older}", "supersedes", older)
    assert fact.modality == "Proposed"


def test_the_new_plan_written_as_the_older_ones_name_is_the_documents_plan(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Leisure Strategy 2023-2027\n\nThe new Leisure Strategy builds on the Leisure Strategy 2018-2022 and "
        "adds outdoor swimming.\n",
        "Ashbury Council",
    )
    assert doc.relations() == [
        ("Ashbury Leisure Strategy 2023-2027", "isSuccessorOf", "Ashbury Leisure Strategy 2018-2022")
    ]


def test_the_updated_plan_named_in_apposition(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "The Transport Plan 2020-2025 set three goals. The updated plan, the Transport Plan 2025-2030, keeps "
        "them and adds a fourth.\n",
        "Glenmuir Council",
    )
    assert (
        "Glenmuir Transport Plan 2025-2030",
        "isRevisionOf",
        "Glenmuir Transport Plan 2020-2025",
    ) in doc.relations()


def test_carries_forward_the_work_of(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "The Arts Strategy 2024-2029 carries forward the work of the Culture Plan 2019-2023.\n",
        "Eastwick District Council",
    )
    fact = doc.fact("Eastwick Arts Strategy 2024-2029", "isSuccessorOf", "Eastwick Culture Plan 2019-2023")
    assert fact.rule == "succession-stated"


@pytest.mark.parametrize(
    "text",
    [
        "The Housing Strategy 2024-2029 takes forward the recommendations of the Housing Needs Assessment 2023.",
        "The Corporate Plan 2024-2028 replaces the Cabinet's earlier list of priorities.",
        "The Health Plan 2024-2027 brings together the Housing Strategy 2020-2025 and the Health Plan 2021-2024.",
        "The Committee reviewed progress on the Play Strategy 2023-2026 and the Play Strategy 2023-2026 action plan.",
        "The Strategy 2024-2027 combines the priorities of partners across the county.",
        "The Carers Strategy 2022-2027 was refreshed in place of a new one, and still runs to 2027.",
        "The Youth Plan 2022-2025 was merged with the Youth Service, which now delivers it.",
    ],
)
def test_more_wordings_that_are_not_supersessions(tmp_path: Path, text: str) -> None:
    doc = read(tmp_path, text + "\n", "Glenmuir Council")
    assert [r for r in doc.relations() if r[1] != "extendedUntil"] == []


# --- earlier editions described or co-referred, consecutive editions, refreshes --------------------------


def test_the_former_plan_written_with_the_new_ones_name_is_its_predecessor(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Corporate Plan 2024-2029\n\nThe Leader thanked officers for the work done under the former Corporate "
        "Plan and presented the Corporate Plan 2024-2029 for approval.\n",
        "Greenvale Borough Council",
    )
    newer = "Greenvale Corporate Plan 2024-2029"
    fact = doc.fact(newer, "isSuccessorOf", f"Predecessor of {newer}")
    assert (fact.rule, fact.derivation) == ("previous-edition", "inferred")
    assert_quoted(doc, fact, "former Corporate Plan")


def test_the_previous_plan_without_its_subject_says_nothing(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Corporate Plan 2024-2029\n\nThe previous plan was discussed at length by the Committee.\n",
        "Greenvale Borough Council",
    )
    assert doc.relations() == []


def test_builds_on_the_success_of_the_previous_plan(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "The Riverford Early Help Strategy 2024-2027 builds on the achievements of the previous early help "
        "strategy, which was agreed in 2020.\n",
        "Riverford City Council",
    )
    newer = "Riverford Early Help Strategy 2024-2027"
    fact = doc.fact(newer, "isSuccessorOf", f"Predecessor of {newer}")
    assert_quoted(doc, fact, "builds on the achievements of the previous early help strategy")


def test_an_update_from_an_edition_known_by_its_year(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "The Ashbury Safer Streets Plan 2024-2027 is an update from the 2021 version and adds a priority on "
        "shoplifting.\n",
        "Ashbury Council",
    )
    newer = "Ashbury Safer Streets Plan 2024-2027"
    fact = doc.fact(newer, "isRevisionOf", f"Predecessor of {newer}")
    said = {
        (f.predicate.value, getattr(f.object, "value", None)) for f in doc.extraction.facts if f.subject == fact.object
    }
    assert (vocab.DCTERMS + "issued", "2021") in said


def test_the_presented_plan_succeeds_the_edition_that_ended_as_it_began(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Allotments Strategy 2025-2030\n\nCabinet approved the Allotments Strategy 2025-2030. Members noted that "
        "the Allotments Strategy 2020-2025 had met nine of its ten targets.\n",
        "Eastwick District Council",
    )
    fact = doc.fact("Eastwick Allotments Strategy 2025-2030", "isSuccessorOf", "Eastwick Allotments Strategy 2020-2025")
    assert (fact.rule, fact.derivation) == ("consecutive-editions", "inferred")


def test_an_edition_under_a_bodys_name_succeeds_the_one_that_ended_as_it_began(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Hollins Vale Health and Social Care Partnership Strategic Plan 2024-2027\n\nForeword\nThe Strategic "
        "Plan 2021-2024 was the partnership's first joint plan. It set out what the Integration Joint Board "
        "wanted to change over three years.\n",
        "Hollins Vale Council",
    )
    fact = doc.fact(
        "Hollins Vale Health and Social Care Partnership Strategic Plan 2024-2027",
        "isSuccessorOf",
        "Hollins Vale Strategic Plan 2021-2024",
    )
    assert (fact.rule, fact.derivation) == ("consecutive-editions", "inferred")


def test_an_edition_called_new_succeeds_an_earlier_one_of_its_series(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Reports and plans\n\nThe MVR Visitor Economy Strategy 2012/32 was agreed by the joint committee in 2013."
        "\n\nIn autumn 2023 the committee agreed a new Visitor Economy Strategy 2023, with a delivery plan to "
        "follow.\n",
        "Marsh Vale Regional Partnership",
    )
    fact = doc.fact("Visitor Economy Strategy 2023", "isSuccessorOf", "MVR Visitor Economy Strategy 2012-2032")
    assert (fact.rule, fact.derivation) == ("new-edition-of-series", "inferred")
    assert_quoted(doc, fact, "2012/32")


@pytest.mark.parametrize(
    "text",
    [
        # Another topic is another series.
        "Our Visitor Economy Strategy 2012/32 was agreed in 2013. A new Digital Skills Strategy 2023 followed.\n",
        # "the new Strategy" without its year may be any edition.
        "The Visitor Economy Strategy 2012/32 was agreed in 2013. The new Strategy is being written.\n",
        # A working title a year apart from the final one is one plan, not two editions.
        "12/05/2023 - Visitor Economy Strategy 2023 - 2028 - timetable\n\n20/11/2023 - the new Visitor Economy "
        "Strategy 2024 - 2029 be adopted.\n",
    ],
)
def test_editions_of_other_series_or_one_plan_retitled_are_not_paired(tmp_path: Path, text: str) -> None:
    doc = read(tmp_path, text, "Marsh Vale Council")
    assert not [r for r in doc.relations() if r[1] == "isSuccessorOf"]


def test_editions_apart_in_time_or_not_presented_are_not_paired(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Council Plan 2025-2029\n\nPast plans: the Parks Plan 2010-2014 and the Parks Plan 2016-2020 are "
        "archived here, with the Parks Plan 2020-2024.\n",
        "Eastwick District Council",
    )
    assert doc.relations() == []


def test_the_refreshed_plan_with_no_earlier_edition_named(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "The Board endorsed the refreshed Children and Young People's Plan 2024-2029 and asked for a summary "
        "for young people.\n",
        "Glenmuir Council",
    )
    newer = "Glenmuir Children and Young People's Plan 2024-2029"
    fact = doc.fact(newer, "isRefreshOf", f"Predecessor of {newer}")
    assert (fact.rule, fact.derivation) == ("revision-refresh", "inferred")


def test_the_refreshed_draft_plan_refreshes_an_earlier_edition_still_in_draft(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Have your say on the refreshed draft Play and Open Spaces Strategy 2025-2030 before the end of May.\n",
        "Glenmuir Council",
    )
    newer = "Glenmuir Play and Open Spaces Strategy 2025-2030"
    fact = doc.fact(newer, "isRefreshOf", f"Predecessor of {newer}")
    assert (fact.rule, fact.derivation) == ("revision-refresh", "inferred")


def test_the_revised_plan_with_no_earlier_edition_is_only_revised_in_drafting(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "After consultation, Cabinet approved the revised Parking Strategy 2024-2029.\n",
        "Glenmuir Council",
    )
    assert doc.relations() == []


def test_a_blank_line_inside_a_wrapped_sentence_does_not_end_it(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "The Youth Plan 2024-2027 sets four aims for young people in Northmoor and\n\nbuilds on the work of "
        "our 2020-\n\n2023 plan.\n",
        "Northmoor County Council",
    )
    [(newer, relation, older)] = doc.relations()
    assert (newer, relation) == ("Northmoor Youth Plan 2024-2027", "isSuccessorOf")
    assert older == "Northmoor Youth Plan 2020-2023"


def test_a_plan_refreshed_on_its_own_page_refreshes_its_first_edition(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Dementia Friendly Ashbury Plan\n\nThe Dementia Friendly Ashbury Plan, first launched in March 2019, has "
        "been refreshed. The Dementia Friendly Ashbury Plan now covers carers too.\n",
        "Ashbury Council",
    )
    [(newer, relation, older)] = doc.relations()
    assert (relation, older) == ("isRefreshOf", f"Predecessor of {newer}")
    fact = doc.fact(newer, relation, older)
    assert fact.derivation == "inferred"
    said = {
        (f.predicate.value, getattr(f.object, "value", None)) for f in doc.extraction.facts if f.subject == fact.object
    }
    assert (vocab.DCTERMS + "issued", "2019") in said


def test_a_plan_updated_on_its_own_page_is_only_revised(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Dementia Friendly Ashbury Plan\n\nThe Dementia Friendly Ashbury Plan has been updated with new contacts.\n",
        "Ashbury Council",
    )
    assert doc.relations() == []


def test_a_series_ending_in_a_plan_named_by_the_last_year(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Riverford Carers Support Plan\n\nSince publishing our first version in May 2017, we have refreshed our plan "
        "in May 2018 and again in May 2020. The 2020 Carers Support Plan sets out six promises.\n",
        "Riverford City Council",
    )
    chain = doc.relations()
    last = [r for r in chain if r[2] == "Riverford Carers Support Plan (refresh May 2018)"]
    assert len(last) == 1 and "2020" in last[0][0] and "refresh May 2020" not in last[0][0]


def test_a_plan_that_expired_is_followed_by_the_later_edition_presented(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Cabinet - Greenvale Autism Strategy 2024-2027\n\nThe Greenvale Autism Strategy 2019-2022 expired in December "
        "2022. Officers have since worked with families on the Greenvale Autism Strategy 2024-2027, which Cabinet "
        "approved.\n",
        "Greenvale Borough Council",
    )
    fact = doc.fact("Greenvale Autism Strategy 2024-2027", "isSuccessorOf", "Greenvale Autism Strategy 2019-2022")
    assert (fact.rule, fact.derivation) == ("succession-after-expiry", "inferred")
    assert_quoted(doc, fact, "expired in December")


def test_an_expired_plan_of_another_series_is_not_followed(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Cabinet - Greenvale Autism Strategy 2024-2027\n\nThe Greenvale Leisure Strategy 2019-2022 expired in December "
        "2022 and is not part of this report on the Greenvale Autism Strategy 2024-2027.\n",
        "Greenvale Borough Council",
    )
    assert doc.relations() == []


def test_follows_and_followed_by_a_named_plan(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "The Glenmuir Food Plan 2025-2028 follows the Food Growing Plan 2021-2024. The Food Growing Plan 2021-2024 "
        "was itself followed by a short action list, and the Play Plan 2016-2019 was followed by the Play Plan "
        "2020-2023.\n",
        "Glenmuir Council",
    )
    relations = doc.relations()
    assert ("Glenmuir Food Plan 2025-2028", "isSuccessorOf", "Glenmuir Food Growing Plan 2021-2024") in relations
    assert ("Glenmuir Play Plan 2020-2023", "isSuccessorOf", "Glenmuir Play Plan 2016-2019") in relations
    assert len(relations) == 2


@pytest.mark.parametrize(
    "text",
    [
        "The Food Plan 2025-2028 follows the principles of the Care Act 2014 and the Council Plan 2024-2028.",
        "This report follows the Cabinet decision of May on the Council Plan 2024-2028.",
    ],
)
def test_follows_what_is_not_a_plan(tmp_path: Path, text: str) -> None:
    doc = read(tmp_path, text + "\n", "Glenmuir Council")
    assert doc.relations() == []


def test_priorities_that_incorporate_the_previous_objectives(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Caerwen Council Plan 2023-2028\n\nThe aims set for the Council Plan incorporate the previous Caerwen "
        "Well-being Objectives 2018-2023 and the Council's equality aims.\n",
        "Caerwen County Borough Council",
    )
    newer = [r for r in doc.relations() if r[0] == "Caerwen Council Plan 2023-2028"]
    assert [(r[1], r[2].endswith("Well-being Objectives 2018-2023")) for r in newer] == [("isSuccessorOf", True)]


@pytest.mark.parametrize(
    "replaced",
    ["the Albion Road Day Centre", "the Riverside Day Service", "Ferry Lane Children's Home"],
)
def test_a_building_service_or_fund_replaced_is_no_plan(tmp_path: Path, replaced: str) -> None:
    doc = read(
        tmp_path,
        "The Housing Strategy 2025-2030 sets out how the council will fund new supported housing, "
        f"including a purpose-built scheme to replace {replaced} by 2027.\n",
        "Brackenford Borough Council",
    )
    assert doc.relations() == []
    assert not any(name.endswith(replaced.split()[-1]) for name in doc.strategies())


def test_a_slogan_named_plan_replaced_is_still_read(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "The Council Plan 2025-2029 is the replacement for Brighter Brackenford 2030 and keeps its four ambitions.\n",
        "Brackenford Borough Council",
    )
    assert [r[1:] for r in doc.relations()] == [("supersedes", "Brighter Brackenford 2030")]


def test_a_building_named_as_what_is_replaced_is_no_plan(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "The Housing Strategy 2025-2030 funds supported housing. The new Kestrel Court scheme is the "
        "replacement for Old Quay Day Centre, which closes in 2026.\n",
        "Brackenford Borough Council",
    )
    assert doc.relations() == []
    assert not any("Centre" in name for name in doc.strategies())


def test_a_previous_plan_written_in_full_gets_no_invented_predecessor(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Parks and open spaces\n\nGreen Spaces Plan 2: Room to Breathe (2018 to 2033) guides our parks. This plan "
        "builds on the success of the previous Green Spaces Plan 1 (2012-2018).\n",
        "Ormsby District Council",
    )
    successions = [r for r in doc.relations() if r[1] == "isSuccessorOf"]
    assert successions and all("Green Spaces Plan 1" in older for _, _, older in successions)
    assert not [r for r in doc.relations() if "Predecessor" in r[2]]


def test_it_after_our_new_plan_is_that_new_plan_never_an_earlier_named_one(tmp_path: Path) -> None:
    doc = read(
        tmp_path,
        "Cycle routes\n\nCycling Plan 3: Safer Lanes (2016 to 2026) sets our routes. It follows the previous "
        "Cycling Plan 2 (2011-2016).\n\nOnce we have finished our new Cycling Plan it will replace Cycling Plan 3: "
        "Safer Lanes (2016 to 2026).\n",
        "Ormsby District Council",
    )
    # The slogan's period is the plan's: Plan 3 (2016-2026) follows Plan 2, and only a new plan replaces Plan 3.
    assert ("Ormsby Cycling Plan 3 2016-2026", "isSuccessorOf", "Ormsby Cycling Plan 2 2011-2016") in doc.relations()
    supersessions = [r for r in doc.relations() if r[1] == "supersedes"]
    assert supersessions, doc.relations()
    assert all(newer.startswith("Successor of") for newer, _, _ in supersessions)
