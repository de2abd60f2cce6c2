"""Signal strengths, family combination and the convergence gate of campaign scores."""

from __future__ import annotations

import polars as pl
from hypothesis import given
from hypothesis import strategies as st

from distillwatch.score.account import family_strengths, signal_strengths, strength
from distillwatch.score.campaign import COORD_LINES, LINES, campaign_scores
from distillwatch.score.signals import SIGNALS


@given(st.lists(st.floats(-50, 50), min_size=1, max_size=30))
def test_strength_bounded_and_monotone(zs: list[float]) -> None:
    sig = SIGNALS[0]
    s = strength(pl.Series(sorted(zs)), sig).to_list()
    assert all(0.0 <= v <= 1.0 for v in s)
    assert s == sorted(s)


def test_outlier_stands_out_against_reliable_population() -> None:
    n = 60
    feats = pl.DataFrame(
        {
            "account_id": [f"a{i}" for i in range(n)],
            "n_events": [100] * (n - 1) + [500],
            "cot_share": [0.0] * (n - 1) + [0.6],
        }
    )
    s, baselines = signal_strengths(feats)
    assert baselines["cot_extraction"].median == 0.0
    assert s.filter(pl.col("account_id") == f"a{n - 1}")["s_cot_extraction"].item() == 1.0
    assert s.filter(pl.col("account_id") == "a0")["s_cot_extraction"].item() == 0.0
    fam = family_strengths(s)
    assert fam.filter(pl.col("account_id") == f"a{n - 1}")["f_extraction"].item() == 1.0


def test_few_exchanges_count_less() -> None:
    feats = pl.DataFrame(
        {
            "account_id": [f"a{i}" for i in range(40)],
            "n_events": [100] * 38 + [5, 100],
            "cot_share": [0.0] * 38 + [1.0, 1.0],
        }
    )
    s, _ = signal_strengths(feats)
    small, big = s.filter(pl.col("account_id").is_in(["a38", "a39"])).sort("account_id")[
        "s_cot_extraction"
    ]
    assert small < big


def _line(**values: float) -> dict:
    row = dict.fromkeys((*COORD_LINES, *LINES), 0.0) | {
        "community": 0,
        "n_accounts": 10,
        "f_extraction": 0.0,
        "strangers": 1.0,
    }
    return row | values


def test_convergence_gate() -> None:
    rows = [
        _line(
            coordination=1.0, coord_infrastructure=1.0, coord_payment=1.0, behaviour=1.0
        ),  # agency / batch
        _line(coordination=1.0, coord_template=1.0, content=1.0, f_extraction=1.0),  # judge product
        _line(
            coordination=1.0,
            coord_infrastructure=1.0,
            coord_payment=1.0,
            content=1.0,
            trust=1.0,
            pivot=1.0,
        ),
    ]
    out = campaign_scores(pl.DataFrame(rows))
    assert out["convergent"].to_list() == [False, False, True]
    score = out["campaign_score"].to_list()
    assert score[0] < 0.5 and score[1] < 0.5 and score[2] > 0.5


def test_multi_channel_coordination_of_strangers_converges_with_content() -> None:
    """Strangers tied by two independent channels while all targeting one capability are one
    operator; one organisation's accounts, or a single channel, are not enough."""
    hydra = {"coordination": 1.0, "coord_infrastructure": 1.0, "coord_payment": 1.0}
    rows = [
        _line(**hydra, content=1.0),  # two channels, strangers, targeting: hydra
        _line(**hydra, content=1.0, strangers=0.2),  # one org's accounts: agency-like
        _line(coordination=1.0, coord_infrastructure=1.0, content=1.0),  # one channel
        _line(**hydra),  # two channels but ordinary content
    ]
    out = campaign_scores(pl.DataFrame(rows))
    assert out["convergent"].to_list() == [True, False, False, False]


def test_partner_intel_corroborates_but_never_suffices_alone() -> None:
    """Another provider's attribution answers "who" (like extraction, trust or a pivot) but
    supporting lines are still needed: indicators are evidence, not a verdict."""
    intel = {"coordination": 1.0, "coord_intel": 1.0}
    rows = [
        _line(**intel, content=1.0, behaviour=1.0),  # attested + targeting + heavy use
        _line(**intel, content=1.0),  # attested + one supporting line only
        _line(coordination=1.0, coord_infrastructure=1.0, content=1.0, behaviour=1.0),
    ]
    out = campaign_scores(pl.DataFrame(rows))
    assert out["convergent"].to_list() == [True, False, False]
