// NOT BUILT HERE: an example for Xcode (iOS 16+), see ../README.md.
//
// The model, the user's policy and state, and a classifier: what the extension needs to
// decide on a message, over the C API (import SmsFilter, bindings/apple).
//
// The extension only reads. The containing app owns the app group's files: it writes
// policy.txt when the user changes a setting and policy.state when it records feedback
// (FeedbackRecorder.swift); the extension reopens them when they change.
import Foundation
import IdentityLookup
import SmsFilter

struct SmsFilterError: Error, CustomStringConvertible {
  let status: Int32
  let description: String  // never contains message text
}

private func check(_ status: smsf_status) throws {
  guard status.rawValue == 0 else {  // SMSF_STATUS_OK
    throw SmsFilterError(status: status.rawValue, description: String(cString: smsf_last_error()))
  }
}

/// A C object, freed with its Swift owner.
final class Handle {
  let pointer: OpaquePointer
  private let free: (OpaquePointer) -> Void

  init(free: @escaping (OpaquePointer) -> Void,
       create: (UnsafeMutablePointer<OpaquePointer?>) -> smsf_status) throws {
    var pointer: OpaquePointer?
    try check(create(&pointer))
    self.pointer = pointer!
    self.free = free
  }

  deinit { free(pointer) }
}

/// Where the app and its extensions keep the user's settings.
enum SharedFiles {
  static let group = FileManager.default.containerURL(
    forSecurityApplicationGroupIdentifier: "group.org.example.smsfilter")
  static let policy = group?.appendingPathComponent("policy.txt")
  static let state = group?.appendingPathComponent("policy.state")

  /// When the file last changed; nil if it does not exist.
  static func modified(_ url: URL?) -> Date? {
    try? url?.resourceValues(forKeys: [.contentModificationDateKey]).contentModificationDate
  }
}

func openPolicy(_ text: String) throws -> Handle {
  try Handle(free: { smsf_policy_release($0) }) { out in
    // C chars, as `const char *` takes them (a [UInt8] converts only from Swift 5.9 on).
    let chars = text.utf8CString  // ends in NUL, which is not part of the text
    return chars.withUnsafeBufferPointer { smsf_policy_parse($0.baseAddress, $0.count - 1, out) }
  }
}

func openState(saved: Data?) throws -> Handle {
  let state = try Handle(free: { smsf_policy_state_free($0) }) { smsf_policy_state_new($0) }
  // A missing or damaged state leaves the empty one.
  if let saved {
    _ = saved.withUnsafeBytes { smsf_policy_state_restore(state.pointer, $0.baseAddress, $0.count) }
  }
  return state
}

/// Calls `body` with a string's UTF-16 code units, as the C API's *_utf16 functions take them.
func withUTF16<R>(_ string: String, _ body: (UnsafeBufferPointer<UInt16>) -> R) -> R {
  Array(string.utf16).withUnsafeBufferPointer(body)
}

final class MessageFilter {
  /// The one filter of this extension process. Opening the model checks and self-tests
  /// it; a failure (say, the file is being replaced by an app update) is retried on the
  /// next message instead of leaving the process without a filter.
  static func shared() -> MessageFilter? {
    lock.lock()
    defer { lock.unlock() }
    if current == nil {
      do {
        current = try MessageFilter()
      } catch {
        NSLog("smsfilter: %@", String(describing: error))
      }
    }
    return current
  }
  private static var current: MessageFilter?
  private static let lock = NSLock()

  private let classifier: Handle
  private var policy: Handle
  private var state: Handle
  private var policyModified: Date?
  private var stateModified: Date?
  /// The classifier and the state serve one message at a time.
  private let lock = NSLock()

  private init() throws {
    guard let modelPath = Bundle.main.path(forResource: "default", ofType: "smsf") else {
      throw SmsFilterError(status: -1, description: "default.smsf is not in the bundle")
    }
    let model = try Handle(free: { smsf_model_release($0) }) { smsf_model_open_file(modelPath, $0) }
    // The classifier keeps the model alive after `model` releases it.
    classifier = try Handle(free: { smsf_classifier_free($0) }) {
      smsf_classifier_new(model.pointer, $0)
    }
    policy = try openPolicy("smsfilter-policy 1\n")
    state = try openState(saved: nil)
    reloadIfChanged()
  }

  /// Re-reads the policy and the state when the app has changed them: a file's
  /// modification date is one stat, cheap next to classifying.
  private func reloadIfChanged() {
    let policyDate = SharedFiles.modified(SharedFiles.policy)
    if policyDate != policyModified, let url = SharedFiles.policy {
      // Without a policy file the defaults apply; a bad one keeps the last good one.
      let text = (try? String(contentsOf: url)) ?? "smsfilter-policy 1\n"
      do {
        policy = try openPolicy(text)
        policyModified = policyDate
      } catch {
        NSLog("smsfilter: policy.txt: %@", String(describing: error))
      }
    }
    let stateDate = SharedFiles.modified(SharedFiles.state)
    if stateDate != stateModified, let url = SharedFiles.state,
       let reopened = try? openState(saved: try? Data(contentsOf: url)) {
      state = reopened
      stateModified = stateDate
    }
  }

  /// What the system should do with a message: ILMessageFilterAction and (iOS 16)
  /// ILMessageFilterSubAction, as docs/integration.md tabulates. `.none` when the model
  /// is unsure or anything fails.
  func verdict(body: String, sender: String, received: Date)
    -> (ILMessageFilterAction, ILMessageFilterSubAction)
  {
    lock.lock()
    defer { lock.unlock() }
    reloadIfChanged()
    var decision: OpaquePointer?
    // Flood counts live in this process's copy of the state only: the extension never
    // writes it back (docs/integration.md, "Apple").
    let status = withUTF16(body) { text in
      withUTF16(sender) { from in
        smsf_decide_utf16(policy.pointer, classifier.pointer, text.baseAddress, text.count,
                          from.baseAddress, from.count, Int64(received.timeIntervalSince1970),
                          state.pointer, &decision)
      }
    }
    guard status.rawValue == 0, let decision else {
      NSLog("smsfilter: %@", String(cString: smsf_last_error()))
      return (.none, .none)
    }
    return (ILMessageFilterAction(rawValue: Int(smsf_decision_apple_action(decision).rawValue)) ?? .none,
            ILMessageFilterSubAction(rawValue: Int(smsf_decision_apple_sub_action(decision).rawValue))
              ?? .none)
  }
}
