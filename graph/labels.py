"""The labels policy: which name of a thing is shown where, and how things are said.

Every surface (pages, embed widget, JSON API, CLI, pictures) names things through this
module, so one plan has one name everywhere:

- **An entity's label** is its value of the first of :data:`LABEL_PREDICATES` it has
  (a title before a preferred label before a label before a name); among several values
  of that predicate the fullest (longest) wins, ties alphabetically; with none, its id
  in words. **Legislation** is named as it is cited ("section 10 of the Children Act
  2004"): a label other than its heading (its dcterms:title, "Co-operation to improve
  well-being") comes first.
- **A plan's display name** is its title (headings, lists, links). Where space is tight
  (timeline boxes, the embed widget, the compact view, a name inside a sentence) it is
  its **short name**: the shortest alternative title that is written in words
  ("Positive about our Future"), never a bare acronym ("CYPP" names every plan of that
  kind), else the title itself.
- **Governance events** are said as an officer says them ("Approval requested"), never
  by class name; **relations** have one wording per direction (:data:`RELATION_WORDS`);
  **dates** are written "29 May 2013", "April 2013" or "2013", as precise as stated.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from graph.records import (
    INFERRED_SUCCESSION,
    PARTIALLY_SUPERSEDES,
    REVISION_OF,
    SUPERSEDES,
    parse_bound,
    short_id,
)
from strategy_lineage.vocab import DCTERMS, FOAF, LEGISLATION, RDFS, SKOS

if TYPE_CHECKING:
    from graph.store import Store

# Strongest first: a dcterms:title is the name a document gives itself.
LABEL_PREDICATES = (DCTERMS + "title", SKOS + "prefLabel", RDFS + "label", FOAF + "name")
# Other names a thing goes by (short names, acronyms), after its label.
ALTERNATIVE_PREDICATES = (DCTERMS + "alternative", SKOS + "altLabel")

# Relation -> (said from the newer plan, said from the older plan). The JSON API's
# relation keys are the keys here; the pages and embed.js read the words from this table
# (embed.js through GET /embed/relations.json).
RELATION_WORDS = {
    SUPERSEDES: ("replaces", "replaced by"),
    REVISION_OF: ("is a revision of", "revised as"),
    PARTIALLY_SUPERSEDES: ("partly replaces", "partly replaced by"),
    INFERRED_SUCCESSION: ("succeeds (inferred)", "succeeded by (inferred)"),
}
LEGAL_WORDS = {"basedOn": "based on", "cites": "cites", "informedBy": "informed by"}

# Event classes (sl: local names) as an officer would say them; a request is never
# worded as an outcome.
EVENT_WORDS = {
    "ApprovalRequest": "Approval requested",
    "EndorsementRequest": "Endorsement requested",
    "AgreementRequest": "Agreement requested",
    "AdoptionRequest": "Adoption requested",
    "ConsiderationRequest": "Put for consideration",
    "Recommendation": "Recommended to another body",
    "Request": "Requested",
    "Drafting": "Drafted",
    "Consideration": "Considered",
    "Presentation": "Presented",
    "Agreement": "Agreed",
    "Approval": "Approved",
    "Endorsement": "Endorsed",
    "Decision": "Decided",
    "Adoption": "Adopted",
    "Commissioning": "Commissioned",
    "GovernanceEvent": "Governance event",
}

_ACRONYM = re.compile(r"[A-Z0-9&.'’-]*[A-Z][A-Z0-9&.'’-]*s?")


def best_label(values: Mapping[str, Iterable[str]], iri: str = "") -> str | None:
    """The label of ``iri`` from its ``{predicate IRI: values}`` by the policy above (None
    if there is none)."""
    if iri.startswith(LEGISLATION):
        headings = set(values.get(DCTERMS + "title", ()))
        cited = [v for v in values.get(RDFS + "label", ()) if v.strip() and v not in headings]
        if cited:
            return min(cited, key=lambda v: (-len(v), v))
    for predicate in LABEL_PREDICATES:
        found = [v for v in values.get(predicate, ()) if v.strip()]
        if found:
            return min(found, key=lambda v: (-len(v), v))
    return None


def fallback_label(iri: str) -> str:
    """What a thing with no label is called: its id, in words."""
    return short_id(iri).replace("-", " ")


def label_or_id(values: Mapping[str, Iterable[str]], iri: str) -> str:
    return best_label(values, iri) or fallback_label(iri)


def is_acronym(name: str) -> bool:
    return " " not in name.strip() and bool(_ACRONYM.fullmatch(name.strip()))


def short_name(title: str, alternatives: Iterable[str]) -> str:
    """The name for tight spaces: the shortest worded alternative title, else the title."""
    worded = [a for a in alternatives if a.strip() and not is_acronym(a) and len(a) < len(title)]
    return min(worded, key=lambda a: (len(a), a)) if worded else title


def event_words(event_type: str) -> str:
    return EVENT_WORDS.get(event_type, re.sub(r"(?<=[a-z])(?=[A-Z])", " ", event_type).capitalize())


def human_date(value: str | date | None) -> str:
    """``"2013-05-29"`` -> "29 May 2013"; ``"2013-04"`` -> "April 2013"; ``"2013"`` stays.

    Anything that is not a date is returned as it is (the words of a source are never
    dropped because they do not parse)."""
    if value is None:
        return ""
    if isinstance(value, date):
        return f"{value.day} {value:%B %Y}"
    try:
        day, precision = parse_bound(value, upper=False)
    except ValueError:
        return value
    if precision == "year":
        return str(day.year)
    if precision == "month":
        return f"{day:%B %Y}"
    return f"{day.day} {day:%B %Y}"


def human_time(stamp: str | None) -> str:
    """An ISO timestamp as "30 November 2026, 07:17 UTC" (as given when it does not parse)."""
    if not stamp:
        return ""
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return stamp
    zone = "" if moment.tzinfo is None else (" UTC" if moment.utcoffset() == timedelta(0) else f" {moment:%z}")
    return f"{moment.day} {moment:%B %Y, %H:%M}{zone}"


def on_date(value: str | None) -> str:
    """ "on 29 May 2013", "in April 2013", "in 2013" (empty when there is no date)."""
    if not value:
        return ""
    words = human_date(value)
    return ("on " if words[:1].isdigit() and not words.isdigit() else "in ") + words


def human_dates(text: str) -> str:
    """Every ISO date (2013-05-29, 2013-04) in ``text`` written as :func:`human_date` does."""
    return re.sub(r"\b\d{4}-\d{2}(?:-\d{2})?\b", lambda m: human_date(m.group(0)), text)


def _names(store: Store, iris: Iterable[str], predicates: tuple[str, ...]) -> dict[str, dict[str, list[str]]]:
    """IRI -> {predicate: values} for the given IRIs and name predicates."""
    wanted = list(dict.fromkeys(iris))
    values: dict[str, dict[str, list[str]]] = {}
    if not wanted:
        return values
    rows = store.select(
        f"SELECT ?x ?p ?l WHERE {{ VALUES ?x {{ {' '.join(f'<{i}>' for i in wanted)} }} "
        f"VALUES ?p {{ {' '.join(f'<{p}>' for p in predicates)} }} ?x ?p ?l }}"
    )
    for row in rows:
        values.setdefault(row["x"].value, {}).setdefault(row["p"].value, []).append(row["l"].value)
    return values


def labels_of(store: Store, iris: Iterable[str]) -> dict[str, str]:
    """IRI -> label by the policy, for the given IRIs that have one in the store."""
    found = _names(store, iris, LABEL_PREDICATES)
    return {iri: label for iri, names in found.items() if (label := best_label(names, iri))}


def short_names_of(store: Store, iris: Iterable[str]) -> dict[str, str]:
    """IRI -> short name by the policy (its id in words when it has no name at all)."""
    wanted = list(dict.fromkeys(iris))
    found = _names(store, wanted, (*LABEL_PREDICATES, *ALTERNATIVE_PREDICATES))
    out = {}
    for iri in wanted:
        names = found.get(iri, {})
        title = best_label(names, iri) or fallback_label(iri)
        out[iri] = short_name(title, [v for p in ALTERNATIVE_PREDICATES for v in names.get(p, ())])
    return out


def source_titles(store: Store, ids: Iterable[str] | None = None) -> dict[str, str]:
    """Source id -> the document's title, else its file name, for ``ids`` (None: every
    loaded source); ids not loaded are left out."""
    wanted = None if ids is None else list(dict.fromkeys(ids))
    if wanted == []:
        return {}
    values = (
        ""
        if wanted is None
        else (
            "VALUES ?id { " + " ".join('"' + i.replace("\\", "\\\\").replace('"', '\\"') + '"' for i in wanted) + " }"
        )
    )
    rows = store.select(
        f"""SELECT ?id ?file ?title WHERE {{ {values}
              GRAPH ?g {{ ?doc a sl:SourceDocument ; dcterms:identifier ?id ; sl:fileName ?file .
                         OPTIONAL {{ ?doc dcterms:title ?title }} }} }}"""
    )
    found: dict[str, str] = {}
    for row in rows:
        name = row["title"].value if "title" in row else row["file"].value
        if row["id"].value not in found or "title" in row:
            found[row["id"].value] = name
    return found
