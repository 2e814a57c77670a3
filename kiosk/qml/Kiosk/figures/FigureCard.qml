import QtQuick
import Kiosk

// One key figure: the number large, its unit, label, year and change.
Rectangle {
    id: root

    property var figure: ({})
    readonly property bool hasChange: (figure.changeText ?? "") !== ""

    objectName: "figure-" + (figure.figureId ?? "")
    radius: Theme.radius
    color: Theme.card
    clip: true

    Column {
        anchors.fill: parent
        anchors.margins: Theme.spacingL
        spacing: Theme.spacingS

        KioskText {
            width: parent.width
            text: root.figure.label ?? ""
            color: Theme.cardText
            font.bold: true
            maximumLineCount: 2
        }
        Row {
            width: parent.width
            spacing: Theme.spacingS

            KioskText {
                id: number
                text: root.figure.valueText ?? ""
                color: Theme.cardText
                font.pixelSize: Theme.fontNumber
                font.bold: true
                wrapMode: Text.NoWrap
            }
            KioskText {
                anchors.baseline: number.baseline
                width: parent.width - number.width - parent.spacing
                text: root.figure.unit ?? ""
                color: Theme.cardText
                maximumLineCount: 2
            }
        }
        Row {
            spacing: Theme.spacingS

            KioskText {
                anchors.verticalCenter: parent.verticalCenter
                text: String(root.figure.year ?? "")
                color: Theme.cardMuted
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.NoWrap
            }
            Rectangle {
                visible: root.hasChange
                width: changeText.implicitWidth + 2 * Theme.spacingS
                height: changeText.implicitHeight + Theme.spacingXS
                radius: Theme.radiusSmall
                color: root.figure.changeKind === "growth" ? Theme.up : Theme.share

                KioskText {
                    id: changeText
                    anchors.centerIn: parent
                    text: (root.figure.changeKind === "growth" ? "▲ " : "● ") + (root.figure.changeLabel ?? "") + " " + (root.figure.changeText ?? "")
                    color: Theme.text
                    font.pixelSize: Theme.fontSmall
                    font.bold: true
                    wrapMode: Text.NoWrap
                }
            }
        }
        KioskText {
            width: parent.width
            text: root.figure.note ?? ""
            color: Theme.cardMuted
            font.pixelSize: Theme.fontSmall
            maximumLineCount: 2
        }
    }
}
