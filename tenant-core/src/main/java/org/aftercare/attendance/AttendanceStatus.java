package org.aftercare.attendance;

/** How a client took part in a session; EXCUSED counts neither for nor against them. */
public enum AttendanceStatus {
  PRESENT,
  LATE,
  LEFT_EARLY,
  ABSENT,
  EXCUSED;

  public boolean attended() {
    return this == PRESENT || this == LATE || this == LEFT_EARLY;
  }

  public String label() {
    return switch (this) {
      case PRESENT -> "Present";
      case LATE -> "Late";
      case LEFT_EARLY -> "Left early";
      case ABSENT -> "Absent";
      case EXCUSED -> "Excused";
    };
  }
}
