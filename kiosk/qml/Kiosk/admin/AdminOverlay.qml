pragma ComponentBehavior: Bound
import QtQuick
import KioskBackend
import Kiosk

// Staff page over the kiosk: content status and errors, reload, exit. Created only when opened.
Rectangle {
    id: root
    objectName: "adminOverlay"
    color: Theme.scrim

    // Swallow every touch so nothing underneath reacts while staff are here.
    TouchBlocker {
        anchors.fill: parent
    }

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacingL, Theme.dialogMaxWidth)
        height: Math.min(parent.height - 2 * Theme.spacingL, column.implicitHeight + actions.height + 3 * Theme.spacingL)
        radius: Theme.radius
        color: Theme.background
        border.color: Theme.accent
        border.width: Theme.borderWidth

        Flickable {
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.bottom: actions.top
            anchors.margins: Theme.spacingL
            contentHeight: column.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds

            Column {
                id: column
                width: parent.width
                spacing: Theme.spacingM

                KioskText {
                    width: parent.width
                    text: Texts.t.adminTitle
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                }
                WarningBanner {
                    objectName: "noPinBanner"
                    width: parent.width
                    text: StaffPin.required ? "" : Texts.t.noPinBanner
                }
                KioskText {
                    objectName: "adminStatus"
                    width: parent.width
                    text: Texts.t.version + " " + Admin.version + "\n" + Texts.t.contentStatus + "\n" + Admin.statusText + "\n" + Texts.t.uptime + " " + Admin.uptime + "\n" + Admin.usageToday
                    color: Theme.textMuted
                }
                Repeater {
                    model: Admin.issues

                    KioskText {
                        required property string modelData
                        width: column.width
                        text: modelData
                        color: Theme.accent
                        font.pixelSize: Theme.fontSmall
                    }
                }
                TouchTestGrid {
                    id: touchTest
                    width: parent.width
                    visible: false
                }
            }
        }

        // Outside the scrolled part: always on screen, whatever the touch test or the
        // list of problems takes.
        Flow {
            id: actions
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            anchors.margins: Theme.spacingL
            spacing: Theme.spacingM

            TouchButton {
                objectName: "reloadButton"
                icon: "fa5s.sync"
                text: Texts.t.reload
                onClicked: Admin.reloadContent()
            }
            TouchButton {
                objectName: "touchTestButton"
                icon: "fa5s.th"
                text: Texts.t.touchTest
                highlighted: touchTest.visible
                onClicked: touchTest.visible = !touchTest.visible
            }
            TouchButton {
                objectName: "restartButton"
                icon: "fa5s.redo"
                text: Texts.t.restart
                onClicked: Admin.restartKiosk()
            }
            TouchButton {
                objectName: "exitButton"
                icon: "fa5s.sign-out-alt"
                text: Texts.t.exitKiosk
                onClicked: Admin.exitKiosk()
            }
            TouchButton {
                objectName: "closeAdminButton"
                icon: "fa5s.times"
                text: Texts.t.close
                highlighted: true
                onClicked: Admin.close()
            }
        }
    }
}
