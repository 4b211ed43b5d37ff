"""The web page of a job-ad analysis marks findings of low confidence and says why."""

from __future__ import annotations

import html
import re

import httpx

from tests.integration.web.conftest import form_token


def test_a_short_ad_marks_what_it_leaves_out_as_low_confidence(client: httpx.Client) -> None:
    token = form_token(client)
    made = client.post(
        "/opportunities",
        data={"company": "Confidence GmbH", "role": "DS", "csrf_token": token},
        follow_redirects=True,
    )
    assert made.status_code == 200
    opp = re.search(r"/opportunities/(\d+)", str(made.url)) or re.search(
        r'/opportunities/(\d+)"', made.text
    )
    assert opp
    page = client.post(
        f"/opportunities/{opp.group(1)}/ad",
        data={
            "text": "Data Scientist. Python needed. Salary: 50,000 - 60,000.",
            "csrf_token": token,
        },
        follow_redirects=True,
    )
    assert page.status_code == 200
    text = html.unescape(page.text)
    assert "low confidence" in text and "may be in the full ad" in text
