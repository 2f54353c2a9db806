"""What a document names: its strategies, bodies and abbreviations, read once for all rules.

A :class:`Reading` is built from a :class:`~loaders.document.Document` before the
fact rules run. It knows every strategy mention (with its canonical name), which
strategy the document is mainly about (so "the plan" can be resolved), and mints
organisations, recording the facts that introduce them as it goes.
"""

from __future__ import annotations

import bisect
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from typing import TypeVar, cast

from pyoxigraph import NamedNode

from loaders import lexicon, names, plan_names
from loaders.document import Document, literal
from loaders.names import StrategyName
from loaders.periods import Period, period_at
from loaders.spans import Spans
from loaders.text import finditer, lines_with_offsets
from strategy_lineage import vocab
from strategy_lineage.vocab import ORG, RDFS_LABEL, SKOS_ALT_LABEL, A

# "the plan", "This framework", "the Multiagency Plan", "The CYPP": the document's own strategy.
ANAPHORA = re.compile(
    r"\b(?:the|this|that)\s+(?:(?:updated|final|draft|new|revised|current|multiagency|strategic)\s+)*"
    r"(?:plan|framework|strategy|document|CYPP)\b(?!\s+(?:for|of)\s+[A-Z])",
    re.IGNORECASE,
)


# A blank line, or a line that starts a numbered paragraph ("2.1 ", "3. ", "(4) ", "b) "); a
# wrapped line that starts with a year ("2012 from ...") is not one.
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n|\n(?=[ \t]*(?:\d{1,2}(?:\.\d+)*\.?|\(\d+\)|[a-z]\))[ \t])")

# Phrases that name a strategy without quotes or a period: "to replace Every Day Matters as",
# "The current framework for children and young people's services is Every Day Matters,".
BARE_NAME_CONTEXTS = [
    re.compile(rf"\breplaces?\s+(?P<name>{names.CAPPHRASE})\s+as\b"),
    re.compile(rf"\bcurrent\s+(?:plan|framework|strategy)\b[^.]{{0,80}}?\bis\s+(?P<name>{names.CAPPHRASE}),"),
    # A plan known by a slogan, named as what is replaced or succeeded: "the replacement for Towards 2010",
    # "the successor to Brighter Futures", "Towards 2010 or its successor documents".
    re.compile(rf"\b(?:replacement|successor)\s+(?:for|of|to)\s+(?P<name>{names.CAPPHRASE})"),
    re.compile(rf"(?P<name>{names.CAPPHRASE})\s+(?:or|and)\s+its\s+(?:successor|replacement)"),
    # A slogan said to be the body's plan: "Vision 2035 is our blueprint for the borough".
    re.compile(
        rf"(?P<name>{names.CAPPHRASE})['\"]?\s+is\s+(?:our|the\s+council's|the\s+partnership's)\s+"
        rf"(?:[a-z-]+\s+){{0,2}}(?:plan|strategy|blueprint|framework|roadmap)\b"
    ),
]


_TRAILING_YEAR = re.compile(r"\s+\d{4}$")


def bare_plan_name(written: str) -> bool:
    """A name without a head noun that a context calls a plan is one when it has two words or more and
    is not a body's name ("the successor to the Children's Trust Board"), guidance, an Act, a report,
    or a building, service or fund ("to replace the Mill Lane Hostel": a ``headless-end`` stop)."""
    name = names.tidy(written)
    head = lexicon.head_of_name(_TRAILING_YEAR.sub("", name))
    return (
        len(name.split()) >= 2
        and (head is None or head.is_strategy)  # "the Glenmuir Single Outcome Agreement 2013": a kind that is no plan
        and not names.names_something_else(name)
    )


# A document's heading: at most its first three non-blank lines, each a short line.
HEADING_LINES = 3
HEADING_MAX_CHARS = 160


@dataclass(frozen=True)
class Mention:
    name: StrategyName
    start: int
    end: int
    # Another name the text gives the plan here ("our LOIP" set beside "The City Plan for X 2017-2027"): a label.
    also_called: tuple[str, ...] = ()


_Read = TypeVar("_Read")


