"""`make packages` and `make publish` against a real package index (pypiserver) on loopback."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import tarfile
import time
import urllib.error
import urllib.request
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from clientsmith.pipeline import provider_config

from .conftest import GENERATED, PROVIDERS, ROOT, SPECS, free_port, run_cli
from .venvs import MOCK_CALLS, RUNTIME_DEPENDENCIES, fresh_venv, pip_install

pytestmark = pytest.mark.slow

USER, PASSWORD = "uploader", "s3cret-for-tests"
UNLISTED = "http://127.0.0.1:9/simple/"
"""An index URL nothing answers on: publish cannot look first and relies on the upload."""


def make(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["make", "--no-print-directory", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, **(env or {})},
    )


@contextlib.contextmanager
def pypiserver(folder: Path) -> Iterator[str]:
    """A pypiserver on a free loopback port; uploads need the htpasswd user. Yields its URL."""
    with warnings.catch_warnings():  # passlib imports the deprecated crypt module
        warnings.simplefilter("ignore", DeprecationWarning)
        from passlib.apache import HtpasswdFile

    packages = folder / "packages"
    packages.mkdir()
    htpasswd = HtpasswdFile(str(folder / "htpasswd"), new=True)
    htpasswd.set_password(USER, PASSWORD)
    htpasswd.save()
    port = free_port()
    log = open(folder / "pypiserver.log", "w")  # noqa: SIM115 - closed below
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "pypiserver",
            "run",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--passwords",
            str(folder / "htpasswd"),
            "--authenticate",
            "update",
            "--disable-fallback",
            str(packages),
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 30
        while True:
            if process.poll() is not None:
                pytest.fail(f"pypiserver exited: {(folder / 'pypiserver.log').read_text()}")
            try:
                urllib.request.urlopen(url + "health", timeout=1).close()
                break
            except (urllib.error.URLError, OSError):
                if time.monotonic() > deadline:
                    pytest.fail("pypiserver did not start")
                time.sleep(0.2)
        yield url
    finally:
        os.killpg(process.pid, 15)
        process.wait(timeout=10)
        log.close()


def make_publish(provider: str, url: str, dist: Path) -> subprocess.CompletedProcess[str]:
    credentials = {"TWINE_USERNAME": USER, "TWINE_PASSWORD": PASSWORD}
    return make(
        "publish", f"PROVIDER={provider}", f"REPOSITORY_URL={url}", f"DIST={dist}", env=credentials
    )


def publish_unlisted(
    provider: str, url: str, dist: Path, password: str
) -> subprocess.CompletedProcess[str]:
    command = ["publish", provider, "--repository-url", url, "--index-url", UNLISTED]
    credentials = {"TWINE_USERNAME": USER, "TWINE_PASSWORD": password}
    return run_cli(*command, "--dist", str(dist), env=credentials)


@pytest.mark.timeout(900)  # builds (and installs) every provider: minutes
def test_make_packages_builds_checks_and_imports_every_provider(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    result = make("packages", f"DIST={dist}")
    assert result.returncode == 0, result.stdout + result.stderr
    for provider in PROVIDERS:
        config = provider_config(SPECS, provider)
        stem = f"{config.distribution.replace('-', '_')}-{config.version}"
        files = sorted(p.name for p in (dist / provider).iterdir())
        assert files == [f"{stem}-py3-none-any.whl", f"{stem}.tar.gz"]
        assert (
            f"{provider}: {files[0]}, {files[1]} (twine check passed, imports in a fresh venv)"
            in (result.stdout)
        )
        with tarfile.open(dist / provider / files[1]) as sdist:
            assert f"{stem}/CHANGELOG.md" in sdist.getnames()


def test_package_refuses_a_stale_package(tmp_path: Path) -> None:
    generated = tmp_path / "generated"
    shutil.copytree(GENERATED / "pipecat", generated / "pipecat")
    (generated / "pipecat" / "README.md").write_text("edited\n")
    result = run_cli("package", "pipecat", "--generated", str(generated), "--dist", str(tmp_path))
    assert result.returncode == 1
    assert "is stale; run `make generate`" in result.stderr


@pytest.mark.timeout(900)  # builds (and installs) every provider: minutes
def test_publish_all_four_then_install_from_the_index_and_call_the_clients(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    configs = {p: provider_config(SPECS, p) for p in PROVIDERS}
    with pypiserver(tmp_path) as url:
        for provider in PROVIDERS:
            result = make_publish(provider, url, dist)
            assert result.returncode == 0, result.stdout + result.stderr
            assert f"{provider}: uploaded " in result.stdout
        uploaded = sorted(p.name for p in (tmp_path / "packages").iterdir())
        assert len(uploaded) == 2 * len(PROVIDERS)

        # The same version again: refused before uploading, with a plain message.
        again = make_publish("cartesia", url, dist)
        assert again.returncode != 0
        version = configs["cartesia"].version
        assert (
            f"cartesia: clientsmith-cartesia {version} is already on {url}simple/" in again.stderr
        )
        assert "cannot be replaced" in again.stderr
        # Where the index cannot be listed first, the index's refusal is explained the same way.
        blind = publish_unlisted("cartesia", url, dist, PASSWORD)
        assert blind.returncode == 1
        assert "refused the upload; it most likely already has this version" in blind.stderr
        # Wrong credentials are an upload failure, not mistaken for a duplicate.
        denied = publish_unlisted("pipecat", url, dist, "wrong")
        assert denied.returncode == 1
        assert "twine upload failed" in denied.stderr and "403" in denied.stderr
        assert sorted(p.name for p in (tmp_path / "packages").iterdir()) == uploaded

        # A fresh venv installs every client by its distribution name from this index.
        python = fresh_venv(tmp_path / "venv", *RUNTIME_DEPENDENCIES)
        names = [configs[p].distribution for p in PROVIDERS]
        pip_install(python, "--index-url", f"{url}simple/", "--no-cache-dir", *names)

    versions = {configs[p].distribution: configs[p].version for p in PROVIDERS}
    script = MOCK_CALLS + (
        "import importlib.metadata, importlib.util\n"
        f"for name, version in {versions!r}.items():\n"
        "    assert importlib.metadata.version(name) == version, name\n"
        "assert importlib.util.find_spec('clientsmith') is None\n"
        "from cartesia_agents import Cartesia\n"
        "from pipecat_cloud import PipecatCloud\n"
        "routes = {('GET', '/agents/agent_1'): AGENT, ('GET', '/v1/agents'): SERVICES}\n"
        "http = httpx.Client(transport=transport(routes))\n"
        "agent = Cartesia(api_key='k1', http_client=http).agents.retrieve('agent_1')\n"
        "services = PipecatCloud(api_key='k2', http_client=http).agents.list()\n"
        "print(agent.name, agent.deployment_count, services.services[0].region)\n"
        "print(seen[0].headers['cartesia-version'], seen[1].headers['authorization'])\n"
    )
    run = subprocess.run(
        [str(python), "-c", script], cwd=tmp_path, capture_output=True, text=True, check=False
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == ["support", "2", "us-west", "2025-04-16", "Bearer", "k2"]
