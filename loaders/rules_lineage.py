"""Which plan replaces, revises, refreshes, succeeds or extends which: cue lexicons over mentions.

The wordings are data (``data/reference/lineage-cues.csv``): each cue says which relation it
states and where the two plans stand around it (see :class:`loaders.lexicon.Cue`). A rule
here only finds a cue, then the plan on each side of it among the document's mentions:

- active ("X replaces Y", "X, which replaces Y", "X, superseding Y", "X, the replacement
  for Y", "X builds on Y"): the newer plan is the nearest one named before the cue in the
  same sentence (or, when the sentence says "it", "this strategy" or names none, the plan
  the paragraph is about); the older is named right after the cue.
- passive ("Y was replaced by X", "Y, now superseded by X"): the other way round.
- self ("Y has been updated"): the older plan is named just before; the newer is the plan
  the document presents.
- extension ("extended until 2021"): the plan runs longer; no supersession.
- negative ("aligns with", "supports", "is informed by"): claims its words, states nothing.

The older plan may be unnamed ("the previous strategy which was published in 2017", "our
previous plan (2017-20)"): it becomes a predecessor node of the same publisher, with what the
text says of it and the quote, derived by a named rule. Direction is never reversed: a
"newer" plan whose period starts before the "older" one's is not recorded. Modality
(proposed, conditional, draft for consultation, abandoned, deleted) goes on the evidence.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, replace
from functools import cache

from pyoxigraph import NamedNode

from loaders import lexicon, names, registry
from loaders import versions as plan_versions
from loaders.dates import XsdValue
from loaders.document import Document, literal
from loaders.facts import Fact, Object
from loaders.governance import layout
from loaders.names import StrategyName
from loaders.periods import Period, period_at
from loaders.plan_names import CONNECTORS
from loaders.reading import (
    ANAPHORA,
    Mention,
    Reading,
    bare_plan_name,
    line_breaks,
    name_words,
    within,
)
from loaders.rules_strategy import state_publisher, state_strategy
from loaders.text import finditer
from loaders.versions import Said
from loaders.versions import said_after as _said_after
from strategy_lineage import vocab
from strategy_lineage.vocab import TITLE, A

SL = vocab.sl


@dataclass(frozen=True)
class Relation:
    predicate: str  # local name of the sl: property stated
    rule: str  # rule: IRI cited by the evidence
    says: str  # how the reason on the evidence puts it


RELATIONS: dict[str, Relation] = {
    "replace": Relation("supersedes", "supersession-replace", "replaces"),
    "supersede": Relation("supersedes", "supersession-supersede", "supersedes"),
    "revise": Relation("isRevisionOf", "revision-updated", "is an updated or revised edition of"),
    "refresh": Relation("isRefreshOf", "revision-refresh", "is a refresh of"),
    "succeed": Relation("isSuccessorOf", "succession-stated", "succeeds"),
    "build-on": Relation("isSuccessorOf", "succession-builds-on", "builds on, as its successor,"),
    "previous": Relation("isSuccessorOf", "previous-edition", "presents itself as the successor of"),
    "expiry": Relation("isSuccessorOf", "succession-after-expiry", "follows, once it ended,"),
    "said-of": Relation("isSuccessorOf", "predecessor-said-of", "follows the earlier plan it describes,"),
    "ordinal": Relation("isSuccessorOf", "ordinal-edition", "is a later edition (by its number) of"),
    "in-making": Relation("isSuccessorOf", "new-edition-in-making", "is the new edition, being made, of"),
    "next": Relation("isSuccessorOf", "next-edition-proposed", "is the next edition, still to be made, of"),
    "new-after-current": Relation("isSuccessorOf", "new-after-current", "is the new plan after the current"),
    "partial": Relation("partiallySupersedes", "partial-supersession-split", "replaces, with other plans, part of"),
    "in-part": Relation("partiallySupersedes", "partial-supersession-stated", "replaces part of"),
}
PREDECESSOR_RULE = "unnamed-predecessor"
EARLIER_VERSION = "earlier version"  # what a plan revised in place keeping its period was before
SUCCESSOR_RULE = "unnamed-successor"
EXTENSION_RULE = "extension-stated"

A_YEAR = re.compile(r"(?:19|20)\d\d")  # a year anywhere in a name or a phrase
# Where a sentence ends in cleaned text: ". The", "; (b)", "? ".
SENTENCE_END = re.compile(r"[.!?](?=\s+[\"'(A-Z0-9•])|;(?=\s)|[.!?](?=\s*$)")
# A blank line in the original ends a sentence too (a heading or dateline has no full stop), unless the
# line before ends in a hyphen or comma or the next goes on in lower case or with a year: a PDF's text
# often has a blank line between wrapped lines.
BLANK_LINE = re.compile(r"(?<![-,])\n[ \t]*\n\s*(?![a-z]|(?:19|20)\d\d\b)")
# A field label starts a new sentence: "Summary: The Board ...", "Purpose: To agree ...".
FIELD_LABEL = re.compile(
    r"\b(?:Summary|Purpose|Decision(?: Made)?|Minutes|Resolved|RESOLVED|Subject|Title|Background|Introduction"
    r"|Recommendations?|Reasons?(?: for the decision)?|Proposed decision|Record of the Decision):[ ]?"
)
MAX_SENTENCE = 500  # characters either side of a cue looked at, whatever the punctuation
NEAR_AFTER = 40  # the older plan's name starts this close after the cue


# How completely or from when a cue holds, between the verb and the plan it names.
_CUE_ADVERBIAL = (
    r"\s*,?\s*(?:in\s+full|in\s+its\s+entirety|wholly|fully|completely|entirely"
    r"|(?:with\s+effect\s+)?from\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:(?:January|February|March|April|May|June|July"
    r"|August|September|October|November|December)\s+)?(?:19|20)\d\d)\s*,?"
)


# A part of the plan named next: "in part", "parts of the", "the saved policies of the" (a partial supersession).
_PART_OF_A_PLAN = (
    r"\s*,?\s*(?:(?:in\s+part|partly|partially)\b\s*,?"
    # "most policies of X" is X as a whole; "polices" is a typo seen in a real page
    r"|(?:(?:the|some|certain|several|two|three|four)\s+(?:of\s+the\s+)?)?"
    r"(?:['‘]?(?:saved|remaining|retained)['’]?\s+){0,2}"
    r"(?<!most )(?<!many )(?<!all )(?:parts?|polic(?:y|ies|es)|sections?|chapters?)\s+(?:of|in|from|within)\b)"
)
_PART_OF_BEFORE = re.compile(rf"(?:{_PART_OF_A_PLAN})\s*(?:(?:the|our|its|their)\s+)?$", re.IGNORECASE)
_PART_OF_AFTER = re.compile(rf"(?:{_CUE_ADVERBIAL})?(?:{_PART_OF_A_PLAN})", re.IGNORECASE)
PART_OF_REACH = 60  # how far before the older plan its part is named


@cache
def _filler() -> re.Pattern[str]:
    """Words that may stand between a cue and the plan it names: "replaces the Council's previous ...", "replaced by
    the emerging ...", "will replace the adopted ..." (``cue-filler-words.csv``)."""
    return re.compile(
        rf"(?:{_CUE_ADVERBIAL})?"  # "replaces in full the ...", "replaces, from April 2024, the ..."
        rf"(?:\s*{lexicon.plan_contents().pattern})?"  # "replace the priorities set out in the plan"
        rf"(?:\s*\b(?:the|our|its|their|this|that|a|an|both|new|emerging|forthcoming|{lexicon.predecessor_words().pattern}"
        rf"|{lexicon.cue_filler_words()}|[A-Z][a-z]+'s|[A-Z][a-z]+s')\b){{0,4}}\s*",
        re.IGNORECASE,
    )


# A plan written without a head noun: "Towards 2010", "Bold Steps for Kent" (bounded words).
# "in" before a year is a date, never part of the name: "replaced the CPP in 2024".
_CAPITALISED = re.compile(
    r"[A-Z][\w'-]*(?: (?:(?:and|for|of|to|&) |in (?!(?:19|20)\d\d))?(?:[A-Z][\w'-]*|(?:19|20)\d\d)){0,5}"
)
_IT = re.compile(r"\b(?:[Ii]t|[Tt]his|[Tt]he\s+(?:new|refreshed|revised|updated|draft)\s+(?:one|version|document))\b")
_APPOSITION = re.compile(r",\s+(?:the\s+|our\s+|its\s+)?")
_YEAR_AFTER = re.compile(r"\s*(?:the\s+end\s+of\s+|(?:[A-Z][a-z]+)\s+)?(?P<year>(?:19|20)\d\d)\b")


# A year or period inside a described plan: "the 2015 carers' strategy", "our 2017-20 plan".
_PHRASE_YEAR = re.compile(r"(?P<from>(?:19|20)\d\d)(?:\s?[-/–]\s?(?:(?:19|20)\d\d|\d\d)\b)?")


COUNTED = r"(?:two|three|four|five|six|several|both)"  # "the three existing Local Plans"


@cache
def _predecessor_phrase() -> re.Pattern[str]:
    """ "the previous strategy", "our existing Housing Plan", "the former CYPP": an older plan
    described, not named. Bounded: at most five words between the adjective and the head."""
    heads = sorted(
        {h.words.split()[-1].lower() for h in lexicon.heads()}
        | {"document", "one", "version", "edition"}
        | {a.lower() for a in lexicon.plan_acronyms()},
        key=len,
        reverse=True,
    )
    adjectives = lexicon.predecessor_words().pattern
    dated = rf"(?:the|our|its|their)\s+{_PHRASE_YEAR.pattern}"  # "the 2015 carers' strategy", "our 2017-20 plan"
    return re.compile(
        rf"(?:(?:(?:the|our|its|their|this|an?)\s+)?(?:{COUNTED}\s+)?(?:{adjectives})|{dated})\s+(?:[\w'’&-]+\s+){{0,5}}?"
        rf"(?:{'|'.join(heads)})s?\b"
        r"(?!(?-i:\s+[A-Z][a-z]))",  # "the first One City Plan" is a name, not a description
        re.IGNORECASE,
    )


@dataclass(frozen=True)
class Sentences:
    """Sentence boundaries of one cleaned text, found once."""

    ends: list[int]
    length: int

    @classmethod
    def of(cls, doc: Document) -> Sentences:
        text, origin = doc.text, doc.clean.origin
        ends = [m.end() for m in finditer(SENTENCE_END, text)] + [m.end() for m in finditer(FIELD_LABEL, text)]
        ends += [bisect.bisect_left(origin, m.end()) for m in finditer(BLANK_LINE, doc.original)]
        return cls(sorted(ends), len(text))

    def around(self, start: int, end: int) -> tuple[int, int]:
        before = bisect.bisect_right(self.ends, start) - 1
        first = self.ends[before] if before >= 0 else 0
        after = bisect.bisect_left(self.ends, end)
        last = self.ends[after] if after < len(self.ends) else self.length
        return max(first, start - MAX_SENTENCE), min(last, end + MAX_SENTENCE)


@dataclass(frozen=True)
class Side:
    """One plan of a relation and the text that names or describes it."""

    name: StrategyName
    start: int
    end: int
    described: bool = False  # an unnamed predecessor minted from a description
    headless: bool = False  # named without a head noun ("Towards 2010")
    identified: bool = False  # described ("the 2019 version"), and found to be a plan the text names
    in_part: bool = False  # replaced only in part: "the Marsh Local Plan (in part)"


def stated_relations(reading: Reading) -> None:
    """Every supersession, revision, refresh, succession and extension the cue lexicon finds."""
    doc = reading.doc
    sentences = reading.shared(Sentences.of)
    taken = bytearray(len(doc.text) + 1)  # characters of cue words and older plans already read
    document_modality = _document_modality(doc)
    for cue in lexicon.lineage_cues():
        for match in doc.finditer(cue.pattern):
            if any(taken[match.start() : match.end()]):
                continue
            taken[match.start() : match.end()] = b"\x01" * (match.end() - match.start())
            sentence = sentences.around(match.start(), match.end())
            if _negated(doc.text, match.start(), sentence[0]):
                continue  # "does not replace it", "will not supersede": no relation is stated
            if cue.form == "active" and _word_of_a_name(reading, match):
                continue  # "Replacement Local Development Plan" as a heading: a plan's name, no cue
            if cue.form == "extension":
                _extension(reading, match, sentence)
            elif cue.form != "negative":
                for older in _relation(reading, cue, match, sentence, document_modality):
                    if older.end > older.start:
                        taken[older.start : older.end] = b"\x01" * (older.end - older.start)


# "does not replace", "will not be superseded", "did not build on", "never replaced", "no longer updates".
_NEGATION = re.compile(r"\b(?:not|never|no\s+longer)\s+(?:\w+\s+)?$|n't\s+(?:\w+\s+)?$", re.IGNORECASE)
NEGATION_WINDOW = 30


def _negated(text: str, cue_start: int, sentence_start: int) -> bool:
    """Whether the words just before a cue deny it."""
    before = text[max(sentence_start, cue_start - NEGATION_WINDOW) : cue_start]
    return _NEGATION.search(before) is not None


def _relation(
    reading: Reading, cue: lexicon.Cue, match: re.Match[str], sentence: tuple[int, int], document_modality: str | None
) -> list[Side]:
    """State the relation a cue expresses with each older plan; the older plans' sides stated."""
    if cue.form == "passive" and cue.relation == "replace":
        split = _split_between(reading, match, sentence)
        if split is not None:
            older, newers = split
            for newer in newers:
                if not _reversed(newer.name, older.name):
                    _state_relation(
                        reading, replace(cue, relation="partial"), match, sentence, (newer, older), document_modality
                    )
            return [older]
    sides = _sides(reading, cue, match, sentence)
    if sides is None:
        return []
    new, olders = sides
    if cue.form == "active" and _funding_object(reading.doc.text, match.end(), sentence[1]):
        return []  # "incorporating the Supporting People Programme, the Homelessness Prevention Grant and ..."
    new, olders = _distinct_editions(reading, new, olders, match, sentence)
    if (
        new.end > sentence[1] and cue.form not in KEPT_FORMS
    ):  # "X was expiring. Officers will develop a new Y": what the next sentence says counts
        following = SENTENCE_END.search(reading.doc.text, new.end)
        sentence = (sentence[0], following.end() if following else len(reading.doc.text))
    stated = []
    if cue.form == "passive":
        _chained_after(reading, cue, match, sentence, new, document_modality)
    for old in olders:
        if new.name.iri == old.name.iri or _reversed(new.name, old.name) or _two_names_of_one(new.name, old.name):
            continue
        if _absorbed(reading, match, new, old):
            continue
        if _updating_another(cue, match, new, old):
            continue  # "council plans on updating the Official Community Plan": that plan's own next edition
        if _only_a_minor_head(new.name) or _only_a_minor_head(old.name):
            continue  # "the Action Plan 2022-23 builds on the Action Plan 2021-22": a strategy's yearly action plans
        if _a_stage_of(reading.doc.text, old, new):
            continue  # "the X 2 Proposed Plan 2018 ... superseded by the X 2 2021": a stage of the one plan, read short
        if _WILL_FOLLOW.fullmatch(match.group(0)) and not old.described and not _editions_of_one(new.name, old.name):
            continue  # "the service plans will follow the Corporate Plan": kept in line with it, not its successor
        if _BARE_FOLLOWED.match(match.group(0)) and not _editions_of_one(new.name, old.name):
            continue  # "the Housing Strategy, followed by the Allotments Strategy": an order of business, no lineage
        if _CAME_AFTER.match(match.group(0)) and not _named_subject(reading, new, match, sentence):
            continue  # "The decision came after the Local Plan 2011-2031 was found unsound": no plan came after it
        if (cue.form in INFERRED_FORMS or cue.form == "edition" or old.identified) and _related(
            reading.doc, new.name.iri, old.name.iri
        ):
            continue  # "X is coming to an end. Y will replace it", "X was superseded by Y. The previous plan ...":
            # what the text stated of the two already says it
        in_part = (
            old.in_part
            or _in_part_after(reading.doc.text, old.end, sentence[1]) is not None
            or _PART_ADVERB.search(reading.doc.text, max(sentence[0], match.start() - 25), match.end()) is not None
            or _PART_OF_BEFORE.search(reading.doc.text, max(sentence[0], old.start - PART_OF_REACH), old.start)
            is not None  # "replaces parts of the X", "X's saved policies": X replaced only in part
        )
        stated_cue = replace(cue, relation="in-part") if in_part and cue.relation in {"replace", "supersede"} else cue
        _state_relation(reading, stated_cue, match, sentence, (new, old), document_modality)
        stated.append(old)
    return stated


# "X replaced Y and was itself replaced by Z": a passive verb whose subject is the clause's first plan, not Y.
_ELIDED_SUBJECT = re.compile(
    r"\s(?:and|but)\s+(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been|will\s+be)\s+)?"
    r"(?:(?:itself|themselves|then|later|in\s+turn|subsequently|now)\s+)*$",
    re.IGNORECASE,
)
# "X was followed by Y and then by Z": the next link of a chain told in one sentence.
_THEN_BY = re.compile(r"\s*,?\s*(?:and\s+)?(?:then|later|subsequently|in\s+turn)\s+by\s+", re.IGNORECASE)


def _chained_after(
    reading: Reading,
    cue: lexicon.Cue,
    match: re.Match[str],
    sentence: tuple[int, int],
    newer: Side,
    document_modality: str | None,
) -> None:
    """ "The Plan 2009-2014 was followed by the Plan 2014-2019 and then by the Plan 2019-2024": each plan named after
    "then by" follows the one named before it, with the same relation."""
    link = _THEN_BY.match(reading.doc.text, newer.end, sentence[1])
    later = _named_after(reading, link.end()) if link else None
    if later is None or later.name.iri == newer.name.iri or _reversed(later.name, newer.name):
        return
    _state_relation(reading, cue, match, sentence, (later, newer), document_modality)


# "LDP 3 will follow LDP 2": said of a plan to come after another, only of two editions of one plan.
_WILL_FOLLOW = re.compile(r"(?:will|would|shall|is\s+to|are\s+to)\s+(?:now\s+)?follow", re.IGNORECASE)
# "The Woodland Plan (2014-19), followed by the Woodland Plan (2019-24)": a participle with no auxiliary, said
# only of two editions of one plan.
_BARE_FOLLOWED = re.compile(r"followed\b", re.IGNORECASE)
# "The Harbour Strategy 2012-2017 came after the Harbour Strategy 2007-2012": said of a time, so the plan that came
# after must be named before the cue in its sentence (never "it", "this" or the paragraph's plan).
_CAME_AFTER = re.compile(r"c(?:ame|omes)\s+(?:\w+\s+)?after\b", re.IGNORECASE)


def _named_subject(reading: Reading, new: Side, match: re.Match[str], sentence: tuple[int, int]) -> bool:
    named = _named_before(reading, match.start(), sentence[0])
    return named is not None and named.start == new.start and not new.described


def _editions_of_one(one: StrategyName, other: StrategyName) -> bool:
    return _same_series(one, other) or _one_numbered_series(one, other) or _same_subject(one, other)


def _absorbed(reading: Reading, cue: re.Match[str], new: Side, old: Side) -> bool:
    """ "The plan incorporates the Safer Streets Programme and the Youth Diversion Fund": a programme or action
    plan taken into a plan is part of it, not a plan it succeeds; one called previous or former ("incorporates
    the previous Well-being Objectives") is the earlier edition it succeeds."""
    if not cue.group(0).lower().startswith("incorporat"):
        return False
    text = reading.doc.text
    if lexicon.predecessor_words().search(text, old.start, old.end) or _EARLIER_BEFORE.search(
        text, max(0, old.start - 30), old.start
    ):
        return False  # "incorporates the previous Well-being Objectives": the earlier edition, succeeded
    if _starts_not_before(new.name, old.name) or _aside_of_another(text, new, cue):
        return True  # "the Council Plan 2017-2021, the Budget (incorporating the Resource Plan 2017-2021)": a part
    written = text[old.start : old.end]
    head = lexicon.head_of_name(names.smart_case(written.split()[-1].capitalize())) if written.split() else None
    return old.name.minor or old.headless or (head is not None and head.minor)


# A stage of a development plan written right after the plan's name: "Proposed Plan 2018", "Deposit Draft".
_STAGE_AFTER = re.compile(
    r"\s+(?:Proposed|Draft|Modified|Consultation|Pre-?Submission|Submission|Publication|Deposit)\s+"
    r"(?:Plan|Draft|Version)\b|\s+Main\s+Issues\s+Report\b"
)


def _a_stage_of(text: str, old: Side, new: Side) -> bool:
    """The older plan's name read short of the stage written after it, the newer being that plan dated: one plan
    and its own stage, not two plans (the stage's own name is the names' to read)."""
    return _STAGE_AFTER.match(text, old.end) is not None and new.name.key.lower().startswith(old.name.key.lower())


def _updating_another(cue: lexicon.Cue, match: re.Match[str], new: Side, old: Side) -> bool:
    """ "the council intends updating the Open Spaces Strategy": a gerund of revising done by a body to a plan named
    after it makes that plan's own next edition; the plan the text presents revises it only if they are editions
    of one plan (or the text describes it as an earlier one)."""
    return (
        cue.relation == "revise"
        and cue.form == "active"
        and match.group(0).strip().lower().endswith("ing")
        and not old.described
        and not _editions_of_one(new.name, old.name)
    )


def _only_a_minor_head(plan: StrategyName) -> bool:
    """ "Action Plan 2021-22", "Delivery Plan 2023": a minor plan named by its head noun alone, no topic of its own,
    is the action plan of another plan, never an end of a lineage between plans."""
    if not plan.minor:
        return False
    # as written, without the place the key adds for identity ("Holmford Action Plan" for "Action Plan 2022-23")
    written = _PHRASE_YEAR.sub("", plan.title).strip(" -–,()") if plan.place_added and plan.title else plan.base
    written = written or plan.key
    head = lexicon.head_of_name(written)
    return head is not None and written.lower() == head.words.lower()


def _starts_not_before(newer: StrategyName, older: StrategyName) -> bool:
    """Both dated, the "older" starting the same year as the newer or later: a plan running beside it, not before it."""
    return bool(newer.period and newer.period[0] and older.period and older.period[0]) and _start_year(
        older
    ) >= _start_year(newer)


def _aside_of_another(text: str, new: Side, cue: re.Match[str]) -> bool:
    """ "X, the Annual Budget (incorporating Y)": a cue opening a bracket belongs to the words just before the
    bracket, so a plan named further back is not its subject."""
    before = text[new.end : cue.start()].rstrip()
    return before.endswith("(") and len(before[:-1].strip(" ,")) > 0


def _presented(reading: Reading, plan: StrategyName) -> bool:
    """Whether ``plan`` is the plan the document presents, however the text writes it."""
    main = reading.main
    return main is not None and (plan == main or _two_names_of_one(main, plan))


def _two_names_of_one(one: StrategyName, other: StrategyName) -> bool:
    """ "Holmbrook Council Digital Strategy 2022-2025" and "Digital Strategy 2022-2025": one plan written two
    ways (a heading run into the title, a word doubled), never a plan and its predecessor. Editions that keep
    their plan's period ("2017-18 Refresh") are apart."""
    if not one.period or one.period != other.period or one.edition or other.edition:
        return False
    first, second = name_words(one.base or one.key), name_words(other.base or other.key)
    return within(first, second) or within(second, first)


INFERRED_FORMS = frozenset({"expiry", "final-year"})  # cues that infer a relation rather than state it


def _related(doc: Document, newer: NamedNode, older: NamedNode) -> bool:
    """Whether a lineage fact already relates the two plans."""
    return any(f.subject == newer and f.object == older and f.predicate.value in _LINEAGE for f in doc.facts)


def _state_relation(
    reading: Reading,
    cue: lexicon.Cue,
    match: re.Match[str],
    sentence: tuple[int, int],
    sides: tuple[Side, Side],
    document_modality: str | None,
) -> None:
    new, old = sides
    if old.described and _already_follows_a_described(reading.doc, new.name.iri, old.name.iri):
        return  # "the Corporate Plan refresh ... the refreshed Corporate Plan": one earlier edition, described twice
    refreshed = cue.relation == "revise" and "refresh" in match.group(0).lower()  # "has been refreshed"
    relation = RELATIONS["refresh" if refreshed else cue.relation]
    doc = reading.doc
    if old.described and _kept_by_its_text(reading, new.name, old.name):
        old = replace(old, name=_predecessor_name(new.name, "", None, None, kept=True))
    if old.described:
        _state_predecessor(reading, new.name, old)
    if new.described:
        _state_successor(reading, old.name, new)
    for side in (new, old):
        if side.name.minor or side.headless:  # a plan only because this relation involves it
            state_strategy(doc, replace(side.name, minor=False), (side.start, side.end))
    quote = (min(new.start, old.start, match.start()), max(new.end, old.end, match.end()))
    quote = _whole_sentence(doc.text, quote, sentence)
    if cue.form in KEPT_FORMS:
        modality = _kept_modality(reading, match, sentence, document_modality)
    else:
        modality = _modality(reading, relation, new, doc.text[sentence[0] : sentence[1]], document_modality)
    if modality is None and cue.form == "review" and new.start == match.start() and not _said_adopted(reading, new):
        modality = "Proposed"  # "the start of the review of X 2017" on the page of X 2: the later edition in the making
    if modality == "Proposed" and _adopted_just_before(reading, new, sentence):
        modality = None  # "The plan was adopted on 9 April 2021. This plan will replace X": in force, so stated
    if new.described and modality is None:  # a successor described but not yet named is still to be made
        modality = "DraftForConsultation" if "draft" in doc.text[new.start : new.end].lower() else "Proposed"
    elif modality is None and _ADJECTIVE_REPLACEMENT.fullmatch(match.group(0).strip()) and new.start >= match.end():
        # "the replacement LDP (LDP 2) will cover 2021 to 2036" (the plan named after the word, not "X, the
        # replacement for Y"): a replacement in the making, unless said adopted
        adopted = _ADOPTED.search(doc.text, sentence[0], sentence[1]) is not None
        modality = None if adopted else "Proposed"
    doc.state(
        new.name.iri,
        SL(relation.predicate),
        old.name.iri,
        relation.rule,
        quote,
        derivation="inferred"
        if old.described or new.described or old.identified or cue.form in {"previous", "edition", *INFERRED_FORMS}
        else "stated",
        reason=f"the text says the newer plan {relation.says} the older one ('{match.group(0).strip()}')",
        modality=modality,
    )


def _already_follows_a_described(doc: Document, newer: NamedNode, older: NamedNode) -> bool:
    """Whether the newer plan already follows another plan the text describes without naming (a predecessor node):
    the text describing its earlier edition again, in other words, is the same edition, not a second one."""
    described = {f.subject for f in doc.facts if f.rule == PREDECESSOR_RULE and f.predicate == A}
    return any(
        f.subject == newer and f.object != older and f.object in described and f.predicate.value in _LINEAGE
        for f in doc.facts
    )


# "will be replaced by two strategic development plans, X and Y": how many plans share what the older covered.
_COUNTED = re.compile(
    r"\s*(?:two|three|four|2|3|4)\s+(?:new\s+)?(?:[\w'’-]+\s+){0,3}?(?:plans|strategies|documents|frameworks|[A-Z]{2,5}s)"
    r"\b\s*(?:[-–:,(]\s*)?",
    re.IGNORECASE,
)


def _split_between(reading: Reading, match: re.Match[str], sentence: tuple[int, int]) -> tuple[Side, list[Side]] | None:
    """ "The Structure Plan 2006-2026 will be replaced by two plans, NORTHplan and SOUTHplan", "X was replaced by Y
    and Z": (the older plan, the plans that each replace part of it), when more than one is named."""
    older = _named_before(reading, match.start(), sentence[0])
    if older is None:
        return None
    text = reading.doc.text
    counted = _COUNTED.match(text, match.end(), sentence[1])
    first = _named_after(reading, counted.end() if counted else match.end())
    if first is None:
        return None
    newers = [first, *_coordinated_after(reading, first, sentence[1])]
    return (older, newers) if len(newers) > 1 else None


