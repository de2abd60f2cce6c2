"""The network an IP address belongs to (/24 for IPv4, /48 for IPv6), and how many of them
each account uses.

Infrastructure keys (``link.keys``) tie accounts on shared networks; the same prefixes,
counted per account, measure how an account's traffic is routed: a home, an office or a
cloud backend sends from a few networks, a rotating proxy pool from a new one nearly every
request.
"""

from __future__ import annotations

import ipaddress

import polars as pl


def ip_prefix(ip: str | None) -> str | None:
    """The /24 (IPv4) or /48 (IPv6) network of an address, as text; None if unparseable.

    IPv6 forms that carry an IPv4 address (``::ffff:a.b.c.d``, 6to4, Teredo) are keyed on
    that address's /24: their /48 would put every such client in one network.
    """
    if ip is None:
        return None
    try:
        addr: ipaddress.IPv4Address | ipaddress.IPv6Address = ipaddress.ip_address(ip)
    except ValueError:
        return None
    if isinstance(addr, ipaddress.IPv6Address):
        teredo = addr.teredo
        addr = addr.ipv4_mapped or addr.sixtofour or (teredo[1] if teredo else None) or addr
    bits = 24 if addr.version == 4 else 48
    return str(ipaddress.ip_network(f"{addr}/{bits}", strict=False))


def prefix_table(ips: pl.Series) -> pl.DataFrame:
    """Map each distinct IP to its prefix and kind (``ip24``/``ip48``); parsed once per IP."""
    uniq = ips.drop_nulls().unique()
    prefixes = [ip_prefix(ip) for ip in uniq.to_list()]
    return pl.DataFrame(
        {"ip": uniq, "prefix": prefixes}, schema={"ip": pl.String, "prefix": pl.String}
    ).with_columns(
        pl.when(pl.col("prefix").str.contains(":"))
        .then(pl.lit("ip48"))
        .otherwise(pl.lit("ip24"))
        .alias("key_kind")
    )


def prefix_counts(events: pl.LazyFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(account_id, key_kind, prefix, n): exchanges per account and network, and the
    :func:`prefix_table` of the distinct IPs they came from (each address parsed once)."""
    ip_counts = events.group_by("account_id", "ip").agg(pl.len().alias("n")).collect()
    prefixes = prefix_table(ip_counts["ip"])
    per_prefix = (
        ip_counts.join(prefixes.filter(pl.col("prefix").is_not_null()), on="ip", how="inner")
        .group_by("account_id", "key_kind", "prefix")
        .agg(pl.col("n").sum())
    )
    return per_prefix, prefixes


def network_counts(per_prefix: pl.DataFrame) -> pl.DataFrame:
    """(account_id, n_networks): distinct networks an account's exchanges came from."""
    return per_prefix.group_by("account_id").agg(pl.len().cast(pl.UInt32).alias("n_networks"))
