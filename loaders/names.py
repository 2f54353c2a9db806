"""Recognising named things in cleaned text and minting one IRI per real-world thing.

The same plan is written many ways ("Kent's Children and Young People's Plan 2008-2011",
"The Children and Young People's Plan 2008-2011", "the CYPP"); the key functions here
normalise a name to the form its IRI is minted from, so that every source, loaded in
any order, arrives at the same IRI without looking at what is already stored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from pyoxigraph import NamedNode

from loaders import lexicon
from loaders.dates import PERIOD, XsdValue, parse_period
from loaders.periods import Period
from loaders.plan_names import MAX_SLOGAN_PHRASE, PlanName, a_section_label
from loaders.text import finditer
from strategy_lineage import vocab

# A capitalised name: "Working Together to Improve Outcomes", "Every Day (1) Matters".
# Every repetition is bounded and a word starts only where a word starts, so that a pattern
# tries O(1) work per position and any text is read in linear time (docs/linear-time.md):
# a run of ten thousand capitalised words or one 100,000-letter token is no longer quadratic.
MAX_WORD = 60  # characters in one word of a name
MAX_NAME_WORDS = 12  # capitalised words in one name (joining words are not counted)
_WORD = rf"(?<![\w-])[A-Z0-9][\w'&-]{{0,{MAX_WORD}}}"
_JOIN = r"(?:\s{1,3}(?:\(\d{1,2}\)\s{1,3})?(?:(?:to|and|of|for|the|a|an|in|on|about|our|with|&)\s{1,3}){0,3})"
CAPPHRASE = rf"{_WORD}(?:{_JOIN}{_WORD}){{0,{MAX_NAME_WORDS}}}"
HEADS = r"(?:Plan|Framework|Strategy)"

# "Every Day Matters: Kent's Multiagency Strategic Plan for Children and Young People 2013-2016"; a slogan of two
# phrases, "Living Longer, Living Better: ...".
COLON_TITLE = re.compile(
    rf"(?P<name>{CAPPHRASE}(?:,\s(?:{CAPPHRASE}))?):\s+(?P<sub>[^.:;\"()]{{0,120}}?\b(?i:{HEADS})\b[^.:;\"()]{{0,80}}?)\s*(?P<period>{PERIOD.pattern})"
)
# "Kent's Children and Young People's Plan 2008-2011 - Positive about our Future -"
PERIOD_TITLE = re.compile(
    rf"(?P<name>(?:{_WORD}\s+(?:(?:and|for|of|&)\s+)?){{0,{MAX_NAME_WORDS}}}?{_WORD}\s+(?i:{HEADS})"
    rf"(?:\s+(?:for|of)\s+(?:{_WORD}\s+(?:(?:and|for|of|&)\s+)?){{0,{MAX_NAME_WORDS}}}?{_WORD})?)\s+(?P<period>{PERIOD.pattern})"
    rf"(?:\s+-\s+(?P<sub>[A-Z][a-z]+(?:\s+[a-z]+)*\s+[A-Z][a-z]+)\s+-)?"
)
# '"Working Together to Improve Outcomes", the new Kent Children and Young People's Framework 2016 - 2019'
QUOTED_NAME = re.compile(
    rf"[\"'](?P<name>{CAPPHRASE}(?:[,:]\s+{CAPPHRASE}){{0,4}})[\"']"
    rf"(?:,\s+the\s+(?:new\s+)?(?P<generic>[^,.;]{{0,80}}?\b{HEADS})\s+(?P<period>{PERIOD.pattern})"
    # "'Healthier Together' (our Strategic Plan)": the kind of plan the slogan names, in brackets after it
    rf"|\s\((?:the\s|our\s|its\s|their\s|[\w-]+'s\s){{1,2}}(?P<described>(?:[\w'-]+\s){{0,4}}?(?i:{HEADS}))\))?"
)
# Words that make a quoted name a strategy when they come just before it: a head noun ("the Council's
# Programme "Local Voices: Highland Choices"") or a word of succession ("an evolution of "Working Together
# for the Highlands"", "the successor to "Bright Futures"").
STRATEGY_CONTEXT = re.compile(
    rf"\b(?:{HEADS}|strategy|framework|plan|programme|evolution\s+of|successor\s+to|replacement\s+for|replaces)\b"
    rf"[^.\"']{{0,25}}$",
    re.IGNORECASE,
)

# ("Our" with a capital stays: "the Our Manchester Strategy", the slogan "Our Brightwater 2021-2026".)
_LEADING = re.compile(
    r"^(?:\d+/\d+\s*-\s*|\d+\s+|(?:(?i:the|a|an|new|draft|final|revised|updated|then|approve|adopt|endorse)|our)\s+)+"
)
# Header labels that end a line before a colon, never part of a name.
FIELD_LABELS = re.compile(
    r"\b(?:Subject|Summary|Classification|Title|Decision|Meeting|Minutes|To|By|From|Date|Item|Contact|Recommendations?)$",
    re.IGNORECASE,
)
_LIST_MARKER = re.compile(r"\s*\(\d{1,2}\)\s*")
_POSSESSIVE_PLACE = re.compile(r"^(?P<place>[A-Z][a-z]+)'s\s+")


@dataclass(frozen=True)
class StrategyName:
    """One way a document names a strategy, and the canonical forms derived from it."""

    key: str  # what the IRI is minted from
    title: str | None  # canonical full title, when this mention gives one
    short: str | None  # distinctive short name ("Every Day Matters")
    head: str | None  # Plan | Framework | Strategy
    period: tuple[XsdValue | None, XsdValue | None] | None
    subtitle: str | None = None
    base: str | None = None  # the name without its period ("Kent Housing Strategy")
    # A plan that is a strategy only when a relation involves it ("the Climate Action Plan").
    minor: bool = False
    edition: str | None = None  # "2017-18 Refresh": an edition that keeps the plan's period
    # Named in lower case in passing ("the housing strategy"): a mention only of a plan the text titles.
    in_passing: bool = False
    # The key names the publisher's place and the text did not ("All Age Carers Strategy 2024-2029" in a
    # Telford and Wrekin document): the title is what the text writes, the key is completed for identity.
    place_added: bool = False
    # "fourth" in "its fourth Community Plan": the plan the text titles by the name without it, else this one
    ordinal: str | None = None

    @property
    def iri(self) -> NamedNode:
        return vocab.entity_iri("strategy", self.key)


def tidy(name: str) -> str:
    """Drop list markers, leading articles and repeated spaces from a name as written."""
    name = _LIST_MARKER.sub(" ", name)
    name = _LEADING.sub("", name.strip())
    return re.sub(r"\s+", " ", name).strip(" -,")


def smart_case(text: str) -> str:
    """Title-case a name written in capitals, keeping small words small."""
    if not text.isupper():
        return text
    small = {"and", "of", "for", "the", "to", "in", "on", "about", "our", "with", "a"}
    words = text.lower().split()
    return " ".join(w if (i and w in small) else w[:1].upper() + w[1:] for i, w in enumerate(words))


def head_of(text: str) -> str | None:
    match = re.search(rf"\b{HEADS}\b(?!.*\b{HEADS}\b)", text, re.IGNORECASE)
    return match.group(0).capitalize() if match else None


def period_text(period: tuple[XsdValue, XsdValue]) -> str:
    return f"{period[0].lexical}-{period[1].lexical}"


def complete_with_place(name: str, place: str | None) -> str:
    """The matching key of a name: "Kent's Children and Young People's Plan" and "Children and Young
    People's Plan" both become "Kent Children and Young People's Plan" in a Kent document; a name that
    already names the place ("Joint Kent Health and Wellbeing Strategy") keeps it where it is. A
    possessive that is not the place's ("Children's Services Plan") stays. A title shows what the text
    writes (:func:`as_written`); only the key is completed."""
    if place:  # "Aberdeen City's Children's Services Plan": the place's council's plan
        name = re.sub(
            rf"^{re.escape(place)} (?:City|County|Borough|District|Council)(?: Council)?'s ", f"{place} ", name
        )
    name = as_written(name, place)
    if place:  # "Digital Strategy for Gloucester" is the "Gloucester Digital Strategy"
        tail = re.search(rf" (?:for|in|of) (?:the )?{_place_pattern(place)}$", name, re.IGNORECASE)
        if tail and tail.start() > 0:
            name = name[: tail.start()]
    if place and not names_place(name, place) and not _names_another_place(name):
        name = f"{place} {name}"
    return name


def _names_another_place(name: str) -> bool:
    from loaders import publisher  # publisher reads names: imported here, when first needed

    return publisher.opens_with_a_place(name)


def _place_pattern(place: str) -> str:
    """A place as a pattern, "and" and "&" alike ("Telford & Wrekin")."""
    return " (?:and|&) ".join(re.escape(part) for part in re.split(r" (?:and|&) ", place))


def names_place(name: str, place: str) -> bool:
    """Whether a name writes the place ("All Age Carers Strategy for Telford and Wrekin")."""
    place, name = place.replace("&", "and"), name.replace("&", "and")  # "Telford & Wrekin"
    return re.search(rf"(?<![\w-]){re.escape(place)}(?![\w-])", name, re.IGNORECASE) is not None


def _place_added(written: str, place: str | None) -> bool:
    """Whether completing ``written`` with the publisher's place adds words the text did not write."""
    return place is not None and not names_place(written, place)


