"""What an officer does in a real browser: search, open a strategy, follow a source
marker to the highlighted passage; and an intranet page embedding the lineage view
from another origin. Screenshots of the main pages land in tests/artifacts/."""

from __future__ import annotations

import re

import pytest

from tests.browser.conftest import screenshot

pytestmark = [pytest.mark.browser, pytest.mark.server]

SUCCESSOR = "Working Together to Improve Outcomes"


def test_search_open_strategy_and_follow_a_source_marker(page, server: int) -> None:
    from playwright.sync_api import expect

    base = f"http://127.0.0.1:{server}"
    page.goto(base + "/")
    page.get_by_label("Search strategies, bodies and legislation").fill("every day matters")
    page.keyboard.press("Enter")
    results = page.locator("section.results")
    expect(results.get_by_role("heading", name="Strategies and plans")).to_be_visible()
    screenshot(page, "search")

    results.get_by_role("link", name=re.compile(r"^Every Day Matters: Kent's Multiagency")).click()
    expect(page).to_have_url(base + "/strategies/every-day-matters")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Every Day Matters")

    # The successor is in the lineage picture (its box, titled with its name) and linked below it.
    picture = page.locator("#lineage svg")
    box = picture.locator("g.strategy#working-together-to-improve-outcomes")
    expect(box).to_be_visible()
    expect(box.locator("title")).to_contain_text(SUCCESSOR)
    expect(page.locator(".neighbours").get_by_role("link", name=re.compile("^" + SUCCESSOR))).to_be_visible()
    screenshot(page, "strategy-page")

    legal = page.locator("section[aria-labelledby=legal-heading]")
    legal.locator("li", has_text="section 10 of the Children Act 2004").locator("a.marker").first.click()
    expect(page).to_have_url(re.compile(r"/sources/004_e00e668bf0bcf141\?highlight=2295-2330#span-2295-2330$"))
    focus = page.locator("pre.document mark.focus")
    assert "".join(focus.all_inner_texts()) == "section 10 of the Children Act 2004"
    expect(focus.first).to_be_in_viewport()
    # Highlighted means visibly different from the other marked passages.
    colours = page.evaluate("""() => [document.querySelector('mark.focus'), document.querySelector('mark:not(.focus)')]
        .map(m => getComputedStyle(m).backgroundColor)""")
    assert colours[0] != colours[1] and colours[0] != "rgba(0, 0, 0, 0)"
    screenshot(page, "source-page")


def test_embed_demo_renders_the_widget_from_another_origin(page, server: int) -> None:
    from playwright.sync_api import expect

    calls = []
    page.on(
        "response",
        lambda r: (
            calls.append((r.url, r.status, r.request.header_value("origin"))) if "/api/strategies/" in r.url else None
        ),
    )
    page.goto(f"http://localhost:{server}/embed/demo")
    widget = page.locator(".strategy-lineage-embed[data-rendered=true]")
    expect(widget).to_have_count(1)
    # Playwright's CSS locators pierce the widget's (open) shadow root.
    expect(widget.locator(".sl-root a")).to_have_text("Every Day Matters")
    expect(widget.locator(".sl-node a", has_text=SUCCESSOR)).to_be_visible()
    expect(widget.locator(".sl-link", has_text="replaced by").first).to_be_visible()
    assert (
        f"http://127.0.0.1:{server}/api/strategies/every-day-matters/lineage",
        200,
        f"http://localhost:{server}",
    ) in calls
    frame = page.frame_locator("iframe")
    expect(frame.locator(".sl-root a")).to_have_text("Every Day Matters")
    screenshot(page, "embed-demo")


@pytest.mark.parametrize(
    "name, path, heading",
    [
        ("home", "/", "Strategy Lineage"),
        ("in-force", "/in-force?date=2014-06-01", "What was in force on a date?"),
        ("conflicts", "/conflicts", "Conflicts and gaps"),
        ("organisation", "/organisations/kent-health-and-wellbeing-board", "Kent Health and Wellbeing Board"),
        ("legislation", "/legislation/ukpga/2004/31/section/10", "section 10 of the Children Act 2004"),
    ],
)
def test_main_pages(page, server: int, name: str, path: str, heading: str) -> None:
    from playwright.sync_api import expect

    page.goto(f"http://127.0.0.1:{server}{path}")
    expect(page.get_by_role("heading", level=1)).to_have_text(heading)
    screenshot(page, name)


def test_keyboard_and_phone(page, server: int) -> None:
    from playwright.sync_api import expect

    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"http://127.0.0.1:{server}/strategies/every-day-matters")
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Skip to content")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()
    # Nothing wider than the phone: the lineage picture scrolls inside its own box.
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    screenshot(page, "strategy-phone")


def test_sparql_query_page_runs_the_example_in_yasgui(page, server: int) -> None:
    """Researchers' page: YASGUI (vendored, no CDN) sends the query to /sparql and shows rows."""
    from playwright.sync_api import expect

    outside = []
    page.on("request", lambda r: outside.append(r.url) if f":{server}/" not in r.url else None)
    page.goto(f"http://127.0.0.1:{server}/sparql")
    page.locator(".yasqe_queryButton").click()
    expect(page.locator(".yasr table").get_by_text(SUCCESSOR, exact=False).first).to_be_visible()
    assert [url for url in outside if not url.startswith(("data:", "blob:"))] == []
    screenshot(page, "sparql")
