import QtQuick
import Kiosk

// Every text on screen: plain text only (staff strings can never load HTML or images).
// Curly quotes in a text without Chinese are drawn at their Latin width.
// A `balanced` Chinese text (titles) that needs more than one line gets lines of even length, so
// no line ends with one or two characters alone ("…发展大 / 会" becomes "…改革创 / 新发展大会").
// Chinese breaks between any two characters, so even lines never need one more line; words do
// not, and a Latin text is left as it wraps. Any other Chinese text that would end on a line of
// one or two characters ("…对外窗 / 口。") is laid out again with the line before it two
// characters shorter, so the last line takes them.
Text {
    id: root

    property bool balanced: false
    // Headlines are set in the display face (Theme.headlineFamily), everything else in the text face.
    property bool headline: false
    readonly property real naturalWidth: metrics.advanceWidth
    readonly property bool chinese: /[\u3400-\u9fff]/.test(text)
    readonly property bool evenLines: balanced && chinese
    // The line made shorter so that the last is not left alone (-1: none), for which text at
    // which width.
    property int shortenedLine: -1
    property string shortenedText: ""
    property real shortenedAt: 0
    // How wide the last line is as laid out (for checks that no text ends on a lone character).
    property real lastLineWidth: 0

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
        if (line.isLast)
            lastLineWidth = line.implicitWidth;
        if (!evenLines) {
            if (!chinese || wrapMode === Text.NoWrap)
                return;
            if (shortenedLine >= 0 && (width !== shortenedAt || text !== shortenedText))
                shortenedLine = -1;
            if (line.number === shortenedLine)
                line.width = width - 2 * font.pixelSize;
            else if (line.isLast && line.number > 0 && shortenedLine < 0 && line.implicitWidth < 2.5 * font.pixelSize) {
                shortenedLine = line.number - 1;
                shortenedText = text;
                shortenedAt = width;
                Qt.callLater(forceLayout);
            }
            return;
        }
        if (naturalWidth <= width || width <= 0)
            return;
        const lines = Math.ceil(naturalWidth / width);
        line.width = Math.min(width, naturalWidth / lines + font.pixelSize * Theme.balanceSlack);
        if (horizontalAlignment === Text.AlignHCenter)
            line.x = (width - line.width) / 2;
        else if (horizontalAlignment === Text.AlignRight)
            line.x = width - line.width;
    }
}
