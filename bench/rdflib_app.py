"""The baseline: the same SPARQL queries answered by rdflib's own engine over a memory store.

A deliberately small FastAPI app, served by uvicorn exactly like the real one, so both are
measured as HTTP endpoints. It reads the corpus from the N-Quads file named by
``BENCH_RDFLIB_NQUADS`` into an rdflib ``Dataset`` whose default graph is the union of
the named graphs (the real store's convention).

Run: ``BENCH_RDFLIB_NQUADS=corpus.nq uvicorn bench.rdflib_app:app``.
"""

from __future__ import annotations

import os
import time

from fastapi import FastAPI, Query
from fastapi.responses import JSONResponse, Response
from rdflib import Dataset

from strategy_lineage.vocab import PREFIXES


def load_dataset(path: str) -> Dataset:
    dataset = Dataset(default_union=True)
    dataset.parse(path, format="nquads")
    return dataset


app = FastAPI(title="rdflib baseline")
_started = time.perf_counter()
_dataset = load_dataset(os.environ["BENCH_RDFLIB_NQUADS"])
LOAD_SECONDS = time.perf_counter() - _started


@app.get("/health")
async def health() -> JSONResponse:
    return JSONResponse({"status": "ok", "load_seconds": LOAD_SECONDS})


@app.get("/sparql")
def sparql(query: str = Query(...)) -> Response:  # a thread, so one slow query does not stall the loop
    result = _dataset.query(query, initNs=PREFIXES)
    return Response(result.serialize(format="json"), media_type="application/sparql-results+json")
