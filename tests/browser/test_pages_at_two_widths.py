"""The pages an officer lands on, at a desk (1280 px) and on a phone (390 px), in Debian's
headless Chromium against a real server: nothing fetched from outside localhost and no
console error (the ``page`` fixture fails on either), no serious or critical axe-core
violation, and what matters on the first screen. Each page's screenshot is saved as a
test artefact (tests/artifacts/) and its first screen published to docs/img/ for
docs/pages.md."""

from __future__ import annotations

import pytest

from tests.browser.conftest import accessibility_violations, publish, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.server]

EDM = "every-day-matters"
WTIO = "working-together-to-improve-outcomes"
WIDTHS = {"desk": (1280, 900), "phone": (390, 844)}
PAGES = {
    "home": "/",
    "strategy": f"/strategies/{EDM}",
    "source": "/sources/004_e00e668bf0bcf141?highlight=2295-2330#span-2295-2330",
    "conflicts": "/conflicts",
    "sparql": "/sparql",
    "docs": "/docs",
    "embed-demo": "/embed/demo",
}
READY = {  # what shows that the page has drawn itself (scripts included)
    "sparql": ".yasqe .CodeMirror",
    "docs": ".swagger-ui .info",
    "embed-demo": ".strategy-lineage-embed[data-rendered=true]",
}
# Swagger UI is a third party's interface, checked for what we control (it loads, offline,
# without errors); its own markup is not held to our accessibility bar.
THEIRS = {"docs"}


def open_page(page, port: int, name: str, width: str) -> None:
    page.set_viewport_size(dict(zip(("width", "height"), WIDTHS[width], strict=True)))
    page.goto(f"http://127.0.0.1:{port}{PAGES[name]}")
    page.wait_for_load_state("networkidle")
    if name in READY:
        page.locator(READY[name]).first.wait_for()


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", PAGES)
def test_page_loads_offline_accessible_and_is_photographed(page, server: int, name: str, width: str) -> None:
    open_page(page, server, name, width)
    screenshot(page, f"{name}-{width}")
    publish(screenshot(page, f"{name}-{width}-first-screen", full_page=False), f"{name}-{WIDTHS[width][0]}.png")
    if name not in THEIRS:
        assert accessibility_violations(page) == []
    # Nothing wider than the window: wide content (the timeline, tables) scrolls in its own box.
    assert page.evaluate("document.documentElement.scrollWidth") <= WIDTHS[width][0]


def lineage_text_sizes(page) -> list[float]:
    """Rendered size in px of every text in the lineage picture (font size times the
    picture's scale on screen)."""
    return page.evaluate("""() => [...document.querySelectorAll('#lineage svg text')]
        .map(t => parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a)""")


@pytest.mark.parametrize("width", WIDTHS)
def test_no_text_in_the_lineage_picture_is_under_11_px(page, server: int, width: str) -> None:
    open_page(page, server, "strategy", width)
    sizes = lineage_text_sizes(page)
    assert sizes and min(sizes) >= 11


def test_the_successor_and_its_source_are_on_the_first_screen(page, server: int) -> None:
    from playwright.sync_api import expect

    open_page(page, server, "strategy", "desk")
    successor = page.locator(".neighbours li", has=page.locator(f'a[href="/strategies/{WTIO}"]'))
    expect(successor.locator(f'a[href="/strategies/{WTIO}"]')).to_contain_text("Working Together to Improve Outcomes")
    expect(successor.locator(f'a[href="/strategies/{WTIO}"]')).to_be_in_viewport(ratio=1)
    # ... with the marker that opens the passage saying so.
    expect(successor.locator("a.marker").first).to_be_in_viewport(ratio=1)


