"""A grammar of plan names: a capitalised phrase ending in a head noun, then a tail and a period.

"Housing Strategy 2013-2016", "the Council's Corporate Plan 2015-20", "Kent's Strategy for
Children and Young People 2015-2020", "SEND Strategy", "Integrated Children's Services Plan
(2017-20)", "Bold Steps for Kent - The Medium Term Plan to 2014". Head nouns, words that end
a name and things that look like plans but are not (guidance, Acts, assessments, reports,
other bodies' plans) are data (``data/reference``), read through :mod:`loaders.lexicon`.

The scan is linear: every head noun is found by one regex pass, then a bounded number of
words is read either side of it, so no pattern backtracks over the whole text.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import NamedTuple

from loaders import lexicon
from loaders.periods import PLAN_PERIOD, Period, period_at, period_of, short_period_at
from loaders.text import finditer

# One word of a name: "Children's", "Well-being", "0-25", "SEND", "&".
WORD = re.compile(r"[A-Za-z0-9][\w'&-]*|&|\([A-Z][A-Za-z]{1,8}\)")
CONNECTORS = frozenset({"and", "of", "for", "the", "&", "to", "in", "on", "with", "a"})
# Connectors that may join two capitalised words inside a name (not "the": "the" starts one).
JOINERS = frozenset({"and", "of", "for", "&", "to", "in", "on", "with"})
MAX_WORDS = 10  # words before the head noun
MAX_TAIL = 12  # words of a "for ..."/"of ..." tail
_BETWEEN = re.compile(r"[ ]?")  # cleaned text has single spaces only


@dataclass(frozen=True)
class PlanName:
    """One plan name as written: where it is, its words, and what the lexicon says of it."""

    start: int
    end: int
    name: str  # modifiers + head + tail, as written (no period)
    head: lexicon.Head
    period: Period | None
    slogan: str | None = None
    edition: str | None = None  # "2017-18 Refresh" in "Strategic Plan 2015-2020 (2017-18 Refresh)"
    # Named in lower case with neither a period nor a heading ("the housing strategy"): a plan only when
    # it is a plan the text names otherwise, or a relation involves it.
    in_passing: bool = False
    welsh: bool = False  # a Welsh name ("Cynllun y Cyngor"): never completed with an English place
    # A numbered acronym defined after the name ("Local Transport Plan ('LTP1')"): the acronym's letters and
    # the series' name ("LTP", "Local Transport Plan"), so that "LTP2" elsewhere is the series' next plan.
    series: tuple[str, str] | None = None
    # A heading of one topic word and a head, alone ("Transport Strategy"): a kind of plan, or the page's plan.
    bare_heading: bool = False
    # "its fourth Community Plan": the ordinal before a name the text gives no other edition of; the name (without
    # it) is the plan the text titles, if it titles one of that name, else the ordinal tells this plan apart.
    ordinal: str | None = None
    # The name with the slogan after its dash, as written ("Litter Strategy - A Cleaner Coast"): another name of it.
    written: str | None = None


def _capitalised(word: str) -> bool:
    return word[0].isupper() or word[0] == "(" or bool(re.fullmatch(r"\d{1,2}-\d{1,2}", word))


def _words_before(text: str, end: int, limit: int) -> list[_Word]:
    """Up to ``limit`` words ending at ``end`` joined by single spaces only, nearest last."""
    window = text[max(0, end - 16 * limit) : end]
    offset = max(0, end - 16 * limit)
    found = list(WORD.finditer(window))
    joined: list[re.Match[str]] = []
    boundary = len(window)
    for match in reversed(found):
        if window[match.end() : boundary] not in ("", " "):
            break
        joined.append(match)
        boundary = match.start()
        if len(joined) >= limit:
            break
    joined.reverse()
    return [_shift(m, offset) for m in joined]


class _Word(NamedTuple):  # a tuple: made 30,000 times a megabyte
    text: str
    start: int
    end: int


def _shift(match: re.Match[str], offset: int) -> _Word:
    return _Word(match.group(0), match.start() + offset, match.end() + offset)


def _modifiers(text: str, head_start: int) -> list[_Word]:
    """The capitalised words (and joiners between them) just before a head noun."""
    words = _words_before(text, head_start, MAX_WORDS)
    stops = lexicon.name_stops("inside")
    kept: list[_Word] = []
    ends = lexicon.name_stops("coordinated")
    for index in range(len(words) - 1, -1, -1):
        word = words[index]
        lowered = word.text.lower()
        if word.text in _TITLE_CASE_PREPOSITIONS:
            break  # "Share Your Views On Eastmoor's Active Travel Plan": a title-case heading's words before the name
        if (
            not kept
            and lowered in ("and", "&")
            and index >= 2
            and words[index - 1].text in _REVIEW_AND
            and _a_topic_noun(words[index - 2].text)
        ):
            kept.append(word)  # "Homelessness Review and Strategy": one document, its review and its strategy
            continue
        if lowered in JOINERS and kept:
            if (
                lowered in ("and", "&")
                and index
                and words[index - 1].text.lower() in ends
                and not _its_action_plan(kept)
            ):
                break  # "Strategic Assessment and Sustainable Community Strategy": two things, not one name
            if lowered in _ABOUT_JOINERS and index and words[index - 1].text.lower() in lexicon.name_stops("about"):
                # "Review of Homelessness Strategy", "Progress Report for Carers Strategy", "Relationship to
                # Cycling Plan", "the drafting of Local Transport Plan 5": words about the plan, not its name's
                break
            kept.append(word)
            continue
        if word.text == "Our" and kept and index and words[index - 1].text.lower() in _POINTING:
            kept.append(word)  # "the Our Manchester Strategy": a name that opens with "Our"
            break
        if (
            kept
            and kept[-1].text.lower() not in JOINERS
            and _lower_topic_word(word, words[index - 1] if index else None)
        ):
            kept.append(word)  # "the hate Crime Strategy": a topic word in lower case after "the"
            break
        if word.text == "New" and kept and index and _a_place_word(words[index - 1], stops):
            kept.append(word)  # "the Ashvale New Local Plan": a plan called new by its place's council, by name
            continue
        if not _capitalised(word.text) or lowered in stops or lowered in CONNECTORS:
            break
        if _REFERENCE_CODE.fullmatch(word.text) or "_" in word.text:
            break  # "FP2080 Tree & Woodland Strategy", "Appendix A_Current ...": a reference or a file's name
        if lowered in lexicon.name_stops("headline"):
            break  # "Cabinet Approves Housing Strategy 2024-2029": a headline's verb ends the name
        if word.text.endswith("'") and _OPEN_QUOTE.search(text, max(0, word.start - 120), word.start):
            break  # "'Everyone Counts' Eastmoor's Youth Plan": the quote closes before the name
        if kept and word.text == kept[-1].text:
            break  # "Corporate Corporate Council Plan": a word doubled by a PDF's columns is written once
        kept.append(word)
    while kept and (kept[-1].text.lower() in JOINERS or kept[-1].text.startswith("(")):
        kept.pop()  # a name never starts with "and" or a bracketed acronym
    kept.reverse()
    return _without_repeated_opening(_without_navigation(_with_listed_topics(text, kept)))


# A committee system's reference run into a title: letters then three digits or more ("FP2080", "EX1234"), never a
# road ("A1079", one letter) or an edition ("LTP4", one digit).
_REFERENCE_CODE = re.compile(r"[A-Z]{2,4}\d{3,}")


def _a_place_word(word: _Word, stops: frozenset[str]) -> bool:
    """A capitalised word that may be a place opening a name: no stop, small word or headline verb."""
    lowered = word.text.lower()
    return (
        word.text[0].isupper()
        and lowered not in stops
        and lowered not in CONNECTORS
        and lowered not in lexicon.name_stops("headline")
        and not word.text.isupper()
    )


def _a_topic_noun(word: str) -> bool:
    """A capitalised word that names a topic, not one that describes ("Homelessness", not "Strategic", "Annual")."""
    return (
        word[:1].isupper() and not word.lower().endswith(("ic", "al", "ive", "ed")) and word.lower() not in CONNECTORS
    )


# A review a strategy is published with under one title ("Homelessness Review and Strategy 2019-2024").
_REVIEW_AND = frozenset({"Review", "Assessment"})
# A board's name opening the name of its plan: "Safeguarding Adults Board " before "Strategic Plan" (bounded).
_BOARD_OWNER = re.compile(r"^(?:(?:[A-Z][\w'-]*|and|&) ){0,6}Board (?=[A-Z])")
_REVIEW_AND_HEAD = re.compile(r" (?:Review|Assessment) (?:and|&)(?= [\w-]{1,20}$)")
# Prepositions written in title case that a heading puts before a plan's name, never inside one before its head.
_TITLE_CASE_PREPOSITIONS = frozenset({"On", "About", "Into", "Regarding"})
MAX_LISTED = 4  # topics listed with commas before a name's last two ("A, B, C and D Strategy")
MAX_TOPIC_WORDS = 3  # capitalised words of one listed topic


def _with_listed_topics(text: str, kept: list[_Word]) -> list[_Word]:
    """ "the Housing, Homelessness and Rough Sleeping Strategy 2022-2027": capitalised topics listed with commas
    before the two a name joins with "and" are its words, when "the", "our", a possessive or a word that points
    at one plan stands before the first ("In Eastmoor, Housing and ..." lists nothing)."""
    if not kept or not any(w.text.lower() in ("and", "&") for w in kept):
        return kept
    listed: list[_Word] = []
    start = kept[0].start
    for _ in range(MAX_LISTED):
        if text[max(0, start - 2) : start] != ", ":
            break
        topic = _slogan_phrase(_words_before(text, start - 2, MAX_TOPIC_WORDS), lexicon.name_stops("inside"))
        if not topic or any(
            w.text.lower() in JOINERS or w.text.lower() in lexicon.name_stops("lower") or not w.text[0].isupper()
            for w in topic
        ):
            break
        topic.reverse()
        listed = topic + listed
        start = topic[0].start
    if not listed or not _points_at_a_list(text, start):
        return kept
    return listed + kept


def _points_at_a_list(text: str, start: int) -> bool:
    before = _words_before(text, start, 1)
    if not before:
        return start == 0 or text[start - 1] in "\n\"'(‘“"
    word = before[0].text
    lowered = word.lower()
    return (
        word.isdigit()  # "23 Arts, Heritage and Museums Strategy": an agenda item's number
        or lowered in _POINTING
        or lowered in lexicon.name_stops("pointing")
        or lowered in lexicon.name_stops("inside")
        or word.endswith(("'s", "s'"))
    ) and lowered not in CONNECTORS - {"the", "a"}


def _its_action_plan(kept: Sequence[_Word]) -> bool:
    """ "the Net Zero Strategy and Action Plan 2024-2030": "and Action Plan" with no topic of its own completes
    the name before it (one document), where another name after "and" would start a second plan."""
    return len(kept) == 1 and kept[0].text in _ACTION_WORDS


_ACTION_WORDS = frozenset({"Action", "ACTION"})


def _without_repeated_opening(kept: list[_Word]) -> list[_Word]:
    """ "Cheshire West and Chester Cheshire West Plan": a name whose first two words come again further on
    (a council's name above a title that begins with its place, run together) starts where they come again."""
    if len(kept) < 4:
        return kept
    opening = (kept[0].text, kept[1].text)
    for index in range(2, len(kept) - 1):
        if (kept[index].text, kept[index + 1].text) == opening:
            return kept[index:]
    return kept


def _lower_topic_word(word: _Word, before: _Word | None) -> bool:
    """ "the hate Crime Strategy", "our digital Inclusion Strategy": one lower-case word that is not a small,
    descriptive or possessive word, between "the", "our" or a possessive and the capitalised words."""
    lowered = word.text.lower()
    if (
        not word.text[0].islower()
        or lowered.endswith(("'s", "s'"))
        or before is None
        or _PLURAL_HEAD.fullmatch(lowered)
    ):
        return False  # "the strategies Community Strategy ..." is no name
    if lowered in lexicon.name_stops("lower-part"):
        # "the joint Health and Well-Being Strategy": a word of the plan's own title, written in lower case
        return before.text.lower() in _POINTING or before.text.lower() in lexicon.name_stops("owning")
    if lowered in CONNECTORS or any(
        lowered in lexicon.name_stops(p) for p in ("lower", "generic", "descriptive", "inside")
    ):
        return False  # "our renewed Housing Plan", "the present Waste Strategy": an edition pointed at, not a topic
    pointer = before.text.lower()
    return pointer in _POINTING or pointer in lexicon.name_stops("owning")


def _without_navigation(kept: list[_Word]) -> list[_Word]:
    """ "Link to Development Strategy", "Further Information Housing Strategy 2016-2020", "Download PDF Document
    Corporate Plan": a page's navigation words (``name-stops.csv``, position ``navigation``) opening a name are
    not part of it, however many of them run together."""
    stripped = True
    while stripped:
        stripped = False
        for phrase in lexicon.name_stops("navigation"):
            size = len(phrase.split())
            if len(kept) > size and " ".join(w.text.lower() for w in kept[:size]) == phrase:
                kept = kept[size:]
                while kept and kept[0].text.lower() in JOINERS:
                    kept.pop(0)
                stripped = True
                break
    return kept


# A single quote opening a quoted phrase: at the start of the text or after a space or bracket, before a capital.
_OPEN_QUOTE = re.compile(r"(?:^|(?<=[\s(]))'(?=[A-Z])")
# A head noun that is the first word of a body's name or of a post's title: " and Resources Committee",
# " and Performance Officer" in "Senior Strategy and Performance Officer" (bounded).
_BODY_AFTER = re.compile(
    r"(?: (?:and|AND|&|[A-Z][\w'-]*)){1,5}? (?:Committee|Board|Panel|Partnership|Group|Forum|Sub-Committee"
    r"|COMMITTEE|BOARD|PANEL|PARTNERSHIP|GROUP|FORUM"
    r"|Officer|Manager|Adviser|Advisor|Lead|Director|Co-ordinator|Coordinator|Analyst|Team|Unit|Assistant"
    r"|Specialist|Consultant|Apprentice)\b"
)
_ACRONYM_AFTER = re.compile(r" \(['‘’]?[A-Z][A-Za-z]{1,8}(?: ?[1-9])?['‘’]?\)(?= )")
_BRACKETED = re.compile(r" \([A-Z][A-Za-z]{1,8}\)(?= )")
# "Local Transport Plan 4": an edition's number; not a list's ("... Strategy 1. be approved", "Strategy 1) note").
_EDITION_NUMBER = re.compile(r" [1-9](?![\d/.,:-]\S)\b(?! (?:and|to|of|per|in|or|%)\b)(?!\)|\. [a-z(])")
# A part of a plan, numbered, with its own subtitle: " Part 2", " Part One: Strategic Policies" (bounded).
# After a comma the part needs its subtitle: "Quarries Plan, Part 1 (Core Strategy)" ("the Core Strategy, Part 1 of
# the Local Plan" says what the strategy is).
_PART_AFTER = re.compile(
    r"(?:,(?= Part \S+ \(| Part \S+: ))? Part (?:[1-9]|One|Two|Three|Four)\b"
    r"(?:: [A-Z][\w'-]*(?: (?:[A-Z][\w'-]*|and|of|for|the|&)){0,6}(?<![ ,])"
    r"| \([A-Z][\w'-]*(?: (?:[A-Z][\w'-]*|and|of|for|the|&)){0,5}\))?"
)
# A subtitle after a colon that is itself a plan's name: ": A 2030 Vision", ": Our Plan for the Borough" (bounded).
_VISION_AFTER = re.compile(
    r": (?:A|An|Our|The) (?:(?:[A-Z][\w'-]*|(?:19|20)\d\d|and|of|for|the|to|in) ){0,6}(?:Vision|Plan|Strategy)"
    r"(?: for (?:[A-Z][\w'-]*|(?:19|20)\d\d)(?: [A-Z][\w'-]*){0,3})?(?![\w'-])"
)
# The words before a head that give only how long a plan runs: "Three Year ", "Ten-Year ", "5 Year " (bounded).
_DURATION_ONLY = re.compile(
    r"(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ff]ifteen|[Tt]wenty|\d{1,2})"
    r"[ -][Yy]ears? "
)
# A body's last word that ends a tail naming it: the plan is that body's ("... for Glenvale Public Services Board").
_TAIL_BODIES = frozenset({"Board", "Partnership"})
_BRACKETED_NUMBER = re.compile(r" \((?P<number>[1-9])\)")
_TAIL = re.compile(r" (?:for|of) (?:the )?")
_POSSESSIVE_END = re.compile(r"['’]s?$")
_UNNUMBERED_HEADS = frozenset({"strategy", "strategies"})


def _tail_end(text: str, head_end: int, limit: int | None = None, row_end: int | None = None) -> int:
    """End of a "for Children and Young People" / "of Kent" tail after the head (not past ``limit``),
    else head_end. ``row_end``: the line break ending a name that opens its line (a list's or a table's row); a
    tail already read when it comes ends there ("Freight Strategy for the North East" above "Waste DPD (2011)"),
    unless its last word joins it to the next line ("Strategy for Children and" above "Young People")."""
    lead = _TAIL.match(text, head_end)
    if not lead:
        return head_end
    stops = lexicon.name_stops("tail") | lexicon.name_stops("inside")
    end, position = head_end, lead.end()
    before_list: int | None = None  # where a list "Children, Young People and Young Adults" began
    listed = False  # the list closed with "and"
    capitals = 0  # capitalised words of the tail read so far
    bound = min(len(text), position + 16 * MAX_TAIL, len(text) if limit is None else limit)
    for count, word in enumerate(WORD.finditer(text, position, bound)):
        gap = text[position : word.start()]
        if count >= MAX_TAIL or gap not in ("", " ", ", ") or (gap == ", " and end != position):
            break
        if gap == ", " and before_list is None:
            before_list = end
        if row_end is not None and position <= row_end < word.start() and end > head_end and position == end:
            break  # the next row of a list
        lowered = word.group(0).lower()
        if lowered in JOINERS:
            listed = listed or (before_list is not None and lowered in ("and", "&"))
            position = word.end()
            continue
        if word.group(0) in _TAIL_BODIES and capitals >= 2 and position == end:
            end = word.end()  # "the Well-being Plan for Glenvale Public Services Board": the body it is made for
            break
        if (
            not word.group(0)[0].isupper()
            or lowered in stops
            or _POSSESSIVE_END.sub("", lowered) in stops  # "the Council Plan for Members' consideration"
            or any(c.isdigit() for c in word.group(0))
        ):
            break  # "the Regional Recovery Plan for Covid-19": a tail names a place or a group, never a numbered thing
        end = position = word.end()
        capitals += 1
    if before_list is not None and not listed:
        return before_list  # "the Plan for Kent, Medway ...": a comma that opens no list ends the name
    return end


MAX_SLOGAN_PHRASE = 4  # words of each phrase of a slogan of two ("Living Longer, Living Better")
_SLOGAN_DASH = re.compile(r" - (?:The |the )?$|: (?:The |the )?$")


def _slogan_before(text: str, start: int) -> str | None:
    """ "Bold Steps for Kent - The Medium Term Plan": the capitalised phrase before a dash or colon."""
    lead = _SLOGAN_DASH.search(text, max(0, start - 8), start)
    if not lead:
        return None
    words = _words_before(text, lead.start(), MAX_WORDS)
    # "Approval of Bold Steps for Kent - The ...": a field's or an action's word ends the slogan.
    stops = lexicon.name_stops("inside") | lexicon.name_stops("tail")
    kept = _slogan_phrase(words, stops)
    if len(kept) < 2:
        return None
    start = kept[-1].start
    # "Living Longer, Living Better: ...": a slogan of two phrases joined by a comma is one slogan.
    if text[max(0, start - 2) : start] == ", " and len(kept) <= MAX_SLOGAN_PHRASE:
        before = _slogan_phrase(_words_before(text, start - 2, MAX_WORDS), stops)
        if 2 <= len(before) <= MAX_SLOGAN_PHRASE:
            start = before[-1].start
    return text[start : kept[0].end]


def _slogan_phrase(words: Sequence[_Word], stops: frozenset[str]) -> list[_Word]:
    """The capitalised words (and joiners between them) that end ``words``, nearest first."""
    kept: list[_Word] = []
    for word in reversed(words):
        if word.text.lower() in JOINERS and kept:
            kept.append(word)
        elif _capitalised(word.text) and word.text.lower() not in stops:
            kept.append(word)
        else:
            break
    while kept and kept[-1].text.lower() in JOINERS:
        kept.pop()
    return kept


# "the", "our", a possessive, a quote, a colon or dash; and "the associated", "our new", "the updated" (a
# word of name-stops.csv's "pointing" list between the determiner and the name).
_DETERMINED = re.compile(
    r"(?:^|[\"'(:\-•]\s?|\b(?:the|our|its|their|this|that|his|her|[\w-]+'s|[\w-]+s')\s(?P<between>[a-z][a-z-]{1,20}\s)?)$",
    re.IGNORECASE,
)


def _introduced(text: str, start: int, capitals: int = 0) -> bool:
    """A name without a period names one plan when something points at it: "the", "our",
    "the Council's", a possessive, a quote or bracket, a colon or dash, the start of the text; or "a"
    before a name of two topic words or more that no duty asks for ("will develop a Rapid Rehousing
    Transition Plan", not "must have a Local Housing Strategy")."""
    window = text[max(0, start - 40) : start]
    pointed = _DETERMINED.search(window)
    if pointed and (not pointed.group("between") or pointed.group("between").strip() in lexicon.name_stops("pointing")):
        return True
    before = _words_before(text, start, 2)
    if before and before[-1].text.lower() in ("a", "an"):
        if _NAMELY.search(_clause_before(text, before[-1].start)):
            return True  # "namely a Cycling Action Plan, a Freight Action Plan and ...": the plans listed
        return capitals >= 2 and not _duty_before(text, before[-1].start)
    if len(before) == 2 and before[-1].text.lower() in ("and", "&") and lexicon.head_of_name(before[0].text):
        # "the council's Recovery Strategy and Renewal Plan": one determiner points at both names
        earlier = _modifiers(text, before[0].start)
        return _introduced(text, earlier[0].start if earlier else before[0].start)
    listed = _LISTED_AFTER.search(text, max(0, start - 40), start)
    if listed and lexicon.head_of_name(listed.group("head")):
        # "the Housing Strategy, Homelessness Strategy and ...": one determiner points at every name of the list
        earlier = _modifiers(text, listed.start("head"))
        return _introduced(text, earlier[0].start if earlier else listed.start("head"))
    if len(before) == 2 and before[-1].text.lower() in _ABOUT_JOINERS:
        # "Relationship to Cycling Improvement Plan", "Review of Homelessness Strategy": the one plan spoken about
        return before[0].text.lower() in lexicon.name_stops("about")
    return bool(before) and before[-1].text.lower() in lexicon.name_stops("inside")


_ABOUT_JOINERS = frozenset({"of", "for", "on", "to"})
# The name before this one in a list: its capitalised head noun, then a comma ("the Carers Strategy, Dementia ...").
_LISTED_AFTER = re.compile(r"\b(?P<head>[A-Z][a-z]+), $")


_SENTENCE_END = re.compile(r"[.;:!?]\s")
ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth")


def _an_earlier_edition(text: str, ordinal: str, name: str) -> bool:
    """ "our first Well-being Plan" beside "our second Well-being Plan": an edition the text tells from another
    ("This is our first Carers Strategy" is the text's own; "the first X ... agreed in 2013" alone is left to the
    rules for unnamed predecessors)."""
    others = "|".join(o for o in ORDINALS if o != ordinal.lower())
    return re.search(rf"\b(?:{others}) {re.escape(name)}\b", text, re.IGNORECASE) is not None


# A word after a name that makes it part of a longer noun: a capitalised word, a possessive, or a noun a report or a
# stage of a plan's making is called by ("review", "consultation", "examination", "inspector", "draft").
_NOUN_AFTER = re.compile(
    r" (?:[A-Z][\w'-]*|[\w-]+'s|review|consultation|examination|inspector|draft|team|group|board|process|update)\b"
)
# What says a plan named with its ordinal is over, in its clause: "the third Community Plan, which ran to 2019",
# "our first Carers Strategy was agreed in 2012" (bounded: at most six words between).
_PAST_AFTER = re.compile(
    r",?(?: which| that)?(?: [\w'-]{1,20}){0,6}? (?:was|were|had|(?P<over>ran|expired|ended|covered|lasted|preceded))\b"
)
# Words before "the", "our" or "a" that say the plan after them is still to be made: "start work on the", "is
# preparing its", "the development of a" (bounded).
_TO_BE_MADE = re.compile(
    r"\b(?:begin\w*|began|begun|start\w*|prepar\w+|develop\w*|draft\w*|writ\w+|produc\w+|work on|under ?way on)"
    r"(?: \w+){0,2}? (?:the|a|an|our|its|their) $",
    re.IGNORECASE,
)
# "our first Well-being Plan", "the Council's second Community Strategy": an ordinal between a determiner and a name.
_ORDINAL_BEFORE = re.compile(
    r"\b(?:the|our|its|their|[\w-]+'s) (?P<ordinal>first|second|third|fourth|fifth|sixth) $", re.IGNORECASE
)
DUTY_WINDOW = 80  # characters before "a": as far back as a duty's words are read, within the sentence


def _duty_before(text: str, at: int) -> bool:
    """ "Every council must have a ...", "is required to publish a ...", "for example a ...": words of
    ``name-stops.csv`` (position ``duty``) before "a" in the same sentence name a kind of plan."""
    words = WORD.findall(_clause_before(text, at))
    return any(w.lower() in lexicon.name_stops("duty") for w in words)


def _clause_before(text: str, at: int) -> str:
    """The words of the sentence before ``at``, at most :data:`DUTY_WINDOW` characters back."""
    window = text[max(0, at - DUTY_WINDOW) : at]
    ends = list(_SENTENCE_END.finditer(window))
    return window[ends[-1].end() :] if ends else window


# "namely a ..., a ... and a ...": the plans after it are each one plan the text lists by name.
_NAMELY = re.compile(r"\bnamely\b")


# A plan said not to be had or made, right before its name in its clause: "has no", "there is no separate",
# "decided not to produce a", "chose against writing its own", "rather than prepare a" (bounded: at most five words
# between the refusal and the determiner; "not only a" is no refusal).
_REFUSED = re.compile(
    r"(?:\bno(?: separate| single| specific| dedicated| stand-alone| standalone| formal)?"
    r"|\b(?i:not|never|against|rather than|instead of)(?! only\b| just\b)(?: [\w'-]+){0,5}?"
    r" (?i:a|an|any|its own|our own|their own|a separate|a new|separate|the council's own|a dedicated))"
    r" $"
)


# "Chapter 3: ", "Section 5 - ", "Part Two. ", "Theme 1 ": a document's numbered part before the words heading it.
_SECTION_LABEL = re.compile(
    r"(?P<label>[A-Z][a-z]+|[A-Z]+) (?:\d{1,2}(?:\.\d{1,2})?|[IVX]{1,4}|[A-Z]|One|Two|Three|Four|Five|Six|Seven|Eight"
    r"|Nine|Ten|ONE|TWO|THREE|FOUR|FIVE|SIX)(?::| -| –|\.) ?$"
)


def a_section_label(words: str) -> bool:
    """Whether ``words`` end in a numbered label of a part of a document ("Chapter 3:", "Section Two -"): the
    words after it head a part of a bigger document (``name-stops.csv``, position ``section-label``)."""
    label = _SECTION_LABEL.search(words)
    return label is not None and label.group("label").lower() in lexicon.name_stops("section-label")


def _refused_before(text: str, start: int) -> bool:
    """A refusal of the plan named at ``start`` in its clause (:data:`_REFUSED`): a kind of plan the text says
    its council has not, or will not make."""
    return _REFUSED.search(text, max(0, start - 60), start) is not None


def plan_names(text: str, breaks: Sequence[int] = (), lines: Sequence[int] = ()) -> Iterator[PlanName]:
    """Every plan name in cleaned ``text``, in order. ``breaks`` are the positions (in order) where
    the text had a blank line: a name never runs across one ("Home Page" above a page's title); ``lines``
    where it had any line break: a name alone on its line is a heading ("2. Community Safety Partnership Plan").

    A title runs to the last head noun of its words: "Housing Support Programme Strategy 2022-2026" is one
    name, not "Housing Support Programme" (see :func:`_runs_on`)."""
    found_names = list(_plan_names(text, breaks, lines))
    # "Transport Strategy" alone as a page's heading above a text that names a dated plan of its topic ("the Local
    # Transport Plan 2011-2026"): a mention only of a plan the text titles (a page whose heading is all it names,
    # or whose dated plans are of other topics, keeps it as its plan)
    dated_words = {word for name in found_names if name.period is not None for word in _topic_words(name.name)}
    for name in found_names:
        shared = name.bare_heading and bool(_topic_words(name.name) & dated_words)
        yield replace(name, in_passing=True) if shared else name


def _topic_words(name: str) -> set[str]:
    """The words of a name other than its head noun and small words, in lower case."""
    head = lexicon.head_of_name(name)
    words = name.lower().split()
    return {w for w in words[: len(words) - (len(head.words.split()) if head else 0)] if w not in CONNECTORS}


def _plan_names(text: str, breaks: Sequence[int], lines: Sequence[int]) -> Iterator[PlanName]:
    pending: list[tuple[PlanName, int]] = []  # names not yet yielded (with where their head noun starts)
    for head_match in finditer(lexicon.head_pattern(), text):
        if head_match.group(0)[0].isupper():
            found = _plan_name_at(text, head_match, breaks, lines)
        else:  # "Herefordshire's children and young people's plan 2015-2018", a heading "Our climate strategy"
            found = _lower_case_name_at(text, head_match, breaks)
        if found is None or (found.period is None and _refused_before(text, found.start)):
            continue  # "has no Tourism Strategy", "decided not to write a separate Play Strategy": none is had
        if found.period is None and a_section_label(text[max(0, found.start - 16) : found.start]):
            continue  # "Chapter 3: Homes and Strategy": a part of a bigger document, headed
        while pending and _runs_on(text, pending[-1][0], found, head_match.start()):
            pending.pop()
        if pending and _joint_title(text, pending[-1][0], found):
            # "the Growth Core Strategy and City Centre Plan for Amberley and Brook 2012 - 2032": one joint plan
            earlier = pending.pop()[0]
            found = replace(found, start=earlier.start, name=text[earlier.start : found.start] + found.name)
        if pending and pending[-1][0].end <= found.start:
            yield from (name for name, _ in pending)
            pending.clear()
        pending.append((found, head_match.start()))
    yield from (name for name, _ in pending)


# "Review" after a plan's name that the text says was adopted or superseded: the plan's own name ("the District
# Local Plan Review (adopted 2004) has now been superseded"), never a review of the plan.
_ADOPTED_REVIEW = re.compile(
    r"(?<= )Review(?= ?\((?:adopted|approved)\b| (?:\(\d{4}\) )?(?:was|were|has|had|is)(?: now)?(?: been)? "
    r"(?:adopted|approved|superseded|replaced)\b)"
)


def adopted_review_names(text: str) -> Iterator[PlanName]:
    """ "the Fenbury District Local Plan Review (adopted 2004)", "the Harlow Local Plan Review was adopted in 2006":
    a plan whose name ends in "Review", adopted or superseded as a plan is."""
    for review in _ADOPTED_REVIEW.finditer(text):
        before = _words_before(text, review.start() - 1, 1)
        head_match = lexicon.head_pattern().fullmatch(before[0].text) if before else None
        if head_match is None or not before[0].text[0].isupper():
            continue
        modifiers = _modifiers(text, before[0].start)
        head = lexicon.head_of_name(text[modifiers[0].start : before[0].end]) if modifiers else None
        if (
            head is None
            or not head.is_strategy
            or head.weak
            or lexicon.not_a_plan(text[modifiers[0].start : before[0].end])
        ):
            continue
        yield PlanName(modifiers[0].start, review.end(), text[modifiers[0].start : review.end()], head, None)


def _joint_title(text: str, earlier: PlanName, later: PlanName) -> bool:
    """Two names joined by a bare "and" that share one place tail and one period ("Growth Core Strategy and City
    Centre Plan for Amberley and Brook 2012 - 2032"): the earlier has neither of its own, the later both, and no
    article stands between them ("the X Strategy and the Y Plan for Z 2020-2030" names two)."""
    return (
        earlier.period is None
        and later.period is not None
        and text[earlier.end : later.start] == " and "
        and _TAIL.search(later.name) is not None
        and not earlier.in_passing
        and not later.in_passing
    )


def _runs_on(text: str, earlier: PlanName, later: PlanName, later_head: int) -> bool:
    """The later name's words take in the earlier one's head noun ("Housing Support Programme" within
    "Housing Support Programme Strategy"), so the earlier is only the start of its title. Not when "and"
    joins them ("Wellbeing Strategy Update and Engagement Plan": two things), nor for an action plan of a
    strategy ("Carers Strategy Action Plan"), where the strategy keeps its own name."""
    if not (later.start <= earlier.start and earlier.end <= later.end):
        return False
    if _AND_ACTION.fullmatch(text, earlier.end, later_head):
        # "Net Zero Strategy and Action Plan 2024-2030": one document; not a year's action plan ("... for 2023/24")
        period = later.period
        return period is None or period.start is None or period.end is None or period.end - period.start > 1
    if _AND.search(text, earlier.end, later_head):
        return False
    return later.head.is_strategy and not (later.head.minor and not earlier.head.minor)


_AND = re.compile(r" (?:and|AND|&) ")
_AND_ACTION = re.compile(r" (?:and|AND|&) (?:Action|ACTION) ")


# A plural head noun after two names joined by "and": "the SEND and Education Inclusion strategies".
_PLURAL_HEAD = re.compile(
    r"(?<![\w'-])(?:Strategies|strategies|STRATEGIES|Plans|plans|PLANS|Frameworks|frameworks)(?![\w'-])"
)
_SINGULAR = {"strategies": "Strategy", "plans": "Plan", "frameworks": "Framework"}
_POINTING_PLURAL = re.compile(r"(?:\b(?:the|our|its|their|these|both|The|Our|These|Both)|\w(?:'s|s')) $")


def coordinated_names(text: str) -> Iterator[PlanName]:
    """Two plans named with one plural head noun: "the SEND and Education Inclusion strategies", "our
    Housing and Homelessness Strategies 2020-2025" (each with the period). Both halves must be capitalised
    words, "the", "our" or a possessive must point at them (or a period follow), and each half with the
    head must name a plan ("Business and Financial Plans" names none)."""
    for match in finditer(_PLURAL_HEAD, text):
        words = _modifiers(text, match.start())
        ands = [i for i, w in enumerate(words) if w.text.lower() in ("and", "&")]
        if len(ands) != 1 or ands[0] == 0 or ands[0] == len(words) - 1:
            continue
        found = period_at(text, match.end())
        period = found[0] if found and (found[0].start is not None or found[0].end is not None) else None
        pointed = _POINTING_PLURAL.search(text, max(0, words[0].start - 24), words[0].start)
        if period is None and not pointed:
            continue
        head_word = _SINGULAR[match.group(0).lower()]
        halves = (words[: ands[0]], words[ands[0] + 1 :])
        named = [f"{text[h[0].start : h[-1].end]} {head_word}" for h in halves]
        named = _sharing_the_tail(text, halves, head_word) or named
        heads = [lexicon.head_of_name(name) for name in named]
        if any(h is None or not h.is_strategy or h.minor for h in heads) or any(map(lexicon.not_a_plan, named)):
            continue
        final_end = found[1].end() if found and period else match.end()
        spans = ((halves[0][0].start, halves[0][-1].end), (halves[1][0].start, final_end))
        for (start, end), name, head in zip(spans, named, heads, strict=True):
            assert head is not None
            yield PlanName(start, end, _BRACKETED.sub("", name), head, period)


def _sharing_the_tail(text: str, halves: tuple[list[_Word], list[_Word]], head_word: str) -> list[str] | None:
    """ "the Joint Additional and High Needs Strategies": a first half ending in an adjective that names no topic
    alone (the ``shared-tail`` words of ``name-stops.csv``) takes the second half's tail, and the second the first
    half's opening words: Joint Additional Needs Strategy and Joint High Needs Strategy."""
    first, second = halves
    if first[-1].text.lower() not in lexicon.name_stops("shared-tail") or len(second) < 2:
        return None
    tail = text[second[1].start : second[-1].end]
    opening = text[first[0].start : first[-2].end] + " " if len(first) > 1 else ""
    return [
        f"{text[first[0].start : first[-1].end]} {tail} {head_word}",
        f"{opening}{text[second[0].start : second[-1].end]} {head_word}",
    ]


# One coined word ending in "plan": "TAYplan", "SESplan", "FIFEplan", "Clydeplan" (bounded: 2-16 letters before).
_COINED = re.compile(r"(?<![\w'-])(?P<prefix>[A-Z][A-Za-z]{1,15})(?:plan|PLAN)(?![\w'-])")
_ALL_CAPS_PREFIX = re.compile(r"[A-Z]{2,}")
# What shows a coined name is a plan and not the body that makes it ("SESplan has produced ..."): "the",
# "our", "the approved" before it; a plural plan noun or acronym just before a list of them ("two SDPs -
# TAYplan and SESplan"); "is the replacement", "is the strategic plan" after it.
_COINED_POINTED = re.compile(
    r"(?:\b(?:the|our|its|The|Our|Its)"
    r"(?: (?:approved|proposed|adopted|current|new|draft|previous|existing|first|second))?"
    r"|\b(?:[A-Z]{2,5}s|[Pp]lans|[Ss]trategies)(?: -| ?:|,| \(| namely| called)?"
    r"|\w+plan (?:and|or|&)) $"
)
_COINED_PREDICATE = re.compile(
    r" (?:is|was|will be|has been|became) (?:the|a|an|our)(?: [\w'-]+){0,3}? (?:replacement|successor|plan|strategy)\b",
    re.IGNORECASE,
)


def coined_plan_names(text: str) -> Iterator[PlanName]:
    """A plan named by one coined word ending in "plan" ("TAYplan", "FIFEplan", "Clydeplan") where the text
    treats it as a plan: a period follows ("TAYplan 2016-2036", "TAYplan (2012)"), "the" or "our" points at
    it, it is listed after a plural plan noun, or it is said to be a plan or a replacement. The same word as
    the body that makes the plan ("SESplan has produced a Proposed Plan") or a modifier ("the TAYplan
    area", "Clydeplan Approved SDP") names no plan; nor do ordinary words ("Masterplan", "Workplan")."""
    plan_head = lexicon.head_of_name("Plan")
    ordinary = lexicon.name_stops("coined")
    if plan_head is None:
        return
    for match in finditer(_COINED, text):
        word = match.group(0)
        if word.lower() in ordinary or lexicon.head_of_name(word) is not None:
            continue
        found = period_at(text, match.end())
        period = found[0] if found else None  # "the approved TAYplan (2012)": a year tells its editions apart
        if period is None and _coined_modifier(text, match.end()):
            continue  # "TAYplan Strategic Development Planning Authority", "the SESplan area"
        said = _COINED_PREDICATE.match(text, match.end()) is not None
        pointed = _COINED_POINTED.search(text, max(0, match.start() - 24), match.start()) is not None
        coined = _ALL_CAPS_PREFIX.match(match.group("prefix")) is not None  # "TAYplan", not "Clydeplan"
        if not (period or said or (pointed and coined)):
            continue
        end = found[1].end() if found and period else match.end()
        if end < len(text) and text[end] == ")" and "(" in text[match.end() : end]:
            end += 1
        yield PlanName(match.start(), end, word, plan_head, period)


# Nouns a coined plan's name modifies when it is not a plan itself: "the SESplan area", "the TAYplan team".
_COINED_MODIFIES = re.compile(r"area|region|team|office|board|committee|authority|partners|councils|website|boundary")


def _coined_modifier(text: str, end: int) -> bool:
    """The coined word is followed by a capitalised word or a noun it modifies: a body's or place's name."""
    follower = WORD.match(text, end + 1) if text[end : end + 1] == " " else None
    return follower is not None and (
        follower.group(0)[0].isupper() or _COINED_MODIFIES.fullmatch(follower.group(0)) is not None
    )


# A head noun run together with a place or a year: "Plan:Eastvale", "Vision2040", "Strategy2030" (bounded).
_RUN_TOGETHER = re.compile(
    r"(?<![\w'-])(?P<head>Plan|Strategy|Vision)(?::|4(?=[A-Z]))?(?P<rest>[A-Z][A-Za-z]{1,20}|20\d\d)(?![\w'-])"
)
# "Moray 2026: A Plan for the Future": a place and a year, then a phrase that names a plan (bounded).
_PLACE_YEAR_TITLE = re.compile(
    r"(?<![\w'-])[A-Z][a-z]{2,20}(?: [A-Z][a-z]{2,20})? 20\d\d: (?:A|An|Our|The) (?:[A-Z][\w'-]* ){0,3}"
    r"(?P<head>Plan|Strategy|Vision)(?: for (?:the |our )?[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,3})?(?![\w'-])"
)
# "our Strategy for 2050", "The Vision for 2040": a head and the year it looks ahead to (a multiple of five).
_HORIZON = re.compile(r"(?<![\w'-])(?P<head>Plan|Strategy|Vision) for (?P<year>20[2-9][05])(?![\w'/-]|-\d| ?- ?\d)")
_HORIZON_POINTED = re.compile(r"(?:\b(?:the|our|its|their|The|Our|Its|Their)|\w(?:'s|s')) $")


def run_together_names(text: str) -> Iterator[PlanName]:
    """Plans named by a head noun run together with a place or a year ("Plan:Eastvale", "Plan4Eastvale",
    "Vision2040"), by a place and a year before a phrase naming a plan ("Moray 2026: A Plan for the Future"), or by a
    head and the year it looks ahead to, pointed at ("our Strategy for 2050"): names the grammar reads as no name."""
    for match in finditer(_RUN_TOGETHER, text):
        if match.group(0) == match.group("head") + match.group("rest") and not match.group("rest").isdigit():
            continue  # "PlanEastvale" is no word a text writes; a colon, a "4" or a year joins a head to what it names
        head = lexicon.head_of_name(match.group("head"))
        if head is not None:
            yield PlanName(
                match.start(), match.end(), match.group(0), replace(head, is_strategy=True, weak=False), None
            )
    for match in finditer(_PLACE_YEAR_TITLE, text):
        head = lexicon.head_of_name(match.group("head"))
        if head is not None and not lexicon.not_a_plan(match.group(0)):  # not "Budget 2024: A Plan for Savings"
            yield PlanName(
                match.start(), match.end(), match.group(0), replace(head, is_strategy=True, weak=False), None
            )
    for match in finditer(_HORIZON, text):
        head = lexicon.head_of_name(match.group("head"))
        if head is not None and _HORIZON_POINTED.search(text, max(0, match.start() - 24), match.start()):
            yield PlanName(
                match.start(), match.end(), match.group(0), replace(head, is_strategy=True, weak=False), None
            )


MIN_CUT_WORDS = 3  # words of a conventional name a cut mention must give before it breaks off


def cut_names(text: str) -> Iterator[PlanName]:
    """A conventional plan's name cut off mid-word or before its head where the excerpt ends ("..., Local Cycling
    and Walking Infrastruct"): the plan of that whole name (``plan-acronyms.csv``), quoted as far as it is written."""
    stripped = text.rstrip()
    if not stripped or not stripped[-1].isalpha():
        return  # a sentence that ends is no cut
    words = _words_before(text, len(stripped), MAX_WORDS)
    for first in range(len(words)):  # the longest run first: "Joint Health and Wellbe", not "Health and Wellbe"
        for expansion in dict.fromkeys(lexicon.plan_acronyms().values()):
            whole = expansion.split()
            written = [w.text for w in words[first:]]
            if len(written) < MIN_CUT_WORDS or len(written) > len(whole) or not written[0][0].isupper():
                continue
            same = all(a.lower() == b.lower() for a, b in zip(written[:-1], whole, strict=False))
            last, expected = written[-1].lower(), whole[len(written) - 1].lower()
            if same and expected.startswith(last) and (last != expected or len(written) < len(whole)):
                head = lexicon.head_of_name(expansion)
                if head is not None and head.is_strategy:
                    yield PlanName(words[first].start, len(stripped), expansion, head, None)
                    return


# Capitalised words that may open a name with no head noun ("For Highland's Children 5", "Towards 2030").
_OPENERS = frozenset({"for", "towards", "to", "our"})
_SERIES_NUMBER = re.compile(r"\d{1,2}")


def appositive_name(text: str, comma: int) -> tuple[int, str] | None:
    """The name set before a comma and a description of a plan: "For Highland's Children 5, the
    integrated children's services plan for 2023-2026", "Brighter Lives, our health and wellbeing
    strategy": a capitalised phrase of two words or more with no head noun of its own, not a body's name
    and not a label. Returns where it starts and the name."""
    words = _words_before(text, comma, MAX_WORDS)
    stops = lexicon.name_stops("inside") | lexicon.name_stops("tail") | lexicon.name_stops("coordinated")
    kept: list[_Word] = []
    for word in reversed(words):
        lowered = word.text.lower()
        if lowered in _OPENERS and word.text[0].isupper() and kept:
            kept.append(word)
            break
        if lowered in JOINERS and kept:
            kept.append(word)
            continue
        capitalised = word.text[0].isupper() or bool(_SERIES_NUMBER.fullmatch(word.text))
        if not kept and _TARGET_YEAR.fullmatch(word.text):
            kept.append(word)  # "Vale 2030, its new Corporate Plan": a slogan that ends in its target year
            continue
        if not capitalised or (lowered in stops and lowered not in _OPENERS) or lowered in {"the", "a", "an"}:
            break
        kept.append(word)
        if lowered in _OPENERS:
            break
    while kept and kept[-1].text.lower() in JOINERS and not kept[-1].text[0].isupper():
        kept.pop()
    kept.reverse()
    if sum(1 for w in kept if w.text.lower() not in JOINERS) < 2 or lexicon.head_of_name(kept[-1].text) is not None:
        return None
    if _TARGET_YEAR.fullmatch(kept[-1].text) and (
        kept[-2].text.lower() in _OPENERS
        or kept[-2].text.lower() in lexicon.name_stops("lower")
        or kept[-2].text.lower() in _TIME_WORDS
    ):
        return None  # "By 2030, our strategy ...", "Until 2030, the plan ...": a date opening a sentence
    name = text[kept[0].start : kept[-1].end]
    if kept[0].text.lower() in lexicon.name_stops("lower") and kept[0].text.lower() not in _OPENERS:
        return None  # "As Local Authorities, this strategic framework ...": a sentence's opening words
    quoted = text[max(0, kept[0].start - 1) : kept[0].start] in ("'", '"')
    if name.endswith(("'", '"')) and (quoted or not name[:-1].endswith("s")):
        name = name[:-1]  # "'Better Together' - our Corporate Plan": the slogan's closing quote
    if lexicon.not_a_plan(name):
        return None
    return kept[0].start, name


# A plural noun a plan is titled together with, before the title's period ("Council Plan and Priorities 2022-27").
_COMPANION_AFTER = re.compile(r" (?:and|&) (?:Priorities|Objectives|Outcomes|Commitments|Ambitions)(?= )")
_TARGET_YEAR = re.compile(r"(?:19|20)\d\d")
_TIME_WORDS = frozenset(
    {"since", "until", "till", "before", "after", "during", "circa", "summer", "spring", "autumn", "winter"}
)
MAX_WELSH_WORDS = 5  # words after a Welsh head noun


def welsh_plan_names(text: str) -> Iterator[PlanName]:
    """Welsh names, head noun first: "Cynllun y Cyngor 2018-23", "Strategaeth Tai 2020-2025", "Cynllun
    Corfforaethol". A name names one plan when a period follows, when two capitalised words follow the
    head, or when it stands beside its English name ("Cynllun y Cyngor / Council Plan 2023-28")."""
    heads = lexicon.welsh_heads()
    if not heads:
        return
    joiners = lexicon.welsh_joiners()
    for match in re.finditer(rf"(?<![\w'-])(?:{'|'.join(map(re.escape, heads))})(?![\w'-])", text):
        end = position = match.end()
        capitals, owned = 0, False
        bound = min(len(text), match.end() + 16 * MAX_WELSH_WORDS)
        for count, word in enumerate(WORD.finditer(text, match.end(), bound)):
            if count >= MAX_WELSH_WORDS or text[position : word.start()] != " ":
                break
            position = word.end()
            if word.group(0) == "Cyngor" and re.match(r" [A-Z]", text[word.end() : word.end() + 2]):
                owned = True
                break  # "Cynllun Corfforaethol Cyngor Sir Penfro": the council's name follows the plan's
            if word.group(0)[0].isupper():
                end, capitals = word.end(), capitals + 1
            elif word.group(0) not in joiners:
                break
        if not capitals:
            continue
        found = period_at(text, end)
        period = found[0] if found and (found[0].start is not None or found[0].end is not None) else None
        beside = _BILINGUAL.match(text, end)
        if period is None and capitals < 2 and not beside and not owned:
            continue
        final_end = found[1].end() if period and found else end
        yield PlanName(match.start(), final_end, text[match.start() : end], heads[match.group(0)], period, welsh=True)


# Between a Welsh name and its English one: "Cynllun y Cyngor / the Council Plan", "... (the Council Plan".
_BILINGUAL = re.compile(r" ?(?:/|\(|-) ?(?:the |The |y |Y )?(?=[A-Z])")


MAX_LOWER_WORDS = 6  # words before a head noun in a name written in lower case


def _lower_case_name_at(text: str, head_match: re.Match[str], breaks: Sequence[int]) -> PlanName | None:
    """A plan's name in sentence case: lower-case words before a lower-case head noun, ending at a
    determiner or preposition ("the", "our", "of") or at a capitalised first word ("Housing strategy",
    "Herefordshire's ..."). It names one plan when a period follows, when it is a heading (alone
    between blank lines), or when "the", "our" or a possessive points at it; "the strategy", "the new
    plan" (no word of its own) and "a housing strategy" (a kind of plan) do not."""
    words = _words_before(text, head_match.start(), MAX_LOWER_WORDS)
    stops_lower = lexicon.name_stops("lower")
    stops, generic = stops_lower | lexicon.name_stops("inside"), lexicon.name_stops("generic")
    kept: list[_Word] = []
    determiner: _Word | None = None
    capitals = False  # reading a run of capitalised words ("Community Safety Partnership (CSP) plan")
    for word in reversed(words):
        lowered = word.text.lower()
        if lowered in stops and lowered not in generic and not (word.text[0].isupper() and lowered not in stops_lower):
            determiner = word
            break
        if lowered in lexicon.name_stops("headline"):
            break  # "Marsh Council adopts new economic strategy": a headline's verb, the name begins after it
        if capitals and not word.text[0].isupper() and lowered not in JOINERS:
            determiner = word if lowered in stops else None
            break  # the run of capitals began the name
        kept.append(word)
        if word.text.endswith(("'s", "s'")) and word.text[0].isupper():
            break  # a possessive place begins the name ("Herefordshire's health and wellbeing strategy")
        # A capitalised word ("Housing strategy") or a bracketed acronym begins a run of capitals that ends
        # the name where it starts ("Safer City Partnership plan", "Community Safety Partnership (CSP) plan").
        capitals = capitals or word.text[0].isupper() or word.text[0] == "("
    kept.reverse()
    if len(kept) == 1 and (kept[0].text[0].isupper() or kept[0].text[0] == "("):
        kept, determiner = _title_words_before(text, head_match.start(), kept, determiner)
    line_start = determiner.start if determiner else (kept[0].start if kept else head_match.start())
    while kept and (kept[0].text.lower() in JOINERS or kept[0].text.lower() in generic):
        if len(kept) > 1 and f"{kept[0].text} {kept[1].text}".lower() in lexicon.name_stops("compound"):
            break  # "national park management plan": "national" is no description there but a word of "National Park"
        kept.pop(0)
    # "produce our own homelessness strategy": a plan set against another body's, a kind of plan (as "the
    # Council's own Homelessness Strategy" is no name pointed at), one plan only when dated or a heading
    own = bool(kept) and kept[0].text.lower() == "own"
    if own:
        kept.pop(0)
        determiner = None
    if not kept:
        return None
    dated_by_name = PLAN_PERIOD.fullmatch(text, kept[0].start, head_match.start() - 1) if kept else None
    if not dated_by_name and any(re.fullmatch(r"(?:19|20)\d\d", w.text) for w in kept):
        return None  # "our 2017 housing strategy": an edition known by its year, described rather than named
    if not dated_by_name and not any(_content_word(w.text, generic) for w in kept):
        return None  # "the new plan", "the county's first strategy": no word of its own
    if not dated_by_name and kept and not kept[-1].text[0].isupper() and _describes(kept[-1].text):
        return None  # "our aims and wider strategy": two things, the plan's topic not named
    if not dated_by_name and kept[0].text.lower() in lexicon.plan_content_words():
        return None  # "our goals and broader strategy": what a plan sets out, then the plan
    start = kept[0].start
    head = lexicon.head_of_name(text[start : head_match.end()])
    if head is None or not head.is_strategy or head.minor:
        return None
    weak_end = _tail_end(text, head_match.end(), _first_break_in(breaks, head_match.end(), len(text)))
    if head.weak and not _spans_years(text, weak_end, MIN_DATED_SPAN):
        return None  # "our investment policy", "a vision": a kind; "the gambling policy for 2022 to 2025" is one
    if any(_another_bodys(text, w) for w in words[-len(kept) - 1 : -len(kept)]):
        return None  # "the Government's industrial strategy"
    end = _tail_end(text, head_match.end(), _first_break_in(breaks, head_match.end(), len(text)))
    found = period_at(text, end)
    period = found[0] if found and (found[0].start is not None or found[0].end is not None) else None
    final_end = found[1].end() if period and found else end
    if final_end < len(text) and text[final_end] == ")" and "(" in text[end:final_end]:
        final_end += 1
    heading = (line_start == 0 or _break_in(breaks, line_start - 1, line_start) is not None) and (
        final_end >= len(text) - 1 or _break_in(breaks, final_end, final_end + 1) is not None
    )
    pointed = determiner is not None and (_points(determiner.text) or (not own and _points_through(text, determiner)))
    preceding = _words_before(text, start - 1, 3) if start > 0 and text[start - 1] == " " else []
    # "the refreshed children and young people's plan", "New Havering housing strategy agreed": a plan the
    # text presents, one plan whether or not the text titles it; so is a place's own ("Herefordshire's health
    # and wellbeing strategy").
    presented = (
        bool(preceding)
        and preceding[-1].text in lexicon.name_stops("presenting")  # lower case: not a headline's "New ..."
        and not _a_kind(preceding)
    ) or (
        _owned_by_a_place(kept) and not (preceding and preceding[-1].text == "as")
    )  # "as Kent's ... strategy": a role
    # "our housing strategy", "the council's digital strategy": the council's own strategy, one plan ("our
    # high level plan", "our comprehensive plan" describe a plan rather than name it).
    in_force = lexicon.name_stops("in-force")
    owner = preceding[:-1] if preceding and preceding[-1].text.lower() in in_force else preceding  # "our existing"
    owned = not own and bool(owner) and owner[-1].text.lower() in lexicon.name_stops("owning")
    presented = presented or (owned and head_match.group(0).lower() == "strategy")
    # "Transport asset management plan (TAMP)": a name in sentence case given its own acronym is one plan
    kind = bool(preceding) and preceding[-1].text.lower() in ("a", "an")  # "a local flood risk strategy (LFRS)"
    presented = presented or (not kind and _defines_its_acronym(text, kept, head_match))
    # "the council's corporate plan, Our Future, was agreed": a plan named by the slogan set after it
    presented = presented or (pointed and slogan_after(text, head_match.end()) is not None)
    if period is None and not heading and not pointed and not presented:
        return None
    before = PLAN_PERIOD.fullmatch(text, start, head_match.start() - 1) if period is None else None
    if before:  # "the 2019- 2024 strategy", "our 2012-2015 plan": a plan named by its period
        period = period_of(before)
        start = head_match.start()
    name = _sentence_to_title(_BRACKETED.sub("", text[start:end]))
    if lexicon.not_a_plan(name):
        return None
    return PlanName(start, final_end, name, head, period, in_passing=period is None and not heading and not presented)


def _points(word: str) -> bool:
    """ "the", "our", "the council's": a word pointing at one plan written in lower case."""
    lowered = word.lower()
    return lowered in _POINTING or lowered.endswith(("'s", "s'"))


def _points_through(text: str, determiner: _Word) -> bool:
    """ "the council's existing ICT strategy", "our current IT strategy": a word for the plan in force
    (``name-stops.csv``, position ``in-force``) between the pointing word and the name; the plan pointed at is
    that name's ("our previous digital strategy" is an earlier edition, left to the lineage rules)."""
    if determiner.text.lower() not in lexicon.name_stops("in-force"):
        return False
    before = (
        _words_before(text, determiner.start - 1, 1) if text[determiner.start - 1 : determiner.start] == " " else []
    )
    return bool(before) and _points(before[0].text)


def _defines_its_acronym(text: str, kept: Sequence[_Word], head_match: re.Match[str]) -> bool:
    """The bracketed acronym right after the head is made of the initials of the name's words."""
    acronym = _ACRONYM_AFTER.match(text, head_match.end())
    if acronym is None:
        return False
    letters = acronym.group(0).strip(" ()'‘’").upper()
    initials = "".join(w.text[0] for w in kept if w.text.lower() not in JOINERS) + head_match.group(0)[0]
    return len(letters) >= 3 and letters == initials.upper()


def _title_words_before(
    text: str, head_start: int, kept: list[_Word], determiner: _Word | None
) -> tuple[list[_Word], _Word | None]:
    """ "the Health and Wellbeing strategy, 2016-19": title-case words before a lower-case head noun are the
    name's words as far back as they run, and the word before them may point at it."""
    run = _modifiers(text, head_start)
    if len(run) <= 1:
        return kept, determiner
    before = _words_before(text, run[0].start, 1)
    stops = lexicon.name_stops("lower") | lexicon.name_stops("inside")
    pointer = before[0] if before and before[0].text.lower() in stops else None
    return run, pointer


def _a_kind(preceding: Sequence[_Word]) -> bool:
    """ "a new libraries strategy will be written": a kind of plan, still to be made; but "has approved a
    new community safety plan" names the one plan made (a verb of ``name-stops.csv``, position ``made``)."""
    if len(preceding) < 2 or preceding[-2].text.lower() not in ("a", "an"):
        return False
    return not (len(preceding) > 2 and preceding[-3].text.lower() in lexicon.name_stops("made"))


def _owned_by_a_place(words: Sequence[_Word]) -> bool:
    """ "Herefordshire's health and wellbeing strategy": a capitalised possessive, not the first word of a
    sentence that names a kind of person ("Children's ..."), opening a lower-case name."""
    first = words[0].text if words else ""
    return (
        len(words) > 1
        and first[0].isupper()
        and first.endswith("'s")
        and first[:-2].lower() not in lexicon.name_stops("not-place")
    )


def _content_word(word: str, generic: frozenset[str]) -> bool:
    """A topic word of a name in lower case: not a describing word, nor what any plan sets out ("priorities")."""
    lowered = word.lower()
    return not (
        lowered in generic
        or lowered in JOINERS
        or lowered.endswith(("'s", "s'"))
        or word[:1].isdigit()
        or lowered in lexicon.plan_content_words()
        or lowered in lexicon.name_stops("descriptive")
    )


def _describes(word: str) -> bool:
    """A word next to a lower-case head that describes the plan ("wider", "key") or joins it to another thing."""
    lowered = word.lower()
    return (
        lowered in JOINERS
        or lowered in lexicon.name_stops("generic")
        or lowered in lexicon.name_stops("descriptive")
        or lowered in lexicon.plan_content_words()
    )


# Determiners that point at one plan written in lower case: "the housing strategy", "our climate strategy".
_POINTING = frozenset({"the", "our", "its", "their", "this"})
_SMALL_WORDS = frozenset({"and", "of", "for", "the", "to", "in", "on", "with", "a", "an", "&"})


def _sentence_to_title(name: str) -> str:
    """ "children and young people's plan" -> "Children and Young People's Plan" (as titles are written)."""
    words = name.split(" ")
    return " ".join(
        w if (i and w.lower() in _SMALL_WORDS) or not w[:1].islower() else w[:1].upper() + w[1:]
        for i, w in enumerate(words)
    )


# What may stand before a name on its line: a list's or section's number or a bullet ("2. ", "3.1 ", "(b) ", "• ").
# What may open a line before a name alone on it: a list's number or bullet, a committee reference ("FP2080").
_LINE_LEAD = re.compile(r" ?(?:\d{1,2}(?:\.\d{1,2})*\.?|\(?[a-z]\)|\(\d{1,2}\)|[•*|-]|[A-Z]{2,4}\d{3,})? ?")


def _alone_on_its_line(text: str, lines: Sequence[int], start: int, end: int) -> bool:
    """The name fills its line: a line break (or the text's start) before it, with at most a list's number
    between, and a line break (or the text's end) right after it."""
    if not lines:
        return False
    at = bisect_left(lines, start) - 1
    line_start = lines[at] if at >= 0 else 0
    if _LINE_LEAD.fullmatch(text, line_start, start) is None:
        return False
    after = bisect_left(lines, end)
    line_end = lines[after] if after < len(lines) else len(text)
    rest = text[end:line_end]
    # a table's cell: "| Bus Strategy | 2019 |" (the cell after it holds a year, a date or a file's size)
    return (
        rest.strip(" .:") == "" or _LINK_FURNITURE.fullmatch(rest) is not None or _NEXT_CELL.fullmatch(rest) is not None
    )


# The cells after a name in a table's row: " | 2019 |", " | March 2021 | PDF |" (bounded).
_NEXT_CELL = re.compile(r" \|(?: [\w ,./()-]{0,30} \|){0,4} ?")
# A link's file type and size after a name on its line: " (PDF, 2.1mb)", " [PDF, 900KB]", " pdf icon PDF 210 KB".
_LINK_FURNITURE = re.compile(
    r" ?(?:pdf icon )?[\[(]?(?i:pdf|word|docx?|odt|xlsx?)(?: document)?,? ?"
    r"\d{1,4}(?:\.\d{1,2})? ?(?i:kb|mb|k|m)?[\])]? ?"
)


def _below_a_heading_line(
    text: str, modifiers: list[_Word], lines: Sequence[int], breaks: Sequence[int]
) -> list[_Word]:
    """A heading line fused with the name on the next line ("Climate Emergency" over "Climate Change Strategy
    2021-2030", "Our Vision" over "Transport Strategy"): the name starts on its own line when the line above
    holds only capitalised words and either ends in a head noun or leaves two words or more below. A title
    wrapped over two lines ("Children and Young" over "People's Plan"; a line ending in "and", "of" or a
    possessive) or a name in wrapped prose (the line above opens with other words) stays whole."""
    if not modifiers or (cut := _break_in(lines, modifiers[0].start, modifiers[-1].end)) is None:
        return modifiers
    above = [w for w in modifiers if w.start < cut]
    below = [w for w in modifiers if w.start > cut]
    if not above or not below or below[0].text.lower() in JOINERS:
        return modifiers
    last = above[-1].text
    if _heading_words_above(text, lines, breaks, above):
        return below
    if (
        last.lower() in JOINERS
        or last.endswith(("'s", "s'"))
        or not _starts_a_line(text, lines, breaks, above[0].start)
    ):
        return modifiers
    # a line ending in a head noun ("Our Vision") or a body's word ("Eastmoor Borough Council", "Cabinet Report")
    ends_a_heading = (
        lexicon.head_of_name(last) is not None
        or _PLURAL_HEAD.fullmatch(last) is not None
        or last.lower() in lexicon.name_stops("tail") | lexicon.name_stops("inside")
    )
    # a line that names a plan of its own, head noun and tail ("Housing Strategy for Northshire" above "Economic
    # Plan ..."): a list's row above the next
    named_above = any(lexicon.head_of_name(w.text) is not None for w in above[:-1])
    if ends_a_heading or named_above or sum(1 for w in below if w.text.lower() not in JOINERS) >= 2:
        return below
    return modifiers


def _heading_words_above(text: str, lines: Sequence[int], breaks: Sequence[int], above: Sequence[_Word]) -> bool:
    """Words closing the line above a name that are a heading's, never the name's first words: a plural head noun
    ("Related Plans", "Other Strategies"); a lower-case word (a heading written in sentence case, "Our routes" over
    "Cycling Plan 3"), unless it is one topic word closing a line of wrapped prose ("... publish the hate" over "Crime
    Strategy"); a plural noun after "Our" or "Your" opening the line ("Our Routes")."""
    last = above[-1].text
    if _PLURAL_HEAD.fullmatch(last):
        return True
    opens_the_line = _starts_a_line(text, lines, breaks, above[0].start)
    if any(w.text[0].islower() and w.text not in JOINERS for w in above):
        before = [p for p in (_break_in(lines, 0, above[0].start), _break_in(breaks, 0, above[0].start)) if p]
        short_line = above[-1].end - (max(before) if before else 0) <= MAX_HEADING_LINE
        return opens_the_line or short_line or _a_plural_noun(last)
    return (
        opens_the_line
        and len(above) <= 2
        and _OWNED_HEADING.search(text, max(0, above[0].start - 5), above[0].start) is not None
        and _a_plural_noun(last)
    )


MAX_HEADING_LINE = 40  # characters of a heading's line; a line of wrapped prose is longer
# "Our " or "Your " opening a heading's line before its words.
_OWNED_HEADING = re.compile(r"(?<![\w'])(?:Our|Your) $")


def _a_plural_noun(word: str) -> bool:
    """A word in the plural ("routes", "Parks"), not a possessive or a word ending in -ss, -us, -is ("Business")."""
    return len(word) > 3 and word.endswith("s") and not word.lower().endswith(("'s", "ss", "us", "is"))


def _below_a_row(text: str, modifiers: list[_Word], lines: Sequence[int], head_end: int) -> list[_Word]:
    """ "Cycling Strategy for the Upper Vale" above "Freight Plan for Eastport 2020-2030": words closing the line
    above, after other words of that line, are the end of the row above when the name and what follows its head
    fill their own line (a list's or a table's rows); in wrapped prose the name's line runs on into a sentence."""
    if not modifiers or (cut := _break_in(lines, modifiers[0].start, modifiers[-1].end)) is None:
        return modifiers
    above = [w for w in modifiers if w.start < cut]
    below = [w for w in modifiers if w.start > cut]
    if not above or not below or above[-1].text.lower() in JOINERS or above[-1].text.endswith(("'s", "s'")):
        return modifiers
    if lexicon.head_of_name(above[-1].text) is not None and not _its_action_plan(below):
        return below  # "... Review and Strategy" above "Active Travel Strategy 2018": a name ends at its head noun
    line_start = lines[bisect_left(lines, above[0].start) - 1] + 1 if bisect_left(lines, above[0].start) else 0
    if not text[line_start : above[0].start].strip(" •*-0123456789.()"):
        return modifiers  # the words above open their line: a title wrapped over two ("Children and Young")
    if not _TITLE_LINE.fullmatch(text, line_start, cut) or not any(
        lexicon.head_of_name(w.group(0)) for w in WORD.finditer(text, line_start, above[0].start)
    ):
        return modifiers  # "... is recommended to approve the All" above "Age Disability Strategy": wrapped prose
    after = bisect_left(lines, head_end)
    line_end = lines[after] if after < len(lines) else len(text)
    if line_end - head_end > _LONGEST_ROW_REST or not _ROW_REST.fullmatch(text, head_end, line_end):
        return modifiers
    return below


# A row's line: title-case words and the small words of a name, nothing a sentence would add (bounded).
_TITLE_LINE = re.compile(r" ?(?:[•*-] )?(?:(?:[A-Z0-9(][\w'()/&,.-]{0,40}|for|of|the|and|to|in|on|&|-|–) ?){1,24}")
_LONGEST_ROW_REST = 120  # characters after a head noun on a row's line
# What may follow a head noun on a row of a list: a tail of capitalised words, a period, an acronym, a file's size.
_ROW_REST = re.compile(
    r"(?: (?:[A-Z0-9(][\w'()/&,.-]{0,40}|for|of|the|and|to|in|on|&|-|–|\(?(?i:pdf|kb|mb)\)?)){0,16} ?[.:]?"
)


def _starts_a_line(text: str, lines: Sequence[int], breaks: Sequence[int], at: int) -> bool:
    """Whether ``at`` opens a line: the text's start, or just after a line break or a blank line (the cleaned
    text's space standing for it), with at most a list's number between."""
    before = [p for p in (_break_in(lines, 0, at), _break_in(breaks, 0, at)) if p is not None]
    line_start = max(before) + 1 if before else 0
    lead = _LINE_LEAD.match(text, line_start, at)
    return lead is not None and _HEADING_ARTICLE.fullmatch(text, lead.end(), at) is not None


_HEADING_ARTICLE = re.compile(r"(?:(?:Our|The|This|Your) )?")


def _break_in(breaks: Sequence[int], start: int, end: int) -> int | None:
    """The last paragraph break in [start, end), if any."""
    at = bisect_left(breaks, end) - 1
    return breaks[at] if at >= 0 and breaks[at] >= start else None


def _first_break_in(breaks: Sequence[int], start: int, end: int) -> int | None:
    at = bisect_left(breaks, start)
    return breaks[at] if at < len(breaks) and breaks[at] < end else None


# "progress made against the", "performance against our", "an update on the": a report on a plan in force, whose
# own year follows the plan's name ("... the Digital Strategy for 2023-24").
_PROGRESS_BEFORE = re.compile(
    r"\b(?:progress|performance|update|delivery)(?: (?:made|achieved|report))? (?:against|on|of|towards) "
    r"(?:the |our |its |their )?$",
    re.IGNORECASE,
)
# Dot leaders and a page number after a name: "Spatial Strategy ........ 14", "Transport Plan … 22".
_CONTENTS_LEADER = re.compile(r" ?(?:\.{2,}|…+) ?\d{1,3}\b")
_PAGE_NUMBER = re.compile(r" \d{1,3}(?![\w/.,:-])")


def _a_contents_line(text: str, end: int, lines: Sequence[int]) -> bool:
    """A name followed by dot leaders and a page number, or by a number that ends its line (a contents entry)."""
    if _CONTENTS_LEADER.match(text, end):
        return True
    number = _PAGE_NUMBER.match(text, end)
    if number is None:
        return False
    at = bisect_left(lines, number.end())
    return (at < len(lines) and lines[at] == number.end()) or number.end() == len(text.rstrip())


@cache
def _unit_field() -> re.Pattern[str]:
    """A form's field naming an organisational unit (``name-stops.csv``, position ``unit-field``), just before."""
    fields = sorted(lexicon.name_stops("unit-field"), key=len, reverse=True)
    return re.compile(rf"(?:^|\s)(?:{'|'.join(re.escape(f) for f in fields)}) ?: ?$", re.IGNORECASE)


MIN_DATED_SPAN = 2  # years a delivery plan's own period spans for it to be a plan in its own right


def _spans_years(text: str, end: int, years: int) -> bool:
    """Whether a period of at least ``years`` years follows ``end`` ("2011 - 2013", not "2023/24")."""
    found = period_at(text, end)
    period = found[0] if found else None
    return (
        period is not None
        and period.start is not None
        and period.end is not None
        and period.end - period.start >= years
    )


def _plan_name_at(
    text: str, head_match: re.Match[str], breaks: Sequence[int] = (), lines: Sequence[int] = ()
) -> PlanName | None:
    follower = WORD.match(text, head_match.end() + 1) if text[head_match.end() : head_match.end() + 1] == " " else None
    if follower and follower.group(0).lower() in lexicon.name_stops("after"):
        return None  # "Policy Manager", "Strategy Team"
    if _BODY_AFTER.match(text, head_match.end()):
        return None  # "Policy and Resources Committee", "Housing Strategy and Investment Board"
    modifiers = _modifiers(text, head_match.start())
    if modifiers and (cut := _break_in(breaks, modifiers[0].start, head_match.start())) is not None:
        below = [w for w in modifiers if w.start > cut]
        while below and below[0].text.lower() in JOINERS:
            below.pop(0)
        # A heading or menu line above a name that stands on its own ("Home Page" above "Homelessness and
        # Rough Sleeping Strategy"); a title broken by a blank line ("Children and Young" above "People's
        # Plan 2015 - 2018") keeps its first half.
        above = [w for w in modifiers if w.start < cut]
        if sum(1 for w in below if w.text.lower() not in JOINERS) >= 2:
            modifiers = _without_navigation(below)  # "Further Information" opening the line below
        elif below and above and above[-1].text.lower() in _BODY_ENDS:
            modifiers = below  # "Meadowford Borough Council" above "COUNCIL PLAN 2020-25": the publisher's line
    modifiers = _below_a_heading_line(text, modifiers, lines, breaks)
    modifiers = _below_a_row(text, modifiers, lines, head_match.end())
    if not modifiers and (headless := _headless_with_period(text, head_match)) is not None:
        return headless  # "first set out in the 2020-23 Plan"
    modifiers, leading, inner = _period_before_head(text, head_match.start(), modifiers)
    start = modifiers[0].start if modifiers else head_match.start()
    # "... Strategy for Kent" then, a paragraph later, "How ...": the tail stops at the blank line.
    row_end = (
        _first_break_in(lines, head_match.end(), len(text)) if _starts_a_line(text, lines, breaks, start) else None
    )
    end = _tail_end(text, head_match.end(), _first_break_in(breaks, head_match.end(), len(text)), row_end)
    if end > head_match.end() and text[end - 1] in "'\u2019" and text[end - 2] != "s":
        end -= 1  # "... Compact for Housing’": the closing quote of a quoted title, no possessive
    if _of_a_plan(text, head_match.end(), end):
        return None  # "the Spatial Strategy of the Local Development Plan": a part of that plan, named below
    # "Local Transport Plan 4": a plan's edition number; a number after "Strategy" is a list's or a footnote's
    # ("the Joint Municipal Waste Management Strategy 1 be noted").
    numbered = end == head_match.end() and head_match.group(0).lower() not in _UNNUMBERED_HEADS
    number = _EDITION_NUMBER.match(text, end) if numbered else None
    if numbered and number is None and text[start:end].endswith(lexicon.numbered_series_names()):
        number = _BRACKETED_NUMBER.match(text, end)  # "Local Transport Plan (5)", not a footnote's "Strategy (2)"
    if number and _first_break_in(lines, end, number.end()) is not None:
        number = None  # "... Partnership Plan" then, on the next line, "3. Our priorities": a list's number
    if number:  # "Local Transport Plan 4 (2025-2038)": the edition's number is part of its name
        end = number.end()
    part = _PART_AFTER.match(text, end) if end == head_match.end() else None
    if part:  # "Local Plan Part 2: Site Allocations": a part of a plan made and adopted as a plan of its own
        end = part.end()
    review = _ADOPTED_REVIEW.match(text, end) if end == head_match.end() else None
    if review:  # "the District Local Plan Review (adopted 2003) has been superseded": a plan named "... Review"
        end = review.end()
    series = _numbered_acronym(text, end, text[start:end]) if end == head_match.end() and not number else None
    head_words = text[start : head_match.end()]
    head = lexicon.head_of_name(head_words)
    topic = sum(1 for w in modifiers if w.text.lower() not in JOINERS) >= len(head.words.split()) if head else False
    if (
        head is not None
        and head.dated
        and topic
        and (_spans_years(text, end, MIN_DATED_SPAN) or (_own_topic(modifiers, head) and period_at(text, end) is None))
    ):
        # "the Corporate Strategy Delivery Plan 2011 - 2013", "the Learning Disability Delivery Plan": one document
        # ("the Early Help Delivery Plan 2021-2022" is a year's actions)
        head = replace(head, is_strategy=True)
    if head is None or not head.is_strategy:
        return None
    vision = _VISION_AFTER.match(text, end) if not number else None
    if vision:  # "Borough Council Plan: A 2030 Vision": a subtitle that names the plan too is part of its title
        end = vision.end()
    companion = _COMPANION_AFTER.match(text, end)
    if companion and period_at(text, companion.end()):  # "the Community Safety Plan & Priorities 2024-2026"
        end = companion.end()
    acronym = _ACRONYM_AFTER.match(text, end)  # "Local Outcome Improvement Plan (LOIP) 2016-2026"
    found = period_at(text, acronym.end() if acronym else end) or short_period_at(text, end)
    colon_slogan = _COLON_SLOGAN.match(text, end) if found is None else None
    if colon_slogan is not None:  # "Waste Plan 2: Cleaner Streets (2015 to 2030)": the period after its slogan
        found = period_at(text, colon_slogan.end())
        colon_slogan = colon_slogan if found and found[0].start is not None and found[0].end is not None else None
        found = found if colon_slogan else None
    period = found[0] if found else None
    one_year = period is not None and (
        not period.validity or (period.start is not None and period.end is not None and period.end - period.start <= 1)
    )
    year_edition = _YEAR_EDITION.match(text, end + 1) if one_year else None
    if year_edition:
        found, period = None, None
    if one_year and found and _PROGRESS_BEFORE.search(text, max(0, start - 60), start):
        found, period = None, None  # "progress made against the X Strategy for 2023-24": the year is the report's
    if period is None and _a_contents_line(text, end, lines):
        return None  # "Spatial Strategy ........ 14": a contents entry and its page
    if _unit_field().search(text, max(0, start - 24), start):
        return None  # "Department: Corporate Strategy": a form's field naming a team
    if period is None and leading is not None:
        period = period_of(leading)
    # "Special Educational Needs and Disabilities (SEND) Strategy": the bracketed acronym is not part of the name.
    written = text[start : leading.start()] + text[head_match.start() : end] if inner and leading else text[start:end]
    name = _BRACKETED.sub("", written)
    if number and number.re is _BRACKETED_NUMBER and name.endswith(number.group(0)):
        name = f"{name.removesuffix(number.group(0))} {number.group('number')}"  # "Local Transport Plan 5"
    if series:  # "the first Local Transport Plan ('LTP1')": the plan numbered 1 of its series
        name = f"{name} {series[0].group('number')}"
    if head.weak and any(w.text.lower() in lexicon.name_stops("tail") for w in modifiers):
        return None  # "Maidstone Borough Council Policy ...": a body's name, not a policy's
    capitals = sum(1 for w in modifiers if w.text.lower() not in JOINERS) - (len(head.words.split()) - 1)
    # A head of three words or more is a whole name ("the Medium Term Financial Strategy").
    needed = head.weak_capitals if head.weak else 0 if len(head.words.split()) >= 3 else 1
    dated = period is not None and (period.start is not None or period.end is not None)  # not a bare year
    if head.weak and period is not None and not dated and not year_edition:
        needed -= 1  # "the Corporate Vision 2030", "the Allocations Policy 2024": the year is part of the title
    if needed and capitals <= 0 and len(head.words.split()) == 2 and _owned_by_the_council(text, start):
        needed = 0  # "the Council's Strategic Plan", "our Partnership Plan": the council's one plan of that kind
    # "Review" names a report, unless the text says that review was adopted or superseded as a plan
    checked = name.removesuffix(" Review") if review else name
    checked = _REVIEW_AND_HEAD.sub("", checked)  # "Homelessness Review and Strategy": the strategy is the plan
    checked = _BOARD_OWNER.sub("", checked)  # "the Integration Joint Board Strategic Plan": the board's own plan
    if not (capitals >= needed or dated or end > head_match.end()) or lexicon.not_a_plan(checked):
        return None
    if number and capitals < 1 and not dated:
        return None  # "the Draft Plan 2", "Plan 3 of the report": a number after a bare head names no edition
    if name.lower() in lexicon.name_stops("kind-name"):
        return None  # "the Development Plan": the plans in force together, a kind of document and not one plan
    if period is None and _DURATION_ONLY.fullmatch(text, start, head_match.start()):
        return None  # "a Three Year Plan", "the Ten-Year Strategy": how long, and no topic; one plan only when dated
    owner = _words_before(text, start, 1)
    if owner and _another_bodys(text, owner[0]):
        return None  # "the Combined Authority's Strategic Economic Plan": another body's plan
    # A name alone after a blank line, or alone on its line (a contents entry, a heading in a PDF's text).
    dash_slogan = _slogan_ending_the_line(text, start, end, lines, breaks) if period is None else None
    heading = (
        (start > 0 and _break_in(breaks, start - 1, start) is not None)
        or _alone_on_its_line(text, lines, start, end)
        or dash_slogan is not None
    )
    possessive = bool(modifiers) and modifiers[0].text.endswith("'s")  # "Eastmoor's Economic Strategy"
    if (
        period is None
        and not year_edition
        and not heading
        and not possessive
        and not series
        # "the drafting of Local Transport Plan 5": an edition's number names one plan (not "2 Vision 3" in contents)
        and not ((number or part) and capitals >= max(needed, 1))
        and not _introduced(text, start, 0 if head.minor else capitals)  # "supported by an Early Help Action Plan"
    ):
        ordinal = _ORDINAL_BEFORE.search(text, max(0, start - 40), start)
        if ordinal is None or head.minor or _NOUN_AFTER.match(text, end):
            # "priorities agreed in Joint Health Wellbeing Strategy": a kind of plan, not one plan; "the first Local
            # Plan Inspector's report", "the second Local Plan review": the name is a longer noun's first words
            return None
        if _an_earlier_edition(text, ordinal.group("ordinal"), name):
            # "our first Well-being Plan" beside "our second ...": an edition known by its ordinal, never the titled
            # plan of that name
            return PlanName(ordinal.start("ordinal"), end, f"{ordinal.group('ordinal')} {name}", head, None)
        past = _PAST_AFTER.match(text, end)
        if (past and (past.group("over") or ordinal.group("ordinal").lower() == "first")) or _TO_BE_MADE.search(
            text, max(0, ordinal.start() - 60), ordinal.start("ordinal")
        ):
            # "the first Carers Strategy was agreed in 2012", "the second plan, which ran to 2019", "start work on the
            # fourth Local Plan": an edition before or after the text's own, described (the lineage rules give it as a
            # predecessor or successor); "the Council's third Tourism Strategy was approved" is the text's own
            return None
        return PlanName(start, end, name, head, None, ordinal=ordinal.group("ordinal").lower())
    # "Transport Strategy" alone as a page's heading: a kind of plan, one plan only as the plan the text titles
    bare_heading = (
        heading
        and period is None
        and not (year_edition or possessive or series or number)
        and needed >= 1  # a head of three words is a whole name ("Medium Term Financial Plan")
        and capitals <= 1
        and end == head_match.end()  # "Freight Strategy for Northshire": a place's or a group's plan, by name
        and _LINK_FURNITURE.match(text, end) is None  # "Transformation Plan (PDF, 2.1mb)": a document's link
    )
    if bare_heading and modifiers and _a_section_word(modifiers[0].text):
        return None  # "Overall Strategy", "Headline Strategy" as a heading: a section of a document, no plan
    if (
        period is None
        and capitals == 1
        and end == head_match.end()
        and not (number or series or possessive)
        and modifiers[0].text.lower() in lexicon.name_stops("section")
    ):
        return None  # "the Spatial Strategy, which underpins the Area Plan": a section of a plan, in prose too
    final_end = found[1].end() if found else series[0].end() if series else end
    if final_end < len(text) and text[final_end] == ")" and "(" in text[end:final_end]:
        final_end += 1
    span_start = leading.start() if leading and not inner else start  # "the 2015 Parking Strategy"
    edition = year_edition or (_EDITION.match(text, final_end) if period else _REFRESH.match(text, final_end))
    if edition:  # "Strategic Plan 2015-2020, 2017-18 Refresh", "Local Transformation Plan 2018 Refresh"
        return PlanName(
            span_start,
            edition.end(),
            name,
            head,
            period,
            _slogan_before(text, start),
            " ".join(edition.group("edition").split()),
        )
    slogan = _SLOGAN_AFTER.match(text, final_end)
    if slogan is None and period is not None:  # a heading "Corporate Plan 2022-2027 - Recover, Reset, Renew"
        line_end = _first_break_in(breaks, final_end, min(len(text), final_end + 80))
        slogan = _SLOGAN_ENDS_LINE.fullmatch(text, final_end, line_end) if line_end is not None else None
    if slogan is None and dash_slogan:  # "Litter Strategy - A Cleaner Coast" on a line of its own
        written = f"{name} - {dash_slogan.group('slogan')}"
        return PlanName(span_start, dash_slogan.end(), name, head, None, dash_slogan.group("slogan"), written=written)
    if slogan:  # "Plan 2008-2011 - Positive about our Future - to ..."
        return PlanName(span_start, slogan.end(), name, head, period, slogan.group("slogan"))
    return PlanName(
        span_start,
        final_end,
        name,
        head,
        period,
        colon_slogan.group("slogan") if colon_slogan else _slogan_before(text, start),
        series=(series[0].group("letters"), series[1]) if series else None,
        # "Eastmoor Backs New Ten Year Plan": a headline describes the plan its story names
        in_passing=period is None and not series and not number and _after_a_headline_verb(text, start),
        bare_heading=bare_heading,
    )


def _another_bodys(text: str, word: _Word) -> bool:
    """ "the Combined Authority's", "the Board's": a possessive of a body other than the publisher. "The Authority's"
    alone is how a council or a park authority speaks of itself ("the Authority's Housing Strategy")."""
    lowered = word.text.lower().replace("\u2019", "'")
    if lowered not in lexicon.name_stops("owner"):
        return False
    before = _words_before(text, word.start, 1) if word.start and text[word.start - 1] == " " else []
    return not (lowered == "authority's" and before and before[0].text.lower() in ("the", "this"))


def _owned_by_the_council(text: str, start: int) -> bool:
    """ "the Council's", "the Authority's", "our" just before a name: the publisher's own plan."""
    before = _words_before(text, start, 1)
    return bool(before) and before[0].text.lower().replace("’", "'") in lexicon.name_stops("owning")


def _of_a_plan(text: str, head_end: int, end: int) -> bool:
    """An "of" tail that ends in a plan's head noun ("Growth Strategy of the Marlowe Local Plan"): the name is a
    part of the plan its tail names."""
    if end == head_end or not text.startswith(" of ", head_end):
        return False
    head = lexicon.head_of_name(text[head_end:end])
    return head is not None and head.is_strategy


def _own_topic(modifiers: Sequence[_Word], head: lexicon.Head) -> bool:
    """ "Learning Disability Delivery Plan": two words or more before a delivery plan's head name a topic of their
    own, no plan it delivers ("Carers Strategy Delivery Plan"), no describing or corporate word ("Annual",
    "Council") and no word of who delivers it or when ("Partnership", "Year Ahead")."""
    words = [
        w.text for w in modifiers[: len(modifiers) - (len(head.words.split()) - 1)] if w.text.lower() not in JOINERS
    ]
    plain = lexicon.name_stops("generic") | lexicon.name_stops("corporate") | lexicon.name_stops("not-topic")
    return len(words) >= 2 and not any(
        w.lower() in plain or lexicon.head_of_name(w) is not None or w.endswith(("'s", "s'")) for w in words
    )


def _slogan_ending_the_line(
    text: str, start: int, end: int, lines: Sequence[int], breaks: Sequence[int]
) -> re.Match[str] | None:
    """ "Play Strategy - Room to Grow": a name opening its line and a slogan after a dash filling the rest of it."""
    if text[end : end + 3] != " - " or not _starts_a_line(text, lines, breaks, start):
        return None
    line_end = _first_break_in(lines, end, min(len(text), end + 80))
    if line_end is None and len(text.rstrip()) - end <= 80:
        line_end = len(text.rstrip())
    slogan = _SLOGAN_ENDS_LINE.fullmatch(text, end, line_end) if line_end is not None else None
    return slogan if slogan and _reads_as_slogan_after(slogan.group("slogan")) else None


def _a_section_word(word: str) -> bool:
    """A word that, alone before a head noun in a heading, names a part of a document rather than a plan's topic
    ("Overall", "Headline", "Spatial": ``name-stops.csv`` positions ``generic``, ``descriptive`` and ``section``)."""
    lowered = word.lower()
    return any(lowered in lexicon.name_stops(p) for p in ("generic", "descriptive", "section"))


def _reads_as_slogan_after(slogan: str) -> bool:
    """ "A Cleaner Coast", "Greener Together": a phrase of two words or more with no head noun, body or report word
    of its own (not "- Consultation Draft", "- Cabinet Report", "- Action Plan")."""
    words = slogan.split()
    if words and words[0] in ("A", "An", "The", "Our"):
        words = words[1:]  # "A Cleaner Coast": an article opens many a slogan
    stops = lexicon.name_stops("tail") | lexicon.name_stops("inside")
    return (
        len(words) >= 2
        and not any(lexicon.head_of_name(w) is not None or w.lower() in stops for w in words)
        and not lexicon.not_a_plan(slogan)
        and _BODY_END.search(slogan) is None
    )


def _after_a_headline_verb(text: str, start: int) -> bool:
    """A title-case verb of a headline (``name-stops.csv``, position ``headline``) just before a name, with
    "New" or "A" between: "Council Backs New Ten Year Plan", "Board Unveils Carers Strategy"."""
    before = _words_before(text, start, 3)
    while before and before[-1].text.lower() in _HEADLINE_BETWEEN:
        before.pop()
    return bool(before) and before[-1].text[0].isupper() and before[-1].text.lower() in lexicon.name_stops("headline")


_HEADLINE_BETWEEN = frozenset({"new", "a", "an", "its", "their", "draft", "refreshed", "revised", "updated"})


# A numbered acronym in brackets after a name: " (LTP4)", " ('LTP1')".
_NUMBERED_ACRONYM = re.compile(r" \(['‘’]?(?P<letters>[A-Z]{2,6}) ?(?P<number>[1-9])['‘’]?\)")


def _numbered_acronym(text: str, end: int, written: str) -> tuple[re.Match[str], str] | None:
    """ "Local Transport Plan (LTP4)": the acronym after a name when its letters are the initials of the
    name's last words, and those words (the name of the series)."""
    match = _NUMBERED_ACRONYM.match(text, end)
    if not match:
        return None
    letters = match.group("letters")
    words = [w for w in written.split(" ") if w.lower() not in JOINERS and w[:1].isupper()]
    if len(words) < len(letters) or "".join(w[0] for w in words[-len(letters) :]) != letters:
        return None
    first = words[-len(letters)]
    return match, written[written.rindex(first) :] if first in written else written


def _period_before_head(
    text: str, head_start: int, modifiers: list[_Word]
) -> tuple[list[_Word], re.Match[str] | None, bool]:
    """A period written before the head noun ("Special Educational Needs and Disabilities (SEND) 2021-23
    Strategy": the modifiers before it, the period, True) or before the whole name after "the", "our" or a
    possessive ("the 2015 Parking Strategy", "the Council's 2006 Parking and Enforcement Plan": the
    modifiers, the period, False); else the modifiers as they were and no period."""
    if not modifiers:
        inner = _period_ending_at(text, head_start)
        before = _modifiers(text, inner.start()) if inner else []
        if inner and before:
            return before, inner, True
        return modifiers, None, False
    leading = _period_ending_at(text, modifiers[0].start)
    if leading and _POINTED_YEAR.search(text, max(0, leading.start() - 24), leading.start()):
        return modifiers, leading, False
    return modifiers, None, False


def _headless_with_period(text: str, head_match: re.Match[str]) -> PlanName | None:
    """ "the 2019-22 Plan", "our 2020-2025 Strategy": a plan named by its period and its head noun alone, a
    plan of that period (the document's, when it titles one) or a plan of its own."""
    leading = _period_ending_at(text, head_match.start())
    head = lexicon.head_of_name(head_match.group(0))
    if leading is None or head is None or not head.is_strategy or head.weak or head.minor:
        return None
    if not _POINTED_YEAR.search(text, max(0, leading.start() - 24), leading.start()):
        return None
    period = period_of(leading)
    if period.start is None or period.end is None:
        return None  # "the 2015 Plan": a year alone names no plan here
    return PlanName(leading.start(), head_match.end(), head_match.group(0), head, period)


def _period_ending_at(text: str, end: int) -> re.Match[str] | None:
    """A period ("2021-23", "2015", "2019 - 2024") that ends one space before ``end`` (a bounded window)."""
    if end < 5 or text[end - 1] != " " or not text[end - 2].isdigit():
        return None
    window = max(0, end - 1 - _LONGEST_PERIOD)
    for match in PLAN_PERIOD.finditer(text, window, end - 1):
        if match.end() == end - 1 and match.group(0)[:1].isdigit() and _starts_word(text, match.start()):
            return match
    return None


def _starts_word(text: str, at: int) -> bool:
    return at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "-/")


