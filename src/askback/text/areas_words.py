"""Findings and summaries for the word-level areas: gender-coded and exclusionary wording."""

from __future__ import annotations

import re
from collections import Counter

from askback.text import exclusion, lexicon
from askback.text.doc import Doc
from askback.text.gender import CAVEAT, GenderResult, Hit
from askback.text.lang import name as lang_name
from askback.text.phrases import Match
from askback.text.report import Area, AreaSummary, Finding, Level, Span

DIVERSITY = "diversity-inclusion"

EXCLUSION_TAGS: dict[str, tuple[str, ...]] = {
    "age": ("age", "inclusion"),
    "ability": ("accessibility",),
    "nationality": ("language", "visa"),
    "bro-culture": ("psychological-safety", "working-hours"),
    "sex": ("occupational-requirement", "gender", "job-ad"),
}
EXCLUSION_ASK: dict[str, str] = {
    "age": "Who is on the team today, across ages and career stages, and who joined in the "
    "last year?",
    "ability": "Which physical demands does the job really have, and how do you handle adjustments "
    "for disabled candidates and staff?",
    "nationality": "Is a level of fluency (or a right to work) what you need? How do people who "
    "learned the language later do here?",
    # Hours and who fits in; drinking is asked only for entries about it (ENTRY_ASK), whose
    # tags point to the social-events and drinking-culture questions.
    "bro-culture": "What does a normal week look like in hours, and how do people who need to "
    "leave on time, or who don't match the team's image, get on here?",
    "sex": "Why does the ad ask for one sex: is there a legal ground for it, and will "
    "applicants of any sex be considered on the same terms?",
}


# What to ask for entries whose topic is narrower than their category's.
ENTRY_ASK: dict[str, str] = {
    "drivers-licence": "How often does the job involve driving, and could those trips be made "
    "another way?",
    "fuehrerschein": "Wie oft muss man in dieser Stelle fahren, und ginge es auch anders?",
    "work-hard-play-hard": "What do normal weekly hours look like, is alcohol part of most team "
    "events, and how are people who don't drink or must leave on time included?",
    "citizenship": "Does the job legally require citizenship or a clearance, and if not, is a "
    "right to work enough? Do you sponsor visas?",
    "staatsangehoerigkeit": "Ist die Staatsangehörigkeit oder Überprüfung gesetzlich nötig, "
    "oder genügt eine Arbeitserlaubnis?",
    "belastbar": "What does a demanding week look like here, and what happens when the load is "
    "too high?",
    "geschlecht-bevorzugt": "Warum nennt die Anzeige ein Geschlecht: Gibt es dafür einen "
    "gesetzlichen Grund, und werden Bewerbungen aller Geschlechter gleich geprüft?",
    "geschlecht-kennung": "Warum nennt der Titel nur ein Geschlecht, und werden Bewerbungen aller "
    "Geschlechter gleich geprüft?",
}
# A sex requirement the ad explains by the work or the law (see exclusion.occupational_ground).
SEX_GROUND_ASK = (
    "Which duties need a person of that sex, and does the requirement cover the whole job or "
    "only part of it?"
)


# What to ask for an entry whose tags name a topic narrower than its category's: the ask and the
# questions it points to are then about the same thing (an own car is about driving, a work
# permit about visas, not about physical demands or fluency).
TOPIC_ASK: dict[str, str] = {
    "driving": ENTRY_ASK["drivers-licence"],
    "visa": ENTRY_ASK["citizenship"],
    "drinking-culture": ENTRY_ASK["work-hard-play-hard"],
}


def _ask(m: Match) -> str:
    topical = next((TOPIC_ASK[t] for t in m.entry.words("tags") if t in TOPIC_ASK), "")
    return (
        ENTRY_ASK.get(m.entry.id) or topical or EXCLUSION_ASK.get(str(m.entry.get("category")), "")
    )


def _source_note(word: lexicon.Word, lang: str) -> str:
    if lang == "en":
        paper = "Gaucher, Friesen & Kay (2011, Appendix A"
        return f"listed as {word.coding}-coded by {paper}: {word.stem})"
    source = {
        "tum-2014": "used as a {c} word in the TU München study (Hentschel et al. 2021)",
        "fuehrmint": "given as a {c} example by the TU München FührMINT Gender Decoder",
        "gaucher": "our German rendering of Gaucher et al.'s {c} stem '" + word.stem + "'",
    }.get(word.source, "{c}-coded")
    kind = "agentic (masculine)" if word.coding == "masculine" else "communal (feminine)"
    return source.format(c=kind)


