"""Round rt36en: fresh English job-ad inputs for the classes of issue 11 (pay, requirements,
gender, exclusionary wording, work arrangement). Every input was written for this round."""

# ruff: noqa: E501  (the inputs are whole ad lines, kept on one line each to read them)
from __future__ import annotations

from benchmarks.redteam_probe import (
    AdReport,
    Check,
    ad,
    arr,
    case,
    few_tools,
    flagged,
    g_counts,
    has_figs,
    masc,
    must,
    no_gender,
    no_pay,
    not_flagged,
    pay_is,
    senior_not,
    work_permit,
    yrs_senior,
)


def _c(name: str) -> str:
    return f"{name} (rt36en)"


def _no_hits_of(*words: str) -> Check:
    def chk(r: AdReport) -> tuple[bool, str]:
        hits = [s.text.lower() for f in r.findings if f.check == "gender-coded" for s in f.spans]
        return not any(w in h for h in hits for w in words), f"hits={hits}"

    return chk


def _citizen_neutral(r: AdReport) -> tuple[bool, str]:
    fs = [(f.level.value, f.title) for f in r.findings if f.check == "nationality-coded"]
    return bool(fs) and all(lv != "concern" for lv, _ in fs), f"{fs}"


def _arr_days(kind: str, days: float | None) -> Check:
    return arr(kind, days)


# ---------------------------------------------------------------- pay
P = _c("pay")
for frag in (
    "Hours: 6:30am - 2:30pm, four days a week. New starters receive a $4,000 welcome bonus.",
    "Evening cover until 10pm. Eligible for a $2,500 retention bonus after 12 months.",
    "Clinic hours are 8 a.m. to 6 p.m. We reimburse moving costs up to $7,500.",
    "You will manage a capital budget of $18 million and a team of nine.",
    "Our clinic group turned over $65M last year across 14 sites.",
    "Annual training allowance of £1,200 and a £500 cycle-to-work scheme.",
    "Relocation assistance of up to £10,000 is available for this post.",
    "Retention payment: $6,000 paid in two instalments.",
    "Tuition reimbursement up to $5,250 per year.",
    "You'll have a discretionary spend of $250k for vendor tools.",
    "Open 7am-7pm seven days a week; weekend rota 1 in 4.",
    "The hospital raised $30 million for its new cancer wing.",
):
    case(P, ad(frag), no_pay)
case(P, ad("Salary: 62,000 - 74,000 per annum"), pay_is(62000, 74000, "year"))
case(P, ad("Starting salary 41,500 to 46,000 a year"), pay_is(41500, 46000, "year"))
case(P, ad("Base salary: 128,000-151,000"), pay_is(128000, 151000))
case(P, ad("Pay: 85-95k DOE"), pay_is(85000, 95000))
case(P, ad("Salary band: 70k–82k"), pay_is(70000, 82000))
case(P, ad("Hourly pay: 21.75 - 26.40"), pay_is(21.75, 26.4, "hour"))
case(P, ad("Wage: 19.00-23.50 per hour"), pay_is(19.0, 23.5, "hour"))
case(P, ad("Salary: $104,000 – $88,000 annually"), pay_is(88000, 104000, "year"))
case(P, ad("Pay range: £39,000 - £33,500"), pay_is(33500, 39000))
case(P, ad("Rate: $48/hr - $41/hr"), pay_is(41, 48, "hour"))
case(P, ad("Salary minimum: $66,000\nSalary maximum: $79,000"), pay_is(66000, 79000))
case(P, ad("Starting pay: $24.00/hour\nTop of range: $31.00/hour"), pay_is(24, 31, "hour"))
case(P, ad("Low end of range: £44,000\nHigh end of range: £52,000"), pay_is(44000, 52000))
case(P, ad("- Minimum pay: $92,300\n- Maximum pay: $118,700"), pay_is(92300, 118700))
case(
    P,
    ad("Nurses earn $46 an hour, or roughly $95,000 a year with shift differentials."),
    has_figs((46, "hour"), (95000, "year")),
)
case(
    P,
    ad("The wage is £13.50 per hour (£26,325 per annum for 37.5 hours)."),
    has_figs((13.5, "hour"), (26325, "year")),
)
case(
    P,
    ad("Pay is $22-$26 hourly; full-time staff typically make $46,000-$54,000 annually."),
    has_figs((22, "hour"), (46000, "year")),
)
case(P, ad("Salary: $78,000 per year plus a $5,000 signing bonus."), pay_is(78000, 78000, "year"))
case(
    P,
    ad("We pay $55,000–$63,000 a year. Relocation of $3,000 is also on offer."),
    pay_is(55000, 63000, "year"),
)
case(P, ad("Compensation\n$112,000 - $134,000 per year"), pay_is(112000, 134000, "year"))

