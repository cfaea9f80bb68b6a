package org.aftercare.sharing;

/** What a consent lets the clinic share: the scope the client chose, narrowest first. */
public enum SharedData {
  ATTENDANCE("Attendance at groups"),
  ATTENDANCE_AND_CHECK_INS("Attendance and daily check-ins");

  private final String label;

  SharedData(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean includesCheckIns() {
    return this == ATTENDANCE_AND_CHECK_INS;
  }
}
