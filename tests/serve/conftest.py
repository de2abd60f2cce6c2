"""Fixtures of the live-service tests: a database, a service with a detection double, keys.

The detection double stands in for ``pipeline.detect`` only where a test needs exact,
known scores (policy and decision logic); the end-to-end tests run the real one.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from serve_support import POLICY, fake_detect

from distillwatch.serve.app import create_app
from distillwatch.serve.auth import create_key
from distillwatch.serve.geo import CountryLookup
from distillwatch.serve.policy import Policy, parse_policy
from distillwatch.serve.service import ServeConfig, Service
from distillwatch.serve.store import Store


@pytest.fixture
def policy() -> Policy:
    return parse_policy(POLICY, "test-policy")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store(tmp_path / "serve.db")
    yield s
    s.close()


@pytest.fixture(scope="session")
def geo() -> CountryLookup:
    """One IP-country table for all tests (loading it takes a few hundred ms)."""
    return CountryLookup()


@pytest.fixture
def service(store: Store, policy: Policy, geo: CountryLookup) -> Service:
    return Service(store, policy, config=ServeConfig(background=False), geo=geo, detect=fake_detect)


@pytest.fixture
def keys(store: Store) -> dict[str, str]:
    return {role: create_key(store, role)[1] for role in ("ingest", "read", "admin")}


@pytest.fixture
def client(service: Service, keys: dict[str, str]) -> Iterator[TestClient]:
    with TestClient(create_app(service)) as c:
        yield c
