"""Company names, the free-text check and the hub's settings (pure)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from askback.errors import InputError
from askback.hub.config import MIN_K, HubConfig
from askback.hub.names import normalize, slug
from askback.hub.screen import held_reasons

SECRET = "s" * 40


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Zalando SE", "zalando"),
        ("Müller & Söhne GmbH & Co. KG", "Mueller Söhne"),
        ("ACME, Inc.", "Acme"),
        ("Deutsche Bahn AG", "deutsche  bahn"),
        ("Spotify AB", "SPOTIFY"),
        ("Shopify Ltd.", "shopify limited"),
    ],
)
def test_spellings_of_one_company_share_a_key(a: str, b: str) -> None:
    if "Mueller" in b:
        b = "Müller Söhne"
    assert normalize(a) == normalize(b)


def test_a_name_that_is_only_a_legal_form_keeps_itself() -> None:
    assert normalize("AG") == "ag"


@given(st.text(max_size=300))
def test_normalize_and_slug_never_fail(name: str) -> None:
    key = normalize(name)
    assert len(key) <= 200
    assert normalize(key) == key or key == ""  # normalising twice changes nothing
    assert slug(key) and all(c.isalnum() or c == "-" for c in slug(key))


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Ask jana.k@firm.io for the numbers", "email address"),
        ("mail me: someone (at) example (dot) org", "email address"),
        ("call +49 30 1234 5678 after five", "phone number"),
        ("their HR line 030/555-12-34 was friendly", "phone number"),
        ("The interview with Mr Okafor went well", "person's name"),
        ("Das Gespräch mit Frau Yilmaz war offen", "person's name"),
        ("a recruiter named Priya explained the process", "person's name"),
        ("the lead, Sofia Lindqvist, showed the model cards", "person's name"),
        ("follow @datalead_anna for updates", "social-media handle"),
    ],
)
def test_personal_details_are_held(text: str, reason: str) -> None:
    assert reason in held_reasons(text)


@pytest.mark.parametrize(
    "text",
    [
        "They showed the review checklist and two stopped models.",
        "Pay bands are published; the range was 70 to 85 thousand.",
        "The hiring manager could not say who signs off a model.",
        "Remote two days a week, core hours 10 to 15.",
    ],
)
def test_plain_experience_passes(text: str) -> None:
    assert held_reasons(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # German capitalises nouns: two in a row are not a first and a last name.
        "Im Gespräch wurden Fragen zur Diversität offen beantwortet.",
        "Ich fand, dass das Team Diversität ernst nimmt und es gab eine Frau im Vorstand.",
        "Auf meine Fragen Antworten zu bekommen war nicht leicht.",
        "Die Führung Kultur war wenig greifbar, aber die Bewerbung Verlief schnell.",
        "Sie hat die Vorstellungsrunde Montag geleitet und die Fragen waren gut.",
        "Wir sprachen über Verantwortung Modelle und wer die Freigabe gibt.",
        "Ich hatte den Eindruck, dass die Abteilung Ethik wenig Einfluss hat.",
        "Es war sehr offen und wir sprachen über die Prüfung Prozesse.",
        "Die Antworten waren klar und das Team Kultur wirkte offen.",
        "a professor at the university sits on their ethics board",
    ],
)
def test_german_nouns_and_common_titles_pass(text: str) -> None:
    assert held_reasons(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Wir sprachen mit Anna Schmidt aus dem Team.",
        "Das Gespräch mit Herrn Müller war gut und es gab Zeit für Fragen.",
        "Die Recruiterin hieß Katrin und war sehr offen.",
        "Beim Termin hat uns Jonas Becker die Pläne gezeigt, aber es blieb vage.",
        "Unser Gespräch mit Petra Lang war kurz, aber hilfreich.",
        "The manager Lena Vogel said there is no ethics review and the team is new.",
        "The interview with mr okafor went well",
    ],
)
def test_names_in_german_text_are_still_held(text: str) -> None:
    assert "person's name" in held_reasons(text)


def test_screen_imports_only_the_language_word_lists() -> None:
    """The screen runs in a write's request: it may use askback.text.lang, nothing heavier."""
    import subprocess
    import sys

    code = (
        "import sys; from askback.hub.screen import held_reasons; "
        "held_reasons('Das Gespräch mit Anna Schmidt war gut und offen'); "
        "print(sorted(m for m in sys.modules if m.startswith('askback.text')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "['askback.text', 'askback.text.lang']"


@given(st.text(max_size=500))
def test_screen_never_fails(text: str) -> None:
    assert isinstance(held_reasons(text), list)


@pytest.mark.parametrize("k", [0, 1, 2])
def test_k_below_three_is_refused_at_load(k: int) -> None:
    with pytest.raises(InputError, match="at least 3"):
        HubConfig(database_url="sqlite://", secret=SECRET, k=k)
    with pytest.raises(InputError, match="ASKBACK_HUB_K"):
        HubConfig.from_env(
            {"ASKBACK_HUB_DB": "sqlite://", "ASKBACK_HUB_SECRET": SECRET, "ASKBACK_HUB_K": str(k)}
        )


def test_settings_come_from_the_environment() -> None:
    cfg = HubConfig.from_env(
        {
            "ASKBACK_HUB_DB": "postgresql+psycopg://hub@db/hub",
            "ASKBACK_HUB_SECRET": SECRET,
            "ASKBACK_HUB_K": "7",
            "ASKBACK_HUB_INVITE_ONLY": "yes",
            "ASKBACK_HUB_GIVE_TO_GET": "0",
        }
    )
    assert (cfg.k, cfg.invite_only, cfg.give_to_get) == (7, True, False)
    assert cfg.k >= MIN_K


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"ASKBACK_HUB_SECRET": SECRET}, "no hub database"),
        ({"ASKBACK_HUB_DB": "sqlite://"}, "ASKBACK_HUB_SECRET"),
        ({"ASKBACK_HUB_DB": "sqlite://", "ASKBACK_HUB_SECRET": "short"}, "at least 32"),
        (
            {"ASKBACK_HUB_DB": "sqlite://", "ASKBACK_HUB_SECRET": SECRET, "ASKBACK_HUB_K": "five"},
            "ASKBACK_HUB_K='five': expected a whole number",
        ),
        (
            {
                "ASKBACK_HUB_DB": "sqlite://",
                "ASKBACK_HUB_SECRET": SECRET,
                "ASKBACK_HUB_GIVE_TO_GET": "maybe",
            },
            "ASKBACK_HUB_GIVE_TO_GET='maybe'",
        ),
    ],
)
def test_bad_settings_say_which_variable(env: dict[str, str], message: str) -> None:
    with pytest.raises(InputError, match=message.replace("(", r"\(").replace("?", r"\?")):
        HubConfig.from_env(env)


def test_password_cost_has_a_floor() -> None:
    with pytest.raises(InputError, match="PASSWORD_MEMORY_KIB: at least 7168"):
        HubConfig(database_url="sqlite://", secret=SECRET, password_memory_kib=1024)
