"""Rules about the legal and policy basis of a strategy: Acts, sections, guidance, partnerships."""

from __future__ import annotations

import re

from pyoxigraph import NamedNode

from loaders import names
from loaders.dates import COUNT, MONTH_DATE, parse_count, parse_month_date
from loaders.document import literal
from loaders.reading import Reading
from strategy_lineage import vocab
from strategy_lineage.vocab import A, DCTERMS, ELI, PUBLISHER, RDFS_LABEL, TITLE

SL = vocab.sl

# legislation.gov.uk identifiers of the Acts council strategies commonly rest on: (type, year, chapter).
KNOWN_ACTS: dict[str, tuple[str, int, int]] = {
    "children act 1989": ("ukpga", 1989, 41),
    "children act 2004": ("ukpga", 2004, 31),
    "education act 2002": ("ukpga", 2002, 32),
    "childcare act 2006": ("ukpga", 2006, 21),
    "children and families act 2014": ("ukpga", 2014, 6),
    "health and social care act 2012": ("ukpga", 2012, 7),
    "localism act 2011": ("ukpga", 2011, 20),
    "local government act 2000": ("ukpga", 2000, 22),
    "equality act 2010": ("ukpga", 2010, 15),
    "care act 2014": ("ukpga", 2014, 23),
    "children and social work act 2017": ("ukpga", 2017, 16),
}
# Headings of sections we know, so a provision carries its real name.
KNOWN_SECTIONS = {("children act 2004", "10"): "Co-operation to improve well-being",
                  ("children act 2004", "11"): "Arrangements to safeguard and promote welfare"}

ACT = re.compile(r"\b(?P<title>(?:[A-Z][a-z]+'?s?\s+(?:(?:and|of)\s+)?)+Act)\s+(?P<year>(?:19|20)\d\d)\b")
SECTION = re.compile(rf"\bsection\s+(?P<section>\d+[A-Z]?)\s+of\s+the\s+{ACT.pattern}", re.IGNORECASE)
# Words that make an Act the basis of the strategy rather than a passing reference.
BASIS_CUES = re.compile(
    r"\b(?:under|underpinning|legislative\s+foundation|provides\s+the\s+legislation|enshrined|requires|duty|"
    r"statutory\s+basis|legal\s+implications)\b",
    re.IGNORECASE,
)
# The section 10 duty described without citing the section.
COOPERATION_DUTY = re.compile(
    r"\bduty\s+to\s+(?:ensure|make\s+arrangements)[^.]{0,80}?\bco-?operat\w*\b[^.]{0,60}?\bimprov\w*\s+"
    r"(?:the\s+)?(?:outcomes|well-?being)\b",
    re.IGNORECASE,
)


def act_key(title: str, year: str) -> str:
    """"Children's Act 2004" is a common slip for the Children Act 2004."""
    title = re.sub(r"\s+", " ", re.sub(r"'s\b", "", title.lower()))
    title = re.sub(r"^the\s+", "", title)
    return f"{title} {year}"


def act_iri(key: str) -> NamedNode:
    if key in KNOWN_ACTS:
        kind, year, number = KNOWN_ACTS[key]
        return vocab.legislation_iri(kind, year, number)
    return vocab.entity_iri("legislation", key)


def _state_act(reading: Reading, key: str, where: tuple[int, int], rule: str) -> NamedNode:
    iri = act_iri(key)
    doc = reading.doc
    doc.state(iri, A, SL("Legislation"), rule, where)
    doc.state(iri, A, NamedNode(ELI + "LegalResource"), rule, where)
    doc.state(iri, TITLE, literal(key.title().replace(" And ", " and ").replace(" Of ", " of ")), rule, where)
    return iri


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(text.rfind(". ", 0, start) + 2, 0) if text.rfind(". ", 0, start) >= 0 else 0
    right = text.find(". ", end)
    return left, (right + 1 if right >= 0 else len(text))


