import FileOutput
import Foundation
import GeneratorKit
import Testing

/// Adding one operation and one schema must only touch that tag's files, the new model and the docs indexes.
@Suite struct StabilityTests {
    @Test func addingAnOperationAndASchemaChangesOnlyTheirFiles() throws {
        let original = try String(contentsOfFile: Paths.budgeaSpec, encoding: .utf8)
        let newPath = """
              /banks/{id_connector}/new-thing:
                get:
                  tags: [Banks]
                  summary: A new endpoint
                  parameters:
                    - {name: id_connector, in: path, required: true, schema: {type: integer}}
                  responses:
                    "200":
                      description: ok
                      content:
                        application/json:
                          schema: {$ref: "#/components/schemas/NewThing"}

            """
        let newSchema = """
                NewThing:
                  type: object
                  properties:
                    id: {type: integer}

            """
        let pathsAnchor = "\npaths:\n"
        let schemasAnchor = "\n  schemas:\n"
        #expect(original.contains(pathsAnchor) && original.contains(schemasAnchor))
        let changed =
            original
            .replacingOccurrences(of: pathsAnchor, with: pathsAnchor + newPath)
            .replacingOccurrences(of: schemasAnchor, with: schemasAnchor + newSchema)
        let directory = Paths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let spec = directory.appendingPathComponent("changed.yaml")
        try changed.write(to: spec, atomically: true, encoding: .utf8)

        let output = directory.appendingPathComponent("out")
        let writer = OutputWriter(directory: output)
        try writer.write(
            try Generator.render(
                GenerateOptions(specPath: Paths.budgeaSpec, outputDirectory: output.path, moduleName: "BudgeaAPI")
            ).files
        )
        let plan = try writer.plan(
            try Generator.render(
                GenerateOptions(specPath: spec.path, outputDirectory: output.path, moduleName: "BudgeaAPI")
            ).files
        )

        #expect(plan.added == ["BudgeaAPI/Models/NewThing.swift", "docs/models/NewThing.md"])
        #expect(plan.changed == ["BudgeaAPI/Operations/BanksAPI.swift", "docs/README.md", "docs/tags/BanksAPI.md"])
        #expect(plan.removed.isEmpty)
    }
}
