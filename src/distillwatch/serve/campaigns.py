"""Stable campaign ids across re-scoring runs.

Each run's detection numbers its campaigns afresh; the service keeps the ids a reviewer
and the audit log already know by matching every new campaign to the known campaign it
shares most accounts with (Jaccard overlap, greedy, each matched at most once). Accounts
of a hydra cluster get replaced, so a campaign keeps its id as long as some of its
accounts carry over.
"""

from __future__ import annotations

from collections.abc import Sequence


def campaign_name(number: int) -> str:
    """Service-wide campaign id for the ``number``-th new campaign."""
    return f"CMP-{number:05d}"


def match_campaigns(
    known: dict[str, frozenset[str]],
    new: Sequence[frozenset[str]],
    next_number: int,
    *,
    min_jaccard: float = 0.05,
) -> tuple[list[str], int]:
    """Stable id for each of ``new`` (same order) and the next unused campaign number.

    A new campaign takes the id of the known campaign with the highest Jaccard overlap
    (at least ``min_jaccard``), best pairs first; the rest get fresh ids.
    """
    by_account: dict[str, list[str]] = {}
    for cid, members in known.items():
        for a in members:
            by_account.setdefault(a, []).append(cid)
    pairs: list[tuple[float, int, int, str]] = []
    for i, members in enumerate(new):
        shared: dict[str, int] = {}
        for a in members:
            for cid in by_account.get(a, ()):
                shared[cid] = shared.get(cid, 0) + 1
        for cid, inter in shared.items():
            jaccard = inter / (len(members) + len(known[cid]) - inter)
            if jaccard >= min_jaccard:
                pairs.append((jaccard, inter, i, cid))
    pairs.sort(key=lambda p: (-p[0], -p[1], p[2], p[3]))
    ids: list[str | None] = [None] * len(new)
    used: set[str] = set()
    for _, _, i, cid in pairs:
        if ids[i] is None and cid not in used:
            ids[i] = cid
            used.add(cid)
    out: list[str] = []
    for cid in ids:
        if cid is None:
            cid = campaign_name(next_number)
            next_number += 1
        out.append(cid)
    return out, next_number
