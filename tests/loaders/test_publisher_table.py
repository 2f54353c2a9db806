"""The councils table (``data/reference/councils.csv``) names every principal council of England, Wales and Scotland
and the English councils abolished since 2009 whose documents are still published: a document whose only clue is a
district council's name, email domain or web address keeps its publisher, and two councils of one place (an abolished
county and the unitary that replaced it) stay apart. The texts are written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders.extract import extract
from loaders.publisher import council_name_before, council_of_domain, councils, find_publisher, place_of
from strategy_lineage.reference import rows


@pytest.mark.parametrize(
    "text, expected, how",
    [
        # a district council named on a report's "Report of" line
        (
            "Cabinet, 9 October 2025\nReport of the Head of Communities, Gedling Borough Council\n\n"
            "Subject: Tenancy Strategy 2025-2030\n",
            "Gedling Borough Council",
            "text",
        ),
        # only an email address names it
        (
            "Homelessness Review\nThe review looks at who asked for help over the last five years.\n"
            "Questions to: housingpolicy@oxford.gov.uk\n",
            "Oxford City Council",
            "domain",
        ),
        # only a web address names it, under a subdomain
        (
            "Decision details\nDecision Maker: Executive\nDecision: To adopt the Play Strategy 2025-2028.\n"
            "Printed from https://moderngov.threerivers.gov.uk/ieDecisionDetails.aspx?ID=812\n",
            "Three Rivers District Council",
            "domain",
        ),
        # a council whose name does not end in "Council"
        (
            "Council of the Isles of Scilly\nFull Council, 12 March 2025\nMinutes\nThe Island Plan was agreed.\n",
            "Council of the Isles of Scilly",
            "text",
        ),
        # a council abolished in a reorganisation: its documents still name it
        (
            "Selby District Council\nExecutive - 6 January 2022\nThe Executive approved the Economic Growth "
            "Strategy 2022-2027.\n",
            "Selby District Council",
            "text",
        ),
    ],
)
def test_a_council_new_to_the_table_is_the_publisher(text: str, expected: str, how: str) -> None:
    found = find_publisher(text)
    assert found is not None and (found.name, found.how) == (expected, how)


@pytest.mark.parametrize(
    "written",
    [
        "Somerset West and Taunton Council",  # not "Taunton Council"
        "Cheshire West and Chester Council",  # not "Chester Council"
        "Forest of Dean District Council",  # not "Dean District Council"
        "King's Lynn and West Norfolk Borough Council",
        "St Albans City and District Council",
    ],
)
def test_a_councils_whole_name_is_read_where_words_join_its_place(written: str) -> None:
    text = f"Minutes of the Cabinet\n\nIn attendance: officers of {written}\n"
    named = council_name_before(text, text.rindex("Council"))
    assert named is not None and named[0] == written and text[named[1] :].startswith(written)


@pytest.mark.parametrize(
    "earlier, earlier_text, today, today_text, place",
    [
        (
            "Somerset County Council",
            "Somerset County Council\nCabinet - 14 June 2021\nThe Cabinet adopted the Climate Emergency Strategy.\n",
            "Somerset Council",
            "Somerset Council\nExecutive - 5 February 2025\nThe Executive adopted the Local Transport Plan.\n",
            "Somerset",
        ),
        (
            "City of Durham Council",
            "Report of the Head of Leisure, Durham City Council\nExecutive, 3 March 2008\nSport and Play Strategy\n",
            "Durham County Council",
            "Durham County Council\nCabinet\n12 November 2025\nThe Cabinet agreed the Inclusive Economic Strategy.\n",
            "Durham",
        ),
    ],
)
def test_two_councils_of_one_place_stay_apart(
    earlier: str, earlier_text: str, today: str, today_text: str, place: str
) -> None:
    for text, expected in ((earlier_text, earlier), (today_text, today)):
        found = find_publisher(text)
        assert found is not None and found.name == expected
    assert place_of(earlier) == place_of(today) == place


def test_a_domain_kept_by_the_successor_names_the_council_of_today() -> None:
    found = find_publisher("Local Transport Plan 2025-2035\nHave your say: transportplan@somerset.gov.uk\n")
    assert found is not None and found.name == "Somerset Council"


def test_a_successor_recalling_the_councils_it_replaced_is_the_publisher() -> None:
    text = (
        "North Yorkshire Council\nExecutive - 18 March 2025\n\n"
        "Since April 2023 North Yorkshire Council has carried on the work of North Yorkshire County Council and "
        "of Craven District Council, Harrogate Borough Council and Selby District Council. The Executive approved "
        "the Housing Strategy 2025-2030, which brings their seven strategies into one.\n"
    )
    found = find_publisher(text)
    assert found is not None and found.name == "North Yorkshire Council"


def test_a_domain_two_councils_share_names_neither() -> None:
    assert council_of_domain("democracy.adur-worthing.gov.uk") is None
    adur = council_of_domain("adur.gov.uk")
    assert adur is not None and adur.name == "Adur District Council"
    text = "Cost of Living Plan 2024-2026\nContact: communities@adur-worthing.gov.uk\n"
    assert find_publisher(text) is None


def test_a_council_with_no_domain_is_read_from_its_name_and_never_from_an_address(tmp_path: Path) -> None:
    no_domain = [c for c in councils() if not c.domains]
    assert no_domain and all(c.name for c in no_domain)
    assert council_of_domain("gov.uk") is None and council_of_domain("") is None
    path = tmp_path / "poole.txt"
    path.write_text(
        "Published by the Borough of Poole, Civic Centre, Poole\nPlay Strategy 2016-2019\nThe strategy sets out "
        "where children can play.\n",
        encoding="utf-8",
    )
    assert extract(path).metadata["publisher"] == "Borough of Poole"


def test_the_table_is_whole_and_consistent() -> None:
    table = rows("councils.csv")
    names = [row["name"] for row in table]
    assert len(names) == len(set(names))
    english = [row for row in table if row["nation"] == "England"]
    current = [row for row in english if not row["abolished"]]
    # 21 counties, 164 districts, 62 unitaries, 36 metropolitan and 32 London boroughs, the City of London and the
    # Isles of Scilly (2024)
    assert len(current) == 317
    assert {row["nation"] for row in table} == {"England", "Wales", "Scotland"}
    assert sum(row["nation"] == "Wales" for row in table) == 22
    assert sum(row["nation"] == "Scotland" for row in table) == 32
    abolished = [int(row["abolished"]) for row in english if row["abolished"]]
    assert abolished and all(2009 <= year <= 2026 for year in abolished)
    # a council renamed when it took over its districts is one council: its old name is one of its other names
    renamed = find_publisher("Shropshire County Council\nCabinet, 9 January 2008\nThe Cabinet agreed the plan.\n")
    assert renamed is not None and renamed.name == "Shropshire Council"
