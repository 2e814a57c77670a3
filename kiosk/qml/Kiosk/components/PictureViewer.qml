pragma ComponentBehavior: Bound
import QtQuick
import KioskBackend
import Kiosk

// Pictures full size over a detail: pinch or double-tap to zoom, drag to look around a zoomed
// one, swipe or the arrows for the next; nothing under it reacts while it is shown. Each
// picture is decoded at twice its fitted size (the image cache caps the edge), so a zoom is
// sharper than the detail's copy without decoding again while the fingers move; that copy is
// not kept in Qt's picture cache once the viewer lets it go (the disk cache keeps it). It closes
// itself when its pictures go (the detail closed, the visitor walked away).
Rectangle {
    id: root
    objectName: "pictureViewer"

    property alias model: pages.model
    property bool shown: false
    function show(index: int) {
        shown = true;
        pages.show(index);
    }

    visible: shown && pages.count > 0
    color: Theme.viewerBackground

    // Nothing underneath reacts; a drag is still the picture's to take (no stealing prevention).
    TouchBlocker {
        anchors.fill: parent
        preventStealing: false
    }

    Item {
        id: bar
        width: parent.width
        height: Theme.touchTarget + 2 * Theme.spacingM

        KioskText {
            objectName: "pictureViewerPosition"
            anchors.left: parent.left
            anchors.leftMargin: Theme.spacingL
            anchors.verticalCenter: parent.verticalCenter
            visible: pages.count > 1
            text: (pages.page + 1) + " / " + pages.count
            color: Theme.text
            wrapMode: Text.NoWrap
        }
        KioskText {
            anchors.centerIn: parent
            width: parent.width - 2 * (closeButton.width + 2 * Theme.spacingL)
            horizontalAlignment: Text.AlignHCenter
            text: Texts.t.pictureGesture
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            maximumLineCount: 1
        }
        TouchButton {
            id: closeButton
            objectName: "closePictureButton"
            anchors.right: parent.right
            anchors.rightMargin: Theme.spacingL
            anchors.verticalCenter: parent.verticalCenter
            icon: "fa5s.times"
            text: Texts.t.close
            onClicked: root.shown = false
        }
    }

    PageStrip {
        id: pages
        objectName: "pictureViewerPages"

        // Set by the page shown: a zoomed picture pans under the finger instead of swiping.
        property bool pageZoomed: false

        y: bar.height
        width: parent.width
        height: parent.height - bar.height
        interactive: count > 1 && !pageZoomed
        onCountChanged: {
            if (count === 0)
                root.shown = false;
        }

        delegate: Item {
            id: page

            required property int index
            required property string image
            required property string caption
            required property string credit
            required property string alt
            required property string initial
            readonly property bool current: index === pages.page

            width: pages.width
            height: pages.height
            onCurrentChanged: {
                if (!current)
                    zoom.resetView(false);
            }

            ZoomArea {
                id: zoom
                objectName: "pictureZoom"
                x: Theme.spacingL
                width: parent.width - 2 * Theme.spacingL
                height: parent.height - captionText.height - 2 * Theme.spacingM
                // In units of its own (a size tied to the view's would change the fit while
                // the view resizes): the picture's shape, its decode sized from the fit below.
                contentWidth: 1000
                contentHeight: contentWidth / (picture.aspect > 0 ? picture.aspect : Theme.pictureAspect)
                maxZoom: Theme.pictureMaxZoom
                onZoomedChanged: {
                    if (page.current)
                        pages.pageZoomed = zoomed;
                }

                ContentImage {
                    id: picture
                    objectName: "viewerImage"
                    x: zoom.panX
                    y: zoom.panY
                    width: zoom.contentWidth
                    height: zoom.contentHeight
                    scale: zoom.viewScale
                    transformOrigin: Item.TopLeft
                    source: page.image
                    initial: page.initial
                    label: page.alt
                    detail: 2 * zoom.fitScale
                    cached: false
                    fillMode: Image.PreserveAspectFit
                    Accessible.role: Accessible.Graphic
                    Accessible.name: page.alt
                }
            }
            KioskText {
                id: captionText
                anchors.bottom: parent.bottom
                anchors.bottomMargin: Theme.spacingM
                anchors.horizontalCenter: parent.horizontalCenter
                width: parent.width - 2 * Theme.spacingL
                visible: text !== ""
                text: [page.caption, page.credit].filter(part => part !== "").join("  ·  ")
                color: Theme.text
                horizontalAlignment: Text.AlignHCenter
                maximumLineCount: 2
            }
        }
    }

    TouchButton {
        objectName: "viewerPreviousButton"
        anchors.left: parent.left
        anchors.leftMargin: Theme.spacingL
        anchors.verticalCenter: pages.verticalCenter
        visible: pages.count > 1 && !pages.pageZoomed
        icon: "fa5s.chevron-left"
        iconOnly: true
        text: Texts.t.previousPicture
        enabled: pages.page > 0
        opacity: enabled ? 1 : 0.4
        onClicked: pages.go(pages.page - 1)
    }
    TouchButton {
        objectName: "viewerNextButton"
        anchors.right: parent.right
        anchors.rightMargin: Theme.spacingL
        anchors.verticalCenter: pages.verticalCenter
        visible: pages.count > 1 && !pages.pageZoomed
        icon: "fa5s.chevron-right"
        iconOnly: true
        text: Texts.t.nextPicture
        enabled: pages.page < pages.count - 1
        opacity: enabled ? 1 : 0.4
        onClicked: pages.go(pages.page + 1)
    }
}
