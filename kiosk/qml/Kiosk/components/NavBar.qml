pragma ComponentBehavior: Bound
import QtQuick
import KioskBackend
import Kiosk

// Home, Back, the panel tabs, and the language and accessibility toggles: always one tap away.
// Narrow screens (portrait) put the tabs on a second row so no label is cut.
Rectangle {
    id: root

    readonly property bool atHome: Navigator.atHome
    readonly property bool compact: width < 1500
    readonly property bool twoRows: compact && !atHome
    readonly property bool picksLanguage: Session.languages.length > 2

    // More than two languages: the language button asks for the picker (kept in Main.qml, over
    // the screen) instead of switching.
    signal languagePickerRequested

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
            spacing: Theme.spacingL
            visible: !root.atHome

            // Home always; Back only where it does something else (closes the open item, or
            // returns to the panel before, which it names).
            TouchButton {
                objectName: "homeButton"
                icon: "fa5s.home"
                text: Texts.t.home
                outlineColour: Theme.accent
                iconColour: Theme.accent
                onClicked: Navigator.goHome()
            }
            TouchButton {
                objectName: "backButton"
                visible: Navigator.detail !== "" || Navigator.backPanel !== ""
                icon: "fa5s.arrow-left"
                text: Navigator.detail !== "" || Navigator.backPanel === "" ? Texts.t.back : Texts.fill(Texts.t.backTo, { panel: Texts.t[Navigator.backPanel] })
                onClicked: Navigator.back()
            }
        }

        KioskText {
            anchors.left: parent.left
            anchors.leftMargin: Theme.spacingL
            anchors.right: rightButtons.left
            anchors.rightMargin: Theme.spacingM
            anchors.verticalCenter: parent.verticalCenter
            visible: root.atHome
            text: Site.organisation
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
                icon: "fa5s.text-height"
                text: Texts.t.accessible
                highlighted: Session.accessible
                onClicked: Session.toggleAccessible()
            }
            TouchButton {
                objectName: "languageButton"
                icon: "fa5s.globe"
                text: root.picksLanguage ? Session.languageName : Session.followingLanguageName
                onClicked: root.picksLanguage ? root.languagePickerRequested() : Session.switchLanguage()
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
            id: tabButtons
            model: Navigator.panels

            TouchButton {
                required property var modelData
                readonly property string panelId: modelData.id
                width: (tabs.width - (tabButtons.count - 1) * tabs.spacing) / tabButtons.count
                objectName: "tab-" + panelId
                text: Texts.t[panelId]
                highlighted: Navigator.currentPanel === panelId
                onClicked: Navigator.open(panelId)
            }
        }
    }
}
