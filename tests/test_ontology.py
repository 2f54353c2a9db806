"""ontology.ttl: parses in two independent parsers, documents every term, aligns as promised."""

from __future__ import annotations

import re
import shutil
import subprocess
from itertools import cycle
from pathlib import Path

import pytest
import rdflib
from pyoxigraph import Literal
from rdflib import OWL, RDF, RDFS, SKOS, URIRef

from graph.store import Store, memory_store
from graph.validate import ontology_graph, schema_file
from loaders.facts import Fact, SourceExtraction, Span, to_quads
from loaders.registry import kinds
from strategy_lineage import vocab

ROOT = Path(__file__).resolve().parents[1]
SL = rdflib.Namespace(vocab.SL)
DCTERMS = rdflib.Namespace(vocab.DCTERMS)
PROV = rdflib.Namespace(vocab.PROV)
ORG = rdflib.Namespace(vocab.ORG)
ELI = rdflib.Namespace(vocab.ELI)
OA = rdflib.Namespace(vocab.OA)
SCHEMA = rdflib.Namespace(vocab.SCHEMA)
FOAF = rdflib.Namespace(vocab.FOAF)
ONTOLOGY = URIRef("https://w3id.org/strategy-lineage/def")

# Where the project spells ontology terms: production code, the data model, the shapes.
CODE_DIRS = ("loaders", "graph", "api", "strategy_lineage", "bench")
TERM_PATTERNS = (
    re.compile(r"\bsl:([A-Za-z][A-Za-z0-9_]*)"),  # SPARQL and Turtle text
    re.compile(r"\bsl\(\s*[\"']([A-Za-z][A-Za-z0-9_]*)[\"']\s*\)"),  # vocab.sl("Term")
    re.compile(r"\bSL\s*\+\s*[\"']([A-Za-z][A-Za-z0-9_]*)[\"']"),  # SL + "term"
)


@pytest.fixture(scope="module")
def ontology() -> rdflib.Graph:
    return ontology_graph()


def defined_terms(graph: rdflib.Graph) -> set[URIRef]:
    return {s for s in graph.subjects() if isinstance(s, URIRef) and s.startswith(vocab.SL)}


def terms_in_text(text: str) -> set[str]:
    return {match for pattern in TERM_PATTERNS for match in pattern.findall(text)}


def terms_spelled_in_project() -> dict[str, set[str]]:
    """Each sl: term the project spells, with the files that spell it."""
    files = [p for d in CODE_DIRS if (ROOT / d).is_dir() for p in (ROOT / d).rglob("*.py")]
    files += [ROOT / "docs" / "model.md", ROOT / "shapes.ttl"]
    found: dict[str, set[str]] = {}
    for path in files:
        for local in terms_in_text(path.read_text(encoding="utf-8")):
            found.setdefault(local, set()).add(str(path.relative_to(ROOT)))
    return found


def terms_in_store(store: Store) -> set[str]:
    rows = store.select(
        "SELECT DISTINCT ?t WHERE { { ?t ?p ?o } UNION { ?s ?t ?o } UNION { ?s ?p ?t } "
        f'FILTER(isIRI(?t) && STRSTARTS(STR(?t), "{vocab.SL}")) }}'
    )
    return {row["t"].value[len(vocab.SL) :] for row in rows}


# --- parsing -----------------------------------------------------------------------


def test_ontology_parses_in_rdflib(ontology):
    assert len(ontology) > 400
    assert (ONTOLOGY, RDF.type, OWL.Ontology) in ontology