@dataclass
class Reading:
    doc: Document
    mentions: list[Mention] = field(default_factory=list)
    _organisations: dict[str, NamedNode] = field(default_factory=dict)
    _start_index: list[int] = field(default_factory=list)
    _expansions: dict[str, list[Mention]] = field(default_factory=dict)
    # Indexes of ``mentions`` for the lookups rules make once per match, so that a document
    # with thousands of mentions is read in linear time (docs/linear-time.md). Each is rebuilt
    # when ``mentions`` is replaced or shrinks, and extended when it grows.
    _names: dict[str, StrategyName] = field(default_factory=dict, repr=False)
    _names_of: tuple[list[Mention] | None, int] = (None, 0)
    _in_order: tuple[tuple[list[Mention], int], tuple[list[int], list[int]] | None] | None = field(
        default=None, repr=False
    )
    # What rules read from the whole document and share (its sentences ...), by the function that reads it.
    _shared: dict[Callable[[Document], object], object] = field(default_factory=dict, repr=False)

    def shared(self, read: Callable[[Document], _Read]) -> _Read:
        """``read(doc)``, made once per document: several rules ask for the same pass over the whole text
        (the sentence boundaries: seven rules, some once per match)."""
        if read not in self._shared:
            self._shared[read] = read(self.doc)
        return cast(_Read, self._shared[read])

    def _state(self) -> tuple[list[Mention], int]:
        """Which list of mentions, at which length, an index was built from."""
        return self.mentions, len(self.mentions)

    def _is_current(self, built: tuple[list[Mention], int]) -> bool:
        return built[0] is self.mentions and built[1] == len(self.mentions)

    @cached_property
    def addressee(self) -> str | None:
        """The body a report is addressed to ("To: Kent Health and Wellbeing Board"); read once,
        as every body a rule names asks for it."""
        match = self.doc.search(names.TO_FIELD)
        return names.tidy(match.group("body")) if match else None

    # Strategies ----------------------------------------------------------------
    def strategy_named(self, name: str) -> StrategyName:
        """The strategy a bare name refers to: a known short name or alias, else a new one."""
        return self._names_index().get(names.key_of(name)) or names.from_bare_name(name)

    def _names_index(self) -> dict[str, StrategyName]:
        """The key of each mention's name and short name -> the first such mention's name."""
        listed, indexed = self._names_of
        if listed is not self.mentions or indexed > len(self.mentions):
            self._names.clear()
            indexed = 0
        for mention in self.mentions[indexed:]:
            for written in (mention.name.key, mention.name.short):
                if written:
                    self._names.setdefault(names.key_of(written), mention.name)
        self._names_of = self._state()
        return self._names

    def expanded(self, expansion: str, position: int) -> StrategyName:
        """What an acronym ("the ICSP") stands for here: the nearest plan named by its
        expansion, else the expansion itself."""
        wanted = names.key_of(expansion)
        if wanted not in self._expansions:
            keys = {m.name.base or m.name.key for m in self.mentions}
            fitting = {key for key in keys if names.key_of(key).endswith(wanted)}
            self._expansions[wanted] = [m for m in self.mentions if (m.name.base or m.name.key) in fitting]
        matching = self._expansions[wanted]
        at = _bisect(matching, position)
        if matching:
            return (matching[at - 1] if at > 0 else matching[0]).name
        return names.named_with_period(expansion, None, self.doc.place)

    @cached_property
    def by_key(self) -> dict[str, list[Mention]]:
        """The mentions of each distinct plan, in order (read once the mentions are all found)."""
        found: dict[str, list[Mention]] = {}
        for mention in self.mentions:
            found.setdefault(mention.name.key, []).append(mention)
        return found

    def between(self, start: int, end: int) -> list[Mention]:
        """Mentions that start in [start, end), in order (found by bisection: rules stay linear)."""
        starts = self._starts()
        return self.mentions[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]

    def _starts(self) -> list[int]:
        if len(self._start_index) != len(self.mentions):
            self._start_index[:] = [m.start for m in self.mentions]
        return self._start_index

    @cached_property
    def main(self) -> StrategyName | None:
        """The strategy the document is about: the one its heading names, else the one with a
        full title mentioned most (then the latest period: a text presenting a new plan also
        names the one it follows, sometimes more often than itself)."""
        counts: dict[str, tuple[int, int, int, StrategyName]] = {}
        heading_end = self._heading_end
        origin = self.doc.clean.origin
        for mention in self.mentions:
            key = mention.name.key
            # A title with a period or a distinctive short name outranks a plain name.
            full = mention.name.title and (mention.name.period or mention.name.short)
            titled = 2 if full else int(bool(mention.name.title))
            headed = int(bool(mention.name.title) and origin[min(mention.start, len(origin) - 1)] < heading_end)
            in_heading, seen, first_titled, best = counts.get(key, (0, 0, 0, mention.name))
            if mention.name.title and not best.title:
                best = mention.name
            counts[key] = (max(in_heading, headed), seen + 1, max(first_titled, titled), best)
        if not counts:
            return None
        ranked = sorted(counts.values(), key=lambda c: (c[0], c[2], c[1], _start_year(c[3])), reverse=True)
        return ranked[0][3]

    @cached_property
    def _heading_end(self) -> int:
        """Where the document's heading ends: its first few short lines, before any paragraph
        ("Agenda item / Housing Strategy 2013-2016", a web page's title). A plan named there is
        what the document is about."""
        end, seen = 0, 0
        for offset, line in self.lines:
            if not line.strip():
                continue
            if len(line.strip()) > HEADING_MAX_CHARS or seen == HEADING_LINES:
                break
            end, seen = offset + len(line), seen + 1
        return end

    def strategy_near(self, position: int) -> StrategyName | None:
        """What "this framework" at ``position`` refers to: the last strategy named earlier in
        the same paragraph, else the document's main strategy."""
        origin = self.doc.clean.origin
        original = origin[min(position, len(origin) - 1)]
        breaks = self._paragraph_breaks
        paragraph_start = breaks[bisect_right(breaks, original) - 1] if breaks and breaks[0] <= original else 0
        starts = self._sorted_starts()
        if starts is None:  # mentions are sorted once read; until then, look at them all
            recent = [m for m in self.mentions if m.start < position and origin[m.start] >= paragraph_start]
            return recent[-1].name if recent else self.main
        before = bisect_left(starts, position) - 1
        if before >= 0 and origin[self.mentions[before].start] >= paragraph_start:
            return self.mentions[before].name
        return self.main

    def overlapping(self, start: int, end: int) -> Mention | None:
        """The first mention that overlaps [start, end) (it may begin before ``start``)."""
        ordered = self._ordered()
        if ordered is None:
            return next((m for m in self.mentions if m.start < end and m.end > start), None)
        starts, ends = ordered
        at = bisect_right(ends, start)
        return self.mentions[at] if at < len(starts) and starts[at] < end else None

    def named_before(self, position: int) -> bool:
        """Whether any mention starts before ``position``."""
        ordered = self._ordered()
        if ordered is None:
            return any(m.start < position for m in self.mentions)
        return bool(ordered[0]) and ordered[0][0] < position

    def last_ending_by(self, position: int) -> Mention | None:
        """The last mention that ends at or before ``position``."""
        ordered = self._ordered()
        if ordered is None:
            return next((m for m in reversed(self.mentions) if m.end <= position), None)
        at = bisect_right(ordered[1], position)
        return self.mentions[at - 1] if at else None

    def _sorted_starts(self) -> list[int] | None:
        """Where each mention starts, if ``mentions`` is in order (None otherwise)."""
        ordered = self._ordered()
        return ordered[0] if ordered else None

    def _ordered(self) -> tuple[list[int], list[int]] | None:
        """Where each mention starts and ends, if the mentions are in order and apart, as ``read``
        leaves them (so both lists are sorted and bisection answers in O(log n)); None otherwise."""
        if self._in_order is None or not self._is_current(self._in_order[0]):
            starts, ends = [m.start for m in self.mentions], [m.end for m in self.mentions]
            apart = all(a < b and e <= b for a, b, e in zip(starts, starts[1:], ends, strict=False))
            self._in_order = (self._state(), (starts, ends) if apart else None)
        return self._in_order[1]

    @cached_property
    def lines(self) -> list[tuple[int, str]]:
        """The original text's lines with the offset where each starts, split once."""
        return lines_with_offsets(self.doc.original)

    @cached_property
    def _paragraph_breaks(self) -> list[int]:
        """Where each paragraph of the original text starts (after its break), in order."""
        return [m.end() for m in PARAGRAPH_BREAK.finditer(self.doc.original)]

    # Organisations ----------------------------------------------------------------
    def organisation(self, written: str, where: tuple[int, int], rule: str) -> NamedNode:
        """Mint (once per document) the body named ``written`` and state its type and label."""
        name = names.organisation_name(written, self.doc.place, self.doc.publisher, self.doc.aliases, self.addressee)
        iri = names.organisation_iri(name)
        if name not in self._organisations:
            self._organisations[name] = iri
            cls = "Council" if name == self.doc.publisher else names.organisation_class(name)
            self.doc.state(iri, A, vocab.sl(cls), rule, where)
            self.doc.state(iri, A, NamedNode(ORG + "Organization"), rule, where)
            self.doc.state(iri, RDFS_LABEL, literal(name), rule, where)
            for alias, full in self.doc.aliases.items():
                if full in name and name.endswith(full):
                    self.doc.state(iri, SKOS_ALT_LABEL, literal(alias), rule, where)
        return iri


