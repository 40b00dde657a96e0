"""Each generated package builds as a wheel, installs into a fresh venv and works there."""

from __future__ import annotations

import subprocess
import sys
import venv
from pathlib import Path

import pytest

from .clients import provider_api
from .conftest import GENERATED, PROVIDERS

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("provider", PROVIDERS)
def test_wheel_installs_and_imports_in_a_fresh_venv(provider: str, tmp_path: Path) -> None:
    api = provider_api(provider)
    dist = tmp_path / "dist"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--outdir",
            str(dist),
            str(GENERATED / provider),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = dist.glob("*.whl")
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    install = subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", str(wheel)],
        check=False,
        capture_output=True,
        text=True,
    )
    assert install.returncode == 0, install.stderr
    pkg = api.package
    script = (
        f"import {pkg.import_name} as p\n"
        f"c = p.{pkg.client_class}(**{{a: 'k' for a in {[s.argument for s in api.security_schemes]!r}}})\n"
        "assert 'k' not in repr(c)\n"
        f"assert p.__version__ == {pkg.version!r}\n"
        "import importlib.resources as r\n"
        f"assert r.files({pkg.import_name!r}).joinpath('py.typed').is_file()\n"
        "print(type(c).__name__)\n"
    )
    run = subprocess.run(
        [str(python), "-c", script], check=False, capture_output=True, text=True, cwd=tmp_path
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == pkg.client_class
