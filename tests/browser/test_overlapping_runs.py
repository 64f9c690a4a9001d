"""Two runs of one session at once never share a store cursor (issue 9).

A second click on another page before the first has finished makes Streamlit start the new run in
a new thread while the old one still runs. Before, the new run closed the old run's cursor and both
then used one DuckDB cursor: the server log showed "Connection already closed!" and "No open result
set" (5 per 100 double-clicks), and a page could show a figure of the other run. Here a real browser
double-clicks between pages many times; the log must stay clean and each page must end up showing
its own heading.
"""

from __future__ import annotations

import pytest

from tests.browser import harness

pytestmark = pytest.mark.browser

SYMPTOMS = ("Connection already closed", "No open result set", "reference", "Traceback", "Error")
CLICKS = 40


def test_double_clicks_between_pages_leave_no_error(app, nav_pages, offline):
    page, guard = offline
    targets = [p for p in nav_pages if "Kelola" not in p.label][:6]
    heading_of = {}
    for target in targets:  # each page's own heading, from a calm visit
        page.goto(target.url)
        harness.wait_until_idle(page)
        heading_of[target.url] = page.locator('[data-testid="stMain"] h1').first.inner_text().strip()
    assert len(set(heading_of.values())) == len(targets)
    page.goto(app.url)
    harness.wait_until_idle(page)
    log_before = len(app.log(tail=10**8))
    links = page.locator(harness.NAV_LINK_SELECTOR)
    labels = [links.nth(i).inner_text().strip() for i in range(links.count())]
    for i in range(CLICKS):
        first, second = targets[i % len(targets)], targets[(i + 1) % len(targets)]
        # Two clicks without waiting: the second run starts while the first is still running.
        links.nth(labels.index(first.label)).click(no_wait_after=True)
        page.wait_for_timeout(40)
        links.nth(labels.index(second.label)).click(no_wait_after=True)
        page.wait_for_timeout(120)
    harness.wait_until_idle(page)
    last = targets[CLICKS % len(targets)]
    heading = page.locator('[data-testid="stMain"] h1').first.inner_text().strip()
    assert heading == heading_of[last.url] and page.url.split("?")[0] == last.url.split("?")[0], (heading, last)
    assert not harness.page_problems(page)
    new_log = app.log(tail=10**8)[log_before:]
    assert not [s for s in SYMPTOMS if s in new_log], new_log[-4000:]
    assert guard.leaks() == []
