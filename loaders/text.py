"""Cleaning source text for matching while remembering where every character came from.

Council documents arrive as scraped text: sentences wrapped across lines, markdown
residue (``**``, ``## ``, ``<sup>th</sup>``, ``[link](#)``), curly quotes. Rules match
against a cleaned copy in which all of that is gone and every whitespace run is one
space; each cleaned character keeps the index of the original character it came from,
so evidence offsets always point into the file as stored.
"""

from __future__ import annotations

import bisect
import re
import re._compiler as _compiler
import re._constants as _c
import re._parser as _parser
from array import array
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain

# Characters folded one-to-one so that rules need only spell straight quotes and dashes. Each is replaced
# by ``str.replace`` (a search for one character: 1 ms a megabyte, where ``str.translate`` takes 50); no
# character a mark becomes is itself folded, so the order does not matter.
_FOLD = {
    "’": "'",
    "‘": "'",
    "“": '"',
    "”": '"',
    "–": "-",
    "—": "-",
    # hyphens of other code points, as word processors write them inside periods ("2020‐2024")
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2212": "-",
    "\u00a0": " ",
    "\uf0b7": "\u2022",  # a bullet in a private-use font character
}

# Markup dropped entirely (the text between tags stays).
_DROP = re.compile(
    r"</?(?:sup|sub|u|b|i|em|strong)>"  # inline HTML tags
    r"|\*\*?|__"  # markdown emphasis
    r"|^[ \t]*#{1,6}[ \t]*"  # heading markers
    r"|^[ \t]*-{3,}[ \t]*$"  # horizontal rules
    r"|\]\(#?[^)\s]*\)|\["  # markdown links: keep the link text
    r"|pdf icon PDF \d+ KB"  # ModernGov link residue
    r"|(?<=[a-z])-[ \t]*\n[ \t]*(?=[a-z])",  # a word broken by a hyphen at a line end: "Strat-\negy"
    re.MULTILINE,
)
# Ordinal suffixes written as superscripts: "11<sup>th</sup>" -> "11".
_ORDINAL_SUP = re.compile(r"(?<=\d)<sup>(?:st|nd|rd|th)</sup>")


# A whitespace run that is not already one plain space (``\s`` in a str pattern is the class
# ``str.isspace`` tests): only those need rewriting.
_ODD_SPACE_RUN = re.compile(r"\s{2,}|[^\S ]")


@dataclass(frozen=True)
class CleanText:
    """``text`` is the cleaned copy; ``origin[i]`` is the original index of ``text[i]`` (an
    array of machine integers: a tuple of Python ints costs 36 bytes a character)."""

    original: str
    text: str
    origin: Sequence[int]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a cleaned half-open range back to the original file's half-open range."""
        if end <= start:
            raise ValueError("empty range")
        return self.origin[start], self.origin[end - 1] + 1


def clean(original: str) -> CleanText:
    """Drop markup, make each whitespace run one space (none at either end) and fold quotes and
    dashes, keeping where each character came from. Done with slices and regular expressions,
    not a loop over characters: a 5 MB text is cleaned in well under a second."""
    kept, kept_origin = _without_markup(original)
    first, last = len(kept) - len(kept.lstrip()), len(kept.rstrip())  # no space at either end
    pieces: list[str] = []
    origin = array("q")
    position = first
    for run in _ODD_SPACE_RUN.finditer(kept, first, max(first, last)):
        start, end = run.span()
        pieces.append(kept[position:start] + " ")  # the run becomes one space, at its first character
        origin.extend(kept_origin[position : start + 1])
        position = end
    pieces.append(kept[position:last])
    origin.extend(kept_origin[position:last])
    return CleanText(original=original, text=_fold("".join(pieces)), origin=origin)


def _fold(text: str) -> str:
    for mark, plain in _FOLD.items():
        text = text.replace(mark, plain)
    return text


def _without_markup(original: str) -> tuple[str, array[int]]:
    """The text with every match of the markup patterns removed, and where each character came from."""
    spans = sorted(m.span() for pattern in (_ORDINAL_SUP, _DROP) for m in finditer(pattern, original))
    pieces: list[str] = []
    origin = array("q")
    position = 0
    for start, end in spans:
        if start > position:
            pieces.append(original[position:start])
            origin.extend(range(position, start))
        position = max(position, end)
    pieces.append(original[position:])
    origin.extend(range(position, len(original)))
    return "".join(pieces), origin


def lines_with_offsets(original: str) -> list[tuple[int, str]]:
    """Original lines with the offset where each starts (for header fields such as ``To:``). Split once
    for the text last asked about (a dozen rules ask): the list is shared, never to be changed."""
    if _LINES and _LINES[0][0] is original:
        return _LINES[0][1]
    result, offset = [], 0
    for line in original.splitlines(keepends=True):
        result.append((offset, line.rstrip("\r\n")))
        offset += len(line)
    _LINES[:] = [(original, result)]
    return result


_LINES: list[tuple[str, list[tuple[int, str]]]] = []


# Whole-text passes -------------------------------------------------------------------------------
#
# Python's regular expressions try a pattern at every character when it does not start with a
# plain literal (``\b(?:was|is) replaced by``, case-insensitive, a name class ...): 20-200 ms a
# pass over a megabyte, and the rules make about two hundred passes. Most patterns cannot match
# without one of a few words ("replaced", "asked"): a pass then looks for those words first (a fast
# substring search) and tries the pattern only in the windows around them, finding exactly the
# matches, in the same order, that a pass over the whole text finds (docs/linear-time.md).


