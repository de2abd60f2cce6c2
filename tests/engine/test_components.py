"""Large-star/small-star connected components agree with igraph on random graphs."""

from __future__ import annotations

import random

import igraph as ig
import pytest

from distillwatch.engine.spark.components import connected_components, labelled_components

pytestmark = pytest.mark.spark


def _partition(pairs: dict[int, int]) -> set[frozenset[int]]:
    """Node sets of a node -> component mapping."""
    groups: dict[int, set[int]] = {}
    for node, comp in pairs.items():
        groups.setdefault(comp, set()).add(node)
    return {frozenset(g) for g in groups.values()}


def _igraph_partition(n: int, edges: list[tuple[int, int]]) -> set[frozenset[int]]:
    """Reference components (only nodes that appear in an edge)."""
    used = sorted({v for e in edges for v in e})
    index = {v: i for i, v in enumerate(used)}
    graph = ig.Graph(n=len(used), edges=[(index[a], index[b]) for a, b in edges])
    return {frozenset(used[i] for i in comp) for comp in graph.connected_components()}


@pytest.mark.parametrize(
    ("seed", "n", "m"),
    [(1, 200, 150)],
)
def test_matches_igraph_on_random_graphs(spark, seed: int, n: int, m: int) -> None:
    rng = random.Random(seed)
    # Sparse random graphs (many small components), a long path and self-loops.
    edges = [(rng.randrange(n), rng.randrange(n)) for _ in range(m)]
    edges += [(1000 + i, 1001 + i) for i in range(25)]
    edges += [(5000, 5000), (5001, 5001)]
    df = spark.createDataFrame(edges, "src long, dst long")
    got = {r["node"]: r["component"] for r in connected_components(df).collect()}
    expected = _igraph_partition(n, edges)
    assert _partition(got) == expected
    # The label is the component's smallest node, as the paper's stars converge to.
    assert all(comp == min(nodes) for nodes in _partition(got) for comp in [got[min(nodes)]])


def test_labelled_components_on_string_nodes(spark) -> None:
    rows = [
        ("acct-1", "ip:10.0.0"),
        ("acct-2", "ip:10.0.0"),
        ("acct-3", "pay:x"),
        ("acct-4", "pay:x"),
        ("acct-2", "pay:y"),
        ("acct-5", "pay:y"),
        ("acct-9", "ua:solo"),
    ]
    df = spark.createDataFrame(rows, "account string, key string")
    got = {r["node"]: r["component"] for r in labelled_components(df, "account", "key").collect()}
    groups = {frozenset(n for n in g if n.startswith("acct")) for g in _partition(got)}
    assert groups == {
        frozenset({"acct-1", "acct-2", "acct-5"}),
        frozenset({"acct-3", "acct-4"}),
        frozenset({"acct-9"}),
    }
