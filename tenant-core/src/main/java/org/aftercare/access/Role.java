package org.aftercare.access;

/** The roles of the design card; their names are the Jakarta Security groups and roles. */
public enum Role {
  PLATFORM_OPERATOR,
  CLINIC_ADMIN,
  CLINICIAN,
  PEER_MENTOR,
  CLIENT;

  /** Role names as constants, for {@code @RolesAllowed}. */
  public static final class Names {
    public static final String PLATFORM_OPERATOR = "PLATFORM_OPERATOR";
    public static final String CLINIC_ADMIN = "CLINIC_ADMIN";
    public static final String CLINICIAN = "CLINICIAN";
    public static final String PEER_MENTOR = "PEER_MENTOR";
    public static final String CLIENT = "CLIENT";

    private Names() {}
  }
}
