"""Server-rendered pages for policy officers and the embeddable lineage view.

Every page works without JavaScript; the pages read the same engine and API helpers
as the JSON API, so a page never says something the API would not.
"""

from api.pages.routes import router

__all__ = ["router"]
