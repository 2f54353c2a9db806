"""RFC 9457 problem details: every error the service returns looks like this.

Handlers turn our own :class:`Problem`, FastAPI's validation errors and Starlette's
HTTP errors into ``application/problem+json`` with a useful ``detail``, so a client
never has to parse an HTML error page or guess what went wrong.
"""

from __future__ import annotations

import difflib
import logging
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import orjson
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response

log = logging.getLogger("strategy_lineage.api")

PROBLEM_TYPE = "https://w3id.org/strategy-lineage/problems/"
MEDIA_TYPE = "application/problem+json"

_TITLES = {
    400: "Bad request",
    401: "Authentication required",
    403: "Forbidden",
    404: "Not found",
    405: "Method not allowed",
    406: "Not acceptable",
    409: "Conflict",
    413: "Request too large",
    415: "Unsupported media type",
    422: "Invalid parameter",
    500: "Internal error",
    503: "Service unavailable",
}


class Problem(Exception):
    """Raise anywhere in a handler to answer with a problem document."""

    def __init__(
        self,
        status: int,
        detail: str,
        *,
        kind: str | None = None,
        title: str | None = None,
        headers: dict[str, str] | None = None,
        **extra: Any,
    ) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.kind = kind or _slug(title or _TITLES.get(status, "error"))
        self.title = title or _TITLES.get(status, "Error")
        self.headers = headers or {}
        self.extra = extra


def _slug(text: str) -> str:
    return "-".join(text.lower().split())


def problem_response(problem: Problem, instance: str | None = None) -> Response:
    body: dict[str, Any] = {
        "type": PROBLEM_TYPE + problem.kind,
        "title": problem.title,
        "status": problem.status,
        "detail": problem.detail,
    }
    if instance:
        body["instance"] = instance
    body.update(problem.extra)
    return Response(orjson.dumps(body), status_code=problem.status, media_type=MEDIA_TYPE, headers=problem.headers)


def not_found(what: str, key: str, candidates: Iterable[str]) -> Problem:
    """404 that suggests the nearest known ids, so a typo is one click from fixed."""
    nearest = nearest_candidates(key, candidates)
    hint = f"; did you mean {', '.join(nearest)}?" if nearest else ""
    return Problem(404, f"no {what} {key!r}{hint}", kind=f"unknown-{_slug(what)}", candidates=nearest)


def nearest_candidates(key: str, candidates: Iterable[str], n: int = 5) -> list[str]:
    pool = list(dict.fromkeys(candidates))
    close = difflib.get_close_matches(key, pool, n=n, cutoff=0.4)
    if len(close) < n:
        # Prefix or substring matches catch "every-day" -> "every-day-matters-2013-2016".
        lowered = key.lower()
        close += [c for c in pool if lowered and lowered in c.lower() and c not in close][: n - len(close)]
    return close


def validation_detail(error: dict[str, Any]) -> str:
    where = ".".join(str(part) for part in error.get("loc", ()) if part not in ("query", "path", "body"))
    return f"{where}: {error.get('msg', 'invalid')}" if where else str(error.get("msg", "invalid"))


# A page for people: given the request and the problem, an HTML response, or None when
# the client is not a browser (see api.pages.templating.browser_error_page).
HtmlPage = Callable[[Request, Problem], "Response | None"]


def install(app: FastAPI, html_page: HtmlPage | None = None) -> None:
    """Register the handlers that turn every error into problem+json (or, for a browser,
    into the HTML page ``html_page`` renders, with the same status)."""

    def respond(request: Request, problem: Problem) -> Response:
        page = html_page(request, problem) if html_page is not None else None
        return page if page is not None else problem_response(problem, request.url.path)

    @app.exception_handler(Problem)
    async def _problem(request: Request, exc: Problem) -> Response:
        return respond(request, exc)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        errors = exc.errors()
        detail = "; ".join(validation_detail(e) for e in errors) or "invalid request"
        invalid = [{"name": ".".join(str(p) for p in e.get("loc", ())), "reason": e.get("msg", "")} for e in errors]
        return respond(request, Problem(422, detail, invalid_params=invalid))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        detail = exc.detail if isinstance(exc.detail, str) else _TITLES.get(exc.status_code, "error")
        if exc.status_code == 404 and detail == "Not Found":
            detail = f"nothing at {request.url.path}"
        headers = dict(exc.headers) if exc.headers else None
        return respond(request, Problem(exc.status_code, detail, headers=headers))

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception) -> Response:
        # A 500 is our bug, never the client's: log it in full, tell the client little.
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return respond(request, Problem(500, "the server failed to answer; the error is logged"))


@contextmanager
def engine_errors() -> Iterator[None]:
    """Turn the lineage engine's bad-input errors into 404 / 409 / 422 problems."""
    from graph.lineage import Ambiguous, InvalidArgument, NotFound

    try:
        yield
    except NotFound as err:
        candidates = [_candidate(c) for c in err.candidates[:5]]
        raise Problem(404, str(err), kind=f"unknown-{_slug(err.what.split(' (')[0])}", candidates=candidates) from None
    except Ambiguous as err:
        candidates = [_candidate(c) for c in err.candidates[:8]]
        raise Problem(409, str(err), kind="ambiguous-name", title="Ambiguous name", candidates=candidates) from None
    except InvalidArgument as err:
        raise Problem(422, str(err)) from None


def _candidate(hit: Any) -> dict[str, Any]:
    return {"id": hit.id, "label": hit.label, "type": hit.type, "score": round(hit.score, 3)}


def valid_iri(text: str, what: str = "IRI") -> str:
    """``text`` if it is an absolute IRI (so it can go into SPARQL as ``<text>``), else a 422.

    Every IRI a client sends passes through here before it reaches a query: a ``>`` or a
    space would otherwise let the text rewrite the query around it.
    """
    from graph.rdf import NamedNode

    try:
        NamedNode(text)
    except ValueError as err:
        raise Problem(422, f"{what} {text!r} is not a valid IRI: {err}") from None
    if ":" not in text:
        raise Problem(422, f"{what} {text!r} is not an absolute IRI")
    return text
