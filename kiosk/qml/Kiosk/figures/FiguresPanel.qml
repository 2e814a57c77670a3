pragma ComponentBehavior: Bound
import QtQuick
import KioskBackend
import Kiosk

// Key figures: one tab per group; the group's figures as a grid of cards sized to the screen.
Panel {
    id: root
    objectName: "figuresPanel"

    readonly property bool portrait: height > width
    readonly property bool detailOpen: root.current && Navigator.detail !== ""
    readonly property int columns: Math.max(1, Math.min(portrait ? 2 : 4, grid.count))
    readonly property bool shown: visible && root.current
    // Bumped whenever a page appears, so its numbers count up again.
    property int countUpToken: 0
    // The tallest card of the page: every cell is that tall, so no card cuts its text.
    property real tallestCard: 0

    // Before the new page's cards are made and report their heights.
    Connections {
        target: Figures.page
        function onModelAboutToBeReset() {
            root.tallestCard = 0;
        }
    }

    onShownChanged: {
        if (shown)
            countUpToken += 1;
    }

    Connections {
        target: Navigator
        function onFigureGroupIndexChanged() {
            grid.positionViewAtBeginning();
        }
    }
    Connections {
        target: Session
        function onSessionReset() {
            grid.positionViewAtBeginning();
        }
    }

    KioskText {
        id: heading
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.margins: Theme.spacingL
        text: Figures.title
        headline: true
        font.pixelSize: Theme.fontTitle
        font.bold: true
        wrapMode: Text.NoWrap
    }

    Flow {
        id: groupTabs
        enabled: !root.detailOpen
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: heading.bottom
        anchors.margins: Theme.spacingL
        spacing: Theme.spacingS

        Repeater {
            model: Figures.groups

            TouchButton {
                required property int index
                required property string groupId
                required property string title
                objectName: "group-" + groupId
                text: title
                highlighted: Navigator.figureGroupIndex === index
                onClicked: Navigator.figureGroupIndex = index
            }
        }
    }

    GridView {
        id: grid
        objectName: "figureGrid"
        enabled: !root.detailOpen
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
        model: Figures.page

        delegate: FigureCard {
            width: grid.cellWidth
            height: grid.cellHeight
            countUpToken: root.countUpToken
            onScreen: root.shown
            onNeededHeightChanged: root.tallestCard = Math.max(root.tallestCard, neededHeight)
        }
    }

    GestureHint {
        anchors.horizontalCenter: grid.horizontalCenter
        anchors.bottom: grid.bottom
        anchors.bottomMargin: Theme.spacingL
        showing: root.current && !root.detailOpen
        text: Texts.t.figuresGesture
    }

    // Over the tabs and the grid, which are disabled while it is open (see Main.qml).
    Repeater {
        model: Figures.openFigure

        FigureDetail {
            width: root.width
            height: root.height
        }
    }
}