# ---------------------------------------------------------------- requirements
R = _c("requirements")
case(
    R,
    ad(
        "This Senior Biostatistician role supports mid-stage oncology trials.\n9+ years of experience.",
        title="Senior Biostatistician",
    ),
    senior_not("intern", "junior", "entry"),
)
case(
    R,
    ad(
        "You will help stage equipment for each event.\n5+ years of experience.",
        title="Senior Events Producer",
    ),
    senior_not("intern", "junior", "entry"),
)
case(
    R,
    ad("You will bring expertise in payroll law.", title="Payroll Analyst"),
    senior_not("expert", "lead", "principal"),
)
case(
    R,
    ad("You will lead by example on safety walks.", title="Warehouse Associate"),
    senior_not("lead", "principal"),
)
case(
    R,
    ad(
        "You will apply principles of internal control.\n2+ years of experience.",
        title="Accounts Assistant",
    ),
    senior_not("principal"),
)
case(
    R,
    ad("Our headquarters house an internal leadership academy.", title="HR Coordinator"),
    senior_not("lead", "intern"),
)
case(
    R,
    ad("You will support the Staffing Coordinator.\n6+ years.", title="Senior Recruiter"),
    yrs_senior,
)
REQ = "\n{h}\n- Bachelor's degree in accounting\n- CPA eligible\n- Advanced Excel\n- 2 years in audit\n"
for h in (
    "Qualifications and Experience",
    "Required Knowledge & Skills",
    "Minimum Requirements:",
    "What You Bring",
    "Must Haves",
    "Skills & Qualifications",
    "**Required Experience**",
    "### Who you are",
    "Essential Criteria",
):
    case(R, ad(REQ.format(h=h), reqs=False), must(4, 1))
DUTY = "\n{h}\n- Prepare monthly reconciliations\n- Post journal entries\n- Support the year-end audit\n- Answer vendor queries\n- Maintain the fixed-asset register\n\nRequirements\n- Accounting degree\n- Excel\n"
for h in (
    "Key Responsibilities",
    "Essential Job Functions",
    "Duties and Responsibilities:",
    "Day to day",
    "In this role you will",
    "Primary Duties",
):
    case(R, ad(DUTY.format(h=h), reqs=False), must(2, 1))
NICE = "\nRequirements\n- RN licence\n- BLS\n- 2 years acute care\n{h}\n- ICU experience\n- Epic charting\n- Spanish\n"
for h in (
    "Preferred Skills",
    "Desired Qualifications",
    "Nice-to-haves",
    "Bonus if you have",
    "Preferred",
):
    case(R, ad(NICE.format(h=h), reqs=False), must(3))
BEN = "\nRequirements\n- RN licence\n- BLS\n- 2 years acute care\n{h}\n- Medical, dental and vision\n- 403(b) with match\n- Tuition support\n- Paid parental leave\n"
for h in (
    "What We Offer",
    "Benefits:",
    "Total Rewards",
    "Our Benefits",
    "Why you'll love working here",
):
    case(R, ad(BEN.format(h=h), reqs=False), must(3))
case(
    R,
    ad(
        "Requirements\n- Excel\n- Working knowledge of one or more of the following:\n  - SAP\n  - Oracle\n  - NetSuite\n  - Workday\n  - Xero\n  - Sage\n  - QuickBooks\n",
        reqs=False,
    ),
    few_tools,
)
case(
    R,
    ad(
        "Requirements\n- Hands-on with one or more of: Terraform, Pulumi, Ansible, Chef, Puppet, Salt, CloudFormation",
        reqs=False,
    ),
    few_tools,
)
case(
    R,
    ad(
        "Requirements\n- Experience in any one or more of the following languages: Java, Kotlin, Swift, Dart, C#, Go, Ruby",
        reqs=False,
    ),
    few_tools,
)

