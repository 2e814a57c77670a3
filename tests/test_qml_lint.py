"""The QML module passes `pyside6-qmllint` with the backend's types known: zero warnings at
the default level (tools/qml_lint.py), so a misspelt property or a binding on a name Python
does not offer fails the suite before anyone sees a blank label."""

from tools.qml_lint import generate_types, lint


def test_qml_has_no_lint_warnings() -> None:
    warnings = lint()
    assert warnings == [], "\n".join(warnings)


def test_the_generated_types_describe_the_backend(tmp_path) -> None:
    types = (generate_types(tmp_path) / "KioskBackend" / "backend.qmltypes").read_text()
    for name in ("Session", "Navigator", "Texts", "Timeline", "ParkMap", "Figures", "Admin"):
        assert f'"KioskBackend/{name} 1.0"' in types, name
    assert 'name: "language"' in types and 'name: "idleState"' in types
    assert "isPropertyConstant: true" in types  # from the metaobjects (see tools/qml_lint.py)
