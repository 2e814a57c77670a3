pragma ComponentBehavior: Bound
import QtQuick
import KioskBackend
import Kiosk

// One figure in full over the grid: the number with its change and net increase, its chart,
// its trend over the years where the content gives them, then the note, the source and what it
// counts (统计口径); previous and next go through its group (see DetailView).
DetailView {
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
    required property string basis
    required property var trend
    required property string trendUnit
    required property bool isOpen

    visible: isOpen
    kind: "figure"
    tint: Theme.figuresTint
    meta: groupTitle + "  ·  " + year
    title: label
    visual: Component {
        Column {
            spacing: Theme.spacingM

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
            Flow {
                width: parent.width
                spacing: Theme.spacingM
                visible: root.changeText !== "" || root.increaseText !== ""

                ChangeBadge {
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
            ComparisonChart {
                objectName: "figureDetailChart"
                width: parent.width
                title: root.comparisonTitle
                unit: root.comparisonUnit
                items: root.comparisonItems
            }
            TrendLine {
                width: parent.width
                unit: root.trendUnit
                points: root.trend
            }
        }
    }

    KioskText {
        objectName: "figureDetailNote"
        width: parent.width
        visible: text !== ""
        text: root.note
        color: Theme.cardText
        lineHeight: 1.25
        elide: Text.ElideNone
    }
    KioskText {
        width: parent.width
        objectName: "figureDetailSource"
        visible: text !== ""
        // Its own source, else the one the panel names for all its figures.
        text: root.source !== "" ? Texts.t.source + root.source : Figures.source !== "" ? Texts.t.source + Figures.source : ""
        color: Theme.cardMuted
        font.pixelSize: Theme.fontSmall
    }
    KioskText {
        objectName: "figureDetailBasis"
        width: parent.width
        visible: root.basis !== ""
        text: Texts.t.basis + root.basis
        color: Theme.cardMuted
        font.pixelSize: Theme.fontSmall
    }
}
