"""The OpenAPI document says what the service really answers: every status an operation
can return, errors as ``application/problem+json`` with the Problem schema.

FastAPI documents what routes declare; the statuses that middleware and the query pool
add (304 from the ETag layer, 401/403/413 from the request limits, 429/503 from the
SPARQL workers) are added here, from one table, once when the document is first built.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from api.problems import MEDIA_TYPE as PROBLEM_MEDIA_TYPE

PROBLEM_REF = {"$ref": "#/components/schemas/Problem"}
SAFE = ("get", "head")

# (path or None for every path, method) -> statuses that layer adds, with why.
ADDED: dict[tuple[str | None, str], dict[int, str]] = {
    (None, "get"): {304: "Not modified: the If-None-Match tag is current (the graph has not changed)"},
    (None, "post"): {
        401: "No bearer token",
        403: "Read-only service or bad token",
        413: "The request body is larger than the service accepts",
    },
    (None, "delete"): {401: "No bearer token", 403: "Read-only service or bad token"},
    ("/sparql", "get"): {
        400: "Malformed query or dataset IRI",
        403: "SPARQL Update, LOAD or SERVICE refused",
        429: "Too many queries from this address at once",
        503: "Time or memory limit reached, or every worker busy",
    },
    ("/sparql", "post"): {
        400: "Malformed query or dataset IRI",
        403: "SPARQL Update, LOAD or SERVICE refused",
        413: "The query is larger than the service accepts",
        415: "Not application/sparql-query or a form",
        429: "Too many queries from this address at once",
        503: "Time or memory limit reached, or every worker busy",
    },
    ("/api/sources", "post"): {503: "The store could not be written"},
}
# A query to /sparql needs no token: the write statuses do not apply to it.
NOT_WRITES = {"/sparql"}
# Operations that never answer plain application/json (FastAPI lists it for every route),
# and media types they do send that the route does not declare.
NOT_JSON = {("/sparql", "get"), ("/sparql", "post"), ("/.well-known/void", "get")}
ALSO_SENT = {
    ("/sparql", "get"): {"text/html": {"schema": {"type": "string"}}},  # the query page, for browsers
    ("/sparql", "post"): {"text/html": {"schema": {"type": "string"}}},
}


def install(app: FastAPI) -> None:
    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = get_openapi(
                title=app.title,
                version=app.version,
                description=app.description,
                routes=app.routes,
                tags=app.openapi_tags,
            )
            app.openapi_schema = complete(schema)
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


def complete(schema: dict[str, Any]) -> dict[str, Any]:
    for path, operations in schema.get("paths", {}).items():
        for method, operation in operations.items():
            responses = operation.setdefault("responses", {})
            for key in (None, path):
                if key == path or path not in NOT_WRITES or method in SAFE:
                    for status, why in ADDED.get((key, method), {}).items():
                        responses.setdefault(str(status), {"description": why})
            success = responses.get("200", {}).get("content")
            if success is not None:
                if (path, method) in NOT_JSON:
                    success.pop("application/json", None)
                success.update(ALSO_SENT.get((path, method), {}))
            for status, response in responses.items():
                if status == "304":
                    response.pop("content", None)
                elif int(status) >= 400:
                    response["content"] = {PROBLEM_MEDIA_TYPE: {"schema": PROBLEM_REF}}
    schemas = schema.get("components", {}).get("schemas", {})
    for unused in ("HTTPValidationError", "ValidationError"):
        schemas.pop(unused, None)
    return schema
