"""An upload is known by the same safe source id as a file loaded from disk, whatever its name."""

from __future__ import annotations

from urllib.parse import quote

import pytest

from loaders.sources import SAFE_SOURCE_ID, source_id_of
from tests.api.conftest import DATA, TOKEN

AUTH = {"Authorization": f"Bearer {TOKEN}"}
SEED = DATA / "sources" / "000_e0d006e98f43459c.txt"


@pytest.mark.parametrize("name", ["Cabinet report 2016.txt", "q?x=1.txt", "Cynllun ŵ #3 (50%).md"])
def test_upload_with_an_odd_name_gets_the_loaders_source_id(writable_client, name: str) -> None:
    metadata = SEED.with_suffix(".toml").read_text(encoding="utf-8")
    r = writable_client.post(
        "/api/sources",
        files={"file": (name, SEED.read_bytes(), "text/plain")},
        data={"metadata": metadata},
        headers=AUTH,
    )
    assert r.status_code == 201, r.text
    source_id = r.json()["source"]
    assert source_id == source_id_of(name) and SAFE_SOURCE_ID.fullmatch(source_id)
    assert r.headers["location"] == f"/api/sources/{source_id}"
    detail = writable_client.get(r.headers["location"])
    assert detail.status_code == 200 and detail.json()["id"] == source_id
    assert detail.json()["iri"].endswith("/id/source/" + quote(source_id))


@pytest.mark.parametrize("name", [".", "..", "/", "\x00.txt"])
def test_upload_with_a_name_that_is_no_file_name_is_never_a_server_error(writable_client, name: str) -> None:
    r = writable_client.post("/api/sources", files={"file": (name, SEED.read_bytes(), "text/plain")}, headers=AUTH)
    assert r.status_code in {201, 422}, r.text
    if r.status_code == 201:
        assert SAFE_SOURCE_ID.fullmatch(r.json()["source"])