def as_written(name: str, place: str | None) -> str:
    """A name as the text writes it, the place's possessive aside: "Kent's Children and Young People's
    Plan" is titled "Kent Children and Young People's Plan" (so that every source titles it alike);
    "Aberdeen City's Children's Services Plan" and "Children's Services Plan" stay as written."""
    match = _POSSESSIVE_PLACE.match(name)
    owner = match.group("place") if match else None
    if (
        match
        and owner
        and (owner.lower() == (place or "").lower() or (place is None and owner not in _NOUNS_NOT_PLACES))
    ):
        name = f"{owner} {name[match.end() :]}"
    return name


# Words whose possessive opens many plan names without being a place's ("Children's Services Plan").
_NOUNS_NOT_PLACES = frozenset(
    {"Children", "People", "Women", "Men", "Carers", "Citizens", "Everybody", "Everyone", "Nation", "City", "County"}
)


# Lower-case words a title after a colon may hold: "Kent's Multiagency Strategic Plan for Children and Young People".
_TITLE_SMALL_WORDS = frozenset({"and", "of", "for", "the", "to", "in", "on", "with", "a", "an", "our", "about", "&"})


def is_title_phrase(phrase: str) -> bool:
    """Whether ``phrase`` reads as a title (capitalised words and the small words between them), not a
    clause: "2 November 2021 Cheshire East Council's Cabinet will be asked to approve a new ... Strategy"
    (a dateline run into a sentence) is not."""
    words = [w.strip("\"'(),-") for w in phrase.split()]
    return all(not w or w[0].isupper() or w[0].isdigit() or w.lower() in _TITLE_SMALL_WORDS for w in words)