def read(doc: Document) -> Reading:
    """Find every strategy mention, longest and most specific first."""
    reading = Reading(doc)
    taken = Spans()

    def add(name: StrategyName | None, start: int, end: int) -> None:
        if name is not None and taken.take(start, end):
            reading.mentions.append(Mention(name, start, end))

    text, place = doc.text, doc.place
    breaks = paragraph_breaks(doc)
    for found in finditer(names.COLON_TITLE, text):
        match = _below_last_break(names.COLON_TITLE, text, found, breaks)
        if match is not None and (skip := names.slogan_start(match.group("name"))):
            match = names.COLON_TITLE.match(text, match.start("name") + skip)
        titled = names.from_colon_title(match) if match is not None else None
        if match is not None and titled is None and ", " in match.group("name"):
            # "Report on Greener Streets, Cleaner Air: ...": a label's words before the comma are no slogan's
            match = names.COLON_TITLE.match(text, match.start("name") + match.group("name").rindex(", ") + 2)
            titled = names.from_colon_title(match) if match is not None else None
        if match is not None:
            add(titled, match.start(), match.end())
    for match in finditer(names.QUOTED_NAME, text):
        if not _AFTER_A_HEAD.search(text, max(0, match.start() - 24), match.start()):  # the plan's slogan: below
            add(names.from_quoted_name(match, text, place), match.start(), match.end())
    for plan in plan_names.adopted_review_names(text):  # "the District Local Plan Review (adopted 2004)"
        add(names.from_plan_name(plan, place), plan.start, plan.end)
    series: dict[str, str] = {}  # numbered acronyms the text defines: "Local Transport Plan (LTP4)"
    lines = line_breaks(doc)
    for plan in plan_names.plan_names(text, breaks, lines):
        slogan = plan_names.slogan_after(text, plan.end) if plan.slogan is None else None
        name = names.from_plan_name(plan, place)
        # "our new Corporate Plan, 'A Town where everyone thrives'": the slogan is a name of the plan
        if slogan is None or not taken.take(plan.start, slogan.end):
            add(name, plan.start, plan.end)
        else:
            reading.mentions.append(Mention(names.with_slogan_after(name, slogan.slogan), plan.start, slogan.end))
        if plan.series:
            series.setdefault(*plan.series)
    for plan in plan_names.colon_slogan_names(text):  # "our 10-year Strategy: Thriving Thornbury"
        add(names.named_with_period(plan.name, plan.period, place, plan.head.cls), plan.start, plan.end)
    for plan in plan_names.coined_plan_names(text):  # "TAYplan", "FIFEplan": one word, never given a place
        add(names.named_with_period(plan.name, plan.period, None, plan.head.cls), plan.start, plan.end)
    for plan in plan_names.run_together_names(text):  # "Plan:Eastvale", "Vision2040", "our Strategy for 2050"
        add(names.named_with_period(plan.name, plan.period, None, plan.head.cls), plan.start, plan.end)
    for plan in plan_names.cut_names(text):  # "..., Local Cycling and Walking Infrastruct" where the excerpt ends
        add(names.named_with_period(plan.name, plan.period, None, plan.head.cls), plan.start, plan.end)
    for plan in plan_names.coordinated_names(text):  # "the SEND and Education Inclusion strategies"
        add(names.from_plan_name(plan, place), plan.start, plan.end)
    for plan in plan_names.slogan_names(text, breaks, lines):  # "Framing Kent's Future 2022-26"
        add(names.from_plan_name(plan, place), plan.start, plan.end)
    welsh = []
    for plan in plan_names.welsh_plan_names(text):
        name = names.named_with_period(plan.name, plan.period, None, plan.head.cls)
        if taken.take(plan.start, plan.end):
            welsh.append(Mention(name, plan.start, plan.end))
    for match in finditer(names.PERIOD_TITLE, text):
        add(names.from_period_title(match, place), match.start(), match.end())
    for index, pattern in enumerate(BARE_NAME_CONTEXTS):
        for match in finditer(pattern, text):
            if bare_plan_name(match.group("name")):
                written = match.group("name")
                known = reading.strategy_named(written)
                # A slogan named as what is replaced ("the replacement for Brighter Brackenford 2030") is titled
                # as written when the text names it nowhere else.
                if index >= 2 and known.title is None and known.key == names.from_bare_name(written).key:
                    known = names.named_with_period(written, None, None)
                add(known, match.start("name"), match.end("name"))
    plan_aliases = defined_plan_acronyms(doc.aliases, reading.mentions)  # "the Economic Development Strategy (EDS)"
    for start, end, expansion, period in plan_names.acronym_names(text, series, plan_aliases):
        if period is not None:
            add(names.named_with_period(expansion, period, place), start, end)
    # Short names already introduced are mentions wherever they recur.
    for short, start, end in recurrences(text, {m.name.short for m in reading.mentions if m.name.short}):
        add(reading.strategy_named(short), start, end)
    reading.mentions = sorted(reading.mentions + bilingual(text, welsh, reading.mentions), key=lambda m: m.start)
    reading.mentions = slogan_titles_as_one(appositions(text, reading.mentions, place, taken))
    for start, end, expansion, period in plan_names.acronym_names(text, series, plan_aliases):
        if period is None:
            add(reading.expanded(expansion, start), start, end)
    reading.mentions = appositive_names(text, sorted(reading.mentions, key=lambda m: m.start))
    # "the housing strategy" in lower case is a mention of a plan the text titles, or of none.
    reading.mentions = [m for m in resolve_periodless(reading.mentions) if not m.name.in_passing]
    reading.mentions = resolve_bare_periods(resolve_year_editions(reading.mentions))
    reading.mentions = policies_of_a_development_plan(reading.mentions)
    cut = cut_off_mention(text, reading.mentions)
    if cut is not None:
        reading.mentions.append(cut)
    return reading


