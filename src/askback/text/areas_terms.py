"""Findings and summaries for requirement inflation and pay transparency."""

from __future__ import annotations

from askback.text import pay as pay_mod
from askback.text import pay_scale
from askback.text import requirements as req
from askback.text.doc import Doc
from askback.text.report import Area, AreaSummary, Finding, Level, Pay, Span

MUST_HAVE_LIMIT = 10
STACK_LIMIT = 12
# facts: eu-pay-range-before-interview, de-pay-transparency-transposition, at-kv-minimum-in-job-ads
DIRECTIVE = (
    "Under the EU Pay Transparency Directive (2023/970, Art. 5) the employer must give applicants "
    "the starting pay or its range, in the ad or otherwise before the interview, and may not ask "
    "about your pay history. National laws were due by 7 June 2026 and some countries, Germany "
    "among them, were late: check how your country applies it."
)


def _span(doc: Doc, start: int, end: int, label: str) -> Span:
    return Span(start, end, label, doc.text[start:end])


def requirements(doc: Doc, r: req.Requirements) -> tuple[list[Finding], AreaSummary]:
    """Must-have count, years against the seniority named, and breadth of the stack."""
    out: list[Finding] = []
    typical = req.typical_years(r.seniority)
    if r.years is not None and r.years > typical:
        # With no level named, the comparison rests on a guess: info, and it says so.
        named = r.seniority != "unspecified"
        severe = named and (r.seniority in ("intern", "junior") or r.years - typical >= 3)
        level_word = r.seniority if named else "a role with no level named"
        spans = [_span(doc, *r.years_span, "years")] if r.years_span else []
        if r.seniority_span:
            spans.insert(0, _span(doc, *r.seniority_span, "seniority"))
        out.append(
            Finding(
                check="years-vs-seniority",
                area=Area.REQUIREMENTS,
                level=Level.CONCERN if severe else Level.INFO,
                title=f"{r.years}+ years asked for {level_word}",
                why=(
                    f"Roles at this level usually ask for up to {typical} years. More years than "
                    "the title suggests can mean the job is levelled (and paid) below the work "
                    "expected."
                    if named
                    else f"The ad names no level, so this compares {r.years} years with what "
                    f"most roles ask (up to {typical}): a rough check, not a finding on its own."
                ),
                ask="What level is this role in your career framework, and why does it need "
                f"{r.years} years?",
                spans=spans,
                dimension="hiring-process",
                # The ask is the level in the career framework: questions on levels first.
                question_tags=("levels", "seniority"),
                rating=2 if severe else None,
                data={"years": r.years, "seniority": r.seniority, "typical_years": typical},
            )
        )
    if r.must_haves is not None and r.must_haves >= MUST_HAVE_LIMIT:
        plain = _plain_items(doc, r)
        out.append(
            Finding(
                check="must-haves",
                area=Area.REQUIREMENTS,
                level=Level.INFO if plain else Level.CONCERN,
                title=f"{r.must_haves} must-have requirements"
                + (" (counted from lines without bullets: check the count)" if plain else ""),
                why="A long must-have list rarely describes one person; it puts off careful "
                "readers who take requirements literally, and hides which skills matter."
                + (
                    " The list has no bullets, so some lines may be sentences of one item."
                    if plain
                    else ""
                ),
                ask="Which of these requirements are essential on day one, and which can be "
                "learned "
                "on the job?",
                dimension="hiring-process",
                question_tags=("requirements",),
                rating=2,
                data={"must_haves": r.must_haves, "nice_to_haves": r.nice_to_haves},
            )
        )
    # With a requirement list, only the tools it asks for; otherwise every tool named.
    stack = r.tools_in_requirements if r.must_haves is not None else r.tools
    if len(stack) >= STACK_LIMIT:
        # Without a requirement list the tools come from the whole ad (the company's stack, the
        # product's integrations): worth asking, not a concern.
        listed = r.must_haves is not None
        out.append(
            Finding(
                check="stack-breadth",
                area=Area.REQUIREMENTS,
                level=Level.CONCERN if listed else Level.INFO,
                title=f"{len(stack)} tools named" + ("" if listed else " in the ad"),
                why="A very broad stack usually means a wish list, or a role that covers several "
                "jobs."
                + (
                    ""
                    if listed
                    else " These are all tools named anywhere in the ad, not only requirements."
                ),
                ask="Which of these tools will I use every week, and which are nice to know?",
                dimension="role-projects",
                question_tags=("stack", "tooling", "scope"),
                data={"tools": stack},
            )
        )
    parts = []
    if r.must_haves is not None:
        parts.append(f"{r.must_haves} must-haves")
    elif r.heading:
        parts.append("a requirements heading, but no list under it that could be counted")
    else:
        parts.append("no requirement list found")
    if r.years is not None:
        parts.append(f"{r.years}+ years asked ({r.seniority} role, usually ≤ {typical})")
    parts.append(f"{len(r.tools)} tools named" + (f": {', '.join(r.tools[:8])}" if r.tools else ""))
    status = "concern" if any(f.level == Level.CONCERN for f in out) else "ok"
    return out, AreaSummary(
        Area.REQUIREMENTS,
        status,
        "; ".join(parts) + ".",
        {
            "must_haves": r.must_haves,
            "nice_to_haves": r.nice_to_haves,
            "seniority": r.seniority,
            "years": r.years,
            "tools": r.tools,
            "tools_in_requirements": r.tools_in_requirements,
        },
    )


