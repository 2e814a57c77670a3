import QtQuick
import QtQuick.Controls.Basic
import KioskBackend
import Kiosk

// The one window: Home or the panels, the navigation bar, banners and the staff corner.
ApplicationWindow {
    id: window

    required property bool kioskMode

    // Shown by Python (kiosk/services/screens.py): fullscreen over its screen's geometry in kiosk
    // mode, a plain window for a preview.
    flags: kioskMode ? (Qt.Window | Qt.FramelessWindowHint) : Qt.Window
    color: Theme.background
    title: Site.title
    font.family: Theme.fontFamily

    // Home is drawn first, so a visitor sees the screen sooner. The rest is loaded by URL (a
    // type named in this file would be compiled with it, before that frame): the panels, idle
    // prompt and attract screen right after the first frame (ready long before the first tap),
    // the error and staff screens when they are needed.
    property bool firstFrameShown: false
    // After a start from the start view, the panels also wait for content.yaml's validation.
    readonly property bool startFinished: firstFrameShown && !Site.loading
    readonly property bool panelsLoaded: panels.status === Loader.Ready
                                         && attract.status === Loader.Ready

    // What lies under an open overlay is disabled, not only covered: Qt Quick offers a press to
    // the pointer handlers of every item under the point, also beneath an item that took it,
    // and a TapHandler there taps on the release (a mouse click on 继续浏览 opened the Home entry
    // beneath it). A disabled item and its handlers get nothing, by mouse or by touch.
    readonly property bool staffOpen: StaffPin.padOpen || Admin.isOpen
    readonly property bool attractShown: (attract.item as Item)?.visible ?? false
    readonly property bool visitorsBlocked: staffOpen || attractShown || ((idlePrompt.item as Item)?.visible ?? false)

    // In kiosk mode only staff can close the window (admin overlay → exit).
    onClosing: close => close.accepted = !kioskMode || Admin.exitAllowed

    Connections {
        target: window
        enabled: !window.firstFrameShown
        function onFrameSwapped() {
            window.firstFrameShown = true;
        }
    }

    // Every screen is laid out in design pixels of the 1920×1080 (or 1080×1920) design and
    // scaled to the window: a 4K panel shows the same design, sharper.
    Item {
        id: canvas
        objectName: "designCanvas"

        readonly property bool portrait: window.height > window.width
        // The navigation within reach: at the bottom of a portrait screen (its top is out of reach
        // for children and wheelchair users), and in the large-text mode on any screen.
        readonly property bool navigationLow: portrait || Session.accessible
        readonly property real designScale: portrait
            ? Math.min(window.width / Theme.designShort, window.height / Theme.designLong)
            : Math.min(window.width / Theme.designLong, window.height / Theme.designShort)

        width: window.width / designScale
        height: window.height / designScale
        scale: designScale
        transformOrigin: Item.TopLeft

        // Never restored: at the end the engine may delete Theme before this Binding, which
        // then wrote into a deleted object (a crash on a quick stop).
        Binding {
            target: Theme
            property: "pixelScale"
            value: canvas.designScale
            restoreMode: Binding.RestoreNone
        }

        Item {
            id: screenArea
            objectName: "screenArea"
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: canvas.navigationLow ? parent.top : navBar.bottom
            anchors.bottom: canvas.navigationLow ? navBar.top : banners.top
            visible: Site.hasContent
            enabled: !window.visitorsBlocked

            HomeScreen {
                anchors.fill: parent
                visible: Navigator.atHome
            }
            Loader {
                id: panels
                anchors.fill: parent
                active: window.startFinished
                source: "components/PanelsView.qml"
                visible: !Navigator.atHome
            }
        }

        Loader {
            anchors.fill: parent
            active: !Site.hasContent
            enabled: !window.visitorsBlocked
            source: "components/ContentErrorScreen.qml"
        }

        NavBar {
            id: navBar
            objectName: "navBar"
            visible: Site.hasContent
            enabled: !window.visitorsBlocked
            anchors.left: parent.left
            anchors.right: parent.right
            y: canvas.navigationLow ? banners.y - height : 0
            onLanguagePickerRequested: languagePicker.open = true
        }

        LanguagePicker {
            id: languagePicker
            anchors.fill: parent
            enabled: !window.visitorsBlocked
            edgeY: canvas.navigationLow ? navBar.y : navBar.y + navBar.height
            upward: canvas.navigationLow
        }

        Column {
            id: banners
            enabled: !window.visitorsBlocked
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom

            WarningBanner {
                width: parent.width
                text: Site.fontWarning
            }
            WarningBanner {
                width: parent.width
                text: Admin.fromSnapshot ? Texts.t.snapshotNote : ""
            }
        }

        Loader {
            id: idlePrompt
            anchors.fill: parent
            active: window.startFinished
            enabled: !window.staffOpen && !window.attractShown
            source: "attract/IdlePrompt.qml"
        }

        Loader {
            id: attract
            anchors.fill: parent
            active: window.startFinished
            enabled: !window.staffOpen
            source: "attract/AttractScreen.qml"
        }

        AdminCorner {
            anchors.left: parent.left
            anchors.top: parent.top
            enabled: !window.staffOpen
        }

        Loader {
            anchors.fill: parent
            active: StaffPin.padOpen
            enabled: !Admin.isOpen
            source: "admin/PinPad.qml"
        }

        Loader {
            anchors.fill: parent
            active: Admin.isOpen
            source: "admin/AdminOverlay.qml"
        }
    }
}
