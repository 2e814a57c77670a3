import QtQuick
import KioskBackend
import Kiosk

// Home, Back, where you are, and the language and accessibility toggles: always one tap away.
Rectangle {
    id: root

    readonly property bool atHome: Kiosk.navigator.currentPanel === "home"
    readonly property bool compact: width < 1500

    implicitHeight: Theme.navBarHeight
    color: Theme.backgroundDeep

    Row {
        id: leftButtons
        anchors.left: parent.left
        anchors.leftMargin: Theme.spacingM
        anchors.verticalCenter: parent.verticalCenter
        spacing: Theme.spacingS
        visible: !root.atHome

        TouchButton {
            objectName: "homeButton"
            iconOnly: root.compact
            icon: "fa5s.home"
            text: Kiosk.ui.home ?? ""
            onClicked: Kiosk.navigator.goHome()
        }
        TouchButton {
            objectName: "backButton"
            iconOnly: root.compact
            icon: "fa5s.arrow-left"
            text: Kiosk.ui.back ?? ""
            onClicked: Kiosk.navigator.back()
        }
    }

    Row {
        id: tabs
        anchors.left: root.atHome ? parent.left : leftButtons.right
        anchors.leftMargin: root.compact ? Theme.spacingS : Theme.spacingL
        anchors.right: rightButtons.left
        anchors.rightMargin: root.compact ? Theme.spacingS : Theme.spacingM
        anchors.verticalCenter: parent.verticalCenter
        spacing: Theme.spacingS
        visible: !root.atHome

        Repeater {
            model: Kiosk.navigator.panels

            TouchButton {
                required property string modelData
                width: (tabs.width - 2 * tabs.spacing) / 3
                objectName: "tab-" + modelData
                text: Kiosk.ui[modelData] ?? ""
                highlighted: Kiosk.navigator.currentPanel === modelData
                onClicked: Kiosk.navigator.open(modelData)
            }
        }
    }

    KioskText {
        anchors.left: parent.left
        anchors.leftMargin: Theme.spacingL
        anchors.right: rightButtons.left
        anchors.verticalCenter: parent.verticalCenter
        visible: root.atHome
        text: Kiosk.info.organisation ?? ""
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
        maximumLineCount: 2
    }

    Row {
        id: rightButtons
        anchors.right: parent.right
        anchors.rightMargin: Theme.spacingM
        anchors.verticalCenter: parent.verticalCenter
        spacing: Theme.spacingS

        TouchButton {
            objectName: "accessibleButton"
            iconOnly: root.compact
            icon: "fa5s.wheelchair"
            text: Kiosk.ui.accessible ?? ""
            highlighted: Kiosk.accessible
            onClicked: Kiosk.toggleAccessible()
        }
        TouchButton {
            objectName: "languageButton"
            icon: "fa5s.globe"
            text: Kiosk.ui.language ?? ""
            onClicked: Kiosk.toggleLanguage()
        }
    }
}