@dataclass(frozen=True)
class Choice:
    """Words one of which every match contains, where a match starts ``before`` characters or less
    before the word's start and ends ``after`` characters or less after it (None: no bound). ``left`` and
    ``right`` (regular expressions of one character, or None) match every character the part of a match
    before the word's start, and from it on, can consume: a match never reaches across a character of the
    text they do not match (a body's name never crosses a comma or a full stop)."""

    words: tuple[str, ...]
    before: int | None
    after: int | None
    left: str | None = None
    right: str | None = None
    # A short part that can consume any character (a bracketed aside, "[^()]{3,40}") may lie next to the word:
    # ``left`` is then what the part of a match more than ``left_slack`` characters before the word can consume,
    # ``right`` what the part ``right_slack`` characters or more after the word's start can.
    left_slack: int = 0
    right_slack: int = 0


@dataclass(frozen=True)
class Gate:
    """What a pattern cannot match without: one of the words of each of ``choices`` (lower-case
    ASCII, found in the text as :func:`folded` writes it). When a match is at most ``width`` characters
    long and its look-aheads read at most ``margin`` characters past its end, a pass over a window
    around each word finds them all; when a choice's words start at most ``_NEAR_START`` characters
    into a match, trying the pattern at the starts before each word does (whatever its length)."""

    choices: tuple[Choice, ...]
    width: int | None
    margin: int | None


# A gate is worth its windows only when its words are this long, and its windows this short.
_GATE_WORD = 3
_GATE_WIDTH = 4000
# A choice whose words start a match at most this many characters after the match's start can be
# tried at those starts only (a match per start) rather than by a pass over a window around each word.
_NEAR_START = 200


@lru_cache(maxsize=256)
def _parsed(pattern: re.Pattern[str]) -> _parser.SubPattern:
    """``pattern`` parsed as ``re`` parses it (read, never changed): its gate for each run of spaces and where its
    matches start are worked out from one parse (half of working out a gate is the parse)."""
    return _parser.parse(pattern.pattern, pattern.flags)


@lru_cache(maxsize=4096)  # bounded: a pattern made for one document must not stay for ever
def gate_of(pattern: re.Pattern[str], longest_space: int | None = None) -> Gate | None:
    """The words every match of ``pattern`` contains, or None when it has none, or when neither a window
    nor the starts before its words can hold every match (an unbounded match or look-ahead, or the end
    of the text, with no word near its start). In a text whose runs of white space are at most
    ``longest_space`` long, ``\\s+`` is that long at most."""
    parsed = _parsed(pattern)
    items = list(parsed.data)
    widths = [_longest([item], longest_space) for item in items]
    width = _sum(widths)
    reach = _lookahead_reach(parsed, bool(pattern.flags & re.MULTILINE), longest_space)
    if width is not None and (width > _GATE_WIDTH or reach is None):
        width = None  # no window of its width holds every match
    choices = set()
    consumed = [_consumed([item], int(parsed.state.flags)) for item in items]
    # Runs of characters bound a match in a text whose white space is in short runs (a cleaned text); where
    # a run of spaces is thousands long (a form's empty fields), the space is the match's length, not a name.
    cut = longest_space is None or longest_space <= _SHORTEST_RUN
    for first, last in _units(items):
        # Where in a match this part lies bounds where its word can be: after at most the longest of the
        # parts before it (and of itself, less the word), before at most the longest of itself and the rest;
        # and a match never reaches across a character none of those parts can consume.
        required = _choices(items[first:last])
        if not required:
            continue
        through, onwards = _sum(widths[:last]), _sum(widths[first:])
        left, left_slack = _cut_before(consumed, widths, last, pattern.flags) if cut and _long(through) else (None, 0)
        right, right_slack = _cut_after(consumed, widths, first, pattern.flags) if cut and _long(onwards) else (None, 0)
        for words in required:
            # A word that contains another of its set is found wherever that one is: look for the other only.
            kept = tuple(sorted(w for w in words if not any(o != w and o in w for o in words)))
            shortest = min(map(len, kept))
            before = None if through is None else through - shortest
            cut_left = left is not None and _long(before)
            near = before is not None and (width is not None or before <= _NEAR_START)
            if all(map(_rare_enough, kept)) and (near or cut_left):
                choices.add(
                    Choice(
                        kept,
                        before,
                        onwards,
                        left if cut_left else None,
                        right,
                        left_slack if cut_left else 0,
                        right_slack if right is not None else 0,
                    )
                )
    if not choices:
        return None
    return Gate(tuple(sorted(choices, key=_choice_order)), width, reach)


def _choice_order(choice: Choice) -> tuple:
    return (choice.words, choice.before or 0, choice.after or 0, choice.left or "", choice.right or "") + (
        choice.left_slack,
        choice.right_slack,
    )


# A part that consumes any character is left out of a cut when it lies at most this many characters from the word.
_MOST_SLACK = 200


def _cut_before(
    consumed: list[Consumed | None], widths: list[int | None], last: int, flags: int
) -> tuple[str | None, int]:
    """What the items before ``last`` can consume, less the bounded items next to it when those can consume any
    character (then the other items' part of a match lies more than the returned slack before the word)."""
    slack = 0
    for end in range(last, 0, -1):
        alphabet = _alphabet(consumed[:end], flags)
        if alphabet is not None:
            return alphabet, slack
        width = widths[end - 1]
        if width is None or slack + width > _MOST_SLACK:
            break
        slack += width
    return None, 0


def _cut_after(
    consumed: list[Consumed | None], widths: list[int | None], first: int, flags: int
) -> tuple[str | None, int]:
    """What the items from ``first`` on can consume, less the bounded items from ``first`` when those can consume any
    character (then the other items' part of a match lies the returned slack or more after the word's start)."""
    slack = 0
    for start in range(first, len(consumed)):
        alphabet = _alphabet(consumed[start:], flags)
        if alphabet is not None:
            return alphabet, slack
        width = widths[start]
        if width is None or slack + width > _MOST_SLACK:
            break
        slack += width
    return None, 0


