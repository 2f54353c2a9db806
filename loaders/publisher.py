"""Who published a document: from metadata, else from how the text names its council, else
from an email domain or web address, else unknown.

A document names many councils (partners, neighbours, the body it reports to); its
publisher is the one it is *by*. Each place a council is named is weighed by where it
stands: title lines at the top, "Report of" / "Published by" / "Contact:" before it, the
signature and address block at the end, a sentence in which it adopts or approves
something. Email domains and web addresses count only through the table of councils in
``data/reference/councils.csv``: an unknown domain never yields a guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from pyoxigraph import Literal

from loaders import lexicon, names
from loaders.registry import Rule, register_rules
from loaders.text import finditer
from strategy_lineage import vocab
from strategy_lineage.reference import rows
from strategy_lineage.vocab import RDFS_LABEL, A

if TYPE_CHECKING:
    from loaders.reading import Reading

# Words that name the type of a council, between its place and "Council".
COUNCIL_TYPES = {"County", "City", "Borough", "District", "Metropolitan", "Town", "Parish", "Islands"}


@cache
def _not_place() -> frozenset[str]:
    """Capitalised words that are no part of a council's place (``data/reference/publisher-words.csv``, role
    ``not-place``): "Full" in "Full Council", "On" in a title-case heading "Share Your Views On X Council"."""
    return frozenset(r["word"] for r in rows("publisher-words.csv") if r["role"] == "not-place")


@cache
def _partner_cue() -> re.Pattern[str]:
    """Words before a council's name, in its sentence, that make it one of several partners ("Partners include:
    the NHS, the police and X Council"), not the body the document is by (role ``partner``)."""
    cues = sorted((r["word"] for r in rows("publisher-words.csv") if r["role"] == "partner"), key=len, reverse=True)
    spelt = "|".join(r"\s+".join(map(re.escape, cue.split())) for cue in cues)
    return re.compile(rf"\b(?:{spelt})\b\s*:?\s*(?:[^.;!?\n]{{0,120}}?(?:,|\band\b|&)\s*)?(?:the\s+)?$", re.IGNORECASE)


_JOINS = {"and", "upon", "on", "under", "with", "&"}  # Tonbridge and Malling, Kingston upon Thames
_OF_AFTER = {"Vale", "Isle", "City", "County", "Riding"}  # Vale of Glamorgan, City of York, East Riding of ...
_WORD = re.compile(r"^(?:St\.|[A-Z][\w'’-]*)$")  # a word ending a sentence ("Board.") ends the name

# "Council" ending a council's name ("Summary Council Plan", "the Ashby Council Strategy" name no council: see
# _a_plans_title; on its own line a title "Ashby Council" over "Plan 2025-2029" still does).
COUNCIL_WORD = re.compile(r"\bCouncil\b")
BOROUGH_OF = re.compile(
    r"\b(?P<name>(?:London|Royal)\s+Borough\s+of\s+[A-Z][\w'-]+(?:\s+(?:and|upon)\s+[A-Z][\w'-]+|\s+[A-Z][\w'-]+)?)"
)
CYNGOR = re.compile(r"\b(?P<name>Cyngor\s+(?:Sir\s+(?:y\s+)?|Bwrdeistref\s+Sirol\s+|Dinas\s+)?[A-Z][\w'’-]+)")
COMHAIRLE = re.compile(r"\b(?P<name>Comhairle\s+nan\s+Eilean\s+Siar)\b")
# What may follow a body's name when the name is really the start of a plan's (or another body's) name.
# (on its own line: a title line "X Integration Joint Board" over "Strategic Plan 2025-2028" names the board)
# (a plan's head after a few capitalised words, "X Public Services Board Draft Well-being Plan", is the board's plan)
_NAME_GOES_ON = (
    r"(?![^\S\n]+(?:Plan|Strategy|Strategic|Annual|Action|Assessment|Partnership|Board|Authority)\b)"
    r"(?![^\S\n]+(?:[A-Z][\w'’-]*[^\S\n]+){1,3}(?:Plan|Strategy)\b)"
)
_NAME_WORD = r"[A-Z][\w'’-]{1,60}"


# "of" inside a place's name, after the words that take one ("Vale of Glamorgan", "Isle of Anglesey")
_OF_JOINED = r"(?:(?<=Vale[^\S\n])of[^\S\n]+|(?<=Isle[^\S\n])of[^\S\n]+)?"


def _endings(needs_place: bool) -> str:
    found = [r["ending"] for r in rows("publisher-bodies.csv") if (r["needs_place"] == "yes") == needs_place]
    spelt = (r"\s+".join(map(re.escape, e.split())) for e in sorted(found, key=len, reverse=True))
    return "|".join(spelt).replace("'s", "['’]?s").replace("Childrens", "Children['’]?s")


@cache
def _body_pattern() -> re.Pattern[str]:
    """A partnership or authority named with its own last words (``data/reference/publisher-bodies.csv``):
    "Harlow Public Services Board", "Tayforth Regional Transport Partnership", "X National Park Authority"."""
    return re.compile(
        # a name is on one line: "... Partnership\nThe Kestrel Integration Joint Board" is two names
        rf"\b(?:(?:The|Our|This)[^\S\n]+)?(?P<name>(?:{_NAME_WORD}[^\S\n]+(?:(?:and|&)[^\S\n]+)?{_OF_JOINED}){{1,3}}"
        rf"(?:{_endings(False)}))\b" + _NAME_GOES_ON
    )


@cache
def _place_body_pattern() -> re.Pattern[str]:
    """A partnership or alliance named after its place alone ("the Dundry Partnership", "Harlow Alliance")."""
    return re.compile(
        rf"\b(?P<name>(?P<place>{_NAME_WORD}(?:\s+{_NAME_WORD})?)\s+(?:{_endings(True)}))\b" + _NAME_GOES_ON
    )


@cache
def _place_then_ending() -> re.Pattern[str]:
    return re.compile(rf"(?P<place>.+?) (?:{_endings(False)}|{_endings(True)})")


