"""``distillwatch share``: export a scan's campaigns as a STIX 2.1 bundle; inspect received intel."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from distillwatch.cli.app import app
from distillwatch.errors import UserError
from distillwatch.progress import console
from distillwatch.report.load import load_scan
from distillwatch.share.export import TLP, build_bundle
from distillwatch.share.hashing import read_secret
from distillwatch.share.intel import load_intel

share_app = typer.Typer(
    help="Share campaigns as STIX 2.1 without customer data; read partners' bundles.",
    no_args_is_help=True,
)
app.add_typer(share_app, name="share")


@share_app.command("export")
def export(
    scan_dir: Annotated[Path, typer.Argument(help="Folder written by `distillwatch scan --out`.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Bundle file to write (JSON).")],
    secret_file: Annotated[
        Path | None,
        typer.Option(
            help="Secret shared with the recipients; payment fingerprints and e-mail domains are exported as HMAC-SHA256 under it. Without it they are left out."
        ),
    ] = None,
    tlp: Annotated[str, typer.Option(help="TLP marking: clear, green, amber or red.")] = "amber",
    provider: Annotated[
        str, typer.Option(help="Name of the sharing organisation (identity in the bundle).")
    ] = "distillwatch user",
    min_score: Annotated[
        float, typer.Option(help="Only campaigns with at least this score.")
    ] = 0.0,
) -> None:
    """Write a STIX 2.1 bundle: campaign, intrusion-set, indicators and fingerprint sets per campaign."""
    if tlp.lower() not in TLP:
        raise UserError(f"--tlp {tlp!r}: use one of {', '.join(TLP)}")
    secret = read_secret(secret_file) if secret_file is not None else None
    bundle, stats = build_bundle(
        load_scan(scan_dir), provider=provider, tlp=tlp, secret=secret, min_score=min_score
    )
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(bundle.serialize(pretty=True) + "\n", encoding="utf-8")
    for note in stats.notes:
        console.print(f"[yellow]note:[/] {note}", highlight=False)
    typer.echo(
        f"wrote {out}: {stats.campaigns} campaigns, {stats.indicators} indicators, "
        f"{stats.fingerprint_sets} fingerprint sets, {stats.hashed_identifiers} hashed identifiers (TLP:{tlp.upper()})"
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
    counts = table.group_by("kind").len().sort("kind") if table.height else table
    for kind, n in counts.iter_rows() if table.height else []:
        typer.echo(f"{kind}: {n}")
    typer.echo(
        f"total: {len(intel)} usable values; {intel.skipped_patterns} indicators with patterns not used"
    )