def legislation(reading: Reading) -> None:
    """Acts named as the basis of the document's strategy, and sections it cites."""
    doc, main = reading.doc, reading.main
    cited_sections: set[tuple[int, int]] = set()
    for match in doc.finditer(SECTION):
        key = act_key(match.group("title"), match.group("year"))
        act = _state_act(reading, key, (match.start("title"), match.end("year")), "section-citation")
        section = match.group("section")
        provision = NamedNode(f"{act.value}/section/{section}") if key in KNOWN_ACTS else NamedNode(f"{act.value}/section-{section}")
        doc.state(provision, A, SL("LegislativeProvision"), "section-citation", match)
        doc.state(provision, vocab.term(ELI, "is_part_of"), act, "section-citation", match)
        doc.state(provision, RDFS_LABEL, literal(f"section {section} of the {key.title()}"), "section-citation", match)
        if (key, section) in KNOWN_SECTIONS:
            doc.state(provision, TITLE, literal(KNOWN_SECTIONS[(key, section)]), "section-citation", match,
                      derivation="inferred", reason="the heading of this section on legislation.gov.uk")
        if main:
            doc.state(main.iri, SL("cites"), provision, "section-citation", match)
            doc.state(main.iri, SL("basedOn"), act, "section-citation", match)
        cited_sections.add((match.start(), match.end()))
    for match in doc.finditer(ACT):
        if any(s <= match.start() < e for s, e in cited_sections):
            continue
        key = act_key(match.group("title"), match.group("year"))
        act = _state_act(reading, key, (match.start(), match.end()), "act-mention")
        start, end = sentence_around(doc.text, match.start(), match.end())
        if main and BASIS_CUES.search(doc.text[start:end]):
            doc.state(main.iri, SL("basedOn"), act, "act-as-basis", (start, end))
    cooperation_duty(reading)


def cooperation_duty(reading: Reading) -> None:
    """The section 10 co-operation duty described in words: an inferred citation of s.10."""
    doc, main = reading.doc, reading.main
    if main is None:
        return
    for match in doc.finditer(COOPERATION_DUTY):
        start, end = sentence_around(doc.text, match.start(), match.end())
        context = doc.text[max(0, start - 200) : end + 200]
        act = ACT.search(context)
        if not act or act_key(act.group("title"), act.group("year")) != "children act 2004":
            continue
        provision = NamedNode(act_iri("children act 2004").value + "/section/10")
        doc.state(
            main.iri, SL("cites"), provision, "section-10-cooperation-duty", match, derivation="inferred",
            reason="describes the duty of section 10 of the Children Act 2004 ('Co-operation to improve "
            "well-being'): the authority must make arrangements for its partners to co-operate to improve outcomes",
        )
        doc.state(provision, A, SL("LegislativeProvision"), "section-10-cooperation-duty", match, derivation="inferred",
                  reason="section 10 of the Children Act 2004")
        doc.state(provision, vocab.term(ELI, "is_part_of"), act_iri("children act 2004"),
                  "section-10-cooperation-duty", match, derivation="inferred", reason="section 10 of the Children Act 2004")


QUOTED_GUIDANCE = re.compile(
    rf"[\"'](?P<title>{names.CAPPHRASE})(?:\s*-\s*(?P<sub>[^\"']{{3,200}}))?[\"']\s+which\s+was\s+published\s+by\s+"
    rf"(?:the\s+)?(?P<publisher>{names.CAPPHRASE})\s+in\s+(?P<when>{MONTH_DATE.pattern})"
)
PARENTHESISED_GUIDANCE = re.compile(
    rf"\((?P<title>Statutory\s+Guidance\s+on\s+[^,()]{{5,160}}),\s+(?P<when>{MONTH_DATE.pattern})\.?\)"
)
SHORT_CITATION = re.compile(rf"\((?P<short>{names.CAPPHRASE}),\s+(?P<year>(?:19|20)\d\d)\.?\)")
INFORMED_BY = re.compile(r"\b(?:informed|shaped|guided)\s+(?:and\s+\w+\s+)?by\s*$")


