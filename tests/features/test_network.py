"""Networks per account: the /24 or /48 of each address, counted per account."""

from __future__ import annotations

import ipaddress
from datetime import UTC, datetime, timedelta

import polars as pl
from hypothesis import given
from hypothesis import strategies as st
from tests.features.test_behaviour import ev, events

from distillwatch.features import account_features
from distillwatch.features.network import network_counts, prefix_counts

T0 = datetime(2026, 5, 1, tzinfo=UTC)


def counts(pairs: list[tuple[str, str]]) -> dict[str, int]:
    lf = pl.DataFrame(pairs, schema=["account_id", "ip"], orient="row").lazy()
    per_prefix, _ = prefix_counts(lf)
    return dict(network_counts(per_prefix).iter_rows())


def test_networks_are_slash24_and_slash48_and_skip_unparseable_addresses() -> None:
    got = counts(
        [
            ("home", "10.0.0.1"),
            ("home", "10.0.0.2"),  # same /24
            ("home", "10.0.1.1"),
            ("v6", "2001:db8:1:2::1"),
            ("v6", "2001:db8:1:ffff::2"),  # same /48
            ("v6", "2001:db8:2::1"),
            ("v6", "::ffff:10.0.0.9"),  # an IPv4 address in IPv6 form: its /24
            ("junk", "not-an-ip"),
        ]
    )
    assert got == {"home": 2, "v6": 3}


@given(st.lists(st.tuples(st.sampled_from("ab"), st.ip_addresses(v=4)), min_size=1, max_size=60))
def test_network_count_is_the_distinct_slash24s(
    rows: list[tuple[str, ipaddress.IPv4Address]],
) -> None:
    want: dict[str, set[str]] = {}
    for acc, ip in rows:
        want.setdefault(acc, set()).add(str(ipaddress.ip_network(f"{ip}/24", strict=False)))
    assert counts([(a, str(ip)) for a, ip in rows]) == {a: len(n) for a, n in want.items()}


def test_a_rotating_pool_spreads_over_a_network_per_request_a_home_does_not() -> None:
    rows = [ev("proxy", T0 + timedelta(minutes=i), i, ip=f"10.{i}.7.1") for i in range(40)]
    rows += [ev("home", T0 + timedelta(minutes=i), i, ip=f"192.168.1.{i % 3}") for i in range(40)]
    f = account_features(events(rows)).sort("account_id")
    assert f["n_networks"].to_list() == [1, 40]
    assert f["network_spread"].to_list() == [1 / 40, 1.0]
