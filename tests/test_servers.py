"""Servers: choosing one, filling its variables, and operations that name their own.

Requests go to real loopback servers; which server saw which path is the evidence.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from .loopback import Loopback, respond
from .packages import generate_package, imported_package

SPEC = """
openapi: 3.1.0
info: {title: Servers, version: "1"}
servers:
  - url: http://127.0.0.1:{port}/v1
    description: Local
    variables:
      port: {default: "9", description: The API port}
  - url: https://{region}.example.com/v1
    description: Production
    variables:
      region: {default: us, enum: [us, eu]}
paths:
  /agents:
    get:
      operationId: listAgents
      responses:
        "200":
          description: The agents.
          content:
            application/json:
              schema: {type: array, items: {type: string}}
  /sessions:
    servers:
      - url: http://127.0.0.1:{port}/v1/public
        variables:
          port: {default: "9"}
    post:
      operationId: startSession
      responses:
        "204": {description: Started.}
  /speech:
    post:
      operationId: speak
      servers:
        - url: http://127.0.0.1:{tts_port}/tts
          description: Speech host
          variables:
            tts_port: {default: "9"}
      responses:
        "204": {description: Spoken.}
"""

RELATIVE = """
openapi: 3.0.3
info: {title: Relative, version: "1"}
servers:
  - url: /api
paths:
  /ping:
    get:
      operationId: ping
      responses:
        "204": {description: Pong.}
"""


@pytest.fixture(scope="module")
def servers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    folder = tmp_path_factory.mktemp("servers")
    generate_package(folder, "servers", SPEC)
    with imported_package(folder, "servers") as package:
        yield package


def _ok(handler: Any) -> None:
    if handler.path.endswith("/agents"):
        respond(handler, b'["a"]', content_type="application/json")
    else:
        respond(handler, b"")


def _port(server: Loopback) -> str:
    return server.url.rsplit(":", 1)[1]


def _calls(client: Any) -> None:
    async def run_async() -> None:
        assert await client.agents.list() == ["a"]
        await client.sessions.start()
        await client.speech.speak()

    if asyncio.iscoroutinefunction(client.agents.list):
        asyncio.run(run_async())
    else:
        assert client.agents.list() == ["a"]
        client.sessions.start()
        client.speech.speak()


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_each_operation_goes_to_its_own_server(servers: ModuleType, mode: str) -> None:
    klass = servers.Servers if mode == "sync" else servers.AsyncServers
    with Loopback(_ok) as api, Loopback(_ok) as tts:
        client = klass(server_variables={"port": _port(api), "tts_port": _port(tts)})
        _calls(client)
    assert [seen["path"] for seen in api.seen] == ["/v1/agents", "/v1/public/sessions"]
    assert [seen["path"] for seen in tts.seen] == ["/tts/speech"]


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_base_url_serves_every_operation_and_keeps_sub_paths(
    servers: ModuleType, mode: str
) -> None:
    klass = servers.Servers if mode == "sync" else servers.AsyncServers
    with Loopback(_ok) as proxy:
        _calls(klass(base_url=proxy.url + "/mock"))
    assert [seen["path"] for seen in proxy.seen] == [
        "/mock/agents",
        "/mock/public/sessions",
        "/mock/speech",
    ]


def test_environment_variable_overrides_the_servers(
    servers: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SERVERS_BASE_URL", "http://127.0.0.1:1/env")
    assert str(servers.Servers().base_url) == "http://127.0.0.1:1/env/"


def test_servers_are_chosen_by_index_or_description(servers: ModuleType) -> None:
    assert str(servers.Servers().base_url) == "http://127.0.0.1:9/v1/"
    assert str(servers.Servers(server=1).base_url) == "https://us.example.com/v1/"
    eu = servers.Servers(server="Production", server_variables={"region": "eu"})
    assert str(eu.base_url) == "https://eu.example.com/v1/"
    with pytest.raises(ValueError, match=r"unknown server 'Staging'.*0 \('Local'\)"):
        servers.Servers(server="Staging")
    with pytest.raises(ValueError, match="unknown server 7"):
        servers.AsyncServers(server=7)


def test_server_variables_are_checked_when_the_client_is_built(servers: ModuleType) -> None:
    with pytest.raises(ValueError, match="'region' must be one of 'us', 'eu'; got 'mars'"):
        servers.Servers(server="Production", server_variables={"region": "mars"})
    with pytest.raises(ValueError, match="unknown server variable 'regoin'"):
        servers.Servers(server_variables={"regoin": "eu"})
    # a variable only an operation's server uses is accepted
    assert servers.Servers(server_variables={"tts_port": "1"}).base_url.port == 9


def test_operation_servers_are_documented(servers: ModuleType, tmp_path: Path) -> None:
    doc = servers.Servers(base_url="http://127.0.0.1:1").speech.speak.__doc__
    assert "Served at ``http://127.0.0.1:{tts_port}/tts``" in doc
    start_doc = servers.Servers(base_url="http://127.0.0.1:1").sessions.start.__doc__
    assert "beneath the client's base URL at ``public/``" in start_doc
    readme = (Path(servers.__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    assert "1. `https://{region}.example.com/v1`: Production" in readme
    assert (
        "`region` in `https://{region}.example.com/v1`: default `us`, one of `us`, `eu`" in readme
    )
    assert "(beneath the base URL at `public/`): `sessions.start`" in readme


def test_relative_server_needs_a_base_url_or_the_specs_address(tmp_path: Path) -> None:
    generate_package(tmp_path / "a", "relative", RELATIVE)
    with imported_package(tmp_path / "a", "relative") as relative:
        with pytest.raises(ValueError, match=r"'/api' is not an absolute.*pass base_url="):
            relative.Relative()
        with Loopback(_ok) as server:
            relative.Relative(base_url=server.url).ping.retrieve()
        assert [seen["path"] for seen in server.seen] == ["/ping"]
    published = "https://docs.example.com/specs/v1.yaml"
    generate_package(tmp_path / "b", "relative", RELATIVE, spec_url=published)
    with imported_package(tmp_path / "b", "relative") as relative:
        assert str(relative.Relative().base_url) == "https://docs.example.com/api/"
