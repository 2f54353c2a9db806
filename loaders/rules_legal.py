"""Rules about the legal and policy basis of a strategy: Acts, sections, guidance, partnerships."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from typing import cast

from pyoxigraph import NamedNode

from loaders import names
from loaders.dates import COUNT, MONTH_DATE, parse_count, parse_month_date
from loaders.document import literal
from loaders.facts import Derivation
from loaders.legislation import (
    ActMention,
    ProvisionCitation,
    act_mentions,
    duties,
    provisions,
    short_references,
)
from loaders.reading import Reading
from loaders.registry import Rule, register_rules
from strategy_lineage import vocab
from strategy_lineage.vocab import DCTERMS, ELI, PUBLISHER, RDFS_LABEL, TITLE, A

SL = vocab.sl

# Words that make an Act the basis of the strategy rather than a passing reference.
BASIS_CUES = re.compile(
    r"\b(?:under|underpinning|legislative\s+foundation|provides\s+the\s+legislation|enshrined|requires|duty|"
    r"statutory\s+basis|legal\s+implications)\b",
    re.IGNORECASE,
)


def _state_act(reading: Reading, mention: ActMention, rule: str) -> NamedNode:
    """An Act as a national thing: its legislation.gov.uk IRI when the table knows it, else
    an IRI from its name (never a guessed number)."""
    doc, iri, where = reading.doc, mention.iri, (mention.start, mention.end)
    doc.state(iri, A, SL("Legislation"), rule, where)
    doc.state(iri, A, NamedNode(ELI + "LegalResource"), rule, where)
    written = f"{mention.title} {mention.year}" if mention.year else mention.title
    if mention.canonical_title == written:
        doc.state(iri, TITLE, literal(mention.canonical_title), rule, where)
    else:
        doc.state(
            iri,
            TITLE,
            literal(mention.canonical_title),
            rule,
            where,
            derivation="inferred",
            reason=f"the title data/reference/legislation.csv gives the Act written {written!r}",
        )
    return iri


# A sentence is looked for at most this far either side of a match: a text with no full stop
# would otherwise be searched from end to end for every match (docs/linear-time.md).
MAX_SENTENCE = 2000


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence holding ``text[start:end]`` (cut at MAX_SENTENCE characters either side)."""
    floor, ceiling = max(0, start - MAX_SENTENCE), min(len(text), end + MAX_SENTENCE)
    stop = text.rfind(". ", floor, start)
    left = stop + 2 if stop >= 0 else floor
    right = text.find(". ", end, ceiling)
    return left, (right + 1 if right >= 0 else ceiling)


def legislation(reading: Reading) -> None:
    """Acts named as the basis of the document's strategy, and the provisions it cites."""
    doc, main = reading.doc, reading.main
    mentions = act_mentions(doc.text)  # a pass over the whole text: read once for both
    for mention in mentions:
        cited = provisions(doc.text, mention)
        act = _state_act(reading, mention, "section-citation" if cited else "act-mention")
        for citation in cited:
            _state_provision(reading, citation)
        if main and cited:
            doc.state(main.iri, SL("basedOn"), act, "section-citation", (cited[0].start, cited[0].end))
        elif main:
            start, end = sentence_around(doc.text, mention.start, mention.end)
            if BASIS_CUES.search(doc.text, start, end):
                doc.state(main.iri, SL("basedOn"), act, "act-as-basis", (start, end))
    for short in short_references(doc.text, mentions):
        for citation in provisions(doc.text, short):
            _state_provision(reading, citation, short_reference=True)
    statutory_duties(reading, {m.act.path for m in mentions if m.act})


def _state_provision(reading: Reading, citation: ProvisionCitation, short_reference: bool = False) -> None:
    """A provision and the strategy's citation of it; through "the 2021 Act" (``short_reference``)
    the Act is the one named earlier, so the citation is inferred by that rule."""
    doc, main, where = reading.doc, reading.main, (citation.start, citation.end)
    provision = citation.iri
    rule, derivation, reason = "section-citation", cast(Derivation, "stated"), None
    if short_reference:
        rule, derivation = "short-act-reference", cast(Derivation, "inferred")
        reason = f"the only Act of {citation.act.year} the document names before, the {citation.act.canonical_title}"
    doc.state(provision, A, SL("LegislativeProvision"), rule, where, derivation=derivation, reason=reason)
    doc.state(
        provision, vocab.term(ELI, "is_part_of"), citation.act.iri, rule, where, derivation=derivation, reason=reason
    )
    doc.state(
        provision,
        RDFS_LABEL,
        literal(f"{citation.written} of the {citation.act.canonical_title}"),
        rule,
        where,
        derivation=derivation,
        reason=reason,
    )
    if citation.heading:
        doc.state(
            provision,
            TITLE,
            literal(citation.heading),
            "section-citation",
            where,
            derivation="inferred",
            reason="the heading of this provision on legislation.gov.uk",
        )
    if main:
        doc.state(main.iri, SL("cites"), provision, rule, where, derivation=derivation, reason=reason)


