/// The two ways of starting parley that open a screen (`parley` and
/// `parley read SLUG`, each with `--library DIR` and `--lang L`), recognised
/// without ArgumentParser.
///
/// Why: ArgumentParser reflects over every command and option before it runs
/// one, about 3 ms of a 10 ms start (docs/performance.md), and a reader must
/// paint its first screen as fast as less. Anything else, and anything
/// unusual about these (help, `--`, `=` forms, a repeated option, a name that
/// starts with '-', an unknown language), is left to ArgumentParser, so
/// every message and exit status stays its.
struct QuickInvocation: Equatable {
    /// nil: the library screen.
    var slug: String?
    var library: String?
    var lang: String?

    init(slug: String? = nil, library: String? = nil, lang: String? = nil) {
        self.slug = slug
        self.library = library
        self.lang = lang
    }

    /// The invocation, when `arguments` (without the program name) are one of the plain forms.
    init?(_ arguments: [String], isValidLanguage: (String) -> Bool) {
        var rest = arguments[...]
        let isRead = rest.first == "read"
        if isRead { rest = rest.dropFirst() }
        var positionals: [String] = []
        var index = rest.startIndex
        while index < rest.endIndex {
            let argument = rest[index]
            if argument == "--library" || argument == "--lang" {
                let valueIndex = index + 1
                guard valueIndex < rest.endIndex, !rest[valueIndex].hasPrefix("-") else { return nil }
                let value = rest[valueIndex]
                if argument == "--library" {
                    guard library == nil else { return nil }
                    library = value
                } else {
                    guard lang == nil, isValidLanguage(value) else { return nil }
                    lang = value
                }
                index = valueIndex + 1
            } else if argument.hasPrefix("-") {
                return nil
            } else {
                positionals.append(argument)
                index += 1
            }
        }
        if isRead {
            guard positionals.count == 1 else { return nil }
            slug = positionals[0]
        } else if !positionals.isEmpty {
            return nil
        }
    }
}
