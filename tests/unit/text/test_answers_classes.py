"""Issue 11, answer analyzer: each class of rating mistake on many answers of our own (EN, DE).

The answers here were written for these tests; none comes from the rated or held-out sets.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from askback.bank.bank import load
from askback.text import answers_stops
from askback.text.answers import analyze
from askback.text.normalize import normalize

NEXT = date.today().year + 2  # a year that is still to come whenever the tests run


def _rating(notes: str) -> int:
    rating = analyze(notes).suggested_rating
    assert rating is not None, notes
    return rating


@pytest.mark.parametrize(
    "notes",
    [
        "Ideally we'd have a woman on every interview panel.",
        "We're thinking about a returnship programme for parents.",
        "We're considering a bias review for the credit models.",
        "There's talk of introducing salary bands.",
        "It's on our wishlist to have more women on the panel.",
        "Leadership is keen on doing something around parental leave.",
        "Possibly we might start publishing salary ranges, but nothing is decided.",
        f"Our goal would be 30% women in data by {NEXT}, if budget allows.",
        "Idealerweise hätten wir in jedem Panel eine Frau.",
        "Wir denken darüber nach, Gehaltsbänder einzuführen.",
        f"Eventuell stellen wir {NEXT} zwei Data Scientists ein.",
        "Es gibt Überlegungen, einen Diversity-Beirat zu gründen.",
        "Das Thema nehmen wir mit, mal sehen.",
        "Da gibt es bestimmt Möglichkeiten, das schauen wir uns an.",
        "Wir könnten uns vorstellen, ein Netzwerk zu gründen.",
    ],
)
def test_hedged_hopes_and_vague_intent_are_at_most_two(notes: str) -> None:
    assert _rating(notes) <= 2


@pytest.mark.parametrize(
    "notes",
    [
        "It's a very supportive environment with lots of trust.",
        "People love working here, we have a really collaborative vibe.",
        "We have an open feedback culture and a strong team spirit.",
        "There's a no-blame culture and psychological safety is high.",
        "Our team is very diverse and inclusive, it's part of who we are.",
        "There's a lot of trust and respect here, people feel safe to speak up.",
        "Wir haben eine tolle Unternehmenskultur und ein super Arbeitsklima.",
        "Bei uns herrscht ein wertschätzendes Miteinander auf Augenhöhe.",
        "Wir pflegen eine Du-Kultur und kurze Entscheidungswege.",
        "Unsere Türen stehen immer offen.",
        "Wir haben eine Open-Door-Policy.",
        "Das Betriebsklima ist sehr familiär und kollegial.",
        "Wir sind ein bunt gemischtes Team und leben Offenheit.",
    ],
)
def test_culture_platitudes_are_at_most_two(notes: str) -> None:
    assert _rating(notes) <= 2


@pytest.mark.parametrize(
    "notes",
    [
        f"In January {NEXT} the new mentoring programme starts, owned by our head of people.",
        f"Our CTO has committed to hiring three women engineers in {NEXT}.",
        f"The plan is that HR will publish salary ranges from Q2 {NEXT}.",
        "From next month, every model will go through a fairness check.",
        "We will start tracking attrition by gender each quarter.",
        f"A pay audit is planned for the second half of {NEXT}.",
        "HR is about to roll out salary bands, probably in spring.",
        f"Ab {NEXT} wollen wir Gehaltsbänder veröffentlichen.",
        "Ab Januar wird jede Stellenanzeige eine Gehaltsspanne enthalten.",
        f"Ab {NEXT} bekommt jede Führungskraft ein Anti-Bias-Training.",
        "Die Personalabteilung wird demnächst Gehaltsbänder einführen.",
        f"Wir planen für {NEXT} einen Diversity-Beirat unter Leitung von Frau Krause.",
    ],
)
def test_plans_in_the_future_tense_or_dated_ahead_are_not_measures(notes: str) -> None:
    assert _rating(notes) <= 3


def test_a_year_still_to_come_is_a_plan_whatever_the_tense() -> None:
    today = date(2026, 6, 1)
    assert answers_stops.future_years("In 2027 we hire two women.", today)
    assert not answers_stops.future_years("In 2025 we hired two women.", today)
    assert not answers_stops.future_years("Since 2026 every ad has a range.", today)


@pytest.mark.parametrize(
    "notes",
    [
        "We have an ERG for women, one for LGBTQ+ folks and a DEI charter.",
        "We have a works council and a collective agreement.",
        "We have a DEI committee, an ERG for parents and a flexible working policy.",
        "There's a responsible AI council and an AI ethics policy.",
        "Wir haben die Charta der Vielfalt unterzeichnet und einen Diversity-Kodex.",
        "Es gibt ein Mentoringprogramm und eine Gleichstellungsbeauftragte.",
        "Es gibt einen Betriebsrat und eine Schwerbehindertenvertretung.",
        "Wir haben eine Diversity-Managerin und ein Inklusionsnetzwerk.",
    ],
)
def test_bodies_and_roles_named_without_outcome_owner_number_or_cadence_are_below_four(
    notes: str,
) -> None:
    assert _rating(notes) <= 3


@pytest.mark.parametrize(
    "notes",
    [
        "The ethics review was dropped after the reorg.",
        "The women's network was disbanded last year.",
        "Pay audits were discontinued in 2022.",
        "We used to publish our gender pay gap, but we stopped doing that.",
        "The fairness checks were paused indefinitely when the team was cut.",
        "The bias review board hasn't met since 2023.",
        "The returnship was cancelled after one cohort and never restarted.",
        "Our DEI lead left and the role was never filled.",
        "We tried blind CV screening for a while, then abandoned it.",
        "Our pay gap report got quietly dropped two years ago.",
        "The ERG lost its sponsor and stopped meeting.",
        "We had a fairness checklist, but nobody uses it any more.",
        "The returnship ran once in 2022 and was then discontinued.",
        "Fairness was checked once at launch and never again since.",
        "Die Ethikprüfung wurde nach der Umstrukturierung abgeschafft.",
        "Die Diversity-Beauftragte ist gegangen, die Stelle wurde nie nachbesetzt.",
        "Der Arbeitskreis hat sich seit zwei Jahren nicht mehr getroffen.",
        "Die Bias-Reviews haben wir nach dem Sparprogramm aufgegeben.",
        "Das Frauennetzwerk wurde nach der Fusion aufgelöst.",
        "Den Ethikbeirat gibt es nicht mehr.",
        "Das Mentoring lief 2022 aus und wurde nicht verlängert.",
        "Die Stelle der Diversity-Beauftragten ist seit einem Jahr unbesetzt.",
        "Wir haben das Reverse Mentoring nach einem Jahr abgebrochen.",
        "Fairness haben wir beim Launch geprüft, danach nie wieder.",
    ],
)
def test_stopped_and_abandoned_measures_are_low_and_flagged(notes: str) -> None:
    a = analyze(notes)
    assert a.suggested_rating is not None and a.suggested_rating <= 2, notes
    assert a.red_flag and "failure" in a.counts(), notes
    assert "red flag" in a.explanation


@pytest.mark.parametrize(
    "notes",
    [
        "Since 2024 every model goes through a bias review owned by Priya Shah; 3 launches were"
        " stopped.",
        "Our review board cancelled three use cases last year because of proxy discrimination.",
        "We stopped asking for salary history in 2022 and the gap in offers fell from 6% to 2%.",
        "We no longer require a degree for data roles; since then 14 of 40 hires came without one.",
        "We dropped the CV screen in favour of a work sample in 2024; women in the final round"
        " went from 20% to 38%.",
        "In 2024 we killed the emotion-detection project after the ethics board flagged it.",
        "We ended the use of personality tests in hiring in 2023 after an internal review.",
        "Anna Kowalski, our head of people, publishes the promotion rates by gender every quarter.",
        "Wir haben 2024 die Persönlichkeitstests abgeschafft; seitdem ist der Frauenanteil im"
        " Finale von 22 % auf 35 % gestiegen.",
        "Das Ethikgremium hat im letzten Jahr zwei Projekte gestoppt, weil sie Ältere"
        " benachteiligt hätten.",
        "Frau Öztürk leitet das Mentoring seit 2021; 18 von 25 Mentees wurden inzwischen"
        " befördert.",
        "Wir fragen seit 2023 nicht mehr nach dem bisherigen Gehalt, das hat der Betriebsrat"
        " durchgesetzt.",
        "Der Betriebsrat prüft jedes neue Modell vor dem Einsatz; 2025 wurden drei Modelle"
        " zurückgezogen.",
    ],
)
def test_concrete_measures_still_rate_four_or_more(notes: str) -> None:
    a = analyze(notes)
    assert a.suggested_rating is not None and a.suggested_rating >= 4, notes
    assert not a.red_flag, notes


BANK = load()

# Answers that echo one of a question's red flags in other words, in both languages.
ECHOES = [
    ("dei-036", "Honestly, promotions happen if you ask for it; you have to push for it.", "en"),
    ("hire-023", "Interviewers haven't seen the rubric, and nobody looks at how they score.", "en"),
    ("team-006", "Code reviews are optional, and under deadline we usually skip them.", "en"),
    ("team-017", "We have standards on a wiki page, but to be honest nobody follows them.", "en"),
    ("rml-060", "We keep all the chat conversations indefinitely in one shared bucket.", "en"),
    ("team-007", "Analyses go straight to the executives from whoever made them.", "en"),
    ("dei-047", "Most team events are evening drinks at a bar, everyone is welcome.", "en"),
    ("dei-036", "Beförderungen muss man schon selbst einfordern, sonst passiert nichts.", "de"),
    ("team-006", "Reviews sind optional und fallen bei Deadlines meistens weg.", "de"),
    ("hire-023", "Bei uns kann jeder ohne Vorbereitung Interviews führen.", "de"),
    ("team-017", "Es gibt Standards im Wiki, an die sich aber niemand hält.", "de"),
]


@pytest.mark.parametrize(("qid", "notes", "lang"), ECHOES)
def test_an_answer_echoing_a_bank_red_flag_is_low_and_names_the_flag(
    qid: str, notes: str, lang: str
) -> None:
    q = BANK.get(qid)
    flags = q.red_flags if lang == "en" else q.red_flags_in(lang)
    a = analyze(notes, lang=lang, red_flags=flags)
    assert a.suggested_rating is not None and a.suggested_rating <= 2, notes
    assert a.red_flag and a.flags and a.flags[0] in flags
    assert a.flags[0] in a.explanation


@pytest.mark.parametrize(
    ("qid", "notes", "lang"),
    [
        (
            "rml-020",
            "Since 2023 fairness is checked at launch and every quarter after; Priya owns it and"
            " two models were retrained last year.",
            "en",
        ),
        (
            "hire-023",
            "Every interviewer does a two-hour training on the rubric before their first panel;"
            " HR tracks each interviewer's scores every quarter.",
            "en",
        ),
        (
            "rml-020",
            "Fairness wird seit 2023 bei jedem Launch und jedes Quartal geprüft; Frau Kaya"
            " verantwortet das, zwei Modelle wurden neu trainiert.",
            "de",
        ),
    ],
)
def test_a_concrete_answer_on_a_flags_topic_is_not_flagged(qid: str, notes: str, lang: str) -> None:
    q = BANK.get(qid)
    flags = q.red_flags if lang == "en" else q.red_flags_in(lang)
    a = analyze(notes, lang=lang, red_flags=flags)
    assert a.suggested_rating is not None and a.suggested_rating >= 4
    assert not a.red_flag and a.flags == []


def test_every_bank_red_flag_is_recognised_as_itself() -> None:
    from askback.text.redflags import matching_flags

    for q in BANK.questions:
        for flags in (q.red_flags, q.red_flags_in("de")):
            for flag in flags:
                found = matching_flags(flag, flags)
                assert found and found[0].flag == flag, (q.id, flag)


# A second set, written after the first passed: (notes, lowest, highest) rating allowed.
MORE = [
    ("We're hoping to improve the gender balance over time.", 1, 2),
    ("Eigentlich würden wir gern Gehaltsbänder einführen.", 1, 2),
    ("We're a close-knit team and everyone supports each other.", 1, 2),
    ("We treat everyone with respect, regardless of background.", 1, 2),
    ("Wir sind ein familiäres Unternehmen mit flachen Hierarchien.", 1, 2),
    ("Jeder kann bei uns jederzeit zum Chef gehen.", 1, 2),
    ("Wir legen Wert auf Respekt und ein gutes Klima.", 1, 2),
    ("The new parental leave policy kicks in next January.", 1, 3),
    ("Im kommenden Quartal startet unser neues Mentoring-Programm.", 1, 3),
    ("Next year, a bias review board will be set up by the CTO.", 1, 3),
    ("Es gibt eine Frauenbeauftragte und einen Inklusionsbeirat.", 1, 3),
    ("The returnship programme was put on ice.", 1, 2),
    ("Den Frauen-Stammtisch gibt es seit Corona nicht mehr.", 1, 2),
    ("Die Gehaltsanalyse wurde nach 2022 nicht wiederholt.", 1, 2),
    ("Unsere Bias-Reviews wurden mit der Umstrukturierung eingestellt.", 1, 2),
    ("We introduced a returnship in 2023; 9 of 12 returners are still with us.", 4, 5),
    (
        "Das Netzwerk trifft sich monatlich, hat ein Budget von 15.000 € und wird von der CTO"
        " gesponsert.",
        4,
        5,
    ),
]


@pytest.mark.parametrize(("notes", "lowest", "highest"), MORE)
def test_a_second_set_of_answers_of_each_class(notes: str, lowest: int, highest: int) -> None:
    assert lowest <= _rating(notes) <= highest, notes


@pytest.mark.parametrize(
    "notes",
    [
        "We're launching an ERG in Q3.",
        "We are introducing pay bands in the autumn.",
        "We're rolling out structured interviews across all teams in March.",
        "Our first pay audit is in September.",
        "Im Herbst führen wir Gehaltsbänder ein.",
        "Im Q3 starten wir ein Frauennetzwerk.",
        "Im März beginnt unser Mentoring-Programm, das Frau Weber leitet.",
    ],
)
def test_a_start_in_the_present_tense_beside_a_month_is_a_schedule(notes: str) -> None:
    a = analyze(notes)
    assert a.suggested_rating is not None and a.suggested_rating <= 3, notes
    assert "future" in a.counts()


@pytest.mark.parametrize(
    "notes",
    [
        "We launched an ERG in Q3 and 40 people joined.",
        "Im Herbst haben wir Gehaltsbänder eingeführt.",
        "The pay review starts every March and HR publishes the results; the gap was 3% in 2025.",
    ],
)
def test_a_start_in_the_past_or_on_a_cadence_is_no_schedule(notes: str) -> None:
    a = analyze(notes)
    assert a.suggested_rating is not None and a.suggested_rating >= 4, notes


@pytest.mark.parametrize(
    "notes",
    [
        "HR ended unpaid internships in 2022; every intern is now paid at least 1,800 a month.",
        "We abolished the 'culture fit' interview round in 2024 and replaced it with a structured"
        " values interview.",
        "The review board paused two launches in 2025 until the error gap was fixed.",
        "Our mentoring programme has run since 2021; it was never cancelled, even in the layoffs.",
        "Wir haben 2023 die Altersgrenze für Traineeprogramme gestrichen; seitdem sind 30 % der"
        " Trainees über 35.",
        "We cancelled the contract with the vendor whose tool scored accents, in May 2024.",
    ],
)
def test_ending_a_bad_practice_is_a_deed_not_a_failure(notes: str) -> None:
    a = analyze(notes)
    assert a.suggested_rating is not None and a.suggested_rating >= 4, notes
    assert not a.red_flag


@pytest.mark.parametrize(
    ("notes", "highest"),
    [
        ("There is a Responsible AI office and an AI ethics committee.", 3),
        ("Bei uns gibt es eine Gleichstellungsstelle und einen Frauenförderplan.", 3),
        ("Our ERGs are really active.", 2),
        ("I'd like to think we're inclusive.", 2),
        ("Die Mentoring-Runde ist nach dem Wechsel der Sponsorin ausgelaufen.", 2),
        ("Seit die Sponsorin weg ist, passiert beim Mentoring nichts mehr.", 2),
        ("The ERG went dormant last year.", 2),
        ("The women's network is inactive now.", 2),
        ("Das Netzwerk ruht seit letztem Jahr.", 2),
    ],
)
def test_a_third_set_of_bodies_platitudes_and_quiet_stops(notes: str, highest: int) -> None:
    assert _rating(notes) <= highest, notes


@pytest.mark.parametrize(
    "notes",
    [
        "Wir sind dabei, ein Konzept zu erarbeiten.",
        "Das ist in Arbeit.",
        "Dazu gibt es erste Ideen.",
        "Wir prüfen gerade, ob wir Gehaltsbänder einführen.",
        "Das Thema ist uns bewusst, wir gehen es an.",
        "We're working towards a more diverse team.",
        "It's a work in progress.",
        "We have some ideas, nothing concrete yet.",
        "We're a meritocracy.",
        "Wir sind ein Team, in dem sich alle duzen und gemeinsam Mittag essen.",
    ],
)
def test_work_in_progress_and_meritocracy_talk_are_at_most_two(notes: str) -> None:
    assert _rating(notes) <= 2, notes


@given(
    # Notes of invisible characters only are empty once normalised: an InputError, tested apart.
    st.text(min_size=1, max_size=300).filter(lambda t: normalize(t).strip() != ""),
    st.lists(st.text(max_size=60), max_size=3),
)
def test_any_notes_and_flags_give_a_rating_in_range_and_spans_inside(
    notes: str, flags: list[str]
) -> None:
    a = analyze(notes, red_flags=flags)
    assert a.suggested_rating is None or 1 <= a.suggested_rating <= 5
    analysed = normalize(notes)
    assert all(0 <= s.start <= s.end <= len(analysed) for s in a.spans)
    assert set(a.flags) <= set(flags)
    for start, end, label in answers_stops.stops(notes) + answers_stops.scheduled(notes):
        assert 0 <= start < end <= len(notes) and label in ("failure", "future")