# ---------------------------------------------------------------- gender: not traits
G = _c("gender")
for s in (
    "Requires a strong understanding of payroll legislation.",
    "You will provide application support and desktop support across three sites.",
    "We are a market leader in commercial insurance.",
    "We are hiring a Lead Site Reliability Engineer.",
    "Reporting to the Shift Lead and the Charge Nurse.",
    "You will own lead qualification and lead nurturing in HubSpot.",
    "We pay a competitive hourly wage and competitive overtime.",
    "Experience with clinical decision support tools.",
    "Our objective is to cut waiting lists by a third.",
    "Join our trust and safety operations group.",
    "You will report to the Principal Investigator on the study.",
    "Good understanding of HVAC systems and building controls.",
    "Our support workers help residents with daily living.",
    "Strong working understanding of IFRS 16.",
    "The Team Leader will onboard you in your first week.",
):
    case(G, ad(s), no_gender)
for s in (
    "Current and active Certified Nursing Assistant certification required.",
    "Must hold a valid and active state pharmacy technician license.",
    "Active Secret clearance required at start.",
    "Maintain an active CDL Class A license.",
    "Active RN license in the state of Ohio.",
    "An active Top Secret clearance with polygraph.",
    "Current, active BLS and ACLS certifications.",
    "Licensed Independent Clinical Social Worker (LICSW) required.",
    "Active and unencumbered nursing licence.",
    "Proof of active registration with the HCPC.",
):
    case(G, ad(s, title="Clinical Specialist"), _no_hits_of("active", "independ"))
case(G, ad("We want someone active, fearless and decisive."), g_counts("active"))
case(G, ad("You lead an active lifestyle? We are an active, outdoorsy and competitive team."), masc)
case(G, ad("You are ambitious, assertive and self-reliant."), masc)
case(G, ad("We look for an independent thinker who is driven."), g_counts("independent"))

# ---------------------------------------------------------------- exclusionary
X = _c("exclusionary")
case(
    X,
    ad(
        "This is an office-based role working at a desk. Must be able to stand for long periods and lift 40 lbs.",
        title="Accounts Payable Specialist",
    ),
    flagged("ability-coded"),
)
case(
    X,
    ad(
        "The job is mainly computer based. Requires prolonged standing and lifting up to 25 kg.",
        title="Data Entry Clerk",
    ),
    flagged("ability-coded"),
)
case(
    X,
    ad("Applicants must be United States citizens.", title="Policy Analyst"),
    _citizen_neutral,
)
case(X, ad("Only UK nationals may apply."), _citizen_neutral)
case(X, ad("Candidates must hold Canadian citizenship."), _citizen_neutral)
case(X, ad("U.S. citizenship required due to federal contract."), _citizen_neutral)
case(X, ad("You must have the right to work in the UK; we cannot offer sponsorship."), work_permit)
case(X, ad("We are looking for young, energetic graduates."), flagged("age-coded"))
case(
    X,
    ad("Must be able to lift 50 lbs and stand all shift.", title="Warehouse Associate"),
    not_flagged("ability-coded"),
)

# ---------------------------------------------------------------- arrangement
A = _c("arrangement")
case(A, ad("Location: Remote (US)."), arr("remote"))
case(A, ad("Fully remote within the UK; quarterly team days in Bristol."), arr("remote"))
case(A, ad("Onsite in our Dallas lab, five days a week."), arr("onsite"))
case(A, ad("Hybrid: 2 days in the Manchester office."), arr("hybrid", 2))
case(A, ad("In office Monday, Wednesday and Friday; home the other days."), arr("hybrid", 3))
case(A, ad("This position is 100% on-site."), arr("onsite"))
case(A, ad("Work from home three days a week, two days in the office."), arr("hybrid", 2))
case(A, ad("Hybrid or remote."), arr("remote"))
case(A, ad("This role can be remote or hybrid."), arr("remote"))
case(A, ad("Remote-first with an optional office in Lisbon."), arr("remote"))
case(A, ad("Open to remote or hybrid candidates in the UK."), arr("remote"))
case(A, ad("Remote, or hybrid from our Leeds hub if you prefer."), arr("remote"))
case(A, ad("Hybrid (3 days onsite) or fully remote for the right candidate."), arr("remote"))

