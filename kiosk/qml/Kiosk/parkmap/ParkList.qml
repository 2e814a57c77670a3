pragma ComponentBehavior: Bound
import QtQuick
import KioskBackend
import Kiosk

// The parks by name, then the points of interest, each a large tap target; what did not yet
// exist in the chosen year fades. Two columns where the list is wide (under the map in
// portrait), one beside it.
Flickable {
    id: root

    property int year: 0
    readonly property int columns: width >= 2 * Theme.sidePanelWidth * 0.75 ? 2 : 1
    // The locator as the list's last cell (portrait: there is no room beside the plan).
    property bool withLocator: false
    readonly property real cellWidth: (width - (columns - 1) * column.spacing) / columns
    // Every entry of a row as tall as the tallest (an English name may take two lines).
    readonly property real rowHeight: {
        let tallest = withLocator && ParkMap.locator.shown ? Theme.locatorRowHeight : Theme.touchTarget;
        for (const child of column.children) {
            const entry = child as ParkEntry;
            if (entry)
                tallest = Math.max(tallest, entry.needed);
        }
        return tallest;
    }

    contentHeight: column.height + (ParkMap.points.count > 0 ? pointsHeading.height + pointsGrid.height + 2 * column.spacing : 0)
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    flickableDirection: Flickable.VerticalFlick

    Grid {
        id: column
        width: root.width
        columns: root.columns
        spacing: Theme.spacingS

        Repeater {
            model: ParkMap.parks

            ParkEntry {
                width: root.cellWidth
                height: root.columns > 1 ? root.rowHeight : needed
                year: root.year
            }
        }

        LocatorInset {
            visible: root.withLocator && ParkMap.locator.shown
            width: root.cellWidth
            height: root.rowHeight
        }
    }

    KioskText {
        id: pointsHeading
        objectName: "pointsHeading"
        y: column.height + column.spacing
        width: root.width
        visible: ParkMap.points.count > 0
        text: Texts.t.points
        color: Theme.textMuted
        font.bold: true
    }

    Grid {
        id: pointsGrid
        y: pointsHeading.y + pointsHeading.height + column.spacing
        width: root.width
        columns: root.columns
        spacing: Theme.spacingS

        Repeater {
            model: ParkMap.points

            PointEntry {
                width: root.cellWidth
                shownYear: root.year
            }
        }
    }
}
