"""The one registry of what the loaders know how to read: document kinds and extraction rules.

A *document kind* is a family of council documents told apart by their structure (field
labels, headings, first lines). Every readable text is read by the general reader; a kind
only adds the *features* its labels give (decision fields, meeting blocks, report
headers), which rules ask for with :meth:`loaders.document.Document.has`. Each kind is
registered once with its name, label, cues, the ontology class of its source and an
example, and kinds are written into the graph and the docs from here.

Every rule that evidence cites (``sl:rule rule:NAME``) is registered once, beside the code
that applies it, with :func:`register_rules`: its name, what it reads and an example. The
registry describes each rule in the graph (:func:`rule_triples`) and in docs/rules.md
(:func:`rules_markdown`, written by ``strategy-lineage rules --markdown``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from loaders.text import search

# Cues are matched at the start of a line, after markdown residue ("## ", "**").
_LINE_START = r"^[ \t]*(?:#{1,6}[ \t]*)?(?:\*\*)?[ \t]*"


@dataclass(frozen=True)
class Cue:
    """A structural sign of a kind; ``weight`` 2 for signs no other kind carries."""

    pattern: str
    weight: int = 1
    anywhere: bool = False  # matched anywhere in a line, not only at its start

    def compile(self) -> re.Pattern[str]:
        prefix = "" if self.anywhere else _LINE_START
        return re.compile(prefix + self.pattern, re.IGNORECASE | re.MULTILINE)


@dataclass(frozen=True)
class DocumentKind:
    name: str  # what metadata `kind =` says and what SourceExtraction.kind holds
    label: str  # dcterms:type of the source, in words
    source_class: str  # the sl: class of the source document
    description: str
    example: str  # the opening lines of a document of this kind, in our own words
    cues: tuple[Cue, ...] = ()
    features: frozenset[str] = frozenset()  # labelled structure rules may read
    aliases: tuple[str, ...] = ()  # older names still accepted in metadata
    patterns: tuple[re.Pattern[str], ...] = field(default=(), compare=False, repr=False)

    def score(self, text: str, cue_lines: Sequence[int] | None = None) -> int:
        """The weight of the distinct cues found in ``text`` (a cue found twice counts once). ``cue_lines``: where
        a line of ``text`` opens with some kind's cue (:func:`cue_lines`), the only places a cue read at the start
        of a line is tried."""
        return sum(
            cue.weight
            for cue, pattern in zip(self.cues, self.patterns, strict=True)
            if (
                search(pattern, text)
                if cue.anywhere or cue_lines is None
                else any(pattern.match(text, line) for line in cue_lines)
            )
        )


# A text is of a kind when its cues weigh at least this much; otherwise it is a plain document.
THRESHOLD = 2
FALLBACK = "document"

_KINDS: dict[str, DocumentKind] = {}
_ALIASES: dict[str, str] = {}


def register_kind(
    name: str,
    label: str,
    source_class: str,
    description: str,
    example: str,
    cues: Iterable[Cue] = (),
    features: Iterable[str] = (),
    aliases: Iterable[str] = (),
) -> DocumentKind:
    """Register a document kind once; registration order breaks ties between equal scores."""
    if name in _KINDS or name in _ALIASES:
        raise ValueError(f"document kind {name!r} is registered twice")
    cues = tuple(cues)
    kind = DocumentKind(
        name=name,
        label=label,
        source_class=source_class,
        description=description,
        example=example,
        cues=cues,
        features=frozenset(features),
        aliases=tuple(aliases),
        patterns=tuple(cue.compile() for cue in cues),
    )
    _KINDS[name] = kind
    for alias in kind.aliases:
        _ALIASES[alias] = name
    return kind


def kinds() -> list[DocumentKind]:
    """Every registered document kind, in registration order."""
    _load_definitions()
    return list(_KINDS.values())


def kind_named(name: str) -> DocumentKind | None:
    """The kind a metadata ``kind =`` value names (its own name or an older alias)."""
    _load_definitions()
    return _KINDS.get(_ALIASES.get(name, name))


def detect_kind(text: str) -> DocumentKind:
    """The kind whose cues weigh most in ``text``; the plain document when none reaches THRESHOLD."""
    best, best_score = None, THRESHOLD - 1
    lines = cue_lines(text)
    for kind in kinds():
        score = kind.score(text, lines)
        if score > best_score:
            best, best_score = kind, score
    return best or _KINDS[FALLBACK]


def cue_lines(text: str) -> list[int]:
    """Where a line of ``text`` opens with a cue of any kind (found in one pass for the fifty-odd cues, each
    then tried only at these lines: a cue read at the start of a line is found there or nowhere)."""
    cues = tuple(cue.pattern for kind in kinds() for cue in kind.cues if not cue.anywhere)
    return [match.start() for match in _any_line_cue(cues).finditer(text)]


@lru_cache(maxsize=4)
def _any_line_cue(cues: tuple[str, ...]) -> re.Pattern[str]:
    """A look-ahead at the start of a line for any of ``cues``: each line once, however long its cue."""
    either = "|".join(f"(?:{cue})" for cue in cues)
    return re.compile(f"(?={_LINE_START}(?:{either}))", re.IGNORECASE | re.MULTILINE)


def source_classes() -> dict[str, str]:
    """Kind name -> sl: class of its source documents (aliases included)."""
    found = {kind.name: kind.source_class for kind in kinds()}
    found.update({alias: _KINDS[name].source_class for alias, name in _ALIASES.items()})
    return found


@dataclass(frozen=True)
class Rule:
    """A named rule: what evidence cites, what it reads, and a sentence it reads (our own words)."""

    name: str
    reads: str
    example: str
    module: str = ""  # where it is applied, for the docs

    @property
    def iri(self) -> str:
        return _RULE_NAMESPACE + self.name


_RULE_NAMESPACE = "https://w3id.org/strategy-lineage/rule/"  # = strategy_lineage.vocab.RULE
_RULES: dict[str, Rule] = {}


def register_rules(module: str, *rules: Rule) -> tuple[str, ...]:
    """Register the rules a module applies (each name once across the project); returns their names."""
    for rule in rules:
        if rule.name in _RULES:
            raise ValueError(f"rule {rule.name!r} is registered twice ({_RULES[rule.name].module} and {module})")
        _RULES[rule.name] = Rule(rule.name, rule.reads, rule.example, module)
    return tuple(rule.name for rule in rules)


def rule_named(name: str) -> Rule:
    """The registered rule ``name``; a ValueError names the registry when it is not registered."""
    _load_definitions()
    try:
        return _RULES[name]
    except KeyError:
        raise ValueError(
            f"rule {name!r} is not registered: add it with loaders.registry.register_rules "
            "(name, what it reads, an example) beside the code that applies it"
        ) from None


def is_rule(name: str) -> bool:
    _load_definitions()
    return name in _RULES


def rules() -> list[Rule]:
    """Every registered rule, by module then name."""
    _load_definitions()
    return sorted(_RULES.values(), key=lambda r: (r.module, r.name))


def rules_markdown() -> str:
    """docs/rules.md: every rule evidence can cite, and every document kind, from this registry."""
    lines = [
        "# Rules and document kinds",
        "",
        "Generated from `loaders/registry.py` by `strategy-lineage rules --markdown > docs/rules.md`;",
        "a test fails when this file is stale. Evidence cites a rule as `rule:NAME`, and the graph",
        "describes each rule it cites (`rdfs:label`, `dcterms:description`, `skos:example`).",
        "",
        "## Rules",
        "",
        "| rule | module | what it reads | example |",
        "| --- | --- | --- | --- |",
    ]
    lines += [f"| `{r.name}` | `{r.module}` | {_cell(r.reads)} | {_cell(r.example)} |" for r in rules()]
    lines += [
        "",
        "## Document kinds",
        "",
        "| kind | source class | label | features | example |",
        "| --- | --- | --- | --- | --- |",
    ]
    for kind in kinds():
        aliases = f" (also `{'`, `'.join(kind.aliases)}`)" if kind.aliases else ""
        lines.append(
            f"| `{kind.name}`{aliases} | `sl:{kind.source_class}` | {_cell(kind.label)} | "
            f"{', '.join(sorted(kind.features)) or '-'} | {_cell(kind.example)} |"
        )
    return "\n".join(lines) + "\n"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " / ")


_definitions_loaded = False


def _load_definitions() -> None:
    # The definitions register themselves on import; imported here, not at the top,
    # because they import this module. The extractor imports every rule module. Done once
    # (every fact asks for its rule: an import statement per fact is 1 us wasted).
    global _definitions_loaded
    if _definitions_loaded:
        return
    from loaders import curated, extract, kinds  # noqa: F401

    _definitions_loaded = True
