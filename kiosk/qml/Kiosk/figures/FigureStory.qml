pragma ComponentBehavior: Bound
import QtQuick
import KioskBackend
import Kiosk

// The group's lead figure, drawn large: its label, the number counting up once the page has
// settled, its change, and its visual (content `visual`): a ring for a share or a rate, bars
// for a comparison, or the note set large beside a plain number. Tap for the detail.
Rectangle {
    id: root
    // Named as a card is (figure-<id>): a link or a test finds a figure wherever it is drawn.
    objectName: "figure-" + figureId

    required property string figureId
    required property string groupTitle
    required property string label
    required property string valueText
    required property real valueNumber
    required property int decimals
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
    required property string visual
    required property real percent
    required property string percentText
    required property string percentLabel
    property int countUpToken: 0
    property real progress: 1
    readonly property bool counting: countUp.running
    readonly property bool lead: true

    function restart() {
        countUp.stop();
        progress = 1;
        if (Session.instant)
            return;
        progress = 0;
        countUp.start();
    }

    onCountUpTokenChanged: restart()

    NumberAnimation {
        id: countUp
        target: root
        property: "progress"
        from: 0
        to: 1
        duration: Theme.countUpDuration
        easing.type: Easing.OutCubic
    }

    radius: Theme.radius
    color: Theme.card
    clip: true
    Accessible.role: Accessible.Button
    Accessible.name: root.label + " " + root.valueText + root.unit

    Rectangle {
        width: parent.width
        height: Theme.eraBandHeight
        color: Theme.figuresTint
    }

    Column {
        id: head
        x: Theme.spacingL
        y: Theme.eraBandHeight + Theme.spacingL
        width: root.width - 2 * Theme.spacingL
        spacing: Theme.spacingS

        KioskText {
            width: parent.width
            text: root.groupTitle + "  ·  " + root.year
            color: Theme.cardMuted
            font.pixelSize: Theme.fontSmall
        }
        KioskText {
            objectName: "figureStoryLabel"
            width: parent.width
            text: root.label
            balanced: true
            headline: true
            color: Theme.cardText
            font.pixelSize: Theme.fontHeading
            font.bold: true
            maximumLineCount: 2
        }
        Row {
            spacing: Theme.spacingS

            KioskText {
                id: number
                objectName: "figureNumber"
                width: Math.min(implicitWidth, head.width - unitText.implicitWidth - parent.spacing)
                height: Theme.fontDisplay * 1.2
                // The final frame shows the value as formatted by Python, digit for digit.
                text: root.counting ? (root.valueNumber * root.progress).toFixed(root.decimals) : root.valueText
                color: Theme.cardText
                font.pixelSize: Theme.fontDisplay
                font.bold: true
                fontSizeMode: Text.HorizontalFit
                minimumPixelSize: Theme.figureNumberMin
                wrapMode: Text.NoWrap
                elide: Text.ElideNone
                verticalAlignment: Text.AlignBottom
            }
            KioskText {
                id: unitText
                anchors.baseline: number.baseline
                text: root.unit
                color: Theme.cardText
                font.pixelSize: Theme.fontHeading
                wrapMode: Text.NoWrap
            }
        }
        Flow {
            width: parent.width
            spacing: Theme.spacingM
            visible: root.changeText !== "" || root.increaseText !== ""

            // The ring below says a share or a rate; the badge says a growth.
            ChangeBadge {
                objectName: "changeBadge"
                visible: direction !== "" && root.visual !== "ring"
                direction: root.changeDirection
                text: root.changeText
            }
            KioskText {
                visible: root.increaseText !== ""
                text: Texts.fill(Texts.t.increase, { value: root.increaseText, unit: root.unit })
                color: Theme.cardText
                font.bold: true
                wrapMode: Text.NoWrap
            }
        }
    }

    // What is left under the head, for the visual.
    Item {
        id: room
        x: Theme.spacingL
        y: head.y + head.height + Theme.spacingL
        width: root.width - 2 * Theme.spacingL
        height: root.height - y - foot.height - 2 * Theme.spacingL

        FigureRing {
            objectName: "figureStoryRing"
            visible: root.visual === "ring" && root.percent >= 0
            anchors.centerIn: parent
            width: Math.min(parent.width, parent.height, Theme.ringSize * 1.8)
            height: width
            percent: root.percent
            shown: root.percent * root.progress
            percentText: root.percentText
            caption: root.percentLabel
        }
        ComparisonChart {
            objectName: "figureStoryChart"
            visible: root.visual === "bars" && root.comparisonItems.length > 0
            anchors.verticalCenter: parent.verticalCenter
            width: parent.width
            title: root.comparisonTitle
            unit: root.comparisonUnit
            items: root.comparisonItems
            grow: root.progress
        }
        KioskText {
            objectName: "figureStoryNote"
            visible: root.visual === "number" || (root.visual === "bars" && root.comparisonItems.length === 0)
            anchors.verticalCenter: parent.verticalCenter
            width: parent.width
            text: root.note
            color: Theme.cardText
            font.pixelSize: Theme.fontHeading
            lineHeight: 1.2
            elide: Text.ElideRight
            maximumLineCount: Math.max(1, Math.floor(parent.height / (Theme.fontHeading * 1.5)))
        }
    }

    Column {
        id: foot
        x: Theme.spacingL
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.spacingL
        width: root.width - 2 * Theme.spacingL - cue.width - Theme.spacingM
        spacing: Theme.spacingXS

        KioskText {
            width: parent.width
            // The note goes here where the visual is a ring or bars.
            visible: root.visual !== "number" && root.note !== ""
            text: root.note
            color: Theme.cardText
            maximumLineCount: 2
        }
        KioskText {
            width: parent.width
            visible: root.source !== ""
            text: Texts.t.source + root.source
            color: Theme.cardMuted
            font.pixelSize: Theme.fontSmall
            maximumLineCount: 1
        }
    }

    OpenCue {
        id: cue
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.spacingL
    }

    VisitorTap {
        id: tap
        onActivated: Navigator.openDetail(root.figureId)
    }
    PressHalo {
        pressed: tap.pressed
        onLight: true
        radius: root.radius
    }
}
