"""Requirement lists written as Markdown tables or with HTML tags left in plain text.

The ads are written for these tests, in English and German, in the shapes a second author's
probe found unread: a table under a requirements heading, a table whose first column is headed
"Requirements", a table with a must-have and a nice-to-have column, and <b>/<li> remnants.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text import req_table, requirements
from askback.text.doc import prepare


def _check(text: str) -> requirements.Requirements:
    return requirements.check(prepare(text))


def _items(text: str, kind: str) -> list[str]:
    r = _check(text)
    return [text[a:b] for s in r.sections if s.kind == kind for a, b in s.bullets]


UNDER_HEADING = [
    # (ad, must-haves, nice-to-haves)
    (
        "Platform Engineer\n\n## Requirements\n\n| Skill | Level |\n|---|---|\n"
        "| Terraform | required |\n| Kubernetes | required |\n| Go | preferred |\n"
        "| On-call experience | required |\n\n## What we offer\n\n- Bike leasing\n- Pension\n",
        3,
        1,
    ),
    (
        "Werkstudent Controlling\n\n**Dein Profil:**\n\n| Kenntnis | Niveau |\n| :-- | :-: |\n"
        "| Excel | sehr gut |\n| Englisch | fließend |\n| SAP FI | von Vorteil |\n\n"
        "**Was wir bieten:**\n- Flexible Zeiten\n",
        2,
        1,
    ),
    (
        "Nurse Practitioner\n\nQualifications\n\n| Item | Detail |\n|------|--------|\n"
        "| Registration | Active RN licence |\n| Experience | Two years in primary care |\n"
        "| Prescribing | Independent prescriber, desirable |\n",
        2,
        1,
    ),
]


@pytest.mark.parametrize(("ad", "must", "nice"), UNDER_HEADING)
def test_table_under_a_heading_is_the_list(ad: str, must: int, nice: int) -> None:
    r = _check(ad)
    assert (r.must_haves, r.nice_to_haves) == (must, nice)
    # The header and the |---| line are no items; the benefits list under it is no must-have.
    musts = _items(ad, "must")
    assert not any("---" in m or "--" in m.replace(" ", "") for m in musts)
    assert not any("Skill" in m or "Kenntnis" in m or "Detail" in m for m in musts)


FIRST_COLUMN = [
    (
        "Buchhalter (m/w/d)\n\n| Anforderungen | Gewichtung |\n|---|---|\n"
        "| Abgeschlossene Ausbildung als Steuerfachangestellte | zwingend |\n"
        "| DATEV | sicher |\n| Lohnbuchhaltung | wünschenswert |\n\nBewirb dich jetzt.\n",
        2,
        1,
    ),
    (
        "Site Reliability Engineer\n\n| Requirements | Notes |\n| --- | --- |\n"
        "| Linux administration | daily work |\n| Python or Go | |\n"
        "| Incident response | |\n| AWS certification | optional |\n",
        3,
        1,
    ),
    # Without a |---| line: the first row names the columns.
    (
        "Data Analyst\n\n| Requirements | Level |\n| SQL | advanced |\n| Tableau | good |\n",
        2,
        0,
    ),
]


@pytest.mark.parametrize(("ad", "must", "nice"), FIRST_COLUMN)
def test_table_headed_requirements_is_the_list(ad: str, must: int, nice: int) -> None:
    r = _check(ad)
    assert (r.must_haves, r.nice_to_haves) == (must, nice)
    assert r.heading


def test_must_and_nice_columns() -> None:
    ad = (
        "Frontend Developer\n\n| Must have | Nice to have |\n|---|---|\n"
        "| TypeScript | Svelte |\n| React | |\n| Accessibility testing | Storybook |\n"
    )
    assert _items(ad, "must") == ["TypeScript", "React", "Accessibility testing"]
    assert sorted(_items(ad, "nice")) == ["Storybook", "Svelte"]
    de = (
        "Elektroniker (m/w/d)\n\n| Muss | Wünschenswert |\n|---|---|\n"
        "| Gesellenbrief | Meisterbrief |\n| Führerschein B | |\n"
    )
    # "Muss" is no heading word: the column names alone do not make a list.
    de2 = de.replace("| Muss |", "| Anforderungen |")
    assert _items(de2, "must") == ["Gesellenbrief", "Führerschein B"]
    assert _items(de2, "nice") == ["Meisterbrief"]


def test_essential_desirable_ticks() -> None:
    ad = (
        "Ward Clerk\n\n| Criteria | Essential | Desirable |\n|---|---|---|\n"
        "| GCSE English and Maths | ✓ | |\n| NVQ Level 3 in Business Admin | | ✓ |\n"
        "| Experience of patient systems | ✓ | |\n"
    )
    r = _check(ad)
    assert (r.must_haves, r.nice_to_haves) == (2, 1)
    # A tick stands for the whole row.
    assert "GCSE" in _items(ad, "must")[0]


def test_nice_column_is_outside_must_ranges() -> None:
    ad = (
        "Consultant\n\n| Must have | Nice to have |\n|---|---|\n"
        "| English (C1) | German |\n| SQL | Python |\n"
    )
    r = _check(ad)
    nice = r.nice_ranges()
    en = ad.index("English")
    assert not any(a <= en < b for a, b in nice)
    de = ad.index("German")
    assert any(a <= de < b for a, b in nice)


def test_row_label_table() -> None:
    ad = (
        "Job Facts\n\n| Field | Value |\n|---|---|\n| Location | Leipzig |\n"
        "| Requirements | Forklift licence |\n| | Shift work |\n| | Safety shoes |\n"
        "| Start | asap |\n"
    )
    r = _check(ad)
    assert r.must_haves == 3
    assert not any("Leipzig" in m or "asap" in m for m in _items(ad, "must"))


def test_unrelated_table_is_no_list() -> None:
    ad = (
        "Sales Manager\n\n| Region | Quota |\n|---|---|\n| North | 1.2m |\n| South | 0.9m |\n\n"
        "We are a growing team.\n"
    )
    assert _check(ad).must_haves is None


def test_table_after_a_finished_list_is_not_its_items() -> None:
    ad = (
        "Analyst\n\nRequirements:\n- SQL\n- Excel\n- Statistics\n\n"
        "| Salary band | Amount |\n|---|---|\n| Band 5 | £28,000 |\n| Band 6 | £35,000 |\n"
    )
    assert _check(ad).must_haves == 3


HTML = [
    (
        "Analyst\n<b>Requirements</b><ul><li>SQL</li><li>Power BI</li>"
        "<li>Three years of reporting</li></ul><b>Benefits</b><ul><li>Pension</li></ul>",
        3,
        0,
    ),
    (
        "Entwickler (m/w/d)\n<h3>Dein Profil</h3>\n<ul>\n<li>Java</li>\n<li>Spring Boot</li>\n"
        "</ul>\n<h3>Von Vorteil</h3>\n<ul><li>Kotlin</li></ul>\n<p>Wir bieten viel.</p>",
        2,
        1,
    ),
    (
        "Data Engineer<br><strong>Qualifications &amp; Education:</strong><br>"
        "&bull; Degree in computing<br>&bull; Airflow<br>&bull; dbt<br>",
        3,
        0,
    ),
    (
        "Analyst\n<table><tr><th>Requirements</th><th>Level</th></tr>"
        "<tr><td>SQL</td><td>required</td></tr><tr><td>Looker</td><td>a plus</td></tr></table>",
        1,
        1,
    ),
]


@pytest.mark.parametrize(("ad", "must", "nice"), HTML)
def test_html_remnants_read_like_markdown(ad: str, must: int, nice: int) -> None:
    r = _check(ad)
    assert (r.must_haves, r.nice_to_haves) == (must, nice)
    # The items are places in the ad as written.
    for s in r.sections:
        for a, b in s.bullets:
            assert 0 <= a < b <= len(ad)


def test_tag_view_keeps_length_and_plain_text() -> None:
    text = "<b>Requirements</b><ul><li>SQL &amp; dbt</li></ul> less than <5 years"
    view = req_table.tag_view(text)
    assert view is not None and len(view) == len(text)
    assert "\n-  SQL &     dbt" in view
    assert "<5 years" in view
    assert req_table.tag_view("Salary < 50k and > 40k") is None


# Random tables: cells from a small alphabet that includes heading words, markers, ticks,
# pipes' neighbours and blanks, so that every branch of the reader is reached.
_CELL = st.one_of(
    st.sampled_from(
        [
            "",
            "Requirements",
            "Anforderungen",
            "Must have",
            "Nice to have",
            "Essential",
            "Desirable",
            "required",
            "preferred",
            "von Vorteil",
            "✓",
            "x",
            "-",
            "SQL",
            "Python",
            "Skill",
            "Level",
            "Benefits",
            "Requirements: - SQL - Python - Excel",
            "one of the following",
        ]
    ),
    st.text(
        alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="|\n\r"),
        max_size=20,
    ),
)


@settings(max_examples=200, deadline=None)
@given(
    heading=st.sampled_from(["", "## Requirements\n\n", "Anforderungen:\n", "Nice to have\n"]),
    header=st.lists(_CELL, min_size=1, max_size=4),
    rows=st.lists(st.lists(_CELL, min_size=0, max_size=5), min_size=0, max_size=8),
    separator=st.booleans(),
    outer=st.booleans(),
)
def test_random_tables_never_crash_and_never_inflate(
    heading: str, header: list[str], rows: list[list[str]], separator: bool, outer: bool
) -> None:
    # Without outer pipes a table needs its |---| line and a pipe in every row (GitHub's
    # tables): other shapes are no table, and are left to the list reader.
    bare = not outer and separator and len(header) >= 2

    def line(cells: list[str]) -> str:
        if bare:
            return " | ".join(cells + [""] * (2 - len(cells)))
        return f"| {' | '.join(cells)} |" if cells else ""

    lines = [line(header)]
    if separator:
        lines.append(line(["---"] * len(header)))
    lines += [line(r) for r in rows]
    ad = "Role title\n\n" + heading + "\n".join(lines) + "\n"
    r = _check(ad)
    body_rows = len(rows) + (0 if separator else 1)
    assert r.must_haves is None or 0 <= r.must_haves <= body_rows
    for s in r.sections:
        for a, b in s.bullets:
            assert 0 <= a <= b <= len(ad)


PRIORITIES = [
    # A priority column (MoSCoW, or German Muss / Soll / Kann) says each row's kind.
    (
        "Backend Developer\n\n| **Requirements** | **Priority** |\n|:--|:--|\n"
        "| Java 17 | Must |\n| Gradle | Should |\n| GraphQL | Could |\n| Postgres | must |\n",
        2,
        2,
    ),
    (
        "Lagerist (m/w/d)\n\nAnforderungen\n\n| Was | Stufe |\n|---|---|\n"
        "| Staplerschein | Muss |\n| Erfahrung mit SAP EWM | Kann |\n"
        "| Schichtbereitschaft | Muss |\n",
        2,
        1,
    ),
    # Columns named by a priority, under a requirements heading.
    (
        "Anforderungsprofil\n\n| Muss | Kann |\n|---|---|\n| Gabelstaplerschein | Kranschein |\n"
        "| Deutsch B2 | |\n| Körperliche Belastbarkeit | Erste-Hilfe-Kurs |\n",
        3,
        2,
    ),
    (
        "Support Engineer\n\n| Must | Should |\n| Zendesk | Jira |\n| English C1 | |\n",
        2,
        1,
    ),
]


@pytest.mark.parametrize(("ad", "must", "nice"), PRIORITIES)
def test_priority_words_in_cells_and_columns(ad: str, must: int, nice: int) -> None:
    r = _check(ad)
    assert (r.must_haves, r.nice_to_haves) == (must, nice)


def test_html_headings_and_paragraph_items() -> None:
    ad = (
        "Analyst\n<p><b>Your profile</b></p><ul><li><p>SQL</p></li><li><p>dbt</p></li>"
        "<li><p>Stakeholder reporting</p></li></ul>"
        "<p><b>What we offer</b></p><ul><li>Car</li></ul>"
    )
    assert _check(ad).must_haves == 3
    de = (
        "Sachbearbeiter\n<strong>Das bringst du mit:</strong><br>- Ausbildung<br>- MS Office<br>"
        "<strong>Wir bieten:</strong><br>- Jobrad"
    )
    assert _check(de).must_haves == 2


@pytest.mark.parametrize("header", ["Skill | Note", "A | B", " | "])
def test_a_row_of_a_table_without_outer_pipes_is_no_run_together_list(header: str) -> None:
    # The |---| line is above the row: the row is the table's, and the table reader decides;
    # a cell that reads like a heading with its items inline is not a list of its own.
    ad = (
        f"Role title\n\n{header}\n--- | ---\n"
        "Requirements: - SQL - Python - Excel | Requirements: - Spark - dbt - Kafka\n"
    )
    assert _check(ad).must_haves in (None, 0, 1)
