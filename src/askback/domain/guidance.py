"""What a conflict means and what would settle it, per dimension, in the user's language.

The CLI (`askback assess`) and the web app's assessment print this under each conflict. The
general lines say what the test found; the dimension's lines say what counts as evidence there
and whom to ask. The sentences are English message ids; the catalogs translate them.
docs/evidence.md explains how to use it.
"""

from __future__ import annotations

from dataclasses import dataclass

from askback.bank.schema import Dimension
from askback.domain.results import Conflict
from askback.i18n import N_, Message, translate

D = Dimension


@dataclass(frozen=True)
class Guidance:
    """Three sentences: what the disagreement means, what counts here, how to settle it."""

    meaning: str
    counts: str
    settle: str

    def lines(self) -> tuple[str, str, str]:
        return self.meaning, self.counts, self.settle


_MEANING = N_(
    "These sources differ by more than honest noise explains (chance of a gap like this by "
    "noise alone: {p}). The average hides a split: one side may see something the other does "
    "not, or describe intent rather than practice."
)
_SETTLE = N_(
    "Put the disputed question to someone who has not answered it yet (a lead, another "
    "teammate, or a backchannel contact) and ask for the last concrete case, not the policy. "
    "{specific}"
)

# Per dimension: what counts as evidence there, and what would settle it.
_BY_DIMENSION: dict[Dimension, tuple[str, str]] = {
    D.RESPONSIBLE_ML: (
        N_(
            "One person proposing a dubious use case is normal in any team. What counts is "
            "how the team and its leads responded, and whether a review process stopped or "
            "changed such an idea before it shipped."
        ),
        N_(
            "Ask who reviewed the last questionable proposal, what they decided, and whether "
            "anything was stopped or changed because of it."
        ),
    ),
    D.DIVERSITY_INCLUSION: (
        N_(
            "Programmes on paper and what people live through often differ; a single bad "
            "experience may be an exception or a pattern the others do not see."
        ),
        N_(
            "Ask for numbers (who was hired and promoted last year) and how the last "
            "complaint was handled, ideally from someone in an under-represented group."
        ),
    ),
    D.DATA_MATURITY: (
        N_(
            "Managers often describe the target platform, people on the team the one they "
            "use today."
        ),
        N_(
            "Ask a teammate to walk you through the last dataset they used end to end: where "
            "it came from, how long it took, what broke."
        ),
    ),
    D.TEAM_PRACTICES: (
        N_(
            "Practices can differ between sub-teams, and the stated process is not always "
            "the one followed under deadline."
        ),
        N_(
            "Ask about the last release under time pressure: which reviews, tests or checks "
            "still happened, and which were skipped."
        ),
    ),
    D.ROLE_PROJECTS: (
        N_(
            "The role as advertised and the work the team needs done can differ; each side "
            "may describe a different year."
        ),
        N_(
            "Ask the hiring manager and a future teammate separately what you would work on "
            "in your first three months, and compare."
        ),
    ),
    D.GROWTH: (
        N_(
            "A career ladder can exist and still not be used; one person's stalled path may "
            "be an exception."
        ),
        N_(
            "Ask who was last promoted on the team, how long it took and what they did to "
            "get there."
        ),
    ),
    D.MANAGEMENT_CULTURE: (
        N_(
            "Managers describe themselves; the people who report to them see another side. "
            "Both can be honest."
        ),
        N_(
            "Ask someone who reports to this manager, or has left the team, how the last "
            "disagreement with the manager was resolved."
        ),
    ),
    D.WORK_LIFE_REMOTE: (
        N_(
            "Policy and habit differ: remote days or working hours can be allowed on paper "
            "and frowned upon in practice, or the reverse."
        ),
        N_(
            "Ask a teammate about their last month: how many evenings or weekends they "
            "worked, and how often they were in the office."
        ),
    ),
    D.COMPENSATION_CONTRACT: (
        N_(
            "Pay is often not known to the people you talk to, so a gap may come from one "
            "side guessing."
        ),
        N_(
            "Ask HR or the recruiter for the band and the contract terms in writing; that "
            "settles it better than any opinion."
        ),
    ),
    D.COMPANY_BUSINESS: (
        N_(
            "Leaders see the plan, teams see the runway and the churn; both can be right "
            "about different horizons."
        ),
        N_(
            "Check what can be checked (funding, filings, headcount trend) and ask a leader "
            "what happens if the next target is missed."
        ),
    ),
    D.HIRING_PROCESS: (
        N_(
            "Your own experience of the process is evidence too; one slow or unclear step "
            "may be a one-off."
        ),
        N_(
            "Ask the recruiter for the remaining steps and dates in writing, and how many "
            "candidates are still in the process."
        ),
    ),
}
_BELOW = N_("below {share:.1%}")


def conflict_guidance(conflict: Conflict, lang: str = "en") -> Guidance:
    """What this conflict means and what would settle it, in lang (English where no catalog)."""
    counts, specific = _BY_DIMENSION[conflict.dimension]
    p = conflict.p_value
    chance = (
        Message("below", _BELOW, share=0.001) if p < 0.001 else Message("share", "{p:.1%}", p=p)
    )
    return Guidance(
        meaning=translate(lang, _MEANING, p=chance),
        counts=translate(lang, counts),
        settle=translate(lang, _SETTLE, specific=Message("settle", specific)),
    )
