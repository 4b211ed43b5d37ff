"""Gender-coded wording: hits, spans, alternatives, the verdict and its research caveat."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from askback.text import gender
from askback.text.doc import prepare
from askback.text.jobad import analyze
from askback.text.report import Area


def test_hits_carry_spans_into_the_original_text() -> None:
    text = "We want a Competitive, DECISIVE leader."
    res = gender.check(prepare(text))
    assert [(h.span.text, h.word.coding) for h in res.hits] == [
        ("Competitive", "masculine"),
        ("DECISIVE", "masculine"),
        ("leader", "masculine"),
    ]
    for h in res.hits:
        assert text[h.span.start : h.span.end] == h.span.text


def test_self_compound_counts_once() -> None:
    res = gender.check(prepare("A self-confident and self-reliant analyst."))
    assert [h.span.text for h in res.hits] == ["self-confident", "self-reliant"]


def test_verdict_thresholds() -> None:
    assert gender.verdict(0, 0) == "neutral"
    assert gender.verdict(3, 1) == "masculine-coded"
    assert gender.verdict(1, 3) == "feminine-coded"
    assert gender.verdict(2, 1) == "balanced"
    assert gender.verdict(6, 5) == "balanced"


def test_caveat_cites_field_studies_that_disagree() -> None:
    assert "Castilla & Rho (2023" in gender.CAVEAT
    assert "Hentschel" in gender.CAVEAT and "replication" in gender.CAVEAT
    report = analyze("We need an ambitious, competitive, decisive and dominant analyst. " * 3)
    summary = report.area(Area.GENDER)
    assert summary.status == "masculine-coded"
    assert "Castilla & Rho" in summary.summary


def test_findings_offer_a_neutral_alternative() -> None:
    # "support each other": the team describing itself (support as a task would not count).
    report = analyze("We need an ambitious analyst; we support each other. " * 2)
    words = [f for f in report.findings if f.check == "gender-coded"]
    assert {f.data["lemma"] for f in words} == {"ambitious", "support"}
    assert all(f.alternative for f in words)
    ambitious = next(f for f in words if f.data["lemma"] == "ambitious")
    assert len(ambitious.spans) == 2 and "Gaucher" in ambitious.why


def test_german_ad_uses_the_german_list() -> None:
    report = analyze(
        "Wir suchen eine durchsetzungsstarke und zielstrebige Person für unser Team. "
        "Du bist analytisch und arbeitest selbstständig mit uns und den anderen Teams."
    )
    assert report.lang == "de"
    assert report.masculine == 4 and report.gender_verdict == "masculine-coded"


def test_mixed_ad_checks_each_paragraph_in_its_language() -> None:
    de = (
        "Wir suchen eine engagierte und verantwortungsvolle Person für unser Team in Berlin. "
        "Du arbeitest mit den anderen Teams und uns zusammen und bist für die Daten da. "
    ) * 2
    en = (
        "We are looking for a supportive colleague who will work with the team and with our "
        "customers on the data platform, and who is able to explain the results. "
    ) * 2
    report = analyze(de + "\n\n" + en)
    assert set(report.languages) == {"de", "en"}
    assert any("mixes" in w for w in report.warnings)
    lemmas = {f.data["lemma"] for f in report.findings if f.check == "gender-coded"}
    assert lemmas == {"engagiert", "verantwortungsvoll", "support"}


# --- issue 11: only trait and culture wording counts; sentences written for these tests ---


def _counted(text: str, lang: str = "en") -> list[str]:
    return [h.span.text.lower() for h in gender.check(prepare(text, lang)).hits]


@pytest.mark.parametrize(
    "text",
    [
        "Deep understanding of causal inference and Bayesian methods.",
        "A solid understanding of how payments flow through our ledger.",
        "You will support the finance function with monthly reporting.",
        "You join the platform support rotation once a quarter.",
        "Customer support tickets land in our warehouse.",
        "We are the industry leader in freight insurance.",
        "Acme is a leading provider of parcel lockers.",
        "Join us as Principal Analytics Engineer.",
        "Reporting to the Tech Lead, you build models.",
        "You will lead the migration of our dashboards.",
        "Build models for lead scoring and churn.",
        "We pay a competitive base salary and a pension.",
        "Competitive wages, reviewed every year.",
        "You join our trust and safety team.",
        "You build decision support tools for planners.",
        "Data-driven decisions are at the heart of our pricing.",
        "Our objective is to halve the time to insight.",
        "Design analytical workloads on Snowflake.",
        "Build trusted, well-documented data sets.",
        "Put together a weekly report with the team.",
        "Implement the business logic of our invoicing.",
        "Run a competitive analysis of our market.",
        "Report confidence intervals for every estimate.",
        "Parents of young children get two extra weeks of leave.",
        "We kindly ask you to apply through the portal.",
        "The numbers were independently audited.",
        "This insight-led role is market-leading.",
        "You join a ward team led by the ward manager.",
        "The hospital is committed to safeguarding children.",
        "We will support you through your application.",
        "Across five NHS Trusts we run the programme.",
        "You will provide leadership and guidance to nurses.",
        "The Trust offers a generous pension.",
    ],
)
def test_words_in_other_senses_are_not_counted(text: str) -> None:
    assert _counted(text) == [], text


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("You are a natural leader who listens.", "leader"),
        ("Strong analytical skills are a must.", "analytical"),
        ("We support each other through hard weeks.", "support"),
        ("Mutual support is how we work.", "support"),
        ("A supportive team that shares knowledge.", "supportive"),
        ("We are patient and understanding with newcomers.", "understanding"),
        ("You make decisions and own them.", "decisions"),
        ("We work in a culture of trust and openness.", "trust"),
        ("We win together and celebrate together.", "together"),
        ("You thrive in a competitive environment.", "competitive"),
        ("You will work independently from day one.", "independently"),
        ("Lead by example when the pressure is on.", "lead"),
        ("Technical leadership for a squad of six.", "leadership"),
        ("You enjoy a challenge and question assumptions.", "challenge"),
        ("We have flat hierarchies and short paths.", "hierarchies"),
    ],
)
def test_trait_and_culture_wording_still_counts(text: str, word: str) -> None:
    assert word in _counted(text), text


def test_german_context_rules() -> None:
    assert _counted("Wir betreiben zuverlässige Infrastruktur für Banken.", "de") == []
    assert _counted("Du bringst analytisches Denkvermögen mit.", "de") == ["analytisches"]
    assert _counted("Wir bauen analytische Lösungen für den Handel.", "de") == []


def test_every_sense_rule_names_a_listed_word_and_the_caveat_stays() -> None:
    from askback.text import lexicon

    for lang in ("en", "de"):
        data = lexicon.read(f"gender_{lang}")
        senses = data["senses"]
        assert "add no coded word" in senses["source"]
        lex = lexicon.gender(lang)
        known = {w.lemma for w in lex.words} | set(lex.forms) | set(lex.by_phrase)
        assert not [k for k in senses if k != "source" and k not in known]
    assert "Gaucher" in gender.CAVEAT and "Castilla" in gender.CAVEAT


@pytest.mark.parametrize(
    "text",
    [
        "Anyone joining the trust completes a two-week induction.",
        "We are a forward-looking trust serving the whole county.",
        "As a Trust we offer flexible retirement.",
        "Salary: Competitive",
        "Pay rate: competitive",
        "The town boasts two beaches and a castle.",
        "Shifts can fit around your personal commitments.",
        "We actively encourage applications from disabled people.",
        "You will provide clinical leadership to the ward sisters.",
        "Access to our leadership development programme.",
        "Therapy that helps to optimise independence after a stroke.",
        "We run a responsive service for families at home.",
        "You will offer emotional support to carers.",
        "To actively participate in audits of the unit.",
        "Follow the guidance in Working Together to Protect Pupils.",
        "Two wards will come together into one unit next spring.",
        "We help residents live as independently as possible.",
        "The post holder travels independently between the three clinics.",
        "Clients are encouraged to keep a healthy and active lifestyle.",
        "We run an active stroke thrombolysis programme.",
        "Experience of caring for people with challenging behaviour.",
        "The unit has a strong teaching commitment.",
        "The fund supports ambitious studies of new treatments.",
        "The town has competitive house prices and good schools.",
        "Our clients lead fulfilling and independent lives.",
        "You bring significant leadership and budget experience.",
    ],
)
def test_health_sector_senses_are_not_traits(text: str) -> None:
    # Employers named "trust", services, patients, policies, places and titles.
    assert _counted(text) == [], text


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("We build trust through openness about mistakes.", "trust"),
        ("Our wards run on mutual trust.", "trust"),
        ("We trust one another to speak up.", "trust"),
        ("You have strong leadership skills.", "leadership"),
        ("You are emotionally intelligent and calm.", "emotionally"),
        ("You actively seek feedback from patients.", "actively"),
        ("We are responsive to feedback from staff.", "responsive"),
        ("Our values are Kindness, Respect and Together.", "together"),
        ("You can work independently on a busy ward.", "independently"),
        ("A fast-paced and challenging job on the wards.", "challenging"),
        ("You are ambitious and keen to grow.", "ambitious"),
        # (taking part, "play an active role", is a duty: see test_gender_senses_gx.py)
        ("You are an active listener on ward rounds.", "active"),
    ],
)
def test_trait_wording_in_health_ads_still_counts(text: str, word: str) -> None:
    assert word in _counted(text), text


# --- issue 11, second round: more senses of listed words that are not trait wording ---


@pytest.mark.parametrize(
    "text",
    [
        # measurement methods, not fairness
        "The clinic uses objective forms of hearing tests.",
        "Record objective measures of gait before and after therapy.",
        "Students sit an Objective Structured Clinical Examination in June.",
        # a stage of training, or the confidence of others the post builds
        "You will be supervised until confident to practise alone.",
        "New starters shadow a senior until they can work independently.",
        "Train the porters so that they are confident with the hoists.",
        "Helping patients regain confidence after a fall.",
        "Programmes that enable clients to cook independently.",
        "All enquiries will be treated in confidence.",
        "Public confidence in the service has risen.",
        # qualifications, services, diagnoses, places, machines and selection processes
        "You will be an independent prescriber or willing to train.",
        "She sits on the board as an independent member.",
        "Join our Assertive Outreach Team in the city.",
        "Experience of managing aggressive behaviour on the ward.",
        "Training in the management of violence and aggression.",
        "A new persistent pain service for the county.",
        "Adults with intellectual disabilities and autism.",
        "There is a quiet room for staff breaks.",
        "We test autonomous vehicles on closed tracks.",
        "Posts are filled through a competitive interview process.",
        "The contract was won in a competitive tender.",
    ],
)
def test_more_senses_that_are_not_traits(text: str) -> None:
    assert _counted(text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        # Statuses and set terms of public-sector and clinical ads.
        "You must hold a current, full, active and unrestricted licence as a pharmacist.",
        "A valid, active, full certification as a paramedic is needed.",
        "Services for active duty sailors and their families.",
        "The post requires active membership in the state reserve.",
        "The appointment may be made permanent without further competition.",
        "Open to employees with competitive or excepted service status.",
        # Someone else's health or growth, not a trait of the person hired.
        "We promote the physical, emotional and social growth of children.",
        "Watch for emotional changes in the resident's condition.",
        "She considers emotional, cultural and spiritual needs of each client.",
        "Knowledge of the intellectual development of toddlers.",
        # Kinds of staff, tasks with their subject, documents, findings.
        "You will work with nurses and other supportive personnel.",
        "You make decisions regarding dosage and referrals.",
        "You will draft legal opinions for the board.",
        "Hiring depends on a favourable suitability determination.",
        "Your grade will be determined by the review panel.",
        "The farmers joined together to build the dam.",
        # Names written in Title Case inside a sentence; legal standing of organisations.
        "A bachelor's degree with Superior Academic Achievement counts.",
        "A bachelor's degree with superior academic achievement counts.",
        "We are an independent federal agency.",
        "The leadership involvement is essential to the change.",
        "The lakes boast more islands than any other county.",
        "Offences committed by staff are reported.",
        "Access depends on clearance and sensitivity level.",
        "The duties carry administrative independence and wide scope.",
        "Ability to read and understand technical manuals.",
        "Fans cheer on the home team every weekend.",
        "The job is designated a Position of Trust by the agency.",
    ],
)
def test_public_sector_senses_are_not_traits(text: str) -> None:
    assert _counted(text) == [], text


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("You are objective and fair when you review incidents.", "objective"),
        ("A confident communicator with families.", "confident"),
        ("You have the confidence to escalate concerns.", "confidence"),
        ("You must be able to work independently.", "independently"),
        ("You are an independent thinker.", "independent"),
        ("You are assertive when patient safety is at stake.", "assertive"),
        ("You are persistent when a referral stalls.", "persistent"),
        ("You bring intellectual curiosity to every audit.", "intellectual"),
        ("You work autonomously within a small team.", "autonomously"),
        ("You thrive in a competitive sales team.", "competitive"),
    ],
)
def test_trait_wording_next_to_the_new_senses_still_counts(text: str, word: str) -> None:
    assert word in _counted(text), text


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet="ab .;\nuntil", max_size=60),
    st.sampled_from([("until",), ("so that", "a"), ("b",)]),
)
def test_clause_words_match_a_plain_regex(before: str, words: tuple[str, ...]) -> None:
    from askback.text import senses

    text = before + " x"
    start = len(text) - 1
    clause = re.split(r"[.;:!?\n]", text[max(0, start - 150) : start])[-1]
    expected = any(re.search(rf"(?<![a-z0-9]){re.escape(w)}(?![a-z0-9])", clause) for w in words)
    assert senses._clause_has(text, start, words) is expected


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("We want an active listener on the ward.", "active"),
        ("You thrive in a competitive environment.", "competitive"),
        ("Emotional resilience under pressure.", "emotional"),
        ("You join a supportive team.", "supportive"),
        ("You bring grit and determination.", "determination"),
        ("You are determined to succeed.", "determined"),
        ("You can work independently.", "independently"),
        ("You make decisions quickly.", "decisions"),
        ("We want people who never boast.", "boast"),
        ("You are committed and caring.", "committed"),
        ("We value a culture of trust.", "trust"),
        ("Be patient and understanding with families.", "understanding"),
    ],
)
def test_public_sector_rules_keep_the_trait_sense(text: str, word: str) -> None:
    assert word in _counted(text), text


def test_sense_tables_hold_words_not_yaml_booleans() -> None:
    # YAML reads a bare on/off/yes/no/true as a boolean: such a word must be quoted.
    from askback.text import lexicon

    for name in ("gender_en", "gender_de", "senses_en_public"):
        table = lexicon.read(name).get("senses") or {}
        for key, spec in table.items():
            for field, words in (spec or {}).items() if isinstance(spec, dict) else ():
                if isinstance(words, list):
                    assert all(isinstance(w, str) for w in words), (name, key, field)


# --- sense classes for every coded word (issue 11, round 4): sentences written for these tests


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The clinic sits on a quiet road near the station.", "quiet"),
        ("Kent is a pleasant county with good schools.", "pleasant"),
        ("You will discuss sensitive topics with families.", "sensitive"),
        ("The film gives an honest, objective and realistic portrait of the job.", "honest"),
        ("The film gives an honest, objective and realistic portrait of the job.", "objective"),
        ("We deliver superior quality at a lower cost.", "superior"),
        ("There is an active research unit on site.", "active"),
        ("You resolve challenging issues with other agencies.", "challenging"),
        ("The board has committed the funds for a new ward.", "committed"),
        ("Nurses protect each patient's confidence after a stroke.", "confidence"),
        ("Our work protects the client's independence at home.", "independence"),
        ("ABC Together runs a clinic on Tuesdays.", "together"),
    ],
)
def test_sense_classes_of_every_coded_word(text: str, word: str) -> None:
    assert word not in _counted(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("We are a friendly and supportive nursing team.", "supportive"),
        ("You are honest, fair and reliable.", "honest"),
        ("You treat people in an honest and open manner.", "honest"),
        ("You will have leadership skills and a calm manner.", "leadership"),
        ("We have committed colleagues on every shift.", "committed"),
        ("Our staff work together every day.", "together"),
        ("You build your confidence with our support.", "confidence"),
        ("We offer a supportive environment for new nurses.", "supportive"),
    ],
)
def test_trait_wording_still_counts_beside_the_sense_classes(text: str, word: str) -> None:
    assert word in _counted(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Graduates of (Independent and Integrated Programs) may apply.", "independent"),
        ("Both surgeries have worked closely together for ten years.", "together"),
        ("The three hospitals together serve a million people.", "together"),
    ],
)
def test_names_and_bodies_acting_jointly(text: str, word: str) -> None:
    assert word not in _counted(text)


def test_a_rule_merged_from_two_tables_keeps_its_clause_words() -> None:
    from askback.text import senses

    a = senses.Rule(not_clause=("until",))
    b = senses.Rule(not_next=frozenset(["with"]))
    assert a.merged(b).not_clause == ("until",)
    assert "together" in _counted("Our team works together every day.")


def test_a_phrase_after_the_word_is_no_compound_noun() -> None:
    # "opinions on topics": "on" starts a phrase; only "an active research unit" is a compound.
    assert "opinions" in _counted("We value your opinions on topics that matter to you.")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The town is known for its warm winters and dry air.", "warm"),
        ("You survey sensitive wildlife along the river.", "sensitive"),
        ("You write objective, non-partisan analytical studies for the board.", "objective"),
        ("Staff join the competitive civil service after a year.", "competitive"),
        ("Hired from a competitive, seasonal announcement, you may stay.", "competitive"),
    ],
)
def test_climate_nature_research_outputs_and_federal_hiring_terms(text: str, word: str) -> None:
    assert word not in _counted(text)


def test_a_competitive_team_still_counts() -> None:
    assert "competitive" in _counted("We are a competitive team that likes to win.")


# --- Fifth round: sentences written for these tests, in the shapes of issue 11's classes ------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a field of knowledge or a grade after the coded word
        ("A solid analytical background in actuarial work.", "en"),
        ("You hold a recognised leadership qualification.", "en"),
        ("Pay may start higher for superior qualifications.", "en"),
        ("Logical and analytical expertise in credit risk.", "en"),
        ("Sie bringen analytische Kenntnisse in Python mit.", "de"),
        ("Gute Kenntnisse in analytischer Chemie.", "de"),
        # the pay as the subject, or a pay word of German
        ("Our salaries are highly competitive.", "en"),
        ("Pay will be competitive for the right person.", "en"),
        ("Competitive leave entitlement of 30 days.", "en"),
        ("Wir zahlen ein wettbewerbsorientiertes Grundgehalt.", "de"),
        ("Das Gehalt ist sehr wettbewerbsorientiert.", "de"),
        # market position and things (German compounds)
        ("Wir haben eine dominante Marktstellung in Europa.", "de"),
        ("Wir sind dominant im Markt für Zahlungen.", "de"),
        ("Sie entwerfen logische Datenmodelle.", "de"),
        ("Wir bieten unabhängige Beratung für Mandanten.", "de"),
        ("Eine verantwortungsvolle Aufgabe in Berlin.", "de"),
        # a goal as a field label, a sales task, a company against its rivals
        ("Objective: to lead the analytics team.", "en"),
        ("Nurture leads through the sales funnel.", "en"),
        ("We compete for contracts with larger firms.", "en"),
        # others' qualities: possessive, named after, their subject or their possessive
        ("Rebuild the residents' confidence after a fall.", "en"),
        ("Growing the confidence of our learners is the goal.", "en"),
        ("Die Zufriedenheit und Loyalität unserer Kunden.", "de"),
        ("Tenants are actively involved in running the scheme.", "en"),
        ("Service users become more independent each week.", "en"),
        ("Pupils, parents and carers work together on the plan.", "en"),
        ("We aim for residents to be as independent as possible.", "en"),
        ("Support for patients and families who are making decisions.", "en"),
        ("Encouraging them to reach their goals and ambitions.", "en"),
        ("Unsere Patienten sind weitgehend selbstständig.", "de"),
        ("The patient's family is supportive.", "en"),
        ("Most residents are fairly independent.", "en"),
        ("Helping older people stay independent.", "en"),
        ("Unsere Bewohner leben möglichst selbstständig.", "de"),
        # a profession described at its work, not the person hired
        ("Our consultant neurologists actively contribute to research.", "en"),
        ("Experience as a pharmacist actively involved in audits.", "en"),
        # offered either way, a form of contract, the people served
        ("Audits done either independently or as part of a team.", "en"),
        ("You may work independently or in a team.", "en"),
        ("The ability to work independently as a freelance contractor.", "en"),
        ("Dealing with challenging customers on the phone.", "en"),
        ("Families in their task of nurturing children.", "en"),
    ],
)
def test_fifth_round_senses_that_are_not_traits(text: str, lang: str) -> None:
    assert _counted(text, lang) == [], text


@pytest.mark.parametrize(
    ("text", "word", "lang"),
    [
        # the same words, of the person hired or the team
        ("You bring an analytical mind and a curious streak.", "analytical", "en"),
        ("You are competitive and love to win.", "competitive", "en"),
        ("Be assertive when a deadline slips.", "assertive", "en"),
        ("A dominant personality would not fit here.", "dominant", "en"),
        ("We are a collaborative and nurturing team.", "nurturing", "en"),
        ("You treat patients with compassion and respect.", "compassion", "en"),
        ("You work with clients in a supportive way.", "supportive", "en"),
        (
            "You will be available to patients and carers and be responsive to them.",
            "responsive",
            "en",
        ),
        ("Our nurses are compassionate and kind.", "compassionate", "en"),
        ("Our consultants are supportive and approachable.", "supportive", "en"),
        ("You are confident working with clients and families.", "confident", "en"),
        ("Work independently and as part of a team.", "independently", "en"),
        ("We value your ambitions.", "ambitions", "en"),
        ("Our team is still supportive when it gets busy.", "supportive", "en"),
        ("You meet the needs of each patient, being sensitive to culture.", "sensitive", "en"),
        ("We care for mothers and their families, being responsive to needs.", "responsive", "en"),
        ("The postholder will work independently.", "independently", "en"),
        ("Sie sind durchsetzungsstark und zielstrebig.", "durchsetzungsstark", "de"),
        ("Ein engagiertes Team erwartet Sie.", "engagiertes", "de"),
        ("Sie gehen einfühlsam mit Patienten um.", "einfühlsam", "de"),
        ("Ein unterstützendes Umfeld für neue Kolleginnen.", "unterstützendes", "de"),
    ],
)
def test_fifth_round_trait_wording_still_counts(text: str, word: str, lang: str) -> None:
    assert word in _counted(text, lang), text


_OTHERS = ["patients", "clients", "residents", "customers", "pupils", "tenants", "carers"]
_TRAITS = ["confident", "compassionate", "supportive", "kind", "independent", "warm"]


@given(st.sampled_from(_OTHERS), st.sampled_from(_TRAITS), st.sampled_from(["Our", "The", ""]))
@settings(max_examples=60, deadline=None)
def test_a_trait_word_of_the_people_served_is_theirs(others: str, trait: str, det: str) -> None:
    # The same adjective counts of the person hired and not of the people the post serves.
    subject = f"{det} {others}".strip()
    assert trait not in _counted(f"{subject[0].upper()}{subject[1:]} are {trait}.")
    assert trait in _counted(f"You are {trait}.")
    assert trait in _counted(f"You are {trait} with {others}.")


def test_people_lists_carry_a_source() -> None:
    from askback.text import lexicon

    for lang, keys in (
        ("en", ("others", "professions", "knowledge_nouns", "person_heads", "employer_words")),
        ("de", ("others", "thing_ends")),
    ):
        data = lexicon.read(f"gender_{lang}")
        for key in keys:
            assert "sense disambiguation" in data[key]["source"], (lang, key)
            assert data[key]["words"], (lang, key)


@given(st.text(alphabet="ab -,.:;'’&\t\n(", max_size=40), st.integers(0, 40))
@settings(max_examples=300, deadline=None)
def test_next_words_fast_path_matches_the_word_by_word_reading(text: str, at: int) -> None:
    from askback.text import senses

    at = min(at, len(text))
    m = senses._next3_rx().match(text, at)
    slow: list[str] = []
    for w in m.groups() if m else (None,):
        if w is None or w in ".;:!?)\n":
            slow.append(".")
            break
        slow.append(w.strip("-'’") if w[0].isalnum() else w)
    assert senses.next_words(text, at) == slow


def test_a_rule_reads_the_next_words_only_when_a_list_needs_them() -> None:
    from askback.text import senses

    assert not senses.Rule(only_prev=frozenset(["make"])).reads_next
    assert senses.Rule(not_next=frozenset(["of"])).reads_next
    assert (
        senses.Rule(only_prev=frozenset(["a"]))
        .merged(senses.Rule(not_near=frozenset(["b"])))
        .reads_next
    )
    # "decision" has only a rule on the word before: it still counts and still drops by it.
    assert "decisions" in _counted("You make decisions and own them.")
    assert _counted("Data-driven decisions shape our pricing.") == []


# --- Round 3 (DEV sample of NHS ads n 60-89 and the USAJOBS sample ads): sentences written for
# these tests, in the shapes of the classes found there ----------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # leadership as a field of interest, training or past work, or a duty of the post
        ("Candidates with an interest in leadership, teaching and audit.", "leadership"),
        ("We fund training in leadership and coaching.", "leadership"),
        ("The director is charged with providing strategic leadership.", "leadership"),
        ("They provide senior academic leadership to the school.", "leadership"),
        # the applicant's own career plans, offered by the employer
        ("Grow new skills and fulfil your ambitions with us.", "ambitions"),
        ("A place to achieve your goals and ambitions.", "ambitions"),
        # a calm setting, not a person
        ("The clinic offers a quiet, calm and restful environment.", "quiet"),
        ("A quiet, tranquil setting by the sea.", "quiet"),
        # the hiring competition, a domain of someone's health, the people a programme serves
        ("All competitive applicants will be interviewed.", "competitive"),
        ("Notes physical or emotional signs in residents.", "emotional"),
        ("Our services promote self-reliance for military families.", "self-reliance"),
        ("The programme builds self-sufficiency in young parents.", "self-sufficiency"),
        # a place name on a line of places
        ("Location: Denver, Colorado; Superior, Montana\nApply online.", "superior"),
        ("Duty locations: Independence, Missouri\nApply online.", "independence"),
        # read on unlabelled DEV ads: managers briefed, a legal undertaking, graded material,
        # rooms and costs, events, plans, invitations, benefits, reassurance, places together
        ("You brief leadership on risks and options.", "leadership"),
        ("Drafts memos for the hospital leadership each week.", "leadership"),
        ("This is not a commitment or a guarantee of promotion.", "commitment"),
        ("Records that may be sensitive, classified or both.", "sensitive"),
        ("Residents share two communal kitchen spaces.", "communal"),
        ("The town has a modest cost of housing.", "modest"),
        ("Staff enjoy monthly competitions and prizes.", "competitions"),
        ("We plan ambitious transformations of our wards.", "ambitious"),
        ("We actively encourage enquiries from all nurses.", "actively"),
        ("Perks include an active social calendar.", "active"),
        ("You can be confident you are joining a good service.", "confident"),
        ("Four districts that together cover the whole valley.", "together"),
        # duties, policies, the people served, findings and test properties
        ("The rota includes a weekend on call commitment.", "commitment"),
        ("We ask every volunteer to share this commitment and uphold it.", "commitment"),
        ("Many of our clients have challenging presentations.", "challenging"),
        ("Calming upset and emotional relatives on the ward.", "emotional"),
        ("Helping tenants move to less supportive accommodation.", "supportive"),
        ("Applicants who are determined as eligible will be referred.", "determined"),
        ("Explain the assay's specificity, sensitivity and limits.", "sensitivity"),
    ],
)
def test_round3_senses_that_are_not_traits(text: str, word: str) -> None:
    assert word not in _counted(text), text


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Proven leadership will count for a lot here.", "leadership"),
        ("You show leadership and calm under pressure.", "leadership"),
        ("You bring ambition and a wish to learn.", "ambition"),
        ("We value your ambitions.", "ambitions"),
        ("A quiet and thoughtful colleague will thrive here.", "quiet"),
        ("You are competitive and love to win.", "competitive"),
        ("You are emotionally aware and kind.", "emotionally"),
        ("You are self-reliant in the field.", "self-reliant"),
        ("We seek a confident and supportive nurse.\nLocation: Leeds", "supportive"),
        ("Our team is supportive: we share the load.", "supportive"),
        ("We want an ambitious nurse who loves to learn.", "ambitious"),
        ("You are confident with patients and families.", "confident"),
        ("We actively encourage staff to share ideas.", "actively"),
        ("The teams work closely together every day.", "together"),
        ("You show commitment and drive.", "commitment"),
        ("You are sensitive to the needs of others.", "sensitive"),
        ("Show progressive skills in leadership and supervision.", "leadership"),
        ("Build the competence and confidence you need to grow.", "confidence"),
        ("Our organisation is held together by shared values across regions.", "together"),
        ("In return for this commitment we will train you.", "commitment"),
        ("You are emotional intelligent and calm with patients.", "emotional"),
        ("You are determined and resourceful.", "determined"),
        ("You are a challenging and curious thinker.", "challenging"),
    ],
)
def test_round3_trait_wording_still_counts(text: str, word: str) -> None:
    assert word in _counted(text), text