def _sides(
    reading: Reading, cue: lexicon.Cue, match: re.Match[str], sentence: tuple[int, int]
) -> tuple[Side, list[Side]] | None:
    """(newer, older plans) around a cue, or None when either is missing."""
    form = cue.form
    if form == "passive":
        older = _named_before(reading, match.start(), sentence[0]) or _anaphor_before(
            reading, match.start(), sentence[0]
        )
        if older is not None and _ELIDED_SUBJECT.search(reading.doc.text, older.end, match.start()):
            subject = reading.between(sentence[0], older.start)  # "X replaced Y and was itself replaced by Z": X
            older = _side(subject[0]) if subject else older
        newer = _named_after(reading, match.end()) or _anaphor_after(reading, match.end(), sentence)
        if newer is None and older is not None:
            newer = _successor_described_after(reading, older, match.end())
        if not (newer and older):
            return None
        return newer, [*_coordinated_before(reading, older, sentence[0]), older]
    if form in {"merge", "merge-into"}:
        return _merge_sides(reading, cue, match, sentence)
    if form == "review":
        return _review_sides(reading, match, sentence)
    if form == "expiry":
        return _expiry_sides(reading, match, sentence)
    if form == "final-year":
        return _final_year_sides(reading, match, sentence)
    if form == "renamed":
        return _renamed_sides(reading, match, sentence)
    if form == "possessive":
        return _possessive_sides(reading, match, sentence)
    single: tuple[Side, Side] | None
    if form in KEPT_FORMS:
        single = _kept_sides(reading, cue, match, sentence)
    elif form == "self":
        single = _self_sides(reading, match, sentence)
    elif form == "previous":
        single = _previous_sides(reading, match, sentence)
    elif form == "edition":
        single = _edition_sides(reading, match, sentence)
    elif _ADJECTIVE_REPLACEMENT.fullmatch(match.group(0).strip()):
        single = _replacement_named(reading, match, sentence)
        if single is None:
            return _active_sides(reading, cue, match, sentence)
    else:
        return _active_sides(reading, cue, match, sentence)
    return (single[0], [single[1]]) if single else None


# "the replacement LDP (LDP 2)": the word used as an adjective of the plan named right after it.
_ADJECTIVE_REPLACEMENT = re.compile(r"(?:the\s+|a\s+)?replacement", re.IGNORECASE)
_ACRONYM_BRACKET = re.compile(r"\s*[A-Z]{2,6}\s*\(\s*")


def _replacement_named(reading: Reading, match: re.Match[str], sentence: tuple[int, int]) -> tuple[Side, Side] | None:
    """ "The Local Development Plan is being revised. The replacement LDP (LDP 2) will cover 2021 to 2036": the plan
    named right after "the replacement" replaces the edition of its series the text names before it without a later
    number or years (the plan in force), else an earlier edition it does not name."""
    text = reading.doc.text
    restated = _ACRONYM_BRACKET.match(text, match.end(), min(len(text), match.end() + 12))  # "LDP (LDP 2)"
    newer = _named_after(reading, restated.end() if restated else match.end())
    if newer is None or newer.start - (restated.end() if restated else match.end()) > 2:
        return None
    earlier = [
        m
        for m in reading.between(max(0, match.start() - CAPITALISED_NEARBY), match.start())
        if m.name.iri != newer.name.iri
        and (_same_series(m.name, newer.name) or _one_numbered_series(m.name, newer.name))
        and not _reversed(newer.name, m.name)
        and (_edition_number(m.name) or 0) < (_edition_number(newer.name) or 1)
    ]
    if earlier:
        return newer, _side(earlier[-1])
    described = _predecessor_name(newer.name, match.group(0), None, None)
    return newer, Side(described, match.start(), match.end(), described=True)


def _active_sides(
    reading: Reading, cue: lexicon.Cue, match: re.Match[str], sentence: tuple[int, int]
) -> tuple[Side, list[Side]] | None:
    """ "X replaces Y (and Z)", "X, the successor to Y", "Replacing Y, X ...": newer before, older after."""
    newer_first = _named_before(reading, match.start(), sentence[0])
    anaphor = _anaphor_before(reading, match.start(), sentence[0])
    if anaphor and (newer_first is None or anaphor.start >= newer_first.end):
        newer_first = anaphor
    if newer_first is not None and _another_plan_between(reading.doc.text, newer_first.end, match.start()):
        return None  # "X remain in force until a neighbourhood plan replaces them": the subject is no plan named
    if newer_first is None and _A_SUCCESSOR.fullmatch(match.group(0)):
        older_named = _named_after(reading, match.end())  # "Officers are drafting a successor to X"
        return (
            (_successor_side(reading, older_named, match.start(), match.end(), None), [older_named])
            if older_named
            else None
        )
    if newer_first is None and _opens_sentence(reading.doc.text, match, sentence[0]):
        fronted = _fronted_sides(reading, cue, match, sentence)
        if fronted is not None:
            return fronted
    if _a_new_one(reading, newer_first, sentence[0], match.start()):
        return _described_newer_first(reading, match, sentence)  # the sentence's own new plan, not a named one
    newer = newer_first or _paragraph_plan(reading, match.start())
    if newer is None:
        return _described_newer_first(reading, match, sentence)
    listed = _listed_after_colon(reading, match.end())
    if listed:
        return newer, [s for s in listed if s.name.iri != newer.name.iri]
    older = _older_after(reading, cue, newer, match, sentence)
    if older is None:
        return None
    if newer_first is None and not _fits_the_document(reading, newer.name, older):
        described = _described_newer(reading, older, match, sentence)
        if described is None:
            return None  # "The 2020 edition takes over from the first One City Plan" in a text about another plan
        newer = described
    return newer, [older, *_coordinated_after(reading, older, sentence[1])]


# "replaces the following documents:", "will supersede:": a cue that opens a list after a colon.
_OPENS_A_LIST = re.compile(
    r"\s*(?:(?:the\s+following|these|both|all\s+of\s+the\s+following)"
    r"(?:\s+(?:\w+\s+)?(?:plans|strategies|documents|policies|frameworks))?\s*)?:\s*",
    re.IGNORECASE,
)
# What opens one item of such a list: a bullet, a number or letter, or the separator of the item before.
_LIST_ITEM = re.compile(
    r"\s*(?:[;,]\s*)?(?:(?:and|or)\s+)?(?:[•·▪◦*–-]\s*|\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})[.)]\s+)?"
    r"(?:(?:the|our|its|their)\s+)?",
    re.IGNORECASE,
)
LISTED_AFTER_COLON = 600  # how far such a list may run


def _listed_after_colon(reading: Reading, position: int) -> list[Side]:
    """ "The Parking Strategy 2024-2029 supersedes the following: the Parking Strategy 2018-2023; the Car Park Plan
    2016-2021", or the same as a bulleted list: every plan that opens an item of the list right after the cue, in
    order, until an item that names no plan first."""
    text = reading.doc.text
    opened = _OPENS_A_LIST.match(text, position, min(len(text), position + 60))
    if opened is None:
        return []
    listed: list[Side] = []
    end, limit = opened.start() + len(opened.group(0).rstrip()), min(len(text), position + LISTED_AFTER_COLON)
    while len(listed) < MAX_LISTED:
        item = _LIST_ITEM.match(text, end, limit)
        named = reading.between(item.end(), item.end() + 1) if item else []
        if not named or named[0].end > limit:
            break
        listed.append(_side(named[0]))
        end = named[0].end
    return listed


# "a successor to X", "a successor plan to X": a plan still to be made, when no plan named before it is that successor.
_A_SUCCESSOR = re.compile(r"an?\s+successor\s+(?:plan\s+|strategy\s+|document\s+)?(?:to|of)", re.IGNORECASE)


def _successor_described_after(reading: Reading, older: Side, position: int) -> Side | None:
    """ "X will be replaced by a new plan for 2020-2025", "X will be followed by a successor plan": the newer plan
    described right after a passive cue, not named (a successor still to be made, with the period the text gives)."""
    text = reading.doc.text
    found = _NEW_DESCRIBED.match(text, position + 1) if text[position : position + 1].isspace() else None
    if found is None or found.group("acronym"):
        return None
    apposition = _APPOSITION.match(text, found.end(), min(len(text), found.end() + 12))
    named = _named_after(reading, apposition.end()) if apposition else None
    if apposition and named is not None and named.start == apposition.end() and named.name.iri != older.name.iri:
        return named  # "replaced by a new strategy, the Parking Strategy 2024-2029": the plan named in apposition
    period = period_at(text, found.end())
    valid = period[0] if period and not period[0].reversed else None
    end = period[1].end() if period and valid else found.end()
    return _successor_side(reading, older, found.start(), end, valid)


def _a_new_one(reading: Reading, subject: Side | None, start: int, cue: int) -> bool:
    """ "Once we have finished our new Waste Plan it will replace ...": the subject is a new plan the sentence
    names without its years, never the dated plan of that name the text spoke of before."""
    text = reading.doc.text
    if subject is None:
        return _THE_NEW_ONE.search(text, start, cue) is not None
    written_new = _CALLED_NEW.search(text, max(0, subject.start - 20), subject.start) is not None
    undated = subject.name.period is not None and not A_YEAR.search(text, subject.start, subject.end)
    return written_new and undated and subject.name != reading.main  # the text's own plan may be "the new X"


