"""When two written names denote the same thing, whatever IRI either was minted under.

The evaluation compares what the loaders extracted with what a careful reader wrote
down, so it matches by *names*: case, apostrophes, quotes, dashes, a leading "the" /
"our" / "the Council's", the publisher's place name, "Well-being" and "Wellbeing",
periods in any of the forms councils write (``2016-2019``, ``2016 – 19``, ``2019/23``,
``2018/19 to 2022/23``, ``to 2014``) and acronyms (``CYPP``, ``SEND Strategy``).
Nothing here knows how the store spells an IRI.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from strategy_lineage.reference import rows

_FOLD = str.maketrans(
    {
        "’": "'",
        "‘": "'",
        "`": "'",
        "´": "'",
        "“": '"',
        "”": '"',
        "–": "-",
        "—": "-",
        "‑": "-",
        "\u00a0": " ",
    }
)
# Years and the ways councils join them; two-digit ends belong to the start's century.
_YEAR = r"(?:19|20)\d\d"
PERIOD = re.compile(
    rf"(?:\b(?:for\s+the\s+period|for|from|covering)\s+)?"
    rf"\b(?P<start>{_YEAR})(?:/(?P<start_fy>\d\d|{_YEAR})(?!\d))?"
    rf"(?:\s*(?:-|/|to|until|and)\s*(?P<end>{_YEAR}|\d\d)(?:/(?P<fy_end>\d\d|{_YEAR})(?!\d))?)?\b"
    rf"|\b(?:to|until|up\s+to)\s+(?P<only_end>{_YEAR})\b",
    re.IGNORECASE,
)
# Words that open a name without being part of it.
_LEADING = re.compile(r"^(?:(?:the|our|this|its|a|an|draft|council's|councils)\s+)+")
# Words too small to carry an acronym's letter ("Children and Young People's Plan" = CYPP).
_MINOR = {"and", "of", "the", "for", "in", "to", "&", "on"}
_ACRONYM = re.compile(r"^[a-z]{2,7}$")


@dataclass(frozen=True)
class Name:
    """A name reduced to what identifies it: its words (``base``) and its period."""

    base: tuple[str, ...]
    period: str | None

    @property
    def text(self) -> str:
        return " ".join(self.base) + (f" [{self.period}]" if self.period else "")


def fold(text: str) -> str:
    """Lower case, straight quotes and dashes, single spaces."""
    text = unicodedata.normalize("NFKC", text.translate(_FOLD)).lower()
    return re.sub(r"\s+", " ", text).strip()


def period_of(text: str) -> tuple[str | None, str]:
    """The period written in ``text`` as ``"2016-2019"`` / ``"-2014"`` / ``"2017"``, and the
    text without it. Financial years count by their calendar years: ``2018/19 to 2022/23``
    is ``2018-2023``."""
    match = PERIOD.search(text)
    if match is None:
        return None, text
    rest = (text[: match.start()] + " " + text[match.end() :]).strip()
    if match.group("only_end"):
        return f"-{match.group('only_end')}", rest
    start = match.group("start")
    end = match.group("fy_end") or match.group("end") or match.group("start_fy")
    if end is None:
        return start, rest
    if len(end) == 2:
        end = start[:2] + end
    return f"{start}-{end}", rest


Places = str | tuple[str, ...] | None


def place_words(place: Places) -> list[str]:
    """The publisher's names and place, as they may open a plan's name ("Kent", "Kent's",
    "Kent County Council's"), longest first."""
    if not place:
        return []
    words: set[str] = set()
    for written in (place,) if isinstance(place, str) else place:
        cleaned = _plain(re.sub(r"^the\s+", "", fold(written)))
        words |= {cleaned, cleaned + "s"}
    return sorted(words, key=len, reverse=True)


def _plain(folded: str) -> str:
    """Folded text as bare words: no quotes, brackets or stops; "Well-being" = "Wellbeing";
    "&" = "and"; "People's" = "Peoples"."""
    text = re.sub(r"[\"“”()\[\]:,;.!?]", " ", folded)
    text = re.sub(r"(?<=\w)-(?=\w)", "", text)  # Well-being = Wellbeing, up-dated = updated
    text = text.replace("&", " and ").replace("'s ", "s ").replace("'", "").replace("-", " ")
    return re.sub(r"\s+", " ", text).strip()


def place_of(publisher: str | None) -> str | None:
    """ "Kent County Council" -> "Kent"; "London Borough of Havering" -> "Havering";
    "City of York Council" -> "York"; "Royal Borough of Kingston upon Thames" -> "Kingston upon Thames"."""
    if not publisher:
        return None
    name = re.sub(r"^the\s+", "", publisher.strip(), flags=re.IGNORECASE)
    of = re.match(r"(?:Royal\s+|London\s+)?(?:Borough|City|County|District)\s+of\s+(.+?)(?:\s+Council)?$", name)
    if of:
        return of.group(1)
    words = re.match(
        r"(.+?)\s+(?:County\s+Borough|Metropolitan\s+Borough|Metropolitan\s+District|County|City|Borough|District|"
        r"Town|Islands)?\s*Council$",
        name,
    )
    return words.group(1) if words else None


@cache
def _version_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Words that say which version of a plan is meant ("the original", "(update 2007)"),
    from data/reference/version-words.csv, as patterns for the start and the end of a name."""
    table = rows("version-words.csv")

    def alternatives(position: str) -> str:
        words = sorted((r["word"] for r in table if r["position"] == position), key=len, reverse=True)
        return "|".join(re.escape(w) for w in words)

    return (
        re.compile(rf"^(?:(?:{alternatives('before')})\s+)+"),
        re.compile(rf"(?:\s+(?:{alternatives('after')}))*(?:\s+(?:of|in|from|for))?$"),
    )


