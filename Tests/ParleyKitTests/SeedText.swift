import Foundation

/// The interview as published on the web (a copy of ../shared/seed, so no
/// test reads outside the repository), split into its paragraphs.
enum SeedText {
    static var paragraphs: [String]? {
        guard let url = Bundle.module.url(forResource: "Fixtures/000_366deef6f2f8370a", withExtension: "txt"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return nil }
        return text.components(separatedBy: "\n\n")
    }
}
