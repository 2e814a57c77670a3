pragma ComponentBehavior: Bound
import QtQuick
import KioskBackend
import Kiosk

// Bars for a comparison the content gives (signed vs started, planned vs under way), drawn with
// plain rectangles: no chart library, nothing that needs a GPU.
Column {
    id: root

    property string title: ""
    property string unit: ""
    property var items: []  // {label, value, valueText} each
    // How far the bars have grown (a page's count-up moves it from 0 to 1).
    property real grow: 1
    readonly property real maximum: Math.max(1, ...items.map(item => item.value))

    spacing: Theme.spacingS
    visible: items.length > 0

    KioskText {
        width: root.width
        text: root.title + (root.unit ? Texts.fill(Texts.t.chartUnit, { unit: root.unit }) : "")
        color: Theme.cardText
        font.bold: true
    }

    Repeater {
        model: root.items

        Row {
            id: bar
            required property var modelData
            required property int index
            width: root.width
            height: Theme.chartBarHeight
            spacing: Theme.spacingS

            KioskText {
                anchors.verticalCenter: parent.verticalCenter
                width: Theme.chartLabelWidth
                text: bar.modelData.label
                color: Theme.cardText
                maximumLineCount: 2
            }
            Rectangle {
                objectName: "chartBar"
                anchors.verticalCenter: parent.verticalCenter
                width: Math.max(Theme.spacingXS, (root.width - Theme.chartLabelWidth - valueText.width - 2 * Theme.spacingS) * bar.modelData.value / root.maximum * root.grow)
                height: Theme.chartBarHeight - Theme.spacingS
                radius: Theme.radiusSmall
                color: bar.index === root.items.length - 1 ? Theme.chartBarLast : Theme.chartBar
            }
            KioskText {
                id: valueText
                anchors.verticalCenter: parent.verticalCenter
                text: bar.modelData.valueText
                color: Theme.cardText
                font.bold: true
                wrapMode: Text.NoWrap
            }
        }
    }
}
