"""The URL interceptor guards the running kiosk (it joins the engine once Main is loaded)."""

from kiosk.app import QML_DIR


def test_screens_loaded_after_home_go_through_the_interceptor(make_kiosk, qtbot) -> None:
    kiosk = make_kiosk()
    asked: list[str] = []
    admits = kiosk.interceptor.admits
    kiosk.interceptor.admits = lambda url: asked.append(url.toLocalFile()) or admits(url)
    kiosk.backend.admin.open()  # the admin overlay is loaded on first use
    overlay = str(QML_DIR / "Kiosk" / "admin" / "AdminOverlay.qml")
    qtbot.waitUntil(lambda: overlay in asked)
    assert kiosk.interceptor.refused == []
    assert kiosk.qml_warnings == []