# "until a neighbourhood plan replaces ...": a plan the text points at with an indefinite article, between a named
# plan and the cue, is the cue's subject (not set off by a comma, which would describe the named plan).
_ANOTHER_PLAN = re.compile(
    r"(?<!,)\s\b(?:a|an|another|any)\s+(?:[\w'’-]+\s+){0,3}?(?:plan|strategy|framework|document)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)


def _another_plan_between(text: str, end: int, cue_start: int) -> bool:
    return _ANOTHER_PLAN.search(text, end, cue_start) is not None


def _older_after(
    reading: Reading, cue: lexicon.Cue, newer: Side, match: re.Match[str], sentence: tuple[int, int]
) -> Side | None:
    """The older plan right after a cue: named, "it", described, or a capitalised name without a head."""
    replacing = cue.relation in {"replace", "supersede"}
    part = _PART_OF_AFTER.match(reading.doc.text, match.end(), sentence[1]) if replacing else None
    return (
        _named_after(reading, match.end())
        or (_named_after(reading, part.end()) if part else None)  # "replaces parts of the X": X, in part
        or _it_after(reading, newer, match, sentence)
        or _described_after(reading, newer.name, match.end(), sentence[1])
        or (_capitalised_after(reading, match.end(), sentence[1]) if cue.relation in {"replace", "supersede"} else None)
    )


def _described_newer_first(
    reading: Reading, match: re.Match[str], sentence: tuple[int, int]
) -> tuple[Side, list[Side]] | None:
    """ "The Council is preparing a new, comprehensive Local Plan to replace the Core Strategy 2012" in a text about
    no plan it names before: the successor the sentence describes, and the plan named right after the cue."""
    older = _named_after(reading, match.end())
    if older is None:
        return None
    described = _described_newer(reading, older, match, sentence)
    return (described, [older, *_coordinated_after(reading, older, sentence[1])]) if described else None


# Nothing but list markers and punctuation before a cue that opens its sentence: "(b) Replacing ...".
_SENTENCE_OPENING = re.compile(r"[\s\W]{0,6}(?:(?:[a-z]|\d{1,2}(?:\.\d{1,2})*)[.)]?\s+)?")
PARTICIPLE_CLAUSE = 160  # how far a fronted clause ("Replacing the 2015 strategy,") may run to its comma


def _opens_sentence(text: str, match: re.Match[str], sentence_start: int) -> bool:
    """ "Replacing the 2015 carers' strategy, the Joint Carers Strategy was launched": the cue, capitalised,
    is the first word of its sentence, so the newer plan follows the clause it opens."""
    if not match.group(0)[:1].isupper():
        return False
    opening = _SENTENCE_OPENING.match(text, sentence_start, match.start())
    return opening is not None and opening.end() == match.start()


# The opening of a main clause in which a body adopts the plan named next: "Cabinet agreed", "the Council has adopted".
_ADOPTING_CLAUSE = re.compile(
    r"\s*(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,4}(?:(?:has|have|had|formally|then|unanimously)\s+)*"
    r"(?:adopted|agreed|approved|published|launched|endorsed|introduced)\s+"
)


def _fronted_sides(
    reading: Reading, cue: lexicon.Cue, match: re.Match[str], sentence: tuple[int, int]
) -> tuple[Side, list[Side]] | None:
    """ "Replacing X, Y was launched", "Building on X and Z, the new plan ...": the older plans are in the
    opening clause, the newer is the first plan named (or "the new plan") after its comma."""
    text = reading.doc.text
    reach = min(sentence[1], match.end() + PARTICIPLE_CLAUSE)
    comma = text.find(",", match.end(), reach)
    while comma >= 0 and _inside_a_name(reading, comma):  # "Strategic Plan 2015-2020, 2017-18 Refresh"
        comma = text.find(",", comma + 1, reach)
    if comma < 0:
        return None
    clause = (comma, sentence[1])
    newer = _named_after(reading, comma + 1) or _anaphor_after(reading, comma + 1, clause)
    adopting = _ADOPTING_CLAUSE.match(text, comma + 1, sentence[1]) if newer is None else None
    if adopting is not None:  # "With the lapse of X in 2020, Cabinet agreed Y": the plan the main clause adopts
        newer = _named_after(reading, adopting.end())
    if newer is None:
        return None
    older = _named_after(reading, match.end())
    if older is None or older.end > comma:
        older = _described_after(reading, newer.name, match.end(), comma)
    if older is None:
        return None
    return newer, [older, *_coordinated_after(reading, older, comma)]


# Joins between plans of one list: "X and Y", "X, Y and Z", "both X and Y", "X as well as Y", "X and from Y".
_JOINT = re.compile(
    r"\s*(?:,\s*(?P<comma_and>(?:and|or|as\s+well\s+as)\s+)?|\s+(?P<and>and|or|&|as\s+well\s+as|plus)\s+)"
    r"(?:(?:also|from|with|of|on|upon)\s+)?"
)
# What may follow the last plan of a list: punctuation, the sentence's end, or a word that opens no new clause.
_LIST_END = re.compile(
    r"\s*(?:[,.;:)\]]|$|(?:and|or|both|which|that|each|all|respectively|together|as|in|into|from|to|with|by|for"
    r"|on|at|under|over|when|while|since|were|have|had)\b)",
    re.IGNORECASE,
)
MAX_LISTED = 6  # plans in one list
# What says a listed plan is replaced only in part: " (in part)", " (part)", " (partially)", ", in part".
_IN_PART = re.compile(
    r"\s*(?:\(\s*(?:in\s+part|part|partly|partially|in\s+parts)\s*\)|,?\s+in\s+part\b)", re.IGNORECASE
)


# "has partly been replaced by", "was partially superseded by", "replaced in part by": only part of it replaced.
_PART_ADVERB = re.compile(r"\b(?:partly|partially|in\s+part)\b", re.IGNORECASE)


def _in_part_after(text: str, end: int, limit: int) -> re.Match[str] | None:
    return _IN_PART.match(text, end, limit)


JOINT_REACH = 30


def _coordinated_after(reading: Reading, first: Side, sentence_end: int) -> list[Side]:
    """The plans listed with ``first`` after it ("supersedes both X and Y", "replaced X, Y and Z"). A
    comma alone joins only when the list ends with "and"; a plan followed by a verb starts a new clause."""
    if first.headless:
        return []
    text = reading.doc.text
    listed: list[Side] = []
    joined_by_and: list[bool] = []
    in_part = _in_part_after(text, first.end, sentence_end)
    last_end = in_part.end() if in_part else first.end
    while len(listed) < MAX_LISTED:
        joint = _JOINT.match(text, last_end, min(sentence_end, last_end + JOINT_REACH))
        if joint is None:
            break
        following = _named_after(reading, joint.end())
        part = _PART_OF_AFTER.match(text, joint.end(), sentence_end) if following is None else None
        if part is not None:  # "the Core Strategy and the saved policies of the Local Plan 2004"
            following = _named_after(reading, part.end())
            following = replace(following, in_part=True) if following else None
        if following is None or following.end > sentence_end:
            break
        in_part = _in_part_after(text, following.end, sentence_end)
        if in_part is not None:  # "the Marsh Local Plan (in part)": listed, and replaced only in part
            following = replace(following, in_part=True)
        if not _LIST_END.match(text, in_part.end() if in_part else following.end, sentence_end):
            break
        listed.append(following)
        joined_by_and.append(bool(joint.group("comma_and") or joint.group("and")))
        last_end = in_part.end() if in_part else following.end
    while listed and not joined_by_and[-1]:  # "X, the Council Plan 2020-24": an apposition, not a list
        listed.pop()
        joined_by_and.pop()
    return [s for s in listed if s.name.iri != first.name.iri]


_JOINT_BEFORE = re.compile(
    r"\s*(?:,\s*(?:and\s+|as\s+well\s+as\s+)?|\s+(?:and|&|as\s+well\s+as)\s+)"
    r"(?:(?:the|our|its|their|both)\s+)?(?:[A-Z][a-z]+'s\s+)?"
)


def _coordinated_before(reading: Reading, last: Side, sentence_start: int) -> list[Side]:
    """The plans listed before ``last`` ("X and Y will be superseded by Z"), first to last."""
    if last.described:
        return []
    text = reading.doc.text
    earlier = reading.between(max(sentence_start, last.start - MAX_LISTED * 120), last.start)
    listed: list[Side] = []
    following = last
    for mention in reversed(earlier):
        if mention.end > following.start or following.start - mention.end > JOINT_REACH:
            break
        if not _JOINT_BEFORE.fullmatch(text, mention.end, following.start):
            break
        listed.append(_side(mention))
        following = listed[-1]
        if len(listed) == MAX_LISTED:
            break
    return [s for s in reversed(listed) if s.name.iri != last.name.iri]


_CUE_ARTICLE = re.compile(r"(?:the|a|an|as)\s+", re.IGNORECASE)


def _word_of_a_name(reading: Reading, match: re.Match[str]) -> bool:
    """Whether a cue's words all lie within one plan's name as written ("Replacement LDP", "Successor Plan"; "The
    Replacement Local Development Plan": the article the cue may take is no word of it)."""
    article = _CUE_ARTICLE.match(match.group(0))
    start = match.start() + (article.end() if article else 0)
    found = reading.overlapping(start, match.end())
    return found is not None and found.start <= start and match.end() <= found.end


def _inside_a_name(reading: Reading, position: int) -> bool:
    return any(m.end > position for m in reading.between(max(0, position - MAX_SENTENCE), position))


_WITH = re.compile(r"\s+with\s+")
# "merged into X", "combined to form X", "brought together in a single X".
_INTO = re.compile(
    r"\s*,?\s*(?:into|within|to\s+(?:form|create|make|become)|in(?:to)?(?=\s+(?:a|one)\s))\s+"
    r"(?:(?:a|one|the|our)\s+)?(?:(?:single|new|combined|joint|overarching|shared)\s+)*",
    re.IGNORECASE,
)
# "X and Y have been merged", "were combined", "are to be brought together": the listed plans are the older.
_AUXILIARY = re.compile(r"\s+(?:(?:have|has|had|will|would|are|is|were|was|to|be|been|being|now)\s+)+")


# "... of the" just before a plan's name: the plan is the owner of what the sentence speaks of.
_PART_OF = re.compile(r"\bof\s+(?:the\s+|our\s+|its\s+)?$", re.IGNORECASE)


def _merge_sides(
    reading: Reading, cue: lexicon.Cue, match: re.Match[str], sentence: tuple[int, int]
) -> tuple[Side, list[Side]] | None:
    """ "X merges Y and Z", "merges Y and Z into X", "Y and Z were combined to form X": the merged
    plans are each superseded by the one plan they became. A merge needs two plans merged, or the
    plan they are merged into named ("brings together" only with "into")."""
    text = reading.doc.text
    first = _named_after(reading, match.end())
    merged = [first, *_coordinated_after(reading, first, sentence[1])] if first else []
    joint = _WITH.match(text, merged[-1].end, sentence[1]) if merged else None
    partner = _named_after(reading, joint.end()) if joint else None
    if partner is not None:  # "merges X with Y"
        merged.append(partner)
    position = merged[-1].end if merged else match.end()
    into = _INTO.match(text, position, min(sentence[1], position + 60))
    newer = (_named_after(reading, into.end()) or _anaphor_after(reading, into.end(), sentence)) if into else None
    before = _named_before(reading, match.start(), sentence[0])
    if before is not None and _PART_OF.search(text, max(0, before.start - 30), before.start):
        before = None  # "the priorities of the X have been folded into Y": a part of X, not X itself
    if before is not None and _AUXILIARY.fullmatch(text, before.end, match.start()):
        merged = [*_coordinated_before(reading, before, sentence[0]), before, *merged]
    elif newer is None and cue.form == "merge":
        newer = before
        anaphor = _anaphor_before(reading, match.start(), sentence[0])
        if anaphor and (newer is None or anaphor.start >= newer.end):
            newer = anaphor
    if newer is None or (into is None and len(merged) < 2):
        return None
    return newer, merged


EXPIRY_REACH = 100  # the ended plan is named this close before "expired", "is now out of date"


def _expiry_sides(reading: Reading, match: re.Match[str], sentence: tuple[int, int]) -> tuple[Side, list[Side]] | None:
    """ "The SEND Strategy expired in December 2020" in a text presenting the SEND and Inclusion Strategy
    2021-23: the plan the text presents, a later edition of the one that ended, follows it."""
    older = _named_before(reading, match.start(), max(sentence[0], match.start() - EXPIRY_REACH)) or _it_ended(
        reading, match, sentence
    )
    if older is None:
        return None
    main = reading.main
    if (
        main is not None
        and main.iri != older.name.iri
        and (_same_series(main, older.name) or _same_subject(main, older.name))
        and _start_year(main) > _start_year(older.name)  # the presented plan must be the later one
    ):
        return Side(main, match.start(), match.end()), [older]
    newer = _new_plan_after(reading, older, match.end())
    return (newer, [older]) if newer is not None else None


def _final_year_sides(
    reading: Reading, match: re.Match[str], sentence: tuple[int, int]
) -> tuple[Side, list[Side]] | None:
    """ "2024/25 was the final year of the plan adopted in 2020. The new Council Plan ...": the plan named or
    described right after the cue ended; the later edition the text presents, or a new plan named after it,
    follows it."""
    main = reading.main
    older = _named_after(reading, match.end())
    if older is None and main is not None:
        older = _described_after(reading, main, match.end(), sentence[1])
        if older is not None and not older.described:
            older = None  # "the final year of the plan" read as the presented plan itself: it is not over
    if older is None:
        return None
    if older.described:
        assert main is not None
        return Side(main, match.start(), match.end()), [older]
    if main is not None and main.iri != older.name.iri and _same_series(main, older.name):
        if _start_year(main) > _start_year(older.name):
            return Side(main, match.start(), match.end()), [older]
    newer = _new_plan_after(reading, older, match.end())
    return (newer, [older]) if newer is not None else None


# "..., it is now called", "; the plan is now known as": the new name of a plan renamed.
_NOW_CALLED = re.compile(
    r"[,;]?\s*(?:it|this|the\s+(?:plan|strategy|document))\s+is\s+now\s+(?:called|known\s+as|named)\s+"
    r"|[,;]?\s*(?:it|this|the\s+(?:plan|strategy|document))\s+(?:is|has\s+become)\s+now\s+"
    r"|[,;]?\s*(?:it|this|the\s+(?:plan|strategy|document))\s+is\s+now\s+"
    r"|[,;]?\s*(?:it|this)\s+has\s+been\s+renamed\s+(?:as\s+)?",
    re.IGNORECASE,
)


def _renamed_sides(reading: Reading, match: re.Match[str], sentence: tuple[int, int]) -> tuple[Side, list[Side]] | None:
    """ "No longer called the Corporate Plan, it is now the Town Plan: A 2030 Vision": the plan under its old name,
    named right after the cue, is followed by the plan under the name it is now given."""
    older = _named_after(reading, match.end())
    if older is None:
        return None
    text = reading.doc.text
    now = _NOW_CALLED.match(text, older.end, sentence[1])
    if now is None:
        return None
    newer = _named_after(reading, now.end())
    return (newer, [older]) if newer is not None and newer.name.iri != older.name.iri else None


# What joins "its successor" to the plan named after it: "its successor, the X", "its successor will be X".
_SUCCESSOR_IS = re.compile(
    r"\s*(?:[,:(–-]\s*|\s(?:is|was|will\s+be|would\s+be|shall\s+be|is\s+to\s+be|became|becomes)"
    r"(?:\s+(?:now|then|to\s+be))?\s+)",
    re.IGNORECASE,
)
# What joins a plan named before "its successor" to it: "LTP 4 is its successor", "X will be its successor".
_IS_SUCCESSOR = re.compile(
    r"\s+(?:is|was|will\s+be|would\s+be|shall\s+be|is\s+to\s+be|became|becomes)\s+(?:now\s+|then\s+)?$", re.IGNORECASE
)
_POSSESSIVE_IT = re.compile(r"(?:its|their)\b", re.IGNORECASE)


def _possessive_sides(
    reading: Reading, match: re.Match[str], sentence: tuple[int, int]
) -> tuple[Side, list[Side]] | None:
    """ "The Woodland Plan 2014-2019 and its successor, the Woodland Plan 2019-2024", "The Harbour Strategy's successor
    will be the Harbour Strategy 2025-2030", "Local Transport Plan 3 runs to 2026. LTP 4 is its successor": the plan
    whose successor is named follows the plan the possessive points at; none when it is named nowhere ("X or its
    successor", "time to agree its successor": a role, or a plan not yet in sight)."""
    text = reading.doc.text
    its = _POSSESSIVE_IT.match(text, match.start())
    link = _SUCCESSOR_IS.match(text, match.end(), sentence[1])
    newer = _named_after(reading, link.end()) if link else None
    before = _named_before(reading, match.start(), sentence[0])
    if its is None:  # "the Harbour Strategy's successor": the plan named right before the possessive
        older = before if before is not None and match.start() - before.end <= 1 else None
    elif newer is None and before is not None and _IS_SUCCESSOR.fullmatch(text, before.end, match.start()):
        newer = before  # "LTP 4 is its successor": "its" is a plan named before that one, else the sentence before's
        earlier = _named_before(reading, before.start, sentence[0])
        older = earlier or _side_of(_subject_before(reading, "it", sentence[0]), match)
    else:
        older = before or _side_of(_subject_before(reading, "it", sentence[0]), match)
    if older is None or newer is None:
        return None  # "agree its successor", "X or its successor documents": a role, no plan said to follow
    return newer, [older]


def _side_of(plan: StrategyName | None, match: re.Match[str]) -> Side | None:
    """A plan an anaphor points at, quoted where the anaphor is."""
    return Side(plan, match.start(), match.start() + 3) if plan is not None else None


_IT_BEFORE = re.compile(r"\b(?:it|this)\s+$", re.IGNORECASE)


def _it_ended(reading: Reading, match: re.Match[str], sentence: tuple[int, int]) -> Side | None:
    """ "Our current X 2021-23 Strategy has guided our work ..., and as it comes to an end": "it" just before the cue
    is the first plan named in its sentence, else the subject of the sentence before."""
    if not _IT_BEFORE.search(reading.doc.text, max(0, match.start() - 8), match.start()):
        return None
    named = reading.between(sentence[0], match.start())
    if named:
        return _side(named[0])
    subject = _subject_before(reading, "it", sentence[0])
    return Side(subject, match.start(), match.end()) if subject is not None else None


EXPIRY_FOLLOW = 300  # the new plan is named this close after the old one is said to end
_NEW_JUST_BEFORE = re.compile(r"\bnew\s+$", re.IGNORECASE)


def _new_plan_after(reading: Reading, older: Side, position: int) -> Side | None:
    """ "The current Economic Development Strategy was expiring. Cabinet agreed that officers develop a new Economic
    Growth and Regeneration Plan": a plan called new, named right after, on a subject the ended plan shares; or
    a later edition of the ended plan the text then says is adopted ("RESOLVED that the X 2024-2034 be adopted")."""
    return (
        _new_named_after(reading, older, position)
        or _adopted_edition_after(reading, older, position)
        or _new_named_before(reading, older)
    )


# "welcome the launch of the SEF as the new overarching economic framework": a plan called new right after its name.
_AS_THE_NEW = re.compile(r"\s*(?:\([A-Z]{2,6}\)\s*)?,?\s*as\s+(?:the|our|its|a)\s+new\b", re.IGNORECASE)


def _new_named_before(reading: Reading, older: Side) -> Side | None:
    """ "That the Authority adopt the Economic Framework as the new economic framework for the region ... (c) That
    the Economic Plan expires at the end of March 2021": a plan the same passage calls new shortly before the ended
    one, on the same subject under another head noun, or another edition of it."""
    text = reading.doc.text
    for mention in reversed(reading.between(max(0, older.start - EXPIRY_FOLLOW), older.start)):
        if mention.name.iri == older.name.iri:
            continue  # the numbered resolutions of one decision may stand between them: no paragraph bound
        called_new = _NEW_JUST_BEFORE.search(text, max(0, mention.start - 12), mention.start) or _AS_THE_NEW.match(
            text, mention.end, min(len(text), mention.end + 30)
        )
        if not called_new or _reversed(mention.name, older.name):
            continue
        head = lexicon.head_of_name(mention.name.base or mention.name.key)
        if head is None or head.minor or head.weak:
            continue
        if _same_subject(mention.name, older.name) or _same_series(mention.name, older.name):
            return _side(mention)
    return None


# "... be adopted", ", as amended, be approved", "was formally agreed": said of the plan just named.
_BE_ADOPTED = re.compile(
    r"\s*(?:\([^()]{0,40}\)\s*|,[^,.;]{0,40},\s*)?(?:(?:shall|should|will|would)\s+)?"
    r"(?:be|is|was|were|has\s+been|had\s+been|have\s+been)\s+(?:formally\s+)?(?:adopted|approved|agreed)\b",
    re.IGNORECASE,
)
# "approves the X", "RESOLVED to adopt the X": said just before the plan.
_ADOPTS = re.compile(r"\b(?:approve[sd]?|adopt(?:s|ed)?|agree[sd]?)\s+(?:the\s+|its\s+)?$", re.IGNORECASE)
ADOPTED_FOLLOW = 1500  # a resolution adopting the next edition comes this close after the old one is said to end


def _adopted_edition_after(reading: Reading, older: Side, position: int) -> Side | None:
    """ "The present Waste Strategy 2014-2024 would lapse in 2024 and a new draft had been prepared ... RESOLVED
    that the Waste Strategy 2024-2034 be adopted": the edition of the same plan the text adopts, starting later."""
    text = reading.doc.text
    for mention in reading.between(position, min(len(text), position + ADOPTED_FOLLOW)):
        if mention.name.iri == older.name.iri or not _same_series(mention.name, older.name):
            continue
        if not mention.name.period or not older.name.period or _start_year(mention.name) <= _start_year(older.name):
            continue  # only a later edition, dated: never the ended plan itself named again
        if _BE_ADOPTED.match(text, mention.end, min(len(text), mention.end + 80)) or _ADOPTS.search(
            text, max(0, mention.start - 40), mention.start
        ):
            return _side(mention)
    return None


def _new_named_after(reading: Reading, older: Side, position: int) -> Side | None:
    text = reading.doc.text
    for mention in reading.between(position, min(len(text), position + EXPIRY_FOLLOW)):
        if "\n\n" in text[position : mention.start] or mention.name.iri == older.name.iri:
            break
        if not _NEW_JUST_BEFORE.search(text, max(0, mention.start - 12), mention.start):
            continue
        head = lexicon.head_of_name(mention.name.base or mention.name.key)
        if head is None or head.minor or head.weak:
            continue  # "a new Housing Allocations Policy" after the Housing Strategy expired: no successor of it
        if _shares_a_subject_word(mention.name, older.name) and not _reversed(mention.name, older.name):
            return _side(mention)
    return None


def _shares_a_subject_word(one: StrategyName, other: StrategyName) -> bool:
    """Whether two plans' names share a word of their subject (not a head noun nor a generic word)."""
    heads, generic = lexicon.head_pattern(), lexicon.name_stops("generic")

    def subject(plan: StrategyName) -> set[str]:
        words = name_words(plan.title or plan.base or plan.key)
        return {w for w in words if not heads.fullmatch(w) and w not in generic and not w.isdigit() and len(w) > 3}

    return bool(subject(one) & subject(other))


def _review_sides(reading: Reading, match: re.Match[str], sentence: tuple[int, int]) -> tuple[Side, list[Side]] | None:
    """ "The Council reviewed the X 2018-2021 and has agreed an X 2022-2025": the later edition of the
    reviewed plan named in the same sentence is its revision. "the first stage in the review of the X Plan 2014" in
    a text presenting the X Plan 2: the later edition the text presents is that review's revision."""
    text = reading.doc.text
    of = _REVIEW_OF.match(text, match.end(), min(len(text), match.end() + 12))
    older = _named_after(reading, match.end()) or (_named_after(reading, of.end()) if of else None)
    if older is not None and not older.name.period and of is not None:
        presented = _later_presented_edition(reading, older.name)
        return (Side(presented, match.start(), match.end()), [older]) if presented else None
    if older is None or not older.name.period:
        return None
    later = [
        m
        for m in reading.between(older.end, sentence[1])
        if m.name.iri != older.name.iri and m.name.period and _same_series(m.name, older.name)
    ]
    later = [m for m in later if _start_year(m.name) > _start_year(older.name)]
    if later:
        return _side(later[0]), [older]
    described = _described_newer(reading, older, match, sentence)  # "reviewed X ... a new plan for 2025-2030"
    if described is None and of is not None:
        presented = _later_presented_edition(reading, older.name)
        return (Side(presented, match.start(), match.end()), [older]) if presented else None
    return (described, [older]) if described else None


_REVIEW_OF = re.compile(r"\s+(?:of|into)\b", re.IGNORECASE)


def _later_presented_edition(reading: Reading, older: StrategyName) -> StrategyName | None:
    """The plan the text presents when it is a later edition of ``older``: numbered after it ("X Plan 2" beside "X
    Plan 2014" or "X Plan"), or dated later."""
    main = reading.main
    if main is None or main.iri == older.iri or not _same_series(main, older):
        return None
    main_number, older_number = _edition_number(main), _edition_number(older)
    if main_number is not None:
        return main if main_number > (older_number or 1) else None
    if older_number is None and main.period and older.period and _start_year(main) > _start_year(older):
        return main
    return None


# "the new revised SEND Strategy", "a refreshed Climate Change Strategy": a later edition, named as the older.
_NEW_BEFORE = re.compile(
    r"\b(?:new|revised|refreshed|updated|next|replacement|successor)(?:,?\s+(?:and\s+)?(?:new|revised|refreshed|updated))*\s+$",
    re.IGNORECASE,
)
# "a new strategy for 2019-2023", "the next plan": a successor described, not named.
_NEW_DESCRIBED = re.compile(
    r"\b(?:a|the|our)\s+(?:draft\s+)?(?:new|next|refreshed|revised|updated|replacement|successor),?\s+(?:draft\s+)?"
    r"(?:[\w'’-]+\s+){0,4}?(?:strategy|plan|framework|charter|version|edition|one|(?-i:(?P<acronym>[A-Z]{2,6})))\b"
    r"(?:\s+(?:for|covering)(?:\s+the\s+period)?)?",
    re.IGNORECASE,
)


def _distinct_editions(
    reading: Reading, new: Side, olders: list[Side], cue: re.Match[str], sentence: tuple[int, int]
) -> tuple[Side, list[Side]]:
    """When both sides read as one plan ("the new revised SEND Strategy builds on the SEND Strategy
    2013-2016", "agreed to refresh the Strategy, with a new strategy for 2019-2023"), the newer is the
    later edition the text presents, else a successor it describes; otherwise they stay one plan."""
    if not any(old.name.iri == new.name.iri for old in olders) or new.described:
        return new, olders
    older = next(old for old in olders if old.name.iri == new.name.iri)
    # "X will replace the existing Y", "in place of the current Y": what a plan takes the place of is in force
    # before it, so "current" names the earlier edition as "previous" does.
    taking_place = cue.group(0).strip().lower().startswith(("replac", "supe", "in place", "take", "took", "succeed"))
    earlier = _as_earlier_edition(reading, older, new.name, in_force=taking_place)
    if earlier is not None:  # "builds on the previous Corporate Plan" read by co-reference as this one
        return new, [earlier if old is older else old for old in olders]
    text = reading.doc.text
    if new.end > new.start and _NEW_BEFORE.search(text, max(0, new.start - 30), new.start):
        main = reading.main
        if main is not None and main.iri != older.name.iri and not _reversed(main, older.name):
            if _start_year(main) > _start_year(older.name) and _written_as(reading, main, text[new.start : new.end]):
                return Side(main, new.start, new.end), olders
        return _successor_side(reading, older, new.start, new.end, None), olders
    described = _described_newer(reading, older, cue, sentence)
    if described is None:
        under_way = _refresh_under_way(reading, older, cue, sentence)
        if under_way is not None:
            return under_way, olders
        earlier = _edited_in_place(reading, older, cue, sentence)
        return new, olders if earlier is None else [earlier if old is older else old for old in olders]
    written_bare = _PHRASE_YEAR.search(text, older.start, older.end) is None
    if described.name.period is None and written_bare and older.name == reading.main:
        # "Refresh of the Plan ... a refreshed version of the Plan" in a text presenting the Plan 2023-2028:
        # the plan the text presents is the refreshed one; what was refreshed is its earlier edition.
        earlier = Side(_predecessor_name(older.name, cue.group(0), None, None), older.start, older.end, described=True)
        return Side(older.name, new.start, new.end), [earlier]
    return described, olders


# "a refresh of", "the revision of": a new edition named by its noun (not "an update on", often a progress report).
_EDITION_NOUN = re.compile(
    r"(?:(?:a|an|the)\s+)?(?:full\s+|complete\s+)?(?:refresh|revision|rewrite)\s+of", re.IGNORECASE
)
# The making of it is under way: "is under way", "officers are carrying out", "work has begun".
_UNDER_WAY = re.compile(
    r"\b(?:under\s?way|in\s+progress|being\s+(?:carried\s+out|undertaken|prepared|developed)|carry(?:ing)?\s+out"
    r"|undertak(?:e|es|ing)|(?:has|have)\s+(?:begun|started)|(?:will|to)\s+(?:begin|start|commence))\b",
    re.IGNORECASE,
)


def _refresh_under_way(reading: Reading, older: Side, cue: re.Match[str], sentence: tuple[int, int]) -> Side | None:
    """ "Officers are carrying out a refresh of the Community Strategy", "A full revision of X is under way": the
    new edition being made, a successor the text describes (proposed), of the plan named after the noun."""
    text = reading.doc.text
    if not _EDITION_NOUN.fullmatch(cue.group(0).strip()) or not _UNDER_WAY.search(text, sentence[0], sentence[1]):
        return None
    return _successor_side(reading, older, cue.start(), cue.end(), None)


# "We have refreshed our Digital Strategy", "the Board refreshes its strategy": a verb that has made a new
# edition of the plan it names (not "agreed to refresh the Strategy", a refresh still to come; nor "updated",
# often an amendment of the plan in force).
_EDITING_VERB = re.compile(r"refresh(?:ed|es)", re.IGNORECASE)
# "presents the annual refresh of X": X is this year's edition (not "a refresh of X", often one still to come).
_THE_REFRESH_OF = re.compile(r"\b(?:the|this)\s+(?:(?:annual|yearly|latest)\s+)?$", re.IGNORECASE)


def _edited_in_place(reading: Reading, older: Side, cue: re.Match[str], sentence: tuple[int, int]) -> Side | None:
    """ "We have refreshed our Digital Strategy", "the annual refresh of the X" in the text presenting it: the plan
    is the new edition, what was refreshed its earlier edition (described, unnamed); None when the words make no
    new edition."""
    text = reading.doc.text
    words = cue.group(0).strip().split()
    verb = words[-1] if words else ""
    nominal = (
        words[:2] == ["refresh", "of"]
        and _yearly(older.name)
        and _THE_REFRESH_OF.search(text, max(0, cue.start() - 30), cue.start())
    )
    version = _VERSION_OF_ITSELF.fullmatch(cue.group(0).strip()) and not _STILL_TO_COME.search(
        text, sentence[0], sentence[1]
    )
    if (
        not _presented(reading, older.name)
        or not (_EDITING_VERB.fullmatch(verb) or nominal or version)
        or _in_drafting(text, sentence)
    ):
        return None
    # "This is an updated version of X 2020-2025", "tabled an updated version of the Plan": X itself, re-issued with
    # its name and period; what it updated is its earlier version
    earlier = _predecessor_name(older.name, verb, None, None, kept=bool(version))
    return Side(earlier, cue.start(), older.end, described=True)


# "an updated version of", "a new version of": the plan itself issued again (not "an update of", often a progress
# report), when it is the plan the text presents.
_VERSION_OF_ITSELF = re.compile(r"(?:an?\s+|the\s+)?(?:updated|revised|amended|new)\s+version\s+of", re.IGNORECASE)


def _yearly(plan: StrategyName) -> bool:
    """A plan of one year ("Community Safety Agreement 2024-25") or none: its refresh is the plan itself; the
    refresh of a plan of several years ("the 2019 refresh of X 2018-2023") is an edition within it."""
    if not plan.period or plan.period[0] is None or plan.period[1] is None:
        return not plan.period
    return int(plan.period[1].lexical[:4]) - int(plan.period[0].lexical[:4]) <= 1


# "the former Corporate Strategy", "our previous CYPP": an earlier edition, whatever co-reference made of it.
_EARLIER_BEFORE = re.compile(
    r"\b(?:previous|former|last|old|outgoing|expired|expiring|preceding|earlier|original)\s+$", re.IGNORECASE
)


def _as_earlier_edition(reading: Reading, side: Side, newer: StrategyName, in_force: bool = False) -> Side | None:
    """A plan named without a period right after "previous", "former" ..., that co-reference took for
    ``newer`` itself: the edition before it, as a described predecessor (None when it is not that). With
    ``in_force`` (the newer plan takes its place), "the existing", "the current" say the same."""
    text = reading.doc.text
    if side.described or _PHRASE_YEAR.search(text, side.start, side.end):
        return None
    adjective = _EARLIER_BEFORE.search(text, max(0, side.start - 30), side.start)
    in_force_adjective = _IN_FORCE_BEFORE.search(text, max(0, side.start - 30), side.start)
    if adjective is None and in_force:
        adjective = in_force_adjective
    if adjective or in_force_adjective:
        slogan = _known_by_slogan(text, text[side.start : side.end], side.end, min(len(text), side.end + 120))
        if slogan is not None:  # "a refresh of the existing Community Strategy, 'Ashvale 2030: a shared vision'"
            return slogan
    said = _said_after(text, side.end, min(len(text), side.end + 60))
    if said is not None and _said_after_start(said, newer):
        said = None  # "the Plan, which was adopted in 2024" beside the Plan 2023-2028: said of this edition
    if adjective is None and (said is None or (said.year is None and said.period is None)):
        return None  # "the corporate plan that ended in 2016" beside the Corporate Plan 2017-21: an earlier one
    period, year = (said.period, said.year) if said else (None, None)
    name = _predecessor_name(newer, text[side.start : side.end], period, year)
    return Side(name, adjective.start() if adjective else side.start, said.end if said else side.end, described=True)


def _said_after_start(said: Said, newer: StrategyName) -> bool:
    """Whether what is said of a plan dates it at or after the start of ``newer`` (so it is not its predecessor)."""
    start = _start_year(newer)
    ended = said.period.end if said.period else None
    return bool(start) and (
        (said.year is not None and int(said.year) >= start) or (ended is not None and ended > start)
    )


def _written_as(reading: Reading, plan: StrategyName, written: str) -> bool:
    """Whether ``written`` ("SEND Strategy") is a way the text writes ``plan`` (within one of its mentions)."""
    wanted = name_words(written)
    return any(
        within(wanted, name_words(reading.doc.text[m.start : m.end].replace("(", " ").replace(")", " ")))
        for m in reading.by_key.get(plan.key, [])[:20]
    ) or _same_series(plan, names.named_with_period(written, None, None))


def _described_newer(reading: Reading, older: Side, cue: re.Match[str], sentence: tuple[int, int]) -> Side | None:
    """ "with a new strategy for 2019-2023 to be brought back": a successor the sentence describes."""
    text = reading.doc.text
    for found in _NEW_DESCRIBED.finditer(text, sentence[0], sentence[1]):
        if found.start() < older.end and found.end() > cue.start():
            continue  # "a refreshed version of X": the cue itself, not another plan
        acronym = found.group("acronym")
        if acronym and _initials_run(name_words(older.name.base or older.name.key), acronym.lower()) is None:
            continue  # "a new CCTV plan" is not "a new LOIP": an acronym must spell the older plan's name
        presented = _presented_as_described(reading, older.name, found.group(0))
        if presented is not None:  # "To adopt a new parking strategy to replace X" on the record of Y 2024-2029
            return Side(presented, found.start(), found.end())
        period = period_at(text, found.end())
        valid = period[0] if period and not period[0].reversed else None
        end = period[1].end() if period and valid else found.end()
        return _successor_side(reading, older, found.start(), end, valid)
    return None


# The adjectives of a described newer plan ("a new", "the refreshed draft"), and a trailing "for" / "covering".
_DESCRIBED_ADJECTIVES = re.compile(
    r"^\W*(?:a|the|our)\s+(?:draft\s+)?(?:new|next|refreshed|revised|updated|replacement|successor),?\s+(?:draft\s+)?"
    r"|\s+(?:for|covering)(?:\s+the\s+period)?$",
    re.IGNORECASE,
)


def _presented_as_described(reading: Reading, older: StrategyName, described: str) -> StrategyName | None:
    """The plan the text presents, when the newer plan a sentence describes ("a new parking strategy") is it: the
    description's words fit its name and it is dated after the plan replaced, so no successor node is made."""
    main = reading.main
    if main is None or main.iri == older.iri or not (main.period and older.period):
        return None
    if _start_year(main) <= _start_year(older) or not _describes(_DESCRIBED_ADJECTIVES.sub("", described), main):
        return None
    return main


def _successor_side(reading: Reading, older: Side, start: int, end: int, period: Period | None) -> Side:
    """A node for a newer plan the text describes but does not name, keyed by the plan it follows."""
    base = older.name
    name = StrategyName(
        key=f"{base.key} successor",
        title=f"Successor of {base.key}",  # named by the rule, after the plan's key (which names its place)
        short=None,
        head=base.head,
        period=period.validity if period else None,
        subtitle=None,
        base=None,
    )
    return Side(name, start, end, described=True)


def _anaphor_after(reading: Reading, position: int, sentence: tuple[int, int]) -> Side | None:
    """ "... will be superseded by the Strategy", "replaced by this plan": the plan the document presents."""
    text = reading.doc.text
    spaces = re.compile(r"\s*").match(text, position)
    begin = spaces.end() if spaces else position
    found = ANAPHORA.match(text, begin, min(sentence[1], begin + 60)) or _DESCRIBED.match(
        text, begin, min(sentence[1], begin + 60)
    )
    if found is None or _predecessor_phrase().fullmatch(found.group(0)):
        return None
    plan = _described_plan(reading, found.group(0), begin) or reading.main  # the plans before are the older
    return Side(plan, begin, found.end()) if plan else None


_GENERIC = re.compile(r"(?:the|our|its|their|this|a|an|year['’]s)$", re.IGNORECASE)  # "last year's plan"


def _fits_the_document(reading: Reading, newer: StrategyName, older: Side) -> bool:
    """When the sentence names no newer plan, the older one must be an edition of the plan the
    document presents: the same name, or described only by kind ("the previous strategy")."""
    if not older.described:
        return _same_series(newer, older.name)
    words = _described_words(reading, older)
    kind = lexicon.head_pattern()
    if len(words) <= 1 or all(kind.fullmatch(w) or w.lower() in name_words(newer.base or newer.key) for w in words):
        return True
    return _describes(" ".join(words), newer)  # "the current adopted LDP" for the Replacement LDP


def _described_words(reading: Reading, described: Side) -> list[str]:
    """The words of a description that say what the plan is about ("former", "the" and years aside)."""
    written = reading.doc.text[described.start : described.end].split(",")[0]
    return [
        w
        for w in re.findall(r"[\w'’-]+", written)
        if not _GENERIC.match(w) and not lexicon.predecessor_words().fullmatch(w) and not w[:1].isdigit()
    ]


def _names_the_subject(reading: Reading, plan: StrategyName, described: Side) -> bool:
    """Whether a description names the plan's subject as well as its kind: "the former Corporate
    Strategy" for the Corporate Strategy 2022-27 does; "the previous strategy" does not."""
    words = name_words(" ".join(_described_words(reading, described)))
    kind = lexicon.head_pattern()
    subject = [w for w in words if not kind.fullmatch(w)]
    return bool(subject) and all(w in name_words(plan.base or plan.key) for w in words)


_IT_AFTER = re.compile(r"\s*(?:it|them)\b")


def _it_after(reading: Reading, newer: Side, match: re.Match[str], sentence: tuple[int, int]) -> Side | None:
    """ "the new strategy succeeds it", "will replace it": the plan named last before, other than the newer."""
    it = _IT_AFTER.match(reading.doc.text, match.end())
    if it is None:
        return None
    named = [m for m in reading.between(sentence[0], match.start()) if m.name.iri != newer.name.iri]
    if named:
        return Side(named[-1].name, named[-1].start, it.end())
    subject = _subject_before(reading, "it", sentence[0])
    if subject is not None and subject.iri != newer.name.iri:
        if _delivers(newer.name, subject):
            return None  # "The Carers Strategy was adopted. An Action Plan followed it": it delivers it, not succeeds
        return Side(subject, match.end(), it.end())  # "The Carers Plan 2019-22 ended. The Carers Strategy follows it."
    near = reading.strategy_near(match.start())
    main = reading.main
    for plan in (near, main):
        # Not named nearby, "it" is an earlier edition of the newer plan or nothing: "The Action Plan followed it"
        # after a sentence about a pledge is no successor of the Carers Strategy the document presents.
        if plan is not None and plan.iri != newer.name.iri and _same_series(plan, newer.name):
            return Side(plan, match.end(), it.end())
    return None


def _delivers(newer: StrategyName, older: StrategyName) -> bool:
    """Whether ``newer`` is a plan of a minor kind (an action plan, a programme) after a plan that is not one: it
    carries the other out rather than following it."""
    heads = [lexicon.head_of_name(plan.base or plan.key) for plan in (newer, older)]
    return heads[0] is not None and heads[0].minor and not (heads[1] is not None and heads[1].minor)


def _self_sides(reading: Reading, match: re.Match[str], sentence: tuple[int, int]) -> tuple[Side, Side] | None:
    """ "Y has been updated [to become X]": X when the sentence names a later edition of Y, else
    the plan the document presents."""
    before = _named_before(reading, match.start(), sentence[0])
    anaphor = _anaphor_before(reading, match.start(), sentence[0])
    if anaphor is not None and (before is None or anaphor.start >= before.end):
        # "It has been substantially revised": the document's own plan, remade (not "the plan has been updated",
        # revised in drafting)
        pronoun = _PLAN_PRONOUN.fullmatch(reading.doc.text[anaphor.start : anaphor.end].strip())
        return (
            _remade_in_place(reading, anaphor, match, sentence)
            if pronoun and _presented(reading, anaphor.name)
            else None
        )
    if before is None:
        return None
    older = before
    later = [
        m
        for m in reading.between(match.end(), sentence[1])
        if _same_series(m.name, older.name) and m.name.iri != older.name.iri
    ]
    if later:
        return _side(later[0]), older
    main = reading.main
    if main is None or not _same_series(main, older.name):
        return None  # "The Medium Term Financial Strategy is being updated" in a report on another plan
    if main.iri != older.name.iri and not _two_names_of_one(main, older.name):
        return Side(main, match.start(), match.end()), older
    if "refresh" not in match.group(0).lower():
        version = _version_for_period(reading, older, match.end())
        if version is not None:  # "... has been reviewed and updated. An amended version of X to cover 2019-2022"
            return version, older
    return _remade_in_place(reading, older, match, sentence)


# "It", "this strategy", "the Plan", "the new strategy": the plan the text presents, not "the action plan".
_PLAN_PRONOUN = re.compile(r"it|this|(?:the|this|our)\s+(?:new\s+)?(?:strategy|plan|framework|document)", re.IGNORECASE)


def _remade_in_place(
    reading: Reading, plan: Side, match: re.Match[str], sentence: tuple[int, int]
) -> tuple[Side, Side] | None:
    """ "The X, which was originally published in December 2015, has been refreshed", "X (it) has been
    comprehensively updated" on X's own page: the plan named is the new edition; what was updated is its earlier
    edition (described, unnamed); None when the words make no new edition or speak of drafting."""
    main = plan.name
    text = reading.doc.text
    iteration = _THIS_ITERATION.search(text, max(0, plan.start - 40), plan.start) is not None
    if _in_drafting(text, sentence) or not (
        _remade(main, match) or (iteration and not _STILL_TO_COME.match(match.group(0).lower()))
    ):
        return None  # "X has been updated following consultation", "X 2013-2018 has been updated to reflect ..."
    original = _ORIGINALLY.search(reading.doc.text, sentence[0], sentence[1])
    year = original.group("year") if original else None
    earlier = _predecessor_name(main, match.group(0), None, year)
    return Side(main, plan.start, plan.end), Side(earlier, plan.start, match.end(), described=True)


# "This iteration of the Plan has been revised", "this edition of the Strategy": a version of the plan, said to be
# made anew.
_THIS_ITERATION = re.compile(
    r"\b(?:this|the\s+(?:latest|current|new))\s+(?:iteration|edition|version)\s+of\s+$", re.IGNORECASE
)
# An update that remakes a plan ("comprehensively updated", "is being revised"), not one that amends it in force.
_REMAKING = re.compile(
    r"refresh|comprehensive|fundamental|fully|substantial|complete|significant|thorough|extensive|rewrit"
    r"|rolled forward|(?:is|are)\s+(?:\w+\s+)?being\s",
    re.IGNORECASE,
)


def _remade(main: StrategyName, cue: re.Match[str]) -> bool:
    """Whether "X has been updated" makes a new edition of the plan the text presents: refreshed, or a dated plan
    (an undated one is often the text's own draft) remade ("comprehensively updated") or being revised; not an
    edition still to come ("will be refreshed"), which would follow X."""
    words = cue.group(0).lower()
    if _STILL_TO_COME.match(words):
        return False  # "X will be refreshed in 2025": a later edition, X's successor
    return "refresh" in words or (bool(main.period) and _REMAKING.search(words) is not None)


_STILL_TO_COME = re.compile(r"(?:will|would|shall|is to|are to|is due to|are due to|is going to)\b")


def _in_drafting(text: str, sentence: tuple[int, int]) -> bool:
    """Whether a sentence says a plan was changed in drafting ("revised following consultation")."""
    return lexicon.drafting_cues().search(text, sentence[0], sentence[1]) is not None


# "An amended version of the Corporate Plan to cover the period 2019-2022", "a revised version of it for 2024-27".
_VERSION_OF = re.compile(
    r"\b(?:an?|the)\s+(?:amended|updated|revised|new|refreshed|rolled[- ]forward)\s+(?:version|edition)\s+of\s+",
    re.IGNORECASE,
)
_COVERING = re.compile(
    r"\s*,?\s*(?:to\s+cover|for|covering|running|to\s+run)\s+(?:the\s+(?:period|years)\s+)?(?:from\s+)?"
)
VERSION_REACH = 400  # the later version is described this close after the update


def _version_for_period(reading: Reading, older: Side, position: int) -> Side | None:
    """ "X has been reviewed and updated. An amended version of X to cover the period 2019-2022 is attached": the
    later version is X for that period (named by it, as the edition of X it is)."""
    text = reading.doc.text
    found = _VERSION_OF.search(text, position, min(len(text), position + VERSION_REACH))
    if found is None:
        return None
    named = _named_after(reading, found.end())
    if named is None or not _same_series(named.name, older.name):
        return None
    if named.name.period and named.name.iri != older.name.iri:  # the name took its period: "X for the period 2022-25"
        return named if _start_year(named.name) > _start_year(older.name) else None
    covering = _COVERING.match(text, named.end, min(len(text), named.end + 40))
    period = period_at(text, covering.end()) if covering else None
    if period is None or period[0].reversed or period[0].validity is None:
        return None
    name = names.named_with_period(older.name.base or older.name.key, period[0], None, older.name.head)
    if name.iri == older.name.iri:
        return None
    state_strategy(reading.doc, name, (found.start(), period[1].end()))
    return Side(name, found.start(), period[1].end())


# "originally published in December 2015", "first adopted in 2016".
_ORIGINALLY = re.compile(
    r"\b(?:originally|first)\s+(?:published|adopted|agreed|approved|produced|launched)\s+in\s+(?:[A-Z][a-z]+\s+)?"
    r"(?P<year>(?:19|20)\d\d)\b"
)


# A plan revised in place, keeping its period ---------------------------------------------------------
KEPT_FORMS = frozenset({"kept", "kept-after"})  # the plan is named after the cue / before it
# Between a plan's name and what follows it on its title line: " (", " - ", ", ", a line break.
_KEPT_JOIN = re.compile(r"[\s(\[,:;–-]{0,8}")
_KEPT_HEADING_JOIN = re.compile(r"[\s|:–-]{0,12}")
_KEPT_VERB = re.compile(r"revis|updat|amend|refresh|chang|issu|publish|review\s+for\b", re.IGNORECASE)
_REVISED_ADJECTIVE = re.compile(r"\b(?:revised|updated|amended|refreshed)\s+$", re.IGNORECASE)
_SPELLED_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5}
_KEPT_NUMBER = re.compile(r"(?:edition|version)\s+(?P<number>\w+)$", re.IGNORECASE)
_DRAFT_AFTER = re.compile(r"\s*[-–(,]?\s*draft\b", re.IGNORECASE)
_FUTURE_BEFORE = re.compile(
    r"\b(?:will|shall|would|is\s+to|are\s+to|is\s+due\s+to|are\s+due\s+to|plans?\s+to|intends?\s+to)\s+"
    r"(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)


def _kept_sides(
    reading: Reading, cue: lexicon.Cue, match: re.Match[str], sentence: tuple[int, int]
) -> tuple[Side, Side] | None:
    """ "That the proposed amendments to the Play Strategy 2021-2025 be agreed", "REFRESHED FOR 2023/24" over the
    plan's name, "X (last revised May 2023)", "X as revised after its mid-point review", "X - 2023/24 edition 2",
    "the plan's half-way update": the plan itself was revised and keeps its period; what it revised is its earlier
    version (same name, same period; described, unnamed). None for a change in drafting or one still to come."""
    text = reading.doc.text
    plan = _kept_plan(reading, cue, match, sentence)
    if plan is None or not _kept_holds(reading, plan, match):
        return None
    if _in_drafting(text, sentence) or _FUTURE_BEFORE.search(text, max(sentence[0], match.start() - 40), match.start()):
        return None  # "X as amended following consultation", "officers will bring amendments to X"
    revised_in = A_YEAR.search(match.group(0))  # "REVIEW FOR 2024/25", "(last revised May 2023)"
    earlier = _predecessor_name(plan.name, "", None, None, kept=True, until=revised_in.group(0) if revised_in else None)
    return plan, Side(earlier, match.start(), match.end(), described=True)


_REVISED_IT = re.compile(r"\b(?:it|them)\b", re.IGNORECASE)  # a kept-period cue that speaks of the plan before


def _kept_plan(reading: Reading, cue: lexicon.Cue, match: re.Match[str], sentence: tuple[int, int]) -> Side | None:
    """The plan a kept-period cue speaks of: named right after it ("amendments to X") or, for a heading ("REFRESHED
    FOR 2023/24"), on the line just before; named right before it ("X (last revised ...)"), or "its" / "the plan's"
    (the plan the text is about)."""
    text = reading.doc.text
    if cue.form == "kept":
        after = _named_after(reading, match.end())
        if after is not None or A_YEAR.search(match.group(0)) is None:
            return after
        joined = _KEPT_HEADING_JOIN
    else:
        joined = _KEPT_JOIN
    before = _named_before(reading, match.start(), max(0, match.start() - MAX_SENTENCE))
    if before is not None and joined.fullmatch(text, before.end, match.start()):
        return before
    if cue.form == "kept-after" and _REVISED_IT.search(match.group(0)):
        return _named_before(reading, match.start(), sentence[0])  # "X runs to 2027 but we refreshed it in 2024"
    if cue.form == "kept-after" and match.group(0).lower().startswith(("'", "’", "its")):
        anaphor = _anaphor_before(
            reading, match.start() + (0 if match.group(0).lower().startswith("its") else 1), sentence[0]
        )
        if anaphor is not None:  # "the plan's half-way update", "its mid-term update": the plan the text is about
            return Side(anaphor.name, anaphor.start, match.start())
        if match.group(0).lower().startswith("its"):
            return _paragraph_plan(reading, match.start())
    return None


def _kept_holds(reading: Reading, plan: Side, match: re.Match[str]) -> bool:
    """Whether the cue says the plan was revised within its period: a revision dated after the plan began and
    by its end, a second or later edition, a mid-term review that revised it (not the review alone), and never a
    draft's change."""
    text, words = reading.doc.text, match.group(0)
    if plan.name.minor or plan.headless:
        return False  # "an amendment to its Wind Energy Policy before adopting the Plan": a policy of the plan, a part
    if _DRAFT_BEFORE.search(text, max(0, plan.start - 12), plan.start) or _DRAFT_AFTER.match(text, match.end()):
        return False  # "the draft plan as amended by Cabinet", "Version 2 draft": a draft, changed in drafting
    year = A_YEAR.search(words)
    if year is not None:
        period = plan.name.period
        start = _start_year(plan.name)
        end = int(period[1].lexical[:4]) if period and period[1] else None
        if not start or int(year.group(0)) <= start or (end is not None and int(year.group(0)) > end):
            return False  # "X 2020-2024, updated in 2020": the making of the plan, not a later version of it
    number = _KEPT_NUMBER.search(words)
    if number is not None:
        written = number.group("number").lower()
        if int(_SPELLED_NUMBERS.get(written, written) if not written.isdigit() else written) < 2:
            return False  # "Version 1": the first version has no earlier one
    if not _KEPT_VERB.search(words) and number is None:
        # "the revised Borough Plan following the mid-term review": revised, said before the plan's name
        return _REVISED_ADJECTIVE.search(text, max(0, plan.start - 20), plan.start) is not None
    return True


def _kept_by_its_text(reading: Reading, plan: StrategyName, described: StrategyName) -> bool:
    """Whether an edition described only by the word that made it ("the refreshed X 2019-2023", "a refresh of X")
    is an earlier version of ``plan`` in its own period: the text tells an event of the plan, with that period, in
    its past ("The 2019-2023 strategy had been adopted by Cabinet in March 2019", in an item presenting the
    refresh)."""
    if described.key != f"{plan.key} predecessor" or described.period or described.subtitle or not _start_year(plan):
        return False
    text = reading.doc.text
    for event in reading.doc.finditer(_EARLIER_EVENT):
        opening = max(text.rfind(". ", max(0, event.start() - EVENT_SENTENCE_REACH), event.start()), 0)
        if any(m.name.iri == plan.iri for m in reading.between(opening, event.start())):
            return True
    return False


def _kept_modality(
    reading: Reading, match: re.Match[str], sentence: tuple[int, int], document_modality: str | None
) -> str | None:
    """The status of a revision in place: stated in a resolution ("RESOLVED: That the proposed amendments to X be
    agreed"), proposed in a request or recommendation; elsewhere what the sentence says without the cue's own words
    (the amendments are "proposed"; the relation is stated once they are agreed), then what the document asks."""
    doc = reading.doc
    block = next((b for b in layout(doc).blocks if b.start <= match.start() < b.end), None)
    if block is not None:
        return None if block.stance == "outcome" else "Proposed"
    if document_modality in WITHDRAWN or document_modality == "DraftForConsultation":
        return document_modality
    said = _sentence_modality(doc.text[sentence[0] : match.start()] + " " + doc.text[match.end() : sentence[1]])
    return said if said is not None else document_modality


_EDITION_APPOSITION = re.compile(
    r"\s*(?:strategy|plan|framework|charter|version|edition|document)\s*,\s*(?:the\s+|our\s+|its\s+)?", re.IGNORECASE
)


def _edition_sides(reading: Reading, match: re.Match[str], sentence: tuple[int, int]) -> tuple[Side, Side] | None:
    """ "the refreshed Children and Young People's Plan 2023 to 2028" in a text that also names the
    2018-2023 plan: the dated plan right after the adjective is a new edition of the latest earlier
    edition of the same plan the text names; with none named, of an earlier edition it describes."""
    apposition = _EDITION_APPOSITION.match(reading.doc.text, match.end(), min(len(reading.doc.text), match.end() + 40))
    begin = apposition.end() if apposition else match.end()  # "the refreshed strategy, the X 2020-2025"
    quoted = _CLOSING_QUOTE.match(reading.doc.text, begin, min(len(reading.doc.text), begin + 3))
    begin = quoted.end() if quoted else begin  # "the 'refreshed' Community Plan"
    newer = next(iter(reading.between(begin, begin + 2)), None) or _presented_written_bare(reading, begin)
    if newer is None:
        return None
    text = reading.doc.text
    # "the proposed revised Corporate Strategy": a new edition put forward, as "refreshed" says of one made
    # "a renewed Borough Plan": renewed, as refreshed, says a new edition was made of an earlier one
    renewed = "renew" in match.group(0).lower()
    anew = (
        "refresh" in match.group(0).lower()
        or renewed
        or _PROPOSED_BEFORE.search(text, max(0, match.start() - 20), match.start())
        # "the draft revised Carers Strategy": a new edition in draft (not "the revised draft", a draft amended)
        or _DRAFT_BEFORE_ADJECTIVE.search(text, max(0, match.start() - 20), match.start())
    )
    # "the refreshed Corporate Plan" in the text presenting it is that plan ("a refreshed Corporate Plan which would
    # replace the Corporate Plan 2020-2024" is another, to come, that co-reference read as the plan in force)
    presented = (
        _presented(reading, newer.name)
        and not newer.name.edition
        and (renewed or _THE_PLAN.match(text, max(0, match.start() - 20), match.end()) is not None)
    )
    approved = _approved_as_edition(reading, match, newer, sentence)
    if not _start_year(newer.name):
        if not ((anew or approved) and presented) or _in_drafting(text, sentence):
            return None
        # "That the refreshed Corporate Plan be approved" in the text presenting it: a refresh has an earlier
        # edition, described by the word itself.
        older_name = _predecessor_name(newer.name, match.group(0), None, None)
        return _side(newer), Side(older_name, match.start(), newer.end, described=True)
    start = _start_year(newer.name)
    earlier = [
        same[-1]
        for same in reading.by_key.values()
        if 0 < _start_year(same[0].name) < start and _same_series(same[0].name, newer.name)
    ]
    if not earlier:
        written_dated = _PHRASE_YEAR.search(text, newer.start, newer.end) is not None
        amended = approved and "amend" in match.group(0).lower()  # "That ... the amended X ... be approved"
        if newer.name.edition or not (written_dated or ((anew or amended) and presented)):
            return None  # "the refreshed Plan" beside a dated plan the text does not present
        if (
            not anew
            and not approved
            and (
                not _presented(reading, newer.name)
                or not _A_NEW_EDITION.match(match.group(0).strip())
                or _in_drafting(text, sentence)
            )
        ):
            return None  # "the revised Strategy 2024-29" is often the draft revised after consultation, or amended
        # "the refreshed X 2023-2028", "develop an updated X 2024-2027" (the plan the text presents): a new
        # edition has an earlier one, described by the word itself.
        older_name = _predecessor_name(newer.name, match.group(0), None, None)
        return _side(newer), Side(older_name, match.start(), newer.end, described=True)
    older = max(earlier, key=lambda m: (_start_year(m.name), m.start))
    return _side(newer), _side(older)


_CLOSING_QUOTE = re.compile(r"['’\"”]\s?")
# "agreed the updated", "approved the revised", "endorse our refreshed", "approved the 'refreshed'": the body's decision
# just before the adjective.
_DECIDED_BEFORE = re.compile(
    r"\b(?:approve[sd]?|approving|adopt(?:s|ed|ing)?|agree[sd]?|agreeing|endorse[sd]?|endorsing|ratif(?:y|ied|ies))\s+"
    r"(?:(?:the|its|our|their)\s+)?['‘\"“]?$",
    re.IGNORECASE,
)
# Words of a plan still changing: the draft amended after comments, or a version sent back to the examiner.
_STILL_CHANGING = re.compile(r"\b(?:consultation|draft|examination|examiner|modifications?|comments)\b", re.IGNORECASE)


def _approved_as_edition(reading: Reading, match: re.Match[str], newer: Mention, sentence: tuple[int, int]) -> bool:
    """ "The Board agreed the updated Corporate Plan 2018-2021", "the revised strategy has now been approved by the
    Minister": a body decides on a plan called updated or revised, so a new edition was made of an earlier one.
    Not a draft amended in response to consultation or examination, which is still the one plan; nor where the
    text names the plan it follows (other rules read that)."""
    text = reading.doc.text
    decided = (
        _DECIDED_BEFORE.search(text, max(0, match.start() - 24), match.start()) is not None
        or _BE_ADOPTED.match(text, newer.end, min(sentence[1], newer.end + 80)) is not None
        or _resolved_that(text, match.start(), newer.end, sentence)
    )
    if not decided or _STILL_CHANGING.search(text, sentence[0], sentence[1]) or _in_drafting(text, sentence):
        return False
    if _called_a_draft(reading, newer.name):
        return False  # "changes to the draft X 2023-2027 ... the revised X 2023-2027 be approved": the draft, amended
    # "Our Early Years Strategy expired ... approved the updated Early Years and Childcare Strategy"
    return not any(
        same[0].name.iri != newer.name.iri and _shares_a_subject_word(same[0].name, newer.name)
        for same in reading.by_key.values()
    )


# "the draft", "a draft", "our draft": the word that calls the plan named right after it a draft.
_A_DRAFT_BEFORE = re.compile(r"\bdraft\s+(?:version\s+of\s+(?:the\s+)?)?$", re.IGNORECASE)


def _called_a_draft(reading: Reading, plan: StrategyName) -> bool:
    """Whether the text calls this very plan (its name and period) a draft somewhere: then "the revised X" is that
    draft amended after comments, one plan, not a new edition of an earlier one."""
    text = reading.doc.text
    return any(
        _A_DRAFT_BEFORE.search(text, max(0, mention.start - 24), mention.start) is not None
        for mention in reading.by_key.get(plan.key, [])
    )


# "That Cabinet the amended X and its appendices, which set out ..., be approved": a resolution on the plan.
_THAT_OPENS = re.compile(r"\bThat\s+(?:(?:the\s+)?[A-Z][\w-]*\s+){0,3}(?:the\s+|its\s+)?$")
_BE_DECIDED_LATER = re.compile(r"\bbe\s+(?:formally\s+)?(?:approved|adopted|agreed|endorsed)\b", re.IGNORECASE)
RESOLUTION_REACH = 300  # the resolution's verb comes this close after the plan


def _resolved_that(text: str, cue_start: int, newer_end: int, sentence: tuple[int, int]) -> bool:
    """Whether the plan opens a resolution "That ... be approved" (its verb at the clause's end, no second "that")."""
    if _THAT_OPENS.search(text, max(sentence[0], cue_start - 40), cue_start) is None:
        return False
    verb = _BE_DECIDED_LATER.search(text, newer_end, min(sentence[1], newer_end + RESOLUTION_REACH))
    return verb is not None and re.search(r"\bthat\b", text[newer_end : verb.start()], re.IGNORECASE) is None


def _presented_written_bare(reading: Reading, position: int) -> Mention | None:
    """ "The refreshed Strategic Plan sets three goals" in the text titled "Strategic Plan 2021-2026": the plan the
    text presents, written at ``position`` by its title without the period (a name too generic for the names to read
    alone, "Strategic Plan")."""
    main = reading.main
    if main is None or not main.title:
        return None
    bare = _PHRASE_YEAR.sub("", main.title).strip(" -–,()")
    text = reading.doc.text
    position += len(text[position : position + 2]) - len(text[position : position + 2].lstrip())
    end = position + len(bare)
    if len(bare.split()) < 2 or text[position:end].lower() != bare.lower() or text[end : end + 1].isalnum():
        return None
    return Mention(main, position, end)


# "the refreshed", "the proposed revised": the article that points at the plan the text presents.
_THE_PLAN = re.compile(
    r"(?:.*\W)?(?:the|this|our)\s+(?:proposed\s+|draft\s+)?(?:refreshed|revised|updated|amended)\b",
    re.IGNORECASE | re.DOTALL,
)
_PROPOSED_BEFORE = re.compile(r"\b(?:the|a|our)\s+proposed\s+$", re.IGNORECASE)
_DRAFT_BEFORE_ADJECTIVE = re.compile(r"\b(?:the|a|our)\s+draft\s+$", re.IGNORECASE)
# "an updated X", "a revised X", "the new revised X": an edition made anew (the indefinite article says another).
_A_NEW_EDITION = re.compile(r"(?:an?|the\s+new|an?\s+new|our\s+new)\s", re.IGNORECASE)


def _start_year(name: StrategyName) -> int:
    return int(name.period[0].lexical[:4]) if name.period and name.period[0] else 0


def _previous_sides(reading: Reading, match: re.Match[str], sentence: tuple[int, int]) -> tuple[Side, Side] | None:
    """ "our previous ICSP (2017-20)" in a page about the ICSP 2020-23: the plan the document
    presents succeeds the earlier edition of the same plan; only when the text gives that
    edition's name or period (a bare "the previous strategy" says nothing of lineage by itself)."""
    main = reading.main
    if main is None:
        return None
    bare = _BARE_KIND_AFTER.match(reading.doc.text, match.end())
    if bare is not None and _points_at_a_nearer_plan(reading, main, match.start(), bare.group("kind")):
        return None
    older = _named_after(reading, match.start())
    if older is not None and (older.name.iri == main.iri or _two_names_of_one(main, older.name)):
        # "the previous management plan" read as the Management Plan 2018-2023 the text presents (or another way
        # of writing it): co-reference guessed a plan a version word says is another one
        if A_YEAR.search(reading.doc.text, older.start, older.end):
            return None  # "the previous Waste Plan 1 (2010-2015)" written in full is no earlier edition of itself
        older = _as_earlier_edition(reading, older, main)  # "the former Corporate Strategy" read as this one
    if older is None:
        described = _described_after(reading, main, match.start(), sentence[1])
        # "our previous ICSP (2017-20)", "the former Corporate Strategy" beside the Corporate Strategy 2022-27
        older = (
            described if described and (described.name.period or _names_the_subject(reading, main, described)) else None
        )
    if older is None or not _same_series(main, older.name):
        return None
    return Side(main, match.start(), match.start()), older


# "plan" in "The previous plan covered 2021 to 2023": a bare kind word after the version word, no name following.
_BARE_KIND_AFTER = re.compile(
    r"\s+(?P<kind>plan|strategy|framework|policy|programme|vision)s?\b(?!\s+(?-i:[A-Z0-9(]))", re.I
)
_BARE_KIND_END = re.compile(r"\b(?P<kind>plan|strategy|framework|policy|programme|vision)s?$", re.I)
PREVIOUS_REACH = 400  # how far back a nearer plan the description may point at is looked for


def _points_at_a_nearer_plan(reading: Reading, main: StrategyName, start: int, kind: str) -> bool:
    """ "The Board agreed the Health and Wellbeing Strategy 2024-2029. The Better Care Fund Plan 2023-25 was also
    noted. The previous plan covered 2021 to 2023.": "the previous plan" (a bare ``kind`` word) is the earlier
    edition of the plan named just before whose head noun it repeats, not of the strategy the text presents."""
    nearer = _named_before(reading, start, max(0, start - PREVIOUS_REACH))
    if nearer is None or nearer.name.iri == main.iri or _two_names_of_one(main, nearer.name):
        return False
    return _head_word(nearer.name) == kind.lower() != _head_word(main)


def _head_word(plan: StrategyName) -> str:
    """The last word of a plan's head noun as written ("plan" for "Better Care Fund Plan 2023-25")."""
    written = _PHRASE_YEAR.sub("", plan.title or plan.base or plan.key).strip(" -–,()")
    head = lexicon.head_of_name(written)
    return head.words.split()[-1].lower() if head else ""


def _same_series(one: StrategyName, other: StrategyName) -> bool:
    """Two editions of one plan: the same name apart from the period (or one name within the other), an
    acronym standing for the words it abbreviates ("SEND Strategy 2024-2029" after the "Special Educational
    Needs and Disabilities Strategy 2021-2023")."""
    first, second = _series_words(one, other)
    return bool(first and second) and (within(first, second) or within(second, first))


def _series_words(one: StrategyName, other: StrategyName) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Both names' words without edition numbers ("Local Transport Plan 4" and "Local Transport Plan 3" are one
    series), each acronym spelled out by the other name's words."""
    first = tuple(w for w in name_words(one.base or one.key) if not (w.isdigit() and len(w) <= 2))
    second = tuple(w for w in name_words(other.base or other.key) if not (w.isdigit() and len(w) <= 2))
    return _spelled_out(one.base or one.key, first, second), _spelled_out(other.base or other.key, second, first)


