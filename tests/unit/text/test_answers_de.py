"""German answers: word order, compounds, separable verbs and modal particles (issue 11).

Every sentence here is written for these tests; none is taken from the rated or held-out sets.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from askback.text import answers_de
from askback.text.answers import analyze
from askback.text.normalize import normalize


def _rating(notes: str) -> int | None:
    return analyze(notes, lang="de").suggested_rating


def _labels(notes: str) -> set[str]:
    return set(analyze(notes, lang="de").counts())


# --- the English classes hold in German ---


@pytest.mark.parametrize(
    "notes",
    [
        "Wir hoffen, nächstes Jahr vielleicht zwei, drei Ingenieurinnen zu gewinnen.",
        "Geplant ist, im vierten Quartal eine Elterngruppe zu gründen.",
        "Ab Januar soll es ein Budget für Barrierefreiheit geben.",
        "Wir könnten uns vorstellen, später ein Jobsharing anzubieten.",
        "Man müsste da eigentlich mehr tun, das wäre schön.",
        "Perspektivisch streben wir ein ausgeglichenes Verhältnis an.",
    ],
)
def test_german_plans_and_wishes_are_at_most_two(notes: str) -> None:
    rating = _rating(notes)
    assert rating is not None and rating <= 2, notes


@pytest.mark.parametrize(
    "notes",
    [
        "Wir sind wie eine richtig große Familie hier.",
        "Meine Tür steht jederzeit offen, jeder kann zu mir kommen.",
        "Bei uns wird niemand ausgeschlossen, wir haben flache Hierarchien.",
    ],
)
def test_german_culture_talk_is_at_most_two(notes: str) -> None:
    rating = _rating(notes)
    assert rating is not None and rating <= 2, notes


@pytest.mark.parametrize(
    "notes",
    [
        "Es gibt einen Inklusionsbeirat und eine Antidiskriminierungsrichtlinie.",
        "Wir haben ein Elternnetzwerk, einen Arbeitskreis Vielfalt und ein Leitbild.",
        "Dafür gibt es eine Steuerungsgruppe und eine Betriebsvereinbarung.",
    ],
)
def test_german_compound_bodies_without_outcome_are_at_most_two(notes: str) -> None:
    a = analyze(notes, lang="de")
    assert "programme" in a.counts(), notes
    assert a.suggested_rating is not None and a.suggested_rating <= 2, notes


@pytest.mark.parametrize(
    "notes",
    [
        "Das Patenprogramm wurde eingestellt, nachdem die Förderung weg war.",
        "Den Stammtisch für Quereinsteiger haben wir 2023 eingestellt.",
        "Der Frauenstammtisch ist im Sande verlaufen.",
        "Die Coachings liefen 2022 aus und wurden nicht verlängert.",
        "Die Gruppe trifft sich nicht mehr, übernommen hat es keiner.",
        "Das Sprachangebot liegt seit dem Umzug auf Eis.",
    ],
)
def test_german_failures_are_red_flags(notes: str) -> None:
    a = analyze(notes, lang="de")
    assert "failure" in a.counts(), notes
    assert a.suggested_rating is not None and a.suggested_rating <= 2, notes


@pytest.mark.parametrize(
    "notes",
    [
        "Im Herbst wurden sieben Werkstudentinnen eingestellt, vier sind geblieben.",
        "2023 haben wir drei Quereinsteiger eingestellt.",
    ],
)
def test_eingestellt_with_people_is_a_hire(notes: str) -> None:
    a = analyze(notes, lang="de")
    assert "failure" not in a.counts() and "past-action" in a.counts(), notes
    assert a.suggested_rating is not None and a.suggested_rating >= 4, notes


# --- German word order, separable verbs, numbers and dates ---


@pytest.mark.parametrize(
    "notes",
    [
        # Perfect with the participle far from its auxiliary, and a separable prefix.
        "2022 haben wir für alle Teams verbindliche Pausenzeiten nach dem Vorbild der Pflege "
        "festgelegt, seither gibt es 20 % weniger Überstunden.",
        # Subordinate clause: the participle comes before the auxiliary.
        "Nachdem wir die Bewertungsbögen überarbeitet haben, stieg die Quote von 0,8 auf 1,3.",
        # Inseparable prefix, no ge-.
        "Im vergangenen Jahr haben wir die Kriterien für Beförderungen veröffentlicht.",
        # Past passive.
        "Im zweiten Quartal wurden die Gehaltsbänder für alle Stufen angehoben.",
    ],
)
def test_german_deeds_in_any_word_order_are_concrete(notes: str) -> None:
    a = analyze(notes, lang="de")
    assert "past-action" in a.counts() or "outcome" in a.counts(), notes
    assert a.suggested_rating is not None and a.suggested_rating >= 4, notes


@pytest.mark.parametrize(
    ("notes", "label"),
    [
        ("Im dritten Quartal haben wir das geändert.", "date"),
        ("Im vorigen Jahr haben wir das geändert.", "date"),
        ("Vor drei Jahren haben wir das geändert.", "date"),
        ("Seit vier Jahren machen wir das so.", "in-place"),
        ("Seit Anfang 2022 machen wir das so.", "in-place"),
        ("Es waren siebzehn Bewerbungen.", "number"),
        ("Es waren fünfundzwanzig Bewerbungen.", "number"),
        ("Es gab zweimal eine Umfrage.", "number"),
    ],
)
def test_german_dates_and_number_words(notes: str, label: str) -> None:
    assert label in _labels(notes), notes


@pytest.mark.parametrize(
    "notes",
    [
        "Unsere Schwerbehindertenbeauftragte sieht jede Ausschreibung durch, bevor sie erscheint.",
        "Jedes neue Dashboard geht vor dem Livegang durch ein Review der Teamleitungen.",
        "Frau Öztürk aus dem Controlling prüft jede Gehaltsanpassung.",
    ],
)
def test_german_rules_applied_to_every_case_with_an_owner_are_concrete(notes: str) -> None:
    a = analyze(notes, lang="de")
    assert {"gate", "owner"} <= set(a.counts()), notes
    assert a.suggested_rating is not None and a.suggested_rating >= 4, notes


@pytest.mark.parametrize(
    "notes",
    [
        "Belastbare Zahlen haben wir dazu leider nicht.",
        "Über Beförderungen sprechen wir hier nicht offen.",
        "Audits machen wir eigentlich nicht, das lohnt sich nicht.",
        "Das kann ich Ihnen so nicht beantworten.",
    ],
)
def test_german_inverted_negation_and_refusal_are_red_flags(notes: str) -> None:
    rating = _rating(notes)
    assert rating is not None and rating <= 2, notes


@pytest.mark.parametrize(
    "notes",
    [
        "Das hängt stark von der jeweiligen Führungskraft ab.",
        "Grundsätzlich ist das möglich, im Prinzip klären wir das im Team.",
        "Der Vorstand hält Vielfalt für sehr wichtig.",
    ],
)
def test_german_hedges_and_views_are_vague(notes: str) -> None:
    rating = _rating(notes)
    assert rating is not None and rating <= 2, notes


def test_a_noun_shaped_like_a_participle_is_not_a_deed() -> None:
    # "Angebot" and "Gebiet" have the shape ge-…-t; their capital letter marks them as nouns.
    assert "past-action" not in _labels("Wir haben ein Angebot für das Gebiet.")
    assert "past-action" in _labels("Wir haben das Angebot angepasst.")


def test_negated_perfect_is_an_absence() -> None:
    labels = _labels("Wir haben die Lohnlücke nie untersucht.")
    assert "absence" in labels and "past-action" not in labels


# --- the clause reader as a parser: properties on generated clauses ---

_FILLER = st.lists(
    st.sampled_from(
        ["2023", "im", "Team", "die", "Regeln", "für", "alle", "Standorte", "gemeinsam", "dann"]
    ),
    max_size=6,
)
_AUX = st.sampled_from(["haben wir", "hat das Team", "wurden", "wurde"])
_PARTICIPLES = st.sampled_from(
    ["eingeführt", "abgeschafft", "überarbeitet", "verbessert", "beschlossen", "nachgebessert"]
)


@given(aux=_AUX, filler=_FILLER, participle=_PARTICIPLES)
def test_any_words_between_auxiliary_and_participle_keep_the_deed(
    aux: str, filler: list[str], participle: str
) -> None:
    notes = f"Dann {aux} {' '.join(filler)} {participle}."
    labels = {label for _, _, label in answers_de.spans(notes)}
    assert "past-action" in labels
    # The same word written as a noun is no participle.
    capital = notes.replace(participle, participle.capitalize())
    assert "past-action" not in {label for _, _, label in answers_de.spans(capital)}
    # Negated, it is an admitted absence.
    negated = notes.replace(participle, f"nicht {participle}")
    assert {label for _, _, label in answers_de.spans(negated)} == {"absence"}


@given(st.text(max_size=300))
def test_spans_stay_inside_the_notes(notes: str) -> None:
    for start, end, label in answers_de.spans(notes):
        assert 0 <= start < end <= len(notes) and label
    # The analyzer reads the notes as normalised (askback.text.normalize): its spans point there.
    analysed = normalize(notes)
    a = analyze(notes) if analysed.strip() else None
    if a is not None:
        for s in a.spans:
            assert analysed[s.start : s.end] == s.text


@pytest.mark.parametrize(
    "notes",
    [
        "Da sind wir gerade dran, das ist ein wichtiges Thema.",
        "Die Frage der Gehaltsbänder wird im Moment im Vorstand diskutiert.",
        "Eine Inklusionsstrategie wird derzeit erarbeitet.",
        "Wir würden die Quote gerne erheben, haben aber die Zahlen nicht.",
        "Wer ins Führungsprogramm kommt, ist ehrlich gesagt eher Zufall.",
        "Unsere Werte sind Vertrauen, Neugier und Fairness.",
        "Bei uns spielt das Geschlecht keine Rolle, wir sind offen für alle.",
        "Das liegt im Ermessen der jeweiligen Teamleitung.",
        "Der Zuschuss wurde gekürzt, und seither tut sich da nichts.",
        "Konkretes kann ich Ihnen dazu noch nicht sagen.",
    ],
)
def test_german_work_in_progress_values_and_discretion_are_vague(notes: str) -> None:
    rating = _rating(notes)
    assert rating is not None and rating <= 2, notes


def test_a_body_where_a_plan_is_discussed_is_not_its_owner() -> None:
    a = analyze("Das wird gerade in der Geschäftsführung besprochen.", lang="de")
    assert "owner" not in a.counts() and "intent" in a.counts()
    assert a.suggested_rating is not None and a.suggested_rating <= 2


@pytest.mark.parametrize(
    "notes",
    [
        "Einmal im Jahr gibt es eine Gehaltsrunde, das ist in der Betriebsvereinbarung festgelegt.",
        "Every spring each salary is reviewed; that is written into our collective agreement.",
    ],
)
def test_a_practice_a_binding_agreement_sets_is_concrete(notes: str) -> None:
    a = analyze(notes)
    assert "gate" in a.counts(), notes
    assert a.suggested_rating is not None and a.suggested_rating >= 4, notes


@pytest.mark.parametrize(
    "notes",
    [
        "Das wird sich in den nächsten Jahren sicher verbessern.",
        "Da bin ich ganz zuversichtlich, das ergibt sich.",
    ],
)
def test_german_optimism_about_change_is_vague(notes: str) -> None:
    rating = _rating(notes)
    assert rating is not None and rating <= 2, notes


@pytest.mark.parametrize(
    ("notes", "concrete"),
    [
        ("Bis Mitte 2023 hatten wir alle Stellenanzeigen umgeschrieben.", True),
        ("By 2022 we had cut the gap from 9% to 4%.", True),
        ("Bis 2028 soll jede zweite Führungsrolle mit einer Frau besetzt sein.", False),
    ],
)
def test_a_year_after_bis_or_by_is_a_plan_only_with_a_plan_verb(notes: str, concrete: bool) -> None:
    a = analyze(notes)
    assert ("future" not in a.counts()) is concrete, notes
    assert a.suggested_rating is not None
    assert (a.suggested_rating >= 4) if concrete else (a.suggested_rating <= 2), notes


def test_the_interview_page_marks_every_vague_label_as_vague() -> None:
    # The web page's hint colours a span by its label; a label the analyzer calls vague must
    # not show as concrete there ("failure", "culture-talk" and "future" once did).
    import ast
    import re
    from pathlib import Path

    import askback.web
    from askback.text.answers import CONCRETE, VAGUE

    template = Path(askback.web.__file__).parent / "templates" / "_suggestion.html"
    found = re.search(r"sp\.label in (\([^)]*\))", template.read_text(encoding="utf-8"))
    assert found is not None
    listed = set(ast.literal_eval(found.group(1)))
    assert listed == set(VAGUE) and not listed & set(CONCRETE)


@pytest.mark.parametrize(
    "notes",
    [
        "Soweit ich weiß, gibt es dafür eine Richtlinie.",
        "Es gibt wohl einen Arbeitskreis, der sich darum kümmert.",
        "Wir würden ein Jobsharing grundsätzlich unterstützen.",
        "Wir hätten gern mehr Frauen in der Entwicklung.",
    ],
)
def test_german_hearsay_and_konjunktiv_are_vague(notes: str) -> None:
    rating = _rating(notes)
    assert rating is not None and rating <= 2, notes
