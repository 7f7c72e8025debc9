/// Lays out a parameter list the way `.swift-format` does for long signatures and initializers: on the
/// declaration's line when it fits in 120 columns, else one parameter per line, the closing parenthesis back
/// at the declaration's indentation. The text goes between `(` and `)` in a template line.
enum ArgumentLayout {
    static let lineLength = 120

    /// `lineWithoutList`: the columns the rest of the line takes (indentation included) when the list is
    /// inline; `indent`: the declaration's indentation in the generated file.
    static func list(_ items: [String], lineWithoutList: Int, indent: Int) -> String {
        let inline = items.joined(separator: ", ")
        guard !items.isEmpty, lineWithoutList + inline.count > lineLength else { return inline }
        let inner = String(repeating: " ", count: indent + 4)
        return "\n" + items.map { inner + $0 }.joined(separator: ",\n") + "\n" + String(repeating: " ", count: indent)
    }
}