def _one_numbered_series(one: StrategyName, other: StrategyName) -> bool:
    """Numbered editions are one series only when the names agree word for word apart from the number: a
    "Local Area Transport Plan 3" (an area's plan) is no edition of the "Local Transport Plan" series."""
    first, second = _series_words(one, other)
    if bool(first) and first == second:
        return True
    # As titled (a name read in passing is not given the publisher's place, "Local Transport Plan 5" beside the
    # "Ashvale Local Transport Plan 4 2019-2024"), without numbers or years.
    titled = [tuple(w for w in name_words(p.title) if not w.isdigit()) for p in (one, other) if p.title]
    return len(titled) == 2 and bool(titled[0]) and titled[0] == titled[1]


def _same_subject(one: StrategyName, other: StrategyName) -> bool:
    """Plans of one subject under two head nouns: the Children and Young People's Plan and the Children and Young
    People Strategy 2019-23 (the words before the head, acronyms spelled out, are the same)."""
    heads = lexicon.head_pattern()
    written = [plan.title or plan.base or plan.key for plan in (one, other)]  # as written: no place added
    first = tuple(w for w in name_words(written[0]) if not heads.fullmatch(w) and not w.isdigit())
    second = tuple(w for w in name_words(written[1]) if not heads.fullmatch(w) and not w.isdigit())
    first = _spelled_out(written[0], first, second)
    second = _spelled_out(written[1], second, first)
    return len(first) >= 2 and first == second


_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")
_NOT_INITIALS = frozenset({"and", "of", "the", "for", "in"})


def _spelled_out(written: str, words: tuple[str, ...], other: tuple[str, ...]) -> tuple[str, ...]:
    """``words`` with each acronym of ``written`` replaced by the run of ``other``'s words whose initials it
    is ("send" -> special educational needs and disabilities), where ``other`` has one."""
    for acronym in _ACRONYM.findall(written):
        wanted = acronym.lower()
        run = _initials_run(other, wanted) if wanted in words else None
        if run:
            at = words.index(wanted)
            words = (*words[:at], *run, *words[at + 1 :])
    return words


def _initials_run(words: tuple[str, ...], wanted: str) -> tuple[str, ...] | None:
    """The first run of ``words`` whose initials, small joining words aside, spell ``wanted``."""
    for start, first in enumerate(words):
        if first in _NOT_INITIALS:
            continue
        initials = ""
        for end in range(start, len(words)):
            if words[end] not in _NOT_INITIALS:
                initials += words[end][0]
            if initials == wanted:
                return words[start : end + 1]
            if not wanted.startswith(initials):
                break
    return None


def _capitalised_after(reading: Reading, position: int, sentence_end: int) -> Side | None:
    """ "the replacement for Towards 2010": a plan named without a head noun, right after a
    replace or supersede cue, when it is a plan's name at all (``reading.bare_plan_name``)."""
    text = reading.doc.text
    filler = _filler().match(text, position, min(len(text), position + NEAR_AFTER))
    start = filler.end() if filler else position
    phrase = _CAPITALISED.match(text, start, min(sentence_end, start + 80))
    written = phrase.group(0) if phrase else _written_capitalised_nearby(text, start, sentence_end)
    if written is None:
        return None
    if not bare_plan_name(written):
        return None
    end = phrase.end() if phrase else start + len(written)
    return Side(names.named_with_period(written, None, None), start, end, headless=True)


# "the replacement towards 2010": a lower-case phrase ending in a year, right after the cue.
_LOWER_WITH_YEAR = re.compile(r"[a-z][\w'-]*(?: [a-z][\w'-]*){0,3} (?:19|20)\d\d\b")
CAPITALISED_NEARBY = 3000  # the text writes the same name capitalised this close


def _written_capitalised_nearby(text: str, start: int, sentence_end: int) -> str | None:
    """ "the replacement towards 2010" where the text writes "Towards 2010" nearby: that name, as capitalised."""
    lower = _LOWER_WITH_YEAR.match(text, start, sentence_end)
    if lower is None:
        return None
    wanted = re.compile(re.escape(lower.group(0)), re.IGNORECASE)
    for found in wanted.finditer(text, max(0, start - CAPITALISED_NEARBY), min(len(text), start + CAPITALISED_NEARBY)):
        capitalised = _CAPITALISED.match(text, found.start(), found.end())
        if capitalised is not None and capitalised.end() == found.end():
            return capitalised.group(0)
    return None


def _named_before(reading: Reading, position: int, limit: int) -> Side | None:
    before = [m for m in reading.between(limit, position) if m.end <= position]
    return _side(before[-1]) if before else None


def _named_after(reading: Reading, position: int) -> Side | None:
    filler = _filler().match(reading.doc.text, position, min(len(reading.doc.text), position + NEAR_AFTER))
    start = filler.end() if filler else position
    found = reading.between(position, start + 2)
    return _side(found[0]) if found else None


def _side(mention: Mention) -> Side:
    return Side(mention.name, mention.start, mention.end)


def _anaphor_before(reading: Reading, position: int, limit: int) -> Side | None:
    """ "This strategy replaces ...", "It builds on ...": the plan the paragraph is about."""
    window = reading.doc.text[limit:position]
    found = [m for m in (*ANAPHORA.finditer(window), *_IT.finditer(window), *_DESCRIBED.finditer(window))]
    if not found:
        return None
    last = max(found, key=lambda m: m.end())
    start = limit + last.start()
    if _predecessor_phrase().fullmatch(last.group(0)):
        return None
    if last.group(0).lower() == "it" and _THE_NEW_ONE.search(window, 0, last.start()):
        return None  # "Once we have finished our new Waste Plan it will replace ...": it is that new plan
    plan = (
        _described_plan(reading, last.group(0), start)
        or _subject_before(reading, last.group(0), limit)
        or _near_not_bracketed_predecessor(reading, start)
    )
    return Side(plan, start, limit + last.end()) if plan else None


# "This plan's predecessor (Marsh LDP 2005-2020)": a plan named in brackets as the predecessor of another.
_PREDECESSOR_BRACKET = re.compile(r"\b(?:predecessor|previous|former)\b[^()]{0,30}\(\s*$", re.IGNORECASE)


def _near_not_bracketed_predecessor(reading: Reading, position: int) -> StrategyName | None:
    """The plan the paragraph is about at ``position`` ("This is a short-form revision"), never one the paragraph
    named only in brackets as another plan's predecessor: then the plan the text presents."""
    near = reading.strategy_near(position)
    text = reading.doc.text
    last = next(
        (m for m in reversed(reading.between(max(0, position - MAX_SENTENCE), position)) if m.name == near), None
    )
    if last is not None and _PREDECESSOR_BRACKET.search(text, max(0, last.start - 50), last.start):
        return reading.main
    return near


def _subject_before(reading: Reading, anaphor: str, limit: int) -> StrategyName | None:
    """ "The Plan 2014-2019 had replaced the Plan 2010-2014; it is now replaced by ...": a bare "it"
    at the start of a sentence is the first plan named in the sentence before (its subject)."""
    if anaphor.lower() != "it":
        return None
    text = reading.doc.text
    end = limit
    while end > 0 and text[end - 1].isspace():
        end -= 1
    window = text[max(0, end - MAX_SENTENCE) : max(0, end - 1)]  # the sentence before, without its full stop
    ends = [m.end() for m in SENTENCE_END.finditer(window)]
    previous = max(0, end - MAX_SENTENCE) + (ends[-1] if ends else 0)
    sentence = text[previous:limit]
    aside = [(previous + m.start(), previous + m.end()) for m in _READ_WITH.finditer(sentence)]
    named = [m for m in reading.between(previous, limit) if not any(a <= m.start < b for a, b in aside)]
    subject = _SUBJECT_DESCRIBED.match(sentence)
    if subject is not None and (not named or previous + subject.end() <= named[0].start):
        # "The LDP, read with the regional Strategic Development Plan, forms ...": the sentence's subject is the
        # plan described, the one the paragraph named before it (never the plan it is read with)
        return _plan_before(reading, previous)
    return named[0].name if named else None


# A plan named only beside the subject: "read with the X", "together with the X", "alongside the X", to its comma.
_READ_WITH = re.compile(
    r"(?:^|(?<=,))\s*(?:(?:when\s+)?read\s+(?:together\s+|alongside\s+|in\s+conjunction\s+)?with|together\s+with"
    r"|alongside|along\s+with|in\s+conjunction\s+with)\s+[^,.;]{1,160},",
    re.IGNORECASE,
)
# A sentence opening with a plan described ("The LDP", "The plan", "This strategy"), after any fronted aside.
_SUBJECT_DESCRIBED = re.compile(
    r"\s*(?i:(?:(?:when\s+)?read\s+(?:together\s+)?with|together\s+with|alongside|along\s+with)\s+[^,.;]{1,160},\s*)?"
    r"(?:[Tt]he|[Tt]his|[Oo]ur)\s+(?:(?:adopted|current|new)\s+)?(?:plan|strategy|framework|[A-Z]{2,6})\b(?!\s+(?:for|of)\b)"
)


def _plan_before(reading: Reading, position: int) -> StrategyName | None:
    """The last plan named before ``position`` in its paragraph, else the plan the text presents."""
    return reading.strategy_near(position)


# "The interim plan", "the new strategy": a plan described by what kind of plan it is.
_DESCRIBED = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Oo]ur|[Ii]ts)\s+(?P<adjective>[a-z][\w-]+)\s+(?:plan|strategy|framework)\b"
)
_NEW = frozenset({"new", "refreshed", "revised", "updated", "draft", "proposed"})