# The plans made of numbered land-use policies: a "Policy" named beside one of them is one of its policies.
_DEVELOPMENT_PLAN = re.compile(r"\b(?:Local (?:Development )?Plan|Development Plan|Core Strategy|Structure Plan)\b")


def policies_of_a_development_plan(mentions: list[Mention]) -> list[Mention]:
    """ "an amendment to its Wind Energy Policy before adopting the Plan" on a Local Development Plan's page: an
    undated "Policy" there is one of the plan's policies, a plan only if a relation involves it (minor)."""
    if not any(_DEVELOPMENT_PLAN.search(m.name.key) for m in mentions):
        return mentions
    return [
        Mention(replace(m.name, minor=True), m.start, m.end, m.also_called) if _an_undated_policy(m.name) else m
        for m in mentions
    ]


def _an_undated_policy(name: StrategyName) -> bool:
    head = lexicon.head_of_name(name.key)
    return name.period is None and head is not None and head.words == "Policy"


# A plan's head noun (and period) and a comma just before a quoted phrase: "the Council Plan, 'Stronger Together'".
_AFTER_A_HEAD = re.compile(r"\b(?:Plan|Strategy|Framework|PLAN|STRATEGY|FRAMEWORK)(?: [0-9()/–-]{4,12})?,? $")


