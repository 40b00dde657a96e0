"""Request bodies with files: ``multipart/form-data`` parts and urlencoded forms.

A file is given as ``bytes``, a ``pathlib.Path`` (opened only while the request
is sent, and streamed), an open binary file (``open(name, "rb")``, ``io.BytesIO``),
or a tuple ``(filename, content)`` / ``(filename, content, content_type)`` to choose
the name and media type the server sees. File bytes are sent unchanged.
"""

from __future__ import annotations

import io
import mimetypes
import os
from collections.abc import Collection, Mapping
from typing import IO, Any, TypeAlias

import pydantic

from . import _qs

__all__ = ["FileContent", "FileTypes", "form_pairs", "multipart_parts"]

FileContent: TypeAlias = bytes | IO[bytes] | os.PathLike[str]
"""A file's content: bytes, a path to read it from, or an open binary file."""

FileTypes: TypeAlias = (
    FileContent | tuple[str | None, FileContent] | tuple[str | None, FileContent, str | None]
)
"""A file to upload: its content, optionally with a filename and a content type."""

OCTET_STREAM = "application/octet-stream"
JSON = "application/json"


class _PathReader(io.RawIOBase):
    """A file on disk, opened at the first read and closed again at its end.

    httpx seeks it to the start before sending (so a retried request sends it
    again) and learns its size from ``seek(0, SEEK_END)`` without opening it.
    """

    def __init__(self, path: str) -> None:
        super().__init__()
        self.name = path
        self._position = 0
        self._file: IO[bytes] | None = None

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._position

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        if whence == os.SEEK_SET:
            position = offset
        elif whence == os.SEEK_CUR:
            position = self._position + offset
        else:
            position = os.path.getsize(self.name) + offset
        self._position = position
        if self._file is not None:
            self._file.seek(position)
        return position

    def read(self, size: int | None = -1) -> bytes:
        if self._file is None:
            self._file = open(self.name, "rb")  # noqa: SIM115 - closed at EOF or close()
            self._file.seek(self._position)
        data = self._file.read(-1 if size is None else size)
        self._position += len(data)
        if not data or size is None or size < 0:
            self._release()
        return data

    def readinto(self, buffer: Any) -> int:
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def _release(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None

    def close(self) -> None:
        self._release()
        # Stays usable: the same parts may be sent again (a retry re-reads the file).


def _media_type(declared: str | None, filename: str) -> str | None:
    """A concrete type from an encoding's ``contentType`` (a list, maybe wildcards)."""
    if not declared:
        return None
    candidates = [c.strip() for c in declared.split(",") if c.strip()]
    for candidate in candidates:
        if "*" not in candidate:
            return candidate
    guessed = mimetypes.guess_type(filename)[0]
    if guessed is None:
        return None
    for pattern in candidates:
        if pattern.split(";")[0].strip() in ("*/*", guessed.split("/")[0] + "/*"):
            return guessed
    return None


def _is_file(value: Any) -> bool:
    return isinstance(value, (bytes, bytearray, memoryview, os.PathLike)) or hasattr(value, "read")


def _file_part(field: str, value: Any, declared: str | None) -> tuple[str, Any, str]:
    filename: str | None = None
    content_type: str | None = None
    if isinstance(value, tuple):
        if len(value) == 2:
            filename, content = value
        elif len(value) == 3:
            filename, content, content_type = value
        else:
            raise TypeError(f"file {field!r}: expected (filename, content[, content_type])")
    else:
        content = value
    body: Any
    if isinstance(content, os.PathLike):
        path = os.fsdecode(os.fspath(content))
        default_name = os.path.basename(path)
        body = _PathReader(path)
    elif isinstance(content, (bytes, bytearray, memoryview)):
        default_name = field
        body = bytes(content)
    elif hasattr(content, "read") and not isinstance(content, io.TextIOBase):
        name = getattr(content, "name", None)
        if isinstance(name, bytes):
            name = os.fsdecode(name)
        default_name = os.path.basename(name) if isinstance(name, str) and name else field
        body = content
    else:
        raise TypeError(
            f"file {field!r}: expected bytes, a pathlib.Path or a file opened in binary"
            f" mode, not {type(content).__name__}"
        )
    filename = filename or default_name or field
    content_type = content_type or _media_type(declared, filename) or OCTET_STREAM
    return filename, body, content_type


def _json_bytes(value: Any) -> bytes:
    return pydantic.TypeAdapter(Any).dump_json(value, by_alias=True, exclude_unset=True)


def _value_part(value: Any, declared: str | None) -> tuple[None, Any] | tuple[None, Any, str]:
    declared = _media_type(declared, "")
    if isinstance(value, (Mapping, pydantic.BaseModel)) or _qs._is_sequence(value):
        json_type = declared if declared and "json" in declared else JSON
        return (None, _json_bytes(value), json_type)
    if declared:
        return (None, _qs.scalar(value), declared)
    return (None, _qs.scalar(value))


def multipart_parts(
    fields: Mapping[str, Any],
    *,
    file_fields: Collection[str],
    encoding: Mapping[str, str] | None = None,
) -> list[tuple[str, Any]]:
    """``multipart/form-data`` parts for ``httpx.Request(files=...)``.

    Fields named in ``file_fields`` hold a file (see ``FileTypes``) or a list of
    files: each becomes a part with a filename (the tuple's, a path's or open
    file's base name, else the field name) and a content type (the tuple's, the
    field's ``encoding`` content type, else ``application/octet-stream``).
    Other values: scalars become text parts (booleans ``true``/``false``), lists
    repeated parts, objects and models JSON parts; ``None`` is left out.
    ``encoding`` maps a field name to its OpenAPI encoding ``contentType``.
    """
    declared = encoding or {}
    parts: list[tuple[str, Any]] = []
    for name, value in fields.items():
        if value is None:
            continue
        if name in file_fields or _is_file(value):
            files = value if isinstance(value, list) else [value]
            parts.extend(
                (name, _file_part(name, item, declared.get(name)))
                for item in files
                if item is not None
            )
            continue
        value = _qs.plain(value)
        items = value if _qs._is_sequence(value) else [value]
        for item in items:
            if item is None:
                continue
            if _is_file(item):
                parts.append((name, _file_part(name, item, declared.get(name))))
            else:
                parts.append((name, _value_part(_qs.plain(item), declared.get(name))))
    return parts


def form_pairs(
    fields: Mapping[str, Any], *, styles: Mapping[str, tuple[str, bool]] | None = None
) -> list[tuple[str, str]]:
    """``application/x-www-form-urlencoded`` pairs, in order.

    Send them as ``content=urllib.parse.urlencode(pairs)`` with that content type
    (httpx's ``data=`` takes a mapping, which would regroup repeated keys).

    Each field is serialised like a query parameter with its ``(style, explode)``
    from ``styles`` (default ``("form", True)``: arrays as repeated keys, objects
    as one key per property); ``None`` is left out.
    """
    pairs: list[tuple[str, str]] = []
    for name, value in fields.items():
        style, explode = (styles or {}).get(name, ("form", True))
        pairs.extend(_qs.query_pairs(name, value, style, explode))
    return pairs