def _described_plan(reading: Reading, phrase: str, position: int) -> StrategyName | None:
    """ "the new strategy" is the plan the document presents; "the interim plan" is the plan named
    where the text calls it interim (in its name or just before it), the nearest such before."""
    found = _DESCRIBED.fullmatch(phrase)
    if found is None:
        return None
    adjective = found.group("adjective").lower()
    if adjective in _NEW:
        return reading.main
    text = reading.doc.text
    near = reading.between(max(0, position - 4000), position + 4000)  # bounded: the text around it
    described = [
        m
        for m in near
        if adjective in name_words(m.name.key) or adjective in text[max(0, m.start - 60) : m.start].lower().split()
    ]
    before = [m for m in described if m.start < position]
    return (before[-1] if before else described[0]).name if described else None


def _paragraph_plan(reading: Reading, position: int) -> Side | None:
    plan = reading.strategy_near(position)
    return Side(plan, position, position) if plan else None


def _described_after(reading: Reading, newer: StrategyName, position: int, sentence_end: int) -> Side | None:
    """ "the previous strategy which was published in 2017", "our existing plan (2017-20)"."""
    text = reading.doc.text
    filler = re.compile(r"\s*").match(text, position)
    begin = filler.end() if filler else position
    phrase = _predecessor_phrase().match(text, begin, min(sentence_end, begin + 80))
    if phrase is None:
        return _described_by_what_is_said(reading, newer, begin, sentence_end)
    if _describes_funding(phrase.group(0)):
        return None
    end = phrase.end()
    apposition = _APPOSITION.match(text, end, min(sentence_end, end + 12))
    if apposition:  # "the previous Strategy, the Housing Strategy 2011-2014": the name it goes on to give
        named = next(iter(reading.between(end + 1, apposition.end() + 1)), None)
        if named:
            return _side(named)
        slogan = _known_by_slogan(text, phrase.group(0), end, sentence_end)
        if slogan is not None:
            return slogan
    found = period_at(text, end)
    period = found[0] if found and not found[0].reversed else None
    if found:
        end = found[1].end() + (1 if text[found[1].end() : found[1].end() + 1] == ")" else 0)
    inside = _PHRASE_YEAR.search(text, phrase.start(), phrase.end())
    year = None
    if period is None and inside:
        found = period_at(text, inside.start())
        if found and not found[0].reversed and found[0].validity and found[0].validity[1]:
            period = found[0]
        else:
            year = inside.group("from")  # "the 2015 carers' strategy": the year it is known by
    said = _said_after(text, end, min(sentence_end, end + 60))
    if said:  # "which was published in 2017", ", adopted in 2012", "which ran to 2021"
        end, year, period = said.end, said.year or year, period or said.period
    published = said is not None and said.year is not None
    if year and not published:  # "the 2019 version" beside the Plan 2019-2024 the text names: that edition
        edition = _edition_from(reading, newer, int(year))
        if edition is not None:
            return Side(edition.name, phrase.start(), end, identified=True)
    older = _predecessor_name(newer, phrase.group(0), period, year)
    unnamed = older.key.endswith(" predecessor")  # not a plan named by the period the description gives
    named = _only_earlier_edition(reading, newer, phrase.group(0), period) if unnamed else None
    if named is not None:  # "the current plan" where the text names one earlier Corporate Plan: that plan
        return Side(named.name, phrase.start(), end, identified=True)
    return Side(older, phrase.start(), end, described=True)


