"""Sources and provenance: what was loaded, what each source says, and the writes.

Reads go through the lineage engine's provenance functions. Writes (upload, withdraw)
need a bearer token, run one at a time, rebuild the inference graph, and are logged
with who and when, both to the log and to the store's meta graph.
"""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path as FilePath
from pathlib import PurePath
from urllib.parse import quote

from fastapi import APIRouter, File, Form, Path, Query, Request, UploadFile
from starlette.concurrency import run_in_threadpool
from starlette.responses import Response

from api import models, source_views
from api.auth import require_writer
from api.params import engine
from api.problems import Problem, engine_errors, valid_iri
from api.responses import JSONResponse
from api.upload_worker import UploadRefused, extract_upload
from graph import answers, ingest
from graph.store import StoreError, now_iso
from loaders import formats
from loaders.sources import source_id_of
from strategy_lineage import vocab

router = APIRouter(prefix="/api", tags=["Sources and provenance"])
# The original files, beside the officers' source pages (/sources/{id}).
originals = APIRouter(tags=["Sources and provenance"])
log = logging.getLogger("strategy_lineage.api.writes")


@router.get("/sources", response_model=list[models.SourceOut], summary="Loaded sources with counts")
def list_sources(request: Request) -> Response:
    return JSONResponse([source_views.source_json(s) for s in request.app.state.store.sources()])


@router.get(
    "/sources/{id}",
    response_model=models.SourceDetailOut,
    responses=models.PROBLEMS,
    summary="One source: metadata, what it contributed, and (on request) its text with highlighted spans",
)
def get_source(
    request: Request,
    id: str = Path(..., description="Source id (e.g. 002_7e30c0936a50fbe4), file name or IRI"),
    text: bool = Query(False, description="Include the full text as loaded"),
    highlight_spans: bool = Query(
        False, alias="highlight", description="Include the text as HTML with quoted spans in <mark>"
    ),
) -> Response:
    return JSONResponse(
        source_views.source_detail(
            engine(request), source_views.find_source(request.app.state.store, id), text, highlight_spans
        )
    )


@originals.get(
    "/sources/{id}/original",
    response_class=Response,
    responses={
        **models.PROBLEMS,
        200: {
            "description": "The original file, with its media type",
            "content": {
                "application/pdf": {},
                "text/html": {},
                "text/plain": {},
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document": {},
            },
        },
    },
    summary="The original file a source was loaded from (a PDF opens at a page with #page=N)",
)
def original_file(request: Request, id: str = Path(..., description="Source id, file name or IRI")) -> Response:
    store = request.app.state.store
    info = source_views.find_source(store, id)
    data = store.originals.get(info.sha256) if info.media_type else None
    if data is None:
        raise Problem(
            404,
            f"the original file of {info.source_id} is not kept (it was loaded before original "
            "files were kept, or from a curated CSV): load it again to keep it",
            kind="no-original",
        )
    media_type = info.media_type or "application/octet-stream"
    if media_type.startswith("text/") and info.encoding:
        media_type += f"; charset={info.encoding}"
    return Response(
        data,
        media_type=media_type,
        headers={
            "Content-Disposition": f"inline; filename*=UTF-8''{quote(info.file_name)}",
            "X-Content-Type-Options": "nosniff",
            # An HTML original is the council's page, not ours: shown without its scripts.
            "Content-Security-Policy": "sandbox; default-src 'none'; img-src data:; style-src 'unsafe-inline'",
        },
    )


@router.get(
    "/provenance",
    response_model=models.ProvenanceOut,
    responses={**models.PROBLEMS, **models.AMBIGUOUS},
    summary="Every source, quote, offsets and rule behind the statements about a subject",
)
def provenance(
    request: Request,
    subject: str = Query(..., description="IRI (or id/name) of the subject"),
    predicate: str | None = Query(None, description="IRI of the predicate, or a prefixed name such as sl:supersedes"),
    object: str | None = Query(None, description="IRI of the object, or a literal's text"),
) -> Response:
    if looks_like_iri(subject):
        valid_iri(subject, "subject")
    predicate_iri = valid_iri(expand(predicate), "predicate") if predicate else None
    object_iri = object
    if object and ":" in object and not object.startswith(("http:", "https:")):
        object_iri = expand(object)
    if object_iri and looks_like_iri(object_iri):
        valid_iri(object_iri, "object")
    with engine_errors():
        found = request.app.state.engine.provenance(subject, predicate_iri, object_iri)
    if not found:
        raise Problem(
            404,
            f"no evidenced statement matches subject={subject!r}"
            + (f" predicate={predicate!r}" if predicate else "")
            + (f" object={object!r}" if object else ""),
            kind="no-statement",
        )
    return JSONResponse(
        {"subject": subject, "predicate": predicate_iri, "object": object_iri, "statements": answers.to_json(found)}
    )


def looks_like_iri(text: str) -> bool:
    return text.startswith(("http://", "https://", "urn:"))


