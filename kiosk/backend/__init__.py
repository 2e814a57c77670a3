"""QML-facing objects (import name KioskBackend): list models, navigator, state, image providers."""

QML_IMPORT_NAME = "KioskBackend"
QML_IMPORT_MAJOR_VERSION = 1
