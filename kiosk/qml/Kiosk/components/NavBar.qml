import QtQuick
import KioskBackend
import Kiosk

// Home, Back, the panel tabs, and the language and accessibility toggles: always one tap away.
// Narrow screens (portrait) put the tabs on a second row so no label is cut.
Rectangle {
    id: root

    readonly property bool atHome: Kiosk.navigator.currentPanel === "home"
    readonly property bool compact: width < 1500
    readonly property bool twoRows: compact && !atHome

    implicitHeight: twoRows ? 2 * Theme.navBarHeight - Theme.spacingM : Theme.navBarHeight
    color: Theme.backgroundDeep

    Item {
        id: topRow
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        height: Theme.navBarHeight

        Row {
            id: leftButtons
            anchors.left: parent.left
            anchors.leftMargin: Theme.spacingM
            anchors.verticalCenter: parent.verticalCenter
            spacing: Theme.spacingS
            visible: !root.atHome

            TouchButton {
                objectName: "homeButton"
                icon: "fa5s.home"
                text: Kiosk.ui.home ?? ""
                onClicked: Kiosk.navigator.goHome()
            }
            TouchButton {
                objectName: "backButton"
                icon: "fa5s.arrow-left"
                text: Kiosk.ui.back ?? ""
                onClicked: Kiosk.navigator.back()
            }
        }

        KioskText {
            anchors.left: parent.left
            anchors.leftMargin: Theme.spacingL
            anchors.right: rightButtons.left
            anchors.rightMargin: Theme.spacingM
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
                icon: "fa5s.wheelchair"
                iconOnly: root.compact
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

    Row {
        id: tabs
        x: root.twoRows ? Theme.spacingM : leftButtons.x + leftButtons.width + Theme.spacingL
        y: root.twoRows ? topRow.height - Theme.spacingM + (Theme.navBarHeight - Theme.touchTarget) / 2 : (Theme.navBarHeight - Theme.touchTarget) / 2
        width: root.twoRows ? root.width - 2 * Theme.spacingM : rightButtons.x - x - Theme.spacingM
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
}
