"""The evaluation: the matcher scores by names (never IRIs), and the gold corpus meets its floors."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli import app
from graph.evaluation import (
    KINDS,
    Extracted,
    FoundEvent,
    FoundStrategy,
    FoundSupersession,
    evaluate,
    score_document,
)
from graph.gold import GoldError, find_gold, read_gold
from graph.name_match import act_key, body_key, name_score, place_of, reduce, same_words

GOLD = Path(__file__).resolve().parent.parent / "gold"
FLOORS = GOLD / "floors.toml"
runner = CliRunner()


# --- names -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "written, other",
    [
        ("Children and Young People’s Plan 2016 – 2019", "the Children and Young Peoples Plan 2016-19"),
        ("Kent's Health and Well-being Strategy 2014-2017", "Health and Wellbeing Strategy 2014/17"),
        ("Council Plan 2018/19 to 2022/23", "council plan 2018-2023"),
        ("Council Plan for the period 2020/2021 to 2030/2031", "Council Plan 2020-2031"),
        ("Our SEND Strategy 2021-2024", "Special Educational Needs and Disabilities Strategy 2021-24"),
        ("CYPP", "Children and Young People's Plan"),
        ("the Medium Term Plan to 2014", "Medium Term Plan to 2014"),
        ("the first Sustainability Plan of 2009", "Sustainability Plan (first version 2009)"),
        ("Sustainability Plan (update 2013)", "the Sustainability Plan as updated in 2013"),
        ("the new Town Strategy for 2021 to 2024", "Town Strategy 2021-2024"),
        ("Shire Minerals Plan (SMP3)", "Shire Minerals Plan 3"),
    ],
)
def test_names_written_differently_are_one_name(written: str, other: str) -> None:
    a, b = reduce(written, "Kent"), reduce(other, "Kent")
    assert same_words(a.base, b.base) and a.period == b.period


@pytest.mark.parametrize(
    "written, other",
    [
        ("Housing Strategy 2019-2024", "Housing Strategy 2024-2029"),
        ("Health and Wellbeing Strategy", "Health and Wellbeing Board"),
        ("Early Help Strategy", "Early Help Action Plan"),
        ("the new Town Strategy", "Town Strategy"),  # undated: "new" is all that tells them apart
        ("Sustainability Plan (update 2013)", "Sustainability Plan 2009"),
        ("Shire Minerals Plan (SMP3)", "Shire Minerals Plan 2"),
        ("Local Plan (Part 2)", "Local Plan 2"),
    ],
)
def test_different_plans_stay_apart(written: str, other: str) -> None:
    a, b = reduce(written), reduce(other)
    assert not (same_words(a.base, b.base) and a.period == b.period)


def test_a_bare_head_with_a_period_is_the_plan_of_that_period() -> None:
    current = reduce("the current Plan (2015-2018)")
    assert name_score(current, reduce("Community Safety Plan 2015-2018")) == 1
    assert name_score(current, reduce("Community Safety Plan 2018-2021")) == 0
    assert name_score(current, reduce("Community Safety Strategy 2015-2018")) == 0
    assert name_score(reduce("the Plan"), reduce("Community Safety Plan")) == 0
    assert name_score(current, reduce("Predecessor of Community Safety Plan 2015-2018")) == 0


def test_place_and_bodies() -> None:
    assert place_of("London Borough of Havering") == "Havering"
    assert place_of("Stockton-on-Tees Borough Council") == "Stockton-on-Tees"
    assert place_of("Blaenau Gwent County Borough Council") == "Blaenau Gwent"
    assert body_key("Kent County Council", "Kent") == body_key("Full Council", "Kent") == "council"
    perth = ("Perth & Kinross", "Perth & Kinross Council")
    assert reduce("Perth & Kinross Council’s Corporate Plan 2018-22", perth) == reduce("Corporate Plan 2018-2022")
    conwy = ("Conwy", "Conwy County Borough Council")
    assert body_key("Conwy County Borough Council", conwy) == body_key("the Council", conwy) == "council"
    assert body_key("Kent Health and Wellbeing Board", "Kent") == "health and wellbeing board"


# --- scoring ---------------------------------------------------------------------------------


def _gold(tmp_path: Path) -> Path:
    (tmp_path / "doc.txt").write_text("The Housing Strategy 2024-2029 replaces the Housing Strategy 2019-2024.\n")
    path = tmp_path / "doc.gold.toml"
    path.write_text("""
