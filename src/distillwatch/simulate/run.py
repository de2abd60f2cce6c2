"""``simulate()``: build the population, generate events block by block, write the world files.

Side effects (files, the clock for timing) live here; the generators are pure given a seed.
"""

from __future__ import annotations

import time
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
import orjson
import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq

from distillwatch.contract import ACCOUNT_SCHEMA, DICTIONARY_COLUMNS, TRUTH_COLUMNS
from distillwatch.errors import UserError
from distillwatch.progress import progress_bar
from distillwatch.simulate.corpus import load_shared, sharegpt_turns
from distillwatch.simulate.events import ARROW_SCHEMA, generate_block
from distillwatch.simulate.population import Population, build_population
from distillwatch.simulate.scenario import Scenario, load_scenario


@dataclass(frozen=True, slots=True)
class SimulationResult:
    """Where a world was written and how big it is."""

    out_dir: Path
    events_path: Path
    accounts_path: Path
    truth_path: Path
    world_path: Path
    n_events: int
    n_accounts: int
    n_campaign_accounts: int
    seconds: float
    #: CPU seconds by phase (population build, generating thread, writer thread), for the
    #: benchmark: wall time on a shared machine says little, CPU time does.
    cpu_population: float = 0.0
    cpu_generate: float = 0.0
    cpu_write: float = 0.0
    #: wall seconds of the streaming part (generate + write blocks), without the setup
    wall_stream: float = 0.0


def _blocks(pop: Population, seed: int, chunk: int) -> list[np.ndarray]:
    """Accounts in a seeded random order, cut into blocks of about ``chunk`` expected events."""
    order = np.random.default_rng([seed, 0xB10C]).permutation(len(pop.account_ids))
    est = pop.a["events"][order]
    cuts = np.flatnonzero(np.diff(np.floor(np.cumsum(est) / chunk))) + 1
    return [b for b in np.split(order, cuts) if len(b)]


def _world_json(sc: Scenario, seed: int, pop: Population, n_events: int) -> dict:
    start = datetime.fromtimestamp(sc.start_ms / 1000, tz=UTC)
    kinds = pl.Series("kind", pop.kinds).value_counts(sort=True)
    return {
        "scenario": sc.name,
        "source": sc.source,
        "seed": seed,
        "start": start.isoformat().replace("+00:00", "Z"),
        "days": sc.days,
        "models": [
            {
                "name": m.name,
                "tier": m.tier,
                "released_day": m.released_day,
                "released_at": (start + timedelta(days=m.released_day))
                .isoformat()
                .replace("+00:00", "Z"),
            }
            for m in sc.models
        ],
        "benign": {
            "accounts": sc.benign_accounts,
            "events_target": sc.benign_events,
            "kind_shares": sc.benign_kinds,
        },
        "campaigns": [asdict(c) for c in sc.campaigns],
        "accounts_by_kind": dict(
            zip(kinds["kind"].to_list(), kinds["count"].to_list(), strict=True)
        ),
        "events": n_events,
        "data_dir": sc.data_dir,
    }


def simulate(
    scenario: str | Path | Scenario, seed: int, out_dir: Path, progress: bool = True
) -> SimulationResult:
    """Generate the world ``scenario`` (name, file or parsed) with ``seed`` into ``out_dir``."""
    began = time.perf_counter()
    sc = scenario if isinstance(scenario, Scenario) else load_scenario(scenario)
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise UserError(f"{out_dir}: cannot create output folder ({err})") from err
    data_dir = Path(sc.data_dir) if sc.data_dir else None
    cpu0 = time.thread_time()
    pop = build_population(sc, seed, sharegpt_turns(), load_shared(data_dir))
    cpu_population = time.thread_time() - cpu0
    cpu_generate = 0.0
    cpu_write = [0.0]

    def write(table: pa.Table) -> None:
        t0 = time.thread_time()
        writer.write_table(table, row_group_size=256_000)
        cpu_write[0] += time.thread_time() - t0

    blocks = _blocks(pop, seed, sc.chunk_events)
    stream_began = time.perf_counter()
    events_path = out_dir / "events.parquet"
    n_events = 0
    with (
        pq.ParquetWriter(
            events_path,
            ARROW_SCHEMA,
            compression="zstd",
            compression_level=1,
            use_dictionary=list(DICTIONARY_COLUMNS),
        ) as writer,
        progress_bar() as bar,
    ):
        task = bar.add_task(f"simulate {sc.name}", total=len(blocks), visible=progress)
        # Arrow compresses and writes without the GIL: write block i in a thread while block
        # i+1 is generated. At most two blocks are in memory at once.
        with ThreadPoolExecutor(max_workers=1) as pool:
            pending: Future | None = None
            for i, accts in enumerate(blocks):
                t0 = time.thread_time()
                table = generate_block(pop, np.sort(accts), np.random.default_rng([seed, 0xE7, i]))
                cpu_generate += time.thread_time() - t0
                if pending is not None:
                    pending.result()
                    bar.advance(task)
                pending = pool.submit(write, table)
                n_events += table.num_rows
            if pending is not None:
                pending.result()
                bar.advance(task)
    wall_stream = time.perf_counter() - stream_began
    accounts_path = out_dir / "accounts.parquet"
    pop.accounts_frame.cast(dict(ACCOUNT_SCHEMA)).write_parquet(accounts_path)
    truth_path = out_dir / "truth.csv"
    pl.DataFrame(
        {"account_id": pop.account_ids, "campaign": pop.campaigns, "kind": pop.kinds}
    ).select(TRUTH_COLUMNS).write_csv(truth_path)
    world_path = out_dir / "world.json"
    world_path.write_bytes(
        orjson.dumps(_world_json(sc, seed, pop, n_events), option=orjson.OPT_INDENT_2)
    )
    return SimulationResult(
        out_dir=out_dir,
        events_path=events_path,
        accounts_path=accounts_path,
        truth_path=truth_path,
        world_path=world_path,
        n_events=n_events,
        n_accounts=len(pop.account_ids),
        n_campaign_accounts=int(pop.a["is_campaign"].sum()),
        seconds=time.perf_counter() - began,
        cpu_population=cpu_population,
        cpu_generate=cpu_generate,
        cpu_write=cpu_write[0],
        wall_stream=wall_stream,
    )
