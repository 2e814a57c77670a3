pragma ComponentBehavior: Bound
import QtQuick
import KioskBackend
import Kiosk

// Key figures: one tab per group, the group's figures as a grid of cards.
Item {
    id: root
    objectName: "figuresPanel"

    readonly property bool portrait: height > width
    property int groupIndex: 0
    readonly property int columns: portrait ? 2 : 4

    KioskText {
        id: heading
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.margins: Theme.spacingL
        text: Kiosk.info.figuresTitle ?? ""
        font.pixelSize: Theme.fontTitle
        font.bold: true
        wrapMode: Text.NoWrap
    }

    Flow {
        id: groupTabs
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: heading.bottom
        anchors.margins: Theme.spacingL
        spacing: Theme.spacingS

        Repeater {
            model: Kiosk.figureGroups

            TouchButton {
                required property int index
                required property string groupId
                required property string title
                objectName: "group-" + groupId
                text: title
                highlighted: root.groupIndex === index
                onClicked: root.groupIndex = index
            }
        }
    }

    GridView {
        id: grid
        objectName: "figureGrid"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: groupTabs.bottom
        anchors.bottom: parent.bottom
        anchors.margins: Theme.spacingL
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        cellWidth: width / root.columns
        cellHeight: Theme.figureCardHeight + Theme.spacingM
        model: Kiosk.figurePages[root.groupIndex]?.figures ?? []

        delegate: Item {
            id: cell
            required property var modelData
            width: grid.cellWidth
            height: grid.cellHeight

            FigureCard {
                anchors.fill: parent
                anchors.margins: Theme.spacingS
                figure: cell.modelData
            }
        }
    }
}
