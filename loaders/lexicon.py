"""Vocabularies the loaders read plans and their relations with, kept as data.

Each file under ``data/reference/`` is a CSV with a header row; this module reads them
once and compiles what needs compiling. The rules never spell these words themselves.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache

from strategy_lineage.resources import project_file


def _rows(name: str) -> list[dict[str, str]]:
    with project_file(f"data/reference/{name}").open(encoding="utf-8", newline="") as handle:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(handle)]


@dataclass(frozen=True)
class Head:
    """A head noun of plan names ("Strategy", "Local Outcomes Improvement Plan")."""

    words: str
    cls: str  # Strategy | Plan | Framework: the sl: class a plan with this head gets
    is_strategy: bool  # False for "Business Plan", "Delivery Plan" ...
    minor: bool  # "Programme": a plan in its own right only when dated or itself replaced
    weak: bool  # "Policy", "Vision": a name needs a period or two capitalised words before it
    # "Action Plan": minor, but a plan in its own right when its name gives a topic of its own ("the Climate
    # Emergency Action Plan"), not when it names none or delivers a strategy ("the Carers Strategy Action Plan").
    topical: bool = False
    # "Delivery Plan": no plan in its own right, but one when named after its topic with a period of its own
    # ("the Corporate Strategy Delivery Plan 2011 - 2013").
    dated: bool = False
    # Capitalised words a weak head's undated name needs before it: two for a word prose capitalises in passing
    # ("the Council Policy", "a Corporate Vision"), one for a word that names a document of its own ("the Tenants
    # Charter", "the Digital Roadmap").
    weak_capitals: int = 2


@cache
def heads() -> tuple[Head, ...]:
    """Longest first, so that "Action Plan" wins over "Plan"."""
    found = [
        Head(
            words=r["head"],
            cls=r["class"],
            is_strategy=r["strategy"] not in ("no", "dated"),
            minor=r["strategy"] in ("related", "topical"),
            weak=r["weak"] in ("yes", "one"),
            weak_capitals=1 if r["weak"] == "one" else 2,
            topical=r["strategy"] == "topical",
            dated=r["strategy"] == "dated",
        )
        for r in _rows("plan-heads.csv")
    ]
    return tuple(sorted(found, key=lambda h: len(h.words), reverse=True))


@cache
def welsh_heads() -> dict[str, Head]:
    """Welsh head nouns (which open a name: "Cynllun y Cyngor") and the English head each stands for."""
    english = {h.words.lower(): h for h in heads()}
    return {
        r["word"]: english[r["english"].lower()]
        for r in _rows("plan-heads-welsh.csv")
        if r["role"] == "head" and r["english"].lower() in english
    }


@cache
def welsh_joiners() -> frozenset[str]:
    """Welsh small words inside a name ("y", "a", "ar gyfer")."""
    return frozenset(r["word"] for r in _rows("plan-heads-welsh.csv") if r["role"] == "joiner")


@cache
def head_pattern() -> re.Pattern[str]:
    """Any head noun as a whole word sequence, case-insensitive (callers check capitals)."""
    words = sorted({h.words.split()[-1] for h in heads()}, key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(re.escape(w) for w in words)})\b", re.IGNORECASE)


def head_of_name(name: str) -> Head | None:
    """The longest head noun a name ends with."""
    lowered = name.lower()
    for head, words in _heads_ending(lowered.rsplit(" ", 1)[-1]):
        if lowered == words or lowered.endswith(" " + words):
            return head
    return None


def _heads_ending(word: str) -> tuple[tuple[Head, str], ...]:
    """The heads (longest first) whose last word is ``word``, each with its words in lower case: a name
    can end with no other."""
    return _heads_by_last_word().get(word, ())


@cache
def _heads_by_last_word() -> dict[str, tuple[tuple[Head, str], ...]]:
    by_word: dict[str, list[tuple[Head, str]]] = {}
    for head in heads():
        words = head.words.lower()
        by_word.setdefault(words.rsplit(" ", 1)[-1], []).append((head, words))
    return {word: tuple(found) for word, found in by_word.items()}


@dataclass(frozen=True)
class NotPlan:
    phrase: str
    kind: str  # guidance | assessment | inspection | legislation | report | budget | other-body


@cache
def not_plans() -> tuple[NotPlan, ...]:
    return tuple(NotPlan(r["phrase"], r["kind"]) for r in _rows("not-plans.csv"))


@cache
def _not_plan_pattern() -> re.Pattern[str]:
    phrases = sorted((n.phrase for n in not_plans() if n.kind not in ("nation", "not-national")), key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(re.escape(p) for p in phrases)})(?![a-z])")


@cache
def _not_national_pattern() -> re.Pattern[str]:
    """Phrases (kind ``not-national``) that hold a not-a-plan word but name a body's own thing: "National Park"."""
    kept = sorted((n.phrase for n in not_plans() if n.kind == "not-national"), key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(re.escape(p) for p in kept)})(?![a-z])")


