# Sourced by the compile-* scripts: writes a package whose targets build generated code against the client
# runtime's packages, at the lowest versions Package.swift requires.
# Usage: write_runtime_package DIR NAME TARGETS   (TARGETS: `.target(...)` lines; `deps` names the runtime products)
write_runtime_package() {
  cat > "$1/Package.swift" <<SWIFT
// swift-tools-version: 6.2
import PackageDescription
let deps: [Target.Dependency] = [
    .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
    .product(name: "HTTPTypes", package: "swift-http-types"),
]
let package = Package(
    name: "$2",
    dependencies: [
        .package(url: "https://github.com/apple/swift-openapi-runtime", exact: "1.13.4"),
        .package(url: "https://github.com/apple/swift-http-types", exact: "1.8.0"),
    ],
    targets: [
$(printf "%b" "$3")    ],
    swiftLanguageModes: [.v6]
)
SWIFT
}