def _words_before_its_place(text: str, name: str) -> int:
    """How many characters open a body's name before its place, when the words before are no place and the rest is
    one ("Challenges and Change Glenfoss Local Service Board" is the Glenfoss board; "Ashdale and Rhosmor Public
    Services Board" and "Vale of Brynmawr ..." keep every word)."""
    named = _place_then_ending().fullmatch(name)
    if named is None:
        return 0
    place = named.group("place")
    if _is_place(text, place):
        return 0
    for word in re.finditer(r"(?<= )(?!(?:and|&|of)\b)\S", place):
        if place[word.start() :] not in _by_place():
            continue
        before = place[: word.start()].split()
        if before[-1] in _JOINS or before[-1] == "of":
            return 0  # "West Fellshire and Harrogate ...": a place joined to the words before is one of two
        dropped = [w for w in before if w not in _JOINS and w != "of"]
        if dropped[-1] in _PLACE_OPENERS or any(_is_place(text, w) for w in dropped):
            return 0  # "South East Glenvale ...", "Conwy and Denbighshire ...": the words before are a place's too
        return word.start()
    return 0


def _is_place(text: str, words: str) -> bool:
    return words in _by_place() or words in _places_written(text)


@cache
def _bare_body_pattern() -> re.Pattern[str]:
    """A body named by its kind alone, as the one body of that kind the text is about ("the National Park
    Authority", "the Community Safety Partnership")."""
    return re.compile(rf"\b(?:the|The)[^\S\n]+(?P<name>{_endings(False)})\b" + _NAME_GOES_ON)


@cache
def _bracketed_kind_pattern() -> re.Pattern[str]:
    """A body named by a coined name with its kind in brackets before its last word ("the Brightstart (Children's
    Trust) Board")."""
    return re.compile(
        rf"\b(?P<name>{_NAME_WORD}(?:[^\S\n]+{_NAME_WORD}){{0,2}}[^\S\n]+\((?:{_endings(False)})\)"
        r"[^\S\n]+(?:Board|Partnership|Group|Executive))\b"
    )


# A one-word name used as a possessive before a plan's name: "Fellstrans' Regional Transport Strategy".
_COINED_POSSESSIVE = re.compile(
    r"(?<![\w'’-])(?P<name>[A-Z][A-Za-z]{2,30})(?:['’]s|(?<=s)['’])[^\S\n]+"
    r"(?=(?:[A-Z][\w'’-]*[^\S\n]+){0,5}(?:Strategy|Plan)\b)"
)


@cache
def _not_coined() -> frozenset[str]:
    """Words whose possessive before a plan names no body of their own ("Children's Services Plan", "Scotland's
    National Transport Strategy": publisher-words.csv, roles ``not-coined`` and ``not-place``)."""
    return frozenset(r["word"] for r in rows("publisher-words.csv") if r["role"] in ("not-coined", "not-place"))


def _coined_bodies(text: str) -> list[tuple[str, int, int, int]]:
    """A coined one-word name of a partnership, used as a possessive before a plan's name ("Fellstrans' Regional
    Transport Strategy Review"): never a place (the councils table's, or one the text writes as a place), nor a word
    the text also writes in lower case ("Children's Plan" beside "children's services")."""
    found, known = [], {}  # each word asked of the text once (docs/linear-time.md, rule 13)
    for match in finditer(_COINED_POSSESSIVE, text):
        word = match.group("name")
        if word not in known:
            known[word] = not (word in _not_coined() or _named_as_place(text, word) or _written_lower(text, word))
        if known[word] and _LONGER_NAME_BEFORE.search(text, max(0, match.start() - 40), match.start()) is None:
            found.append((word, match.start("name"), match.start("name"), match.end("name")))
    return found


# A capitalised word or a joining word just before: the possessive ends a longer name ("Young People's Plan").
_LONGER_NAME_BEFORE = re.compile(r"(?:[A-Z][\w'’-]*|and|&|of|for)[^\S\n]+$")


@cache
def _defines_itself_pattern() -> re.Pattern[str]:
    """A coined one-word name saying what kind of body it is: "Fellstrans is the statutory regional transport
    partnership for ...", "Dalestran, the Regional Transport Partnership for the dales", "TAYVALE (the Strategic
    Development Planning Authority for ...)"."""
    return re.compile(
        r"(?<![\w'’-])(?P<name>[A-Z][A-Za-z]{2,20})(?:[^\S\n]+(?:is|was|acts[^\S\n]+as)[^\S\n]+|[^\S\n]*[,–—-][^\S\n]*"
        r"|[^\S\n]*\([^\S\n]*)(?:the|a|an)[^\S\n]+(?:[a-z][a-z-]*[^\S\n]+){0,2}"
        rf"(?i:{_endings(False)})(?=[^\S\n]*(?:for|of|covering|serving|in|across|which|that|[.,;)]))"
    )


def _self_named_bodies(text: str) -> list[tuple[str, int, int, int]]:
    """Each use of a coined name the text says is a partnership or authority ("Fellstrans is the regional transport
    partnership for ..."; never a place, nor a word the text also writes in lower case)."""
    coined = {m.group("name") for m in finditer(_defines_itself_pattern(), text)}
    found = []
    for word in sorted(coined):
        if word in _not_coined() or _named_as_place(text, word) or _written_lower(text, word):
            continue
        for use in re.finditer(rf"(?<![\w'’-]){re.escape(word)}(?![\w-])", text):
            found.append((word, use.start(), use.start(), use.end()))
    return found


def _written_lower(text: str, word: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])", text) is not None


def _named_as_place(text: str, place: str) -> bool:
    """Whether ``place`` is a place: one the councils table names, or one the text writes as a place ("in X",
    "across X", "X Council", "X Borough Council")."""
    return place in _by_place() or place in _places_written(text)


# Where a text writes a place as one: after "in", "across", "throughout"; before "(City|County|...) Council".
_WRITTEN_PLACE = re.compile(
    rf"\b(?:in|across|throughout)\s+(?P<after>{_NAME_WORD}(?:\s+{_NAME_WORD})?)"
    rf"|(?<![\w-])(?P<before>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}})\s+Council\b"
)
_PLACE_TYPES = {"City", "County", "Borough", "District"}
# The places written in the text read last (asked for each partnership named after a place: made once a text).
_WRITTEN: list[tuple[str, frozenset[str]]] = []


def _places_written(text: str) -> frozenset[str]:
    """Every one- and two-word phrase the text writes as a place, in one pass over it (docs/linear-time.md, rule 13)."""
    if _WRITTEN and _WRITTEN[0][0] is text:
        return _WRITTEN[0][1]
    found: set[str] = set()
    for match in finditer(_WRITTEN_PLACE, text):
        words = (match.group("after") or match.group("before")).split()
        if match.group("after"):
            found.update((words[0], " ".join(words)))
            continue
        found.update((words[-1], " ".join(words[-2:])))
        if words[-1] in _PLACE_TYPES and len(words) > 1:  # "Kestrel Borough Council": "Kestrel"
            found.update((words[-2], " ".join(words[-3:-1])))
    _WRITTEN[:] = [(text, frozenset(found))]
    return _WRITTEN[0][1]


