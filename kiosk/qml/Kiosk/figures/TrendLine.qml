pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Shapes
import KioskBackend
import Kiosk

// A figure's values over the years the content gives, as a small line: a dot for each year,
// the first and last years named under the line and their values above their dots. Drawn from
// the content's own series only; a figure without one draws nothing.
Column {
    id: root

    property string unit: ""
    property var points: []  // {year, value, valueText} each, oldest first
    readonly property real lowest: Math.min(0, ...points.map(point => point.value))
    readonly property real highest: Math.max(...points.map(point => point.value), lowest + 1)
    readonly property real plotHeight: Theme.trendHeight

    function px(index: int): real {
        return points.length < 2 ? plot.width / 2 : Theme.spacingM + index * (plot.width - 2 * Theme.spacingM) / (points.length - 1);
    }
    function py(value: real): real {
        return Theme.fontSmall + Theme.spacingS + (1 - (value - lowest) / (highest - lowest)) * (plotHeight - Theme.fontSmall - Theme.spacingS);
    }

    spacing: Theme.spacingS
    visible: points.length >= 2

    KioskText {
        width: root.width
        text: Texts.t.trendTitle + (root.unit ? Texts.fill(Texts.t.chartUnit, { unit: root.unit }) : "")
        color: Theme.cardText
        font.bold: true
    }

    Item {
        id: plot
        objectName: "figureTrend"
        width: root.width
        height: root.plotHeight + Theme.fontSmall + Theme.spacingS

        Shape {
            anchors.fill: parent
            preferredRendererType: Shape.CurveRenderer

            ShapePath {
                strokeColor: Theme.chartBar
                strokeWidth: Theme.borderWidth
                fillColor: "transparent"
                joinStyle: ShapePath.RoundJoin
                capStyle: ShapePath.RoundCap
                PathPolyline {
                    path: root.points.map((point, index) => Qt.point(root.px(index), root.py(point.value)))
                }
            }
        }

        Repeater {
            model: root.points

            Item {
                id: stop
                required property var modelData
                required property int index
                readonly property bool named: index === 0 || index === root.points.length - 1

                Rectangle {
                    x: root.px(stop.index) - width / 2
                    y: root.py(stop.modelData.value) - height / 2
                    width: stop.named ? Theme.spacingM : Theme.spacingS
                    height: width
                    radius: width / 2
                    color: stop.index === root.points.length - 1 ? Theme.chartBarLast : Theme.chartBar
                }
                KioskText {
                    visible: stop.named
                    x: Math.max(0, Math.min(plot.width - width, root.px(stop.index) - width / 2))
                    y: root.py(stop.modelData.value) - height - Theme.spacingXS
                    text: stop.modelData.valueText
                    color: Theme.cardText
                    font.pixelSize: Theme.fontSmall
                    font.bold: true
                    wrapMode: Text.NoWrap
                }
                KioskText {
                    visible: stop.named
                    x: Math.max(0, Math.min(plot.width - width, root.px(stop.index) - width / 2))
                    y: root.plotHeight + Theme.spacingS
                    text: String(stop.modelData.year)
                    color: Theme.cardMuted
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.NoWrap
                }
            }
        }
    }
}
