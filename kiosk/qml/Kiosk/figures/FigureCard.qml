import QtQuick
import KioskBackend
import Kiosk

// One key figure in its grid cell: the number counts up when its page appears and ends exactly
// on the value as written; unit, label, year and change around it. Tap for the detail.
Item {
    id: root

    required property string figureId
    required property string label
    required property string valueText
    required property real valueNumber
    required property int decimals
    required property string unit
    required property int year
    required property string changeDirection
    required property string changeText
    required property real percent
    property int countUpToken: 0
    // Counting up on a page nobody sees would only keep the screen repainting.
    property bool onScreen: false
    property real shown: 0
    readonly property bool counting: countUp.running
    // What the card needs to show everything at its width; the grid sizes its cells from it.
    readonly property real neededHeight: column.implicitHeight + 2 * Theme.spacingL

    function restart() {
        countUp.stop();
        if (Session.instant)
            return;
        shown = 0;
        countUp.to = valueNumber;
        countUp.start();
    }

    onCountUpTokenChanged: restart()
    Component.onCompleted: {
        if (onScreen)
            restart();
    }

    NumberAnimation {
        id: countUp
        target: root
        property: "shown"
        from: 0
        duration: Theme.countUpDuration
        easing.type: Easing.OutCubic
    }

    objectName: "figure-" + figureId

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - Theme.spacingM, Theme.figureCardMaxWidth)
        height: parent.height - Theme.spacingM
        radius: Theme.radius
        color: Theme.card
        clip: true
        Accessible.role: Accessible.Button
        Accessible.name: root.label + " " + root.valueText + root.unit

        // A share or a rate as a small ring at the card's side (its badge says what it is).
        FigureRing {
            id: ring
            objectName: "figureCardRing"
            // Only where the card is wide enough to keep its label and number whole.
            visible: root.percent >= 0 && parent.width >= Theme.figureCardRingMinWidth
            anchors.right: parent.right
            anchors.rightMargin: Theme.spacingL
            anchors.verticalCenter: parent.verticalCenter
            width: visible ? Math.min(Theme.ringSize * 0.6, parent.height - 2 * Theme.spacingL - Theme.touchTarget / 2) : 0
            height: width
            percent: root.percent
            shown: root.counting ? root.percent * root.shown / Math.max(0.000001, root.valueNumber) : root.percent
        }

        Column {
            id: column
            anchors.fill: parent
            anchors.margins: Theme.spacingL
            anchors.rightMargin: Theme.spacingL + (ring.visible ? ring.width + Theme.spacingM : 0)
            spacing: Theme.spacingS

            KioskText {
                width: parent.width
                text: root.label
                balanced: true
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
                    text: root.counting ? root.shown.toFixed(root.decimals) : root.valueText
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
                    text: root.unit
                    color: Theme.cardText
                    maximumLineCount: 2
                }
            }
            Flow {
                width: parent.width
                spacing: Theme.spacingS

                KioskText {
                    text: String(root.year)
                    color: Theme.cardMuted
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.NoWrap
                }
                ChangeBadge {
                    objectName: "changeBadge"
                    direction: root.changeDirection
                    text: root.changeText
                    maximumWidth: parent.width
                }
            }
        }
        OpenCue {
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            anchors.margins: Theme.spacingM
        }

        VisitorTap {
            id: tap
            onActivated: Navigator.openDetail(root.figureId)
        }

        PressHalo {
            pressed: tap.pressed
            onLight: true
            radius: Theme.radius
        }
    }
}