_LONGEST_PERIOD = 24  # "2018/19 to 2022/23" and its spaces
# What points at a name with its year before it: "the 2015 ...", "our 2019-2024 ...", "the Council's 2006 ...".
_POINTED_YEAR = re.compile(r"(?:\b(?:the|our|its|their|this|The|Our|This)|\w(?:'s|s')) $")


# An edition of a plan that keeps its period: ", 2017-18 Refresh", " (2017-18 Refresh)", " 2018 Refresh",
# " (2019 refresh)"; a lower-case keyword only after the edition's year. A bare "Review" after a plan's name is
# a review of it ("Community Plan 2021-2022 Review": a report looking back on the plan), not an edition.
_EDITION = re.compile(
    r"(?:,\s*|\s*\(|\s+)(?P<edition>(?:19|20)\d\d(?:[-/]\d\d)?\s+(?i:refresh|update|revision)"
    r"|(?:Refresh|Update|Revision))\b\)?"
)
# "X Local Plan Review (adopted 2003)", "the Structure Plan Review was adopted in 1998 and has been superseded": a
# review the text says was adopted, superseded or replaced is a plan of that name, not a review of X.
_ADOPTED_REVIEW = re.compile(
    r" Review(?=\s*\((?:adopted|approved)\b[^()]{0,24}\)"
    r"|\s+(?:\([^()]{0,30}\)\s*)?(?:has|have|had|was|were|is)\s+(?:now\s+)?(?:been\s+)?(?:formally\s+)?"
    r"(?:adopted|superseded|replaced)\b)"
)
# A refresh named after an undated plan's name, with the year it was made: "the Regional Transport Strategy Refresh
# 2019", "the RTS Refresh". (Not "Update": "Corporate Plan Update" is a report on progress.)
_REFRESH = re.compile(r" (?P<edition>Refresh(?: (?:19|20)\d\d)?)\b(?![-/]\d)")
# "Joint Health and Wellbeing Strategy 2019 refresh": the year is the edition's, not a period.
# "Council Plan 2017/18 Update": a financial year's update of a plan, not a plan with that period.
_YEAR_EDITION = re.compile(r"(?P<edition>(?:19|20)\d\d(?:[/-]\d\d)?\s+(?i:refresh|update|revision))\b")