publisher = "North Hertfordshire District Council"
[[strategy]]
name = "Housing Strategy 2024-2029"
[[strategy]]
name = "Housing Strategy 2019-2024"
[[supersession]]
newer = "Housing Strategy 2024-2029"
older = "Housing Strategy 2019-2024"
[[governance]]
category = "outcome"
type = "adoption"
strategy = "Housing Strategy 2024-2029"
body = "Cabinet"
date = "2024-03-12"
[not]
strategies = ["Homelessness Review 2023"]
""")
    return path


def _right() -> Extracted:
    """An extraction that found exactly the gold, under IRIs the gold never mentions."""
    return Extracted(
        strategies={
            "x:new": FoundStrategy("x:new", ["North Hertfordshire Housing Strategy 2024 – 2029"], None),
            "x:old": FoundStrategy("x:old", ["the Housing Strategy"], "2019-2024"),
        },
        supersessions=[FoundSupersession("x:new", "x:old", "supersedes", "stated")],
        events=[FoundEvent("x:e", "outcome", {"adoption"}, {"x:new"}, {"2024-03-12"}, {"the Cabinet"})],
        publisher="North Hertfordshire District Council",
    )


def test_a_right_extraction_scores_one(tmp_path: Path) -> None:
    score = score_document(read_gold(_gold(tmp_path)), _right())
    for kind in ("strategy", "supersession", "outcome", "publisher"):
        tally = score.tallies[kind]
        assert (tally.precision, tally.recall) == (1.0, 1.0), kind
    assert not score.misses and not score.false_positives and not score.violations


def test_a_wrong_extraction_lowers_precision(tmp_path: Path) -> None:
    found = _right()
    found.strategies["x:review"] = FoundStrategy("x:review", ["Homelessness Review 2023"], None)
    score = score_document(read_gold(_gold(tmp_path)), found)
    assert score.tallies["strategy"].precision == pytest.approx(2 / 3)
    assert score.tallies["strategy"].recall == 1.0
    assert [v.what for v in score.violations] == [
        "'Homelessness Review 2023' typed as a strategy (Homelessness Review 2023)"
    ]


def test_an_act_cited_without_its_year_or_nation_is_the_tables_act(tmp_path: Path) -> None:
    (tmp_path / "doc.txt").write_text("We follow the Well being of Future Generations Act and the Localism Act.\n")
    gold = tmp_path / "doc.gold.toml"
    gold.write_text("""
[[legislation]]
act = "Well being of Future Generations Act"
[[legislation]]
act = "Localism Act"
""")
    found = Extracted()
    for title in ("Well-being of Future Generations (Wales) Act 2015", "Localism Act 2011", "Housing Act 1996"):
        found.legislation[(act_key(title), None)] = title
    tally = score_document(read_gold(gold), found).tallies["legislation"]
    assert (tally.recall, tally.precision) == (1.0, pytest.approx(2 / 3))


def test_a_board_or_act_typed_as_a_strategy_is_a_violation_even_unlisted(tmp_path: Path) -> None:
    found = _right()
    found.strategies["x:board"] = FoundStrategy("x:board", ["Health and Wellbeing Board"], None)
    found.strategies["x:act"] = FoundStrategy("x:act", ["Homelessness Act 2002"], None)
    score = score_document(read_gold(_gold(tmp_path)), found)
    assert score.tallies["strategy"].precision == pytest.approx(2 / 4)
    assert [v.what.split(":")[0] for v in score.violations] == ["named like a body, Act, guidance or assessment"] * 2


def test_a_reversed_supersession_is_a_miss_and_a_violation(tmp_path: Path) -> None:
    found = _right()
    found.supersessions = [FoundSupersession("x:old", "x:new", "supersedes", "stated")]
    score = score_document(read_gold(_gold(tmp_path)), found)
    assert score.tallies["supersession"].recall == 0.0
    assert score.tallies["supersession"].precision == 0.0
    assert score.violations[0].what.startswith("reversed:")


def test_a_chain_of_unnamed_editions_binds_link_by_link(tmp_path: Path) -> None:
    """ "Adopted in 2004, updated in 2007; the current Strategy runs from 2014 to 2017": each unnamed
    edition is whichever node the chain reaches, and one node cannot stand for two editions."""
    (tmp_path / "series.txt").write_text("The original Strategy was adopted in 2004 and updated in 2007.\n")
    path = tmp_path / "series.gold.toml"
    path.write_text("""
