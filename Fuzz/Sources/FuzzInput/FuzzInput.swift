import FuzzCheck
import ParleyUI

/// The input decoder: what a terminal (or someone writing to it) sends.
/// The first byte chooses where quiet moments fall; the rest is UTF-8.
/// - it never crashes, and never gives more events than it was fed
///   characters (plus one for the end);
/// - a paste is never longer than `pasteLimit` and holds no CR;
/// - after quiet long enough, it is back to normal: a plain letter is that letter;
/// - text without ESC and controls comes out as exactly its characters.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzInput(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let input = bytes(start, count)
    guard let quietEvery = input.first else { return 0 }
    let text = String(decoding: input.dropFirst(), as: UTF8.self)
    var decoder = InputDecoder()
    var events: [Event] = []
    var fed = 0
    for (index, scalar) in text.unicodeScalars.enumerated() {
        events += decoder.feed(scalar)
        fed += 1
        if quietEvery > 0, index % Int(quietEvery) == 0 { events += decoder.idle(milliseconds: 50) }
    }
    events += decoder.idle(milliseconds: InputDecoder.pasteTimeoutMilliseconds)
    require(events.count <= fed + 1, "\(events.count) events from \(fed) characters")
    var typed: [Character] = []
    for event in events {
        switch event {
        case .paste(let pasted):
            require(pasted.unicodeScalars.count <= InputDecoder.pasteLimit, "a paste longer than the limit")
            require(!pasted.unicodeScalars.contains("\r"), "a paste holds a CR")
        case .key(.character(let character)):
            typed.append(character)
        default:
            break
        }
    }
    require(!decoder.isInSequence && !decoder.isPasting, "not back to normal after a long quiet")
    let after = decoder.feed("x")
    require(after.count == 1, "a letter after quiet gives \(after)")
    if case .key(.character("x")) = after[0] {} else { require(false, "a letter after quiet gives \(after)") }

    if !text.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) {
        require(String(typed) == text, "plain text typed as \(String(typed).debugDescription), not \(text.debugDescription)")
    }
    return 0
}
