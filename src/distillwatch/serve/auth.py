"""API keys with roles, stored hashed.

A key is ``dwk_<key_id>_<secret>`` with 256 random bits of secret; the database keeps
only its SHA-256 (a slow password hash buys nothing for a random 256-bit secret) and
the role. Roles: ``ingest`` (a gateway: post events, ask /v1/check), ``read`` (analysts:
read accounts, campaigns, decisions, metrics, and /v1/check), ``admin`` (everything,
plus overrides and account facts).
"""

from __future__ import annotations

import hashlib
import secrets
import threading
import time
from dataclasses import dataclass
from typing import Final

from distillwatch.errors import UserError
from distillwatch.serve.store import Store, now_us

ROLES: Final = ("ingest", "read", "admin")

#: What each permission needs: the roles that hold it.
PERMISSIONS: Final[dict[str, frozenset[str]]] = {
    "ingest": frozenset({"ingest", "admin"}),
    "check": frozenset({"ingest", "read", "admin"}),
    "read": frozenset({"read", "admin"}),
    "admin": frozenset({"admin"}),
}


@dataclass(frozen=True, slots=True)
class Principal:
    """Who made a request: key id and role (recorded as the actor of admin decisions)."""

    key_id: str
    role: str

    @property
    def actor(self) -> str:
        """Audit-log name of this caller."""
        return f"{self.role} key {self.key_id}"


def hash_key(key: str) -> str:
    """Stored form of a key."""
    return hashlib.sha256(key.encode()).hexdigest()


def create_key(store: Store, role: str, label: str = "") -> tuple[str, str]:
    """Create and store a key for ``role``; returns (key_id, key). The key is shown once."""
    if role not in ROLES:
        raise UserError(f"unknown role {role!r}; use one of {', '.join(ROLES)}")
    key_id = secrets.token_hex(4)
    key = f"dwk_{key_id}_{secrets.token_urlsafe(32)}"
    with store.write() as cur:
        cur.execute(
            "INSERT INTO api_keys(key_id, role, key_hash, label, created_at) VALUES (?, ?, ?, ?, ?)",
            (key_id, role, hash_key(key), label, now_us()),
        )
    return key_id, key


def revoke_key(store: Store, key_id: str) -> bool:
    """Revoke a key by id; False when there is no such active key."""
    with store.write() as cur:
        cur.execute(
            "UPDATE api_keys SET revoked_at = ? WHERE key_id = ? AND revoked_at IS NULL",
            (now_us(), key_id),
        )
        return cur.rowcount > 0


def list_keys(store: Store) -> list[tuple[str, str, str, int, int | None]]:
    """(key_id, role, label, created_at, revoked_at) of every key."""
    return store.read(
        "SELECT key_id, role, label, created_at, revoked_at FROM api_keys ORDER BY created_at"
    )


class KeyRing:
    """In-memory map of key hashes to principals, reloaded when an unknown key appears.

    Keys created with ``distillwatch keys create`` while the service runs are picked up on
    first use (at most one reload per ``reload_every`` seconds, so a flood of bad keys
    cannot hammer the database); revocations take effect within ``max_age`` seconds.
    """

    def __init__(self, store: Store, *, reload_every: float = 1.0, max_age: float = 10.0) -> None:
        self._store = store
        self._reload_every = reload_every
        self._max_age = max_age
        self._lock = threading.Lock()
        self._loaded_at = 0.0
        self._by_hash: dict[str, Principal] = {}
        self.reload()

    def reload(self) -> None:
        """Re-read active keys from the database."""
        rows = self._store.read(
            "SELECT key_hash, key_id, role FROM api_keys WHERE revoked_at IS NULL"
        )
        self._by_hash = {h: Principal(k, r) for h, k, r in rows}
        self._loaded_at = time.monotonic()

    def lookup(self, key: str) -> Principal | None:
        """The principal of a presented key, or None when unknown or revoked."""
        digest = hash_key(key)
        found = self._by_hash.get(digest)
        age = time.monotonic() - self._loaded_at
        if age >= self._max_age or (found is None and age >= self._reload_every):
            with self._lock:
                if time.monotonic() - self._loaded_at >= min(age, self._reload_every):
                    self.reload()
            found = self._by_hash.get(digest)
        return found

    def __len__(self) -> int:
        return len(self._by_hash)