[[strategy]]
name = "Community Strategy 2014-2017"
[[strategy]]
name = "update (2007)"
unnamed = true
[[strategy]]
name = "original (2004)"
unnamed = true
[[supersession]]
newer = "update (2007)"
older = "original (2004)"
[[supersession]]
newer = "Community Strategy 2014-2017"
older = "update (2007)"
""")
    found = Extracted(
        strategies={
            "x:c": FoundStrategy("x:c", ["Community Strategy 2014 to 2017"], None),
            "x:u": FoundStrategy("x:u", ["Community Strategy (2007)"], None),
            "x:o": FoundStrategy("x:o", ["Community Strategy (2004)"], None),
        },
        supersessions=[
            FoundSupersession("x:u", "x:o", "revision", "stated"),
            FoundSupersession("x:c", "x:u", "succession", "stated"),
        ],
    )
    score = score_document(read_gold(path), found)
    assert (score.tallies["supersession"].recall, score.tallies["supersession"].precision) == (1.0, 1.0)
    assert (score.tallies["strategy"].recall, score.tallies["strategy"].precision) == (1.0, 1.0)
    found.supersessions = [
        FoundSupersession("x:c", "x:u", "succession", "stated"),
        FoundSupersession("x:u", "x:u2", "revision", "stated"),
        FoundSupersession("x:o", "x:u", "revision", "stated"),
    ]
    score = score_document(read_gold(path), found)
    assert score.tallies["supersession"].recalled == 2
    assert score.tallies["supersession"].confirmed == 2  # x:o -> x:u reuses a bound node the wrong way


def test_a_request_is_not_an_outcome(tmp_path: Path) -> None:
    found = _right()
    found.events = [FoundEvent("x:e", "request", {"adoption"}, {"x:new"}, {"2024-03-12"}, {"Cabinet"})]
    score = score_document(read_gold(_gold(tmp_path)), found)
    assert score.tallies["outcome"].recall == 0.0
    assert score.tallies["request"].precision == 0.0


def test_an_invented_date_is_a_miss(tmp_path: Path) -> None:
    found = _right()
    found.events[0].dates = {"2023-03-12"}
    score = score_document(read_gold(_gold(tmp_path)), found)
    assert score.tallies["outcome"].recall == 0.0
    assert "date 2023-03-12" in next(m.what for m in score.misses if m.kind == "outcome")


def test_a_request_of_an_abandoned_decision_must_say_so(tmp_path: Path) -> None:
    path = _gold(tmp_path)
    path.write_text(path.read_text().replace('category = "outcome"', 'category = "request"\nstatus = "abandoned"'))
    abandoned = FoundEvent("x:e", "request", {"adoption"}, {"x:new"}, {"2024-03-12"}, {"Cabinet"}, "abandoned")
    found = _right()
    found.events = [abandoned]
    assert score_document(read_gold(path), found).tallies["request"].recall == 1.0
    found.events = [FoundEvent("x:e", "request", {"adoption"}, {"x:new"}, {"2024-03-12"}, {"Cabinet"})]
    score = score_document(read_gold(path), found)
    assert score.tallies["request"].recall == 0.0  # a plain request is not the abandoned one
    assert "status stated" in next(m.what for m in score.misses if m.kind == "request")
    path.write_text(path.read_text().replace('status = "abandoned"', 'status = "someday"'))
    with pytest.raises(GoldError, match="someday"):
        read_gold(path)


def test_bodies_named_by_acronym_are_the_bodies_written_out() -> None:
    assert body_key("Shadow HWB", None) == body_key("the Shadow Health and Wellbeing Board", None)
    assert body_key("Kent HWB", "Kent") == body_key("Kent Health and Wellbeing Board", "Kent")
    assert body_key("CSP", None) != body_key("Health and Wellbeing Board", None)


def test_a_refused_document_misses_everything(tmp_path: Path) -> None:
    def refuse(path: Path) -> Extracted:
        raise ValueError("no recognisable structure")

    report = evaluate([read_gold(_gold(tmp_path))], extractor=refuse)
    assert report.refused == [("doc.txt", "ValueError: no recognisable structure")]
    assert report.total("strategy").recall == 0.0


def test_gold_typos_are_refused(tmp_path: Path) -> None:
    path = _gold(tmp_path)
    path.write_text(path.read_text().replace('older = "Housing Strategy 2019-2024"', 'older = "Housing Strategy 2019"'))
    with pytest.raises(GoldError, match="not a \\[\\[strategy\\]\\]"):
        read_gold(path)
    path.write_text('[[strategy]]\nname = "A Plan"\nperiode = "2019"\n')
    with pytest.raises(GoldError, match="unknown key"):
        read_gold(path)


# --- the corpus ------------------------------------------------------------------------------

# The kinds of document of REAL-DOCUMENTS.md section 1, as the gold files name them.
KINDS_OF_DOCUMENT = {
    "forward-plan entry",
    "decision record",
    "issue-meetings page",
    "agenda item with minutes",
    "cabinet decision record (other system)",
    "committee report",
    "strategy web page",
    "strategy opening pages",
    "news release",
}


def test_the_corpus_covers_what_councils_publish() -> None:
    """The yardstick must not shrink: 40 documents of our own beside the seeds, 15 publishers,
    every kind of document, the three nations, and the negatives."""
    golds = find_gold(GOLD)
    corpus = [g for g in golds if "seed" not in g.tags]
    assert len(corpus) >= 40
    assert len({g.publisher for g in corpus if g.publisher}) >= 15
    assert KINDS_OF_DOCUMENT <= {g.kind for g in corpus}
    assert {"wales", "scotland"} <= {tag for g in corpus for tag in g.tags}
    assert sum(len(g.not_supersessions) for g in corpus) >= 10
    assert sum(1 for g in corpus for s in g.strategies if s.unnamed) >= 10


@pytest.fixture(scope="module")
def corpus_report():
    return evaluate(find_gold(GOLD))


def test_the_corpus_meets_its_floors(corpus_report) -> None:
    floors = tomllib.loads(FLOORS.read_text(encoding="utf-8"))
    assert set(floors) == set(KINDS)
    below = []
    for kind in KINDS:
        tally = corpus_report.total(kind)
        for measure in ("precision", "recall"):
            value = getattr(tally, measure) or 0.0
            if value + 1e-9 < floors[kind][measure]:
                below.append(f"{kind} {measure} {value:.3f} < floor {floors[kind][measure]}")
    assert not below, below


def test_evaluate_command_prints_json(tmp_path: Path) -> None:
    result = runner.invoke(app, ["evaluate", str(GOLD / "seeds"), "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["documents"] == 5
    assert set(report["kinds"]) == set(KINDS)
    assert report["kinds"]["strategy"]["gold"] >= 10


def test_evaluate_command_bad_gold_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "x.gold.toml").write_text("text = 'missing.txt'\n")
    result = runner.invoke(app, ["evaluate", str(tmp_path / "x.gold.toml")])
    assert result.exit_code == 1
    assert "does not exist" in result.output and result.output.count("\n") == 1


def test_evaluate_command_recall_by_tag() -> None:
    result = runner.invoke(app, ["evaluate", str(GOLD / "seeds"), "--no-details", "--by-tag", "supersession"])
    assert result.exit_code == 0, result.output
    assert "supersession recall by tag" in result.output and "partial-supersession" in result.output
    result = runner.invoke(app, ["evaluate", str(GOLD / "seeds"), "--by-tag", "plans"])
    assert result.exit_code == 1 and "not one of" in result.output
