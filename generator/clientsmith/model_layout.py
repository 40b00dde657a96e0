"""How models are laid out in a package: one ``models.py``, or a lazily imported package.

Small APIs read best as one module. Large ones (GitHub's spec has over 6,000 schemas)
would take seconds to import that way, so their models are split into one module per
component schema or operation (with the models inlined in it), merging groups that refer
to each other in a cycle: the modules form a DAG, so every module can import what it
references at the top without import cycles, and ``models/__init__.py`` loads a module
only when one of its names is first used.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from . import ir
from .naming import UniqueNames, snake_case

PACKAGE_THRESHOLD = 200
"""More definitions than this and ``auto`` chooses the package layout."""


def references(item: ir.Definition) -> set[str]:
    """Names of the definitions ``item`` refers to directly."""
    found: set[str] = set()
    stack: list[ir.TypeExpr] = []
    if isinstance(item, ir.ObjectModel):
        stack.extend(p.type for p in item.properties)
        if item.extra is not None:
            stack.append(item.extra)
    elif isinstance(item, ir.UnionModel):
        stack.extend(item.variants)
    elif isinstance(item, ir.AliasModel):
        stack.append(item.target)
    while stack:
        expr = stack.pop()
        if isinstance(expr, ir.NamedType):
            found.add(expr.name)
        elif isinstance(expr, ir.ArrayType):
            stack.append(expr.items)
        elif isinstance(expr, ir.MapType):
            stack.append(expr.values)
        elif isinstance(expr, ir.NullableType):
            stack.append(expr.inner)
        elif isinstance(expr, ir.UnionType):
            stack.extend(expr.variants)
    return found


def ordered(definitions: Iterable[ir.Definition]) -> list[ir.Definition]:
    """Enums, then classes, then aliases with dependencies first: the order runtime needs.

    Classes may refer to anything (annotations are strings), but an alias is evaluated
    when its module runs, so what it names must already exist.
    """
    items = list(definitions)
    aliases = {d.name: d for d in items if isinstance(d, (ir.UnionModel, ir.AliasModel))}
    placed: list[ir.Definition] = []
    seen: set[str] = set()
    for name in aliases:
        stack: list[tuple[str, bool]] = [(name, False)]
        while stack:
            current, expanded = stack.pop()
            if expanded:
                if current not in seen:
                    seen.add(current)
                    placed.append(aliases[current])
                continue
            if current in seen:
                continue
            stack.append((current, True))
            deps = sorted(references(aliases[current]) & aliases.keys() - seen, reverse=True)
            stack.extend((dep, False) for dep in deps if dep != current)
    enums = [d for d in items if isinstance(d, ir.EnumModel)]
    classes = [d for d in items if isinstance(d, ir.ObjectModel)]
    return [*enums, *classes, *placed]


def strongly_connected(definitions: list[ir.Definition]) -> list[list[str]]:
    """Groups of definitions that refer to each other, directly or through others."""
    known = {d.name for d in definitions}
    return components({d.name: sorted(references(d) & known) for d in definitions})


def components(graph: dict[str, list[str]]) -> list[list[str]]:
    """Tarjan's algorithm, iteratively (chains of thousands of schemas exist)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    groups: list[list[str]] = []
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work: list[tuple[str, int]] = [(root, 0)]
        while work:
            node, child = work.pop()
            if child == 0:
                index[node] = low[node] = counter
                counter += 1
                stack.append(node)
                on_stack.add(node)
            edges = graph[node]
            if child < len(edges):
                work.append((node, child + 1))
                target = edges[child]
                if target not in index:
                    work.append((target, 0))
                elif target in on_stack:
                    low[node] = min(low[node], index[target])
                continue
            if low[node] == index[node]:
                group: list[str] = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                groups.append(sorted(group))
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
    return groups


@dataclass(frozen=True)
class ModelModule:
    """One module of the models package."""

    name: str
    definitions: tuple[ir.Definition, ...]
    imports: tuple[tuple[str, tuple[str, ...]], ...]
    """(sibling module, names) pairs this module imports."""


def owner(origin: str) -> str:
    """The component schema or operation whose spec text a definition comes from.

    ``spec.json#/components/schemas/repo/properties/owner`` ->
    ``spec.json#/components/schemas/repo``: a schema and the models inlined in it share a
    module, so a reviewer finds them together and a large API needs a few thousand files
    fewer.
    """
    file, _, pointer = origin.partition("#")
    return file + "#" + "/".join(pointer.split("/")[:4])


def split(api: ir.Api) -> list[ModelModule]:
    """One module per component schema or operation, with the models inlined in it.

    Groups that refer to each other in a cycle become one module, so modules form a DAG
    and each imports what it uses at the top. A module is named after the model nearest
    the root of its spec text (the schema itself rather than a part inlined in it), which
    stays put as the schema grows.
    """
    by_name = {d.name: d for d in api.definitions}
    refs = {d.name: references(d) for d in api.definitions}
    members: dict[str, list[str]] = {}
    for item in api.definitions:
        members.setdefault(owner(item.origin) if item.origin else item.name, []).append(item.name)
    group_of = {name: key for key, names in members.items() for name in names}
    graph = {
        key: sorted({group_of[r] for n in names for r in refs[n] if r in group_of})
        for key, names in members.items()
    }
    merged = [sorted(n for key in cycle for n in members[key]) for cycle in components(graph)]
    stems = {tuple(group): _stem(group, by_name) for group in merged}
    groups = sorted(merged, key=lambda group: (stems[tuple(group)], group))
    names = UniqueNames({"__init__"})
    module_of: dict[str, str] = {}
    for group in groups:
        module = names.claim("_" + (snake_case(stems[tuple(group)]) or "model"))
        for member in group:
            module_of[member] = module
    modules: list[ModelModule] = []
    for group in groups:
        module = module_of[group[0]]
        needed: dict[str, set[str]] = {}
        for member in group:
            for ref in refs[member]:
                owner_module = module_of.get(ref)
                if owner_module is not None and owner_module != module:
                    needed.setdefault(owner_module, set()).add(ref)
        imports = tuple((m, tuple(sorted(n))) for m, n in sorted(needed.items()))
        modules.append(ModelModule(module, tuple(ordered(by_name[m] for m in group)), imports))
    return modules


def _stem(group: list[str], by_name: dict[str, ir.Definition]) -> str:
    """The model nearest the group's root in the spec: the schema itself, not its parts."""
    return min(group, key=lambda name: (len(by_name[name].origin), name))


def use_package(api: ir.Api, layout: str) -> bool:
    if layout == "package":
        return True
    if layout == "module":
        return False
    return len(api.definitions) > PACKAGE_THRESHOLD