@cache
def _national_pattern() -> re.Pattern[str]:
    """A name opening with a nation ("Wales Spatial Plan", "UK Digital Strategy"), unless the words are a council's
    place (``councils.csv``: "Scottish Borders Local Development Plan")."""
    nations = sorted((n.phrase for n in not_plans() if n.kind == "nation"), key=len, reverse=True)
    spelt = "|".join(re.escape(n) for n in nations)
    places = {
        re.sub(r"(?: (?:County|City|Borough|District|Council))+$", "", row["name"]) for row in _rows("councils.csv")
    }
    councils = sorted((p for p in places if re.match(rf"(?:{spelt}) ", p)), key=len, reverse=True)
    unless = f"(?!{'|'.join(re.escape(p) for p in councils)})" if councils else ""
    return re.compile(rf"^(?:the )?{unless}(?:{spelt})(?![\w'-])")


def not_a_plan(name: str) -> bool:
    """True when a name that ends like a plan's is guidance, an Act, an assessment, a
    report or another body's plan, or a nation's (the phrases match case-sensitively, as names are written)."""
    return bool(_not_plan_pattern().search(_not_national_pattern().sub(" ", name))) or bool(
        _national_pattern().match(name)
    )


@cache
def plan_acronyms() -> dict[str, str]:
    """Conventional abbreviations of plan names ("CYPP" -> "Children and Young People's Plan")."""
    return {r["acronym"]: r["expansion"] for r in _rows("plan-acronyms.csv")}


@cache
def numbered_series_names() -> tuple[str, ...]:
    """The names of plans that come in numbered editions ("Local Transport Plan"), written out."""
    return tuple(r["expansion"] for r in _rows("plan-acronyms.csv") if r.get("numbered") == "yes")


@cache
def numbered_acronyms() -> frozenset[str]:
    """Acronyms of plans that come in numbered editions ("LTP3"): alone ("the LTP") they name no one plan."""
    return frozenset(r["acronym"] for r in _rows("plan-acronyms.csv") if r.get("numbered") == "yes")


@dataclass(frozen=True)
class Cue:
    """A wording that says one plan replaces, revises, refreshes, succeeds or extends another.

    ``form`` says where the two plans stand: ``active`` (new, cue, old: "X replaces Y",
    "X, which replaces Y", "X, the replacement for Y"), ``passive`` (old, cue, new: "Y was
    replaced by X"), ``self`` (old, cue; the new one is the plan the document presents:
    "Y has been updated"), ``extension`` (the plan before runs longer: "extended until 2021")
    ``merge`` (old plans listed after the cue, or before it in the passive; the new before it or after
    "into": "X merges Y and Z", "Y and Z were combined into X"), ``merge-into`` (the same, only with
    "into": "brings together Y and Z into X"), ``review`` (old after the cue, its later edition named
    further on: "reviewed Y 2018-21 and agreed X 2022-25"), ``expiry`` (old before the cue, the new the
    plan the text presents: "Y expired in 2020"), ``previous`` and ``edition`` (see
    rules_lineage) and ``negative`` (a relation that is not a supersession: "aligns with", "supports")."""

    relation: str  # key of RELATIONS in rules_lineage
    form: str
    pattern: re.Pattern[str]
    example: str


@cache
def lineage_cues() -> tuple[Cue, ...]:
    """The cue lexicon, in file order (earlier cues win where two overlap)."""
    return tuple(
        Cue(r["relation"], r["form"], re.compile(rf"\b(?:{_dated(r['cue'])})\b", re.IGNORECASE), r["example"])
        for r in _rows("lineage-cues.csv")
    )


