extension Library {
    /// The slugs of the folder's articles, sorted, from their file names alone
    /// (nothing parsed: shell completion asks at every Tab). Empty when the
    /// folder cannot be read.
    public static func slugs(folder: String) -> [String] {
        guard let names = try? FileSystem.contentsOfDirectory(folder) else { return [] }
        return names
            .filter { $0.hasSuffix(articleExtension) && !$0.hasPrefix(".") }
            .map { String($0.dropLast(articleExtension.count)) }
            .filter(isValidSlug)
            .sorted()
    }
}
