"""distillwatch: find and stop distillation campaigns against LLM APIs."""

import os

__version__ = "0.1.0"

#: Polars' allocator (jemalloc) returns freed pages to the system within a second and then
#: faults them back in, zeroed, for the next batch. Keeping them 10 s cut a 10M-event scan
#: from 99.5-103.6 s to 91.2-94.1 s (kernel CPU 33-35 s -> 20-21 s) for 1.2 GB more peak
#: memory (docs/PERFORMANCE.md). It applies only when set before Polars is first imported.
ALLOCATOR_CONF = "dirty_decay_ms:10000,muzzy_decay_ms:10000"
#: What ``import polars`` itself puts in ``_RJEM_MALLOC_CONF`` (a child process of a
#: Python process that imported Polars inherits it): not a user's choice.
POLARS_OWN_CONF = frozenset({"dirty_decay_ms:500", "muzzy_decay_ms:1000"})

# A user's own setting wins (e.g. ``dirty_decay_ms:1000`` where memory is tighter than time).
if {p for p in os.environ.get("_RJEM_MALLOC_CONF", "").split(",") if p} <= POLARS_OWN_CONF:
    os.environ["_RJEM_MALLOC_CONF"] = ALLOCATOR_CONF
