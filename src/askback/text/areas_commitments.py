"""Findings and the summary for commitments and conditions: diversity, responsible AI, data
maturity, the work arrangement, languages and benefits."""

from __future__ import annotations

import re
from functools import cache

from askback.text import hours, premises, seniority
from askback.text.commitments import Commitments
from askback.text.conditions import Arrangement
from askback.text.doc import Doc
from askback.text.phrases import Match
from askback.text.report import (
    ASK_LEVELS,
    Area,
    AreaSummary,
    Finding,
    LanguageRequirement,
    Level,
    Span,
)


def _phrase(doc: Doc, m: Match, label: str) -> Span:
    return Span(m.start, m.end, label, doc.text[m.start : m.end])


def commitments(
    doc: Doc,
    c: Commitments,
    arrangement: Arrangement,
    languages: list[LanguageRequirement],
) -> tuple[list[Finding], AreaSummary]:
    """Diversity, responsible AI, data maturity, remote, languages and benefits."""
    out: list[Finding] = []
    out += _diversity(doc, c)
    out += _responsible_ai(doc, c)
    out += _maturity(doc, c)
    out += _remote(doc, arrangement)
    out += _languages(doc, languages)
    out += _benefits(doc, c)
    out += hours.findings(doc)
    out += premises.findings(doc)
    lang_text = (
        ", ".join(
            f"{r.language} ({'implied' if r.implied else 'required' if r.required else 'a plus'})"
            for r in languages
        )
        or "none stated"
    )
    days = f", {_office_week(arrangement)}" if _office_week(arrangement) else ""
    maturity = c.maturity_level if c.data_role else "not judged (no data work named)"
    summary = (
        f"Diversity: {c.diversity}; responsible AI: "
        f"{'mentioned' if c.responsible_ai else 'not mentioned'}; data maturity: "
        f"{maturity}; work: {arrangement.kind.replace('_', ' ')}{days}; languages: "
        f"{lang_text}; benefits: {len(c.benefits)} named."
    )
    gaps = sum(1 for f in out if f.level in ASK_LEVELS)  # a set: no enum member read per finding
    return out, AreaSummary(
        Area.COMMITMENTS,
        f"{gaps} to ask about" if gaps else "ok",
        summary,
        {
            "diversity": c.diversity,
            "responsible_ai": bool(c.responsible_ai),
            "ml_role": c.ml_role,
            "data_role": c.data_role,
            "data_maturity": c.maturity_level,
            "work_arrangement": arrangement.kind,
            "office_days": arrangement.office_days,
            "office_days_max": arrangement.office_days_max,
            "benefits": [m.entry.get("label") for m in c.benefits],
        },
    )


def _diversity(doc: Doc, c: Commitments) -> list[Finding]:
    dim = "diversity-inclusion"
    if c.measures:
        return [
            Finding(
                check="diversity-measure",
                area=Area.COMMITMENTS,
                level=Level.POSITIVE,
                title=f"Concrete measure named: {m.entry.get('label')}",
                why="A named programme can be checked: ask who runs it and what it has changed.",
                ask="Who runs it, how many people take part, and what has it changed so far?",
                spans=[_phrase(doc, m, "diversity-measure")],
                dimension=dim,
                # An entry may name several tags, its topic first ("flexible or part-time
                # hours" asks about part-time days and reachability, not about on-call).
                question_tags=m.entry.words("tags") or (m.entry.get("tag", "concrete-measures"),),
                rating=4 if len(c.measures) >= 2 else 3,
            )
            for m in c.measures
        ]
    if c.boilerplate:
        m = c.boilerplate[0]
        return [
            Finding(
                check="diversity-boilerplate",
                area=Area.COMMITMENTS,
                level=Level.GAP,
                title="Equal-opportunity statement without concrete measures",
                why="Almost every ad carries this sentence; on its own it says nothing about "
                "practice.",
                ask="What do you do, concretely, to make hiring and promotion fair here, and how "
                "do "
                "you know it works?",
                spans=[_phrase(doc, m, "diversity-statement")],
                dimension=dim,
                question_tags=("concrete-measures",),
                rating=2,
            )
        ]
    return [
        Finding(
            check="diversity-none",
            area=Area.COMMITMENTS,
            level=Level.GAP,
            title="No word on diversity or inclusion",
            why="The ad does not say how the company handles fairness; ask rather than assume.",
            ask="What does the company do for diversity and inclusion, and what has changed "
            "because of it?",
            dimension=dim,
            question_tags=("concrete-measures", "inclusion"),
        )
    ]


