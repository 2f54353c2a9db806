"""The officers' pages over the seed graph, through the real ASGI app: status codes and
what the pages say (successors, quoted passages at their offsets, error pages)."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import pytest

from api.pages.text import marked_html, parse_range, quoted

SOURCES = Path(__file__).resolve().parents[2] / "data" / "sources"
EDM = "every-day-matters"
WTIO = "working-together-to-improve-outcomes"
MARKER = re.compile(r'<a class="marker (\w+)" href="/sources/(\w+)\?highlight=(\d+)-(\d+)#span-\3-\4" title="([^"]*)"')


@pytest.fixture(scope="session")
def client(embedded_client):
    """The pages on the embedded store only, for CI's time: they pass on Virtuoso too (checked
    30 November with this fixture removed: 120 tests on both engines in 85 s at load average 12,
    where one round trip per node had taken 225 s on Virtuoso alone), about a minute more."""
    return embedded_client


def text_of(source: str) -> str:
    # Offsets count code points in the file as stored, so read it exactly as stored.
    return (SOURCES / f"{source}.txt").read_bytes().decode("utf-8")


def visible(html: str) -> str:
    """The page's text, roughly as read: tags dropped, entities decoded, spaces collapsed."""
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def plain(html: str) -> str:
    """Text without the markup, exactly: what a marked-up document must still say."""
    return unescape(re.sub(r"<[^>]+>", "", html))


def section(html: str, heading_id: str) -> str:
    start = html.index(f'id="{heading_id}"')
    end = html.find("<section", start)
    return html[start : end if end > 0 else None]


@pytest.fixture(scope="module")
def edm_page(client) -> str:
    response = client.get(f"/strategies/{EDM}")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    return response.text


# Strategy page ------------------------------------------------------------------------
def test_strategy_page_names_the_successor_and_links_it(edm_page: str) -> None:
    lineage = section(edm_page, "lineage-heading")
    replaced_by = lineage[lineage.index("<h3>Replaced by") : lineage.index("<h3>Replaces")]
    assert f'href="/strategies/{WTIO}"' in replaced_by
    assert "Replaced by Working Together to Improve Outcomes" in visible(replaced_by)
    # ... and it is stated (a source says so), while the predecessor is only inferred.
    assert 'class="stated"' in replaced_by
    replaces = lineage[lineage.index("<h3>Replaces") : lineage.index("<figure")]
    assert "succeeds (inferred) Kent Children and Young People's Plan 2008-2011" in visible(replaces)


def test_strategy_page_draws_the_lineage_picture(edm_page: str) -> None:
    svg = edm_page[edm_page.index("<svg") : edm_page.index("</svg>")]
    assert f'<g class="strategy" id="{WTIO}">' in svg and f'<g class="strategy focus" id="{EDM}">' in svg
    assert "Working Together to Improve Outcomes" in svg
    assert 'stroke-dasharray="6 4"' in svg  # the inferred succession from CYPP 2008-2011 is dashed
    assert "gap" in svg  # 2012: nothing of the series in force


def test_strategy_page_header_facts(edm_page: str) -> None:
    facts = visible(edm_page[edm_page.index('<dl class="facts">') : edm_page.index("</dl>")])
    assert "Short names Every Day Matters" in facts
    # The period once, each bound with its sources: not "2013–2016 from 2013 ... until 2016".
    period = facts[facts.index("Period") : facts.index("Publisher")]
    assert "from 2013" in period and "until 2016" in period and "2013–2016" not in period
    assert "Kent County Council" in facts
    assert "2013–2016 · published by Kent County Council" in visible(edm_page)


def test_the_lineage_picture_has_a_list_of_its_plans_with_their_full_names(edm_page: str) -> None:
    listed = visible(
        edm_page[
            edm_page.index('<details class="pictured"') : edm_page.index(
                "</details>", edm_page.index('class="pictured"')
            )
        ]
    )
    for title in (
        "Kent Children and Young People's Plan 2008-2011",
        "Early Years & Childcare Plan",
        "Working Together to Improve Outcomes: Kent Children and Young People's Framework 2016-2019",
    ):
        assert title in listed
    assert "(this plan)" in listed and "period not stated" in listed