@dataclass(frozen=True)
class ModalityCue:
    modality: str  # local name of an sl:Modality individual
    scope: str  # sentence | document
    pattern: re.Pattern[str]


@cache
def modality_cues() -> tuple[ModalityCue, ...]:
    return tuple(
        # A cue ending in punctuation ("Proposed decision:") needs no word boundary after it.
        ModalityCue(r["modality"], r["scope"], re.compile(rf"\b(?:{r['cue']})(?:\b|(?<!\w))", re.IGNORECASE))
        for r in _rows("modality-cues.csv")
    )


@cache
def predecessor_words() -> re.Pattern[str]:
    """Adjectives that make "the previous strategy" an older plan, not the document's own."""
    words = [r["word"] for r in _rows("predecessor-words.csv")]
    return re.compile(rf"\b(?:{'|'.join(re.escape(w) for w in words)})\b", re.IGNORECASE)


@cache
def cue_filler_words() -> str:
    """Words that may stand between a lineage cue and the plan it names besides articles and predecessor words:
    "will replace the adopted Local Plan (2015)" (``cue-filler-words.csv``), as one regular-expression alternation."""
    return "|".join(re.escape(r["word"]) for r in _rows("cue-filler-words.csv"))


@cache
def drafting_cues() -> re.Pattern[str]:
    """Words that say a plan was revised in drafting ("updated following consultation", "the revised draft"):
    the same plan's draft changed, not a new edition of an earlier plan (``drafting-cues.csv``)."""
    cues = "|".join(f"(?:{r['cue']})" for r in _rows("drafting-cues.csv"))
    return re.compile(rf"\b(?:{cues})\b", re.IGNORECASE)


@cache
def plan_content_words() -> frozenset[str]:
    """What a plan sets out ("priorities", "aims"): words that name no topic of a plan ("our aims and wider
    strategy" names none)."""
    return frozenset(r["word"].lower() for r in _rows("plan-contents.csv"))


@cache
def plan_contents() -> re.Pattern[str]:
    """What a plan sets out ("the priorities set out in", "the objectives of"): between a cue and the plan
    it names, these words stand for the plan ("would replace the priorities set out in the corporate plan")."""
    words = "|".join(re.escape(r["word"]) for r in _rows("plan-contents.csv"))
    return re.compile(rf"(?:the\s+)?(?:{words})(?:\s+(?:set\s+out|contained|described|agreed))?\s+(?:in|of|within)\b")


@cache
def name_stops(position: str) -> frozenset[str]:
    """Capitalised words that end a plan name scanned backwards (``inside``) or that are
    never the object of its "for"/"of" tail (``tail``), or that end a name written without a head
    noun that is therefore no plan (``headless-end``: "Hostel", "Centre"), compared case-insensitively."""
    return frozenset(r["word"].lower() for r in _rows("name-stops.csv") if r["position"] == position)


@dataclass(frozen=True)
class SaidCue:
    """What a text says of an earlier plan it describes ("which ran to 2021", "adopted in 2012").

    ``said`` is ``issued`` (a year in group ``year``), ``period`` (groups ``from`` and ``until``), ``until``
    (an end year only) or ``ended`` (no year: "is now out of date")."""

    said: str
    pattern: re.Pattern[str]


_MONTH = (  # a month, with its day: "31 March 2025"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+)?"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)


def _dated(cue: str) -> str:
    """A cue with its placeholders for a month (with its day) and a year spelled out."""
    return cue.replace("MONTH", _MONTH).replace("YEAR", r"(?:19|20)\d\d")


@cache
def predecessor_said() -> tuple[SaidCue, ...]:
    """The predicates that describe an earlier plan, in file order (``predecessor-said.csv``); each matches at
    the position given, after an optional comma: ", adopted in 2012", " that ended in 2016"."""
    return tuple(
        SaidCue(
            r["said"],
            re.compile(
                r"\s*,?\s*(?:and\s+)?(?:" + _dated(r["cue"]) + r")\b",  # "published in 2018 and is due for renewal"
                re.IGNORECASE,
            ),
        )
        for r in _rows("predecessor-said.csv")
    )
