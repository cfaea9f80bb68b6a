package org.aftercare.sharing;

import static org.aftercare.shared.Texts.blankToNull;

import java.time.LocalDate;
import java.util.UUID;
import org.aftercare.shared.InvalidInputException;

/**
 * The choices a consent records: one recipient of the client's care team, or a recipient named in
 * words — for treatment, payment and operations a general designation such as "my treating
 * providers" (which covers the care team), for a specific purpose the one person or organisation
 * outside it, such as a court that asked for an attendance letter; the purpose; what may be shared;
 * from when and until when (none: until revoked); and the name the client typed as their signature
 * (or, for a paper form, the name on it).
 */
public record ConsentRequest(
    UUID recipientId,
    String designation,
    ConsentPurpose purpose,
    String purposeDetail,
    SharedData sharedData,
    LocalDate startsOn,
    LocalDate expiresOn,
    String signature) {

  ConsentRequest normalised(LocalDate today) {
    return new ConsentRequest(
        recipientId,
        blankToNull(designation),
        purpose == null ? ConsentPurpose.TREATMENT : purpose,
        blankToNull(purposeDetail),
        sharedData == null ? SharedData.ATTENDANCE : sharedData,
        startsOn == null ? today : startsOn,
        expiresOn,
        blankToNull(signature));
  }

  void validate(LocalDate today) {
    if (recipientId == null && designation == null) {
      throw InvalidInputException.worded(
          "recipient",
          "Choose who may receive the information.",
          "refusal.sharing.consent.recipient");
    }
    if (designation != null && designation.length() > 300) {
      throw InvalidInputException.worded(
          "designation",
          "Use at most 300 characters.",
          "refusal.sharing.consent.designationTooLong");
    }
    if (purpose == ConsentPurpose.SPECIFIC
        && (purposeDetail == null || purposeDetail.length() > 300)) {
      throw InvalidInputException.worded(
          "purposeDetail",
          "Say what the information is for.",
          "refusal.sharing.consent.purposeDetail");
    }
    if (startsOn.isBefore(today.minusDays(1))) {
      throw InvalidInputException.worded(
          "startsOn",
          "A consent cannot start in the past.",
          "refusal.sharing.consent.startsInPast");
    }
    if (expiresOn != null && expiresOn.isBefore(startsOn)) {
      throw InvalidInputException.worded(
          "expiresOn",
          "The consent ends on or after the day it starts.",
          "refusal.sharing.consent.endsBeforeStart");
    }
    if (signature == null || signature.length() > 200) {
      throw InvalidInputException.worded(
          "signature", "Type your full name to sign.", "refusal.sharing.consent.signature");
    }
  }
}
