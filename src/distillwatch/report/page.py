"""Assemble ``report.html`` from a parsed scan: summary, ranked campaigns and their dossiers.

Plain string building with :func:`~distillwatch.report.svg.esc` on every value that can
come from log content; the page carries a Content-Security-Policy forbidding scripts and
remote loads, so a string that slipped through escaping still could not run or phone home.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import polars as pl

from distillwatch.report.load import (
    Pivot,
    ScanResult,
    model_releases,
    parse_day,
    parse_ts,
    pivot_info,
)
from distillwatch.report.style import CSS
from distillwatch.report.svg import (
    KEY_COLOURS,
    MODEL_COLOURS,
    OTHER_KEY_COLOUR,
    GraphInfo,
    esc,
    graph_svg,
    key_legend,
    timeline_svg,
)

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
TOP_ACCOUNTS = 12


def _num(value: Any, digits: int = 3) -> str:
    """Format a number for a table cell; anything else is escaped text."""
    if isinstance(value, bool) or value is None:
        return esc(value if value is not None else "—")
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        return f"{value:.{digits}g}" if abs(value) < 1000 else f"{value:,.0f}"
    return esc(value)


def _when(value: Any) -> str:
    """'2026-04-22 00:33 UTC' from an RFC 3339 string or epoch ms; the raw value otherwise."""
    ts = parse_ts(value)
    return ts.strftime("%Y-%m-%d %H:%M UTC") if ts is not None else esc(value)


def _span_days(camp: dict[str, Any]) -> str:
    first, last = parse_day(camp.get("first_seen")), parse_day(camp.get("last_seen"))
    if first is None or last is None:
        return "—"
    return f"{(last - first).days + 1} days"


def _share_bars(shares: dict[str, Any], colours: dict[str, str] | None = None) -> str:
    """Horizontal share bars for capability/model mixes, largest first."""
    rows = []
    for name, share in sorted(shares.items(), key=lambda kv: -float(kv[1] or 0)):
        pct = max(0.0, min(100.0, float(share or 0) * 100))
        colour = (colours or {}).get(name, "#0f766e")
        rows.append(
            f'<div class="share"><span class="sname">{esc(name)}</span>'
            f'<span class="sbar"><i style="width:{pct:.1f}%;background:{colour}"></i></span>'
            f'<span class="sval">{pct:.0f}%</span></div>'
        )
    return "".join(rows) or '<p class="missing">none recorded</p>'


def _summary_block(scan: ScanResult) -> str:
    s = scan.summary
    cards = [
        ("rows read", s.get("rows_read")),
        ("accepted", s.get("rows_accepted")),
        ("duplicate", s.get("rows_duplicate")),
        ("quarantined", s.get("rows_quarantined")),
        ("accounts", s.get("accounts")),
        ("campaigns", s.get("campaigns", len(scan.campaigns))),
        ("flagged accounts", s.get("flagged_accounts")),
        ("scan seconds", s.get("wall_seconds")),
    ]
    html = ['<div class="cards">']
    html += [f'<div class="card"><b>{_num(v)}</b><span>{esc(k)}</span></div>' for k, v in cards]
    html.append("</div>")
    if scan.quarantine_reasons:
        reasons = ", ".join(f"{esc(r)}: {n:,}" for r, n in scan.quarantine_reasons.items())
        html.append(
            f'<p class="note">Quarantined rows by reason (see quarantine.jsonl): {reasons}</p>'
        )
    return "".join(html)


def _notes(scan: ScanResult) -> str:
    notes = []
    if scan.metadata_only:
        notes.append(
            "This scan ran <b>metadata-only</b>: no prompt text was read, so content signals "
            "(chain-of-thought elicitation, templates, grading, policy rewrites) are absent and "
            "campaigns rest on infrastructure, timing and volume alone."
        )
    if scan.daily is None:
        notes.append("No <code>daily.parquet</code> in the scan folder: timelines are not shown.")
    if scan.links is None:
        notes.append(
            "No <code>links.parquet</code> in the scan folder: account–key graphs are not shown."
        )
    if scan.accounts is None:
        notes.append(
            "No <code>accounts.csv</code> in the scan folder: flagged-account tables are not shown."
        )
    return "".join(f'<div class="banner">{n}</div>' for n in notes)


def _pivot_text(pivot: Pivot | None, *, short: bool = False) -> str:
    """'atlas-3 (45% in 24 h)' for the ranking; a sentence for the dossier."""
    if pivot is None:
        return "—"
    share = f"{pivot.share_24h * 100:.0f}%" if pivot.share_24h is not None else "?"
    if short:
        return f"{esc(pivot.model)} ({share} in 24 h)"
    base = f" (population {pivot.baseline * 100:.0f}%)" if pivot.baseline is not None else ""
    when = f" released {pivot.released.isoformat()}" if pivot.released else ""
    return f"{esc(pivot.model)}{when}: {share} of the campaign's traffic on it within 24 h{base}"


def _ranking(scan: ScanResult, releases: dict[str, date]) -> str:
    if not scan.campaigns:
        return '<p class="empty">No campaigns found in this scan.</p>'
    rows = []
    for i, c in enumerate(scan.campaigns, start=1):
        caps = c.get("capabilities") or {}
        top_cap = max(caps, key=lambda k: float(caps[k] or 0)) if caps else "—"
        pivot_txt = _pivot_text(pivot_info(c, releases), short=True)
        rows.append(
            f'<tr><td>{i}</td><td><a href="#camp-{i}">{esc(c["campaign_id"])}</a></td>'
            f"<td>{_num(float(c['score']))}</td><td>{_num(int(c['n_accounts']))}</td>"
            f"<td>{_num(int(c['n_exchanges']))}</td><td>{_span_days(c)}</td>"
            f"<td>{_num(c.get('exchanges_per_day'))}</td><td>{esc(top_cap)}</td><td>{pivot_txt}</td></tr>"
        )
    head = "<tr><th>#</th><th>campaign</th><th>score</th><th>accounts</th><th>exchanges</th><th>span</th><th>per day</th><th>top capability</th><th>model pivot</th></tr>"
    return f'<table class="ranking"><thead>{head}</thead><tbody>{"".join(rows)}</tbody></table>'


def _evidence(camp: dict[str, Any]) -> str:
    rows = []
    for ev in camp.get("evidence") or []:
        value, base = ev.get("value"), ev.get("baseline")
        ratio = "—"
        if isinstance(value, int | float) and isinstance(base, int | float) and base:
            ratio = f"×{value / base:,.3g}"
        rows.append(
            f"<tr><td>{esc(ev.get('signal', ''))}</td><td>{_num(value)}</td><td>{_num(base)}</td>"
            f"<td>{ratio}</td><td>{esc(ev.get('detail', ''))}</td></tr>"
        )
    if not rows:
        return '<p class="missing">No evidence recorded.</p>'
    head = "<tr><th>signal</th><th>campaign</th><th>population baseline</th><th>ratio</th><th>detail</th></tr>"
    return f'<table class="evidence"><thead>{head}</thead><tbody>{"".join(rows)}</tbody></table>'


def _top_accounts(accounts: pl.DataFrame | None, campaign_id: str) -> str:
    if accounts is None:
        return ""
    top = accounts.filter((pl.col("campaign_id") == campaign_id) & pl.col("flagged")).sort(
        ["score", "account_id"], descending=[True, False]
    )
    n = top.height
    rows = [
        f"<tr><td>{esc(a)}</td><td>{s:.3f}</td><td>{''.join(f'<span class=tag>{esc(r)}</span>' for r in str(reasons).split(';') if r)}</td></tr>"
        for a, s, reasons in top.head(TOP_ACCOUNTS)
        .select("account_id", "score", "reasons")
        .iter_rows()
    ]
    if not rows:
        return '<p class="missing">No flagged accounts in this campaign.</p>'
    head = "<tr><th>account</th><th>score</th><th>reasons (strongest first)</th></tr>"
    more = (
        f'<p class="note">Showing {len(rows)} of {n} flagged accounts; all are in accounts.csv.</p>'
        if n > len(rows)
        else ""
    )
    return (
        f'<table class="accounts"><thead>{head}</thead><tbody>{"".join(rows)}</tbody></table>{more}'
    )


def _infrastructure(camp: dict[str, Any]) -> str:
    infra = camp.get("infrastructure") or {}
    parts = []
    for label, key in (
        ("IP prefixes", "ip_prefixes"),
        ("User agents", "user_agents"),
        ("ASNs", "asns"),
    ):
        values = infra.get(key) or []
        if values:
            shown = "".join(f"<code>{esc(v)}</code>" for v in values[:20])
            extra = f" … and {len(values) - 20} more" if len(values) > 20 else ""
            parts.append(f"<dt>{label}</dt><dd>{shown}{extra}</dd>")
    fps = camp.get("template_fingerprints") or []
    if fps:
        parts.append(f"<dt>Template fingerprints</dt><dd>{len(fps)} LSH band keys</dd>")
    return f'<dl class="infra">{"".join(parts)}</dl>' if parts else ""


def _badge_table(info: GraphInfo, n_accounts: int) -> str:
    """The numbered keys of the graph: what most of the campaign's accounts share."""
    if not info.badge_keys:
        return ""
    rows = "".join(
        f'<tr><td><b>{i}</b></td><td><i class=sw style="background:{KEY_COLOURS.get(kind, OTHER_KEY_COLOUR)}"></i>{esc(kind)}</td>'
        f"<td><code>{esc(key)}</code></td><td>{deg:,}</td><td>{deg / max(1, n_accounts):.0%}</td></tr>"
        for i, (kind, key, deg) in enumerate(info.badge_keys, start=1)
    )
    head = "<tr><th>#</th><th>key kind</th><th>key</th><th>accounts</th><th>of campaign</th></tr>"
    return f'<table class="keys"><thead>{head}</thead><tbody>{rows}</tbody></table>'


