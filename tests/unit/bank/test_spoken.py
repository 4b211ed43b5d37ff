"""Every long question has a short form to say aloud, in English and German."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from askback.bank import Bank, Question, load
from askback.bank.schema import SPOKEN_MAX_WORDS, word_count
from askback.errors import BankError

DATA = Path(__file__).parents[2] / "data" / "bank"


@pytest.fixture(scope="module")
def bank() -> Bank:
    return load()


def test_every_long_question_has_a_short_spoken_form_in_english_and_german(bank: Bank) -> None:
    missing: list[str] = []
    for q in bank.questions:
        if word_count(q.text) <= SPOKEN_MAX_WORDS:
            continue
        de = q.translations.get("de", {}).get("spoken")
        if not q.spoken or word_count(q.spoken) > SPOKEN_MAX_WORDS:
            missing.append(f"{q.id}: English")
        if not de or word_count(de) > SPOKEN_MAX_WORDS:
            missing.append(f"{q.id}: German")
    assert missing == []


def test_a_spoken_form_is_shorter_than_its_question(bank: Bank) -> None:
    for q in bank.questions:
        if q.spoken:
            assert word_count(q.spoken) < word_count(q.text), q.id
            assert q.spoken_in("de") != q.spoken, f"{q.id}: German spoken form equals the English"


def test_spoken_in_falls_back_to_the_question(bank: Bank) -> None:
    short = next(q for q in bank.questions if not q.spoken)
    assert short.spoken_in("en") == short.text and short.spoken_in("de") == short.text_in("de")
    long = next(q for q in bank.questions if q.spoken)
    assert long.spoken_in("en") == long.spoken
    assert long.spoken_in("de") == long.translations["de"]["spoken"]


def base(**extra: object) -> dict[str, object]:
    return {
        "id": "my-spoken",
        "text": "Which of the decisions your team made last year would you take differently now?",
        "summary": "A decision the team would now take differently",
        "dimensions": ["team-practices"],
        "audience": ["peer"],
        "stage": ["team"],
        "why": "Hindsight shows how the team learns.",
        "green_flags": ["A named decision"],
        "red_flags": ["None at all"],
        "rubric": {"1": "Nothing.", "3": "Something vague.", "5": "A dated decision and why."},
        **extra,
    }


@given(st.integers(min_value=SPOKEN_MAX_WORDS + 1, max_value=60))
def test_any_english_spoken_form_over_the_limit_is_refused(n: int) -> None:
    with pytest.raises(ValidationError, match="at most 25"):
        Question.model_validate(base(spoken=" ".join(["word"] * n)))


@given(st.integers(min_value=1, max_value=SPOKEN_MAX_WORDS))
def test_any_spoken_form_within_the_limit_is_kept(n: int) -> None:
    words = " ".join(["word"] * n) + "?"
    assert Question.model_validate(base(spoken=words)).spoken == words


def test_a_long_german_spoken_form_names_file_line_and_field(tmp_path: Path) -> None:
    good = (DATA / "custom.yaml").read_text(encoding="utf-8")
    anchor = '      summary: "Wer ein Modell vor dem Livegang freigibt"\n'
    assert anchor in good
    text = good.replace(
        '    text: "Who signed off',
        '    spoken: "Who signed off the last model?"\n    text: "Who signed off',
        1,
    )
    long = " ".join(["Wort"] * (SPOKEN_MAX_WORDS + 1))
    text = text.replace(anchor, anchor + f'      spoken: "{long}"\n', 1)
    path = tmp_path / "mine.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(BankError) as info:
        load([path], shipped=False)
    assert info.value.field == "my-model-review.spoken"
    assert "26 words" in info.value.problem and info.value.path == str(path)
    lines = text.splitlines()
    assert info.value.line == next(
        i for i, x in enumerate(lines, 1) if x.strip().startswith(f'spoken: "{long[:10]}')
    )


@pytest.mark.parametrize("lang", ["en", "de"])
@pytest.mark.parametrize("fmt", ["json", "markdown", "html"])
def test_exports_carry_the_spoken_form_in_each_language(bank: Bank, lang: str, fmt: str) -> None:
    import html as html_lib

    from askback.bank.export import FORMATS

    long = [q for q in bank.questions if q.spoken][:3]
    short = next(q for q in bank.questions if not q.spoken)
    out = FORMATS[fmt].render([*long, short], lang)
    if fmt == "html":
        out = html_lib.unescape(out)
    for q in long:
        assert q.spoken_in(lang) in out.replace('\\"', '"')
    assert out.count("Say it" if lang == "en" else "Kurz gesagt") == (0 if fmt == "json" else 3)
