"""Rules about strategies themselves: names, periods, roles, supersession, content.

Each rule is a function ``rule(reading)`` that records facts on ``reading.doc``; its
name (the function name, dashed) is the ``rule:`` IRI cited by the evidence.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from pyoxigraph import NamedNode

from loaders import lexicon, names
from loaders.dates import COUNT, parse_count
from loaders.document import Document, literal
from loaders.reading import Reading, alternative_names
from loaders.registry import Rule, register_rules
from strategy_lineage import vocab
from strategy_lineage.vocab import (
    ALT_TITLE,
    DCTERMS,
    PUBLISHER,
    RDFS_LABEL,
    SKOS,
    SKOS_ALT_LABEL,
    SKOS_PREF_LABEL,
    TITLE,
    A,
)

SL = vocab.sl
CHILDREN_AND_YOUNG_PEOPLE = "children and young people"


def audience_iri(label: str) -> NamedNode:
    return vocab.entity_iri("audience", label)


def strategy_mentions(reading: Reading) -> None:
    """Every named mention of a strategy states what it is; titled mentions state its title and period."""
    titles = document_titles(reading)
    for mention in reading.mentions:
        if not mention.name.minor:  # a minor plan is typed by the lineage rules if a relation involves it
            title = titles.get(mention.name.iri.value)
            state_strategy(reading.doc, mention.name, (mention.start, mention.end), title)
            for label in mention.also_called:  # "our LOIP" beside the plan's own name: another name of it
                reading.doc.state(
                    mention.name.iri, SKOS_ALT_LABEL, literal(label), "appositive-name", (mention.start, mention.end)
                )
            acronym = BRACKETED_ACRONYM.search(reading.doc.text, mention.start, mention.end)
            before = reading.doc.text[mention.start : acronym.start()].strip() if acronym else ""
            # "Local Outcome Improvement Plan (LOIP) 2016-2026": the plan's acronym, defined right after its
            # head noun ("Special Educational Needs and Disabilities (SEND) Strategy": the topic's, not the plan's)
            if acronym and lexicon.head_of_name(before) is not None:
                reading.doc.state(
                    mention.name.iri, ALT_TITLE, literal(acronym.group("acronym")), "acronym-definition", acronym
                )


# An acronym in brackets inside a plan's name as written.
BRACKETED_ACRONYM = re.compile(r"\((?P<acronym>[A-Z][A-Za-z]{1,8})\)")


def document_titles(reading: Reading) -> dict[str, str]:
    """The one title a document gives each plan: the fullest of the titles its mentions write whole
    (a plan has one dcterms:title; "Aberdeen City's Children's Services Plan 2023-2026" beside "the
    Children's Services Plan 2023-2026"). A title missing the publisher's place is never one."""
    titles: dict[str, str] = {}  # by IRI: "Homelessness & Rough Sleeper Strategy" and "... and ..." are one plan
    for mention in reading.mentions:
        name = mention.name
        iri = name.iri.value
        if name.title and not name.place_added and len(name.title) > len(titles.get(iri, "")):
            titles[iri] = name.title
    return titles


def state_strategy(
    doc: Document, name: names.StrategyName, where: tuple[int, int], document_title: str | None = None
) -> None:
    """What one mention says of a strategy: that it is one, its class, names and period. Its title is
    the document's title of the plan when this mention writes it; other ways the text writes it (without
    the place the key adds, "the Children and Young People's Plan 2008-2011") are labels."""
    rule = "strategy-title" if name.title else "strategy-name"
    iri = name.iri
    doc.state(iri, A, SL("Strategy"), rule, where)
    if name.head:
        doc.state(iri, A, SL(name.head), rule, where)
    doc.state(iri, SL("describedBy"), vocab.source_iri(doc.source_id), rule, where)
    for alternative in alternative_names(name):
        doc.state(iri, ALT_TITLE, literal(alternative), rule, where)
    if not name.title:
        return
    for acronym in plan_acronyms(doc.text[where[0] : where[1]], name.title):  # "LTP3", "Local Transport Plan (LTP4)"
        doc.state(iri, SKOS_ALT_LABEL, literal(acronym), rule, where)
    is_title = name.title == (document_title or name.title) and not name.place_added
    doc.state(iri, TITLE if is_title else RDFS_LABEL, literal(name.title), rule, where)
    if name.place_added:  # the key's form, which names the place, to find the plan by
        doc.state(iri, SKOS_ALT_LABEL, literal(name.key), rule, where)
    valid_from, valid_until = name.period or (None, None)
    if valid_from:
        doc.state(iri, SL("validFrom"), literal(valid_from), rule, where)
    if valid_until:
        doc.state(iri, SL("validUntil"), literal(valid_until), rule, where)
    if CHILDREN_AND_YOUNG_PEOPLE in name.title.lower().replace("'s", ""):
        doc.state(iri, SL("audience"), audience_iri(CHILDREN_AND_YOUNG_PEOPLE), rule, where)
        doc.state(
            audience_iri(CHILDREN_AND_YOUNG_PEOPLE), SKOS_PREF_LABEL, literal("Children and young people"), rule, where
        )
    if doc.place and doc.publisher and re.search(rf"\b{re.escape(doc.place)}\b", name.title):
        state_publisher(
            doc,
            iri,
            "publisher-from-title",
            where,
            f"the title names {doc.place} and the source is published by {doc.publisher}",
        )
    elif doc.place and doc.publisher and name.place_added:  # "the Play Strategy 2024-2028" in its council's text
        state_publisher(
            doc,
            iri,
            "strategy-publisher-from-source",
            where,
            f"the source, published by {doc.publisher}, names the plan without another owner or place",
        )


_ACRONYM = re.compile(r"(?<![\w'’-])(?P<letters>[A-Z]{2,6})(?P<number>[1-9]?)(?![\w'’-])")
_SMALL_WORDS = frozenset({"and", "of", "for", "the", "in", "&"})


def plan_acronyms(written: str, title: str) -> list[str]:
    """The acronyms of the whole plan in what a mention writes: "LTP3" for Local Transport Plan 3, "LTP4" in "Local
    Transport Plan (LTP4) 2026-2040"; not a topic's ("SEND" in "Special Educational Needs and Disabilities (SEND)
    Strategy": its letters are not the initials of the plan's name)."""
    words = [w for w in re.findall(r"[\w'’-]+", title) if w.lower() not in _SMALL_WORDS and not w[:1].isdigit()]
    initials = "".join(w[0].upper() for w in words)
    numbers = re.findall(r"\b[1-9]\b", title)
    return [
        found.group(0)
        for found in _ACRONYM.finditer(written)
        if found.group(0) != title
        and found.group("letters") == initials
        and (found.group("number") or None) == (numbers[0] if len(numbers) == 1 else None)
    ]


