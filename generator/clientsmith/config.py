"""Per-provider generator settings (``specs/<provider>/clientsmith.toml``).

Everything that differs between providers and is not in the spec lives here:
package names, client class, environment variables, naming overrides.
"""

from __future__ import annotations

import dataclasses
import string
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from .diagnostics import Diagnostic, SpecError, join_pointer
from .naming import class_name, package_name

CONFIG_FILE = "clientsmith.toml"
SPEC_FILES = ("openapi.yaml", "openapi.yml", "openapi.json")
RELEASED_DIR = ".released"
"""Inside a provider folder: copies of the spec and config as of the last release."""
CHANGELOG_FILE = "CHANGELOG.md"
"""Inside a provider folder: the released history, copied into the generated package."""


ClientAuth = Literal["basic", "body"]


@dataclass(frozen=True)
class AuthConfig:
    """``[auth.SchemeName]``: how a security scheme's credentials are named and sent."""

    argument: str | None = None
    """The client argument carrying the credential (OAuth2: a ready access token)."""
    env: str | None = None
    """Its environment variable."""
    client_id_env: str | None = None
    """OAuth2 client credentials: the environment variable of the client ID."""
    client_secret_env: str | None = None
    """OAuth2 client credentials: the environment variable of the client secret."""
    client_auth: ClientAuth | None = None
    """OAuth2 client credentials: ``basic`` (HTTP Basic, the default) or ``body`` (form fields)."""


@dataclass(frozen=True)
class OperationConfig:
    name: str | None = None
    """The method name."""
    resource: str | None = None
    """Dotted resource path from the client (``beta.deployments``)."""
    stream: bool | None = None
    """``false``: no ``stream=`` overloads, even with a ``stream`` body flag or an
    event-stream media type next to the JSON answer."""


@dataclass(frozen=True)
class HeaderConfig:
    """A header offered as a client-wide setting (``[client.headers."Name"]``)."""

    option: str | None = None
    """The client argument's name (default: the header's snake_case name)."""
    default: str | None = None
    """Sent when neither the call nor the client sets a value (a pinned version or beta flag)."""


GroupBy = Literal["auto", "tag", "path"]


@dataclass(frozen=True)
class WebhooksConfig:
    """How the API signs the webhook requests it sends (``[webhooks]``); None = not given.

    Any key given here overrides what the spec's ``x-speakeasy-webhooks`` says.
    """

    scheme: str | None = None
    """``standard-webhooks``: the defaults of the Standard Webhooks specification."""
    signature_header: str | None = None
    algorithm: str | None = None
    encoding: str | None = None
    signature_prefix: str | None = None
    signed_content: str | None = None
    timestamp_header: str | None = None
    tolerance: int | None = None
    id_header: str | None = None
    secret_env: str | None = None
    secret_encoding: str | None = None
    secret_prefix: str | None = None

    @property
    def given(self) -> bool:
        return any(getattr(self, f.name) is not None for f in dataclasses.fields(self))


STANDARD_WEBHOOKS = WebhooksConfig(
    signature_header="webhook-signature",
    algorithm="sha256",
    encoding="base64",
    signature_prefix="v1,",
    signed_content="{id}.{timestamp}.{body}",
    timestamp_header="webhook-timestamp",
    id_header="webhook-id",
    secret_encoding="base64",
    secret_prefix="whsec_",
)
"""https://www.standardwebhooks.com: ``webhook-id``, ``webhook-timestamp``, ``webhook-signature``."""

_WEBHOOK_CHOICES: dict[str, tuple[str, ...]] = {
    "scheme": ("standard-webhooks",),
    "algorithm": ("sha1", "sha256", "sha512"),
    "encoding": ("hex", "base64"),
    "secret_encoding": ("text", "hex", "base64"),
}


@dataclass(frozen=True)
class PaginationConfig:
    style: str | None = None
    """``cursor``, ``offset`` or ``none`` to switch detection off."""
    items: str | None = None
    request_parameter: str | None = None
    response_field: str | None = None