def _sum(widths: list[int | None]) -> int | None:
    return None if None in widths else sum(widths)  # type: ignore[arg-type]


# What a part of a pattern can consume, one character at a time: the members of a character class for each
# state of the flags that change what a member matches (case, dot), and whole one-character expressions
# (a negated class, a dot), as text: ("i", "\\w") or ("", "[^.]"); None when a part is not worked out.
_CATEGORIES = {
    _c.CATEGORY_DIGIT: r"\d",
    _c.CATEGORY_NOT_DIGIT: r"\D",
    _c.CATEGORY_SPACE: r"\s",
    _c.CATEGORY_NOT_SPACE: r"\S",
    _c.CATEGORY_WORD: r"\w",
    _c.CATEGORY_NOT_WORD: r"\W",
}
Consumed = frozenset[tuple[str, str, bool]]  # (flags, member or expression, whether a whole expression)


class _Unknown(Exception):
    """A part whose characters this module does not work out."""


def _seq(items: _parser.SubPattern | list) -> list:
    """The items of a parsed sequence as a list: iterating a ``SubPattern`` calls its Python ``__getitem__`` once
    an item (660,000 calls to work out the gates of a document's patterns: a third of the time)."""
    return items.data if isinstance(items, _parser.SubPattern) else items


def _consumed(items: _parser.SubPattern | list, flags: int) -> Consumed | None:
    """What ``items`` can consume (None: not known)."""
    found: set[tuple[str, str, bool]] = set()
    try:
        _consume(items, flags, found)
    except _Unknown:
        return None
    return frozenset(found)


def _consume(items: _parser.SubPattern | list, flags: int, found: set[tuple[str, str, bool]]) -> None:
    for op, av in _seq(items):
        if op in _ONE_CHARACTER:
            found.add(_one_character(op, av, flags))
        elif op is _SUBPATTERN:
            added, removed = av[1], av[2]
            if (added | removed) & _LOCAL:
                raise _Unknown  # \w, \d, \s read otherwise there
            _consume(av[3], (flags | added) & ~removed, found)
        elif op is _BRANCH:
            for branch in av[1]:
                _consume(branch, flags, found)
        elif op in _REPEATS:
            _consume(av[2], flags, found)
        elif op is _ATOMIC:
            _consume(av, flags, found)
        elif op is _c.GROUPREF_EXISTS:
            for part in av[1:]:
                if part:
                    _consume(part, flags, found)
        elif op is _c.GROUPREF and flags & _IGNORECASE:
            raise _Unknown  # the group's text in another case
        elif op is not _c.GROUPREF and op is not _AT and op not in _ASSERTS:
            raise _Unknown  # a back-reference consumes what its group did; assertions consume nothing


_IGNORECASE, _DOTALL, _LOCAL = int(re.IGNORECASE), int(re.DOTALL), int(re.ASCII | re.LOCALE | re.UNICODE)
_SCOPES = {0: "", _IGNORECASE: "i", _DOTALL: "s", _IGNORECASE | _DOTALL: "is"}


def _one_character(op: int, av: object, flags: int) -> tuple[str, str, bool]:
    if op is _c.IN:
        return _class_character(av, flags)
    key = (op, av, flags & (_IGNORECASE | _DOTALL))  # a literal character, or a dot: made once
    found = _SIMPLE_CHARACTERS.get(key)
    if found is None:
        found = _SIMPLE_CHARACTERS[key] = _simple_character(op, av, flags)
    return found


_SIMPLE_CHARACTERS: dict[tuple[int, object, int], tuple[str, str, bool]] = {}


def _simple_character(op: int, av: object, flags: int) -> tuple[str, str, bool]:
    scope = _SCOPES[flags & (_IGNORECASE | _DOTALL)]
    if op is _c.LITERAL:
        return scope, re.escape(chr(av)), False  # type: ignore[arg-type]
    if op is _c.NOT_LITERAL:
        return scope, f"[^{re.escape(chr(av))}]", True  # type: ignore[arg-type]
    return scope, ".", True  # ANY


def _class_character(av: object, flags: int) -> tuple[str, str, bool]:
    scope = _SCOPES[flags & (_IGNORECASE | _DOTALL)]
    members, negated = [], False
    for member, value in av:  # type: ignore[attr-defined]
        if member is _c.NEGATE:
            negated = True
        elif member is _c.LITERAL:
            members.append(re.escape(chr(value)))
        elif member is _c.RANGE:
            members.append(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
        elif member is _c.CATEGORY and value in _CATEGORIES:
            members.append(_CATEGORIES[value])
        else:
            raise _Unknown
    return (scope, f"[^{''.join(members)}]", True) if negated else (scope, "".join(members), False)


_ASCII = tuple(map(chr, range(128)))


def _scoped(scope: str, expression: str) -> str:
    """``expression`` with case-insensitive matching (``i``) and a dot that matches a line break (``s``) on as
    ``scope`` says and off otherwise."""
    off = "".join(letter for letter in "is" if letter not in scope)
    return f"(?{scope}{'-' + off if off else ''}:{expression})"


@lru_cache(maxsize=4096)
def _alphabet_of(parts: Consumed, flags: int) -> str | None:
    """One expression of one character for all of ``parts``, or None when it matches every ASCII character
    (then no run of a text's characters bounds a match)."""
    members: dict[str, set[str]] = {}
    expressions = set()
    for scope, text, whole in parts:
        if whole:
            expressions.add(_scoped(scope, text))
        else:
            members.setdefault(scope, set()).add(text)
    expressions.update(_scoped(scope, f"[{''.join(sorted(found))}]") for scope, found in members.items())
    expression = "|".join(sorted(expressions))
    if flags & re.ASCII:
        expression = f"(?a:{expression})"  # compiled on its own later: \\w as the pattern reads it
    one = re.compile(expression)
    return expression if not all(one.fullmatch(c) for c in _ASCII) else None


def _long(bound: int | None) -> bool:
    """Whether a part of a match is long enough for the runs of a text's characters to bound it better."""
    return bound is None or bound > _SHORTEST_RUN


def _alphabet(parts: list[Consumed | None], flags: int) -> str | None:
    if any(part is None for part in parts):
        return None
    return _alphabet_of(frozenset().union(*parts), flags & (re.ASCII | re.UNICODE))  # type: ignore[arg-type]


def _rare_enough(word: str) -> bool:
    """Whether a word is worth looking for: three characters or more, or a mark such as "/" or ":" (how
    often the text has it decides whether it is used)."""
    return len(word) >= _GATE_WORD or any(not c.isalnum() and not c.isspace() for c in word)


def _units(items: list) -> Iterator[tuple[int, int]]:
    """The parts of a pattern's top-level sequence, as index ranges: each run of literal characters
    (a word is found within one run), and each other item alone."""
    first = 0
    while first < len(items):
        last = first + 1
        if items[first][0] is _LITERAL and items[first][1] < 128:
            while last < len(items) and items[last][0] is _LITERAL and items[last][1] < 128:
                last += 1
        yield first, last
        first = last


_SUBPATTERN, _BRANCH, _LITERAL, _AT, _ATOMIC = (_c.SUBPATTERN, _c.BRANCH, _c.LITERAL, _c.AT, _c.ATOMIC_GROUP)
_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT)
_ASSERTS = (_c.ASSERT, _c.ASSERT_NOT)


