"""The whole spec -> ``ir.Api``: info, servers, schemas, operations grouped into resources."""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from typing import Any

from .. import ir
from ..config import Config
from ..diagnostics import Diagnostics
from ..loader import Spec
from ..naming import PYTHON_BUILTINS, UniqueNames, attribute_name, class_name, snake_case
from ..reserved import METHOD_RESERVED, RESOURCE_RESERVED, runtime_client_names
from . import pagination
from .context import Context
from .cycles import break_alias_cycles
from .operations import HTTP_METHODS, OperationParser, derived_operation_id
from .schemas import SchemaParser, text_of
from .security import parse_security_schemes

_VERSION_SEGMENT = re.compile(r"^(v\d+(\.\d+)*|api|rest|\d+(\.\d+)*)$", re.IGNORECASE)
_ANNOTATION_NAMES = frozenset({"str", "int", "float", "bool", "bytes", "object"})


def _info(ctx: Context) -> tuple[str, str, str | None]:
    root = ctx.root()
    info = root.get("info")
    value: dict[str, Any] = info.value if info is not None and isinstance(info.value, dict) else {}
    title = value.get("title")
    if not isinstance(title, str) or not title.strip():
        ctx.warn(root.location if info is None else info.location, "info.title is missing")
        title = ctx.config.provider
    version = value.get("version")
    if not isinstance(version, (str, int, float)) or str(version).strip() == "":
        ctx.warn(root.location if info is None else info.location, "info.version is missing")
        version = "0.0.0"
    return title.strip(), str(version), text_of(value.get("description"))


def _servers(ctx: Context) -> tuple[ir.Server, ...]:
    raw = ctx.spec.document.get("servers")
    servers: list[ir.Server] = []
    if isinstance(raw, list):
        for entry in raw:
            if not isinstance(entry, dict) or not isinstance(entry.get("url"), str):
                continue
            url = entry["url"]
            variables = entry.get("variables")
            if isinstance(variables, dict):
                for name, variable in sorted(variables.items()):
                    if isinstance(variable, dict) and "default" in variable:
                        url = url.replace("{" + name + "}", str(variable["default"]))
            servers.append(ir.Server(url.rstrip("/") or "/", text_of(entry.get("description"))))
    return tuple(servers)


def _resource_key(operation: ir.Operation, group_by: str) -> str:
    if group_by == "tag" and operation.tags:
        return operation.tags[0]
    for segment in operation.path.strip("/").split("/"):
        if segment and not segment.startswith("{") and not _VERSION_SEGMENT.match(segment):
            return segment
    return "default"


def _method_base(operation: ir.Operation, resource: str, configured: str | None) -> str:
    if configured:
        return configured
    name = snake_case(operation.operation_id)
    singular = resource.removesuffix("s")
    for prefix in (resource + "_", singular + "_"):
        if name.startswith(prefix) and len(name) > len(prefix):
            name = name[len(prefix) :]
            break
    for suffix in ("_" + resource, "_" + singular):
        if name.endswith(suffix) and len(name) > len(suffix):
            name = name[: -len(suffix)]
            break
    if operation.operation_id == derived_operation_id(operation.method, operation.path):
        # derived from the path: `get_users_by_id` in `users` reads better as `get_by_id`
        name = name.replace(f"_{resource}_", "_", 1)
    return name


def _group(ctx: Context, operations: list[ir.Operation]) -> tuple[ir.Resource, ...]:
    groups: dict[str, list[ir.Operation]] = defaultdict(list)
    for operation in operations:
        configured = ctx.config.operations.get(operation.operation_id)
        key = (
            configured.resource
            if configured and configured.resource
            else _resource_key(operation, ctx.config.group_by)
        )
        groups[key].append(operation)
    reserved = RESOURCE_RESERVED | runtime_client_names()
    attribute_names = UniqueNames(reserved | PYTHON_BUILTINS)
    class_names = UniqueNames(separator="")
    resources: list[ir.Resource] = []
    for key in sorted(groups, key=lambda k: (attribute_name(k), k)):
        attr = attribute_names.claim(attribute_name(key, reserved))
        cls = class_names.claim(class_name(attr) + "Resource")
        method_names = UniqueNames(METHOD_RESERVED | _ANNOTATION_NAMES)
        members = []
        for operation in sorted(groups[key], key=lambda o: (o.path, HTTP_METHODS.index(o.method))):
            configured = ctx.config.operations.get(operation.operation_id)
            base = _method_base(operation, attr, configured.name if configured else None)
            name = method_names.claim(attribute_name(base, METHOD_RESERVED | _ANNOTATION_NAMES))
            members.append(dataclasses.replace(operation, name=name, resource=attr))
        resources.append(ir.Resource(attr, cls, attr, tuple(members)))
    return tuple(resources)


