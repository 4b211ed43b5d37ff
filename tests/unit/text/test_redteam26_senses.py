"""Red team, 26th round (issue 11): the senses of gender-coded and exclusionary words.

A coded word counts in its trait or culture sense and not in another sense (a plan, a price, a
term of statistics or genetics, a tool's name, hiring someone). These sentences are further
shapes of the probe's classes, not the probe's inputs, with near-misses that must not change.
"""

from __future__ import annotations

import pytest

from askback.text.jobad import analyze

FILLER = "You will build reports and models with the analytics team and share results. " * 5
FILLER_DE = "Du baust Berichte und Modelle im Analytics-Team und teilst die Ergebnisse. " * 5


def _report(text: str, de: bool = False, title: str = "Data Analyst"):  # type: ignore[no-untyped-def]
    return analyze(f"{title}\n{text}\n{FILLER_DE if de else FILLER}")


def _hits(text: str, de: bool = False) -> list[str]:
    r = _report(text, de)
    return [s.text.lower() for f in r.findings if f.check == "gender-coded" for s in f.spans]


def _checks(text: str, de: bool = False) -> set[str]:
    return {f.check for f in _report(text, de).findings}


# ---- English: other senses do not count
@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a plan, a price or a setting of a method
        ("Hit an aggressive deadline for the audit.", "aggressive"),
        ("We set aggressive targets for churn reduction.", "aggressive"),
        ("Apply aggressive pruning to the gradient-boosted trees.", "aggressive"),
        ("Use aggressive quantization on the edge model.", "aggressive"),
        # terms of signals, statistics and genetics
        ("Extract the dominant mode of the time series.", "dominant"),
        ("Keep only the dominant terms of the expansion.", "dominant"),
        ("Map the dominant genes for the trait in wheat.", "dominant"),
        ("Draws are independent and identically distributed.", "independent"),
        ("Tune sensitivity at a fixed false-positive threshold.", "sensitivity"),
        ("Trade sensitivity against precision for the screening model.", "sensitivity"),
        # a closed form, a laboratory
        ("Find an analytical expression for the gradient.", "analytical"),
        ("Results come from the analytical laboratory in Leeds.", "analytical"),
        # things joined, methods, data structures
        ("Link the datasets together with a fuzzy key.", "together"),
        ("Group the features together before scaling.", "together"),
        ("Take a principled approach to missing data.", "principled"),
        ("Fit hierarchical mixed models in Stan.", "hierarchical"),
        ("Aggregate the hierarchical data up to the region level.", "hierarchical"),
        ("We will take the lead time of each supplier into account.", "lead"),
        # taking the lead in or on a piece of work is a duty of the post
        ("You will take the lead in investigating serious incidents.", "lead"),
        ("The postholder will take the lead on quarterly planning.", "lead"),
    ],
)
def test_other_senses_do_not_count(text: str, word: str) -> None:
    assert not any(word in h for h in _hits(text)), _hits(text)


# ---- English: the trait and culture senses still count
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("You are aggressive about closing deals.", "aggressive"),
        ("You have a dominant streak in negotiations.", "dominant"),
        ("You work independently on your projects.", "independently"),
        ("You show sensitivity to colleagues' workloads.", "sensitivity"),
        ("You bring an analytical mind to messy problems.", "analytical"),
        ("We are principled and honest with clients.", "principled"),
        ("We are hierarchical, with clear reporting lines.", "hierarchical"),
        ("You are committed to your colleagues' success.", "committed"),
        ("You'll be deeply committed to your team.", "committed"),
        ("You connect naturally with new colleagues.", "connect"),
        ("You take the lead whenever a project drifts.", "take the lead"),
        ("Taking the lead when nobody else will is second nature to you.", "taking the lead"),
    ],
)
def test_trait_senses_count(text: str, word: str) -> None:
    assert any(word in h for h in _hits(text)), _hits(text)


@pytest.mark.parametrize(
    "text",
    [
        # the employer's commitment to the person hired stays out
        "We are committed to your development.",
        "You will find a team committed to your growth.",
        "We help you grow and are committed to your wellbeing.",
    ],
)
def test_employer_commitment_to_you(text: str) -> None:
    assert "committed" not in _hits(text)


# ---- German
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Wir haben für die Migration einen Freelancer engagiert.", "engagiert"),
        ("Die Stadt hatte ein Beratungshaus engagiert.", "engagiert"),
        ("Du analysierst die dominante Frequenz im Signal.", "dominant"),
        ("Du schätzt dominante Komponenten der Zeitreihe.", "dominant"),
        ("Die Fehler sind unabhängig und identisch normalverteilt.", "unabhängig"),
        ("Als Selbstständige kannst du dich ebenfalls bewerben.", "selbstständig"),
        ("Du setzt wettbewerbsorientierte Preise im Shop.", "wettbewerbsorientiert"),
    ],
)
def test_german_other_senses(text: str, word: str) -> None:
    assert not any(word in h for h in _hits(text, True)), _hits(text, True)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Du bist engagiert und packst mit an.", "engagiert"),
        ("Wir haben ein engagiertes Team in Köln.", "engagiert"),
        ("Du trittst dominant auf und setzt dich durch.", "dominant"),
        ("Du bist eine selbstständige und gründliche Analystin.", "selbstständig"),
        ("Du bist wettbewerbsorientiert und zielstrebig.", "wettbewerbsorientiert"),
    ],
)
def test_german_trait_senses(text: str, word: str) -> None:
    assert any(word in h for h in _hits(text, True)), _hits(text, True)


# ---- exclusionary
@pytest.mark.parametrize(
    "text",
    [
        "We are a young, fun crowd who love a quiz.",
        "Join a young and energetic squad of marketers.",
    ],
)
def test_young_team_by_another_noun(text: str) -> None:
    assert "age-coded" in _checks(text)


def test_young_crowd_as_users_is_not_the_team() -> None:
    assert "age-coded" not in _checks("Our festival app is used by a young crowd.")


@pytest.mark.parametrize(
    "text",
    [
        "Must be able to stand for a full 10-hour shift.",
        "You must stand for an entire working day.",
    ],
)
def test_standing_a_whole_shift(text: str) -> None:
    assert "ability-coded" in _checks(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our C++ code builds with Meson and Ninja.",
        "Regenerate the Ninja build files after each change.",
        "Install jedi for code completion in Vim.",
        "Run the jedi language server in VS Code.",
    ],
)
def test_hero_words_as_tool_names(text: str) -> None:
    assert "bro-culture" not in _checks(text)


@pytest.mark.parametrize(
    "text",
    [
        "You are a true pandas ninja.",
        "We want a Jedi of data modelling.",
        "Work with rockstar engineers every day.",
    ],
)
def test_hero_words_as_personas(text: str) -> None:
    assert "bro-culture" in _checks(text)
