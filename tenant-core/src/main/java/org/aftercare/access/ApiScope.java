package org.aftercare.access;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a token lets an API client do. Two kinds: the SMART v2 system scopes of the FHIR API, read
 * and search ({@code .rs}) of one resource type, for outside care teams and only under a client's
 * consent; and the scopes of the clinic's REST API, for the clinic's own systems (its EHR, its
 * scheduling or billing), which act with a clinician's reach and need no consent.
 */
public enum ApiScope {
  PATIENT(Api.FHIR, "Patient"),
  GROUP(Api.FHIR, "Group"),
  APPOINTMENT(Api.FHIR, "Appointment"),
  ENCOUNTER(Api.FHIR, "Encounter"),
  OBSERVATION(Api.FHIR, "Observation"),
  MEASURE_REPORT(Api.FHIR, "MeasureReport"),
  QUESTIONNAIRE_RESPONSE(Api.FHIR, "QuestionnaireResponse"),
  QUESTIONNAIRE(Api.FHIR, "Questionnaire"),
  CONSENT(Api.FHIR, "Consent"),
  CARE_TEAM(Api.FHIR, "CareTeam"),
  CLIENTS_READ(Api.CLINIC, "clients.read"),
  CLIENTS_WRITE(Api.CLINIC, "clients.write"),
  GROUPS_READ(Api.CLINIC, "groups.read"),
  ENROLMENTS_READ(Api.CLINIC, "enrolments.read"),
  ENROLMENTS_WRITE(Api.CLINIC, "enrolments.write"),
  ATTENDANCE_READ(Api.CLINIC, "attendance.read"),
  ATTENDANCE_WRITE(Api.CLINIC, "attendance.write"),
  MENTORS_READ(Api.CLINIC, "mentors.read"),
  MENTORS_WRITE(Api.CLINIC, "mentors.write"),
  ALERTS_READ(Api.CLINIC, "alerts.read"),
  ALERTS_WRITE(Api.CLINIC, "alerts.write");

  /** Which API a scope belongs to, and so whose system may sensibly hold it. */
  public enum Api {
    /** Outside care teams read under consent. */
    FHIR,
    /** The clinic's own systems, with a clinician's reach. */
    CLINIC
  }

  private final Api api;
  private final String name;

  ApiScope(Api api, String name) {
    this.api = api;
    this.name = name;
  }

  public Api api() {
    return api;
  }

  /** The FHIR resource type a FHIR scope reads, or the REST scope's own name. */
  public String label() {
    return name;
  }

  /**
   * As a token and the client registry write it: {@code system/Patient.rs}, {@code clients.read}.
   */
  public String value() {
    return api == Api.FHIR ? "system/" + name + ".rs" : name;
  }

  /** The FHIR resource type this scope reads; empty for a REST scope. */
  public Optional<String> resourceType() {
    return api == Api.FHIR ? Optional.of(name) : Optional.empty();
  }

  public static Optional<ApiScope> of(String value) {
    return Arrays.stream(values()).filter(scope -> scope.value().equals(value)).findFirst();
  }

  /** The scope that lets a client read {@code resourceType}; empty for a type the API omits. */
  public static Optional<ApiScope> forResource(String resourceType) {
    return Arrays.stream(values())
        .filter(scope -> scope.resourceType().filter(resourceType::equals).isPresent())
        .findFirst();
  }

  /** Scopes of one API, in the order they are listed. */
  public static List<ApiScope> of(Api api) {
    return Arrays.stream(values()).filter(scope -> scope.api == api).toList();
  }
}
