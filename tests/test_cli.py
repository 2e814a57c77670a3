"""The `kiosk` command line: check, schema, and the defaults."""

import json
import subprocess
import sys
from pathlib import Path

from kiosk.cli import main
from tests.conftest import BUNDLED, ROOT
from tests.content.samples import replace


def test_check_bundled_content_is_ok(capsys) -> None:
    assert main(["check", str(BUNDLED)]) == 0
    out = capsys.readouterr().out
    assert "OK: 10 events in 3 eras, 5 parks, 28 figures in 5 groups, 11 images" in out


def test_check_reports_problems_with_lines(tmp_path: Path, capsys) -> None:
    broken = tmp_path / "content.yaml"
    broken.write_text(replace('date: "1992-11-14"', 'date: "2017-13"'), encoding="utf-8")
    assert main(["check", str(broken)]) == 1
    out = capsys.readouterr().out
    assert f"{broken}:15:13: timeline.events[0].date: “2017-13” 不是有效日期" in out


def test_check_json(tmp_path: Path, capsys) -> None:
    broken = tmp_path / "content.yaml"
    broken.write_text(replace("title: 开发区成立", "titel: 开发区成立"), encoding="utf-8")
    assert main(["check", str(broken), "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is False
    assert report["issues"][0]["line"] == 17
    assert report["issues"][0]["path"] == "timeline.events[0].titel"


def test_schema_written_to_a_file(tmp_path: Path) -> None:
    out = tmp_path / "schema.json"
    assert main(["schema", "--out", str(out)]) == 0
    schema = json.loads(out.read_text(encoding="utf-8"))
    assert schema["additionalProperties"] is False
    assert "timeline" in schema["required"]


def test_python_m_kiosk_and_main_py_are_the_same_command() -> None:
    for command in ([sys.executable, "-m", "kiosk"], [sys.executable, str(ROOT / "main.py")]):
        result = subprocess.run(
            [*command, "check", str(BUNDLED)], capture_output=True, text=True, check=False
        )
        assert result.returncode == 0, result.stderr
        assert "OK:" in result.stdout


def test_version_comes_from_one_place(capsys) -> None:
    import importlib.metadata

    import kiosk

    try:
        main(["--version"])
    except SystemExit as stop:
        assert stop.code == 0
    assert capsys.readouterr().out.strip() == f"kiosk {kiosk.__version__}"
    assert importlib.metadata.version("sez-kiosk") == kiosk.__version__, "the package metadata"