def expand(name: str) -> str:
    """``sl:supersedes`` -> full IRI; full IRIs pass through; unknown prefixes are a 422."""
    if looks_like_iri(name):
        return name
    prefix, sep, local = name.partition(":")
    if sep and prefix in vocab.PREFIXES:
        return vocab.PREFIXES[prefix] + local
    raise Problem(
        422, f"{name!r} is neither an IRI nor a prefixed name with a known prefix ({', '.join(vocab.PREFIXES)})"
    )


# Writes ---------------------------------------------------------------------------
def published(request: Request, who: str) -> str | None:
    """The writer as the store's write log records it: the store (and so the change feed and
    /sparql) names the writer only if the operator publishes writers; the server log always does."""
    return who if request.app.state.settings.publish_writers else None


@router.post(
    "/sources",
    status_code=201,
    response_model=models.WriteOut,
    responses={
        401: {"description": "No bearer token"},
        403: {"description": "Read-only service or bad token"},
        415: {"description": "Not a format that is read (text, HTML, PDF, Word .docx)"},
        422: {"description": "The document could not be read (empty, binary, scanned, damaged)"},
    },
    summary="Upload a document and load it (needs a bearer token)",
)
async def upload_source(
    request: Request,
    file: UploadFile = File(
        ...,
        description="A council document: text (UTF-8, UTF-16 or Windows-1252), HTML, "
        "PDF with a text layer or Word .docx; at most STRATEGY_LINEAGE_MAX_UPLOAD_MB (default 5 MB)",
    ),
    name: str | None = Form(None, description="File name to record (default: the uploaded file's name)"),
    metadata: str | None = Form(
        None, description="Optional TOML metadata, as in data/sources/NAME.toml (kind, publisher, date, title, url)"
    ),
) -> Response:
    # api.limits has authenticated the writer and bounded the body before it was parsed.
    who = require_writer(request)
    data = await file.read()
    file_name = name or file.filename or "upload.txt"
    return await run_in_threadpool(_load_upload, request, who, file_name, data, metadata, file.content_type)


def _load_upload(
    request: Request, who: str, file_name: str, data: bytes, metadata: str | None, media_type: str | None = None
) -> Response:
    """Load the upload through the same loaders and transaction rules as ``strategy-lineage load``."""
    name = PurePath(file_name.replace("\\", "/")).name
    if PurePath(name).suffix.lower() not in ingest.LOADABLE:
        # A file named without its extension: its first bytes or its media type may still say what it is.
        try:
            name += formats.format_for(name, data, media_type).suffixes[0]
        except formats.FormatError as err:
            raise Problem(415, f"{name!r}: {err}", kind="unsupported-format", title="Document not loaded") from None
    store, settings = request.app.state.store, request.app.state.settings
    with tempfile.TemporaryDirectory(prefix="upload-") as folder:
        # Stored under its source id (the loaders' rule, docs/source-ids.md): any client name is safe on disk.
        path = FilePath(folder) / f"{source_id_of(name)}{PurePath(name).suffix.lower()}"
        path.write_bytes(data)
        if metadata:
            # The loaders read NAME.toml beside NAME.txt, exactly as under data/sources/.
            path.with_suffix(".toml").write_text(metadata, encoding="utf-8")
        try:
            extraction = extract_upload(
                path, name, settings.upload_memory_mb, settings.upload_timeout, settings.upload_max_facts
            )
        except UploadRefused as err:
            raise Problem(422, str(err), kind="unreadable-document", title="Document not loaded") from None
    with request.app.state.write_lock:
        try:
            [result] = ingest.store_extractions(store, [extraction], who=published(request, who))
        except StoreError as err:
            raise Problem(503, str(err), kind="store-unavailable") from None
        at = now_iso()
        log.info("write: %s %s (%s) by %s at %s", "load", result.source_id, result.status, who, at)
    return JSONResponse(
        {
            "action": "load",
            "source": result.source_id,
            "status": result.status,
            "who": who,
            "at": at,
            "version": store.version,
            "facts": result.facts,
            "warnings": list(result.warnings),
        },
        status_code=201,
        headers={"Location": f"/api/sources/{result.source_id}"},
    )


@router.delete(
    "/sources/{id}",
    response_model=models.WriteOut,
    responses={
        **models.PROBLEMS,
        401: {"description": "No bearer token"},
        403: {"description": "Read-only service or bad token"},
    },
    summary="Withdraw a source: drop its named graph and everything it said (needs a bearer token)",
)
def withdraw_source(request: Request, id: str = Path(..., description="Source id, file name or IRI")) -> Response:
    who = require_writer(request)
    store = request.app.state.store
    with request.app.state.write_lock:
        info = source_views.find_source(store, id)
        ingest.withdraw(store, info.source_id, who=published(request, who))
        at = now_iso()
        log.info("write: %s %s by %s at %s", "withdraw", info.source_id, who, at)
    return JSONResponse(
        {"action": "withdraw", "source": info.source_id, "who": who, "at": at, "version": store.version}
    )
