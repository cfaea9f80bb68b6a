package org.aftercare.testing;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import org.aftercare.groups.EnrolmentPolicy;
import org.aftercare.groups.GroupDetails;
import org.aftercare.groups.Modality;
import org.aftercare.groups.Schedule;

/**
 * {@code aGroup().meetingOn(TUESDAY).build()}: valid group details, by default a weekly open group
 * of twelve that first meets tomorrow at 18:00 in Chicago for 90 minutes.
 */
public final class GroupBuilder {

  private String name = "Tuesday evening group";
  private Modality modality = Modality.TWELVE_STEP;
  private String tradition;
  private String description = "A group for the weeks after residential treatment.";
  private String groundRules;
  private int capacity = 12;
  private EnrolmentPolicy enrolment = EnrolmentPolicy.OPEN;
  private boolean cameraOptional = true;
  private boolean firstNamesOnly;
  private String meetingLink = "https://meet.example.org/evening";
  private String rule = "FREQ=WEEKLY";
  private LocalDate firstDay;
  private LocalTime startTime = LocalTime.of(18, 0);
  private int durationMinutes = 90;
  private String timeZone = "America/Chicago";

  public static GroupBuilder aGroup() {
    return new GroupBuilder();
  }

  /** The details a group has now, to change one or two of them as the editor would. */
  public static GroupBuilder from(GroupDetails details) {
    var builder = new GroupBuilder();
    builder.name = details.name();
    builder.modality = details.modality();
    builder.tradition = details.tradition();
    builder.description = details.description();
    builder.groundRules = details.groundRules();
    builder.capacity = details.capacity();
    builder.enrolment = details.enrolment();
    builder.cameraOptional = details.cameraOptional();
    builder.firstNamesOnly = details.firstNamesOnly();
    builder.meetingLink = details.meetingLink();
    Schedule schedule = details.schedule();
    builder.rule = schedule.rule();
    builder.firstDay = schedule.firstDay();
    builder.startTime = schedule.startTime();
    builder.durationMinutes = schedule.durationMinutes();
    builder.timeZone = schedule.timeZone();
    return builder;
  }

  /** The first day of the week that is still to come, in the zone of {@code zone}. */
  public static LocalDate next(DayOfWeek day, String zone) {
    return LocalDate.now(ZoneId.of(zone)).with(TemporalAdjusters.next(day));
  }

  public GroupBuilder named(String name) {
    this.name = name;
    return this;
  }

  public GroupBuilder ofKind(Modality modality) {
    this.modality = modality;
    return this;
  }

  public GroupBuilder withCapacity(int capacity) {
    this.capacity = capacity;
    return this;
  }

  public GroupBuilder closed() {
    this.enrolment = EnrolmentPolicy.CLOSED;
    return this;
  }

  /** Members are known by first names only (the 12-step tradition of anonymity). */
  public GroupBuilder keepingToFirstNames() {
    this.firstNamesOnly = true;
    return this;
  }

  public GroupBuilder withGroundRules(String groundRules) {
    this.groundRules = groundRules;
    return this;
  }

  public GroupBuilder withMeetingLink(String meetingLink) {
    this.meetingLink = meetingLink;
    return this;
  }

  public GroupBuilder withRule(String rule) {
    this.rule = rule;
    return this;
  }

  /** Weekly on {@code day}, from the next such day on. */
  public GroupBuilder meetingOn(DayOfWeek day) {
    this.rule = "FREQ=WEEKLY;BYDAY=" + day.name().substring(0, 2);
    this.firstDay = next(day, timeZone);
    return this;
  }

  public GroupBuilder startingOn(LocalDate firstDay) {
    this.firstDay = firstDay;
    return this;
  }

  public GroupBuilder at(LocalTime startTime) {
    this.startTime = startTime;
    return this;
  }

  public GroupBuilder lasting(int minutes) {
    this.durationMinutes = minutes;
    return this;
  }

  /** Call before {@link #meetingOn}, whose day is found in this zone. */
  public GroupBuilder inZone(String timeZone) {
    this.timeZone = timeZone;
    return this;
  }

  public GroupDetails build() {
    LocalDate first = firstDay != null ? firstDay : LocalDate.now(zoneOrUtc()).plusDays(1);
    return new GroupDetails(
        name,
        modality,
        tradition,
        description,
        groundRules,
        capacity,
        enrolment,
        cameraOptional,
        firstNamesOnly,
        meetingLink,
        new Schedule(rule, first, startTime, durationMinutes, timeZone));
  }

  /** A zone that does not exist is what some tests build; tomorrow is then counted in UTC. */
  private ZoneId zoneOrUtc() {
    try {
      return ZoneId.of(timeZone);
    } catch (DateTimeException e) {
      return ZoneId.of("UTC");
    }
  }
}