def _choices(items: _parser.SubPattern | list) -> list[frozenset[str]]:
    """Sets of lower-case ASCII strings such that every match of the sequence ``items`` contains
    one string of each set (a literal run, and what each part every match goes through requires)."""
    found: list[frozenset[str]] = []
    run: list[str] = []

    def end_run() -> None:
        if run:
            found.append(frozenset(["".join(run)]))
            run.clear()

    for op, av in _seq(items):
        if op is _LITERAL and av < 128:
            run.append(chr(av).lower())
            continue
        end_run()
        if op is _SUBPATTERN:
            found += _choices(av[3])
        elif op is _ATOMIC:
            found += _choices(av)
        elif op in _REPEATS and av[0] >= 1:
            found += _choices(av[2])
        elif op is _BRANCH:
            branches = [_required(branch) for branch in av[1]]
            if all(branches):
                found.append(frozenset().union(*branches))  # type: ignore[arg-type]
    end_run()
    return found


def _required(items: _parser.SubPattern | list) -> frozenset[str] | None:
    """The most selective of :func:`_choices` (its shortest word longest), or None when there is none."""
    return max(_choices(items), key=lambda words: (min(map(len, words)), -len(words)), default=None)


def _longest(items: _parser.SubPattern | list, longest_space: int | None) -> int | None:
    """The longest match of the sequence ``items`` (as ``SubPattern.getwidth``), or None when
    unbounded; a repeat of white space is at most ``longest_space`` long."""
    total = 0
    for op, av in _seq(items):
        if op in _ONE_CHARACTER:
            width: int | None = 1
        elif op is _AT or op in _ASSERTS:
            width = 0
        elif op is _SUBPATTERN:
            width = _longest(av[3], longest_space)
        elif op is _ATOMIC:
            width = _longest(av, longest_space)
        elif op is _BRANCH:
            widths = [_longest(branch, longest_space) for branch in av[1]]
            width = None if None in widths else max(widths)  # type: ignore[type-var]
        elif op in _REPEATS:
            most = av[1]
            if most is _c.MAXREPEAT:
                most = longest_space if longest_space is not None and _only_space(av[2]) else None
            inner = _longest(av[2], longest_space)
            width = None if most is None or inner is None else most * inner
        elif op is _c.GROUPREF_EXISTS:
            widths = [_longest(part, longest_space) if part else 0 for part in av[1:]]
            width = None if None in widths else max(widths)  # type: ignore[type-var]
        else:
            width = None  # a back-reference
        if width is None:
            return None
        total += width
    return total


_ONE_CHARACTER = (_c.LITERAL, _c.NOT_LITERAL, _c.IN, _c.ANY)
_SPACE_CLASS = (_c.CATEGORY, _c.CATEGORY_SPACE)


def _only_space(items: _parser.SubPattern | list) -> bool:
    """Whether ``items`` is one character that can only be white space (``\\s``, `` ``, ``[ \\t]``)."""
    if len(items) != 1:
        return False
    op, av = _seq(items)[0]
    if op is _c.LITERAL:
        return chr(av).isspace()
    return op is _c.IN and all(
        member == _SPACE_CLASS or (member[0] is _c.LITERAL and chr(member[1]).isspace()) for member in av
    )


def _lookahead_reach(items: _parser.SubPattern | list, multiline: bool, longest_space: int | None) -> int | None:
    """How far past a match's end the pattern may read (its look-aheads, a word boundary, a line
    end), or None when that is unbounded or reaches the end of the text (``\\Z``, ``$``)."""
    reach = 0
    for op, av in _seq(items):
        inner: list = []
        if op is _AT:
            if av is _c.AT_END_STRING or (av is _c.AT_END and not multiline):
                return None
            reach = max(reach, 1)
        elif op in _ASSERTS:
            if av[0] == 1:
                width = _longest(av[1], longest_space)
                if width is None or width > _GATE_WIDTH:
                    return None
                reach = max(reach, width + 1)
            inner = [av[1]]
        elif op is _SUBPATTERN:
            inner = [av[3]]
        elif op is _ATOMIC:
            inner = [av]
        elif op is _BRANCH:
            inner = av[1]
        elif op in _REPEATS:
            inner = [av[2]]
        elif op is _c.GROUPREF_EXISTS:
            inner = [av[1]] + ([av[2]] if av[2] else [])
        for part in inner:
            deeper = _lookahead_reach(part, multiline, longest_space)
            if deeper is None:
                return None
            reach = max(reach, deeper)
    return reach


