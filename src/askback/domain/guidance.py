"""What a conflict means and what would settle it, per dimension, in English and German.

The CLI (`askback assess`) and the web app's assessment print this under each conflict. The
general lines say what the test found; the dimension's lines say what counts as evidence there
and whom to ask. docs/evidence.md explains how to use it.
"""

from __future__ import annotations

from dataclasses import dataclass

from askback.bank.schema import Dimension
from askback.domain.results import Conflict

LANGS = ("en", "de")
D = Dimension


@dataclass(frozen=True)
class Guidance:
    """Three sentences: what the disagreement means, what counts here, how to settle it."""

    meaning: str
    counts: str
    settle: str

    def lines(self) -> tuple[str, str, str]:
        return self.meaning, self.counts, self.settle


_MEANING = {
    "en": (
        "These sources differ by more than honest noise explains (chance of a gap like this "
        "by noise alone: {p}). The average hides a split: one side may see something the other "
        "does not, or describe intent rather than practice."
    ),
    "de": (
        "Diese Quellen weichen stärker voneinander ab, als zufällige Schwankungen ehrlicher "
        "Auskünfte erklären (Wahrscheinlichkeit eines solchen Abstands allein durch Zufall: {p}). "
        "Der Mittelwert verdeckt eine Spaltung: Eine Seite sieht vielleicht etwas, das der "
        "anderen entgeht, oder beschreibt eine Absicht statt der gelebten Praxis."
    ),
}
_SETTLE = {
    "en": (
        "Put the disputed question to someone who has not answered it yet (a lead, another "
        "teammate, or a backchannel contact) and ask for the last concrete case, not the policy. "
        "{specific}"
    ),
    "de": (
        "Stellen Sie die strittige Frage jemandem, der sie noch nicht beantwortet hat (einer "
        "Führungskraft, einem weiteren Teammitglied oder einem Kontakt über Dritte), und fragen "
        "Sie nach dem letzten konkreten Fall, nicht nach der Richtlinie. {specific}"
    ),
}