def test_sources_are_named_by_their_titles(edm_page: str) -> None:
    sources = visible(section(edm_page, "sources-heading"))
    assert (
        "Every Day Matters: Kent's Multiagency Strategic Plan for Children and Young People 2013-2016 (report to"
        in sources
    )
    assert "002_7e30c0936a50fbe4" not in sources


def test_governance_trail_keeps_requests_apart_from_outcomes(edm_page: str) -> None:
    trail = section(edm_page, "trail-heading")
    items = re.findall(r'<li class="(request|outcome)">(.*?)</li>\s*(?=<li class|</ol>)', trail, re.S)
    said = [(kind, visible(body)) for kind, body in items]
    assert ("request", next(t for k, t in said if "30 May 2013" in t)) in said
    approval = next(t for k, t in said if "30 May 2013" in t)
    assert "Approval requested" in approval and "a request, not an outcome" in approval
    assert "Kent Children and Young People's Joint Commissioning Board" in approval
    assert any(
        k == "outcome" and "27 March 2013 Considered" in t and "Shadow Health and Wellbeing Board" in t for k, t in said
    )
    dates = re.findall(r'<time datetime="([^"]+)"', trail)
    assert dates == sorted(dates)
    # Adopted in April, yet asked to approve in May: the page says the sources disagree, in words.
    assert (
        "The sources disagree: Every Day Matters is said to have been adopted in April 2013, yet later events "
        "treat it as not yet adopted: approval requested on 29 May 2013;"
    ) in visible(trail)
    assert not re.search(r"ApprovalRequest|every-day-matters is|\d{4}-\d{2}-\d{2}", visible(trail))
    assert 'href="/conflicts"' in trail


def test_legal_basis_links_to_legislation_gov_uk(edm_page: str) -> None:
    legal = section(edm_page, "legal-heading")
    assert 'href="https://www.legislation.gov.uk/ukpga/2004/31/section/10"' in legal
    assert 'href="/legislation/ukpga/2004/31/section/10"' in legal
    assert "based on Children Act 2004" in visible(legal)


def test_every_source_marker_points_at_its_quote(edm_page: str) -> None:
    found = MARKER.findall(edm_page)
    assert len(found) > 20
    for _, source, start, end, title in found:
        assert unescape(title).startswith(quoted(text_of(source)[int(start) : int(end)]) + " in ")


def test_the_section_10_marker_opens_that_passage(edm_page: str) -> None:
    legal = section(edm_page, "legal-heading")
    assert "/sources/004_e00e668bf0bcf141?highlight=2295-2330#span-2295-2330" in legal
    assert text_of("004_e00e668bf0bcf141")[2295:2330] == "section 10 of the Children Act 2004"


def test_pages_work_without_javascript(edm_page: str) -> None:
    # One deferred script that only scrolls the timeline to this plan; everything is in the HTML.
    assert re.findall(r"<script[^>]*>", edm_page) == ['<script src="/static/pages.js" defer>']
    assert "<svg" in edm_page and f'href="/strategies/{WTIO}"' in edm_page


