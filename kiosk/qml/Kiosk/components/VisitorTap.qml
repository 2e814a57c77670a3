import QtQuick
import KioskBackend

// A visitor's tap: acts once per finger, never for a palm's finger, never twice for one finger
// that the hardware reports as a touch and as a mouse (Session.acceptTap, services/pointer.py).
TapHandler {
    signal activated(point position)

    onTapped: eventPoint => {
        if (Session.acceptTap())
            activated(eventPoint.position);
    }
}