def _period_of(written: str) -> tuple[XsdValue, XsdValue] | None:
    """The start and end years of a period the patterns above captured."""
    found = PERIOD.match(written)
    return parse_period(found) if found else None


def _names_a_plan(name: str) -> bool:
    """Whether a name the older patterns found ends in a head noun that names a plan ("Delivery Plan",
    "Business Operating Plan" do not) and is not guidance, an assessment or another body's plan."""
    head = lexicon.head_of_name(name)
    return (head is None or head.is_strategy) and not lexicon.not_a_plan(name)


def slogan_start(written: str) -> int:
    """Where a title's slogan starts in the phrase before its colon: "Living Longer, Living Better" is one slogan
    of two short phrases; a longer run before a comma ("... Public Health, Environment and Prosperity on Healthy
    and Happy Communities") keeps only what follows the last comma."""
    phrases = written.split(", ")
    if len(phrases) == 1 or (len(phrases) == 2 and all(len(p.split()) <= MAX_SLOGAN_PHRASE for p in phrases)):
        return 0
    return written.rindex(", ") + 2


def from_colon_title(match: re.Match[str]) -> StrategyName | None:
    short = smart_case(tidy(match.group("name")))
    if len(short.split()) < 2 or FIELD_LABELS.search(short) or _has_label_word(short) or a_section_label(short + ":"):
        return None  # "Chapter 3: Vision and Strategy ...": a part of a document, no slogan of a plan
    if not is_title_phrase(tidy(match.group("sub"))):
        return None
    subtitle = smart_case(tidy(match.group("sub")))
    period = _period_of(match.group("period"))
    if period is None:
        return None
    title = f"{short}: {subtitle} {period_text(period)}"
    return StrategyName(key=short, title=title, short=short, head=head_of(subtitle), period=period)


