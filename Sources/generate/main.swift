import GeneratorKit
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
let path = arguments.dropFirst().first ?? "spec/biapi.pro-2.0.openapi.yaml"
let loaded = SpecLoader.load(path: path)
for diagnostic in loaded.diagnostics { FileHandle.standardError.write(Data((diagnostic.description + "\n").utf8)) }
if let api = loaded.api { print(OperationList.render(api), terminator: "") }
