"""STIX 2.1 vocabulary of distillwatch: the fingerprint-set SDO and its extension-definition.

The ids here are fixed constants so every provider's bundles declare the same extension
and recipients recognise the custom object without coordination.
"""

from __future__ import annotations

from typing import Final

import stix2
from stix2 import properties as props

PROJECT_IDENTITY_ID: Final = "identity--6f1c9a52-3d44-4b8e-9a0f-2f6d5c1e7b30"
EXTENSION_ID: Final = "extension-definition--9d2b5f0a-7c1e-4a63-8b4d-1e3f6a7c9d21"
FINGERPRINT_TYPE: Final = "x-distillwatch-fingerprint-set"
SCHEMA_URL: Final = (
    "https://github.com/distillwatch/distillwatch/blob/main/docs/ARCHITECTURE.md#sharing"
)
FIXED_CREATED: Final = "2026-11-01T00:00:00.000Z"

#: fingerprint_kind values and how each was computed.
KIND_TEMPLATE: Final = "prompt-template-minhash-lsh"
KIND_PAYMENT: Final = "payment-fingerprint-hmac-sha256"
KIND_EMAIL: Final = "email-domain-hmac-sha256"


@stix2.v21.CustomObject(
    FINGERPRINT_TYPE,
    [
        ("name", props.StringProperty(required=True)),
        ("description", props.StringProperty()),
        ("fingerprint_kind", props.StringProperty(required=True)),
        ("algorithm", props.StringProperty()),
        ("key_id", props.StringProperty()),
        ("fingerprints", props.ListProperty(props.StringProperty, required=True)),
        ("confidence", props.IntegerProperty(min=0, max=100)),
    ],
    extension_name=EXTENSION_ID,
)
class FingerprintSet:
    """Fingerprints that cannot be inverted: MinHash LSH band keys of prompt skeletons, or
    HMAC-SHA256 of identifiers under a key shared among partners."""


def project_identity() -> stix2.v21.Identity:
    """The distillwatch project, creator of the extension definition."""
    return stix2.v21.Identity(
        id=PROJECT_IDENTITY_ID,
        created=FIXED_CREATED,
        modified=FIXED_CREATED,
        name="distillwatch project",
        identity_class="organization",
        description="Open-source detector of distillation campaigns against LLM APIs.",
    )


def extension_definition() -> stix2.v21.ExtensionDefinition:
    """Declares the ``x-distillwatch-fingerprint-set`` SDO (extension type new-sdo)."""
    return stix2.v21.ExtensionDefinition(
        id=EXTENSION_ID,
        created_by_ref=PROJECT_IDENTITY_ID,
        created=FIXED_CREATED,
        modified=FIXED_CREATED,
        name="distillwatch fingerprint set",
        description=(
            "A set of non-invertible fingerprints tied to a distillation campaign: MinHash LSH "
            "band keys of normalised prompt templates (hex), or HMAC-SHA256 of payment "
            "fingerprints / e-mail domains under a key shared among partners (key_id names it)."
        ),
        schema=SCHEMA_URL,
        version="1.0.0",
        extension_types=["new-sdo"],
    )