def defined_plan_acronyms(aliases: dict[str, str], mentions: list[Mention]) -> dict[str, str]:
    """The acronyms a text defines for plans it names ("the Economic Development Strategy (EDS)"): their
    expansions end in a head noun of a plan in its own right and are the name of a plan the text mentions."""
    # every name's word endings: "eastmoor visitor economy strategy", "visitor economy strategy", ...
    endings: set[str] = set()
    for key in {(m.name.base or m.name.key).lower() for m in mentions}:
        words = key.split()
        endings.update(" ".join(words[at:]) for at in range(len(words)))
    found = {}
    for alias, full in aliases.items():
        head = lexicon.head_of_name(full)
        if head is None or not head.is_strategy or head.minor or head.weak or full.lower() == head.words.lower():
            continue
        if full.lower() in endings:
            found[alias] = full
    return found


def _below_last_break(
    pattern: re.Pattern[str], text: str, match: re.Match[str], breaks: list[int]
) -> re.Match[str] | None:
    """A title's name never runs across a blank line ("Westvale Borough Council" above "Living Longer, Living
    Better: ..."): the match read again from the last break inside its name, if any."""
    at = bisect_left(breaks, match.end("name")) - 1
    if at < 0 or breaks[at] < match.start():
        return match
    return pattern.match(text, breaks[at] + 1)


# Between a Welsh name and its English one, either way round: " / ", " (the ", " - ".
_BETWEEN_LANGUAGES = re.compile(r" ?(?:/|\(|-|\)) ?(?:the |The |y |Y )?")


def bilingual(text: str, welsh: list[Mention], english: list[Mention]) -> list[Mention]:
    """Welsh mentions, each the English plan it stands beside ("Cynllun y Cyngor / the Council Plan
    2023-28", "Cynllun y Cyngor 2023-28 (the Council Plan 2023-28)") or else a plan of its own."""
    by_start = {m.start: m for m in english}
    by_end = {m.end: m for m in english}
    found = []
    for mention in welsh:
        after = _BETWEEN_LANGUAGES.match(text, mention.end)
        partner = by_start.get(after.end()) if after else None
        if partner is None:
            before = text.rfind(" /", max(0, mention.start - 4), mention.start)
            partner = by_end.get(before) if before >= 0 else None
        compatible = partner is not None and (mention.name.period is None or mention.name.period == partner.name.period)
        found.append(Mention(partner.name, mention.start, mention.end) if partner and compatible else mention)
    return found


# ", the integrated children's services plan for 2023-2026": a description set after a plan's own name.
_DESCRIBED = re.compile(
    r"(?:,| [-\u2013\u2014]) (?:the|our|its|their|this|a|an) (?:new |current |refreshed |updated |revised |latest )?$"
)


def appositions(text: str, mentions: list[Mention], place: str | None, taken: Spans) -> list[Mention]:
    """A name with no head noun that a description names as a plan ("For Highland's Children 5, the
    integrated children's services plan for 2023-2026") is that plan, with the description's period; the
    description is a mention of it; other numbers of a numbered name ("For Highland's Children 4
    (2020-2023)") are the other plans of its series."""
    found: list[Mention] = []
    series: dict[str, str] = {}
    for mention in mentions:
        lead = _DESCRIBED.search(text, max(0, mention.start - 20), mention.start)
        named = plan_names.appositive_name(text, lead.start()) if lead else None
        if lead is None or named is None or not taken.take(named[0], lead.start()):
            found.append(mention)
            continue
        name = names.named_with_period(named[1], _period_of_name(mention.name), place)
        found += [Mention(name, named[0], lead.start()), Mention(name, mention.start, mention.end)]
        numbered = re.fullmatch(r"(?P<prefix>.+) \d{1,2}", named[1])
        if numbered:
            series[numbered.group("prefix")] = named[1]
    found += [m for m in numbered_series(text, series, place) if taken.take(m.start, m.end)]
    return sorted(found, key=lambda m: m.start)