def gender(doc: Doc, res: GenderResult) -> tuple[list[Finding], AreaSummary]:
    """One finding per coded word (all its occurrences), the verdict, and the caveat."""
    by_word: dict[tuple[str, str], list[Hit]] = {}
    for hit in res.hits:
        by_word.setdefault((hit.lang, hit.word.lemma), []).append(hit)
    findings: list[Finding] = []
    for (lang, _), hits in by_word.items():
        word = hits[0].word
        n = len(hits)
        findings.append(
            Finding(
                check="gender-coded",
                area=Area.GENDER,
                level=Level.INFO,
                title=f"“{hits[0].span.text}” is {word.coding}-coded"
                + (f" ({n}×)" if n > 1 else ""),
                why=f"“{word.lemma}” is {_source_note(word, lang)}.",
                spans=[h.span for h in hits],
                alternative=word.alternative,
                dimension=DIVERSITY,
                # One coded word is a matter of the ad's wording: who reviews job ads.
                question_tags=("job-ad",),
                data={"coding": word.coding, "lemma": word.lemma, "lang": lang},
            )
        )
    density = 1000 * (res.masculine + res.feminine) / max(doc.words, 1)
    if res.verdict == "masculine-coded":
        findings.append(
            Finding(
                check="gender-verdict",
                area=Area.GENDER,
                level=Level.GAP,
                title="The ad leans on masculine-coded words",
                why=CAVEAT,
                ask="Who writes and reviews your job ads, and what did you change after reviewing "
                "them?",
                dimension=DIVERSITY,
                # The ask is about who reviews the ad's wording: questions on the job ad first.
                question_tags=("job-ad", "hiring-practices"),
            )
        )
    if not res.checked:
        status, text = (
            "not checked",
            (
                f"Not checked: the word lists cover English and German, and this ad is in "
                f"{lang_name(doc.lang)}."
            ),
        )
    else:
        text = (
            f"{res.masculine} masculine-coded and {res.feminine} feminine-coded words "
            f"({density:.1f} per 1,000 words): {res.verdict}. {CAVEAT}"
        )
        status = res.verdict
    return findings, AreaSummary(
        Area.GENDER,
        status,
        text,
        {
            "masculine": res.masculine,
            "feminine": res.feminine,
            "verdict": res.verdict,
            "per_1000_words": round(density, 2),
            "languages": list(res.checked),
        },
    )


def _joins(m: Match) -> str:
    """What a phrase shares with its neighbours in one sentence: bro-culture, or driving."""
    if m.entry.get("category") == "bro-culture":
        return "bro-culture"
    return "driving" if "driving" in m.entry.words("tags") else ""


def _bro_sentences(doc: Doc, found: list[Match]) -> list[list[Match]]:
    """The phrases, one group each, but bro-culture phrases of one sentence together: "work
    hard, play hard and crush it" is one culture described, one finding. So are a driving
    licence and a car of one's own asked in one sentence: one demand, to drive."""
    groups: list[list[Match]] = []
    for m in found:
        last = groups[-1][-1] if groups else None
        if (
            last is not None
            and (key := _joins(m))
            and key == _joins(last)
            and _SENTENCE_BREAK.search(doc.text, last.end, m.start) is None
        ):
            groups[-1].append(m)
        else:
            groups.append([m])
    return groups


_SENTENCE_BREAK = re.compile(r"[.!?;\n•]")
# Travel the job itself does, said beside a driving demand: "a licence, as the role involves site
# visits", "Führerschein Klasse B für Ortstermine", "da du täglich zu Kunden fährst". A licence so
# explained is a condition to ask about (info), not wording that shuts people out for nothing.
_TRIP = re.compile(
    r"\b(?:site\s+visits?|visit(?:s|ing)?\s+(?:customer\s+|client\s+)?sites|customer\s+sites|"
    r"client\s+sites|home\s+visits|between\s+sites|drive\s+to|on\s+the\s+road|"
    r"field[\s\-](?:based|work|role|service|visits?)|company\s+(?:van|car|vehicle)|"
    r"au(?:ß|ss)endienst\w*|ortstermin\w*|kundentermin\w*|kundenbesuch\w*|baustellen\w*|"
    r"zu\s+(?:den\s+|unseren\s+)?kunden|firmenwagen|dienstwagen|geschäftsfahrzeug|"
    r"reisetätigkeit)"
)
# The licence entries: a car of one's own stays a concern, travel or not (a cost the employer
# could carry with a pool car).
_LICENCES = frozenset({"drivers-licence", "fuehrerschein"})
# A travel word denied in the same sentence ("no site visits", "keine Reisetätigkeit") is none.
_NO_TRIP = re.compile(r"\b(?:no|not|never|without|kein\w*|nicht|ohne)\b")


def _driving_reason(doc: Doc, group: list[Match]) -> str:
    """The travel words of the sentence that asks for a licence ('' when it names none)."""
    text = doc.text
    start = group[0].start
    while start > 0 and not _SENTENCE_BREAK.match(text, start - 1):
        start -= 1
        if group[0].start - start > 300:
            break
    m_end = _SENTENCE_BREAK.search(text, group[-1].end, group[-1].end + 300)
    sentence = text[start : m_end.start() if m_end else group[-1].end + 300].lower()
    trip = _TRIP.search(sentence)
    if trip is None or _NO_TRIP.search(sentence):
        return ""
    return trip[0]


