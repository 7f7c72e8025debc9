import Diagnostics
import Testing

@Suite struct JSONPointerTests {
    @Test func escapesSlashAndTilde() {
        #expect(JSONPointer(["a/b", "c~d", "~1"]).description == "#/a~1b/c~0d/~01")
        #expect(JSONPointer().description == "#")
        #expect((JSONPointer() / "paths" / "/x" / 0).description == "#/paths/~1x/0")
    }

    @Test func parsesFragment() {
        let pointer = JSONPointer(fragment: "#/paths/~1users~1{id}/get")
        #expect(pointer?.tokens == ["paths", "/users/{id}", "get"])
        #expect(pointer?.last == "get")
        #expect(pointer?.description == "#/paths/~1users~1{id}/get")
        #expect(JSONPointer(fragment: "/a/~01")?.tokens == ["a", "~1"])
        #expect(JSONPointer(fragment: "#")?.tokens == [])
        #expect(JSONPointer(fragment: "#/")?.tokens == [""])
        #expect(JSONPointer(fragment: "#/paths/~1users~1%7Bid%7D")?.tokens == ["paths", "/users/{id}"])
        #expect(JSONPointer(fragment: "#/a/100%")?.tokens == ["a", "100%"])
        #expect(JSONPointer(fragment: "other.yaml#/X") == nil)
        #expect(JSONPointer(fragment: "#X") == nil)
    }

    @Test func roundTrips() {
        let tokens = ["components", "schemas", "a/b~c", ""]
        #expect(JSONPointer(fragment: JSONPointer(tokens).description)?.tokens == tokens)
    }
}
