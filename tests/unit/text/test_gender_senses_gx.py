"""Senses of coded words that are not trait or culture wording (issue 11, helper gx).

Classes read on the DEV misses of the judged gender hits (USAJOBS and NHS Jobs) and checked on
the DEV half of both corpora; every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text import gender, senses
from askback.text.doc import prepare


def _counted(text: str) -> list[str]:
    return [h.span.text.lower() for h in gender.check(prepare(text, "en")).hits]


@pytest.mark.parametrize(
    "text",
    [
        # Loyalty as what public service rises above, or the loyalty of those a firm serves.
        "Senior executives serve a public purpose that transcends loyalty to one bureau.",
        "Our duty to the nation goes beyond loyalty to any single office.",
        "Good service builds a basis for stakeholder loyalty.",
        # One's own learning sought as a duty, or the employer's offer of training.
        "Actively seeks out educational opportunities to keep clinical knowledge current.",
        "You will actively engage in training on wound care.",
        "The clinic actively supports staff education and study leave.",
        "We actively encourage training and development for every nurse.",
        "The department actively promotes continuing professional development.",
        # Interpersonal as a subject of instruction or a clinical domain of the people served.
        "Experience teaching interpersonal skill applications to recruits.",
        "Clients present with low mood, trauma and interpersonal difficulties.",
        "The service offers interpersonal psychotherapy for depression.",
        "Research on interpersonal and self-directed violence prevention.",
        # Determination as an act of finding something out.
        "Relocation costs are paid only after determination is made that the move is needed.",
        "That determination will be made by the board after review.",
        "Supports inventory work such as requirements determination and cataloguing.",
        "Location determination rests with management.",
        "Duties include plot measurement, pest identification and damage determination.",
        "The nurse attends each Best Interest determination meeting.",
        # Taking part: a place in a team or a duty of the post, like "an active member".
        "You will play an active role in the service.",
        "Our nurses play an active part in audits.",
        "Active participation in ward rounds is expected.",
        "The post includes active involvement in teaching students.",
        # Statuses of a registration or a credential.
        "You must be a registered nurse with an active NMC pin.",
        "Current and active Certified Phlebotomy Technician credential.",
        # A joint aim or reach stated with "together we".
        "The two wards merged last year and together we serve a town of 80,000.",
        "Join our new team and together we can make a difference to patients.",
        "Together we will improve access to cancer care.",
        # Leadership in Title Case with its partner word: a course, a qualification, a post.
        "We fund training opportunities in Leadership and Management, Finance and IT.",
        "Study options, for example: Leadership and Management, Sensory Integration.",
        "Contact the Director of Nursing – Leadership and Quality.",
        "A Level 5 diploma in Leadership & Management is on offer.",
    ],
)
def test_gx_senses_are_not_traits(text: str) -> None:
    assert _counted(text) == [], text


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("You stay loyal to your colleagues.", "loyal"),
        ("We value loyalty, honesty and courage.", "loyalty"),
        ("You actively seek feedback from patients.", "actively"),
        ("You actively contribute to the team's success.", "actively"),
        ("You have excellent interpersonal skills.", "interpersonal"),
        ("Strong interpersonal and communication skills.", "interpersonal"),
        ("You bring drive and determination to the ward.", "determination"),
        ("Your determination to succeed will shine.", "determination"),
        ("Energy and determination are essential.", "determination"),
        ("You are an active listener.", "active"),
        ("We are an active and forward-looking team.", "active"),
        ("We work together to deliver safe care.", "together"),
        ("Our values are Kindness, Respect and Together.", "together"),
        ("Our values are Openly and Together, we are looking for a nurse.", "together"),
        ("By working together, we support each other on busy shifts.", "together"),
        ("Together, we work hard to keep the ward calm.", "together"),
        ("You have strong leadership and management skills.", "leadership"),
        ("Your leadership will shape the unit.", "leadership"),
        ("Our values are Kindness, Leadership and Courage.", "leadership"),
    ],
)
def test_gx_trait_wording_still_counts(text: str, word: str) -> None:
    assert word in _counted(text), text


def test_name_partners_are_read_and_merged() -> None:
    a = senses.Rule.parse({"name_partners": ["Management"]})
    b = senses.Rule.parse({"not_next": ["team"]})
    assert a.name_partners == frozenset(["management"])
    assert a.merged(b).name_partners == frozenset(["management"])
    assert b.merged(a).name_partners == frozenset(["management"])


def test_not_then_is_read_and_merged() -> None:
    a = senses.Rule.parse({"not_then": ["We"]})
    b = senses.Rule.parse({"not_next": ["with"]})
    assert a.not_then == frozenset(["we"])
    assert a.reads_next
    assert a.merged(b).not_then == b.merged(a).not_then == frozenset(["we"])


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from([" and ", " & ", "  and\t", " or ", ", ", " and the "]),
    st.sampled_from(["Management", "management", "Quality", "Courage", "MANAGEMENT", "Manage"]),
    st.text(alphabet="abc ,.", max_size=8),
)
def test_partner_ahead_needs_a_join_and_a_capitalised_partner(
    join: str, partner: str, tail: str
) -> None:
    rule = senses.Rule.parse({"name_partners": ["management", "quality"]})
    text = "Leadership" + join + partner + tail
    joined = join.strip() in ("and", "&")
    capital = partner[:1].isupper() and partner[1:].islower()
    named = partner.lower() in ("management", "quality")
    # A word glued to the partner ("Managementabc") is another word, not the partner.
    whole = not tail[:1].isalnum()
    expected = joined and capital and named and whole
    assert senses._partner_ahead(text, len("Leadership"), rule) is expected
