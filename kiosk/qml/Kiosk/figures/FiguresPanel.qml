pragma ComponentBehavior: Bound
import QtQuick
import KioskBackend
import Kiosk

// Key figures: one tab per group; the group's lead figure drawn large (FigureStory) beside the
// others as a grid of cards (above them in portrait), together filling the screen.
Panel {
    id: root
    objectName: "figuresPanel"

    readonly property bool portrait: height > width
    readonly property bool detailOpen: root.current && Navigator.detail !== ""
    // Many figures beside the lead: three narrower columns and a narrower lead (landscape).
    readonly property bool crowded: !portrait && grid.count > 4
    readonly property int columns: Math.max(1, Math.min(crowded ? 3 : 2, grid.count))
    readonly property real storyShare: crowded ? Theme.figureStoryShareCrowded : Theme.figureStoryShare
    // The page under the tabs: the lead figure at its start, beside (above) the grid.
    readonly property real pageTop: groupTabs.y + groupTabs.height + Theme.spacingL
    readonly property real storyWidth: portrait ? width - 2 * Theme.spacingL : (width - 3 * Theme.spacingL) * storyShare
    readonly property real storyHeight: (height - pageTop) * storyShare
    // How far the grid steps aside for the lead, along the page's long side.
    readonly property real storyExtent: lead.count === 0 ? 0 : (portrait ? storyHeight : storyWidth) + Theme.spacingM
    readonly property int rows: Math.max(1, Math.ceil(grid.count / columns))
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

    // The numbers count up once the panel has slid into place, not while it moves.
    onShownChanged: {
        if (shown)
            settled.restart();
        else
            settled.stop();
    }
    Timer {
        id: settled
        interval: Theme.durationMedium + Theme.durationShort
        onTriggered: root.countUpToken += 1
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
    // The source of the panel's figures, once, beside its title.
    KioskText {
        objectName: "figuresSource"
        anchors.left: heading.right
        anchors.leftMargin: Theme.spacingL
        anchors.right: parent.right
        anchors.rightMargin: Theme.spacingL
        anchors.bottom: heading.baseline
        anchors.bottomMargin: -Theme.spacingXS
        visible: Figures.source !== ""
        text: Texts.t.source + Figures.source
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
        horizontalAlignment: Text.AlignRight
        maximumLineCount: 2
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

    Repeater {
        id: lead
        model: Figures.lead

        FigureStory {
            x: Theme.spacingL
            y: root.pageTop
            // Alone in its group, the lead takes the whole page.
            width: grid.count === 0 ? root.width - 2 * Theme.spacingL : root.storyWidth
            height: root.portrait && grid.count > 0 ? root.storyHeight : root.height - y - Theme.spacingL
            enabled: !root.detailOpen
            countUpToken: root.countUpToken
        }
    }

    GridView {
        id: grid
        objectName: "figureGrid"
        enabled: !root.detailOpen
        x: Theme.spacingL + (root.portrait ? 0 : root.storyExtent)
        y: root.pageTop + (root.portrait ? root.storyExtent : 0)
        width: root.width - Theme.spacingL - x
        height: root.height - y - Theme.spacingL
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        flickableDirection: Flickable.VerticalFlick
        cellWidth: width / root.columns
        // As tall as the tallest card needs, and taller to fill the page (within reason).
        readonly property real needed: Math.max(Theme.figureCardHeight, root.tallestCard) + Theme.spacingM
        cellHeight: Math.max(needed, Math.min(height / root.rows, 1.6 * needed))
        model: Figures.page

        delegate: FigureCard {
            width: grid.cellWidth
            height: grid.cellHeight
            countUpToken: root.countUpToken
            onScreen: root.shown
            onNeededHeightChanged: root.tallestCard = Math.max(root.tallestCard, neededHeight)
        }
    }

    MoreCue {
        flickable: grid
        background: Theme.background
        anchors.left: grid.left
        anchors.right: grid.right
        anchors.bottom: grid.bottom
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
