"""Round usa19: US federal qualification shapes counted on unlabelled USAJOBS ads (pointers to
the requirements below, clarifications of the item before, grade labels with a dash)."""

from __future__ import annotations

from benchmarks.redteam_probe import case, must

_HEAD = "# Dietitian\n\nSalary: $61,000 - $79,000 per year\n\n## Qualifications\n\n"
_BASIC = (
    "Basic Requirement for Dietitian:\n\n"
    "Degree: A bachelor's degree in dietetics from an accredited program is required.\n\n"
    "Licensure: Applicants must hold a current, unrestricted dietitian license in a State.\n\n"
)

case(
    "federal pointer (usa19)",
    _HEAD
    + _BASIC
    + "Qualification Requirements: In addition to meeting the basic requirement above, to "
    "qualify for this position you must also meet the qualification requirements listed below:"
    "\n\nEducation Substitution: A doctoral degree in nutrition science; or\n\nDegree and "
    "Experience: A bachelor's degree and one year of clinical dietetics experience equivalent "
    "to the GS-9 grade level.",
    must(3),
)
case(
    "federal pointer (usa19)",
    _HEAD
    + _BASIC
    + "Minimum Qualifications: In addition to the basic requirements, applicants must also meet "
    "the requirements stated below:\n\nExperience: One full year of clinical dietetics work "
    "equivalent to the GS-9 grade level.",
    must(3),
)
case(
    "federal clarification (usa19)",
    _HEAD + "Basic Requirements:\n\n- Degree: A bachelor's degree in chemistry from an accredited "
    "college.\n- For the purpose of meeting this requirement, accredited means approved by the "
    "regional board.\n- Licensure: A current, unrestricted state license.\n- English Language "
    "Proficiency: Must be proficient in spoken and written English.\n",
    must(3),
)
case(
    "federal clarification (usa19)",
    _HEAD + "Basic Requirements:\n\n- Degree: A bachelor's degree in chemistry from an accredited "
    "college.\n- To be creditable, laboratory work must have been at the GS-7 level.\n- "
    "Licensure: A current, unrestricted state license.\n- English Language Proficiency: Must "
    "be proficient in spoken and written English.\n",
    must(3),
)
case(
    "federal grade labels with a dash (usa19)",
    "# Dentist\n\nSalary: $110,000 - $160,000 per year\n\n## Qualifications\n\nBasic "
    "Requirements: Degree: Doctor of Dental Surgery from an accredited school. Licensure: A "
    "current, unrestricted license to practise dentistry in a State. In addition, you must "
    "meet the following for the grade: For GS-12 -- 2 years of general dental practice or "
    "equivalent training. For GS-13 -- 3 years of general dental practice. For GS-14 -- 4 "
    "years of general dental practice.\n\nEnglish Language Proficiency: Must speak and write "
    "English well.\n",
    must(3, tol=1),
)
