package org.smsfilter;

/** How the default SMS app delivers a message (see docs/integration.md). */
public enum AndroidDelivery {
  /** Store in the inbox and notify. */
  NOTIFY,
  /** Store in the inbox without a notification. */
  SILENT,
  /** Store in the blocked or spam folder, without a notification. */
  BLOCK
}
