pragma ComponentBehavior: Bound
import QtQuick
import KioskBackend
import Kiosk

// The locator in full, where a park's card stands: the city and its districts from real
// boundaries, the zone's point when the content gives one, a line on where the zone lies, and
// where the boundaries come from (see DetailView).
DetailView {
    id: root
    objectName: "locationDetail"

    kind: "location"
    modal: false
    tint: Theme.accent
    meta: ParkMap.locator.provinceName + "  ·  " + Texts.t.location
    title: ParkMap.locator.cityName
    linkCode: ""
    position: 0
    siblingCount: 1
    previousId: ""
    nextId: ""
    visual: Component {
        RegionDrawing {
            objectName: "locationDrawing"
            implicitHeight: width * ParkMap.locator.cityBounds[3] / ParkMap.locator.cityBounds[2]
            districts: true
            view: ParkMap.locator.cityBounds
        }
    }

    KioskText {
        objectName: "locationDetailBodyText"
        width: parent.width
        text: ParkMap.locator.note !== "" ? ParkMap.locator.note : Texts.fill(Texts.t.locationBody, {
            site: Site.title,
            province: ParkMap.locator.provinceName,
            city: ParkMap.locator.cityName
        })
        color: Theme.cardText
        lineHeight: 1.25
        elide: Text.ElideNone
    }
    KioskText {
        objectName: "locationAttribution"
        width: parent.width
        text: ParkMap.locator.attribution
        color: Theme.cardMuted
        font.pixelSize: Theme.fontSmall
    }
}
