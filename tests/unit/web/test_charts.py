"""The web charts show the numbers the CLI plots show: same rows, intervals, means and lines."""

from __future__ import annotations

import html
import re
from collections import defaultdict
from typing import Any

import pytest
from markupsafe import Markup

from askback import plots
from askback.domain.compare import compare
from askback.domain.evidence import assess
from askback.domain.model import DealBreaker, Profile
from askback.web import charts
from askback.web.views.charts import assessment_chart, comparison_chart
from tests.unit.domain.factories import GROWTH, RML, answer, signal

PROFILE = Profile(
    weights={RML: 9, GROWTH: 0}, deal_breakers=[DealBreaker(dimension=RML, at_least=3)]
)
ITEM = re.compile(r'<g class="item" tabindex="0" ([^>]*)>(.*?)</g>', re.S)


def _opportunities() -> list[Any]:
    acme = [signal(5), answer(4, "h", "hiring-manager"), answer(None, "t", red_flag=True)]
    beta = [answer(4, "x", "peer"), answer(2, "y", "hiring-manager", GROWTH)]
    return [assess(acme, PROFILE, "Acme"), assess(beta, PROFILE, "Beta")]


def _web_rows(svg: Markup) -> list[dict[str, Any]]:
    """Each mark's stated numbers, checked against where the SVG actually draws it."""
    rows = []
    for attrs, body in ITEM.findall(str(svg)):
        a = dict(re.findall(r'data-([a-z-]+)="([^"]*)"', attrs))
        row = {k: float(a[k]) for k in ("mean", "low", "high")}
        line = re.search(r'class="interval"[^>]* x1="([\d.]+)"[^>]* x2="([\d.]+)"', body)
        dot = re.search(r'class="mean"[^>]* cx="([\d.]+)"', body)
        assert line and dot
        assert float(line.group(1)) == pytest.approx(charts._x(row["low"]), abs=0.06)
        assert float(line.group(2)) == pytest.approx(charts._x(row["high"]), abs=0.06)
        assert float(dot.group(1)) == pytest.approx(charts._x(row["mean"]), abs=0.06)
        tick = re.search(r'class="threshold" x1="([\d.]+)"', body)
        row["threshold"] = float(a["threshold"]) if "threshold" in a else None
        row["counts_from"] = float(a["counts-from"]) if "counts-from" in a else None
        assert (tick is None) == (row["threshold"] is None)
        if tick:
            assert float(tick.group(1)) == pytest.approx(charts._x(row["threshold"]), abs=0.06)
            band = re.search(r'class="threshold-band" x="([\d.]+)"[^>]* width="([\d.]+)"', body)
            assert band, "the half level that rounds up to the named one is drawn"
            assert float(band.group(1)) == pytest.approx(charts._x(row["counts_from"]), abs=0.06)
            end = float(band.group(1)) + float(band.group(2))
            assert end == pytest.approx(float(tick.group(1)), abs=0.1)
        flag = re.search(r'class="conflict-mark" x="([\d.]+)" y="([\d.]+)"', body)
        if flag:
            # The "!" sits just right of its own row's interval, on the row's line.
            y_line = float(re.search(r'class="interval"[^>]* y1="([\d.]+)"', body).group(1))  # type: ignore[union-attr]
            assert abs(float(flag.group(2)) - 4 - y_line) < 0.2
            reach = max(charts._x(row["high"]), charts._x(row["threshold"] or 1))
            assert reach < float(flag.group(1)) <= reach + 12
        label = re.search(r'<text class="label"[^>]*>([^<]*)</text>', body)
        text = html.unescape(label.group(1)) if label else ""
        row.update(series=int(a["series"]), key=a["key"], label=text)
        row["grey"] = f'stroke="{charts.MUTED}"' in body
        row["conflict"] = ">!</text>" in body
        rows.append(row)
    return rows


