"""Name search: a token and acronym index, built once per graph version.

Officers type "every day matters", "EDM", "CYPP 2008" or "working together". Labels
(titles, alternative titles, rdfs/skos labels, names) are normalised (case, accents,
apostrophes and punctuation dropped) into word tokens; every run of two or more
significant words also yields its initials ("Every Day Matters" -> "edm",
"... Children and Young People's Plan" -> "cypp"). A query costs lookups for its own
tokens plus the size of the candidate sets, never a scan of all labels.
"""

from __future__ import annotations

import bisect
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
PREFIX_WEIGHT = 0.7
MAX_PREFIX_WORDS = 200  # bound the work of a very short prefix


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


class SearchIndex:
    def __init__(self, entries: list[Entry]) -> None:
        self.entries = entries
        self._tokens: dict[str, set[int]] = defaultdict(set)
        self._acronyms: dict[str, set[int]] = defaultdict(set)
        self._exact: dict[str, set[int]] = defaultdict(set)
        # Per entry: its words, its acronyms and its names as " word word " strings, so a
        # candidate is checked against a query token in O(1) without building big sets.
        self._entry_tokens: list[frozenset[str]] = []
        self._entry_acronyms: list[frozenset[str]] = []
        self._entry_phrases: list[tuple[str, ...]] = []
        for i, entry in enumerate(entries):
            words: set[str] = set()
            acros: set[str] = set()
            for name in entry.names:
                words.update(name)
                acros.update(a for a in acronyms(list(name)) if len(a) >= 3)
                self._exact[" ".join(name)].add(i)
            for token in words:
                self._tokens[token].add(i)
            for acro in acros:
                self._acronyms[acro].add(i)
            self._entry_tokens.append(frozenset(words))
            self._entry_acronyms.append(frozenset(acros))
            self._entry_phrases.append(tuple(f" {' '.join(n)} " for n in entry.names))
        self._vocabulary = sorted(self._tokens)

    def __len__(self) -> int:
        return len(self.entries)

    def _prefix_words(self, token: str) -> list[str]:
        if len(token) < 3 or token.isdigit():
            return []
        at = bisect.bisect_left(self._vocabulary, token)
        words = []
        for word in self._vocabulary[at : at + MAX_PREFIX_WORDS]:
            if not word.startswith(token):
                break
            if word != token:
                words.append(word)
        return words

    def _size(self, token: str) -> int:
        """How many candidates ``token`` has, without building the set."""
        return (
            len(self._tokens.get(token, ()))
            + len(self._acronyms.get(token, ()))
            + sum(len(self._tokens[w]) for w in self._prefix_words(token))
        )

    def _candidates(self, token: str) -> dict[int, float]:
        found: dict[int, float] = {}
        for word in self._prefix_words(token):
            for i in self._tokens[word]:
                found[i] = PREFIX_WEIGHT
        for i in self._tokens.get(token, ()):
            found[i] = 1.0
        for i in self._acronyms.get(token, ()):
            found[i] = 1.0
        return found

    def _weight(self, i: int, token: str) -> float:
        if token in self._entry_tokens[i] or token in self._entry_acronyms[i]:
            return 1.0
        if len(token) >= 3 and not token.isdigit() and any(w.startswith(token) for w in self._entry_tokens[i]):
            return PREFIX_WEIGHT
        return 0.0

    def _scores(self, tokens: list[str], require_all: bool) -> dict[int, float]:
        if require_all:
            # Start from the rarest token; check the others per candidate (cost: the
            # rarest token's candidates, not every token's).
            ordered = sorted(dict.fromkeys(tokens), key=self._size)
            scores = self._candidates(ordered[0])
            for token in ordered[1:]:
                kept = {}
                for i, s in scores.items():
                    w = self._weight(i, token)
                    if w:
                        kept[i] = s + w
                scores = kept
                if not scores:
                    break
            # A repeated query word counts once per occurrence.
            extra = len(tokens) - len(ordered)
            return {i: s + extra for i, s in scores.items()} if extra else scores
        totals: dict[int, float] = defaultdict(float)
        for token in tokens:
            for i, s in self._candidates(token).items():
                totals[i] += s
        return totals

    def search(self, q: str, type: str | None = None, limit: int = 20, require_all: bool = True) -> list[SearchHit]:
        tokens = normalize(q)
        if not tokens:
            return []
        scores = self._scores(tokens, require_all)
        phrase = f" {' '.join(tokens)} "
        exact = self._exact.get(" ".join(tokens), set())
        years = {int(t) for t in tokens if _YEAR.match(t)}
        ranked = []
        for i, base in scores.items():
            entry = self.entries[i]
            if not _type_ok(entry, type):
                continue
            if i in exact:
                bonus = 2.0
            elif len(tokens) > 1 and any(phrase in p for p in self._entry_phrases[i]):
                bonus = 1.0
            else:
                bonus = 0.0
            # "CYPP 2008": prefer the plan that starts in 2008 over the one that ends then.
            if entry.start_year is not None and entry.start_year in years:
                bonus += 0.5
            ranked.append(((base + bonus) / len(tokens), i))
        top = heapq.nsmallest(
            limit, ranked, key=lambda r: (-r[0], self.entries[r[1]].label.lower(), self.entries[r[1]].iri)
        )
        return [self._hit(i, score, tokens, i in exact) for score, i in top]

    def nearest(self, q: str, type: str | None = None, limit: int = 5) -> list[SearchHit]:
        """Best partial matches, then spelling neighbours: for "not found" messages."""
        hits = self.search(q, type=type, limit=limit, require_all=False)
        if hits:
            return hits
        close = []
        for token in normalize(q):
            close += difflib.get_close_matches(token, self._vocabulary, n=3, cutoff=0.75)
        return self.search(" ".join(close), type=type, limit=limit, require_all=False) if close else []

    def _hit(self, i: int, score: float, tokens: list[str], exact: bool) -> SearchHit:
        entry = self.entries[i]
        query = tuple(tokens)
        matched = entry.label
        for name, raw in zip(entry.names, entry.raw_names, strict=True):
            if name == query:
                matched = raw
                break
            if _contains_run(name, query):
                matched = raw
        return SearchHit(entry.id, entry.iri, entry.type, entry.kind, entry.label, round(score, 3), matched, exact)


def _contains_run(name: tuple[str, ...], query: tuple[str, ...]) -> bool:
    n = len(query)
    return any(name[i : i + n] == query for i in range(len(name) - n + 1))


def _type_ok(entry: Entry, type: str | None) -> bool:
    if type is None:
        return True
    wanted = type.lower()
    return wanted in (entry.kind.lower(), entry.type.lower())