# Between a plan's name and another name set beside it: " - our ", " (the ", ", our " (a comma and "the" would
# also begin a list of plans: "the Housing Strategy, the Homelessness Strategy and ...").
_APPOSITION_OPENS = re.compile(r" ?(?:(?P<dash>-) |(?P<bracket>\())(?:our|its|their|the) |, (?:our|its|their) ")
_APPOSITION_CLOSES = {"dash": re.compile(r" ?-"), "bracket": re.compile(r"\)"), "comma": re.compile(r"[,.]")}


def appositive_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "The City Plan for Eastmoor 2017-2027 - our LOIP - replaces ...", "the Eastmoor Promise (our Corporate
    Plan) ...", "the Plan for Eastmoor, our Local Outcomes Improvement Plan, ...": another name set beside a plan
    is that plan (one node, the other name a label of it), here and wherever the text uses it again; never a
    name of another period."""
    renamed: dict[str, Mention] = {}  # the other name's key -> the plan's mention
    for first, second in zip(mentions, mentions[1:], strict=False):
        opens = _APPOSITION_OPENS.fullmatch(text, first.end, second.start)
        if opens is None or second.name.key == first.name.key or second.name.key in renamed:
            continue
        closes = _APPOSITION_CLOSES[opens.lastgroup or "comma"]
        if closes.match(text, second.end) is None or second.name.period not in (None, first.name.period):
            continue
        renamed[second.name.key] = first
    if not renamed:
        return mentions
    found = []
    for mention in mentions:
        plan = renamed.get(mention.name.key)
        if plan is None or mention.name.period not in (None, plan.name.period):
            found.append(mention)
            continue
        other = (text[mention.start : mention.end], mention.name.title or "")  # "LOIP", "Local Outcomes ... Plan"
        labels = tuple(dict.fromkeys(n for n in other if n and n != plan.name.title))
        found.append(Mention(plan.name, mention.start, mention.end, labels))
    return found


def slogan_titles_as_one(mentions: list[Mention]) -> list[Mention]:
    """ "Healthy and Happy Communities: Devon's Joint Health and Wellbeing Strategy, 2020-25" and "the Joint Health
    and Wellbeing Strategy 2020-25" in one text are one plan: a name with the period of a slogan's title, within
    the words after its colon, is that plan (the slogan-less name a label of it, not a plan of its own)."""
    titled = [m.name for m in mentions if m.name.short and m.name.period and ": " in (m.name.title or "")]
    if not titled:
        return mentions
    subtitles = {name.key: name_words((name.title or "").split(": ", 1)[1]) for name in titled}
    by_key = {name.key: name for name in titled}
    found = []
    for mention in mentions:
        name = mention.name
        if name.period and name.key not in by_key and not name.edition:
            forms = [name_words(form) for form in (name.base, name.title) if form]
            same = next(
                (
                    by_key[key]
                    for key, words in subtitles.items()
                    if by_key[key].period == name.period and any(names_same_plan(_no_years(f), words) for f in forms)
                ),
                None,
            )
            if same is not None:
                mention = Mention(same, mention.start, mention.end)
        found.append(mention)
    return found


def _no_years(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(w for w in words if not w.isdigit())


def _period_of_name(name: StrategyName) -> Period | None:
    """The period a named plan's validity years give (None for a plan with none)."""
    if not name.period:
        return None
    start, end = (int(year.lexical[:4]) if year else None for year in name.period)
    return Period(start, end, "")


def numbered_series(text: str, series: dict[str, str], place: str | None) -> Iterator[Mention]:
    """ "For Highland's Children 4 (2020-2023)" in a text that names "For Highland's Children 5" as a plan."""
    for prefix, known in series.items():
        for match in re.finditer(rf"(?<![\w-]){re.escape(prefix)} \d{{1,2}}(?!\d)", text):
            if match.group(0) == known:
                continue
            period = period_at(text, match.end())
            end = period[1].end() if period else match.end()
            if period and end < len(text) and text[end] == ")" and "(" in text[match.end() : end]:
                end += 1
            name = names.named_with_period(match.group(0), period[0] if period else None, place)
            yield Mention(name, match.start(), end)


_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")


def paragraph_breaks(doc: Document) -> list[int]:
    """Where the cleaned text has a blank line of the original (the space standing for it), in order."""
    origin = doc.clean.origin
    found: list[int] = []
    for match in _BLANK_LINE.finditer(doc.original):
        at = bisect_left(origin, match.end()) - 1  # the cleaned character standing for the break
        if 0 <= at < len(origin) and doc.text[at] == " " and (not found or found[-1] != at):
            found.append(at)
    return found


