"""The shortcuts of the speed round sp8 (2026-12-05, afternoon) give exactly what the reads
they replace give.

Each is held by a Hypothesis property to the plain version, on text built to trip it.
"""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from askback.text import commitments, conditions, exclusion, phrases, wordindex
from askback.text.doc import Doc, prepare


def _patterns_window_by_window(doc: Doc, idx: phrases.Index) -> list[phrases.Match]:
    """The pattern entries as phrases._patterns read them before sp8: every trigger's every
    window searched for a `needs` piece, then by the pattern (the plain read, finditer, kept
    where the match starts at or before its trigger and does not run to a cut window's end)."""
    out = []
    lower = doc.lower
    n = len(lower)
    present = doc.standing(idx.triggers)
    for entry in idx.patterned:
        vocab = doc.vocab if entry.lang == "any" else doc.vocab_by_lang.get(entry.lang, set())
        assert entry.rx is not None
        for token in sorted(entry.triggers & present & vocab):
            for pos in doc.positions(token):
                lo, hi = max(0, pos - entry.reach), min(n, pos + entry.reach + len(token))
                if entry.needs and not any(piece in lower[lo:hi] for piece in entry.needs):
                    continue
                for m in entry.rx.finditer(lower, lo, hi):
                    if m.start() > pos or (m.end() == hi and hi < n):
                        continue
                    other = len(doc.blocks) > 1 and doc.lang_at(m.start()) != entry.lang
                    if entry.lang != "any" and other:
                        continue
                    out.append(phrases.Match(entry, m.start(), m.end()))
    return out


# Trigger words that stand many times in an ad (you, based, work, office, days) with and
# without the pieces their entries need (home, site, wfh, "%", ":", "("), pieces inside longer
# words (homeland, website, parasite), the pieces at a window's edge (after long filler), German.
_PIECES = [
    "you", "You'll", "you will", "work from", "working", "work", "based", "located", "job",
    "position", "office", "days", "2 days", "3 Tage", "Büro", "hybrid", "remote", "on-site",
    "home", "homeland", "wfh", "site", "website", "parasite", "(", ")", ":", "%", "60%",
    "or", "oder", "in the office", "vor Ort", "with visits", "\n", ". ", ", ",
    "a" * 70, "the team and the wider organisation of our clinics",
]  # fmt: skip
_texts = st.lists(st.sampled_from(_PIECES), max_size=30).map(" ".join)


@settings(max_examples=400, deadline=None)
@example("you will work you will work you will work from home")
@example("based " + "x " * 40 + "based on site")
@example("You'll be based in Leeds. You'll join a team. Job based at our site")
@given(_texts)
def test_an_entry_whose_pieces_the_ad_lacks_finds_what_its_windows_find(text: str) -> None:
    """_patterns skips an entry with several windows when no `needs` piece stands anywhere in
    the ad: it finds what reading every window finds."""
    doc = prepare(text or "x", None, wordindex.word_index())
    for idx in (exclusion.entries(), conditions.remote_cues(), *commitments._lists().values()):
        present = doc.standing(idx.triggers)
        fast = phrases._patterns(doc, idx, present) if present else []
        plain = _patterns_window_by_window(doc, idx)
        key = lambda m: (m.entry.id, m.start, m.end)  # noqa: E731
        assert sorted(map(key, fast)) == sorted(map(key, plain))
