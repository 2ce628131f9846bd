package org.smsfilter;

/**
 * One step of a {@link Decision}: a kind and its parameters, for programs, and a short
 * sentence for people built from those alone ({@link #text(Language)}). Each kind's comment
 * says which parameters it sets; the others read as "", 0, null or {@link Category#PERSONAL}.
 * Immutable.
 */
public final class Reason {
  /** What contributed. Each constant carries the native library's value. */
  public enum Kind implements NativeEnum {
    // SMSF_REASON_KIND in include/smsfilter/enums.def, written by tools/gen_java_enums.py:
    /** A user rule decided (rule id). */
    RULE(0),
    /** The sender is allow-listed (rule id): a block became a mute. */
    ALLOW_LISTED(1),
    /** A link to an untrusted host (host) asks for credentials. */
    PHISHING(2),
    /** The category's action (category; value: its probability). */
    MODEL(3),
    /** The model is unsure: no action (category; value: its probability). */
    UNSURE(4),
    /**
     * A block by the model or the phishing override became a mute: the message may carry a code
     * or a notice (value: security + transaction; threshold: the policy's protect threshold
     * when the probabilities protected it, 0 when a code, an official or registered sender or
     * official links did).
     */
    PROTECTED(5),
    /**
     * A rule blocked what the model calls security or transaction (rule id, phishing or the
     * scam request for the override; category; value: its probability).
     */
    OVERRIDES_MODEL(6),
    /**
     * Too many messages from the sender (category; value: how many; threshold: the limit;
     * window seconds).
     */
    FLOOD(7),
    /** The user's feedback shifted the model (value: the shift in log-odds of spam). */
    FEEDBACK(8),
    /** The message carries a verification code. */
    CODE(9),
    /** Sent from a number the registry lists for the organisation (organization). */
    OFFICIAL_SENDER(10),
    /** Every link goes to a domain of the organisation it names (organization). */
    OFFICIAL_LINK(11),
    /**
     * It names an organisation (organization) but gives a contact the registry doesn't list for
     * it (contact; host for a link): never allowed by the model alone.
     */
    SUSPICIOUS_CONTACT(12),
    /**
     * It names a bank, carrier, insurer, government office or other institution (organization)
     * but was sent from a mobile or foreign number (contact), which institutions don't send
     * from (a Taiwanese institution's +886 number excepted): never allowed by the model alone.
     */
    SUSPICIOUS_SENDER(13),
    /**
     * It asks for what no bank, police or shop asks for by SMS and scams live on (rule id:
     * safe_account, money moved to a "safe account"; designated_account, money moved to an
     * account the message designates; notice_account, money moved to an account number a notice
     * in an organisation's name gives; screen_sharing, the phone's screen shared;
     * code_to_caller, a verification code told to a caller or to "customer service";
     * code_by_reply, a code received sent back by reply; code_to_new_number, the code sent to
     * the reader asked for by someone writing from a new or borrowed number; code_by_mistake,
     * the code asked for by someone who says it reached the reader by mistake; code_relay, the
     * code asked for by someone whose own phone or account can't receive it;
     * wrong_number_pivot, a message sent "by mistake" that turns to getting to know the reader;
     * warrant, a warrant or a wanted notice served on the reader; secrecy_order, a case to be
     * kept from family or the bank; no_police, money asked and the police forbidden;
     * sure_profit, a profit promised, trades made for the reader or shares picked for a group;
     * job_fee, a job offered for a fee or deposit before it starts; link_by_reply, a reply
     * asked for to get a link or make it work; details_by_reply, an ID or card number or a PIN
     * asked for by reply; photo_bait, a link to an untrusted host offered as a photo or a video
     * of the reader, the host in the reason).
     */
    SCAM_REQUEST(14),
    /**
     * It says it writes from a new or borrowed number, or as the reader's boss, and asks for
     * money (rule id: new_number_money, boss_money): the commonest impersonation scam, but a
     * relative who changed numbers writes the same, so it changes no action; show a warning to
     * call back on a known number before paying.
     */
    IMPERSONATION(15),
    /**
     * The model would block it, but it only says it writes from a new or borrowed number and
     * asks for nothing yet (no money, code, link, number or chat app): a relative who changed
     * numbers writes so, and so does a scam's opener, which wants the number saved; muted
     * instead of blocked under 'new_number mute'.
     */
    NEW_NUMBER(16),
    /**
     * It links to a bare IP address or to a cheap top-level domain (.top, .xyz, .icu …) that
     * banks, carriers and shops don't use, and that neither the registry nor the user trusts
     * (host): never allowed by the model alone.
     */
    SUSPICIOUS_LINK(17),
    /**
     * Sent under a registered sender ID, '#' and a name (#HSBC), which Hong Kong's networks
     * deliver only from the senders OFCA registered: protects as an official sender does.
     */
    REGISTERED_SENDER(18),
    /**
     * The model would block it, but it names an organisation (organization), comes from a
     * business number (106…) and leaves the reader nowhere to go but the organisation's own
     * app: no link, number, chat id or account, nothing to reply, call, call back, get in touch
     * with, download, search, scan, add or send on, which a scam needs to reach its victim;
     * muted.
     */
    IN_APP_ONLY(19),
    /**
     * The model would block it, but gives its category less than the policy's block confidence
     * (category; value: its probability; threshold: the block confidence): muted.
     */
    DOUBTFUL(20),
    /**
     * Sent from a number the registry lists for the organisation (organization), but the model
     * is sure it is fraud and it gives a contact no institution gives: a link to a host the
     * organisation doesn't use other than a shortener's, a mobile or foreign number, a QQ or
     * WeChat id (a suspicious_contact names it); fake base stations send under official
     * numbers, so the number doesn't protect it; given instead of official_sender.
     */
    SPOOFED_SENDER(21);
    // End of SMSF_REASON_KIND.

