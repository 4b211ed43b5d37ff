"""The bad-input matrix: each kind of bad input gets a non-zero exit or a 4xx, one line that
names the problem, no traceback, and leaves the data exactly as it was.

One row per case: adding a case is adding a line. The CLI runs through its real entry point
(`askback.cli.main`, in-process; a few rows also as a real subprocess), the web app over real
HTTP against a running `askback serve`. "Unchanged" is `askback export json` (the web app's
/data/export.json) before and after, without its time stamp.
"""

from __future__ import annotations

import contextlib
import io
import json
import re
import subprocess
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.e2e.server import Server, running_server
from tests.integration.web.conftest import form_token

# Files the CLI rows name as {dir}/NAME.
FILES = {
    "bad.toml": "[values\ngrowth = 1\n",
    "dimension.toml": "[weights]\ngrowht = 3\n",
    "rating.md": "---\nopportunity: Acme\nstage: team\n---\n## grow-001\nrating: 9\n\nok\n",
    "frontmatter.md": "---\nopportunity: [\n---\n## grow-001\nok\n",
    "notjson.json": "this is not JSON\n",
    "old.md": "---\nopportunity: Acme\nstage: team\ndate: 0001-01-01 10:00\n---\n## grow-001\nok\n",
    "status.csv": "company,role,status\nBeta,ML,intervew\n",
    "audience.csv": "name,audience\nJo,recruter\n",
    "email.csv": "name,email\nJo,jo@\n",
    "year.csv": "name,follow_up\nJo,0002-03-04\n",
    "pay.csv": "company,role,salary\nBeta,ML,-60k\n",
    "invisible.csv": "company,role\n\u200b\u2060,ML\n",
}


@dataclass(frozen=True)
class Cli:
    args: tuple[str, ...]
    says: str  # the problem line must contain this

    def __str__(self) -> str:
        return " ".join(self.args)


def c(says: str, *args: str) -> Cli:
    return Cli(args, says)


