"""Rich views of assessments, plans and comparisons for the terminal."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from askback.cli.output import number, percent

if TYPE_CHECKING:
    from rich.console import Console

    from askback.domain.compare import Comparison
    from askback.domain.evidence import Assessment, DimensionAssessment
    from askback.domain.plan_result import Plan

VERDICT_STYLE = {
    "clear": "green",
    "at risk": "yellow",
    "likely deal breaker": "bold red",
    "not enough evidence": "dim",
}


def interval_bar(d: DimensionAssessment, width: int = 21) -> str:
    """A text picture of the 80 % interval on the 1-5 scale, with the mean as a dot."""

    def col(x: float) -> int:
        return min(width - 1, max(0, round((x - 1) / 4 * (width - 1))))

    cells = ["·"] * width
    for i in range(col(d.low), col(d.high) + 1):
        cells[i] = "━"
    cells[col(d.mean)] = "●"
    return "".join(cells)


def _verdict(d: DimensionAssessment) -> str:
    db = d.deal_breaker
    if db is None:
        return ""
    style = VERDICT_STYLE[db.verdict.value]
    split = ", sources split" if db.split else ""
    return f"[{style}]{db.verdict}[/] ({percent(db.risk)} < {db.rule.at_least}{split})"


def _deal_breaker_line(d: DimensionAssessment) -> str:
    """The verdict in words, under the table (its cell holds the verdict alone)."""
    db = d.deal_breaker
    assert db is not None
    split = "; the sources split across the line" if db.split else ""
    style = VERDICT_STYLE[db.verdict.value]
    return (
        f"Deal breaker {d.label} at least {db.rule.at_least} ({percent(db.rule.confidence)} "
        f"sure): [{style}]{db.verdict}[/], {percent(db.risk)} chance it is below "
        f"{db.rule.at_least}{split}."
    )


# A terminal at least this wide gets the fine bar and every column of `assess`.
WIDE = 110


def show_assessment(out: Console, a: Assessment, lang: str = "en") -> None:
    from rich.markup import escape

    from askback.cli.output import Col, FitTable
    from askback.domain.guidance import conflict_guidance

    # One line per dimension at 80 columns: weight beside the label, the verdict alone in its
    # cell (in words below), a coarser bar, and the interval and evidence counts left out.
    table = FitTable(
        [
            Col("dimension (weight)", wrap=False),
            Col("mean", wrap=False, justify="right"),
            Col("80 % interval", wrap=False, drop=2),
            Col("1 ─ 5", wrap=False),
            Col("evidence", wrap=False, drop=1),
            Col("deal breaker", wrap=False),
        ],
        title=f"{a.label}: fit {number(a.fit.mean, 2)} "
        f"(80 %: {number(a.fit.low, 2)}–{number(a.fit.high, 2)})",
        compact=True,
    )
    bar = 21 if out.width >= WIDE else 11
    for d in a.dimensions:
        conflict = " [yellow]⚠[/]" if d.conflict else ""
        db = d.deal_breaker
        table.add_row(
            f"{escape(d.label)} ({number(d.weight, 0)}){conflict}",
            f"{number(d.mean, 2)}",
            f"{number(d.low, 2)}–{number(d.high, 2)}",
            interval_bar(d, bar),
            f"{d.n_items} from {d.n_sources}" if d.n_items else "—",
            f"[{VERDICT_STYLE[db.verdict.value]}]{db.verdict}[/]" if db else "",
            style="dim" if d.weight == 0 else "",
        )
    out.print(table)
    for d in a.dimensions:
        if d.deal_breaker is not None:
            out.print(_deal_breaker_line(d))
    if a.community:
        out.print("[bold]From the hub[/] (its own source, weight 0.2; `askback hub pull`):")
        for figure in a.community:
            out.print(f"  {figure.dimension}: {escape(figure.describe())}")
    for c in a.conflicts():
        out.print(
            f"[yellow]⚠ Conflict on {c.dimension}[/] ({number(c.gap, 1)} levels apart): "
            f"{c.describe()}"
        )
        for line in conflict_guidance(c, lang).lines():
            out.print(f"  [cyan]→[/] {escape(line)}")
    for d in a.dimensions:
        if d.moved_by:
            out.print(f"[bold]{d.dimension}[/]: {d.explanation()}")
    if a.not_counted:
        n = len(a.not_counted)
        out.print(
            f"[yellow]{n} answer{'s' if n > 1 else ''} not counted[/]: no dimension "
            f"({', '.join(a.not_counted)}). Give each one with "
            "`askback answer edit ID --dimension DIMENSION`."
        )
    if not a.items:
        out.print("[dim]No answers or signals yet: every dimension sits at the wide default.[/]")


def _heading(plan: Plan) -> str:
    with_ = ", ".join(a.label() for a in plan.addressees)
    return (
        f"Plan for {plan.label}: {plan.stage} with {with_}, "
        f"{plan.used_minutes} of {plan.minutes} min"
    )


def show_plan(out: Console, plan: Plan, verbose: bool = False) -> None:
    """One row per question with a short "why now"; verbose adds the full text and reasons."""
    from rich.markup import escape

    from askback.cli.output import Col, FitTable

    table = FitTable(
        [
            Col("#", wrap=False, justify="right"),
            Col("question"),
            Col("ask"),
            Col("min", wrap=False, justify="right"),
            Col("why" if verbose else "why now"),
        ],
        title=_heading(plan),
        show_lines=verbose,
    )
    for n, item in enumerate(plan.items, start=1):
        q = item.question
        text = f"[bold]{q.id}[/] {escape(q.spoken_in())}"
        if verbose and q.spoken:
            text += f"\n[dim]Full: {escape(q.text)}[/]"
        why = "\n".join(map(str, item.reasons)) if verbose else item.summary
        table.add_row(str(n), text, escape(item.to.label()), str(item.minutes), escape(why))
    if plan.items:
        out.print(table)
    else:
        out.print("[yellow]No question fits this interview.[/]")
    for s in plan.later:
        out.print(
            f"[cyan]Ask elsewhere:[/] {s.question.id} {s.question.summary} — "
            f"{s.where()} ({s.reason})."
        )
    if plan.skipped:
        out.print("[dim]Skipped: " + "; ".join(f"{d} ({why})" for d, why in plan.skipped) + "[/]")
    if plan.items and not verbose:
        out.print("[dim]The full questions and every reason: --verbose.[/]")


def show_plan_written(out: Console, plan: Plan, path: object) -> None:
    """After `plan --out`: what went into the sheet, in a few lines, instead of the whole table."""
    from rich.markup import escape

    n = len(plan.items)
    # Lines naming the file are soft-wrapped: a path folded by the console cannot be copied.
    out.print(
        f"Wrote {escape(str(path))}: {n} question{'s' if n != 1 else ''}, "
        f"{plan.used_minutes} of {plan.minutes} min.",
        soft_wrap=True,
    )
    if plan.items:
        first = plan.items[0]
        out.print(f"[dim]First: {first.question.id} ({escape(first.summary)}).[/]")
    out.print(f"[dim]During the call: askback log --plan {escape(str(path))}[/]", soft_wrap=True)


def show_comparison(out: Console, c: Comparison) -> None:
    from rich.markup import escape

    from askback.bank.schema import DIMENSION_LABELS, Dimension
    from askback.cli.output import Col, FitTable

    def rule_label(dimension: str) -> str:
        return DIMENSION_LABELS[Dimension(dimension)]

    table = FitTable(
        [Col(""), *(Col(a.label) for a in c.assessments)],
        title=f"Offers side by side (P(best) from {number(c.draws)} posterior draws)",
    )
    first = c.assessments[0]
    for j, d in enumerate(first.dimensions):
        cells = []
        for a in c.assessments:
            x = a.dimensions[j]
            mark = " ⚠" if x.conflict else ""
            cells.append(f"{number(x.mean, 1)} ({number(x.low, 1)}–{number(x.high, 1)}){mark}")
        table.add_row(f"{escape(d.label)} ({number(d.weight, 0)})", *cells)
    table.add_section()
    table.add_row(
        "[bold]fit[/]",
        *(
            f"[bold]{number(a.fit.mean, 2)}[/] ({number(a.fit.low, 2)}–{number(a.fit.high, 2)})"
            for a in c.assessments
        ),
    )
    table.add_row("[bold]P(best)[/]", *(f"[bold]{percent(p)}[/]" for p in c.p_best))
    for rule in first.deal_breakers():
        table.add_row(
            f"deal breaker: {escape(rule_label(rule.rule.dimension))} ≥ {rule.rule.at_least}",
            *(_verdict(a[rule.rule.dimension]) for a in c.assessments),
        )
    out.print(table)
    # Quotes read badly in narrow columns: the flags go under the table, one line per offer.
    for kind, pick in (("Red flags", "red_flags"), ("Green flags", "green_flags")):
        lines = [(a.label, _flags(getattr(a, pick)())) for a in c.assessments]
        if any(flags for _, flags in lines):
            out.print(f"[bold]{kind}[/]")
            for label, flags in lines:
                if flags:
                    out.print(f"  {escape(label)}: {flags}")
    if any(a.community for a in c.assessments):
        out.print("[bold]From the hub[/] (its own source, weight 0.2; `askback hub pull`):")
        for a in c.assessments:
            for figure in a.community:
                out.print(f"  {escape(a.label)}, {figure.dimension}: {escape(figure.describe())}")
    if c.p_none > 0.005:
        out.print(
            f"[red]In {percent(c.p_none)} of the draws no offer passes your deal breakers.[/]"
        )
    if c.settle:
        out.print("[bold]What would settle it[/] (the asks most likely to change the leader):")
        # Chosen by value per answer (the domain's order); shown by the chance each prints.
        ranked = sorted(c.settle, key=lambda s: -s.p_switch)
        for n, s in enumerate(ranked, start=1):
            out.print(f"  {n}. {escape(s.describe())}")
    elif len(c.assessments) > 1:
        out.print(
            "[dim]No few answers on any one dimension are likely to change which offer leads.[/]"
        )


def _flags(items: Sequence[object]) -> str:
    from rich.markup import escape

    from askback.domain.model import EvidenceItem

    shown = [escape(i.describe(100)) for i in items[:2] if isinstance(i, EvidenceItem)]
    more = f" (+{len(items) - 2} more)" if len(items) > 2 else ""
    return "; ".join(shown) + more if shown else ""