def line_breaks(doc: Document) -> list[int]:
    """Where the cleaned text has any line break of the original (the space standing for it), in order."""
    origin = doc.clean.origin
    found: list[int] = []
    for match in re.finditer(r"\n", doc.original):
        at = bisect_left(origin, match.end()) - 1
        if 0 <= at < len(origin) and doc.text[at] == " " and (not found or found[-1] != at):
            found.append(at)
    return found


_TRAILING_WORDS = re.compile(r"(?:[A-Z][\w'-]*\s(?:(?:and|of|for|the|&)\s)?){0,8}[A-Z]?[\w'-]*$")


def cut_off_mention(text: str, mentions: list[Mention]) -> Mention | None:
    """ "... approved the Children and Young People's Pl" at the end of an excerpt: the plan whose
    name the cut-off words begin, when exactly one plan named in the text fits."""
    trailing = _TRAILING_WORDS.search(text, max(0, len(text) - 120))
    if trailing is None or len(trailing.group(0).split()) < 2:
        return None
    if mentions and mentions[-1].end > trailing.start():
        return None  # the end of the text is a whole name already
    written = trailing.group(0).lower()
    fits = {
        m.name.key: m.name
        for m in mentions
        if text[m.start : m.end].lower().startswith(written) and len(text[m.start : m.end]) > len(written)
    }
    if len(fits) != 1:
        return None
    return Mention(next(iter(fits.values())), trailing.start(), len(text))


def _start_year(name: StrategyName) -> int:
    return int(name.period[0].lexical[:4]) if name.period and name.period[0] else 0


@lru_cache(maxsize=4096)
def name_words(name: str) -> tuple[str, ...]:
    """Words of a name for matching: no possessives, "Peoples" = "People's" (cached: names repeat)."""
    words = re.findall(r"[a-z0-9]+", re.sub(r"'s\b|s'(?=\s|$)", "", name.lower().replace("’", "'")))
    # "Carer Strategy" = "Carers Strategy": a plural's "s" is dropped (both sides are read alike).
    return tuple(w[:-1] if w in {"peoples", "childrens"} else w for w in words)