# A slogan set between dashes after a name and its period (bounded: at most eight words).
# A slogan after a colon with the plan's period in brackets after it: ": Cleaner Streets (" (bounded).
_COLON_SLOGAN = re.compile(
    r": (?P<slogan>[A-Z][\w'-]*(?: (?:[A-Z][\w'-]*|and|&|for|of|the|our|to|in|on|with|a|without)){0,7}) (?=\()"
)
_SLOGAN_AFTER = re.compile(r" - (?P<slogan>[A-Z][\w'-]*(?: [\w'-]+){0,7}?) -(?= |$)")
# A slogan after a dash that ends a heading's line, its words capitalised ("- Recover, Reset, Renew").
_SLOGAN_ENDS_LINE = re.compile(
    r" - (?P<slogan>[A-Z][\w'-]*(?:,? (?:[A-Z][\w'-]*|and|&|for|of|the|our|to|in|on|with|a)){0,7})"
)


# An edition's number after a plan's acronym: "LTP3", "LTP 4", "LDP (2)"; not a count or a clause's number ("the LDP
# 2 years ago", "LTP 3.2", "LDP 2 and 3", "RTS 4)" closing a list's item).
_ACRONYM_NUMBER = (
    r"(?P<number>[1-9])|(?<=[A-Z]) (?P<spaced>[1-9])(?![\d/.,:-]\d)(?! (?:and|to|or|of|per|in|years?|months?|%)\b)"
    r"|(?<=[A-Z]) \((?P<bracketed>[1-9])\)"
)


