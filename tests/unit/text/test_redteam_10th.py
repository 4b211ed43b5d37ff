"""Tenth probe round (issue 11, helper redteam10): the classes its probes found wrong, each on
sentences written for this file (none is from the probe, the issue or the corpora).

- pay: the two ends of a range on labelled lines ("From:" / "To:") under a pay heading, and an
  "Hourly:" label on figures without a currency (not a count of hours);
- gender: "competitive" said of a shift differential or premium is pay wording;
- work arrangement: every working day at the office, a post not suited to home working, visits
  a week ("einmal pro Woche im Büro"), a span of weekdays first ("Mon–Thu in the office");
- languages: German compounds of every language the table knows ("Polnischkenntnisse");
- exclusion: climbing ladders or crawling spaces, a car of one's own (one finding with the
  licence of the same sentence), a German right-to-work condition that is not citizenship;
- requirements: a line with alternatives indented under it ("two or more of:") counts once;
- answers: praise of managers is culture talk; a working condition scrapped is a failure.
"""

from __future__ import annotations

import pytest

from askback.text.answers import analyze as analyze_answer
from askback.text.jobad import analyze
from askback.text.report import AdReport

INTRO_EN = (
    "You will work with finance and operations teams to turn data into decisions. "
    "You will build models, write short notes and explain what you find.\n"
)
INTRO_DE = (
    "Du arbeitest mit Finanz- und Betriebsteams und machst aus Daten Entscheidungen. "
    "Du baust Modelle, schreibst kurze Notizen und erklärst, was du findest.\n"
)


def ad(fragment: str, lang: str = "en", title: str = "Finance Analyst") -> AdReport:
    intro = INTRO_DE if lang == "de" else INTRO_EN
    return analyze(f"# {title}\n\n{intro}\n{fragment}\n\n{intro}")


# ---- pay


@pytest.mark.parametrize(
    ("text", "lang", "low", "high"),
    [
        ("Compensation\nFrom: $61,000\nTo: $69,000", "en", 61_000, 69_000),
        ("**Salary**\nMinimum: £33,500\nMaximum: £39,000", "en", 33_500, 39_000),
        ("Vergütung\nVon: 47.000 €\nBis: 53.500 €", "de", 47_000, 53_500),
    ],
)
def test_range_ends_on_labelled_lines_are_one_range(
    text: str, lang: str, low: float, high: float
) -> None:
    r = ad(text, lang)
    assert (r.pay.minimum, r.pay.maximum) == (low, high)


def test_labelled_ends_of_something_else_are_not_joined() -> None:
    # No pay word names the first end: the line after it is not read as its top.
    assert ad("Project size\nFrom: $20,000\nTo: $80,000").pay.maximum != 80_000
    assert not ad("Budget\nFrom: $20,000\nTo: $80,000").pay.stated


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [("Hourly: 27 - 33", 27, 33), ("Hourly: 19.75", 19.75, 19.75)],
)
def test_hourly_label_reads_bare_figures_by_the_hour(text: str, low: float, high: float) -> None:
    r = ad(text)
    assert (r.pay.minimum, r.pay.maximum, r.pay.period) == (low, high, "hour")


def test_a_count_of_hours_is_no_pay() -> None:
    r = ad("Hourly: 40 hours a week, Monday to Friday.")
    assert not r.pay.stated


# ---- gender


@pytest.mark.parametrize(
    "text",
    [
        "We add a competitive night differential to the base rate.",
        "Weekend work earns competitive shift premiums.",
    ],
)
def test_competitive_pay_on_top_is_no_trait(text: str) -> None:
    r = ad(text)
    assert [f for f in r.findings if f.check == "gender-coded"] == []


# ---- work arrangement


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Anwesenheit im Büro an allen Werktagen.", "de"),
        ("Wir sind an allen Arbeitstagen vor Ort in Kassel.", "de"),
        ("The team works on site every weekday.", "en"),
        ("This post is not suitable for home working.", "en"),
        ("Die Tätigkeit ist nicht für mobiles Arbeiten geeignet.", "de"),
        ("Mo–Fr im Büro in Bremen.", "de"),
    ],
)
def test_every_day_at_the_office_is_onsite(text: str, lang: str) -> None:
    assert ad(text, lang).work_arrangement == "onsite"


