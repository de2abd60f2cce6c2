"""Turn what the user typed (a file, a folder, a glob, or several) into the input files to read."""

from __future__ import annotations

import glob
import os
from collections.abc import Sequence
from pathlib import Path

from distillwatch.errors import UserError

_GLOB_CHARS = frozenset("*?[")


def _is_data_file(path: Path, extensions: tuple[str, ...]) -> bool:
    name = path.name.lower()
    return path.is_file() and not name.startswith(".") and name.endswith(extensions)


def _inside(path: Path, folder: Path | None) -> bool:
    """Whether ``path`` lies in ``folder`` (both resolved); False when there is no folder."""
    return folder is not None and path.resolve().is_relative_to(folder)


def _in_hidden_folder(path: Path, root: Path) -> bool:
    """Whether a folder between ``root`` and ``path`` is hidden (a scan's ``.staging``)."""
    return any(part.startswith(".") for part in path.relative_to(root).parts[:-1])


def _check_readable(path: Path, spec: str) -> None:
    if not os.access(path, os.R_OK):
        raise UserError(f"cannot read {spec}: permission denied; check the file's permissions")


def expand_paths(
    spec: str | Path | Sequence[str | Path], *, skip: Path | None = None
) -> list[Path]:
    """Files named by ``spec``: a file, a folder (searched recursively), a glob, or a list of these.

    Folders contribute files whose extension a registered reader knows (``.jsonl``,
    ``.jsonl.gz``, ``.parquet``, ``.csv``, ...); hidden files and files in hidden folders
    are skipped. ``skip``: a folder whose files folders and globs never contribute (the
    command's output folder, so a scan of ``logs/`` into ``logs/scan`` does not read the
    previous run's results). A file named directly is read whatever its extension. The
    result is sorted and without repeats. Raises ``UserError`` naming the path when it does
    not exist, is unreadable or has no input files.
    """
    skipped = skip.resolve() if skip is not None else None
    from distillwatch.ingest.readers import known_extensions

    specs = [spec] if isinstance(spec, str | Path) else list(spec)
    if not specs:
        raise UserError("no input path given; pass a file, a folder or a glob")
    extensions = known_extensions()
    found: list[Path] = []
    for item in specs:
        text = str(item)
        path = Path(text).expanduser()
        if path.is_file():
            _check_readable(path, text)
            found.append(path)
        elif path.is_dir():
            _check_readable(path, text)
            files = sorted(
                p
                for p in path.rglob("*")
                if _is_data_file(p, extensions)
                and not _in_hidden_folder(p, path)
                and not _inside(p, skipped)
            )
            if not files:
                raise UserError(
                    f"no input files in folder {text} (looked for {', '.join(extensions)})"
                )
            found.extend(files)
        elif _GLOB_CHARS & set(text):
            matches = sorted(Path(m) for m in glob.glob(os.path.expanduser(text), recursive=True))
            files = [m for m in matches if m.is_file() and not _inside(m, skipped)]
            if not files:
                raise UserError(f"no files match the glob {text}; check the pattern and quoting")
            for file in files:
                _check_readable(file, str(file))
            found.extend(files)
        elif path.exists():
            raise UserError(f"cannot read {text}: not a regular file or folder")
        else:
            raise UserError(f"cannot read {text}: no such file or folder")
    unique: dict[Path, None] = {}
    for path in found:
        unique.setdefault(path, None)
    return list(unique)


def refuse_overwrite(inputs: Sequence[Path], out_dir: Path, names: Sequence[str]) -> None:
    """Raise ``UserError`` when a file the command writes (``names`` in ``out_dir``) is one
    of its ``inputs``: ``scan logs/events.parquet --out logs`` must not replace the logs."""
    targets = {(out_dir / name).resolve(): name for name in names}
    for path in inputs:
        name = targets.get(path.resolve())
        if name is not None:
            raise UserError(
                f"{path} is an input, and writing {name} into --out {out_dir} would replace "
                "it; choose another --out folder"
            )
