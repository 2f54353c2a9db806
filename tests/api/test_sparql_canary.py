"""No query reaches the network: a canary listener on 127.0.0.1 counts connections while
many ways of smuggling SERVICE, LOAD or a remote dataset past the endpoint are tried over
every HTTP form of the protocol. See docs/security.md for the design this tests."""

from __future__ import annotations

import platform
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from api.sparql_guard import Refused, screen

ROOT = Path(__file__).resolve().parents[2]


class Canary:
    """A TCP listener that counts every connection made to it."""

    def __init__(self) -> None:
        self.server = socket.socket()
        self.server.bind(("127.0.0.1", 0))
        self.server.listen(64)
        self.server.settimeout(0.2)
        self.url = f"http://127.0.0.1:{self.server.getsockname()[1]}/sparql"
        self.connections = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.server.accept()
            except OSError:
                continue
            self.connections += 1
            conn.close()

    def settle(self) -> int:
        time.sleep(0.5)  # a connection attempt in flight is accepted before counting
        return self.connections

    def close(self) -> None:
        self._stop.set()
        self._thread.join()
        self.server.close()


@pytest.fixture()
def canary():
    c = Canary()
    yield c
    c.close()


def smuggling_forms(url: str) -> dict[str, str]:
    """Queries that name ``url`` as a service, a graph to load or a dataset, in disguise."""
    host, path = url.removeprefix("http://").split("/", 1)
    spo = "{ ?s ?p ?o }"
    return {
        "plain": f"SELECT * WHERE {{ SERVICE <{url}> {spo} }}",
        "lowercase": f"select * where {{ service <{url}> {spo} }}",
        "mixed case": f"SeLeCt * {{ SeRvIcE <{url}> {spo} }}",
        "silent": f"SELECT * {{ SERVICE SILENT <{url}> {spo} }}",
        "no spaces": f"SELECT*{{SERVICE<{url}>{spo}}}",
        "newlines and tabs": f"SELECT *\n{{\tSERVICE\n\t<{url}>\n{spo}\n}}",
        "escaped keyword \\u": f"SELECT * {{ \\u0053ERVICE <{url}> {spo} }}",
        "escaped keyword \\U": f"SELECT * {{ \\U00000053\\U00000045RVICE <{url}> {spo} }}",
        "\\u0022 string opener (issue 14)": (
            f'SELECT * WHERE {{ BIND("\\u0022" AS ?a) SERVICE <{url}> {spo} BIND("\\u0022" AS ?b) }}'
        ),
        "\\u0027 string opener": (
            f"SELECT * WHERE {{ BIND('\\u0027' AS ?a) SERVICE <{url}> {spo} BIND('\\u0027' AS ?b) }}"
        ),
        "escaped backslash before quote": f'SELECT * WHERE {{ BIND("\\\\" AS ?a) SERVICE <{url}> {spo} }}',
        "escape spelling an escape": f'SELECT * WHERE {{ BIND("\\u005Cu0022" AS ?a) SERVICE <{url}> {spo} }}',
        "long string with escaped quotes": (
            f'SELECT * WHERE {{ BIND("""a\\u0022\\u0022\\u0022""" AS ?a) SERVICE <{url}> {spo} }}'
        ),
        "escape in the IRI": f"SELECT * {{ SERVICE <http\\u003A//{host}/{path}> {spo} }}",
        "quote escape in the IRI": f"SELECT * {{ SERVICE <{url}?\\u0022> {spo} }}",
        "comment holding a quote": f'SELECT * {{ # "\n SERVICE <{url}> {spo} }}',
        "comment between keyword and IRI": f"SELECT * {{ SERVICE # not here\n <{url}> {spo} }}",
        "hash inside a string": f'SELECT * {{ BIND("#" AS ?x) SERVICE <{url}> {spo} }}',
        "prefixed name": f"PREFIX c: <http://{host}/> SELECT * {{ SERVICE c:{path} {spo} }}",
        "relative IRI against BASE": f"BASE <http://{host}/> SELECT * {{ SERVICE <{path}> {spo} }}",
        "variable bound by VALUES": f"SELECT * {{ VALUES ?svc {{ <{url}> }} SERVICE ?svc {spo} }}",
        "nested subquery": f"SELECT * {{ {{ SELECT * {{ {{ SELECT * {{ SERVICE <{url}> {spo} }} }} }} }} }}",
        "inside OPTIONAL": f"SELECT * {{ ?s ?p ?o OPTIONAL {{ SERVICE <{url}> {spo} }} }} LIMIT 1",
        "inside UNION": f"SELECT * {{ {{ ?s ?p ?o }} UNION {{ SERVICE <{url}> {spo} }} }} LIMIT 1",
        "inside MINUS": f"SELECT * {{ ?s ?p ?o MINUS {{ SERVICE <{url}> {spo} }} }} LIMIT 1",
        "inside FILTER EXISTS": f"SELECT * {{ ?s ?p ?o FILTER EXISTS {{ SERVICE <{url}> {spo} }} }} LIMIT 1",
        "inside GRAPH": f"SELECT * {{ GRAPH ?g {{ SERVICE <{url}> {spo} }} }}",
        "ASK": f"ASK {{ SERVICE <{url}> {spo} }}",
        "CONSTRUCT": f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ SERVICE <{url}> {spo} }}",
        "DESCRIBE with a WHERE": f"DESCRIBE ?s WHERE {{ SERVICE <{url}> {spo} }}",
        "DESCRIBE the URL": f"DESCRIBE <{url}>",
        "FROM": f"SELECT * FROM <{url}> {{ ?s ?p ?o }} LIMIT 1",
        "FROM NAMED": f"SELECT * FROM NAMED <{url}> {{ GRAPH ?g {{ ?s ?p ?o }} }} LIMIT 1",
        "LOAD": f"LOAD <{url}>",
        "LOAD SILENT INTO GRAPH": f"LOAD SILENT <{url}> INTO GRAPH <http://example.org/g>",
        "escaped LOAD": f"\\u004COAD <{url}>",
        "update after a query": f"SELECT * {{}} ; LOAD <{url}>",
    }