@pytest.mark.parametrize(
    ("text", "lang", "days"),
    [
        ("Wir sehen uns einmal die Woche im Büro in Jena.", "de", 1),
        ("Dreimal pro Woche arbeitest du im Büro.", "de", 3),
        ("You join us in the office once a week.", "en", 1),
        ("Twice a week you work from home; the rest is in the office.", "en", 3),
        ("Tue–Thu in the office, Mondays and Fridays remote.", "en", 3),
        ("Mo–Di vor Ort, sonst mobil.", "de", 2),
        ("Monday to Wednesday on site.", "en", 3),
    ],
)
def test_visits_a_week_and_weekday_spans_count_office_days(
    text: str, lang: str, days: float
) -> None:
    r = ad(text, lang)
    assert (r.work_arrangement, r.office_days) == ("hybrid", days)


@pytest.mark.parametrize(
    "text",
    [
        "Every day in the office brings a new question.",
        "You will call suppliers once a week.",
        "We sell to remote clinics twice a year.",
    ],
)
def test_days_without_an_arrangement_are_not_read(text: str) -> None:
    assert ad(text).work_arrangement == "not_stated"


# ---- languages


@pytest.mark.parametrize(
    ("text", "language", "required"),
    [
        ("Tschechischkenntnisse sind ein Plus.", "Czech", False),
        ("Sehr gute Ungarischkenntnisse sind Voraussetzung.", "Hungarian", True),
        ("Japanischkenntnisse wünschenswert.", "Japanese", False),
    ],
)
def test_german_compounds_of_any_known_language(text: str, language: str, required: bool) -> None:
    got = {x.language: x.required for x in ad(text, "de").language_requirements if not x.implied}
    assert got.get(language) is required


# ---- exclusion


@pytest.mark.parametrize(
    "text",
    [
        "The analyst must be able to climb stairs to the plant room.",
        "You may need to crawl into confined spaces during audits.",
        "You must have your own car.",
        "Access to a vehicle is essential for this post.",
    ],
)
def test_physical_demands_and_own_car_are_ability_coded(text: str) -> None:
    assert [f for f in ad(text).findings if f.check == "ability-coded"]


@pytest.mark.parametrize(
    "text",
    [
        "We help clients climb the rankings.",
        "A pool car is available for site visits.",
        "Our car-sharing app is used in 40 cities.",
    ],
)
def test_look_alikes_are_not_ability_coded(text: str) -> None:
    assert [f for f in ad(text).findings if f.check == "ability-coded"] == []


def test_licence_and_car_in_one_sentence_are_one_finding() -> None:
    r = ad("A full driving licence and access to your own car are essential.")
    found = [f for f in r.findings if f.check == "ability-coded"]
    assert len(found) == 1
    assert len(found[0].spans) == 2


def test_german_work_permit_is_not_called_citizenship() -> None:
    r = ad("Eine gültige Arbeitserlaubnis für die Schweiz ist notwendig.", "de")
    found = [f for f in r.findings if f.check == "nationality-coded"]
    assert [f.level.value for f in found] == ["info"]
    assert found[0].title.startswith("Arbeitserlaubnis")


# ---- requirements


@pytest.mark.parametrize("count", ["two or more of:", "one or more of:", "at least two of:"])
def test_indented_alternatives_under_a_line_count_once(count: str) -> None:
    text = (
        f"Requirements\n- Hands-on experience with {count}\n  - Kafka\n  - Pulsar\n"
        "  - Kinesis\n  - RabbitMQ\n  - NATS\n  - ActiveMQ\n"
    )
    assert ad(text).must_haves == 1


# ---- answers


@pytest.mark.parametrize(
    "text",
    ["Our team leads are really supportive.", "Die Geschäftsführung ist immer ansprechbar."],
)
def test_praise_of_managers_is_vague(text: str) -> None:
    a = analyze_answer(text)
    assert a.suggested_rating is not None and a.suggested_rating <= 2


@pytest.mark.parametrize(
    "text",
    [
        "The four-day week was abandoned after the merger.",
        "Job sharing was axed last spring.",
        "Die Teilzeitregelung für Führungskräfte wurde gestrichen.",
    ],
)
def test_working_conditions_scrapped_are_a_failure(text: str) -> None:
    a = analyze_answer(text)
    assert a.red_flag and a.suggested_rating is not None and a.suggested_rating <= 2


def test_a_condition_changed_for_the_better_is_no_failure() -> None:
    a = analyze_answer("In 2024 we ended unpaid overtime; every hour is now paid.")
    assert not a.red_flag


