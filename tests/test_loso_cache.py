"""Leave one source out is measured again exactly when something it depends on changed."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from evals import loso_cache

ROOT = loso_cache.ROOT


def test_every_project_module_the_measurement_imports_is_in_the_fingerprint() -> None:
    script = (
        "import sys, evals.safety_sources\n"
        "from pathlib import Path\n"
        f"root = Path({str(ROOT)!r})\n"
        "for m in list(sys.modules.values()):\n"
        "    f = getattr(m, '__file__', None)\n"
        "    if f and Path(f).resolve().is_relative_to(root) and '.venv' not in f:\n"
        "        print(Path(f).resolve().relative_to(root).as_posix())\n"
    )
    found = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True)
    imported = {
        name
        for name in found.stdout.split()
        # the cache itself and empty package markers cannot change a figure
        if name != "evals/loso_cache.py" and (ROOT / name).stat().st_size > 0
    }
    assert imported - set(loso_cache.CODE) == set(), "add these to loso_cache.CODE"


@pytest.fixture
def copy_of_inputs(tmp_path: Path) -> Path:
    for path in loso_cache.inputs():
        target = tmp_path / path.relative_to(ROOT)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)
    (tmp_path / "safety" / "data" / "hotlines.yaml").write_text("not an input\n", encoding="utf-8")
    return tmp_path


def test_the_fingerprint_moves_with_a_labelled_line_or_a_rule_and_nothing_else(copy_of_inputs: Path) -> None:
    before = loso_cache.fingerprint(copy_of_inputs)
    assert loso_cache.fingerprint(copy_of_inputs) == before

    (copy_of_inputs / "safety" / "data" / "hotlines.yaml").write_text("changed\n", encoding="utf-8")
    assert loso_cache.fingerprint(copy_of_inputs) == before

    labelled = sorted((copy_of_inputs / loso_cache.DATA).glob("*.jsonl"))[0]
    original = labelled.read_text(encoding="utf-8")
    labelled.write_text(original.replace('"benign"', '"dosing"', 1), encoding="utf-8")
    assert loso_cache.fingerprint(copy_of_inputs) != before
    labelled.write_text(original, encoding="utf-8")
    assert loso_cache.fingerprint(copy_of_inputs) == before

    rules = copy_of_inputs / "safety" / "rules.py"
    rules.write_text(rules.read_text(encoding="utf-8") + "\n# a change\n", encoding="utf-8")
    assert loso_cache.fingerprint(copy_of_inputs) != before

    (copy_of_inputs / loso_cache.DATA / "writer_new.jsonl").write_text(
        '{"text": "hello", "label": "benign"}\n', encoding="utf-8"
    )
    rules.write_text(rules.read_text(encoding="utf-8").removesuffix("\n# a change\n"), encoding="utf-8")
    assert loso_cache.fingerprint(copy_of_inputs) != before, "a new source is an input"


def test_figures_are_reused_only_for_the_fingerprint_they_were_measured_for(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(loso_cache, "COMMITTED", tmp_path / "committed.json")
    monkeypatch.setattr(loso_cache, "COMMITTED_FINGERPRINT", tmp_path / "committed.fingerprint")
    key = {"value": "a" * 64}
    monkeypatch.setattr(loso_cache, "fingerprint", lambda root=ROOT: key["value"])
    runs: list[int] = []

    def measure() -> dict:
        runs.append(1)
        return {"writer_x": {"run": len(runs)}}

    cache = tmp_path / "cache"
    assert loso_cache.figures("product", cache, measure) == ({"writer_x": {"run": 1}}, "measured")
    assert loso_cache.figures("product", cache, measure) == ({"writer_x": {"run": 1}}, "cached")
    assert loso_cache.figures("product", cache, measure, fresh=True) == ({"writer_x": {"run": 2}}, "measured")

    key["value"] = "b" * 64
    assert loso_cache.figures("product", cache, measure)[1] == "measured"
    assert loso_cache.figures("other approach", cache, measure)[1] == "measured"

    loso_cache.COMMITTED.write_text('{"product": {"writer_y": {}}}', encoding="utf-8")
    loso_cache.write_committed("c" * 64)
    assert loso_cache.figures("product", cache, measure)[1] == "cached"
    loso_cache.write_committed(key["value"])
    assert loso_cache.figures("product", cache, measure) == ({"writer_y": {}}, "committed")

    (cache / f"loso-{key['value'][:24]}.json").write_text("{damaged", encoding="utf-8")
    loso_cache.write_committed("c" * 64)
    assert loso_cache.figures("product", cache, measure)[1] == "measured"