# Where a match can start ---------------------------------------------------------------------------------------
#
# Python's ``re`` skips to where a match can begin only when the pattern opens with a literal or a character class;
# a pattern that opens with an optional group, a repeat or a word boundary before a group (a body's name:
# ``(?:(?:the|then)\s+){0,2}(?:[A-Z]...)?(?:Board|Committee|...)``) is tried in full at every character of a pass.
# Behind a look-ahead for the characters its matches can begin with, it fails at once everywhere else: the same
# matches (the look-ahead consumes nothing, holds no group, and passes wherever a match begins), found in less time.


def _firsts(items: _parser.SubPattern | list, flags: int, found: set[tuple[str, str, bool]]) -> bool:
    """Add to ``found`` what the first character a match of ``items`` consumes can be; True when a match of
    ``items`` can be empty (then what follows them can give that first character too)."""
    for op, av in _seq(items):
        if op in _ONE_CHARACTER:
            found.add(_one_character(op, av, flags))
            return False
        if op is _AT or op in _ASSERTS:
            continue  # consumes nothing
        if op is _SUBPATTERN:
            added, removed = av[1], av[2]
            if (added | removed) & _LOCAL:
                raise _Unknown
            empty = _firsts(av[3], (flags | added) & ~removed, found)
        elif op is _ATOMIC:
            empty = _firsts(av, flags, found)
        elif op is _BRANCH:
            empty = False
            for branch in av[1]:
                empty = _firsts(branch, flags, found) or empty
        elif op in _REPEATS:
            empty = _firsts(av[2], flags, found) or av[0] == 0
        elif op is _c.GROUPREF_EXISTS:
            empty = False
            for part in av[1:]:
                empty = (_firsts(part, flags, found) if part else True) or empty
        else:
            raise _Unknown  # a back-reference: what its group consumed
        if not empty:
            return False
    return True


def _skips_itself(parsed: _parser.SubPattern, flags: int) -> bool:
    """Whether ``re`` itself finds where a match can begin (a pattern that opens with a literal or a class)."""
    try:
        prefix = _compiler._get_literal_prefix(parsed, flags)[0]
        return bool(prefix) or bool(_compiler._get_charset_prefix(parsed, flags))
    except Exception:  # re's internals changed: assume it does
        return True


@lru_cache(maxsize=4096)
def starts_of(pattern: re.Pattern[str]) -> str | None:
    """An expression of one character that matches the first character of every match of ``pattern``; None when
    a match can be empty, when that is every ASCII character or not worked out, or when ``re`` skips to a match's
    start by itself."""
    if pattern.flags & re.VERBOSE:
        return None
    parsed = _parsed(pattern)
    flags = int(parsed.state.flags)
    if _skips_itself(parsed, flags):
        return None
    found: set[tuple[str, str, bool]] = set()
    try:
        if _firsts(parsed, flags, found):
            return None
    except _Unknown:
        return None
    return _alphabet_of(frozenset(found), pattern.flags & (re.ASCII | re.UNICODE))


_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


@lru_cache(maxsize=4096)
def behind_starts(pattern: re.Pattern[str], starts: str) -> re.Pattern[str]:
    """``pattern`` behind a look-ahead for ``starts`` (its :func:`starts_of`): the same matches."""
    flags = _GLOBAL_FLAGS.match(pattern.pattern)
    lead = flags.group() if flags else ""
    return re.compile(f"{lead}(?=(?:{starts}))(?:{pattern.pattern[len(lead) :]})", pattern.flags)


# Characters a case-insensitive pattern matches to an ASCII letter that str.lower does not give
# as that letter (tests/loaders/test_scan.py checks every code point).
_ODD_FOLDS = {"\u0130": "i", "\u0131": "i", "\u017f": "s"}


def folded(text: str) -> str:
    """``text`` in lower case, one character for one: where a case-insensitive pattern can match
    an ASCII letter, this has that letter in lower case."""
    for odd, letter in _ODD_FOLDS.items():
        if odd in text:
            text = text.replace(odd, letter)
    return text.lower()


# Every character but the plain space that ``\s`` matches (str.isspace): all below U+3001.
_OTHER_SPACES = tuple(c for c in map(chr, range(0x3001)) if c.isspace() and c != " ")


_SPACE_RUN = re.compile(r"\s{2,}")


def longest_space_run(text: str) -> int:
    """The longest run of white space in ``text`` (at least 1); in a cleaned text, where every run is
    one plain space, found by a few substring searches instead of a regex pass."""
    if "  " in text or any(c in text for c in _OTHER_SPACES):
        return max((end - start for start, end in (m.span() for m in _SPACE_RUN.finditer(text))), default=1)
    return 1


# A try of the pattern at one start costs about as much as this many characters of a pass.
_START_COST = 4
# A match is cut at the characters its part cannot consume only where that part may be longer than this,
# and where the text's runs of the characters it can consume are this long on average (measured on pieces of
# the text from end to end).
_SHORTEST_RUN = 24
# Breaks are listed when at most one character in this many is one (a list of places costs).
_DENSEST_BREAKS = 8
# The characters looked for as breaks (punctuation and line breaks: few in a text, and a name or a clause
# does not cross most of them); any other character a part cannot consume is left in its runs.
_SEPARATORS = frozenset('\n.,;:()[]{}"!?|')
_SAMPLE_PIECE, _SAMPLE_PIECES = 1024, 16
# A text this long keeps its words to tell a gate word it lacks without a search (see Scanner._lacks): a search of
# a megabyte costs about 0.5 ms, its words 16 ms to list once, and a text is asked for a few hundred words it lacks.
_WORDS_KEPT = 50_000
# A pass is tried behind a look-ahead for where its matches can begin when it covers this many characters (the
# look-ahead's pattern is compiled once per process), and when at most this share of the text's characters can
# begin a match (elsewhere the look-ahead fails at once).
_QUICK_PASS, _QUICK_SHARE = 20_000, 0.5


