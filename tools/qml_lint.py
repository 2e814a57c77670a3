"""Lint the kiosk's QML with the Python types known: `python -m tools.qml_lint`.

The types come from PySide6's own tools, the way `pyside6-project qmllint` makes them:
`pyside6-metaobjectdump` reads the backend's decorators, `pyside6-qmltyperegistrar` writes a
`.qmltypes` file for the module `KioskBackend`, and `pyside6-qmllint` checks every QML file
against it. The dump misses one fact the decorators give (`constant=True`, which qmllint needs
to trust a binding); it is taken from the classes' metaobjects, as Qt itself reads them.

Exit status 1 and every warning printed when there is any; the test suite runs this too
(tests/test_qml_lint.py).
"""

from __future__ import annotations

import importlib
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import PySide6

ROOT = Path(__file__).resolve().parent.parent
BACKEND = ROOT / "kiosk" / "backend"
QML_DIR = ROOT / "kiosk" / "qml"
MODULE = "KioskBackend"
METATYPES = Path(PySide6.__file__).parent / "Qt" / "metatypes"
FOREIGN = ("qt6core_metatypes.json", "qt6qml_metatypes.json", "qt6gui_metatypes.json")


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        raise SystemExit(f"{name} not found beside {sys.executable}")
    return found


def backend_sources() -> list[Path]:
    """The backend modules that declare QML types."""
    return sorted(p for p in BACKEND.glob("*.py") if "@Qml" in p.read_text(encoding="utf-8"))


def generate_types(out: Path) -> Path:
    """`out/KioskBackend/` with `backend.qmltypes` and its qmldir; returns `out`."""
    module_dir = out / MODULE
    module_dir.mkdir(parents=True, exist_ok=True)
    dump = module_dir / "backend_metatypes.json"
    sources = [str(path) for path in backend_sources()]
    subprocess.run([_tool("pyside6-metaobjectdump"), "-o", str(dump), *sources], check=True)
    _add_constant_flags(dump)
    foreign = ",".join(str(METATYPES / name) for name in FOREIGN)
    subprocess.run(
        [
            _tool("pyside6-qmltyperegistrar"),
            f"--generate-qmltypes={module_dir / 'backend.qmltypes'}",
            f"--import-name={MODULE}",
            "--major-version=1",
            f"--foreign-types={foreign}",
            "-o",
            str(module_dir / "registrations.cpp"),
            str(dump),
        ],
        check=True,
    )
    (module_dir / "qmldir").write_text(f"module {MODULE}\ntypeinfo backend.qmltypes\n")
    return out


def _add_constant_flags(dump: Path) -> None:
    files = json.loads(dump.read_text(encoding="utf-8"))
    for entry in files:
        module = importlib.import_module(_module_name(Path(entry["inputFile"])))
        for described in entry["classes"]:
            cls = getattr(module, described["className"], None)
            meta = getattr(cls, "staticMetaObject", None)
            if meta is None:
                continue
            constant = {
                meta.property(i).name()
                for i in range(meta.propertyCount())
                if meta.property(i).isConstant()
            }
            for prop in described.get("properties", []):
                if prop["name"] in constant:
                    prop["constant"] = True
    dump.write_text(json.dumps(files, indent=1), encoding="utf-8")


def _module_name(path: Path) -> str:
    return ".".join(path.resolve().relative_to(ROOT).with_suffix("").parts)


def qml_files() -> list[Path]:
    return sorted(QML_DIR.rglob("*.qml"))


def lint() -> list[str]:
    """Every warning qmllint gives over the module at its default level."""
    with tempfile.TemporaryDirectory(prefix="kiosk-qmltypes-") as folder:
        types = generate_types(Path(folder))
        result = subprocess.run(
            [
                _tool("pyside6-qmllint"),
                "-I",
                str(QML_DIR),
                "-I",
                str(types),
                *(str(path.relative_to(QML_DIR)) for path in qml_files()),
            ],
            cwd=QML_DIR,
            capture_output=True,
            text=True,
            check=False,
        )
    output = result.stdout + result.stderr
    warnings = [line for line in output.splitlines() if line.startswith(("Warning", "Error"))]
    if result.returncode != 0 and not warnings:
        warnings.append(output.strip() or f"qmllint exited with {result.returncode}")
    return warnings


def main() -> int:
    warnings = lint()
    for warning in warnings:
        print(warning)
    print(f"qmllint: {len(warnings)} warnings in {len(qml_files())} files")
    return 1 if warnings else 0


if __name__ == "__main__":
    sys.exit(main())
