"""A minimal round module: how a round adds its cases (kept as the pattern to copy)."""

from __future__ import annotations

from benchmarks.redteam_probe import ad, case, no_pay

case("pay (r0)", ad("Shift: 7am-3pm, Monday to Friday."), no_pay)