FORMS = smuggling_forms("http://127.0.0.1:9/sparql")
# Forms that, read as SPARQL 1.1 says, hold no SERVICE and no update: they may run (and
# must still connect nowhere). In the others the keyword is real and must be refused.
HARMLESS = {
    "FROM",
    "FROM NAMED",
    "DESCRIBE the URL",
    "\\u0022 string opener (issue 14)",
    "\\u0027 string opener",
    "long string with escaped quotes",
}
UPDATES = {"LOAD", "LOAD SILENT INTO GRAPH", "escaped LOAD", "update after a query"}
# Refused as malformed before the SERVICE is even reached: an escape that spells an
# escape, an IRI holding a quote, and (a quirk of rdflib's grammar, on the safe side) a
# string holding "#" before a SERVICE.
MALFORMED = {"escape spelling an escape", "quote escape in the IRI", "hash inside a string"}


def ask(client, how: str, query: str, url: str):
    if how == "GET":
        return client.get("/sparql", params={"query": query})
    if how == "GET as a browser":
        return client.get("/sparql", params={"query": query}, headers={"Accept": "text/html"})
    if how == "POST form":
        return client.post("/sparql", data={"query": query})
    if how == "POST form, remote dataset":
        return client.post("/sparql", data={"query": query, "default-graph-uri": url, "named-graph-uri": url})
    return client.post("/sparql", content=query.encode(), headers={"Content-Type": "application/sparql-query"})


HOW = ["GET", "GET as a browser", "POST form", "POST form, remote dataset", "POST application/sparql-query"]


def test_the_canary_counts_connections(canary):
    socket.create_connection(("127.0.0.1", int(canary.url.split(":")[2].split("/")[0])), timeout=2).close()
    assert canary.settle() == 1


def test_no_form_of_any_request_opens_a_connection(client, canary):
    statuses = {}
    for name, query in smuggling_forms(canary.url).items():
        for how in HOW:
            r = ask(client, how, query, canary.url)
            statuses[name, how] = r.status_code
            assert r.status_code < 500, (name, how, r.text)
    assert canary.settle() == 0, "an outbound connection was made"
    # Every query that names a service or an update is refused before it runs.
    for (name, how), status in statuses.items():
        if name not in HARMLESS:
            assert status in (400, 403), (name, how, status)


@pytest.mark.parametrize("name", sorted(set(FORMS) - HARMLESS - UPDATES))
def test_service_is_refused_on_the_parse(client, name):
    r = client.get("/sparql", params={"query": FORMS[name]})
    assert r.headers["content-type"] == "application/problem+json"
    if name in MALFORMED:
        assert r.json()["type"].endswith("malformed-query"), r.text
    else:
        assert r.status_code == 403, r.text
        assert r.json()["type"].endswith("service-refused")


def test_a_string_that_opens_by_escape_is_read_as_sparql_1_1_says(client):
    # "\u0022" is a quote character before parsing (SPARQL 1.1, 19.2): the text between
    # the two escapes is one long string, for the guard and the engine alike.
    q = 'SELECT ?b WHERE { BIND("\\u0022" AS ?a) SERVICE <http://example.org/> { } BIND("\\u0022" AS ?b) }'
    r = client.get("/sparql", params={"query": q})
    assert r.status_code == 200, r.text
    [row] = r.json()["results"]["bindings"]
    assert row["b"]["value"] == " AS ?a) SERVICE <http://example.org/> { } BIND("


