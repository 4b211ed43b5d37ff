"""Text-analysis use cases: read an ad (file, stdin or URL), analyze it, store its findings.

from askback.app import Workspace, text
ad = text.read_ad("ad.html")
with Workspace.open() as ws:
    result = text.analyze_ad(ws, ad, opportunity="acme")
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from askback.errors import InputError
from askback.text.report import AdReport, Finding
from askback.text.source import MAX_AD_BYTES, AdText, from_bytes

if TYPE_CHECKING:
    from askback.app.workspace import Workspace
    from askback.bank import Bank
    from askback.bank.schema import Question

NOTE_PREFIX = "Job ad · "
# A filler question whose other tags weigh this many times the tags it shares with a finding is
# about another topic (askback's own judgment, read on the audit of every kind of finding).
OFF_TOPIC = 8.0
FETCH_TIMEOUT_S = 20.0


def is_url(source: str) -> bool:
    """True when the source is a web address rather than a file path."""
    return source.startswith(("http://", "https://"))


def read_ad(source: str, *, stdin: bytes | None = None, max_bytes: int = MAX_AD_BYTES) -> AdText:
    """An ad from a file path, '-' (the bytes given as stdin) or an http(s) URL."""
    if source == "-":
        return from_bytes(stdin or b"", "standard input", max_bytes=max_bytes)
    if is_url(source):
        return fetch(source, max_bytes=max_bytes)
    path = Path(source).expanduser()
    if not path.exists():
        raise InputError(f"{source}: no such file")
    if path.is_dir():
        raise InputError(f"{source}: is a folder; use `askback ad batch` for many ads")
    size = path.stat().st_size
    if size > max_bytes:
        raise InputError(
            f"{source}: {size:,} bytes is over the {max_bytes:,}-byte limit for one ad"
        )
    return from_bytes(path.read_bytes(), str(source), max_bytes=max_bytes)


def fetch(url: str, *, max_bytes: int = MAX_AD_BYTES) -> AdText:
    """Download an ad: only ever called when the user passed a URL."""
    import httpx

    try:
        with (
            httpx.Client(
                follow_redirects=True,
                timeout=FETCH_TIMEOUT_S,
                headers={"User-Agent": "askback (job-ad reader)"},
            ) as client,
            client.stream("GET", url) as response,
        ):
            response.raise_for_status()
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    raise InputError(f"{url}: the page is over the {max_bytes:,}-byte limit")
                chunks.append(chunk)
    except httpx.HTTPStatusError as exc:
        raise InputError(f"{url}: the server answered {exc.response.status_code}") from None
    except httpx.HTTPError as exc:
        raise InputError(f"{url}: could not fetch the page ({type(exc).__name__}: {exc})") from None
    return from_bytes(b"".join(chunks), url, max_bytes=max_bytes)


def attach_questions(report: AdReport, bank: Bank, per_finding: int = 3) -> None:
    """Point each finding at bank questions that fit it.

    A tag few questions carry says more about a question than one many carry ("driving" against
    "requirements"), so each tag weighs 1 / (questions carrying it). First come questions that
    together cover the finding's tags, each adding the most weight not yet covered; the rest are
    filled with questions at least half as close as the closest, the finding's own dimension
    first. A question sharing only a broad tag with the finding is not suggested, nor, as a
    filler, one that is mainly about something else: its other tags weigh more than
    OFF_TOPIC times the tags it shares ("inclusion" and a visa question, for a finding that
    the ad says nothing on diversity).
    """
    spread = bank.tag_counts
    for finding in report.findings:
        if not finding.question_tags or finding.question_ids:
            continue
        tags = set(finding.question_tags)
        weight = {t: 1.0 / spread[t] for t in tags if spread.get(t)}

        def score(q: Question, among: set[str], weight: dict[str, float] = weight) -> float:
            return sum(weight.get(t, 0.0) for t in among & set(q.tags))

        def elsewhere(q: Question, tags: set[str] = tags) -> bool:
            off = sum(1.0 / spread[t] for t in set(q.tags) - tags if spread.get(t))
            return off > OFF_TOPIC * score(q, tags)

        candidates = bank.with_tags(*tags)
        candidates.sort(key=lambda q: (q.dimension != finding.dimension, q.id))
        chosen: list[Question] = []
        uncovered = set(weight)
        while uncovered and len(chosen) < per_finding:
            best = max(candidates, key=lambda q: score(q, uncovered), default=None)
            if best is None or score(best, uncovered) == 0:
                break
            chosen.append(best)
            candidates.remove(best)
            uncovered -= set(best.tags)
        top = max((score(q, tags) for q in chosen), default=0.0)
        rest = sorted(candidates, key=lambda q: -score(q, tags))
        for q in rest:
            if len(chosen) >= per_finding or score(q, tags) < top / 2:
                break
            if not elsewhere(q):
                chosen.append(q)
        finding.question_ids = tuple(q.id for q in chosen)


@dataclass
class SignalDraft:
    """One signal to store for an opportunity, from one or more findings of the same kind."""

    dimension: str
    rating: int | None
    note: str


def signal_drafts(report: AdReport) -> list[SignalDraft]:
    """Rated findings, grouped by check and dimension, plus the work arrangement and languages."""
    groups: dict[tuple[str, str], list[Finding]] = {}
    for f in report.findings:
        if f.dimension and (f.rating is not None or f.check in ("remote", "language")):
            groups.setdefault((f.check, f.dimension), []).append(f)
    drafts = []
    for (_, dimension), items in groups.items():
        ratings = [f.rating for f in items if f.rating is not None]
        titles = "; ".join(f.title for f in items)
        note = NOTE_PREFIX + titles
        if len(note) > 900:
            note = note[:897] + "…"
        drafts.append(SignalDraft(dimension, min(ratings) if ratings else None, note))
    return drafts


@dataclass
class AdResult:
    """A job ad analysed: the report, and the ids of the signals it recorded."""

    report: AdReport
    signal_ids: list[int] = field(default_factory=list)
    replaced: int = 0


def analyze_ad(
    ws: Workspace,
    ad: AdText | str,
    *,
    opportunity: str | int | None = None,
    lang: str | None = None,
    url: str | None = None,
    replace: bool = True,
) -> AdResult:
    """Analyze an ad; with an opportunity, store its findings as job-ad signals in one transaction.

    Re-analyzing replaces the signals an earlier analysis stored (their note starts with
    'Job ad · '), so the evidence is not counted twice.
    """
    from askback.app import signals
    from askback.text.jobad import analyze

    text = ad.text if isinstance(ad, AdText) else ad
    report = analyze(text, lang=lang)
    attach_questions(report, ws.bank)
    result = AdResult(report)
    if opportunity is None:
        return result
    with ws.transaction():
        if replace:
            for old in signals.list_signals(ws, opportunity=opportunity):
                if old.source == "job-ad" and old.note.startswith(NOTE_PREFIX):
                    signals.delete(ws, old.id)
                    result.replaced += 1
        for draft in signal_drafts(report):
            row = signals.add(
                ws,
                opportunity=opportunity,
                source="job-ad",
                dimension=draft.dimension,
                rating=draft.rating,
                note=draft.note,
                url=url,
            )
            result.signal_ids.append(row.id)
    return result


def analyze_ad_text(
    ad: AdText | str, *, lang: str | None = None, bank: Bank | None = None
) -> AdReport:
    """Analyze without a workspace (no database): the report, pointed at the bank if given."""
    from askback.text.jobad import analyze

    report = analyze(ad.text if isinstance(ad, AdText) else ad, lang=lang)
    if bank is not None:
        attach_questions(report, bank)
    return report
