"""Multipart and urlencoded request bodies, sent by real httpx clients to a loopback server.

The server parses multipart bodies with the standard library's ``email`` parser
(``policy=email.policy.HTTP``) and forms with ``urllib.parse.parse_qs``.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import email.policy
import importlib
import io
import json
from collections.abc import Callable
from email.parser import BytesParser
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import parse_qs, urlencode

import httpx
import pydantic
import pytest

from .loopback import WAIT, Loopback, read_body, respond

MODES = ["sync", "async"]

PNG = b"\x89PNG\r\n\x1a\n\x00\xff\xfe\x80\r\r\n\n" + bytes(range(256))
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\r\n"
NOT_UTF8 = b"\xc3\x28 \xa0\xa1 \xf0\x28\x8c\x28"


@pytest.fixture(scope="module")
def files(rt: ModuleType) -> ModuleType:
    return importlib.import_module(f"{rt.__name__}._files")


class Owner(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(populate_by_name=True)

    display_name: str = pydantic.Field(alias="displayName")
    email: str | None = None


def parse_multipart(content_type: str, body: bytes) -> list[dict[str, Any]]:
    head = f"Content-Type: {content_type}\r\n\r\n".encode()
    message = BytesParser(policy=email.policy.HTTP).parsebytes(head + body)
    assert message.is_multipart()
    return [
        {
            "name": part.get_param("name", header="content-disposition"),
            "filename": part.get_filename(),
            "content_type": part["content-type"],
            "data": part.get_payload(decode=True),
        }
        for part in message.iter_parts()
    ]


class Recording:
    """A loopback app that keeps each request's headers and body and answers 200."""

    def __init__(self) -> None:
        self.bodies: list[tuple[dict[str, str], bytes]] = []

    def __call__(self, handler: BaseHTTPRequestHandler) -> None:
        headers = {k.lower(): v for k, v in handler.headers.items()}
        self.bodies.append((headers, read_body(handler)))
        respond(handler, b"ok")


def send(mode: str, build: Callable[[Any], httpx.Request], times: int = 1) -> Recording:
    """Send the request ``build(client)`` makes ``times`` times; return what the server got."""
    recording = Recording()
    with Loopback(recording) as server:
        url = server.url + "/upload"
        if mode == "sync":
            with httpx.Client(timeout=WAIT, base_url=url) as client:
                request = build(client)
                for _ in range(times):
                    client.send(request).raise_for_status()
        else:

            async def main() -> None:
                async with httpx.AsyncClient(timeout=WAIT, base_url=url) as client:
                    request = build(client)
                    for _ in range(times):
                        (await client.send(request)).raise_for_status()

            asyncio.run(main())
    return recording


@pytest.mark.parametrize("mode", MODES)
def test_multipart_body(files: ModuleType, mode: str, tmp_path: Path) -> None:
    photo = tmp_path / "photo.png"
    (tmp_path / "avatar.jpg").write_bytes(b"\xff\xd8\xff\xe0 jpeg")
    with open(tmp_path / "avatar.jpg", "rb") as avatar:
        fields = {
            "photo": photo,
            "document": ("report.pdf", PDF, "application/pdf"),
            "raw": NOT_UTF8,
            "scan": ("scan.tiff", b"II*\x00"),
            "avatar": avatar,
            "notes": io.BytesIO(b"\r\nline\rnotes\n"),
            "attachments": [b"first", ("second.csv", b"a,b\r\n1,2", "text/csv")],
            "name": "Zo\u00eb",
            "count": 3,
            "ratio": 0.5,
            "enabled": True,
            "archived": False,
            "tags": ["red", "green"],
            "metadata": {"displayName": "x", "when": dt.datetime(2024, 1, 2, tzinfo=dt.UTC)},
            "owner": Owner(display_name="Ann"),
            "owners": [Owner(display_name="Bo"), Owner(display_name="Cy", email="c@x.test")],
            "nothing": None,
        }
        parts = files.multipart_parts(
            fields,
            file_fields={"photo", "document", "raw", "scan", "avatar", "notes", "attachments"},
            encoding={"scan": "image/png, image/jpeg", "avatar": "image/*"},
        )
        photo.write_bytes(PNG)  # only now: the path is opened when the request is sent
        recording = send(
            mode, lambda client: client.build_request("POST", "", files=parts), times=2
        )

    (headers, body), (_, again) = recording.bodies
    assert body == again  # a re-sent request (a retry) re-reads every file from the start
    assert int(headers["content-length"]) == len(body)  # sizes known without reading
    got = [
        (p["name"], p["filename"], p["content_type"], p["data"])
        for p in parse_multipart(headers["content-type"], body)
    ]
    octet = "application/octet-stream"
    assert got[:8] == [
        ("photo", "photo.png", octet, PNG),
        ("document", "report.pdf", "application/pdf", PDF),
        ("raw", "raw", octet, NOT_UTF8),
        ("scan", "scan.tiff", "image/png", b"II*\x00"),
        ("avatar", "avatar.jpg", "image/jpeg", b"\xff\xd8\xff\xe0 jpeg"),
        ("notes", "notes", octet, b"\r\nline\rnotes\n"),
        ("attachments", "attachments", octet, b"first"),
        ("attachments", "second.csv", "text/csv", b"a,b\r\n1,2"),
    ]
    assert got[8:15] == [
        ("name", None, None, "Zo\u00eb".encode()),
        ("count", None, None, b"3"),
        ("ratio", None, None, b"0.5"),
        ("enabled", None, None, b"true"),
        ("archived", None, None, b"false"),
        ("tags", None, None, b"red"),
        ("tags", None, None, b"green"),
    ]
    json_parts = [
        (name, filename, ctype, json.loads(data)) for name, filename, ctype, data in got[15:]
    ]
    assert json_parts == [
        (
            "metadata",
            None,
            "application/json",
            {"displayName": "x", "when": "2024-01-02T00:00:00Z"},
        ),
        ("owner", None, "application/json", {"displayName": "Ann"}),
        ("owners", None, "application/json", {"displayName": "Bo"}),
        ("owners", None, "application/json", {"displayName": "Cy", "email": "c@x.test"}),
    ]


