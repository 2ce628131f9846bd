// NOT BUILT HERE: an example for Xcode (iOS 16+), see ../README.md.
//
// Feedback, in the CONTAINING APP (not the extension, which only reads): iOS gives a
// Message Filter extension no "this is spam" event, so the app records the user's verdict
// on a message the user shows it (pasted or shared into the app, or picked from the
// app's own history) and saves the state where the extension reads it. Add this file to
// the app target, with MessageFilter.swift for the helpers.
import Foundation
import SmsFilter

final class FeedbackRecorder {
  private let classifier: Handle
  private let policy: Handle

  init(modelPath: String, policyText: String) throws {
    let model = try Handle(free: { smsf_model_release($0) }) { smsf_model_open_file(modelPath, $0) }
    classifier = try Handle(free: { smsf_classifier_free($0) }) {
      smsf_classifier_new(model.pointer, $0)
    }
    policy = try openPolicy(policyText)
  }

  /// Records "spam" (or "not spam") on a message and saves the state atomically (a
  /// temporary file renamed over the old one), so the extension never reads half a file.
  func record(body: String, sender: String, isSpam: Bool) throws {
    guard let url = SharedFiles.state else { return }
    let state = try openState(saved: try? Data(contentsOf: url))
    // SMSF_FEEDBACK_SPAM or SMSF_FEEDBACK_NOT_SPAM: a closed enum, its raw values fixed.
    let feedback = smsf_feedback(rawValue: isSpam ? 0 : 1)!
    let status = withUTF16(body) { text in
      withUTF16(sender) { from in
        smsf_record_feedback_utf16(policy.pointer, classifier.pointer, text.baseAddress, text.count,
                                   from.baseAddress, from.count, feedback, state.pointer)
      }
    }
    guard status.rawValue == 0 else {
      throw SmsFilterError(status: status.rawValue, description: String(cString: smsf_last_error()))
    }
    var bytes: UnsafeMutableRawPointer?
    var size = 0
    guard smsf_policy_state_save(state.pointer, &bytes, &size).rawValue == 0, let bytes else {
      throw SmsFilterError(status: -1, description: String(cString: smsf_last_error()))
    }
    defer { smsf_free(bytes) }
    try Data(bytes: bytes, count: size).write(to: url, options: .atomic)
  }
}
