"""`askback assess`, `plan`, `compare` and `profile`: the evidence engine on the command line."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from askback.cli import completion as complete
from askback.cli.output import JsonOption, console, print_json, split_csv
from askback.cli.tracker.common import workspace

OpportunityArg = Annotated[
    str,
    typer.Argument(
        metavar="OPPORTUNITY", help="Id or company.", autocompletion=complete.opportunities
    ),
]
PlotOption = Annotated[
    Path | None,
    typer.Option("--plot", help="Also draw the chart to this file (.png or .svg).", metavar="FILE"),
]


def assess(
    ctx: typer.Context,
    opportunity: OpportunityArg,
    plot: PlotOption = None,
    lang: Annotated[
        str,
        typer.Option(
            "--lang",
            help="Language of the guidance and reasons: en, or any language with a catalog.",
        ),
    ] = "en",
    as_json: JsonOption = False,
) -> None:
    """Where an opportunity stands on each dimension, how sure that is, and why.

    Per dimension: the posterior mean and 80 % credible interval, conflicts between sources
    (quoting the answers that disagree, with what would settle them), the risk for each deal
    breaker with a verdict, and the answers that moved it most; then the fit weighted by your
    profile.

    Example: askback assess acme --plot acme.png
    """
    from askback.app import evidence
    from askback.cli.evidence_render import show_assessment
    from askback.errors import InputError
    from askback.i18n import languages

    if lang not in languages():
        raise InputError(f"--lang must be one of {', '.join(languages())}, not {lang!r}")
    with workspace(ctx) as ws:
        result = evidence.assess(ws, opportunity)
    if plot is not None:
        from askback import plots

        plots.save(plots.assessment_figure(result), plot)
    if as_json:
        print_json(result.to_dict(lang))
        return
    out = console()
    show_assessment(out, result, lang)
    if plot is not None:
        out.print(f"[dim]Chart written to {plot}.[/]")


def plan(
    ctx: typer.Context,
    opportunity: OpportunityArg,
    with_: Annotated[
        list[str],
        typer.Option(
            "--with",
            "-w",
            help="Who you will talk to: roles (recruiter, hr, hiring-manager or team-lead, "
            "peer, leadership) or contact names/ids; comma-separated or repeated.",
        ),
    ],
    stage: Annotated[
        str,
        typer.Option(
            "--stage",
            "-s",
            help="screen, team, final, post-offer or backchannel.",
            autocompletion=complete.stages,
        ),
    ] = "team",
    minutes: Annotated[
        int, typer.Option("--minutes", "-m", help="Time you have for questions.")
    ] = 30,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            "-o",
            help="Write a one-page cheat sheet: .md, .html or .json "
            "(`askback log --plan FILE` walks through it).",
            metavar="FILE",
        ),
    ] = None,
    verbose: Annotated[
        bool,
        typer.Option(
            "--verbose", help="Print the full question texts and every reason for each question."
        ),
    ] = False,
    as_json: JsonOption = False,
) -> None:
    """The questions worth asking in a coming interview, in order, each with why.

    Questions are ranked by the information they are expected to give on what you weigh, by
    the chance they change which offer leads, and by unsettled deal breakers. Sensitive
    questions never go to a recruiter or HR at the screen; a conflict is put to someone new.
    Prints one row per question with a short "why now"; --verbose adds the full texts and
    reasons. With --out, the sheet is written and a short summary printed.

    Example: askback plan acme --with team-lead,peer --stage team --minutes 30 --out acme.html
    """
    from askback import cheatsheet
    from askback.app import evidence
    from askback.cli.evidence_render import show_plan, show_plan_written

    roles = split_csv(with_)
    with workspace(ctx) as ws:
        result = evidence.plan(ws, opportunity, roles=roles, stage=stage, minutes=minutes)
    if out is not None:
        cheatsheet.write(result, out)
    if as_json:
        print_json(result.to_dict())
        return
    screen = console()
    if out is None or verbose:
        show_plan(screen, result, verbose)
    if out is not None:
        show_plan_written(screen, result, out)


def compare(
    ctx: typer.Context,
    opportunities: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="[OPPORTUNITY]...",
            help="Ids or companies (default: all live).",
            autocompletion=complete.opportunities,
        ),
    ] = None,
    plot: PlotOption = None,
    draws: Annotated[int, typer.Option("--draws", help="Posterior draws behind P(best).")] = 4000,
    as_json: JsonOption = False,
) -> None:
    """Offers side by side: intervals, fit, P(best), deal breakers, flags, what would settle it.

    Example: askback compare acme globex --plot offers.svg
    """
    from askback.app import evidence
    from askback.cli.evidence_render import show_comparison

    with workspace(ctx) as ws:
        result = evidence.compare(ws, opportunities or [], draws=draws)
    if plot is not None:
        from askback import plots

        plots.save(plots.comparison_figure(result.assessments, result.p_best), plot)
    if as_json:
        print_json(result.to_dict())
        return
    screen = console()
    show_comparison(screen, result)
    if plot is not None:
        screen.print(f"[dim]Chart written to {plot}.[/]")


def register(app: typer.Typer) -> None:
    from askback.cli.evidence_profile import profile_app

    app.add_typer(profile_app, name="profile")
    app.command("assess")(assess)
    app.command("plan")(plan)
    app.command("compare")(compare)