def test_on_a_phone_the_picture_opens_on_the_plan_in_focus(page, server: int) -> None:
    open_page(page, server, "strategy", "phone")
    box = page.locator(f"#lineage svg g.strategy.focus#{EDM} rect").bounding_box()
    width, height = WIDTHS["phone"]
    # Without any scrolling by the reader, vertically or across the picture.
    assert page.evaluate("window.scrollY") == 0
    assert box is not None and 0 <= box["x"] and box["x"] + min(box["width"], width / 2) <= width
    assert box["y"] + box["height"] <= height
    # The lane's name follows the picture's scroll, so the reader knows which series this is.
    lane = page.locator("#lineage svg g.lane text").first.bounding_box()
    frame = page.locator("#lineage .picture").bounding_box()
    assert lane is not None and frame is not None and frame["x"] <= lane["x"] < frame["x"] + frame["width"]


def test_the_home_page_series_is_a_timeline_on_a_phone_not_a_column_of_names(page, server: int) -> None:
    open_page(page, server, "home", "phone")
    picture = page.locator(".series .picture").first
    # The newest plan is in view, and plan boxes (not only the lane's name) fill the box.
    visible = page.evaluate(
        """(picture) => {
        const frame = picture.getBoundingClientRect();
        return [...picture.querySelectorAll('g.strategy rect')].filter(r => {
            const b = r.getBoundingClientRect();
            return b.right > frame.left && b.left < frame.right;
        }).length;
    }""",
        picture.element_handle(),
    )
    assert visible >= 1
    assert page.evaluate("""(picture) => picture.scrollLeft > 0""", picture.element_handle())


def test_yasgui_takes_a_query_without_prefixes_and_marks_nothing_red(page, server: int) -> None:
    from playwright.sync_api import expect

    open_page(page, server, "sparql", "desk")
    # The server's prefixes are declared in the editor, so sl: and dcterms: are known there too.
    expect(page.locator(".yasqe .CodeMirror")).to_be_visible()
    errors = page.locator(".yasqe .parseErrorIcon")
    expect(errors).to_have_count(0)
    # The buttons never sit on the query's text.
    run = page.locator(".yasqe_queryButton").bounding_box()
    for line in page.locator(".yasqe .CodeMirror-line span").all()[:40]:
        box = line.bounding_box()
        if box and box["width"] > 0:
            overlaps = not (
                box["x"] + box["width"] <= run["x"]
                or box["y"] + box["height"] <= run["y"]
                or box["y"] >= run["y"] + run["height"]
            )
            assert not overlaps, f"the run button covers {line.inner_text()!r}"
    # The check can fail: a prefix the server does not know is marked.
    page.evaluate("""() => yasgui.getTab().getYasqe().setValue("SELECT * WHERE { ?s nope:thing ?o }")""")
    expect(errors).not_to_have_count(0)


@pytest.mark.parametrize(
    "path, status",
    [
        ("/nope", 404),
        (f"/id/strategy/{EDM}-nope", 404),
        ("/in-force?date=2014-13-45", 422),
    ],
)
def test_a_wrong_address_is_a_page_with_a_search_box(chromium, server: int, path: str, status: int) -> None:
    context = chromium.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    response = page.goto(f"http://127.0.0.1:{server}{path}")
    assert response is not None and response.status == status
    assert page.get_by_role("search").get_by_role("searchbox").is_visible()
    assert page.get_by_role("heading", level=1).is_visible()
    assert accessibility_violations(page) == []
    context.close()


def test_tables_on_a_phone_never_cut_a_word(page, server: int) -> None:
    page.set_viewport_size({"width": 390, "height": 844})
    for path in ("/sources", f"/strategies/{EDM}"):
        page.goto(f"http://127.0.0.1:{server}{path}")
        # Each word of a table cell on one line: a word cut in two ("Sour ces") has two boxes.
        cut = page.evaluate("""() => {
            const cut = [];
            for (const cell of document.querySelectorAll('th, td')) {
                const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
                for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                    if (node.parentElement.closest('code')) continue;  // identifiers may wrap anywhere
                    for (const m of node.textContent.matchAll(/[^\\s\\u2010-\\u2015-]+/g)) {  // a hyphen may end a line
                        const range = document.createRange();
                        range.setStart(node, m.index); range.setEnd(node, m.index + m[0].length);
                        const lines = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
                        if (lines.size > 1) cut.push(m[0]);
                    }
                }
            }
            return cut;
        }""")
        assert cut == [], f"{path}: words cut across lines: {cut[:5]}"