def _plain_items(doc: Doc, r: req.Requirements) -> bool:
    """Whether most must-have items are plain lines rather than bullets (a less sure count)."""
    items = [b for s in r.sections if s.kind == "must" for b in s.bullets]
    plain = sum(1 for lo, hi in items if doc.text[lo:hi].strip()[:1] not in req.BULLETS)
    return plain * 2 > len(items)


def _money(value: float | None, currency: str | None) -> str:
    if value is None:
        return "?"
    # Whole amounts without decimals ("GBP 45,000"); cents kept where there are some ("GBP 12.80
    # per hour"), never rounded to another figure.
    text = f"{value:,.0f}" if value == int(value) else f"{value:,.2f}"
    return f"{currency} {text}" if currency else text


# A range whose top is this many times its bottom says little about the offer (askback's own
# threshold, a judgment: a single pay band is rarely wider than about 1.5 times its bottom).
WIDE_RANGE = 2.0


def _unsure(p: Pay) -> str:
    """What the title must admit about a figure read with less certainty."""
    notes = []
    if not p.currency:
        notes.append("no currency written")
    elif "currency" in p.guessed:
        notes.append("currency taken from elsewhere in the ad")
    elif "crowns" in p.guessed:
        notes.append("“kr” read as Swedish crowns; the ad does not say whose")
    elif "dollars-places" in p.guessed:
        notes.append(f"“$” read as {p.currency} from the places the ad names")
    elif "dollars-unclear" in p.guessed:
        notes.append(
            "“$” read as US dollars, but the ad names places in another country that writes “$”"
        )
    if "thousands" in p.guessed:
        notes.append("the ad writes a figure under 1,000; read as thousands")
    if "stray-digit" in p.guessed:
        notes.append("the bottom figure has a digit too many (“45,0000”); read as thousands")
    if "period-misfit" in p.guessed:
        notes.append("the period written does not fit the amount; judged from the amount")
    elif "period-unread" in p.guessed:
        notes.append(
            "the ad's period is not a year, month, fortnight, week, day or hour; judged from the "
            "amount"
        )
    elif "period" in p.guessed:
        notes.append("period not written, judged from the amount")
    return f" ({'; '.join(notes)})" if notes else ""


def _doubt(p: Pay) -> str:
    """Why a figure's period may well be wrong: the ad wrote one that does not fit the figure
    ("$85,000 per hour"), or one askback does not read ("per second", "per shift")."""
    if "period-misfit" in p.guessed:
        return (
            "The period written beside the figure does not fit its size, so it was read by its "
            "size instead; the ad may hold a typo. Check the figure with the employer."
        )
    if "period-unread" in p.guessed:
        return (
            "The ad names a period that is not a year, month, fortnight, week, day or hour; the "
            "period shown was judged from the figure's size. Check it with the employer."
        )
    if "dollars-unclear" in p.guessed:
        return (
            "The ad writes the pay in “$” and names places in more than one country that uses "
            "dollars, so whose dollars they are is not clear; ask which currency the pay is in."
        )
    if "thousands" in p.guessed:
        return (
            'The ad gives the pay as a figure under 1,000 without a "k"; it was read as '
            "thousands, a common shorthand, but it may be a typo. Check the figure with the "
            "employer."
        )
    return ""


def _scale_finding(scale: str, tags: tuple[str, ...]) -> Finding:
    """A public pay scale named without an amount: the published tables tell the pay for the
    grade, so this is transparent pay; what is left to ask is the step within the grade, unless
    the ad names it too ("Stufe 3")."""
    # A range of grades ("EG 9a bis 11"), only the highest ("bis EG 11") or only the lowest
    # ("ab A 10"): the grade is open.
    no_grade = "grade not given" in scale or pay_scale.grade_open(scale)
    step = pay_scale.step_given(scale)
    if step:
        why = (
            "The scale's pay tables are published, and the ad names the grade and the step, so "
            "you can look up the pay."
        )
        ask = "Is the step fixed, or could more of my experience place me higher?"
    else:
        why = (
            "The scale's pay tables are published, so the grade tells you the pay range. Where "
            "you land in it depends on the step (Stufe, pay point) you are placed on, which "
            "usually follows your counted experience"
            + (
                "; the ad does not say which grade."
                if "grade not given" in scale
                else "; the ad leaves the grade open too (a range of grades, or only the highest "
                "or lowest)."
                if no_grade
                else "."
            )
        )
        ask = (
            ("Which grade is this post, and " if no_grade else "")
            + ("which" if no_grade else "Which")
            + " step (Stufe) would I start on, and which of my experience counts toward it?"
        )
    return Finding(
        check="salary",
        area=Area.PAY,
        level=Level.INFO,
        title=f"Pay follows a public pay scale: {scale}",
        why=why,
        ask=ask,
        dimension="compensation-contract",
        question_tags=tags,
        rating=3,
        data={"kind": "scale"},
    )