def _repeated_title(head: str, spans: list[Span]) -> str:
    """ "Age-coded: “Recent Graduates”, “recently graduated” (9×)": each wording once (the first
    spelling of it, whatever its case), and how many places the ad says them in when that is
    more than the wordings."""
    forms: dict[str, str] = {}
    for span in spans:
        forms.setdefault(" ".join(span.text.lower().split()), span.text)
    said = ", ".join(f"“{text}”" for text in forms.values())
    return f"{head}: {said}" + (f" ({len(spans)}×)" if len(spans) > len(forms) else "")


def excluding(doc: Doc, found: list[Match]) -> tuple[list[Finding], AreaSummary]:
    """One finding per exclusionary phrase, with its category's reason and a better wording.

    A condition to ask about (citizenship, a clearance) is reported as info, not a concern; a
    physical demand in an ad for physical work is info too, with that said."""
    cats = exclusion.categories()
    physical = (
        exclusion.physical_job(doc)
        if any(m.entry.get("category") == "ability" for m in found)
        else ""
    )
    findings: list[Finding] = []
    # A phrase the ad repeats ("Recent Graduates" in five places) is one finding with every
    # place as a span, as a gender-coded word is: the same demand, said again.
    same: dict[tuple[str, ...], tuple[str, Finding]] = {}
    for group in _bro_sentences(doc, found):
        m = group[0]
        cat = m.entry.get("category")
        info = cats.get(cat, {})
        level = Level.INFO if m.entry.get("level") == "info" else Level.CONCERN
        why = f"{m.entry.get('reason')} {' '.join(str(info.get('why', '')).split())}".strip()
        if level is Level.INFO:
            why = str(m.entry.get("reason"))
        if cat == "ability" and physical:
            level = Level.INFO
            why = (
                f"{m.entry.get('reason')} This ad describes physical work ({physical}), where "
                "the demand may be real: ask which tasks need it and which adjustments exist."
            )
        elif cat == "sex" and (ground := exclusion.occupational_ground(doc, m)):
            level = Level.INFO
            why = (
                f"{m.entry.get('reason')} The ad gives a ground for it (“{ground}”): the law "
                "allows one sex where the work itself requires it (an occupational requirement "
                "in Great Britain, a bona fide occupational qualification in the US, § 8 AGG in "
                "Germany). Ask which duties need it."
            )
        elif all(g.entry.id in _LICENCES for g in group) and (trip := _driving_reason(doc, group)):
            level = Level.INFO
            why = (
                f"{m.entry.get('reason')} The ad gives the job's travel as the reason "
                f"(“{trip}”): ask how often, and whether the trips could be made another way."
            )
        tags = m.entry.words("tags") or EXCLUSION_TAGS.get(cat, ("inclusion",))
        spans = [Span(g.start, g.end, cat, doc.text[g.start : g.end]) for g in group]
        key = (level.value, why, *(g.entry.id for g in group))
        head = str(m.entry.get("title") or info.get("title", cat))
        if cat == "sex" and level is Level.INFO:
            head = "One sex required, on a ground the ad gives"
        if key in same:
            head, seen = same[key]
            seen.spans.extend(spans)
            seen.title = _repeated_title(head, seen.spans)
            continue
        finding = Finding(
            check={"bro-culture": "bro-culture", "sex": "sex-preference"}.get(cat, f"{cat}-coded"),
            area=Area.EXCLUSION,
            level=level,
            title=f"{head}: " + ", ".join(f"“{doc.text[g.start : g.end]}”" for g in group),
            why=why,
            ask=SEX_GROUND_ASK if cat == "sex" and level is Level.INFO else _ask(m),
            spans=spans,
            alternative=m.entry.get("alternative"),
            dimension="management-culture" if cat == "bro-culture" else DIVERSITY,
            question_tags=tags,
            rating=2 if level is Level.CONCERN else None,
            data={"category": cat, "entry": m.entry.id},
        )
        same[key] = (head, finding)
        findings.append(finding)
    counts = Counter(m.entry.get("category") for m in found)
    concerns = [f for f in findings if f.level is Level.CONCERN]
    checked = doc.lang in ("en", "de") or any(lang in doc.vocab_by_lang for lang in ("en", "de"))
    if not found:
        text = "No age-, ability-, nationality-coded, bro-culture or sex-preference wording found."
        status = "none found" if checked else "partly checked"
        if not checked:
            text += (
                f" Only the language-independent phrases were checked ({lang_name(doc.lang)} ad)."
            )
    else:
        parts = ", ".join(f"{n} {c}" for c, n in counts.items())
        text = f"{len(found)} phrase{'s' if len(found) > 1 else ''} to ask about: {parts}."
        n = len({" ".join(doc.text[m.start : m.end].lower().split()) for m in found})
        if n < len(found):  # some said more than once
            text = (
                f"{n} phrase{'s' if n > 1 else ''} to ask about, in {len(found)} places: {parts}."
            )
        status = "concern" if concerns else "to ask about"
    return findings, AreaSummary(Area.EXCLUSION, status, text, dict(counts))
