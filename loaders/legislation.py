"""Acts and Measures as councils cite them, and the ones we know legislation.gov.uk identifiers for.

An Act's number cannot be guessed from its title, so identifiers come only from the table
in ``data/reference/legislation.csv``; an Act not in the table is cited by its name. The
patterns read titles in every spelling councils use ("Children's Act 2004", "the Localism
Act", "Well-being of Future Generations (Wales) Act 2015") and the provisions cited with
them ("section 10 of", "s.10", "Section 116A(5)(6) of", "sections 10 and 11 of", "Sections
1-4 of", "Part 3 of", "Act 1998 s.6", "Measure 2009 (Section 15)").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pyoxigraph import NamedNode

from loaders.text import finditer
from strategy_lineage import vocab
from strategy_lineage.reference import rows

# A word of a title ("Well-being", "Children's", "Well being") or a parenthesised part ("(Wales)").
# Words are bounded and start where a word starts, so the pattern is linear on any text (docs/linear-time.md).
_TITLE_WORD = r"(?:(?<![\w-])(?:Well\sbeing\b|[A-Z][\w'-]{0,60})|\([A-Z][\w'-]{0,60}(?:\s[A-Za-z][\w'-]{0,60}){0,4}\))"
# Lower-case words and commas inside titles: "Children and Families", "Violence against Women, ...",
# "Planning etc." (often written "Etc.", or "etc" with no full stop).
_TITLE_JOIN = r"(?:,?\s(?:(?:and|&|of|for|in|to|on|against|[Ee]tc\.?)\s){0,2})"
ACT = re.compile(
    rf"(?P<title>{_TITLE_WORD}(?:{_TITLE_JOIN}{_TITLE_WORD}){{0,14}}\s(?P<head>Act|Measure)\b)"
    rf"(?:,?\s(?P<open>\()?(?P<year>(?:19|20)\d\d)\b(?(open)\)))?"  # "Act 2004", "Act, 2004", "Act (2004)"
)
# Words that start a sentence or a phrase before a title and are never part of it.
_LEADING = re.compile(
    r"^(?:(?:Under|The|As|By|In|Through|Within|Following|See|And|Our|This|That|Both|Its|Their|"
    r"Section|Sections|Part|Schedule|Since|When|With|From|Also|Both|Whilst|While)\s)+"
)
# "section 10 of the", "s.10 of", "Section 116A(5)(6) of the", "sections 10 and 11 of", "Part 3 of the",
# "Part VII of the" (Parts are often numbered in Roman numerals).
_ROMAN = r"(?:[IVX]{1,6}\b)"
_NUMBER = rf"(?:\d{{1,3}}[A-Z]{{0,2}}(?:\s?\(\w{{1,4}}\)){{0,4}}|{_ROMAN})"
_NUMBERS = rf"{_NUMBER}(?:\s?(?:,|and|&|to|-)\s?{_NUMBER}){{0,5}}"
PROVISION_BEFORE = re.compile(
    rf"\b(?P<kind>[Ss]ections?|[Ss]s?\.|[Pp]art|Schedule)\s?"
    rf"(?P<numbers>\(?{_NUMBER}\)?(?:\s?(?:,|and|&|to|-)\s?{_NUMBER}){{0,5}})"
    rf"\s(?P<link>(?:of|under)\s(?:the\s)?)?$"
)
# "Crime and Disorder Act 1998 s.6", "Local Government (Wales) Measure 2009 s.15", "Act 2004 (section 10)",
# "Act 2002 (sections 1 to 4)", "Act 1996 (Part 7)", "Act 1998 under Section 5": a list or range only when the kind
# is plural or in brackets.
PROVISION_AFTER = re.compile(
    rf"\s?(?:\((?P<kind_in>[Ss]ections?\s|ss?\.\s?|[Pp]art\s)(?P<listed>{_NUMBERS})\)"
    rf"|[,(]?\s?(?P<kind>s\.\s?|(?:under\s)?[Ss]ection\s|s(?=\d)|[Ss]ections\s(?=\d{{1,3}}\s?(?:-|to)))(?P<numbers>{_NUMBER}"
    rf"(?:\s?(?:-|to)\s?\d{{1,3}}(?!\d))?))"
    r"(?!\w)(?!\s(?:of|in)\s)"  # "... Act 2004 under section 10 of the Childcare Act": the next Act's section
)
# "Sections 1-4 of", "sections 10 to 12 of": every section of a short range is cited.
_RANGE = re.compile(r"^(?P<first>\d{1,3})\s?(?:-|to)\s?(?P<last>\d{1,3})$")
MAX_RANGE = 20
_ONE_NUMBER = re.compile(r"(?P<number>\d{1,3}[A-Z]{0,2}|\b[IVX]{1,6}\b)(?P<sub>(?:\s?\(\w{1,4}\)){0,4})")


@dataclass(frozen=True)
class Act:
    """An Act or Measure in the table: its title and legislation.gov.uk identifier."""

    title: str
    type: str
    year: int
    number: int

    @property
    def path(self) -> str:
        return f"{self.type}/{self.year}/{self.number}"

    @property
    def iri(self) -> NamedNode:
        return vocab.legislation_iri(self.type, self.year, self.number)


# "Well-being of Future Generations (Wales) Act 2015" is as often written "Wellbeing" or "Well being".
WELLBEING = re.compile(r"\bwell[\s-]?being\b")


def title_key(title: str) -> str:
    """A title as compared with the table: "Children's Act" and "the Children Act" are the
    Children Act (the possessive is a common slip); case, apostrophes, spacing and the full stop of "etc." ignored."""
    title = re.sub(r"['’]s\b", "", title.lower()).replace("'", "").replace("’", "").replace("&", "and")
    title = re.sub(r"^the\s+", "", title)
    title = WELLBEING.sub("wellbeing", title)  # "Well-being", "Wellbeing", "Well being": one word
    title = title.replace("etc.", "etc")  # "Planning etc (Scotland) Act", its full stop left out
    return re.sub(r"\s+", " ", title).strip(" ,")


def _match_key(title: str) -> str:
    """The key a title is looked up by: brackets ignored too ("Transport Wales Act" is the
    Transport (Wales) Act)."""
    key = re.sub(r"\s+", " ", re.sub(r"[()]", " ", title_key(title))).strip()
    # "Well-being of Future Generations Act (Wales) Act": the nation slipped between two heads.
    return _DOUBLED_HEAD.sub(r" \2 \1", key)


_DOUBLED_HEAD = re.compile(r" (act|measure) (wales|scotland|northern ireland) \1\b")


# "(Wales)", "(Scotland)", "(Northern Ireland)" in a title, which councils sometimes leave out.
_NATION = re.compile(r" (?:wales|scotland|northern ireland)(?= act\b| measure\b)")
# Without the nation only a long title is distinctive: "Well-being of Future Generations Act" is
# the Welsh Act, but "Housing Act 2014" could be the Welsh or the Scottish one.
MIN_WORDS_WITHOUT_NATION = 4


@cache
def acts() -> dict[str, Act]:
    """Known Acts by "title key + year" ("children act 2004")."""
    table: dict[str, Act] = {}
    for row in rows("legislation.csv"):
        act = Act(row["title"], row["type"], int(row["year"]), int(row["number"]))
        table[_match_key(act.title)] = act
    return table


def _unique(pairs: list[tuple[str, Act]]) -> dict[str, Act | None]:
    """Acts by key; None where two Acts share the key (the title alone cannot say which)."""
    found: dict[str, Act | None] = {}
    for key, act in pairs:
        found[key] = None if key in found and found[key] != act else act
    return found


@cache
def _by_title_without_year() -> dict[str, Act | None]:
    """Known Acts by title alone ("localism act")."""
    return _unique([(key.rsplit(" ", 1)[0], act) for key, act in acts().items()])


@cache
def _by_title_without_nation() -> dict[str, Act | None]:
    """Known Acts of a nation by their long title without it, with and without the year
    ("wellbeing of future generations act 2015", "wellbeing of future generations act")."""
    pairs = []
    for key, act in acts().items():
        short = _NATION.sub("", key)
        if short != key and len(short.split()) > MIN_WORDS_WITHOUT_NATION:  # the year is one word
            pairs += [(short, act), (short.rsplit(" ", 1)[0], act)]
    return _unique(pairs)


# Slips in a title that still name the same Act: a plural slipped or added in one word ("Local
# Government and Election (Wales) Act"), a small word dropped ("Well-being Future Generations").
_PLURAL = re.compile(r"(?<=[a-z]{3})(?<!s)s\b")
_SMALL_WORD = re.compile(r"\b(?:of|the|for|in|on) ")


def _loose(key: str) -> str:
    return _SMALL_WORD.sub("", _PLURAL.sub("", key))


@cache
def _by_loose_title() -> dict[str, Act | None]:
    """Known Acts by their title and year written loosely (only where that still names one
    Act): a slip of a letter or a small word is the same Act, never a second one minted."""
    return _unique([(_loose(key), act) for key, act in acts().items()])


def known_act(title: str, year: str | None) -> Act | None:
    """The Act a title (and year, when written) names, if it is in the table."""
    key = _match_key(title)
    if year:
        found = acts().get(f"{key} {year}") or _by_loose_title().get(_loose(f"{key} {year}"))
    else:
        found = _by_title_without_year().get(key)
    if found is None and key not in _by_title_without_year():
        found = _by_title_without_nation().get(f"{key} {year}" if year else key)
    return found


@cache
def sections() -> dict[tuple[str, str], str]:
    """Headings of provisions we know, by (act path, "section/10")."""
    return {(row["act"], f"section/{row['section']}"): row["heading"] for row in rows("legislation-sections.csv")}


@dataclass(frozen=True)
class Duty:
    """A statutory duty councils describe without naming its section, and the provision it is."""

    rule: str
    act: str  # legislation.gov.uk path of the Act, e.g. ukpga/2004/31
    provision: str  # e.g. section/10
    cue: re.Pattern[str]
    reason: str
    example: str = ""  # a sentence the cue reads, for the rule's description


@cache
def duties() -> tuple[Duty, ...]:
    return tuple(
        Duty(
            r["rule"],
            r["act"],
            r["provision"],
            re.compile(r["cue"], re.IGNORECASE),
            r["reason"],
            r.get("example") or "",
        )
        for r in rows("legislation-duties.csv")
    )


@dataclass(frozen=True)
class ActMention:
    """An Act named at ``start``-``end``: known (with its table entry) or cited by name only."""

    start: int
    end: int
    title: str  # as written, leading words dropped
    year: str | None
    act: Act | None
    refers_to: int | None = None  # for "the 2021 Act": where the Act was named in full

    @property
    def key(self) -> str:
        return f"{title_key(self.title)} {self.year}" if self.year else title_key(self.title)

    @property
    def iri(self) -> NamedNode:
        return self.act.iri if self.act else vocab.entity_iri("legislation", self.key)

    @property
    def canonical_title(self) -> str:
        return self.act.title if self.act else f"{self.title} {self.year}"


def act_mentions(text: str) -> list[ActMention]:
    """Every Act or Measure named in ``text``: known ones by any spelling, with or without the
    year; others only when the year is written (an unknown title alone is too vague to cite)."""
    found = []
    for match in finditer(ACT, text):
        mention = _mention(text, match)
        if mention is not None:
            found.append(mention)
    return found


# "the 1995 Environment Act": the year written before the title.
_YEAR_BEFORE = re.compile(r"\b[Tt]he\s(?P<year>(?:19|20)\d\d)\s$")


def _mention(text: str, match: re.Match[str]) -> ActMention | None:
    title, year, start = match.group("title"), match.group("year"), match.start()
    if year is None:
        before = _YEAR_BEFORE.search(text, max(0, start - 10), start)
        if before is not None:
            year, start = before.group("year"), before.start("year")
            return _titled(title, year, start, match.end(), year_first=True)
    return _titled(title, year, start, match.end())


def _titled(title: str, year: str | None, start: int, end: int, year_first: bool = False) -> ActMention | None:
    """The Act ``title`` names: the longest known title it ends with, else an unknown Act with
    its year. The mention starts at ``start``: the title's first word, or the year before it."""
    words = title.split(" ")
    # The longest known title the written one ends with ("Under the Children Act" -> "Children Act").
    for skip in range(len(words) - 1):
        candidate = " ".join(words[skip:])
        act = known_act(candidate, year)
        if act is not None:
            skipped = 0 if year_first else len(" ".join(words[:skip])) + (1 if skip else 0)
            return ActMention(start + skipped, end, candidate, year, act)
    leading = _LEADING.match(title)
    if leading:
        title = title[leading.end() :]
        start += 0 if year_first else leading.end()
    if not year or len(title.split()) < 2:
        return None
    return ActMention(start, end, title, year, None)


