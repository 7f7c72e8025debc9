// swift-tools-version: 6.2
// An app that uses the checked-in Budgea client as a library, the way a user's app does. Its requirements are
// wider than the generator's own lower bounds on purpose: they must resolve together, and the generator's
// test-only packages (FlyingFox, async-http-client, swift-nio) must not enter this graph (.ci/run checks).
import PackageDescription

let package = Package(
    name: "BudgeaApp",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "swift-budgea-generator", path: "../.."),
        .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
        .package(url: "https://github.com/apple/swift-openapi-urlsession", from: "1.0.0"),
    ],
    targets: [
        .executableTarget(
            name: "BudgeaApp",
            dependencies: [
                .product(name: "BudgeaAPI", package: "swift-budgea-generator"),
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "OpenAPIURLSession", package: "swift-openapi-urlsession"),
            ]
        )
    ],
    swiftLanguageModes: [.v6]
)