def test_path_is_opened_lazily_and_streamed(files: ModuleType, tmp_path: Path) -> None:
    path = tmp_path / "big.bin"
    [(name, (filename, reader, content_type))] = files.multipart_parts(
        {"upload": path}, file_fields={"upload"}
    )
    assert (name, filename, content_type) == ("upload", "big.bin", "application/octet-stream")
    path.write_bytes(bytes(range(256)) * 4096)  # 1 MiB, written after the parts were made
    request = httpx.Request(
        "POST", "http://x.test/", files=[(name, (filename, reader, content_type))]
    )
    for attempt in range(2):
        sizes = [len(chunk) for chunk in request.stream]  # type: ignore[union-attr]
        assert max(sizes) <= 64 * 1024, attempt  # never the whole file in one piece
        assert sum(sizes) > 1024 * 1024
        assert reader._file is None  # closed again at the end of each pass


def test_multipart_rejects_text_for_a_file(files: ModuleType) -> None:
    with pytest.raises(TypeError, match="'doc': expected bytes, a pathlib.Path"):
        files.multipart_parts({"doc": "not bytes"}, file_fields={"doc"})
    with pytest.raises(TypeError, match="'doc': expected bytes.*not StringIO"):
        files.multipart_parts({"doc": io.StringIO("text")}, file_fields={"doc"})
    with pytest.raises(TypeError, match="filename, content"):
        files.multipart_parts({"doc": ("a", b"b", "c/d", "extra")}, file_fields={"doc"})


def test_file_type_aliases_accept_the_documented_shapes(files: ModuleType) -> None:
    adapter = pydantic.TypeAdapter(files.FileTypes, config={"arbitrary_types_allowed": True})
    assert adapter.validate_python(b"x") == b"x"
    assert adapter.validate_python(("a.txt", b"x", "text/plain")) == ("a.txt", b"x", "text/plain")


FORM_FIELDS: dict[str, Any] = {
    "grant_type": "client_credentials",
    "scopes": ["read", "write"],
    "ids": [1, 2, 3],
    "names": ["a b", "c"],
    "filter": {"status": "active", "tier": 2},
    "flags": ["x", "y"],
    "remember": True,
    "missing": None,
    "note": "a&b=c \u00fc+",
}
FORM_STYLES = {
    "ids": ("spaceDelimited", False),
    "names": ("pipeDelimited", False),
    "filter": ("deepObject", True),
    "flags": ("form", False),
}


def test_form_pairs(files: ModuleType) -> None:
    assert files.form_pairs(FORM_FIELDS, styles=FORM_STYLES) == [
        ("grant_type", "client_credentials"),
        ("scopes", "read"),
        ("scopes", "write"),
        ("ids", "1 2 3"),
        ("names", "a b|c"),
        ("filter[status]", "active"),
        ("filter[tier]", "2"),
        ("flags", "x,y"),
        ("remember", "true"),
        ("note", "a&b=c \u00fc+"),
    ]
    assert files.form_pairs({"scopes": ["read", "write"], "obj": {"a": 1}}) == [
        ("scopes", "read"),
        ("scopes", "write"),
        ("a", "1"),
    ]


@pytest.mark.parametrize("mode", MODES)
def test_form_body(files: ModuleType, mode: str) -> None:
    content = urlencode(files.form_pairs(FORM_FIELDS, styles=FORM_STYLES))
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    recording = send(
        mode, lambda client: client.build_request("POST", "", content=content, headers=headers)
    )
    [(received_headers, body)] = recording.bodies
    assert received_headers["content-type"] == "application/x-www-form-urlencoded"
    assert parse_qs(body.decode("ascii"), keep_blank_values=True, strict_parsing=True) == {
        "grant_type": ["client_credentials"],
        "scopes": ["read", "write"],
        "ids": ["1 2 3"],
        "names": ["a b|c"],
        "filter[status]": ["active"],
        "filter[tier]": ["2"],
        "flags": ["x,y"],
        "remember": ["true"],
        "note": ["a&b=c \u00fc+"],
    }
