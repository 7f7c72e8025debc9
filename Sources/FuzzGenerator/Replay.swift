// The normal build (no sanitizer): replays saved inputs, such as fuzz-artifacts/crash-* files, through the
// same harness, so a finding reproduces under a debugger. Exit 1 when an input violates an invariant.
#if !FUZZING
    import Foundation
    import GeneratorKit
    import Rendering

    @main
    struct Replay {
        static func main() {
            let templates: TemplateSet
            do { templates = try TemplateSet.load() } catch {
                FileHandle.standardError.write(Data("built-in templates do not load: \(error)\n".utf8))
                exit(2)
            }
            var failures = 0
            for path in CommandLine.arguments.dropFirst() {
                guard let data = FileManager.default.contents(atPath: path) else {
                    FileHandle.standardError.write(Data("\(path): cannot be read\n".utf8))
                    exit(2)
                }
                if let violation = FuzzOneInput.run([UInt8](data), templates: templates) {
                    print("\(path): \(violation)")
                    failures += 1
                } else {
                    print("\(path): ok")
                }
            }
            exit(failures == 0 ? 0 : 1)
        }
    }
#endif
