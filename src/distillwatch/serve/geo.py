"""Country of a request IP, offline.

Default: the IPv4+IPv6 country table that the ``geoip2fast`` PyPI package ships (no
network; ~0.2 s to load, a few µs a lookup). Alternatively a user-supplied MaxMind-format
``.mmdb`` (GeoLite2-Country, DB-IP lite, ...) read with ``maxminddb``. Lookups are
cached, since a gateway sees the same addresses again and again.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

from distillwatch.errors import UserError


def _mmdb_country(record: Any) -> str | None:
    """ISO code from the common mmdb layouts (GeoIP2/GeoLite2, DB-IP, flat ``country_code``)."""
    if not isinstance(record, dict):
        return None
    country = record.get("country")
    if isinstance(country, dict) and isinstance(country.get("iso_code"), str):
        return country["iso_code"]
    code = record.get("country_code")
    return code if isinstance(code, str) else None


class CountryLookup:
    """``country(ip) -> ISO alpha-2 | None`` (None for private, unknown or invalid IPs)."""

    def __init__(self, mmdb: Path | str | None = None, *, cache_size: int = 65536) -> None:
        self.source: str
        raw: Callable[[str], str | None]
        if mmdb is not None:
            import maxminddb

            path = Path(mmdb)
            try:
                reader = maxminddb.open_database(str(path))
            except (OSError, ValueError, maxminddb.InvalidDatabaseError) as err:
                raise UserError(f"{path}: cannot read as a MaxMind .mmdb ({err})") from err

            def raw(ip: str) -> str | None:
                try:
                    return _mmdb_country(reader.get(ip))
                except ValueError:
                    return None

            self.source = f"mmdb:{path.name}"
        else:
            from geoip2fast import GeoIP2Fast

            table = GeoIP2Fast(geoip2fast_data_file="geoip2fast-ipv6.dat.gz")

            def raw(ip: str) -> str | None:
                code = table.lookup(ip).country_code
                return code if code and code != "--" else None

            self.source = "geoip2fast"
        self._lookup = lru_cache(maxsize=cache_size)(raw)

    def country(self, ip: str | None) -> str | None:
        """Country of ``ip`` or None."""
        return self._lookup(ip) if ip else None