# "the 2021 Act", "the 2009 Measure": an Act named earlier, called by its year.
SHORT_REFERENCE = re.compile(r"\b[Tt]he\s(?P<year>(?:19|20)\d\d)\s(?P<head>Act|Measure)\b")


def short_references(text: str, mentions: list[ActMention]) -> list[ActMention]:
    """ "Section 84(4) of the 2021 Act": each "the <year> Act" after exactly one Act of that
    year has been named in full, as a mention of that Act (two Acts of the year: neither)."""
    found = []
    for match in finditer(SHORT_REFERENCE, text):
        year, head = match.group("year"), match.group("head")
        # by IRI: one Act written two ways ("Election"/"Elections") is still one Act of that year
        earlier = {m.iri: m for m in mentions if m.end <= match.start() and m.year == year and m.title.endswith(head)}
        if len(earlier) == 1:
            (named,) = earlier.values()
            found.append(ActMention(match.start(), match.end(), named.title, year, named.act, refers_to=named.start))
    return found


def _inside_sentence(text: str, position: int) -> bool:
    """Whether a word or comma of the same sentence comes right before ``position`` ("under Section 17 ...")."""
    before = text[max(0, position - 40) : position].rstrip()
    return before[-1:].isalpha() or before.endswith(",")


@dataclass(frozen=True)
class ProvisionCitation:
    """ "section 10 of the Children Act 2004": the provision (``section/10``), as written."""

    start: int
    end: int
    act: ActMention
    provision: str  # "section/10", "part/3", "schedule/2"
    written: str  # "section 116A(5)(6)"

    @property
    def iri(self) -> NamedNode:
        base = self.act.iri.value
        return NamedNode(f"{base}/{self.provision}" if self.act.act else f"{base}/{self.provision.replace('/', '-')}")

    @property
    def heading(self) -> str | None:
        return sections().get((self.act.act.path, self.provision)) if self.act.act else None


