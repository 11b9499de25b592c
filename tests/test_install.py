"""A plain and an editable install both find the Qt Designer forms and the resources (with the compiled translations)."""

import os
import site
import subprocess
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PROBE = (
    "from samenwerk_desktop import paths; "
    "print(paths.resource('demo', 'demo.json').is_file(), paths.resource('fonts', 'DejaVuSans.ttf').is_file(), "
    "paths.ui_dir().is_dir(), paths.resource('translations', 'samenwerk_en.qm').is_file(), "
    "paths.resources_dir())"
)


def _venv_with_our_dependencies(folder: Path) -> Path:
    """A fresh venv that sees this environment's dependencies through a .pth file (no downloads)."""
    venv.EnvBuilder(with_pip=True).create(folder)
    python = folder / ("Scripts" if os.name == "nt" else "bin") / "python"
    purelib = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                             capture_output=True, text=True, check=True).stdout.strip()
    ours = [p for p in site.getsitepackages() if Path(p).is_dir()]
    Path(purelib, "_deps.pth").write_text("\n".join(ours) + "\n")
    return python


def _install(python: Path, *args: str) -> None:
    # the build uses this environment's setuptools (PYTHONPATH comes before the venv's own, older one)
    ours = os.pathsep.join(p for p in site.getsitepackages() if Path(p).is_dir())
    out = subprocess.run([str(python), "-m", "pip", "install", "--no-deps", "--no-build-isolation",
                          "--disable-pip-version-check", "-q", *args],
                         capture_output=True, text=True, cwd=ROOT, timeout=600, env={**os.environ, "PYTHONPATH": ours})
    assert out.returncode == 0, out.stderr[-3000:]


@pytest.mark.slow
@pytest.mark.parametrize("editable", [False, True], ids=["plain", "editable"])
def test_install_finds_forms_and_resources(tmp_path, editable):
    python = _venv_with_our_dependencies(tmp_path / "venv")
    _install(python, *(["-e", str(ROOT)] if editable else [str(ROOT)]))
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    out = subprocess.run([str(python), "-c", PROBE], capture_output=True, text=True, cwd=elsewhere,
                         env={**os.environ, "PYTHONPATH": ""}, timeout=120)
    assert out.returncode == 0, out.stderr[-3000:]
    demo_ok, font_ok, ui_ok, qm_ok, where = out.stdout.split(maxsplit=4)
    assert (demo_ok, font_ok, ui_ok, qm_ok) == ("True", "True", "True", "True")
    if not editable:
        assert "site-packages" in where
    version = subprocess.run([str(python), "-m", "samenwerk_desktop", "--version"], capture_output=True,
                             text=True, cwd=elsewhere, timeout=120)
    assert version.stdout.startswith("samenwerk ")