# ---- third pass: headings, a financial "committed", presence compounds, weekdays at home,
# a deed said unsure


@pytest.mark.parametrize(
    ("heading", "lang"),
    [("Skills needed:", "en"), ("**What we need**", "en"), ("Ihr Know-how", "de")],
)
def test_more_requirement_headings_start_the_list(heading: str, lang: str) -> None:
    body = f"{heading}\n- A degree in economics\n- Three years with Excel\n- Power BI\n- SQL\n"
    assert ad(body, lang).must_haves == 4


@pytest.mark.parametrize(
    "text",
    ["You will forecast committed spend per vendor.", "Report on committed credit facilities."],
)
def test_committed_money_is_no_trait(text: str) -> None:
    assert [f for f in ad(text).findings if f.check == "gender-coded"] == []


def test_a_committed_person_still_counts() -> None:
    assert ad("You are committed and caring with every client.").feminine > 0


@pytest.mark.parametrize(
    ("text", "lang", "days"),
    [
        ("Anwesenheitszeit: 2 Tage pro Woche in Kiel.", "de", 2),
        ("Mondays remote, the other days in the office.", "en", 4),
        ("Montags und freitags im Homeoffice.", "de", 3),
        ("You work from home on Wednesdays and Fridays.", "en", 3),
        # The office's own weekdays outrank the home weekday said after them.
        ("Hybrid: in-office days are Tuesday and Thursday, with remote Fridays.", "en", 2),
        ("Präsenztage: Mo, Mi und Do; dienstags mobil.", "de", 3),
    ],
)
def test_presence_compounds_and_weekdays_at_home(text: str, lang: str, days: float) -> None:
    r = ad(text, lang)
    assert (r.work_arrangement, r.office_days) == ("hybrid", days)


@pytest.mark.parametrize(
    "text",
    ["We ran a workshop on bias, I believe.", "Wir haben mal was gemacht, glaube ich."],
)
def test_a_deed_said_unsure_with_nothing_to_check_is_vague(text: str) -> None:
    a = analyze_answer(text)
    assert a.suggested_rating is not None and a.suggested_rating <= 2


def test_a_hedged_deed_with_a_figure_stays_above_vague() -> None:
    a = analyze_answer("I think we promoted 6 of 10 women last year; HR has the list.")
    assert a.suggested_rating is not None and a.suggested_rating >= 3


# ---- fourth pass: amounts the job handles, products called hybrid, alternatives sharing a
# plus, one more native form, deeds told as a vague amount, "party harder"


@pytest.mark.parametrize(
    "text", ["You will approve purchases of up to $40,000.", "Du prüfst Rechnungen bis 30.000 €."]
)
def test_amounts_the_job_handles_are_no_pay(text: str) -> None:
    assert not ad(text, "de" if "Du " in text else "en").pay.stated


@pytest.mark.parametrize(
    "text",
    [
        "Our fleet includes hybrid trucks.",
        "We run hybrid events for clients.",
        "Wir verkaufen Hybridautos und hybride Fahrräder.",
    ],
)
def test_things_called_hybrid_are_no_arrangement(text: str) -> None:
    assert ad(text).work_arrangement == "not_stated"


def test_hybrid_work_is_still_read() -> None:
    assert ad("This is a hybrid role in Leeds.").work_arrangement == "hybrid"


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        ("Good Italian or Spanish would be a plus.", "en", {"Italian": False, "Spanish": False}),
        (
            "Kenntnisse in Polnisch oder Tschechisch sind von Vorteil.",
            "de",
            {"Polish": False, "Czech": False},
        ),
        (
            "Fluent English is required, German or French a plus.",
            "en",
            {"English": True, "German": False, "French": False},
        ),
    ],
)
def test_alternatives_share_their_plus(text: str, lang: str, want: dict[str, bool]) -> None:
    got = {x.language: x.required for x in ad(text, lang).language_requirements if not x.implied}
    assert {k: got.get(k) for k in want} == want


def test_muttersprachliches_is_native_wording() -> None:
    r = ad("Muttersprachliches Französisch wird erwartet.", "de")
    assert [x.language for x in r.language_requirements if x.native] == ["French"]


