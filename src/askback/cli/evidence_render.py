"""Rich views of assessments, plans and comparisons for the terminal."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

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
    return f"[{style}]{db.verdict}[/] ({db.risk:.0%} < {db.rule.at_least}{split})"


def show_assessment(out: Console, a: Assessment, lang: str = "en") -> None:
    from rich.markup import escape
    from rich.table import Table

    from askback.domain.guidance import conflict_guidance

    table = Table(title=f"{a.label}: fit {a.fit.mean:.2f} (80 %: {a.fit.low:.2f}–{a.fit.high:.2f})")
    for col in (
        "dimension",
        "weight",
        "mean",
        "80 % interval",
        "1 ─ 5",
        "evidence",
        "deal breaker",
    ):
        table.add_column(col, overflow="fold")
    for d in a.dimensions:
        style = "dim" if d.weight == 0 else ""
        conflict = " [yellow]⚠[/]" if d.conflict else ""
        table.add_row(
            d.label + conflict,
            f"{d.weight:.0f}",
            f"{d.mean:.2f}",
            f"{d.low:.2f}–{d.high:.2f}",
            interval_bar(d),
            f"{d.n_items} from {d.n_sources}" if d.n_items else "—",
            _verdict(d),
            style=style,
        )
    out.print(table)
    for c in a.conflicts():
        out.print(
            f"[yellow]⚠ Conflict on {c.dimension}[/] ({c.gap:.1f} levels apart): {c.describe()}"
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


def show_plan(out: Console, plan: Plan) -> None:
    from rich.table import Table

    with_ = ", ".join(a.label() for a in plan.addressees)
    table = Table(
        title=f"Plan for {plan.label}: {plan.stage} with {with_}, "
        f"{plan.used_minutes} of {plan.minutes} min",
        show_lines=True,
    )
    for col in ("#", "question", "ask", "min", "why"):
        table.add_column(col, overflow="fold")
    for n, item in enumerate(plan.items, start=1):
        q = item.question
        table.add_row(
            str(n),
            f"[bold]{q.id}[/] {q.spoken_in()}" + (f"\n[dim]Full: {q.text}[/]" if q.spoken else ""),
            item.to.label(),
            str(item.minutes),
            "\n".join(item.reasons),
        )
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


def show_comparison(out: Console, c: Comparison) -> None:
    from rich.table import Table

    table = Table(title=f"Offers side by side (P(best) from {c.draws:,} posterior draws)")
    table.add_column("")
    for a in c.assessments:
        table.add_column(a.label, overflow="fold")
    first = c.assessments[0]
    for j, d in enumerate(first.dimensions):
        cells = []
        for a in c.assessments:
            x = a.dimensions[j]
            mark = " ⚠" if x.conflict else ""
            cells.append(f"{x.mean:.1f} ({x.low:.1f}–{x.high:.1f}){mark}")
        table.add_row(f"{d.label} ({d.weight:.0f})", *cells)
    table.add_section()
    table.add_row(
        "[bold]fit[/]",
        *(f"[bold]{a.fit.mean:.2f}[/] ({a.fit.low:.2f}–{a.fit.high:.2f})" for a in c.assessments),
    )
    table.add_row("[bold]P(best)[/]", *(f"[bold]{p:.0%}[/]" for p in c.p_best))
    for rule in first.deal_breakers():
        table.add_row(
            f"deal breaker: {rule.rule.dimension} ≥ {rule.rule.at_least}",
            *(_verdict(a[rule.rule.dimension]) for a in c.assessments),
        )
    table.add_row("red flags", *(_flags(a.red_flags()) for a in c.assessments))
    table.add_row("green flags", *(_flags(a.green_flags()) for a in c.assessments))
    out.print(table)
    if c.p_none > 0.005:
        out.print(f"[red]In {c.p_none:.0%} of the draws no offer passes your deal breakers.[/]")
    if c.settle:
        out.print("[bold]What would settle it[/] (the asks most likely to change the leader):")
        for n, s in enumerate(c.settle, start=1):
            out.print(f"  {n}. {s.describe()}")
    elif len(c.assessments) > 1:
        out.print(
            "[dim]No few answers on any one dimension are likely to change which offer leads.[/]"
        )


def _flags(items: Sequence[object]) -> str:
    from askback.domain.model import EvidenceItem

    shown = [i.describe(60) for i in items[:2] if isinstance(i, EvidenceItem)]
    more = f" (+{len(items) - 2} more)" if len(items) > 2 else ""
    return "\n".join(shown) + more if shown else "—"