@dataclass(frozen=True)
class Config:
    provider: str
    import_name: str
    distribution: str
    version: str
    description: str
    client_class: str
    env_prefix: str
    group_by: GroupBy = "auto"
    """``auto`` groups by tag when nearly every operation is tagged, else by path."""
    groups: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Resource groups (``beta``) and the path patterns placed under them."""
    resource_names: dict[str, str] = field(default_factory=dict)
    """Dotted resource path -> attribute name to use instead of the inferred one."""
    headers: dict[str, HeaderConfig] = field(default_factory=dict)
    """Headers offered as client settings, by wire name, beyond those most operations take."""
    idempotency_header: str = "Idempotency-Key"
    models_layout: str = "auto"
    """``module`` (one models.py), ``package`` (lazily imported modules) or ``auto``."""
    auth: dict[str, AuthConfig] = field(default_factory=dict)
    operations: dict[str, OperationConfig] = field(default_factory=dict)
    pagination: dict[str, PaginationConfig] = field(default_factory=dict)
    webhooks: WebhooksConfig = field(default_factory=WebhooksConfig)
    spec_file: Path | None = None
    spec_url: str | None = None
    """Where the vendor publishes the spec; relative server URLs resolve against it."""
    config_file: Path | None = None
    name_from_title: bool = False
    """No name was given: name the package after the spec's ``info.title`` once it is read."""

    @property
    def base_url_env(self) -> str:
        return f"{self.env_prefix}_BASE_URL"

    @property
    def folder(self) -> Path | None:
        """The provider folder (``specs/<provider>``), when loaded from a config file."""
        return self.config_file.parent if self.config_file is not None else None


def default_config(provider: str) -> Config:
    """Settings for a spec given on the command line without a config file."""
    import_name = package_name(provider)
    return Config(
        provider=provider,
        import_name=import_name,
        distribution=import_name.replace("_", "-"),
        version="0.1.0",
        description=f"Python client for the {provider} API.",
        client_class=class_name(provider) or "Client",
        env_prefix=import_name.upper(),
    )


def untitled_config(fallback: str) -> Config:
    """Settings for a spec given without ``--name``: named after its title when it has one."""
    return dataclasses.replace(default_config(fallback), name_from_title=True)


def titled(config: Config, title: object) -> Config:
    """``config`` renamed after ``info.title`` (``Pipecat Cloud API`` -> ``pipecat_cloud``).

    Nearly every vendor publishes ``openapi.json``; the file name says nothing.
    """
    if not config.name_from_title or not isinstance(title, str):
        return config
    words = title.split()
    while words and words[-1].lower() in ("api", "apis", "rest", "openapi", "spec", "service"):
        words.pop()
    if not words or not package_name(" ".join(words)).strip("_"):
        return config
    return dataclasses.replace(default_config(" ".join(words)), name_from_title=False)


def _table(data: dict[str, Any], key: str, where: str) -> dict[str, Any]:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise SpecError([Diagnostic(where, f"/{key}", "must be a table")])
    return value


