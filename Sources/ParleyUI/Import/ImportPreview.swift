import ParleyKit

/// What `parley import` tells a person: the structure a dry run found, the
/// notes after a real import, and the one-line result. Every piece of the
/// imported text passes `Sanitizer.sanitizeLine` and is cut to a preview.
public enum ImportPreview {
    /// Questions are shown longer than other previews: they are what to check.
    public static let questionPreview = 160
    public static let textPreview = 72

    /// `parley import --dry-run`: one line per part, in reading order.
    public static func dryRun(_ result: ImportResult, ui: Catalogue, existing: String? = nil) -> String {
        let article = result.article
        let outline = result.outline
        var lines: [String] = [ui.importDryRun]
        lines.append("\(ui.importTitle) (\(ui.importLine(outline.title))): \(preview(article.title, Self.questionPreview))")
        lines.append("\(ui.importSlug): \(Sanitizer.sanitizeLine(article.slug))")
        lines.append("\(ui.importLanguage): \(language(result.language, ui: ui))")
        if let interviewee = article.metadata.interviewee {
            lines.append("\(ui.importInterviewee): \(preview(interviewee, Self.textPreview))")
        }
        let lead = article.lead.plainParagraphs
        if let first = outline.lead.first {
            lines.append("\(ui.importLead) (\(ui.importLine(first))): \(ui.importParagraphs(lead.count, characters: characters(lead)))")
        } else {
            lines.append("\(ui.importLead): \(ui.importNone)")
        }
        for (exchange, line) in zip(article.exchanges, outline.questions) {
            lines.append("\(ui.importQuestion) \(exchange.number) (\(ui.importLine(line))): \(preview(exchange.question.plainText, Self.questionPreview))")
            let answer = exchange.answer.plainParagraphs
            lines.append("  \(ui.importAnswer): \(ui.importParagraphs(answer.count, characters: characters(answer)))")
        }
        for (section, line) in zip(article.sections, outline.sections) {
            let text = section.blocks.plainParagraphs
            lines.append("\(ui.importSection) (\(ui.importLine(line))): \(preview(section.title.plainText, Self.textPreview)), \(ui.importParagraphs(text.count, characters: characters(text)))")
        }
        let reactions = result.reactions?.reactions ?? []
        for (number, (reaction, line)) in zip(reactions, outline.reactions).enumerated() {
            let author = reaction.author.map { preview($0, Self.textPreview) } ?? ui.anonymous
            lines.append("\(ui.importReaction) \(number + 1) (\(ui.importLine(line))): \(author), \(ui.importCharacters(reaction.text.count)): \(preview(reaction.text, Self.textPreview))")
        }
        if result.hasNoQuestions { lines.append(ui.importNoQuestions) }
        for note in result.decoding { lines.append(noteLine(ui.importChanged, note, ui: ui)) }
        for note in result.dropped { lines.append(noteLine(ui.importDropped, note, ui: ui)) }
        if result.uncertain.isEmpty {
            lines.append("\(ui.importUncertain): \(ui.importNone)")
        }
        for note in result.uncertain { lines.append(noteLine(ui.importUncertain, note, ui: ui)) }
        if let existing { lines.append(Sanitizer.sanitizeLine(ui.importExists(existing))) }
        lines.append(ui.importSummary(questions: article.exchanges.count, reactions: reactions.count, dropped: result.dropped.count, uncertain: result.uncertain.count))
        return lines.joined(separator: "\n") + "\n"
    }

    /// After a real import, for standard error: `FILE:LINE: kind (reason): text`
    /// per note, the guessed language and a missing-questions notice.
    public static func warnings(_ result: ImportResult, file: String, ui: Catalogue) -> [String] {
        let name = Sanitizer.sanitizeLine(file)
        var lines: [String] = []
        switch result.language {
        case .guessed, .unknown: lines.append("\(name): \(ui.importLanguage): \(language(result.language, ui: ui))")
        case .given: break
        }
        if result.hasNoQuestions { lines.append("\(name): \(ui.importNoQuestions)") }
        for note in result.notes {
            let kind = note.reason.isDecoding ? ui.importChanged : note.reason.isDropped ? ui.importDropped : ui.importUncertain
            lines.append("\(name):\(note.line): \(kind) (\(ui.importReason(note.reason))): \(preview(note.text, Self.textPreview))")
        }
        return lines
    }

    /// The line after a real import: slug, counts and the files written.
    public static func imported(_ result: ImportResult, files: [String], ui: Catalogue) -> String {
        Sanitizer.sanitizeLine(ui.imported(slug: result.article.slug, questions: result.article.exchanges.count,
                                           reactions: result.reactions?.reactions.count ?? 0, files: files))
    }

    private static func noteLine(_ kind: String, _ note: ImportNote, ui: Catalogue) -> String {
        "\(kind) (\(ui.importLine(note.line))): \(ui.importReason(note.reason)): \(preview(note.text, Self.textPreview))"
    }

    private static func language(_ choice: ImportResult.LanguageChoice, ui: Catalogue) -> String {
        switch choice {
        case .given(let tag): Sanitizer.sanitizeLine(tag)
        case .guessed(let tag): ui.importLanguageGuessed(tag)
        case .unknown: ui.importLanguageUnknown
        }
    }

    private static func characters(_ paragraphs: [String]) -> Int {
        paragraphs.reduce(0) { $0 + $1.count }
    }

    /// At most `limit` characters on one line, cut with "…", sanitised.
    static func preview(_ text: String, _ limit: Int) -> String {
        // Paragraphs of a reaction ("\n\n") are shown as one space.
        let line = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        let cut = line.dropFirst(limit).isEmpty ? line : String(line.prefix(limit - 1)) + "…"
        return Sanitizer.sanitizeLine(cut)
    }
}