def acronym_names(
    text: str, series: Mapping[str, str] | None = None, defined: Mapping[str, str] | None = None
) -> Iterator[tuple[int, int, str, Period | None]]:
    """ "our previous ICSP (2017-20)", "the CYPP", "LTP3": conventional plan acronyms, those the text defines
    for a plan (``defined``: "the Economic Development Strategy (EDS)" -> "the revised EDS"), and those of a
    numbered series the text defines (``series``: "LTP" -> "Local Transport Plan"), expanded, with the
    edition's number and the period written right after them. An acronym of a numbered series names one
    plan only with its number, a period or its place ("the LTP" alone does not; "the existing Eastmoor LDP"
    is the Eastmoor Local Development Plan)."""
    acronyms = {**(defined or {}), **lexicon.plan_acronyms(), **(series or {})}
    if not acronyms:
        return
    numbered = lexicon.numbered_acronyms() | set(series or ())
    alternatives = "|".join(map(re.escape, sorted(acronyms, key=len, reverse=True)))
    pattern = re.compile(rf"\b(?P<acronym>{alternatives})(?:{_ACRONYM_NUMBER})?(?!\w)")
    for match in finditer(pattern, text):
        acronym = match.group("acronym")
        number = match.group("number") or match.group("spaced") or match.group("bracketed")
        found = period_at(text, match.end())
        if found and number and found[0].start is None:
            found = None  # "retaining LTP3 until 2026": the numbered plan runs on, the words give no period
        end = match.end()
        period = None
        if found:
            period, end = found[0], found[1].end()
            if end < len(text) and text[end] == ")" and "(" in text[match.end() : end]:
                end += 1
        expansion = acronyms[acronym]
        refresh = _REFRESH.match(text, end) if period is None else None
        if refresh:  # "the RTS Refresh": an edition of the plan, named
            expansion, end = f"{expansion} {refresh.group('edition')}", refresh.end()
        start, place = match.start(), _place_before_acronym(text, match.start())
        if place is not None:
            start, expansion = place.start, f"{place.text} {expansion}"
        elif number is None and period is None and acronym in numbered and not refresh:
            continue
        yield start, end, f"{expansion} {number}" if number else expansion, period