@dataclass(frozen=True)
class Plan:
    """Where a scanner tries a gated pattern: at each start in ``ranges`` (inclusive) when ``at_starts``,
    else by a pass over each range (disjoint, in order, each holding whole matches)."""

    at_starts: bool
    ranges: list[tuple[int, int]]
    ends: list[int]  # where each range ends
    whole_cost: int  # the cost of every range (a pass over the whole text asks for them all)

    def within(self, start: int, end: int) -> list[tuple[int, int]]:
        """The ranges cut to ``start``-``end`` (the list itself when it lies within them: not a copy)."""
        cut, ranges = [], self.ranges
        if not ranges or (start <= ranges[0][0] and ranges[-1][1] <= end):
            return ranges
        for index in range(bisect.bisect_left(self.ends, start), len(ranges)):  # not a copy of the rest of the list
            low, high = ranges[index]
            if low > end:
                break
            if max(low, start) <= min(high, end):
                cut.append((max(low, start), min(high, end)))
        return cut

    def cost(self, ranges: list[tuple[int, int]]) -> int:
        """About how many characters of a pass trying ``ranges`` costs."""
        if ranges is self.ranges:
            return self.whole_cost
        return _cost(ranges, self.at_starts)


def _cost(ranges: list[tuple[int, int]], at_starts: bool) -> int:
    size = sum(end - start + at_starts for start, end in ranges)
    return size * _START_COST if at_starts else size


