// libFuzzer entry point: bytes -> SpecLoader (YAML, model, IR) -> Renderer (files in memory).
// Built with -sanitize=fuzzer -parse-as-library. SwiftPM links an executable target's `main` to
// `FuzzGenerator_main` (--defsym), so that symbol hands control to libFuzzer's driver.
import GeneratorKit
import Rendering

#if canImport(Glibc)
import Glibc
#endif

private let templates: TemplateSet = {
    do { return try TemplateSet() } catch { fatalError("built-in templates do not load: \(error)") }
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let loaded = SpecLoader.load(bytes: bytes, file: "fuzz.yaml")
    guard let api = loaded.api, !loaded.hasErrors else { return 0 }
    let options = RenderOptions(moduleName: "FuzzAPI")
    guard let files = try? Renderer.render(api, options: options, templates: templates) else { return 0 }
    // Invariant: every rendered path stays inside the output directory.
    for file in files {
        let components = file.path.split(separator: "/", omittingEmptySubsequences: false)
        if file.path.hasPrefix("/") || components.contains("..") || components.contains("") {
            fatalError("rendered path escapes the output directory: \(file.path)")
        }
    }
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
private func runDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt) -> CInt

@_cdecl("FuzzGenerator_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return runDriver(&argc, &argv) { data, size in fuzz(data, size) }
}
