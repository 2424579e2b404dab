import FuzzCheck
import ParleyKit

/// The JSON parser and the reactions decoder.
/// - parsing never crashes (depth, numbers, escapes, bad UTF-8);
/// - a parsed value written (pretty and compact) parses back to itself;
/// - a decoded reactions document, encoded, decodes to itself, and encoding
///   it again gives the same text: rewriting a file never changes what it holds.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let input = bytes(start, count)
    guard let value = try? JSONParser.parse(input) else { return 0 }
    for written in [JSONWriter.pretty(value), JSONWriter.compact(value)] {
        do {
            let reread = try JSONParser.parse(written)
            require(reread == value, "a written value reads back differently:\n\(written)")
        } catch {
            require(false, "written JSON does not parse: \(error)\n\(written)")
        }
    }
    guard var document = try? ReactionsDocument.decode(bytes: input, file: "fuzz.reactions.json") else { return 0 }
    // Damage (bad UTF-8, lone surrogates) is read as U+FFFD and noted; the
    // encoded file holds the U+FFFD, so it has none.
    if let damaged = try? JSONParser.parseRecordingDamage(input).damagedLines {
        require(damaged == document.damagedLines, "the document's damaged lines differ from the parser's")
    }
    document.damagedLines = []
    let encoded = document.encoded()
    do {
        let reread = try ReactionsDocument.decode(bytes: Array(encoded.utf8), file: "fuzz.reactions.json")
        require(reread == document, "an encoded document decodes differently:\n\(encoded)")
        require(reread.encoded() == encoded, "encoding twice differs")
    } catch {
        require(false, "an encoded document does not decode: \(error)\n\(encoded)")
    }
    return 0
}
