"""Reading what the user hands over: binary, undecodable, empty, oversized, HTML and scripts."""

from __future__ import annotations

import json

import pytest

from askback.errors import InputError
from askback.text import source


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"%PDF-1.7\n...", "PDF"),
        (b"PK\x03\x04rest", "ZIP"),
        (b"\x89PNG\r\n", "PNG"),
        (b"abc\x00def" * 10, "binary"),
    ],
)
def test_binary_files_are_refused(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        source.from_bytes(data, "ad.bin")


def test_undecodable_bytes_name_the_line() -> None:
    with pytest.raises(InputError, match=r"ad.txt: line 2: byte 0xe9 .* not UTF-8"):
        source.from_bytes(b"Data analyst\nCaf\xe9 team\n", "ad.txt")


def test_utf16_with_bom_is_read() -> None:
    ad = source.from_bytes("Data analyst in Köln".encode("utf-16"), "ad.txt")
    assert ad.text == "Data analyst in Köln"


@pytest.mark.parametrize("data", [b"", b"  \n "])
def test_empty_input(data: bytes) -> None:
    with pytest.raises(InputError, match="empty"):
        source.from_bytes(data, "ad.txt")


def test_size_limit() -> None:
    with pytest.raises(InputError, match="over the"):
        source.from_bytes(b"a" * 2_000, "ad.txt", max_bytes=1_000)


def test_html_main_text() -> None:
    html = (
        """<!doctype html><html><head><title>x</title><style>p{}</style></head><body>
    <nav>Home Jobs</nav><main><h1>Data Scientist</h1><p>Join our team in Berlin.</p>
    <h2>Requirements</h2><ul><li>Python</li><li>SQL</li></ul>
    <p>Salary: €60,000–€70,000 per year.</p><p>"""
        + "We build useful things together. " * 10
        + """</p></main>
    <footer>Imprint</footer><script>var tracking = 1;</script></body></html>"""
    )
    ad = source.from_bytes(html.encode(), "ad.html")
    assert ad.format == "html"
    assert "## Data Scientist" in ad.text and "- Python" in ad.text
    assert "Imprint" not in ad.text and "tracking" not in ad.text and "Home Jobs" not in ad.text


def test_html_full_of_scripts_is_explained() -> None:
    html = (
        "<html><head></head><body><div id='app'></div>"
        + ('<script>window.__STATE__ = {"a": 1};' + "x=1;" * 200 + "</script>") * 5
        + "</body></html>"
    )
    with pytest.raises(InputError, match="almost all scripts"):
        source.from_bytes(html.encode(), "page.html")


def test_json_ld_job_posting_is_used_when_the_page_is_scripts() -> None:
    posting = {
        "@context": "https://schema.org",
        "@type": "JobPosting",
        "title": "Data Engineer",
        "description": "<p>" + "You will build pipelines with Airflow and dbt. " * 5 + "</p>",
        "baseSalary": {
            "@type": "MonetaryAmount",
            "currency": "EUR",
            "value": {"minValue": 60000, "maxValue": 75000, "unitText": "YEAR"},
        },
    }
    html = (
        "<html><body><div id='root'></div><script type='application/ld+json'>"
        + json.dumps(posting)
        + "</script><script>"
        + "y=2;" * 300
        + "</script></body></html>"
    )
    ad = source.from_bytes(html.encode(), "page.html")
    assert ad.text.startswith("# Data Engineer") and "Salary: EUR 60000–75000 per year" in ad.text
