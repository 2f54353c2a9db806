"""A pass of a pattern tried only around the words it cannot match without finds exactly what a
pass over the whole text finds (loaders.text.Scanner; docs/linear-time.md)."""

from __future__ import annotations

import importlib
import pkgutil
import re
import string
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import loaders
from loaders import lexicon, registry
from loaders.sources import read_file
from loaders.text import Scanner, behind_starts, clean, folded, gate_of, may_match, starts_of
from tests.loaders.adversarial import FAMILIES, document, random_document

GOLD = Path(__file__).resolve().parents[1] / "gold" / "corpus"
SEEDS = Path(__file__).resolve().parents[2] / "data" / "sources"


def loader_patterns() -> list[re.Pattern[str]]:
    """Every compiled pattern of the loaders' modules, the cue lexicons and the kinds' cues."""
    found: dict[tuple[str, int], re.Pattern[str]] = {}
    for module in pkgutil.iter_modules(loaders.__path__):
        for value in vars(importlib.import_module(f"loaders.{module.name}")).values():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                found[(value.pattern, value.flags)] = value
    cues = [cue.pattern for cue in lexicon.lineage_cues()] + [cue.pattern for cue in lexicon.modality_cues()]
    found.update(((p.pattern, p.flags), p) for p in cues)
    for kind in registry.kinds():
        found.update(((p.pattern, p.flags), p) for p in kind.patterns)
    return list(found.values())


PATTERNS = loader_patterns()


def texts() -> list[str]:
    """Real-looking prose (the gold corpus and the seeds) and the adversarial families."""
    prose = [read_file(path).text for path in [*sorted(GOLD.glob("*.txt")), *sorted(SEEDS.glob("*.txt"))]]
    odd = [document(family, 6000, seed=3) for family in FAMILIES] + [random_document(seed) for seed in range(30)]
    return ["\n\n".join(prose), *odd]


TEXTS = texts()


def spans(matches: object) -> list[tuple[int, int, tuple]]:
    return [(m.start(), m.end(), m.groups()) for m in matches]  # type: ignore[attr-defined]


def test_most_loader_patterns_and_cues_are_gated() -> None:
    gated = [p for p in PATTERNS if gate_of(p, 1) is not None]
    assert len(gated) > len(PATTERNS) // 3
    cues = lexicon.lineage_cues()
    assert sum(gate_of(cue.pattern, 1) is not None for cue in cues) >= 0.9 * len(cues)  # "\w+" in a cue is unbounded


@pytest.mark.parametrize("index", range(len(TEXTS)))
def test_gated_passes_find_what_a_whole_pass_finds(index: int) -> None:
    original = TEXTS[index]
    cleaned = clean(original).text
    assert not re.search(r"\s\s|[^\S ]", cleaned)  # what gates with longest_space=1 rely on
    assert Scanner(cleaned).longest_space == 1
    assert Scanner(original).longest_space == max(map(len, re.findall(r"\s+", original)), default=1)
    for text in (cleaned, original):
        scanner = Scanner(text)
        # A pattern without a gate is scanned by pattern.finditer itself.
        for pattern in (p for p in PATTERNS if gate_of(p, scanner.longest_space) is not None):
            assert spans(scanner.finditer(pattern)) == spans(pattern.finditer(text)), pattern.pattern[:80]
            expected = pattern.search(text)
            found = scanner.search(pattern)
            assert (found and found.span()) == (expected and expected.span())


