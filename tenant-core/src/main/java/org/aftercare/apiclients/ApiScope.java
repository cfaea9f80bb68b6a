package org.aftercare.apiclients;

import java.util.Arrays;
import java.util.Optional;

/**
 * The SMART v2 system scopes the FHIR API grants: read and search ({@code .rs}) of each resource
 * type it serves. A token carries the scopes asked for that the client was allowed.
 */
public enum ApiScope {
  PATIENT("Patient"),
  GROUP("Group"),
  APPOINTMENT("Appointment"),
  ENCOUNTER("Encounter"),
  OBSERVATION("Observation"),
  MEASURE_REPORT("MeasureReport"),
  CONSENT("Consent"),
  CARE_TEAM("CareTeam");

  private final String resourceType;

  ApiScope(String resourceType) {
    this.resourceType = resourceType;
  }

  public String resourceType() {
    return resourceType;
  }

  /** As a token and the client registry write it, for example {@code system/Patient.rs}. */
  public String value() {
    return "system/" + resourceType + ".rs";
  }

  public static Optional<ApiScope> of(String value) {
    return Arrays.stream(values()).filter(scope -> scope.value().equals(value)).findFirst();
  }

  /** The scope that lets a client read {@code resourceType}; empty for a type the API omits. */
  public static Optional<ApiScope> forResource(String resourceType) {
    return Arrays.stream(values())
        .filter(scope -> scope.resourceType.equals(resourceType))
        .findFirst();
  }
}