def test_names_redirect_to_the_one_address(client) -> None:
    response = client.get("/strategies/CYPP", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/strategies/kent-children-and-young-peoples-plan-2008-2011"


def test_unknown_strategy_is_an_html_404_with_nearest_candidates(client) -> None:
    response = client.get("/strategies/every-day-mattersxx")
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("text/html")
    assert "<h1>Not found</h1>" in response.text
    candidates = response.text[response.text.index("Did you mean") :]
    assert f'href="/strategies/{EDM}"' in candidates
    assert 'name="q"' in response.text  # and a search box to try again


def test_nothing_like_it_is_still_a_page(client) -> None:
    response = client.get("/strategies/qqqqzzzz")
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("text/html")
    assert "no strategy matches 'qqqqzzzz'" in visible(response.text)


# Source page --------------------------------------------------------------------------
def test_source_page_highlights_the_asked_passage(client) -> None:
    page = client.get("/sources/004_e00e668bf0bcf141", params={"highlight": "2295-2330"}).text
    focused = "".join(re.findall(r'<mark class="focus">(.*?)</mark>', page, re.S))
    assert unescape(focused) == "section 10 of the Children Act 2004"
    assert 'id="span-2295-2330"' in page
    # The passage is listed with the statements it supports, linked to what they are about.
    passage = page[page.index('<li id="passage-2295-2330"') :]
    passage = passage[: passage.index("</ul>")]
    assert f'href="/strategies/{EDM}"' in passage
    assert "Children Act 2004" in visible(passage)


def test_source_page_marks_every_passage_and_keeps_the_text(client) -> None:
    page = client.get("/sources/002_7e30c0936a50fbe4").text
    document = page[page.index('<pre class="document"') : page.index("</pre>")]
    text = text_of("002_7e30c0936a50fbe4")
    assert plain(document.split(">", 1)[1]) == text
    passages = re.findall(r'<li id="passage-(\d+)-(\d+)"', page)
    assert len(passages) > 10
    for start, end in passages:
        assert f'id="span-{start}-{end}"' in document
    assert "Every Day Matters" in visible("".join(re.findall(r"<mark>(.*?)</mark>", document, re.S)))
    assert "Loaded" in page and "002_7e30c0936a50fbe4.txt" in page


@pytest.mark.parametrize("bad", ["9-2", "abc", "0-999999999"])
def test_source_page_rejects_a_bad_highlight(client, bad: str) -> None:
    response = client.get("/sources/004_e00e668bf0bcf141", params={"highlight": bad})
    assert response.status_code == 422
    assert response.headers["content-type"].startswith("text/html")
    assert "highlight" in visible(response.text)


def test_unknown_source_suggests_loaded_ones(client) -> None:
    response = client.get("/sources/004_e00e668bf0bcf14")
    assert response.status_code == 404
    assert 'href="/sources/004_e00e668bf0bcf141"' in response.text


def test_source_list(client) -> None:
    page = client.get("/sources").text
    assert len(re.findall(r'href="/sources/\d{3}_[0-9a-f]{16}"', page)) == 5


# Home and search ----------------------------------------------------------------------
def test_home_lists_the_series_with_its_timeline(client) -> None:
    page = client.get("/").text
    series = page[page.index('id="series-heading"') :]
    assert "<svg" in series
    members = re.findall(r'<li><a href="/strategies/([^"]+)">', series)
    assert members[:4] == [
        "kent-children-and-young-peoples-plan-2006-2008",
        "kent-children-and-young-peoples-plan-2008-2011",
        EDM,
        WTIO,
    ]


def test_search_groups_results_with_period_and_publisher(client) -> None:
    page = client.get("/", params={"q": "every day matters"}).text
    results = page[page.index('id="results-heading"') : page.index('id="series-heading"')]
    first = visible(results[results.index("<h3>") :])
    assert first.startswith("Strategies and plans Every Day Matters: Kent's Multiagency")
    assert "2013–2016" in first and "published by Kent County Council" in first
    assert f'href="/strategies/{EDM}"' in results


@pytest.mark.parametrize(
    "q, heading, href",
    [
        ("CYPP", "Strategies and plans", "/strategies/kent-children-and-young-peoples-plan-2008-2011"),
        ("section 10", "Legislation", "/legislation/ukpga/2004/31/section/10"),
    ],
)
def test_search_examples(client, q: str, heading: str, href: str) -> None:
    page = client.get("/", params={"q": q}).text
    results = page[page.index('id="results-heading"') : page.index('id="series-heading"')]
    assert visible(results).split(f"Results for “{q}” ", 1)[1].startswith(heading)
    assert f'href="{href}"' in results


def test_search_text_is_escaped(client) -> None:
    page = client.get("/", params={"q": "<script>alert(1)</script>"}).text
    assert "<script>alert(1)" not in page
    assert "&lt;script&gt;alert(1)" in page


# In force -----------------------------------------------------------------------------
def test_in_force_on_a_date(client) -> None:
    page = client.get("/in-force", params={"date": "2014-06-01"}).text
    answer = page[page.index('id="answer-heading"') :]
    assert f'href="/strategies/{EDM}"' in answer
    assert "/strategies/kent-children-and-young-peoples-plan-2008-2011" not in answer
    assert "1 June 2014" in visible(answer)
    assert 'type="date"' in page and 'value="2014-06-01"' in page


def test_in_force_in_the_gap_says_nothing_was(client) -> None:
    page = client.get("/in-force", params={"date": "2012-06-01"}).text
    assert "No strategy in the graph was in force on that date." in visible(page)


def test_in_force_form_without_a_date(client) -> None:
    response = client.get("/in-force")
    assert response.status_code == 200
    assert 'id="answer-heading"' not in response.text and '<label for="date">' in response.text


@pytest.mark.parametrize("bad", ["2014-13-45", "yesterday"])
def test_in_force_rejects_a_bad_date_with_a_page(client, bad: str) -> None:
    response = client.get("/in-force", params={"date": bad})
    assert response.status_code == 422
    assert response.headers["content-type"].startswith("text/html")
    assert f"'{bad}' is neither a date" in visible(response.text)
    assert 'href="/in-force"' in response.text


# Conflicts and gaps -------------------------------------------------------------------
def test_conflicts_and_gaps_show_each_side_with_its_source(client) -> None:
    page = client.get("/conflicts").text
    conflicts = section(page, "conflicts-heading")
    said = visible(conflicts)
    assert "Adopted in April 2013" in said and "Approval requested on 29 May 2013" in said
    assert not re.search(r"ApprovalRequest|adopted-before-governance|every-day-matters|\b\d{4}-\d{2}\b", said)
    sources = {m[1] for m in MARKER.findall(conflicts)}
    assert sources == {"002_7e30c0936a50fbe4", "004_e00e668bf0bcf141"}
    gaps = section(page, "gaps-heading")
    said = visible(gaps)
    assert "nothing in force from 1 January 2012 to 31 December 2012" in said
    assert "Kent Children and Young People's Plan 2008-2011 ends in 2011" in said
    assert "starts in 2013" in said
    assert {m[1] for m in MARKER.findall(gaps)} >= {"003_e8b9a6c9523d440f", "004_e00e668bf0bcf141"}


# Organisations and legislation ----------------------------------------------------------
def test_organisation_page_lists_what_the_body_did_and_when(client) -> None:
    page = client.get("/organisations/kent-health-and-wellbeing-board").text
    events = visible(section(page, "events-heading"))
    assert "29 May 2013 Endorsement requested Every Day Matters" in events
    assert "asked of Kent Health and Wellbeing Board" in events and "a request, not an outcome" in events
    # Said once, in words: no "Presented ... · was asked" or "acted".
    listed = events[events.index("29 May") :]
    assert "was asked" not in listed and " acted" not in listed
    assert MARKER.search(page)


def test_committee_that_endorsed_the_framework(client) -> None:
    hits = client.get(
        "/api/search", params={"q": "Children's Social Care and Health Cabinet Committee", "type": "organisation"}
    ).json()["results"]
    page = client.get(f"/organisations/{hits[0]['id']}").text
    events = visible(section(page, "events-heading"))
    assert "Working Together to Improve Outcomes" in events and "10 November 2016" in events


def test_unknown_organisation_is_a_404_page(client) -> None:
    response = client.get("/organisations/no-such-board-anywhere")
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("text/html")


def test_legislation_page_lists_the_strategies_citing_it(client) -> None:
    page = client.get("/legislation/ukpga/2004/31/section/10").text
    citations = section(page, "citations-heading")
    assert f'href="/strategies/{EDM}"' in citations and f'href="/strategies/{WTIO}"' in citations
    assert 'href="https://www.legislation.gov.uk/ukpga/2004/31/section/10"' in page
    assert MARKER.search(citations)


# Embedding ----------------------------------------------------------------------------
def test_iframe_view_is_a_compact_chain_oldest_first(client) -> None:
    response = client.get(f"/embed/strategy/{EDM}")
    assert response.status_code == 200
    assert "x-frame-options" not in response.headers
    chain = re.findall(r'<a href="/strategies/([^"]+)" target="_top" title="[^"]*">([^<]+)</a>', response.text)
    assert [i for i, _ in chain] == [
        "kent-children-and-young-peoples-plan-2006-2008",
        "kent-children-and-young-peoples-plan-2008-2011",
        EDM,
        WTIO,
    ]
    assert dict(chain)[EDM] == "Every Day Matters"
    assert re.search(
        r'class="sl-node sl-root" aria-current="true">\s*<a href="/strategies/every-day-matters"', response.text
    )
    assert "replaced by" in visible(response.text) and "gap" in visible(response.text)


def test_embed_script_and_styles_are_served(client) -> None:
    script = client.get("/static/embed.js")
    assert script.status_code == 200 and "javascript" in script.headers["content-type"]
    assert "/api/strategies/" in script.text and "attachShadow" in script.text
    assert client.get("/static/embed.css").status_code == 200


def test_embed_demo_loads_the_widget_from_the_other_loopback_origin(client) -> None:
    page = client.get("/embed/demo", headers={"host": "localhost:8123"}).text
    assert '<script src="http://127.0.0.1:8123/static/embed.js" data-strategy="every-day-matters">' in page
    assert '<iframe src="http://127.0.0.1:8123/embed/strategy/every-day-matters"' in page
    swapped = client.get("/embed/demo", headers={"host": "127.0.0.1:8123"}).text
    assert '<script src="http://localhost:8123/static/embed.js"' in swapped


def test_api_reads_from_other_origins(client) -> None:
    response = client.get(f"/api/strategies/{EDM}/lineage", headers={"Origin": "http://intranet.example"})
    assert response.headers["access-control-allow-origin"] in ("*", "http://intranet.example")


def test_the_json_api_keeps_its_problem_documents(client) -> None:
    response = client.get("/api/strategies/qqqqzzzz")
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"


BROWSER = {"Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}


@pytest.mark.parametrize(
    "path, status",
    [
        ("/nope", 404),
        ("/id/strategy/nope", 404),
        ("/strategies/qqqqzzzz", 404),
        ("/in-force?date=2014-13-45", 422),
    ],
)
def test_a_browser_gets_an_html_error_page_with_a_search_box(client, path: str, status: int) -> None:
    response = client.get(path, headers=BROWSER)
    assert response.status_code == status
    assert response.headers["content-type"].startswith("text/html")
    assert '<form class="search" action="/"' in response.text and "<main" in response.text


@pytest.mark.parametrize("path", ["/nope", "/id/strategy/nope"])
def test_api_and_rdf_clients_get_problem_json_for_the_same_addresses(client, path: str) -> None:
    for accept in (None, "application/json", "text/turtle"):
        response = client.get(path, headers={"Accept": accept} if accept else {})
        assert response.status_code == 404
        assert response.headers["content-type"] == "application/problem+json"


def test_the_json_api_answers_a_browser_in_json_too(client) -> None:
    response = client.get("/api/strategies/qqqqzzzz", headers=BROWSER)
    assert response.headers["content-type"] == "application/problem+json"


def test_a_busy_service_is_an_html_503_for_a_browser(client) -> None:
    from starlette.requests import Request

    from api.pages.templating import browser_error_page
    from api.problems import Problem

    scope = {
        "type": "http",
        "method": "GET",
        "path": "/strategies/x",
        "query_string": b"",
        "app": client.app,
        "headers": [(b"accept", BROWSER["Accept"].encode())],
    }
    page = browser_error_page(Request(scope), Problem(503, "workers busy", headers={"Retry-After": "1"}))
    assert page is not None and page.status_code == 503 and page.headers["retry-after"] == "1"
    assert "try again" in visible(page.body.decode())


@pytest.mark.parametrize(
    "path, asset",
    [
        ("/docs", "/static/vendor/swagger-ui/swagger-ui-bundle.js"),
        ("/redoc", "/static/vendor/redoc/redoc.standalone.js"),
    ],
)
def test_api_documentation_loads_only_our_own_assets(client, path: str, asset: str) -> None:
    page = client.get(path).text
    assert asset in page and '<html lang="en-GB">' in page
    # Nothing fetched from elsewhere: every src/href is a path on this server (or data:).
    assert [u for u in re.findall(r'(?:src|href)="([^"]+)"', page) if not u.startswith(("/", "data:"))] == []
    assert "cdn." not in page and "fonts.googleapis" not in page
    assert client.get(asset).status_code == 200


# Marking up a text --------------------------------------------------------------------
def test_overlapping_passages_are_all_marked_once() -> None:
    html = marked_html("abcdefghij", [{"start": 1, "end": 5}, {"start": 3, "end": 8}], focus=(3, 8))
    assert plain(html) == "abcdefghij"
    assert "".join(re.findall(r'<mark class="focus">(.*?)</mark>', html)) == "defgh"
    assert 'id="span-1-5"' in html and 'id="span-3-8"' in html
    # A piece inside both passages links to the innermost one.
    assert '<a class="ev" href="#passage-1-5"><mark class="focus">de</mark></a>' in html


def test_marked_text_is_escaped() -> None:
    html = marked_html("<b>x</b> & y", [{"start": 0, "end": 3}])
    assert "<b>" not in html and "&lt;b&gt;" in html and "&amp;" in html


@pytest.mark.parametrize("text, expected", [("2-5", (2, 5)), (None, None), ("", None)])
def test_parse_range(text, expected) -> None:
    assert parse_range(text, 10) == expected


@pytest.mark.parametrize("text", ["5-2", "5-5", "1-11", "a-b", "3"])
def test_parse_range_rejects(text) -> None:
    with pytest.raises(ValueError):
        parse_range(text, 10)


# Every link between the pages leads somewhere ------------------------------------------
OTHER_SERVICES = ("/api", "/sparql", "/docs", "/static", "/id/", "/graph/", "/.well-known")


def test_every_page_link_leads_to_a_page(client) -> None:
    seen: set[str] = set()
    todo = ["/", "/sources", "/conflicts", "/in-force?date=2016-11-10"]
    while todo:
        url = todo.pop()
        if url in seen:
            continue
        seen.add(url)
        response = client.get(url)
        assert response.status_code == 200, f"{url} answered {response.status_code}"
        if url.endswith("/original"):  # a source's original file, served as it was loaded
            continue
        assert response.headers["content-type"].startswith("text/html")
        for href in re.findall(r'href="(/[^"#]*)', response.text):
            path = unescape(href).split("?", 1)[0]
            if not path.startswith(OTHER_SERVICES) and path not in seen:
                todo.append(path)
    kinds = {url.split("/")[1] for url in seen}
    assert {"strategies", "sources", "organisations", "legislation", "embed"} <= kinds
    assert sum(url.startswith("/strategies/") for url in seen) == 7


# One name per plan, one wording per relation, on every surface ----------------------------
CYPP08 = "kent-children-and-young-peoples-plan-2008-2011"


def test_one_short_name_per_plan_in_the_timeline_the_embed_and_the_api(client, edm_page: str) -> None:
    box = edm_page[edm_page.index(f'id="{CYPP08}"') :]
    box = unescape(box[: box.index("</g>")])
    assert "<title>Kent Children and Young People's Plan 2008-2011 (2008–2011)" in box  # the full name on hover
    assert ">Positive about our Future</tspan>" in box
    compact = client.get(f"/embed/strategy/{EDM}").text
    assert 'title="Kent Children and Young People&#39;s Plan 2008-2011">Positive about our Future</a>' in compact
    nodes = {n["id"]: n for n in client.get(f"/api/strategies/{EDM}/lineage").json()["nodes"]}
    assert nodes[CYPP08]["short_name"] == "Positive about our Future"
    assert nodes[EDM]["short_name"] == "Every Day Matters"


def test_the_embed_script_reads_its_relation_words_from_the_server(client) -> None:
    words = client.get("/embed/relations.json").json()
    assert words["supersedes"] == {"newer": "replaces", "older": "replaced by"}
    script = client.get("/static/embed.js").text
    assert "/embed/relations.json" in script and "replaced by" not in script and "short_name" in script


def test_a_source_page_lists_one_supersession_once(client) -> None:
    page = client.get("/sources/002_7e30c0936a50fbe4").text
    said = visible(page[page.index('<ol class="passages">') :])
    assert said.count("— replaces — Every Day Matters") == 1
    for other in ("superseded by", "supersedes", "is replaced by", "replaced by —"):
        assert f"— {other} —" not in said


def test_the_highlight_banner_quotes_the_passage_once(client) -> None:
    page = client.get("/sources/002_7e30c0936a50fbe4?highlight=127-198").text
    banner = visible(page[page.index('class="focus-note"') : page.index("</p>", page.index('class="focus-note"'))])
    # The passage's own single quotes inside one pair of double quotes: not ““‘...’””.
    assert "“‘Working Together to Improve Outcomes’ to replace Every Day Matters as”" in banner
    assert banner.count("“") == 1 and banner.count("”") == 1