CLI_CASES = [
    # Names and values that are empty, misspelt or unknown.
    c("opportunity.company", "opportunity", "add", "", "DS"),
    c("opportunity.role", "opportunity", "add", "Acme", ""),
    c("contact.name", "contact", "add", ""),
    c("unknown status 'ghost'", "opportunity", "add", "X", "Y", "--status", "ghost"),
    c("did you mean 'offer'?", "opportunity", "status", "acme", "offerr"),
    c(
        "remote: 'sometimes' is not a work arrangement (use one of: onsite, hybrid, remote)",
        *("opportunity", "edit", "acme", "--remote", "sometimes"),
    ),
    c(
        "audience: 'boss' is not an audience (use one of: recruiter,",
        "contact",
        "add",
        "J",
        "--audience",
        "boss",
    ),
    c(
        "stage: 'lunch' is not a stage (use one of: screen, team, final, post-offer, backchannel)",
        *("interview", "add", "acme", "--stage", "lunch"),
    ),
    c(
        "stage: 'tem' is not a stage (did you mean 'team'?)",
        "interview",
        "edit",
        "1",
        "--stage",
        "tem",
    ),
    c(
        "unknown source 'gossip'; use one of: job-ad,",
        "signal",
        "add",
        "acme",
        "--source",
        "gossip",
        "-d",
        "growth",
        "--note",
        "x",
    ),
    c("did you mean 'growth'?", "signal", "add", "acme", "--source", "job-ad", "-d", "growht"),
    c("did you mean 'growth'?", "questions", "--dimension", "growht"),
    c("unknown dimension 'growht'", "signal", "list", "--dimension", "growht"),
    c("unknown dimension 'growht'", "answer", "list", "--dimension", "growht"),
    c("--audience 'boss' is not valid", "questions", "--audience", "boss"),
    c("--stage 'lunch' is not valid", "questions", "--stage", "lunch"),
    c("did you mean 'final'?", "plan", "acme", "--with", "peer", "--stage", "finl"),
    c("did you mean 'recruiter'?", "plan", "acme", "--with", "recruter"),
    # Opportunities, contacts, interviews and questions that do not exist.
    c("no opportunity matches 'nobody'", "opportunity", "show", "nobody"),
    c("did you mean 'Acme'?", "opportunity", "show", "Acne"),
    c("no opportunity with id 0", "opportunity", "show", "0"),
    c("no opportunity matches 'nobody'", "interview", "add", "nobody", "--stage", "team"),
    c("no opportunity matches 'nobody'", "timeline", "nobody"),
    c("no opportunity matches 'nobody'", "export", "markdown", "nobody"),
    c("no opportunity matches 'nobody'", "compare", "acme", "nobody"),
    c("no contact with id 999", "contact", "show", "999"),
    c("did you mean 'Sofia Alvarez'?", "contact", "show", "Sofia Alvares"),
    c("no interview with id 999", "answer", "add", "999", "--question", "grow-001"),
    c("no question with id 'nope-999'", "answer", "add", "1", "--question", "nope-999"),
    c(
        "did you mean 'Sofia Alvarez'?",
        *("answer", "add", "1", "--question", "grow-001", "--contact", "Sofia Alvares"),
    ),
    c(
        "did you mean 'Sofia Alvarez' (#1)?",
        *("interview", "add", "acme", "--stage", "team", "--with", "Sofia Alvares"),
    ),
    c(
        "unclosed double quote",
        *("interview", "add", "acme", "--stage", "team", "--with", '"Smith, Jr.'),
    ),
    # Huge, negative and out-of-range numbers.
    c("no opportunity with id 99999999999999999999999", "opportunity", "show", "9" * 23),
    c("no interview with id 99999999999999999999", "interview", "show", "9" * 20),
    c("no contact with id 3000000000", "contact", "show", "3000000000"),
    c("is out of range (0 to", "opportunity", "add", "X", "Y", "--pay", "9" * 23),
    c("--duration", "interview", "add", "acme", "--stage", "team", "--duration", "-5"),
    c("duration_minutes", "interview", "add", "acme", "--stage", "team", "--duration", "9" * 20),
    c("--rating", "answer", "add", "1", "--question", "grow-001", "--rating", "9"),
    c("--rating", "answer", "add", "1", "--question", "grow-001", "--rating", "0"),
    c("--rating", "signal", "add", "acme", "--source", "job-ad", "-d", "growth", "--rating", "7"),
    c("INTERVIEW: 'abc' is not a whole number", "interview", "show", "abc"),
    # Values of the wrong type: the option, the value typed, what to type instead.
    c(
        "--rating: 'abc' is not a whole number (type a whole number from 1 to 5)",
        *("answer", "add", "1", "--question", "grow-001", "--rating", "abc"),
    ),
    c(
        "--rating: 'good' is not a whole number (type a whole number from 1 to 5)",
        *("signal", "add", "acme", "--source", "chat", "-d", "growth", "--rating", "good"),
    ),
    c(
        "--days: 'x' is not a whole number (type a whole number from 1 to 365)",
        "today",
        "--days",
        "x",
    ),
    c("--days: 0 is below 1 (type a whole number from 1 to 365)", "today", "--days", "0"),
    c("--minutes: 'ten' is not a whole number", "plan", "acme", "--minutes", "ten"),
    c("--duration: 'long' is not a whole number", "interview", "edit", "1", "--duration", "long"),
    c(
        "--max-size: 'big' is not a number",
        "import",
        "json",
        "{dir}/notjson.json",
        "--max-size",
        "big",
    ),
    c("--draws: 'many' is not a whole number", "compare", "--draws", "many"),
    c("--port: 0 is below 1 (type a whole number from 1 to 65535)", "serve", "--port", "0"),
    c("--format: 'yaml' is not one of", "ad", "analyze", "-", "--format", "yaml"),
    # What is missing, named with what to type.
    c(
        "a signal needs the dimension it is about: add -d/--dimension with one of",
        *("signal", "add", "acme", "--source", "job-ad"),
    ),
    c(
        "and where it comes from: add --source with one of job-ad,",
        *("signal", "add", "acme"),
    ),
    # Short options that meant something else before one meaning each.
    c("-o means --out in every command now, type --opportunity or -O", "log", "-o", "acme"),
    c("-s means --stage in every command now, type --search", "opportunity", "list", "-s", "x"),
    # --json on a command that writes a file needs the file; two paths are one too many.
    c("it prints the file written, so it needs --out FILE", "export", "markdown", "acme", "--json"),
    c("two paths given", "backup", "{dir}/a.sqlite3", "--out", "{dir}/b.sqlite3"),
    c("two paths given", "profile", "export", "{dir}/a.toml", "--out", "{dir}/b.toml"),
    # Dates, times and zones.
    c("impossible date '2026-02-30'", "opportunity", "add", "X", "Y", "--at", "2026-02-30"),
    c("'soonish' is not a date and time", "opportunity", "add", "X", "Y", "--at", "soonish"),
    c("impossible date '2025-13-01'", "contact", "add", "Jane", "--follow-up", "2025-13-01"),
    c("or March 4, 2027 (month first)", "contact", "add", "Jane", "--follow-up", "03/04/2027"),
    c(
        "does not exist in Europe/Berlin",
        *("interview", "add", "acme", "--stage", "team", "--at", "2026-03-29 02:30"),
        *("--tz", "Europe/Berlin"),
    ),
    c(
        "ends of the calendar",
        *("interview", "add", "acme", "--stage", "team", "--at", "0001-01-01 00:00"),
        *("--tz", "Europe/Berlin"),
    ),
    c("unknown time zone 'Mars/Base'", "opportunity", "add", "X", "Y", "--tz", "Mars/Base"),
    c(
        "did you mean 'Europe/Berlin'?",
        "interview",
        "add",
        "acme",
        "--stage",
        "team",
        "--tz",
        "Europe/Berln",
    ),
    c("did you mean 'Asia/Kolkata'?", "settings", "timezone", "Asia/Kolkatta"),
    # Files that are missing or malformed.
    c("bad.toml: not valid TOML", "profile", "import", "{dir}/bad.toml"),
    c("cannot read the file", "profile", "import", "{dir}/missing.toml"),
    c("weights.growht.[key]", "profile", "import", "{dir}/dimension.toml"),
    c("rating.md:6: rating '9' must be 1 to 5", "log", "--from", "{dir}/rating.md"),
    c("front matter is not valid YAML", "log", "--from", "{dir}/frontmatter.md"),
    c("missing.md: no such file", "log", "--from", "{dir}/missing.md"),
    c("notjson.json: not valid JSON", "import", "json", "{dir}/notjson.json"),
    # Years outside 1900-2999, from every way a date comes in (one shared check).
    c("not between the years 1900 and 2999", "opportunity", "add", "X", "Y", "--at", "0001-01-01"),
    c(
        "not between the years 1900 and 2999",
        *("interview", "add", "acme", "--stage", "team", "--at", "0001-01-01 10:00"),
    ),
    c(
        "not between the years 1900 and 2999",
        *("interview", "add", "acme", "--stage", "team", "--at", "3000-01-01 10:00"),
    ),
    c(
        "not between the years 1900 and 2999",
        *("interview", "add", "acme", "--stage", "team", "--at", "1900-01-01 00:30"),
        *("--tz", "Europe/Berlin"),
    ),
    c(
        "not between the years 1900 and 2999",
        *("signal", "add", "acme", "--source", "job-ad", "-d", "growth", "--on", "0005-01-01"),
    ),
    c("not between the years 1900 and 2999", "contact", "add", "Jo", "--follow-up", "3000-01-01"),
    c("not between the years 1900 and 2999", "log", "--from", "{dir}/old.md"),
    c(
        "0002-03-04 is not between the years",
        "import",
        "csv",
        "{dir}/year.csv",
        "--into",
        "contacts",
    ),
    # Emails, through the same check as the web's.
    c("'jo@' is not an email address", "contact", "add", "Jo", "--email", "jo@"),
    c("is not an email address", "contact", "edit", "Sofia Alvarez", "--email", "a b@c.de"),
    c("'jo@' is not an email address", "import", "csv", "{dir}/email.csv", "--into", "contacts"),
    # Spreadsheet values with a near miss.
    c("did you mean 'interview'?", "import", "csv", "{dir}/status.csv", "--into", "opportunities"),
    c("did you mean 'recruiter'?", "import", "csv", "{dir}/audience.csv", "--into", "contacts"),
    c("is negative", "import", "csv", "{dir}/pay.csv", "--into", "opportunities"),
    # Pay and minutes out of range.
    c("pay '-5' is negative", "opportunity", "add", "X", "Y", "--pay", "-5"),
    c(
        "is out of range (0 to 2,000,000,000)",
        "opportunity",
        "add",
        "X",
        "Y",
        "--pay",
        "3000000000 EUR",
    ),
    c("is out of range (0 to 2,000,000,000)", "opportunity", "edit", "acme", "--pay", "5000000k"),
    c(
        "is out of range (1 to 1,440)",
        *("interview", "add", "acme", "--stage", "team", "--duration", "5000"),
    ),
    # Names that show nothing, or show something else than they are.
    c("has no visible characters", "contact", "add", "\u200b\u200b"),
    c("has no visible characters", "opportunity", "add", "\u2060\u00a0", "DS"),
    c("right-to-left override", "opportunity", "add", "Ac\u202eme", "DS"),
    c("at most 200 characters", "contact", "add", "x" * 5000),
    c(
        "has no visible characters",
        "import",
        "csv",
        "{dir}/invisible.csv",
        "--into",
        "opportunities",
    ),
    c("has no visible characters", "contact", "edit", "Sofia Alvarez", "--name", "\u200e\u200f"),
    c("contains a NUL character", "contact", "add", "A\x00B"),
    c("valid string", "contact", "add", "A\udc80B"),
    # Usage errors: one line and a hint, not click's usage block.
    c("Missing argument 'company'", "opportunity", "add"),
    c("Option '--pay' requires an argument", "opportunity", "add", "X", "Y", "--pay"),
    c("No such command 'nosuch'", "nosuch"),
    c("No such option: --seen", "signal", "add", "acme", "--seen", "x"),
    c("Missing command", "opportunity"),
    # A --db URL for a database askback does not support.
    c("unsupported database 'mysql'", "--db", "mysql://u@localhost/x", "today"),
]

