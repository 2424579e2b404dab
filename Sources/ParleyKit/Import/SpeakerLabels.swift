/// The names that label speakers in a text ("Thissen: ...", "Gemeente.nu: ..."),
/// and which of them asks and which answers.
///
/// A name is a speaker when it labels at least two lines. With `--interviewee`,
/// names that match it answer and the others ask; without it, the name whose
/// paragraphs end with "?" most often asks (the interviewer or the
/// publication) and the others answer.
struct SpeakerLabels {
    var askers: Set<String> = []
    var answerers: Set<String> = []

    enum Side { case question, answer }

    /// Names that label at least two lines (the title line excluded), for
    /// splitting paragraphs before their sides are known.
    static func names(inLines lines: [String], titleLine: Int?) -> Set<String> {
        var counts: [String: Int] = [:]
        for (index, line) in lines.enumerated() where index != titleLine {
            if let label = ParagraphLabel(line.trimmingWhitespace), !label.isGeneric {
                counts[label.name, default: 0] += 1
            }
        }
        return Set(counts.filter { $0.value >= 2 }.keys)
    }

    init() {}

    init(names: Set<String>, paragraphs: [Substring], interviewee: String?) {
        guard !names.isEmpty else { return }
        var total: [String: Int] = [:], asking: [String: Int] = [:]
        var order: [String] = []
        for text in paragraphs {
            guard let label = ParagraphLabel(text), names.contains(label.name) else { continue }
            if total[label.name] == nil { order.append(label.name) }
            total[label.name, default: 0] += 1
            if label.rest.last == "?" { asking[label.name, default: 0] += 1 }
        }
        if let interviewee, !interviewee.trimmingWhitespace.isEmpty {
            for name in order {
                if Self.name(name, matches: interviewee) { answerers.insert(name) } else { askers.insert(name) }
            }
            return
        }
        func share(_ name: String) -> Double { Double(asking[name] ?? 0) / Double(max(1, total[name] ?? 0)) }
        if order.count == 1, let only = order.first {
            if share(only) > 0.5 { askers.insert(only) } else { answerers.insert(only) }
            return
        }
        // The first name with the highest share of questions asks.
        var asker = order[0]
        for name in order.dropFirst() where share(name) > share(asker) { asker = name }
        for name in order {
            if name == asker { askers.insert(name) } else { answerers.insert(name) }
        }
    }

    func side(of label: ParagraphLabel) -> Side? {
        if label.isGenericQuestion || askers.contains(label.name) { return .question }
        if label.isGenericAnswer || answerers.contains(label.name) { return .answer }
        return nil
    }

    /// The one answering name, when there is exactly one: the interviewee.
    var interviewee: String? {
        answerers.count == 1 ? answerers.first : nil
    }

    /// "Thissen" matches "Tof Thissen": the label is the name or one of its words.
    static func name(_ label: String, matches person: String) -> Bool {
        let label = label.lowercased()
        let person = person.lowercased()
        return label == person || person.split(separator: " ").contains { $0 == label }
    }
}
