import Testing

@testable import Templating

private func compileError(_ sources: [String: String]) -> TemplateError? {
    do {
        _ = try TemplateLibrary(sources: sources)
        return nil
    } catch {
        return error
    }
}

struct ErrorTests {
    @Test func unclosedTagIsLocated() {
        let error = compileError(["t": "line one\n  {{name"])
        #expect(error == TemplateError(template: "t", line: 2, column: 3, message: "tag is not closed: expected '}}'"))
    }

    @Test func unclosedSectionNamesWhereItOpened() {
        let error = compileError(["t": "a\nb {{#items}}\nc\n"])
        #expect(error?.line == 2)
        #expect(error?.column == 3)
        #expect(error?.message.contains("'items' is never closed") == true)
    }

    @Test func mismatchedCloseNamesBothTags() {
        let error = compileError(["t": "{{#a}}\n{{#b}}\n{{/a}}\n"])
        #expect(error?.line == 3)
        #expect(error?.message == "'{{/a}}' closes '{{#b}}', opened at 2:1")
    }

    @Test func strayCloseIsAnError() {
        #expect(compileError(["t": "x{{/a}}"])?.column == 2)
    }

    @Test func missingPartialIsLocatedAtBuildTime() {
        let error = compileError(["t": "ok\n\n    {{> nowhere}}\n"])
        #expect(
            error
                == TemplateError(
                    template: "t",
                    line: 3,
                    column: 5,
                    message: "no template named 'nowhere' for this partial"
                )
        )
    }

    @Test func invalidNamesAndDelimiterChangesAreRejected() {
        #expect(compileError(["t": "{{a b}}"])?.message.contains("is not a name") == true)
        #expect(compileError(["t": "{{index()}}"])?.message.contains("is not a name") == true)
        #expect(compileError(["t": "{{=<% %>=}}"])?.message == "changing delimiters is not supported")
    }

    @Test func columnsCountCharactersNotBytes() {
        #expect(compileError(["t": "é {{/x}}"])?.column == 3)
    }

    @Test func selfIncludingPartialStopsWithAnError() throws {
        let library = try TemplateLibrary(sources: ["loop": "x{{> loop}}"])
        #expect(throws: TemplateError.self) { try library.render("loop", context: [:]) }
    }

    /// A typo or a key a view no longer has would otherwise render as nothing and go unnoticed.
    @Test func aNameNoContextHasIsALocatedError() throws {
        let library = try TemplateLibrary(sources: [
            "variable": "a\n  {{nope}}", "section": "{{#items}}\n{{^missing}}x{{/missing}}{{/items}}",
            "dotted": "{{a.nope}}",
        ])
        let context: TemplateValue = ["a": ["b": "1"], "items": .list([["name": "x"]])]
        func error(_ name: String) -> TemplateError? {
            do { _ = try library.render(name, context: context) } catch { return error }
            return nil
        }
        #expect(
            error("variable")
                == TemplateError(
                    template: "variable",
                    line: 2,
                    column: 3,
                    message: "unknown key 'nope': no value in scope has it"
                )
        )
        #expect(
            error("section")
                == TemplateError(
                    template: "section",
                    line: 2,
                    column: 1,
                    message: "unknown key 'missing': no value in scope has it"
                )
        )
        #expect(
            error("dotted")
                == TemplateError(
                    template: "dotted",
                    line: 1,
                    column: 1,
                    message: "unknown key 'nope': no value in scope has it"
                )
        )
    }

    @Test func unknownTemplateIsAnError() throws {
        let library = try TemplateLibrary(sources: [:])
        #expect(throws: TemplateError.self) { try library.render("nope", context: [:]) }
    }
}
