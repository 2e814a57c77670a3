import QtQuick
import QtQuick.Controls.Basic
import KioskBackend
import Kiosk

// One figure in full over the grid: number, change, net increase, note, source and its chart.
// Close by the button, a tap outside or a swipe down.
Item {
    id: root
    objectName: "figureDetail"

    required property string figureId
    required property string groupTitle
    required property string label
    required property string valueText
    required property string unit
    required property int year
    required property string changeDirection
    required property string changeText
    required property string increaseText
    required property string note
    required property string source
    required property string comparisonTitle
    required property string comparisonUnit
    required property var comparisonItems
    required property string linkCode
    required property bool isOpen

    visible: isOpen

    Rectangle {
        anchors.fill: parent
        color: Theme.scrim
    }
    TouchBlocker {
        anchors.fill: parent
        preventStealing: false
        onClicked: mouse => {
            if (!card.contains(mapToItem(card, mouse.x, mouse.y)) && Session.acceptTap())
                Navigator.closeDetail();
        }
    }

    Rectangle {
        id: card
        objectName: "figureDetailCard"
        anchors.centerIn: parent
        anchors.verticalCenterOffset: swipe.active ? Math.max(0, swipe.activeTranslation.y) * Theme.swipeFollow : 0
        width: Math.min(parent.width - 2 * Theme.spacingL, Theme.detailMaxWidth * 0.7)
        height: Math.min(parent.height - 2 * Theme.spacingL, column.implicitHeight + 2 * Theme.spacingL)
        radius: Theme.radius
        color: Theme.card

        DragHandler {
            id: swipe
            target: null
            xAxis.enabled: false
            property real lastY: 0
            onActiveTranslationChanged: lastY = activeTranslation.y
            onActiveChanged: {
                if (!active && lastY > Theme.swipeThreshold)
                    Navigator.closeDetail();
            }
        }

        Flickable {
            anchors.fill: parent
            anchors.margins: Theme.spacingL
            contentHeight: column.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            flickableDirection: Flickable.VerticalFlick
            interactive: contentHeight > height
            ScrollIndicator.vertical: ScrollIndicator {}

            Column {
                id: column
                width: parent.width
                spacing: Theme.spacingM

                KioskText {
                    objectName: "figureDetailGroup"
                    width: parent.width - closeButton.width
                    text: root.groupTitle + "  ·  " + root.year
                    color: Theme.cardMuted
                }
                KioskText {
                    objectName: "figureDetailLabel"
                    width: parent.width - closeButton.width
                    text: root.label
                    balanced: true
                    color: Theme.cardText
                    headline: true
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                }
                Row {
                    spacing: Theme.spacingS

                    KioskText {
                        id: number
                        objectName: "figureDetailNumber"
                        text: root.valueText
                        color: Theme.cardText
                        font.pixelSize: Theme.fontDisplay
                        font.bold: true
                        wrapMode: Text.NoWrap
                    }
                    KioskText {
                        anchors.baseline: number.baseline
                        text: root.unit
                        color: Theme.cardText
                        font.pixelSize: Theme.fontHeading
                        wrapMode: Text.NoWrap
                    }
                }
                Row {
                    spacing: Theme.spacingM

                    ChangeBadge {
                        anchors.verticalCenter: parent.verticalCenter
                        direction: root.changeDirection
                        text: root.changeText
                    }
                    KioskText {
                        anchors.verticalCenter: parent.verticalCenter
                        visible: root.increaseText !== ""
                        text: Texts.fill(Texts.t.increase, { value: root.increaseText, unit: root.unit })
                        color: Theme.cardText
                        font.bold: true
                        wrapMode: Text.NoWrap
                    }
                }
                KioskText {
                    objectName: "figureDetailNote"
                    width: parent.width
                    visible: text !== ""
                    text: root.note
                    color: Theme.cardText
                    elide: Text.ElideNone
                }
                ComparisonChart {
                    objectName: "figureDetailChart"
                    width: parent.width
                    title: root.comparisonTitle
                    unit: root.comparisonUnit
                    items: root.comparisonItems
                }
                KioskText {
                    width: parent.width
                    visible: root.source !== ""
                    text: Texts.t.source + root.source
                    color: Theme.cardMuted
                    font.pixelSize: Theme.fontSmall
                }
                LinkCode {
                    code: root.linkCode
                }
            }
        }

        TouchButton {
            id: closeButton
            objectName: "closeFigureButton"
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.margins: Theme.spacingM
            icon: "fa5s.times"
            iconOnly: true
            text: Texts.t.close
            onClicked: Navigator.closeDetail()
        }
    }
}