# Run through a real `askback` process too: the entry point a user's shell calls.
SUBPROCESS = [
    k
    for k in CLI_CASES
    if k.says
    in (
        "unknown status 'ghost'",
        "no opportunity with id 99999999999999999999999",
        "unsupported database 'mysql'",
    )
]


def _main(url: str, args: list[str]) -> tuple[int, str]:
    """`askback --db URL ARGS` through the console entry point; its exit code and all output."""
    from askback.cli import main

    out = io.StringIO()
    argv = ["askback", *args] if args[:1] == ["--db"] else ["askback", "--db", url, *args]
    code = 0
    saved = sys.argv
    sys.argv = argv
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
            main()
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    finally:
        sys.argv = saved
    return code, out.getvalue()


def _export(url: str) -> dict[str, Any]:
    code, text = _main(url, ["export", "json"])
    assert code == 0, text
    data: dict[str, Any] = json.loads(text)
    data.pop("exported_at")
    return data


def _one_problem_line(output: str, says: str) -> None:
    assert "Traceback" not in output, output
    problems = [line for line in output.splitlines() if line.lower().startswith("error:")]
    assert len(problems) == 1, output
    # A file's report is one headline ending in ':' and then one line per bad row.
    assert says in (output if problems[0].endswith(":") else problems[0]), output


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def seeded(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[str, Path]]:
    """A database with one opportunity, contact, interview and answer; and the bad files."""
    folder = tmp_path_factory.mktemp("bad-input")
    for name, text in FILES.items():
        (folder / name).write_text(text, encoding="utf-8")
    schema = None
    if request.param == "sqlite":
        url = f"sqlite:///{folder / 'askback.sqlite3'}"
    else:
        import psycopg

        base = str(request.getfixturevalue("pg_database"))
        schema = f"m_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(base.replace("+psycopg", ""), autocommit=True) as conn:
            conn.execute(f'CREATE SCHEMA "{schema}"')
        url = f"{base}?options=-csearch_path%3D{schema}"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("ASKBACK_HOME", str(folder / "home"))
        mp.setenv("ASKBACK_TZ", "UTC")
        for args in (
            ["opportunity", "add", "Acme", "DS"],
            ["contact", "add", "Sofia Alvarez"],
            ["interview", "add", "acme", "--stage", "team", "--with", "Sofia Alvarez"],
            ["answer", "add", "1", "--question", "grow-001", "--rating", "4", "--notes", "ok"],
        ):
            code, text = _main(url, args)
            assert code == 0, (args, text)
    yield url, folder


