/// A template that cannot be compiled or rendered, located in the template's text.
public struct TemplateError: Error, Sendable, Equatable, CustomStringConvertible {
    public var template: String
    public var line: Int
    public var column: Int
    public var message: String

    public var description: String { "\(template):\(line):\(column): error: \(message)" }
}
