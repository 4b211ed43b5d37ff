"""Red-team round 31, read on whole ads as a user reads the report (EU analytics, NHS, USAJOBS,
German and Swiss ads).

Classes of finding that did not hold:
- "healthcare" and "wellbeing" named as benefits where they name the sector, a job or the
  patients' good ("Healthcare Assistant", "a 450-bed health care facility", "assess patients'
  health and wellbeing");
- an ML word that is not the job's own work made the ad "a machine-learning role with no word
  on responsible AI": a degree subject, the teams the role serves, AI used in the hiring.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text.commitments import check
from askback.text.doc import prepare
from askback.text.jobad import analyze

HEALTH = "health insurance"
WELL = "wellbeing or gym"
TITLE = "# Analytics Engineer\n\nYou build dbt models and dashboards for the finance team.\n\n"


def _benefits(text: str) -> list[str]:
    return list(analyze(text).benefits)


# ---------------------------------------------------------------- healthcare, wellbeing: sector
def test_healthcare_as_sector_job_or_place_is_no_benefit() -> None:
    for text in (
        "## Healthcare Assistant\n\nSalary: £21,000 per annum\n\nYou support the ward team.",
        "## Health Care Support Worker\n\nYou help patients on the ward.",
        "The Iowa City VA Health Care System is recruiting for one nurse.",
        "The hospital is a modern 450-bed health care facility with a trauma centre.",
        "Previous experience within a health care setting is essential.",
        "We are one of the largest independent healthcare providers in the region.",
        "It is part of BMI Healthcare, the leading provider of private hospitals.",
        "You will advise patients and other healthcare professionals on their medicines.",
        "What will Omnes Healthcare offer you in return? A friendly team.",
        "Join us to shape the future of healthcare, for the benefit of our patients.",
        "- We run healthcare in a new way: clinicians first, managers second",
        "We are one of the largest healthcare Trusts in the country.",
        "You guide the wards to deliver great healthcare and manage the ward budget.",
    ):
        assert HEALTH not in _benefits(text), text


def test_wellbeing_of_patients_is_no_benefit() -> None:
    for text in (
        "- Assess patients' health and wellbeing across a complex caseload.",
        "We aim to help people of all ages achieve the best they can for their health and well"
        " being.",
        "## Psychological Wellbeing Practitioner\n\nYou deliver guided self-help.",
        "The post covers the Young Persons' Wellbeing Service in Medway.",
        "Children in our care get the chance to heal from trauma and improve wellbeing.",
        "Our employees make a real difference in the health and well-being of people here.",
        "You will work on developing innovative wellness products.",
        "We help customers improve their financial wellbeing over their lifetime.",
    ):
        assert WELL not in _benefits(text), text


def test_healthcare_and_wellbeing_as_benefits_stay() -> None:
    for text, label in (
        ("Competitive PTO and healthcare.", HEALTH),
        ("Benefits: Private Healthcare, Pension, Life Insurance.", HEALTH),
        ("Benefits:\n- Healthcare\n- Pension", HEALTH),
        ("- Cycle to work scheme\n- Healthcare cash plan\n- Free parking", HEALTH),
        ("You get extensive health care benefits, dental and vision coverage included.", HEALTH),
        ("We offer a subsidised healthcare plan.", HEALTH),
        ("Other benefits include:\n- Counselling services\n- Wellbeing events", WELL),
        ("- Staff Wellbeing Service, supporting staff to stay well", WELL),
        ("4 wellbeing days per year to look after your mental health", WELL),
        ("Staff health and wellbeing is important to us.", WELL),
        ("- Free Bupa wellness screening", WELL),
        ("Our managers value the well-being of all staff.", WELL),
        ("An employer who supports your own physical and mental wellbeing.", WELL),
        ("- Health and well-being opportunities", WELL),
        ("- Wellbeing and financial support: access to coaching and therapy sessions", WELL),
        ("- Health & Wellbeing: an HMO plan for you and your family members", WELL),
        ("Company events, meal allowances, transit subsidies and wellness memberships.", WELL),
        ("We invest in your development and well-being.", WELL),
        ("An annual budget for growth, well-being and personal pursuits.", WELL),
        ("Sportkurse, Wellness-Workshops und viele andere Angebote", WELL),
    ):
        assert label in _benefits(text), text


_JOB_NOUNS = (
    "Assistant",
    "Assistants",
    "Support Worker",
    "Professionals",
    "Scientist",
    "Practitioner",
    "Provider",
    "Facility",
    "System",
    "Setting",
    "Team",
    "Sector",
)


@settings(max_examples=60, deadline=None)
@given(
    word=st.sampled_from(("Healthcare", "Health Care", "healthcare", "health care")),
    noun=st.sampled_from(_JOB_NOUNS),
    lead=st.sampled_from(("## ", "We are a ", "You join the ", "Our new ", "- ")),
)
def test_healthcare_before_a_job_or_place_never_a_benefit(word: str, noun: str, lead: str) -> None:
    text = f"{lead}{word} {noun}\n\nYou work on the ward with the nursing team."
    assert HEALTH not in _benefits(text), text


@settings(max_examples=60, deadline=None)
@given(
    cover=st.sampled_from(("plan", "cash plan", "insurance", "benefits", "cover", "scheme")),
    lead=st.sampled_from(("We offer a ", "- ", "You get ", "Benefits: ")),
)
def test_healthcare_with_a_cover_word_stays_a_benefit(cover: str, lead: str) -> None:
    text = f"{lead}healthcare {cover} for you and your family."
    assert HEALTH in _benefits(text), text


# ---------------------------------------------------------------- ML words that are not the job
def _ml(text: str) -> bool:
    return check(prepare(TITLE + text, None)).ml_role


def test_ml_word_outside_the_job_makes_no_ml_role() -> None:
    for text in (
        "Requirements: a degree in Computer Science, Data Science or Mathematics.",
        "Bachelor's or Master's degree in Statistics, Machine Learning or a related field.",
        "Hochschulabschluss in Informatik, Data Science oder Wirtschaftsinformatik.",
        "Support BI, Analytics, Data Science and ML teams with reliable data products.",
        "You work closely with the analytics, data science and platform teams.",
        "Enge Zusammenarbeit mit Analytics- und Data-Science-Teams.",
        "We may use artificial intelligence (AI) tools to support parts of the hiring process.",
        "Artificial intelligence (AI) tools are used to support the review of applications.",
    ):
        assert not _ml(text), text


def test_ml_work_still_makes_an_ml_role() -> None:
    for text in (
        "You will build machine learning models for churn and lifetime value.",
        "Build and iterate on AI/ML models such as churn prediction and forecasting.",
        "Our data scientists train deep learning models, and you ship them.",
        "You build machine learning models that match candidates to jobs.",
        "Degree in statistics. You will develop predictive models for pricing.",
    ):
        assert _ml(text), text
    assert check(prepare("Data Scientist - Team Lead\n\nYou lead people.", None)).ml_role


@settings(max_examples=60, deadline=None)
@given(
    subject=st.sampled_from(
        ("Data Science", "Machine Learning", "Artificial Intelligence", "data science")
    ),
    others=st.lists(
        st.sampled_from(("Computer Science", "Mathematics", "Statistics", "Physics")),
        min_size=1,
        max_size=3,
    ),
    lead=st.sampled_from(("A degree in ", "Bachelor's degree in ", "MSc in ", "Education: ")),
)
def test_ml_subject_in_a_degree_list_makes_no_ml_role(
    subject: str, others: list[str], lead: str
) -> None:
    text = f"{lead}{', '.join([*others, subject])} or a related field."
    assert not _ml(text), text


# ---------------------------------------------------------------- a quality of the people served
def _gender(text: str) -> list[str]:
    r = analyze(f"# Occupational Therapist\n\nYou work in the community team.\n\n{text}")
    return [s.text.lower() for f in r.findings if f.check == "gender-coded" for s in f.spans]


def test_quality_of_the_people_served_is_not_the_applicants() -> None:
    for text in (
        "Our aim is to enable people to be as independent as possible.",
        "We help people to stay as independent as possible at home.",
        "You will grow the independence of our service users.",
        "You promote the independence of young people in our care.",
        "The team supports the confidence of older adults after a fall.",
    ):
        hits = _gender(text)
        assert not any(h.startswith(("independ", "confiden")) for h in hits), (text, hits)


def test_the_applicants_own_quality_still_counts() -> None:
    for text, word in (
        ("You work independently and confidently.", "independently"),
        ("We empower people to be independent and take ownership.", "independent"),
        ("You are independent and confident in your decisions.", "independent"),
    ):
        assert word in _gender(text), text


@settings(max_examples=40, deadline=None)
@given(
    verb=st.sampled_from(("enable", "help", "support", "enabling", "helping")),
    word=st.sampled_from(("independent", "confident")),
    goal=st.sampled_from(("to be as {w} as possible", "to become more {w}", "to stay {w}")),
)
def test_people_a_post_helps_own_the_quality(verb: str, word: str, goal: str) -> None:
    text = f"Our aim is to {verb} people {goal.format(w=word)} at home."
    assert word not in _gender(text), text


# -------------------------------------------------------- equity as fairness, conferences run
EQUITY = "equity or stock options"
LEARNING = "learning budget"


def test_equity_as_fairness_is_no_stake() -> None:
    for text in (
        "Pay is set by skill set, experience, market data and internal equity.",
        "We value diversity, equity and inclusion in everything we do.",
        "Our Diversity, Equity, Inclusion and Accessibility forum meets monthly.",
        "Staff are consulted on equity issues across the trust.",
        "The service works on health equity and health disparities in rural areas.",
        "We advise clients in Private Equity, Insurance and Retail.",
    ):
        assert EQUITY not in _benefits(text), text


def test_equity_as_shares_stays() -> None:
    for text in (
        "Salary: £70,000 + 0.2% equity",
        "- Equity and options package",
        "A meaningful slice of equity in the company, alongside a competitive salary.",
        "Competitive salary and equity for eligible roles.",
    ):
        assert EQUITY in _benefits(text), text


def test_conferences_the_job_runs_are_no_learning_budget() -> None:
    for text in (
        "You represent the company at community events, conferences and meetups.",
        "Participation in professional peer review case conferences.",
        "Scheduling and coordinating appointments, meetings and conferences.",
        "Conducting pre-bid and proposal conferences with vendors.",
        "Our economists regularly present their work at seminars and conferences.",
    ):
        assert LEARNING not in _benefits(text), text


def test_conferences_offered_stay_a_learning_budget() -> None:
    for text in (
        "Coaching, mentorship, training, conferences and online courses.",
        "An annual training allowance you can use to attend conferences.",
        "Generous study leave to attend CPD opportunities, conferences and courses.",
        "- External conferences and courses",
    ):
        assert LEARNING in _benefits(text), text


@settings(max_examples=40, deadline=None)
@given(
    lead=st.sampled_from(("We value diversity, ", "Our commitment to diversity, ", "Diversity, ")),
    tail=st.sampled_from(("and inclusion.", "inclusion and belonging.", "& inclusion matter.")),
)
def test_dei_equity_never_a_stake(lead: str, tail: str) -> None:
    text = f"{lead}equity {tail}"
    assert EQUITY not in _benefits(text), text


# ---------------------------------------------------------------- CI/CD is not MLOps
def _maturity_title(text: str) -> str:
    r = analyze(f"# Analytics Engineer\n\n{text}\n")
    return next(f.title for f in r.findings if f.check == "data-maturity")


def test_ci_cd_alone_is_no_mlops_practice() -> None:
    for text in (
        "You ship dbt models through CI/CD with tests on every pull request.",
        "Apply software rigor to the data stack: Git, documentation and CI/CD.",
        "Continuous integration for our SQL models in Snowflake.",
    ):
        title = _maturity_title(text)
        assert "MLOps" not in title and "CI/CD" in title, (text, title)


def test_mlops_words_stay_mlops_practice() -> None:
    for text in (
        "Models go through MLflow and a model registry before release.",
        "You run model monitoring on SageMaker, with CI/CD for the pipelines.",
    ):
        assert "MLOps practice" in _maturity_title(text), text
