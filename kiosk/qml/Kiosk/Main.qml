import QtQuick
import QtQuick.Controls.Basic
import KioskBackend
import Kiosk

// The one window: Home or the panels, the navigation bar, banners and the staff corner.
ApplicationWindow {
    id: window

    required property bool kioskMode

    visible: true
    visibility: kioskMode ? Window.FullScreen : Window.Windowed
    flags: kioskMode ? (Qt.Window | Qt.FramelessWindowHint) : Qt.Window
    color: Theme.background
    title: Kiosk.info.title ?? "Kiosk"
    font.family: Theme.fontFamily

    // Home is drawn first, so a visitor sees the screen sooner. The rest is loaded by URL (a
    // type named in this file would be compiled with it, before that frame): the panels, idle
    // prompt and attract screen right after the first frame (ready long before the first tap),
    // the error and staff screens when they are needed.
    property bool firstFrameShown: false
    // After a start from the start view, the panels also wait for content.yaml's validation.
    readonly property bool startFinished: firstFrameShown && !Kiosk.loading
    readonly property bool panelsLoaded: panels.status === Loader.Ready
                                         && attract.status === Loader.Ready

    // In kiosk mode only staff can close the window (admin overlay → exit).
    onClosing: close => close.accepted = !kioskMode || Kiosk.exitAllowed

    Connections {
        target: window
        enabled: !window.firstFrameShown
        function onFrameSwapped() {
            window.firstFrameShown = true;
        }
    }

    Item {
        id: screenArea
        objectName: "screenArea"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: Kiosk.accessible ? parent.top : navBar.bottom
        anchors.bottom: Kiosk.accessible ? navBar.top : banners.top
        visible: Kiosk.hasContent

        HomeScreen {
            anchors.fill: parent
            visible: Kiosk.navigator.currentPanel === "home"
        }
        Loader {
            id: panels
            anchors.fill: parent
            active: window.startFinished
            source: "components/PanelsView.qml"
            visible: Kiosk.navigator.currentPanel !== "home"
        }
    }

    Loader {
        anchors.fill: parent
        active: !Kiosk.hasContent
        source: "components/ContentErrorScreen.qml"
    }

    NavBar {
        id: navBar
        objectName: "navBar"
        visible: Kiosk.hasContent
        anchors.left: parent.left
        anchors.right: parent.right
        y: Kiosk.accessible ? banners.y - height : 0
    }

    Column {
        id: banners
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom

        WarningBanner {
            width: parent.width
            text: Kiosk.fontWarning
        }
        WarningBanner {
            width: parent.width
            text: Kiosk.fromSnapshot ? (Kiosk.ui.snapshotNote ?? "") : ""
        }
    }

    Loader {
        anchors.fill: parent
        active: window.startFinished
        source: "attract/IdlePrompt.qml"
    }

    Loader {
        id: attract
        anchors.fill: parent
        active: window.startFinished
        source: "attract/AttractScreen.qml"
    }

    AdminCorner {
        anchors.left: parent.left
        anchors.top: parent.top
    }

    Loader {
        anchors.fill: parent
        active: Kiosk.pinPadOpen
        source: "admin/PinPad.qml"
    }

    Loader {
        anchors.fill: parent
        active: Kiosk.adminOpen
        source: "admin/AdminOverlay.qml"
    }
}
