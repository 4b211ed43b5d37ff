"""The full journey in a real browser: from a new opportunity to an exported workspace.

create an opportunity, paste and analyse its ad, set a profile, plan an interview, log answers
(with the red-flag case of the evidence engine), see the conflict and the deal-breaker risk,
compare two offers, export.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.conftest import screenshot

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

AD = """Senior Data Scientist (m/w/d) at Journey Analytics, Berlin

We are a young and dynamic team of rockstar data ninjas. You are a digital native
and a native English speaker with 8+ years of experience in Python, Scala, Spark,
Kubernetes, Airflow, dbt, Snowflake, TensorFlow and PyTorch.

Our responsible AI board reviews every model before launch, and we publish our AI principles.
We offer a competitive salary. Hybrid: two days a week in the office.
"""

# (contact, role, what they said, rating, red flag): three speak well of responsible ML,
# one future teammate proposes a questionable use case.
TEAM = [
    (
        "Hanna Manager",
        "hiring-manager",
        "Every use case goes through a review with legal; last quarter they stopped two of nine.",
        4,
    ),
    (
        "Lars Leader",
        "leadership",
        "The CTO owns responsible AI; there is a budget and an external audit every year.",
        5,
    ),
    (
        "Pia Peer",
        "peer",
        "She pulled a drifting model herself in May and the post-mortem was shared.",
        4,
    ),
    (
        "Ben Buddy",
        "peer",
        "He wants to score staff chat messages to predict who quits, without telling them.",
        None,
    ),
]


def _add_opportunity(page: Any, company: str, role: str) -> int:
    page.goto("/opportunities")
    form = page.locator("#new form")
    form.get_by_label("Company").fill(company)
    form.get_by_label("Role", exact=True).fill(role)
    form.get_by_label("Status").select_option("interviewing")
    form.get_by_role("button", name="Add opportunity").click()
    page.wait_for_url(re.compile(r"/opportunities/\d+$"))
    return int(page.url.rsplit("/", 1)[1])


def _add_contact(page: Any, name: str, role: str, opp: int) -> None:
    page.goto("/contacts")
    form = page.locator("#new form")
    form.get_by_label("Name").fill(name)
    form.get_by_label("Speaks as").select_option(role)
    form.get_by_label("How you met").fill("interview")
    form.get_by_label("Opportunity").select_option(str(opp))
    form.get_by_role("button", name="Add contact").click()
    page.wait_for_url(re.compile(r"/contacts/\d+$"))


def _log_own_question(page: Any, who: str, notes: str, rating: int | None, flag: bool) -> None:
    """Fill the blank 'your own question' row by keyboard and wait for the autosave."""
    row = page.locator("form#row-new")
    row.get_by_label("Your own question").fill(
        "How are new ML use cases reviewed, and who can stop one?"
    )
    row.get_by_label("Dimension").select_option("responsible-ml")
    row.get_by_label("Who answered").select_option(label=who)
    notes_box = row.get_by_label("Notes")
    notes_box.click()
    notes_box.press_sequentially(notes, delay=2)
    notes_box.press("Control+Enter")  # jump to the rating
    if rating is not None:
        page.keyboard.press(str(rating))
    if flag:
        page.keyboard.press("f")
    expected = "1" if flag else ""
    page.wait_for_function(
        """([flag]) => {
            const form = document.getElementById('row-new');
            return form.querySelector('input[name=answer_id]').value !== ''
                && !form.dataset.dirty
                && form.querySelector('input[name=red_flag]').checked === (flag === '1');
        }""",
        arg=[expected],
    )


def test_full_journey(page: Any, server: Any) -> None:
    # 1. Create an opportunity.
    opp = _add_opportunity(page, "Journey Analytics", "Senior Data Scientist")
    assert page.get_by_role("heading", level=1).inner_text().startswith("Journey Analytics")

    # 2. Paste and analyse the ad.
    page.get_by_label("Job ad text (English or German)").fill(AD)
    page.get_by_role("button", name="Analyse").click()
    page.locator("#ad-report").wait_for()
    findings = page.locator("#ad-findings").inner_text().lower()
    assert "rockstar" in findings or "ninja" in findings
    assert "salary" in findings or "pay" in findings

    # 3. Set a profile: responsible ML weighs most; below 3 (90 % sure) it is a deal breaker.
    page.goto("/profile")
    slider = page.get_by_role("slider", name="Responsible ML & ethics")
    slider.focus()
    page.keyboard.press("End")
    assert page.locator("#out-responsible-ml").inner_text() == "10"
    page.locator("#at_least-responsible-ml").select_option("3")
    page.locator("#confidence-responsible-ml").select_option("0.9")
    page.get_by_role("button", name="Save profile").click()
    assert page.locator("p.alert[role=status]").inner_text() == "Profile saved."

    # 4. Plan an interview with four people at the team stage.
    for name, role, *_ in TEAM[:3]:
        _add_contact(page, name, role, opp)
    page.goto(f"/opportunities/{opp}#interviews")
    page.locator("#interviews details").evaluate("d => { d.open = true; }")
    page.get_by_label("Stage").first.select_option("team")
    page.get_by_label("Date and time").fill("2031-05-06T10:00")
    page.get_by_label("Time zone").fill("Europe/Berlin")
    for name, *_ in TEAM[:3]:
        page.get_by_label(re.compile(name)).check()
    page.get_by_label("Someone new: name").fill(TEAM[3][0])
    page.get_by_label("Their role").select_option("peer")
    page.get_by_role("button", name="Add interview").click()
    page.wait_for_url(re.compile(r"/interviews/\d+$"))
    interview = int(page.url.rsplit("/", 1)[1])
    page.goto(f"/opportunities/{opp}/plan?interview={interview}")
    assert page.locator("#plan-items > li").count() >= 3
    first = page.locator("#plan-items > li").first.inner_text()
    assert "Responsible ML" in first  # the dimension weighed most, with a deal breaker open
    page.get_by_role("link", name="Cheat sheet (print)").click()
    pdf = page.pdf(format="A4")
    assert len(re.findall(rb"/Type\s*/Page[^s]", pdf)) == 1, "the cheat sheet must fit one page"
    screenshot(page, "journey-cheat-sheet")

    # 5. Log the answers, the red-flag case included, by keyboard with autosave.
    for name, _role, notes, rating in TEAM:
        page.goto(f"/interviews/{interview}")
        _log_own_question(page, name, notes, rating, flag=rating is None)
    page.goto(f"/interviews/{interview}")
    assert page.locator("form.interview-q.flagged").count() == 1
    screenshot(page, "journey-interview", full_page=False)

    # 6. The assessment shows the conflict and a raised, uncertain deal-breaker risk.
    page.goto(f"/opportunities/{opp}#assessment")
    conflict = page.locator(".conflict").first
    assert "Responsible ML" in conflict.inner_text()
    assert "Ben Buddy" in conflict.inner_text() and "Lars Leader" in conflict.inner_text()
    verdict = page.locator("#deal-breakers li", has_text="Responsible ML").inner_text()
    assert "at risk" in verdict or "likely deal breaker" in verdict
    risk = int(re.search(r"risk (\d+)\s?%", verdict).group(1))  # type: ignore[union-attr]
    assert 5 < risk < 95, verdict
    page.locator("#assessment-chart g.item").nth(1).hover()
    assert "Responsible ML" in page.locator(".chart-detail").first.inner_text()
    screenshot(page, "journey-assessment")

    # 7. Compare two offers.
    other = _add_opportunity(page, "Steady Insights", "Data Scientist")
    page.goto(f"/compare?ids={opp}&ids={other}")
    assert page.locator("#best-chart g.item").count() == 2
    assert page.locator("#compare-table tbody tr").count() == 2
    assert page.get_by_role("heading", name="What would settle it").is_visible()
    screenshot(page, "journey-compare")

    # 8. Export everything.
    page.goto("/data")
    with page.expect_download() as download:
        page.get_by_role("link", name="Everything as JSON").click()
    doc = json.loads(Path(download.value.path()).read_text(encoding="utf-8"))
    assert {o["company"] for o in doc["opportunities"]} >= {"Journey Analytics", "Steady Insights"}
    assert sum(a["red_flag"] for a in doc["answers"]) >= 1
    page.goto("/")
    assert page.locator("#alerts").inner_text().count("Journey Analytics") >= 1
    screenshot(page, "journey-dashboard")
