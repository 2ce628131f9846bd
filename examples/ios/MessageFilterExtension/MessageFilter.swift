// NOT BUILT HERE: an example for Xcode (iOS 16+), see ../README.md.
//
// The model, the user's policy and state, and a classifier: what the extension needs to
// decide on a message, over the C API (import SmsFilter, bindings/apple).
import Foundation
import IdentityLookup
import SmsFilter

struct SmsFilterError: Error, CustomStringConvertible {
  let status: smsf_status
  let description: String  // never contains message text
}

private func check(_ status: smsf_status) throws {
  guard status == SMSF_STATUS_OK else {
    throw SmsFilterError(status: status, description: String(cString: smsf_last_error()))
  }
}

/// A C object, freed with its Swift owner.
private final class Handle {
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

final class MessageFilter {
  /// One per extension process: opening the model checks and self-tests it.
  static let shared: MessageFilter? = {
    let group = FileManager.default.containerURL(
      forSecurityApplicationGroupIdentifier: "group.org.example.smsfilter")
    guard let modelPath = Bundle.main.path(forResource: "default", ofType: "smsf") else {
      return nil
    }
    // The containing app's settings screen writes the policy (docs/integration.md,
    // "Policy file"); without one the defaults apply.
    let policy = group.flatMap { try? String(contentsOf: $0.appendingPathComponent("policy.txt")) }
    do {
      return try MessageFilter(modelPath: modelPath, policyText: policy ?? "smsfilter-policy 1\n",
                               stateURL: group?.appendingPathComponent("policy.state"))
    } catch {
      NSLog("smsfilter: %@", String(describing: error))
      return nil
    }
  }()

  private let classifier: Handle
  private let policy: Handle
  private let state: Handle
  private let stateURL: URL?
  /// The classifier and the state serve one message at a time.
  private let lock = NSLock()

  init(modelPath: String, policyText: String, stateURL: URL?) throws {
    let model = try Handle(free: { smsf_model_release($0) }) { smsf_model_open_file(modelPath, $0) }
    // The classifier keeps the model alive after `model` releases it.
    classifier = try Handle(free: { smsf_classifier_free($0) }) {
      smsf_classifier_new(model.pointer, $0)
    }
    policy = try Handle(free: { smsf_policy_release($0) }) { out in
      policyText.utf8CString.withUnsafeBufferPointer {
        smsf_policy_parse($0.baseAddress, $0.count - 1, out)
      }
    }
    state = try Handle(free: { smsf_policy_state_free($0) }) { smsf_policy_state_new($0) }
    self.stateURL = stateURL
    // A missing or damaged state leaves the empty one.
    if let url = stateURL, let saved = try? Data(contentsOf: url) {
      _ = saved.withUnsafeBytes { smsf_policy_state_restore(state.pointer, $0.baseAddress, $0.count) }
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
    var decision = smsf_decision()
    let status = body.utf8CString.withUnsafeBufferPointer { text in
      sender.utf8CString.withUnsafeBufferPointer { from in
        var message = smsf_message(
          text: text.baseAddress, text_size: text.count - 1,
          sender: from.baseAddress, sender_size: from.count - 1,
          has_time: true, time: Int64(received.timeIntervalSince1970))
        return smsf_decide(policy.pointer, classifier.pointer, &message, state.pointer, &decision)
      }
    }
    guard status == SMSF_STATUS_OK else {
      NSLog("smsfilter: %@", String(cString: smsf_last_error()))
      return (.none, .none)
    }
    saveState()
    return (ILMessageFilterAction(rawValue: Int(decision.apple_action.rawValue)) ?? .none,
            ILMessageFilterSubAction(rawValue: Int(decision.apple_sub_action.rawValue)) ?? .none)
  }

  /// Flood counts change with every timed message. If the system does not let the
  /// extension write to the app group, they last as long as the extension's process.
  private func saveState() {
    guard let url = stateURL else { return }
    var bytes: UnsafeMutableRawPointer?
    var size = 0
    guard smsf_policy_state_save(state.pointer, &bytes, &size) == SMSF_STATUS_OK, let bytes else {
      return
    }
    defer { smsf_free(bytes) }
    try? Data(bytes: bytes, count: size).write(to: url, options: .atomic)
  }
}