@pytest.mark.parametrize("index", range(0, len(TEXTS), 7))
def test_gated_passes_over_part_of_a_text_find_what_a_pass_over_that_part_finds(index: int) -> None:
    text = clean(TEXTS[index]).text
    scanner, length = Scanner(text), len(text)
    parts = [(0, length), (length // 3, length), (0, 2 * length // 3), (length // 5, length // 2), (7, 7)]
    for pattern in (p for p in PATTERNS if gate_of(p, 1) is not None):
        for start, end in parts:
            expected = spans(pattern.finditer(text, start, end))
            assert spans(scanner.finditer(pattern, start, end)) == expected, (pattern.pattern[:80], start, end)


@pytest.mark.parametrize("index", range(0, len(TEXTS), 9))
def test_a_passage_without_a_word_every_match_needs_is_not_searched(index: int) -> None:
    text = clean(TEXTS[index]).text
    # Passages of a few lengths from end to end, as a rule hands over a clause or a sentence.
    passages = [(at, at + width) for width in (40, 300, 2000) for at in range(0, len(text), max(1, len(text) // 60))]
    skipped = 0
    for pattern in (p for p in PATTERNS if gate_of(p, 1) is not None):
        for start, end in passages:
            if not may_match(pattern, text, start, end):
                skipped += 1
                assert pattern.search(text, start, end) is None, (pattern.pattern[:80], start, end)
    assert skipped > len(passages)  # most patterns need words most passages lack


@given(st.text(alphabet=st.sampled_from(list("repacdsuby RPLACEDSUBY\n.,İıſK")), max_size=300))
@settings(max_examples=300, deadline=None)
def test_gated_passes_agree_on_any_text(text: str) -> None:
    patterns = [cue.pattern for cue in lexicon.lineage_cues()] + [
        re.compile(r"\b(?:is|was) (?:replaced|superseded) by\b", re.IGNORECASE),
        re.compile(r"(?<![\w-])Plan\s+(?=[A-Z])"),
        re.compile(r"^\s*replaced\s*$", re.MULTILINE | re.IGNORECASE),
        re.compile(r"\b(?:is|was) (?:replaced|superseded) by[^.]*", re.IGNORECASE),  # tried at its starts
        re.compile(r"(?<![\w-])replaced\b.*$", re.MULTILINE),
        re.compile(r"(?:[A-Z]\w*\s)+replaced\b"),  # a start bounded only by what the words can be
        re.compile(r"\w+(?:\s\w+)*\s(?i:replaced)\sby\s[^.]*"),
        re.compile(r"(?P<who>[\w\s]{0,200})(?<=\s)(?:ReplAced|superseded)\b(?P<what>[^,]{0,300})", re.IGNORECASE),
    ]
    for pattern in patterns:
        assert spans(Scanner(text).finditer(pattern)) == spans(pattern.finditer(text))


def test_a_pattern_that_can_read_to_the_end_of_the_text_or_without_bound_is_tried_only_at_starts() -> None:
    # No window holds every match: a pass tries such a pattern only where a match can start.
    for unbounded in (r"replaced by$", r"replaced\Z", r"replaced by .*", r"replaced(?=.*plan)", r"replaced\s+by"):
        gate = gate_of(re.compile(unbounded))
        assert gate is not None and gate.width is None, unbounded
        assert {c.before for c in gate.choices} == {0}
        assert all(c.words[0].startswith("replaced") for c in gate.choices)
    assert gate_of(re.compile(r"\b\w+ed\b")) is None  # no word every match contains
    assert gate_of(re.compile(r"[\s\S]+ replaced")) is None  # nor where its start is bounded
    assert gate_of(re.compile(r".+ replaced", re.DOTALL)) is None
    assert gate_of(re.compile(r"replaced\s+by"), longest_space=1).width == len("replaced by")  # type: ignore[union-attr]
    text = "it was replaced by the plan; replaced by then.\nreplaced"
    for pattern in (r"replaced by.*", r"replaced(?=.*plan)", r"replaced$", r"(?<=\. )?replaced by \w+"):
        compiled = re.compile(pattern, re.MULTILINE)
        assert spans(Scanner(text).finditer(compiled)) == spans(compiled.finditer(text)), pattern


def test_folding_gives_every_character_a_case_insensitive_pattern_reads_as_an_ascii_letter() -> None:
    letters = {letter: re.compile(letter, re.IGNORECASE) for letter in string.ascii_lowercase}
    any_letter = re.compile("[a-z]", re.IGNORECASE)
    for code in range(0x110000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        char = chr(code)
        if not any_letter.fullmatch(char):
            continue
        low = folded(char)
        assert len(low) == 1
        for letter, pattern in letters.items():
            if pattern.fullmatch(char):
                assert low == letter, (hex(code), letter)


def test_a_match_is_looked_for_only_within_the_run_of_characters_it_can_consume() -> None:
    # A body's name ("(?:[A-Z]\w* )+") before the cue can be any length, but never crosses a comma or a full
    # stop: around each "replaced", only the clause it stands in is tried.
    pattern = re.compile(r"(?P<body>(?:[A-Z][\w']*\s)+)replaced\sby\s(?P<new>[^.,;]*)")
    clause = "In the end, the Old Town Council Plan replaced by the New Plan, said the Board. "
    text = clause * 2000 + "Some Other Words Here, and more. " * 3000
    scanner = Scanner(text)
    gate = gate_of(pattern, scanner.longest_space)
    assert gate is not None and all(choice.before is None and choice.left for choice in gate.choices)
    plan = scanner._plan(gate)
    assert plan is not None and len(plan.ranges) == 2000  # one window a clause, from comma to comma
    assert all(text[start - 1] == text[end] == "," for start, end in plan.ranges)
    assert spans(scanner.finditer(pattern)) == spans(pattern.finditer(text))
    assert len(list(scanner.finditer(pattern))) == 2000


def test_a_short_aside_that_can_hold_any_character_does_not_stop_the_cut_at_the_clause() -> None:
    # The optional aside in brackets next to the cue may hold a comma ("(on 3 May, unanimously)"), so a match may
    # cross one there; but the body's name before it never crosses a comma: only the separators more than the
    # aside's width before "approved" bound a match, and each window is still the clause around the cue.
    pattern = re.compile(
        r"(?P<body>(?:[A-Z][\w']*\s)+)(?:\((?P<aside>[^()]{1,30})\)\s)?approved\s(?P<what>[^.;]{0,80})"
    )
    clauses = (
        "Later on, the Health Board (on 3 May, unanimously) approved the Plan. "
        "Then, its Regional Audit and Scrutiny and Standards Panel approved it. "
    )
    text = clauses * 1500 + "Nothing Here, at all. " * 5000
    scanner = Scanner(text)
    gate = gate_of(pattern, scanner.longest_space)
    assert gate is not None and all(choice.left and choice.left_slack for choice in gate.choices)
    plan = scanner._plan(gate)
    assert plan is not None and len(plan.ranges) == 3000  # one window a clause, from its comma on
    assert all(text[start - 1] == "," for start, _ in plan.ranges)
    found = spans(scanner.finditer(pattern))
    assert found == spans(pattern.finditer(text)) and len(found) == 3000
    assert text[found[0][0] : found[0][1]].startswith("Health Board (on 3 May, unanimously) approved the Plan")


@pytest.mark.parametrize("index", range(0, len(TEXTS), 5))
def test_a_pattern_behind_the_characters_its_matches_begin_with_finds_what_it_finds(index: int) -> None:
    behind = [(p, behind_starts(p, starts)) for p in PATTERNS if (starts := starts_of(p)) is not None]
    assert len(behind) > len(PATTERNS) // 10  # many open with a repeat, an optional group or a word boundary
    # Whole passes of every pattern: over the cleaned texts (a run of thousands of spaces makes some a long pass)
    for text in (TEXTS[index], clean(TEXTS[index]).text) if index == 0 else (clean(TEXTS[index]).text,):
        for pattern, quick in behind:
            assert spans(quick.finditer(text)) == spans(pattern.finditer(text)), pattern.pattern[:80]


def test_where_a_match_can_begin_is_read_from_the_pattern() -> None:
    # A body's name: an optional article, optional capitalised words, then its head noun.
    body = re.compile(r"(?:(?:the|then)\s+){0,2}(?:[A-Z]\w{0,20}\s+){0,4}(?:Board|Council|panel)\b")
    starts = starts_of(body)
    assert starts is not None
    begins = re.compile(starts)
    assert all(begins.fullmatch(c) for c in "tBCAp") and not any(begins.fullmatch(c) for c in "xq .,")
    assert starts_of(re.compile(r"\bthe (?i:board)")) is not None  # a word boundary consumes nothing
    case_blind = starts_of(re.compile(r"(?i)(?:the\s)?board"))  # "The Board", "BOARD"
    assert case_blind is not None and all(re.fullmatch(case_blind, c) for c in "tTbB")
    # Where re finds a match's start by itself, or a match can be empty or begin anywhere: nothing to add.
    for pattern in (r"Board|Council", r"[A-Z]\w+ Board", r"(?:the )?", r"[\s\S]{0,9}Board", r"(\w)\1"):
        assert starts_of(re.compile(pattern)) is None, pattern
    text = "The Board met; then the Health Board and the panel agreed. Thexboard."
    for pattern in (body, re.compile(r"(?i)(?:the\s)?board"), re.compile(r"(?:\s|^)(?:the\s)?Board", re.MULTILINE)):
        starts = starts_of(pattern)
        assert starts is not None, pattern.pattern
        quick = behind_starts(pattern, starts)
        assert spans(quick.finditer(text)) == spans(pattern.finditer(text)) != []
