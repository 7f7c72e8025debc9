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
        #expect(error == TemplateError(template: "t", line: 3, column: 5, message: "no template named 'nowhere' for this partial"))
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

    @Test func unknownTemplateIsAnError() throws {
        let library = try TemplateLibrary(sources: [:])
        #expect(throws: TemplateError.self) { try library.render("nope", context: [:]) }
    }
}
