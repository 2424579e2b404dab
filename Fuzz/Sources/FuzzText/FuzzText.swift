import FuzzCheck
import ParleyUI

/// The sanitiser, display width and wrapping. The first byte is a width
/// (2...129), the rest UTF-8 text.
/// - the sanitiser's output has no control character, no bidi control and
///   no line separator (`isClean`), and sanitising it again changes nothing;
/// - clean text is left as it is;
/// - a wrapped line is never wider than the width (unless it is one
///   grapheme cluster wider than that), its text measures
///   no more than its `width` says, and the words come out in order, none lost.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzText(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let input = bytes(start, count)
    guard let first = input.first else { return 0 }
    let width = 2 + Int(first % 128)
    let text = String(decoding: input.dropFirst(), as: UTF8.self)

    let clean = Sanitizer.sanitizeLine(text)
    require(Sanitizer.isClean(clean), "sanitised text is not clean: \(clean.debugDescription)")
    for scalar in clean.unicodeScalars {
        let value = scalar.value
        require(value >= 0x20 && !(0x7F...0x9F).contains(value), "a control character survived: \(clean.debugDescription)")
    }
    require(Sanitizer.sanitizeLine(clean) == clean, "sanitising twice changes the text")
    if Sanitizer.isClean(text) && !text.contains("\t") { require(clean == text, "clean text was changed") }
    require(DisplayWidth.of(clean) >= 0, "a negative width")

    let lines = LineWrapper.wrap([Span(clean, TextStyle(.body))], width: width)
    // Compared by scalar without U+0020: a space followed by a combining
    // mark is one Character, but the wrapper breaks at the space byte.
    var words = String.UnicodeScalarView()
    for line in lines {
        let lineText = line.spans.map(\.text).joined()
        let measured = DisplayWidth.of(lineText)
        // The wrapper may count a column more than the line measures (a mark
        // at the start of a line, counted as it would be after a space), never fewer.
        require(measured <= line.width, "a line measures \(measured) but says \(line.width): \(lineText.debugDescription)")
        // One grapheme cluster can be wider than the width (prepended marks
        // such as U+0600 stack up); the wrapper never breaks inside one.
        require(line.width <= width || lineText.count == 1, "a line of \(line.width) columns at width \(width): \(lineText.debugDescription)")
        words += lineText.unicodeScalars.filter { $0 != " " }
    }
    let expected = String.UnicodeScalarView(clean.unicodeScalars.filter { $0 != " " })
    require(String(words) == String(expected), "the words changed in wrapping at width \(width):\n\(clean.debugDescription)\n\(lines)")
    return 0
}
