"""The panel table is the one place a panel is described: every row has its QML file, its
colour token, its name in the text table, its data object and a way to find its items."""

import re

from kiosk.backend.panels import HOME, PANEL_IDS, PANELS
from kiosk.backend.texts import UI_TEXT
from kiosk.content.languages import codes
from tests.conftest import ROOT

QML = ROOT / "kiosk" / "qml" / "Kiosk"


def test_every_panel_row_names_what_exists() -> None:
    theme = (QML / "Theme.qml").read_text(encoding="utf-8")
    for panel in PANELS:
        source = (QML / panel.qml).read_text(encoding="utf-8")
        assert re.search(r"^Panel \{", source, re.MULTILINE), f"{panel.qml} is a Panel"
        assert f"property color {panel.tint}:" in theme, panel.tint
        assert all(UI_TEXT[panel.id].get(lang) for lang in codes()), panel.id


def test_nothing_in_qml_lists_the_panels_by_hand() -> None:
    """Home, the navigation bar and the panels view repeat over Navigator.panels; no QML file
    names a panel (a panel knows itself as `panelId` and `current`, Home is `Navigator.atHome`)."""
    for name in ("home/HomeScreen.qml", "components/NavBar.qml", "components/PanelsView.qml"):
        source = (QML / name).read_text(encoding="utf-8")
        assert "Navigator.panels" in source, name
        for panel_id in (*PANEL_IDS, HOME):
            assert f'"{panel_id}"' not in source, f"{name} names {panel_id}"
    for path in QML.rglob("*.qml"):
        source = path.read_text(encoding="utf-8")
        assert not re.search(r"currentPanel\s*[!=]==\s*[\"']", source), f"{path.name}: a literal id"


def test_the_backend_has_a_data_object_per_panel(make_kiosk) -> None:
    kiosk = make_kiosk()
    assert list(kiosk.backend.panels) == list(PANEL_IDS)
    for panel_id in PANEL_IDS:
        assert kiosk.backend.navigator.openLink(panel_id), panel_id
        assert kiosk.backend.navigator.currentPanel == panel_id
