"""Does the conflict test stay quiet among honest sources, and does it hear a biased one?

Each simulated cell has a true latent level, uniform on 1-5, on a random dimension. k sources
(people in random roles) answer 1 or 2 questions each (in a second table, 1 to 6). An honest
answer is the latent level plus a personal leniency (sd 0.35, shared by one person's answers)
plus noise of sd 0.7 / sqrt(w) for a role of source weight w, rounded to 1-5; a latent value
below 1.25 comes out as a red flag with chance 0.6. This is the rating model of
benchmarks/eval_evidence.py, written out here so that the two evaluations can change apart.

Printed: the false-alarm rate among honest sources for 2 to 6 sources (target at most 5 %), and
the power to detect (a) one source biased by 2 levels and (b) one source reporting a red flag
where the truth is 3.5 or better (the case of issue 10).
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np
from rich.console import Console
from rich.table import Table

from askback.domain.evidence import DIMENSIONS
from askback.domain.model import EvidenceItem
from askback.domain.posterior import encode, posterior
from askback.domain.sources import source_weight

SEED = 10
SIGMA = 0.7
LENIENCY = 0.35
RED_FLAG_BELOW = 1.25
RED_FLAG_CHANCE = 0.6
ROLES = ("hiring-manager", "peer", "leadership", "recruiter", "hr")
ROLE_P = (0.25, 0.35, 0.15, 0.15, 0.10)
SOURCES = (2, 3, 4, 5, 6)
N_CELLS = 2000
TARGET = 0.05
BIAS = 2.0
MAX_ANSWERS = (2, 6)  # per source, 1 to this many answers: a short and a long process

Cell = list[EvidenceItem]
Maker = Callable[[np.random.Generator, int], Cell]


_most = [MAX_ANSWERS[0]]  # the current run's answers per source (set by measure)


def _source(
    rng: np.random.Generator, dim: int, latent: float, person: str, shift: float = 0.0
) -> Cell:
    role = str(rng.choice(ROLES, p=ROLE_P))
    w = source_weight(role, DIMENSIONS[dim])
    lean = rng.normal(0.0, LENIENCY)
    out = []
    for _ in range(int(rng.integers(1, _most[0] + 1))):
        value = latent + shift + lean + rng.normal(0.0, SIGMA / math.sqrt(w))
        red = value < RED_FLAG_BELOW and rng.random() < RED_FLAG_CHANCE
        rating = int(np.clip(np.rint(value), 1, 5))
        out.append(EvidenceItem(DIMENSIONS[dim], rating, role, person=person, red_flag=red))
    return out


def honest(rng: np.random.Generator, k: int) -> Cell:
    """k honest sources on one cell."""
    dim, latent = int(rng.integers(len(DIMENSIONS))), float(rng.uniform(1.0, 5.0))
    return [i for s in range(k) for i in _source(rng, dim, latent, f"p{s}")]


def biased(rng: np.random.Generator, k: int) -> Cell:
    """One of k sources reports 2 levels off the truth (toward the side with room)."""
    dim, latent = int(rng.integers(len(DIMENSIONS))), float(rng.uniform(1.0, 5.0))
    shift = -BIAS if latent >= 3.0 else BIAS
    rest = [i for s in range(1, k) for i in _source(rng, dim, latent, f"p{s}")]
    return [*_source(rng, dim, latent, "p0", shift), *rest]


def red_flag(rng: np.random.Generator, k: int) -> Cell:
    """k - 1 honest sources on a good company (3.5-5) and one red flag from a peer."""
    dim, latent = int(rng.integers(len(DIMENSIONS))), float(rng.uniform(3.5, 5.0))
    rest = [i for s in range(1, k) for i in _source(rng, dim, latent, f"p{s}")]
    flag = EvidenceItem(DIMENSIONS[dim], None, "peer", person="p0", red_flag=True)
    return [flag, *rest]


OLD_GAP = 2.0  # the rule this test replaced: any two sources two levels apart


def alarm_rate(
    rng: np.random.Generator, make: Maker, k: int, n: int = N_CELLS, *, old: bool = False
) -> float:
    """The share of n simulated cells in which the test (or, with `old`, the old rule) fires."""
    cells = [make(rng, k) for _ in range(n)]
    post = posterior(encode(cells, DIMENSIONS))
    fired = post.conflict_gap >= OLD_GAP if old else post.conflict
    return float(fired.reshape(n, len(DIMENSIONS)).any(axis=1).mean())


def measure(
    seed: int = SEED, n: int = N_CELLS, most: int = MAX_ANSWERS[0]
) -> dict[str, dict[int, float]]:
    """False-alarm rate and power per number of sources (1 to `most` answers each), seeded."""
    rng = np.random.default_rng(seed)
    _most[0] = most
    makers: dict[str, Maker] = {
        "false alarms (honest)": honest,
        "power: one source 2 levels off": biased,
        "power: one red-flag source": red_flag,
    }
    found = {
        name: {k: alarm_rate(rng, make, k, n) for k in SOURCES} for name, make in makers.items()
    }
    found["old rule (gap >= 2), honest"] = {
        k: alarm_rate(rng, honest, k, n, old=True) for k in SOURCES
    }
    return found


def run() -> None:
    console = Console(width=max(Console().width, 110))
    worst = 0.0
    for most in MAX_ANSWERS:
        found = measure(most=most)
        table = Table(
            title=f"Conflict test: share of {N_CELLS:,} simulated cells flagged "
            f"(1-{most} answers per source)"
        )
        table.add_column("")
        for k in SOURCES:
            table.add_column(f"{k} sources", justify="right")
        for name, row in found.items():
            table.add_row(name, *(f"{row[k]:.1%}" for k in SOURCES))
        console.print(table)
        worst = max(worst, *found["false alarms (honest)"].values())
    verdict = "met" if worst <= TARGET else "MISSED"
    console.print(f"worst false-alarm rate {worst:.1%} (target at most {TARGET:.0%}): {verdict}")


if __name__ == "__main__":
    run()