def state_publisher(doc: Document, plan: NamedNode, rule: str, where: tuple[int, int], reason: str) -> None:
    """The source's publisher published ``plan``: and it is an organisation, of the class its name
    says, even when the text itself never types it (a publisher given by metadata)."""
    assert doc.publisher is not None
    publisher = names.organisation_iri(doc.publisher)
    doc.state(plan, PUBLISHER, publisher, rule, where, derivation="inferred", reason=reason)
    if doc.publisher_found is not None:
        return  # read from the text: loaders.publisher states what it is, quoting where it is named
    organisation_class = "Council" if doc.publisher.endswith("Council") else names.organisation_class(doc.publisher)
    for predicate, obj in ((A, SL(organisation_class)), (RDFS_LABEL, literal(doc.publisher))):
        doc.state(publisher, predicate, obj, rule, where, derivation="inferred", reason=reason)


def acronym_definitions(reading: Reading) -> None:
    """ "The Children and Young People's Plan (CYPP)": an acronym of the document's strategy."""
    doc, main = reading.doc, reading.main
    if main is None or not main.title:
        return
    for alias, full in doc.aliases.items():
        if full.lower() in main.title.lower() and re.search(r"\b(?:Plan|Framework|Strategy)$", full):
            match = re.search(rf"{re.escape(full)}\s+\({re.escape(alias)}\)", doc.text)
            if match:
                doc.state(main.iri, ALT_TITLE, literal(alias), "acronym-definition", match)


ROLE = re.compile(
    r"\bas\s+(?P<place>[A-Z][a-z]+)'s\s+(?P<role>(?:partnership|multi-?agency|overarching|strategic)\s+"
    r"(?:strategy|plan|framework)\s+for\s+(?:children(?:\s+and\s+young\s+people)?|young\s+people|adults|families))\b"
)


def partnership_role(reading: Reading) -> None:
    """ "... as Kent's partnership strategy for children and young people": the role it fills."""
    for match in reading.doc.finditer(ROLE):
        strategy = reading.strategy_near(match.start())
        if strategy:
            reading.doc.state(strategy.iri, SL("role"), literal(match.group("role").lower()), "partnership-role", match)


