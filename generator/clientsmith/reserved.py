"""Names the templates define or import, which spec-derived names must not take.

Kept next to each other so that a template change that introduces a new name
has one obvious place to update.
"""

from __future__ import annotations

import ast
import functools

from .pynames import BUILTIN_NAMES

MODELS_MODULE_NAMES = frozenset(
    {
        # imported or defined in models.py
        "Annotated",
        "Any",
        "BaseModel",
        "ConfigDict",
        "Enum",
        "Field",
        "Literal",
        "Union",
        "UnknownValueEnum",
        "_dt",
        "_uuid",
        # runtime class names re-exported next to models from the package root
        "Client",
        "AsyncClient",
        "APIError",
        "APIStatusError",
        "APIConnectionError",
        "APITimeoutError",
        "APIResponseValidationError",
        "NotGiven",
        "NOT_GIVEN",
        "Timeout",
        "RawResponse",
        "Page",
        "AsyncPage",
    }
) | frozenset(n for n in BUILTIN_NAMES if n[:1].isupper())
"""Class names a schema may not get; a clash adds a ``Model`` suffix.

Capitalised builtins (``Exception``, ``Warning``) are in: pydantic resolves a
field annotation before a later class of that name exists, so it would pick the
builtin.
"""

PYDANTIC_ATTRIBUTES = frozenset(
    {
        "construct",
        "copy",
        "dict",
        "from_orm",
        "json",
        "model_computed_fields",
        "model_config",
        "model_construct",
        "model_copy",
        "model_dump",
        "model_dump_json",
        "model_extra",
        "model_fields",
        "model_fields_set",
        "model_json_schema",
        "model_parametrized_name",
        "model_post_init",
        "model_rebuild",
        "model_validate",
        "model_validate_json",
        "model_validate_strings",
        "parse_file",
        "parse_obj",
        "parse_raw",
        "schema",
        "schema_json",
        "update_forward_refs",
        "validate",
    }
)

ANNOTATION_BUILTINS = frozenset({"str", "int", "float", "bool", "bytes", "list", "dict", "object"})
"""Builtins used in field annotations; a field with such a name would shadow them."""

FIELD_RESERVED = PYDANTIC_ATTRIBUTES | ANNOTATION_BUILTINS

PARAMETER_RESERVED = frozenset(
    {
        "self",
        "models",
        "httpx",
        "extra_headers",
        "extra_query",
        "extra_body",
        "timeout",
        "max_retries",
        "idempotency_key",
        "body",
        "params",
    }
)
"""Names used inside generated method bodies or as per-call options."""

METHOD_RESERVED = frozenset(
    {"with_raw_response", "with_streaming_response", "with_options"}
) | frozenset(n for n in BUILTIN_NAMES if n.startswith("_"))

RESOURCE_RESERVED = frozenset(
    {
        "close",
        "copy",
        "with_options",
        "with_raw_response",
        "with_streaming_response",
        "base_url",
        "timeout",
        "max_retries",
        "request",
    }
)
"""Client attributes a resource group may not be called (see also ``runtime_client_names``)."""


@functools.cache
def runtime_client_names() -> frozenset[str]:
    """Public attributes of the runtime's client classes (``user_agent``, ``request_page``…).

    Read from the runtime's source so that a resource group can never shadow
    whatever the runtime adds later.
    """
    from .freshness import templates_dir

    source = (templates_dir() / "runtime" / "_base_client.py").read_text(encoding="utf-8")
    names: set[str] = set()
    for cls in ast.parse(source).body:
        if not isinstance(cls, ast.ClassDef) or not cls.name.endswith("APIClient"):
            continue
        for node in ast.walk(cls):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node in cls.body:
                names.add(node.name)
            elif (
                isinstance(node, ast.Attribute)
                and isinstance(node.ctx, ast.Store)
                and isinstance(node.value, ast.Name)
                and node.value.id == "self"
            ):
                names.add(node.attr)
            elif (
                isinstance(node, ast.AnnAssign)
                and isinstance(node.target, ast.Name)
                and node in cls.body
            ):
                names.add(node.target.id)
    return frozenset(n for n in names if not n.startswith("_"))


CLIENT_ARGUMENT_RESERVED = frozenset(
    {"self", "base_url", "timeout", "max_retries", "http_client", "default_headers"}
)
