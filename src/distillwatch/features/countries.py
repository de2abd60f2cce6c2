"""Country -> representative UTC offset (hours), to place activity in an account's local day.

Standard time of the most populous zone of each country; DST and multi-zone countries are
approximated on purpose: the signal is "active through the declared local night", which
survives an hour or two of error. Unknown countries get no local-day feature (null).
"""

from __future__ import annotations

from typing import Final

import polars as pl

UTC_OFFSET_HOURS: Final[dict[str, float]] = {
    "US": -6, "CA": -5, "MX": -6, "BR": -3, "AR": -3, "CL": -4, "CO": -5, "PE": -5, "VE": -4,
    "GB": 0, "IE": 0, "PT": 0, "ES": 1, "FR": 1, "DE": 1, "IT": 1, "NL": 1, "BE": 1, "CH": 1,
    "AT": 1, "SE": 1, "NO": 1, "DK": 1, "PL": 1, "CZ": 1, "HU": 1, "FI": 2, "GR": 2, "RO": 2,
    "BG": 2, "UA": 2, "IL": 2, "EG": 2, "ZA": 2, "TR": 3, "RU": 3, "SA": 3, "KE": 3, "NG": 1,
    "AE": 4, "IR": 3.5, "PK": 5, "IN": 5.5, "BD": 6, "LK": 5.5, "NP": 5.75, "TH": 7, "VN": 7,
    "ID": 7, "MY": 8, "SG": 8, "PH": 8, "CN": 8, "HK": 8, "TW": 8, "KR": 9, "JP": 9,
    "AU": 10, "NZ": 12, "KZ": 5, "UZ": 5, "BY": 3, "LT": 2, "LV": 2, "EE": 2, "MA": 1,
    "DZ": 1, "TN": 1, "GH": 0, "ET": 3, "TZ": 3, "UG": 3, "SK": 1, "SI": 1, "HR": 1, "RS": 1,
    "IS": 0, "LU": 1, "QA": 3, "KW": 3, "JO": 3, "LB": 2, "MN": 8, "KH": 7, "MM": 6.5,
}  # fmt: skip


def offsets_frame() -> pl.DataFrame:
    """The offset table as a frame (declared_country, utc_offset_hours) for joins."""
    return pl.DataFrame(
        {
            "declared_country": list(UTC_OFFSET_HOURS),
            "utc_offset_hours": [float(v) for v in UTC_OFFSET_HOURS.values()],
        }
    )
