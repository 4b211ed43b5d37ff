"""`make check-links`: request every resource URL and write a report (needs the internet).

Not run in CI, which has no network. Writes docs/link-report.md; with --update, also sets
last_checked in src/askback/bank/resources.yaml to today for every URL that answered.
"""

from __future__ import annotations

import argparse
import re
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
REPORT = ROOT / "docs" / "link-report.md"
RESOURCES = ROOT / "src" / "askback" / "bank" / "resources.yaml"
HEADERS = {"User-Agent": "askback-link-check/1.0 (+https://github.com/askback)"}


@dataclass(frozen=True)
class Result:
    rid: str
    url: str
    status: int | None
    final_url: str
    error: str

    @property
    def ok(self) -> bool:
        # 401/403/429: the page exists but refuses robots or rate-limits; not a dead link.
        return self.status is not None and (self.status < 400 or self.status in (401, 403, 429))


def check(client: httpx.Client, rid: str, url: str) -> Result:
    """HEAD, then GET when HEAD is refused; network errors become a result, not an exception."""
    try:
        response = client.head(url)
        if response.status_code in (405, 501) or response.status_code >= 400:
            response = client.get(url)
        return Result(rid, url, response.status_code, str(response.url), "")
    except httpx.HTTPError as exc:
        return Result(rid, url, None, "", f"{type(exc).__name__}: {exc}"[:160])


def render(results: list[Result], when: str) -> str:
    bad = [r for r in results if not r.ok]
    lines = [
        "# Link report for the resources catalog",
        "",
        f"Checked {len(results)} URLs on {when} with `make check-links`; {len(bad)} failed.",
        "",
    ]
    if (
        results
        and all("Name or service not known" in r.error or "resolution" in r.error for r in bad)
        and len(bad) == len(results)
    ):
        lines += [
            "No host name could be resolved: the machine that ran the check had no internet.",
            "The statuses below say nothing about the links; run `make check-links` again",
            "where there is a connection.",
            "",
        ]
    lines += [
        "| id | status | URL | note |",
        "|---|---|---|---|",
    ]
    for r in sorted(results, key=lambda r: (r.ok, r.rid)):
        moved = f"redirects to {r.final_url}" if r.final_url and r.final_url != r.url else ""
        note = r.error or moved
        lines.append(f"| {r.rid} | {r.status or 'error'} | {r.url} | {note} |")
    return "\n".join(lines) + "\n"


def update_dates(ok_ids: set[str], today: str) -> None:
    """Rewrite last_checked for the entries whose URL answered."""
    text = RESOURCES.read_text(encoding="utf-8")
    blocks = re.split(r"(?m)^(?=  - id: )", text)
    out = []
    for block in blocks:
        found = re.match(r"  - id: (res-\d+)", block)
        if found and found.group(1) in ok_ids:
            block = re.sub(r"last_checked: \S+", f"last_checked: {today}", block)
        out.append(block)
    RESOURCES.write_text("".join(out), encoding="utf-8")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--update", action="store_true", help="set last_checked for live URLs")
    parser.add_argument("--timeout", type=float, default=15.0)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT / "src"))
    from askback.bank import load_resources

    resources = load_resources()
    with (
        httpx.Client(follow_redirects=True, timeout=args.timeout, headers=HEADERS) as client,
        ThreadPoolExecutor(max_workers=8) as pool,
    ):
        results = list(pool.map(lambda r: check(client, r.id, r.url), resources))
    today = datetime.now(UTC).date().isoformat()
    REPORT.write_text(render(results, today), encoding="utf-8")
    if args.update:
        update_dates({r.rid for r in results if r.ok}, today)
    bad = [r for r in results if not r.ok]
    print(f"{len(results) - len(bad)} of {len(results)} URLs answered; report: {REPORT}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
