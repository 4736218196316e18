import Foundation

/// Whether a child of the tests could be stopped by SIGTSTP: not when the tests' process
/// group is orphaned (no member has a parent in another group of the same session), for
/// then the kernel discards the stop signals.
enum JobControl {
    /// True when the tests' process group is not orphaned.
    static let canStop: Bool = {
        guard let me = status(of: "self") else { return false }
        let members = ((try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []).filter { Int($0) != nil }
        return members.contains { pid in
            guard let member = status(of: pid), member.group == me.group, let parent = status(of: String(member.parent)) else { return false }
            return parent.group != me.group && parent.session == me.session
        }
    }()

    /// The parent, process group and session fields of /proc/PID/stat.
    private static func status(of pid: String) -> (parent: Int, group: Int, session: Int)? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return nil }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count > 3, let parent = Int(fields[1]), let group = Int(fields[2]), let session = Int(fields[3]) else { return nil }
        return (parent, group, session)
    }
}