PARTIAL_REPLACE = re.compile(
    r"\breplaces\s+(?P<extent>most|many|some|part|several)\s+of\s+the\s+(?:previous|existing|former)\s+"
    r"(?P<what>[^.]{0,80}?plans)\b[^.]{0,60}?\bincluding\s+(?:the\s+)?(?P<list>[^.]+)\."
)
LIST_SPLIT = re.compile(r",\s*(?:and\s+)?|\s+and\s+(?=[A-Z])")


def partial_supersession(reading: Reading) -> None:
    """ "replaces most of the previous statutory ... plans ... including A, B, and C"."""
    doc = reading.doc
    for match in doc.finditer(PARTIAL_REPLACE):
        new = reading.strategy_near(match.start())
        if new is None:
            continue
        statutory = "statutory" in match.group("what").lower()
        list_start = match.start("list")
        for item in LIST_SPLIT.split(match.group("list")):
            name = names.tidy(item)
            if not re.search(r"\b(?:Plan|Strategy|Framework)$", name):
                continue
            start = doc.text.index(name, list_start)
            where = (start, start + len(name))
            old = names.from_bare_name(name)
            doc.state(old.iri, A, SL("Strategy"), "partial-supersession", where)
            doc.state(old.iri, A, SL("StatutoryPlan" if statutory else "Plan"), "partial-supersession", where)
            doc.state(old.iri, TITLE, literal(name), "partial-supersession", where)
            doc.state(
                new.iri,
                SL("partiallySupersedes"),
                old.iri,
                "partial-supersession",
                match,
                reason=f"the text says it replaces {match.group('extent')} of the previous {match.group('what')}",
            )


DEVELOPED_FROM = re.compile(
    rf"\b(?P<name>{names.CAPPHRASE}),?\s+(?:was\s+)?developed\s+in\s+(?P<when>(?:(?:late|early|mid|the\s+end\s+of)\s+)?"
    rf"(?:19|20)\d\d)\s+from\s+(?P<from>{names.CAPPHRASE})"
)


def development(reading: Reading) -> None:
    """ "Every Day Matters, developed in late 2012 from Kent's Children's Services Peer Review"."""
    doc = reading.doc
    for match in doc.finditer(DEVELOPED_FROM):
        strategy = reading.strategy_named(match.group("name"))
        origin_name = names.tidy(match.group("from"))
        origin = vocab.entity_iri("document", origin_name)
        doc.state(strategy.iri, SL("developmentPeriod"), literal(match.group("when")), "developed-from", match)
        doc.state(strategy.iri, SL("developedFrom"), origin, "developed-from", match)
        doc.state(
            origin, A, vocab.term(vocab.PROV, "Entity"), "developed-from", (match.start("from"), match.end("from"))
        )
        doc.state(
            origin, vocab.RDFS_LABEL, literal(origin_name), "developed-from", (match.start("from"), match.end("from"))
        )


OUTCOME_COUNTS = re.compile(
    rf"\bfocuses\s+on\s+(?P<outcomes>{COUNT})\s+outcomes,?\s+and\s+(?P<indicators>{COUNT})\s+indicators", re.IGNORECASE
)
INDICATOR_SET = re.compile(rf"\bfrom\s+a\s+set\s+of\s+(?P<indicators>{COUNT})\s+indicators", re.IGNORECASE)
# "The four outcomes are that children and young people in Kent:" followed by one outcome per line.
OUTCOME_LIST = re.compile(rf"\bThe\s+(?P<n>{COUNT})\s+outcomes\s+are\s+that[^:]{{0,300}}:", re.IGNORECASE)
# The label runs from the first to the last non-space character (a lazy label before a trailing
# \s*$ would be quadratic in a line of spaces).
BULLET = re.compile(r"^\s*(?:[•\-*\uf0b7\u2022]|\(?[a-z0-9]\))?\s*(?P<label>\S(?:.*\S)?)\s*$")


def outcomes_and_indicators(reading: Reading) -> None:
    doc = reading.doc
    for match in doc.finditer(OUTCOME_COUNTS):
        strategy = reading.strategy_near(match.start())
        if strategy:
            doc.state(
                strategy.iri, SL("outcomeCount"), literal(parse_count(match.group("outcomes"))), "outcome-count", match
            )
            doc.state(
                strategy.iri,
                SL("indicatorCount"),
                literal(parse_count(match.group("indicators"))),
                "outcome-count",
                match,
            )
    for match in doc.finditer(INDICATOR_SET):
        strategy = reading.main
        if strategy:
            doc.state(
                strategy.iri,
                SL("indicatorCount"),
                literal(parse_count(match.group("indicators"))),
                "indicator-set",
                match,
            )
    for match in doc.finditer(OUTCOME_LIST):
        strategy = reading.strategy_near(match.start())
        if strategy is not None:
            _outcome_list(reading, strategy, match)


