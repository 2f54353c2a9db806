"""The gold standard: what a careful reader finds in each test document, read from TOML.

One ``NAME.gold.toml`` per document (beside ``NAME.txt``, or naming its text with
``text = "..."``). The format is described in docs/evaluation.md; this module only reads
and checks it, so that a typo in the gold is a clear one-line error, not a silent miss.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

GOLD_SUFFIX = ".gold.toml"
RELATIONS = ("supersedes", "revision", "refresh", "succession", "partial")
STATUSES = ("stated", "proposed", "draft", "abandoned", "deleted")
EVENT_STATUSES = ("stated", "abandoned", "deleted")
CATEGORIES = ("outcome", "request")


# The keys each table may have: anything else is a typo (or a top-level key written after a
# table header, which TOML then puts inside that table) and is refused.
KEYS = {
    "document": {
        "text",
        "kind",
        "publisher",
        "publisher_aliases",
        "place",
        "tags",
        "decisions",
        "strategy",
        "supersession",
        "governance",
        "legislation",
        "not",
    },
    "strategy": {"name", "aliases", "period", "unnamed"},
    "supersession": {"newer", "older", "relation", "status"},
    "governance": {"category", "type", "strategy", "body", "date", "meeting", "status"},
    "legislation": {"act", "sections", "inferred_sections"},
    "not": {"strategies", "supersessions", "decisions"},
}


class GoldError(Exception):
    """A gold file that cannot be used, with a message naming the file and the problem."""


@dataclass(frozen=True)
class GoldStrategy:
    name: str
    aliases: tuple[str, ...] = ()
    period: str | None = None
    # A predecessor the text does not name ("the previous strategy published in 2017").
    unnamed: bool = False

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class GoldSupersession:
    newer: GoldStrategy
    older: GoldStrategy
    relation: str = "supersedes"
    status: str = "stated"


@dataclass(frozen=True)
class GoldEvent:
    category: str  # outcome | request
    types: tuple[str, ...]  # approval, endorsement, adoption, agreement, noting, ...
    strategy: GoldStrategy
    body: str | None = None
    # Acceptable dates: a request made at one meeting of another body's later one may be dated by either.
    dates: tuple[str, ...] = ()
    meeting: str | None = None
    # "abandoned" or "deleted": a request of a decision since withdrawn (it was made, and will not be decided)
    status: str = "stated"


@dataclass(frozen=True)
class GoldAct:
    act: str
    sections: tuple[str, ...] = ()
    # Sections the text describes without naming ("a duty to co-operate to improve outcomes"):
    # an extraction may cite them as inferred, but need not.
    inferred_sections: tuple[str, ...] = ()


@dataclass
class GoldDocument:
    """The expected facts of one document, and what must not be extracted from it."""

    gold_path: Path
    text_path: Path
    kind: str | None = None
    publisher: str | None = None
    publisher_aliases: tuple[str, ...] = ()
    place: str | None = None
    strategies: list[GoldStrategy] = field(default_factory=list)
    supersessions: list[GoldSupersession] = field(default_factory=list)
    events: list[GoldEvent] = field(default_factory=list)
    decisions: list[str] = field(default_factory=list)
    legislation: list[GoldAct] = field(default_factory=list)
    not_strategies: list[str] = field(default_factory=list)
    not_supersessions: list[tuple[str, str]] = field(default_factory=list)
    not_decisions: list[str] = field(default_factory=list)
    tags: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        return self.text_path.name

    def strategy(self, written: str, where: str) -> GoldStrategy:
        """The gold strategy a supersession or event refers to by one of its names."""
        for strategy in self.strategies:
            if written in strategy.names:
                return strategy
        raise GoldError(f"{self.gold_path}: {where} names {written!r}, which is not a [[strategy]] of this file")


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise GoldError(f"{where}: expected a string or a list of strings, got {value!r}")


def _one_of(value: str, allowed: tuple[str, ...], where: str) -> str:
    if value not in allowed:
        raise GoldError(f"{where}: {value!r} is not one of {', '.join(allowed)}")
    return value


def _dates(value: Any, where: str) -> tuple[str, ...]:
    """Dates are ISO ("2016-11-10", "2016-11", "2016") or "--12-10" when the text gives no year;
    one date or a list of acceptable ones."""
    if value is None:
        return ()
    values = value if isinstance(value, list) else [value]
    dates = []
    for item in values:
        if hasattr(item, "isoformat"):
            dates.append(str(item.isoformat()))
        elif isinstance(item, str):
            dates.append(item)
        else:
            raise GoldError(f"{where}: a date must be a TOML date or a string, got {item!r}")
    return tuple(dates)


def _check_keys(path: Path, data: dict[str, Any]) -> None:
    tables = [("document", data), ("not", data.get("not", {}))]
    tables += [
        (name, item)
        for name in ("strategy", "supersession", "governance", "legislation")
        for item in data.get(name, [])
    ]
    for name, table in tables:
        unknown = set(table) - KEYS[name]
        if unknown:
            raise GoldError(f"{path}: unknown key(s) {', '.join(sorted(unknown))} in {name}")


def read_gold(path: Path) -> GoldDocument:
    """One gold file, checked: known keys only, and every name it refers to is one of its strategies."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
        raise GoldError(f"{path}: cannot read gold file ({err})") from err
    _check_keys(path, data)
    text_name = data.get("text") or path.name.removesuffix(GOLD_SUFFIX) + ".txt"
    doc = GoldDocument(
        gold_path=path,
        text_path=(path.parent / text_name).resolve(),
        kind=data.get("kind"),
        publisher=data.get("publisher"),
        publisher_aliases=_strings(data.get("publisher_aliases"), f"{path}: publisher_aliases"),
        place=data.get("place"),
        tags=_strings(data.get("tags"), f"{path}: tags"),
    )
    if not doc.text_path.is_file():
        raise GoldError(f"{path}: its text {doc.text_path} does not exist")
    for i, item in enumerate(data.get("strategy", [])):
        where = f"{path}: strategy {i + 1}"
        if "name" not in item:
            raise GoldError(f"{where}: has no name")
        doc.strategies.append(
            GoldStrategy(
                name=item["name"],
                aliases=_strings(item.get("aliases"), where),
                period=item.get("period"),
                unnamed=bool(item.get("unnamed", False)),
            )
        )
    for i, item in enumerate(data.get("supersession", [])):
        where = f"supersession {i + 1}"
        doc.supersessions.append(
            GoldSupersession(
                newer=doc.strategy(item.get("newer", ""), where),
                older=doc.strategy(item.get("older", ""), where),
                relation=_one_of(item.get("relation", "supersedes"), RELATIONS, f"{path}: {where}"),
                status=_one_of(item.get("status", "stated"), STATUSES, f"{path}: {where}"),
            )
        )
    for i, item in enumerate(data.get("governance", [])):
        where = f"governance {i + 1}"
        types = _strings(item.get("type"), f"{path}: {where}")
        if not types:
            raise GoldError(f"{path}: {where} has no type")
        doc.events.append(
            GoldEvent(
                category=_one_of(item.get("category", ""), CATEGORIES, f"{path}: {where}"),
                types=types,
                strategy=doc.strategy(item.get("strategy", ""), where),
                body=item.get("body"),
                dates=_dates(item.get("date"), f"{path}: {where}"),
                meeting=item.get("meeting"),
                status=_one_of(item.get("status", "stated"), EVENT_STATUSES, f"{path}: {where}"),
            )
        )
    doc.decisions = list(_strings(data.get("decisions"), f"{path}: decisions"))
    for i, item in enumerate(data.get("legislation", [])):
        if "act" not in item:
            raise GoldError(f"{path}: legislation {i + 1} has no act")
        where = f"{path}: legislation {i + 1}"
        doc.legislation.append(
            GoldAct(item["act"], _strings(item.get("sections"), where), _strings(item.get("inferred_sections"), where))
        )
    negatives = data.get("not", {})
    doc.not_strategies = list(_strings(negatives.get("strategies"), f"{path}: not.strategies"))
    doc.not_decisions = list(_strings(negatives.get("decisions"), f"{path}: not.decisions"))
    for pair in negatives.get("supersessions", []):
        if not (isinstance(pair, list) and len(pair) == 2 and all(isinstance(p, str) for p in pair)):
            raise GoldError(f"{path}: not.supersessions items are [newer, older] pairs, got {pair!r}")
        doc.not_supersessions.append((pair[0], pair[1]))
    return doc


def find_gold(path: Path) -> list[GoldDocument]:
    """The gold files named, or every ``*.gold.toml`` under a folder, in name order."""
    if path.is_dir():
        files = sorted(path.rglob(f"*{GOLD_SUFFIX}"))
        if not files:
            raise GoldError(f"{path}: no {GOLD_SUFFIX} files found")
    elif path.is_file():
        files = [path]
    else:
        raise GoldError(f"{path}: no such file or folder")
    return [read_gold(file) for file in files]