# A collective agreement's minimum (Austria's KV-Mindestgehalt): the floor the law asks the ad
# for, not the offer (rt36de).
KV_FLOOR_WHY = (
    "This is the minimum pay of the collective agreement (Kollektivvertrag). In Austria the "
    "ad must state it and say whether the employer pays more (Überzahlung) "
    "(Gleichbehandlungsgesetz § 9 (2), since 1 March 2011), so it is a floor: what you would "
    "be offered may be higher, and the ad does not say by how much."
)
KV_FLOOR_ASK = (
    "What do you actually pay above the collective-agreement minimum for my experience, and "
    "what decides it?"
)
_RANGE_ASK = "Where in this range do new hires usually start, and what decides it?"
_PAY_ASK = {
    "range": _RANGE_ASK,
    "wide-range": _RANGE_ASK,
    "figure": "Is this figure fixed for everyone in the role, and when is it reviewed?",
    "open-ended": "What is the other end of the pay for this role, and what decides where I "
    "would land?",
}


def pay(doc: Doc, p: Pay) -> tuple[list[Finding], AreaSummary]:
    """Whether a figure is stated, and the EU directive where it applies."""
    tags = ("salary-range", "pay-transparency")
    directive = f" {DIRECTIVE}" if p.eu else ""
    if p.stated:
        if p.minimum is not None and p.maximum is not None and p.minimum != p.maximum:
            what = f"{_money(p.minimum, p.currency)}–{_money(p.maximum, None)}"
            kind, rating, level = "range", 4, Level.POSITIVE
            if p.minimum > 0 and p.maximum >= WIDE_RANGE * p.minimum:
                # "$60,000 - $200,000": a range this wide says little about the offer.
                kind, rating, level = "wide-range", 3, Level.INFO
        elif p.minimum is not None and p.maximum is not None:
            # "£32,000 per annum", "15,50 € pro Stunde": one exact figure tells the pay as
            # plainly as a range does.
            what = _money(p.minimum, p.currency)
            kind, rating, level = "figure", 4, Level.POSITIVE
        else:
            # "up to £40,000", "from €50,000": one end only; the other is left to negotiation.
            bound = "up to " if p.minimum is None else "from "
            what = bound + _money(p.minimum if p.minimum is not None else p.maximum, p.currency)
            kind, rating, level = "open-ended", 3, Level.INFO
        per = f" per {p.period}" if p.period else ""
        floor = (
            kind in ("figure", "open-ended")
            and p.span is not None
            and pay_mod.collective_minimum(doc, p.span.start)
        )
        if floor:
            # The minimum the law asks the ad for: the offer may be higher (rt36de).
            rating, level = 3, Level.INFO
        wide = kind == "wide-range"
        finding = Finding(
            check="salary",
            area=Area.PAY,
            level=level,
            title=f"Salary stated: {what}{per}"
            + (" (a wide range: the top is twice the bottom or more)" if wide else "")
            + (" (the collective-agreement minimum)" if floor else "")
            + _unsure(p),
            why=(
                "A range this wide says little about what you would be offered; ask where "
                "people at your level land in it."
                if wide
                else KV_FLOOR_WHY
                if floor
                else "Only one end of the pay is stated; the other is left open."
                if kind == "open-ended"
                else "A stated figure lets you judge the offer before you spend time on interviews."
            ),
            ask=KV_FLOOR_ASK if floor else _PAY_ASK[kind],
            spans=[p.span] if p.span else [],
            dimension="compensation-contract",
            question_tags=tags,
            rating=rating,
            data={"kind": kind},
        )
        if doubt := _doubt(p):
            finding.confidence, finding.doubt = "low", doubt
        summary = f"Pay stated: {what}{per}."
        status = "stated"
    elif p.scale:
        finding = _scale_finding(p.scale, tags)
        summary = f"Pay follows a public pay scale: {p.scale}."
        status = "scale"
    else:
        finding = Finding(
            check="salary",
            area=Area.PAY,
            level=Level.GAP,
            # ("Salary: DOE", "a competitive salary", or a figure too small to be the pay.)
            title="No salary stated"
            + (" (pay is mentioned, but no salary figure is given)" if p.mentioned else ""),
            why="Without a figure you negotiate blind and may spend weeks on a role that cannot "
            "pay "
            f"what you need.{directive}",
            ask="What is the salary range for this role, and how was it set?",
            dimension="compensation-contract",
            question_tags=tags,
            rating=2,
        )
        summary = "No salary or range stated." + (directive if p.eu else "")
        status = "not stated"
    return [finding], AreaSummary(
        Area.PAY,
        status,
        summary,
        {
            "stated": p.stated,
            "minimum": p.minimum,
            "maximum": p.maximum,
            "currency": p.currency,
            "period": p.period,
            "eu": p.eu,
        },
    )
