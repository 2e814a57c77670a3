pragma ComponentBehavior: Bound
import QtQuick
import KioskBackend
import Kiosk

// Key figures: one tab per group; the group's figures as a grid of cards sized to the screen.
Item {
    id: root
    objectName: "figuresPanel"

    readonly property bool portrait: height > width
    readonly property var figures: Kiosk.figurePages[Kiosk.figureGroupIndex]?.figures ?? []
    readonly property int columns: Math.max(1, Math.min(portrait ? 2 : 4, figures.length))
    readonly property bool shown: visible && Kiosk.navigator.currentPanel === "figures"
    // Bumped whenever a page appears, so its numbers count up again.
    property int countUpToken: 0
    // The tallest card of the page: every cell is that tall, so no card cuts its text.
    property real tallestCard: 0

    onFiguresChanged: tallestCard = 0

    onShownChanged: {
        if (shown)
            countUpToken += 1;
    }

    Connections {
        target: Kiosk
        function onFigureGroupIndexChanged() {
            grid.positionViewAtBeginning();
        }
        function onSessionReset() {
            grid.positionViewAtBeginning();
        }
    }

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
        enabled: !detail.open
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
                highlighted: Kiosk.figureGroupIndex === index
                onClicked: Kiosk.figureGroupIndex = index
            }
        }
    }

    GridView {
        id: grid
        objectName: "figureGrid"
        enabled: !detail.open
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: groupTabs.bottom
        anchors.bottom: parent.bottom
        anchors.margins: Theme.spacingL
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        flickableDirection: Flickable.VerticalFlick
        cellWidth: width / root.columns
        cellHeight: Math.max(Theme.figureCardHeight, root.tallestCard) + Theme.spacingM
        model: root.figures

        delegate: Item {
            id: cell
            required property var modelData
            width: grid.cellWidth
            height: grid.cellHeight

            FigureCard {
                anchors.centerIn: parent
                width: Math.min(parent.width - Theme.spacingM, Theme.figureCardMaxWidth)
                height: parent.height - Theme.spacingM
                figure: cell.modelData
                countUpToken: root.countUpToken
                onNeededHeightChanged: root.tallestCard = Math.max(root.tallestCard, neededHeight)
            }
        }
    }

    // Over the tabs and the grid, which are disabled while it is open (see Main.qml).
    FigureDetail {
        id: detail
        anchors.fill: parent
    }
}
