"""The data contract (../shared/CONTRACT.md) as code: field names, types and vocabularies.

Every stage imports its column names and dtypes from here, so the contract has one
definition in the package. Fields may be added; none may be renamed or retyped
without bumping ``CONTRACT_VERSION``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

import polars as pl

CONTRACT_VERSION: Final = "1"


@dataclass(frozen=True, slots=True)
class Field:
    """One contract field: its name, its typed Polars dtype and whether a row needs it."""

    name: str
    dtype: pl.DataType
    required: bool = False
    minimum: int | float | None = None
    #: A required text field that may be the empty string: a prompt with no text (an
    #: image-only or tool-result turn) is still an exchange; an empty id names nothing.
    may_be_empty: bool = False


TIMESTAMP = pl.Datetime("us", "UTC")

#: Section 1, one API exchange per row, in contract order.
EVENT_FIELDS: Final[tuple[Field, ...]] = (
    Field("event_id", pl.String(), required=True),
    Field("timestamp", TIMESTAMP, required=True),
    Field("account_id", pl.String(), required=True),
    Field("org_id", pl.String()),
    Field("api_key_id", pl.String()),
    Field("model", pl.String(), required=True),
    Field("ip", pl.String()),
    Field("user_agent", pl.String()),
    Field("system", pl.String()),
    Field("prompt", pl.String(), required=True, may_be_empty=True),
    Field("turn", pl.Int64(), minimum=0),
    Field("conversation_id", pl.String()),
    Field("input_tokens", pl.Int64(), minimum=0),
    Field("output_tokens", pl.Int64(), minimum=0),
    Field("max_tokens", pl.Int64(), minimum=1),
    Field("temperature", pl.Float64(), minimum=0.0),
    Field("n", pl.Int64(), minimum=1),
    Field("tools", pl.Int64(), minimum=0),
    Field("response_format", pl.String()),
    Field("finish_reason", pl.String()),
    Field("status", pl.Int64()),
    Field("response", pl.String()),
)

#: Event columns with few distinct values: Parquet writers of events (ingest staging, the
#: simulator) dictionary-encode these; ids and free text are written plain.
DICTIONARY_COLUMNS: Final = (
    "account_id",
    "org_id",
    "api_key_id",
    "model",
    "ip",
    "user_agent",
    "system",
    "response_format",
    "finish_reason",
)

#: Section 2, what the provider knows of each account.
ACCOUNT_FIELDS: Final[tuple[Field, ...]] = (
    Field("account_id", pl.String(), required=True),
    Field("created_at", TIMESTAMP),
    Field("declared_country", pl.String()),
    Field("payment_fingerprint", pl.String()),
    Field("email_domain", pl.String()),
    Field("verified", pl.Boolean()),
)

EVENT_SCHEMA: Final = pl.Schema({f.name: f.dtype for f in EVENT_FIELDS})
ACCOUNT_SCHEMA: Final = pl.Schema({f.name: f.dtype for f in ACCOUNT_FIELDS})
REQUIRED_EVENT_FIELDS: Final = tuple(f.name for f in EVENT_FIELDS if f.required)

#: Section 1: the reason codes a quarantined row may carry (``quarantine.jsonl``).
QUARANTINE_REASONS: Final = frozenset(
    {
        "missing_field",
        "bad_timestamp",
        "bad_ip",
        "negative_count",
        "bad_type",
        "unparseable",
        "bad_encoding",
        "too_large",
    }
)

#: Section 3: columns of ``accounts.csv`` in order.
ACCOUNTS_CSV_COLUMNS: Final = ("account_id", "score", "flagged", "campaign_id", "reasons")

#: Section 3: keys every campaign in ``campaigns.json`` carries.
CAMPAIGN_KEYS: Final = (
    "campaign_id",
    "accounts",
    "n_accounts",
    "n_exchanges",
    "first_seen",
    "last_seen",
    "exchanges_per_day",
    "capabilities",
    "models",
    "score",
    "evidence",
)

#: Section 3: keys ``summary.json`` always carries.
SUMMARY_KEYS: Final = (
    "contract_version",
    "rows_read",
    "rows_accepted",
    "rows_duplicate",
    "rows_quarantined",
    "accounts",
    "campaigns",
    "flagged_accounts",
    "wall_seconds",
)

#: Section 4: columns of the simulator's ``truth.csv``.
TRUTH_COLUMNS: Final = ("account_id", "campaign", "kind")

#: Targeted capabilities reported per campaign (keys of ``capabilities``).
CAPABILITIES: Final = (
    "reasoning",
    "coding",
    "agentic_tool_use",
    "structured_output",
    "grading",
    "policy_rewrite",
    "other",
)
