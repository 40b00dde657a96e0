"""Swagger 2.0 -> an equivalent OpenAPI 3.0 document, with a map back to 2.0 pointers.

The parser only understands OpenAPI 3.x, so a 2.0 document is converted once,
right after loading. Parts that keep their shape stay where they are
(``/definitions`` and ``$ref``s into it are untouched), and every part that
moves is recorded in a ``PointerMap`` so diagnostics still name the place in the
file the user wrote.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .diagnostics import join_pointer

OPENAPI_VERSION = "3.0.3"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch")
MAX_SCHEMA_DEPTH = 500
"""Deeper schemas are copied unconverted; the parser gives up long before this."""

_PARAMETER_SCHEMA_KEYS = (
    "type",
    "format",
    "items",
    "default",
    "maximum",
    "exclusiveMaximum",
    "minimum",
    "exclusiveMinimum",
    "maxLength",
    "minLength",
    "pattern",
    "maxItems",
    "minItems",
    "uniqueItems",
    "enum",
    "multipleOf",
    "x-nullable",
)
_SCHEMA_MAPS = frozenset({"properties", "patternProperties", "definitions"})
_SCHEMA_LISTS = frozenset({"allOf", "anyOf", "oneOf", "items"})
_SCHEMA_VALUES = frozenset({"items", "additionalProperties", "not"})
_COLLECTION_FORMATS = {
    # collectionFormat -> (style, explode) for query/cookie; path and header use simple.
    "csv": ("form", False),
    "ssv": ("spaceDelimited", False),
    "pipes": ("pipeDelimited", False),
    "tsv": ("form", False),
    "multi": ("form", True),
}


@dataclass
class PointerMap:
    """Converted-document pointer prefixes -> the 2.0 pointers they came from."""

    prefixes: dict[str, str] = field(default_factory=dict)

    def add(self, converted: str, original: str) -> None:
        if converted != original:
            self.prefixes[converted] = original

    def original(self, pointer: str) -> str:
        """The 2.0 pointer for a pointer into the converted document."""
        cut = len(pointer)
        while True:
            prefix = pointer[:cut]
            if prefix in self.prefixes:
                return self.prefixes[prefix] + pointer[cut:]
            cut = pointer.rfind("/", 0, cut)
            if cut < 0:
                return pointer


def is_swagger2(document: Any) -> bool:
    return isinstance(document, dict) and str(document.get("swagger", "")).startswith("2")


def convert(document: dict[str, Any]) -> tuple[dict[str, Any], PointerMap]:
    """The OpenAPI 3.0 equivalent of a Swagger 2.0 document and its pointer map."""
    return _Converter(document).run()


def convert_schema(value: Any, depth: int = 0) -> Any:
    """A 2.0 schema in 3.0 terms: ``x-nullable``, ``type: file``, string discriminators.

    Only schema positions are visited, so a property called ``type`` or an enum value
    ``file`` stays as it is.
    """
    if depth > MAX_SCHEMA_DEPTH or not isinstance(value, dict):
        return value
    result: dict[str, Any] = {}
    for key, item in value.items():
        if key in _SCHEMA_MAPS and isinstance(item, dict):
            result[key] = {name: convert_schema(s, depth + 1) for name, s in item.items()}
        elif key in _SCHEMA_LISTS and isinstance(item, list):
            result[key] = [convert_schema(s, depth + 1) for s in item]
        elif key in _SCHEMA_VALUES:
            result[key] = convert_schema(item, depth + 1)
        elif key == "discriminator" and isinstance(item, str):
            result[key] = {"propertyName": item}
        elif key == "type" and item == "file":
            result["type"] = "string"
            result["format"] = "binary"
        else:
            result[key] = item
    if value.get("x-nullable") is True:
        result["nullable"] = True
    return result


class _Converter:
    """One conversion: the 2.0 document, its global media types, the pointers it moved."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.source = document
        self.pointers = PointerMap()
        self.consumes = _media_list(document.get("consumes"))
        self.produces = _media_list(document.get("produces"))

    def run(self) -> tuple[dict[str, Any], PointerMap]:
        source = self.source
        result: dict[str, Any] = {"openapi": OPENAPI_VERSION}
        for key, value in source.items():
            if key in ("swagger", "host", "basePath", "schemes", "consumes", "produces"):
                continue
            if key == "definitions" and isinstance(value, dict):
                result[key] = {name: convert_schema(s) for name, s in value.items()}
            elif key == "parameters" and isinstance(value, dict):
                result[key] = {
                    name: self._shared_parameter(p, join_pointer("/parameters", name))
                    for name, p in value.items()
                }
            elif key == "responses" and isinstance(value, dict):
                result[key] = {
                    name: self._response(r, self.produces, join_pointer("/responses", name))
                    for name, r in value.items()
                }
            elif key == "paths" and isinstance(value, dict):
                result[key] = {
                    path: self._path_item(item, join_pointer("/paths", path))
                    for path, item in value.items()
                }
            elif key == "securityDefinitions":
                continue
            else:
                result[key] = value
        servers = self._servers()
        if servers:
            result["servers"] = servers
        schemes = source.get("securityDefinitions")
        if isinstance(schemes, dict):
            result["components"] = {
                "securitySchemes": {
                    name: _security_scheme(scheme) for name, scheme in schemes.items()
                }
            }
            self.pointers.add("/components/securitySchemes", "/securityDefinitions")
        return result, self.pointers

    # ------------------------------------------------------------ top level

    def _servers(self) -> list[dict[str, str]]:
        host = self.source.get("host")
        base = self.source.get("basePath")
        base = base if isinstance(base, str) else ""
        if not isinstance(host, str) or not host:
            return [{"url": base}] if base else []
        schemes = self.source.get("schemes")
        if not isinstance(schemes, list) or not schemes:
            schemes = ["https"]
        ordered = sorted(
            {s for s in schemes if isinstance(s, str)}, key=lambda s: (s != "https", s)
        )
        return [{"url": f"{scheme}://{host}{base}"} for scheme in ordered] or [
            {"url": f"https://{host}{base}"}
        ]

    def _resolve_parameter(self, value: Any) -> tuple[Any, str | None]:
        """A parameter, following one local ``#/parameters/…`` ref; and that ref's pointer."""
        if isinstance(value, dict) and isinstance(value.get("$ref"), str):
            ref = value["$ref"]
            prefix = "#/parameters/"
            if ref.startswith(prefix):
                name = ref[len(prefix) :].replace("~1", "/").replace("~0", "~")
                shared = self.source.get("parameters")
                if isinstance(shared, dict) and isinstance(shared.get(name), dict):
                    return shared[name], join_pointer("/parameters", name)
        return value, None

    # ------------------------------------------------------------ parameters

    def _shared_parameter(self, value: Any, pointer: str) -> Any:
        if isinstance(value, dict) and value.get("in") in ("body", "formData"):
            return value  # only ever used by being folded into a request body
        return self._parameter(value, pointer, pointer)

    def _parameter(self, value: Any, converted: str, original: str) -> Any:
        if not isinstance(value, dict) or "$ref" in value:
            return value
        where = value.get("in")
        result = {
            k: v
            for k, v in value.items()
            if k not in _PARAMETER_SCHEMA_KEYS and k not in ("collectionFormat", "allowEmptyValue")
        }
        schema = {k: v for k, v in value.items() if k in _PARAMETER_SCHEMA_KEYS}
        result["schema"] = convert_schema(schema)
        self.pointers.add(join_pointer(converted, "schema"), original)
        fmt = value.get("collectionFormat", "csv")
        if value.get("type") == "array" and isinstance(fmt, str) and fmt in _COLLECTION_FORMATS:
            style, explode = _COLLECTION_FORMATS[fmt]
            if where in ("query", "cookie"):
                result["style"], result["explode"] = style, explode
            else:
                result["style"], result["explode"] = "simple", False
        if value.get("allowEmptyValue") is True and where == "query":
            result["allowEmptyValue"] = True
        return result

    # ------------------------------------------------------------ paths and operations

    def _path_item(self, item: Any, pointer: str) -> Any:
        if not isinstance(item, dict):
            return item
        shared: list[Any] = item["parameters"] if isinstance(item.get("parameters"), list) else []
        result: dict[str, Any] = {}
        for key, value in item.items():
            if key in HTTP_METHODS and isinstance(value, dict):
                result[key] = self._operation(value, shared, pointer, join_pointer(pointer, key))
            elif key == "parameters" and isinstance(value, list):
                result[key] = self._parameter_list(
                    value, join_pointer(pointer, key), join_pointer(pointer, key)
                )
            else:
                result[key] = value
        return result

    def _parameter_list(self, items: list[Any], converted: str, original: str) -> list[Any]:
        """The non-body parameters of a list, converted, with their new indexes mapped."""
        result: list[Any] = []
        for index, raw in enumerate(items):
            value, _ = self._resolve_parameter(raw)
            if isinstance(value, dict) and value.get("in") in ("body", "formData"):
                continue
            new = join_pointer(converted, len(result))
            old = join_pointer(original, index)
            self.pointers.add(new, old)
            result.append(self._parameter(raw, new, old))
        return result

    def _operation(
        self, operation: dict[str, Any], shared: list[Any], path_pointer: str, pointer: str
    ) -> dict[str, Any]:
        consumes = _media_list(operation.get("consumes")) or self.consumes
        produces = _media_list(operation.get("produces")) or self.produces
        result: dict[str, Any] = {}
        for key, value in operation.items():
            if key in ("consumes", "produces", "schemes"):
                continue
            if key == "parameters" and isinstance(value, list):
                result[key] = self._parameter_list(
                    value, join_pointer(pointer, key), join_pointer(pointer, key)
                )
            elif key == "responses" and isinstance(value, dict):
                result[key] = {
                    status: self._response(
                        response, produces, join_pointer(pointer, "responses", status)
                    )
                    for status, response in value.items()
                }
            else:
                result[key] = value
        body = self._request_body(operation, shared, consumes, path_pointer, pointer)
        if body is not None:
            result["requestBody"] = body
        return result

    def _body_parameters(
        self, operation: dict[str, Any], shared: list[Any], path_pointer: str, pointer: str
    ) -> list[tuple[dict[str, Any], str]]:
        """Body and formData parameters with their 2.0 pointers; operation ones win."""
        found: dict[tuple[str, str], tuple[dict[str, Any], str]] = {}
        owners: list[tuple[list[Any], str]] = [(shared, join_pointer(path_pointer, "parameters"))]
        own = operation.get("parameters")
        if isinstance(own, list):
            owners.append((own, join_pointer(pointer, "parameters")))
        for items, base in owners:
            for index, raw in enumerate(items):
                value, ref_pointer = self._resolve_parameter(raw)
                if isinstance(value, dict) and value.get("in") in ("body", "formData"):
                    key = (str(value.get("in")), str(value.get("name")))
                    found[key] = (value, ref_pointer or join_pointer(base, index))
        return list(found.values())

    def _request_body(
        self,
        operation: dict[str, Any],
        shared: list[Any],
        consumes: list[str],
        path_pointer: str,
        pointer: str,
    ) -> dict[str, Any] | None:
        params = self._body_parameters(operation, shared, path_pointer, pointer)
        body_pointer = join_pointer(pointer, "requestBody")
        bodies = [(p, where) for p, where in params if p.get("in") == "body"]
        if bodies:
            param, where = bodies[-1]
            media_types = consumes or ["application/json"]
            self.pointers.add(body_pointer, where)
            for media in media_types:
                self.pointers.add(join_pointer(body_pointer, "content", media), where)
            result: dict[str, Any] = {
                "content": {
                    media: {"schema": convert_schema(param.get("schema", {}))}
                    for media in media_types
                },
                "required": param.get("required") is True,
            }
            if isinstance(param.get("description"), str):
                result["description"] = param["description"]
            return result
        fields = [(p, where) for p, where in params if p.get("in") == "formData"]
        if not fields:
            return None
        return self._form_body(fields, consumes, body_pointer)

    def _form_body(
        self, fields: list[tuple[dict[str, Any], str]], consumes: list[str], body_pointer: str
    ) -> dict[str, Any]:
        has_file = any(p.get("type") == "file" for p, _ in fields)
        multipart = next((m for m in consumes if m.startswith("multipart/")), None)
        urlencoded = next((m for m in consumes if m.startswith("application/x-www-form")), None)
        if has_file or (multipart and not urlencoded):
            media = multipart or "multipart/form-data"
        else:
            media = urlencoded or "application/x-www-form-urlencoded"
        schema_pointer = join_pointer(body_pointer, "content", media, "schema")
        properties: dict[str, Any] = {}
        required: list[str] = []
        for param, where in fields:
            name = str(param.get("name"))
            prop = convert_schema({k: v for k, v in param.items() if k in _PARAMETER_SCHEMA_KEYS})
            if isinstance(param.get("description"), str):
                prop["description"] = param["description"]
            properties[name] = prop
            self.pointers.add(join_pointer(schema_pointer, "properties", name), where)
            if param.get("required") is True:
                required.append(name)
        schema: dict[str, Any] = {"type": "object", "properties": properties}
        if required:
            schema["required"] = required
        self.pointers.add(body_pointer, fields[0][1])
        content: dict[str, Any] = {"schema": schema}
        if media.startswith("application/x-www-form"):
            encoding = _form_encoding(p for p, _ in fields)
            if encoding:
                content["encoding"] = encoding
        return {"content": {media: content}, "required": bool(required)}

    # ------------------------------------------------------------ responses

    def _response(self, response: Any, produces: list[str], pointer: str) -> Any:
        if not isinstance(response, dict) or "$ref" in response:
            return response
        result: dict[str, Any] = {
            k: v for k, v in response.items() if k not in ("schema", "examples", "headers")
        }
        result.setdefault("description", "")
        schema = response.get("schema")
        if isinstance(schema, dict):
            is_file = schema.get("type") == "file"
            media_types = produces or ["application/json"]
            if is_file:
                media_types = [m for m in media_types if not _is_json(m)] or [
                    "application/octet-stream"
                ]
            converted = convert_schema(schema)
            result["content"] = {media: {"schema": converted} for media in media_types}
            for media in media_types:
                self.pointers.add(
                    join_pointer(pointer, "content", media, "schema"),
                    join_pointer(pointer, "schema"),
                )
        headers = response.get("headers")
        if isinstance(headers, dict):
            result["headers"] = {}
            for name, header in headers.items():
                result["headers"][name] = _header(header)
                self.pointers.add(
                    join_pointer(pointer, "headers", name, "schema"),
                    join_pointer(pointer, "headers", name),
                )
        return result


