"""Issue 11, requirement lists in the shapes of UK ads (person specifications, lead-ins, the
recruitment text after a list). The ads are written for these tests."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from askback.text import requirements
from askback.text.doc import prepare

_TOP = (
    "Community Nurse\n\nSalary: £28,000 - £34,000 per annum\n\n"
    "Our district nursing team cares for people at home across the county.\n\n"
)


def _musts(body: str) -> int | None:
    return requirements.check(prepare(_TOP + body)).must_haves


_LEAD_INS = [
    "The successful applicant will:",
    "The successful candidate will:",
    "The ideal candidate will:",
    "To apply for this post you must:",
    "We are looking for someone who:",
    "Applicants should:",
]
_PLAIN_ASKS = [
    "Have a current registration with the NMC.",
    "Be able to drive and have access to a car",
    "Hold a degree in adult nursing or equivalent.",
    "Have experience of caseload management",
    "Be able to work flexibly across seven days.",
    "Demonstrate sound judgement under pressure",
]


@given(
    st.sampled_from(_LEAD_INS),
    st.lists(st.sampled_from(_PLAIN_ASKS), min_size=2, max_size=6, unique=True),
    st.sampled_from(["\n\n", "\n"]),
)
def test_a_lead_in_with_plain_lines_under_it_opens_a_list(
    lead: str, items: list[str], gap: str
) -> None:
    # Pages that lose the bullets keep each item on its own line.
    body = lead + gap + gap.join(items) + "\n\nIf this sounds like you, please apply today!\n"
    assert _musts(body) == len(items)


def test_plain_duty_lines_under_a_lead_in_are_no_list() -> None:
    body = (
        "The post holder will:\n\nManage the weekly rota for the team.\n\n"
        "Plan the clinics with the GP practices.\n\nReport to the service lead each month.\n"
    )
    assert _musts(body) is None


def test_prose_under_a_lead_in_is_no_list() -> None:
    body = (
        "The successful applicant will:\n\n"
        "Join a friendly team. We meet each morning to plan the visits of the day.\n\n"
        "Work closely with the GP practices. The team has grown over the last two years.\n"
    )
    assert _musts(body) is None


_PROCESS_LINES = [
    "Closing Date- 12th March 2021",
    "Closing date: 12/03/2021",
    "Interview planned TBC",
    "Interview date: to be confirmed",
    "Interviews will be held on 20th March",
    "In your application form please answer the following questions",
    "Shortlisting will take place the week after closing",
    "For further details please contact the ward manager",
    "Please note this post is subject to a DBS check",
]


@given(
    st.sampled_from(_PROCESS_LINES),
    st.integers(min_value=2, max_value=5),
    st.sampled_from(["Essential criteria:", "You will need to have:", "Requirements"]),
)
def test_recruitment_process_lines_after_a_list_are_no_items(
    line: str, n: int, heading: str
) -> None:
    items = [
        "- Excellent communication skills",
        "- A caring and flexible approach",
        "- Ability to work shifts",
        "- NVQ level 3 in health and social care",
        "- Experience of end of life care",
    ][:n]
    body = heading + "\n\n" + "\n\n".join(items) + "\n\n" + line + "\n\nWe look forward to it.\n"
    assert _musts(body) == n


def test_an_interview_skill_in_a_plain_list_is_an_item() -> None:
    body = (
        "Essential criteria:\n\nFull UK driving licence\n\nInterview skills training\n\n"
        "Experience of recruitment\n"
    )
    assert _musts(body) == 3


@given(
    st.sampled_from(
        [
            # Cue words ("person specification", "successful candidate") in a clause that
            # leads into what the role holds.
            "Whilst a full person specification is attached, key elements of the role include:",
            "As the successful candidate, this role will include:",
            "Applicants should note that the post will include:",
            "For the successful candidate, key aspects of the job are:",
        ]
    )
)
def test_a_lead_in_to_what_the_role_includes_is_no_list(lead: str) -> None:
    body = (
        f"{lead}\n\n- Excellent liaison with families\n- A caseload of twelve patients\n"
        "- Clinical supervision of students\n"
    )
    assert _musts(body) is None


@given(
    st.sampled_from(
        [
            "Requirements for the role include:",
            "The skills needed in this role include:",
            "Essential skills include:",
        ]
    )
)
def test_a_lead_in_to_what_the_role_asks_still_opens_a_list(lead: str) -> None:
    body = (
        f"{lead}\n\n- Excellent communication skills\n- A current NMC registration\n"
        "- Experience of caseload management\n"
    )
    assert _musts(body) == 3


@given(st.sampled_from(["the service we provide", "the care we offer", "our services we provide"]))
def test_an_item_naming_the_service_the_employer_provides_is_counted(phrase: str) -> None:
    body = (
        "Criteria:\n\nFull UK manual driving licence\n\nStrong communication skills\n\n"
        f"Commitment to {phrase} to our patients\n\n"
        "In return, you will be provided with a uniform and a pension.\n"
    )
    assert _musts(body) == 3


def test_an_offer_after_plain_items_ends_the_list() -> None:
    body = (
        "Criteria:\n\nFull UK manual driving licence\n\nStrong communication skills\n\n"
        "We offer a generous pension and free parking\n\nFree meals on duty\n"
    )
    assert _musts(body) == 2


_OPEN_LEAD_INS = [
    "Candidate requirements",
    "What skills and qualities do I need to have?",
    "The ideal candidate will have",
    "Minimum criteria",
    "Key requirements of the role",
]
_PLAIN_ITEMS = [
    "Excellent communication skills",
    "A current NMC registration",
    "Experience of caseload management",
    "Ability to work shifts including nights",
]


@given(
    st.sampled_from(_OPEN_LEAD_INS),
    st.lists(st.sampled_from(_PLAIN_ITEMS), min_size=2, max_size=4, unique=True),
)
def test_a_lead_in_without_a_colon_opens_plain_lines(lead: str, items: list[str]) -> None:
    body = lead + "\n\n" + "\n\n".join(items) + "\n\nWe offer a generous pension and parking.\n"
    assert _musts(body) == len(items)


def test_questions_under_a_question_are_no_list() -> None:
    body = (
        "Are you a nurse whose registration has lapsed?\n\n"
        "Are you looking to return to practice?\n\n"
        "Have you missed the rewards of caring for patients?\n\n"
        "A returnee programme starts in the spring with the local university.\n"
    )
    assert _musts(body) is None


def test_a_sentence_wrapped_over_lines_is_no_list() -> None:
    body = (
        "The successful candidate will be able to demonstrate sound clinical reasoning and\n"
        "have the ability to explain their decisions to patients and\n"
        "be able to work across both sites.\n"
    )
    assert _musts(body) is None


@given(st.integers(min_value=3, max_value=5))
def test_a_run_of_item_lines_is_not_read_from_its_second_line(n: int) -> None:
    # The first "Must ..." line is an item like the others, not a lead-in to them.
    items = [
        "Must be a registered nurse with a live PIN",
        "Must have experience in a care home",
        "Must be able to work nights and weekends",
        "Must hold a full driving licence",
        "Must be able to complete an enhanced DBS check",
    ][:n]
    assert _musts("\n\n".join(items) + "\n") in (None, n)


@given(
    st.sampled_from(["We offer a generous pension and parking.", "Benefits include free meals."]),
    st.sampled_from(["Essential criteria", "Requirements:", "Criteria:"]),
)
def test_a_sentence_that_starts_like_a_closing_heading_ends_plain_items(
    line: str, heading: str
) -> None:
    body = (
        f"{heading}\n\nFull UK driving licence\n\nStrong communication skills\n\n"
        f"{line}\n\nFree meals on duty\n"
    )
    assert _musts(body) == 2


@given(
    st.sampled_from(
        [
            "Personal Qualities",
            "Qualities",
            "Experience and Job Related Knowledge",
            "Professional Registration",
        ]
    ),
    st.sampled_from(["", "- "]),
)
def test_person_specification_subheadings_open_a_list(heading: str, bullet: str) -> None:
    body = (
        f"{heading}\n\n{bullet}Calm and caring under pressure\n\n{bullet}Previous experience"
        f" as a senior carer is essential\n\n{bullet}Sound knowledge of safeguarding\n"
    )
    assert _musts(body) == 3


@given(
    st.sampled_from(
        ["Key Accountabilities", "Further Information", "Selection Process", "Next Steps"]
    )
)
def test_job_description_and_process_headings_end_the_list(heading: str) -> None:
    body = (
        "Requirements\n\n- Excellent communication skills\n- A current NMC registration\n\n"
        f"{heading}\n\n- To assist the nursing team with assessments\n"
        "- To keep accurate records\n- Maintain the stock of the clinic\n"
    )
    assert _musts(body) == 2


@given(
    st.sampled_from(
        ["The job holder will have;", "The post holder will need:", "Applicants should possess:"]
    ),
    st.integers(min_value=2, max_value=4),
)
def test_a_lead_in_under_the_heading_is_no_item(lead: str, n: int) -> None:
    items = [
        "- NMC registered nurse",
        "- Experience of urgent care",
        "- Evidence of CPD",
        "- A minor illness qualification",
    ][:n]
    body = "Person Specification\n\n" + lead + "\n\n" + "\n".join(items) + "\n"
    assert _musts(body) == n


@given(st.sampled_from(["Who we're looking for", "About you", "Requirements"]))
def test_sentences_that_ask_nothing_under_a_heading_are_no_list(heading: str) -> None:
    body = (
        f"{heading}\n\n"
        "You will assist the radiographers with fluoroscopy, ultrasound and mobile imaging on "
        "the wards and in theatres across the hospital site.\n\n"
        "The department is regarded as an integral part of the hospital and is well equipped "
        "with every modality and a new scanner.\n\n"
        "Our aim is to deliver world class patient care, and we want dedicated people to help "
        "us achieve it every day.\n"
    )
    assert _musts(body) is None


@given(st.sampled_from(["Qualifications", "Skills/Knowledge", "Essential"]))
def test_short_fragments_under_a_heading_stay_items(heading: str) -> None:
    body = f"{heading}\n\nRMN / RNLD / RNMH\n\nPreceptorship complete\n\nMS Office\n"
    assert _musts(body) == 3


def test_plain_lines_of_a_german_ad_stay_items() -> None:
    text = (
        "Pflegefachkraft (m/w/d)\n\nDein Profil\n\n"
        "Du arbeitest gern im Team und bringst eine abgeschlossene Ausbildung mit, idealerweise "
        "in der Intensivpflege oder Anästhesie.\n\n"
        "Du hast Freude am Umgang mit Menschen und bist auch in hektischen Situationen ruhig "
        "und zuverlässig im Dienst.\n"
    )
    assert requirements.check(prepare(text)).must_haves is not None


@given(
    st.sampled_from(
        [
            "It will be highly beneficial if you have:",
            "It would be an advantage if you also have:",
            "The following experience is desirable",
            "Applicants with the following skills would be preferred:",
        ]
    ),
    st.sampled_from(["- ", ""]),
)
def test_a_nice_to_have_lead_in_ends_the_must_haves(lead: str, bullet: str) -> None:
    body = (
        "Our ideal candidate will have:\n\n- A nursing degree\n- Two years in urgent care\n"
        f"- Experience of triage\n\n{lead}\n\n{bullet}A prescribing qualification\n\n"
        f"{bullet}Minor illness training\n\nWhy work with us? We offer a pension.\n"
    )
    r = requirements.check(prepare(_TOP + body))
    assert (r.must_haves, r.nice_to_haves) == (3, 2)


def test_an_item_that_mentions_an_advantage_is_no_lead_in() -> None:
    body = (
        "Requirements\n\nMust be a confident IT user (knowledge of RiO would be an advantage)\n\n"
        "Good written English\n\nAbility to work weekends\n"
    )
    r = requirements.check(prepare(_TOP + body))
    # The plus is said of the bracket's clause, not of the item ("Must be a confident IT
    # user"): a must-have with a preference inside; the items after it stay must-haves.
    assert (r.must_haves, r.nice_to_haves) == (3, 0)


@given(
    st.sampled_from(
        [
            "Whilst knowledge of autism would be beneficial, it isn't essential. What is "
            "essential is that you are:",
            "A formal IT qualification would be advantageous however the successful candidate "
            "will have:",
            "Experience of dialysis is desirable but you must have:",
        ]
    )
)
def test_a_lead_in_that_turns_from_a_plus_to_what_is_asked_opens_the_must_haves(
    lead: str,
) -> None:
    body = (
        f"{lead}\n\n- Caring and patient\n- A great team player\n- Able to work nights\n\n"
        "We offer a generous pension.\n"
    )
    assert _musts(body) == 3


def test_plain_items_whose_first_line_names_a_qualification() -> None:
    # The first item names a degree, the next ones start like items that ask.
    body = (
        "The successful applicant will have/be:\n\nMasters level qualification in estates\n\n"
        "Excellent communication skills\n\nAbility to handle pressure\n\n"
        "Highly motivated with a passion for excellence\n"
    )
    assert _musts(body) == 4


@given(st.sampled_from(["Why join us? We'll offer you...", "Why us, we’ll provide:"]))
def test_an_offer_written_with_we_ll_ends_plain_items(line: str) -> None:
    body = (
        "We are looking for people who have...\n\nHCPC registration\n\n"
        "Experience of risk assessment\n\nKnowledge of psychological formulation\n\n"
        f"{line}\n\nCompany pension scheme\n\nFree parking\n"
    )
    assert _musts(body) == 3


def test_plain_lines_about_the_candidate_stay_a_list() -> None:
    # "You can...", "You thrive..." speak of the candidate: items, not paragraphs.
    body = (
        "Who We're Looking For\n\n"
        "You have five years of experience in analytics engineering or a similar data role.\n\n"
        "You can build automation and pipelines with Python, and you care about reliability.\n\n"
        "You thrive in ambiguity and can turn a vague request into a clear data product.\n\n"
        "You can influence and communicate with non-technical finance stakeholders.\n"
    )
    assert _musts(body) == 4


def test_an_item_with_heading_words_inside_a_plain_list_is_no_lead_in() -> None:
    body = (
        "The ideal candidate will have the following skills and experience:\n\n"
        "Strong commercial experience with Azure data technologies\n\n"
        "Expertise in designing modern data warehouse architectures\n\n"
        "Advanced SQL skills and experience with CI/CD processes and Azure DevOps\n\n"
        "Strong Python scripting for automation and orchestration\n\n"
        "Experience working with ETL and ELT frameworks\n"
    )
    assert _musts(body) == 5


def test_a_long_lead_in_ending_with_a_semicolon_opens_plain_lines() -> None:
    body = (
        "In order to be successful in this role you will need;\n\n"
        "A background in organisation development\n\n"
        "Have excellent stakeholder management skills\n\n"
        "Strong project management understanding and experience\n"
    )
    assert _musts(body) == 3


@given(
    st.sampled_from(
        [
            "It would be desirable but not essential for you to have:",
            "Ideally, but not necessarily, you will have:",
            "Experience of audit is an advantage but not essential, as is having:",
        ]
    )
)
def test_a_plus_that_is_but_not_essential_opens_no_must_haves(lead: str) -> None:
    # "but not" negates what is asked; it does not turn from the plus to it (_last_clause).
    body = (
        f"{lead}\n\n- Caring and patient\n- A great team player\n- Able to work nights\n\n"
        "We offer a generous pension.\n"
    )
    assert not _musts(body)
