// Compiled only for fuzzing (Fuzz/run.sh: -sanitize=fuzzer -parse-as-library -D FUZZING). SwiftPM links an
// executable target's `main` to `FuzzGenerator_main`, so that symbol hands control to libFuzzer's driver.
#if FUZZING
    import GeneratorKit
    import Rendering

    private let templates: TemplateSet = {
        do { return try TemplateSet.load() } catch { fatalError("built-in templates do not load: \(error)") }
    }()

    @_cdecl("LLVMFuzzerTestOneInput")
    public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
        let bytes = Array(UnsafeBufferPointer(start: data, count: size))
        // A violated invariant must crash: that is how libFuzzer records a finding.
        if let violation = FuzzOneInput.run(bytes, templates: templates) { fatalError(violation) }
        return 0
    }

    @_silgen_name("LLVMFuzzerRunDriver")
    private func runDriver(
        _ argc: UnsafeMutablePointer<CInt>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
        _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
    ) -> CInt

    @_cdecl("FuzzGenerator_main")
    public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
        var argc = argc
        var argv = argv
        return runDriver(&argc, &argv) { data, size in fuzz(data, size) }
    }
#endif