def _has_label_word(name: str) -> bool:
    """ "Yes Purpose", "Accompanying Documents": field labels and values run together, not a name."""
    stops = lexicon.name_stops("inside")
    return any(word.lower() in stops for word in name.split())


def from_period_title(match: re.Match[str], place: str | None) -> StrategyName | None:
    name = smart_case(tidy(match.group("name")))
    period = _period_of(match.group("period"))
    if period is None or len(name.split()) < 2 or not _names_a_plan(name):
        return None
    written, completed = as_written(name, place), complete_with_place(name, place)
    sub = match.group("sub")
    return StrategyName(
        key=f"{completed} {period_text(period)}",
        title=f"{written} {period_text(period)}",
        short=None,
        head=head_of(name),
        period=period,
        subtitle=smart_case(tidy(sub)) if sub else None,
        base=completed,
        place_added=_place_added(written, place),
    )


def from_quoted_name(match: re.Match[str], text: str, place: str | None) -> StrategyName | None:
    written = match.group("name")
    if match.group(0)[0] == "'" and "' " in written:
        # "'It's Everybody's Business' Lewisham's ...": the quote closed inside; what follows is no name
        return None
    short = smart_case(tidy(written))
    if len(short.split()) < 2 or re.search(rf"\b{HEADS}\b", short, re.IGNORECASE):
        return None
    if match.group("generic"):
        period = _period_of(match.group("period"))
        if period is None:
            return None
        generic = smart_case(tidy(match.group("generic")))
        written = as_written(generic, place)
        title = f"{short}: {written} {period_text(period)}"
        added = _place_added(written, place)
        return StrategyName(
            key=short, title=title, short=short, head=head_of(generic), period=period, place_added=added
        )
    if match.group("described"):  # "'Healthier Together' (our Strategic Plan)": the plan, and what kind it is
        described = smart_case(tidy(match.group("described")))
        return StrategyName(
            key=short, title=None, short=short, head=head_of(described), period=None, subtitle=described
        )
    if not STRATEGY_CONTEXT.search(text[max(0, match.start() - 40) : match.start()]) and not _HEAD_AFTER.match(
        text, match.end()
    ):
        return None
    if _an_aim(text, match.start()):
        return None  # "four objectives: 'Improve Health & Wellbeing', ...": an aim of a plan, not a plan
    if names_something_else(short):
        return None  # "through an independent 'Active City Board'": a body set near a plan, not its slogan
    return StrategyName(key=short, title=None, short=short, head=None, period=None)


def names_something_else(name: str) -> bool:
    """A name with no head noun that is a body's ("the Children's Trust Board"), guidance, an Act, a report, or a
    building, service or fund ("the Mill Lane Hostel": a ``headless-end`` stop), never a plan's slogan."""
    return (
        ORG_TAIL.search(name) is not None
        or lexicon.not_a_plan(name)
        or name.split()[-1].lower() in lexicon.name_stops("headless-end")
    )


# A head noun in lower case right after a quoted slogan: "the 'Moving Forward in Eastmoor' plan".
_HEAD_AFTER = re.compile(r" (?:plan|strategy|framework)\b")
AIM_WINDOW = 100  # characters before a quoted phrase, within its sentence, read for a word of aims


def _an_aim(text: str, start: int) -> bool:
    """Whether a word for a plan's aims (``name-stops.csv``, position ``aims``) comes before ``start`` in its
    sentence."""
    window = text[max(0, start - AIM_WINDOW) : start]
    sentence = re.split(r"[.;!?]\s", window)[-1]
    return any(word.lower() in lexicon.name_stops("aims") for word in re.findall(r"[A-Za-z]+", sentence))


