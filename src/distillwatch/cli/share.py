"""``distillwatch share``: export a scan's campaigns (STIX 2.1 or MISP); inspect received intel."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import orjson
import typer

from distillwatch.cli.app import app
from distillwatch.errors import UserError
from distillwatch.progress import console
from distillwatch.report.load import load_scan
from distillwatch.share.export import TLP, build_bundle
from distillwatch.share.hashing import read_secret
from distillwatch.share.intel import load_intel

share_app = typer.Typer(
    help="Share campaigns as STIX 2.1 (or MISP) without customer data; read partners' bundles.",
    no_args_is_help=True,
)
app.add_typer(share_app, name="share")


@share_app.command("export")
def export(
    scan_dir: Annotated[Path, typer.Argument(help="Folder written by `distillwatch scan --out`.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="File to write (JSON).")],
    secret_file: Annotated[
        Path | None,
        typer.Option(
            help="Secret shared with the recipients; payment fingerprints and e-mail domains "
            "are exported as HMAC-SHA256 under it. Without it they are left out."
        ),
    ] = None,
    tlp: Annotated[str, typer.Option(help="TLP marking: clear, green, amber or red.")] = "amber",
    provider: Annotated[
        str, typer.Option(help="Name of the sharing organisation (identity in the bundle).")
    ] = "distillwatch user",
    min_score: Annotated[
        float, typer.Option(help="Only campaigns with at least this score.")
    ] = 0.0,
    fmt: Annotated[
        str,
        typer.Option(
            "--format", help="stix (a STIX 2.1 bundle) or misp (a JSON list of MISP events)."
        ),
    ] = "stix",
) -> None:
    """Write campaigns, infrastructure indicators and fingerprints, without customer data."""
    if tlp.lower() not in TLP:
        raise UserError(f"--tlp {tlp!r}: use one of {', '.join(TLP)}")
    if fmt not in {"stix", "misp"}:
        raise UserError(f"--format {fmt!r}: use stix or misp")
    secret = read_secret(secret_file) if secret_file is not None else None
    scan = load_scan(scan_dir)
    if fmt == "misp":
        from distillwatch.share.misp import build_misp_events

        events, stats = build_misp_events(
            scan, provider=provider, tlp=tlp, secret=secret, min_score=min_score
        )
        text = orjson.dumps(events, option=orjson.OPT_INDENT_2).decode()
    else:
        bundle, stats = build_bundle(
            scan, provider=provider, tlp=tlp, secret=secret, min_score=min_score
        )
        text = bundle.serialize(pretty=True)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text + "\n", encoding="utf-8")
    for note in stats.notes:
        console.print(f"[yellow]note:[/] {note}", highlight=False)
    typer.echo(
        f"wrote {out} ({fmt}): {stats.campaigns} campaigns, {stats.indicators} indicators, "
        f"{stats.fingerprint_sets} fingerprint sets, {stats.hashed_identifiers} hashed "
        f"identifiers (TLP:{tlp.upper()})"
    )


@share_app.command("inspect")
def inspect(
    bundles: Annotated[
        list[Path], typer.Argument(help="STIX bundle files received from partners.")
    ],
) -> None:
    """Count what `scan --intel` would use from these bundles."""
    intel = load_intel(bundles)
    table = intel.table()
    if table.height:
        for kind, n in table.group_by("kind").len().sort("kind").iter_rows():
            typer.echo(f"{kind}: {n}")
    typer.echo(
        f"total: {len(intel)} usable values; {intel.skipped_patterns} indicators with patterns not used"
    )
