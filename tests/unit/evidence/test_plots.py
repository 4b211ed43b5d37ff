"""The charts: what they show, both formats, stable SVG, clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from askback import plots
from askback.domain.compare import compare
from askback.domain.evidence import assess
from askback.domain.model import DealBreaker, Profile
from askback.errors import InputError
from tests.unit.domain.factories import GROWTH, RML, answer, signal

PROFILE = Profile(
    weights={RML: 9, GROWTH: 0}, deal_breakers=[DealBreaker(dimension=RML, at_least=3)]
)


def acme():  # type: ignore[no-untyped-def]
    items = [signal(5), answer(4, "h", "hiring-manager"), answer(None, "t", red_flag=True)]
    return assess(items, PROFILE, "Acme")


def test_assessment_chart_shows_every_dimension_and_marks() -> None:
    fig = plots.assessment_figure(acme())
    (ax,) = fig.axes
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert len(labels) == 11
    assert "Responsible ML & ethics (9) ⚠" in labels
    assert "Growth (0)" in labels
    assert "Acme: fit" in ax.get_title(loc="left")
    # One interval and one mean per dimension, plus the deal-breaker tick.
    assert len(ax.lines) == 2 * 11 + 1


def test_comparison_chart_names_p_best() -> None:
    a, b = acme(), assess([answer(4, "x", "peer")], PROFILE, "Beta")
    result = compare([a, b], PROFILE)
    fig = plots.comparison_figure([a, b], result.p_best)
    legend = [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    assert legend[0].startswith("Acme — best in") and legend[1].startswith("Beta — best in")
    with pytest.raises(InputError, match="nothing to plot"):
        plots.comparison_figure([])


def test_png_and_stable_svg(tmp_path: Path) -> None:
    svg = plots.render(plots.assessment_figure(acme()), "svg")
    assert svg.startswith(b"<?xml") and b"<svg" in svg
    # The same data draws the same bytes: no dates, no random ids.
    assert plots.render(plots.assessment_figure(acme()), "svg") == svg
    assert plots.save(plots.assessment_figure(acme()), tmp_path / "a.svg").read_bytes() == svg
    fig = plots.assessment_figure(acme())
    assert plots.render(fig, "png").startswith(b"\x89PNG")
    with pytest.raises(InputError, match=r"\.png or \.svg"):
        plots.save(fig, tmp_path / "a.jpg")
    with pytest.raises(InputError, match="unknown image format"):
        plots.render(fig, "gif")
    with pytest.raises(InputError, match="cannot write"):
        plots.save(fig, tmp_path / "missing-dir" / "a.png")
