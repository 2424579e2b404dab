import Foundation
import ParleyKit

/// Runs the importer on a small text and describes what it found in lines a
/// test can compare with a literal list.
enum ImportTesting {
    static let fixedID = "00000000-0000-4000-8000-000000000000"

    static func run(_ text: String, slug: String? = "test", title: String? = nil, interviewee: String? = nil, language: String? = "nl") throws -> ImportResult {
        try run(bytes: Array(text.utf8), slug: slug, title: title, interviewee: interviewee, language: language)
    }

    static func run(bytes: [UInt8], slug: String? = "test", title: String? = nil, interviewee: String? = nil, language: String? = "nl") throws -> ImportResult {
        let options = ImportOptions(file: "text.txt", slug: slug, title: title, interviewee: interviewee, language: language)
        return try InterviewImporter(options: options, makeID: { fixedID }).run(bytes: bytes)
    }

    /// "title: ...", "lead: ...", "Q1: ...", "A1: ...", "section: ...", "S: ...",
    /// "reaction (author): ...", one per paragraph, in reading order.
    static func structure(_ result: ImportResult) -> [String] {
        let article = result.article
        var lines = ["title: \(article.title)"]
        lines += article.lead.map { "lead: \(describe($0))" }
        for exchange in article.exchanges {
            lines.append("Q\(exchange.number): \(exchange.question.plainText)")
            lines += exchange.answer.map { "A\(exchange.number): \(describe($0))" }
        }
        for section in article.sections {
            lines.append("section: \(section.title.plainText)")
            lines += section.blocks.map { "S: \(describe($0))" }
        }
        for reaction in result.reactions?.reactions ?? [] {
            lines.append("reaction (\(reaction.author ?? "anonymous")): \(reaction.text)")
        }
        return lines
    }

    /// "LINE reason" for each note.
    static func notes(_ notes: [ImportNote]) -> [String] {
        notes.map { "\($0.line) \($0.reason)" }
    }

    private static func describe(_ block: Block) -> String {
        switch block {
        case .paragraph(let inlines): inlines.plainText
        case .heading(let level, let inlines): String(repeating: "#", count: level) + " " + inlines.plainText
        default: "\(block)"
        }
    }

    /// The repository's copy of the published interview.
    static var seedBytes: [UInt8] {
        get throws {
            guard let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
                throw CocoaError(.fileNoSuchFile)
            }
            return Array(try Data(contentsOf: folder.appendingPathComponent("000_366deef6f2f8370a.txt")))
        }
    }
}

extension Article {
    /// The article with every source line set to 0: two articles read from
    /// different files compare by content.
    var withoutLines: Article {
        var copy = self
        for index in copy.exchanges.indices { copy.exchanges[index].line = 0 }
        for index in copy.sections.indices { copy.sections[index].line = 0 }
        return copy
    }
}
