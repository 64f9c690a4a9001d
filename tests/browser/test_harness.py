"""The harness must be able to fail: a guard that lets a request through proves nothing."""

from __future__ import annotations

import pytest

from tests.browser import harness


@pytest.mark.parametrize(
    "url,local",
    [
        ("http://127.0.0.1:8501/_stcore/health", True),
        ("ws://localhost:8501/_stcore/stream", True),
        ("data:image/png;base64,AAAA", True),
        ("blob:http://127.0.0.1:8501/5f0c", True),
        ("https://fonts.gstatic.com/s/i/x.svg", False),
        ("https://127.0.0.1.example.com/x", False),
        ("wss://tiles.example.org/", False),
        ("ftp://127.0.0.1/x", False),
    ],
)
def test_only_this_machine_counts_as_local(url, local):
    assert harness.is_local(url) is local


def test_non_local_websocket_pattern():
    assert harness._NON_LOCAL_WS.match("wss://example.org/socket")
    assert harness._NON_LOCAL_WS.match("ws://localhost.evil.org/")
    assert not harness._NON_LOCAL_WS.match("ws://127.0.0.1:8501/_stcore/stream")
    assert not harness._NON_LOCAL_WS.match("ws://localhost:8501/_stcore/stream")


@pytest.mark.browser
def test_guard_blocks_and_records_requests_that_leave(offline):
    page, guard = offline
    page.set_content(
        '<img src="https://tiles.example.org/1/2/3.png">'
        '<link rel="stylesheet" href="https://cdn.example.com/x.css">'
        "<script>try { new WebSocket('wss://push.example.net/s') } catch (e) {}</script>"
    )
    page.wait_for_timeout(500)
    assert guard.leaks() == [
        "https://cdn.example.com/x.css",
        "https://tiles.example.org/1/2/3.png",
        "wss://push.example.net/s",
    ]