def guidance_iri(title: str, year: str) -> NamedNode:
    return vocab.entity_iri("guidance", f"{names.tidy(title)} {year}")


def statutory_guidance(reading: Reading) -> None:
    """Guidance documents (not strategies): "'Working Together to Safeguard Children - A guide
    ...' which was published by Department for Education in March 2013"."""
    doc, main = reading.doc, reading.main
    known: list[tuple[str, str, NamedNode]] = []
    for pattern in (QUOTED_GUIDANCE, PARENTHESISED_GUIDANCE):
        for match in doc.finditer(pattern):
            title = names.tidy(match.group("title"))
            when = parse_month_date(MONTH_DATE.match(match.group("when")))
            iri = guidance_iri(title, when.lexical[:4])
            doc.state(iri, A, SL("StatutoryGuidance"), "statutory-guidance", match)
            doc.state(iri, TITLE, literal(title), "statutory-guidance", match)
            doc.state(iri, NamedNode(DCTERMS + "issued"), literal(when), "statutory-guidance", match)
            if "sub" in pattern.groupindex and match.group("sub"):
                doc.state(iri, vocab.ALT_TITLE, literal(f"{title} - {match.group('sub').strip()}"), "statutory-guidance", match)
            if "publisher" in pattern.groupindex:
                publisher = names.organisation_iri(names.tidy(match.group("publisher")))
                doc.state(publisher, A, SL("GovernmentDepartment"), "statutory-guidance", match)
                doc.state(publisher, RDFS_LABEL, literal(names.tidy(match.group("publisher"))), "statutory-guidance", match)
                doc.state(iri, PUBLISHER, publisher, "statutory-guidance", match)
            if main and INFORMED_BY.search(doc.text[max(0, match.start() - 40) : match.start()]):
                doc.state(main.iri, SL("informedBy"), iri, "informed-by", (max(0, match.start() - 40), match.end()))
            known.append((title, when.lexical[:4], iri))
    for match in doc.finditer(SHORT_CITATION):
        short, year = names.key_of(match.group("short")), match.group("year")
        for title, title_year, iri in known:
            if year == title_year and names.key_of(title).startswith(short):
                doc.state(iri, vocab.ALT_TITLE, literal(f"{match.group('short')}, {year}"), "short-citation", match)
                if main:
                    doc.state(main.iri, SL("cites"), iri, "short-citation", match)


GROUP_COUNT = [
    re.compile(rf"\bThere\s+(?:were|are)\s+(?P<n>{COUNT})\s+(?P<group>[A-Z][A-Za-z']*?)s?\s+across\s+the\s+\w+"),
    re.compile(rf"\bunderpinned\s+by\s+the\s+(?P<n>{COUNT})\s+(?P<group>{names.CAPPHRASE}?)\s+\((?P<alias>[A-Z]+)s?\)"),
]


def partnership_groups(reading: Reading) -> None:
    """"There were 12 LCPGs across the county"; "underpinned by the 23 Local Children's
    Services Partnership (LCSPs) plans": groups, how many, and the strategy they deliver."""
    doc = reading.doc
    for pattern in GROUP_COUNT:
        for match in doc.finditer(pattern):
            written = doc.aliases.get(match.group("group"), match.group("group"))
            if not re.search(r"\b(?:Group|Partnership|Board|Forum)$", written):
                continue
            name = written if written.endswith("s") else written + "s"
            group = reading.organisation(name, (match.start("group"), match.end("group")), "partnership-count")
            doc.state(group, SL("memberCount"), literal(parse_count(match.group("n"))), "partnership-count", match)
            if "underpinned" in match.group(0) and reading.main:
                doc.state(reading.main.iri, SL("deliveredThrough"), group, "partnership-count", match)


RULES = [legislation, statutory_guidance, partnership_groups]