def _without_version_words(words: str) -> str:
    """A dated name without the words that say which version it is: with a period written,
    "the original Community Strategy (2004)" and "Community Strategy (first version 2004)" are
    one plan, and so are "Community Strategy update of 2007" and "Community Strategy (update
    2007)". Without a period these words are all that tells two versions apart, so they stay."""
    before, after = _version_words()
    return after.sub("", before.sub("", words)).strip() or words


def _restated_acronym(folded: str) -> str:
    """ "Local Development Plan (LDP2)" is "Local Development Plan 2": a bracketed acronym that
    spells the words before it says nothing new but its number."""
    match = re.search(r"\s*\(([a-z]{2,7})\s?(\d{1,2})?\)\s*$", folded)
    if match is None:
        return folded
    head = folded[: match.start()]
    words = tuple(_plain(head).split())
    if not any(_expands(match.group(1), words[cut:]) for cut in range(len(words))):
        return folded
    number = match.group(2)
    return f"{head} {number}" if number and not re.search(r"\d\s*$", head) else head


@lru_cache(maxsize=4096)
def reduce(name: str, place: Places = None) -> Name:
    """The identifying words and period of a written name."""
    period, rest = period_of(_restated_acronym(fold(name)))
    rest = _plain(rest)
    places = place_words(place)
    changed = True
    while changed:
        before = rest
        rest = _LEADING.sub("", rest)
        for word in places:
            if rest.startswith(word + " "):
                rest = rest[len(word) + 1 :]
        rest = re.sub(r"^(?:county|city|borough|district)?\s*councils?\s+", "", rest) if places else rest
        changed = rest != before
    return dated(Name(tuple(rest.split()), None), period)


def dated(name: Name, period: str | None) -> Name:
    """``name`` with ``period`` where it has none of its own; a dated name loses the words
    that only say which version it is (see ``_without_version_words``)."""
    period = name.period or period
    if not period:
        return name
    return Name(tuple(_without_version_words(" ".join(name.base)).split()), period)


