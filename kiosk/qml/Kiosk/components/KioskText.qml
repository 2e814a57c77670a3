import QtQuick
import Kiosk

// Every text on screen: plain text only (staff strings can never load HTML or images).
// Curly quotes in a text without Chinese are drawn at their Latin width.
// A `balanced` Chinese text (titles) that needs more than one line gets lines of even length, so
// no line ends with one or two characters alone ("…发展大 / 会" becomes "…改革创 / 新发展大会").
// Chinese breaks between any two characters, so even lines never need one more line; words do
// not, and a Latin text is left as it wraps.
Text {
    id: root

    property bool balanced: false
    // Headlines are set in the display face (Theme.headlineFamily), everything else in the text face.
    property bool headline: false
    readonly property real naturalWidth: metrics.advanceWidth
    readonly property bool chinese: /[\u3400-\u9fff]/.test(text)
    readonly property bool evenLines: balanced && chinese

    textFormat: Text.PlainText
    color: Theme.text
    font.family: headline ? Theme.headlineFamily : Theme.fontFamily
    font.pixelSize: Theme.fontBody
    // The CJK font draws “ ” and ‘ ’ full width; in a Latin text its proportional forms.
    font.features: chinese ? ({}) : ({ "pwid": 1 })
    wrapMode: Text.Wrap
    elide: Text.ElideRight

    TextMetrics {
        id: metrics
        font: root.font
        text: root.evenLines ? root.text : ""
    }

    // A new text is laid out before its metrics follow (the order of the two is Qt's): lay it
    // out again once they have, or a title that follows a shorter one keeps uneven lines.
    onNaturalWidthChanged: {
        if (evenLines)
            forceLayout();
    }

    onLineLaidOut: line => {
        if (!evenLines || naturalWidth <= width || width <= 0)
            return;
        const lines = Math.ceil(naturalWidth / width);
        line.width = Math.min(width, naturalWidth / lines + font.pixelSize * Theme.balanceSlack);
        if (horizontalAlignment === Text.AlignHCenter)
            line.x = (width - line.width) / 2;
        else if (horizontalAlignment === Text.AlignRight)
            line.x = width - line.width;
    }
}