@pytest.mark.parametrize("name", ["LOAD", "LOAD SILENT INTO GRAPH", "escaped LOAD"])
def test_load_is_refused_as_an_update(client, name):
    r = client.post("/sparql", content=FORMS[name].encode(), headers={"Content-Type": "application/sparql-query"})
    assert r.status_code == 403
    assert r.json()["type"].endswith("update-refused")


def test_the_query_workers_report_their_sandbox(embedded_client):
    # Only the embedded store's queries run in local worker processes; an engine is its own.
    embedded_client.get("/sparql", params={"query": "ASK {}"})
    layers = embedded_client.app.state.query_pool.sandbox
    if platform.system() == "Linux" and platform.machine() in ("x86_64", "aarch64"):
        assert "seccomp" in layers


SERVICE_IN_ENGINE = """
import sys
from api import sandbox
layer = sys.argv[2]
if layer == "seccomp":
    print(sandbox._install_seccomp(sandbox._libc()))
elif layer == "network-namespace":
    print(sandbox._unshare_network(sandbox._libc()))
elif layer == "both":
    print(bool(sandbox.deny_network()))
import pyoxigraph as ox
try:
    list(ox.Store().query("SELECT * {{ SERVICE <%s> {{ ?s ?p ?o }} }}" % sys.argv[1]))
except Exception as err:
    print("failed:", err)
"""


def run_engine(url: str, layer: str) -> str:
    return subprocess.run(
        [sys.executable, "-c", SERVICE_IN_ENGINE, url, layer],
        cwd=ROOT,
        check=False,
        capture_output=True,
        text=True,
        timeout=60,
    ).stdout


@pytest.mark.skipif(platform.system() != "Linux", reason="the sandbox layers are Linux system calls")
def test_without_the_sandbox_the_engine_does_connect(canary):
    # The control: the engine really executes SERVICE, so the layers below are what stops it.
    run_engine(canary.url, "none")
    assert canary.settle() >= 1


@pytest.mark.skipif(platform.system() != "Linux", reason="the sandbox layers are Linux system calls")
@pytest.mark.parametrize("layer", ["seccomp", "network-namespace", "both"])
def test_each_sandbox_layer_alone_stops_the_engine(canary, layer):
    out = run_engine(canary.url, layer)
    if out.startswith("False"):
        pytest.skip(f"{layer} is not available on this system")
    assert "failed:" in out
    assert canary.settle() == 0


@pytest.mark.parametrize(
    ("query", "parsed"),
    [
        ("SELECT * WHERE { ?s ?p ?o } LIMIT 1", False),
        ('SELECT * WHERE { ?s ?p "Children\'s Services" }', True),  # the word, in a string: parsed
        ("SELECT * WHERE { ?s ?p ?o . SeRvIcE <http://example.org/> { } }", None),
        ("SELECT * WHERE { ?s ?p ?o . \\u0053ERVICE <http://example.org/> { } }", None),
        ("SELECT * WHERE { ?s ?p 'ſervice' }", True),  # not ASCII: parsed, whatever it folds to
        # The word inside a declared IRI of the prologue cannot be a keyword; anywhere else it is parsed.
        ("PREFIX sd: <http://www.w3.org/ns/sparql-service-description#>\nASK { ?s a sd:Service }", True),
        ("PREFIX sd: <http://www.w3.org/ns/sparql-service-description#>\nASK { ?s a ?o }", False),
        ("PREFIX a: <http://x/> # note\nPREFIX b: <http://x/service/> ASK {}", True),
        ("SELECT * { ?s ?p ?x FILTER(?x<1)SERVICE#>\n<http://example.org/>{} }", None),
        ("PREFIX x: <http://x/>\nSELECT * { SERVICE <http://example.org/> { } }", None),
    ],
)
def test_only_a_text_that_cannot_name_service_skips_the_parse(query: str, parsed: bool | None) -> None:
    if parsed is None:
        with pytest.raises(Refused) as refused:
            screen(query)
        assert refused.value.kind == "service-refused"
    else:
        assert screen(query).parsed is parsed


@pytest.mark.parametrize("query", ["INSERT DATA { <http://a> <http://b> <http://c> }", "CLEAR ALL", "SELECT ?x {"])
def test_a_text_the_engine_cannot_read_gets_the_full_screens_answer(client, query: str) -> None:
    assert screen(query).parsed is False  # went to the engine first
    r = client.get("/sparql", params={"query": query})
    expected = "malformed-query" if query.startswith("SELECT") else "update-refused"
    assert r.json()["type"].endswith(expected), r.text
