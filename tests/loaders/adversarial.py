"""Odd but legal council documents, generated at any size: the loaders' adversarial corpus.

Each *family* is one shape that once made a loader crash or run in more than linear time
(a single huge line, a title of ten thousand capitalised words, one sentence repeated
thousands of times, a run of spaces inside a header field, control characters, ...).
``document(family, size, seed)`` writes about ``size`` characters of that shape under a
short committee-report header, so that every version of the loaders reads it as a
document; ``random_document`` mixes families and real-looking lines. Everything is
deterministic for a given seed. The tests (tests/loaders/test_adversarial.py) and the
extraction benchmark (bench/extraction.py) share these generators.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

SOURCES = Path(__file__).resolve().parents[2] / "data" / "sources"

HEADER = (
    "By: Alex Morgan, Cabinet Member for Children's Services\n"
    "To: Northshire Health and Wellbeing Board - 12 March 2019\n"
    "Date: 12 March 2019\n"
    "Subject: Northshire Children and Young People's Plan 2019-2022\n\n"
)
CAPITALISED = [
    "Children",
    "Young",
    "People",
    "Health",
    "Wellbeing",
    "Northshire",
    "Council",
    "Board",
    "Plan",
    "Strategy",
    "Framework",
    "Early",
    "Help",
    "Partnership",
    "Every",
    "Day",
    "Matters",
]
JOINS = ["and", "of", "for", "the", "to", "&"]
SENTENCES = [
    "The Northshire Early Help Strategy 2019-2022 replaces the Early Help Plan 2015-2018 as the county's plan. ",
    '"Every Child Matters", the new Northshire Children and Young People\'s Framework 2016 - 2019, was agreed. ',
    "RESOLVED that the Plan be approved. ",
    "It was agreed by the Northshire Children's Trust Board on the 11th September 2018. ",
    "Members are requested to endorse the Plan. ",
    "Under section 10 of the Children Act 2004 the council has a duty to co-operate. ",
    "The Health and Wellbeing Board (HWBB) considered the Plan on 27 March 2019. ",
    "Meeting: 10/11/2016 - Northshire Cabinet (Item 12) ",
    "The four outcomes are that children in Northshire:\n",
    "This paper seeks formal approval of the Plan. ",
]


def _fill(size: int, piece: Callable[[int], str]) -> str:
    parts, length, n = [], 0, 0
    while length < size:
        part = piece(n)
        parts.append(part)
        length += len(part)
        n += 1
    return "".join(parts)[:size]


def _seed_lines() -> list[str]:
    return [line for path in sorted(SOURCES.glob("*.txt")) for line in path.read_text(encoding="utf-8").splitlines()]


def _body(family: str, size: int, rng: random.Random) -> str:  # noqa: C901 (one branch per family, flat)
    words = CAPITALISED
    if family == "long-line":  # ordinary prose with no line break at all
        return _fill(size, lambda n: rng.choice(SENTENCES).replace("\n", " "))
    if family == "capitalised-run":  # a title in capitals that never ends
        return _fill(size, lambda n: rng.choice(words) + (" " + rng.choice(JOINS) if n % 3 == 0 else "") + " ")
    if family == "upper-token":  # one enormous word
        return "A" * size
    if family == "hyphen-token":  # "A-B-C-...": every piece starts a word
        return _fill(size, lambda n: rng.choice("ABCDEFG") + "-")
    if family == "huge-title":  # a Subject field with a title of thousands of words and a period
        return "Subject: " + _fill(size - 40, lambda n: rng.choice(words) + " ") + "Plan 2019-2022\n"
    if family == "replaces":  # thousands of supersession sentences
        return _fill(size, lambda n: f"The Plan {n} replaces Every Day Matters {n} as the plan. ")
    if family == "replaces-no-as":  # the cue with nothing after it
        return _fill(size, lambda n: "Working Together to Improve Outcomes replaces Every Day Matters ")
    if family == "resolved-no-verb":  # resolutions that never say what was resolved
        return _fill(size, lambda n: "RESOLVED that the Northshire Plan ")
    if family == "repeated-sentence":  # one real-looking sentence, many times
        sentence = rng.choice(SENTENCES)
        return _fill(size, lambda n: sentence)
    if family == "many-sentences":  # every cue, shuffled
        return _fill(size, lambda n: rng.choice(SENTENCES))
    if family == "acts-no-full-stop":  # Act mentions in one sentence that never ends
        return _fill(size, lambda n: "the Children Act 2004 under which duty ")
    if family == "quotes":  # quotation marks around capitalised phrases, never closed properly
        return _fill(size, lambda n: "'" + rng.choice(words) + " " + rng.choice(words) + " ")
    if family == "aliases":  # abbreviation definitions, thousands of them
        return _fill(size, lambda n: f"Northshire Board Number {n} (NB{n % 97}) ")
    if family == "spaces-in-field":  # header fields whose values are runs of spaces
        return _fill(size, lambda n: "Decision type:" + " " * 5000 + "x\n")
    if family == "spaces":  # long runs of blank space between words
        return _fill(size, lambda n: "word" + " " * rng.randint(1, 3000) + ("\n" if n % 7 == 0 else ""))
    if family == "short-lines":  # a list of one-word lines (outcome lists, bullets)
        return "The four outcomes are that children in Northshire:\n" + _fill(size, lambda n: "- Safe\n")
    if family == "numbered-paragraphs":  # paragraph breaks everywhere, mentions in each
        return _fill(size, lambda n: f"{n}.1 The Plan was agreed by the Board on 1 May 2019.\n")
    if family == "dates":  # dates and periods back to back
        return _fill(size, lambda n: f"12/{n % 12 + 1}/2016 2016-2019 {n % 28 + 1} March 2017 ")
    if family == "control-characters":  # C0 controls, form feeds, odd unicode, mixed into prose
        junk = [
            "\x01",
            "\x07",
            "\x0b",
            "\x0c",
            "\x1b[0m",
            "\u200b",
            "\ufeff",
            "\u2028",
            "\ud7ff",
            "ŵ",
            "日本",
            "\u0301",
        ]
        return _fill(size, lambda n: rng.choice(SENTENCES) + rng.choice(junk))
    if family == "markup":  # scraped markdown and HTML residue
        residue = ["**", "## ", "<sup>th</sup>", "[link](#)", "---\n", "__", "["]
        return _fill(size, lambda n: rng.choice(residue) + "Plan ")
    if family == "seed-lines":  # real-looking lines of the seeds, shuffled
        lines = _seed_lines()
        return _fill(size, lambda n: rng.choice(lines) + "\n")
    raise ValueError(f"unknown family {family!r}")


FAMILIES = [
    "long-line",
    "capitalised-run",
    "upper-token",
    "hyphen-token",
    "huge-title",
    "replaces",
    "replaces-no-as",
    "resolved-no-verb",
    "repeated-sentence",
    "many-sentences",
    "acts-no-full-stop",
    "quotes",
    "aliases",
    "spaces-in-field",
    "spaces",
    "short-lines",
    "numbered-paragraphs",
    "dates",
    "control-characters",
    "markup",
    "seed-lines",
]


def document(family: str, size: int, seed: int = 0) -> str:
    """About ``size`` characters of ``family`` under a committee-report header."""
    return HEADER + _body(family, max(0, size - len(HEADER)), random.Random(f"{family}:{seed}"))


def random_document(seed: int, max_size: int = 4000) -> str:
    """A mixture: a few families' pieces and seed lines, in random order and sizes."""
    rng = random.Random(seed)
    pieces = [_body(rng.choice(FAMILIES), rng.randint(0, max_size // 3), rng) for _ in range(rng.randint(1, 4))]
    header = HEADER if rng.random() < 0.8 else ""
    return header + "\n".join(pieces)
