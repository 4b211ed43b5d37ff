"""The risk lint flags sentences naming a person together with health, traits or discipline."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from askback.bank import load
from askback.bank.risk import lint_questions, sentence_risk

DATA = Path(__file__).parents[2] / "data" / "bank"

RISKY = [
    # English: a person, then health, a protected trait or discipline.
    "Which colleague on the team is currently on sick leave?",
    "Has anyone who works here been diagnosed with depression?",
    "Who in the team went through chemotherapy or other cancer treatment last year?",
    "Is there someone on the team who is pregnant at the moment?",
    "Which person on your panel belongs to a religious minority?",
    "Tell me about a colleague who was fired for misconduct.",
    "How did she cope after her burnout?",
    "Markus came back from rehab and was given a formal warning.",
    "The only woman in the group left after six months.",
    "Two of them are openly gay, and it's fine.",
    "Who on the team has a disability?",
    "Was anybody let go after the harassment complaint? Anyone who was accused?",
    "Has anyone on the team had a mental health crisis?",
    "Who is pregnant right now?",
    "Was your predecessor fired?",
    "What is the manager's religion?",
    "Did Tim have a burnout last year?",
    # German
    "Wer im Team war dieses Jahr länger krank?",
    "Hat Ihr Vorgänger eine Abmahnung bekommen?",
    "Gibt es jemanden mit Migrationshintergrund in der Gruppe?",
    "Welche Kollegin ist gerade schwanger?",
    "Hat ein Kollege eine Abmahnung bekommen?",
    "Frau Schneider hat eine Schwerbehinderung, oder?",
    "Zwei von uns haben ADHS.",
]

SAFE = [
    "How many people took more than ten sick days last year, and did the team's workload change?",
    "What is the process for requesting a workplace adjustment, and does it need a diagnosis?",
    "What share of promotions last year went to women, compared with their share of the team?",
    "How many harassment complaints were raised last year, and how long did investigations take?",
    "Who decides on promotions, and how are the criteria written down?",
    "Who owns the gender pay gap analysis, and when was it last published?",
    "How is parental leave covered, and how many parents returned to the same role?",
    "Wie viele Beschwerden wegen Diskriminierung gab es im letzten Jahr?",
    "Wie ist die Schwerbehindertenvertretung gewählt, und wie oft wird sie einbezogen?",
    "Wie hoch ist der Frauenanteil in Führungsrollen, und welches Ziel gibt es bis wann?",
    "Someone from the team will show you the codebase on day one.",
    "Who on the team owns the feature store, and who is on call this week?",
    "Who is responsible for disability inclusion, and what budget do they have?",
    "Who is eligible for parental leave, and how many women took it last year?",
    "How does the manager make sure women get promoted at the same rate?",
    "Why did the previous holder leave, and how did they see the job?",
]


@pytest.mark.parametrize("sentence", RISKY)
def test_risky_sentences_are_flagged(sentence: str) -> None:
    assert sentence_risk(sentence) is not None, sentence


@pytest.mark.parametrize("sentence", SAFE)
def test_count_and_process_phrasings_pass(sentence: str) -> None:
    assert sentence_risk(sentence) is None, sentence_risk(sentence)


@given(
    st.sampled_from(["Who on the team", "Which colleague", "Is there someone who", "Wer im Team"]),
    st.sampled_from(["sick leave", "pregnant", "a disability", "was fired", "krankgeschrieben"]),
    st.text(alphabet=st.characters(whitelist_categories=("Ll", "Zs")), max_size=30),
)
def test_any_filler_between_person_and_term_is_still_flagged(
    person: str, term: str, filler: str
) -> None:
    sentence = f"{person} {filler.replace('.', ' ')} {term}?"
    assert sentence_risk(sentence) is not None


def test_user_bank_questions_are_linted_in_every_field(tmp_path: Path) -> None:
    text = (DATA / "custom.yaml").read_text(encoding="utf-8")
    risky = text.replace(
        'follow_ups: ["', 'follow_ups: ["Which colleague took sick leave last spring?", "', 1
    )
    assert risky != text
    path = tmp_path / "mine.yaml"
    path.write_text(risky, encoding="utf-8")
    findings = lint_questions(load([path], shipped=False).questions)
    assert [(f.field, f.category) for f in findings] == [("follow_ups[0]", "health")]
    assert lint_questions(load([DATA / "custom.yaml"], shipped=False).questions) == []


def test_translated_fields_are_linted_too() -> None:
    q = load().get("wlr-024")
    bad = q.model_copy(update={"translations": {"de": {"text": "Wer im Team war krank?"}}})
    assert [f.field for f in lint_questions([bad])] == ["de.text"]