def _responsible_ai(doc: Doc, c: Commitments) -> list[Finding]:
    tags = ("use-case-review", "fairness")
    if c.responsible_ai:
        labels = ", ".join(str(m.entry.get("label")) for m in c.responsible_ai)
        return [
            Finding(
                check="responsible-ai",
                area=Area.COMMITMENTS,
                level=Level.POSITIVE,
                title=f"Responsible-AI mentions: {labels}",
                why="Naming these topics in an ad is a good sign; the practice behind them is "
                "what counts.",
                ask="Can you give a recent example where a fairness or ethics review changed or "
                "stopped a model?",
                spans=[_phrase(doc, x, "responsible-ai") for x in c.responsible_ai],
                dimension="responsible-ml",
                question_tags=tags,
                rating=4 if len(c.responsible_ai) >= 2 else 3,
            )
        ]
    if c.ml_role:
        return [
            Finding(
                check="responsible-ai",
                area=Area.COMMITMENTS,
                level=Level.GAP,
                title="A machine-learning role with no word on responsible AI",
                why="Models that affect people need review for fairness, privacy and misuse; the "
                "ad "
                "does not say who does that.",
                ask="How are new ML use cases reviewed, and who can stop one?",
                dimension="responsible-ml",
                question_tags=tags,
            )
        ]
    return []


def _maturity(doc: Doc, c: Commitments) -> list[Finding]:
    level = c.maturity_level
    spans = [_phrase(doc, m, "data-maturity") for m in c.maturity]
    labels = ", ".join(sorted({str(m.entry.get("label")) for m in c.maturity}))
    if level == "early":
        return [
            Finding(
                check="data-maturity",
                area=Area.COMMITMENTS,
                level=Level.INFO,
                title="An early-stage data function",
                why="Building from scratch is exciting and hard: "
                "you will own pipelines and infrastructure as well as analysis.",
                ask="Who owns the pipelines today, and what budget and help do I get to build "
                "them?",
                spans=spans,
                dimension="data-maturity",
                question_tags=("data-engineering", "infrastructure"),
                rating=2,
                data={"signals": labels},
            )
        ]
    if level in ("established", "some"):
        return [
            Finding(
                check="data-maturity",
                area=Area.COMMITMENTS,
                level=Level.POSITIVE if level == "established" else Level.INFO,
                title=f"Data-maturity signals: {labels}",
                why="Named teams and practices suggest data work is supported, not improvised.",
                ask="Walk me through how a recent model or pipeline went from notebook to "
                "production.",
                spans=spans,
                dimension="data-maturity",
                question_tags=("mlops", "data-quality"),
                rating=4 if level == "established" else 3,
                data={"signals": labels},
            )
        ]
    if not c.data_role:  # a nursing or police ad has no data platform to name
        return []
    return [
        Finding(
            check="data-maturity",
            area=Area.COMMITMENTS,
            level=Level.GAP,
            title="No data-maturity signals",
            why="The ad names no data platform, team or practice, so "
            "you cannot tell how much of the job is plumbing.",
            ask="Who owns the pipelines, and how much of the week goes into fixing data?",
            dimension="data-maturity",
            question_tags=("data-engineering", "mlops"),
        )
    ]


# Jobs done where the patients, the public or the equipment are: named in the title, they make
# "what is your remote policy?" a question with an obvious answer. The hours and shifts are the
# question instead. (English and German; a plural or a feminine ending is allowed.) Not a bare
# "technician": a federal Financial, Supply or Medical Records Technician works at a desk.
_IN_PERSON = (
    "nurse", "midwife", "paramedic", "physician", "surgeon", "doctor", "dentist", "pharmacist",
    "pharmacy technician", "phlebotomist", "radiographer", "sonographer", "physiotherapist",
    "occupational therapist", "healthcare assistant", "health care assistant", "care assistant",
    "support worker", "carer", "porter", "medical technologist", "medical laboratory",
    "police officer", "firefighter", "correctional officer", "security officer", "guard",
    "receptionist", "front desk", "cashier", "barista", "chef", "cook", "cleaner", "housekeeper",
    "custodian", "janitor", "warehouse", "forklift", "driver", "mechanic", "electrician",
    "plumber", "laboratory technician", "lab technician", "maintenance technician",
    "health technician", "medical instrument technician", "laborer", "labourer",
    "groundskeeper", "lifeguard", "teacher",
    "teaching assistant", "child care", "childcare", "pflegefachkraft", "pflegekraft",
    "krankenpfleger", "gesundheits- und krankenpfleger", "arzt", "ärztin", "apotheker",
    "erzieher", "lehrer", "fahrer", "monteur", "mechatroniker", "elektriker", "koch", "köchin",
    "reinigungskraft", "lagerist", "polizist",
)  # fmt: skip


