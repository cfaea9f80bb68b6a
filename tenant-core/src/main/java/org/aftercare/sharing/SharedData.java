package org.aftercare.sharing;

/** What a consent lets the clinic share: the scope the client chose, narrowest first. */
public enum SharedData {
  ATTENDANCE("Attendance at groups"),
  ATTENDANCE_AND_CHECK_INS("Attendance and daily check-ins"),
  ATTENDANCE_CHECK_INS_AND_MEASURES(
      "Attendance, daily check-ins and standard measures (questionnaire answers and scores)");

  private final String label;

  SharedData(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean includesCheckIns() {
    return this != ATTENDANCE;
  }

  public boolean includesMeasures() {
    return this == ATTENDANCE_CHECK_INS_AND_MEASURES;
  }
}