# Words that make "X Public Services Board" a kind of body rather than one body's name.
NO_NAME = re.compile(
    r"\b(?:Each|Every|Any|All|Both|Such|Other|Their|Its|These|Those|Your|Which|What|Whether|If|Statutory)\b"
)
DOMAIN = re.compile(
    r"(?:@|\bhttps?://|\bwww\.)(?P<domain>[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:gov\.uk|gov\.wales|gov\.scot|llyw\.cymru))\b",
    re.IGNORECASE,
)
# A web address written without its scheme or "www." ("...councilmeetings.kestrel.gov.uk/documents/s123"): a host
# name with a path after it.
HOST = re.compile(
    r"(?<![\w@/:-])(?<![\w-]\.)(?!www\.)(?P<domain>[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:gov\.uk|gov\.wales|gov\.scot|llyw\.cymru))(?=/)",
    re.IGNORECASE,
)
# Said just before a name on its line: the document is by that body.
BY_CUE = re.compile(
    r"(?:Report\s+(?:of|by|from)|\bBy:|\bFrom:|Published\s+by|Produced\s+by|Prepared\s+by|Issued\s+by|"
    r"on\s+behalf\s+of|rest(?:s|ed)\s+with(?:\s+the)?|©|\(c\)|Copyright|Contact\s*:|Address\s*:)[^\n]{0,60}(?:\n[^\S\n]*)?$",
    re.IGNORECASE,
)
# Said just after a name: it (or its Cabinet, its Executive) acts on its own plan.
ACTS_CUE = re.compile(
    r"^(?:'s(?:\s+[A-Z][\w-]*){1,3})?(?:\s+(?:and|&)(?:\s+[A-Z][\w&'-]*){1,4})?\s*(?:has|have|will|is|was|are|today)?\s*"
    r"(?:adopt(?:s|ed)?|agree[sd]?|approve[sd]?|publish(?:es|ed)?|launch(?:es|ed)?|develop(?:s|ed)?|"
    r"refreshe[sd]|produce[sd]?|set\s+out|is\s+committed)\b",
    re.IGNORECASE,
)

# Said just after a name on its line: the council's own address ("Kent County Council, County
# Hall, Maidstone", "..., Sheffield S1 2HH"), as a letterhead or signature gives it.
ADDRESS_AFTER = re.compile(
    r"^[ \t]*[,\-][ \t]*(?:[A-Z0-9][\w'.-]*[ \t]+){0,3}(?:Hall|House|Offices?|Centre|Center|Street|Road|Place|"
    r"Square|College|Buildings|Lane|Way|Avenue|Parade|Chambers|Court)\b"
    r"|^[^\n]{0,80}\b[A-Z]{1,2}\d[A-Z\d]?[ \t]*\d[A-Z]{2}\b"
)
# Said just before a name on its line: the document is addressed to it, not by it ("To: Thanet Health and
# Wellbeing Board").
TO_CUE = re.compile(r"(?:\bTo\s*:|Report\s+to\s*:?|Meeting\s*:?)[ \t]*(?:the[ \t]+)?$", re.IGNORECASE)
# A social media handle: "@BlaenauGwentCBC", "@KentCC".
HANDLE = re.compile(r"(?<![\w.])@(?P<handle>[A-Z][A-Za-z]{2,40})\b")
_HANDLE_SUFFIX = re.compile(r"(?:CBC|MBC|CC|BC|DC|Council|Cyngor)$")
HEAD_LINES = 6  # title lines at the top of the text
TAIL_LINES = 12  # signature, contact and address block at the end


@dataclass(frozen=True)
class Council:
    name: str
    domains: tuple[str, ...]  # none when no domain is known for certain; a domain two councils share names neither
    nation: str
    abolished: str = ""  # the year a council was abolished ("2023"); its documents are still published


@dataclass(frozen=True)
class Finding:
    """A publisher read from the text: its name, how, and the passage (offsets into the text)."""

    name: str
    how: str  # "text" | "domain" (an email, web address or handle)
    start: int
    end: int
    score: int
    partnership: bool = False
    bare: bool = False  # a body named by its kind alone ("the National Park Authority"): taken when nothing else is


@cache
def councils() -> tuple[Council, ...]:
    return tuple(
        Council(r["name"], _listed(r["domain"].lower()), r["nation"], r.get("abolished", ""))
        for r in rows("councils.csv")
    )


def _listed(cell: str) -> tuple[str, ...]:
    return tuple(filter(None, (part.strip() for part in cell.split(";"))))


@cache
def _by_name() -> dict[str, Council]:
    """Every way the table names a council (its name, its other names), folded."""
    found: dict[str, Council] = {}
    for row, council in zip(rows("councils.csv"), councils(), strict=True):
        for name in [row["name"], *_listed(row["other_names"])]:
            found[fold(name)] = council
    return found


@cache
def _hard_heads() -> tuple[str, ...]:
    """The words before "Council" of each name in the table that the word-by-word reading would cut short (a comma,
    "and" after two words, "of", "&": "Somerset West and Taunton", "Forest of Dean District", "Bournemouth,
    Christchurch and Poole"), longest first: a text that writes one of them names that council."""
    heads = {
        name[: -len(" Council")]
        for row in rows("councils.csv")
        for name in [row["name"], *_listed(row["other_names"])]
        if name.endswith(" Council")
    }
    hard = (head for head in heads if re.search(r"[,&]|\b(?:and|of|upon|on|with|in|under)\b", head))
    return tuple(sorted(hard, key=len, reverse=True))


def _hard_head_before(text: str, line_start: int, council_at: int) -> tuple[str, int] | None:
    """The table's council whose hard head (:func:`_hard_heads`) ends just before "Council" at ``council_at``."""
    line = text[line_start:council_at].rstrip(" \t")
    for head in _hard_heads():
        start = line_start + len(line) - len(head)
        if line.endswith(head) and (start == line_start or not (text[start - 1].isalnum() or text[start - 1] in "-'’")):
            return head + " Council", start
    return None


