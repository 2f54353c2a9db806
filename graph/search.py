"""Name search: a token and acronym index, built once per graph version.

Officers type "every day matters", "EDM", "CYPP 2008" or "working together". Labels
(titles, alternative titles, rdfs/skos labels, names) are normalised (case, accents,
apostrophes and punctuation dropped) into word tokens; every run of two or more
significant words also yields its initials ("Every Day Matters" -> "edm",
"... Children and Young People's Plan" -> "cypp"). A query costs lookups for its own
tokens and set intersections (in C), then the size of its answer, never a scan of all labels.
"""

from __future__ import annotations

import difflib
import heapq
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass

STOPWORDS = frozenset({"and", "of", "the", "for", "to", "in", "on", "a", "an", "s", "at", "by", "with"})
_APOSTROPHES = re.compile(r"['’‘`´]")
_NON_WORD = re.compile(r"[^0-9a-z]+")
_YEAR = re.compile(r"^(19|20)\d\d$")
# Scores are counted in tenths (exact sums, so ties are ties): a query word found whole in
# a name (or as its initials) counts 10, as the start of a word 7; the query being a name
# adds 20, the query as a phrase inside a name 10, a year the plan starts in 5.
WHOLE, PREFIX, EXACT_BONUS, PHRASE_BONUS, YEAR_BONUS = 10, 7, 20, 10, 5
_NONE: frozenset[int] = frozenset()


def normalize(text: str) -> list[str]:
    """Word tokens: "Children’s Services (CYPP)" -> ["childrens", "services", "cypp"]."""
    text = unicodedata.normalize("NFKD", _APOSTROPHES.sub("", text)).replace("&", " and ")
    text = text.encode("ascii", "ignore").decode("ascii").lower()
    return [t for t in _NON_WORD.split(text) if t]


def acronyms(tokens: list[str]) -> set[str]:
    """Initials of every run of 2+ significant (non-stopword, non-number) words."""
    words = [t for t in tokens if t not in STOPWORDS and not t.isdigit()]
    initials = "".join(w[0] for w in words)
    return {initials[i:j] for i in range(len(initials)) for j in range(i + 2, len(initials) + 1)}


@dataclass(frozen=True)
class SearchHit:
    id: str
    iri: str
    type: str  # class local name: Framework, StatutoryGuidance, Board, LegislativeProvision, ...
    kind: str  # strategy | guidance | legislation | organisation | post | person | ...
    label: str
    score: float
    matched: str  # the label or short name that matched best
    exact: bool = False  # the query is one of the entity's names, word for word


@dataclass(frozen=True)
class Entry:
    iri: str
    id: str
    type: str
    kind: str
    label: str
    names: tuple[tuple[str, ...], ...]  # normalised token tuples of every name
    raw_names: tuple[str, ...]
    start_year: int | None = None


# One entry found: its place in ``SearchIndex.entries``, its score, the name that matched (its place in
# the entry's ``raw_names``; -1: the label) and whether the query is that name. A plain tuple: a query
# makes up to ``limit`` of them, and a named tuple costs a fifth of the ranking more to make.
Ranked = tuple[int, float, int, bool]


