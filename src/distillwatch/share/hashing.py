"""Keyed hashes for identifiers that may be shared only in a form that cannot be inverted.

HMAC-SHA256 with a secret agreed among sharing partners: a partner holding the same
secret hashes its own payment fingerprints / e-mail domains and compares; anyone else
sees random-looking hex. Without a secret such identifiers are not exported at all
(a hash with a freshly generated key would be useless to every recipient).
"""

from __future__ import annotations

import hashlib
import hmac
from pathlib import Path

from distillwatch.errors import UserError

MIN_SECRET_BYTES = 16
#: Link key kinds that are customer data: shared only as keyed hashes.
HASHED_KINDS = ("payment", "email_domain")


def read_secret(path: Path) -> bytes:
    """The sharing secret from a file (surrounding whitespace stripped); at least 16 bytes."""
    try:
        secret = Path(path).read_bytes().strip()
    except OSError as err:
        raise UserError(
            f"{path}: cannot read the secret file ({err.strerror}); check the path"
        ) from err
    if len(secret) < MIN_SECRET_BYTES:
        raise UserError(
            f"{path}: secret is {len(secret)} bytes; use at least {MIN_SECRET_BYTES} random bytes "
            "(e.g. `openssl rand -hex 32 > secret.key`)"
        )
    return secret


def normalise_identifier(kind: str, value: str) -> str:
    """Canonical form before hashing, so both partners hash the same text."""
    value = value.strip()
    return value.lower().rstrip(".") if kind == "email_domain" else value


def keyed_hash(secret: bytes, kind: str, value: str) -> str:
    """HMAC-SHA256 (hex) of ``kind`` and the normalised value; the kind separates namespaces."""
    msg = f"{kind}\x00{normalise_identifier(kind, value)}".encode()
    return hmac.new(secret, msg, hashlib.sha256).hexdigest()


def key_id(secret: bytes) -> str:
    """A short public id of the secret so recipients know which shared key to use."""
    return hmac.new(secret, b"distillwatch-key-id", hashlib.sha256).hexdigest()[:16]
