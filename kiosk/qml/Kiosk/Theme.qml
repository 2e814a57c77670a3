pragma Singleton
import QtQuick
import KioskBackend

// Design tokens only: colours, spacing, sizes, fonts, durations. Nothing else lives here.
QtObject {
    readonly property real fontScale: Session.accessible ? 1.3 : 1.0

    // colours (text colours meet 4.5:1 on the background they are used on)
    readonly property color background: "#0B2540"
    readonly property color backgroundDeep: "#071A2E"
    readonly property color surface: "#163A5F"
    readonly property color surfaceRaised: "#1E4A75"
    readonly property color card: "#F7F4EC"
    readonly property color cardText: "#13263A"
    readonly property color cardMuted: "#4A5B6C"
    readonly property color text: "#FFFFFF"
    readonly property color textMuted: "#C6D4E1"
    readonly property color accent: "#F2B33D"
    readonly property color accentText: "#1A1A1A"
    readonly property color danger: "#B3261E"
    readonly property color dangerText: "#FFFFFF"
    readonly property color outline: "#3D6590"
    readonly property color scrim: "#CC04101C"
    readonly property color viewerBackground: "#F5040C16"
    readonly property color pressVeil: "#33FFFFFF"
    readonly property color pressVeilOnLight: "#260B2540"
    readonly property color highlightBadge: "#F2B33D"
    readonly property color initialText: "#FFFFFF"
    readonly property color up: "#1B7F3B"
    readonly property color share: "#1F5FAF"
    readonly property color down: "#B3261E"
    readonly property color cue: "#1F5FAF"
    readonly property color chartBar: "#2A7DE1"
    readonly property color chartBarLast: "#D9822B"
    readonly property color timelineTint: "#5FA8F5"
    readonly property color mapTint: "#6FD39B"
    readonly property color figuresTint: "#F2B33D"
    readonly property color mapWater: "#0E3050"
    readonly property color mapLand: "#1B466F"
    readonly property color hintBackground: "#E6071A2E"
    readonly property color codeLight: "#FFFFFF"
    readonly property color codeDark: "#071A2E"

    // the design the screens are drawn for, in design pixels; scaled to the screen
    readonly property int designLong: 1920
    readonly property int designShort: 1080
    // Screen pixels per design pixel (Main sets it). Pictures and icons are decoded at
    // `imageScale` times their design size: the same on screens below 1080p (drawn smaller),
    // and in half steps above it (sharp on a 4K screen), so few sizes are ever decoded and the
    // icon cache keeps serving them.
    property real pixelScale: 1
    readonly property real imageScale: pixelScale <= 1 ? 1 : Math.ceil(pixelScale * 2) / 2

    // sizes
    readonly property int touchTarget: 80
    readonly property int navBarHeight: 112
    readonly property int spacingXS: 6
    readonly property int spacingS: 12
    readonly property int spacingM: 20
    readonly property int spacingL: 32
    readonly property int spacingXL: 56
    readonly property int radius: 18
    readonly property int radiusSmall: 10
    readonly property int iconSize: 40
    readonly property int iconLarge: 96
    readonly property int borderWidth: 3
    readonly property int pressRing: 5
    readonly property int eraBandHeight: 14
    readonly property int swatch: 36
    readonly property int adminCorner: 120
    readonly property int languageChoiceWidth: 360
    readonly property int homeEntryHeight: Math.round(300 * fontScale)
    readonly property int homeEntryWideHeight: Math.round(216 * fontScale)
    readonly property real homeHeadingShare: 0.52
    readonly property int homeSketchMinHeight: 200
    readonly property int emblemSize: 132
    readonly property int linkCodeSize: 232
    readonly property int cardWidth: 560
    readonly property int cardHeightPortrait: 520
    readonly property int eraSectionWidth: 240
    readonly property int eraRuleWidth: 10
    readonly property int moreCueHeight: 96
    readonly property int eraSectionHeight: 112
    readonly property int railHeight: 124
    readonly property int railWidth: 150
    readonly property int railBreak: 28
    readonly property int railTrack: 10
    readonly property int railDot: 18
    readonly property int railMarker: 36
    readonly property int detailMaxWidth: 1720
    readonly property int detailImageMaxHeight: 620
    // A detail this wide sets its visual beside the words (this share of it), narrower above
    // them (at most this share of the room's height).
    readonly property int detailWideMin: 1100
    readonly property real detailVisualShare: 0.55
    readonly property real detailStackedVisualShare: 0.4
    // Pictures are drawn for 16:10 (docs/design.md) and shown whole in that frame.
    readonly property real pictureAspect: 1.6
    readonly property int initialSize: 160
    readonly property real swipeThreshold: 110
    readonly property real swipeFollow: 0.35
    readonly property real cardPictureShare: 0.46
    readonly property int figureCardHeight: Math.round(300 * fontScale)
    readonly property int figureCardMaxWidth: 760
    readonly property int figureNumberMin: 28
    readonly property int chartBarHeight: 56
    readonly property int ringSize: 280
    readonly property int figureCardRingMinWidth: 480
    readonly property color ringTrack: "#E3DCCB"
    // The lead figure takes this share of the page beside (above, in portrait) the others.
    readonly property real figureStoryShare: 0.42
    readonly property real figureStoryShareCrowded: 0.34
    readonly property int chartLabelWidth: 260
    readonly property int countUpDuration: 1200
    readonly property int dialogMaxWidth: 1400
    readonly property int pinKey: 112
    readonly property int touchTestCells: 8
    readonly property color touchTestHit: "#2E9E6A"
    readonly property int sidePanelWidth: 620
    readonly property int locatorInsetWidth: 240
    readonly property int locatorWordsHeight: 190
    readonly property int locatorRowHeight: 168
    readonly property real mapPortraitShare: 0.42
    readonly property real mapStrokeWidth: 3
    readonly property real mapMaxZoom: 4
    readonly property real pictureMaxZoom: 4
    readonly property int markerSize: 56
    readonly property int trendHeight: 180
    readonly property real zoomDoubleTap: 2
    readonly property real zoomWheelStep: 1.2
    readonly property real zoomInertia: 0.3
    readonly property int mapLabelMaxWidth: 330
    readonly property int mapLeader: 36
    readonly property real mapFadedOpacity: 0.12
    readonly property real mapOutlineFaded: 0.35
    readonly property int sliderHandle: 56
    readonly property real shapeOpacity: 0.82

    // fonts (pixel sizes at 1080p; body text never below 28)
    readonly property string fontFamily: Site.fontFamily
    readonly property string headlineFamily: Site.displayFontFamily
    readonly property int fontDisplay: Math.round(88 * fontScale)
    readonly property int fontTitle: Math.round(56 * fontScale)
    readonly property int fontHeading: Math.round(40 * fontScale)
    readonly property int fontNumber: Math.round(72 * fontScale)
    readonly property int fontBody: Math.round(30 * fontScale)
    readonly property int fontSmall: Math.round(28 * fontScale)
    // A balanced title's lines may run this many ems past an even share (KioskText).
    readonly property real balanceSlack: 1.5
    // Two wrapped lines hold about this many line widths of words (the rest is lost at breaks).
    readonly property real twoLineShare: 1.8

    // durations (ms) and gestures
    readonly property int durationShort: 150
    readonly property int durationMedium: 280
    readonly property real adminHoldSeconds: 3
    readonly property int attractFade: 900
    readonly property int dismissFade: 400
    readonly property int promptPulse: 1400
    readonly property real gestureHintSeconds: 5
    readonly property int attractEntrance: 900
    readonly property real attractTravel: 60
    readonly property real attractPictureShare: 0.5
    readonly property int attractNumber: 200
    readonly property int attractEmblem: 96
    readonly property int attractRing: 128
    readonly property real attractRippleReach: 1.5
}