def from_plan_name(plan: PlanName, place: str | None) -> StrategyName:
    """A name the general grammar found: "the Council's Housing Strategy 2013-2016"."""
    name = named_with_period(plan.name, plan.period, place, plan.head.cls, plan.slogan)
    if plan.edition and name.title:
        separator = ", " if plan.edition[0].isdigit() and plan.period is not None else " "
        # "Dementia Plan 2019 Refresh": a dated edition, its key completed with the place as a period's is.
        key = name.key if plan.period else complete_with_place(name.key, place)
        name = replace(
            name,
            key=f"{key}{separator}{plan.edition}",
            title=f"{name.title}{separator}{plan.edition}",
            edition=plan.edition,
            place_added=_place_added(name.title, place),
        )
    # "the associated Action Plan for 2014 - 15": a year's actions, a plan in its own right only if replaced.
    yearly = plan.period is None or (
        plan.period.start is not None and plan.period.end is not None and plan.period.end - plan.period.start <= 1
    )
    minor = plan.head.minor and (not own_topic(plan.name, plan.head) if plan.head.topical else yearly)
    # "the 2015-2018 strategy": a plan known only by its period is one only when a relation involves it.
    headless = plan.name.lower() == plan.head.words.lower() and " " not in plan.head.words
    if plan.written and name.title:  # "Litter Strategy - A Cleaner Coast": the plan's whole name as written
        name = replace(name, short=plan.written)
    if plan.ordinal and name.title:  # "fourth Community Plan", also known as "Community Plan"
        ordinal_name = f"{plan.ordinal} {name.title}"
        name = replace(name, key=ordinal_name, title=ordinal_name, base=ordinal_name, subtitle=name.title)
        name = replace(name, ordinal=plan.ordinal)
    return replace(name, minor=minor or headless, in_passing=plan.in_passing)


def with_slogan_after(name: StrategyName, slogan: str) -> StrategyName:
    """A plan's name followed by its slogan ("our new Corporate Plan, 'A Town where everyone thrives'"): with a
    period the plan keeps its titled name and the slogan is a short name of it; without one the slogan is what
    tells this plan from every other of that kind (the plan's key and title, the kind's name an alternative)."""
    if name.period:
        return replace(name, short=slogan)
    return replace(name, key=slogan, title=slogan, short=slogan, subtitle=name.title, base=slogan, minor=False)


def own_topic(written: str, head: lexicon.Head) -> bool:
    """ "Climate Emergency Action Plan": the words before the head give a topic of its own; "Action Plan" gives
    none and "Carers Strategy Action Plan" delivers the Carers Strategy."""
    at = written.lower().rfind(head.words.lower())  # "Action Plan 18": a number after the head is no topic
    topic = written[: max(at, 0)].strip()
    return bool(topic) and lexicon.head_of_name(topic) is None


def named_with_period(
    written: str, period: Period | None, place: str | None, head: str | None = None, slogan: str | None = None
) -> StrategyName:
    """The strategy a name and an optional period identify. With a period the key is completed
    with the publisher's place (one plan of that name per place) and the title is what the text
    writes; without one both stay as written (a plan named in passing, "the Behaviour Support Plan")."""
    subtitle = smart_case(tidy(slogan)) if slogan else None
    if period is None:
        base = complete_with_place(smart_case(tidy(written)), None)
        return StrategyName(
            key=base, title=base, short=None, head=head or head_of(base), period=None, subtitle=subtitle, base=base
        )
    name = smart_case(tidy(written))
    base, as_titled = complete_with_place(name, place), as_written(name, place)
    return StrategyName(
        key=f"{base} {period.text}",
        title=f"{as_titled} {period.text}",
        short=None,
        head=head or head_of(base),
        period=period.validity,
        subtitle=subtitle,
        base=base,
        place_added=_place_added(as_titled, place),
    )


def from_bare_name(name: str) -> StrategyName:
    """A strategy named in passing ("replace Every Day Matters as ...")."""
    short = smart_case(tidy(name))
    return StrategyName(key=short, title=None, short=short, head=head_of(short), period=None)


@lru_cache(maxsize=8192)
def key_of(name: str) -> str:
    """The matching key of a name: case-, quote- and punctuation-insensitive."""
    return vocab.slugify(tidy(name))


# Organisations ----------------------------------------------------------------