def _campaign_section(
    i: int,
    camp: dict[str, Any],
    scan: ScanResult,
    daily_by: dict[str, pl.DataFrame],
    all_daily: pl.DataFrame | None,
    links_by: dict[str, pl.DataFrame],
    flagged: set[str],
    model_colours: dict[str, str],
    releases: dict[str, date],
) -> str:
    cid = str(camp["campaign_id"])
    pivot = pivot_info(camp, releases)
    dossier = [
        ("score", _num(float(camp["score"]))),
        ("accounts", _num(int(camp["n_accounts"]))),
        ("exchanges", _num(int(camp["n_exchanges"]))),
        ("first seen", _when(camp.get("first_seen"))),
        ("last seen", _when(camp.get("last_seen"))),
        ("span", _span_days(camp)),
        ("exchanges per day", _num(camp.get("exchanges_per_day"))),
    ]
    if pivot is not None:
        dossier.append(("model pivot", _pivot_text(pivot)))
    dl = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in dossier)
    if all_daily is None:
        timeline = '<p class="missing">No daily.parquet: timeline not available.</p>'
    else:
        cd = daily_by.get(
            cid, pl.DataFrame(schema={"day": pl.Date, "model": pl.String, "exchanges": pl.Int64})
        )
        timeline = timeline_svg(cd, all_daily, model_colours, releases)
        models = sorted(cd["model"].unique().to_list()) if cd.height else []
        timeline += (
            '<div class="legend">'
            + "".join(
                f'<span class="lg"><i style="background:{model_colours.get(m, "#64748b")}"></i>{esc(m)}</span>'
                for m in models
            )
            + '<span class="lg"><i class="alltraffic-key"></i>all traffic (right axis)</span></div>'
        )
    if scan.links is None:
        graph = '<p class="missing">No links.parquet: graph not available.</p>'
    else:
        lk = links_by.get(cid)
        if lk is None or lk.height == 0:
            graph = '<p class="missing">No shared keys recorded for this campaign.</p>'
        else:
            svg, info = graph_svg(lk, flagged)
            kinds = sorted(lk["key_kind"].unique().to_list())
            graph = svg + key_legend(kinds) + _badge_table(info, int(camp["n_accounts"]))
            if info.accounts_shown < info.accounts_total or info.keys_shown < info.keys_total:
                graph += (
                    f'<p class="note">Showing {info.accounts_shown} of {info.accounts_total} accounts '
                    f"and the {info.keys_shown} most shared of {info.keys_total} keys.</p>"
                )
    return (
        f'<section class="campaign" id="camp-{i}" data-rank="{i}">'
        f'<h2><span class="rank">#{i}</span> campaign {esc(cid)} <span class="score">score {_num(float(camp["score"]))}</span></h2>'
        f'<div class="grid2"><div><h3>Dossier</h3><dl class="dossier">{dl}</dl>'
        f"<h3>Targeted capabilities</h3>{_share_bars(camp.get('capabilities') or {})}"
        f"<h3>Models</h3>{_share_bars(camp.get('models') or {}, model_colours)}"
        f"{_infrastructure(camp)}</div>"
        f"<div><h3>Daily exchanges</h3>{timeline}<h3>Accounts and shared keys</h3>{graph}</div></div>"
        f"<h3>Evidence</h3>{_evidence(camp)}"
        f"<h3>Top flagged accounts</h3>{_top_accounts(scan.accounts, cid)}"
        "</section>"
    )


