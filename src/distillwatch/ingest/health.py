"""Warnings about input that was read but mostly rejected: a scan of such input runs to
the end and writes valid, near-empty outputs, which is easy to mistake for a clean result."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

#: Quarantined share of a table's rows from which a run warns.
WARN_SHARE: Final = 0.5


def quarantine_warnings(summary: Mapping[str, Any], quarantine_path: str) -> list[str]:
    """One line per table (events, accounts) whose rows were mostly quarantined."""
    lines = []
    for table, prefix in (("event", ""), ("accounts", "accounts_")):
        read = int(summary.get(f"{prefix}rows_read") or 0)
        bad = int(summary.get(f"{prefix}rows_quarantined") or 0)
        if read and bad / read >= WARN_SHARE:
            if bad == read:
                what = f"every {table} row ({read:,}) quarantined: nothing of it was analysed"
            else:
                what = (
                    f"{bad / read:.0%} of the {table} rows ({bad:,} of {read:,}) quarantined: "
                    "the results cover only the rest"
                )
            lines.append(f"{what}; reasons in {quarantine_path}")
    return lines
