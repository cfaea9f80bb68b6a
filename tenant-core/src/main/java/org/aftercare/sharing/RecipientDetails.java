package org.aftercare.sharing;

import static org.aftercare.shared.Texts.blankToNull;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.UUID;
import org.aftercare.shared.InvalidInputException;

/**
 * A care-team recipient as a clinician enters them: the connection, their name, the client's record
 * number there (and its identifier system, when the receiving EHR asks for one), and when summaries
 * go.
 */
public record RecipientDetails(
    UUID endpointId,
    UUID apiClientId,
    String name,
    String patientSystem,
    String patientMrn,
    Cadence cadence,
    DayOfWeek day,
    LocalTime time,
    boolean onNewFlag) {

  /** A recipient the portal sends summaries to, through one of the clinic's connections. */
  public RecipientDetails(
      UUID endpointId,
      String name,
      String patientSystem,
      String patientMrn,
      Cadence cadence,
      DayOfWeek day,
      LocalTime time,
      boolean onNewFlag) {
    this(endpointId, null, name, patientSystem, patientMrn, cadence, day, time, onNewFlag);
  }

  /** A recipient whose EHR fetches through the FHIR API as {@code apiClientId}: nothing is sent. */
  public static RecipientDetails pulling(
      UUID apiClientId, String name, String patientSystem, String patientMrn) {
    return new RecipientDetails(
        null, apiClientId, name, patientSystem, patientMrn, Cadence.ON_REQUEST, null, null, false);
  }

  public boolean pulls() {
    return apiClientId != null;
  }

  RecipientDetails normalised() {
    if (pulls()) {
      return new RecipientDetails(
          null,
          apiClientId,
          blankToNull(name),
          blankToNull(patientSystem),
          blankToNull(patientMrn),
          Cadence.ON_REQUEST,
          null,
          LocalTime.of(8, 0),
          false);
    }
    return new RecipientDetails(
        endpointId,
        null,
        blankToNull(name),
        blankToNull(patientSystem),
        blankToNull(patientMrn),
        cadence == null ? Cadence.WEEKLY : cadence,
        cadence == Cadence.WEEKLY && day == null ? DayOfWeek.MONDAY : day,
        time == null ? LocalTime.of(8, 0) : time,
        onNewFlag);
  }

  void validate() {
    if (endpointId == null && apiClientId == null) {
      throw InvalidInputException.worded(
          "endpoint",
          "Choose the connection their system uses.",
          "refusal.sharing.recipient.connectionMissing");
    }
    if (name == null || name.length() > 200) {
      throw InvalidInputException.worded(
          "name",
          "Enter the care-team member or practice (at most 200 characters).",
          "refusal.sharing.recipient.name");
    }
    if (patientMrn == null || patientMrn.length() > 60 || !patientMrn.matches("[\\w.\\-/]+")) {
      throw InvalidInputException.worded(
          "patientMrn",
          "Enter the client's record number at this recipient: letters, digits, . - / _ only.",
          "refusal.sharing.recipient.mrn");
    }
    if (patientSystem != null && (patientSystem.length() > 255 || !patientSystem.contains(":"))) {
      throw InvalidInputException.worded(
          "patientSystem",
          "The identifier system is a URI, for example urn:oid:2.16.840.1.",
          "refusal.sharing.recipient.patientSystem");
    }
  }
}
