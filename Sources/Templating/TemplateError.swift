/// A template that cannot be compiled or rendered, located in the template's text.
package struct TemplateError: Error, Sendable, Equatable, CustomStringConvertible {
    package var template: String
    package var line: Int
    package var column: Int
    package var message: String

    package var description: String { "\(template):\(line):\(column): error: \(message)" }
}