def _client_options(
    ctx: Context, resources: tuple[ir.Resource, ...], schemes: tuple[ir.SecurityScheme, ...]
) -> tuple[tuple[ir.ClientOption, ...], tuple[ir.Resource, ...]]:
    """Required headers that every operation takes become client-wide settings."""
    operations = [op for r in resources for op in r.operations]
    if not operations:
        return (), resources
    common: set[str] | None = None
    for op in operations:
        headers = {
            p.wire_name.lower()
            for p in op.parameters
            if p.location is ir.ParameterLocation.HEADER and p.required
        }
        common = headers if common is None else common & headers
    taken = {s.argument for s in schemes} | {"password"}
    names = UniqueNames(
        taken | {"base_url", "timeout", "max_retries", "http_client", "default_headers"}
    )
    options: dict[str, ir.ClientOption] = {}
    for wire_lower in sorted(common or ()):
        sample = next(
            p for op in operations for p in op.parameters if p.wire_name.lower() == wire_lower
        )
        descriptions = sorted(
            {
                p.description
                for op in operations
                for p in op.parameters
                if p.wire_name.lower() == wire_lower and p.description
            }
        )
        name = names.claim(sample.name)
        options[wire_lower] = ir.ClientOption(
            name=name,
            wire_name=sample.wire_name,
            description=descriptions[0] if len(descriptions) == 1 else None,
            env_var=_env_name(ctx.config.env_prefix, name),
        )
    if not options:
        return (), resources

    def adopt(param: ir.Parameter) -> ir.Parameter:
        option = options.get(param.wire_name.lower())
        if option is None or param.location is not ir.ParameterLocation.HEADER:
            return param
        return dataclasses.replace(
            param, client_option=option.name, required=False, default=_header_default(ctx, param)
        )

    updated = tuple(
        dataclasses.replace(
            r,
            operations=tuple(
                dataclasses.replace(op, parameters=tuple(adopt(p) for p in op.parameters))
                for op in r.operations
            ),
        )
        for r in resources
    )
    return tuple(options.values()), updated


def _env_name(prefix: str, name: str) -> str:
    upper = name.upper()
    return upper if upper.startswith(prefix + "_") else f"{prefix}_{upper}"


def _header_default(ctx: Context, param: ir.Parameter) -> Any:
    """The per-operation default of a client-level header: default, sole enum value, example."""
    if param.default is not ir.UNSET:
        return param.default
    expr = param.type
    if isinstance(expr, ir.LiteralType):
        return expr.value
    if isinstance(expr, ir.NamedType):
        definition = ctx.definitions.get(expr.name)
        if isinstance(definition, ir.EnumModel) and len(definition.members) == 1:
            return definition.members[0].value
    return param.example


def build_api(spec: Spec, config: Config, diagnostics: Diagnostics) -> ir.Api:
    ctx = Context(spec, config, diagnostics)
    schemas = SchemaParser(ctx)
    title, version, description = _info(ctx)
    schemes = parse_security_schemes(ctx)
    _parse_components(ctx, schemas)
    operations = _parse_paths(ctx, schemas, {s.key for s in schemes})
    break_alias_cycles(ctx)
    resources = _group(ctx, operations)
    client_options, resources = _client_options(ctx, resources, schemes)
    resources = tuple(
        dataclasses.replace(
            r,
            operations=tuple(
                dataclasses.replace(
                    op,
                    pagination=pagination.detect(
                        op, ctx.definitions, config.pagination.get(op.operation_id)
                    ),
                )
                for op in r.operations
            ),
        )
        for r in resources
    )
    package = ir.PackageInfo(
        import_name=config.import_name,
        distribution=config.distribution,
        version=config.version,
        client_class=config.client_class,
        async_client_class="Async" + config.client_class,
        description=config.description,
        base_url_env=config.base_url_env,
        provider=config.provider,
        models_layout=config.models_layout,
    )
    operations = [op for r in resources for op in r.operations]
    alternatives = sorted({alt for op in operations for alt in op.security if alt})
    auth_required = bool(operations) and all(
        op.security and all(alt for alt in op.security) for op in operations
    )
    return ir.Api(
        title=title,
        version=version,
        description=description,
        openapi_version=str(spec.source.get("openapi", spec.source.get("swagger", ""))),
        package=package,
        servers=_servers(ctx),
        security_schemes=schemes,
        client_options=client_options,
        definitions=tuple(ctx.definitions[name] for name in sorted(ctx.definitions)),
        resources=resources,
        auth_alternatives=tuple(alternatives),
        auth_required=auth_required,
        omitted=tuple(ctx.omitted),
    )


def _parse_components(ctx: Context, schemas: SchemaParser) -> None:
    components = ctx.root().get("components")
    container = components.get("schemas") if components is not None else None
    if container is None:
        container = ctx.root().get("definitions")
    if container is None or not isinstance(container.value, dict):
        return
    keys = sorted(container.value)
    for key in keys:
        schemas.declare(container.child(key), key)
    for key in keys:
        schemas.define(container.child(key), key)


def _parse_paths(
    ctx: Context, schemas: SchemaParser, known_schemes: set[str]
) -> list[ir.Operation]:
    parser = OperationParser(ctx, schemas)
    paths = ctx.root().get("paths")
    if paths is None or not isinstance(paths.value, dict):
        return []
    operations: list[ir.Operation] = []
    for path in sorted(paths.value):
        if path.startswith("x-"):
            continue  # a specification extension, not a path
        raw_item = paths.child(path)
        try:
            item = ctx.deref(raw_item)
        except ValueError as exc:
            ctx.warn(raw_item.location, str(exc), omitted=f"path {path}")
            continue
        if not isinstance(item.value, dict):
            ctx.warn(item.location, "path item must be an object", omitted=f"path {path}")
            continue
        for method in HTTP_METHODS:
            op_node = item.get(method)
            if op_node is None:
                continue
            if not isinstance(op_node.value, dict):
                ctx.warn(
                    op_node.location,
                    "operation must be an object",
                    omitted=f"{method.upper()} {path}",
                )
                continue
            operations.append(parser.parse(path, method, item, op_node, known_schemes))
    return operations
