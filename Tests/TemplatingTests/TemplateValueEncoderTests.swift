import Testing

@testable import Templating

@Suite struct TemplateValueEncoderTests {
    struct Item: Encodable {
        let name: String
    }

    struct View: Encodable {
        let title: String
        let deprecated: Bool
        let count: Int
        let lines: [String]
        let items: [Item]
        let returnType: String?
        let body: Item?
        let missing: Item?
        let prebuilt: TemplateValue
    }

    @Test func everyStoredPropertyBecomesAKey() throws {
        let view = View(
            title: "Banks",
            deprecated: true,
            count: 3,
            lines: ["/// a", "///"],
            items: [Item(name: "a"), Item(name: "b")],
            returnType: nil,
            body: Item(name: "c"),
            missing: nil,
            prebuilt: ["x": "y"]
        )
        let expected: TemplateValue = [
            "title": "Banks", "deprecated": true, "count": "3", "lines": .texts(["/// a", "///"]),
            "items": .list([["name": "a"], ["name": "b"]]), "returnType": false, "body": ["name": "c"],
            "missing": false, "prebuilt": ["x": "y"],
        ]
        #expect(try TemplateValue(encoding: view) == expected)
    }

    /// An absent optional is `false`, as `TemplateValue.optional` makes it, so a section over it renders nothing.
    @Test func absentOptionalHidesItsSection() throws {
        let library = try TemplateLibrary(sources: ["t": "{{#body}}{{name}}{{/body}}{{^body}}none{{/body}}"])
        struct Holder: Encodable { let body: Item? }
        #expect(try library.render("t", context: TemplateValue(encoding: Holder(body: nil))) == "none")
        #expect(try library.render("t", context: TemplateValue(encoding: Holder(body: Item(name: "x")))) == "x")
    }

    /// A template naming a key the view does not have is still an error at its line and column.
    @Test func aKeyTheViewLacksIsALocatedError() throws {
        let library = try TemplateLibrary(sources: ["t": "line\n  {{titel}}"])
        let context = try TemplateValue(encoding: Item(name: "x"))
        #expect(throws: TemplateError.self) { try library.render("t", context: context) }
        do {
            _ = try library.render("t", context: context)
        } catch {
            #expect((error.line, error.column) == (2, 3))
        }
    }
}
