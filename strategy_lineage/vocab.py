"""The one place that names things: namespaces, ontology terms and IRI minting.

Every other module imports IRIs from here, so that a term is spelled once.
Ontology terms live under a fixed namespace (they are the schema and must not
change with a deployment); data IRIs are minted under a configurable base
(``STRATEGY_LINEAGE_BASE``) so that a deployment can make them dereferenceable.
"""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from functools import lru_cache

from pyoxigraph import NamedNode

# Standard vocabularies
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
OWL = "http://www.w3.org/2002/07/owl#"
DCTERMS = "http://purl.org/dc/terms/"
PROV = "http://www.w3.org/ns/prov#"
ORG = "http://www.w3.org/ns/org#"
ELI = "http://data.europa.eu/eli/ontology#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
TIME = "http://www.w3.org/2006/time#"
OA = "http://www.w3.org/ns/oa#"
SCHEMA = "https://schema.org/"
FOAF = "http://xmlns.com/foaf/0.1/"
VOID = "http://rdfs.org/ns/void#"
SD = "http://www.w3.org/ns/sparql-service-description#"
SH = "http://www.w3.org/ns/shacl#"

# This project's ontology (see ontology.ttl)
SL = "https://w3id.org/strategy-lineage/def#"
# Extraction and inference rules are named individuals, so evidence can cite them.
RULE = "https://w3id.org/strategy-lineage/rule/"

LEGISLATION = "http://www.legislation.gov.uk/id/"

PREFIXES: dict[str, str] = {
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
    "owl": OWL,
    "dcterms": DCTERMS,
    "prov": PROV,
    "org": ORG,
    "eli": ELI,
    "skos": SKOS,
    "time": TIME,
    "oa": OA,
    "schema": SCHEMA,
    "foaf": FOAF,
    "void": VOID,
    "sd": SD,
    "sl": SL,
    "rule": RULE,
}


def sparql_prefixes() -> str:
    """PREFIX declarations for every namespace above, for hand-written queries."""
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())


def term(namespace: str, local: str) -> NamedNode:
    return NamedNode(namespace + local)


def sl(local: str) -> NamedNode:
    return NamedNode(SL + local)


def rule(name: str) -> NamedNode:
    return NamedNode(RULE + name)


# Frequently used terms, named once.
A = NamedNode(RDF + "type")
RDFS_LABEL = NamedNode(RDFS + "label")
TITLE = NamedNode(DCTERMS + "title")
ALT_TITLE = NamedNode(DCTERMS + "alternative")
PUBLISHER = NamedNode(DCTERMS + "publisher")
DCT_SOURCE = NamedNode(DCTERMS + "source")
DCT_REPLACES = NamedNode(DCTERMS + "replaces")
DCT_IS_REPLACED_BY = NamedNode(DCTERMS + "isReplacedBy")
PROV_WAS_REVISION_OF = NamedNode(PROV + "wasRevisionOf")
SKOS_PREF_LABEL = NamedNode(SKOS + "prefLabel")
SKOS_ALT_LABEL = NamedNode(SKOS + "altLabel")

DEFAULT_BASE = "http://localhost:8000/"


def _with_slash(base: str) -> str:
    return base if base.endswith("/") else base + "/"


# Read once, when the process starts: every IRI a process mints is under one base, and
# minting (once per fact) never reads the environment.
_base = _with_slash(os.environ.get("STRATEGY_LINEAGE_BASE", DEFAULT_BASE))


def base_iri() -> str:
    """The base under which data IRIs are minted; always ends with a slash."""
    return _base


def configure_base(base: str) -> str:
    """Mint under ``base`` from now on (an embedding application's choice; tests); returns the
    previous base. A store remembers its base and refuses to be opened under another."""
    global _base
    previous, _base = _base, _with_slash(base)
    return previous


_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'"})


_NOT_SLUG = re.compile(r"[^a-z0-9]+")


# Remembered: a document names the same few hundred things thousands of times (16,000 calls at 1 MB).
@lru_cache(maxsize=1 << 16)
def slugify(text: str) -> str:
    """A lower-case ASCII slug: "Children and Young People’s Plan" -> "children-and-young-peoples-plan"."""
    text = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    text = text.encode("ascii", "ignore").decode("ascii").lower()
    text = text.replace("'", "").replace("&", " and ")
    return _NOT_SLUG.sub("-", text).strip("-")


def entity_iri(kind: str, key: str) -> NamedNode:
    """Data IRI of an entity: ``{base}id/{kind}/{slug}`` (kind: strategy, organisation, ...)."""
    return NamedNode(f"{base_iri()}id/{kind}/{slugify(key)}")


def source_iri(source_id: str) -> NamedNode:
    return NamedNode(f"{base_iri()}id/source/{source_id}")


def source_graph(source_id: str) -> NamedNode:
    """The named graph holding everything one source contributed."""
    return NamedNode(f"{base_iri()}graph/source/{source_id}")


def inference_graph() -> NamedNode:
    """Named graph for facts derived by the lineage engine, rebuilt after every write."""
    return NamedNode(f"{base_iri()}graph/inferred")


def rules_graph() -> NamedNode:
    """Named graph describing every registered rule (label, description, example), rewritten by loads."""
    return NamedNode(f"{base_iri()}graph/rules")


def meta_graph() -> NamedNode:
    """Named graph for bookkeeping about the store itself (version, write log)."""
    return NamedNode(f"{base_iri()}graph/meta")


def source_graph_prefix() -> str:
    return f"{base_iri()}graph/source/"


def stable_hash(*parts: str, length: int = 16) -> str:
    """A short deterministic hash, so re-loading a source mints the same IRIs."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return digest[:length]


def legislation_iri(kind: str, year: int, number: int, section: str | None = None) -> NamedNode:
    """legislation.gov.uk identifier, e.g. ukpga/2004/31/section/10."""
    iri = f"{LEGISLATION}{kind}/{year}/{number}"
    if section:
        iri += f"/section/{section}"
    return NamedNode(iri)
