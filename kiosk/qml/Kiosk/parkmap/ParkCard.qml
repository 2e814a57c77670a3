pragma ComponentBehavior: Bound
import QtQuick
import KioskBackend
import Kiosk

// The selected park beside the map (below it in portrait): its picture when staff gave one,
// role, year and area, name, industries, projects, description; previous and next go through
// the parks, the map following (see DetailView).
DetailView {
    id: root
    objectName: "parkCard"

    required property string parkId
    required property string name
    required property string role
    required property string areaText
    required property int established
    required property var industries
    required property var projects
    required property string description
    required property string image
    required property var points
    required property color colour
    required property bool isOpen

    visible: isOpen
    kind: "park"
    modal: false
    tint: colour
    title: name
    meta: [role, established ? Texts.fill(Texts.t.established, { year: established }) : "", areaText].filter(part => part !== "").join("  ·  ")
    visual: image === "" ? null : pictureComponent

    Component {
        id: pictureComponent
        ContentImage {
            objectName: "parkDetailImage"
            implicitHeight: width / Theme.pictureAspect
            source: root.image
            initial: root.name.slice(0, 1)
            tint: root.colour
            fillMode: Image.PreserveAspectFit
        }
    }

    KioskText {
        width: parent.width
        visible: root.industries.length > 0
        text: Texts.t.industries + root.industries.join(Texts.t.listSeparator)
        color: Theme.cardText
        font.bold: true
    }
    KioskText {
        width: parent.width
        visible: root.projects.length > 0
        text: Texts.t.projects + "\n" + root.projects.map(project => "• " + project).join("\n")
        color: Theme.cardText
    }
    KioskText {
        objectName: "parkDetailPoints"
        width: parent.width
        visible: root.points.length > 0
        text: Texts.t.parkPoints + root.points.join(Texts.t.listSeparator)
        color: Theme.cardText
    }
    KioskText {
        objectName: "parkDetailBodyText"
        width: parent.width
        text: root.description
        color: Theme.cardText
        lineHeight: 1.25
        elide: Text.ElideNone
    }
}