@pytest.mark.parametrize("name", ["ontology.ttl", "shapes.ttl"])
def test_parses_in_raptor_an_independent_parser(name):
    rapper = shutil.which("rapper")
    if rapper is None:
        pytest.skip("rapper not installed (Debian package raptor2-utils; the Makefile installs it)")
    path = schema_file(name)
    run = subprocess.run([rapper, "-i", "turtle", "-c", str(path)], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    counted = re.search(r"returned (\d+) triples", run.stderr)
    assert counted, run.stderr
    # Both parsers read the same statements.
    assert int(counted.group(1)) == len(rdflib.Graph().parse(path, format="turtle"))


def test_ontology_namespace_is_the_one_vocab_uses():
    text = schema_file("ontology.ttl").read_text(encoding="utf-8")
    assert f"@prefix sl:      <{vocab.SL}> ." in text
    assert f"@prefix rule:    <{vocab.RULE}> ." in text


# --- metadata and documentation -----------------------------------------------------


def test_ontology_header(ontology):
    def one(p: URIRef) -> str:
        return str(ontology.value(ONTOLOGY, p))

    assert one(DCTERMS.title) == "Strategy Lineage ontology"
    assert len(one(DCTERMS.description)) > 200
    assert one(DCTERMS.creator) == "Strategy Lineage"
    assert one(DCTERMS.license) == "https://opensource.org/licenses/MIT"
    assert re.fullmatch(r"\d+\.\d+\.\d+", one(OWL.versionInfo))


def test_every_term_has_a_type_label_and_definition(ontology):
    undocumented = []
    for term in sorted(defined_terms(ontology)):
        types = set(ontology.objects(term, RDF.type))
        label = ontology.value(term, RDFS.label)
        definition = ontology.value(term, SKOS.definition) or ontology.value(term, RDFS.comment)
        if not types or label is None or label.language != "en" or definition is None or len(definition) < 20:
            undocumented.append(term)
        elif (term, RDFS.isDefinedBy, ONTOLOGY) not in ontology:
            undocumented.append(term)
    assert undocumented == []


def test_every_term_the_project_spells_is_in_the_ontology(ontology):
    defined = {str(t)[len(vocab.SL) :] for t in defined_terms(ontology)}
    spelled = terms_spelled_in_project()
    assert {"supersedes", "Evidence", "content"} <= set(spelled)  # the scan itself works
    missing = {term: sorted(files) for term, files in spelled.items() if term not in defined}
    assert missing == {}


def test_every_term_a_loaded_source_uses_is_in_the_ontology(ontology):
    """Terms minted at run time (source kinds, derivations) are caught on a real store."""
    store = memory_store()
    text = (ROOT / "data" / "sources" / "000_e0d006e98f43459c.txt").read_text(encoding="utf-8")
    subject = vocab.entity_iri("strategy", "Working Together to Improve Outcomes")
    every_kind = [kind.name for kind in kinds()] + [alias for kind in kinds() for alias in kind.aliases] + ["curated"]
    for kind, derivation in zip(every_kind, cycle(["stated", "inferred", "curated"])):
        extraction = SourceExtraction(kind, kind, text, {"file_name": kind}, "0" * 64)
        extraction.facts.append(
            Fact(
                subject,
                vocab.TITLE,
                Literal("Working Together"),
                "test",
                Span.of(text, 0, 20),
                derivation=derivation,
                reason="why",
            )
        )
        store.replace_graph(extraction.graph, to_quads(extraction, "2026-11-22T00:00:00+00:00"))
    used = terms_in_store(store)
    assert {
        "SourceDocument",
        "ForwardPlanEntry",
        "GeneralDocument",
        "CuratedSource",
        "Stated",
        "Curated",
        "reason",
    } <= used
    defined = {str(t)[len(vocab.SL) :] for t in defined_terms(ontology)}
    assert used - defined == set()


def test_every_term_in_the_seed_graph_is_in_the_ontology(ontology, seed_store):
    used = terms_in_store(seed_store)
    assert {"Strategy", "supersedes", "isRevisionOf", "partiallySupersedes", "Evidence"} <= used
    defined = {str(t)[len(vocab.SL) :] for t in defined_terms(ontology)}
    assert used - defined == set()


# --- alignments the data model promises ---------------------------------------------

SUBCLASSES = [
    (SL.Strategy, PROV.Entity),
    (SL.Plan, SL.Strategy),
    (SL.Framework, SL.Strategy),
    (SL.StatutoryPlan, SL.Strategy),
    (SL.StrategySeries, SKOS.Concept),
    (SL.StatutoryGuidance, PROV.Entity),
    (SL.Legislation, ELI.LegalResource),
    (SL.LegislativeProvision, ELI.LegalResourceSubdivision),
    (SL.Council, ORG.FormalOrganization),
    (SL.Board, ORG.Organization),
    (SL.Committee, ORG.Organization),
    (SL.PartnershipGroup, ORG.Organization),
    (SL.Department, ORG.Organization),
    (SL.GovernmentDepartment, ORG.Organization),
    (SL.Meeting, SCHEMA.Event),
    (SL.GovernanceEvent, PROV.Activity),
    (SL.Approval, SL.GovernanceEvent),
    (SL.ApprovalRequest, SL.Request),
    (SL.EndorsementRequest, SL.Request),
    (SL.Request, SL.GovernanceEvent),
    (SL.Outcome, SKOS.Concept),
    (SL.Indicator, SKOS.Concept),
    (SL.SourceDocument, FOAF.Document),
    (SL.SourceDocument, PROV.Entity),
    (SL.DecisionNotice, SL.SourceDocument),
    (SL.ForwardPlanEntry, SL.DecisionNotice),
    (SL.IssueMeetingsPage, SL.MeetingRecord),
    (SL.GeneralDocument, SL.SourceDocument),
    (SL.Evidence, OA.Annotation),
    (SL.Evidence, RDF.Statement),
    (SL.Rule, PROV.Plan),
]
SUBPROPERTIES = [
    (SL.supersedes, DCTERMS.replaces),
    (SL.supersededBy, DCTERMS.isReplacedBy),
    (SL.isRevisionOf, PROV.wasRevisionOf),
    (SL.isRevisionOf, SL.supersedes),
    (SL.basedOn, ELI.based_on),
    (SL.cites, ELI.cites),
    (SL.validFrom, SCHEMA.validFrom),
    (SL.validUntil, SCHEMA.validUntil),
    (SL.concerns, PROV.used),
    (SL.date, DCTERMS.date),
    (SL.inSeries, DCTERMS.isPartOf),
]


def ancestors(graph: rdflib.Graph, term: URIRef, link: URIRef) -> set[URIRef]:
    return set(graph.transitive_objects(term, link)) - {term}


@pytest.mark.parametrize("sub,sup", SUBCLASSES, ids=lambda t: t.n3().rsplit("/", 1)[-1])
def test_class_alignment(ontology, sub, sup):
    assert sup in ancestors(ontology, sub, RDFS.subClassOf)


@pytest.mark.parametrize("sub,sup", SUBPROPERTIES, ids=lambda t: t.n3().rsplit("/", 1)[-1])
def test_property_alignment(ontology, sub, sup):
    assert sup in ancestors(ontology, sub, RDFS.subPropertyOf)


def test_supersession_inverse_and_ranges(ontology):
    assert (SL.supersedes, OWL.inverseOf, SL.supersededBy) in ontology
    for prop in (SL.supersedes, SL.supersededBy, SL.isRevisionOf, SL.partiallySupersedes, SL.succeeds):
        assert ontology.value(prop, RDFS.domain) == SL.Strategy
        assert ontology.value(prop, RDFS.range) == SL.Strategy


def test_period_documents_its_owl_time_reading(ontology):
    for prop, end in ((SL.validFrom, "time:hasBeginning"), (SL.validUntil, "time:hasEnd")):
        assert end in str(ontology.value(prop, RDFS.comment))


def test_statutory_guidance_is_not_a_strategy(ontology):
    assert (SL.Strategy, OWL.disjointWith, SL.StatutoryGuidance) in ontology


def test_a_request_is_documented_as_not_an_outcome(ontology):
    for request in (SL.Request, SL.ApprovalRequest, SL.EndorsementRequest):
        assert "a request, not an outcome" in str(ontology.value(request, SKOS.definition)).lower()
    for outcome in (SL.Approval, SL.Endorsement, SL.Adoption, SL.Decision, SL.Agreement):
        assert (SL.Request, OWL.disjointWith, outcome) in ontology


def test_derivations_are_the_three_individuals(ontology):
    members = set(ontology.subjects(RDF.type, SL.Derivation))
    assert members == {SL.Stated, SL.Inferred, SL.Curated}
    listed = rdflib.collection.Collection(ontology, ontology.value(SL.Derivation, OWL.oneOf))
    assert set(listed) == members


def test_readme_fragment_lists_every_class_and_property(ontology):
    fragment = (ROOT / "docs" / "ontology.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"`sl:([A-Za-z][A-Za-z0-9]*)`", fragment))
    declared = {
        str(t)[len(vocab.SL) :]
        for t in defined_terms(ontology)
        if set(ontology.objects(t, RDF.type)) & {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, RDF.Property}
    }
    assert declared - listed == set()
