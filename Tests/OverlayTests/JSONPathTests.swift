import Testing
import YAMLLoader

@testable import Overlay

private let tree = """
    info:
      title: T
      x-logo: l
    paths:
      /users/{id_user}/connections:
        post:
          parameters:
            - name: id_user
              in: path
              required: true
            - name: expand
              in: query
            - name: limit
              in: query
              required: false
              schema: {type: integer, maximum: 100}
      /banks:
        get:
          parameters:
            - name: expand
              in: query
    tags: [a, b, c]
    """

@Suite struct JSONPathSelectionTests {
    let root: Node
    init() throws { root = try loadNode(tree) }

    @Test func rootAndChildren() throws {
        #expect(try JSONPath("$").select(in: root) == [[]])
        #expect(try JSONPath("$.info.title").select(in: root) == [[.key("info"), .key("title")]])
        #expect(try paths("$['info'][\"title\"]", in: root) == ["info/title"])
        #expect(try paths("$.info.x-logo", in: root) == ["info/x-logo"])
        #expect(try paths("$.info.missing", in: root) == [])
        #expect(try paths("$.tags.a", in: root) == [])
    }

    @Test func bracketNamesWithPunctuation() throws {
        #expect(
            try paths("$.paths['/users/{id_user}/connections'].post", in: root) == [
                "paths//users/{id_user}/connections/post"
            ]
        )
        let node = try #require(
            JSONPath.node(at: JSONPath("$.paths[\"/banks\"].get.parameters[0].in").select(in: root)[0], in: root)
        )
        #expect(render(node) == "query")
        #expect(try paths("$['a.b-c/{d}']", in: try loadNode("'a.b-c/{d}': 1")) == ["a.b-c/{d}"])
    }

    @Test func wildcards() throws {
        #expect(try paths("$.paths.*", in: root) == ["paths//users/{id_user}/connections", "paths//banks"])
        #expect(try paths("$.paths[*].get", in: root) == ["paths//banks/get"])
        #expect(try paths("$.tags[*]", in: root) == ["tags/0", "tags/1", "tags/2"])
        #expect(try paths("$.info.title.*", in: root) == [])
    }

    @Test func indicesAndSlices() throws {
        #expect(try paths("$.tags[0]", in: root) == ["tags/0"])
        #expect(try paths("$.tags[-1]", in: root) == ["tags/2"])
        #expect(try paths("$.tags[3]", in: root) == [])
        #expect(try paths("$.tags[-4]", in: root) == [])
        #expect(try paths("$.tags[0:2]", in: root) == ["tags/0", "tags/1"])
        #expect(try paths("$.tags[::2]", in: root) == ["tags/0", "tags/2"])
        #expect(try paths("$.tags[0, -1]", in: root) == ["tags/0", "tags/2"])
    }

    @Test func recursiveDescent() throws {
        #expect(
            try paths("$..name", in: root) == [
                "paths//users/{id_user}/connections/post/parameters/0/name",
                "paths//users/{id_user}/connections/post/parameters/1/name",
                "paths//users/{id_user}/connections/post/parameters/2/name",
                "paths//banks/get/parameters/0/name",
            ]
        )
        #expect(
            try paths("$..parameters[0].in", in: root) == [
                "paths//users/{id_user}/connections/post/parameters/0/in",
                "paths//banks/get/parameters/0/in",
            ]
        )
        #expect(try paths("$..['maximum']", in: root).count == 1)
    }

    @Test func filters() throws {
        let users = "paths//users/{id_user}/connections/post/parameters/"
        let banks = "paths//banks/get/parameters/"
        #expect(try paths("$..parameters[?(@.name == 'expand')]", in: root) == [users + "1", banks + "0"])
        #expect(try paths("$..parameters[?@.name == \"expand\"]", in: root) == [users + "1", banks + "0"])
        #expect(try paths("$..parameters[?@.in != 'query']", in: root) == [users + "0"])
        // Existence, not truthiness: `required: false` exists.
        #expect(try paths("$..parameters[?@.required]", in: root) == [users + "0", users + "2"])
        #expect(try paths("$..parameters[?!@.required]", in: root) == [users + "1", banks + "0"])
        #expect(try paths("$..parameters[?@.required == true]", in: root) == [users + "0"])
        #expect(try paths("$..parameters[?@.required == false]", in: root) == [users + "2"])
        #expect(try paths("$..parameters[?@.schema.maximum == 100]", in: root) == [users + "2"])
        #expect(try paths("$..parameters[?@.schema.maximum == 1e2]", in: root) == [users + "2"])
        #expect(try paths("$..parameters[?@.schema.maximum == '100']", in: root) == [])
        #expect(try paths("$..parameters[?@.schema.maximum > 99 && @.in == 'query']", in: root) == [users + "2"])
        #expect(
            try paths("$..parameters[?@.name == 'limit' || @.in == 'path']", in: root) == [users + "0", users + "2"]
        )
        #expect(try paths("$..parameters[?@.missing == null]", in: root) == [])
        #expect(try paths("$.tags[?@ == 'b']", in: root) == ["tags/1"])
        #expect(try paths("$.paths[?@.get]", in: root) == ["paths//banks"])
        #expect(try paths("$.tags[?$.info.title == 'T']", in: root) == ["tags/0", "tags/1", "tags/2"])
    }

    @Test func resultsAreUniqueAndInDocumentOrder() throws {
        #expect(try paths("$['info', 'info']", in: root) == ["info"])
        #expect(try paths("$['tags', 'info']", in: root) == ["info", "tags"])
        #expect(try paths("$..[?@.name == 'expand']", in: root).count == 2)
    }
}