def _plot_rows(ax: Any) -> dict[str, dict[float, dict[str, float]]]:
    """The matplotlib figure's marks by colour and height: interval, mean and deal-breaker tick."""
    out: dict[str, dict[float, dict[str, float]]] = defaultdict(dict)
    ticks: dict[float, float] = {}
    for line in ax.lines:
        xs, ys = list(line.get_xdata()), list(line.get_ydata())
        if line.get_color() == plots.ALERT:
            ticks[round((ys[0] + ys[1]) / 2, 3)] = xs[0]
            continue
        mark = out[line.get_color()].setdefault(round(ys[0], 3), {})
        if len(xs) == 2:
            mark["low"], mark["high"] = xs
        else:
            mark["mean"] = xs[0]
    for by_y in out.values():
        for y, mark in by_y.items():
            mark["threshold"] = ticks.get(y)  # type: ignore[assignment]
    return out


def _same(web: dict[str, Any], plotted: dict[str, float]) -> None:
    for k in ("mean", "low", "high"):
        assert web[k] == pytest.approx(plotted[k], abs=1e-4), k
    # The CLI plot marks where the maths counts from (at least 3: a mean of 2.5 rounds to 3);
    # the web line sits at the level the rule names, with that half level as a band below it.
    assert web["counts_from"] == plotted["threshold"]
    if web["threshold"] is not None:
        assert web["threshold"] == web["counts_from"] + 0.5


def test_the_assessment_chart_matches_the_cli_plot() -> None:
    a = _opportunities()[0]
    web = _web_rows(assessment_chart(a, "en"))
    (ax,) = plots.assessment_figure(a).axes
    cli_labels = [t.get_text() for t in ax.get_yticklabels()]
    assert [r["label"] for r in web] == [c.removesuffix(" ⚠") for c in cli_labels]
    assert [r["conflict"] for r in web] == [c.endswith("⚠") for c in cli_labels]
    assert [r["grey"] for r in web] == [d.weight == 0 for d in a.dimensions]
    (by_y,) = [v for c, v in _plot_rows(ax).items() if c == plots.SERIES[0]]
    grey = _plot_rows(ax).get(plots.MUTED, {})
    plotted = {**by_y, **grey}
    assert len(web) == len(plotted) == 11
    for y, row in enumerate(web):
        _same(row, plotted[float(y)])
    assert any(r["threshold"] is not None for r in web)  # the deal breaker is drawn


def test_the_comparison_chart_matches_the_cli_plot() -> None:
    opps = _opportunities()
    result = compare(opps, PROFILE)
    web = _web_rows(comparison_chart(opps, "en"))
    (ax,) = plots.comparison_figure(opps, result.p_best).axes
    plotted = _plot_rows(ax)
    for series, a in enumerate(opps):
        mine = [r for r in web if r["series"] == series]
        assert [r["key"] for r in mine] == ["fit"] + [d.dimension.value for d in a.dimensions]
        theirs = {**plotted[plots.SERIES[series]], **plotted.get(plots.MUTED, {})}
        offset = sorted(theirs)[0]  # the fit row sits at height 0 plus this series' offset
        rows = sorted(y for y in theirs if abs(y - offset - round(y - offset)) < 1e-6)
        ordered = [theirs[y] for y in rows]
        assert len(ordered) == len(mine) == 12
        for row, marks in zip(mine, ordered, strict=True):
            _same(row, marks)


def test_the_deal_breaker_line_sits_at_the_named_level_like_the_text() -> None:
    a = _opportunities()[0]
    rml = next(r for r in _web_rows(assessment_chart(a, "en")) if r["key"] == RML.value)
    rule = PROFILE.deal_breakers[0]
    assert rml["threshold"] == rule.at_least == 3
    detail = next(d for d in ITEM.findall(str(assessment_chart(a, "en"))) if RML.value in d[0])
    assert f"at least {rule.at_least}" in html.unescape(detail[0])
