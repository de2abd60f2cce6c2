"""Simulated worlds with ground truth: benign customers, hard negatives and distillation campaigns.

See ``README.md`` in this folder for the world, the scenario keys and the evasion knobs.
"""

from __future__ import annotations

from distillwatch.simulate.run import SimulationResult, simulate
from distillwatch.simulate.scenario import Scenario, builtin_scenarios, load_scenario

__all__ = ["Scenario", "SimulationResult", "builtin_scenarios", "load_scenario", "simulate"]
