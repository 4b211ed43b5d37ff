"""Interactive charts as inline SVG built on the server from the same numbers as the CLI plots.

Each mark is a focusable group with a <title> (the browser shows it on hover) and a data-detail
text that app.js shows under the chart on hover or keyboard focus. No script builds the chart,
so it prints, works without JavaScript and passes the Content-Security-Policy.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

LEVEL_MIN, LEVEL_MAX = 1.0, 5.0
# Distinct, colour-blind-safe hues (Okabe-Ito) with enough contrast on white.
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#6B5E00", "#56B4E9", "#E69F00", "#000000")
MUTED = "#8b949e"  # a dimension weighed 0, as in the CLI plot
LABEL_W = 240
PLOT_W = 400
ROW_H = 26


@dataclass(frozen=True)
class IntervalRow:
    """One interval: a label, the 80 % interval, its mean, and an optional deal-breaker line."""

    label: str
    mean: float
    low: float
    high: float
    detail: str
    series: int = 0
    threshold: float | None = None  # the level a deal breaker names ("at least 3": 3)
    counts_from: float | None = None  # where a mean already rounds to that level (2.5)
    flagged: bool = False
    group_start: bool = True  # a gap above it separates one dimension from the next
    muted: bool = False  # weighed 0 in the profile: drawn grey
    key: str = ""  # what the row is (a dimension value, or "fit"), for scripts and tests


def _x(level: float) -> float:
    return LABEL_W + (min(max(level, LEVEL_MIN), LEVEL_MAX) - LEVEL_MIN) / 4 * PLOT_W


def _axis(top: float, bottom: float, labels: Sequence[str]) -> list[str]:
    parts = []
    for level, name in zip(range(1, 6), labels, strict=True):
        x = _x(level)
        parts.append(
            f'<line class="grid-line" x1="{x:.1f}" y1="{top:.1f}" x2="{x:.1f}" y2="{bottom:.1f}"/>'
        )
        parts.append(f'<text x="{x:.1f}" y="{bottom + 16:.1f}" text-anchor="middle">{level}</text>')
        parts.append(
            f'<text x="{x:.1f}" y="{bottom + 30:.1f}" text-anchor="middle" '
            f'class="level-name">{escape(name)}</text>'
        )
    parts.append(
        f'<line class="axis" x1="{LABEL_W}" y1="{bottom:.1f}" '
        f'x2="{LABEL_W + PLOT_W}" y2="{bottom:.1f}"/>'
    )
    return parts


def short(label: str, limit: int = 30) -> str:
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "…"


def interval_chart(
    rows: Sequence[IntervalRow],
    *,
    title: str,
    level_names: Sequence[str],
    series_names: Sequence[str] = (),
    chart_id: str = "chart",
    row_h: float = ROW_H,
    group_gap: float = 0,
) -> Markup:
    """Horizontal 80 % intervals with the mean marked, one row per (dimension, series)."""
    legend = list(series_names) if len(series_names) > 1 else []
    top = 8.0 + 18 * len(legend)
    ys: list[float] = []
    y = top
    for i, row in enumerate(rows):
        if row.group_start and i:
            y += group_gap
        ys.append(y + row_h / 2)
        y += row_h
    bottom = y
    height = bottom + 44
    width = LABEL_W + PLOT_W + 50
    compact = " compact" if row_h < 20 else ""
    out = [
        f'<svg class="chart{compact}" id="{escape(chart_id)}" viewBox="0 0 {width} {height}" '
        f'role="img" aria-labelledby="{escape(chart_id)}-title" '
        f'xmlns="http://www.w3.org/2000/svg">',
        f'<title id="{escape(chart_id)}-title">{escape(title)}</title>',
    ]
    for i, name in enumerate(legend):
        color = PALETTE[i % len(PALETTE)]
        out.append(
            f'<rect x="{LABEL_W}" y="{4 + 18 * i}" width="12" height="12" fill="{color}"/>'
            f'<text x="{LABEL_W + 16}" y="{14 + 18 * i}">{escape(name)}</text>'
        )
    out.extend(_axis(top, bottom, level_names))
    for row, y in zip(rows, ys, strict=True):
        color = MUTED if row.muted else PALETTE[row.series % len(PALETTE)]
        detail = escape(row.detail)
        values = f'data-mean="{row.mean:.4f}" data-low="{row.low:.4f}" data-high="{row.high:.4f}"'
        if row.threshold is not None:
            values += f' data-threshold="{row.threshold:.4f}"'
        if row.counts_from is not None:
            values += f' data-counts-from="{row.counts_from:.4f}"'
        out.append(
            f'<g class="item" tabindex="0" data-key="{escape(row.key)}" '
            f'data-series="{row.series}" {values} data-detail="{detail}">'
        )
        out.append(f"<title>{detail}</title>")
        # A transparent band (first, so it stays behind) makes the whole row a hover target.
        out.append(
            f'<rect class="band" x="0" y="{y - row_h / 2:.1f}" width="{width}" '
            f'height="{row_h}" fill="transparent"/>'
        )
        out.append(
            f'<text class="label" x="{LABEL_W - 8}" y="{y + 4:.1f}" '
            f'text-anchor="end">{escape(row.label)}</text>'
        )
        out.append(
            f'<line class="interval" stroke="{color}" x1="{_x(row.low):.1f}" y1="{y:.1f}" '
            f'x2="{_x(row.high):.1f}" y2="{y:.1f}"/>'
        )
        out.append(
            f'<circle class="mean" fill="{color}" cx="{_x(row.mean):.1f}" cy="{y:.1f}" '
            f'r="{min(6.0, row_h / 3):.1f}"/>'
        )
        if row.threshold is not None and row.counts_from is not None:
            # The half level below the named one still rounds up to it: a faint band, so that
            # the line sits where the text says ("below 3") and the maths stays visible.
            bx = _x(row.counts_from)
            out.append(
                f'<rect class="threshold-band" x="{bx:.1f}" y="{y - row_h / 2 + 2:.1f}" '
                f'width="{_x(row.threshold) - bx:.1f}" height="{row_h - 4:.1f}"/>'
            )
        if row.threshold is not None:
            tx = _x(row.threshold)
            out.append(
                f'<line class="threshold" x1="{tx:.1f}" y1="{y - row_h / 2 + 2:.1f}" '
                f'x2="{tx:.1f}" y2="{y + row_h / 2 - 2:.1f}"/>'
            )
        if row.flagged:
            # Right after the row's own interval, so it reads as part of that row.
            fx = max(_x(row.high), _x(row.threshold or LEVEL_MIN)) + 8
            out.append(
                f'<text class="conflict-mark" x="{fx:.1f}" y="{y + 4:.1f}" fill="#b3261e" '
                f'font-weight="700">!</text>'
            )
        out.append("</g>")
    out.append("</svg>")
    return Markup("".join(out))


def bar_chart(
    values: Sequence[tuple[str, float, str]], *, title: str, chart_id: str = "bars"
) -> Markup:
    """Horizontal bars for shares 0-1 (e.g. the chance each offer is best)."""
    height = 10 + ROW_H * len(values) + 10
    width = LABEL_W + PLOT_W + 60
    out = [
        f'<svg class="chart" id="{escape(chart_id)}" viewBox="0 0 {width} {height}" '
        f'role="img" aria-labelledby="{escape(chart_id)}-title" '
        f'xmlns="http://www.w3.org/2000/svg">',
        f'<title id="{escape(chart_id)}-title">{escape(title)}</title>',
    ]
    for i, (label, share, detail) in enumerate(values):
        y = 10 + ROW_H * i
        w = max(0.0, min(1.0, share)) * PLOT_W
        color = PALETTE[i % len(PALETTE)]
        out.append(
            f'<g class="item" tabindex="0" data-share="{share:.4f}" data-detail="{escape(detail)}">'
        )
        out.append(f"<title>{escape(detail)}</title>")
        out.append(
            f'<rect class="band" x="0" y="{y:.1f}" width="{width}" height="{ROW_H}" '
            f'fill="transparent"/>'
        )
        out.append(
            f'<text class="label" x="{LABEL_W - 8}" y="{y + ROW_H / 2 + 4:.1f}" '
            f'text-anchor="end">{escape(short(label))}</text>'
        )
        out.append(
            f'<rect x="{LABEL_W}" y="{y + 4:.1f}" width="{w:.1f}" height="{ROW_H - 8}" '
            f'fill="{color}"/>'
        )
        out.append(
            f'<text x="{LABEL_W + w + 6:.1f}" y="{y + ROW_H / 2 + 4:.1f}">{share:.0%}</text>'
        )
        out.append("</g>")
    out.append("</svg>")
    return Markup("".join(out))