def _outcome_list(reading: Reading, strategy: names.StrategyName, match: re.Match[str]) -> None:
    """The N lines after the list's lead-in are its outcomes (bullets are often lost in scraping)."""
    doc = reading.doc
    scheme = NamedNode(f"{strategy.iri.value}/outcomes")
    doc.state(scheme, A, NamedNode(SKOS + "ConceptScheme"), "outcome-list", match)
    after = doc.clean.origin[match.end() - 1] + 1
    for offset, line in _lines_after(reading, after, parse_count(match.group("n"))):
        item = BULLET.match(line)
        if item is None:
            continue  # a blank line is no outcome
        label = item.group("label")
        where = (offset + item.start("label"), offset + item.end("label"))
        outcome = NamedNode(f"{scheme.value}/{vocab.slugify(label)}")
        for subject, predicate, obj in (
            (strategy.iri, SL("hasOutcome"), outcome),
            (outcome, A, SL("Outcome")),
            (outcome, SKOS_PREF_LABEL, literal(label)),
            (outcome, NamedNode(SKOS + "inScheme"), scheme),
        ):
            doc.state(subject, predicate, obj, "outcome-list", where, original=True)


def _lines_after(reading: Reading, after: int, count: int) -> list[tuple[int, str]]:
    """The first ``count`` non-blank lines starting at or after offset ``after`` of the original
    (the document's lines are split once, and found by bisection: one list per match would be
    quadratic in a document of many lists)."""
    lines = reading.lines
    found: list[tuple[int, str]] = []
    for offset, line in lines[bisect_left(lines, (after, "")) :]:
        if len(found) == count:
            break
        if line.strip():
            found.append((offset, line))
    return found


RULES = [
    strategy_mentions,
    acronym_definitions,
    partnership_role,
    partial_supersession,
    development,
    outcomes_and_indicators,
]

__all__ = ["RULES", "DCTERMS"]

register_rules(
    __name__,
    Rule(
        "strategy-title",
        "a strategy named with its full title (and period): its type, title, period, audience",
        "the Riverside Children and Young People's Plan 2021-2024",
    ),
    Rule(
        "strategy-name",
        "a strategy named by a short or quoted name without a full title",
        "to replace 'Brighter Futures' as the partnership plan",
    ),
    Rule(
        "publisher-from-title",
        "a title naming the publisher's place: the strategy's publisher (inferred)",
        "the Riverside Housing Strategy, in a Riverside Borough Council document",
    ),
    Rule(
        "strategy-publisher-from-source",
        "a dated plan the text names without a place or another owner: the source's publisher's (inferred)",
        "the Play Strategy 2024-2028, in a Riverside Borough Council document",
    ),
    Rule(
        "acronym-definition",
        "an acronym defined for the document's strategy",
        "the Children and Young People's Plan (CYPP)",
    ),
    Rule(
        "appositive-name",
        "another name set beside a plan's own (after a dash, in brackets, or after a comma and 'our'): one plan, "
        "the other name a label of it, here and wherever the text uses it again",
        "The City Plan for Riverside 2017-2027 - our LOIP - replaces the Single Outcome Agreement.",
    ),
    Rule(
        "partnership-role",
        "the role a strategy fills for a place",
        "as Riverside's partnership strategy for children and young people",
    ),
    Rule(
        "partial-supersession",
        "a strategy replacing some of a list of previous plans",
        "It replaces most of the previous statutory plans, including the Youth Justice Plan and the Play Plan.",
    ),
    Rule(
        "developed-from",
        "when a strategy was developed and what it grew from",
        "Brighter Futures, developed in early 2014 from the Children's Services Review",
    ),
    Rule(
        "outcome-count",
        "how many outcomes and indicators a strategy focuses on",
        "The plan focuses on five outcomes and 24 indicators.",
    ),
    Rule(
        "indicator-set",
        "the size of the indicator set a strategy is measured by",
        "progress is tracked from a set of 30 indicators",
    ),
    Rule(
        "outcome-list",
        "the outcomes a strategy lists after announcing how many there are",
        "The three outcomes are that young people in Riverside: / are safe / are healthy / achieve",
    ),
)
