"""The whole spec -> ``ir.Api``: info, servers, schemas, operations grouped into resources."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from .. import ir
from ..config import Config
from ..diagnostics import Diagnostics
from ..loader import Spec
from ..naming import UniqueNames, attribute_name, class_name
from ..reserved import (
    ANNOTATION_BUILTINS,
    CLIENT_ARGUMENT_RESERVED,
    METHOD_RESERVED,
    RESOURCE_RESERVED,
    runtime_client_names,
)
from . import pagination, routes
from .context import Context, Node
from .cycles import break_alias_cycles
from .operations import HTTP_METHODS, OperationDraft, OperationParser
from .schemas import SchemaParser, text_of
from .security import parse_security_schemes
from .servers import operation_server, parse_servers
from .webhooks import WebhookParser, event_union, signing


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


def _list_shaped(draft: OperationDraft, page: ir.Pagination | None, ctx: Context) -> bool:
    """A GET returning an array (directly, through an alias, or as a page of items)."""
    if draft.method != "get":
        return False
    if page is not None:
        return True
    expr = draft.success.type if draft.success is not None else None
    if isinstance(expr, ir.NullableType):
        expr = expr.inner
    if isinstance(expr, ir.NamedType):
        definition = ctx.definitions.get(expr.name)
        if isinstance(definition, ir.ObjectModel):
            return pagination.items_field(definition) is not None
        expr = definition.target if isinstance(definition, ir.AliasModel) else expr
    return isinstance(expr, ir.ArrayType)


def _creates(draft: OperationDraft, ctx: Context) -> bool:
    """A POST answering 201, or with an object that has an ``id``: it makes a new item."""
    if draft.method != "post" or draft.success is None:
        return False
    if draft.success.status == "201":
        return True
    expr = draft.success.type
    if isinstance(expr, ir.NamedType):
        definition = ctx.definitions.get(expr.name)
        if isinstance(definition, ir.ObjectModel):
            return any(p.wire_name == "id" for p in definition.properties)
    return False


def _route_input(draft: OperationDraft, list_shaped: bool, creates: bool) -> routes.RouteInput:
    return routes.RouteInput(
        creates=creates,
        operation_id=draft.operation_id,
        method=draft.method,
        path=draft.path,
        tags=draft.tags,
        list_shaped=list_shaped,
        derived_id=draft.derived_id,
    )


_CLIENT_RESERVED = RESOURCE_RESERVED | ANNOTATION_BUILTINS
_RESOURCE_MEMBER_RESERVED = METHOD_RESERVED | {"with_raw_response", "with_streaming_response"}


def _attribute_path(
    chain: tuple[str, ...], renames: dict[str, str], reserved: frozenset[str]
) -> tuple[str, ...]:
    path: list[str] = []
    for index, raw in enumerate(chain):
        name = attribute_name(raw, reserved if index == 0 else _RESOURCE_MEMBER_RESERVED)
        path.append(renames.get(".".join([*path, name]), name))
    return tuple(path)


def _method_names(
    members: list[tuple[OperationDraft, routes.Route, routes.RouteInput]],
    resource: tuple[str, ...],
    taken: set[str],
) -> list[str]:
    """Preferred names, with the operationId's fuller name where two would clash."""
    preferred = [
        attribute_name(route.method_name, _RESOURCE_MEMBER_RESERVED) for _, route, _ in members
    ]
    counts: dict[str, int] = defaultdict(int)
    for name in preferred:
        counts[name] += 1
    if counts["retrieve"] > 1 and "list" not in counts:
        # GET /sessions answering an object clashes with GET /sessions/{id}: it lists
        collections = [
            i
            for i, (_, route, _) in enumerate(members)
            if preferred[i] == "retrieve" and route.shape == "collection"
        ]
        if len(collections) == 1 and counts["retrieve"] == 2:
            preferred[collections[0]] = "list"
            counts["retrieve"], counts["list"] = 1, 1
    names = UniqueNames(_RESOURCE_MEMBER_RESERVED | taken)
    result = []
    for (draft, _, route_input), name in zip(members, preferred, strict=True):
        if counts[name] > 1 or name in taken:
            name = attribute_name(
                routes.fallback_name(route_input, resource), _RESOURCE_MEMBER_RESERVED
            )
        result.append(names.claim(name))
    return result