class Scanner:
    """Passes of patterns over one text, each only where the pattern can match (see above)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.longest_space: int | None = longest_space_run(text)
        self._folded: str | None = None
        self._plans: dict[Gate, Plan | None] = {}
        self._gates: dict[int, tuple[re.Pattern[str], Gate | None]] = {}  # by the pattern's id (see _gate)
        self._found: dict[str, list[int]] = {}  # where each gate word is in the folded text (see _places)
        self._words: str | None = None  # the folded text's words, each once (see _lacks)
        self._characters: frozenset[str] | None = None
        self._sampled: str | None = None
        self._separators: dict[str, list[int]] = {}  # where each separator is
        # The text's characters no part of an alphabet consumes, and where each such set is (None: not worth listing).
        self._others: dict[str, str] = {}
        self._breaks: dict[str, list[int] | None] = {}
        # The first match of each pattern searched: rules ask for a document's first reference or
        # addressee once per clause or event, and where there is none that is a pass each time.
        self._first: dict[re.Pattern[str], re.Match[str] | None] = {}
        self._starts_rare: dict[str, bool] = {}  # whether the characters a match begins with are rare enough here

    def recased(self, other: Scanner) -> bool:
        """Take on what ``other`` found when this text is ``other``'s in other cases (a copy with its lines in
        capitals title-cased, character for character): the folded text is then the same, and so is all that is
        read from it or from the marks (the gate words' places, the plans, the words, the breaks), not the
        matches. False, and nothing taken, when the folded texts differ."""
        mine = folded(self.text) if self._folded is None else self._folded
        if len(mine) != len(other.text) or mine != other._folded_text():
            self._folded = mine  # not the same letters: this text's own, made anyway
            return False
        self._folded, self._words = other._folded, other._words_of()
        self._characters = other._characters_of()
        self._plans, self._gates, self._found = other._plans, other._gates, other._found
        self._separators, self._others, self._breaks = other._separators, other._others, other._breaks
        return True

    def finditer(self, pattern: re.Pattern[str], start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
        """``pattern.finditer(text, start, end)``: the same matches, in the same order."""
        end = len(self.text) if end is None else min(end, len(self.text))
        gate = self._gate(pattern)
        plan = self._plan(gate) if gate is not None else None
        ranges = plan.within(start, end - 1 if plan.at_starts else end) if plan is not None else []
        cost = plan.cost(ranges) if plan is not None else 0
        if plan is None or cost > (end - start) // 2:
            # no gate, or its words are everywhere here
            yield from self._quick(pattern, end - start).finditer(self.text, start, end)
        elif plan.at_starts:
            yield from self._from_starts(pattern, ranges, end)
        else:
            quick = self._quick(pattern, cost)
            for first, last in ranges:
                yield from quick.finditer(self.text, first, last)

    def _quick(self, pattern: re.Pattern[str], size: int) -> re.Pattern[str]:
        """``pattern``, or the same behind a look-ahead for the characters its matches begin with, when a pass
        of ``size`` characters is worth the compiling and those characters are rare enough in the text."""
        if size < _QUICK_PASS:
            return pattern
        starts = starts_of(pattern)
        if starts is None:
            return pattern
        if starts not in self._starts_rare:
            sample = self._sample()
            self._starts_rare[starts] = len(re.findall(starts, sample)) <= len(sample) * _QUICK_SHARE
        return behind_starts(pattern, starts) if self._starts_rare[starts] else pattern

    def _from_starts(
        self, pattern: re.Pattern[str], ranges: list[tuple[int, int]], end: int
    ) -> Iterator[re.Match[str]]:
        """The matches starting in ``ranges`` and ending by ``end``, as a pass finds them: tried at each
        start left to right, the next after a match's end (a gated pattern's match is never empty)."""
        text, after = self.text, 0
        for first, last in ranges:
            position = max(first, after)
            while position <= last:
                match = pattern.match(text, position, end)
                if match is None:
                    position += 1
                else:
                    yield match
                    position = after = match.end()

    def may_match(self, pattern: re.Pattern[str], start: int, end: int) -> bool:
        """False when ``text[start:end]`` lacks every word of one of the pattern's choices: then no match of
        the pattern lies there (a search or a match in that range finds none)."""
        gate = self._gate(pattern)
        if gate is None:
            return True
        text = self._folded_text()
        for choice in gate.choices:
            for word in choice.words:
                if text.find(word, start, end) >= 0:
                    break
            else:
                return False
        return True

    def _gate(self, pattern: re.Pattern[str]) -> Gate | None:
        """``gate_of(pattern)`` in this text, kept by the pattern's identity: a rule asks once per clause or line,
        and hashing a pattern reads all of it (5 us for a body's name)."""
        known = self._gates.get(id(pattern))
        if known is None or known[0] is not pattern:
            known = self._gates[id(pattern)] = (pattern, gate_of(pattern, self.longest_space))
        return known[1]

    def search(self, pattern: re.Pattern[str]) -> re.Match[str] | None:
        """``pattern.search(text)``: the first match (found once per pattern)."""
        if pattern not in self._first:
            self._first[pattern] = next(self.finditer(pattern), None)
        return self._first[pattern]

    def _plan(self, gate: Gate) -> Plan | None:
        if gate not in self._plans:
            self._plans[gate] = self._make_plan(gate)
        return self._plans[gate]

    def _places(self, word: str, most: int) -> list[int] | None:
        """Where ``word`` is in the folded text, or None when it is there more than ``most`` times (found
        once per word; a frequent word is looked for only as far as a plan would use it)."""
        found = self._found.get(word)
        if found is None and self._lacks(word):
            found = self._found[word] = []
        elif found is None or (found[-1:] == [-1] and len(found) <= most):  # not looked for, or not far enough
            text, found, at = self._folded_text(), [], -1
            while len(found) <= most and (at := text.find(word, at + 1)) >= 0:
                found.append(at)
            if len(found) > most:
                found[-1] = -1  # the mark of a list cut short
            self._found[word] = found
        return None if len(found) > most else found

    def _lacks(self, word: str) -> bool:
        """Whether the text surely lacks ``word``: a piece of it between white space is in none of the text's
        words. A large text is asked for hundreds of words it does not hold (a gate's every word is looked for),
        each a search of all of it; its words, each once, are a string a hundred times shorter (made once)."""
        words = self._words_of()
        return words is not None and any(piece not in words for piece in word.split())

    def _words_of(self) -> str | None:
        if self._words is None and len(self.text) >= _WORDS_KEPT:
            self._words = " ".join(set(self._folded_text().split()))
        return self._words

    def _folded_text(self) -> str:
        if self._folded is None:
            self._folded = folded(self.text)
        return self._folded

    def _breaks_of(self, alphabet: str | None) -> list[int] | None:
        """Where the text has a character ``alphabet`` does not match, in order; None when there is no alphabet
        or such characters are frequent (a run then bounds a match little, and listing them costs)."""
        if alphabet is None:
            return None
        others = self._others.get(alphabet)
        if others is None:
            one = re.compile(alphabet)
            others = self._others[alphabet] = "".join(sorted(c for c in self._characters_of() if not one.fullmatch(c)))
        if others not in self._breaks:
            self._breaks[others] = self._find_breaks(others)
        return self._breaks[others]

    def _characters_of(self) -> frozenset[str]:
        """The separators the text has."""
        if self._characters is None:
            self._characters = frozenset(c for c in _SEPARATORS if c in self.text)  # not a set of the text
        return self._characters

    def _find_breaks(self, others: str) -> list[int] | None:
        """Where the text has one of the characters ``others`` (None: nowhere, or too often to be worth it)."""
        if not others:
            return None
        sample = self._sample()
        if sum(map(sample.count, others)) * _DENSEST_BREAKS > len(sample):
            return None
        for c in others:
            if c not in self._separators:
                self._separators[c] = [m.start() for m in re.finditer(re.escape(c), self.text)]
        if len(others) == 1:
            return self._separators[others]
        return sorted(chain.from_iterable(self._separators[c] for c in others))  # a merge of sorted runs

    def _sample(self) -> str:
        """Pieces of the text from end to end, to estimate how often it has a character."""
        if self._sampled is None:
            step = max(_SAMPLE_PIECE, len(self.text) // _SAMPLE_PIECES)
            self._sampled = "\n".join(self.text[at : at + _SAMPLE_PIECE] for at in range(0, len(self.text), step))
        return self._sampled

    def _mean_run(self, alphabet: str | None, bound: int | None) -> int | None:
        """How long a run of the text's characters that ``alphabet`` matches is on average (None: not used)."""
        if bound is not None and bound <= _SHORTEST_RUN:
            return None  # a short part: its bound is enough
        breaks = self._breaks_of(alphabet)
        return None if breaks is None else len(self.text) // (len(breaks) + 1) + 1

    @staticmethod
    def _least(bound: int | None, run: int | None) -> int | None:
        return run if bound is None else bound if run is None else min(bound, run)

    def _span(self, choice: Choice, gate: Gate) -> int | None:
        """About how many characters of a pass each place of a choice's words costs: its starts, or its window
        (None: the choice cannot be used in this text)."""
        before = self._before(choice)
        if before is None:
            return None
        if self._by_starts(choice, gate):
            return (before + 1) * _START_COST
        return before + (self._after(choice) or 0) + (gate.margin or 0)

    def _before(self, choice: Choice) -> int | None:
        """About how far before its word a match of a choice starts (None: unbounded)."""
        run = self._mean_run(choice.left, choice.before)
        return self._least(choice.before, None if run is None else run + choice.left_slack)

    def _after(self, choice: Choice) -> int | None:
        """About how far past its word's start a match of a choice ends (None: unbounded)."""
        run = self._mean_run(choice.right, choice.after)
        return self._least(choice.after, None if run is None else run + choice.right_slack)

    def _by_starts(self, choice: Choice, gate: Gate) -> bool:
        """Whether to try a choice at its starts (when windows would not hold every match, or cost more)."""
        after = self._after(choice)
        if gate.margin is None or after is None:
            return True
        before = self._before(choice) or 0
        return (before + 1) * _START_COST < before + after

    def _cuts(self, alphabet: str | None, bound: int | None) -> list[int] | None:
        """The breaks that cut a part of a match, where they are worth using."""
        return self._breaks_of(alphabet) if self._mean_run(alphabet, bound) else None

    def _make_plan(self, gate: Gate) -> Plan | None:
        """Around each place a word of the gate's cheapest choice is found: the starts a match can have
        there, or a window of the longest match either side and the look-ahead's reach after it, each cut
        where the text has a character the match cannot cross. None when every choice costs more than a pass."""
        length = len(self.text)
        budget = length  # places' windows overlap: a choice estimated above half a pass may still be worth it
        cheapest: tuple[int, Choice, list[int]] | None = None
        for choice in gate.choices:
            span = self._span(choice, gate)
            if span is None:
                continue
            places: list[int] = []
            for word in choice.words:
                found = self._places(word, budget // max(span, 1) - len(places))
                if found is None:
                    break
                places += found
            else:
                if cheapest is None or len(places) * span < cheapest[0]:
                    cheapest = len(places) * span, choice, places
                    budget = cheapest[0]
        if cheapest is None:
            return None
        _, choice, places = cheapest
        places.sort()
        at_starts = self._by_starts(choice, gate)
        lefts, rights = self._cuts(choice.left, choice.before), self._cuts(choice.right, choice.after)
        ranges = _windows(places, choice, at_starts, lefts, rights, gate.margin or 0, length)
        return Plan(at_starts, ranges, [end for _, end in ranges], _cost(ranges, at_starts))


def _windows(
    places: list[int],
    choice: Choice,
    at_starts: bool,
    lefts: list[int] | None,
    rights: list[int] | None,
    margin: int,
    length: int,
) -> list[tuple[int, int]]:
    """The ranges where matches holding a word at ``places`` (in order) can lie, overlapping ones merged: from the
    earliest start (at most ``choice.before`` before the word, after the last of ``lefts`` more than the left slack
    before it) to the word itself when tried ``at_starts``, else to the latest end (at most ``choice.after`` past the
    word's start, at the first of ``rights`` the right slack or more past it, then the look-aheads' ``margin``).
    One loop for the ~200,000 places of a megabyte: no call per place."""
    before, after, left_slack, right_slack = choice.before, choice.after, choice.left_slack, choice.right_slack
    right_count, first_after = len(rights or ()), bisect.bisect_left  # (a local name: looked up 200,000 times)
    ranges: list[tuple[int, int]] = []
    last_start, last_end = -1, -2  # the range being merged into (none yet)
    for place in places:  # conditionals, not max() and min(): a call each costs as much as the rest
        start = 0 if before is None or place < before else place - before
        if lefts:
            index = first_after(lefts, place - left_slack)
            if index and lefts[index - 1] >= start:
                start = lefts[index - 1] + 1
        if at_starts:
            end = place
        else:
            end = length if after is None or place + after > length else place + after
            if rights:
                index = first_after(rights, place + right_slack)
                if index < right_count and rights[index] < end:
                    end = rights[index]
            end = end + margin if end + margin < length else length
        if ranges and start <= last_end + at_starts:
            if end > last_end:
                last_end = end
                ranges[-1] = (last_start, end)
        else:
            last_start, last_end = start, end
            ranges.append((start, end))
    return ranges


# The scanners of the texts last scanned (a document's cleaned text and its original), found by
# identity: rules that are handed a text scan it through the same scanner. The last used first: a large
# text's scanner holds the places of hundreds of gate words and the plans made from them, and a document's
# own texts are asked again and again between other texts. A short text (a line, a heading, a passage)
# has its own few places, so that scanning dozens of them never pushes a document's texts out (they were:
# the cleaned text of a megabyte had its scanner made twice, its searches and plans with it).
_RECENT: list[Scanner] = []
_RECENT_SHORT: list[Scanner] = []
_RECENT_SIZE = 3
_SHORT_TEXT = 20_000


def scanner(text: str) -> Scanner:
    """The scanner of ``text`` (made once while it is among the last few texts scanned)."""
    recent = _RECENT_SHORT if len(text) < _SHORT_TEXT else _RECENT
    for index, made in enumerate(recent):
        if made.text is text:
            if index:
                recent.insert(0, recent.pop(index))
            return made
    made = Scanner(text)
    for other in recent:
        if len(other.text) == len(text) and made.recased(other):
            break
    recent.insert(0, made)
    del recent[_RECENT_SIZE:]
    return made


def finditer(pattern: re.Pattern[str], text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, start, end)``, tried only where the pattern can match."""
    return scanner(text).finditer(pattern, start, end)


def search(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """``pattern.search(text)``, tried only where the pattern can match."""
    return scanner(text).search(pattern)


def may_match(pattern: re.Pattern[str], text: str, start: int, end: int) -> bool:
    """Whether ``pattern`` can match within ``text[start:end]`` (False: it holds no word every match needs), so
    that a short passage is searched with each of many patterns only where one can match."""
    return scanner(text).may_match(pattern, start, end)


def forget_scanners() -> None:
    """Let the texts last scanned (and split into lines) go: a document has been read."""
    _RECENT.clear()
    _RECENT_SHORT.clear()
    _LINES.clear()
