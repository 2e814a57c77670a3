pragma ComponentBehavior: Bound
import QtQuick
import KioskBackend
import Kiosk

// The selected point of interest beside the map (below it in portrait): its picture when
// staff gave one, its kind, name, key facts and description; previous and next go through the
// points (see DetailView).
DetailView {
    id: root
    objectName: "pointCard"

    required property string pointId
    required property string name
    required property string kindText
    required property string summary
    required property var facts
    required property string description
    required property string image
    required property string caption
    required property bool isOpen

    visible: isOpen
    kind: "point"
    modal: false
    tint: Theme.accent
    title: name
    meta: kindText
    visual: image === "" ? null : pictureComponent

    Component {
        id: pictureComponent
        ContentImage {
            objectName: "pointDetailImage"
            implicitHeight: width / Theme.pictureAspect
            source: root.image
            initial: root.name.slice(0, 1)
            label: root.caption
            fillMode: Image.PreserveAspectFit
        }
    }

    KioskText {
        objectName: "pointDetailSummary"
        width: parent.width
        visible: root.facts.length === 0
        text: root.summary
        color: Theme.cardText
        font.bold: true
    }
    Column {
        objectName: "pointDetailFacts"
        width: parent.width
        visible: root.facts.length > 0
        spacing: Theme.spacingXS

        Repeater {
            model: root.facts

            // A bullet with its fact's lines hung beside it.
            Item {
                id: fact
                required property string modelData
                width: parent.width
                height: factText.height

                KioskText {
                    id: bullet
                    text: "•"
                    color: Theme.cardText
                    font.bold: true
                }
                KioskText {
                    id: factText
                    x: bullet.width + Theme.spacingS
                    width: parent.width - x
                    text: fact.modelData
                    color: Theme.cardText
                    font.bold: true
                    elide: Text.ElideNone
                }
            }
        }
    }
    KioskText {
        objectName: "pointDetailBodyText"
        width: parent.width
        visible: text !== ""
        text: root.description
        color: Theme.cardText
        lineHeight: 1.25
        elide: Text.ElideNone
    }
}
