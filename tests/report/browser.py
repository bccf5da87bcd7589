"""A real headless browser for the HTML report tests: Debian's chromium driven by playwright.

Never downloads a browser (`playwright install` is not used): where /usr/bin/chromium or
the playwright package is missing, the tests skip and say so.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def chromium_path() -> str:
    for candidate in ("/usr/bin/chromium", shutil.which("chromium"), shutil.which("chromium-browser")):
        if candidate and Path(candidate).exists():
            return candidate
    pytest.skip("no chromium browser on this machine (make system-deps installs Debian's chromium)")


@contextmanager
def browser_page(viewport: tuple[int, int] = (1280, 900)) -> Iterator[Any]:
    playwright_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    executable = chromium_path()
    with playwright_api.sync_playwright() as p:
        try:
            browser = p.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        except Exception as exc:  # a broken install is a skip with its reason, not a failure
            pytest.skip(f"chromium at {executable} does not start under playwright: {exc}")
        try:
            page = browser.new_page(viewport={"width": viewport[0], "height": viewport[1]},
                                    device_scale_factor=1)
            yield page
        finally:
            browser.close()