def _place_before_acronym(text: str, start: int) -> _Word | None:
    """ "the existing Eastmoor LDP", "our Westvale LHS": one capitalised word (a place) between a word that
    points at one plan and the acronym."""
    before = _words_before(text, start, 2)
    if before and before[-1].start > 0 and text[before[-1].start - 1] == "(":
        return _bracketed_place(text, before[-1], start)
    if len(before) < 2:
        return None
    pointer, place = before
    if not (place.text[0].isupper() and place.text[1:].islower()) or place.text.lower() in _NOT_PLACES:
        return None
    pointing = pointer.text.lower()
    return (
        place
        if pointing in _POINTING or pointing in lexicon.name_stops("pointing") or pointing in _EDITION_WORDS
        else None
    )


def _bracketed_place(text: str, place: _Word, acronym_start: int) -> _Word | None:
    """ "This plan's predecessor (Marsh LDP 2005-2020)": a capitalised word opening a bracket before a dated acronym
    is the plan's place when the text writes that word elsewhere too (a place, not "Deposit" or "Draft")."""
    dated = period_at(text, acronym_start + len(WORD.match(text, acronym_start).group(0)))  # type: ignore[union-attr]
    word = place.text
    if dated is None or not (word[0].isupper() and word[1:].islower()) or word.lower() in _NOT_PLACES:
        return None
    elsewhere = (m.start() for m in re.finditer(rf"\b{re.escape(word)}\b", text))
    return place if any(at != place.start for at in elsewhere) else None


