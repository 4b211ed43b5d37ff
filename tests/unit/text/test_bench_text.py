"""The text benchmark's method: interleaved rounds and the median of their ratios.

No timing is asserted here (timings belong to `make bench`); these tests check the order of the
passes and the arithmetic that turns the rounds into one ratio.
"""

from __future__ import annotations

from benchmarks.bench_text import Pass, Rounds, interleaved


def test_rounds_alternate_which_side_runs_first() -> None:
    calls: list[str] = []
    interleaved(lambda t: calls.append("a"), lambda t: calls.append("b"), ["one ad"], rounds=4)
    assert calls == ["a", "b", "b", "a", "a", "b", "b", "a"]


def test_every_pass_reads_every_ad_once() -> None:
    seen: list[str] = []
    texts = ["x", "y", "z"]
    measured = interleaved(seen.append, lambda t: None, texts, rounds=3)
    assert seen == texts * 3 and len(measured.a) == len(measured.b) == 3


def test_the_ratio_is_the_median_of_the_rounds_ratios() -> None:
    # One round slowed by a burst of load on b only: the median ignores it, a ratio of sums
    # or of best times would not.
    a = [Pass(cpu=1.0, wall=2.0), Pass(cpu=1.0, wall=1.0), Pass(cpu=2.0, wall=2.0)]
    b = [Pass(cpu=8.0, wall=30.0), Pass(cpu=9.0, wall=9.0), Pass(cpu=14.0, wall=16.0)]
    rounds = Rounds(a, b)
    assert rounds.ratio("cpu") == 8.0  # 8, 9, 7
    assert rounds.ratio("wall") == 9.0  # 15, 9, 8
    assert rounds.median("a") == 1.0 and rounds.median("b", "wall") == 16.0


STEP_ADS = [
    "Senior Data Engineer (m/w/d)\n\nWe are a young, dynamic team in Berlin. You are a confident, "
    "assertive leader.\n\nRequirements:\n- 8+ years of Python and SQL\n- Fluent English, German "
    "a plus\n\nSalary: €70,000 - €85,000 per year. Hybrid: 2 days a week in the office. "
    "30 days of paid holiday, pension plan. We are an equal opportunity employer.",
    "Wir suchen eine Datenanalystin.\n\nDein Profil:\n- Abgeschlossenes Studium\n- "
    "Deutsch auf Muttersprachniveau, Englisch von Vorteil\n\nHomeoffice nach Absprache, "
    "Gehalt zwischen 52.000 und 60.000 Euro brutto im Jahr.",
    "Analyst. Shift: 8am-4pm. We offer a $5,000 sign-on bonus. Must be a US citizen.",
    # German with no language named: the language step adds the implied note.
    "Buchhalterin (m/w/d) in Bern\n\nIhr Profil:\n- Abgeschlossene kaufmännische Ausbildung\n"
    "- Drei Jahre Erfahrung in der Buchhaltung\n\nWir bieten flexible Arbeitszeiten und "
    "25 Urlaubstage.",
]


def test_the_step_timer_builds_the_same_report_as_analyze() -> None:
    """benchmarks.text_stages times analyze's own steps (jobad.STEPS) one by one: run so, they
    give analyze's report, or its rows time something else."""
    from benchmarks.text_stages import STEPS, analyze_in_steps

    from askback.text.jobad import analyze

    spent: dict[str, float] = {}
    for text in STEP_ADS:
        assert analyze_in_steps(text, spent).to_dict() == analyze(text).to_dict()
    assert set(spent) == set(STEPS)