def _only_earlier_edition(reading: Reading, newer: StrategyName, phrase: str, period: Period | None) -> Mention | None:
    """The one earlier edition of ``newer``'s plan the text names that a description ("the current plan", "the
    existing MTFS", "our previous housing strategy (2016-21)") can stand for: of the same series, beginning
    before it, of the period the description gives if it gives one, and every word the description adds (its
    subject, its kind or acronym) a word of that plan's name. Two such editions, or none: None (never a guess)."""
    if not newer.period or not newer.period[0]:
        return None
    found = {
        mentions[0].name.iri: mentions[0]
        for mentions in reading.by_key.values()
        if mentions[0].name.iri != newer.iri
        and mentions[0].name.period
        and mentions[0].name.period[0]
        and _start_year(mentions[0].name) < _start_year(newer)
        and _same_series(mentions[0].name, newer)
        and not _two_names_of_one(mentions[0].name, newer)
        and (period is None or period.validity == mentions[0].name.period)
        and _describes(phrase, mentions[0].name)
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _describes(phrase: str, plan: StrategyName) -> bool:
    """Whether each word a description adds to its adjectives names ``plan``: a word of its name, the initials
    of its name ("MTFS"), or a word that says only that it is a plan ("the current document")."""
    words = name_words(plan.base or plan.key)
    for word in re.findall(r"[\w'’-]+", phrase):
        if _GENERIC.match(word) or lexicon.predecessor_words().fullmatch(word) or word[:1].isdigit():
            continue
        lowered = name_words(word)
        if not lowered or lowered[0] in _KIND_ONLY or within(lowered, words):
            continue
        if word.isupper() and _initials_run(words, word.lower().removesuffix("s")) is not None:
            continue  # "the existing MTFS", "the current adopted LDP"
        if word.lower() in {"adopted", "approved", "agreed", "published", "present"}:
            continue  # "the current adopted plan": what happened to it, not which plan
        return False
    return True


# Between a described plan and its quoted name: ", ", " (", ": ", " - ".
_SLOGAN_APPOSITION = re.compile(r"\s*(?:,|\(|:|–|-)\s*")
# A plan's name in quotes: "'Ashvale 2030: a shared vision'", "“Fairer Together”" (bounded, on one line).
_QUOTED_NAME = re.compile(r"[‘'“\"](?P<name>[A-Z][^‘'“\"’”\n]{2,80}?)[’'”\"](?![\w])")


def _known_by_slogan(text: str, described: str, end: int, limit: int) -> Side | None:
    """ "the existing Community Strategy, 'Ashvale 2030: a shared vision'": a plan described by its kind, then
    named in apposition by a quoted slogan, is the plan of that name (titled as written, of the kind described)."""
    apposition = _SLOGAN_APPOSITION.match(text, end, min(limit, end + 12))
    quoted = _QUOTED_NAME.match(text, apposition.end(), limit) if apposition else None
    if quoted is None:
        return None
    head = lexicon.head_of_name(names.smart_case(described.split()[-1].capitalize()))
    name = names.named_with_period(quoted.group("name").strip(), None, None, head=head.cls if head else None)
    return Side(name, quoted.start(), quoted.end(), headless=True)


def _described_by_what_is_said(reading: Reading, newer: StrategyName, begin: int, sentence_end: int) -> Side | None:
    """ "replaces the strategy we published in 2018", "the corporate plan that ended in 2016": a plan described
    only by its kind is an earlier one when what the text says of it dates it before ``newer`` began."""
    text = reading.doc.text
    contents = _contents_of().match(text, begin, min(sentence_end, begin + 60))  # "the priorities set out in"
    begin = contents.end() if contents else begin
    phrase = _plain_phrase().match(text, begin, min(sentence_end, begin + 80))
    if phrase is None:
        return None
    said = _said_after(text, phrase.end(), min(sentence_end, phrase.end() + 60))
    if said is None or (said.year is None and said.period is None) or _said_after_start(said, newer):
        return None
    name = _predecessor_name(newer, phrase.group(0), said.period, said.year)
    return Side(name, phrase.start(), said.end, described=True)


@cache
def _contents_of() -> re.Pattern[str]:
    """ "the priorities set out in ": what a plan sets out, standing for the plan after it (``plan-contents.csv``)."""
    return re.compile(rf"\s*{lexicon.plan_contents().pattern}\s*", re.IGNORECASE)


@cache
def _plain_phrase() -> re.Pattern[str]:
    """ "the strategy", "our three Local Plans", "the corporate plan", "the one", "the version": a determiner, at
    most three words and a head noun (a plan described by its kind, which only what is said of it may date)."""
    heads = sorted(
        {h.words.split()[-1].lower() for h in lexicon.heads()} | {"document", "one", "version", "edition"},
        key=len,
        reverse=True,
    )
    return re.compile(
        rf"(?:the|our|its|their)\s+(?:{COUNTED}\s+)?(?:[\w'’&-]+\s+){{0,3}}?(?:{'|'.join(heads)})s?\b"
        r"(?!(?-i:\s+[A-Z][a-z]))",
        re.IGNORECASE,
    )


FUNDING_REACH = 150  # characters after a cue in which its objects are listed


def _funding_object(text: str, cue_end: int, sentence_end: int) -> bool:
    """Whether what a cue takes in is money: grants, funds or funding streams listed right after it."""
    words = re.findall(r"[\w'’-]+", text[cue_end : min(sentence_end, cue_end + FUNDING_REACH)])
    stops = lexicon.name_stops("funding")
    return any(word.lower() in stops for word in words)


def _describes_funding(phrase: str) -> bool:
    """ "the previous grant programmes", "the former funding streams": money a plan takes in, not a plan it follows
    (the ``funding`` words of ``name-stops.csv``)."""
    stops = lexicon.name_stops("funding")
    return any(word.lower() in stops for word in re.findall(r"[\w'’-]+", phrase)[:-1])


def _edition_from(reading: Reading, newer: StrategyName, year: int) -> Mention | None:
    """The one edition of ``newer``'s plan the text names whose period starts in ``year``."""
    found = [
        mentions[0]
        for mentions in reading.by_key.values()
        if _start_year(mentions[0].name) == year
        and mentions[0].name.iri != newer.iri
        and _same_series(mentions[0].name, newer)
    ]
    return found[0] if len(found) == 1 else None


def _predecessor_name(
    newer: StrategyName,
    phrase: str,
    period: Period | None,
    year: str | None,
    kept: bool = False,
    until: str | None = None,
) -> StrategyName:
    """A node for an older plan the text describes but does not name: keyed by the plan that
    replaces it, so that every mention of "the previous strategy" in one council's documents
    about that plan meets at one IRI; a period the text gives joins it to the named plan. With ``kept``, the
    plan was revised in place ("the proposed amendments to X 2020-2024"): the node is its earlier version, of
    the same name and period (an edition of it, so never read as another name of the plan), ending in ``until``, the
    year the text says it was revised, when it says one (so that it is not in force beside its revision)."""
    base = newer.base or newer.short or newer.key
    head = lexicon.head_of_name(names.smart_case(phrase.split()[-1].capitalize())) if phrase.split() else None
    cls = head.cls if head else newer.head
    if kept:
        return StrategyName(
            key=f"{newer.key} {EARLIER_VERSION}",
            title=f"{EARLIER_VERSION.capitalize()} of {newer.key}",  # named by the rule, as its predecessor is
            short=None,
            head=newer.head,
            period=_ending(newer.period, until),
            subtitle=year,
            base=None,
            edition=EARLIER_VERSION,
        )
    if period is not None and period.start is not None and _names_a_plan(phrase):
        return names.named_with_period(base, period, None, cls)  # "our previous ICSP (2017-20)"
    key = f"{newer.key} predecessor"
    title = f"Predecessor of {newer.key}"  # named by the rule, after the plan's key (which names its place)
    validity = period.validity if period is not None else None
    return StrategyName(key=key, title=title, short=None, head=cls, period=validity, subtitle=year, base=None)


def _ending(
    period: tuple[XsdValue | None, XsdValue | None] | None, until: str | None
) -> tuple[XsdValue | None, XsdValue | None] | None:
    """A plan's period cut at the year it was revised, when that year falls within it."""
    if period is None or until is None or period[0] is None or not period[0].lexical[:4] <= until:
        return period
    if period[1] is not None and period[1].lexical[:4] < until:
        return period
    return (period[0], _year(until))


# Nouns that say a text is a plan without saying which ("the original 2015-2018 document").
_KIND_ONLY = frozenset({"document", "documents", "one", "version", "versions", "edition", "editions"})


def _names_a_plan(phrase: str) -> bool:
    """Whether a description names the plan whose period it gives: by its subject ("our previous ICSP (2017-20)",
    "the previous Equality Plan, which covered 2017 to 2021") or by a period written before its head noun as a
    title would be ("our 2012-2015 plan", "the 2019-2024 strategy"); not "the original 2015-2018 document" nor
    "the previous plan", which say only that it was a plan (it stays unnamed, with the period given)."""
    words = [
        w
        for w in re.findall(r"[\w'’-]+", phrase)
        if not _GENERIC.match(w) and not lexicon.predecessor_words().fullmatch(w) and not w[:1].isdigit()
    ]
    kind = lexicon.head_pattern()
    if any(w.lower() not in _KIND_ONLY and not kind.fullmatch(w) for w in words):
        return True
    return bool(words) and kind.fullmatch(words[-1]) is not None and _PHRASE_YEAR.search(phrase) is not None


def _state_predecessor(reading: Reading, newer: StrategyName, old: Side) -> None:
    described = reading.doc.text[old.start : old.end]
    reason = f"an older plan the text describes ('{described}') without naming it; keyed by its successor"
    _state_described(reading, old, PREDECESSOR_RULE, reason)


def _state_successor(reading: Reading, older: StrategyName, new: Side) -> None:
    described = reading.doc.text[new.start : new.end]
    reason = f"a newer plan the text describes ('{described}') without naming it; keyed by the plan it follows"
    _state_described(reading, new, SUCCESSOR_RULE, reason)


def _state_described(reading: Reading, side: Side, rule: str, reason: str) -> None:
    """Type, title, period or year, and publisher of a plan the text describes but does not name."""
    doc, name, where = reading.doc, side.name, (side.start, side.end)
    valid_from, valid_until = name.period or (None, None)
    facts: list[tuple[NamedNode, Object]] = [
        (A, SL("Strategy")),
        (A, SL(name.head or "Strategy")),
        (TITLE, literal(name.title or name.key)),
        (SL("describedBy"), vocab.source_iri(doc.source_id)),
    ]
    if valid_from:
        facts.append((SL("validFrom"), literal(valid_from)))
    if valid_until:
        facts.append((SL("validUntil"), literal(valid_until)))
    if name.subtitle:  # the year it was published, adopted or agreed
        facts.append((NamedNode(vocab.DCTERMS + "issued"), literal(_year(name.subtitle))))
    for predicate, obj in facts:
        doc.state(name.iri, predicate, obj, rule, where, derivation="inferred", reason=reason)
    if doc.publisher:
        state_publisher(doc, name.iri, rule, where, f"{reason}; the source is published by {doc.publisher}")


def _year(text: str) -> XsdValue:
    return XsdValue(text, "gYear")


def _reversed(newer: StrategyName, older: StrategyName) -> bool:
    """A "newer" plan that starts before the "older" one: the reading is wrong, say nothing."""
    new_from = newer.period[0] if newer.period else None
    old_from = older.period[0] if older.period else None
    return bool(new_from and old_from and int(new_from.lexical[:4]) < int(old_from.lexical[:4]))


def _whole_sentence(text: str, quote: tuple[int, int], sentence: tuple[int, int]) -> tuple[int, int]:
    """The quote grown to the sentence it is in, so that the evidence reads as the source does."""
    start, end = sentence
    while start < quote[0] and text[start] == " ":
        start += 1
    while end > quote[1] and text[end - 1] == " ":
        end -= 1
    return min(start, quote[0]), max(end, quote[1])


# Relations that change which plan is in force: in a text that only asks for a decision they are proposed
# until it is taken. What a plan builds on, refreshes or revises is said of the text already written.
TAKES_EFFECT_ON_ADOPTION = frozenset(
    {
        "supersession-replace",
        "supersession-supersede",
        "succession-stated",
        "partial-supersession-split",
        "succession-after-expiry",
    }
)
WITHDRAWN = frozenset({"Abandoned", "Deleted"})


def _modality(
    reading: Reading, relation: Relation, new: Side, sentence: str, document_modality: str | None
) -> str | None:
    """How firmly a relation is stated: a withdrawn decision or a draft out for consultation, then what its
    sentence says ("would replace", "if adopted"), then a newer plan the text only knows as a draft, then what
    the document asks for."""
    if document_modality in WITHDRAWN or document_modality == "DraftForConsultation":
        return document_modality
    said = _sentence_modality(sentence)
    if said is not None:
        return said
    if _only_a_draft(reading, new):
        return "DraftForConsultation"
    if document_modality == "Proposed" and relation.rule not in TAKES_EFFECT_ON_ADOPTION:
        return None
    return document_modality


# "the draft Council Plan 2020-25", "Draft Corporate Strategy 2022-27".
_DRAFT_BEFORE = re.compile(r"\bdraft\s+$", re.IGNORECASE)
# "Approved the draft Housing Strategy", "agreed the draft plan": the draft itself approved.
_APPROVED_DRAFT = re.compile(r"\b(?:approved|adopted|agreed|endorsed)\s+(?:the|a|its|our)\s+draft\s+$", re.IGNORECASE)
# "The draft X was approved by the Council in March": a draft no longer (said right after its name).
ADOPTED_REACH = 120
_ADOPTED = re.compile(
    r"\b(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:formally\s+)?(?:approved|adopted|agreed)"
    r"|(?:approved|adopted|agreed)\s+by)\b",
    re.IGNORECASE,
)


# "The plan was adopted on ...", "This strategy has now been adopted": a plan said adopted, by a bare noun.
_PLAN_ADOPTED = re.compile(
    r"\b(?:the|this|our)\s+(?:plan|strategy|framework)\s+(?:was|has\s+(?:now\s+)?been)\s+(?:formally\s+)?adopted\b",
    re.IGNORECASE,
)
_WAS_ADOPTED = re.compile(r"\s+(?:was|has\s+(?:now\s+)?been)\s+(?:formally\s+)?adopted\b", re.IGNORECASE)
_THIS_PLAN = re.compile(r"(?:it|this|the|this\s+(?:plan|strategy|framework)|the\s+(?:plan|strategy|framework))", re.I)
ADOPTED_BEFORE = 250  # the sentence before says the newer plan was adopted this close before


def _said_adopted(reading: Reading, new: Side) -> bool:
    """Whether the text says anywhere that the newer plan (by its name) was adopted."""
    text = reading.doc.text
    return (
        any(m.name.iri == new.name.iri and _WAS_ADOPTED.match(text, m.end, m.end + 40) for m in reading.mentions)
        or _PLAN_ADOPTED.search(text) is not None
    )


def _adopted_just_before(reading: Reading, new: Side, sentence: tuple[int, int]) -> bool:
    """ "The plan was adopted on Friday 9 April 2021. This plan will replace the adopted X": the sentence before says
    the newer plan (named, or the plan the anaphor stands for) was adopted, so what it "will replace" it replaces."""
    text = reading.doc.text
    window = (max(0, sentence[0] - ADOPTED_BEFORE), sentence[0])
    for mention in reading.between(*window):
        if mention.name.iri == new.name.iri and _WAS_ADOPTED.match(text, mention.end, mention.end + 40):
            return True
    anaphor = new.start >= sentence[0] and _THIS_PLAN.fullmatch(text[new.start : new.end].strip()) is not None
    return anaphor and _PLAN_ADOPTED.search(text, *window) is not None


def _only_a_draft(reading: Reading, new: Side) -> bool:
    """Whether the text calls the newer plan a draft ("the draft Council Plan 2020-25") and never says it
    was approved or adopted."""
    if new.described:
        return False
    text = reading.doc.text
    mentions = reading.by_key.get(new.name.key, [])[:50]
    drafted = any(
        _DRAFT_BEFORE.search(text, max(0, m.start - 12), m.start) or text[m.start : m.start + 6].lower() == "draft "
        for m in mentions
    )
    if not drafted:
        return False
    for m in mentions:
        if _APPROVED_DRAFT.search(text, max(0, m.start - 40), m.start):
            return False
        after = text[m.end : m.end + ADOPTED_REACH]
        end = SENTENCE_END.search(after)
        if _ADOPTED.search(after[: end.start() if end else len(after)]):
            return False
    return True


def _sentence_modality(sentence: str) -> str | None:
    for cue in lexicon.modality_cues():
        if cue.scope == "sentence" and cue.pattern.search(sentence):
            return cue.modality
    return None


def _document_modality(doc: Document) -> str | None:
    """The first document cue found, in file order; "Stated" (the decision was taken) is no modality."""
    for cue in lexicon.modality_cues():
        if cue.scope == "document" and doc.search(cue.pattern):
            return None if cue.modality == "Stated" else cue.modality
    return None


def _extension(reading: Reading, match: re.Match[str], sentence: tuple[int, int]) -> None:
    """ "The Joint Health and Wellbeing Strategy has been extended until 2021": the same plan runs longer."""
    plan = _named_before(reading, match.start(), sentence[0]) or _anaphor_before(reading, match.start(), sentence[0])
    year = _YEAR_AFTER.match(reading.doc.text, match.end())
    if plan is None or year is None:
        return
    quote = _whole_sentence(reading.doc.text, (plan.start, year.end()), sentence)
    reading.doc.state(
        plan.name.iri,
        SL("extendedUntil"),
        literal(_year(year.group("year"))),
        EXTENSION_RULE,
        quote,
        reason="the text says the plan is extended, not replaced",
    )
    newer = _new_after_extension(reading, plan, int(year.group("year")), year.end())
    if newer is not None:
        _state_after_extension(reading, newer, plan, (sentence[0], newer.end))


def _new_after_extension(reading: Reading, extended: Side, until: int, position: int) -> Side | None:
    """ "X ran from 2016 to 2021 and was extended to 2022 ... the new Community Plan 2022/32": a plan called new,
    named soon after, that shares the extended plan's subject, or the next plan named, beginning when the extension
    ends and called "the new" one (or new and the plan the text presents), follows it."""
    shared = _new_named_after(reading, extended, position)
    if shared is not None:
        return shared
    text = reading.doc.text
    following = reading.between(position, min(len(text), position + EXPIRY_FOLLOW))
    if not following or following[0].name.iri == extended.name.iri:
        return None
    first = following[0]
    head = lexicon.head_of_name(first.name.base or first.name.key)
    if head is None or head.minor or head.weak or _reversed(first.name, extended.name):
        return None
    if _start_year(first.name) not in (until, until + 1):
        return None
    # "the new Community Plan 2023-2033" (the new one of the plan just spoken of), or "a new X" the text presents
    definite = _THE_NEW_JUST_BEFORE.search(text, max(0, first.start - 12), first.start)
    indefinite = _NEW_JUST_BEFORE.search(text, max(0, first.start - 12), first.start)
    return _side(first) if definite or (indefinite and _presented(reading, first.name)) else None


_THE_NEW_JUST_BEFORE = re.compile(r"\b(?:the|our)\s+new\s+$", re.IGNORECASE)


def _state_after_extension(reading: Reading, newer: Side, extended: Side, span: tuple[int, int]) -> None:
    doc = reading.doc
    relation = RELATIONS["expiry"]
    sentences = reading.shared(Sentences.of)
    quote = (sentences.around(span[0], span[0] + 1)[0], sentences.around(span[1] - 1, span[1])[1])
    modality = _modality(reading, relation, newer, doc.text[quote[0] : quote[1]], _document_modality(doc))
    doc.state(
        newer.name.iri,
        SL(relation.predicate),
        extended.name.iri,
        relation.rule,
        _whole_sentence(doc.text, span, quote),
        derivation="inferred",
        reason="the text says the older plan was extended, then names the new plan that follows it",
        modality=modality,
    )


# Events of an earlier edition ------------------------------------------------------------------
# "The 2019-2023 plan had first been adopted by Cabinet on 3 May 2020", "was originally approved in 2019": an event
# told in the past of the edition a text revises.
_EARLIER_EVENT = re.compile(
    r"\bhad\s+(?:(?:originally|first|initially|previously|already)\s+)?been\s+(?:(?:formally|unanimously)\s+)?"
    r"(?:adopted|approved|agreed|endorsed|published|launched|ratified)\b"
    r"|\b(?:originally|first|initially)\s+(?:been\s+)?(?:adopted|approved|agreed|endorsed|published|launched)\b",
    re.IGNORECASE,
)
EVENT_SENTENCE_REACH = 300  # how far back the sentence of an event is looked for


def edition_of_event(reading: Reading, plan: StrategyName, where: tuple[int, int], year: int | None) -> StrategyName:
    """The edition of ``plan`` an event belongs to: its earlier version (or the unnamed edition before it) when the
    text revises ``plan`` and tells the event in that edition's past ("had been adopted", "was originally
    approved"), or, for a plan revised in place, dates it by the plan's first year; else ``plan`` itself."""
    earlier = _earlier_edition_node(reading, plan)
    if earlier is None:
        return plan
    text = reading.doc.text
    opening = max(text.rfind(". ", max(0, where[0] - EVENT_SENTENCE_REACH), where[0]), text.rfind("\n", 0, where[0]))
    if _EARLIER_EVENT.search(text, max(0, opening), where[1]):
        return earlier
    start = _start_year(plan)
    kept = earlier.edition == EARLIER_VERSION
    return earlier if kept and year is not None and start and year <= start else plan


def _earlier_edition_node(reading: Reading, plan: StrategyName) -> StrategyName | None:
    """The unnamed earlier edition this text gives ``plan`` (its earlier version, else its predecessor), if any."""
    for earlier in (
        _predecessor_name(plan, "", None, None, kept=True),
        _predecessor_name(plan, "previous", None, None),
    ):
        if any(plan.iri in reading.doc.subjects(NamedNode(predicate), earlier.iri) for predicate in _LINEAGE):
            return earlier
    return None


# A whole series in one paragraph -------------------------------------------------------------
SERIES_RULE = "series-in-one-paragraph"
_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_DATE = rf"(?:{_MONTHS}\s+)?(?:19|20)\d\d\b"
# "The original Community Strategy was adopted in 2004", "our first version in December 2015".
SERIES_FIRST = re.compile(
    rf"\b(?:original|first\s+(?:version|edition)|first)\b(?P<between>[^.;]{{0,100}}?)\bin\s+(?P<date>{_DATE})"
)
# "with updates in 2007 and 2010", "We refreshed our plan in October 2016, October 2017 and again in October 2018".
SERIES_UPDATES = re.compile(
    rf"\b(?:updates?|updated|revisions?|revised|refresh(?:ed|es)?|reviews?|reviewed)\b[^.;]{{0,40}}?\bin\s+"
    rf"(?P<dates>{_DATE}(?:(?:,\s*|,?\s+and\s+(?:again\s+)?(?:in\s+)?){_DATE}){{0,8}})"
)
# "The current Strategy runs from 2014 to 2017".
# "runs from", "covers the period", "ran", "lasts": the words a plan's period follows.
_RUNS_FROM = r"(?:runs|covers|ran|running|covering|lasts)\s+(?:the\s+period\s+)?(?:from\s+)?"
CURRENT_PERIOD = re.compile(
    rf"\b(?:the\s+)?(?:current|present|existing)\s+(?:[\w'-]+\s+){{0,4}}?(?P<head>strategy|plan|framework|one|version)\s+"
    rf"{_RUNS_FROM}",
    re.IGNORECASE,
)
SERIES_REACH = 400  # characters after the first version within which its updates are read
# "The Corporate Strategy was agreed in October 2018", "X, which was first adopted by the Authority in 2011": a plan
# named just before, dated by its approval; the first version of a series when the text goes on to date an update or
# to name a later edition.
SERIES_APPROVED = re.compile(
    r"\b(?:was|were|had\s+been|has\s+been)\s+(?:first\s+|originally\s+|initially\s+)?"
    rf"(?P<verb>approved|agreed|adopted|endorsed|published|launched)\b(?P<between>[^.;]{{0,60}}?)\bin\s+(?P<date>{_DATE})"
)
# "Our first Local Transport Plan (LTP1)", "the original strategy": a plan the text numbers itself (other rules).
_NUMBERED_BEFORE = re.compile(r"\b(?:first|second|third|fourth|fifth|original)\s+$", re.IGNORECASE)
SUBJECT_REACH = 60  # the plan approved ends this close before "was approved"
# "A full update is now under way", "a review of the strategy is in progress": the next version, still being made.
SERIES_NEXT = re.compile(
    r"\b(?:an?|the)\s+(?:(?:full|complete|comprehensive|further|new|major|second)\s+)?"
    r"(?P<label>update|review|refresh|revision|rewrite)\b[^.;]{0,60}?\b(?:is|are)\s+(?:now\s+|currently\s+)?"
    r"(?:under\s?way|in\s+progress|being\s+(?:prepared|carried\s+out|undertaken|developed))",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Version:
    label: str  # "adopted", "update"
    date: str  # as written: "2004", "October 2016"
    start: int
    end: int


def series(reading: Reading) -> None:
    """ "The original Community Strategy was adopted in 2004, with updates in 2007 and 2010. The current
    Strategy runs from 2014 to 2017": each version a node, each a revision of the one before, and the
    current plan the successor of the last. Versions are named by the series and their date, derived
    by this rule; nothing else is invented."""
    doc = reading.doc
    read_from = 0  # the end of the last series read: an approval inside it opens no other
    for first in finditer(SERIES_FIRST, doc.text):
        updates = _updates_after(reading, first.end())
        if updates is None:
            continue
        base = _series_base(reading, first)
        if base is None:
            continue
        versions = [Version("first version", first.group("date"), first.start(), first.end()), *updates[0]]
        _state_series(reading, base, versions, (first.start(), updates[1]))
        read_from = updates[1]
    for approved in doc.finditer(SERIES_APPROVED):
        if approved.start() >= read_from:
            read_from = _approved_series(reading, approved) or read_from


def _updates_after(reading: Reading, position: int) -> tuple[list[Version], int] | None:
    """ "with updates in 2007 and 2010", "A refresh was carried out in 2016": the dated updates read in the same
    paragraph after ``position``, and where they end."""
    text = reading.doc.text
    updates = SERIES_UPDATES.search(text, position, min(len(text), position + SERIES_REACH))
    if updates is None or not _no_paragraph_break(reading, position, updates.end()):
        return None
    label = "refresh" if updates.group(0).lower().startswith("refresh") else "update"
    offset = updates.start("dates")
    versions = [
        Version(label, date.group(0), offset + date.start(), offset + date.end())
        for date in re.finditer(_DATE, updates.group("dates"))
    ]
    return versions, updates.end()


def _approved_series(reading: Reading, approved: re.Match[str]) -> int | None:
    """ "Our Corporate Strategy was agreed in October 2018 and reviewed in 2021. The Corporate Strategy 2022-2032
    was agreed in September 2022": a plan named without its period and dated by its approval is the first version
    of a series when the paragraph dates an update of it or names a later edition; where the series read ends."""
    subject = _named_before(reading, approved.start(), max(0, approved.start() - SUBJECT_REACH))
    text = reading.doc.text
    if subject is None or _PHRASE_YEAR.search(text, subject.start, subject.end) or subject.name.edition:
        return None  # a dated plan approved is itself an edition, no series
    if any(mark in text[subject.end : approved.start()] for mark in ".;") or _numbered(reading, subject):
        return None
    updates = _updates_after(reading, approved.end())
    # "The Local Plan was adopted in June 2015": with no update said, the version is the one adopted then
    label = "first version" if updates else approved.group("verb")
    first = Version(label, approved.group("date"), approved.start("date"), approved.end())
    versions = [first, *(updates[0] if updates else [])]
    end = updates[1] if updates else approved.end()
    if _later_edition(reading, subject.name, versions[-1], end) is None and _next_said(reading, end) is None:
        return None  # "adopted in 2018 and reviewed in 2021" alone: the plan named may be that latest version
    _state_series(reading, subject.name, versions, (subject.start, end))
    return end


def _no_paragraph_break(reading: Reading, start: int, end: int) -> bool:
    origin = reading.doc.clean.origin
    return "\n\n" not in reading.doc.original[origin[start] : origin[end - 1]]


def _series_base(reading: Reading, first: re.Match[str]) -> StrategyName | None:
    """The plan the series is of: named between "original" and the date, else the paragraph's plan."""
    between = first.group("between")
    head = lexicon.head_pattern().search(between)
    capital = re.search(r"[A-Z]", between)
    if head and head.group(0)[0].isupper() and capital and capital.start() < head.start():
        return names.named_with_period(between[capital.start() : head.end()], None, None)
    return reading.strategy_near(first.start())


def _state_series(reading: Reading, base: StrategyName, versions: list[Version], span: tuple[int, int]) -> None:
    doc = reading.doc
    base_name = base.base or base.key
    named = _named_by_year(reading, base_name, versions[-1], span[1]) or _named_current(reading, base_name, span[1])
    if named is None and _current_period_after(reading, span[1]) is None:  # "The current Strategy runs ..." first
        named = _later_edition(reading, base, versions[-1], span[1])
    # "We refreshed our plan ... in October 2018. The latest version, the Plan 2018 Refresh" (or "the 2018 Local
    # Transformation Plan"): the named plan is the last version itself, not a successor of it.
    is_last = named is not None and named.name.title is not None and versions[-1].date[-4:] in named.name.title
    nodes = [_version_node(reading, base, base_name, version) for version in (versions[:-1] if is_last else versions)]
    if named is not None and is_last:
        nodes.append((named.name, versions[-1]))
    for (older, _), (newer, version) in zip(nodes, nodes[1:], strict=False):
        relation = "isRefreshOf" if version.label == "refresh" else "isRevisionOf"
        doc.state(
            newer.iri,
            SL(relation),
            older.iri,
            SERIES_RULE,
            span,
            derivation="inferred",
            reason=f"the text lists the {version.date} {version.label} after the earlier version",
        )
    if named is not None:
        if not is_last:
            sentence = reading.shared(Sentences.of).around(named.start, named.end)
            doc.state(
                named.name.iri,
                SL("supersedes"),
                nodes[-1][0].iri,
                SERIES_RULE,
                (span[0], named.end),
                derivation="inferred",
                reason="the text names the current plan after the dated versions",
                # "a replacement X 2026-2041 is being prepared": the later edition may still be in the making
                modality=_sentence_modality(doc.text[sentence[0] : sentence[1]]),
            )
        return
    if not _current_after(reading, base_name, nodes[-1][0], span):
        _next_version(reading, base, base_name, nodes[-1][0], span)


def _current_period_after(reading: Reading, position: int) -> re.Match[str] | None:
    """ "The current Strategy runs from 2014 to 2017", "the present strategy covers 2015 to 2018", just after."""
    text = reading.doc.text
    return CURRENT_PERIOD.search(text, position, min(len(text), position + SERIES_REACH))


def _numbered(reading: Reading, subject: Side) -> bool:
    """ "Our first Local Transport Plan ('LTP1')": a plan its ordinal or number places in a series."""
    text = reading.doc.text
    return (
        _edition_number(subject.name) is not None
        or _NUMBERED_BEFORE.search(text, max(0, subject.start - 12), subject.start) is not None
        or _NUMBERED_BEFORE.match(text[subject.start : subject.start + 12].split(" ", 1)[0] + " ") is not None
    )


def _later_edition(reading: Reading, base: StrategyName, last: Version, position: int) -> Mention | None:
    """ "... and reviewed in 2021. The Corporate Strategy 2022-2032 was agreed in 2022": a dated edition of the same
    series named in the same paragraph after the versions, starting no earlier than the last of them."""
    text = reading.doc.text
    year = int(last.date[-4:])
    for mention in reading.between(position, min(len(text), position + SERIES_REACH)):
        if mention.start > position and not _no_paragraph_break(reading, position, mention.start):
            return None
        if _start_year(mention.name) < year or _PHRASE_YEAR.search(text, mention.start, mention.end) is None:
            continue  # only an edition written with its years ("Our Strategy" may be read as the dated one)
        if mention.name.iri == base.iri or _same_series(mention.name, base):
            return mention
    return None


def _next_said(reading: Reading, position: int) -> re.Match[str] | None:
    """ "A full update is now under way" in the paragraph after ``position``."""
    text = reading.doc.text
    found = SERIES_NEXT.search(text, position, min(len(text), position + SERIES_REACH))
    return found if found is not None and _no_paragraph_break(reading, position, found.end()) else None


def _next_version(
    reading: Reading, base: StrategyName, base_name: str, last: StrategyName, span: tuple[int, int]
) -> None:
    """ "A full update is now under way" after the dated versions: the next version, still being made, revises the
    last one (proposed)."""
    found = _next_said(reading, span[1])
    if found is None:
        return
    label = found.group("label").lower()
    node, _ = _version_node(reading, base, base_name, Version(f"{label} under way", "", found.start(), found.end()))
    doc = reading.doc
    doc.state(
        node.iri,
        SL("isRefreshOf" if label == "refresh" else "isRevisionOf"),
        last.iri,
        SERIES_RULE,
        (span[0], found.end()),
        derivation="inferred",
        modality="Proposed",
        reason="the text says the next version of the series is being made",
    )


def _version_node(
    reading: Reading, base: StrategyName, base_name: str, version: Version
) -> tuple[StrategyName, Version]:
    """A version the text dates but does not name: "Community Strategy (update 2007)", derived by the rule."""
    doc = reading.doc
    title = f"{base_name} ({version.label} {version.date})".replace(" )", ")")  # "(update under way)": no date
    node = StrategyName(
        key=f"{base_name} {version.date or version.label}",
        title=title,
        short=None,
        head=base.head,
        period=None,
        subtitle=None,
        base=base_name,
    )
    reason = f"a version of {base_name} the text dates to {version.date}, named by this rule"
    for predicate, obj in (
        (A, SL("Strategy")),
        (A, SL(base.head or "Strategy")),
        (TITLE, literal(title)),
        (SL("describedBy"), vocab.source_iri(doc.source_id)),
    ):
        doc.state(
            node.iri, predicate, obj, SERIES_RULE, (version.start, version.end), derivation="inferred", reason=reason
        )
    return node, version


def _current_after(reading: Reading, base_name: str, last: StrategyName, span: tuple[int, int]) -> bool:
    """ "The current Strategy runs from 2014 to 2017": its period, and that it follows the last version (whether
    the text says so)."""
    doc = reading.doc
    current = _current_period_after(reading, span[1])
    if current is None:
        return False
    found = period_at(doc.text, current.end())
    if found is None or found[0].reversed:
        return False
    where = (current.start(), found[1].end())
    plan = _current_plan(reading, base_name, current.start())
    given = found[0].validity[0] if found[0].validity else None
    other_period = given is not None and _start_year(plan) not in (0, int(given.lexical[:4]))
    # named nowhere, or only as another edition ("the present strategy covers 2015 to 2018" in the text of the
    # 2018-2021 one): the series' plan with the period the text gives it
    if plan.key not in reading.by_key or other_period:
        plan = names.named_with_period(base_name, found[0], reading.doc.place)
        reason = f"the current plan of the series {base_name}, with the period the text gives it"
        _state_described(reading, Side(plan, *where, described=True), SERIES_RULE, reason)
    valid_from, valid_until = found[0].validity or (None, None)
    if valid_from is not None and valid_until is not None and plan.period is None:
        doc.state(plan.iri, SL("validFrom"), literal(valid_from), SERIES_RULE, where)
        doc.state(plan.iri, SL("validUntil"), literal(valid_until), SERIES_RULE, where)
    doc.state(
        plan.iri,
        SL("supersedes"),
        last.iri,
        SERIES_RULE,
        (span[0], where[1]),
        derivation="inferred",
        reason="the text names the current plan after the last dated version of the series",
    )
    if valid_until is not None:
        _new_after(reading, plan, int(valid_until.lexical[:4]), where)
    return True


_CURRENT = re.compile(
    r"\b(?:current|latest|newest|present)\s+(?:(?:version|edition|one|plan|strategy),?\s+)?(?:the\s+)?", re.IGNORECASE
)


def _named_current(reading: Reading, base_name: str, position: int) -> Mention | None:
    """ "The current Joint Health and Wellbeing Strategy 2016-2019", "The latest version, the Local
    Transformation Plan 2018 Refresh": a dated plan of the series the text calls current, after the list."""
    wanted = name_words(base_name)
    text = reading.doc.text
    for match in _CURRENT.finditer(text, position, min(len(text), position + SERIES_REACH)):
        mention = next(iter(reading.between(match.end(), match.end() + 2)), None)
        if mention and mention.name.title and within(wanted, name_words(mention.name.base or mention.name.key)):
            return mention
    return None


def _named_by_year(reading: Reading, base_name: str, last: Version, position: int) -> Mention | None:
    """ "... and again in October 2018. The 2018 Local Transformation Plan sets out ...": a plan of the series
    named with the last version's year, just after the list."""
    year = last.date[-4:]
    wanted = name_words(base_name)
    for mention in reading.between(position, position + SERIES_REACH):
        title = mention.name.title or ""
        if year in title and _shares_head_and_word(wanted, name_words(mention.name.base or mention.name.key)):
            return mention
    text = reading.doc.text
    head_word = re.escape(base_name.split()[-1])
    written = re.compile(rf"(?<![\w-]){year}\s+(?:[A-Z][\w'’-]*\s+){{0,5}}?{head_word}\b")
    found = written.search(text, position, min(len(text), position + SERIES_REACH))
    if found is None or not _shares_head_and_word(wanted, name_words(found.group(0))):
        return None
    written_name = " ".join(found.group(0).split())  # "the 2018 Local Transformation Plan": its year is its name
    head = lexicon.head_of_name(written_name)
    name = StrategyName(
        key=written_name,
        title=written_name,
        short=None,
        head=head.cls if head else None,
        period=None,
        base=written_name,
    )
    state_strategy(reading.doc, name, (found.start(), found.end()))
    return Mention(name, found.start(), found.end())


def _shares_head_and_word(one: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Same head noun and one more word in common ("Kent Transformation Plan", "Local Transformation Plan")."""
    return bool(one and other) and one[-1] == other[-1] and len(set(one[:-1]) & set(other[:-1])) >= 1


def _current_plan(reading: Reading, base_name: str, position: int) -> StrategyName:
    """The plan "the current Strategy" is: a mention of the series' name, else the series' name itself."""
    wanted = name_words(base_name)
    same = [m for ms in reading.by_key.values() for m in ms if name_words(ms[0].name.base or ms[0].name.key) == wanted]
    same.sort(key=lambda m: m.start)
    before = [m for m in same if m.start < position]
    if before or same:
        return (before[-1] if before else same[0]).name
    return names.named_with_period(base_name, None, None)


def editions(reading: Reading) -> None:
    """ "the refreshed Strategic Plan 2015-2020 (2017-18 Refresh)": an edition that keeps its plan's
    period is a refresh (or update) of that plan."""
    doc = reading.doc
    modality = _document_modality(doc)
    done: set[str] = set()
    for mention in reading.mentions:
        name = mention.name
        if not name.edition or not name.base or not name.period or name.key in done:
            continue
        older_title = name.title.rsplit(name.edition, 1)[0].rstrip(" ,(") if name.title else None
        if not older_title or older_title == name.title:
            continue
        done.add(name.key)
        older_key = name.key.rsplit(name.edition, 1)[0].rstrip(" ,(")  # the key names the place, the title may not
        older = replace(name, key=older_key, title=older_title, edition=None, subtitle=None)
        where = (mention.start, mention.end)
        state_strategy(doc, older, where)
        relation = RELATIONS["refresh" if "refresh" in name.edition.lower() else "revise"]
        doc.state(
            name.iri,
            SL(relation.predicate),
            older.iri,
            relation.rule,
            where,
            modality=modality,
            reason=f"the text names an edition of the plan ('{name.edition}') that keeps its period",
        )


CONSECUTIVE_RULE = "consecutive-editions"
_LINEAGE = frozenset(SL(name).value for name in ("supersedes", "isRevisionOf", "isRefreshOf", "isSuccessorOf"))


def consecutive_editions(reading: Reading) -> None:
    """ "The Homelessness Strategy 2019-2024 had achieved its objectives" in a text about the Homelessness
    Strategy 2024-2029: the plan the text presents and an earlier edition of it that the text names,
    ending where it begins; the later succeeds the earlier (inferred), unless a cue already related them.
    Also "In 2021 we launched a new Skills Strategy 2021" beside "our SRC Skills Strategy 2015/30": an
    edition the text calls new succeeds an earlier dated one of the series, wherever it begins."""
    doc = reading.doc
    related = {(f.subject.value, f.object.value) for f in doc.facts if f.predicate.value in _LINEAGE}
    series: dict[tuple[str, ...], list[Mention]] = {}
    for mentions in reading.by_key.values():
        first = mentions[0]
        if _edition_year(first.name) and not first.name.edition and first.name.base:
            series.setdefault(_series_of(first.name.base, doc.place), []).append(first)
    sentences = reading.shared(Sentences.of)
    for editions_named in series.values():
        editions_named.sort(key=lambda m: _edition_year(m.name))
        for older, newer in itertools.pairwise(editions_named):
            rule = _edition_rule(reading, older, newer)
            pair = (newer.name.iri.value, older.name.iri.value)
            if rule is None or pair in related or pair[::-1] in related:
                continue
            if _named_together(reading, sentences, older, newer):
                continue
            doc.state(
                newer.name.iri,
                SL("isSuccessorOf"),
                older.name.iri,
                rule,
                (older.start, older.end),
                derivation="inferred",
                reason=_EDITION_REASONS[rule],
                modality=_edition_modality(reading, sentences, newer),
            )


def _edition_modality(reading: Reading, sentences: Sentences, newer: Mention) -> str | None:
    """A draft, or an edition its sentence says is still to be made ("will develop a new Cultural Strategy for
    2027 - 2034"): proposed, not in force."""
    if _only_a_draft(reading, _side(newer)):
        return "DraftForConsultation"
    start, end = sentences.around(newer.start, newer.end)
    return _sentence_modality(reading.doc.text[start:end])


NEW_EDITION_RULE = "new-edition-of-series"
_EDITION_REASONS = {
    CONSECUTIVE_RULE: "the text names two editions of one plan, the earlier ending where the later begins",
    NEW_EDITION_RULE: "the text calls the later edition of one plan new and names an earlier one",
}
_ACRONYM_FIRST = re.compile(r"^[A-Z]{2,6}\s")
_CALLED_NEW = re.compile(r"\b(?:a|the|our|its|their)\s+new\s+$", re.IGNORECASE)
SERIES_WORDS = 2  # words left of a name when its place, body or acronym is set aside


def _series_of(base: str, place: str | None) -> tuple[str, ...]:
    """The words naming a plan's series, without the place, a body's name or an acronym before them ("GCR
    Growth Strategy", "Kent Growth Strategy" and "Growth Strategy"), as long as two words are left. A body's name
    ends on a word of name-stops.csv's ``body`` position: "Falkton Health and Social Care Partnership Strategic
    Plan" is an edition of the "Strategic Plan"."""
    words = name_words(base)
    prefixes = [len(name_words(place))] if place and words[: len(name_words(place))] == name_words(place) else []
    prefixes += [i + 1 for i, word in enumerate(words) if word in lexicon.name_stops("body")]
    prefixes += [1] if _ACRONYM_FIRST.match(base) else []
    cut = max((n for n in prefixes if len(words) - n >= SERIES_WORDS), default=0)
    return words[cut:]


def _edition_rule(reading: Reading, older: Mention, newer: Mention) -> str | None:
    """Which rule, if any, makes ``newer`` the successor of ``older``, two dated editions of one series."""
    if newer.name == reading.main and older.name.period and older.name.period[1] and _follows(older.name, newer.name):
        return CONSECUTIVE_RULE
    if _edition_year(older.name) < _edition_year(newer.name) and _called_new(reading, newer):
        # Two full periods a year apart are one plan's working and final titles, not two editions.
        overlapping = newer.name.period and older.name.period and not _follows(older.name, newer.name)
        return None if overlapping else NEW_EDITION_RULE
    return None


_YEAR_NAMED = re.compile(rf"\b({A_YEAR.pattern})$")


def _edition_year(name: StrategyName) -> int:
    """The year an edition starts: its period's, or the year its name ends with ("Growth Strategy 2022")."""
    named = _YEAR_NAMED.search(name.key)
    return _start_year(name) or (int(named.group(1)) if named else 0)


def _called_new(reading: Reading, mention: Mention) -> bool:
    """Whether the text writes the edition's dated name after "a/the/our new" ("the new Plan" alone may be
    any edition)."""
    text = reading.doc.text
    return any(
        _CALLED_NEW.search(text, max(0, m.start - 20), m.start) and A_YEAR.search(text, m.start, m.end)
        for m in reading.by_key[mention.name.key][:50]
    )


def _named_together(reading: Reading, sentences: Sentences, older: Mention, newer: Mention) -> bool:
    """Whether a sentence names both editions: what it says of them (even backwards) is for the cues to read."""
    for mention in reading.by_key[older.name.key][:50]:
        start, end = sentences.around(mention.start, mention.end)
        if any(m.name.key == newer.name.key for m in reading.between(start, end)):
            return True
    return False


def _follows(older: StrategyName, newer: StrategyName) -> bool:
    """The later edition begins within a year of the earlier one's end (2019-2024, then 2024-2029)."""
    if not (older.period and newer.period and older.period[1] and newer.period[0]):
        return False
    older_end, newer_start = int(older.period[1].lexical[:4]), int(newer.period[0].lexical[:4])
    return _start_year(older) < newer_start and abs(newer_start - older_end) <= 1


SAID_OF_RULE = RELATIONS["said-of"].rule
SAID_OF_REACH = 100  # the predicate starts this close after the description
# "current" and "existing" describe an earlier plan only beside a plan the text calls new.
_STILL_IN_FORCE = re.compile(r"\b(?:current|existing)\b", re.IGNORECASE)
_NUMBERED = re.compile(r"\b(?:first|original|second|third)\b", re.IGNORECASE)
_NEW_NAMED = re.compile(r"\b(?:new|replacement|successor)\s+$", re.IGNORECASE)
_THE_NEW_ONE = re.compile(
    r"\b(?:the|a|our|this)\s+(?:proposed\s+)?new\s+(?:[\w'’-]+\s+){0,3}?(?:strategy|plan)\b", re.I
)


def predecessors_said_of(reading: Reading) -> None:
    """ "The existing Strategy was published in July 2008", "The previous strategy ran from 2015 to 2020",
    "its previous housing strategy is now out of date", said in a sentence of their own in a text presenting a
    new plan of the same kind: the plan the text presents succeeds that earlier one (a described predecessor,
    inferred). When a cue already gave the presented plan an unnamed predecessor, what is said dates that one;
    when it gave a named one, nothing is said."""
    main = reading.main
    if main is None:
        return
    doc = reading.doc
    lineage = [f for f in doc.facts if f.predicate.value in _LINEAGE]
    known = {f.object for f in lineage if f.subject == main.iri}
    unnamed = _predecessor_name(main, "previous", None, None).iri
    if known and known != {unnamed}:
        return
    quoted = bytearray(len(doc.original) + 1)  # characters of the file a lineage fact already quotes
    for fact in lineage:
        if fact.span is not None:
            quoted[fact.span.start : fact.span.end] = b"\x01" * (fact.span.end - fact.span.start)
    text, origin = doc.text, doc.clean.origin
    presented_as_new: bool | None = None
    sentences = reading.shared(Sentences.of)
    for found in doc.finditer(_predecessor_phrase()):
        phrase = _within_its_sentence(text, found, sentences)
        if phrase is None or quoted[origin[phrase.start()]]:
            continue  # "builds on the previous strategy which was published in 2017": a cue has read it
        slogan = _known_by_slogan(text, phrase.group(0), phrase.end(), min(len(text), phrase.end() + SAID_OF_REACH))
        closing = _SLOGAN_CLOSE.match(text, slogan.end) if slogan is not None else None
        said_from = closing.end() if closing is not None else phrase.end()
        said = _said_after(text, said_from, min(len(text), said_from + SAID_OF_REACH))
        if said is None or _NUMBERED.search(phrase.group(0)):
            continue  # "the first strategy was published in 2012": perhaps the plan presented, or one long before
        if slogan is not None:  # "The previous plan, 'Shores for Everyone', was published in 2010": that plan
            described = Side(main, phrase.start(), phrase.end(), described=True)
            if _fits_the_document(reading, main, described) and not _said_after_start(said, main):
                _state_said_of(reading, main, replace(slogan, end=said.end), said)
            return
        if _STILL_IN_FORCE.search(phrase.group(0)) and said.kind not in plan_versions.ENDED_SAID:
            # "the current strategy, adopted in 2016" may be the plan presented; one said to be ending is not
            if presented_as_new is None:  # looked up once: the text is read in one pass
                presented_as_new = _presented_as_new(reading, main) or bool(known)
            if not presented_as_new:
                continue
        old = _said_of_side(reading, main, phrase, said)
        if old is None or old.name.iri == main.iri or _reversed(main, old.name):
            continue
        if not _fits_the_document(reading, main, replace(old, end=phrase.end())):
            continue  # "the previous Local Plan was adopted in 2011" in a text about a housing strategy
        kind = _BARE_KIND_END.search(phrase.group(0))
        if kind is not None and _points_at_a_nearer_plan(reading, main, phrase.start(), kind.group("kind")):
            continue  # "... the Better Care Fund Plan 2023-25 was noted. The previous plan covered 2021 to 2023."
        if known:  # "Officers are preparing an updated X. The current strategy, adopted in 2016, is out of date."
            if old.name.iri == unnamed and (old.name.period or old.name.subtitle):
                _state_predecessor(reading, main, old)
            return
        _state_said_of(reading, main, old, said)
        return  # one presented plan has one predecessor said of


# The close of a quoted name in apposition: "', " in "The previous plan, 'Shores for Everyone', was published".
_SLOGAN_CLOSE = re.compile(r"\s*[,)]?\s*")


def _within_its_sentence(text: str, phrase: re.Match[str], sentences: Sentences) -> re.Match[str] | None:
    """A description run on from a heading ("Earlier plans / The previous plan"): the part in its last sentence."""
    opening = sentences.around(phrase.end() - 1, phrase.end())[0]
    if opening <= phrase.start():
        return phrase
    return _predecessor_phrase().search(text, opening, phrase.end())


def _state_said_of(reading: Reading, main: StrategyName, old: Side, said: Said) -> None:
    doc, text = reading.doc, reading.doc.text
    sentence = reading.shared(Sentences.of).around(old.start, said.end)
    relation = RELATIONS["said-of"]
    document_modality = _document_modality(doc)
    modality = _modality(reading, relation, Side(main, 0, 0), text[sentence[0] : sentence[1]], document_modality)
    if modality is None and document_modality == "Proposed" and said.kind in plan_versions.ENDED_SAID:
        modality = "Proposed"  # the version in force is ending and the text asks for its successor: not yet adopted
    if old.headless:  # a plan the text names by a quoted slogan: a plan because this relation involves it
        state_strategy(doc, old.name, (old.start, old.end))
    else:
        _state_predecessor(reading, main, old)
    doc.state(
        main.iri,
        SL(relation.predicate),
        old.name.iri,
        SAID_OF_RULE,
        _whole_sentence(text, (old.start, said.end), sentence),
        derivation="inferred",
        reason=f"the text presents the plan and says of an earlier one '{said.words}'",
        modality=modality,
    )


def _said_of_side(reading: Reading, main: StrategyName, phrase: re.Match[str], said: Said) -> Side | None:
    """The earlier plan a description and what is said of it give: its period or year, if any."""
    year, period = said.year, said.period
    inside = _PHRASE_YEAR.search(phrase.group(0))
    if year is None and period is None and inside:
        year = inside.group("from")
    if year and main.period and main.period[0] and int(year) > int(main.period[0].lexical[:4]):
        return None  # published after the presented plan began: not its predecessor
    name = _predecessor_name(main, phrase.group(0), period, year)
    return Side(name, phrase.start(), said.end, described=True)


def _presented_as_new(reading: Reading, main: StrategyName) -> bool:
    """Whether the text calls the plan it presents new ("the proposed new Homelessness Strategy", "the new
    strategy"), so that "the existing strategy" is another, earlier one."""
    text = reading.doc.text
    if any(_NEW_NAMED.search(text, max(0, m.start - 20), m.start) for m in reading.by_key.get(main.key, [])[:50]):
        return True
    return reading.doc.search(_THE_NEW_ONE) is not None


# "The refresh has taken account of ...", "the latest draft of the refresh", "the refreshed strategy": a refresh
# named by a noun, which is the plan the text presents ("a refresh of X" is a cue of its own).
_REFRESH_NOUN = re.compile(
    r"\b(?:the|this)\s+(?:latest\s+|recent\s+)?(?:refresh(?!\s*(?:\([^)]{0,20}\)\s*)?(?:of|to|for|on)\b)"
    r"|refreshed\s+(?:plan|strategy|version|document))\b",
    re.IGNORECASE,
)
# "This update emphasises ...": an update named by a noun, not a progress report ("This update report sets out").
_UPDATE_NOUN = re.compile(
    r"\b(?:[Tt]he|[Tt]his)\s+update(?!\s+(?:report|on|to|of|from|for|paper|note|session|meeting|was\s+noted)\b)"
    r"(?=\s+(?:[a-z]+s|has|had|was|is|sets|brings|reflects)\b)"
)
# "adopted the revised Community Strategy": the plan the text presents, called revised.
_REVISED_BEFORE = re.compile(r"\b(?:revised|updated)\s+$", re.IGNORECASE)
_IN_FORCE_BEFORE = re.compile(r"\b(?:current|existing)\s+$", re.IGNORECASE)
# A refresh still to come says nothing of the plan the text presents.
_FUTURE = re.compile(
    r"\b(?:will|shall|would|next\s+year|is\s+due|are\s+due|to\s+be\s+(?:undertaken|carried)|planned)\b"
)
_DRAFT_OF = re.compile(r"\bdraft\s+of\s+$", re.IGNORECASE)


ANNUAL_REACH = 250  # the latest refresh is said this close after the plan is said to be refreshed every year
# "X is refreshed annually", "is reviewed and updated each year", "we refresh these priorities every year".
_ANNUAL = re.compile(
    r"\b(?:(?:is|are)\s+(?:(?:reviewed|looked\s+at(?:\s+again)?)\s+and\s+)?(?P<passive>refreshed|updated|revised|renewed)"
    r"|(?:we|the\s+(?:council|partnership|board))\s+(?P<active>refresh(?:es)?|updates?|revises?|renews?|looks?\s+again\s+at)\s+(?:it|them|this"
    r"|the\s+plan|the\s+strategy|(?:these|its|our|the|their)\s+(?:priorities|actions|objectives|plan|strategy)"
    r"(?:\s+(?:in|of)\s+(?:the|our|this)\s+(?:plan|strategy))?))"
    r"\s+(?:annually|each\s+year|every\s+year|yearly|once\s+a\s+year)\b",
    re.IGNORECASE,
)
# "the latest refresh was agreed by the Executive in May 2024", "the most recent of which was approved in 2023".
_LATEST = re.compile(
    r"\b(?:the\s+)?(?:latest|most\s+recent|last)\s+(?:(?:annual\s+)?(?:refresh|update|revision|version|edition)\s+)?"
    r"(?:of\s+which\s+|of\s+(?:the|our|this)\s+[^.;]{1,80}?\s+)?(?:was|were|has\s+been|had\s+been)\s+(?:formally\s+)?(?:agreed|approved|adopted|published|endorsed)"
    r"\b(?:[^.;]{0,60}?\b(?P<year>(?:19|20)\d\d)\b)?",
    re.IGNORECASE,
)


def annual_refreshes(reading: Reading) -> None:
    """ "The Corporate Strategy 2022-2027 is updated each year, the latest of which was agreed by Cabinet in February
    2025": a plan refreshed every year, with a refresh the text says was agreed, is a revision (a refresh) of its
    earlier version, unnamed, which ran until that refresh (inferred). A refresh still to come says nothing."""
    doc, text = reading.doc, reading.doc.text
    sentences = reading.shared(Sentences.of)
    for annual in doc.finditer(_ANNUAL):
        latest = _LATEST.search(text, annual.end(), min(len(text), annual.end() + ANNUAL_REACH))
        sentence = sentences.around(annual.start(), annual.end())
        if latest is None or _FUTURE_BEFORE.search(text, max(sentence[0], annual.start() - 40), annual.start()):
            continue
        plan = _annual_plan(reading, annual, sentence)
        if plan is None:
            continue
        verb = (annual.group("passive") or annual.group("active")).lower()
        relation = RELATIONS["refresh" if verb.startswith(("refresh", "look")) else "revise"]
        earlier = _predecessor_name(plan, "", None, None, kept=True, until=latest.group("year"))
        older = Side(earlier, annual.start(), latest.end(), described=True)
        _state_predecessor(reading, plan, older)
        quote = (sentence[0], sentences.around(latest.start(), latest.end())[1])
        doc.state(
            plan.iri,
            SL(relation.predicate),
            earlier.iri,
            relation.rule,
            _whole_sentence(text, (annual.start(), latest.end()), quote),
            derivation="inferred",
            reason=f"the text says the plan is '{annual.group(0)}' and that its latest edition was agreed",
            modality=None,
        )
        return  # one plan, one earlier version


def _annual_plan(reading: Reading, annual: re.Match[str], sentence: tuple[int, int]) -> StrategyName | None:
    """The plan said to be refreshed every year: named or pointed at just before ("X is updated each year", "It is
    refreshed annually"), else, for "we refresh these priorities every year", the plan the text presents."""
    if annual.group("passive"):
        named = _named_before(reading, annual.start(), sentence[0])
        anaphor = _anaphor_before(reading, annual.start(), sentence[0])
        if anaphor is not None and (named is None or anaphor.start >= named.end):
            return anaphor.name
        if named is not None and _KEPT_JOIN.fullmatch(reading.doc.text, named.end, annual.start()):
            return named.name
        return None
    return reading.main


# "this is a short-form revision", "The plan is a focused revision of": the plan the text presents called a revision.
_CALLED_A_REVISION = re.compile(
    r"\b(?:this|it|the\s+(?:new\s+)?(?:plan|strategy|LDP|document|framework))\s+(?:is|was)\s+(?:a|an)\s+"
    r"(?:(?:short[- ]form|light[- ]touch|focused|partial|full|limited|selective|targeted|comprehensive)\s+)?"
    r"(?:revision|update)\b(?!\s+(?:report|on|paper|note)\b)",
    re.IGNORECASE,
)


def editions_called_revisions(reading: Reading) -> None:
    """ "This plan's predecessor (Marsh LDP 2005-2020) ... this is a short-form revision": when the text calls the plan
    it presents a revision, the earlier edition another rule found it succeeding is the one it revises (inferred);
    the relation the other rule read stays as evidence."""
    main = reading.main
    if main is None:
        return
    doc = reading.doc
    called = doc.search(_CALLED_A_REVISION)
    if called is None:
        return
    sentence = reading.shared(Sentences.of).around(called.start(), called.end())
    if _STILL_TO_COME.search(doc.text, sentence[0], called.start()):
        return  # "this will be a full revision": one still to come
    older = {f.object for f in doc.facts if f.subject == main.iri and f.predicate.value == SL("isSuccessorOf").value}
    if len(older) != 1:
        return  # no earlier edition found, or two: which one is revised is not said
    relation = RELATIONS["revise"]
    doc.state(
        main.iri,
        SL(relation.predicate),
        next(iter(older)),
        relation.rule,
        _whole_sentence(doc.text, called.span(), sentence),
        derivation="inferred",
        reason=f"the text calls the plan it presents '{called.group(0)}' of the earlier edition it follows",
    )


def editions_named_by_noun(reading: Reading) -> None:
    """ "The refresh has taken full account of the pandemic" in a text presenting the Health and Wellbeing Strategy
    2021-26; "adopted the revised Community Strategy ... This update emphasises ...": the plan the text presents
    is a refresh (or an update) of an earlier edition it does not name (a described predecessor, inferred).
    Nothing is said when the text already gives the plan a predecessor, nor of a refresh still to come."""
    main = reading.main
    if main is None:
        return
    doc = reading.doc
    if any(main.iri in (f.subject, f.object) and f.predicate.value in _LINEAGE for f in doc.facts):
        return  # its predecessor is known, or the refresh is an edition of it ("X 2022-2032 (2024 refresh)")
    if _called(reading, main, _IN_FORCE_BEFORE):
        return  # "the current X ... the refreshed strategy": the refresh is its successor, still to come
    text = doc.text
    sentences = reading.shared(Sentences.of)
    noun = doc.search(_REFRESH_NOUN)
    relation = RELATIONS["refresh"]
    if noun is None:
        noun, relation = doc.search(_UPDATE_NOUN), RELATIONS["revise"]
        if noun is None or not _called(reading, main, _REVISED_BEFORE):
            return
    sentence = sentences.around(noun.start(), noun.end())
    if _FUTURE.search(text, sentence[0], sentence[1]):
        return
    near = reading.strategy_near(noun.start())
    if near is not None and near.iri != main.iri and not _two_names_of_one(near, main):
        return  # "The Action Plan was first agreed in 2019; the refresh takes account of ...": another plan's refresh
    older = Side(_predecessor_name(main, noun.group(0), None, None), noun.start(), noun.end(), described=True)
    _state_predecessor(reading, main, older)
    drafted = _DRAFT_OF.search(text, max(0, noun.start() - 12), noun.start()) is not None
    modality = _modality(reading, relation, Side(main, 0, 0), text[sentence[0] : sentence[1]], _document_modality(doc))
    doc.state(
        main.iri,
        SL(relation.predicate),
        older.name.iri,
        relation.rule,
        _whole_sentence(text, (noun.start(), noun.end()), sentence),
        derivation="inferred",
        reason=f"the text calls the plan it presents '{noun.group(0)}', an edition of an earlier one",
        modality="DraftForConsultation" if drafted else modality,
    )


def _called(reading: Reading, main: StrategyName, before: re.Pattern[str]) -> bool:
    """Whether the text writes the plan it presents after a word ("the revised Community Strategy")."""
    text = reading.doc.text
    return any(before.search(text, max(0, m.start - 12), m.start) for m in reading.by_key.get(main.key, [])[:50])


LISTED_RULE = "previous-editions-listed"
# A heading over a list of a plan's past editions: "Previous strategies", "Past plans:", "Archived versions".
_PAST_HEADING = re.compile(
    r"^[ \t#*]*(?:previous|past|earlier|older|archived|former|superseded)\s+(?:(?:[\w'’-]+\s+){0,3}?)"
    r"(?:strateg(?:y|ies)|plans?|versions?|editions?|documents?)[ \t]*:?[ \t*]*$",
    re.IGNORECASE | re.MULTILINE,
)
LISTED_LINES = 12  # lines read under the heading
LISTED_LINE_CHARS = 160  # a longer line is prose: the list has ended


def previous_editions_listed(reading: Reading) -> None:
    """ "Previous strategies" over a list of plans on the page of the Homelessness and Rough Sleeping Strategy
    2019-24: the latest earlier edition of the presented plan in that list is its predecessor (inferred); the
    list's other plans, of other series, say nothing. Headings are lines of the text as stored."""
    main = reading.main
    if main is None or not main.period:
        return
    doc = reading.doc
    origin = doc.clean.origin
    for heading in _PAST_HEADING.finditer(doc.original):
        listed = _listed_after(reading, heading.end())
        earlier = [
            m
            for m in listed
            if m.name.iri != main.iri and _same_series(m.name, main) and 0 < _start_year(m.name) < _start_year(main)
        ]
        if not earlier:
            continue
        older = max(earlier, key=lambda m: _start_year(m.name))
        doc.state(
            main.iri,
            SL("isSuccessorOf"),
            older.name.iri,
            LISTED_RULE,
            (bisect.bisect_left(origin, heading.start()), older.end),
            derivation="inferred",
            reason=f"the page lists it under '{heading.group(0).strip()}', an earlier edition of the plan presented",
        )
        return


def _listed_after(reading: Reading, position: int) -> list[Mention]:
    """The plans named in the short lines under a heading (``position`` in the text as stored), until prose."""
    original, origin = reading.doc.original, reading.doc.clean.origin
    listed: list[Mention] = []
    start, seen = position, 0
    while seen < LISTED_LINES and start < len(original):
        end = original.find("\n", start + 1)
        end = len(original) if end < 0 else end
        line = original[start:end].strip()
        if len(line) > LISTED_LINE_CHARS:
            break
        if line:
            seen += 1
            listed.extend(reading.between(bisect.bisect_left(origin, start), bisect.bisect_left(origin, end)))
        start = end
    return listed


ORDINAL_RULE = RELATIONS["ordinal"].rule
_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth")
_KIND = r"(?P<kind>(?:[\w'’-]+\s+){0,4}?(?i:plan|strategy|framework|charter|compact))\b"
# "This is now the second well-being plan", "It is the council's third Carers Strategy", "we publish our fourth plan",
# "It is the third such strategy the Borough has produced", "This is the third edition of the Town Plan".
_ORDINAL_EDITION = re.compile(
    r"\b(?:(?:[Tt]his|[Ii]t)\s+(?:is|will\s+be|becomes)\s+(?:now\s+)?|publish(?:es|ed|ing)?\s+|[Ww]elcome\s+to\s+"
    r"|(?:introduc|present|launch)(?:es|ed|ing|e|s)?\s+)"
    r"(?:the|our|its|their|[A-Z][\w-]*(?:'|’)s?)\s+(?:(?:[A-Z][\w-]*(?:'|’)s?|council(?:'|’)s)\s+)?"
    rf"(?P<ordinal>second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th)\s+(?:such\s+)?"
    r"(?:(?:edition|iteration|version|generation)\s+of\s+(?:the|our|its|their|this)\s+)?"
    rf"{_KIND}"
    # "The second iteration of our Place Plan looks further ahead": opening a sentence (capitalised)
    r"|(?<![\w-])(?:The|This|Our)\s+"
    r"(?P<ordinal2>second|third|fourth|fifth|sixth)\s+(?:edition|iteration|version|generation)\s+of\s+"
    rf"(?:the|our|its|their|this)\s+(?P<kind2>(?:[\w'’-]+\s+){{0,4}}?(?i:plan|strategy|framework|charter|compact))\b"
)
# "our second Well-being Plan for 2023-28": an ordinal right before a name of the plan the text presents.
_ORDINAL_BEFORE = re.compile(
    r"\b(?:[Oo]ur|[Tt]he|[Ii]ts|(?P<owner>(?:the\s+)?(?:[A-Z][\w-]*|council)['’]s?))\s+"
    r"(?P<ordinal>second|third|fourth|fifth|sixth)\s+"
)


def ordinal_editions(reading: Reading) -> None:
    """ "This is now the second well-being plan that the Board is consulting on", "we have agreed our second
    Well-being Plan for 2023-28" in a text presenting the Well-being Plan 2023-2028: the plan presented succeeds
    the edition before it, which the text does not name (a described predecessor, inferred, with the year the
    text gives it: "Our first Well-being Plan was published in 2018"). Only when the kind named is the presented
    plan's, and no cue already gave it a predecessor. Where the text names both editions by their ordinals ("its
    second Corporate Plan, 'Making a Difference'" and "its first Corporate Plan, 'The Way Ahead'"), the later
    follows the earlier whatever the text presents."""
    _ordinal_pairs(reading)
    main = reading.main
    if main is None:
        return
    doc = reading.doc
    if any(main.iri in (f.subject, f.object) and f.predicate.value in _LINEAGE for f in doc.facts):
        return
    found = _ordinal_of(reading, main)
    if found is None:
        return
    match, ordinal, kind = found
    text = doc.text
    sentence = reading.shared(Sentences.of).around(match.start(), match.end())
    older = (
        _edition_before(reading, main, ordinal, kind)
        or _latest_named_edition(reading, main, ordinal)
        or Side(_predecessor_name(main, kind, None, None), match.start(), match.end(), described=True)
    )
    if older.described:
        _state_predecessor(reading, main, older)
    relation = RELATIONS["ordinal"]
    doc.state(
        main.iri,
        SL(relation.predicate),
        older.name.iri,
        relation.rule,
        _whole_sentence(text, (match.start(), match.end()), sentence),
        derivation="inferred",
        reason=f"the text calls the plan it presents its {ordinal} ('{match.group(0).strip()}')",
        modality=_modality(
            reading, relation, Side(main, 0, 0), text[sentence[0] : sentence[1]], _document_modality(doc)
        ),
    )


ORDINAL_PAIR_REACH = 1500  # the two editions a text names by their ordinals are this close


@dataclass(frozen=True)
class _OrdinalNamed:
    """A plan named with its ordinal: "our first Well-being Plan" (index 0), its kind ("well-being plan")."""

    index: int
    kind: str
    mention: Mention
    start: int  # where the ordinal phrase begins


def _ordinals_named(reading: Reading) -> list[_OrdinalNamed]:
    """Every plan the text names with an ordinal before its name, "the Council's second Corporate Plan", the
    mention starting at the ordinal or right after it; its kind is the name's words up to its head noun."""
    text = reading.doc.text
    found = []
    for match in reading.doc.finditer(_ORDINAL_NAMED):
        named = [
            m
            for m in reading.between(match.start("ordinal"), match.end() + 1)
            if m.start in (match.start("ordinal"), match.end())
        ]
        if not named:
            continue
        head = lexicon.head_pattern().search(text, match.end(), named[0].end)
        if head is None:
            continue
        kind = " ".join(text[match.end() : head.end()].lower().split())
        index = _ORDINALS.index(match.group("ordinal").lower())
        found.append(_OrdinalNamed(index, kind, named[0], match.start()))
    return found


_ORDINAL_NAMED = re.compile(
    r"\b(?:[Oo]ur|[Tt]he|[Ii]ts|[Tt]heir|(?:the\s+)?(?:[A-Z][\w-]*|[Cc]ouncil)['’]s?)\s+"
    r"(?P<ordinal>(?i:first|second|third|fourth|fifth|sixth))\s+(?=[A-Z])"
)


def _ordinal_pairs(reading: Reading) -> None:
    """ "its second Corporate Plan, entitled 'Making a Difference' ... its first Corporate Plan, 'The Way Ahead',
    ends in March 2020": of two plans of one kind the text names by consecutive ordinals, close together, the
    later is the next edition of the earlier (inferred: the order is the text's, the word of succession is not)."""
    doc, text = reading.doc, reading.doc.text
    sentences = reading.shared(Sentences.of)
    named = _ordinals_named(reading)
    for later in named:
        for earlier in sorted(named, key=lambda e: abs(e.start - later.start)):  # the nearest mention first
            if earlier.index != later.index - 1 or earlier.kind != later.kind:
                continue
            newer, older = later.mention.name, earlier.mention.name
            if newer.iri == older.iri or _reversed(newer, older) or _related(doc, newer.iri, older.iri):
                continue
            span = (min(later.start, earlier.start), max(later.mention.end, earlier.mention.end))
            if span[1] - span[0] > ORDINAL_PAIR_REACH:
                continue
            sentence = sentences.around(later.start, later.mention.end)
            relation = RELATIONS["ordinal"]
            doc.state(
                newer.iri,
                SL(relation.predicate),
                older.iri,
                relation.rule,
                span,
                derivation="inferred",
                reason=f"the text names the two plans as the {_ORDINALS[earlier.index]} and "
                f"{_ORDINALS[later.index]} {earlier.kind}",
                modality=_modality(
                    reading, relation, _side(later.mention), text[sentence[0] : sentence[1]], _document_modality(doc)
                ),
            )


def _ordinal_of(reading: Reading, main: StrategyName) -> tuple[re.Match[str], str, str] | None:
    """Where the text calls its plan the second (third, ...) of its kind: the match, the ordinal, the kind."""
    doc = reading.doc
    found = doc.search(_ORDINAL_EDITION)
    if found is not None:
        kind = found.group("kind") or found.group("kind2")
        ordinal = found.group("ordinal") or found.group("ordinal2")
        return (found, ordinal, kind) if _kind_of(main, kind) else None
    for match in doc.finditer(_ORDINAL_BEFORE):
        named = reading.between(match.end(), match.end() + 1)
        if match.group("owner") and not main.period:
            continue  # "Eastmoor's third Local Transport Plan" in a text whose plan has no period: a series' number
        if named and named[0].name.iri == main.iri:
            written = doc.text[named[0].start : named[0].end]
            return match, match.group("ordinal"), written
    return None


def _latest_named_edition(reading: Reading, main: StrategyName, ordinal: str) -> Side | None:
    """ "This is our second Play Strategy, following the Play Strategy 2018-2023": the latest dated edition of the
    presented plan's series the text names is the edition before it, when the text names every earlier edition the
    ordinal counts (one for the second, two for the third); else the one before may be one it does not name."""
    if ordinal.lower() not in _ORDINALS:
        return None
    start = _start_year(main)
    earlier = [
        mentions[0]
        for mentions in reading.by_key.values()
        if mentions[0].name.iri != main.iri
        and mentions[0].name.period
        and _same_series(mentions[0].name, main)
        and not _reversed(main, mentions[0].name)
        and _start_year(mentions[0].name) < start
    ]
    if not earlier or len({m.name.iri for m in earlier}) != _ORDINALS.index(ordinal.lower()):
        return None
    return _side(max(earlier, key=lambda m: _start_year(m.name)))


def _kind_of(main: StrategyName, kind: str) -> bool:
    """Whether "well-being plan" is the kind of the presented plan (its head noun, and no other topic)."""
    kind_words = name_words(kind)
    if not kind_words or not within((kind_words[-1],), name_words(main.base or main.key)):
        return False
    # "the second housing plan" in a text presenting a carers strategy
    return all(w in name_words(main.base or main.key) or lexicon.head_pattern().fullmatch(w) for w in kind_words[:-1])


def _edition_before(reading: Reading, main: StrategyName, ordinal: str, kind: str) -> Side | None:
    """ "Our first Well-being Plan was published in 2018": the edition before the presented one, described by
    its ordinal, with the year it was published in."""
    index = _ORDINALS.index(ordinal.lower()) if ordinal.lower() in _ORDINALS else 0
    if index == 0:
        return None
    pattern = re.compile(rf"\b(?i:our|the|its|their)\s+{_ORDINALS[index - 1]}\s+{_KIND}")
    text = reading.doc.text
    for match in reading.doc.finditer(pattern):
        if not _kind_of(main, match.group("kind")):
            continue
        named = [m for m in reading.between(match.start(), match.end()) if m.name.iri != main.iri]
        if named:  # "our first Well-being Plan", a plan the names read with its ordinal
            return _side(named[0])
        said = _said_after(text, match.end(), min(len(text), match.end() + 60))
        year = said.year if said else None
        end = said.end if said else match.end()
        return Side(_predecessor_name(main, kind, None, year), match.start(), end, described=True)
    return None


def unnamed_when_named(reading: Reading) -> None:
    """A plan the text gives a named earlier edition ("Our SEND Strategy expired in December 2020") and also calls
    updated or refreshed: the earlier edition those words describe is that named plan, not another one. The
    described predecessor, its facts and its edges are taken back (the named one stays)."""
    doc = reading.doc
    lineage = [f for f in doc.facts if f.predicate.value in _LINEAGE]
    unnamed = {f.subject for f in doc.facts if f.rule == PREDECESSOR_RULE}
    plans = {m[0].name.iri: m[0].name for m in reading.by_key.values()}
    editions_named = set()
    for fact in lineage:
        newer, older = plans.get(fact.subject), plans.get(fact.object) if isinstance(fact.object, NamedNode) else None
        if newer is not None and older is not None and fact.object not in unnamed and _same_series(newer, older):
            editions_named.add(fact.subject)
        elif newer is not None and fact.object not in unnamed and fact.predicate.value in _EDITION_WORDS:
            editions_named.add(fact.subject)  # "a refresh of the existing Community Strategy, 'Ashvale 2030'"
    # an earlier version of a plan revised in place is no other edition: a named predecessor leaves it be
    kept = {_predecessor_name(plan, "", None, None, kept=True).iri for plan in plans.values()}
    taken_back = {
        f.object
        for f in lineage
        if isinstance(f.object, NamedNode)
        and f.object in unnamed
        and f.object not in kept
        and f.subject in editions_named
        and f.predicate.value in _EDITION_WORDS
    }
    if taken_back:
        doc.forget(taken_back)


_EDITION_WORDS = frozenset(SL(name).value for name in ("isRevisionOf", "isRefreshOf"))

# How specific a lineage relation is, most first: a refresh is a revision, a revision a supersession; a replacement
# says more of what happened than that one plan followed another.
_SPECIFIC_FIRST = tuple(SL(name).value for name in ("isRefreshOf", "isRevisionOf", "supersedes", "isSuccessorOf"))


def one_edge_per_pair(reading: Reading) -> None:
    """Two cues that relate the same two plans ("X is coming to the end of its life" and "Y replaces X") make one
    edge: the relation stated rather than inferred, then the more specific one, then the first stated; each other
    cue's quote stays as evidence of that edge."""
    doc = reading.doc
    pairs: dict[tuple[NamedNode, Object], list[Fact]] = {}
    for fact in doc.facts:
        if fact.predicate.value in _SPECIFIC_FIRST:
            pairs.setdefault((fact.subject, fact.object), []).append(fact)
    restated: dict[int, Fact] = {}
    for facts in pairs.values():
        if len({f.predicate for f in facts}) < 2:
            continue
        best = min(facts, key=lambda f: (f.derivation != "stated", _SPECIFIC_FIRST.index(f.predicate.value)))
        for fact in facts:
            if fact.predicate != best.predicate:
                restated[id(fact)] = replace(fact, predicate=best.predicate)
    if restated:
        doc.restate([restated.get(id(f), f) for f in doc.facts])


NUMBERED_REACH = 600  # two numbered plans named this close are quoted together


def numbered_editions(reading: Reading) -> None:
    """ "The first Local Transport Plan ('LTP1') ... LTP2 covered 2006 to 2011": plans numbered one after the other
    in one series follow each other, N+1 after N (inferred, by their numbers), unless a cue already related them."""
    doc = reading.doc
    numbered: dict[int, list[Mention]] = {}
    for mentions in reading.by_key.values():
        number = _edition_number(mentions[0].name)
        if number is not None:
            numbered.setdefault(number, []).append(mentions[0])
    relation = RELATIONS["ordinal"]
    document_modality = _document_modality(doc)
    sentences = reading.shared(Sentences.of)
    lines = line_breaks(doc)
    for number, olders in sorted(numbered.items()):
        for older, newer in itertools.product(olders, numbered.get(number + 1, [])):
            if not _one_numbered_series(older.name, newer.name) or _related(doc, newer.name.iri, older.name.iri):
                continue
            if _reversed(newer.name, older.name):
                continue
            if not _numbers_related(reading, older, newer, lines):
                continue  # two link lines ("LTP3 supporting documents", "LTP4 (PDF)"): numbers alone state nothing
            first, last = sorted((older, newer), key=lambda m: m.start)
            near = last.start - first.end < NUMBERED_REACH
            quote = (first.start, last.end) if near else (newer.start, newer.end)
            sentence = sentences.around(*quote)
            doc.state(
                newer.name.iri,
                SL(relation.predicate),
                older.name.iri,
                relation.rule,
                _whole_sentence(doc.text, quote, sentence),
                derivation="inferred",
                reason=f"the text names the plans numbered {number} and {number + 1} of one series",
                modality=_modality(
                    reading, relation, _side(newer), doc.text[sentence[0] : sentence[1]], document_modality
                ),
            )


def _numbers_related(reading: Reading, older: Mention, newer: Mention, lines: list[int]) -> bool:
    """Whether the text relates two numbered plans rather than only listing them: some mention of each close
    to one another, not each on a line the plan opens (a page's list of documents, one link a line).
    ``lines``: where the cleaned text has a line break."""
    for one in reading.by_key[older.name.key][:20]:
        for other in reading.by_key[newer.name.key][:20]:
            first, last = sorted((one, other), key=lambda m: m.start)
            if first.end > last.start or last.start - first.end > NUMBERED_REACH:
                continue
            if not (_opens_its_line(reading, lines, first) and _opens_its_line(reading, lines, last)):
                return True
    return False


# What may stand between a line's start and a name that opens the line: bullets, numbers, spaces.
_LINE_OPENING = re.compile(r"[\s•*·\-–>]*(?:\d{1,2}[.)]\s*)?")


def _opens_its_line(reading: Reading, lines: list[int], mention: Mention) -> bool:
    """Whether the plan of ``mention`` is named first on the line it is on ("Local Transport Plan 3 (LTP3)
    supporting documents"); ``lines``: where the cleaned text has a line break."""
    index = bisect.bisect_left(lines, mention.start) - 1
    line_start = lines[index] + 1 if index >= 0 else 0
    opening = _LINE_OPENING.match(reading.doc.text, line_start, mention.start + 1)
    at = opening.end() if opening else line_start
    first = reading.between(at, at + 1)
    if first:
        return first[0].name.key == mention.name.key
    # "Local Transport Plan 3 (LTP3) consultation summary": the plan's name opens the line, though only its acronym
    # was read as a mention
    wanted = name_words(mention.name.title or mention.name.key)
    written = name_words(reading.doc.text[at : at + 2 * len(mention.name.title or mention.name.key)])
    return bool(wanted) and written[: len(wanted)] == wanted


def _edition_number(plan: StrategyName) -> int | None:
    """The number of a numbered plan ("Local Transport Plan 3", "For Highland's Children 4 (2020-2023)"); not of
    a part ("Local Plan Part 2", the ``part`` words of ``name-stops.csv``)."""
    words = name_words(plan.title or plan.base or plan.key)
    numbered = [i for i, w in enumerate(words) if w.isdigit() and len(w) <= 2]
    if len(numbered) != 1 or (numbered[0] and words[numbered[0] - 1] in lexicon.name_stops("part")):
        return None
    return int(words[numbered[0]])


# "a draft new LOIP was prepared", "a new Housing Strategy is being written": the next edition of a plan, in the making.
_A_NEW_BEFORE = re.compile(r"\b(?:a|an)\s+(?:draft\s+)?new\s+(?:draft\s+)?$", re.IGNORECASE)
_BEING_MADE = re.compile(
    r"\s+(?:was|were|is|are|has\s+been|had\s+been|have\s+been)\s+(?:now\s+|then\s+|being\s+|also\s+)?"
    r"(?:prepared|drafted|written|developed|produced|put\s+together)\b",
    re.IGNORECASE,
)
_YEAR_IN = re.compile(r"\b(?:19|20)\d\d\b")


def new_editions_in_making(reading: Reading) -> None:
    """ "The LOIP 2013-2023 set ten-year outcomes. During 2023 a draft new LOIP was prepared": an undated mention of a
    dated plan, called a new one and said to be in the making, is that plan's next edition, not yet named (a
    successor node, proposed, or a draft when the text says so). Only when the sentence dates the making to the last
    year of the dated plan or later (else "a new X was developed" may well be the dated plan itself), and no relation
    already gives the plan a successor."""
    doc, text = reading.doc, reading.doc.text
    sentences = reading.shared(Sentences.of)
    for mention in reading.mentions:
        older = mention.name
        opening = _A_NEW_BEFORE.search(text, max(0, mention.start - 25), mention.start)
        if opening is None or not older.period or not older.period[1] or not _BEING_MADE.match(text, mention.end):
            continue
        if _PHRASE_YEAR.search(text, mention.start, mention.end) or any(
            f.object == older.iri and f.predicate.value in _LINEAGE for f in doc.facts
        ):
            continue  # named with its own period (a plan of its own), or its successor already told
        sentence = sentences.around(mention.start, mention.end)
        named = reading.between(sentence[0], sentence[1])
        years = [
            int(y.group(0))
            for y in _YEAR_IN.finditer(text, sentence[0], sentence[1])
            if not any(m.start <= y.start() < m.end for m in named)  # a year of the text, not of a plan's name
        ]
        if not any(y >= int(older.period[1].lexical[:4]) - 1 for y in years):
            continue
        new = _successor_side(reading, _side(mention), opening.start(), mention.end, None)
        _state_successor(reading, older, new)
        relation = RELATIONS["in-making"]
        doc.state(
            new.name.iri,
            SL(relation.predicate),
            older.iri,
            relation.rule,
            _whole_sentence(text, (opening.start(), mention.end), sentence),
            derivation="inferred",
            reason=f"the text calls a new {doc.text[mention.start : mention.end]} in the making after the dated one",
            modality="DraftForConsultation" if "draft" in opening.group(0).lower() else "Proposed",
        )


NEXT_RULE = RELATIONS["next"].rule
# "about to start work on the second Local Development Plan for X", "the development of the next corporate plan":
# a later edition described by its order, in the making.
_NEXT_EDITION = re.compile(
    r"\b(?:begin|began|begun|start|started|starting|prepar\w*|develop\w*|drafting|writ\w+|produc\w+|work\s+on"
    r"|work\s+(?:has\s+)?(?:begun|started)\s+on|(?:is|are)\s+under\s?way\s+on)\s+(?:\w+\s+){0,2}?(?:the|a|our)\s+(?P<which>next|second|third|fourth|fifth)\s+"
    r"(?P<kind>(?:[\w'’-]+\s+){0,4}?(?:plan|strategy|framework|(?-i:[A-Z]{2,6})))\b",
    re.IGNORECASE,
)
# "2024 and beyond", "for 2025-2030": the years that may follow the described edition.
_NEXT_PERIOD = re.compile(r"\s*(?:for\s+(?:the\s+(?:period|years)\s+)?)?(?P<from>(?:19|20)\d\d)(?:\s+and\s+beyond)?\b")


def next_editions_proposed(reading: Reading) -> None:
    """ "The Council is about to start work on the second Local Development Plan for Tregaron", "the development of the
    next corporate plan 2024 and beyond": a later edition of a dated plan the text names, described by its order and
    said to be in the making, follows it (a successor node, proposed). The plan it follows is the latest dated edition
    whose name the description fits ("Local Development Plan", "LDP"); none, or a successor already told: nothing."""
    doc, text = reading.doc, reading.doc.text
    sentences = reading.shared(Sentences.of)
    for found in doc.finditer(_NEXT_EDITION):
        kind = found.group("kind")
        if _edition_before_named(reading, found.group("which"), kind):
            continue  # "our first Well-being Plan ... developing our second Well-being Plan": the pair says it
        older = _latest_described(reading, kind, found.start())
        if older is None or any(f.object == older.iri and f.predicate.value in _LINEAGE for f in doc.facts):
            continue
        if _itself_in_the_making(reading, older):
            continue  # "the development of our Well-being Plan for 2023-28 ... developing our second Well-being Plan":
            # the dated plan is the one being made, the edition described, not the one before it
        sentence = sentences.around(found.start(), found.end())
        dated = _NEXT_PERIOD.match(text, found.end(), min(len(text), found.end() + 40))
        period = None
        if dated is not None and int(dated.group("from")) >= _start_year(older):
            period = Period(int(dated.group("from")), None, dated.group(0).strip())
        described = text.rfind(" ", found.start(), found.start("which") - 1) + 1  # "the" before "next"
        new = _successor_side(
            reading, Side(older, 0, 0), described, dated.end() if dated and period else found.end(), period
        )
        _state_successor(reading, older, new)
        relation = RELATIONS["next"]
        doc.state(
            new.name.iri,
            SL(relation.predicate),
            older.iri,
            NEXT_RULE,
            _whole_sentence(text, (found.start(), found.end()), sentence),
            derivation="inferred",
            reason=f"the text speaks of the {found.group('which')} {kind} as still to be made",
            modality="Proposed",
        )
        return


def _edition_before_named(reading: Reading, which: str, kind: str) -> bool:
    """Whether the text names, by its ordinal, the edition just before the one ``which`` ("second") describes: then
    the latest dated plan of the kind may be that second edition itself, never the one it follows."""
    if which.lower() not in _ORDINALS[1:]:
        return False
    wanted = (_ORDINALS.index(which.lower()) - 1, " ".join(kind.lower().split()))
    return any((named.index, named.kind) == wanted for named in _ordinals_named(reading))


# "the development of our", "preparing the", "this draft": words saying the plan named next is still being made.
_IN_MAKING_BEFORE = re.compile(
    r"\b(?:develop(?:ing|ment\s+of)|prepar(?:ing|ation\s+of)|drafting|draft)\s+(?:(?:the|our|a|this|its)\s+)?"
    r"(?:new\s+)?(?:draft\s+)?$",
    re.IGNORECASE,
)


def _itself_in_the_making(reading: Reading, plan: StrategyName) -> bool:
    """Whether the text says this dated plan itself is being developed or drafted somewhere."""
    text = reading.doc.text
    return any(
        _IN_MAKING_BEFORE.search(text, max(0, mention.start - 40), mention.start) is not None
        for mention in reading.by_key.get(plan.key, [])
    )


def _latest_described(reading: Reading, kind: str, position: int) -> StrategyName | None:
    """The latest dated plan named before ``position`` whose name the words ``kind`` describe."""
    fitting = [
        m.name
        for m in reading.mentions
        if m.start < position and m.name.period and _start_year(m.name) and _describes(kind, m.name)
    ]
    return max(fitting, key=_start_year) if fitting else None


# A plan the text says is in force now, with the year it ends: "the current Housing Strategy 2015-2020".
_CURRENT_BEFORE = re.compile(r"\b(?:current|existing|present)\s+$", re.IGNORECASE)
# "the new Council Strategy covering the period 2017 to 2020", "our new draft Housing Plan 2020-2025".
_THE_NEW_BEFORE = re.compile(r"\b(?:the|our|a|this)\s+(?:proposed\s+)?new\s+(?:draft\s+)?$", re.IGNORECASE)
NEW_AFTER_REACH = 1500  # characters after the current plan within which the new one is read


def new_plans_after_current(reading: Reading) -> None:
    """ "Our current Housing Strategy 2015-2020 ... the new Homes Strategy 2020-2025 was adopted": a plan the text
    calls current, then one it calls new of the same kind whose period starts where the current one ends: the new
    succeeds the current (inferred), though the names differ. The series rule hands over its current plan too."""
    text = reading.doc.text
    for mention in reading.mentions:
        if _bare_head(reading, mention.name) or not _CURRENT_BEFORE.search(
            text, max(0, mention.start - 12), mention.start
        ):
            continue  # "the current Plan covers 2013 to 2016" names no plan: the series rule reads it
        period, where = mention.name.period, (mention.start, mention.end)
        runs = _RUNS.match(text, mention.end) if not period else None
        found = period_at(text, runs.end()) if runs else None
        if found is not None and not found[0].reversed:  # "our current Borough Plan runs from 2019 to 2023"
            period, where = found[0].validity, (mention.start, found[1].end())
        if period and period[1]:
            _new_after(reading, mention.name, int(period[1].lexical[:4]), where)


_RUNS = re.compile(rf"\s+{_RUNS_FROM}", re.IGNORECASE)  # "our current Borough Plan runs from 2019 to 2023"


def _new_after(reading: Reading, current: StrategyName, end_year: int, where: tuple[int, int]) -> None:
    doc, text = reading.doc, reading.doc.text
    related = {(f.subject.value, f.object.value) for f in doc.facts if f.predicate.value in _LINEAGE}
    for mention in reading.between(where[1], where[1] + NEW_AFTER_REACH):
        newer = mention.name
        called_new = _THE_NEW_BEFORE.search(text, max(0, mention.start - 25), mention.start)
        if not called_new or not _same_kind(reading, current, newer):
            continue
        if not (newer.period and newer.period[0]) or abs(int(newer.period[0].lexical[:4]) - end_year) > 1:
            continue
        if newer.iri == current.iri or (newer.iri.value, current.iri.value) in related:
            return
        _state_new_after(reading, _side(mention), current, where, end_year)
        return
    described = _new_described_by_period(reading, current, end_year, where[1])
    if described is not None and (described.name.iri.value, current.iri.value) not in related:
        _state_new_after(reading, described, current, where, end_year)


def _new_described_by_period(reading: Reading, current: StrategyName, end_year: int, position: int) -> Side | None:
    """ "... The new strategy for 2018 to 2021 was adopted": a new plan described by its period alone, which is the
    period of a plan of the same kind the text names (the plan it presents, written with its years elsewhere)."""
    text = reading.doc.text
    window = min(len(text), position + NEW_AFTER_REACH)
    for found in _NEW_DESCRIBED.finditer(text, position, window):
        if found.group("acronym") or not found.group(0).lower().rstrip().endswith(("for", "covering", "period")):
            continue
        period = period_at(text, found.end())
        if period is None or period[0].reversed or period[0].start is None or abs(period[0].start - end_year) > 1:
            continue
        for mentions in reading.by_key.values():
            plan = mentions[0].name
            if plan.iri != current.iri and _start_year(plan) == period[0].start and _same_kind(reading, current, plan):
                return Side(plan, found.start(), period[1].end())
    return None


def _state_new_after(reading: Reading, new: Side, current: StrategyName, where: tuple[int, int], end_year: int) -> None:
    relation = RELATIONS["new-after-current"]
    reading.doc.state(
        new.name.iri,
        SL(relation.predicate),
        current.iri,
        relation.rule,
        (where[0], new.end),
        derivation="inferred",
        reason=f"the text calls a plan new whose period starts where the current plan's ends ({end_year})",
        modality="DraftForConsultation" if _only_a_draft(reading, new) else None,
    )


def _bare_head(reading: Reading, name: StrategyName) -> bool:
    """A head noun and at most the publisher's place ("Plan 2013-2016" keyed "Marlow Vale Plan 2013-2016")."""
    ignored = set(name_words(reading.doc.place or "")) | set(name_words(name.head or ""))
    return not [w for w in name_words(name.base or name.key) if not w.isdigit() and w not in ignored]


def _same_kind(reading: Reading, one: StrategyName, other: StrategyName) -> bool:
    """Both plans (or both strategies) on one topic: the "Housing Strategy" and the "Housing and Homes
    Strategy", or both overarching: the "Community Strategy" and the "Council Strategy" (words of
    ``corporate`` in name-stops.csv); never the "Housing Strategy" and the "Economic Strategy"."""
    if not (one.head and other.head and one.head == other.head):
        return False
    topics = [_topic_words(reading, name) for name in (one, other)]
    return bool(topics[0] & topics[1]) or not (topics[0] or topics[1])


def _topic_words(reading: Reading, name: StrategyName) -> set[str]:
    ignored = lexicon.name_stops("corporate") | set(name_words(reading.doc.place or "")) | CONNECTORS
    head = set(name_words(name.head or ""))
    return {w for w in name_words(name.base or name.key) if w not in ignored and w not in head and not w.isdigit()}


VERSION_RULE = "version-succession"
VERSION_BEFORE = 1  # sentences before an older version in which its newer one may be named
VERSION_AFTER = 2  # sentences after it
VERSION_REACH = 600  # and never further than this, either way
# Said of a newer version still to be made: "is needed", "will be developed", "work has begun on", "is being prepared".
_TO_COME = re.compile(
    r"\b(?:will|shall|would|is\s+to|are\s+to|to\s+be|is\s+being|are\s+being|needed|required|under\s?way"
    r"|begun|began|begin|start(?:ed|ing)?|prepar(?:e|ing)|develop(?:ing)?)\b",
    re.IGNORECASE,
)


def version_successions(reading: Reading) -> None:
    """ "The current Housing Strategy was published in 2018 and is due for renewal ... a draft Housing Strategy
    2025-2030", "the existing Parks Plan dates from 2012 ... the new Parks Plan", "the current Economic Strategy ...
    the next Economic Strategy": an earlier or in-force version of a plan the text describes, and a newer version
    of the same plan (named, or described as next) near it, in a replacing relation: the older is said to have
    ended or to be ending, or is dated while the newer is called new, or the newer is the next by its very word.
    The newer succeeds the older (inferred), never from the two merely named together; a pair or a plan a rule
    already related is left alone."""
    doc, text = reading.doc, reading.doc.text
    lineage = [f for f in doc.facts if f.predicate.value in _LINEAGE]
    succeeded = {f.subject for f in lineage}
    quoted = bytearray(len(doc.original) + 1)  # characters of the file a lineage fact already quotes
    for fact in lineage:
        if fact.span is not None:
            quoted[fact.span.start : fact.span.end] = b"\x01" * (fact.span.end - fact.span.start)
    origin = doc.clean.origin
    found = list(plan_versions.described(doc))
    sentences = reading.shared(Sentences.of)
    for old in found:
        if old.stance not in plan_versions.OLDER_STANCES or quoted[origin[old.start]]:
            continue
        said = _version_said(text, old)
        pair = _newer_version(reading, old, said, found, sentences)
        if pair is None or pair[0].name.iri in succeeded:
            continue
        new, newer_version = pair
        older = _older_version_side(reading, old, said, new)
        if older is None or older.name.iri == new.name.iri or _reversed(new.name, older.name):
            continue
        _state_version_succession(reading, new, older, newer_version)
        succeeded.add(new.name.iri)


def _version_said(text: str, old: plan_versions.Version) -> Said | None:
    """What the text says of a described version right after it (past a period written there)."""
    dated = period_at(text, old.end)
    after = dated[1].end() + (text[dated[1].end() : dated[1].end() + 1] == ")") if dated else old.end
    return _said_after(text, after, min(len(text), after + SAID_OF_REACH))


def _version_window(sentences: Sentences, old: plan_versions.Version) -> tuple[int, int]:
    start, end = sentences.around(old.start, old.end)
    for _ in range(VERSION_BEFORE):
        start = sentences.around(max(0, start - 2), max(0, start - 1))[0] if start else 0
    for _ in range(VERSION_AFTER):
        end = sentences.around(end, end + 1)[1] if end < sentences.length else end
    return max(start, old.start - VERSION_REACH), min(end, old.end + VERSION_REACH)


def _newer_version(
    reading: Reading,
    old: plan_versions.Version,
    said: Said | None,
    found: list[plan_versions.Version],
    sentences: Sentences,
) -> tuple[Side, plan_versions.Version | None] | None:
    """The newer version of ``old``'s plan near it, when the text puts the two in a replacing relation: (its side,
    the description that calls it newer, if one does)."""
    window = _version_window(sentences, old)
    for newer in found:
        if not window[0] <= newer.start < window[1] or newer.stance not in plan_versions.NEWER_STANCES:
            continue
        ended = said is not None and said.kind in plan_versions.ENDED_SAID
        if newer.stance != plan_versions.NEXT and not ended and said is None:
            continue  # "the current strategy ... a new strategy": named together, nothing said of their order
        mention = reading.overlapping(newer.kind_start, newer.end)
        if mention is not None and mention.start >= newer.kind_start and _versions_of_one(reading, old, mention.name):
            if said is None or not _said_after_start(said, mention.name):
                return _side(mention), newer
        elif mention is None and newer.stance == plan_versions.NEXT:
            # "the next Economic Strategy", named nowhere: the successor of the plan the older description names
            named = _written_in(reading, old)
            if named is not None and _describes(newer.kind, named.name) and not _succeeded(reading, named.name):
                return _successor_side(reading, _side(named), newer.start, newer.end, None), newer
    return None


def _written_in(reading: Reading, version: plan_versions.Version) -> Mention | None:
    """The plan a description writes out ("the current Housing Strategy 2019-2024", "the existing LTP3", "the current
    Economic Strategy" where no dated one is named): not one that co-reference only guessed from a bare name (in "the
    previous climate strategy", the dated Climate Strategy the text presents is not the plan described)."""
    named = reading.overlapping(version.kind_start, version.end)
    if named is None:
        return None
    written = reading.doc.text[named.start : named.end]
    dated = named.name.period or _edition_number(named.name)
    return named if not dated or A_YEAR.search(written) or re.search(r"\d", written) else None


def _succeeded(reading: Reading, plan: StrategyName) -> bool:
    """Whether a lineage fact already gives ``plan`` a successor."""
    return any(f.object == plan.iri and f.predicate.value in _LINEAGE for f in reading.doc.facts)


def _versions_of_one(reading: Reading, old: plan_versions.Version, plan: StrategyName) -> bool:
    """Whether a described version (its words, its plan's name when it gives one) is a version of ``plan``."""
    named = _written_in(reading, old)
    if named is not None and named.name.iri != plan.iri:
        return _editions_of_one(named.name, plan)
    return _describes(old.kind, plan) and lexicon.head_pattern().search(old.kind) is not None


def _older_version_side(reading: Reading, old: plan_versions.Version, said: Said | None, new: Side) -> Side | None:
    """The older version's node: the plan its description names with a period or number ("the current Housing
    Strategy 2019-2024"), else a predecessor node of the newer plan, with what the text says of it."""
    named = _written_in(reading, old)
    if (
        named is not None
        and named.name.iri != new.name.iri
        and (new.described or named.name.period or _edition_number(named.name))
    ):
        return Side(named.name, old.start, max(old.end, named.end), identified=True)
    if new.described:
        return None  # two versions both described: no plan to key either by
    dated = period_at(reading.doc.text, old.end)
    period = dated[0] if dated and not dated[0].reversed else None
    year = said.year if said else None
    period = period or (said.period if said else None)
    end = said.end if said else (dated[1].end() if dated else old.end)
    name = _predecessor_name(new.name, reading.doc.text[old.start : old.end], period, year)
    return Side(name, old.start, end, described=True)


def _state_version_succession(
    reading: Reading, new: Side, old: Side, newer_version: plan_versions.Version | None
) -> None:
    doc, text = reading.doc, reading.doc.text
    if old.described:
        _state_predecessor(reading, new.name, old)
    if new.described:
        _state_successor(reading, old.name, new)
    begin, finish = min(new.start, old.start), max(new.end, old.end)
    sentence = reading.shared(Sentences.of).around(begin, finish)
    quote = _whole_sentence(text, (begin, finish), sentence)
    relation = Relation("isSuccessorOf", VERSION_RULE, "follows the version the text describes")
    modality = _modality(reading, relation, new, text[sentence[0] : sentence[1]], _document_modality(doc))
    if modality is None and newer_version is not None:
        if newer_version.word == "draft":
            modality = "DraftForConsultation"
        elif newer_version.stance == plan_versions.NEXT or (
            not new.name.period and _TO_COME.search(text, new.start, min(len(text), sentence[1]))
        ):
            modality = "Proposed"  # "the next X", "a new X is needed": still to be made
    doc.state(
        new.name.iri,
        SL(relation.predicate),
        old.name.iri,
        VERSION_RULE,
        quote,
        derivation="inferred",
        reason=f"the text describes an earlier version ('{text[old.start : old.end]}') and calls this one "
        f"{newer_version.word if newer_version else 'newer'}",
        modality=modality,
    )


RULES = [
    stated_relations,
    series,
    editions,
    previous_editions_listed,
    consecutive_editions,
    predecessors_said_of,
    annual_refreshes,
    editions_named_by_noun,
    ordinal_editions,
    numbered_editions,
    new_editions_in_making,
    new_plans_after_current,
    next_editions_proposed,
    version_successions,
    unnamed_when_named,
    editions_called_revisions,
    one_edge_per_pair,  # last: after every rule that relates two plans
]


registry.register_rules(
    __name__,
    registry.Rule(
        "supersession-replace",
        "the replace family of the cue lexicon (active, passive, relative, nominal): one plan replacing another",
        "The Greenvale Play Strategy 2022-2026, which replaces the "
        "Play Strategy 2018-2022, was adopted; the old plan was replaced by the new one.",
    ),
    registry.Rule(
        "supersession-supersede",
        "the supersede family of the cue lexicon",
        "the Corporate Plan 2024-29, superseding the Corporate Plan 2019-24",
    ),
    registry.Rule(
        "revision-updated",
        "the update and revise family: an earlier plan updated or revised into a "
        'later one ("has been updated", "comprehensively revised the previous strategy", "the '
        'updated X 2024-29" beside the earlier X; on X\'s own text "X has been comprehensively updated", "an '
        'updated X", "X is being revised", of an unnamed earlier edition; a body agreeing or approving "the '
        'updated X 2024-29", never a draft amended after consultation, of an unnamed earlier edition)',
        "The Housing Strategy 2015-2018 has been updated.",
    ),
    registry.Rule(
        "revision-refresh",
        "the refresh family: a refreshed version, a Refresh of, the refreshed X",
        "a refreshed version of the Greenvale Wellbeing Plan 2019-2022",
    ),
    registry.Rule(
        "succession-stated",
        "the succeed family: succeeds, follows on from, successor to, incorporates, moves us on from, will follow, "
        'came after, "was succeeded in 2013 by", "its successor, the Y", "X\'s successor will be Y"; a plan renamed '
        '("X has been renamed Y", "No longer called X, it is now Y")',
        "The Corporate Plan 2025-2030 follows on from the Corporate Plan 2020-2025.",
    ),
    registry.Rule(
        "succession-builds-on",
        "a plan building on an earlier plan (never on guidance, reports or inspections)",
        "The strategy builds on the previous strategy, which was published in 2019.",
    ),
    registry.Rule(
        "previous-edition",
        '"our previous X (period)" in a text presenting the next edition of X (inferred)',
        "Read our previous Play Plan (2018-21) here.",
    ),
    registry.Rule(
        "unnamed-predecessor",
        'an older plan described but not named ("the previous strategy which '
        'was published in 2017", "the original 2015-2018 document", "the corporate plan that ended in 2016"): a '
        "node keyed by its successor, with the year, period or end the text gives (predecessor-said.csv), never a "
        "name it does not give (inferred)",
        "builds on the previous strategy which was published in 2017",
    ),
    registry.Rule(
        SUCCESSOR_RULE,
        'a newer plan described but not named ("a new strategy for 2019-2023", "a refreshed Climate '
        'Change Strategy" beside the dated one, "a new, single Local Plan to replace X", "a refresh of X is under '
        'way"): a node keyed by the plan it follows, with the period the text gives (inferred; proposed unless the '
        "text says more)",
        "The Board agreed to refresh the Play Strategy, with a new strategy for 2025-2028 to follow.",
    ),
    registry.Rule(
        "succession-after-expiry",
        'a plan said to have ended ("expired in December 2020", "is now out of date", "has run its course") in '
        "a text presenting a later edition of it: the later one follows it; a plan extended, then the new plan named "
        'next from the year the extension ends ("was extended to 2023 ... The new Community Plan 2023-2033"); a '
        'plan in its final year ("2024/25 was the final year of the plan adopted in 2020") and the new one '
        "(inferred)",
        "The Play Strategy 2019-2022 expired in March; this report presents the Play Strategy 2023-2026.",
    ),
    registry.Rule(
        CONSECUTIVE_RULE,
        "the plan a text presents and an earlier edition of it the text names, ending where it begins: the "
        "later succeeds the earlier (inferred), unless a cue already related them",
        "The Play Strategy 2019-2024 met its targets; the Play Strategy 2024-2029 sets new ones.",
    ),
    registry.Rule(
        NEW_EDITION_RULE,
        'an edition of a plan the text calls new ("we launched a new Skills Strategy 2021") and an earlier dated '
        "edition of it the text names, with or without a body's name or acronym before it (\"SRC Skills Strategy "
        '2015/30"): the new succeeds the earlier (inferred), unless a cue already related them',
        "Our SRC Skills Strategy 2015/30 was launched in 2016. In 2021 we launched a new Skills Strategy 2021.",
    ),
    registry.Rule(
        SAID_OF_RULE,
        'an earlier plan described and said of in a sentence of its own ("The existing Strategy was published in '
        'July 2008", "the previous strategy ran from 2015 to 2020", "is now out of date"; "The previous plan, '
        "'Open Hills for All', was launched in 2011\", named by its quoted slogan) in a text presenting a new plan "
        "of the same kind: the presented plan succeeds it (inferred)",
        "The Council's proposed new Play Strategy was approved. The existing Strategy was published in 2016.",
    ),
    registry.Rule(
        LISTED_RULE,
        'a heading over a list of past plans ("Previous strategies", "Past plans:", "Archived versions") on the page '
        "of a dated plan: the latest earlier edition of that plan in the list is its predecessor (inferred)",
        "Previous strategies: Play Strategy 2014-2018, Parks Strategy 2015-2020 (on the Play Strategy 2019-2024 page)",
    ),
    registry.Rule(
        ORDINAL_RULE,
        'a text that calls the plan it presents its second (third, ...) plan of that kind ("This is now the second '
        'well-being plan", "the third such strategy", "The second iteration of our Place Plan", "the fourth edition '
        'of the Town Plan"): the plan succeeds the edition before it, which the text does not name (inferred)',
        "This is the council's third Carers Strategy (in a text presenting the Carers Strategy 2025-2030)",
    ),
    registry.Rule(
        RELATIONS["partial"].rule,
        'one plan replaced by two or more ("will be replaced by two plans, X and Y", "was replaced by X and Y"): '
        "each replaces part of it (partially supersedes)",
        "The Greenvale Structure Plan 2006-2026 will be replaced by two plans, the North Plan and the South Plan.",
    ),
    registry.Rule(
        RELATIONS["in-part"].rule,
        'a plan listed as replaced "in part" ("supersedes the A Local Plan, the B Local Plan (in part) and the C '
        'Local Plan"): the newer plan partially supersedes it',
        "The Greenvale Local Plan 2024-2040 replaces the Town Plan 2010 (in part) and the Rural Plan 2012.",
    ),
    registry.Rule(
        RELATIONS["in-making"].rule,
        'an undated mention of a dated plan called a new one and said to be in the making ("a draft new LOIP was '
        "prepared\") in a sentence dated to that plan's last year or later: its next edition, unnamed (inferred; "
        "proposed, or a draft)",
        "The Play Plan 2015-2025 set our aims. In 2025 a new Play Plan was drafted with children.",
    ),
    registry.Rule(
        RELATIONS["new-after-current"].rule,
        'a plan the text calls current, with the year it ends ("the current Strategy runs from 2014 to 2017", '
        '"our current Housing Plan 2015-2020"), then one it calls new of the same kind starting that year or '
        "the next: the new succeeds the current, though their names differ (inferred)",
        "The current Plan runs from 2016 to 2019. The new Borough Plan covering 2019 to 2022 was adopted in March.",
    ),
    registry.Rule(
        NEXT_RULE,
        'a later edition of a dated plan the text names, described by its order and said to be in the making ("about '
        'to start work on the second Local Development Plan for X", "the development of the next corporate plan 2024 '
        'and beyond"): it follows that plan, unnamed (inferred; proposed)',
        "The Play Plan 2020-2025 ends next year, and officers have begun work on the next play plan.",
    ),
    registry.Rule(
        VERSION_RULE,
        'an earlier or in-force version of a plan the text describes ("the current Housing Strategy", "the existing '
        'Plan", "the last Corporate Plan", version-words.csv) and a newer version of the same plan called new, draft '
        'or next near it, in a replacing relation: the older is said to have ended or to be ending ("expires in '
        'March 2024", "is due for renewal"), or is dated while the newer is called new, or the newer is the next by '
        "its very word: the newer follows the older, a predecessor node when the description names no dated plan "
        "(inferred; proposed while the newer is still to be made)",
        "The current Parks Strategy was adopted in 2012 and is out of date. A draft Parks Strategy is out for comment.",
    ),
    registry.Rule(
        "extension-stated",
        "a plan extended rather than replaced: the year it now runs to",
        "The Carers Strategy 2019-2022 has been extended until 2024.",
    ),
    registry.Rule(
        SERIES_RULE,
        "a whole series in one paragraph: a first version (or a plan named without its years and dated by its "
        "approval) and its dated updates, each a revision of the one before, then the current plan or a later "
        'edition named with its years after them, or a version still being made ("a full review is now under '
        'way", proposed) (inferred)',
        "The first Greenvale Plan was agreed in 2008, with updates in 2011 and 2014. The current Plan "
        "runs from 2017 to 2020.",
    ),
)