@Suite struct JSONPathSyntaxErrorTests {
    private func failure(_ text: String) -> JSONPathError? {
        do {
            _ = try JSONPath(text)
            return nil
        } catch {
            return error
        }
    }

    @Test func positionsAndExpectations() {
        #expect(failure("")?.description == "expected '$' (the document root) at character 1")
        #expect(failure("paths.x")?.description == "expected '$' (the document root) at character 1")
        #expect(failure("$.")?.description == "expected a name or '*' after '.' at character 3")
        #expect(failure("$.paths[0")?.description == "expected ']' or ',' at character 10")
        #expect(failure("$.paths['/users")?.description == "unterminated string (expected a closing ') at character 9")
        #expect(failure("$.a b")?.description == "unexpected 'b'; expected '.', '..' or '[' at character 5")
        #expect(
            failure("$.a[]")?.description
                == "expected a quoted name, '*', an index, a slice or a '?' filter at character 5"
        )
        #expect(
            failure("$..parameters[?@.name = 'x']")?.description
                == "expected '==' (a single '=' is not a comparison) at character 23"
        )
        #expect(
            failure("$.a[?length(@) > 1]")?.description
                == "function extensions such as 'length()' are not supported at character 6"
        )
        #expect(
            failure("$[?@..x == 1]")?.description
                == "a query compared with '==' and the like must be singular (names and indices only) at character 4"
        )
        #expect(failure("$[?(@.a == 1]")?.description == "expected ')' at character 13")
        #expect(failure("$['a\\q']")?.description == "invalid escape '\\q' at character 5")
        #expect(failure("$...a")?.position == 4)
    }

    @Test func validSpellings() throws {
        for text in [
            "$", "$.a", "$['a']", "$[\"a\"]", "$.*", "$[*]", "$[0]", "$[-1]", "$..a", "$..*", "$..[0]",
            "$[?(@.a == 'x')]", "$[?@.a == 'x']", "$[?@.a]", "$[?@.a == 1.5]", "$[?@.a != null]",
            "$[ 'a' , 'b' ]", "$[1:3]", "$['\\u00e9']",
        ] {
            #expect(throws: Never.self, "\(text)") { try JSONPath(text) }
        }
        #expect(try JSONPath("$['\\u00e9']") == JSONPath("$['\\u00e9']"))
    }
}
