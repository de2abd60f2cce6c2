"""Connected components in Spark DataFrames: large-star / small-star (Kiveris et al. 2014).

"Connected Components in MapReduce and Beyond" (SoCC 2014): alternate the two star
operations on the edge list until nothing changes; every node then points at the
smallest node id of its component. O(log^2 n) rounds, each a few shuffles, with no vertex
state on the driver, so it scales with the cluster. It stops as soon as the edges form
a star forest (each node points at its component's minimum). Plans are cut after each
round (checkpoint) so the lineage does not grow with the iterations.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pyspark.sql import DataFrame as SparkDataFrame

#: Safety bound; the algorithm needs O(log^2 n) rounds (about 20 for a billion nodes).
MAX_ROUNDS = 200


def large_star(edges: SparkDataFrame) -> SparkDataFrame:
    """Connect every strictly larger neighbour of u to the minimum of u's closed neighbourhood."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    both = edges.select("src", "dst").union(edges.select(F.col("dst"), F.col("src")))
    m = F.least(F.min("dst").over(Window.partitionBy("src")), F.col("src"))
    return (
        both.select("src", "dst", m.alias("m"))
        .where(F.col("dst") > F.col("src"))
        .select(F.col("dst").alias("src"), F.col("m").alias("dst"))
        .distinct()
    )


def small_star(edges: SparkDataFrame) -> SparkDataFrame:
    """Connect every smaller-or-equal neighbour of u (and u) to the minimum of that set."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    oriented = edges.select(
        F.greatest("src", "dst").alias("src"), F.least("src", "dst").alias("dst")
    ).where(F.col("src") != F.col("dst"))
    m = F.min("dst").over(Window.partitionBy("src"))
    # Each u contributes (v, m) for its smaller neighbours v and (u, m) for itself.
    linked = oriented.select("src", m.alias("m"), F.array("dst", "src").alias("pair")).select(
        F.explode("pair").alias("src"), F.col("m").alias("dst")
    )
    return linked.where(F.col("src") != F.col("dst")).distinct()


def _is_star_forest(edges: SparkDataFrame) -> bool:
    """True when every node has at most one outgoing edge and no edge target has one.

    Small-star orients every edge towards the smaller id, so a star forest it produced has
    each component's minimum at the centre: the algorithm's fixpoint, found one round
    earlier than by comparing two rounds. One shuffle, one job.
    """
    from pyspark.sql import functions as F

    roles = edges.select(
        F.col("src").alias("node"), F.lit(1).alias("out"), F.lit(0).alias("target")
    ).union(edges.select(F.col("dst"), F.lit(0), F.lit(1)))
    per = roles.groupBy("node").agg(F.sum("out").alias("o"), F.max("target").alias("t"))
    bad = per.where((F.col("o") > 1) | ((F.col("o") >= 1) & (F.col("t") == 1)))
    return bad.limit(1).count() == 0


def _cut(edges: SparkDataFrame) -> SparkDataFrame:
    """Materialise and truncate the plan: reliable checkpoint when a directory is set."""
    if edges.sparkSession.sparkContext.getCheckpointDir():
        return edges.checkpoint(eager=True)
    return edges.localCheckpoint(eager=True)


def connected_components(edges: SparkDataFrame, *, max_rounds: int = MAX_ROUNDS) -> SparkDataFrame:
    """``(node, component)`` for every node of integer ``src``/``dst`` edges.

    ``component`` is the smallest node id in the node's component. Self-loops keep an
    isolated node in the result.
    """
    from pyspark.sql import functions as F

    current = _cut(
        edges.select(F.greatest("src", "dst").alias("src"), F.least("src", "dst").alias("dst"))
        .where(F.col("src") != F.col("dst"))
        .distinct()
    )
    rounds = 0
    while not _is_star_forest(current):
        if rounds == max_rounds:
            raise RuntimeError(f"large-star/small-star did not converge in {max_rounds} rounds")
        current = _cut(small_star(large_star(current)))
        rounds += 1
    stars = current.select(F.col("src").alias("node"), F.col("dst").alias("component"))
    nodes = edges.select(F.col("src").alias("node")).union(edges.select(F.col("dst"))).distinct()
    # A root (component minimum) and a self-loop-only node have no outgoing star edge.
    return nodes.join(stars, "node", "left").select(
        "node", F.coalesce(F.col("component"), F.col("node")).alias("component")
    )


def labelled_components(edges: SparkDataFrame, left: str, right: str) -> SparkDataFrame:
    """Components of a graph whose nodes are strings: ``(node, component)`` with string nodes.

    Nodes get unique integer ids (``monotonically_increasing_id``, materialised once so the
    ids are stable), the components run on integers, and ids are mapped back; ``component``
    is the id of the component's smallest-id node (an opaque long).
    """
    from pyspark.sql import functions as F

    pairs = edges.select(F.col(left).alias("a"), F.col(right).alias("b"))
    names = (
        pairs.select(F.col("a").alias("name"))
        .union(pairs.select(F.col("b").alias("name")))
        .where(F.col("name").isNotNull())
        .distinct()
        .withColumn("id", F.monotonically_increasing_id())
    )
    names = _cut(names)
    ids = (
        pairs.join(names.select(F.col("name").alias("a"), F.col("id").alias("src")), "a")
        .join(names.select(F.col("name").alias("b"), F.col("id").alias("dst")), "b")
        .select("src", "dst")
    )
    comps = connected_components(ids)
    return comps.join(names.select(F.col("id").alias("node"), F.col("name")), "node").select(
        F.col("name").alias("node"), "component"
    )
