"""Today's requirement classes (issue 11) through the whole analyzer with its defaults, as a
user runs it (`jobad.analyze` on the ad as pasted, HTML or text), on ads of our own, with the
hostile shapes pages produce: HTML lists, non-breaking spaces, Unicode dashes and quotes, CRLF
line ends, and the same shape repeated."""

from __future__ import annotations

import pytest

from askback.text.jobad import analyze

_TOP = "Data Engineer (m/w/d)\n\nWe run the timetables of a ferry line.\n\n"


@pytest.mark.parametrize(
    ("body", "must"),
    [
        # A plus in a clause after the item's own requirement leaves a must-have.
        (
            "Requirements\n- Strong SQL (BigQuery\u00a0preferred)\n- Python for small tools "
            "\u2014 Airflow is a plus\n- Three years in analytics, ideally in transport\n"
            "- Experience with Kafka is a plus\n",
            3,
        ),
        # Parts under bold labels add up; a fit list beside them is not counted.
        (
            "## Required Qualifications\n\n**Technical expertise**\n- SQL\n- dbt\n\n"
            "**Communication skills**\n- Clear writing\n\nYou\u2019ll thrive here if\n"
            "- You like boats\n- You enjoy puzzles\n",
            3,
        ),
        # A fit list that is the ad's only list is its requirement list.
        ("You\u2019re probably a match if\n- You write clear SQL\n- You test your models\n", 2),
        # A knock-out with its abilities in one sentence.
        (
            "Minimum Qualifications (Screen Out Element): To meet the screen out element, "
            "applicants should show the ability to do the following: service engines; read "
            "manuals; and test boats. Failure to meet it gives an ineligible rating.\n",
            3,
        ),
        # Dash-labelled competencies run together.
        (
            "Applicants must demonstrate the following competencies: Planning \u2013 Sets the "
            "order of work. Teamwork \u2013 Works well with crews. Writing \u2013 Drafts clear "
            "notes.\n",
            3,
        ),
    ],
)
def test_classes_through_the_analyzer(body: str, must: int) -> None:
    assert analyze(_TOP + body).must_haves == must


def test_html_and_crlf_give_the_same_count() -> None:
    html = (
        "<h1>Data Engineer</h1><p>We run ferries.</p><h2>What we look for in you</h2>"
        "<p><strong>Mindset:</strong></p><ul><li>Curious</li><li>Calm</li></ul>"
        "<p><strong>Tools:</strong></p><ul><li>SQL (Postgres preferred)</li><li>Git</li></ul>"
        "<p>We can offer:</p><ul><li>A pension</li><li>Free rides</li></ul>"
    )
    text = (
        "Data Engineer\r\n\r\nWe run ferries.\r\n\r\nWhat we look for in you\r\n\r\nMindset:\r\n"
        "- Curious\r\n- Calm\r\n\r\nTools:\r\n- SQL (Postgres preferred)\r\n- Git\r\n\r\n"
        "We can offer:\r\n- A pension\r\n- Free rides\r\n"
    )
    assert analyze(html).must_haves == analyze(text).must_haves == 4


def test_repeated_shapes_do_not_inflate_or_fail() -> None:
    # The same fit heading and part labels a hundred times over: every list still reads, and the
    # count stays the items the page holds under requirement headings.
    block = "Mindset:\n- Curious\n- Calm\n\n"
    text = _TOP + "Requirements\n\n" + block * 100 + "You'll thrive here if\n- Boats\n" * 50
    r = analyze(text)
    assert r.must_haves == 200