@pytest.mark.parametrize("case", CLI_CASES, ids=str)
def test_bad_cli_input(seeded: tuple[str, Path], case: Cli) -> None:
    url, folder = seeded
    args = [a.replace("{dir}", str(folder)) for a in case.args]
    before = _export(url)
    code, output = _main(url, args)
    assert code != 0, output
    _one_problem_line(output, case.says)
    if code == 2:  # a usage error: the line and at most one hint naming --help
        lines = output.strip().splitlines()
        assert len(lines) <= 2 and "Usage:" not in output, output
        assert lines[-1].startswith("hint:") and "--help" in lines[-1], output
    assert _export(url) == before


@pytest.mark.parametrize("case", SUBPROCESS, ids=str)
def test_bad_cli_input_in_a_real_process(seeded: tuple[str, Path], case: Cli) -> None:
    url, _folder = seeded
    args = list(case.args) if case.args[0] == "--db" else ["--db", url, *case.args]
    before = _export(url)
    run = subprocess.run(
        [sys.executable, "-c", "from askback.cli import main; main()", *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert run.returncode != 0
    assert run.stdout == ""
    assert len(run.stderr.strip().splitlines()) == 1, run.stderr
    _one_problem_line(run.stderr, case.says)
    assert _export(url) == before


@dataclass(frozen=True)
class Web:
    method: str
    path: str
    status: int
    says: str
    form: tuple[tuple[str, str], ...] = ()
    token: bool = True

    def __str__(self) -> str:
        return f"{self.method} {self.path} {dict(self.form)}"


def g(status: int, says: str, path: str) -> Web:
    return Web("GET", path, status, says)


def p(code: int, says: str, path: str, /, token: bool = True, **form: str) -> Web:
    return Web("POST", path, code, says, tuple(form.items()), token)


INTERVIEW = {"stage": "team", "starts_at": "2030-01-01T10:00", "timezone": "UTC"}
SIGNAL = {"source": "job-ad", "dimension": "growth", "note": "x"}
ANSWER = {"question_id": "grow-001", "notes": "x"}

WEB_CASES = [
    g(404, "no opportunity with id 999", "/opportunities/999"),
    g(400, "opportunity_id", "/opportunities/abc"),
    g(400, "'99999999999999999999999' is not an id", "/opportunities/" + "9" * 23),
    g(404, "no opportunity with id 1099511627776", "/opportunities/" + str(2**40)),
    g(404, "no contact with id 999", "/contacts/999"),
    g(404, "no interview with id 999", "/interviews/999"),
    g(404, "no question with id 'nope-999'", "/questions/nope-999"),
    g(404, "no opportunity with id 999", "/compare?ids=999"),
    g(400, "unknown stage 'lunch'", "/opportunities/1/plan?stage=lunch"),
    g(400, "unknown format 'docx'", "/questions/export.docx"),
    g(404, "no opportunity with id 999", "/opportunities/999/dossier.md"),
    p(400, "Company is required", "/opportunities", company="", role="DS"),
    p(400, "unknown status 'ghost'", "/opportunities", company="X", role="Y", status="ghost"),
    p(400, "“abc” is not a whole number", "/opportunities", company="X", role="Y", pay_min="abc"),
    p(400, "Pay from: ", "/opportunities", company="X", role="Y", pay_min="9" * 20),
    p(400, "Remote policy: “", "/opportunities", company="X", role="Y", remote="sometimes"),
    p(400, "did you mean 'offer'?", "/opportunities/1/status", status="offerr"),
    p(400, "Stage: “lunch”", "/opportunities/1/interviews", **{**INTERVIEW, "stage": "lunch"}),
    p(
        400,
        "impossible date or time",
        "/opportunities/1/interviews",
        **{**INTERVIEW, "starts_at": "2030-02-30T10:00"},
    ),
    p(
        400,
        "'soon' is not a date and time",
        "/opportunities/1/interviews",
        **{**INTERVIEW, "starts_at": "soon"},
    ),
    p(
        400,
        "unknown time zone 'Mars/Base'",
        "/opportunities/1/interviews",
        **{**INTERVIEW, "timezone": "Mars/Base"},
    ),
    p(
        400,
        "does not exist in Europe/Berlin",
        "/opportunities/1/interviews",
        **{**INTERVIEW, "starts_at": "2026-03-29T02:30", "timezone": "Europe/Berlin"},
    ),
    p(
        400,
        "Minutes: -5 is too small",
        "/opportunities/1/interviews",
        **{**INTERVIEW, "duration_minutes": "-5"},
    ),
    p(
        400,
        "“abc” is not a whole number",
        "/opportunities/1/interviews",
        **{**INTERVIEW, "duration_minutes": "abc"},
    ),
    p(404, "no opportunity with id 999", "/opportunities/999/interviews", **INTERVIEW),
    p(
        400,
        "did you mean 'growth'?",
        "/opportunities/1/signals",
        **{**SIGNAL, "dimension": "growht"},
    ),
    p(400, "unknown source 'gossip'", "/opportunities/1/signals", **{**SIGNAL, "source": "gossip"}),
    p(
        400,
        "Rating: 9 is too large; type 5 or less",
        "/opportunities/1/signals",
        **{**SIGNAL, "rating": "9"},
    ),
    p(400, "Name is required", "/contacts", name=""),
    p(400, "impossible date '2026-13-01'", "/contacts", name="J", follow_up="2026-13-01"),
    p(400, "3 April 2027 (day first)", "/contacts", name="J", follow_up="03/04/2027"),
    p(400, "choose one of: recruiter, hr", "/contacts", name="J", audience="boss"),
    p(404, "no contact with id 999", "/contacts/999/edit", name="J"),
    p(
        400,
        "Rating: 9 is too large; type 5 or less",
        "/interviews/1/answers",
        **{**ANSWER, "rating": "9"},
    ),
    p(400, "“abc” is not a whole number", "/interviews/1/answers", **{**ANSWER, "rating": "abc"}),
    p(
        404,
        "no question with id 'nope-999'",
        "/interviews/1/answers",
        **{**ANSWER, "question_id": "nope-999"},
    ),
    p(404, "no interview with id 999", "/interviews/999/answers", **ANSWER),
    p(400, "did you mean 'Europe/Berlin'?", "/settings/timezone", timezone="Europe/Berln"),
    p(403, "security token is missing", "/opportunities/1/delete", token=False),
    # GET filters: an unknown value is refused with a near miss, never silently ignored.
    g(400, "did you mean 'growth'?", "/questions?dimension=growht"),
    g(400, "audience: unknown value 'boss'", "/questions?audience=boss"),
    g(400, "did you mean 'final'?", "/questions?stage=finl"),
    g(400, "sensitive: unknown value 'maybe'", "/questions?sensitive=maybe"),
    g(400, "did you mean 'growth'?", "/questions/export.md?dimension=growht"),
    g(400, "with: unknown value 'boss'", "/opportunities/1/plan?audience=boss"),
    g(400, "did you mean 'recruiter'?", "/opportunities/1/plan?with=recruter"),
    g(400, "Minutes: 0 is too small", "/opportunities/1/plan?minutes=0"),
    g(400, "sheet: unknown value 'yes'", "/opportunities/1/plan?sheet=yes"),
    g(400, "due: unknown value 'soon'", "/contacts?due=soon"),
    g(400, "added: unknown value 'maybe'", "/questions/grow-001?added=maybe"),
    g(404, "no question with id 'nope-1'", "/interviews/1?ask=nope-1"),
    # Emails, years, pay and minutes: the same shared checks as the CLI.
    p(400, "is not an email address", "/contacts", name="Jo", email="jo@"),
    p(
        400,
        "not between the years 1900 and 2999",
        "/opportunities/1/interviews",
        **{**INTERVIEW, "starts_at": "3000-01-01T10:00"},
    ),
    p(400, "not between the years", "/contacts", name="Jo", follow_up="0002-01-01"),
    p(400, "is out of range (0 to", "/opportunities", company="X", role="Y", pay_min="-5"),
    p(400, "out of range", "/opportunities", company="X", role="Y", pay_max="3000000000"),
    p(
        400,
        "Minutes: 5000 is too large",
        "/opportunities/1/interviews",
        **{**INTERVIEW, "duration_minutes": "5000"},
    ),
    # Names that show nothing or something else than they are.
    p(400, "has no visible characters", "/contacts", name="\u200b\u200c"),
    p(400, "right-to-left override", "/opportunities", company="Ac\u202eme", role="DS"),
    p(400, "at most 200 characters", "/contacts", name="y" * 3000),
    p(400, "file", "/data/import"),
]


@pytest.fixture(scope="module")
def web(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    with running_server(tmp_path_factory.mktemp("bad-input-web")) as srv, srv.client() as client:
        token = form_token(client)
        for path, form in (
            ("/opportunities", {"company": "Acme", "role": "DS"}),
            ("/opportunities/1/interviews", INTERVIEW),
            ("/interviews/1/answers", {**ANSWER, "rating": "4"}),
        ):
            response = client.post(path, data={**form, "csrf_token": token})
            assert response.status_code in (200, 303), response.text[:300]
        yield srv


def _web_export(client: httpx.Client) -> dict[str, Any]:
    response = client.get("/data/export.json")
    assert response.status_code == 200
    data: dict[str, Any] = response.json()
    data.pop("exported_at")
    return data


@pytest.mark.parametrize("case", WEB_CASES, ids=str)
def test_bad_web_input(web: Server, case: Web) -> None:
    with web.client() as client:
        before = _web_export(client)
        if case.method == "GET":
            response = client.get(case.path)
        else:
            form = dict(case.form)
            if case.token:
                form["csrf_token"] = form_token(client)
            response = client.post(case.path, data=form)
        assert response.status_code == case.status, response.text[:500]
        assert "Traceback" not in response.text
        # An error page's alert, or the message next to the field of a form kept on screen.
        alerts = re.findall(r'role="alert"[^>]*>\s*(?:<p>)?(.*?)</(?:p|div)>', response.text, re.S)
        assert len(alerts) == 1, response.text[:500]
        message = alerts[0].replace("&#39;", "'").replace("&quot;", '"').replace("&amp;", "&")
        assert "\n" not in message.strip() and case.says in message, message
        assert _web_export(client) == before


def test_the_matrix_covers_at_least_forty_kinds() -> None:
    assert len(CLI_CASES) >= 40 and len(WEB_CASES) >= 40
    assert len(SUBPROCESS) == 3
    assert len({str(k) for k in CLI_CASES}) == len(CLI_CASES)
    assert len({str(k) for k in WEB_CASES}) == len(WEB_CASES)
