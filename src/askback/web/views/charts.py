"""The assessment and comparison charts, fed the numbers the CLI plots use."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from markupsafe import Markup

from askback.domain.evidence import threshold
from askback.i18n import N_
from askback.web.charts import IntervalRow, bar_chart, interval_chart
from askback.web.i18n import dimension_label, ntranslate, translate, word

if TYPE_CHECKING:
    from askback.domain.evidence import Assessment, DimensionAssessment


def level_names(lang: str) -> list[str]:
    levels = (N_("red flag"), N_("weak"), N_("adequate"), N_("good"), N_("exemplary"))
    return [translate(lang, w) for w in levels]


def _detail(d: DimensionAssessment, lang: str, prefix: str = "") -> str:
    _ = lang
    parts = [
        f"{prefix}{dimension_label(d.dimension, lang)}: "
        + ntranslate(
            lang,
            "mean {mean:.1f}, 80 %\u00a0interval {low:.1f}–{high:.1f}, from {n} answer",
            "mean {mean:.1f}, 80 %\u00a0interval {low:.1f}–{high:.1f}, from {n} answers",
            d.n_items,
            mean=d.mean,
            low=d.low,
            high=d.high,
        )
    ]
    if d.deal_breaker is not None:
        parts.append(
            translate(
                lang,
                "deal breaker at least {level}: {risk:.0%} risk ({verdict})",
                level=d.deal_breaker.rule.at_least,
                risk=d.deal_breaker.risk,
                verdict=word(str(d.deal_breaker.verdict), lang),
            )
        )
    if d.conflict is not None:
        parts.append(translate(lang, "sources disagree"))
    return " · ".join(parts)


def _row(d: DimensionAssessment, lang: str, series: int = 0, prefix: str = "") -> IntervalRow:
    rule = d.deal_breaker.rule if d.deal_breaker is not None else None
    return IntervalRow(
        # As in the CLI plot: the weight in brackets, and grey for a dimension weighed 0.
        label=f"{dimension_label(d.dimension, lang)} ({d.weight:.0f})",
        mean=d.mean,
        low=d.low,
        high=d.high,
        detail=_detail(d, lang, prefix),
        series=series,
        threshold=None if rule is None else float(rule.at_least),
        counts_from=None if rule is None else threshold(rule),
        flagged=d.conflict is not None,
        muted=d.weight <= 0,
        key=d.dimension.value,
    )


def _fit_row(a: Assessment, lang: str, series: int) -> IntervalRow:
    fit = a.fit
    return IntervalRow(
        label=translate(lang, "Weighted fit") if series == 0 else "",
        mean=fit.mean,
        low=fit.low,
        high=fit.high,
        detail=translate(
            lang,
            "{label} — weighted fit {mean:.1f}, 80 %\u00a0interval {low:.1f}–{high:.1f}",
            label=a.label,
            mean=fit.mean,
            low=fit.low,
            high=fit.high,
        ),
        series=series,
        group_start=series == 0,
        key="fit",
    )


def assessment_chart(assessment: Assessment, lang: str) -> Markup:
    """One opportunity: the 80 % interval and mean per dimension, deal-breaker lines in red."""
    rows = [_row(d, lang) for d in assessment.dimensions]
    return interval_chart(
        rows,
        title=translate(
            lang, "Assessment of {label}: 80 %\u00a0interval per dimension", label=assessment.label
        ),
        level_names=level_names(lang),
        chart_id="assessment-chart",
    )


def comparison_chart(assessments: Sequence[Assessment], lang: str) -> Markup:
    """Several opportunities side by side: the weighted fit, then each dimension, as in the CLI."""
    rows = [_fit_row(a, lang, series) for series, a in enumerate(assessments)]
    for dim_index in range(len(assessments[0].dimensions) if assessments else 0):
        for series, a in enumerate(assessments):
            d = a.dimensions[dim_index]
            row = _row(d, lang, series, prefix=f"{a.label} — ")
            label = row.label if series == 0 else ""
            rows.append(IntervalRow(**{**row.__dict__, "label": label, "group_start": series == 0}))
    return interval_chart(
        rows,
        title=translate(lang, "Comparison: 80 %\u00a0interval per dimension and opportunity"),
        level_names=level_names(lang),
        series_names=[a.label for a in assessments],
        chart_id="compare-chart",
        row_h=13 if len(assessments) > 1 else 26,
        group_gap=10,
    )


def best_chart(shares: Sequence[tuple[str, float]], lang: str) -> Markup:
    """The chance each opportunity is best, drawn from the posteriors."""
    return bar_chart(
        [
            (label, p, translate(lang, "{label}: best in {p:.0%} of draws", label=label, p=p))
            for label, p in shares
        ],
        title=translate(lang, "Probability that each offer is best"),
        chart_id="best-chart",
    )
