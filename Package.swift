// swift-tools-version: 6.2
import PackageDescription

let package = Package(
    name: "swift-budgea-generator",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "generate", targets: ["generate"]),
        .library(name: "GeneratorKit", targets: ["GeneratorKit"]),
        // The checked-in client generated from spec/; building the package compiles it.
        .library(name: "BudgeaAPI", targets: ["BudgeaAPI"]),
        .plugin(name: "GenerateClientPlugin", targets: ["GenerateClientPlugin"]),
        .plugin(name: "GenerateClientCommand", targets: ["GenerateClientCommand"]),
    ],
    dependencies: [
        // Ranges from the lowest version tested, so an app resolves them with its own versions. SwiftPM resolves
        // only what the products an app uses need: the test-only packages below never reach an app's graph
        // (Examples/BudgeaApp shows it).
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.13.4"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        // Tests only: a real HTTP server on 127.0.0.1 and the URLSession and AsyncHTTPClient transports.
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
        .package(url: "https://github.com/apple/swift-openapi-urlsession", from: "1.4.0"),
        .package(url: "https://github.com/swift-server/swift-openapi-async-http-client", from: "1.5.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
    ],
    targets: [
        // Stage 0: libyaml, through pkg-config.
        .systemLibrary(name: "CYaml", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),
        // Shared by every stage: located diagnostics and JSON pointers.
        .target(name: "Diagnostics"),
        // Stage 1: bytes -> located node tree.
        .target(name: "YAMLLoader", dependencies: ["CYaml", "Diagnostics"]),
        // Stage 2: node tree -> lenient OpenAPI document model.
        .target(name: "OpenAPIModel", dependencies: ["YAMLLoader", "Diagnostics"]),
        // OpenAPI Overlay 1.0: JSONPath-targeted updates and removals applied to the loaded tree.
        .target(name: "Overlay", dependencies: ["YAMLLoader", "Diagnostics"]),
        // Swagger 2.0 -> OpenAPI 3.0 on the located tree, before overlays, so diagnostics keep the original line:col.
        .target(name: "SwaggerConversion", dependencies: ["YAMLLoader", "Diagnostics"]),
        // Every identifier decision.
        .target(name: "Naming"),
        // Stage 3: document model -> resolved IR. The model is its only input: no YAML node reaches it.
        .target(name: "IR", dependencies: ["OpenAPIModel", "Naming", "Diagnostics"]),
        // Mustache templates compiled once and rendered against plain values, without reflection.
        .target(name: "Templating"),
        // Stage 4: IR -> template views -> files in memory.
        // YAMLLoader reads the template manifest; FileOutput's RenderedFile is what rendering produces.
        .target(
            name: "Rendering",
            dependencies: ["IR", "Naming", "Diagnostics", "Templating", "Parallel", "FileOutput"]
        ),
        // Writes rendered files all-or-nothing, skips unchanged ones, removes stale ones it owns.
        .target(name: "FileOutput", dependencies: ["Parallel", "Diagnostics"]),
        // `map` on every core with a deterministic result order (rendering, file writing).
        .target(name: "Parallel"),
        // The pipeline: load, model, IR, render, write.
        .target(
            name: "GeneratorKit",
            dependencies: [
                "YAMLLoader", "SwaggerConversion", "Overlay", "OpenAPIModel", "IR", "Naming", "Rendering", "FileOutput",
                "Diagnostics",
            ]
        ),
        // libFuzzer harness over the whole pipeline (Fuzz/run.sh builds it with -sanitize=fuzzer -D FUZZING);
        // the normal build replays saved inputs, so CI builds it with everything else.
        .executableTarget(name: "FuzzGenerator", dependencies: ["GeneratorKit", "Rendering"]),
        .executableTarget(
            name: "generate",
            dependencies: [
                "GeneratorKit", "FileOutput", "Diagnostics", "IR", "Rendering",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // Build-time generation for consumer targets holding an openapi.yaml.
        .plugin(name: "GenerateClientPlugin", capability: .buildTool(), dependencies: ["generate"]),
        // `swift package generate-client`: refresh checked-in code.
        .plugin(
            name: "GenerateClientCommand",
            capability: .command(
                intent: .custom(
                    verb: "generate-client",
                    description: "Regenerate the client from the spec (same options as swift run generate)"
                ),
                permissions: [
                    .writeToPackageDirectory(reason: "writes the generated client and docs (Generated/ by default)")
                ]
            ),
            dependencies: ["generate"]
        ),
        .target(
            name: "BudgeaAPI",
            dependencies: [
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            path: "Generated/BudgeaAPI",
            exclude: []
        ),
        // The same generated sources compiled with MainActor default isolation (through a symlink).
        .target(
            name: "BudgeaAPIMainActorCheck",
            dependencies: [
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            path: "Tests/MainActorCheck",
            swiftSettings: [.defaultIsolation(MainActor.self)]
        ),
        // Two golden outputs compiled as clients (with the checked-in support runtime, through symlinks),
        // so multi-2xx responses and the no-body rules run over HTTP in BudgeaClientTests.
        .target(
            name: "MultiSuccessAPI",
            dependencies: [
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            path: "Tests/GoldenClients/MultiSuccessAPI"
        ),
        .target(
            name: "NoBodyAPI",
            dependencies: [
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            path: "Tests/GoldenClients/NoBodyAPI"
        ),

        // The decoding-tolerant golden with the support runtime: the tolerant decoder's behaviour, tested
        // on a spec that no overlay changes.
        .target(
            name: "LedgerAPI",
            dependencies: [
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            path: "Tests/DecodingFixture"
        ),
        .testTarget(name: "DecodingTests", dependencies: ["LedgerAPI"]),
        .testTarget(name: "DiagnosticsTests", dependencies: ["Diagnostics"]),
        .testTarget(name: "YAMLLoaderTests", dependencies: ["YAMLLoader"]),
        .testTarget(name: "OpenAPIModelTests", dependencies: ["OpenAPIModel", "YAMLLoader"]),
        .testTarget(name: "SwaggerConversionTests", dependencies: ["SwaggerConversion", "YAMLLoader", "Diagnostics"]),
        .testTarget(name: "OverlayTests", dependencies: ["Overlay", "YAMLLoader", "Diagnostics"]),
        .testTarget(name: "NamingTests", dependencies: ["Naming"]),
        .testTarget(name: "TemplatingTests", dependencies: ["Templating"]),
        .testTarget(name: "FileOutputTests", dependencies: ["FileOutput"]),
        // The generated Budgea client over real HTTP against a server the tests start on 127.0.0.1.
        .testTarget(
            name: "BudgeaClientTests",
            dependencies: [
                "BudgeaAPI", "MultiSuccessAPI", "NoBodyAPI", "GeneratorKit", "OpenAPIModel", "YAMLLoader",
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "OpenAPIURLSession", package: "swift-openapi-urlsession"),
                .product(name: "OpenAPIAsyncHTTPClient", package: "swift-openapi-async-http-client"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "FlyingFox", package: "FlyingFox"),
            ]
        ),
        // Spec -> IR and IR -> files, each against the golden cases' ir.json snapshots.
        .testTarget(name: "IRTests", dependencies: ["GeneratorKit", "IR", "OpenAPIModel", "Rendering"]),
        .testTarget(name: "RenderingTests", dependencies: ["Rendering", "FileOutput", "GeneratorKit"]),
        // An app's view: the Budgea client beside types named like SwiftUI's, StoreKit's, Combine's and Security's.
        .target(name: "FrameworkNames", path: "Tests/FrameworkNames"),
        .testTarget(name: "NameClashTests", dependencies: ["BudgeaAPI", "FrameworkNames"]),
        .testTarget(name: "GeneratorTests", dependencies: ["GeneratorKit", "IR", "Rendering", "OpenAPIModel"]),
    ],
    swiftLanguageModes: [.v6]
)