    private final int value;

    Kind(int value) {
      this.value = value;
    }

    @Override
    public int value() {
      return value;
    }
  }

  private final Kind kind;
  private final String ruleId;
  private final Category category;
  private final float value;
  private final float threshold;
  private final int windowSeconds;
  private final ContactKind contact;
  private final String host;
  private final String organization;
  private final String organizationName;
  private final String[] texts;  // by Language.value()

  // Called by the native library: contact is -1 for none.
  Reason(int kind, String ruleId, int category, float value, float threshold, int windowSeconds,
      int contact, String host, String organization, String organizationName, String[] texts) {
    this.kind = NativeEnum.fromValue(Kind.class, kind);
    this.ruleId = ruleId;
    this.category = NativeEnum.fromValue(Category.class, category);
    this.value = value;
    this.threshold = threshold;
    this.windowSeconds = windowSeconds;
    this.contact = contact < 0 ? null : NativeEnum.fromValue(ContactKind.class, contact);
    this.host = host;
    this.organization = organization;
    this.organizationName = organizationName;
    this.texts = texts;
  }

  public Kind kind() {
    return kind;
  }

  /** The rule's id for RULE, ALLOW_LISTED and OVERRIDES_MODEL ("phishing": the override). */
  public String ruleId() {
    return ruleId;
  }

  /** The category {@link #value()} is about: MODEL, UNSURE, OVERRIDES_MODEL, FLOOD. */
  public Category category() {
    return category;
  }

  /** A probability, security + transaction, a message count or a log-odds shift. */
  public float value() {
    return value;
  }

  /**
   * The protect threshold (PROTECTED, 0 when a code or official channel protected it) or the
   * flood limit.
   */
  public float threshold() {
    return threshold;
  }

  /** The flood limit's window: 3600 or 86400 seconds. */
  public int windowSeconds() {
    return windowSeconds;
  }

  /** What a SUSPICIOUS_CONTACT gives, or SUSPICIOUS_SENDER's number; null for other kinds. */
  public ContactKind contact() {
    return contact;
  }

  /** The host of a PHISHING link or a suspicious link, in lower case; otherwise "". */
  public String host() {
    return host;
  }

  /**
   * The registry organisation's id ("icbc") for OFFICIAL_*, SUSPICIOUS_CONTACT and
   * SUSPICIOUS_SENDER.
   */
  public String organization() {
    return organization;
  }

  /** The first name the organisation is listed with ("工商银行"). */
  public String organizationName() {
    return organizationName;
  }

  /** A short sentence for the user, e.g. "来自招商银行的官方号码". */
  public String text(Language language) {
    return texts[language.value()];
  }

  /** The kind only: safe to log. */
  @Override
  public String toString() {
    return kind.name().toLowerCase(java.util.Locale.ROOT);
  }
}