# The last word of a body's name on a line of its own above a title: the line is the publisher's, not the title's.
_BODY_ENDS = frozenset({"council", "authority", "partnership", "board"})
# Words before an acronym that are no place: "the new LDP", "the Council LDP", "the Draft LDP".
_NOT_PLACES = frozenset(
    {
        "council",
        "councils",
        "new",
        "draft",
        "revised",
        "current",
        "existing",
        "adopted",
        "proposed",
        "deposit",
        "preferred",
    }
)
# Words that point at one edition of a plan: "the existing Eastmoor LDP", "the previous Westvale LHS".
_EDITION_WORDS = frozenset({"existing", "current", "previous", "former", "replacement", "second", "first", "third"})


class Slogan(NamedTuple):
    end: int
    slogan: str


# ", 'A Borough where everyone belongs'" (quoted, any words) or ": Flourishing Falkirk" (title case) after a name.
_QUOTED_AFTER = re.compile(r",? ['‘\"“](?P<slogan>[A-Z][\w'’-]*(?: [\w'’-]+){1,9}?)[’'\"”](?![\w'’])")
# ", Our Future, was agreed": a phrase in title case set between commas after a name, before a lower-case word
# that goes on with the sentence (not "and", "or": a list); it must read as a slogan, as after a colon.
_APPOSED_AFTER = re.compile(
    r", (?P<slogan>[A-Z][\w'’-]*(?: (?:[A-Z][\w'’-]*|a|an|the|our|your|for|of|and|in|to|&)){1,5}),"
    r"(?= (?!and\b|or\b)[a-z])"
)
# "Local Transport Plan 4: Delivering Growth without Gridlock": a preposition between capitalised words is the
# slogan's own, never where it ends (cut there, a fragment "Delivering Growth" stood for the plan).
_COLON_AFTER = re.compile(
    r": (?P<slogan>[A-Z][\w'’-]*(?: (?:[A-Z][\w'’-]*|a|an|the|our|your|for|of|and|in|to|&"
    r"|(?:with|without|at|on|by|from|into|through|across|beyond|within)(?= [A-Z]))){1,6})(?![\w'’-])"
)


