// swift-tools-version: 6.2
// A libFuzzer harness for the generator pipeline (bytes -> YAMLLoader -> OpenAPIModel -> IR -> Rendering).
// The pipeline's modules are the repo's own sources, reached through the symlinks in Sources/.
// Build and run: see README.md (the executable must be built with -sanitize=fuzzer -parse-as-library).
import PackageDescription

let package = Package(
    name: "GeneratorFuzz",
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
    ],
    targets: [
        .systemLibrary(name: "CYaml", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),
        .target(name: "Diagnostics"),
        .target(name: "YAMLLoader", dependencies: ["CYaml", "Diagnostics"]),
        .target(name: "OpenAPIModel", dependencies: ["YAMLLoader", "Diagnostics"]),
        .target(name: "Naming"),
        .target(name: "IR", dependencies: ["OpenAPIModel", "Naming", "Diagnostics"]),
        .target(name: "Rendering", dependencies: ["IR", "Naming", "Diagnostics", .product(name: "Mustache", package: "swift-mustache")]),
        .target(name: "Overlay", dependencies: ["YAMLLoader", "Diagnostics"]),
        .target(name: "FileOutput"),
        .target(name: "GeneratorKit", dependencies: ["YAMLLoader", "Overlay", "OpenAPIModel", "IR", "Rendering", "FileOutput", "Diagnostics"]),
        .executableTarget(name: "FuzzGenerator", dependencies: ["GeneratorKit", "YAMLLoader", "OpenAPIModel", "IR", "Rendering", "Diagnostics"]),
    ],
    swiftLanguageModes: [.v6]
)
