"""Dates in every form councils write them; no year is ever guessed; impossible dates are
reported and never stored, in the text or in a source's metadata."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli import app
from graph.ingest import load_paths
from graph.store import open_store
from graph.validate import validate_store
from loaders.dates import find_dates, metadata_date
from loaders.extract import extract
from loaders.sources import SourceError


@pytest.mark.parametrize(
    ("written", "lexical", "datatype"),
    [
        ("first published: 02/11/2016.", "2016-11-02", "date"),
        ("Meeting: 10/11/2016 - Cabinet", "2016-11-10", "date"),
        ("Cabinet Decision: 11th February 2016", "2016-02-11", "date"),
        ("signed off on 16 Dec 2010 by", "2010-12-16", "date"),
        ("at its meeting on 30thMarch 2017", "2017-03-30", "date"),
        ("held on Monday 26th June 2017", "2017-06-26", "date"),
        ("agreed on March 3, 2019 by", "2019-03-03", "date"),
        ("rolled out in April 2013", "2013-04", "gYearMonth"),
        ("drafted in late 2012", "2012", "gYear"),
        ("refreshed early in 2017", "2017", "gYear"),
        ("adopted in 2004, with", "2004", "gYear"),
    ],
)
def test_each_written_form_gives_its_precision(written: str, lexical: str, datatype: str) -> None:
    (found,) = find_dates(written)
    assert found.value is not None and (found.value.lexical, found.value.datatype) == (lexical, datatype)
    assert written[found.start : found.end] == found.written


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("approved by County Council on December 10, and explains", "--12-10"),
        ("to be considered on 30 April by the Board", "--04-30"),
        ("the Board met on the 3rd of May to agree", "--05-03"),
    ],
)
def test_a_date_without_a_year_is_never_given_one(written: str, day: str) -> None:
    (found,) = find_dates(written)
    assert found.value is not None and (found.value.lexical, found.value.datatype) == (day, "gMonthDay")
    assert not found.value.has_year


def test_qualified_years_keep_their_qualifier() -> None:
    assert [
        (m.qualifier, m.value.lexical)
        for m in find_dates("developed in late 2012 and revised early in 2017")
        if m.value
    ] == [("late", "2012"), ("early in", "2017")]


@pytest.mark.parametrize("written", ["Meeting: 31/02/2016 - Cabinet", "on 30 February the Board", "dated 12/13/2015"])
def test_impossible_dates_are_problems_not_values(written: str) -> None:
    (found,) = find_dates(written)
    assert found.value is None and "impossible date" in found.problem


def test_words_that_look_like_months_are_not_dates() -> None:
    assert find_dates("The Board may 2 weeks later decide; a Plan 2016-2019 for the May meeting") == []
    assert find_dates("Decision 16/00116 and report CFS/23/077") == []


IMPOSSIBLE_MEETING = """Issue - meetings

Westmoor Early Help Strategy 2016-2019

Meeting: 31/02/2016 - Westmoor Cabinet (Item 12)

Minutes:
RESOLVED that the Westmoor Early Help Strategy 2016-2019 be approved.
"""


def test_an_impossible_meeting_date_is_reported_and_the_store_still_validates(tmp_path: Path) -> None:
    source = tmp_path / "westmoor_meetings.txt"
    source.write_text(IMPOSSIBLE_MEETING, encoding="utf-8")
    extraction = extract(source)
    (warning,) = [w for w in extraction.warnings if "impossible date" in w]
    start = IMPOSSIBLE_MEETING.index("31/02/2016")
    assert f"characters {start}-{start + 10}" in warning and "'31/02/2016'" in warning
    assert not any("31" in str(f.object) and "2016" in str(f.object) for f in extraction.facts)
    store = open_store(tmp_path / "store")
    load_paths(store, [source])
    assert not store.query('ASK { ?s ?p ?o FILTER(DATATYPE(?o) = xsd:date && STR(?o) = "2016-02-31") }')
    report = validate_store(store)
    assert report.conforms, report.text


@pytest.mark.parametrize(
    ("written", "lexical"),
    [("2016-11-02", "2016-11-02"), ("2016-11", "2016-11"), ("2016", "2016"), ("02/11/2016", "2016-11-02")],
)
def test_metadata_dates_are_normalised(written: str, lexical: str) -> None:
    value = metadata_date(written)
    assert not isinstance(value, str) and value.lexical == lexical


@pytest.mark.parametrize(
    "toml",
    [
        'date = "99/99/9999"',
        'date = "2016-02-31"',
        'date = "last spring"',
        "date = 2016-02-10T10:00:00",
        'title = ["a", "list"]',
    ],
)
def test_bad_metadata_is_one_clear_error_and_nothing_is_written(tmp_path: Path, toml: str) -> None:
    source = tmp_path / "eastvale_report.txt"
    source.write_text(IMPOSSIBLE_MEETING.replace("31/02/2016", "03/02/2016"), encoding="utf-8")
    source.with_suffix(".toml").write_text(toml + "\n", encoding="utf-8")
    with pytest.raises(SourceError, match=r"eastvale_report\.toml: invalid metadata: (date|title)"):
        extract(source)
    store_path = tmp_path / "store"
    result = CliRunner().invoke(app, ["load", str(source), "--store", str(store_path)])
    assert result.exit_code == 1 and "invalid metadata" in result.output
    assert len(result.output.strip().splitlines()) <= 2


def test_good_metadata_date_is_stored_with_its_precision(tmp_path: Path) -> None:
    source = tmp_path / "eastvale_month.txt"
    source.write_text(IMPOSSIBLE_MEETING.replace("31/02/2016", "03/02/2016"), encoding="utf-8")
    source.with_suffix(".toml").write_text(
        'date = "2016-02"\npublisher = "Eastvale Borough Council"\n', encoding="utf-8"
    )
    store = open_store(tmp_path / "store")
    load_paths(store, [source])
    assert store.query('ASK { ?doc dcterms:date "2016-02"^^xsd:gYearMonth }')
