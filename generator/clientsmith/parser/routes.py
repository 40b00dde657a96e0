"""Where each operation lives on the client and what its method is called.

Users of vendor SDKs write ``client.messages.batches.list()`` and
``client.agents.calls.retrieve(call_id)``: resources follow the path (or the tag
when a spec tags well), and methods follow REST conventions where the
operationId is machine-made, keeping its meaning where it says more. Every
choice can be overridden in the provider config.

The plan is computed from all operations at once but each name depends only on
the operation's own path, its neighbours under the same path prefix and the
operationId, so adding an operation elsewhere never renames an existing one.
"""

from __future__ import annotations

import fnmatch
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from ..config import Config
from ..naming import snake_case, words_of

Shape = Literal["collection", "item", "endpoint"]
"""What the path's last segment is: a collection, one item of it, or a single-purpose endpoint."""

_VERSION_SEGMENT = re.compile(
    r"^(v\d+([._]\d+)*(alpha\d*|beta\d*)?|api|rest|\d+(\.\d+)*)$", re.IGNORECASE
)
_HTTP_VERBS = frozenset({"get", "post", "put", "patch", "delete", "head", "options", "trace"})
_CRUD_WORDS = frozenset(
    {"get", "list", "create", "update", "delete", "retrieve", "fetch", "read", "remove"}
    | {"post", "put", "patch", "modify", "new", "add", "all"}
)
_PREPOSITIONS = frozenset({"for", "by", "of", "in", "on", "from", "to", "with", "and"})
_CONVENTION: dict[Shape, dict[str, str]] = {
    "collection": {"post": "create", "put": "update", "patch": "update", "delete": "delete"},
    "item": {"get": "retrieve", "post": "update", "put": "update", "patch": "update"}
    | {"delete": "delete"},
    "endpoint": {"get": "get", "post": "create", "put": "update", "patch": "update"}
    | {"delete": "delete"},
}


@dataclass(frozen=True)
class RouteInput:
    """What routing needs to know of one operation."""

    operation_id: str
    method: str
    path: str
    """As written in the spec, including a ``?beta=true`` style suffix."""
    tags: tuple[str, ...]
    list_shaped: bool
    """A GET returning an array or a page of items."""
    creates: bool
    """A POST that makes a new item (201, or an answer with an ``id``)."""
    derived_id: bool
    """The spec gave no operationId; it was made from the method and path."""


@dataclass(frozen=True)
class Route:
    """The chosen place and name of one operation."""

    resource: tuple[str, ...]
    """Attribute names from the client down to the resource (``("beta", "deployments")``)."""
    method_name: str
    path: str
    """The path without its fixed query suffix."""
    fixed_query: tuple[tuple[str, str], ...]
    """Query parameters the path itself carries (``?beta=true``), always sent."""
    shape: Shape


