"""Server-side SVG drawings for the report: a campaign timeline and its account–key graph.

Drawn in Python so the page needs no script at all (it ships with a CSP that forbids
scripts), stays small for hundreds of campaigns, and renders identically offline.
Every text that comes from log content goes through :func:`esc`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from html import escape

import igraph as ig
import numpy as np
import polars as pl

#: Colour per model, assigned in order of first appearance on the page.
MODEL_COLOURS = ("#2563eb", "#db2777", "#059669", "#d97706", "#7c3aed", "#0891b2", "#65a30d")
#: Colour per link key kind (docs/ARCHITECTURE.md, links.parquet).
KEY_COLOURS = {
    "ip24": "#2563eb",
    "ip48": "#1d4ed8",
    "user_agent": "#7c3aed",
    "payment": "#dc2626",
    "email_domain": "#ea580c",
    "template": "#059669",
    "system_prompt": "#0d9488",
    "signup_burst": "#ca8a04",
    "sync": "#475569",
    "intel": "#be185d",  # keys a partner's STIX bundle reported (scan --intel)
}
OTHER_KEY_COLOUR = "#64748b"
#: Key kinds that are time windows, kept sparingly in the graph.
WINDOW_KINDS = ("sync", "signup_burst")
ALL_TRAFFIC_COLOUR = "#94a3b8"


def esc(value: object) -> str:
    """HTML/SVG-escape any value (quotes too), for element text and attribute values."""
    return escape(str(value), quote=True)


def _nice_max(value: float) -> float:
    """Round an axis maximum up to 1, 2 or 5 times a power of ten."""
    if value <= 0:
        return 1.0
    exp = 10 ** np.floor(np.log10(value))
    for step in (1, 2, 5, 10):
        if value <= step * exp:
            return float(step * exp)
    return float(10 * exp)


def _fmt(value: float) -> str:
    """Compact axis label: 1.2k, 3M."""
    for div, suffix in ((1e9, "G"), (1e6, "M"), (1e3, "k")):
        if abs(value) >= div:
            return f"{value / div:.3g}{suffix}"
    return f"{value:.3g}"


def timeline_svg(
    campaign_daily: pl.DataFrame,
    all_daily: pl.DataFrame,
    model_colours: dict[str, str],
    releases: dict[str, date] | None = None,
    *,
    width: int = 760,
    height: int = 210,
) -> str:
    """Stacked daily bars of a campaign by model (left axis) over all traffic (grey, right axis).

    ``campaign_daily``: day, model, exchanges; ``all_daily``: day, exchanges. Model
    releases (model -> day) are drawn as dashed vertical lines with their names.
    """
    days = sorted(set(all_daily["day"].to_list()) | set(campaign_daily["day"].to_list()))
    if not days:
        return '<p class="missing">No daily counts for this campaign.</p>'
    d0 = days[0]
    n_days = (days[-1] - d0).days + 1
    left, right, top, bottom = 52, 58, 14, 30
    pw, ph = width - left - right, height - top - bottom
    bw = pw / n_days

    def x_of(d: date) -> float:
        return left + (d - d0).days * bw

    per_day = campaign_daily.group_by("day").agg(pl.col("exchanges").sum())
    cmax = _nice_max(float(per_day["exchanges"].max() or 0))
    amax = _nice_max(float(all_daily["exchanges"].max() or 0))
    out = [
        f'<svg class="timeline" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" aria-label="daily exchanges">'
    ]
    for frac in (0.0, 0.5, 1.0):
        y = top + ph * (1 - frac)
        out.append(f'<line x1="{left}" x2="{left + pw}" y1="{y:.1f}" y2="{y:.1f}" class="grid"/>')
        out.append(
            f'<text x="{left - 4}" y="{y + 4:.1f}" class="ax" text-anchor="end">{_fmt(cmax * frac)}</text>'
        )
        out.append(
            f'<text x="{left + pw + 4}" y="{y + 4:.1f}" class="ax all">{_fmt(amax * frac)}</text>'
        )
    # All traffic: a grey area on the right axis.
    if all_daily.height:
        pts = [
            (x_of(d) + bw / 2, top + ph * (1 - v / amax))
            for d, v in all_daily.sort("day").select("day", "exchanges").iter_rows()
        ]
        poly = " ".join(f"{x:.1f},{y:.1f}" for x, y in pts)
        base = f"{pts[-1][0]:.1f},{top + ph:.1f} {pts[0][0]:.1f},{top + ph:.1f}"
        out.append(
            f'<polygon class="alltraffic" points="{poly} {base}" fill="{ALL_TRAFFIC_COLOUR}" fill-opacity="0.25"/>'
        )
        out.append(
            f'<polyline points="{poly}" fill="none" stroke="{ALL_TRAFFIC_COLOUR}" stroke-width="1.5"/>'
        )
    # Campaign: bars stacked by model, with a hover title per segment.
    stacked = campaign_daily.sort("day", "model")
    offset: dict[date, float] = {}
    for d, model, v in stacked.select("day", "model", "exchanges").iter_rows():
        if not v:
            continue
        h = ph * v / cmax
        y0 = offset.get(d, 0.0)
        offset[d] = y0 + h
        colour = model_colours.get(model, OTHER_KEY_COLOUR)
        out.append(
            f'<rect class="bar" x="{x_of(d) + bw * 0.1:.1f}" y="{top + ph - y0 - h:.1f}" '
            f'width="{max(bw * 0.8, 0.8):.1f}" height="{h:.1f}" fill="{colour}">'
            f"<title>{esc(d.isoformat())} {esc(model)}: {v:,} exchanges</title></rect>"
        )
    # Date labels: first, middle, last.
    for d in (days[0], d0 + (days[-1] - d0) / 2, days[-1]):
        out.append(
            f'<text x="{x_of(d) + bw / 2:.1f}" y="{height - 10}" class="ax" text-anchor="middle">{esc(d.isoformat())}</text>'
        )
    for k, (model, day) in enumerate(sorted((releases or {}).items(), key=lambda kv: kv[1])):
        if not d0 <= day <= days[-1]:
            continue
        x = x_of(day) + bw * 0.05
        out.append(f'<line class="release" x1="{x:.1f}" x2="{x:.1f}" y1="{top}" y2="{top + ph}"/>')
        out.append(
            f'<text x="{x + 3:.1f}" y="{top + 10 + 11 * k}" class="ax release-label">{esc(model)} released</text>'
        )
    out.append("</svg>")
    return "".join(out)


@dataclass(frozen=True)
class GraphInfo:
    """What a graph drawing shows: node counts and the numbered (badged) keys."""

    accounts_shown: int
    accounts_total: int
    keys_shown: int
    keys_total: int
    badge_keys: list[tuple[str, str, int]] = field(default_factory=list)


def graph_svg(
    links: pl.DataFrame,
    flagged: set[str],
    *,
    max_accounts: int = 150,
    max_keys: int = 60,
    max_window_keys: int = 8,
    n_badges: int = 8,
    size: int = 520,
    seed: int = 7,
) -> tuple[str, GraphInfo]:
    """Bipartite account–shared-key graph, laid out by igraph (Fruchterman–Reingold).

    ``links``: account_id, key_kind, key for one campaign. Large campaigns keep the keys
    shared by most accounts and the accounts on them; the ``n_badges`` most shared keys are
    numbered (listed by :func:`shared_keys_table`). Returns the SVG and the counts
    shown/total so the page can say what was left out.
    """
    edges = links.select("account_id", "key_kind", "key").unique()
    key_deg = (
        edges.group_by("key_kind", "key")
        .agg(pl.len().alias("deg"))
        .sort(["deg", "key_kind", "key"], descending=[True, False, False])
    )
    n_keys_total = key_deg.height
    n_acc_total = edges["account_id"].n_unique()
    # Time-window keys (sync, signup_burst) are many and individually weak: keep a few so the
    # infrastructure and content keys stay visible.
    windowed = pl.col("key_kind").is_in(WINDOW_KINDS)
    if key_deg.filter(pl.col("deg") >= 2).height:
        key_deg = key_deg.filter(pl.col("deg") >= 2)  # a key held by one account links nothing
    keep_keys = (
        pl.concat([key_deg.filter(~windowed), key_deg.filter(windowed).head(max_window_keys)])
        .sort(["deg", "key_kind", "key"], descending=[True, False, False])
        .head(max_keys)
    )
    kept = edges.join(keep_keys.select("key_kind", "key"), on=["key_kind", "key"])
    accounts = sorted(kept["account_id"].unique().to_list(), key=lambda a: (a not in flagged, a))
    accounts = accounts[:max_accounts]
    kept = kept.filter(pl.col("account_id").is_in(accounts))
    counts: dict[str, int] = {
        "accounts_shown": len(accounts),
        "accounts_total": n_acc_total,
        "keys_shown": keep_keys.height,
        "keys_total": n_keys_total,
    }
    if kept.height == 0:
        return '<p class="missing">No shared keys recorded for this campaign.</p>', GraphInfo(
            **counts
        )
    key_nodes = list(keep_keys.select("key_kind", "key").iter_rows())
    index = {("account", a): i for i, a in enumerate(accounts)}
    index.update({k: len(accounts) + j for j, k in enumerate(key_nodes)})
    pairs = [
        (index[("account", a)], index[(kk, k)])
        for a, kk, k in kept.select("account_id", "key_kind", "key").iter_rows()
    ]
    g = ig.Graph(n=len(index), edges=pairs)
    start = np.random.default_rng(seed).uniform(-1, 1, size=(g.vcount(), 2)).tolist()
    # Attraction 1/degree of the key: hubs shared by every account do not pull the whole
    # campaign into one blob, so the keys that split it into sub-groups stay readable.
    key_degree = np.bincount([t for _, t in pairs], minlength=g.vcount())
    weights = [1.0 / max(1, key_degree[t]) ** 0.5 for _, t in pairs]
    coords = np.asarray(
        g.layout_fruchterman_reingold(seed=start, niter=400, weights=weights).coords, dtype=float
    )
    pad = 24
    lo, hi = coords.min(axis=0), coords.max(axis=0)
    span = np.where(hi - lo > 0, hi - lo, 1.0)
    xy = pad + (coords - lo) / span * (size - 2 * pad)
    deg = dict(zip(key_deg["key_kind"] + "\x00" + key_deg["key"], key_deg["deg"], strict=True))
    out = [
        f'<svg class="graph" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}" '
        f'width="{size}" height="{size}" role="img" aria-label="accounts and shared keys">'
    ]
    # All edges as one path: a tenth of the bytes of one <line> per edge.
    d = "".join(f"M{xy[s, 0]:.0f} {xy[s, 1]:.0f}L{xy[t, 0]:.0f} {xy[t, 1]:.0f}" for s, t in pairs)
    out.append(f'<path class="edges" d="{d}"/>')
    for i, a in enumerate(accounts):
        cls = "acct flagged" if a in flagged else "acct"
        out.append(
            f'<circle class="{cls}" cx="{xy[i, 0]:.1f}" cy="{xy[i, 1]:.1f}" r="4">'
            f"<title>account {esc(a)}{' (flagged)' if a in flagged else ''}</title></circle>"
        )
    for j, (kind, key) in enumerate(key_nodes):
        i = len(accounts) + j
        d = deg.get(f"{kind}\x00{key}", 1)
        r = 4 + min(8.0, float(np.sqrt(d)))
        colour = KEY_COLOURS.get(kind, OTHER_KEY_COLOUR)
        out.append(
            f'<rect class="key" x="{xy[i, 0] - r:.1f}" y="{xy[i, 1] - r:.1f}" width="{2 * r:.1f}" '
            f'height="{2 * r:.1f}" fill="{colour}"><title>{esc(kind)}: {esc(key)} — {d} accounts</title></rect>'
        )
        if j < n_badges:
            out.append(
                f'<text class="badge" x="{xy[i, 0]:.1f}" y="{xy[i, 1] + 3.5:.1f}" text-anchor="middle">{j + 1}</text>'
            )
    out.append("</svg>")
    return "".join(out), GraphInfo(
        **counts,
        badge_keys=[
            (kind, key, deg.get(f"{kind}\x00{key}", 1)) for kind, key in key_nodes[:n_badges]
        ],
    )


def key_legend(kinds: list[str]) -> str:
    """Small HTML legend for the key kinds present in a graph."""
    items = "".join(
        f'<span class="lg"><i style="background:{KEY_COLOURS.get(k, OTHER_KEY_COLOUR)}"></i>{esc(k)}</span>'
        for k in kinds
    )
    return (
        '<div class="legend"><span class="lg"><i class="dot flagged"></i>flagged account</span>'
        f'<span class="lg"><i class="dot"></i>other account</span>{items}</div>'
    )
