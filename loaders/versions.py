"""Versions of a plan described rather than named, read one way for every rule.

Councils often write of a version of a plan by what it is to them, not by its title: "the current Housing
Strategy" beside a new draft, "our previous plan (2017-20)", "the next Local Transport Plan", "the existing Plan
which expires in March 2024", "the last Corporate Plan". Three things make such a description, all data:

- a version word and its stance (``data/reference/version-words.csv``): ``earlier`` (previous, former, last),
  ``in-force`` (current, existing, present), ``later`` (new, draft, revised, refreshed: a new edition, perhaps the
  one the text presents) or ``next`` (next, forthcoming, successor: by its very word the edition after the one in
  force);
- then at most five words and a head noun ("strategy", "Local Transport Plan", "LDP"), or a plan's name;
- then what the text says of that version ("which was published in 2017", "runs to 2026", "is now out of date"):
  ``data/reference/predecessor-said.csv``, read by :func:`said_after`.

The lineage rules (``rules_lineage``) turn a description into a node of the plan's series (keyed by the plan it
precedes or follows, of the same publisher) only where the text puts two versions in a replacing relation.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from loaders import lexicon
from loaders.document import Document
from loaders.periods import Period, period_at
from strategy_lineage.reference import rows

EARLIER, IN_FORCE, LATER, NEXT = "earlier", "in-force", "later", "next"
OLDER_STANCES = frozenset({EARLIER, IN_FORCE})  # a version another one may replace
NEWER_STANCES = frozenset({LATER, NEXT})  # a version that may replace another


@cache
def _table() -> tuple[tuple[str, str], ...]:
    """(word, stance) of every version word that has a stance, longest first."""
    stanced = [(r["word"].lower(), r.get("stance", "")) for r in rows("version-words.csv")]
    return tuple(sorted(((w, s) for w, s in stanced if s), key=lambda row: len(row[0]), reverse=True))


def stance_of(word: str) -> str | None:
    """The stance of one version word ("current" -> "in-force"), or None."""
    return dict(_table()).get(word.lower())


@cache
def words(*stances: str) -> frozenset[str]:
    """The version words of the stances given."""
    return frozenset(w for w, s in _table() if s in stances)


def _alternatives(stances: frozenset[str]) -> str:
    return "|".join(re.escape(w) for w, s in _table() if s in stances)


@cache
def _heads() -> str:
    """Head nouns a description ends with: each head's last word and the conventional plan acronyms."""
    found = {h.words.split()[-1].lower() for h in lexicon.heads()} | {a.lower() for a in lexicon.plan_acronyms()}
    return "|".join(re.escape(w) for w in sorted(found, key=len, reverse=True))


# Whose the version is, before its version word: "the", "our", "the Council's".
_POINTER = r"(?:the|our|its|their|this|an?|[A-Z][\w-]+(?:'s|’s))"


@cache
def description() -> re.Pattern[str]:
    """ "the current Housing Strategy", "our existing adopted plan", "the Council's next LTP", "a new strategy": a
    pointing word, a version word (a second may follow: "the current adopted", "a new draft"), then at most five
    words up to a head noun (bounded, so the scan stays linear)."""
    stanced = _alternatives(frozenset({EARLIER, IN_FORCE, LATER, NEXT}))
    return re.compile(
        rf"\b{_POINTER}\s+(?P<word>{stanced})\s+(?:(?:{stanced}|adopted|approved|agreed|published)\s+)?"
        rf"(?P<kind>(?:[\w'’&-]+\s+){{0,5}}?(?:{_heads()})s?)\b",
        re.IGNORECASE,
    )


@dataclass(frozen=True)
class Version:
    """One version of a plan the text describes: where, by which word, and the words that say what plan it is."""

    start: int
    end: int
    word: str  # the version word, lower case
    stance: str
    kind: str  # "Housing Strategy", "strategy", "Local Transport Plan 3"
    kind_start: int


def described(doc: Document) -> Iterator[Version]:
    """Every version the text describes, in order."""
    for found in doc.finditer(description()):
        word = found.group("word").lower()
        stance = stance_of(word)
        if stance is None:
            continue
        yield Version(found.start(), found.end(), word, stance, found.group("kind"), found.start("kind"))


@dataclass(frozen=True)
class Said:
    """What the text says of a version right after describing it (``predecessor-said.csv``)."""

    start: int
    end: int
    year: str | None  # the year it was published, adopted or agreed
    period: Period | None  # the years it ran, or the year it ended
    words: str
    kind: str = ""  # issued | period | until | ended: of the first predicate read


def said_after(text: str, position: int, limit: int) -> Said | None:
    """ "which ran to 2021", ", adopted in 2012", "that ended in 2016", "is now out of date": what the lexicon
    reads at ``position``, and a second predicate joined to it ("we published in 2018, which ran until 2022",
    "was published in 2018 and is due for renewal")."""
    first = _one_said(text, position, limit)
    second = _one_said(text, first.end, limit) if first is not None else None
    if first is None or second is None:
        return first
    return Said(
        first.start,
        second.end,
        first.year or second.year,
        first.period or second.period,
        text[first.start : second.end].strip(" ,"),
        second.kind if second.kind in ENDED_SAID else first.kind,
    )


ENDED_SAID = frozenset({"until", "ended"})  # said of a version that ends or has ended


def _one_said(text: str, position: int, limit: int) -> Said | None:
    for cue in lexicon.predecessor_said():
        found = cue.pattern.match(text, position, limit)
        if found is None:
            continue
        year = period = None
        if cue.said == "issued":
            year = found.group("year")
        elif cue.said == "period":
            dated = period_at(text, found.start("from"))
            if dated is None or dated[0].reversed or dated[0].validity is None:
                return None  # "ran from 2021 to 2018": a typo, nothing is read from it
            period = dated[0]
        elif cue.said == "until":
            period = Period(None, int(found.group("until")), f"to {found.group('until')}")
        return Said(found.start(), found.end(), year, period, found.group(0).strip(" ,"), cue.said)
    return None
