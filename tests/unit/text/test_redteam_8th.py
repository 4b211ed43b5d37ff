"""Eighth probe round (issue 11, helper redteam8): a location line "Remote - US", "This role is
remote", "Work Location: In person", the office's count of days before a home word, a one-line
pay list split by a dash, pay in "Tausend", a company car's value, non-trait senses of coded
words ("kind regards", "athletic apparel", "warm leads"), a plus in "wäre schön", an age limit
said with "du bist" or a year of birth, a passport condition, stand-and-walk demands, the German
"Fahrerlaubnis", MoSCoW "should/could have" headings, a stated share of women, a wide pay range,
and answers that name a person who owns nothing. Every sentence is written for this file."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from askback.app.text import attach_questions
from askback.bank import load
from askback.text.answers import analyze as analyze_answer
from askback.text.jobad import analyze
from askback.text.report import AdReport

INTRO_EN = (
    "You will work with finance and product teams to turn data into decisions. "
    "You will build models, write short notes and present what you find.\n"
)
INTRO_DE = (
    "Du arbeitest mit Finanz- und Produktteams und machst aus Daten Entscheidungen. "
    "Du baust Modelle, schreibst kurze Notizen und stellst Ergebnisse vor.\n"
)


def ad(fragment: str, lang: str = "en", title: str = "Pricing Analyst") -> AdReport:
    intro = INTRO_DE if lang == "de" else INTRO_EN
    return analyze(f"# {title}\n\n{intro}\n{fragment}\n\n{intro}")


def gender_hits(r: AdReport) -> list[str]:
    return [s.text for f in r.findings if f.check == "gender-coded" for s in f.spans]


def checks(r: AdReport) -> dict[str, str]:
    return {f.check: f.level.value for f in r.findings}


# ---------------------------------------------------------------- work arrangement
@pytest.mark.parametrize(
    "line",
    [
        "Location: Remote - CA",
        "Job location: Remote – EU",
        "Where: Remote — DE",
        "The position is fully remote.",
        "This job is remote, with a yearly offsite.",
        "This role can be performed entirely remotely.",
        "Remote-eligible position within the US.",
        "This is a home-based post with occasional travel.",
        "Wir arbeiten ortsunabhängig und treffen uns zweimal im Jahr.",
    ],
)
def test_remote_said_on_a_location_line_or_of_the_role_is_remote(line: str) -> None:
    lang = "de" if "wir" in line.lower() else "en"
    assert ad(line, lang).work_arrangement == "remote"


@pytest.mark.parametrize("line", ["Work Location: In person", "Job location: in-person, Denver"])
def test_an_in_person_location_label_is_onsite(line: str) -> None:
    assert ad(line).work_arrangement == "onsite"


@pytest.mark.parametrize(
    ("line", "days"),
    [
        ("On-site 3 days a week, Mondays from home.", 3.0),
        ("In office 4 days per week, one day remote.", 4.0),
        ("Onsite 2 days a week, the other three from home.", 2.0),
        ("Im Büro 3 Tage pro Woche, zwei Tage Homeoffice.", 3.0),
    ],
)
def test_the_office_before_its_count_is_the_office_count(line: str, days: float) -> None:
    lang = "de" if "Büro" in line else "en"
    r = ad(line, lang)
    assert (r.work_arrangement, r.office_days) == ("hybrid", days)


def test_a_location_dash_with_a_word_that_is_no_country_is_not_remote() -> None:
    assert ad("Team: Remote - it depends on the project").work_arrangement != "remote"


# ---------------------------------------------------------------- pay
@pytest.mark.parametrize(
    ("line", "lo", "hi"),
    [
        ("Base pay: $72,000 - Signing bonus: $4,000", 72000, 72000),
        ("Salary: £41,000 – Relocation: £3,000", 41000, 41000),
        ("Salary: $64,000 - $70,000 - Referral bonus: $1,000", 64000, 70000),
        ("Salary: €58,000 | Bonus: €6,000", 58000, 58000),
        ("Salary: $90,000 - excellent benefits", 90000, 90000),
    ],
)
def test_a_dash_that_starts_the_next_item_ends_the_pay_clause(
    line: str, lo: float, hi: float
) -> None:
    p = ad(line).pay
    assert p.stated and (p.minimum, p.maximum) == (lo, hi)


@pytest.mark.parametrize(
    ("line", "lo", "hi"),
    [
        ("Jahresgehalt zwischen 55 und 62 Tausend Euro brutto", 55000, 62000),
        ("Gehalt: 70 Tausend € im Jahr", 70000, 70000),
    ],
)
def test_tausend_is_a_thousand(line: str, lo: float, hi: float) -> None:
    p = ad(line, "de").pay
    assert (p.minimum, p.maximum, p.period) == (lo, hi, "year")


@pytest.mark.parametrize(
    "line",
    [
        "Ein Dienstwagen im Wert von 38.000 € steht dir zur Verfügung.",
        "Firmenwagen (Bruttolistenpreis 42.000 €) auch zur privaten Nutzung.",
    ],
)
def test_a_company_cars_value_is_not_pay(line: str) -> None:
    p = ad(line, "de").pay
    assert not p.stated and not p.figures


def test_a_company_car_beside_the_salary_leaves_the_salary() -> None:
    p = ad("Dienstwagen (Listenpreis 45.000 €). Gehalt: 66.000 € brutto p.a.", "de").pay
    assert (p.minimum, p.maximum, p.period) == (66000, 66000, "year")


@given(
    lo=st.integers(min_value=30, max_value=150),
    step=st.integers(min_value=1, max_value=40),
    other=st.sampled_from(["Sign-on bonus", "Relocation", "Referral bonus", "Bonus"]),
    dash=st.sampled_from(["-", "–", "—"]),
)
def test_any_pay_then_a_dashed_extra_keeps_the_pay(
    lo: int, step: int, other: str, dash: str
) -> None:
    low = lo * 1000
    line = f"Salary: ${low:,} {dash} {other}: ${step * 500:,}"
    p = ad(line).pay
    assert p.stated and p.minimum == low and p.maximum == low


# ---------------------------------------------------------------- findings: levels
@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("Salary: $55,000 - $150,000 per year", "info"),
        ("Pay: $18 - $40 per hour", "info"),
        ("Salary: $80,000 - $96,000 per year", "positive"),
    ],
)
def test_a_range_whose_top_is_twice_its_bottom_is_not_a_positive(line: str, level: str) -> None:
    fs = [f for f in ad(line).findings if f.check == "salary"]
    assert [f.level.value for f in fs] == [level]
    assert ("wide range" in fs[0].title) == (level == "info")


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("Women make up 37% of our data team.", "en"),
        ("41% of our engineering managers are women.", "en"),
        ("We publish our pay gap each spring.", "en"),
        ("Der Frauenanteil liegt bei 44 % in der Entwicklung.", "de"),
        ("Frauen stellen rund 30 % unserer Führungskräfte.", "de"),
    ],
)
def test_a_stated_share_of_women_or_a_pay_gap_is_a_measure(line: str, lang: str) -> None:
    got = checks(ad(line, lang))
    assert got.get("diversity-measure") == "positive" and "diversity-none" not in got


# ---------------------------------------------------------------- gender: non-trait senses
@pytest.mark.parametrize(
    "line",
    [
        "Kind regards, the people team.",
        "With kindest regards from the hiring panel.",
        "We are an athletic footwear retailer.",
        "You will support the athletic department with data.",
        "You will map competitive threats for the board.",
        "Our dominant market position comes from our data.",
        "Join our loyalty team and grow the rewards app.",
        "Classify the emotional tone of support tickets.",
        "You will score warm leads for the sales team.",
        "We run a warm standby cluster in Frankfurt.",
    ],
)
def test_non_trait_senses_are_not_counted(line: str) -> None:
    assert gender_hits(ad(line)) == []


@pytest.mark.parametrize(
    "line",
    [
        "You are kind and patient with colleagues.",
        "We want a warm, loyal colleague.",
        "You have a dominant personality.",
        "You are athletic and competitive.",
    ],
)
def test_the_trait_senses_still_count(line: str) -> None:
    assert gender_hits(ad(line))


# ---------------------------------------------------------------- languages
@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Deutsch fließend, Französisch wäre schön.", {"German": True, "French": False}),
        (
            "Englisch verhandlungssicher, Italienisch gern gesehen.",
            {"English": True, "Italian": False},
        ),
        ("Niederländisch hilfreich, Deutsch (C1) erforderlich.", {"Dutch": False, "German": True}),
        ("Spanischkenntnisse erwünscht; sehr gutes Englisch.", {"Spanish": False, "English": True}),
    ],
)
def test_german_wordings_of_a_plus(line: str, want: dict[str, bool]) -> None:
    got = {x.language: x.required for x in ad(line, "de").language_requirements if not x.implied}
    assert all(got.get(k) == v for k, v in want.items()), got


def test_gerne_of_the_speaker_keeps_the_requirement() -> None:
    r = ad("Du sprichst gerne und sicher Englisch.", "de")
    got = {x.language: x.required for x in r.language_requirements if not x.implied}
    assert got.get("English") is True


# ---------------------------------------------------------------- exclusionary
@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("Du bist zwischen 22 und 32 Jahre alt.", "de"),
        ("Sie sind zwischen 25 und 40 Jahre alt.", "de"),
        ("You're between 21 and 29 years old.", "en"),
        ("Bewerberinnen bis max. 30 Jahre.", "de"),
        ("Ideal for talent born after 1998.", "en"),
        ("Geboren ab 1996, motiviert und neugierig.", "de"),
        ("Jahrgang 1997 oder jünger.", "de"),
    ],
)
def test_an_age_limit_in_more_wordings(line: str, lang: str) -> None:
    assert checks(ad(line, lang)).get("age-coded") == "concern"


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("Du bist zwischen 2 und 3 Tage pro Woche beim Kunden.", "de"),
        ("The company was born in 2014 in a garage.", "en"),
    ],
)
def test_no_age_limit_where_none_is_said(line: str, lang: str) -> None:
    assert "age-coded" not in checks(ad(line, lang))


@pytest.mark.parametrize(
    "line", ["Candidates must hold a valid UK passport.", "You must have a US passport."]
)
def test_a_passport_condition_is_a_citizenship_condition_not_a_verdict(line: str) -> None:
    assert checks(ad(line)).get("nationality-coded") == "info"


def test_a_passport_for_travel_is_no_citizenship_condition() -> None:
    assert "nationality-coded" not in checks(ad("You must have a valid passport for travel."))


@pytest.mark.parametrize(
    "line",
    [
        "You will stand and walk for long periods.",
        "Must be able to walk for extended periods.",
        "Sitting or standing for prolonged periods is part of the job.",
    ],
)
def test_stand_and_walk_demands_are_ability_coded(line: str) -> None:
    assert "ability-coded" in checks(ad(line))


BANK = load()
TAGS = {q.id: set(q.tags) for q in BANK.questions}


@pytest.mark.parametrize(
    "line",
    [
        "Eine gültige Fahrerlaubnis ist erforderlich.",
        "Fahrerlaubnis der Klasse C1 und Reisebereitschaft.",
        "Ein gültiger Führerschein ist Voraussetzung.",
    ],
)
def test_a_german_driving_licence_points_to_driving_questions(line: str) -> None:
    r = ad(line, "de")
    attach_questions(r, BANK)
    tags = {
        t for f in r.findings if f.check == "ability-coded" for q in f.question_ids for t in TAGS[q]
    }
    assert "driving" in tags and "screen-reader" not in tags


# ---------------------------------------------------------------- requirements
@pytest.mark.parametrize(
    "text",
    [
        "Must have:\n- R\n- SQL\nShould have:\n- Stan\n- dbt\n- Airflow\nCould have:\n- Julia",
        "Must-haves\n- R\n- SQL\nCould-haves\n- Stan\n- dbt\n- Airflow\n- Julia",
    ],
)
def test_should_and_could_have_headings_end_the_must_haves(text: str) -> None:
    assert ad(text).must_haves == 2


# ---------------------------------------------------------------- answers
@pytest.mark.parametrize(
    "notes",
    [
        "Our COO is genuinely passionate about equity.",
        "The head of engineering cares a lot about fairness.",
        "Our VP of People is looking into it.",
        "Unserer Geschäftsführerin liegt das Thema wirklich am Herzen.",
        "We are proud to be an equal opportunity employer.",
        "It is all in the staff handbook.",
        "We have an EEO statement on the careers page.",
    ],
)
def test_a_person_or_a_paper_with_nothing_done_is_vague(notes: str) -> None:
    a = analyze_answer(notes)
    assert a.suggested_rating is not None and a.suggested_rating <= 2


@pytest.mark.parametrize(
    "notes",
    [
        "Our COO has owned the promotion review since 2022; women got 41% of promotions in 2025.",
        "The head of engineering signs off every offer against the published band.",
    ],
)
def test_a_person_with_something_to_check_stays_concrete(notes: str) -> None:
    assert (analyze_answer(notes).suggested_rating or 0) >= 4


# ---------------------------------------------------------------- second pass of the round
@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        ("Low end of range: $104,000\nHigh end of range: $131,000", 104000, 131000),
        ("Range low: £52,000\nRange high: £60,000", 52000, 60000),
        ("Lowest: €61,000\nHighest: €70,000", 61000, 70000),
        ("Bottom of range: $77,000\nTop of range: $93,000", 77000, 93000),
    ],
)
def test_the_ends_of_a_range_on_their_own_lines_are_one_range(
    text: str, lo: float, hi: float
) -> None:
    p = ad(text).pay
    assert p.stated and (p.minimum, p.maximum) == (lo, hi)


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        ("Store persisted views and tune persistent caches.", "en"),
        ("You will collect stakeholder opinions and draft the audit opinion.", "en"),
        ("Book a desk in our communal spaces.", "en"),
        ("Study compassion fatigue among carers.", "en"),
        ("Experience with cooperative game theory.", "en"),
        ("Monitor interdependent microservices.", "en"),
        ("Location: Pleasant Hill, CA.", "en"),
        ("You will support tender management for the rail bid.", "en"),
        ("Run interviews and build empathy maps.", "en"),
        ("Herzlich willkommen in unserem Analytics-Team! Herzliche Grüße, Jana.", "de"),
    ],
)
def test_more_non_trait_senses_are_not_counted(line: str, lang: str) -> None:
    assert gender_hits(ad(line, lang)) == []


@pytest.mark.parametrize(
    "line",
    [
        "You are persistent and cooperative, with empathy for users.",
        "We want a compassionate colleague with strong opinions.",
        "Wir sind ein herzliches Team.",
    ],
)
def test_those_words_still_count_as_traits(line: str) -> None:
    lang = "de" if line.startswith("Wir") else "en"
    assert gender_hits(ad(line, lang))


@pytest.mark.parametrize(
    "notes",
    [
        "Our CFO would be the one to ask about that.",
        "Honestly the head of talent is the person to ask.",
        "Some things changed in 2023, I think.",
        "The team is quite diverse, with lots of nationalities.",
        "We are a purpose-driven company and take inclusion very seriously.",
        "Das entscheiden die Teams selbst.",
        "Wir sind ziemlich international, Menschen aus aller Welt.",
    ],
)
def test_more_vague_answers_are_at_most_two(notes: str) -> None:
    a = analyze_answer(notes)
    assert a.suggested_rating is not None and a.suggested_rating <= 2


@pytest.mark.parametrize(
    "notes",
    [
        "Last year 42% of our graduate hires came from the coding school partnership.",
        "In Q1, 30% of interview panels were all-male; by Q4 it was 5%.",
    ],
)
def test_a_share_with_its_date_is_a_result(notes: str) -> None:
    assert (analyze_answer(notes).suggested_rating or 0) >= 4


def test_a_share_a_plan_aims_for_is_not_a_result() -> None:
    a = analyze_answer("By 2028 we want 45% of our managers to be women.")
    assert a.suggested_rating is not None and a.suggested_rating <= 3


# ---------------------------------------------------------------- third pass of the round
@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Remote: No", "onsite"),
        ("Telework eligible: No", "onsite"),
        ("Remote: none", "onsite"),
        ("Telework eligible: Yes", "hybrid"),
        ("We are an in-office company; the whole team sits in Leeds.", "onsite"),
        ("Remote OK (US time zones).", "remote"),
        ("You may work from anywhere in Canada.", "remote"),
        ("Work anywhere within Europe.", "remote"),
    ],
)
def test_labelled_yes_no_and_company_wide_arrangements(line: str, kind: str) -> None:
    assert ad(line).work_arrangement == kind


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Homeoffice: ja", "hybrid"),
        ("Mobiles Arbeiten: möglich", "hybrid"),
        ("Remote-Arbeit ist vollständig möglich.", "remote"),
        ("Bundesweit remote, mit Teamtreffen in Köln.", "remote"),
        ("Die Arbeit erfolgt in Präsenz am Standort Kassel.", "onsite"),
    ],
)
def test_german_labelled_and_said_arrangements(line: str, kind: str) -> None:
    assert ad(line, "de").work_arrangement == kind


@pytest.mark.parametrize(
    ("line", "lang", "want"),
    [
        ("You won't need to speak Dutch.", "en", {}),
        ("You do not have to know German; English (C1) is essential.", "en", {"English": True}),
        ("Deutsch musst du nicht können, Englisch (C1) ist Pflicht.", "de", {"English": True}),
        ("Englisch musst du nicht perfekt können, Deutsch ist Pflicht.", "de", {"German": True}),
    ],
)
def test_a_language_said_not_needed(line: str, lang: str, want: dict[str, bool]) -> None:
    got = {x.language: x.required for x in ad(line, lang).language_requirements if not x.implied}
    assert all(got.get(k) == v for k, v in want.items()), got
    if not want:
        assert "Dutch" not in got


def test_rounding_off_the_profile_is_not_read_as_a_plus() -> None:
    # "... runden dein Profil ab" closes many German requirement lists: not a plus of its own.
    r = ad("Sehr gute Deutsch- und gute Englischkenntnisse runden dein Profil ab.", "de")
    got = {x.language: x.required for x in r.language_requirements if not x.implied}
    assert got.get("German") == got.get("English")


@pytest.mark.parametrize(
    ("line", "native"),
    [
        ("Deutsch: C2 (Muttersprachniveau), Englisch: B2", {"German": True, "English": False}),
        ("Deutsch (Muttersprache) und Englisch (B2).", {"German": True, "English": False}),
        ("Deutsch als Muttersprache, Englisch fließend.", {"German": True, "English": False}),
        ("Native English or German speaker.", {"English": True, "German": True}),
    ],
)
def test_native_wording_belongs_to_its_own_language(line: str, native: dict[str, bool]) -> None:
    got = {x.language: x.native for x in ad(line, "de").language_requirements if not x.implied}
    assert all(got.get(k) == v for k, v in native.items()), got


@pytest.mark.parametrize(
    "line", ["Beer on tap in every office.", "Friday drinks on the roof.", "A weekly happy hour."]
)
def test_drinks_as_a_perk_point_to_drinking_culture_questions(line: str) -> None:
    r = ad(line)
    attach_questions(r, BANK)
    tags = {
        t for f in r.findings if f.check == "bro-culture" for q in f.question_ids for t in TAGS[q]
    }
    assert "drinking-culture" in tags


# ---------------------------------------------------------------- Indian digit grouping
def _lakhs(n: int) -> str:
    """n written in Indian grouping: the last three digits, then groups of two."""
    s = str(n)
    head, tail = s[:-3], s[-3:]
    groups = []
    while len(head) > 2:
        groups.insert(0, head[-2:])
        head = head[:-2]
    return ",".join([g for g in [head, *groups] if g] + [tail])


def test_lakh_helper_writes_lakhs() -> None:
    assert (_lakhs(1200000), _lakhs(450000), _lakhs(12000000)) == (
        "12,00,000",
        "4,50,000",
        "1,20,00,000",
    )


@given(n=st.integers(min_value=100_000, max_value=99_99_99_999))
def test_any_amount_in_indian_grouping_parses_back(n: int) -> None:
    from askback.text.pay_amounts import parse_amount

    assert parse_amount(_lakhs(n)) == n


@given(
    lo=st.integers(min_value=3, max_value=40).map(lambda k: k * 100_000),
    spread=st.integers(min_value=1, max_value=10).map(lambda k: k * 50_000),
    sign=st.sampled_from(["₹", "INR "]),
)
def test_a_lakh_range_reads_back_with_its_year(lo: int, spread: int, sign: str) -> None:
    hi = lo + spread
    p = ad(f"Salary: {sign}{_lakhs(lo)} - {sign}{_lakhs(hi)} per annum").pay
    assert (p.minimum, p.maximum, p.currency, p.period) == (lo, hi, "INR", "year")


@pytest.mark.parametrize(
    ("line", "lo", "hi"),
    [
        ("Salary: $120,000 - $140,000", 120000, 140000),
        ("Salary: €1,234.50 per month", 1234.5, 1234.5),
    ],
)
def test_groups_of_three_still_read_as_before(line: str, lo: float, hi: float) -> None:
    p = ad(line).pay
    assert (p.minimum, p.maximum) == (lo, hi)


# ---------------------------------------------------------------- sections that end the list
@pytest.mark.parametrize(
    ("heading", "items", "lang"),
    [
        ("Our Tech Stack", ["Snowflake", "dbt", "Airflow", "Looker"], "en"),
        ("Tools we use:", ["Jira", "Confluence", "Miro", "Slack"], "en"),
        ("Schedule:", ["Monday to Friday", "Day shift", "No weekends"], "en"),
        ("Contact", ["Jane Doe", "jane@example.com", "+1 555 0100"], "en"),
        ("Unser Tech-Stack", ["Snowflake", "dbt", "Airflow", "Looker"], "de"),
        ("Kontakt", ["Frau Yilmaz", "Tel. 040 1234", "jobs@beispiel.de"], "de"),
        ("Deine Ansprechpartnerin", ["Lena Wolf", "People Team", "lena@beispiel.de"], "de"),
    ],
)
def test_a_stack_schedule_or_contact_section_ends_the_must_haves(
    heading: str, items: list[str], lang: str
) -> None:
    head = "Anforderungen" if lang == "de" else "Requirements"
    body = "\n".join(f"- {x}" for x in items)
    text = f"{head}\n- SQL\n- Python\n- Statistics\n{heading}\n{body}"
    assert ad(text, lang).must_haves == 3


# ---------------------------------------------------------------- answers, fourth pass
@pytest.mark.parametrize(
    "notes",
    [
        "The CFO sent a memo about it in spring.",
        "Die Geschäftsführerin hat letztes Jahr eine Rundmail dazu geschickt.",
        "We have a fantastic team of 25 people from 11 countries.",
        "Es bewegt sich gerade einiges, wir sind auf einem guten Weg.",
        "Fairness ist bei uns Chefsache.",
        "We are constantly trying to get better.",
        "It's a topic we talk about a lot at offsites.",
    ],
)
def test_gestures_and_talk_are_vague(notes: str) -> None:
    a = analyze_answer(notes)
    assert a.suggested_rating is not None and a.suggested_rating <= 2


@pytest.mark.parametrize(
    "notes",
    [
        "Code reviews prüfen wir bei den kritischen Services, noch nicht überall.",
        "There is a learning budget, I think it is 2,000 euros a year.",
    ],
)
def test_thin_but_specific_answers_stay_adequate(notes: str) -> None:
    assert analyze_answer(notes).suggested_rating == 3


def test_a_dated_deed_by_a_role_stays_good() -> None:
    assert (
        analyze_answer("Our COO reviewed every salary band in 2024.").suggested_rating or 0
    ) >= 4
