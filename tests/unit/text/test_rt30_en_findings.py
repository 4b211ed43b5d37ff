"""Round 30 (en): work arrangements in Indian, Canadian and UK board wording (WFO, in-person,
"WFH: Yes"), "bonus points" after a figure, "dominant"/"dominate" said of things and markets,
"mature" and "overqualified" applicants, Friday beers, and requirement lists run into one line
with bullet glyphs."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text.jobad import analyze
from askback.text.report import AdReport

BODY = (
    "# Analyst\n\nYou will build dashboards for the sales team and present them each week.\n\n{}\n"
)


def _ad(line: str) -> AdReport:
    return analyze(BODY.format(line))


def _arr(line: str) -> tuple[str, float | None]:
    r = _ad(line)
    return r.work_arrangement, r.office_days


# ---------------------------------------------------------------- work arrangement
@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Work mode: WFO. Location: Hyderabad.", ("onsite", 5.0)),
        ("Location: Chennai (WFO)", ("onsite", 5.0)),
        ("WFO 5 days a week, Gurugram.", ("onsite", 5.0)),
        ("Location: Bengaluru (Work from office, 5 days).", ("onsite", 5.0)),
        ("Work from office, Noida sector 62.", ("onsite", 5.0)),
        ("Location: Toronto, ON (in-person)", ("onsite", 5.0)),
        ("Calgary | In-person", ("onsite", 5.0)),
        ("WFH: Yes, 100%. Must live within the EST time zone.", ("remote", 0.0)),
        ("Work from home: 100%", ("remote", 0.0)),
        ("WFH: Yes", ("hybrid", None)),
        ("Work from home with one team day a month in Manchester.", ("remote", 0.0)),
        ("Working from home, with travel to Leeds for training.", ("remote", 0.0)),
        ("Up to $48,000. New York, NY (on-site 4 days).", ("hybrid", 4.0)),
        ("Leeds (Office 2 days)", ("hybrid", 2.0)),
        ("Phoenix, AZ (In-office 2 days)", ("hybrid", 2.0)),
        ("Gurugram. Hybrid: 3 days WFO.", ("hybrid", 3.0)),
        ("Hybrid (2 days WFO, 3 days WFH)", ("hybrid", 2.0)),
    ],
)
def test_board_wordings_of_the_arrangement(line: str, want: tuple[str, float | None]) -> None:
    assert _arr(line) == want


def test_office_days_beside_the_board_wording_still_make_it_hybrid() -> None:
    assert _arr("Work mode: WFO") == ("onsite", 5.0)
    assert _arr("Work mode: WFO, 3 days a week in the office.") == ("hybrid", 3.0)
    assert _arr("Work from home with 2 days a week in the office.") == ("hybrid", 2.0)
    # WFO as another office's name, and home working as a benefit, state nothing
    assert _arr("You forecast for the Weather Forecast Office (WFO).") == ("not_stated", None)
    assert _arr("Benefits:\n- Work from home\n- Pension") == ("not_stated", None)


@settings(deadline=None, max_examples=60)
@given(
    label=st.sampled_from(["Work mode", "Working model", "Work type", "Location", "Workplace"]),
    city=st.sampled_from(["Pune", "Hyderabad", "Kochi", "Mumbai"]),
    shape=st.sampled_from(["{l}: WFO", "{l}: {c} (WFO)", "{l}: {c} | WFO", "{l}: {c}, WFO"]),
)
def test_sweep_wfo_label(label: str, city: str, shape: str) -> None:
    assert _arr(shape.format(l=label, c=city)) == ("onsite", 5.0)


# ---------------------------------------------------------------- bonus as a plus
@pytest.mark.parametrize(
    "text",
    [
        "Key requirements:\n- AAT Level 3\n- Sage 50\n\nBonus points if you have:\n- ACCA",
        "Requirements:\n- Python 3.12\n\nBonus points for dbt.",
        "Must have:\n- 2 years in accounts, ledgers over £40k\nBonus if you know Xero.",
    ],
)
def test_bonus_as_a_plus_after_a_figure_on_the_line_above_is_no_benefit(text: str) -> None:
    assert "bonus" not in _ad(text).benefits


def test_a_bonus_with_its_figure_on_its_own_line_is_still_a_benefit() -> None:
    assert "bonus" in _ad("Benefits:\n- Pension\n- £2,000 bonus").benefits
    assert "bonus" not in _ad("Skills:\n- SQL 2016\nBonus points for Tableau.").benefits


# ---------------------------------------------------------------- gender: things and markets
@pytest.mark.parametrize(
    "line",
    [
        "You will analyse the dominant exposures in the portfolio.",
        "You will rank the dominant suppliers by spend each month.",
        "Report the dominant failure reasons to engineering.",
        "Our product dominates the mid-market segment.",
        "We dominate the UK market for dental software.",
        "Brands that dominate their category use our platform.",
        "Our mission is to dominate the European market.",
        "Our platform, which dominates the market, is growing.",
    ],
)
def test_dominant_and_dominate_said_of_things_are_no_trait(line: str) -> None:
    assert _ad(line).masculine == 0


@pytest.mark.parametrize(
    "line",
    [
        "You have a dominant personality and thrive in negotiations.",
        "You must be dominant in negotiations.",
        "We want a dominant leader who drives the team.",
        "You will dominate the conversation in client meetings.",
    ],
)
def test_dominant_and_dominate_said_of_a_person_still_count(line: str) -> None:
    assert _ad(line).masculine == 1
    # the same words said of the work's objects in the same ad do not add to the count
    assert _ad(f"{line} You will map the dominant routes and dominate the market.").masculine == 1


@settings(deadline=None, max_examples=50)
@given(
    noun=st.sampled_from(
        ["exposures", "cost lines", "error codes", "price bands", "suppliers", "routes", "SKUs"]
    ),
    verb=st.sampled_from(["analyse", "report", "rank", "size", "monitor"]),
)
def test_sweep_dominant_thing(noun: str, verb: str) -> None:
    assert _ad(f"You will {verb} the dominant {noun} every quarter.").masculine == 0


# ---------------------------------------------------------------- age-coded and bro-culture
def _kinds(line: str) -> list[tuple[str, str]]:
    return [(f.check, f.level.value) for f in _ad(line).findings if f.area.value == "exclusionary"]


@pytest.mark.parametrize(
    ("line", "check"),
    [
        ("The successful candidate will be a mature, experienced professional.", "age-coded"),
        ("Must be a mature individual who can supervise a large group.", "age-coded"),
        ("We want a mature and reliable person for reception.", "age-coded"),
        (
            "Candidates need 3-5 years of experience. Overqualified candidates need not apply.",
            "age-coded",
        ),
        ("Over-qualified applicants will not be considered.", "age-coded"),
        ("We are looking for graduates fresh out of university.", "age-coded"),
        ("Ideal for someone straight out of college.", "age-coded"),
        ("Must have a clean driving record and be willing to travel.", "ability-coded"),
        ("Applicants need a safe driving record.", "ability-coded"),
        ("Beers on Friday and a ping-pong table.", "bro-culture"),
        ("Drinks every Friday in the office bar.", "bro-culture"),
    ],
)
def test_age_and_drinking_wording_is_flagged(line: str, check: str) -> None:
    assert (check, "concern") in _kinds(line)


def test_mature_things_and_invitations_are_not_flagged() -> None:
    for line in (
        "Mature age applicants are encouraged to apply.",
        "We welcome mature candidates.",
        "We run a mature data platform for professionals.",
        "Mature students are welcome on the course.",
        "You have a mature approach to risk.",
        "We analyse the driving record data of our fleet.",
    ):
        assert _kinds(line) == [], line
    assert ("age-coded", "concern") in _kinds("We want a mature individual.")


# ---------------------------------------------------------------- bullet glyphs on one line
@pytest.mark.parametrize(
    ("line", "musts", "years"),
    [
        ("Requirements: • 3-5 years with Node.js • PostgreSQL • REST API design • AWS", 4, 3),
        ("Requirements: • Python • 4+ years building data pipelines • SQL", 3, 4),
        ("Key requirements: ▪ A degree in maths ▪ Strong Excel ▪ Good written English", 3, None),
        ("Essential criteria: ● Full UK licence ● 2 years in logistics ● Forklift ticket", 3, 2),
    ],
)
def test_bullet_glyphs_on_one_line_make_items(line: str, musts: int, years: int | None) -> None:
    r = _ad(line)
    assert (r.must_haves, r.years_required) == (musts, years)


@settings(deadline=None, max_examples=40)
@given(
    items=st.lists(
        st.sampled_from(["Python", "Strong SQL", "Airflow", "A degree in physics", "Git", "dbt"]),
        min_size=3,
        max_size=5,
        unique=True,
    ),
    glyph=st.sampled_from(["•", "▪", "●"]),
    head=st.sampled_from(["Requirements:", "Key requirements:", "Minimum qualifications:"]),
)
def test_sweep_bullet_glyph_items(items: list[str], glyph: str, head: str) -> None:
    line = head + "".join(f" {glyph} {i}" for i in items)
    assert _ad(line).must_haves == len(items)


@pytest.mark.parametrize("piece", ["WFO ", "Work from home with ", "mature ", "• a ", "dominant "])
def test_hostile_repetition_stays_bounded(piece: str) -> None:
    text = BODY.format(piece * (10_000 // len(piece)))
    t0 = time.process_time()
    analyze(text)
    assert time.process_time() - t0 < 0.5


# ---------------------------------------------------------------- a manager of things is no level
@pytest.mark.parametrize(
    "title",
    [
        "Office Manager",
        "Account Manager",
        "Customer Success Manager",
        "Case Manager",
        "Product Manager",
        "IT Project Manager (Policy and Planning)",
        "Health and Wellbeing Programme Manager",
    ],
)
def test_a_manager_of_a_thing_names_no_managers_level(title: str) -> None:
    r = analyze(f"# {title}\n\nYou will keep things running.\n\nRequirements\n- Excel\n- Tact\n")
    assert r.seniority == "unspecified"
    # people's managers keep the level, and a level word before the thing still counts
    for people, level in (
        ("Engineering Manager", "manager"),
        ("Assistant Store Manager", "manager"),
        ("Supervisory Program Manager", "manager"),
        (f"Senior {title}", "senior"),
    ):
        got = analyze(f"# {people}\n\nYou will keep things running.\n").seniority
        assert got == level, people


@settings(deadline=None, max_examples=40)
@given(
    thing=st.sampled_from(["Office", "Account", "Case", "Property", "Project", "Brand", "Event"]),
    tail=st.sampled_from(["", " (Maternity Cover)", " - Leeds", ", Retail"]),
)
def test_sweep_manager_of_things(thing: str, tail: str) -> None:
    r = analyze(f"# {thing} Manager{tail}\n\nYou will keep things running.\n")
    assert r.seniority == "unspecified"


# ---------------------------------------------------------------- benefit words in a firm's name
@pytest.mark.parametrize(
    ("line", "gone"),
    [
        ("Smile Dental Care, Leeds. £12.50 per hour.", "health insurance"),
        ("Pension Insurance Corporation, London. £28,000.", "pension"),
        ("Northern Health Care Ltd provides recovery services.", "health insurance"),
        ("Join Harbour Dental Practice in Cork.", "health insurance"),
        ("Army Health Care Clinics serve soldiers and families.", "health insurance"),
    ],
)
def test_a_benefit_word_in_an_employers_name_is_no_benefit(line: str, gone: str) -> None:
    assert gone not in _ad(line).benefits
    # the same words as benefits still count, capitalised in a list or not
    listed = _ad("Benefits:\n- Dental Care\n- Pension\n- Online Wellbeing Centre").benefits
    assert {"health insurance", "pension", "wellbeing or gym"} <= set(listed)


@settings(deadline=None, max_examples=40)
@given(
    name=st.sampled_from(["Smile", "Harbour", "Northern", "Riverside", "Bright"]),
    word=st.sampled_from([("Dental", "health insurance"), ("Pension", "pension")]),
    form=st.sampled_from(["Care", "Practice", "Clinic", "Ltd", "Limited", "Corporation", "LLP"]),
)
def test_sweep_employer_name(name: str, word: tuple[str, str], form: str) -> None:
    line = f"{name} {word[0]} {form}, Leeds. You will greet patients and visitors."
    assert word[1] not in _ad(line).benefits


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("# Dental Nurse\n\nYou will support dentists chairside.\n", "health insurance"),
        ("# Healthcare Assistant\n\nBand 3 on a busy ward.\n", "health insurance"),
        ("# Analyst\n\nYou will work with our Wellbeing Practitioners.\n", "wellbeing or gym"),
        ("# Analyst\n\nYou support the Fitness Instructors on the rota.\n", "wellbeing or gym"),
    ],
)
def test_a_benefit_word_that_names_a_job_is_no_benefit(text: str, gone: str) -> None:
    assert gone not in analyze(text).benefits
    # the benefit beside it, in the same ad, still counts
    assert gone in analyze(text + "\nBenefits: dental cover, gym membership.\n").benefits


@settings(deadline=None, max_examples=40)
@given(
    word=st.sampled_from(
        [("Dental", "health insurance"), ("Healthcare", "health insurance"),
         ("Wellbeing", "wellbeing or gym"), ("Pension", "pension")]
    ),
    job=st.sampled_from(["Nurse", "Assistant", "Officer", "Practitioner", "Administrator"]),
)  # fmt: skip
def test_sweep_benefit_word_job(word: tuple[str, str], job: str) -> None:
    assert word[1] not in analyze(f"# {word[0]} {job}\n\nYou will join a busy team.\n").benefits