def statutory_duties(reading: Reading, named: AbstractSet[str]) -> None:
    """A duty described in words ("a duty to co-operate to improve outcomes") cites the provision
    that imposes it, by inference, when the document names that provision's Act (``named``: the paths
    of the Acts it names)."""
    doc, main = reading.doc, reading.main
    if main is None:
        return
    for duty in duties():
        if duty.act not in named:
            continue
        act = NamedNode(vocab.LEGISLATION + duty.act)
        provision = NamedNode(f"{act.value}/{duty.provision}")
        for match in doc.finditer(duty.cue):
            doc.state(main.iri, SL("cites"), provision, duty.rule, match, derivation="inferred", reason=duty.reason)
            doc.state(
                provision, A, SL("LegislativeProvision"), duty.rule, match, derivation="inferred", reason=duty.reason
            )
            doc.state(
                provision,
                vocab.term(ELI, "is_part_of"),
                act,
                duty.rule,
                match,
                derivation="inferred",
                reason=duty.reason,
            )


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
    # Each guidance once, however often it is named: a list per mention made every short
    # citation cite it once per mention (quadratic in a long document).
    known: dict[NamedNode, tuple[str, str]] = {}
    for pattern in (QUOTED_GUIDANCE, PARENTHESISED_GUIDANCE):
        for match in doc.finditer(pattern):
            title = names.tidy(match.group("title"))
            month = MONTH_DATE.match(match.group("when"))
            if month is None:
                continue  # the pattern's "when" is a month and year; never otherwise
            when = parse_month_date(month)
            iri = guidance_iri(title, when.lexical[:4])
            doc.state(iri, A, SL("StatutoryGuidance"), "statutory-guidance", match)
            doc.state(iri, TITLE, literal(title), "statutory-guidance", match)
            doc.state(iri, NamedNode(DCTERMS + "issued"), literal(when), "statutory-guidance", match)
            if "sub" in pattern.groupindex and match.group("sub"):
                doc.state(
                    iri,
                    vocab.ALT_TITLE,
                    literal(f"{title} - {match.group('sub').strip()}"),
                    "statutory-guidance",
                    match,
                )
            if "publisher" in pattern.groupindex:
                publisher = names.organisation_iri(names.tidy(match.group("publisher")))
                doc.state(publisher, A, SL("GovernmentDepartment"), "statutory-guidance", match)
                doc.state(
                    publisher, RDFS_LABEL, literal(names.tidy(match.group("publisher"))), "statutory-guidance", match
                )
                doc.state(iri, PUBLISHER, publisher, "statutory-guidance", match)
            if main and INFORMED_BY.search(doc.text[max(0, match.start() - 40) : match.start()]):
                doc.state(main.iri, SL("informedBy"), iri, "informed-by", (max(0, match.start() - 40), match.end()))
            known.setdefault(iri, (title, when.lexical[:4]))
    for match in doc.finditer(SHORT_CITATION):
        short, year = names.key_of(match.group("short")), match.group("year")
        for iri, (title, title_year) in known.items():
            if year == title_year and names.key_of(title).startswith(short):
                doc.state(iri, vocab.ALT_TITLE, literal(f"{match.group('short')}, {year}"), "short-citation", match)
                if main:
                    doc.state(main.iri, SL("cites"), iri, "short-citation", match)


GROUP_COUNT = [
    re.compile(rf"\bThere\s+(?:were|are)\s+(?P<n>{COUNT})\s+(?P<group>[A-Z][A-Za-z']*?)s?\s+across\s+the\s+\w+"),
    re.compile(rf"\bunderpinned\s+by\s+the\s+(?P<n>{COUNT})\s+(?P<group>{names.CAPPHRASE}?)\s+\((?P<alias>[A-Z]+)s?\)"),
]


def partnership_groups(reading: Reading) -> None:
    """ "There were 12 LCPGs across the county"; "underpinned by the 23 Local Children's
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

register_rules(
    __name__,
    Rule(
        "section-citation",
        "a provision of an Act cited by section (s.10, section 116A(5) of ...): the Act, the "
        "provision and the strategy's citation of it",
        "under section 17 of the Crime and Disorder Act 1998",
    ),
    Rule(
        "short-act-reference",
        'a provision of "the <year> Act" cited after exactly one Act of that year was named in full: '
        "a provision of that Act, inferred",
        "The Domestic Abuse Act 2021 ... Section 84(4) of the 2021 Act",
    ),
    Rule(
        "act-mention",
        "an Act named anywhere, with its legislation.gov.uk identifier when it is in the table",
        "the Localism Act 2011",
    ),
    Rule(
        "act-as-basis",
        "an Act named in a sentence that makes it the strategy's legal basis",
        "The Homelessness Act 2002 requires every housing authority to publish a strategy.",
    ),
    Rule(
        "statutory-guidance",
        "statutory guidance (not a strategy): its title, date and publisher",
        "'Keeping Children Safe' which was published by the Department for Education in July 2022",
    ),
    Rule(
        "informed-by",
        "a strategy informed or shaped by a piece of guidance",
        "The plan was informed by 'Keeping Children Safe' ...",
    ),
    Rule("short-citation", "a short citation of guidance named earlier", "(Keeping Children Safe, 2022)"),
    Rule(
        "partnership-count",
        "how many partnership groups there are, and the strategy they deliver",
        "There are 9 Locality Boards across the county.",
    ),
    *(
        Rule(
            duty.rule,
            f"a duty described in words, without its section: {duty.reason}",
            duty.example or duty.cue.pattern,
        )
        for duty in duties()
    ),
)