def _form_encoding(params: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """Urlencoded array fields' ``collectionFormat`` (default ``csv``) as 3.x ``encoding``."""
    encoding: dict[str, Any] = {}
    for param in params:
        if param.get("type") != "array":
            continue
        style, explode = _COLLECTION_FORMATS.get(
            str(param.get("collectionFormat", "csv")), ("form", False)
        )
        encoding[str(param.get("name"))] = {"style": style, "explode": explode}
    return encoding


def _header(header: Any) -> Any:
    if not isinstance(header, dict):
        return header
    result = {k: v for k, v in header.items() if k not in _PARAMETER_SCHEMA_KEYS}
    result["schema"] = convert_schema(
        {k: v for k, v in header.items() if k in _PARAMETER_SCHEMA_KEYS}
    )
    result.pop("collectionFormat", None)
    return result


def _security_scheme(scheme: Any) -> Any:
    if not isinstance(scheme, dict):
        return scheme
    kind = scheme.get("type")
    result = {
        k: v
        for k, v in scheme.items()
        if k not in ("flow", "authorizationUrl", "tokenUrl", "scopes")
    }
    if kind == "basic":
        result["type"], result["scheme"] = "http", "basic"
    elif kind == "oauth2":
        flow = {
            "implicit": "implicit",
            "password": "password",
            "application": "clientCredentials",
            "accessCode": "authorizationCode",
        }.get(str(scheme.get("flow")), "implicit")
        details: dict[str, Any] = {"scopes": scheme.get("scopes") or {}}
        for key in ("authorizationUrl", "tokenUrl"):
            if isinstance(scheme.get(key), str):
                details[key] = scheme[key]
        result["flows"] = {flow: details}
    return result


def _media_list(value: Any) -> list[str]:
    if not isinstance(value, list):
        return []
    return [m for m in value if isinstance(m, str) and m.strip()]


def _is_json(media: str) -> bool:
    base = media.split(";", 1)[0].strip().lower()
    return base == "application/json" or base.endswith("+json")
