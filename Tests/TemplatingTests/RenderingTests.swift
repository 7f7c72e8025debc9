import Testing

@testable import Templating

private func render(_ template: String, _ context: TemplateValue, partials: [String: String] = [:]) throws -> String {
    var sources = partials
    sources["main"] = template
    return try TemplateLibrary(sources: sources).render("main", context: context)
}

struct RenderingTests {
    @Test func variablesPrintTextUnescaped() throws {
        #expect(try render("a {{x}} b {{{x}}} c {{& x }}", ["x": "<T>&"]) == "a <T>& b <T>& c <T>&")
    }

    @Test func absentOptionalsPrintTheirFlagAndHideTheirSections() throws {
        let context: TemplateValue = ["a": .absent, "b": .absent]
        #expect(try render("[{{a}}][{{#a}}A{{/a}}][{{b.c}}][{{^b}}none{{/b}}]", context) == "[false][][][none]")
    }

    @Test func flagsPrintTheirValue() throws {
        #expect(try render("{{yes}}/{{no}}", ["yes": true, "no": false]) == "true/false")
    }

    @Test func dottedNamesLookInsideTheFirstMatch() throws {
        let context: TemplateValue = ["api": ["title": "Budgea", "info": ["version": "2.0"]]]
        #expect(try render("{{api.title}} {{api.info.version}}", context) == "Budgea 2.0")
    }

    @Test func namesClimbToOuterContexts() throws {
        let context: TemplateValue = ["access": "public", "items": .list([["name": "a"], ["name": "b"]])]
        #expect(try render("{{#items}}{{access}} {{name}};{{/items}}", context) == "public a;public b;")
    }

    @Test func innerNamesShadowOuterOnes() throws {
        let context: TemplateValue = ["name": "outer", "inner": ["name": "inner"]]
        #expect(try render("{{#inner}}{{name}}{{/inner}} {{name}}", context) == "inner outer")
    }

    @Test func absentOptionalDoesNotClimb() throws {
        let context: TemplateValue = ["type": "Outer", "body": ["type": .absent]]
        #expect(try render("{{#body}}[{{type}}]{{/body}}", context) == "[false]")
    }

    @Test func sectionsSkipFalsyValues() throws {
        let context: TemplateValue = ["f": false, "e": "", "l": .list([]), "t": true, "s": "x", "o": [:]]
        #expect(
            try render("{{#f}}F{{/f}}{{#e}}E{{/e}}{{#l}}L{{/l}}{{#t}}T{{/t}}{{#s}}S{{/s}}{{#o}}O{{/o}}", context)
                == "TSO"
        )
        #expect(
            try render("{{^f}}F{{/f}}{{^e}}E{{/e}}{{^l}}L{{/l}}{{^t}}T{{/t}}{{^s}}S{{/s}}{{^o}}O{{/o}}", context)
                == "FEL"
        )
    }

    @Test func currentValueInsideAListOfTexts() throws {
        #expect(try render("{{#lines}}<{{.}}>{{/lines}}", ["lines": .texts(["a", "b"])]) == "<a><b>")
    }

    @Test func firstAndLastFollowTheInnermostList() throws {
        let context: TemplateValue = ["xs": .texts(["a", "b", "c"])]
        #expect(try render("{{#xs}}{{.}}{{^last()}}, {{/last()}}{{/xs}}", context) == "a, b, c")
        #expect(try render("{{#xs}}{{#first()}}[{{/first()}}{{.}}{{/xs}}", context) == "[abc")
    }

    @Test func standaloneTagsRemoveTheirLine() throws {
        let template = "begin\n  {{#items}}\n  - {{.}}\n  {{/items}}\n  {{! a comment }}\nend\n"
        #expect(try render(template, ["items": .texts(["a", "b"])]) == "begin\n  - a\n  - b\nend\n")
    }

    @Test func tagsSharingALineWithTextKeepIt() throws {
        #expect(try render("x {{#t}}\ny{{/t}} z\n", ["t": true]) == "x \ny z\n")
    }

    @Test func standaloneTagsHandleWindowsLineEndings() throws {
        #expect(try render("a\r\n{{#t}}\r\nb\r\n{{/t}}\r\nc", ["t": true]) == "a\r\nb\r\nc")
    }

    @Test func standaloneTagOnTheLastLineWithoutNewline() throws {
        #expect(try render("a\n{{#t}}\nb\n{{/t}}", ["t": true]) == "a\nb\n")
    }

    @Test func indentedStandalonePartialIndentsEveryLine() throws {
        let partials = ["inner": "struct {{name}} {\n\n    let x: Int\n}\n"]
        let rendered = try render("enum Outer {\n    {{> inner}}\n}\n", ["name": "Nested"], partials: partials)
        #expect(rendered == "enum Outer {\n    struct Nested {\n\n        let x: Int\n    }\n}\n")
    }

    @Test func partialsRecurseThroughNestedValues() throws {
        let leaf: TemplateValue = ["name": "C", "nested": .list([])]
        let middle: TemplateValue = ["name": "B", "nested": .list([leaf])]
        let context: TemplateValue = ["name": "A", "nested": .list([middle])]
        let partials = ["type": "{{name}}\n{{#nested}}\n  {{> type}}\n{{/nested}}\n"]
        #expect(try render("{{> type}}", context, partials: partials) == "A\n  B\n    C\n")
    }

    @Test func inlinePartialIsNotIndented() throws {
        #expect(try render("x {{> p}} y", [:], partials: ["p": "1\n2"]) == "x 1\n2 y")
    }
}