def _resources(
    ctx: Context,
    drafts: list[OperationDraft],
    pages: list[ir.Pagination | None],
    adopt: Callable[[ir.Parameter], ir.Parameter],
) -> tuple[ir.Resource, ...]:
    """Place every operation in the resource tree and name it."""
    inputs = [
        _route_input(d, _list_shaped(d, p, ctx), _creates(d, ctx))
        for d, p in zip(drafts, pages, strict=True)
    ]
    planned = routes.plan(inputs, ctx.config)
    reserved = _CLIENT_RESERVED | runtime_client_names()
    by_path: dict[
        tuple[str, ...],
        list[tuple[OperationDraft, routes.Route, routes.RouteInput, ir.Pagination | None]],
    ] = defaultdict(list)
    for draft, route, route_input, page in zip(drafts, planned, inputs, pages, strict=True):
        path = _attribute_path(route.resource, ctx.config.resource_names, reserved)
        by_path[path].append((draft, route, route_input, page))
    for path in list(by_path):
        for depth in range(1, len(path)):
            by_path.setdefault(path[:depth], [])
    children: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for path in sorted(by_path):
        if len(path) > 1:
            children[path[:-1]].append(path[-1])
    class_names = UniqueNames(separator="")
    modules = UniqueNames({"__init__"})
    refs: dict[tuple[str, ...], ir.ResourceRef] = {}
    for path in sorted(by_path):
        refs[path] = ir.ResourceRef(
            name=path[-1],
            class_name=class_names.claim(class_name("_".join(path)) + "Resource"),
            module=modules.claim("_".join(path)),
        )
    resources: list[ir.Resource] = []
    for path in sorted(by_path):
        members = sorted(by_path[path], key=lambda m: (m[1].path, HTTP_METHODS.index(m[0].method)))
        names = _method_names([(d, r, i) for d, r, i, _ in members], path, set(children[path]))
        operations = tuple(
            ir.Operation(
                operation_id=draft.operation_id,
                name=name,
                method=draft.method,
                path=route.path,
                resource=".".join(path),
                summary=draft.summary,
                description=draft.description,
                tags=draft.tags,
                parameters=tuple(adopt(p) for p in draft.parameters),
                request_body=draft.request_body,
                responses=draft.responses,
                success=draft.success,
                errors=draft.errors,
                security=draft.security,
                security_scopes=draft.security_scopes,
                deprecated=draft.deprecated,
                pagination=page,
                fixed_query=route.fixed_query,
                server=draft.server,
                stream=draft.stream if page is None else None,
                origin=draft.origin,
            )
            for (draft, route, _, page), name in zip(members, names, strict=True)
        )
        ref = refs[path]
        resources.append(
            ir.Resource(
                name=ref.name,
                class_name=ref.class_name,
                module=ref.module,
                operations=operations,
                path=path,
                children=tuple(refs[path + (child,)] for child in children[path]),
            )
        )
    return tuple(resources)