# Per dimension: (what counts, what would settle it), English then German.
_BY_DIMENSION: dict[Dimension, dict[str, tuple[str, str]]] = {
    D.RESPONSIBLE_ML: {
        "en": (
            "One person proposing a dubious use case is normal in any team. What counts is how "
            "the team and its leads responded, and whether a review process stopped or changed "
            "such an idea before it shipped.",
            "Ask who reviewed the last questionable proposal, what they decided, and whether "
            "anything was stopped or changed because of it.",
        ),
        "de": (
            "Dass eine Person einen fragwürdigen Anwendungsfall vorschlägt, kommt in jedem Team "
            "vor. Entscheidend ist, wie das Team und seine Führung reagiert haben und ob ein "
            "Prüfprozess so eine Idee gestoppt oder verändert hat, bevor sie live ging.",
            "Fragen Sie, wer den letzten fragwürdigen Vorschlag geprüft hat, was entschieden "
            "wurde und ob deshalb etwas gestoppt oder geändert wurde.",
        ),
    },
    D.DIVERSITY_INCLUSION: {
        "en": (
            "Programmes on paper and what people live through often differ; a single bad "
            "experience may be an exception or a pattern the others do not see.",
            "Ask for numbers (who was hired and promoted last year) and how the last complaint "
            "was handled, ideally from someone in an under-represented group.",
        ),
        "de": (
            "Programme auf dem Papier und das, was Menschen erleben, gehen oft auseinander; eine "
            "einzelne schlechte Erfahrung kann eine Ausnahme sein oder ein Muster, das die "
            "anderen nicht sehen.",
            "Fragen Sie nach Zahlen (wer wurde im letzten Jahr eingestellt und befördert) und "
            "wie die letzte Beschwerde behandelt wurde, am besten bei jemandem aus einer "
            "unterrepräsentierten Gruppe.",
        ),
    },
    D.DATA_MATURITY: {
        "en": (
            "Managers often describe the target platform, people on the team the one they use "
            "today.",
            "Ask a teammate to walk you through the last dataset they used end to end: where it "
            "came from, how long it took, what broke.",
        ),
        "de": (
            "Führungskräfte beschreiben oft die geplante Plattform, Teammitglieder die, mit der "
            "sie heute arbeiten.",
            "Bitten Sie ein Teammitglied, den letzten Datensatz von Anfang bis Ende zu "
            "beschreiben: woher er kam, wie lange es dauerte, was schiefging.",
        ),
    },
    D.TEAM_PRACTICES: {
        "en": (
            "Practices can differ between sub-teams, and the stated process is not always the "
            "one followed under deadline.",
            "Ask about the last release under time pressure: which reviews, tests or checks "
            "still happened, and which were skipped.",
        ),
        "de": (
            "Arbeitsweisen können sich zwischen Teilteams unterscheiden, und der beschriebene "
            "Prozess ist unter Zeitdruck nicht immer der gelebte.",
            "Fragen Sie nach dem letzten Release unter Zeitdruck: Welche Reviews, Tests oder "
            "Prüfungen fanden trotzdem statt, welche fielen weg?",
        ),
    },
    D.ROLE_PROJECTS: {
        "en": (
            "The role as advertised and the work the team needs done can differ; each side may "
            "describe a different year.",
            "Ask the hiring manager and a future teammate separately what you would work on in "
            "your first three months, and compare.",
        ),
        "de": (
            "Die ausgeschriebene Rolle und die Arbeit, die das Team braucht, können sich "
            "unterscheiden; jede Seite beschreibt vielleicht ein anderes Jahr.",
            "Fragen Sie die einstellende Führungskraft und ein künftiges Teammitglied getrennt, "
            "woran Sie in den ersten drei Monaten arbeiten würden, und vergleichen Sie.",
        ),
    },
    D.GROWTH: {
        "en": (
            "A career ladder can exist and still not be used; one person's stalled path may be "
            "an exception.",
            "Ask who was last promoted on the team, how long it took and what they did to get "
            "there.",
        ),
        "de": (
            "Ein Karrierepfad kann existieren und trotzdem nicht genutzt werden; ein stockender "
            "Weg einer Person kann eine Ausnahme sein.",
            "Fragen Sie, wer im Team zuletzt befördert wurde, wie lange es dauerte und was die "
            "Person dafür getan hat.",
        ),
    },
    D.MANAGEMENT_CULTURE: {
        "en": (
            "Managers describe themselves; the people who report to them see another side. "
            "Both can be honest.",
            "Ask someone who reports to this manager, or has left the team, how the last "
            "disagreement with the manager was resolved.",
        ),
        "de": (
            "Führungskräfte beschreiben sich selbst; die Menschen, die an sie berichten, sehen "
            "eine andere Seite. Beides kann ehrlich sein.",
            "Fragen Sie jemanden, der an diese Führungskraft berichtet oder das Team verlassen "
            "hat, wie der letzte Streitpunkt mit ihr gelöst wurde.",
        ),
    },
    D.WORK_LIFE_REMOTE: {
        "en": (
            "Policy and habit differ: remote days or working hours can be allowed on paper and "
            "frowned upon in practice, or the reverse.",
            "Ask a teammate about their last month: how many evenings or weekends they worked, "
            "and how often they were in the office.",
        ),
        "de": (
            "Regel und Gewohnheit unterscheiden sich: Homeoffice oder Arbeitszeiten können auf "
            "dem Papier erlaubt und in der Praxis unerwünscht sein, oder umgekehrt.",
            "Fragen Sie ein Teammitglied nach seinem letzten Monat: wie viele Abende oder "
            "Wochenenden es gearbeitet hat und wie oft es im Büro war.",
        ),
    },
    D.COMPENSATION_CONTRACT: {
        "en": (
            "Pay is often not known to the people you talk to, so a gap may come from one side "
            "guessing.",
            "Ask HR or the recruiter for the band and the contract terms in writing; that "
            "settles it better than any opinion.",
        ),
        "de": (
            "Das Gehalt kennen Ihre Gesprächspartner oft nicht, ein Abstand kann also daher "
            "kommen, dass eine Seite schätzt.",
            "Lassen Sie sich Gehaltsband und Vertragsbedingungen von HR oder dem Recruiting "
            "schriftlich geben; das klärt es besser als jede Meinung.",
        ),
    },
    D.COMPANY_BUSINESS: {
        "en": (
            "Leaders see the plan, teams see the runway and the churn; both can be right about "
            "different horizons.",
            "Check what can be checked (funding, filings, headcount trend) and ask a leader "
            "what happens if the next target is missed.",
        ),
        "de": (
            "Die Führung sieht den Plan, Teams sehen Finanzierung und Fluktuation; beide können "
            "für verschiedene Zeiträume recht haben.",
            "Prüfen Sie, was sich prüfen lässt (Finanzierung, Berichte, Entwicklung der "
            "Mitarbeiterzahl), und fragen Sie eine Führungskraft, was passiert, wenn das nächste "
            "Ziel verfehlt wird.",
        ),
    },
    D.HIRING_PROCESS: {
        "en": (
            "Your own experience of the process is evidence too; one slow or unclear step may "
            "be a one-off.",
            "Ask the recruiter for the remaining steps and dates in writing, and how many "
            "candidates are still in the process.",
        ),
        "de": (
            "Ihre eigene Erfahrung mit dem Prozess zählt auch; ein langsamer oder unklarer "
            "Schritt kann ein Einzelfall sein.",
            "Bitten Sie das Recruiting um die weiteren Schritte und Termine schriftlich und "
            "fragen Sie, wie viele Kandidaten noch im Prozess sind.",
        ),
    },
}


def _chance(p: float, lang: str) -> str:
    text = "below 0.1 %" if p < 0.001 else f"{p:.1%}"
    if lang == "de":
        text = "unter 0,1 %" if p < 0.001 else f"{100 * p:.1f} %".replace(".", ",")
    return text


def conflict_guidance(conflict: Conflict, lang: str = "en") -> Guidance:
    """What this conflict means and what would settle it, in `lang` (en or de)."""
    lang = lang if lang in LANGS else "en"
    counts, specific = _BY_DIMENSION[conflict.dimension][lang]
    return Guidance(
        meaning=_MEANING[lang].format(p=_chance(conflict.p_value, lang)),
        counts=counts,
        settle=_SETTLE[lang].format(specific=specific),
    )