@cache
def _names_without_council() -> re.Pattern[str] | None:
    """The table's names that neither end in "Council" nor are written in a form read elsewhere ("Council of the Isles
    of Scilly", "Borough Council of Wellingborough", "City of London Corporation", "Borough of Poole")."""
    names = {
        name
        for row in rows("councils.csv")
        for name in [row["name"], *_listed(row["other_names"])]
        if not name.endswith(" Council")
        and not name.isupper()
        and not any(p.fullmatch(name) for p in (BOROUGH_OF, CYNGOR, COMHAIRLE))
    }
    spelt = "|".join(r"\s+".join(map(re.escape, n.split())) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w'’-])(?P<name>{spelt})(?![\w'’-])") if names else None


def fold(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", re.sub(r"^the\s+", "", name.lower().replace("’", "'"))).strip()


def council_of_domain(domain: str) -> Council | None:
    """The council whose domain this is (or a subdomain of: democracy.kent.gov.uk); None if unknown."""
    domain = domain.lower().removeprefix("www.")
    owners = {
        council
        for council in councils()
        for known in council.domains
        if domain == known or domain.endswith("." + known)
    }
    return owners.pop() if len(owners) == 1 else None  # a domain two councils share names neither


@cache
def _by_place() -> dict[str, Council]:
    """Each place the table's councils are named after ("Halton", "Blaenau Gwent"), when only one council of today is
    (a council abolished in a reorganisation gives its place to its successor of the same place: "Somerset County
    Council" and "Somerset Council" are both Somerset's, and the place is today's council's)."""
    found: dict[str, list[Council]] = {}
    for council in councils():
        place = place_of(council.name)
        if place:
            found.setdefault(place, []).append(council)
    kept = {place: [c for c in named if not c.abolished] or named for place, named in found.items()}
    return {place: named[0] for place, named in kept.items() if len(named) == 1}


def opens_with_a_place(name: str) -> bool:
    """Whether a name opens with a place the councils table names ("Lincolnshire Homelessness Strategy"
    adopted by South Holland District Council is Lincolnshire's, not South Holland's)."""
    place = _place_pattern().match(name)
    return place is not None and place.group(0).lower() not in lexicon.name_stops("word-place")


def council_of_handle(handle: str) -> Council | None:
    """The council a social media handle names ("BlaenauGwentCBC" -> Blaenau Gwent County Borough Council)."""
    place = _HANDLE_SUFFIX.sub("", handle).lower()
    for name, council in _by_place().items():
        if name.replace(" ", "").lower() == place:
            return council
    return None


@cache
def _acronym_pattern() -> re.Pattern[str] | None:
    """The short forms (all capitals) the table gives councils as other names: "KCC"."""
    short = [row for row in rows("councils.csv") for name in row["other_names"].split(";") if name.strip().isupper()]
    acronyms = {name.strip() for row in short for name in row["other_names"].split(";") if name.strip().isupper()}
    return re.compile(rf"\b(?:{'|'.join(sorted(acronyms))})\b") if acronyms else None


@cache
def _place_pattern() -> re.Pattern[str]:
    places = sorted(_by_place(), key=len, reverse=True)
    return re.compile(rf"(?<![\w-])(?:{'|'.join(re.escape(p) for p in places)})(?![\w-])")


def canonical(name: str) -> str:
    """The table's name for a council written another way ("Havering Council"), else as written."""
    council = _by_name().get(fold(name))
    return council.name if council else name


def is_council_name(name: str) -> bool:
    """Whether ``name`` is a council named with its place ("Medway Council", "London Borough of
    Havering"): such a name is the same council in every document. "Full Council" is not."""
    name = re.sub(r"\s+", " ", name.strip())
    if fold(name) in _by_name():
        return True
    if any(p.fullmatch(name) for p in (BOROUGH_OF, CYNGOR, COMHAIRLE)):
        return True
    if not name.endswith(" Council"):
        return False
    found = council_name_before(name, len(name) - len("Council"))
    return found is not None and found[1] == 0


def place_of(publisher: str) -> str | None:
    """The place a publisher is named after: "Kent" (Kent County Council), "York" (City of York
    Council), "Havering" (London Borough of Havering); None when the name is not a place's council."""
    name = re.sub(r"^The\s+", "", publisher)
    name = re.sub(
        r"^(?:(?:London|Royal)\s+Borough\s+of|City\s+and\s+County\s+of|City\s+of|(?:Borough\s+)?Council\s+of"
        r"(?:\s+the)?|Borough\s+of)\s+",
        "",
        name,
    )
    name = re.sub(r"^Cyngor\s+(?:Sir\s+(?:y\s+)?|Bwrdeistref\s+Sirol\s+|Dinas\s+)?", "", name)
    words = name.split()
    while words and (words[-1] in COUNCIL_TYPES or words[-1] == "Council"):
        words.pop()
        if len(words) > 1 and words[-1] in ("and", "&") and words[-2] in COUNCIL_TYPES:
            words.pop()  # "St Albans City and District Council"
    place = " ".join(words)
    return place if place and place != publisher else None


def council_name_before(text: str, council_at: int) -> tuple[str, int] | None:
    """The council named by the words just before "Council" at ``council_at``: (name, start)."""
    window_start = max(0, council_at - 120)
    window_start = text.rfind("\n", window_start, council_at) + 1 or window_start
    known = _hard_head_before(text, window_start, council_at)
    if known is not None:
        return known
    tokens = [(m.group(), m.start()) for m in _TOKEN.finditer(text, window_start, council_at)]
    kept: list[tuple[str, int]] = []
    for index in range(len(tokens) - 1, -1, -1):
        word = tokens[index][0]
        if _WORD.match(word):
            kept.append(tokens[index])
        elif kept and _joins(word, [t for t, _ in tokens[max(0, index - 2) : index]]):
            kept.append(tokens[index])
        else:
            break
    kept.reverse()
    kept = _wrapped_place(text, window_start, kept) if kept and kept[0][1] == window_start else kept
    if fold(" ".join(w for w, _ in kept) + " Council") not in _by_name():
        kept = _known_last_words(kept) or _place_words(kept)
    while kept and (kept[0][0] in _not_place() or not _WORD.match(kept[0][0])):
        kept.pop(0)
    if not [w for w, _ in kept if w not in COUNCIL_TYPES and w not in _JOINS and w != "of"]:
        return None
    if kept[-1][0].endswith(("'s", "’s")):
        return None  # "Eastmoor's Council Plan": a place's plan, no council's name
    return " ".join(w for w, _ in kept) + " Council", kept[0][1]


def _wrapped_place(text: str, line_start: int, kept: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """A council's name wrapped over a line break ("East" ending one line, "Renfrewshire Council" opening the next):
    the last one or two words of the line before join it only when the whole is a council the table knows."""
    if line_start < 2 or text[line_start - 1] != "\n":
        return kept
    before = [(m.group(), m.start()) for m in _TOKEN.finditer(text, max(0, line_start - 40), line_start - 1)][-2:]
    for cut in range(len(before)):
        joined = before[cut:] + kept
        if (
            all(_WORD.match(w) for w, _ in before[cut:])
            and fold(" ".join(w for w, _ in joined) + " Council") in _by_name()
        ):
            return joined
    return kept


# Words that open a different council's place before another's ("North East Lincolnshire", "Mid Suffolk").
_PLACE_OPENERS = {"North", "South", "East", "West", "Mid", "Central", "Greater", "Upper", "Lower", "Inner", "Outer"}


def _known_last_words(kept: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The longest run of last words that the table knows as a council, after words that are no part of a place
    ("Planning Policy West Lothian Council"), never cut inside a place ("Bath & North East Somerset Council" is no
    "Somerset Council")."""
    for cut in range(1, len(kept)):
        if fold(" ".join(w for w, _ in kept[cut:]) + " Council") not in _by_name():
            continue
        dropped = [w for w, _ in kept[:cut]]
        if _JOINS.intersection(dropped) or "of" in dropped or dropped[-1] in _PLACE_OPENERS:
            return []
        return kept[cut:]
    return []


def _place_words(kept: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The words of a name the table does not know, from after the last word that is no part of a place
    ("Requests Full Council" names none; "Share Your Views On Eastmoor Council" is "Eastmoor Council") or
    after "with" ("Engagement with Eastmoor Council": "Blackburn with Darwen" is in the table)."""
    cut = max((i + 1 for i, (word, _) in enumerate(kept) if word in _not_place() or word == "with"), default=0)
    return kept[cut:]


# A word of a council's name; markdown around it ("**Stoke-on-Trent") is not ("|" separates two names).
_TOKEN = re.compile(r"[^\s*#_\[\]]+")


def _joins(word: str, before: list[str]) -> bool:
    """Whether a small word joins two halves of one place ("Tonbridge and Malling", "Vale of
    Glamorgan"): the half before it is one capitalised word, not the end of another body's name
    ("... Trust and Kent County Council")."""
    if not before or not _WORD.match(before[-1]):
        return False
    if word == "of":
        return before[-1] in _OF_AFTER
    if word not in _JOINS:
        return False
    two_before = before[-2] if len(before) > 1 else ""
    return not _WORD.match(two_before) or two_before in _not_place()


def _lines(text: str) -> tuple[int, int]:
    """End of the head (its first title lines) and start of the tail (its signature block)."""
    filled = [m.start() for m in re.finditer(r"^[^\S\n]*\S", text, re.MULTILINE)]
    head = HEAD_LINES if len(filled) >= 4 * HEAD_LINES else max(2, len(filled) // 4)
    head_end = filled[head] if len(filled) > head else len(text)
    tail_start = filled[-TAIL_LINES] if len(filled) > TAIL_LINES * 2 else len(text)
    return head_end, tail_start


def _weight(text: str, start: int, end: int, head_end: int, tail_start: int) -> int:
    if TO_CUE.search(text[max(text.rfind("\n", max(0, start - 100), start) + 1, start - 100) : start]):
        return 0  # the body a report is addressed to
    weight = 1
    if start < head_end:
        weight += 3
    if start >= tail_start:
        weight += 2
    if BY_CUE.search(text[max(0, start - 80) : start]):
        weight += 4
    if ACTS_CUE.match(text[end : end + 40]):
        weight += 2
    if ADDRESS_AFTER.match(text[end : end + 100]):
        weight += 3
    elif _alone_on_its_line(text, start, end):
        weight += 2  # a masthead or signature line: "Leeds City Council - Executive Board"
    return weight


# What may follow a name that opens a masthead or signature line: nothing, a dash, slash or bar and the
# rest of the line ("– Cabinet – 16 November 2023", "/ Cyngor Abertawe"), or a comma and a date.
# A page's running header as a PDF's text gives it, on one line with the page's text after it, is a masthead too:
# "14 Fellshire Fire and Rescue Authority 25 February 2015 <title> Report of ..." (a page number, the name, a date).
_LINE_AFTER_NAME = re.compile(
    r"[ \t]*(?:[-–—/|][^\n]*|,[ \t]*\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Z][a-z]+[ \t]+(?:19|20)\d\d[ \t]*"
    r"|[ \t]\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Z][a-z]+[ \t]+(?:19|20)\d\d\b[^\n]*)?\n?$"
)


_LINE_BEFORE_NAME = re.compile(r"[ \t]*(?:\d{1,4}[ \t]+)?(?:The[ \t]+)?")


def _alone_on_its_line(text: str, start: int, end: int) -> bool:
    # Matched in place, not on a slice: with no line break just before, the line starts at the
    # text's start, and copying all of that for each name was quadratic (docs/linear-time.md).
    line_start = text.rfind("\n", max(0, start - 10), start) + 1
    after = text[end : (text.find("\n", end, end + 80) + 1 or end + 80)]
    alone_before = _LINE_BEFORE_NAME.fullmatch(text, line_start, start) is not None
    return alone_before and _LINE_AFTER_NAME.match(after) is not None


_CAPITALS_LINE = re.compile(
    r"^[^\S\n]*[A-Z][A-Z'’&\- ]{3,100}[^\S\n]*$"
    # or a body's name in capitals inside a line ("Item 6 - FELLMOOR NATIONAL PARK AUTHORITY - 14 May")
    r"|(?<![\w'’-])(?<![A-Z&][^\S\n])(?!(?:AND|OF|THE|ON|UPON|WITH)\b)(?:[A-Z][A-Z'’&-]*[^\S\n]+){1,8}(?:COUNCIL|AUTHORITY|PARTNERSHIP|BOARD|TRUST|ALLIANCE)(?![\w'’-])",
    re.MULTILINE,
)
_SMALL = {"And": "and", "Of": "of", "Upon": "upon", "On": "on", "With": "with", "The": "the", "Nan": "nan"}


def _title_case_capitals(text: str) -> str:
    """The text with its lines written in capitals title-cased, character for character (offsets keep):
    "WIRRAL COUNCIL" -> "Wirral Council", "LONDON BOROUGH OF BEXLEY" -> "London Borough of Bexley"."""

    def title(match: re.Match[str]) -> str:
        words = re.sub(r"[A-Za-z'’]+", lambda w: w.group().capitalize(), match.group())
        return re.sub(r"(?<= )(?:And|Of|Upon|On|With|The|Nan)(?= )", lambda w: _SMALL[w.group()], words)

    return _CAPITALS_LINE.sub(title, text)


def mentions(text: str) -> list[Finding]:
    """Every place the text names a council or partnership, or gives a known council's domain (each pattern
    tried only where it can match: loaders.text.Scanner)."""
    found: list[Finding] = []
    text = _title_case_capitals(text)
    head_end, tail_start = _lines(text)
    for match in finditer(COUNCIL_WORD, text):
        named = council_name_before(text, match.start())
        if named and _a_plans_title(text, named[0], match.end()):
            continue  # "Summary Council Plan", "Outline Council Strategy": a plan's title, no council
        if named and (" and " not in named[0] or fold(named[0]) in _by_name()):
            # "X and Y Council" only as the table names it ("Tonbridge and Malling Borough Council"): a
            # priority such as "Effective and Efficient Council" is no council.
            name, start = named
            # A council listed as a partner is named, but weighs nothing towards being the publisher.
            weight = 0 if _a_partner(text, start) else _weight(text, start, match.end(), head_end, tail_start)
            found.append(Finding(canonical(name), "text", start, match.end(), weight))
    for pattern in (BOROUGH_OF, CYNGOR, COMHAIRLE, _names_without_council()):
        for match in finditer(pattern, text) if pattern else ():
            name = canonical(match.group("name"))
            known = _by_name().get(fold(name))
            if pattern is BOROUGH_OF and known is None:
                name = " ".join(match.group("name").split()[:4])  # London Borough of <Place>
            found.append(
                Finding(
                    name,
                    "text",
                    match.start(),
                    match.end(),
                    _weight(text, match.start(), match.end(), head_end, tail_start),
                )
            )
    bodies = [
        (m.group("name"), m.start("name"), m.start(), m.end())
        for pattern in (_body_pattern(), _bracketed_kind_pattern())
        for m in finditer(pattern, text)
    ]
    short_forms: dict[str, tuple[str, int, int]] = {}
    for written, start, opens, end in (
        *bodies,
        *_place_bodies(text),
        *_prefixed_bodies(text),
        *_coined_bodies(text),
        *_self_named_bodies(text),
    ):
        name = re.sub(r"\s+", " ", written)
        if NO_NAME.search(name) or _bare_ending(name):
            continue  # "Each Public Services Board must ...", "The Community Planning Partnership": named by no place
        cut = _words_before_its_place(text, name)
        name, start = name[cut:], start + cut
        # a partnership listed among partners ("Partners include: the Council, the Health and Social Care
        # Partnership") is named, but weighs nothing towards being the publisher, as a council listed so
        weight = 0 if _a_partner(text, start) else _weight(text, opens, end, head_end, tail_start)
        found.append(Finding(name, "text", start, end, weight, partnership=True))
        defined = SHORT_FORM_AFTER.match(text, end)
        if defined is not None and names.abbreviates(defined.group("short"), name):
            short_forms.setdefault(defined.group("short"), (name, start, end))  # "Tayforth ... Partnership (TRTP)"
    found.extend(_place_acronym_bodies(text, head_end, tail_start))
    for match in finditer(_bare_body_pattern(), text):
        name = re.sub(r"\s+", " ", match.group("name"))
        weight = _bare_weight(text, match.start(), match.end(), head_end, tail_start)
        found.append(Finding(name, "text", match.start("name"), match.end(), weight, partnership=True, bare=True))
    found.extend(_short_form_uses(text, short_forms, head_end, tail_start))
    found.extend(_defined_acronyms(text, head_end, tail_start))
    for match in finditer(HANDLE, text):
        council = council_of_handle(match.group("handle"))
        if council:
            where = (match.start("handle"), match.end("handle"))
            found.append(Finding(council.name, "domain", *where, 2 + _weight(text, *where, head_end, tail_start)))
    acronyms = _acronym_pattern()
    for match in finditer(acronyms, text) if acronyms else ():
        council = _by_name()[fold(match.group())]
        found.append(
            Finding(
                council.name, "text", match.start(), match.end(), _weight(text, *match.span(), head_end, tail_start)
            )
        )
    for match in (m for pattern in (DOMAIN, HOST) for m in finditer(pattern, text)):
        council = council_of_domain(match.group("domain"))
        if council:
            found.append(
                Finding(
                    council.name,
                    "domain",
                    match.start("domain"),
                    match.end("domain"),
                    2 + _weight(text, match.start(), match.end(), head_end, tail_start),
                )
            )
    return found


# A plan's head just after "Council": "Summary Council Plan" is a plan's title.
_PLAN_AFTER = re.compile(r"[^\S\n]+(?:Plan|Strategy|Strategic|Delivery[^\S\n]+Plan)\b")


def _a_plans_title(text: str, name: str, end: int) -> bool:
    """Whether "X Council" is the start of a plan's title ("Summary Council Plan 2025-2028", "Outline Council
    Plan"): a plan's head follows, and the words before "Council" are neither a council the table knows nor
    written with a council's type ("Ashby County Council Plan" still names Ashby County Council)."""
    if _PLAN_AFTER.match(text, end) is None or fold(name) in _by_name():
        return False
    return not COUNCIL_TYPES.intersection(name.split())


# "adopted by the National Park Authority": the body that acted on the plan.
_DONE_BY = re.compile(
    r"\b(?:adopted|approved|agreed|published|produced|prepared|endorsed)\s+by\s+the\s+$", re.IGNORECASE
)


# "the National Park Authority is consulting on / is preparing / wants your views on": it is its own plan.
_ASKS_VIEWS = re.compile(
    r"[^\S\n]+(?:is|are|has|have|will|would)?[^\S\n]*(?:now[^\S\n]+)?"
    r"(?:consult(?:s|ed|ing)|prepar(?:es|ed|ing)|review(?:s|ed|ing)|seek(?:s|ing)|wants?|invit(?:es|ed|ing)|"
    r"welcom(?:es|ed)|propos(?:es|ed|ing))\b",
    re.IGNORECASE,
)


def _bare_weight(text: str, start: int, end: int, head_end: int, tail_start: int) -> int:
    """A body named by its kind alone weighs only as the body acting on its plan ("the National Park Authority has
    published its draft") or after "Published by": a heading or a passing mention names no one body."""
    before = text[max(0, start - 80) : start]
    after = text[end : end + 40]
    acts = ACTS_CUE.match(after) or _ASKS_VIEWS.match(after) or BY_CUE.search(before) or _DONE_BY.search(before)
    if not acts or _a_partner(text, start):
        return 0
    return max(_weight(text, start, end, head_end, tail_start), MIN_SCORE)  # acting on its plan once is enough


PARTNER_WINDOW = 200  # characters before a council's name searched for a partner cue in its sentence


def _a_partner(text: str, start: int) -> bool:
    """Whether the council named at ``start`` is listed as one partner among others (``_partner_cue``)."""
    return (
        _WITH_BEFORE.search(text, max(0, start - 12), start) is not None
        or _partner_cue().search(text, max(0, start - PARTNER_WINDOW), start) is not None
    )


# "Engagement with X Council", "agreed with X Council": the council another body deals with.
# ("responsibility rested with the X Board" names the body that owns the plan: BY_CUE)
_WITH_BEFORE = re.compile(r"(?<!\brests\s)(?<!\brested\s)\bwith\s+(?:the\s+)?$", re.IGNORECASE)


@cache
def _bare_endings() -> frozenset[str]:
    return frozenset(r["ending"].lower() for r in rows("publisher-bodies.csv"))


def _bare_ending(name: str) -> bool:
    """Whether a body's name is only its kind ("The Community Planning Partnership"): no place names it."""
    return re.sub(r"^(?:The|Our|This)\s+", "", name).lower() in _bare_endings()


@cache
def _prefixed_body_pattern() -> re.Pattern[str]:
    """A partnership named by its kind, then its place ("Community Planning Glenbrae"; publisher-words.csv, role
    ``body-prefix``)."""
    prefixes = [r["word"] for r in rows("publisher-words.csv") if r["role"] == "body-prefix"]
    spelt = "|".join(r"[^\S\n]+".join(map(re.escape, p.split())) for p in prefixes)
    return re.compile(
        rf"\b(?P<name>(?:{spelt})[^\S\n]+(?P<place>{_NAME_WORD}(?:[^\S\n]+{_NAME_WORD})?))\b(?![^\S\n]+(?:Partnership|Board)\b)"
    )


def _prefixed_bodies(text: str) -> list[tuple[str, int, int, int]]:
    """ "Community Planning Glenbrae": only where the words after the prefix are a place (the one word, else both)."""
    found, known = [], {}  # each place asked of the text once (docs/linear-time.md, rule 13)
    for match in finditer(_prefixed_body_pattern(), text):
        place = match.group("place")
        first = place.split()[0]
        for named in (place, first) if first != place else (place,):
            if named not in known:
                known[named] = named not in _not_place() and _named_as_place(text, named)
            if known[named]:
                end = match.start("place") + len(named)
                found.append((text[match.start("name") : end], match.start("name"), match.start(), end))
                break
    return found


@cache
def _body_acronyms() -> dict[str, str]:
    """The conventional short forms of the kinds of body that publish (``data/reference/body-acronyms.csv`` whose
    body is an ending in ``publisher-bodies.csv``): "CJC" -> "Corporate Joint Committee"."""
    endings = {r["ending"] for r in rows("publisher-bodies.csv") if r["needs_place"] == "no"}
    return {r["acronym"]: r["body"] for r in rows("body-acronyms.csv") if r["body"] in endings}


@cache
def _place_acronym_pattern() -> re.Pattern[str]:
    acronyms = "|".join(sorted(map(re.escape, _body_acronyms()), key=len, reverse=True))
    return re.compile(rf"\b(?P<place>{_NAME_WORD}(?:[^\S\n]+{_NAME_WORD})?)[^\S\n]+(?P<acronym>{acronyms})\b")


def _place_acronym_bodies(text: str, head_end: int, tail_start: int) -> list[Finding]:
    """A body named by its place and its kind's short form ("Fernvale CJC" is the Fernvale Corporate Joint
    Committee, "Glenmore IJB" the Glenmore Integration Joint Board): only where the words are a place."""
    found, known = [], {}  # each place asked of the text once (docs/linear-time.md, rule 13)
    for match in finditer(_place_acronym_pattern(), text):
        words = match.group("place").split()
        while words and words[0] in _not_place():
            words.pop(0)
        place = " ".join(words)
        if place and place not in known:
            known[place] = _is_place(text, place) or _named_as_place(text, place)
        if place and known[place]:
            start = match.end("place") - len(place)
            weight = 0 if _a_partner(text, start) else _weight(text, start, match.end(), head_end, tail_start)
            name = f"{place} {_body_acronyms()[match.group('acronym')]}"
            found.append(Finding(name, "text", start, match.end(), weight, partnership=True))
    return found


def _place_bodies(text: str) -> list[tuple[str, int, int, int]]:
    """ "the Dundry Partnership", "Harlow Alliance": only where the words before the ending are a place.
    Each as (name, start of the name, start of the match, end)."""
    found, known = [], {}  # each place asked of the text once (docs/linear-time.md, rule 13)
    for match in finditer(_place_body_pattern(), text):
        words = list(re.finditer(r"\S+", match.group("place")))
        while words and words[0].group() in _not_place():
            words.pop(0)
        place = match.group("place")[words[0].start() :] if words else ""
        if place and place not in known:
            known[place] = _named_as_place(text, place)
        if place and known[place]:
            start = match.start("place") + words[0].start()
            found.append((text[start : match.end("name")], start, match.start(), match.end()))
    return found


# A short form a partnership's name is given just after it: " (TRTP)", " ('the Partnership')" is no short form.
SHORT_FORM_AFTER = re.compile(r"[ \t]?\((?P<short>[A-Z][A-Za-z]{1,11})\)")


def _short_form_uses(
    text: str, short_forms: dict[str, tuple[str, int, int]], head_end: int, tail_start: int
) -> list[Finding]:
    """Each later use of a short form the text defines for a partnership ("TRTP agreed its strategy") names it, with
    the weight of where it is used; the passage quoted is the full name it was defined after."""
    found = []
    for short, (name, start, end) in short_forms.items():
        for match in finditer(re.compile(rf"(?<![\w(]){re.escape(short)}(?![\w)])"), text):
            weight = _weight(text, *match.span(), head_end, tail_start)
            found.append(Finding(name, "text", start, end, weight, partnership=True))
    return found


def _defined_acronyms(text: str, head_end: int, tail_start: int) -> list[Finding]:
    """Each use of a short form the text defines for a council ("Westray Islands Council (WIC) ... WIC agreed")
    counts as naming that council."""
    found = []
    for acronym, full in names.find_aliases(text).items():
        named = council_name_before(full, len(full) - len("Council")) if full.endswith(" Council") else None
        if named is None or named[1] != 0 or fold(acronym) in _by_name():
            continue  # not a council's full name, or an acronym the table already gives
        for match in re.finditer(rf"(?<![\w(]){re.escape(acronym)}(?![\w)])", text):
            where = match.span()
            found.append(Finding(canonical(full), "text", *where, _weight(text, *where, head_end, tail_start)))
    return found


# A publisher must be named more than once in passing, or once where a publisher is named.
MIN_SCORE = 3
# A partnership is taken over a council (or over the council of the place the text names) only when
# named with this many times the weight.
PARTNERSHIP_OVER_COUNCIL = 2


def find_publisher(text: str) -> Finding | None:
    """The body the document is by: the council with the most weight, unless a partnership is named with
    far more; else a partnership named with enough weight; None when none is clear (a place word alone,
    "Trafford's Carers Strategy", names no publisher: the council is never guessed from it). The finding
    quotes the strongest passage."""
    found = mentions(text)
    passing = _partnerships_named_once_in_passing(text, found)
    named = _ranked_publisher([f for f in found if not f.bare and f.name not in passing])
    if named is not None:
        return named
    bare = _ranked_publisher([f for f in found if f.bare])  # "the National Park Authority", when that is all
    return bare if bare is not None and bare.score >= MIN_SCORE else None


def _partnerships_named_once_in_passing(text: str, found: list[Finding]) -> set[str]:
    """Partnerships the text names once, and not where a publisher is named (:func:`_where_a_publisher_stands`):
    "In 2020 the Fellshire Integrated Care System published its plan" in another body's page, or in a council's
    minute, tells of the partnership's own plan; the document is not by it."""
    named: dict[str, list[Finding]] = {}
    for finding in found:
        if finding.partnership and not finding.bare:
            named.setdefault(finding.name, []).append(finding)
    once = {name: fs[0] for name, fs in named.items() if len(fs) == 1}
    if not once:
        return set()
    text = _title_case_capitals(text)
    head_end, tail_start = _lines(text)
    titles = [line.strip() for line in text[:head_end].splitlines() if len(line.strip()) >= _TITLE_LENGTH]
    return {
        name
        for name, finding in once.items()
        if not _where_a_publisher_stands(text, finding.start, finding.end, head_end, tail_start)
        and not _acts_on_its_title(text, finding.end, titles)
    }


_TITLE_LENGTH = 12  # a top line this long names the document's subject ("Housing Strategy 2024-2029")


def _acts_on_its_title(text: str, end: int, titles: list[str]) -> bool:
    """Whether the body named just before ``end`` acts on the plan the document's top lines name ("The Lornside
    Partnership adopted its Regional Transport Strategy 2023-2038" under that title): the page is about its plan."""
    sentence = re.split(r"(?<=[.!?])\s|\n", text[end : end + 200], maxsplit=1)[0]
    return ACTS_CUE.match(text[end : end + 40]) is not None and any(title in sentence for title in titles)


def _where_a_publisher_stands(text: str, start: int, end: int, head_end: int, tail_start: int) -> bool:
    """Whether a name stands where a document names the body it is by: its top lines, after "Report of" or
    "Published by", in its signature block, before its address, alone on its line as a masthead."""
    return (
        start < head_end
        or start >= tail_start
        or BY_CUE.search(text[max(0, start - 80) : start]) is not None
        or ADDRESS_AFTER.match(text[end : end + 100]) is not None
        or _alone_on_its_line(text, start, end)
    )


def _ranked_publisher(found: list[Finding]) -> Finding | None:
    totals: dict[str, list[Finding]] = {}
    for finding in found:
        totals.setdefault(finding.name, []).append(finding)
    ranked = sorted(
        ((sum(f.score for f in fs), max(fs, key=lambda f: (f.score, -f.start))) for fs in totals.values()),
        key=lambda pair: (pair[0], -pair[1].start),
        reverse=True,
    )
    council = next(((total, best) for total, best in ranked if not best.partnership), None)
    partnership = next(((total, best) for total, best in ranked if best.partnership), None)
    if partnership and partnership[0] >= max(PARTNERSHIP_OVER_COUNCIL * (council[0] if council else 0), MIN_SCORE):
        return _total(*partnership)
    # A council named once, and the only council the text names, is taken at a lower weight.
    alone = sum(1 for _, best in ranked if not best.partnership) == 1
    if council and (council[0] >= MIN_SCORE or (alone and council[0] > 0)):
        return _total(*council)
    return _total(*partnership) if partnership and partnership[0] >= MIN_SCORE else None


def _total(total: int, best: Finding) -> Finding:
    return Finding(best.name, best.how, best.start, best.end, total, best.partnership, best.bare)


PUBLISHER_IN_TEXT, PUBLISHER_FROM_DOMAIN = register_rules(
    __name__,
    Rule(
        "publisher-in-text",
        "the council (or partnership) a document is by, where the text names it with most "
        "weight: title lines, 'Report of', 'Published by', the contact and address block",
        "Report of the Director of Place, Thornbury Borough Council",
    ),
    Rule(
        "publisher-from-domain",
        "the council a document is by, from an email address or web address whose domain "
        "data/reference/councils.csv gives to that council",
        "Contact: housing@falkirk.gov.uk",
    ),
)


def publisher_named(reading: Reading) -> None:
    """The publisher read from the text is an organisation the document names: its type and name."""
    doc, found = reading.doc, reading.doc.publisher_found
    if found is None:
        return
    iri = names.organisation_iri(found.name)
    cls = vocab.sl("PartnershipGroup" if found.partnership else "Council")
    where = (found.start, found.end)
    if found.how == "domain":
        written = doc.original[found.start : found.end]
        reason = f"the address {written} belongs to {found.name} (data/reference/councils.csv)"
        for predicate, obj in ((A, cls), (RDFS_LABEL, Literal(found.name))):
            doc.state(
                iri, predicate, obj, PUBLISHER_FROM_DOMAIN, where, derivation="inferred", reason=reason, original=True
            )
        return
    for predicate, obj in ((A, cls), (RDFS_LABEL, Literal(found.name))):
        doc.state(iri, predicate, obj, PUBLISHER_IN_TEXT, where, original=True)