def _expands(acronym: str, words: tuple[str, ...]) -> bool:
    """Whether ``words`` spell ``acronym`` by their initials (minor words may be skipped or
    count, "Wellbeing" may count as W or W+B)."""
    if not acronym:
        return not words or all(w in _MINOR for w in words)
    if not words:
        return False
    head, rest = words[0], words[1:]
    if head in _MINOR and _expands(acronym, rest):
        return True
    if head[0] != acronym[0]:
        return False
    if _expands(acronym[1:], rest):
        return True
    return head.endswith("being") and len(acronym) > 1 and acronym[1] == "b" and _expands(acronym[2:], rest)


def same_words(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Equal word sequences, where one acronym word may stand for a run of the other's words."""
    if a == b:
        return True
    if not a or not b:
        return False
    if a[0] == b[0]:
        return same_words(a[1:], b[1:])
    for short, long in ((a, b), (b, a)):
        if _ACRONYM.match(short[0]) and short[0] not in _MINOR:
            for cut in range(1, len(long) + 1):
                if _expands(short[0], long[:cut]) and same_words(short[1:], long[cut:]):
                    return True
    return False


def periods_agree(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def _head_alone(a: Name, b: Name) -> bool:
    """ "the current Strategy (2014-2017)" and "Community Strategy 2014-2017": a bare head noun
    with a period denotes the plan of that head and that very period."""
    if a.period is None or a.period != b.period:
        return False
    short, long = sorted((a.base, b.base), key=len)
    # "Predecessor of the Town Plan 2015-2018" is not a plan whose head is "plan".
    headed_by_last_word = not {"of", "for", "before", "after"} & set(long)
    return len(short) == 1 and len(long) > 1 and long[-1] == short[0] and headed_by_last_word


def name_score(a: Name, b: Name) -> int:
    """2: same words and same period; 1: same words, a period on one side only, or a bare head
    noun with the same period; 0: different."""
    if _head_alone(a, b):
        return 1
    if not same_words(a.base, b.base) or not periods_agree(a.period, b.period):
        return 0
    return 2 if a.period == b.period else 1


def body_key(name: str, place: Places) -> str:
    """A governing body's name for comparison: "Kent County Council", "Conwy County Borough Council"
    (the publisher itself) and "Full Council" are "council"; "the Kent Health and Wellbeing Board"
    is "health and wellbeing board"."""
    words = " ".join(reduce(_written_out(name), place).base)
    words = re.sub(r"^(?:full|the)\s+", "", words)
    words = re.sub(r"\b(?:(?:county|city|borough|district|metropolitan)\s+)+(?=council\b)", "", words)
    return words.strip() or "council"


@cache
def _body_acronyms() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple(
        (re.compile(rf"(?<![\w-]){re.escape(row['acronym'])}(?![\w-])"), row["body"])
        for row in rows("body-acronyms.csv")
    )


def _written_out(name: str) -> str:
    """ "Shadow HWB" is the "Shadow Health and Wellbeing Board" (data/reference/body-acronyms.csv)."""
    for pattern, body in _body_acronyms():
        name = pattern.sub(body, name)
    return name


def organisation_key(name: str) -> str:
    """A publisher's name for comparison: case, quotes, dashes and a leading "the" aside."""
    folded = re.sub(r"^the\s+", "", fold(name))
    return re.sub(r"[^a-z0-9]+", " ", folded.replace("'", "")).strip()


def act_key(title: str) -> str:
    """ "the Children's Act 2004" and "Children Act 2004" are one Act."""
    folded = re.sub(r"^the\s+", "", fold(title))
    folded = re.sub(r"'s\b", "", folded)
    return re.sub(r"[^a-z0-9()]+", " ", folded).strip()


def section_key(section: str) -> str:
    """ "116A(5)(6)" cites section 116A; "s.10" and "section 10" are section 10."""
    match = re.search(r"\d+[A-Za-z]*", section)
    return match.group(0).upper() if match else section.strip().upper()


def reference_key(reference: str) -> str:
    return re.sub(r"\s+", "", reference).upper()


def date_key(value: str) -> str:
    """Dates compare by their ISO lexical form ("2016-11-10", "2016-11", "2016", "--12-10")."""
    return value.strip()
