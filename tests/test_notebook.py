"""notebooks/quickstart.ipynb executes top to bottom (so it never rots)."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import pytest

from conftest import REPO

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")

NOTEBOOK = REPO / "notebooks" / "quickstart.ipynb"
KERNEL = "singleton-test-python"


def _kernel_spec(folder: Path) -> Path:
    """A Jupyter kernel spec running THIS interpreter, so the notebook sees the installed
    singleton whatever kernels (or none) the machine has registered."""
    spec = folder / "kernels" / KERNEL
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "singleton tests",
        "language": "python",
    }))
    return folder


def test_quickstart_notebook_executes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    jupyter = _kernel_spec(tmp_path / "jupyter")
    monkeypatch.setenv("JUPYTER_PATH", str(jupyter))
    monkeypatch.setenv("JUPYTER_DATA_DIR", str(jupyter))
    monkeypatch.setenv("MPLBACKEND", "Agg")
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(
        notebook, kernel_name=KERNEL, timeout=300,
        resources={"metadata": {"path": str(tmp_path)}},
    )
    started = time.monotonic()
    client.execute()
    elapsed = time.monotonic() - started
    outputs = [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    images = [o for o in outputs if "image/png" in o.get("data", {})]
    assert len(images) == 3, "the three charts are shown inline"
    texts = "".join(o.get("text", "") for o in outputs)
    assert "birth_date" in texts and "sr=" in texts
    markdown = [o for o in outputs if "text/markdown" in o.get("data", {})]
    assert markdown and "What the numbers say" in markdown[0]["data"]["text/markdown"]
    assert elapsed < 240, f"the quickstart took {elapsed:.0f} s"


def test_quickstart_notebook_is_stored_without_outputs() -> None:
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(notebook)
    assert all(not cell.get("outputs") for cell in notebook.cells if cell.cell_type == "code")
