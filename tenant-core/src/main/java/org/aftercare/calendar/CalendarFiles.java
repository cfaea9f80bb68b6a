package org.aftercare.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.util.List;
import java.util.function.Function;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.aftercare.groups.GroupSession;

/**
 * Writes sessions as an RFC 5545 calendar through ical4j, which validates what it writes. Times are
 * in UTC; calendar apps show them in the reader's own zone. Cancelled sessions stay in the file
 * with STATUS:CANCELLED so subscribed calendars remove them.
 */
public final class CalendarFiles {

  private CalendarFiles() {}

  public static String of(
      List<GroupSession> sessions, Function<GroupSession, String> title, String portalUrl) {
    var calendar = new Calendar();
    calendar.add(new ProdId("-//Aftercare//Recovery groups//EN"));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(ImmutableMethod.PUBLISH);
    for (GroupSession session : sessions) {
      var event = new VEvent(session.getStartsAt(), session.getEndsAt(), title.apply(session));
      event.add(new Uid(session.getId() + "@aftercare"));
      event.add(new Url(URI.create(portalUrl)));
      if (session.isCancelled()) {
        event.add(new Status(Status.VALUE_CANCELLED));
      }
      calendar.add(event);
    }
    var out = new StringWriter();
    try {
      new CalendarOutputter(true).output(calendar, out);
    } catch (IOException | ValidationException e) {
      // Only our own sessions are written; an invalid calendar is a bug, not bad input.
      throw new IllegalStateException("Calendar not written: " + e.getMessage(), e);
    }
    return out.toString();
  }
}
