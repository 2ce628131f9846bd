// NOT BUILT HERE: an example for Xcode (iOS 16+), see ../README.md.
//
// The principal class of a Message Filter extension (Info.plist: NSExtensionPrincipalClass
// $(PRODUCT_MODULE_NAME).MessageFilterExtension). iOS asks it about SMS from unknown
// senders; it answers from the device alone, without deferring to a server.
import IdentityLookup

final class MessageFilterExtension: ILMessageFilterExtension {}

extension MessageFilterExtension: ILMessageFilterQueryHandling {
  func handle(_ queryRequest: ILMessageFilterQueryRequest, context: ILMessageFilterExtensionContext,
              completion: @escaping (ILMessageFilterQueryResponse) -> Void) {
    let response = ILMessageFilterQueryResponse()
    if let filter = MessageFilter.shared() {
      (response.action, response.subAction) = filter.verdict(
        body: queryRequest.messageBody ?? "", sender: queryRequest.sender ?? "", received: Date())
    } else {
      response.action = .none
    }
    completion(response)
  }
}

extension MessageFilterExtension: ILMessageFilterCapabilitiesQueryHandling {
  // The sub-actions decisions use: Messages shows their folders.
  func handle(_ capabilitiesQueryRequest: ILMessageFilterCapabilitiesQueryRequest,
              context: ILMessageFilterExtensionContext,
              completion: @escaping (ILMessageFilterCapabilitiesQueryResponse) -> Void) {
    let response = ILMessageFilterCapabilitiesQueryResponse()
    response.transactionalSubActions = [
      .transactionalFinance, .transactionalOrders, .transactionalReminders, .transactionalHealth,
      .transactionalWeather, .transactionalCarrier, .transactionalRewards,
      .transactionalPublicServices, .transactionalOthers,
    ]
    response.promotionalSubActions = [.promotionalOffers, .promotionalCoupons, .promotionalOthers]
    completion(response)
  }
}