@cache
def _in_person_rx() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(_IN_PERSON, key=len, reverse=True))
    return re.compile(rf"(?<![\w])(?:{words})(?:s|es|n|en|in|innen)?(?![\w])")


def _in_person_role(doc: Doc) -> str:
    """The word of the title that names a job done in person ('' when none does)."""
    span = seniority.title_span(doc)
    if span is None:
        return ""
    m = _in_person_rx().search(doc.lower, span[0], span[1])
    if m is None or _DESK_ROLE.search(doc.lower, span[0], span[1]):
        return ""  # "Nurse Informatics Analyst", "Pharmacy Data Manager": desk work
    return doc.text[m.start() : m.end()]


# A desk role in the same title: the in-person word names the field, not the work.
_DESK_ROLE = re.compile(
    r"(?<![\w])(?:analyst|informatics|data|developer|scientist|programmer|engineer"
    r"|director|lead|coordinator|co-ordinator|administrator|adviser|advisor|recruit\w*|educator"
    r"|consultant|specialist|officer\s+for\s+policy|researcher|trainer|manager(?:in)?|leitung"
    r"|referent\w*)(?![\w])"
)


def _remote(doc: Doc, a: Arrangement) -> list[Finding]:
    if a.kind == "not_stated" and (role := _in_person_role(doc)):
        lo, hi = seniority.title_span(doc) or (0, 0)
        return [
            Finding(
                check="remote",
                area=Area.COMMITMENTS,
                level=Level.INFO,
                title=f"Work arrangement not stated; the title names in-person work (“{role}”)",
                why="The ad does not say where the work is done, and this job is done where the "
                "patients, the public or the equipment are, so working from home is unlikely to "
                "be offered. How the hours and shifts are set matters more for your week.",
                ask="How are shifts and hours planned, how much notice do staff get, and how much "
                "say do they have over them?",
                spans=[Span(lo, hi, "in-person", doc.text[lo:hi])],
                dimension="work-life-remote",
                question_tags=("working-hours", "flexibility"),
                data={"in_person": role},
            )
        ]
    if a.kind == "not_stated":
        return [
            Finding(
                check="remote",
                area=Area.COMMITMENTS,
                level=Level.GAP,
                title="Work arrangement not stated",
                why="Remote, hybrid or on-site shapes your week more than most perks.",
                ask="What is the remote policy for this role, in writing, and who can change it?",
                dimension="work-life-remote",
                question_tags=("remote-policy",),
            )
        ]
    days = f" ({_office_week(a)})" if _office_week(a) else ""
    title = f"Work arrangement: {a.kind}{days}"
    why = "Check how the written policy is lived, and whether it has changed recently."
    ask = "How is the policy lived day to day, and when did it last change?"
    if a.alternative:
        # arr2: fully remote offered beside another way of work, the candidate's choice.
        other = "hybrid" if a.alternative == "hybrid" else "at an office"
        title = f"Work arrangement: remote, or {other} if you prefer"
        why = (
            f"The ad lets you choose between fully remote work and working {other}; a choice "
            "on paper can narrow once you have started."
        )
        ask = (
            "Is fully remote open to you from the first day, and can you switch between the "
            "options later on?"
        )
    return [
        Finding(
            check="remote",
            area=Area.COMMITMENTS,
            level=Level.INFO,
            title=title,
            why=why,
            ask=ask,
            spans=list(a.spans),
            dimension="work-life-remote",
            question_tags=("hybrid", "remote-policy") if a.kind == "hybrid" else ("remote-policy",),
            data={
                "arrangement": a.kind,
                "office_days": a.office_days,
                "office_days_max": a.office_days_max,
                # Only when the ad offers one, so other reports keep their data as they were.
                **({"alternative": a.alternative} if a.alternative else {}),
            },
        )
    ]


