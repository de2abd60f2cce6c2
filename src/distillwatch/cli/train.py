"""``distillwatch train-content``: retrain the content model shipped in the package."""

from __future__ import annotations

from pathlib import Path

import typer

from distillwatch.cli.app import app
from distillwatch.errors import UserError
from distillwatch.progress import console

_PACKAGE_MODEL = Path(__file__).resolve().parents[1] / "features" / "content" / "model"


@app.command("train-content")
def train_content(
    shared: Path = typer.Option(
        Path("../shared/data"), "--shared", help="shared/data folder (organic/, distill_tooling/)."
    ),
    phrases: list[Path] = typer.Option(
        [Path("benchmarks/heldout_phrases")],
        "--phrases",
        help="Labelled phrase-set JSONL files, or folders of them (label, prompt).",
    ),
    out: Path = typer.Option(
        _PACKAGE_MODEL, "--out", "-o", help="Folder for content_model.npz and its card."
    ),
) -> None:
    """Fit the content model on labelled phrase sets, generator requests and organic prompts,
    set its thresholds on held-out ShareGPT conversations, and write it to OUT."""
    from distillwatch.features.content.training import train
    from distillwatch.simulate.corpus import sharegpt_turns

    for folder in (shared / "organic", shared / "distill_tooling"):
        if not folder.is_dir():
            raise UserError(f"{folder}: not a folder; give --shared the shared/data folder")
    files: list[Path] = []
    for path in phrases:
        if path.is_dir():
            files.extend(sorted(path.glob("*.jsonl")))
        elif path.is_file():
            files.append(path)
        else:
            raise UserError(f"{path}: no such phrase-set file or folder (--phrases)")
    if not files:
        raise UserError("no phrase-set .jsonl files found; give --phrases a file or folder")
    with console.status("training the content model"):
        try:
            model = train(shared, files, sharegpt_turns())
        except ValueError as err:
            raise UserError(str(err)) from err
    out.mkdir(parents=True, exist_ok=True)
    model.save(out)
    thresholds = ", ".join(f"{k} {v:.3f}" for k, v in model.card["thresholds"].items())
    console.print(f"wrote {out} (thresholds: {thresholds})", highlight=False)