def _client_options(
    ctx: Context, drafts: list[OperationDraft], schemes: tuple[ir.SecurityScheme, ...]
) -> tuple[tuple[ir.ClientOption, ...], Callable[[ir.Parameter], ir.Parameter]]:
    """Headers most operations require, or the config names, become client-wide settings.

    Decided per header, so one new operation without the header changes nothing else.
    """
    if not drafts:
        return (), lambda p: p
    counts: dict[str, int] = defaultdict(int)
    for draft in drafts:
        for wire in {
            p.wire_name.lower()
            for p in draft.parameters
            if p.location is ir.ParameterLocation.HEADER and p.required
        }:
            counts[wire] += 1
    configured = {k.lower(): v for k, v in ctx.config.headers.items()}
    chosen = {w for w, n in counts.items() if n * 2 > len(drafts)} | set(configured)
    taken = {name for s in schemes for name in s.arguments} | {"password"}
    names = UniqueNames(taken | CLIENT_ARGUMENT_RESERVED)
    options: dict[str, ir.ClientOption] = {}
    samples = {
        p.wire_name.lower(): p
        for d in reversed(drafts)
        for p in d.parameters
        if p.location is ir.ParameterLocation.HEADER
    }
    for wire_lower in sorted(chosen):
        sample = samples.get(wire_lower)
        setting = configured.get(wire_lower)
        descriptions = sorted(
            {
                p.description
                for d in drafts
                for p in d.parameters
                if p.wire_name.lower() == wire_lower and p.description
            }
        )
        base = (setting.option if setting and setting.option else None) or (
            sample.name if sample else attribute_name(wire_lower)
        )
        name = names.claim(base)
        wire_name = (
            sample.wire_name
            if sample
            else next(k for k in ctx.config.headers if k.lower() == wire_lower)
        )
        options[wire_lower] = ir.ClientOption(
            name=name,
            wire_name=wire_name,
            description=descriptions[0] if len(descriptions) == 1 else None,
            env_var=_env_name(ctx.config.env_prefix, name),
            default=setting.default if setting else None,
        )

    def adopt(param: ir.Parameter) -> ir.Parameter:
        option = options.get(param.wire_name.lower())
        if option is None or param.location is not ir.ParameterLocation.HEADER:
            return param
        default = _header_default(ctx, param)
        if option.default is not None:
            default = option.default
        return dataclasses.replace(
            param, client_option=option.name, required=False, default=default
        )

    return tuple(options.values()), adopt


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
    """The stages in order: info and schemes, schemas, operations, then placement and names."""
    ctx = Context(spec, config, diagnostics)
    schemas = SchemaParser(ctx)
    title, version, description = _info(ctx)
    schemes = parse_security_schemes(ctx)
    _parse_components(ctx, schemas)
    api_servers = parse_servers(ctx, ctx.root())
    callback_owners: list[tuple[str, Node]] = []
    drafts = _parse_paths(ctx, schemas, {s.key for s in schemes}, api_servers, callback_owners)
    webhook_parser = WebhookParser(ctx, schemas)
    webhooks = webhook_parser.webhooks() + webhook_parser.callbacks(callback_owners)
    break_alias_cycles(ctx)
    event, discriminator = event_union(ctx, webhooks)
    webhook_signing = signing(ctx, bool(webhooks))
    pages = [
        pagination.detect(d, ctx.definitions, config.pagination.get(d.operation_id)) for d in drafts
    ]
    client_options, adopt = _client_options(ctx, drafts, schemes)
    resources = _resources(ctx, drafts, pages, adopt)
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
        idempotency_header=config.idempotency_header or None,
    )
    alternatives = sorted({alt for d in drafts for alt in d.security if alt})
    return ir.Api(
        title=title,
        version=version,
        description=description,
        openapi_version=str(spec.source.get("openapi", spec.source.get("swagger", ""))),
        package=package,
        servers=api_servers,
        security_schemes=schemes,
        client_options=client_options,
        definitions=tuple(ctx.definitions[name] for name in sorted(ctx.definitions)),
        resources=resources,
        auth_alternatives=tuple(alternatives),
        omitted=tuple(ctx.omitted),
        webhooks=tuple(webhooks),
        webhook_event=event,
        webhook_discriminator=discriminator,
        webhook_signing=webhook_signing,
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
    ctx: Context,
    schemas: SchemaParser,
    known_schemes: set[str],
    api_servers: tuple[ir.Server, ...],
    callback_owners: list[tuple[str, Node]],
) -> list[OperationDraft]:
    """Every operation under ``paths``; those declaring callbacks go to ``callback_owners``."""
    parser = OperationParser(ctx, schemas)
    paths = ctx.root().get("paths")
    if paths is None or not isinstance(paths.value, dict):
        return []
    operations: list[OperationDraft] = []
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
        path_servers = parse_servers(ctx, item)  # once per path, however many operations
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
            draft = parser.parse(path, method, item, op_node, known_schemes)
            server = operation_server(ctx, path_servers, op_node, api_servers)
            operations.append(dataclasses.replace(draft, server=server))
            if "callbacks" in op_node.value:
                callback_owners.append((draft.operation_id, op_node))
    return operations
