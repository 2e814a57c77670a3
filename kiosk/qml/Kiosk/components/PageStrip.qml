import QtQuick
import KioskBackend
import Kiosk

// A row of pages as wide as the strip, one shown at a time: a swipe or `go()` moves to the
// next, and `page` says which is shown once it has come to rest. Not the list's currentIndex
// and highlight range: a change of width (a detail laying itself out again) moves the items
// and the list's origin, and the range then drifted to another page.
ListView {
    id: root

    property int page: 0

    // Slides to the page: where the list puts it, animated from where it is.
    function go(index: int) {
        page = Math.max(0, Math.min(count - 1, index));
        const from = contentX;
        positionViewAtIndex(page, ListView.Beginning);
        slide.from = from;
        slide.to = contentX;
        contentX = from;
        slide.restart();
    }

    // Straight to the page, without sliding (a viewer opening on the picture tapped).
    function show(index: int) {
        slide.stop();
        page = Math.max(0, Math.min(count - 1, index));
        positionViewAtIndex(page, ListView.Beginning);
    }

    // Back on the page once the items have taken a new width (they follow the strip's after
    // its own handler has run).
    function keepPage() {
        if (!moving && !slide.running)
            positionViewAtIndex(page, ListView.Beginning);
    }

    orientation: ListView.Horizontal
    snapMode: ListView.SnapOneItem
    boundsBehavior: Flickable.StopAtBounds
    interactive: count > 1
    cacheBuffer: 0
    clip: true
    // Other pages start at their first.
    onCountChanged: show(0)
    onWidthChanged: Qt.callLater(keepPage)
    onMovementStarted: slide.stop()
    onMovementEnded: page = Math.max(0, indexAt(contentX + width / 2, contentY + height / 2))

    NumberAnimation {
        id: slide
        target: root
        property: "contentX"
        duration: Session.instant ? 0 : Theme.durationMedium
        easing.type: Easing.OutCubic
    }
}