def _languages(doc: Doc, langs: list[LanguageRequirement]) -> list[Finding]:
    out = []
    for r in langs:
        if r.implied:
            title = f"The ad is written in {r.language}: expect to need it"
            why = (
                "No language requirement is written, but the ad's own language usually is the "
                "team's."
            )
        else:
            title = f"{r.language} {'required' if r.required else 'is a plus'}"
            why = "Language requirements decide who can apply and, later, who gets promoted."
            if r.working and r.required:
                title = f"{r.language} is the working language: expect to need it"
                why = (
                    "The ad names the language the team works in but no level; ask which level "
                    "the job needs in speech and writing."
                )
            if r.native:
                title = (
                    f"{r.language} asked at native-speaker level"
                    if r.required
                    else f"{r.language} at native-speaker level is a plus"
                )
                why = (
                    "“Native” or “Muttersprache” asks where you grew up, not how well you speak: "
                    "it is nationality-coded and shuts out people who learned the language later "
                    "(ethnic origin is a protected ground: Directive 2000/43/EC, AGG § 1). "
                    "A level says what the job needs, for example C1 (CEFR) in speech and writing."
                )
        out.append(
            Finding(
                check="language",
                area=Area.COMMITMENTS,
                # Native-speaker wording is a concern, like the other nationality-coded wording,
                # where it is required; as a plus it is named (info), with the level to ask for.
                level=Level.CONCERN if r.native and r.required else Level.INFO,
                title=title,
                why=why,
                ask="Which language are meetings, documents and code reviews in, and does that "
                "change higher up?",
                spans=[] if r.implied else [r.span],
                context="" if r.implied else r.clause,
                dimension="work-life-remote",
                question_tags=("language",),
                alternative=f"{r.language} at C1 level (CEFR)" if r.native else "",
                data={
                    "language": r.language,
                    "required": r.required,
                    "implied": r.implied,
                    "native": r.native,
                    "working": r.working,
                },
            )
        )
    return out


def _benefits(doc: Doc, c: Commitments) -> list[Finding]:
    if not c.benefits:
        return [
            Finding(
                check="benefits",
                area=Area.COMMITMENTS,
                level=Level.GAP,
                title="No benefits named",
                why="Pension, learning budget and leave can be worth a sizeable share of salary.",
                ask="Which benefits come with the role, and what are they worth per year?",
                dimension="compensation-contract",
                # What benefits come at all, and the one most worth a number (the pension):
                # not a question on one benefit the ad does not name (relocation).
                question_tags=("benefits", "perks", "pension"),
            )
        ]
    labels = [str(m.entry.get("label")) for m in c.benefits]
    return [
        Finding(
            check="benefits",
            area=Area.COMMITMENTS,
            level=Level.INFO,
            title=f"{len(labels)} {'benefit' if len(labels) == 1 else 'benefits'} named: "
            + ", ".join(labels),
            why="Ask what each is worth; a named benefit can be small.",
            ask="What are these benefits worth per year, and which are in the contract?",
            spans=[_phrase(doc, m, "benefit") for m in c.benefits],
            dimension="compensation-contract",
            question_tags=_benefit_tags(c),
            data={"benefits": labels},
        )
    ]


def _days(n: float) -> str:
    """The noun after a count of office days: "1 office day", "2.5 office days"."""
    return "day" if n == 1 else "days"


def _office_week(a: Arrangement) -> str:
    """A hybrid week's office days in words: "2 office days a week", "3–4 office days a week"
    (a range of days); "" when none are counted or the work is not hybrid."""
    if a.kind != "hybrid" or a.office_days is None:
        return ""
    if a.office_days_max is not None:
        return f"{a.office_days:g}–{a.office_days_max:g} office days a week"
    return f"{a.office_days:g} office {_days(a.office_days)} a week"


# Benefits with a bank question of their own; the others are asked about as perks.
_OWN_QUESTION = {"pension": "pension", "relocation": "relocation"}


def _benefit_tags(c: Commitments) -> tuple[str, ...]:
    """The question tags of the benefits the ad names: a question on a benefit it does not
    name (relocation, for an ad that lists a pension and a gym) is no question on this finding."""
    tags = ["benefits"]
    for m in c.benefits:
        tag = _OWN_QUESTION.get(str(m.entry.get("id")), "perks")
        if tag not in tags:
            tags.append(tag)
    return tuple(tags)
