pragma ComponentBehavior: Bound
import QtQuick
import KioskBackend
import Kiosk

// The open event's pictures in its detail, one at a time and fitted whole, each with its
// caption and credit; swipe or the arrows for the others; a tap on one shows it full size
// (`opened`, see PictureViewer). A single picture takes no swipe: the detail's own swipe
// (to the next event) goes on working over it.
Item {
    id: root

    required property string label
    required property color tint

    signal opened(int index)

    implicitHeight: Math.min(Theme.detailImageMaxHeight, width / Theme.pictureAspect) + (arrows.visible ? Theme.spacingS + arrows.height : 0)

    PageStrip {
        id: strip
        objectName: "eventGallery"
        width: parent.width
        height: parent.height - (arrows.visible ? Theme.spacingS + arrows.height : 0)
        model: Timeline.gallery

        delegate: Item {
            id: page

            required property int index
            required property string image
            required property string caption
            required property string credit
            required property string alt
            required property string initial

            width: strip.width
            height: strip.height

            // Room for two lines of caption whatever it wraps to: the caption's width follows
            // the picture's, so its height must not decide the picture's size.
            FontMetrics {
                id: captionMetrics
                font: captionText.font
            }

            ContentImage {
                id: picture
                objectName: "eventDetailImage"
                width: parent.width
                height: parent.height - (captionText.text === "" ? 0 : Theme.spacingS + 2 * Math.ceil(captionMetrics.height))
                source: page.image
                initial: page.initial
                label: page.alt !== "" ? page.alt : root.label
                tint: root.tint
                fillMode: Image.PreserveAspectFit
                Accessible.role: Accessible.Graphic
                Accessible.name: page.alt

                VisitorTap {
                    onActivated: root.opened(page.index)
                }
            }
            // Says that a tap shows the picture full size, at the picture's own corner.
            Rectangle {
                objectName: "enlargeCue"
                readonly property real shownWidth: picture.loaded ? picture.paintedWidth : picture.width
                readonly property real shownHeight: picture.loaded ? picture.paintedHeight : picture.height
                x: picture.x + (picture.width + shownWidth) / 2 - width - Theme.spacingS
                y: (picture.height + shownHeight) / 2 - height - Theme.spacingS
                width: Theme.iconSize + 2 * Theme.spacingS
                height: width
                radius: width / 2
                color: Theme.hintBackground
                Accessible.ignored: true

                Image {
                    anchors.centerIn: parent
                    source: "image://icon/fa5s.search-plus?color=" + encodeURIComponent(Theme.text)
                    sourceSize.width: Math.ceil(Theme.iconSize * Theme.imageScale)
                    sourceSize.height: Math.ceil(Theme.iconSize * Theme.imageScale)
                    width: Theme.iconSize
                    height: Theme.iconSize
                }
            }
            // Under the picture's own left edge, not the box it is fitted into.
            KioskText {
                id: captionText
                y: picture.height + Theme.spacingS
                x: picture.loaded ? (parent.width - picture.paintedWidth) / 2 : 0
                width: parent.width - 2 * x
                text: [page.caption, page.credit].filter(part => part !== "").join("  ·  ")
                color: Theme.cardMuted
                font.pixelSize: Theme.fontSmall
                maximumLineCount: 2
            }
        }
    }

    Row {
        id: arrows
        anchors.bottom: parent.bottom
        anchors.horizontalCenter: parent.horizontalCenter
        spacing: Theme.spacingM
        visible: strip.count > 1

        TouchButton {
            objectName: "previousPictureButton"
            icon: "fa5s.chevron-left"
            iconOnly: true
            text: Texts.t.previousPicture
            enabled: strip.page > 0
            opacity: enabled ? 1 : 0.4
            onClicked: strip.go(strip.page - 1)
        }
        KioskText {
            objectName: "galleryPosition"
            anchors.verticalCenter: parent.verticalCenter
            text: (strip.page + 1) + " / " + strip.count
            color: Theme.cardMuted
            wrapMode: Text.NoWrap
        }
        TouchButton {
            objectName: "nextPictureButton"
            icon: "fa5s.chevron-right"
            iconOnly: true
            text: Texts.t.nextPicture
            enabled: strip.page < strip.count - 1
            opacity: enabled ? 1 : 0.4
            onClicked: strip.go(strip.page + 1)
        }
    }
}
