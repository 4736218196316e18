import Foundation

/// Completes file and folder paths for `:load`, `:source`, `:save`, `:export` and `:render`.
struct FileSystemCompleter: Sendable {
    /// The folder relative paths are resolved against.
    let directory: String

    /// The entries of the typed path's folder whose names start with its last component;
    /// folders end in `/`, hidden files appear only when the component starts with a dot.
    func candidates(for typed: String) -> [String] {
        let slash = typed.lastIndex(of: "/")
        let folderPart = slash.map { String(typed[...$0]) } ?? ""
        let namePrefix = slash.map { String(typed[typed.index(after: $0)...]) } ?? typed
        let expanded = (folderPart as NSString).expandingTildeInPath
        let folder = folderPart.isEmpty ? directory
            : expanded.hasPrefix("/") ? expanded : (directory as NSString).appendingPathComponent(expanded)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        return names.filter { $0.hasPrefix(namePrefix) && (namePrefix.hasPrefix(".") || !$0.hasPrefix(".")) }
            .map { name in
                var isFolder: ObjCBool = false
                _ = FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent(name), isDirectory: &isFolder)
                return folderPart + name + (isFolder.boolValue ? "/" : "")
            }
            .sorted()
    }
}
