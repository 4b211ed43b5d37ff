"""Completion of values through the real shell protocol (bash, zsh), with or without a database."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from askback.app import Workspace, contacts, opportunities

ASKBACK = str(Path(sys.executable).with_name("askback"))


def _env(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ASKBACK_", "_ASKBACK"))}
    return {**env, "ASKBACK_HOME": str(home), "HOME": str(home), **extra}


def bash(line: str, home: Path, **extra: str) -> list[str]:
    """The candidates bash would get for `line` (a trailing space starts a new word)."""
    words = line.split()
    cword = len(words) if line.endswith(" ") else len(words) - 1
    env = _env(
        home, _ASKBACK_COMPLETE="complete_bash", COMP_WORDS=line, COMP_CWORD=str(cword), **extra
    )
    done = subprocess.run([ASKBACK], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    return [c for c in done.stdout.split("\n") if c]


def zsh(line: str, home: Path) -> str:
    env = _env(home, _ASKBACK_COMPLETE="complete_zsh", _TYPER_COMPLETE_ARGS=line)
    done = subprocess.run([ASKBACK], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.fixture
def filled(tmp_path: Path) -> Path:
    with Workspace.open(f"sqlite:///{tmp_path / 'askback.sqlite3'}") as ws:
        opportunities.add(ws, company="Nordlicht Analytics", role="Analyst")
        opportunities.add(ws, company="Nimbus", role="ML Engineer")
        opportunities.add(ws, company="Kettle", role="DS")
        contacts.add(ws, name="Ana Ruiz")
        contacts.add(ws, name="Anders Berg")
    return tmp_path


def test_no_database_yet_completes_nothing_and_creates_nothing(tmp_path: Path) -> None:
    assert bash("askback opportunity show ", tmp_path) == []
    assert bash("askback contact show A", tmp_path) == []
    assert not (tmp_path / "askback.sqlite3").exists()
    # Values that need no database still complete.
    assert bash("askback interview add x --stage ", tmp_path) == [
        "screen",
        "team",
        "final",
        "post-offer",
        "backchannel",
    ]


def test_subcommands_complete_after_a_group(tmp_path: Path) -> None:
    assert {"add", "list", "show", "status"} <= set(bash("askback opportunity ", tmp_path))
    assert bash("askback opp", tmp_path) == ["opportunity"]


def test_opportunity_and_contact_names(filled: Path) -> None:
    assert set(bash("askback opportunity show N", filled)) == {"Nordlicht\\ Analytics", "Nimbus"}
    # Case does not matter; the typed part keeps its case (names resolve ignoring case).
    assert bash("askback assess ke", filled) == ["kettle"]
    assert bash("askback assess KE", filled) == ["KEttle"]
    assert bash("askback contact show And", filled) == ["Anders\\ Berg"]
    assert bash("askback signal list -O nim", filled) == ["nimbus"]
    # A number completes ids.
    assert bash("askback opportunity show 2", filled) == ["2"]


def test_another_database_named_with_db(
    filled: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    other = tmp_path_factory.mktemp("other")
    with Workspace.open(f"sqlite:///{other / 'x.sqlite3'}") as ws:
        opportunities.add(ws, company="Orchard", role="DS")
    line = f"askback --db {other / 'x.sqlite3'} opportunity show "
    assert bash(line, filled) == ["Orchard"]


def test_question_ids_dimensions_and_statuses(tmp_path: Path) -> None:
    ids = bash("askback questions show grow-00", tmp_path)
    assert ids and all(i.startswith("grow-00") for i in ids)
    assert "grow-001" in ids
    assert bash("askback signal add x --source job-ad -d data-m", tmp_path) == ["data-maturity"]
    assert bash("askback opportunity status x off", tmp_path) == ["offer"]
    assert bash("askback answer add 1 --question my-", tmp_path) == []


def test_zsh_protocol(filled: Path) -> None:
    out = zsh("askback contact show Ana", filled)
    assert "Ana Ruiz" in out and "Anders" not in out


def test_a_postgresql_url_completes_nothing_rather_than_failing(tmp_path: Path) -> None:
    url = "postgresql+psycopg://nobody@127.0.0.1:1/none"
    assert bash("askback opportunity show ", tmp_path, ASKBACK_DATABASE_URL=url) == []


def test_completion_imports_no_orm(filled: Path) -> None:
    code = (
        "import sys\nsys.argv = ['askback']\nfrom askback.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print('sqlalchemy' in sys.modules, 'pandas' in sys.modules, file=sys.stderr)"
    )
    line = "askback opportunity show N"
    env = _env(filled, _ASKBACK_COMPLETE="complete_bash", COMP_WORDS=line, COMP_CWORD="3")
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.stderr.strip() == "False False", done.stderr


@pytest.mark.parametrize(
    ("shell", "marker", "rc_file", "script"),
    [
        ("bash", "complete -o default -F _askback_completion askback", ".bashrc", None),
        ("zsh", "compdef _askback_completion askback", ".zshrc", ".zfunc/_askback"),
    ],
)
def test_show_and_install_completion(
    tmp_path: Path, shell: str, marker: str, rc_file: str, script: str | None
) -> None:
    env = _env(tmp_path, SHELL=f"/bin/{shell}")
    shown = subprocess.run(
        [ASKBACK, "--show-completion", shell], env=env, capture_output=True, text=True, timeout=60
    )
    assert shown.returncode == 0 and marker in shown.stdout
    assert "_ASKBACK_COMPLETE=complete_" + shell in shown.stdout
    installed = subprocess.run(
        [ASKBACK, "--install-completion", shell],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert installed.returncode == 0, installed.stderr
    assert (tmp_path / rc_file).is_file()
    written = tmp_path / (script or ".bash_completions/askback.sh")
    assert marker in written.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("askback questions --dimension resp", ["responsible-ml"]),
        ("askback questions -a hi", ["hiring-manager"]),
        ("askback questions --stage post", ["post-offer"]),
        ("askback questions show rml-001 --lang ", ["en", "de"]),
        ("askback settings date-order ", ["DMY", "MDY"]),
        ("askback signal edit 1 --dimension data-", ["data-maturity"]),
    ],
)
def test_filters_languages_and_settings_complete_their_values(
    tmp_path: Path, line: str, expected: list[str]
) -> None:
    assert bash(line, tmp_path) == expected
    shell = zsh(line, tmp_path)
    assert all(f'"{value}"' in shell for value in expected)
