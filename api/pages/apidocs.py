"""The API's interactive documentation (/docs, /redoc) from vendored assets.

FastAPI's defaults load Swagger UI, ReDoc and fonts from CDNs, so the "API" link in
every page header was blank without internet. Here the same pages load the copies
under ``api/static/vendor/`` (pinned, refreshed by ``make vendor-refresh``).
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from starlette.responses import HTMLResponse

router = APIRouter(include_in_schema=False)
VENDOR = "/static/vendor"
NO_FAVICON = "data:,"
# Swagger UI's validator badge would send the schema's address to validator.swagger.io.
SWAGGER_PARAMETERS = {"validatorUrl": None, "defaultModelsExpandDepth": 0, "tryItOutEnabled": False}


def _in_english(page: HTMLResponse) -> HTMLResponse:
    """FastAPI's pages omit the document language, which screen readers need."""
    body = bytes(page.body).replace(b"<html>", b'<html lang="en-GB">', 1)
    return HTMLResponse(body)


@router.get("/docs")
def swagger_ui(request: Request) -> HTMLResponse:
    return _in_english(
        get_swagger_ui_html(
            openapi_url=request.app.openapi_url,
            title=f"{request.app.title}: API",
            swagger_js_url=f"{VENDOR}/swagger-ui/swagger-ui-bundle.js",
            swagger_css_url=f"{VENDOR}/swagger-ui/swagger-ui.css",
            swagger_favicon_url=NO_FAVICON,
            swagger_ui_parameters=SWAGGER_PARAMETERS,
        )
    )


@router.get("/redoc")
def redoc(request: Request) -> HTMLResponse:
    return _in_english(
        get_redoc_html(
            openapi_url=request.app.openapi_url,
            title=f"{request.app.title}: API reference",
            redoc_js_url=f"{VENDOR}/redoc/redoc.standalone.js",
            redoc_favicon_url=NO_FAVICON,
            with_google_fonts=False,
        )
    )
