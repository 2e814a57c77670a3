import QtQuick
import KioskBackend
import Kiosk

// One key figure: the number counts up when its page appears and ends exactly on the value as
// written; unit, label, year and change around it. Tap for the detail.
Rectangle {
    id: root

    property var figure: ({})
    property int countUpToken: 0
    property real shown: 0
    readonly property bool counting: countUp.running
    // What the card needs to show everything at its width; the grid sizes its cells from it.
    readonly property real neededHeight: column.implicitHeight + 2 * Theme.spacingL

    function restart() {
        countUp.stop();
        if (Kiosk.instant)
            return;
        shown = 0;
        countUp.to = figure.valueNumber ?? 0;
        countUp.start();
    }

    objectName: "figure-" + (figure.figureId ?? "")
    radius: Theme.radius
    color: tap.pressed ? Theme.surfaceRaised : Theme.card
    clip: true
    Accessible.role: Accessible.Button
    Accessible.name: (figure.label ?? "") + " " + (figure.valueText ?? "") + (figure.unit ?? "")

    onCountUpTokenChanged: restart()
    Component.onCompleted: restart()

    NumberAnimation {
        id: countUp
        target: root
        property: "shown"
        from: 0
        duration: Theme.countUpDuration
        easing.type: Easing.OutCubic
    }

    Column {
        id: column
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
                objectName: "figureNumber"
                width: Math.min(implicitWidth, parent.width * 0.72)
                height: Theme.fontNumber * 1.2
                // The final frame shows the value as formatted by Python, digit for digit.
                text: root.counting ? root.shown.toFixed(root.figure.decimals ?? 0) : (root.figure.valueText ?? "")
                color: Theme.cardText
                font.pixelSize: Theme.fontNumber
                font.bold: true
                fontSizeMode: Text.HorizontalFit
                minimumPixelSize: Theme.figureNumberMin
                wrapMode: Text.NoWrap
                elide: Text.ElideNone
                verticalAlignment: Text.AlignBottom
            }
            KioskText {
                anchors.baseline: number.baseline
                width: parent.width - number.width - parent.spacing
                text: root.figure.unit ?? ""
                color: Theme.cardText
                maximumLineCount: 2
            }
        }
        Flow {
            width: parent.width
            spacing: Theme.spacingS

            KioskText {
                text: String(root.figure.year ?? "")
                color: Theme.cardMuted
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.NoWrap
            }
            ChangeBadge {
                objectName: "changeBadge"
                figure: root.figure
                maximumWidth: parent.width
            }
        }
    }

    VisitorTap {
        id: tap
        onActivated: Kiosk.navigator.openDetail(root.figure.figureId)
    }
}