ORG_HEADS = (
    r"(?:Board|Committee|Council|Cabinet|Group|Groups|Partnership|Partnerships|Forum|Network|Trust|Department"
    r"|Assembly|Panel)"
)
# The phrase naming a body, "the then Shadow Health and Wellbeing Board", with no group of its own
# so that patterns can use it several times.
ORG_PHRASE = (
    rf"(?:(?:the|then)\s+){{0,2}}(?:(?:0-25\s+|(?<![\w-])[A-Z][\w'&-]{{0,{MAX_WORD}}}\s+)"
    rf"(?:(?:[A-Z][\w'&-]{{0,{MAX_WORD}}}|and|of|for|&)\s+){{0,{MAX_NAME_WORDS}}}?)?"
    rf"{ORG_HEADS}(?:\s+(?i:board|committee))?\b"
)
# "To: County Council - 16 October 2008": the addressee of a report, and maybe its date.
TO_FIELD = re.compile(
    rf"\bTo:\s+(?P<body>{ORG_PHRASE})(?:\s+-\s+(?P<date>\d{{1,2}}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+(?:19|20)\d\d))?"
)
# A name that ends like a body's: "... Board", "... Partnership", "the Council".
ORG_TAIL = re.compile(rf"\b{ORG_HEADS}$")
ORG_CLASSES = {
    "board": "Board",
    "committee": "Committee",
    "council": "Council",
    "group": "PartnershipGroup",
    "groups": "PartnershipGroup",
    "partnership": "PartnershipGroup",
    "partnerships": "PartnershipGroup",
    "forum": "PartnershipGroup",
    "network": "PartnershipGroup",
    "trust": "Board",
    "department": "GovernmentDepartment",
    "cabinet": "Committee",
    "assembly": "Council",  # "the Assembly": a London borough's full council (Barking and Dagenham)
    "panel": "Committee",
}


_A_COUNCIL = re.compile(r"\bCouncil\b|^(?:London|Royal) Borough of\b|^Cyngor\b|^Comhairle\b")


def organisation_name(
    name: str, place: str | None, publisher: str | None, aliases: dict[str, str], addressee: str | None = None
) -> str:
    """Canonical name of a body: expands the document's abbreviations; "County Council" -> publisher;
    "the Health and Wellbeing Board" in a report to the Kent Health and Wellbeing Board -> that board."""
    name = tidy(name)
    if addressee and addressee.lower().endswith(name.lower()) and addressee.lower() != name.lower():
        return addressee
    for short, full in aliases.items():
        name = re.sub(rf"\b{re.escape(short)}\b", full, name)
    if (
        publisher
        and _A_COUNCIL.search(publisher)
        and name.lower() in {"county council", "the council", "council", place and f"{place} council".lower()}
    ):
        return publisher  # "the County Council" is the publisher when that is a council, not when it is a partnership
    # Title case a lower-case head ("Kent Children's Trust board").
    return re.sub(r"\b(board|committee|group|groups)\b", lambda m: m.group(1).capitalize(), name)


def organisation_class(name: str) -> str:
    last = name.split()[-1].lower()
    if "cabinet committee" in name.lower():
        return "Committee"
    return ORG_CLASSES.get(last, "Board")


def organisation_iri(name: str) -> NamedNode:
    return vocab.entity_iri("organisation", name)


# "0-25 Health and Wellbeing Board (HWBB)", "Local Children's Partnership Group (LCPG)"
ALIAS_DEFINITION = re.compile(rf"(?P<name>{CAPPHRASE})\s+\((?P<alias>[A-Z][A-Za-z0-9]{{1,9}}?)s?\)")


def _is_subsequence(short: str, long: str) -> bool:
    letters = iter(long)
    return all(char in letters for char in short)


def abbreviates(alias: str, name: str) -> bool:
    """ "HWBB" abbreviates "Health and Wellbeing Board": every significant word's initial is
    used in order, and the alias's letters all come from the words, in order."""
    words = [w for w in re.findall(r"[A-Za-z0-9][\w'-]*", name) if w[0].isupper() or w[0].isdigit()]
    if not words or alias[0].upper() != words[0][0].upper():
        return False
    initials = "".join(w[0] for w in words).upper()
    return _is_subsequence(initials, alias.upper()) and _is_subsequence(alias.upper(), "".join(words).upper())


def find_aliases(text: str) -> dict[str, str]:
    """Abbreviations a document defines, each mapped to the shortest tail of the phrase before
    it that the letters fit ("0-25 Health and Wellbeing Board (HWBB)" -> "Health and Wellbeing Board")."""
    aliases: dict[str, str] = {}
    for match in finditer(ALIAS_DEFINITION, text):
        alias, words = match.group("alias"), tidy(match.group("name")).split()
        for size in range(1, len(words) + 1):
            candidate = " ".join(words[-size:])
            if candidate.split()[0].lower() not in {"and", "of", "for", "the", "to", "&"} and abbreviates(
                alias, candidate
            ):
                aliases[alias] = candidate
                break
    return aliases
