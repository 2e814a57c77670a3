import QtQuick
import KioskBackend
import Kiosk

// The hidden staff gesture: hold the top-left corner for three seconds.
Item {
    objectName: "adminCorner"
    width: Theme.adminCorner
    height: Theme.adminCorner
    z: 100

    TapHandler {
        longPressThreshold: Theme.adminHoldSeconds
        onLongPressed: StaffPin.request()
    }
}
