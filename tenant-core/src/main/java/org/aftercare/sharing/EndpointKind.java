package org.aftercare.sharing;

/** How a care team's system receives: a FHIR R4 server, or an HL7 v2 interface over MLLP. */
public enum EndpointKind {
  FHIR("FHIR R4 server"),
  HL7V2("HL7 v2 over MLLP");

  private final String label;

  EndpointKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
