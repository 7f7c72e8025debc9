import Foundation
import PackagePlugin

/// `swift package generate-client [generate options]`: the same generation as `swift run generate`,
/// run in the package directory to refresh checked-in code.
@main
struct GenerateClientCommand: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let process = Process()
        process.executableURL = try context.tool(named: "generate").url
        process.arguments = arguments
        process.currentDirectoryURL = context.package.directoryURL
        try process.run()
        process.waitUntilExit()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            throw CommandFailure(description: "generate exited with status \(process.terminationStatus)")
        }
    }
}

struct CommandFailure: Error, CustomStringConvertible {
    let description: String
}
