"""Charts of assessments: an interval chart for one opportunity and a comparison chart.

Built on matplotlib's object API with the Agg canvas (no pyplot, no display, safe in a web
worker). Each function returns a Figure; `render` turns one into PNG or SVG bytes and `save`
writes it to a file chosen by its suffix.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from askback.errors import InputError
from askback.extras import require

require("plots")

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from askback.domain.evidence import Assessment, DimensionAssessment

FORMATS = ("png", "svg")
LEVEL_NAMES = ("1 red flag", "2 weak", "3 adequate", "4 good", "5 exemplary")
# Colour-blind-safe series colours (Okabe & Ito), then grey for dimensions weighed 0.
SERIES = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442")
MUTED = "#9a9a9a"
ALERT = "#D55E00"


def _figure(rows: int, width: float = 8.0) -> Figure:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, 1.2 + 0.42 * rows), layout="constrained")
    FigureCanvasAgg(fig)
    return fig


def _axes_frame(ax: Axes, labels: Sequence[str]) -> None:
    ax.set_xlim(0.8, 5.2)
    ax.set_xticks(range(1, 6), LEVEL_NAMES, fontsize=8)
    ax.set_yticks(range(len(labels)), labels, fontsize=9)
    ax.set_ylim(len(labels) - 0.5, -0.5)
    ax.grid(axis="x", color="#dddddd", linewidth=0.8)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)


def _dimension_label(d: DimensionAssessment) -> str:
    mark = " ⚠" if d.conflict is not None else ""
    return f"{d.label} ({d.weight:.0f}){mark}"


def _draw(ax: Axes, y: float, d: DimensionAssessment, color: str, size: float = 6.0) -> None:
    shade = color if d.weight > 0 else MUTED
    ax.plot(
        [d.low, d.high],
        [y, y],
        color=shade,
        linewidth=size * 0.9,
        alpha=0.35,
        solid_capstyle="round",
    )
    ax.plot([d.mean], [y], "o", color=shade, markersize=size)
    if d.deal_breaker is not None:
        line = d.deal_breaker.rule.at_least - 0.5
        ax.plot([line, line], [y - 0.38, y + 0.38], color=ALERT, linewidth=2)


def assessment_figure(assessment: Assessment, title: str | None = None) -> Figure:
    """One opportunity: per dimension the 80 % interval (bar), the mean (dot), deal breakers."""
    dims = list(assessment.dimensions)
    fig = _figure(len(dims))
    ax = fig.add_subplot()
    _axes_frame(ax, [_dimension_label(d) for d in dims])
    for y, d in enumerate(dims):
        _draw(ax, y, d, SERIES[0])
    fit = assessment.fit
    ax.set_title(
        title or f"{assessment.label}: fit {fit.mean:.1f} ({fit.low:.1f}–{fit.high:.1f})",
        fontsize=11,
        loc="left",
    )
    ax.set_xlabel(
        "80 % credible interval and mean · red tick: deal-breaker line · ⚠ sources disagree · "
        "(weight)",
        fontsize=8,
    )
    return fig


def comparison_figure(
    assessments: Sequence[Assessment], p_best: Sequence[float] | None = None
) -> Figure:
    """Several opportunities: per dimension one interval each, side by side, and the fit."""
    if not assessments:
        raise InputError("nothing to plot: no opportunities were compared")
    n = len(assessments)
    dims = list(assessments[0].dimensions)
    fig = _figure(len(dims) + 1, width=9.0)
    ax = fig.add_subplot()
    _axes_frame(ax, ["Weighted fit", *(f"{d.label} ({d.weight:.0f})" for d in dims)])
    offsets = [(i - (n - 1) / 2) * min(0.7 / n, 0.22) for i in range(n)]
    for i, a in enumerate(assessments):
        color = SERIES[i % len(SERIES)]
        label = a.label if p_best is None else f"{a.label} — best in {p_best[i]:.0%} of draws"
        fit = a.fit
        ax.plot(
            [fit.low, fit.high],
            [offsets[i], offsets[i]],
            color=color,
            linewidth=5,
            alpha=0.35,
            solid_capstyle="round",
        )
        ax.plot([fit.mean], [offsets[i]], "D", color=color, markersize=6, label=label)
        for y, d in enumerate(a.dimensions, start=1):
            _draw(ax, y + offsets[i], d, color, size=4.5)
    ax.axhline(0.5, color="#bbbbbb", linewidth=0.8)
    ax.legend(
        loc="upper center", bbox_to_anchor=(0.5, -0.09), ncol=min(n, 2), fontsize=8, frameon=False
    )
    ax.set_title("Offers side by side: 80 % intervals per dimension", fontsize=11, loc="left")
    return fig


def render(fig: Figure, fmt: str = "png", dpi: int = 150) -> bytes:
    """The figure as PNG or SVG bytes."""
    from io import BytesIO

    from matplotlib import rc_context

    if fmt not in FORMATS:
        raise InputError(f"unknown image format {fmt!r}; use png or svg")
    buffer = BytesIO()
    # No date and a fixed id salt keep the output identical from run to run.
    metadata: dict[str, str | None] = {"Date": None} if fmt == "svg" else {"Software": None}
    with rc_context({"svg.hashsalt": "askback"}):
        fig.savefig(buffer, format=fmt, dpi=dpi, metadata=metadata)
    return buffer.getvalue()


def save(fig: Figure, path: Path) -> Path:
    """Write the figure; the suffix (.png or .svg) picks the format."""
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise InputError(f"--plot {path}: the file must end in .png or .svg")
    data = render(fig, fmt)
    try:
        path.write_bytes(data)
    except OSError as exc:
        raise InputError(f"--plot {path}: cannot write the file ({exc.strerror})") from None
    return path