def provisions(text: str, mention: ActMention) -> list[ProvisionCitation]:
    """The provisions cited with an Act mention, written before ("section 10 of the") or after ("s.6")."""
    cited: list[ProvisionCitation] = []
    before = PROVISION_BEFORE.search(text, max(0, mention.start - 80), mention.start)
    if before is not None and before.group("link") is None and not _inside_sentence(text, before.start()):
        before = None  # "Section 4 Equality Act 2010" as a heading: a report's own section, not a citation
    if before is not None:
        cited += _split(before, mention, before.start(), mention.end)
    after = PROVISION_AFTER.match(text, mention.end)
    if after is not None:
        cited += _split(after, mention, mention.start, after.end(), bracketed=after.group("kind_in") is not None)
    return cited


def _split(
    match: re.Match[str], mention: ActMention, start: int, end: int, bracketed: bool = False
) -> list[ProvisionCitation]:
    kind = match.group("kind_in" if bracketed else "kind").lower().rstrip(". ")
    unit = "part" if kind == "part" else "schedule" if kind == "schedule" else "section"
    written = match.group("listed" if bracketed else "numbers")
    span = _RANGE.match(written.strip())
    if span and 0 < int(span.group("last")) - int(span.group("first")) <= MAX_RANGE:
        numbers = [str(n) for n in range(int(span.group("first")), int(span.group("last")) + 1)]
        return [ProvisionCitation(start, end, mention, f"{unit}/{n}", f"{unit} {n}") for n in numbers]
    return [
        ProvisionCitation(
            start,
            end,
            mention,
            f"{unit}/{_arabic(number.group('number'))}",
            f"{unit} {number.group('number')}{(number.group('sub') or '').replace(' ', '')}",
        )
        for number in _ONE_NUMBER.finditer(written)
    ]


_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}


def _arabic(number: str) -> str:
    """ "VII" -> "7" (legislation.gov.uk numbers Parts in digits); any other number as written."""
    if not re.fullmatch(r"[IVX]+", number):
        return number
    values = [_ROMAN_VALUES[c] for c in number]
    return str(sum(-v if v < after else v for v, after in zip(values, values[1:] + [0], strict=True)))
