"""Gender-coded words used as technical terms or as adjectives of artefacts are not counted.

Issue 11: data-science ads are full of lexicon words that name statistical and ML terms or
describe data, methods, code and systems, not a person or the team. Sentences written for
these tests.
"""

from __future__ import annotations

import pytest

from askback.text import gender, lexicon
from askback.text.doc import prepare


def _counted(text: str, lang: str = "en") -> list[str]:
    return [h.span.text.lower() for h in gender.check(prepare(text, lang)).hits]


@pytest.mark.parametrize(
    "text",
    [
        # a lexicon adjective whose head noun is an artefact, past other adjectives
        "We publish objective, reproducible benchmarks every quarter.",
        "Apply superior methods to noisy sensor feeds.",
        "Keep independent test sets apart from the training folds.",
        "Compare against competitive baselines before shipping.",
        "Produce independent estimates of weekly churn.",
        "Score candidates using objective rating techniques.",
        "Economists make independent policy recommendations.",
        "Write clean, logical code that others can review.",
        "Mask sensitive fields and columns before export.",
        # statistical and ML terms
        "Experience with independent component analysis or factor models.",
        "You will fit the independent variables of the uplift model.",
        "We track the dominant eigenvalue of the transition matrix.",
        "Our API relies on aggressive caching at the edge.",
        "Run a sensitivity analysis on the pricing assumptions.",
        "Draw independent samples from the posterior.",
        # word rules: what data work makes, service levels, finance, an organisation's plans
        "Write dbt models that hold analytical calculations.",
        "Mentor peers on analytical best practices and analytical designs.",
        "Treat dataset quality as a service-level commitment.",
        "We are starting an ambitious modernisation programme.",
        "We make an active investment in AI tooling.",
        # already ruled out on main, pinned beside the new classes
        "Report confidence intervals for every estimate.",
        "Run a competitive analysis of the competitive landscape.",
        "Build decision support dashboards for planners.",
        "Own lead scoring for the sales funnel.",
        "Knowledge of support vector machines.",
        "Minimise the objective function with gradient descent.",
    ],
)
def test_terms_and_adjectives_of_artefacts_are_not_counted(text: str) -> None:
    assert _counted(text) == [], text


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("You are an independent thinker.", "independent"),
        ("You can work independently on ambiguous problems.", "independently"),
        ("An objective and fair colleague who listens.", "objective"),
        ("We have a competitive team culture.", "competitive"),
        ("You are a confident communicator.", "confident"),
        # a listed noun that modifies a noun for people: the word describes the person
        ("You are an independent data scientist.", "independent"),
        ("Join a supportive data team in Leipzig.", "supportive"),
        ("An independent systems thinker.", "independent"),
        # a verb in -ing after the word, with its object: the person is described
        ("You are confident writing SQL code.", "confident"),
        ("Is confident presenting results to executives.", "confident"),
        ("You are objective in judging results.", "objective"),
        ("An ambitious team that ships every week.", "ambitious"),
        ("We value your commitment and drive.", "commitment"),
        # (taking part, "an active part in the team", is a duty: see test_gender_senses_gx.py)
        ("You join an active and curious team.", "active"),
        ("Strong analytical thinking.", "analytical"),
        ("The interpersonal component of the role matters.", "interpersonal"),
    ],
)
def test_trait_wording_next_to_artefact_nouns_still_counts(text: str, word: str) -> None:
    assert word in _counted(text), text


def test_an_ing_word_modifies_the_artefact_unless_the_word_is_predicative() -> None:
    assert _counted("We run an independent monitoring system.") == []
    assert _counted("We handle sensitive tracking data.") == []
    assert "confident" in _counted("You are confident monitoring systems.")
    assert "confident" in _counted("- Confident building data models in dbt.")
    assert "independently" in _counted("This includes independently utilizing reference sources.")
    assert "independently" in _counted("You will be independently reviewing model code.")


def test_objective_as_a_goal_still_is_no_trait() -> None:
    for text in ("An objective of the role is to cut costs.", "Set an objective for Q3."):
        assert _counted(text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "Wir modellieren unabhängige Variablen.",
        "Sie entwerfen unabhängige Tests und unabhängige Stichproben.",
        "Wir brauchen eine unabhängige Schätzung der Nachfrage.",
        "Sie definieren zuverlässige Kennzahlen.",
        "Sie sorgen dafür, dass Daten zuverlässig bereitgestellt werden.",
        "Wir bauen zuverlässige Analytics- und KI-Use-Cases.",
        # "objektiv" and "Entscheidung" are in no German source list: never counted
        "Sie bauen objektive Kennzahlen und Systeme zur Entscheidungsunterstützung.",
    ],
)
def test_german_terms_and_adjectives_of_artefacts_are_not_counted(text: str) -> None:
    assert _counted(text, "de") == [], text


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Sie arbeiten selbstständig und zuverlässig im Team.", "selbstständig"),
        ("Du bist eine unabhängige Denkerin.", "unabhängige"),
        ("Sie arbeiten zuverlässig und genau.", "zuverlässig"),
        ("Die zwischenmenschliche Komponente zählt bei uns.", "zwischenmenschliche"),
        ("Wir sind ein engagiertes und kollaboratives Team.", "engagiertes"),
    ],
)
def test_german_trait_wording_still_counts(text: str, word: str) -> None:
    assert word in _counted(text, "de"), text


def test_the_new_lists_carry_a_source() -> None:
    data = lexicon.read("gender_en")
    assert "sense disambiguation" in data["thing_heads"]["source"]
    assert {"benchmarks", "variables", "code"} <= set(data["thing_heads"]["artefacts"])
    assert "sense disambiguation" in data["person_heads"]["source"]
    assert data["person_heads"]["words"]