def slogan_after(text: str, end: int) -> Slogan | None:
    """The slogan a text sets right after a plan's name: "our new Corporate Plan, 'A Town where everyone
    thrives'" (quoted), "the Council's 10-year Strategy: Thriving Thornbury" (a phrase that reads as a slogan
    after a colon). Neither a head noun of its own nor guidance, a body or an Act."""
    quoted = _QUOTED_AFTER.match(text, end)
    colon = None if quoted else _COLON_AFTER.match(text, end) or _APPOSED_AFTER.match(text, end)
    found = quoted or colon
    if found is None:
        return None
    slogan = found.group("slogan").rstrip(" ,")
    words = [_Word(w.group(0), w.start(), w.end()) for w in WORD.finditer(slogan)]
    if any(lexicon.head_of_name(w.text) is not None for w in words) or lexicon.not_a_plan(slogan):
        return None
    if _BODY_END.search(slogan) or (colon is not None and not _reads_as_slogan(words)):
        return None
    if words[0].text.lower() in _CLAUSE_OPENERS:
        return None  # "the Corporate Plan, 'We will listen to residents'": a quotation from the plan, no slogan
    return Slogan(found.end(), slogan)


# Words that open a quoted clause, not a slogan.
_CLAUSE_OPENERS = frozenset({"we", "i", "it", "this", "they", "you", "he", "she", "there", "these", "that", "if"})


