import FuzzCheck
import ParleyKit

/// The JSON parser and the reactions decoder.
/// - parsing never crashes (depth, numbers, escapes, bad UTF-8);
/// - a parsed value written (pretty and compact) parses back to itself;
/// - a decoded reactions document, encoded, decodes to itself, and encoding
///   it again gives the same text: rewriting a file never changes what it holds;
/// - the reader's index of a reactions file (`ReactionsIndex`: outlines and
///   byte ranges, each reaction decoded when it is shown) fails exactly when
///   the decoder fails, with the same error, and gives the same reactions.
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
    let decoded = Result { () throws(ReactionsError) in try ReactionsDocument.decode(bytes: input, file: "fuzz.reactions.json") }
    checkIndex(input, against: decoded)
    guard var document = try? decoded.get() else { return 0 }
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

/// The index the reader keeps instead of the decoded document.
private func checkIndex(_ input: [UInt8], against decoded: Result<ReactionsDocument, ReactionsError>) {
    let indexed = Result { () throws(ReactionsError) in try ReactionsIndex(bytes: input, file: "fuzz.reactions.json") }
    switch (decoded, indexed) {
    case (.success(let document), .success(let index)):
        require(index.count == document.reactions.count, "the index counts \(index.count) reactions, the decoder \(document.reactions.count)")
        for (position, reaction) in document.reactions.enumerated() where position < index.count {
            let outline = index.outlines[position]
            require(outline.id == reaction.id && outline.posted == reaction.posted && outline.replyTo == reaction.replyTo,
                    "reaction \(position + 1)'s outline differs from the decoded reaction")
            require(index.reaction(at: position) == reaction, "reaction \(position + 1) decoded from the index differs from the decoder's")
        }
    case (.failure(let a), .failure(let b)):
        require(a == b, "the index fails differently: \(a) / \(b)")
    case (.success, .failure(let error)):
        require(false, "only the index fails: \(error)")
    case (.failure(let error), .success):
        require(false, "only the decoder fails: \(error)")
    }
}
