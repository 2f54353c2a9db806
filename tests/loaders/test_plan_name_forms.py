"""Plan names as councils write them on real pages: hyphens of other code points inside a period, another name for
the plan set beside it (an apposition), joint titles, names cut at a bracket or an opening word; and what is not a
council's strategy (a national plan, a chapter heading, a form label, a contents line).

Every text here is invented, loaded alone with no metadata file; what the loaders type as a strategy is read back
with every name it is given.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.loaders.test_plan_name_recall import strategies


@pytest.mark.parametrize("hyphen", ["\u2010", "\u2011", "\u2012", "\u2212"])
def test_a_period_written_with_another_hyphen_is_whole(tmp_path: Path, hyphen: str) -> None:
    text = f"The Cabinet approved the Digital Strategy 2021{hyphen}2025 at its meeting in March.\n"
    assert strategies(tmp_path, text) == [{"Digital Strategy 2021-2025"}]