_HEAD_BEFORE_COLON = re.compile(r"\b(?:Plan|Strategy|Framework|Vision|plan|strategy)(?=: [A-Z])")


def colon_slogan_names(text: str) -> Iterator[PlanName]:
    """A plan known by the slogan after a head noun and a colon, whatever stands before the head: "our
    10-year Strategy: Thriving Thornbury" (a plan the grammar does not name otherwise)."""
    for match in finditer(_HEAD_BEFORE_COLON, text):
        slogan = slogan_after(text, match.end())
        head = lexicon.head_of_name(match.group(0))
        if slogan is not None and head is not None:
            found = period_at(text, slogan.end)
            period = found[0] if found and found[0].start is not None and found[0].end is not None else None
            end = found[1].end() if found and period else slogan.end
            yield PlanName(match.end() + 2, end, slogan.slogan, head, period)


MAX_SLOGAN_WORDS = 8  # words of a slogan name before its period


def slogan_names(text: str, breaks: Sequence[int] = (), lines: Sequence[int] = ()) -> Iterator[PlanName]:
    """Plans named by a slogan and a period, with no head noun: "Framing Kent's Future 2022-26",
    "Shaping Our Borough 2020-2025", "Towards a Greener Eastmoor 2021-2030". The phrase reads as a
    slogan (a verb in -ing first, "Towards", "Our") and the period runs over several years (a
    financial year, "Council Tax 2023/24", names no plan). Anything with a head noun is the grammar's."""
    for period_match in finditer(PLAN_PERIOD, text):
        period = period_of(period_match)
        if period.start is None or period.end is None or period.end - period.start < 2:
            continue
        found = _slogan_before_period(text, period_match.start(), breaks, lines)
        if found is not None:
            start, name = found
            yield PlanName(start, period_match.end(), name, _SLOGAN_HEAD, period)


# A slogan names a strategy (the class a title without a head noun gets).
_SLOGAN_HEAD = lexicon.Head("Strategy", "Strategy", True, False, False)


def _slogan_before_period(
    text: str, period_start: int, breaks: Sequence[int], lines: Sequence[int] = ()
) -> tuple[int, str] | None:
    if period_start < 2 or text[period_start - 1] != " ":
        return None
    words = _words_before(text, period_start - 1, MAX_SLOGAN_WORDS)
    stops = lexicon.name_stops("inside") | lexicon.name_stops("tail")
    kept: list[_Word] = []
    for word in reversed(words):
        lowered = word.text.lower()
        if lowered in _SLOGAN_JOINERS and word.text[0].islower() and kept:
            kept.append(word)  # "Towards a Greener Eastmoor", "Delivering our Ambitions"
            continue
        if not word.text[0].isupper() or (lowered in stops and lowered not in lexicon.name_stops("slogan")):
            break
        kept.append(word)
    while kept and kept[-1].text.lower() in _SLOGAN_JOINERS and kept[-1].text[0].islower():
        kept.pop()
    kept.reverse()
    banner = _capitals_line(kept)
    if banner:  # "LOOKING AHEAD Wellbeing in our Villages 2018 - 2023": a banner line above the plan's title
        if _break_in(lines, kept[banner - 1].end, kept[banner].start) is None:
            return None  # capitals run into the phrase on one line: no banner
        kept = kept[banner:]
    if sum(1 for w in kept if w.text[0].isupper()) < 2:
        return None
    cut = _break_in(breaks, kept[0].start, kept[-1].end)
    if cut is not None:
        return None  # a heading above the phrase is not part of it
    if any(lexicon.head_of_name(w.text) is not None for w in kept):
        return None  # "Housing Strategy 2020-2025": the grammar's
    name = text[kept[0].start : kept[-1].end]
    if not (banner or _reads_as_slogan(kept)) or lexicon.not_a_plan(name) or _BODY_END.search(name):
        return None
    return kept[0].start, name


def _capitals_line(words: Sequence[_Word]) -> int:
    """How many words in capitals open ``words`` before words in title case: a banner above a title."""
    count = 0
    while count < len(words) and len(words[count].text) > 1 and words[count].text.isupper():
        count += 1
    rest = words[count:]
    return count if count and rest and not rest[0].text.isupper() and rest[0].text[0].isupper() else 0


_SLOGAN_JOINERS = JOINERS | {"a", "an", "the", "our", "your"}
_BODY_END = re.compile(r"\b(?:Board|Committee|Council|Cabinet|Partnership|Group|Forum|Panel|Trust)$")


def _reads_as_slogan(words: Sequence[_Word]) -> bool:
    """ "Framing ...", "Towards ...", "Our Manchester": a verb in -ing first (not a noun in -ing such as
    "Housing" or "Funding") or a slogan's opening word (``name-stops.csv``, position ``slogan``)."""
    first = words[0].text.lower()
    # "Building Ashdown's Economy" (a verb: a possessive or an article follows) but not "Building Control".
    second = words[1].text if len(words) > 1 else ""
    verb_object = second.endswith(("'s", "s'")) or second in ("a", "an", "the", "our", "your")
    gerund = first.endswith("ing") and len(first) > 5 and (first not in lexicon.name_stops("not-gerund") or verb_object)
    return gerund or first in lexicon.name_stops("slogan")