def _model_colours(scan: ScanResult) -> dict[str, str]:
    models: list[str] = []
    if scan.daily is not None:
        models = (
            scan.daily.group_by("model")
            .agg(pl.col("exchanges").sum())
            .sort(["exchanges", "model"], descending=[True, False])["model"]
            .to_list()
        )
    for c in scan.campaigns:
        models += [m for m in (c.get("models") or {}) if m not in models]
    return {m: MODEL_COLOURS[k % len(MODEL_COLOURS)] for k, m in enumerate(models)}


def render_report(scan: ScanResult, *, generated_at: datetime) -> str:
    """The whole page as one string: no external resource, no script."""
    model_colours = _model_colours(scan)
    releases = model_releases(scan.daily)
    daily_by: dict[str, pl.DataFrame] = {}
    all_daily = None
    if scan.daily is not None:
        camp_daily = scan.daily.filter(pl.col("campaign_id").is_not_null())
        daily_by = {
            k[0]: v for k, v in camp_daily.partition_by("campaign_id", as_dict=True).items()
        }
        all_daily = (
            scan.daily.filter(pl.col("campaign_id").is_null())
            .group_by("day")
            .agg(pl.col("exchanges").sum())
            .sort("day")
        )
    links_by: dict[str, pl.DataFrame] = {}
    if scan.links is not None:
        links_by = {
            k[0]: v for k, v in scan.links.partition_by("campaign_id", as_dict=True).items()
        }
    flagged: set[str] = set()
    if scan.accounts is not None:
        flagged = set(scan.accounts.filter(pl.col("flagged"))["account_id"].to_list())
    sections = "".join(
        _campaign_section(
            i, c, scan, daily_by, all_daily, links_by, flagged, model_colours, releases
        )
        for i, c in enumerate(scan.campaigns, start=1)
    )
    title = f"distillwatch report — {len(scan.campaigns)} campaign(s)"
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(title)}</title><style>{CSS}</style></head><body>"
        f'<header><h1>distillwatch report</h1><p class="sub">scan folder {esc(scan.scan_dir.name)} · '
        f"contract {esc(scan.summary.get('contract_version', '?'))} · generated {esc(generated_at.strftime('%Y-%m-%d %H:%M UTC'))}</p></header>"
        f"<main>{_notes(scan)}<h2>Scan summary</h2>{_summary_block(scan)}"
        f"<h2>Campaigns, ranked</h2>{_ranking(scan, releases)}{sections}</main>"
        "<footer>Every figure here is in campaigns.json / accounts.csv of the scan folder. "
        "A campaign is a group of accounts linked by shared keys; check its evidence before acting.</footer>"
        "</body></html>\n"
    )