def split_fixed_query(path: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """``/v1/models?beta=true`` -> (``/v1/models``, ((``beta``, ``true``),))."""
    base, sep, query = path.partition("?")
    if not sep:
        return path, ()
    pairs: list[tuple[str, str]] = []
    for item in query.split("&"):
        key, equals, value = item.partition("=")
        if not key or not equals or "{" in item:
            return path, ()  # not a query string: the path just contains a "?"
        pairs.append((key, value))
    return base, tuple(pairs)


def _is_param(segment: str) -> bool:
    return segment.startswith("{") and segment.endswith("}")


def _segments(path: str) -> list[str]:
    """Path segments without the leading version-like ones (``v1``, ``api``)."""
    parts = [s for s in path.strip("/").split("/") if s]
    while parts and not _is_param(parts[0]) and _VERSION_SEGMENT.match(parts[0]):
        parts.pop(0)
    return parts


def singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def _word_forms(text: str) -> set[str]:
    words = [w.lower() for w in words_of(text)]
    return set(words) | {singular(w) for w in words}


@dataclass
class _Node:
    children: set[str] = field(default_factory=set)
    list_get: bool = False
    creating_post: bool = False
    methods: list[str] = field(default_factory=list)


def _plural(segment: str) -> bool:
    words = words_of(segment)
    last = words[-1].lower() if words else ""
    return last.endswith("s") and not last.endswith("ss")


class _Trie:
    """Path prefixes (parameters folded to ``{}``) and what lies under each."""

    def __init__(self) -> None:
        self.nodes: dict[tuple[str, ...], _Node] = defaultdict(_Node)

    @staticmethod
    def key(segments: Sequence[str]) -> tuple[str, ...]:
        return tuple("{}" if _is_param(s) else s for s in segments)

    def add(self, group: tuple[str, ...], segments: Sequence[str], op: RouteInput) -> None:
        key = group + self.key(segments)
        for depth in range(len(group), len(key)):
            self.nodes[key[:depth]].children.add(key[depth])
        node = self.nodes[key]
        node.methods.append(op.method)
        node.list_get = node.list_get or (op.method == "get" and op.list_shaped)
        node.creating_post = node.creating_post or op.creates

    def is_collection(self, key: tuple[str, ...]) -> bool:
        """Has items or sub-paths; or, as a leaf, is a plural noun that lists or creates.

        ``/charges/search``, ``/tts/bytes`` and ``/batches/{id}/cancel`` are methods of
        their parent; ``/agents/{id}/deployments`` and ``/billing_portal/sessions`` are
        sub-resources.
        """
        node = self.nodes.get(key)
        if node is None:
            return False
        if node.children:
            return True
        if not _plural(key[-1]):
            return False
        after_item = len(key) > 1 and key[-2] == "{}"
        return node.list_get or node.creating_post or (after_item and "post" in node.methods)


def _group_of(path: str, fixed: tuple[tuple[str, str], ...], config: Config) -> tuple[str, ...]:
    """``client.beta`` for a ``?beta=true`` suffix or a configured group pattern."""
    for name, patterns in sorted(config.groups.items()):
        if any(fnmatch.fnmatchcase(path, pattern) for pattern in patterns):
            return tuple(name.split("."))
    if ("beta", "true") in fixed:
        return ("beta",)
    return ()


def _tags_used_well(ops: Sequence[RouteInput]) -> bool:
    """Tags group resources when (nearly) every operation has one and there are several."""
    tagged = [op for op in ops if op.tags]
    return len(tagged) * 10 >= len(ops) * 9 and len({op.tags[0] for op in tagged}) >= 2


def _machine_made(ops: Sequence[RouteInput]) -> bool:
    """Most operationIds only restate the method and path (``GetCustomersCustomer``)."""
    if not ops:
        return False
    derived = 0
    for op in ops:
        words = {w.lower() for w in words_of(op.operation_id)}
        path_words = _word_forms(split_fixed_query(op.path)[0].replace("/", " ")) | {op.method}
        if op.derived_id or words <= path_words | {"by"}:
            derived += 1
    return derived * 10 >= len(ops) * 6


def _anchor(segments: Sequence[str], tag: str) -> int | None:
    """Index of the path segment a tag names (``issues`` in ``/repos/{o}/{r}/issues``)."""
    forms = _word_forms(tag)
    target = snake_case(tag)
    for index, segment in enumerate(segments):
        if _is_param(segment):
            continue
        if (
            snake_case(segment) == target
            or singular(snake_case(segment)) in forms
            and (len(words_of(segment)) == 1 and len(words_of(tag)) == 1)
        ):
            return index
    return None


@dataclass(frozen=True)
class _Placement:
    chain: tuple[str, ...]
    """Resource names as the spec writes them (tag or path segments)."""
    shape: Shape
    endpoint: str | None
    param_words: frozenset[str]
    anchored: bool = True
    """The resource's name appears in the path (False: a tag no segment matches)."""


def _place(
    op: RouteInput, group: tuple[str, ...], trie: _Trie, by_tag: bool, segments: list[str]
) -> _Placement:
    params = frozenset(w for s in segments if _is_param(s) for w in _word_forms(s.strip("{}")))
    start = 0
    head: list[str] = []
    if by_tag and op.tags:
        anchor = _anchor(segments, op.tags[0])
        head = [op.tags[0]]
        if anchor is None:
            shape: Shape = "item" if segments and _is_param(segments[-1]) else "collection"
            return _Placement(tuple(head), shape, None, params, anchored=False)
        start = anchor + 1
    else:
        first = next((i for i, s in enumerate(segments) if not _is_param(s)), None)
        if first is None:
            return _Placement(("default",), "collection", None, params)
        head = [segments[first]]
        start = first + 1
    chain = list(head)
    endpoint: str | None = None
    for index in range(start, len(segments)):
        segment = segments[index]
        if _is_param(segment):
            continue
        if trie.is_collection(group + trie.key(segments[: index + 1])):
            chain.append(segment)
        else:
            endpoint = segment
    if endpoint is not None:
        shape = "endpoint"
    elif segments and _is_param(segments[-1]):
        shape = "item"
    else:
        shape = "collection"
    return _Placement(tuple(chain), shape, endpoint, params)


def method_name(
    op: RouteInput,
    placement: _Placement,
    *,
    machine_made: bool,
    shared_endpoint: bool,
) -> str:
    """The method's name: the operationId's own meaning, else the REST convention.

    The resource's own words lead the operationId (``issues/list-for-repo``) and are
    dropped; what is left is kept unless it is only a CRUD verb (``messages_post``,
    ``beta_models_list``, ``agents_get-call``), which the convention replaces.
    """
    resource_words: set[str] = {"beta", "true", "api"}
    for name in placement.chain:
        resource_words |= _word_forms(name)
    words = [] if op.derived_id else [w.lower() for w in words_of(op.operation_id)]
    rest = list(words)
    while rest and (rest[0] in resource_words or _VERSION_SEGMENT.match(rest[0])):
        rest.pop(0)
    verb: str | None = None
    if rest and (rest[0] in _CRUD_WORDS or rest[0] in _HTTP_VERBS):
        verb = rest.pop(0)
    strip = resource_words | {"by", "id"}
    if placement.anchored:
        strip |= placement.param_words
    while rest and rest[0] in strip:
        rest.pop(0)
    if placement.chain:  # get-all-codes-of-conduct on codes_of_conduct: get_all
        rest = _without_trailing_name(rest, placement.chain[-1])
    if len(rest) > 2 and placement.chain:  # replaceWidgetTags on widgets: replace_tags
        rest = [rest[0], *_without_name(rest[1:-1], placement.chain[-1]), rest[-1]]
    trailing_verb = verb is None and bool(rest) and rest[-1] == op.method
    if trailing_verb:
        verb = rest.pop()
    generic = list(rest)
    while generic and (generic[-1] in resource_words or generic[-1] in _PREPOSITIONS):
        generic.pop()
    endpoint_words = [w.lower() for w in words_of(placement.endpoint or "")]
    if not generic or (verb is not None and shared_endpoint and generic == endpoint_words):
        return _convention(op, placement, shared_endpoint)
    if verb is None and len(generic) == 1:
        return generic[0]  # pauseAgent in agents: pause
    while rest and rest[-1] in _PREPOSITIONS:
        rest.pop()
    if trailing_verb and verb is not None and not machine_made:
        return "_".join([*rest, verb])  # sessionProxyGet: proxy_get, like its siblings
    if verb is None or verb in ("post", "put", "patch") or (verb == "get" and machine_made):
        return "_".join(rest)
    return "_".join([verb, *rest])


def _without_trailing_name(words: list[str], name: str) -> list[str]:
    """``words`` without the resource's own multi-word name at their end."""
    own = [w.lower() for w in words_of(name)]
    if len(own) < 2:
        return words
    for form in (own, [*own[:-1], singular(own[-1])]):
        if len(words) > len(form) and words[-len(form) :] == form:
            return words[: -len(form)]
    return words


def _without_name(words: list[str], name: str) -> list[str]:
    """``words`` without the resource's own name (``widget`` or ``widgets``) inside them."""
    own = [w.lower() for w in words_of(name)]
    forms = [own, [*own[:-1], singular(own[-1])]] if own else []
    for form in forms:
        for start in range(len(words) - len(form) + 1):
            if words[start : start + len(form)] == form:
                return words[:start] + words[start + len(form) :]
    return words


def _convention(op: RouteInput, placement: _Placement, shared_endpoint: bool) -> str:
    if placement.shape == "endpoint" and placement.endpoint is not None:
        segment = snake_case(placement.endpoint)
        if not shared_endpoint:
            return segment
        return f"{_CONVENTION['endpoint'].get(op.method, op.method)}_{segment}"
    if placement.shape == "collection" and op.method == "get":
        return "list" if op.list_shaped else "retrieve"
    return _CONVENTION[placement.shape].get(op.method, op.method)


def plan(ops: Sequence[RouteInput], config: Config) -> list[Route]:
    """A route per operation, in the order given."""
    trie = _Trie()
    prepared: list[tuple[str, tuple[tuple[str, str], ...], tuple[str, ...], list[str]]] = []
    for op in ops:
        path, fixed = split_fixed_query(op.path)
        group = _group_of(path, fixed, config)
        segments = _segments(path)
        trie.add(group, segments, op)
        prepared.append((path, fixed, group, segments))
    by_tag = config.group_by == "tag" or (config.group_by == "auto" and _tags_used_well(ops))
    machine = _machine_made(ops)
    placements = [
        _place(op, group, trie, by_tag, segments)
        for op, (_, _, group, segments) in zip(ops, prepared, strict=True)
    ]
    endpoint_counts: dict[tuple[tuple[str, ...], tuple[str, ...], str], int] = defaultdict(int)
    for (_, _, group, _), placement in zip(prepared, placements, strict=True):
        if placement.endpoint is not None:
            endpoint_counts[(group, placement.chain, placement.endpoint)] += 1
    routes: list[Route] = []
    for op, (path, fixed, group, _), placement in zip(ops, prepared, placements, strict=True):
        configured = config.operations.get(op.operation_id)
        shared = (
            placement.endpoint is not None
            and endpoint_counts[(group, placement.chain, placement.endpoint)] > 1
        )
        name = method_name(op, placement, machine_made=machine, shared_endpoint=shared)
        chain = group + placement.chain
        if configured and configured.resource:
            chain = tuple(configured.resource.split("."))
        if configured and configured.name:
            name = configured.name
        routes.append(Route(chain, name, path, fixed, placement.shape))
    return routes


def fallback_name(op: RouteInput, resource: tuple[str, ...]) -> str:
    """The operationId minus the resource's own words: used where two methods would clash."""
    forms: set[str] = set()
    for name in resource:
        forms |= _word_forms(name)
    words = [w.lower() for w in words_of(op.operation_id)]
    kept = [w for w in words if w not in forms]
    if op.derived_id or not kept:
        kept = [op.method, *(w for w in words_of(split_fixed_query(op.path)[0]) if w not in forms)]
    return "_".join(kept) or op.method
