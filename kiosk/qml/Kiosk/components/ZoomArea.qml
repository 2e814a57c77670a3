import QtQuick
import KioskBackend
import Kiosk

// A view onto a drawing of contentWidth × contentHeight that a visitor zooms and pans: pinch or
// wheel to zoom, drag to pan once zoomed (unzoomed, a drag belongs to whatever lies under the
// view: a panel swipe, a gallery's), double-tap to zoom in. The drawing never leaves the view
// and never zooms past `maxZoom` times its fit. Its children draw the content at
// (panX, panY) scaled by viewScale; `tapped` gives a single tap in content coordinates.
Item {
    id: root

    required property real contentWidth
    required property real contentHeight
    required property real maxZoom
    readonly property real fitScale: Math.min(width / contentWidth, height / contentHeight)
    readonly property real maxScale: fitScale * maxZoom
    property real viewScale: 1
    property real panX: 0
    property real panY: 0
    readonly property bool zoomed: viewScale > fitScale * 1.01

    signal tapped(point contentPoint)

    function clampScale(scale: real): real {
        return Math.max(fitScale, Math.min(maxScale, scale));
    }

    // Keep the drawing on screen: centred when smaller than the view, else covering it.
    function clampPan(value: real, scale: real, size: real, view: real): real {
        const scaled = size * scale;
        return scaled <= view ? (view - scaled) / 2 : Math.max(view - scaled, Math.min(0, value));
    }

    function setView(scale: real, x: real, y: real, animated: bool) {
        const s = clampScale(scale);
        const px = clampPan(x, s, contentWidth, width);
        const py = clampPan(y, s, contentHeight, height);
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

    // Zoom by `factor` keeping the content point under `point` where it is.
    function zoomAt(point: point, factor: real, animated: bool) {
        const s = clampScale(viewScale * factor);
        const contentX = (point.x - panX) / viewScale;
        const contentY = (point.y - panY) / viewScale;
        setView(s, point.x - contentX * s, point.y - contentY * s, animated);
    }

    function resetView(animated: bool) {
        setView(fitScale, 0, 0, animated);
    }

    clip: true
    onFitScaleChanged: resetView(false)
    // A new size with the same fit (the other side changed) still moves the centred drawing.
    onWidthChanged: {
        if (!zoomed)
            resetView(false);
    }
    onHeightChanged: {
        if (!zoomed)
            resetView(false);
    }

    PinchHandler {
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
            const contentX = (startCentroid.x - startPan.x) / startScale;
            const contentY = (startCentroid.y - startPan.y) / startScale;
            root.setView(s, centroid.position.x - contentX * s, centroid.position.y - contentY * s, false);
        }
    }

    DragHandler {
        target: null
        enabled: root.zoomed
        // Once panning, a swipe underneath must not take the drag away.
        grabPermissions: PointerHandler.CanTakeOverFromAnything
        property point startPan
        onActiveChanged: {
            if (active) {
                viewAnimation.stop();
                startPan = Qt.point(root.panX, root.panY);
            } else {
                const velocity = centroid.velocity;
                root.setView(root.viewScale, root.panX + velocity.x * Theme.zoomInertia, root.panY + velocity.y * Theme.zoomInertia, true);
            }
        }
        onActiveTranslationChanged: {
            if (active)
                root.setView(root.viewScale, startPan.x + activeTranslation.x, startPan.y + activeTranslation.y, false);
        }
    }

    WheelHandler {
        target: null
        onWheel: event => root.zoomAt(Qt.point(event.x, event.y), Math.pow(Theme.zoomWheelStep, event.angleDelta.y / 120), false)
    }

    // Not a VisitorTap: the second tap of a double tap zooms instead of counting as a tap.
    TapHandler {
        onTapped: eventPoint => {
            if (tapCount !== 1 || !Session.acceptTap())
                return;
            root.tapped(Qt.point((eventPoint.position.x - root.panX) / root.viewScale, (eventPoint.position.y - root.panY) / root.viewScale));
        }
        onDoubleTapped: eventPoint => {
            if (Session.acceptTap())
                root.zoomAt(eventPoint.position, Theme.zoomDoubleTap, true);
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
