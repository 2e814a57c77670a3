pragma ComponentBehavior: Bound
import QtQuick
import KioskBackend
import Kiosk

// The zone and its parks from the content's polygons, over the base image when there is one.
// Zoomed and panned as a ZoomArea (unzoomed, a drag swipes between panels); a tap opens the
// park under it.
ZoomArea {
    id: root
    objectName: "parkMapView"

    property string selectedParkId: ""
    property int year: 0
    readonly property real mapWidth: ParkMap.mapWidth
    readonly property real mapHeight: ParkMap.mapHeight

    signal parkTapped(string parkId)

    function existed(established: int): bool {
        return year === 0 || established === 0 || established <= year;
    }

    function layoutLabels() {
        const taken = [];
        const order = [];
        for (let i = 0; i < labels.count; ++i) {
            const label = labels.itemAt(i) as ParkLabel;
            if (label)
                order.push(label);
        }
        order.sort((a, b) => (b.selected ? 1 : 0) - (a.selected ? 1 : 0));
        for (const label of order) {
            const cx = panX + label.labelX * viewScale;
            const cy = panY + label.labelY * viewScale;
            const inView = cx >= 0 && cx <= width && cy >= 0 && cy <= height;
            // On its point, else just above or below it on a leader line: a name never hides
            // while its park is in view.
            const gap = Theme.mapLeader;
            const tops = [cy - label.height / 2, cy - label.height - gap, cy + gap];
            let box = null;
            for (const top of tops) {
                const x = Math.max(Theme.spacingXS, Math.min(width - label.width - Theme.spacingXS, cx - label.width / 2));
                const y = Math.max(Theme.spacingXS, Math.min(height - label.height - Theme.spacingXS, top));
                const candidate = Qt.rect(x, y, label.width, label.height);
                const clash = taken.some(other => candidate.x < other.x + other.width && other.x < candidate.x + candidate.width && candidate.y < other.y + other.height && other.y < candidate.y + candidate.height);
                if (!clash) {
                    box = candidate;
                    break;
                }
            }
            label.placed = inView && box !== null && existed(label.established);
            if (!label.placed)
                continue;
            label.x = box.x;
            label.y = box.y;
            label.pointX = cx - box.x;
            label.pointY = cy - box.y;
            taken.push(box);
        }
    }

    contentWidth: mapWidth
    contentHeight: mapHeight
    maxZoom: Theme.mapMaxZoom
    onTapped: contentPoint => parkTapped(ParkMap.parkAt(contentPoint.x, contentPoint.y))
    // Drawn once into a layer that a panel slide then moves: with the software renderer the
    // park shapes cost ~8 ms per repaint, which every frame of a slide paid. PanelsView turns
    // it on when a slide brings the map into view and off when the map leaves it or the
    // panels are hidden: making a layer costs more than the one repaint it saves when the map
    // is simply shown, and a hidden layer is redrawn whenever it is shown again.
    property bool layered: false
    layer.enabled: layered
    // At the screen's resolution, not the design's: a 4K slide would blur the map otherwise.
    layer.textureSize: Qt.size(Math.ceil(width * Theme.imageScale), Math.ceil(height * Theme.imageScale))
    onViewScaleChanged: Qt.callLater(layoutLabels)
    onPanXChanged: Qt.callLater(layoutLabels)
    onPanYChanged: Qt.callLater(layoutLabels)
    onSelectedParkIdChanged: Qt.callLater(layoutLabels)
    onYearChanged: Qt.callLater(layoutLabels)

    Item {
        id: canvas
        x: root.panX
        y: root.panY
        width: root.mapWidth
        height: root.mapHeight
        scale: root.viewScale
        transformOrigin: Item.TopLeft

        Image {
            anchors.fill: parent
            visible: source !== ""
            source: ParkMap.baseImage
            sourceSize.width: Math.min(Math.ceil(2560 * Theme.imageScale), root.mapWidth)
            asynchronous: true
        }
        // The zone as it was in the year shown; today's outline faded for years before it
        // where the content has no shape for them.
        ParkShape {
            objectName: "zoneOutline"
            points: ParkMap.shownOutline
            fillColour: Theme.mapLand
            opacity: (ParkMap.baseImage !== "" ? 0.4 : 1) * (ParkMap.outlineOfItsTime ? 1 : Theme.mapOutlineFaded)
        }
        Repeater {
            model: ParkMap.parks

            ParkShape {
                required property string parkId
                required property var polygon
                required property color colour
                required property int established
                objectName: "park-" + parkId
                points: polygon
                fillColour: colour
                selected: root.selectedParkId === parkId
                opacity: root.existed(established) ? 1 : Theme.mapFadedOpacity
            }
        }
    }

    Repeater {
        model: ParkMap.points

        PointMarker {
            x: root.panX + pointX * root.viewScale - width / 2
            y: root.panY + pointY * root.viewScale - height / 2
            shownYear: root.year
            selected: root.selectedParkId === pointId
        }
    }

    Repeater {
        id: labels
        model: ParkMap.parks
        onItemAdded: Qt.callLater(root.layoutLabels)

        ParkLabel {
            selected: root.selectedParkId === parkId
            onWidthChanged: Qt.callLater(root.layoutLabels)
            onHeightChanged: Qt.callLater(root.layoutLabels)
        }
    }
}