def within(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Every word of ``short`` in ``long``, in order, ending on the same head noun."""
    if not short or not long or short[-1] not in long:
        return False
    rest = iter(long)
    return all(word in rest for word in short)


def names_same_plan(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Whether a name without a period can be the titled plan ``long``: its words within the title,
    and the words skipped between them never add a topic with "and" ("the SEND Strategy" is not
    "the SEND and Inclusion Strategy 2021-23", though one may be the other's next edition)."""
    if not within(short, long):
        return False
    at = 0
    for index, word in enumerate(short):
        found = long.index(word, at)
        if index and "and" in long[at:found]:
            return False
        at = found + 1
    return True


def resolve_periodless(mentions: list[Mention]) -> list[Mention]:
    """ "the Corporate Plan" or "the Multiagency Plan" in a text that names "the Corporate Plan
    2018-23" or "Every Day Matters: Kent's Multiagency Strategic Plan ... 2013-2016" is that plan:
    the nearest titled mention whose title holds its words in order before it, else the first after."""
    # An edition ("Strategic Plan 2015-2020, 2017-18 Refresh") is never what a bare name refers to.
    titled = sorted(
        (m for m in mentions if m.name.title and m.name.period and not m.name.edition), key=lambda m: m.start
    )
    # Each distinct name is compared with each distinct title once; positions are then bisected.
    # A plan's title is what the text writes; its key names the publisher's place ("Cheshire East All Age
    # Carers Strategy" is the plan titled "All Age Carers Strategy 2021-2025" in a Cheshire East text).
    titles = {m.name.key: (name_words(m.name.title or ""), name_words(m.name.key)) for m in titled if m.name.title}
    fits: dict[str, list[Mention]] = {}
    # "Tourism Strategy" (a heading) and "the Council's third Tourism Strategy": the plan named without its ordinal
    plain = {m.name.key: m.name for m in mentions if not m.name.ordinal and not m.name.period and not m.name.edition}
    resolved = []
    for mention in sorted(mentions, key=lambda m: m.start):
        # "Allotments Strategy Refresh" beside the Allotments Strategy 2020-2025: a refresh of the plan the text titles
        refresh = mention.name.edition == REFRESH and not mention.name.period
        if mention.name.period or mention.name.short or (mention.name.edition and not refresh):
            resolved.append(mention)
            continue
        if mention.name.key not in fits:
            written = mention.name.subtitle if mention.name.ordinal else mention.name.key
            words = name_words(mention.name.base or written if refresh else written)
            fitting = {key for key, forms in titles.items() if any(names_same_plan(words, form) for form in forms)}
            fits[mention.name.key] = [m for m in titled if m.name.key in fitting]
        same = fits[mention.name.key]
        if same:
            at = _bisect(same, mention.start)
            target = same[at - 1] if at > 0 else same[0]
            mention = Mention(target.name, mention.start, mention.end)
        elif mention.name.ordinal and mention.name.subtitle in plain:
            mention = Mention(plain[mention.name.subtitle], mention.start, mention.end)
        resolved.append(mention)
    return resolved


_EDITION_YEAR = re.compile(r"(?:19|20)\d\d")
REFRESH = "Refresh"  # an undated plan's edition named by no year ("the Housing Strategy Refresh")


def resolve_year_editions(mentions: list[Mention]) -> list[Mention]:
    """ "Council Plan 2017/18 Update" in a text that names the Council Plan 2015-2019: a yearly edition
    of that plan (the year falls in its period), not a plan of its own with a period of its own."""
    by_ending: dict[tuple[str, ...], list[StrategyName]] = {}  # the titled plans whose base ends in these words
    for mention in mentions:
        name = mention.name
        if name.period and not name.edition and name.title:
            words = name_words(name.base or "")
            for size in range(1, len(words) + 1):
                by_ending.setdefault(words[-size:], []).append(name)
    found: dict[tuple[tuple[str, ...], str], StrategyName | None] = {}  # each ending and year is looked up once
    resolved = []
    for mention in mentions:
        name = mention.name
        year = _EDITION_YEAR.match(name.edition or "")
        if year and not name.period and name.title:
            base = name_words(name.title.rsplit(name.edition or "", 1)[0])
            wanted = (base, year.group(0))
            if wanted not in found:
                found[wanted] = next((t for t in by_ending.get(base, []) if _covers(t, year)), None)
            plan = found[wanted]
            if plan is not None:
                mention = Mention(plan, mention.start, mention.end)
        resolved.append(mention)
    return resolved


def resolve_bare_periods(mentions: list[Mention]) -> list[Mention]:
    """ "The 2025-2030 strategy" in a text that titles one strategy of that period (the Carers Strategy
    2025-2030) is that plan; with none, or several, it stays a plan named by its period."""
    by_period: dict[tuple[object, str], set[str]] = {}
    names_of: dict[str, StrategyName] = {}
    for mention in mentions:
        words = _title_words(mention.name)
        if mention.name.period and len(words) > 1 and not mention.name.edition:
            by_period.setdefault((mention.name.period, _head_word(mention.name)), set()).add(mention.name.key)
            names_of[mention.name.key] = mention.name
    resolved = []
    for mention in mentions:
        bare = mention.name.period is not None and len(_title_words(mention.name)) == 1  # "the 2025-2030 strategy"
        keys = by_period.get((mention.name.period, _head_word(mention.name)), set()) if bare else set()
        if len(keys) == 1:
            mention = Mention(names_of[next(iter(keys))], mention.start, mention.end)
        resolved.append(mention)
    return resolved


def _title_words(name: StrategyName) -> tuple[str, ...]:
    """The words of a title without its period's years."""
    return tuple(w for w in name_words(name.title or "") if not w.isdigit())


def _head_word(name: StrategyName) -> str:
    return (name.head or "").lower()


def _covers(name: StrategyName, year: re.Match[str]) -> bool:
    start, end = (int(v.lexical[:4]) if v else None for v in name.period or (None, None))
    return start is not None and end is not None and start <= int(year.group(0)) <= end


def _bisect(mentions: list[Mention], position: int) -> int:
    low, high = 0, len(mentions)
    while low < high:
        middle = (low + high) // 2
        if mentions[middle].start < position:
            low = middle + 1
        else:
            high = middle
    return low


_WORD_RUN = re.compile(r"\b\w+")
_WORD_END = re.compile(r"\b")


def recurrences(text: str, shorts: set[str]) -> Iterator[tuple[str, int, int]]:
    """Whole-word, case-insensitive occurrences of the short names, left to right, the longest
    first where several start at one word. One pass over the text's words, whatever the number
    of names (a search per name would be quadratic in a document naming thousands)."""
    index: dict[str, dict[int, dict[str, str]]] = {}  # first word -> length -> lower-case name -> name
    for short in shorts:
        first = _WORD_RUN.match(short)
        if first:
            index.setdefault(first.group().lower(), {}).setdefault(len(short), {})[short.lower()] = short
    lengths = {word: sorted(by_length, reverse=True) for word, by_length in index.items()}
    for word in _WORD_RUN.finditer(text):
        key = word.group().lower()
        for length in lengths.get(key, ()):
            end = word.start() + length
            found = index[key][length].get(text[word.start() : end].lower())
            if found and _WORD_END.match(text, end):
                yield found, word.start(), end
                break


def alternative_names(name: StrategyName) -> list[str]:
    """Short names and subtitles worth searching by."""
    found = [n for n in (name.short, name.subtitle) if n]
    return found


__all__ = ["Reading", "Mention", "read", "ANAPHORA", "alternative_names"]
