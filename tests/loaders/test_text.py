"""Cleaning keeps a map back to the original text; dates and periods parse as councils write them."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.dates import DAY_DATE, PERIOD, first_date, parse_day_date, parse_period
from loaders.text import clean

MESSY = st.text(alphabet=st.sampled_from(list("ab C\n\t*#<>/sup’“”–-()1")), max_size=200)


@given(MESSY)
@settings(max_examples=200, deadline=None)
def test_every_cleaned_character_comes_from_the_original(text: str) -> None:
    cleaned = clean(text)
    assert len(cleaned.text) == len(cleaned.origin)
    assert list(cleaned.origin) == sorted(cleaned.origin)
    for char, index in zip(cleaned.text, cleaned.origin, strict=True):
        source = text[index]
        assert char == " " and source.isspace() or source.translate(str.maketrans("’“”–", '\'""-')) == char


def test_markup_and_wrapping_are_cleaned_but_offsets_point_into_the_file() -> None:
    original = "agreed by the **Board** on the 11<sup>th</sup> September\n2008 and\n\n## more"
    cleaned = clean(original)
    assert cleaned.text == "agreed by the Board on the 11 September 2008 and more"
    start = cleaned.text.index("11 September 2008")
    a, b = cleaned.to_original(start, start + len("11 September 2008"))
    assert original[a:b] == "11<sup>th</sup> September\n2008"


def test_dates_and_periods() -> None:
    assert parse_day_date(DAY_DATE.search("published: 02/11/2016")).lexical == "2016-11-02"
    assert parse_day_date(DAY_DATE.search("on the 11th September 2008")).lexical == "2008-09-11"
    assert first_date("rolled out in April 2013")[0].lexical == "2013-04"
    assert parse_day_date(DAY_DATE.search("31/02/2016")) is None
    start, end = parse_period(PERIOD.search("Framework 2016 - 2019"))
    assert (start.lexical, end.lexical) == ("2016", "2019")
    assert [v.lexical for v in parse_period(PERIOD.search("Plan 2006-08"))] == ["2006", "2008"]
    assert parse_period(PERIOD.search("2019-2016")) is None
    assert re.sub(r"\s", "", clean("2016 – 2019").text) == "2016-2019"
