"""bench.load: what the load generator asks of a server."""

from __future__ import annotations

import re

from bench.load import run_token, wrk_script

PATHS = ["/sparql?query=SELECT%20*%20%7B%3Fs%20%3Fp%20%3Fo%7D", "/api/search?q=early+help"]


def test_every_run_counts_its_requests_under_a_token_of_its_own() -> None:
    # Two runs of one process (rounds of an endpoint) must not ask the same texts: a response cache
    # would answer the second run's repeats, and an "uncached" round would measure cached answers.
    first, second = run_token(), run_token()
    assert first != second
    for token in (first, second):
        script = wrk_script(PATHS, "application/json", token)
        assert f'local run = "{token}"' in script
        assert "path .. suffixes[i] .. run .. n" in script


def test_a_cached_endpoints_requests_are_left_as_they_are() -> None:
    script = wrk_script(PATHS, "application/json", None)
    assert re.search(r"local suffixes = \{\}", script)
    assert 'local run = ""' in script