class SearchIndex:
    """Built once per graph version; a query costs its tokens' candidate sets, intersected
    in C (set operations), and then its answer: each entry that has every query word is
    scored, and only those."""

    def __init__(self, entries: list[Entry]) -> None:
        self.entries = entries
        words: dict[str, set[int]] = defaultdict(set)
        initials: dict[str, set[int]] = defaultdict(set)
        exact: dict[str, set[int]] = defaultdict(set)
        names: list[tuple[str, ...]] = []  # each name as " word word "
        phrases: list[str] = []
        for i, entry in enumerate(entries):
            for name in entry.names:
                for word in name:
                    words[word].add(i)
                for acro in acronyms(list(name)):
                    if len(acro) >= 3:
                        initials[acro].add(i)
                exact[" ".join(name)].add(i)
            # Every name as " word word ", in one string: a phrase (spaces round it, no newline)
            # is found by one substring test and cannot straddle two names.
            names.append(tuple(f" {' '.join(n)} " for n in entry.names))
            phrases.append("\n".join(names[-1]))
        # A token's entries: with it as a whole word or initials, and with it as a whole word,
        # initials or the start (3+ letters, not a number) of a word.
        self._whole = {t: frozenset(words.get(t, ())) | frozenset(initials.get(t, ())) for t in words.keys() | initials}
        starts: dict[str, set[int]] = defaultdict(set)
        for word, found in words.items():
            if not word.isdigit():
                for end in range(3, len(word)):
                    starts[word[:end]].update(found)
        self._any = {t: self._whole.get(t, _NONE) | frozenset(starts.get(t, ())) for t in self._whole.keys() | starts}
        self._exact = {name: frozenset(found) for name, found in exact.items()}
        self._names = names
        self._phrases = phrases
        # Ties are broken by label, then IRI: each entry's place in that order, once.
        order = sorted(range(len(entries)), key=lambda i: (entries[i].label.lower(), entries[i].iri))
        self._rank = [0] * len(entries)
        for place, i in enumerate(order):
            self._rank[i] = place
        self._vocabulary = sorted(words)
        self._reported: dict[int, dict[int, float]] = {}  # per 10 x query words: a score (in tenths) as reported

    def __len__(self) -> int:
        return len(self.entries)

    def _scores(self, tokens: list[str], require_all: bool) -> dict[int, int]:
        """Each matching entry's sum over the query's tokens (in tenths): whole word or prefix.

        Set operations run in C and iterate the smaller set: the cost follows the rarest
        token's entries and the answer, not the common words ("and", "children")."""
        matching = sorted((self._any.get(t, _NONE) for t in set(tokens)), key=len)
        found = matching[0].intersection(*matching[1:]) if require_all else frozenset().union(*matching)
        # Every entry found with all the words starts each of them (a prefix each, a repeated word once
        # per occurrence); with any word, only those it has. A word that every entry found has whole
        # (the usual query: whole words) adds the same to each: counted once, not entry by entry.
        base, some = (PREFIX * len(tokens) if require_all else 0), []
        for token in tokens:
            if not require_all:
                some.append((PREFIX, found.intersection(self._any.get(token, _NONE))))
            whole = found.intersection(self._whole.get(token, _NONE))
            if len(whole) == len(found):
                base += WHOLE - PREFIX
            else:
                some.append((WHOLE - PREFIX, whole))
        scores = dict.fromkeys(found, base)
        for points, entries in some:
            for i in entries:
                scores[i] += points
        return scores

    def search(self, q: str, type: str | None = None, limit: int = 20, require_all: bool = True) -> list[SearchHit]:
        return [self.hit(found) for found in self.ranked(q, type, limit, require_all)]

    def ranked(self, q: str, type: str | None = None, limit: int = 20, require_all: bool = True) -> list[Ranked]:
        """The best ``limit`` entries for ``q``, best first: what :meth:`search` answers, before its hits are
        made (an answer for the wire is written from these and each entry's fixed fields, written once)."""
        tokens = normalize(q)
        if not tokens:
            return []
        scores = self._scores(tokens, require_all)
        said = " ".join(tokens)
        exact = self._exact.get(said, _NONE)
        query, phrase = f" {said} ", len(tokens) > 1  # a query of 2+ words inside a name: a phrase
        years = {int(t) for t in tokens if len(t) == 4 and _YEAR.match(t)}
        entries, phrases, rank = self.entries, self._phrases, self._rank
        ranked = []
        for i, score in scores.items():
            if type is not None and not _type_ok(entries[i], type):
                continue
            # The query's last place in the entry's names: the phrase bonus, and the name it matched.
            at = phrases[i].rfind(query)
            if i in exact:
                score += EXACT_BONUS
            elif phrase and at >= 0:
                score += PHRASE_BONUS
            # "CYPP 2008": prefer the plan that starts in 2008 over the one that ends then.
            if years and entries[i].start_year in years:
                score += YEAR_BONUS
            ranked.append((-score, rank[i], i, at))
        # A score is reported per query word, to three places: the same few values again and again.
        per_token = 10 * len(tokens)
        reported = self._reported.get(per_token) or self._reported.setdefault(per_token, {})
        best = []
        for score, _, i, at in heapq.nsmallest(limit, ranked):
            value = reported.get(score)
            if value is None:
                value = reported[score] = round(-score / per_token, 3)
            if i in exact:  # the first name the query is
                best.append((i, value, self._names[i].index(query), True))
            else:  # the last name holding it: its place in the names as one string, counted in line breaks
                best.append((i, value, -1 if at < 0 else phrases[i].count("\n", 0, at), False))
        return best

    def nearest(self, q: str, type: str | None = None, limit: int = 5) -> list[SearchHit]:
        """Best partial matches, then spelling neighbours: for "not found" messages."""
        hits = self.search(q, type=type, limit=limit, require_all=False)
        if hits:
            return hits
        close = []
        for token in normalize(q):
            close += difflib.get_close_matches(token, self._vocabulary, n=3, cutoff=0.75)
        return self.search(" ".join(close), type=type, limit=limit, require_all=False) if close else []

    def hit(self, found: Ranked) -> SearchHit:
        i, score, name, exact = found
        entry = self.entries[i]
        matched = entry.label if name < 0 else entry.raw_names[name]
        return _new_hit(entry.id, entry.iri, entry.type, entry.kind, entry.label, score, matched, exact)


_new = object.__new__


def _new_hit(id: str, iri: str, type: str, kind: str, label: str, score: float, matched: str, exact: bool) -> SearchHit:
    """``SearchHit(...)``, the same frozen object, made without the frozen dataclass's ``__init__``
    (one ``object.__setattr__`` call a field: with twenty hits, a fifth of a query's cost)."""
    hit = _new(SearchHit)
    hit.__dict__.update(id=id, iri=iri, type=type, kind=kind, label=label, score=score, matched=matched, exact=exact)
    return hit


def _type_ok(entry: Entry, type: str | None) -> bool:
    if type is None:
        return True
    wanted = type.lower()
    return wanted in (entry.kind.lower(), entry.type.lower())
