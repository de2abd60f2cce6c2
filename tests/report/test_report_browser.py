"""report.html in headless Chromium with networking off: campaigns and plots really render."""

from __future__ import annotations

import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from report_scan_factory import build_scan_dir

from distillwatch.report import write_report
from distillwatch.report.svg import KEY_COLOURS, MODEL_COLOURS

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(CHROMIUM is None, reason="headless chromium not installed"),
]
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--proxy-server=http://127.0.0.1:9",  # any network request would fail
    "--virtual-time-budget=3000",
]


def _chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    cmd = [str(CHROMIUM), *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=True)


class _Sections(HTMLParser):
    """Per campaign section of the rendered DOM: how many bars, account nodes and key nodes."""

    def __init__(self) -> None:
        super().__init__()
        self.sections: list[dict[str, int]] = []
        self.bad_tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        cls = dict(attrs).get("class") or ""
        if tag in {"script", "img", "iframe"}:
            self.bad_tags.append(tag)
        if tag == "section" and "campaign" in cls:
            self.sections.append({"bar": 0, "acct": 0, "key": 0, "release": 0})
        elif self.sections:
            for name in ("bar", "acct", "key", "release"):
                if name in cls.split():
                    self.sections[-1][name] += 1


def _has_colour(pixels: np.ndarray, hex_colour: str, min_count: int = 50) -> bool:
    rgb = np.array([int(hex_colour[i : i + 2], 16) for i in (1, 3, 5)])
    return int((np.abs(pixels - rgb).sum(axis=-1) <= 6).sum()) >= min_count


def test_campaigns_and_plots_render_offline(tmp_path: Path) -> None:
    scan = build_scan_dir(tmp_path / "scan", n_campaigns=4, hostile=True)
    page = write_report(scan)
    dom = _chromium(tmp_path, "--dump-dom", page.as_uri()).stdout
    parsed = _Sections()
    parsed.feed(dom)
    assert parsed.bad_tags == []
    assert len(parsed.sections) == 4
    for sec in parsed.sections:
        assert sec["bar"] > 10 and sec["acct"] >= 6 and sec["key"] >= 3 and sec["release"] == 1

    shot = tmp_path / "shot.png"
    _chromium(tmp_path, "--window-size=1400,1600", f"--screenshot={shot}", page.as_uri())
    pixels = np.asarray(Image.open(shot).convert("RGB")).astype(int)
    assert pixels.shape[0] == 1600 and pixels.shape[1] == 1400
    # Not blank: many distinct colours, and the plot marks themselves were painted.
    assert len(np.unique(pixels.reshape(-1, 3), axis=0)) > 200
    assert _has_colour(pixels, MODEL_COLOURS[0])  # timeline bars of the main model
    assert _has_colour(pixels, "#dc2626")  # flagged account nodes / payment keys
    assert _has_colour(pixels, KEY_COLOURS["template"])
