"""The explorer in a real browser: ``eventwire serve`` in a subprocess, headless Chromium on top.

Chromium's ``--dump-dom`` prints the DOM after scripts ran (``--virtual-time-budget``), so the
checks see what the JavaScript drew: highlight spans, graph nodes, bars and map circles.
Skipped only when no Chromium binary is installed (Debian: ``apt-get install chromium``).
"""

from __future__ import annotations

import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

BROWSERS = ("chromium", "chromium-browser", "google-chrome")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--hide-scrollbars", "--virtual-time-budget=5000"]


@pytest.fixture(scope="module")
def chromium() -> str:
    found = next((path for name in BROWSERS if (path := shutil.which(name))), None)
    if found is None:
        pytest.skip("no chromium binary on PATH (apt-get install chromium)")
    return found


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_until_up(url: str, process: subprocess.Popen, seconds: float = 30.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"eventwire serve exited with {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=1) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise TimeoutError(f"{url} did not answer within {seconds} s")


@pytest.fixture(scope="module")
def server(api_db):
    """Base URL of ``eventwire serve --db api_db`` on a free local port."""
    port = _free_port()
    command = [sys.executable, "-m", "eventwire.cli", "serve", "--db", str(api_db),
               "--host", "127.0.0.1", "--port", str(port)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(base + "/api/stats", process)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)


def browse(chromium: str, url: str, profile: Path, *, screenshot: Path | None = None) -> str:
    """The DOM of ``url`` after its scripts ran; with ``screenshot``, a 1280×900 PNG instead."""
    flags = FLAGS + [f"--user-data-dir={profile}"]
    if screenshot is not None:
        flags += [f"--screenshot={screenshot}", "--window-size=1280,900"]
    else:
        flags += ["--dump-dom"]
    done = subprocess.run([chromium, *flags, url], capture_output=True, text=True, timeout=60)
    return done.stdout


def test_browser_article_view_renders_highlights(chromium, server, records, tmp_path):
    article = records[0]
    dom = browse(chromium, f"{server}/articles/{article.id}#v1", tmp_path / "profile")
    for kind in ("entity", "place", "date", "amount", "quote", "trigger"):
        assert re.search(rf'class="seg [^"]*k-{kind}', dom), kind
    assert re.search(r'<li id="v1" class="event[^"]*active', dom)  # the #v1 event is selected
    lit = re.findall(r'class="[^"]*\bsel\b[^"]*" data-s="(\d+)" data-e="(\d+)"', dom)
    sentence = article.events[0].sentence
    assert lit and all(sentence.start <= int(s) and int(e) <= sentence.end for s, e in lit)


def test_browser_network_draws_every_node(chromium, server, tmp_path):
    with urllib.request.urlopen(f"{server}/api/network?limit=200") as response:
        import json

        expected = {n["code"] for n in json.load(response)["nodes"]}
    dom = browse(chromium, f"{server}/network", tmp_path / "profile")
    assert set(re.findall(r'<g class="node" data-code="([^"]+)"', dom)) == expected
    assert dom.count('class="edge"') >= 1


@pytest.mark.parametrize("page, drawn", [
    ("/timeline", 'class="bar"'), ("/places", 'class="place"'), ("/places", 'class="land"'),
])
def test_browser_charts_draw(chromium, server, tmp_path, page, drawn):
    assert drawn in browse(chromium, server + page, tmp_path / "profile")


@pytest.mark.parametrize("page", ["/", "/events", "/network", "/timeline", "/places"])
def test_browser_screenshot_is_written(chromium, server, records, tmp_path, page):
    shot = tmp_path / "page.png"
    browse(chromium, server + page, tmp_path / "profile", screenshot=shot)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 5000
