"""Round req38 (2026-12-05): requirement-list shapes, English and German, written for this round.

Decisions taken here (see docs/text-analysis.md, "### req38: ..."):
- An item without a colon over two or more sub-bullets indented at least two columns deeper
  ("- Solid statistics background" / "  - Regression" / "  - Experiment design") is a label:
  the sub-bullets are the items, the label is none. One sub-bullet, or sub-bullets that are a
  plus, leave the list as it was.
- Two list headings joined on one line by a dash, a colon or a bar ("Dein Profil – das
  bringst du mit") are one heading; a plus where either half says so.
- A requirements heading with a hedge word ("Das bringst du idealerweise mit", "Ideally,
  you'll also have", "Im Idealfall bringst du mit") opens the nice-to-haves.
"""

# ruff: noqa: E501  (the inputs are whole ad lines, kept on one line each to read them)
from __future__ import annotations

from benchmarks.redteam_probe import ad, case, must

SUB = "requirements, label over sub-bullets (req38)"
JOIN = "requirements, joined headings (req38)"
HEDGE = "requirements, hedged headings (req38)"

# ---------------------------------------------------------------- a label without a colon
case(
    SUB,
    ad(
        "## What we need\n- Solid statistics background\n  - Regression\n  - Experiment design\n- Clear writing in English\n",
        reqs=False,
    ),
    must(3),
)
case(
    SUB,
    ad(
        "## Requirements\n- Cloud experience\n    - AWS\n    - Azure\n    - Terraform\n- Three years in a data team\n",
        reqs=False,
    ),
    must(4),
)
case(
    SUB,
    ad(
        "## Requirements\n- Modelling skills\n\t- dbt\n\t- Star schemas\n- Stakeholder work\n",
        reqs=False,
    ),
    must(3),
)
case(
    SUB,
    ad(
        "## Dein Profil\n- Fundierte Kenntnisse in Statistik\n  - Regression\n  - Zeitreihen\n- Sicheres Deutsch\n",
        "de",
        reqs=False,
    ),
    must(3),
)
case(
    SUB,
    ad(
        "## Das bringst du mit\n- Abgeschlossenes Studium\n- Erfahrung im Reporting\n  * Power BI\n  * Excel\n  * SAP BW\n",
        "de",
        reqs=False,
    ),
    must(4),
)
# Near misses: all items at one indentation, a one-blank slip, sub-bullets that are a plus.
case(
    SUB,
    ad(
        "## Requirements\n  - Strong programming skills\n  - Python\n  - Go\n  - A degree\n",
        reqs=False,
    ),
    must(4),
)
case(
    SUB,
    ad("## Requirements\n- Strong programming skills\n - Python\n - Go\n- A degree\n", reqs=False),
    must(4),
)
case(
    SUB,
    ad(
        "## Requirements\n- Python\n  - Django is a plus\n  - FastAPI is a plus\n- SQL\n- Git\n",
        reqs=False,
    ),
    must(3),
)
case(
    SUB,
    ad(
        "## Anforderungen\n- Sehr gutes Deutsch\n- Englisch\n- Führerschein Klasse B\n",
        "de",
        reqs=False,
    ),
    must(3),
)

# ---------------------------------------------------------------- two headings on one line
case(
    JOIN,
    ad(
        "Dein Profil – das bringst du mit\n- Studium der Wirtschaftsinformatik\n- Erfahrung mit Tableau\n- Freude an Zahlen\n",
        "de",
        reqs=False,
    ),
    must(3),
)
case(
    JOIN,
    ad(
        "Ihr Profil - Das bringen Sie mit\n- Studium der Statistik\n- Erfahrung mit R\n- Gutes Englisch\n",
        "de",
        reqs=False,
    ),
    must(3),
)
case(
    JOIN,
    ad(
        "Anforderungen: Was du mitbringst\n- Erfahrung mit Looker\n- SQL\n- Teamgeist\n",
        "de",
        reqs=False,
    ),
    must(3),
)
case(
    JOIN,
    ad("Your profile – what you bring\n- A degree in maths\n- Tableau\n- Curiosity\n", reqs=False),
    must(3),
)
case(
    JOIN,
    ad("About you: what you'll need\n- Two years in analytics\n- Excel\n- Patience\n", reqs=False),
    must(3),
)
case(
    JOIN,
    ad(
        "Requirements | what you bring\n- A degree in physics\n- Python\n- Calm under pressure\n",
        reqs=False,
    ),
    must(3),
)
# Near miss: two headings of the duties joined stay duties (the round's own list counts).
case(
    JOIN,
    ad(
        "Deine Aufgaben – das erwartet dich\n- Reports bauen\n- Daten prüfen\n- Dashboards pflegen\n",
        "de",
    ),
    must(3),
)

# ---------------------------------------------------------------- a hedged heading is a plus
_DE = "## Das bringst du mit\n- Studium\n- SQL\n- Python\n"
_EN = "## What you bring\n- A degree\n- SQL\n- Python\n"
for head in (
    "\n**Das bringst du idealerweise mit:**",
    "Im Idealfall bringst du mit",
    "\nBestenfalls hast du außerdem",
    "Das wäre schön",
    "Ideal wäre außerdem:",
    "### Was du im Idealfall mitbringst",
    "Optimalerweise bringst du mit:",
):
    case(HEDGE, ad(f"{_DE}{head}\n- dbt\n- Airflow\n", "de", reqs=False), must(3))
for head in (
    "\n**Ideally, you'll also have:**",
    "### Preferably you bring",
    "\nWhat you ideally bring",
    "\n## You should ideally have",
):
    case(HEDGE, ad(f"{_EN}{head}\n- dbt\n- Airflow\n", reqs=False), must(3))
case(
    HEDGE,
    ad(
        "## Ideally you also have\n- dbt\n- Airflow\n\n## What you need\n- A degree\n- SQL\n- Python\n",
        reqs=False,
    ),
    must(3),
)
# Near misses: "ideal" in a must heading, a hedged item inside the list.
case(HEDGE, ad("## The ideal candidate\n- A degree\n- SQL\n- Python\n", reqs=False), must(3))
case(
    HEDGE,
    ad(
        "## Requirements\n- A degree\n- SQL\n- Python\n- Ideally you have used Airflow\n",
        reqs=False,
    ),
    must(3),
)
