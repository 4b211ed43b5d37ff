"""Display wording: pay per language, and tokens kept whole."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from askback.web.wording import keep_tokens, pay


def test_pay_is_one_grouped_token_in_each_language() -> None:
    # Babel writes the amounts and places the currency as each language does.
    assert str(pay(78000, 92000, "EUR", "en")) == '<span class="nw">€78,000–92,000</span>'
    assert str(pay(78000, 92000, "EUR", "de")) == '<span class="nw">78.000–92.000\u00a0€</span>'
    assert str(pay(61000, 70000, "CHF", "de")) == '<span class="nw">61.000–70.000\u00a0CHF</span>'
    assert "…–120,000" in str(pay(None, 120000, None, "en"))
    assert str(pay(None, None, "EUR", "en")) == ""


@given(
    st.floats(min_value=1, max_value=5, allow_nan=False),
    st.floats(min_value=1, max_value=5, allow_nan=False),
    st.text(alphabet="abc <>&", max_size=20),
)
def test_ranges_and_dates_are_wrapped_and_other_text_escaped(
    low: float, high: float, around: str
) -> None:
    html = str(keep_tokens(f"{around} ({low:.1f}-{high:.1f}) on 2026-12-01 {around}"))
    assert f'<span class="nw">{low:.1f}–{high:.1f}</span>' in html
    assert '<span class="nw">2026-12-01</span>' in html
    assert "<>" not in html.replace('<span class="nw">', "").replace("</span>", "")
