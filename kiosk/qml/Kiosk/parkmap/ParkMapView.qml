pragma ComponentBehavior: Bound
import QtQuick
import KioskBackend
import Kiosk

// The zone and its parks from the content's polygons, over the base image when there is one.
// Pinch or wheel to zoom, drag to pan (once zoomed; unzoomed, a drag swipes between panels),
// double-tap to zoom in; the view never leaves the map and never zooms past its limits.
Item {
    id: root
    objectName: "parkMapView"

    property string selectedParkId: ""
    property int year: 0
    readonly property real mapWidth: ParkMap.mapWidth
    readonly property real mapHeight: ParkMap.mapHeight
    readonly property real fitScale: Math.min(width / mapWidth, height / mapHeight)
    readonly property real maxScale: fitScale * Theme.mapMaxZoom
    property real viewScale: 1
    property real panX: 0
    property real panY: 0
    readonly property bool zoomed: viewScale > fitScale * 1.01

    signal parkTapped(string parkId)

    function existed(established: int): bool {
        return year === 0 || established === 0 || established <= year;
    }

    function clampScale(scale: real): real {
        return Math.max(fitScale, Math.min(maxScale, scale));
    }

    // Keep the map on screen: centred when smaller than the view, else covering it.
    function clampPan(value: real, scale: real, size: real, view: real): real {
        const scaled = size * scale;
        return scaled <= view ? (view - scaled) / 2 : Math.max(view - scaled, Math.min(0, value));
    }

    function setView(scale: real, x: real, y: real, animated: bool) {
        const s = clampScale(scale);
        const px = clampPan(x, s, mapWidth, width);
        const py = clampPan(y, s, mapHeight, height);
        viewAnimation.stop();
        if (animated) {
            scaleAnimation.to = s;
            xAnimation.to = px;
            yAnimation.to = py;
            viewAnimation.start();
        } else {
            viewScale = s;
            panX = px;
            panY = py;
        }
    }

    // Zoom by `factor` keeping the map point under `point` where it is.
    function zoomAt(point: point, factor: real, animated: bool) {
        const s = clampScale(viewScale * factor);
        const mapX = (point.x - panX) / viewScale;
        const mapY = (point.y - panY) / viewScale;
        setView(s, point.x - mapX * s, point.y - mapY * s, animated);
    }

    function resetView(animated: bool) {
        setView(fitScale, 0, 0, animated);
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

    clip: true
    // Drawn once into a layer that a panel slide then moves: with the software renderer the
    // park shapes cost ~8 ms per repaint, which every frame of a slide paid. PanelsView turns
    // it on when a slide brings the map into view and off when the map leaves it or the
    // panels are hidden: making a layer costs more than the one repaint it saves when the map
    // is simply shown, and a hidden layer is redrawn whenever it is shown again.
    property bool layered: false
    layer.enabled: layered
    // At the screen's resolution, not the design's: a 4K slide would blur the map otherwise.
    layer.textureSize: Qt.size(Math.ceil(width * Theme.imageScale), Math.ceil(height * Theme.imageScale))
    onFitScaleChanged: resetView(false)
    // A new size with the same fit (the other side changed) still moves the centred map.
    onWidthChanged: {
        if (!zoomed)
            resetView(false);
    }
    onHeightChanged: {
        if (!zoomed)
            resetView(false);
    }
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
        ParkShape {
            points: ParkMap.zoneOutline
            fillColour: Theme.mapLand
            opacity: ParkMap.baseImage !== "" ? 0.4 : 1
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
        id: labels
        model: ParkMap.parks
        onItemAdded: Qt.callLater(root.layoutLabels)

        ParkLabel {
            selected: root.selectedParkId === parkId
            onWidthChanged: Qt.callLater(root.layoutLabels)
            onHeightChanged: Qt.callLater(root.layoutLabels)
        }
    }

    PinchHandler {
        id: pinch
        target: null
        property real startScale: 1
        property point startPan
        property point startCentroid
        onActiveChanged: {
            if (active) {
                viewAnimation.stop();
                startScale = root.viewScale;
                startPan = Qt.point(root.panX, root.panY);
                startCentroid = centroid.position;
            }
        }
        onActiveScaleChanged: follow()
        onCentroidChanged: follow()
        function follow() {
            if (!active)
                return;
            const s = root.clampScale(startScale * activeScale);
            const mapX = (startCentroid.x - startPan.x) / startScale;
            const mapY = (startCentroid.y - startPan.y) / startScale;
            root.setView(s, centroid.position.x - mapX * s, centroid.position.y - mapY * s, false);
        }
    }

    DragHandler {
        id: drag
        target: null
        enabled: root.zoomed
        // Once panning, the panel swipe must not take the drag away.
        grabPermissions: PointerHandler.CanTakeOverFromAnything
        property point startPan
        onActiveChanged: {
            if (active) {
                viewAnimation.stop();
                startPan = Qt.point(root.panX, root.panY);
            } else {
                const velocity = centroid.velocity;
                root.setView(root.viewScale, root.panX + velocity.x * Theme.mapInertia, root.panY + velocity.y * Theme.mapInertia, true);
            }
        }
        onActiveTranslationChanged: {
            if (active)
                root.setView(root.viewScale, startPan.x + activeTranslation.x, startPan.y + activeTranslation.y, false);
        }
    }

    WheelHandler {
        target: null
        onWheel: event => root.zoomAt(Qt.point(event.x, event.y), Math.pow(Theme.mapWheelStep, event.angleDelta.y / 120), false)
    }

    // Not a VisitorTap: the second tap of a double tap zooms instead of choosing a park.
    TapHandler {
        onTapped: eventPoint => {
            if (tapCount !== 1 || !Session.acceptTap())
                return;
            const x = (eventPoint.position.x - root.panX) / root.viewScale;
            const y = (eventPoint.position.y - root.panY) / root.viewScale;
            root.parkTapped(ParkMap.parkAt(x, y));
        }
        onDoubleTapped: eventPoint => {
            if (Session.acceptTap())
                root.zoomAt(eventPoint.position, Theme.mapDoubleTapZoom, true);
        }
    }

    ParallelAnimation {
        id: viewAnimation
        NumberAnimation {
            id: scaleAnimation
            target: root
            property: "viewScale"
            duration: Theme.durationMedium
            easing.type: Easing.OutCubic
        }
        NumberAnimation {
            id: xAnimation
            target: root
            property: "panX"
            duration: Theme.durationMedium
            easing.type: Easing.OutCubic
        }
        NumberAnimation {
            id: yAnimation
            target: root
            property: "panY"
            duration: Theme.durationMedium
            easing.type: Easing.OutCubic
        }
    }
}
