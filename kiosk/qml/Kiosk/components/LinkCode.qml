import QtQuick
import KioskBackend
import Kiosk

// A content link as a QR code to take home, with its label. `code` is the modules as rows of
// 0s and 1s (backend/qrcodes.py); each module is drawn with whole design pixels on a white
// plate with the quiet zone scanners need, about 6 cm across on a 55" screen: it scans from a
// metre away. Not tappable: it is read by a phone, so it has no press state or cue.
Column {
    id: root
    objectName: "linkCode"

    property string code: ""
    property color labelColour: Theme.cardMuted
    readonly property var rows: code === "" ? [] : code.split("\n")
    readonly property int modules: rows.length
    readonly property int quietModules: 4
    readonly property int moduleSize: Math.max(1, Math.floor(Theme.linkCodeSize / Math.max(1, modules + 2 * quietModules)))

    visible: modules > 0
    spacing: Theme.spacingS

    Rectangle {
        objectName: "linkCodePlate"
        width: (root.modules + 2 * root.quietModules) * root.moduleSize
        height: width
        color: Theme.codeLight
        radius: Theme.radiusSmall

        Canvas {
            id: canvas
            x: root.quietModules * root.moduleSize
            y: x
            width: root.modules * root.moduleSize
            height: width
            // Painted at design pixels and scaled with the screen without smoothing: whole
            // screen pixels per module at 4K, no grey edges a scanner could misread.
            smooth: false
            onPaint: {
                const context = getContext("2d");
                const size = root.moduleSize;
                context.reset();
                context.fillStyle = Theme.codeDark;
                for (let row = 0; row < root.modules; ++row) {
                    const line = root.rows[row];
                    for (let column = 0; column < line.length; ++column) {
                        if (line[column] === "1")
                            context.fillRect(column * size, row * size, size, size);
                    }
                }
            }
            onWidthChanged: requestPaint()
            Connections {
                target: root
                function onCodeChanged() {
                    canvas.requestPaint();
                }
            }
        }
    }
    KioskText {
        text: Texts.t.scanForMore
        color: root.labelColour
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.NoWrap
    }
}