def load_config(folder: Path, provider: str | None = None) -> Config:
    """Read a provider folder's config file and locate its spec.

    ``provider`` names the provider when the folder is not named after it (the copy
    kept in ``specs/<provider>/.released/``).
    """
    path = folder / CONFIG_FILE
    shown = str(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SpecError([Diagnostic(shown, "", "config file not found")]) from None
    except tomllib.TOMLDecodeError as exc:
        raise SpecError([Diagnostic(shown, "", f"invalid TOML: {exc}")]) from None
    provider = provider or folder.name
    base = default_config(provider)
    package = _table(data, "package", shown)
    client = _table(data, "client", shown)
    resources = _table(data, "resources", shown)
    spec_name = package.get("spec")
    spec_file = (
        folder / spec_name
        if spec_name
        else next((folder / n for n in SPEC_FILES if (folder / n).is_file()), None)
    )
    if spec_file is None or not spec_file.is_file():
        raise SpecError([Diagnostic(shown, "/package/spec", "no spec file found next to config")])
    group_by = resources.get("group_by", "auto")
    if group_by not in ("auto", "tag", "path"):
        raise SpecError(
            [Diagnostic(shown, "/resources/group_by", "must be 'auto', 'tag' or 'path'")]
        )
    groups = _string_lists(_table(resources, "groups", shown), shown, "/resources/groups")
    renames = _strings(_table(resources, "rename", shown), shown, "/resources/rename")
    headers = {
        str(k): _header_config(v, shown, k) for k, v in _table(client, "headers", shown).items()
    }
    models_layout = package.get("models", "auto")
    if models_layout not in ("auto", "module", "package"):
        raise SpecError(
            [Diagnostic(shown, "/package/models", "must be 'auto', 'module' or 'package'")]
        )
    return Config(
        provider=provider,
        import_name=package.get("import_name", base.import_name),
        distribution=package.get("distribution", base.distribution),
        version=str(package.get("version", base.version)),
        description=package.get("description", base.description),
        client_class=client.get("class_name", base.client_class),
        env_prefix=client.get("env_prefix", base.env_prefix),
        group_by=group_by,
        groups=groups,
        resource_names=renames,
        headers=headers,
        idempotency_header=str(client.get("idempotency_header", "Idempotency-Key")),
        models_layout=models_layout,
        auth={str(k): _auth_config(v, shown, k) for k, v in _table(data, "auth", shown).items()},
        operations={k: OperationConfig(**v) for k, v in _table(data, "operations", shown).items()},
        pagination={k: PaginationConfig(**v) for k, v in _table(data, "pagination", shown).items()},
        webhooks=webhooks_config(_table(data, "webhooks", shown), shown),
        spec_file=spec_file,
        spec_url=_optional_url(package.get("spec_url"), shown),
        config_file=path,
    )


def _optional_url(value: Any, shown: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value.startswith(("http://", "https://")):
        raise SpecError([Diagnostic(shown, "/package/spec_url", "must be an http(s) URL")])
    return value


def _strings(table: dict[str, Any], shown: str, pointer: str) -> dict[str, str]:
    for key, value in table.items():
        if not isinstance(value, str):
            raise SpecError([Diagnostic(shown, f"{pointer}/{key}", "must be a string")])
    return {str(k): v for k, v in table.items()}


def _string_lists(table: dict[str, Any], shown: str, pointer: str) -> dict[str, tuple[str, ...]]:
    result: dict[str, tuple[str, ...]] = {}
    for key, value in table.items():
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise SpecError([Diagnostic(shown, f"{pointer}/{key}", "must be a list of strings")])
        result[str(key)] = tuple(value)
    return result


def _auth_config(value: Any, shown: str, key: str) -> AuthConfig:
    fields = {f.name for f in dataclasses.fields(AuthConfig)}
    if not isinstance(value, dict):
        raise SpecError([Diagnostic(shown, join_pointer("/auth", key), "must be a table")])
    for name, item in value.items():
        where = join_pointer("/auth", key, name)
        if name not in fields:
            known = ", ".join(sorted(fields))
            raise SpecError([Diagnostic(shown, where, f"unknown setting (known: {known})")])
        if not isinstance(item, str):
            raise SpecError([Diagnostic(shown, where, "must be a string")])
    if value.get("client_auth", "basic") not in ("basic", "body"):
        where = join_pointer("/auth", key, "client_auth")
        raise SpecError([Diagnostic(shown, where, "must be 'basic' or 'body'")])
    return AuthConfig(**value)


def _header_config(value: Any, shown: str, key: str) -> HeaderConfig:
    if not isinstance(value, dict) or not set(value) <= {"option", "default"}:
        raise SpecError(
            [Diagnostic(shown, f"/client/headers/{key}", "must be a table of option, default")]
        )
    return HeaderConfig(**{k: str(v) for k, v in value.items()})


def signed_content_problem(template: str, *, timestamp: bool, delivery_id: bool) -> str | None:
    """Why a ``signed_content`` template cannot be used, or None.

    ``{body}`` once, and ``{timestamp}`` / ``{id}`` only when their header is known.
    """
    try:
        fields = [name for _, name, _, _ in string.Formatter().parse(template) if name is not None]
    except ValueError as exc:
        return f"is not a valid template ({exc})"
    unknown = sorted(set(fields) - {"body", "timestamp", "id"})
    if unknown:
        return (
            f"uses unknown placeholder(s) {', '.join(unknown)}; use {{body}}, {{timestamp}}, {{id}}"
        )
    if fields.count("body") != 1:
        return "must contain {body} exactly once"
    if "timestamp" in fields and not timestamp:
        return "uses {timestamp} but no timestamp header is set"
    if "id" in fields and not delivery_id:
        return "uses {id} but no id header is set"
    return None


def webhooks_config(table: dict[str, Any], shown: str) -> WebhooksConfig:
    """``[webhooks]``, checked: known keys, strings, choices, a usable ``signed_content``."""
    names = {f.name for f in dataclasses.fields(WebhooksConfig)}
    values: dict[str, Any] = {}
    for key, value in table.items():
        pointer = f"/webhooks/{key}"
        if key not in names:
            raise SpecError(
                [Diagnostic(shown, pointer, f"unknown key; known: {', '.join(sorted(names))}")]
            )
        if key == "tolerance":
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise SpecError([Diagnostic(shown, pointer, "must be a whole number of seconds")])
        elif not isinstance(value, str):
            raise SpecError([Diagnostic(shown, pointer, "must be a string")])
        choices = _WEBHOOK_CHOICES.get(key)
        if choices is not None and value not in choices:
            raise SpecError([Diagnostic(shown, pointer, f"must be one of {', '.join(choices)}")])
        values[key] = value
    config = WebhooksConfig(**values)
    if config.signed_content is not None:
        base = STANDARD_WEBHOOKS if config.scheme == "standard-webhooks" else WebhooksConfig()
        problem = signed_content_problem(
            config.signed_content,
            timestamp=(config.timestamp_header or base.timestamp_header) is not None,
            delivery_id=(config.id_header or base.id_header) is not None,
        )
        if problem:
            raise SpecError([Diagnostic(shown, "/webhooks/signed_content", problem)])
    return config
