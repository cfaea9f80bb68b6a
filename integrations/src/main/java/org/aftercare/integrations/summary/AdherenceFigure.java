package org.aftercare.integrations.summary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.aftercare.sharing.SummaryMessage;

/**
 * One figure of an adherence summary as both formats carry it: a code of ours, a display, a value
 * and its UCUM unit.
 */
public record AdherenceFigure(String code, String display, BigDecimal value, Unit unit) {

  /** Our code system for the figures; FHIR carries it as the system, HL7 v2 as a local code. */
  public static final String CODE_SYSTEM = "https://aftercare.example/fhir/CodeSystem/adherence";

  public static final String ATTENDANCE_RATE = "attendance-rate";
  public static final String CHECK_IN_DAYS = "check-in-days";

  /** UCUM units: an annotation for counted sessions, percent, days. */
  public enum Unit {
    SESSIONS("{sessions}", "sessions"),
    PERCENT("%", "%"),
    DAYS("d", "days");

    private final String ucum;
    private final String display;

    Unit(String ucum, String display) {
      this.ucum = ucum;
      this.display = display;
    }

    public String ucum() {
      return ucum;
    }

    public String display() {
      return display;
    }
  }

  /**
   * The figures a message discloses, in a fixed order. The attendance rate is left out when no
   * session counted; check-in days only when the consent's scope includes check-ins (42 CFR Part 2
   * lets us disclose only what the client agreed to). Streaks count attended sessions in a row.
   */
  public static List<AdherenceFigure> of(SummaryMessage message) {
    SummaryMessage.Figures figures = message.figures();
    List<AdherenceFigure> list = new ArrayList<>();
    list.add(sessions("sessions-scheduled", "Sessions scheduled", figures.sessionsScheduled()));
    list.add(sessions("sessions-attended", "Sessions attended", figures.sessionsAttended()));
    list.add(sessions("sessions-excused", "Sessions excused", figures.sessionsExcused()));
    list.add(sessions("sessions-missed", "Sessions missed", figures.sessionsMissed()));
    if (figures.attendanceRate() != null) {
      list.add(
          new AdherenceFigure(
              ATTENDANCE_RATE, "Attendance rate", percent(figures.attendanceRate()), Unit.PERCENT));
    }
    list.add(sessions("longest-streak", "Longest attendance streak", figures.longestStreak()));
    list.add(sessions("current-streak", "Current attendance streak", figures.currentStreak()));
    if (message.scope().includesCheckIns() && figures.checkInDays() != null) {
      list.add(
          new AdherenceFigure(
              CHECK_IN_DAYS,
              "Days with a check-in",
              BigDecimal.valueOf(figures.checkInDays()),
              Unit.DAYS));
    }
    return List.copyOf(list);
  }

  /** The rate travels as a fraction (0.75); the receiver reads percent with one decimal (75.0). */
  private static BigDecimal percent(double fraction) {
    return BigDecimal.valueOf(fraction).movePointRight(2).setScale(1, RoundingMode.HALF_UP);
  }

  private static AdherenceFigure sessions(String code, String display, int count) {
    return new AdherenceFigure(code, display, BigDecimal.valueOf(count), Unit.SESSIONS);
  }
}