# ---------------------------------------------------------------- second batch: odd shapes
P2 = _c("pay, odd shapes")
case(P2, ad("**Salary:** 56,000 –\n62,000 per annum"), pay_is(56000, 62000, "year"))
case(P2, ad("* Pay: 17.80 to 19.20 an hour"), pay_is(17.8, 19.2, "hour"))
case(P2, ad("Remuneration: 47,000-51,000 pa"), pay_is(47000, 51000, "year"))
case(P2, ad("Salary – 33k to 38k"), pay_is(33000, 38000))
case(P2, ad("Day rate: 450-550"), pay_is(450, 550, "day"))
case(P2, ad("Shift: 11pm-7am nights. Night premium paid on top."), no_pay)
case(P2, ad("Store hours 10am–8pm. Staff discount of 25%."), no_pay)
case(P2, ad("A $15,000 relocation lump sum and a $10,000 sign-on award."), no_pay)
case(P2, ad("Budget holder for £3.2m of agency spend."), no_pay)
case(P2, ad("Annual revenue: $120M+"), no_pay)
case(P2, ad("Salary range: $162,500 - $140,000 per year"), pay_is(140000, 162500, "year"))
case(P2, ad("Minimum Salary: 58,000 USD\nMaximum Salary: 71,000 USD"), pay_is(58000, 71000))
case(
    P2,
    ad("Apprentices start on £9.50 an hour, rising to £24,000 a year once qualified."),
    has_figs((9.5, "hour"), (24000, "year")),
)
R2 = _c("requirements, odd shapes")
case(
    R2,
    ad(
        "REQUIRED QUALIFICATIONS\n* High school diploma\n* Forklift certification\n* 1 year warehouse experience\n\nPREFERRED QUALIFICATIONS\n* WMS experience\n* Bilingual\n",
        reqs=False,
    ),
    must(3),
)
case(
    R2,
    ad(
        "What you'll need:\n1. A degree in nursing\n2. NMC registration\n3. Band 5 experience\n\nIt would be great if you have:\n1. Theatre experience\n2. Mentorship qualification\n",
        reqs=False,
    ),
    must(3),
)
case(
    R2,
    ad(
        "Essential Duties\n- Greet patients\n- Schedule appointments\n- Verify insurance\n- File records\n- Handle co-pays\n\nQualifications\n- High school diploma\n- 1 year front desk\n",
        reqs=False,
    ),
    must(2, 1),
)
case(
    R2,
    ad(
        "Requirements\n- Welding ticket\n- Own tools\n- Valid driver's licence\n\nBenefits\n- Company van\n- Overtime at time and a half\n- Pension\n- Tool allowance\n",
        reqs=False,
    ),
    must(3),
)
case(
    R2,
    ad(
        "Experience and skills\n- Proven experience in care\n- Level 2 in Health and Social Care\n- Good written English\n\nDesirable\n- Level 3 diploma\n- Driving licence\n",
        reqs=False,
    ),
    must(3),
)
case(
    R2,
    ad("We are hiring an Intern to support our Senior Tax Manager.\n", title="Tax Intern"),
    senior_not("senior", "lead"),
)
G2 = _c("gender, odd shapes")
for s in (
    "Hold an active, unrestricted license to practice pharmacy in Texas.",
    "An active DBS certificate on the update service.",
    "Must maintain an active\nSecurity+ certification.",
    "You will manage our competitive intelligence function.",
    "Provide first-line and second-line support to users.",
    "The Lead Teacher and Deputy Head will induct you.",
):
    case(G2, ad(s), no_gender)
case(G2, ad("You are active in the community and bring a confident, decisive style."), masc)
A2 = _c("arrangement, odd shapes")
case(A2, ad("**Work model:** hybrid or remote (UK only)"), arr("remote"))
case(A2, ad("Location: Cardiff, remote or hybrid"), arr("remote"))
case(
    A2, ad("We run hybrid or remote interviews.\nThis is an on-site role in Derby."), arr("onsite")
)
# A required office presence a month is hybrid (rt34's rule, office-times-a-month).
case(A2, ad("Home-based, with two days a month at our Reading office."), arr("hybrid"))
case(A2, ad("Hybrid – 3 days a week in our Glasgow office, 2 from home."), arr("hybrid", 3))
X2 = _c("exclusionary, odd shapes")
case(
    X2,
    ad(
        "You will spend most of the day at a computer. Physical requirements: stand for 8 hours, lift 30 lbs.",
        title="Billing Specialist",
    ),
    flagged("ability-coded"),
)
case(X2, ad("This position requires U.S. citizenship and a Secret clearance."), _citizen_neutral)
case(X2, ad("Applicants must be Australian citizens or permanent residents."), _citizen_neutral)