@pytest.mark.parametrize(
    "text", ["Honestly, we've done a lot on this.", "Wir haben bereits einiges unternommen."]
)
def test_deeds_told_as_a_vague_amount_are_vague(text: str) -> None:
    a = analyze_answer(text)
    assert a.suggested_rating is not None and a.suggested_rating <= 2


def test_party_harder_is_bro_culture() -> None:
    assert [f for f in ad("We code hard and party harder.").findings if f.check == "bro-culture"]


def test_plus_before_a_language_joins_it() -> None:
    text = "Requirements\n- Power BI\n- Fluent Spanish or Italian plus English\n- SQL\n"
    got = {x.language: x.required for x in ad(text).language_requirements if not x.implied}
    assert got == {"Spanish": True, "Italian": True, "English": True}


# ---- seventh pass


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Altersgruppe: 30-40 Jahre. Erfahrung im Controlling.", "de"),
        ("Applicants aged between 19 and 23 years; experience in retail.", "en"),
        ("Du bist mindestens 18 Jahre alt und hast Erfahrung mit Excel.", "de"),
    ],
)
def test_an_age_is_no_years_of_experience(text: str, lang: str) -> None:
    assert ad(text, lang).years_required is None


def test_years_of_experience_still_read() -> None:
    assert ad("At least 6 years of experience in audit.").years_required == 6


@pytest.mark.parametrize("text", ["Excellent eyesight is needed.", "Strong hearing is a must."])
def test_eyesight_and_hearing_by_other_adjectives(text: str) -> None:
    assert [f for f in ad(text).findings if f.check == "ability-coded"]


def test_a_product_vision_is_no_eyesight() -> None:
    assert [
        f for f in ad("Excellent vision for data products.").findings if f.check == "ability-coded"
    ] == []


# ---- eighth pass: the office by its name beside weekdays; "on-site only"


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Hybrid: Tuesdays and Fridays in our Leipzig office.", 2),
        ("Mon, Wed and Thu at our Dublin office, otherwise remote.", 3),
    ],
)
def test_weekdays_at_the_office_by_its_name(text: str, days: float) -> None:
    r = ad(text)
    assert (r.work_arrangement, r.office_days) == ("hybrid", days)


@pytest.mark.parametrize("text", ["This role is in-person only.", "Work model: on-site only."])
def test_only_on_site_is_onsite(text: str) -> None:
    assert ad(text).work_arrangement == "onsite"


@pytest.mark.parametrize(
    ("text", "days"),
    [("Hybrid: home working on up to 2 days a week.", 3), ("Home-working one day per week.", 4)],
)
def test_home_working_days_leave_the_rest_to_the_office(text: str, days: float) -> None:
    r = ad(text)
    assert (r.work_arrangement, r.office_days) == ("hybrid", days)


@pytest.mark.parametrize(
    ("text", "lang", "days"),
    [
        ("Remote work 1 day a week, otherwise at the office.", "en", 4),
        ("Mobil an 2 Tagen pro Woche, sonst im Büro.", "de", 3),
        ("Three days a week on site, the remaining days from home.", "en", 3),
    ],
)
def test_days_before_the_rest_belong_to_their_own_place(text: str, lang: str, days: float) -> None:
    r = ad(text, lang)
    assert (r.work_arrangement, r.office_days) == ("hybrid", days)


# ---- ninth pass


@pytest.mark.parametrize(
    "text",
    [
        "Im Team sind wir alle per Du, die Stimmung ist top.",
        "Darum kümmert sich unsere Personalabteilung.",
    ],
)
def test_german_culture_talk_and_deflection_are_vague(text: str) -> None:
    a = analyze_answer(text)
    assert a.suggested_rating is not None and a.suggested_rating <= 2


def test_a_measure_never_updated_is_a_failure() -> None:
    a = analyze_answer("The pay gap report came out in 2021 and was never refreshed.")
    assert a.red_flag and a.suggested_rating is not None and a.suggested_rating <= 2


def test_a_period_after_each_end_of_a_bare_range() -> None:
    r = ad("Hourly rate: 21.00/hr - 24.50/hr")
    assert (r.pay.minimum, r.pay.maximum, r.pay.period) == (21, 24.5, "hour")


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("Dich erwartet ein junges Vertriebsteam.", True),
        ("Ein junges Unternehmen mit Zukunft.", False),
    ],
)
def test_a_young_compound_team_is_age_coded(text: str, flag: bool) -> None:
    assert bool([f for f in ad(text, "de").findings if f.check == "age-coded"]) is flag
